"""Trigger lexicons: words and phrases per language and kind, kept as TSV data and compiled once.

A line is ``lang<TAB>kind<TAB>form``. A form is one or more words; a word ending in ``*`` is a stem (it matches
the word with any suffix: "жүгүртүү*" matches "жүгүртүүнү"), any other word must match whole. ``lang`` is one of
the six languages or ``*`` for all. Forms are put in the view's normal form (``normalize_term``) and lower case, so
one entry covers every apostrophe and space variant. A malformed line fails when the lexicon is loaded.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any
from importlib import resources

from kabarchi import languages
from kabarchi.errors import LexiconError
from kabarchi.text.normalize import normalize_term
from kabarchi.text.view import TextView

LANGS = languages.LEXICON_LANGS
_WORD = re.compile(r"^[\w\-ʼ.+$%]+\*?$")


@dataclass(frozen=True, slots=True)
class Hit:
    """A trigger found in a document: its kind, the form that matched, and ORIGINAL offsets."""

    kind: str
    form: str
    start: int
    end: int


def hits_between(hits: list[Hit], starts: list[int], start: int, end: int) -> list[Hit]:
    """The hits (sorted by start, ``starts`` their start offsets) that begin inside ``[start, end)``."""
    return hits[bisect_left(starts, start) : bisect_left(starts, end)]


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
        self._automata: dict[str, Any] = {}

    def _automaton(self, lang: str) -> Any:
        """An Aho-Corasick automaton over the first word of every form of ``lang``; each entry lists the forms
        (compiled, anchored) that start with it and their kinds."""
        if lang not in self._automata:
            import ahocorasick

            by_first: dict[str, list[tuple[re.Pattern[str], str]]] = {}
            for (flang, kind), forms in self.forms.items():
                if not (flang in (lang, "*") or lang not in LANGS or lang == "*"):  # und: every language's forms
                    continue
                for form in forms:
                    first = form.split(" ")[0].rstrip("*")
                    by_first.setdefault(first, []).append((re.compile(self._form(form)), kind))
            auto = ahocorasick.Automaton()
            for first, entries in by_first.items():
                auto.add_word(first, (len(first), tuple(entries)))
            auto.make_automaton()
            self._automata[lang] = auto if by_first else None
        return self._automata[lang]

    @staticmethod
    def _form(form: str) -> str:
        words = []
        for w in form.split(" "):
            stem = w.endswith("*")
            w = re.escape(w.rstrip("*"))
            words.append(w + (r"[\wʼ]*" if stem else r"(?![\wʼ])"))
        return r"[ \t\n]+".join(words)

    def find_all(self, view: TextView, lang: str = "und") -> list[Hit]:
        """Every hit of every kind for a text in ``lang``, with original offsets, sorted by position.

        Hits of one kind do not overlap (the longest at a place wins); hits of different kinds may.
        """
        auto = self._automaton(lang)
        if auto is None:
            return []
        low = view.lower
        best: dict[tuple[int, str], int] = {}  # (start, kind) -> end
        for end, (n, entries) in auto.iter(low):
            start = end - n + 1
            if start > 0 and (low[start - 1].isalnum() or low[start - 1] in "_ʼ"):
                continue
            for pat, kind in entries:
                m = pat.match(low, start)
                if m and m.end() > best.get((start, kind), -1):
                    best[(start, kind)] = m.end()
        hits: list[Hit] = []
        last_end: dict[str, int] = {}
        for (start, kind), end in sorted(best.items()):
            if start < last_end.get(kind, -1):
                continue
            last_end[kind] = end
            s, e = view.to_original(start, end)
            hits.append(Hit(kind, low[start:end], s, e))
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits

    def find(self, view: TextView, kind: str, lang: str = "und") -> list[Hit]:
        """The hits of one kind."""
        if kind not in self.kinds:
            raise KeyError(f"expected one of {sorted(self.kinds)}, got kind {kind!r} for lexicon {self.name}")
        return [h for h in self.find_all(view, lang) if h.kind == kind]


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
