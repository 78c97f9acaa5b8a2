"""Trigger lexicons: words and phrases per language and kind, kept as TSV data and compiled once.

A line is ``lang<TAB>kind<TAB>form``. A form is one or more words; a word ending in ``*`` is a stem (it matches
the word with any suffix: "жүгүртүү*" matches "жүгүртүүнү"), any other word must match whole. ``lang`` is one of
the six languages or ``*`` for all. Forms are put in the view's normal form (``normalize_term``) and lower case, so
one entry covers every apostrophe and space variant. A malformed line fails when the lexicon is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kabarchi.errors import LexiconError
from kabarchi.text.normalize import normalize_term
from kabarchi.text.view import TextView

LANGS = frozenset({"ky", "kk", "uz", "tg", "ru", "en", "*"})
_WORD = re.compile(r"^[\w\-ʼ.+$%]+\*?$")


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found in a document: its kind, the form that matched, and ORIGINAL offsets."""

    kind: str
    form: str
    start: int
    end: int


class TriggerLexicon:
    """All kinds of one lexicon file, compiled per language into one regular expression per kind.

    A form counts only in its own language ("сот*", a Kyrgyz court, must not fire inside Russian
    "сотрудничество"); forms marked ``*`` count in every language.
    """

    def __init__(self, name: str, rows: list[tuple[str, str, str]], kinds: frozenset[str]) -> None:
        self.name = name
        self.kinds = kinds
        forms: dict[tuple[str, str], list[str]] = {}
        for lang, kind, form in rows:
            forms.setdefault((lang, kind), []).append(form)
        self.forms = forms
        self._patterns: dict[tuple[str, str], re.Pattern[str] | None] = {}

    def _pattern(self, lang: str, kind: str) -> re.Pattern[str] | None:
        key = (lang, kind)
        if key not in self._patterns:
            forms = self.forms.get(key, []) + self.forms.get(("*", kind), [])
            if lang not in LANGS or lang == "*":  # und: every language's forms
                forms = [f for (_, k), fs in self.forms.items() if k == kind for f in fs]
            self._patterns[key] = self._compile(forms) if forms else None
        return self._patterns[key]

    @staticmethod
    def _compile(forms: list[str]) -> re.Pattern[str]:
        alts = []
        for form in sorted(set(forms), key=len, reverse=True):
            words = []
            for w in form.split(" "):
                stem = w.endswith("*")
                w = re.escape(w.rstrip("*"))
                words.append(w + (r"[\wʼ]*" if stem else r"(?![\wʼ])"))
            alts.append(r"[ \t\n]+".join(words))
        return re.compile(r"(?<![\wʼ])(?:" + "|".join(alts) + ")")

    def find(self, view: TextView, kind: str, lang: str = "und") -> Iterator[Hit]:
        """Every hit of ``kind`` for a text in ``lang``, with original offsets."""
        if kind not in self.kinds:
            raise KeyError(f"expected one of {sorted(self.kinds)}, got kind {kind!r} for lexicon {self.name}")
        pat = self._pattern(lang, kind)
        if pat is None:
            return
        for m in pat.finditer(view.lower):
            s, e = view.to_original(m.start(), m.end())
            yield Hit(kind, m.group(), s, e)

    def find_all(self, view: TextView, lang: str = "und") -> list[Hit]:
        """Every hit of every kind, sorted by position."""
        hits = [h for kind in sorted(self.kinds) for h in self.find(view, kind, lang)]
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def parse_rows(text: str, path: str, kinds: frozenset[str]) -> list[tuple[str, str, str]]:
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise LexiconError(path, n, "3 tab-separated columns (lang, kind, form)", line)
        lang, kind, form = (c.strip() for c in cols)
        if lang not in LANGS:
            raise LexiconError(path, n, f"a language among {', '.join(sorted(LANGS))}", lang)
        if kind not in kinds:
            raise LexiconError(path, n, f"a kind among {', '.join(sorted(kinds))}", kind)
        form = normalize_term(form).lower()
        if not form or not all(_WORD.match(w) for w in form.split(" ")):
            raise LexiconError(path, n, "words of letters, digits, '-', 'ʼ', '.', each optionally ending in '*'", form)
        rows.append((lang, kind, form))
    return rows


@cache
def load(package_path: str, kinds: frozenset[str]) -> TriggerLexicon:
    """Load ``kabarchi/data/<package_path>`` once per process."""
    ref = resources.files("kabarchi").joinpath("data", *package_path.split("/"))
    path = f"kabarchi/data/{package_path}"
    return TriggerLexicon(path, parse_rows(ref.read_text(encoding="utf-8"), path, kinds), kinds)
