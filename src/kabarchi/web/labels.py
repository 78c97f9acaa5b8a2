"""Interface labels in English and Russian (data/web/labels.tsv) and state names (data/entities/countries.jsonl).

Both are loaded once; a label file with a missing translation fails at load time, not on the page that uses it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

from kabarchi.errors import LexiconError

LANGS = ("en", "ru")


class Labels(Mapping[str, str]):
    """The labels of one interface language; a missing key raises KeyError (a template bug, caught by tests)."""

    def __init__(self, lang: str, table: dict[str, str]) -> None:
        self.lang = lang
        self._table = table

    def __getitem__(self, key: str) -> str:
        return self._table[key]

    def __iter__(self):
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __getattr__(self, key: str) -> str:
        try:
            return self._table[key]
        except KeyError:
            raise AttributeError(key) from None


@lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, str]]:
    path = "data/web/labels.tsv"
    text = resources.files("kabarchi").joinpath(path).read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {lang: {} for lang in LANGS}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 1 + len(LANGS) or not all(c.strip() for c in cols):
            raise LexiconError(path, n, f"a key and {len(LANGS)} non-empty labels ({', '.join(LANGS)})", line)
        if cols[0] in out["en"]:
            raise LexiconError(path, n, "a key not used before", cols[0])
        for lang, label in zip(LANGS, cols[1:], strict=True):
            out[lang][cols[0]] = label
    return out


def labels(lang: str) -> Labels:
    return Labels(lang if lang in LANGS else "en", _tables()[lang if lang in LANGS else "en"])


@lru_cache(maxsize=1)
def _states() -> dict[str, dict[str, str]]:
    text = resources.files("kabarchi").joinpath("data/entities/countries.jsonl").read_text(encoding="utf-8")
    out: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row = json.loads(line)
        names = {"en": row["name"]}
        for lang, kind, form in row.get("forms", []):
            if lang == "ru" and kind == "name" and "ru" not in names:
                names["ru"] = form
        out[row["id"]] = names
    return out


def state_name(code: str, lang: str) -> str:
    """The state's short name in the interface language; the code itself when the gazetteer lacks it."""
    names = _states().get(code, {})
    return names.get(lang) or names.get("en") or code


def choose_lang(query_lang: str | None, accept_language: str | None) -> tuple[str, bool]:
    """(interface language, whether it was asked for explicitly in the URL): ?lang= first, then Accept-Language."""
    if query_lang in LANGS:
        return query_lang, True  # type: ignore[return-value]
    best, best_q = "en", -1.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        base = tag.strip().lower().split("-")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if base in LANGS and q > best_q:
            best, best_q = base, q
    return best, False
