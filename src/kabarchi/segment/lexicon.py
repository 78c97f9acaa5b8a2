"""The abbreviation and unit-word lists of the sentence splitter, loaded and checked once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kabarchi import languages
from kabarchi.errors import LexiconError
from kabarchi.text.normalize import normalize_term

LANGUAGES = frozenset(languages.LANGS)
CLASSES = frozenset({"never_final", "maybe_final"})
_ABBREVIATION = re.compile(r"[^\W\d_](?:[^\W_]|[.-])*\.")


@dataclass(frozen=True, slots=True)
class Lexicon:
    #: lower-cased abbreviation with its final dot -> class
    abbreviations: dict[str, str]
    #: capitalised words that continue a sentence after a ``maybe_final`` abbreviation
    unit_words: frozenset[str]


def _rows(name: str, text: str, ncols: int) -> list[tuple[int, list[str]]]:
    out = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            raise LexiconError(name, no, f"{ncols} tab-separated columns", f"{len(cols)} in {line!r}")
        cols = [c.strip() for c in cols]
        langs = set(cols[1].split(","))
        if not langs or not langs <= LANGUAGES:
            raise LexiconError(name, no, f"language codes among {', '.join(sorted(LANGUAGES))}", cols[1])
        out.append((no, cols))
    return out


def parse_abbreviations(name: str, text: str) -> dict[str, str]:
    """``abbreviation -> class``; raises LexiconError on the first malformed line."""
    table: dict[str, str] = {}
    for no, (abbr, _langs, cls) in _rows(name, text, 3):
        if not _ABBREVIATION.fullmatch(abbr):
            raise LexiconError(name, no, "an abbreviation: letters (inner dots allowed) ending with '.'", abbr)
        if cls not in CLASSES:
            raise LexiconError(name, no, f"a class among {', '.join(sorted(CLASSES))}", cls)
        key = normalize_term(abbr).lower()
        if table.get(key, cls) != cls:
            raise LexiconError(name, no, f"one class per abbreviation ({key} is already {table[key]})", cls)
        table[key] = cls
    return table


def parse_unit_words(name: str, text: str) -> frozenset[str]:
    words = set()
    for no, (word, _langs) in _rows(name, text, 2):
        if not word or any(c.isspace() for c in word):
            raise LexiconError(name, no, "one word without spaces", word)
        words.add(normalize_term(word))
    return frozenset(words)


@cache
def lexicon() -> Lexicon:
    base = resources.files("kabarchi") / "data" / "segment"
    abbr = base / "abbreviations.tsv"
    units = base / "unit_words.tsv"
    return Lexicon(
        parse_abbreviations(str(abbr), abbr.read_text(encoding="utf-8")),
        parse_unit_words(str(units), units.read_text(encoding="utf-8")),
    )
