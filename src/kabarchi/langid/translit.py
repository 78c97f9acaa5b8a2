"""Rule-based transliterators that make training text for scripts no open corpus has.

Uzbek Cyrillic has no parallel corpus, and Latin-script Kazakh (the 2018/2021 alphabet with acute letters) barely
any; both are written by rule from the other script. The rules follow the official correspondence tables; they
need not be perfect for names, only true to the letter and n-gram statistics a language identifier learns.
"""

from __future__ import annotations

import re

from kabarchi.text.normalize import APOSTROPHE

# --- Uzbek Latin -> Cyrillic -----------------------------------------------------------------------------------

_UZ_APOS = f"[{APOSTROPHE}'\u02bb\u2019\u2018`]"
_UZ_VOWELS = "aeiouAEIOU"
_APOS_CHARS = "ʼ'\u02bb\u2019\u2018`"
_UZ_PAIRS = {"sh": "ш", "ch": "ч", "yo": "ё", "yu": "ю", "ya": "я", "ts": "ц"}
_UZ_SINGLE = dict(
    zip(
        "abdefghijklmnopqrstuvxyz",
        ["а", "б", "д", "е", "ф", "г", "ҳ", "и", "ж", "к", "л", "м", "н", "о", "п", "қ", "р", "с", "т", "у", "в",
         "х", "й", "з"],
        strict=True,
    )
)
_UZ_TOKEN = re.compile(rf"[oOgG]{_UZ_APOS}|[sScC][hH]|[yY][oOuUaA]|[tT][sS]|{_UZ_APOS}|[A-Za-z]")


def uz_latin_to_cyrillic(text: str) -> str:
    """Uzbek Latin -> Cyrillic: oʻ->ў, gʻ->ғ, sh->ш, ch->ч, yo/yu/ya->ё/ю/я, ye/e at word start->е/э, ʼ->ъ."""
    out: list[str] = []
    pos = 0
    while (m := _UZ_TOKEN.search(text, pos)) is not None:
        out.append(text[pos : m.start()])
        pos = m.end()
        tok = m.group()
        upper = tok[0].isupper()
        low = tok.lower()
        prev = text[m.start() - 1] if m.start() > 0 else " "
        word_start = not (prev.isalpha() or prev in _APOS_CHARS)
        if len(low) == 2 and low[1] in _APOS_CHARS:
            cyr = "ў" if low[0] == "o" else "ғ"
        elif len(low) == 2:
            cyr = _UZ_PAIRS[low]
        elif low in _APOS_CHARS:
            cyr = "ъ" if prev.isalpha() else tok
        elif low == "e":
            cyr = "э" if word_start else "е"
        elif low == "y" and text[pos : pos + 1] in ("e", "E") and (word_start or prev in _UZ_VOWELS):
            cyr = "е"  # "ye" at a word start or after a vowel is the single letter е
            pos += 1
        else:
            cyr = _UZ_SINGLE.get(low, tok)
        out.append(cyr.upper() if upper else cyr)
    out.append(text[pos:])
    return "".join(out)


# --- Kazakh Cyrillic -> Latin (2018/2021 acute-letter alphabet) ------------------------------------------------------

_KK_MAP = {
    "а": "a", "ә": "á", "б": "b", "в": "v", "г": "g", "ғ": "ǵ", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z",
    "и": "ı", "й": "ı", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ń", "о": "o", "ө": "ó", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "ý", "ұ": "u", "ү": "ú", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "ıý", "я": "ıa",
}  # fmt: skip


def kk_cyrillic_to_latin(text: str) -> str:
    """Kazakh Cyrillic -> the Latin alphabet of 2018/2021 (á ǵ ı ń ó ú ý, sh, ch)."""
    out: list[str] = []
    for c in text:
        low = c.lower()
        lat = _KK_MAP.get(low)
        if lat is None:
            out.append(c)
        elif c != low and lat:
            out.append(lat[0].upper() + lat[1:])
        else:
            out.append(lat)
    return "".join(out)
