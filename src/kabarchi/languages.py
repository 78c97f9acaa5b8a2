"""The six languages kabarchi reads, named once: lexicon loaders, the gold reader and the API check against these."""

from __future__ import annotations

#: ISO 639-1 codes, in the order the project lists them (Uzbek is one language in either script).
LANGS: tuple[str, ...] = ("ky", "kk", "uz", "tg", "ru", "en")
#: The language column of a lexicon file: one of the six, or "*" for an entry of every language.
LEXICON_LANGS = frozenset({*LANGS, "*"})
#: A document whose language could not be told (the contract's ``und``).
UNDETERMINED = "und"
#: Languages whose verb follows its objects: a figure's verb ("жеткирүү", "етказиш") comes after the figure.
VERB_FINAL = frozenset({"ky", "kk", "uz", "tg"})
