"""Which endings a matched name may carry: Turkic suffix chains, Russian case endings, Tajik izafe, English 's.

Turkic tails are checked by splitting them into morphemes in slot order (derivation, plural, possessive, case,
relative) and, for Kyrgyz and Kazakh, by front/back vowel harmony with the stem. The morpheme lists were taken
from the noun paradigms in UniMorph (kaz.noun, kir, uzb) and the grammar notes in docs/languages.md; they are
unions over ky, kk and uz (both scripts), so one check serves all three.
"""

from __future__ import annotations

from functools import lru_cache

_S = str.split
TURKIC_SLOTS: tuple[frozenset[str], ...] = tuple(
    frozenset(_S(s))
    for s in (
        # derivation: -лык "of, from" (кыргызстандык, қазақстандық, oʻzbekistonlik)
        "лык лик лук лүк дык дик дук дүк тык тик тук түк лық лік дық дік тық тік lik",
        # plural
        "лар лер лор лөр дар дер дор дөр тар тер тор төр lar ler",
        # possessive
        "ы и у ү сы си су сү і сі ым им ум үм ыбыз ибиз убуз үбүз ымыз имиз умуз үмүз ымыз іміз imiz i si im",
        # case (gen, dat, acc, loc, abl, instrumental)
        "нын нин нун нүн дын дин дун дүн тын тин тун түн ның нің дың дің тың тің нинг ning "
        "га ге го гө ка ке ко кө а е о ө ға ғе қа на не ga ka qa ge "
        "ны ни ну нү ды ди ду дү ты ти ту тү ні ді ті н ni ga "
        "да де до дө та те то тө нда нде ндо ндө da ta "
        "дан ден дон дөн тан тен тон төн нан нен нон нөн ндан нден ндон ндөн dan tan ndan "
        "мен пен бен менен",
        # relative "the one in": -дагы is loc + гы
        "гы ги гу гү кы ки ку кү ғы гі қы кі",
    )
)
RU_NOUN = frozenset(_S("а я у ю ом ем ём е и ы ой ей ою ею ам ям ами ями ах ях ов ев ым им ин ина ину ином"))
RU_ADJ = frozenset(_S("ий ый ой ая яя ое ее ие ые ого его ому ему им ым ом ем ую юю их ых ими ыми о"))
TAJIK = frozenset(_S("и ӣ ро ҳо ҳои он ои у ю ву"))
ENGLISH = frozenset(("ʼs", "ʼ", "s", "es", "i"))

_FRONT = set("еэөүіәиe")
_BACK = set("аоуыұяёюaou")
_VOWELS = _FRONT | _BACK | set("ўӯӣ")


def _harmony_ok(stem: str, tail: str) -> bool:
    """Kyrgyz/Kazakh: a suffix's first vowel agrees front/back with the stem's last vowel (unknown -> accept)."""
    sv = next((c for c in reversed(stem) if c in _VOWELS), None)
    tv = next((c for c in tail if c in _VOWELS), None)
    if tail.startswith(("мен", "пен", "бен")):  # the Kazakh instrumental does not harmonise
        return True
    if sv is None or tv is None or sv == "и" or tv == "и":
        return True
    return not ((sv in _FRONT and tv in _BACK) or (sv in _BACK and tv in _FRONT))


@lru_cache(maxsize=8192)
def turkic_tail(tail: str) -> bool:
    """True when ``tail`` splits into at most one morpheme per slot, in slot order."""

    def split(rest: str, slot: int) -> bool:
        if not rest:
            return True
        for k in range(slot, len(TURKIC_SLOTS)):
            for n in range(1, min(6, len(rest)) + 1):
                if rest[:n] in TURKIC_SLOTS[k] and split(rest[n:], k + 1):
                    return True
        return False

    return split(tail, 0)


def ru_stem(form: str, kind: str) -> tuple[str, frozenset[str]]:
    """The stem of a Russian form that inflection keeps, and the endings it takes."""
    if kind == "adj" and form.endswith(("ий", "ый", "ой")) and len(form) > 5:
        return form[:-2], RU_ADJ
    if " " in form:
        return form, RU_NOUN
    if form.endswith("ия"):
        return form[:-1], RU_NOUN
    if form.endswith(("а", "я", "ь")) and len(form) > 4:
        return form[:-1], RU_NOUN
    return form, RU_NOUN


def ru_oblique(form: str) -> list[str]:
    """Oblique cases of two-word Russian names "…ская Республика/Федерация" (both words inflect)."""
    words = form.split()
    if len(words) != 2 or not words[0].endswith("ая") or not words[1].endswith(("а", "я")):
        return []
    a, n = words[0][:-2], words[1][:-1]
    gen = n + "и" if n.endswith(("к", "г", "х", "и")) or words[1].endswith("я") else n + "ы"
    return [f"{a}ой {gen}", f"{a}ой {n}е", f"{a}ую {n}у", f"{a}ую {n}ю", f"{a}ой {n}ой", f"{a}ой {n}ей"]


def tail_ok(cls: str, stem: str, tail: str, ru_tails: frozenset[str] | None, lang: str) -> bool:
    """Whether the letters after a matched stem are an ending of the form's language class."""
    if not tail:
        return True
    if cls in ("turkic", "any") and turkic_tail(tail) and (lang not in ("ky", "kk") or _harmony_ok(stem, tail)):
        return True
    if cls in ("ru", "any") and tail in (ru_tails or RU_NOUN):
        return True
    if cls in ("tg", "any") and tail in TAJIK:
        return True
    if cls in ("en", "any") and tail in ENGLISH:
        return True
    return False
