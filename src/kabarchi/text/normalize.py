"""Normalisation that every later stage can rely on, done once per document.

The same word reaches us in many byte forms: "36 млн" with a no-break or thin space, "Oʻzbekiston" with any of six
apostrophes, "Кazinform" with a Cyrillic К inside a Latin word, "эконо-\\nмика" broken by a PDF line, "и" followed
by a combining breve instead of "й". Lexicons and patterns are written once, in the normal form given here, and
``normalize_term`` puts lexicon entries into the same form.
"""

from __future__ import annotations

import re
import unicodedata

from kabarchi.text.view import Edit, TextView

# One-to-one replacements: every kind of space becomes a plain space, hyphen-like dashes become "-".
_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_HYPHENS = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"

# The apostrophe of Uzbek Latin (oʻ gʻ and the tutuq belgisi) and of names like O'Neill, in every written form,
# becomes U+02BC: a letter for Unicode, so a word keeps being one \w+ token.
APOSTROPHE = "\u02bc"
_APOSTROPHES = "'\u02bb\u02bc\u2019\u2018`\u00b4\u02b9\u02bd"
# The apostrophe comes first and the letter before it is a lookbehind: a pattern that starts with a character
# class is scanned for in C, one that starts with a lookbehind is tried at every position (6x slower).
_APOSTROPHE_IN_WORD = re.compile(rf"[{_APOSTROPHES}](?<=[^\W\d_][{_APOSTROPHES}])(?=[^\W\d_])")

# Characters that carry nothing and are deleted: soft hyphen, zero-width space/joiners, BOM, word joiner.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]+")

# Latin and Cyrillic letters that look alike; a word written mostly in one script gets the other's look-alikes
# replaced by its own.
_LAT_TO_CYR = dict(zip("aceopxyABCEHKMOPTXiI", "асеорхуАВСЕНКМОРТХіІ"))
_CYR_TO_LAT = {c: l for l, c in _LAT_TO_CYR.items()}
_CYR_TO_LAT.update({"к": "k", "т": "t", "в": "b", "н": "h", "м": "m"})  # lower-case forms of look-alike capitals
_CYR_LETTER = "а-яёА-ЯЁәіңғүұқөһӘІҢҒҮҰҚӨҺўҳҷӣӯЎҲҶӢӮїєґЇЄҐ"
# A letter of one script next to a letter of the other (either side). Both find the same seams; anchored on the
# script the text has fewer letters of, the scan stops rarely (4-5x faster than one pattern for both orders).
_SEAM_AT_LATIN = re.compile(rf"[A-Za-z](?:(?<=[{_CYR_LETTER}][A-Za-z])|(?=[{_CYR_LETTER}]))")
_SEAM_AT_CYRILLIC = re.compile(rf"[{_CYR_LETTER}](?:(?<=[A-Za-z][{_CYR_LETTER}])|(?=[A-Za-z]))")
_MIXED_WORD = re.compile(rf"[\w{APOSTROPHE}]+")
_SPACE_CHARS = re.compile(f"[{_SPACES}]")
_SPACE_OR_HYPHEN = re.compile(f"[{_SPACES}{_HYPHENS}]")  # one scan says whether either substitution is needed
_HYPHEN_CHARS = re.compile(f"[{_HYPHENS}]")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(rf"[{_CYR_LETTER}]")

# A word broken at the end of a PDF line: "эконо-\n мика" (the next line starts with a lower-case letter).
# (The hyphen first, the letter before it as a lookbehind: the scan looks for "-" in C.)
_LINE_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)[ \t]*\r?\n[ \t\r\n]*(?=[^\W\d_A-ZА-ЯЁӘІҢҒҮҰҚӨҺЎҲҶӢӮ])")

_COMBINING = re.compile(r".[\u0300-\u036f\u0483-\u0489]+", re.S)


def _fix_mixed_word(word: str) -> str:
    lat = len(_LATIN.findall(word))
    cyr = len(_CYRILLIC.findall(word))
    table = _LAT_TO_CYR if cyr >= lat else _CYR_TO_LAT
    return "".join(table.get(c, c) for c in word)


def one_to_one(text: str) -> str:
    """The length-preserving part of normalisation (spaces, dashes, apostrophes, look-alike letters)."""
    # two substitutions, not str.translate: translate takes a slow path on non-ASCII text
    out = text
    if _SPACE_OR_HYPHEN.search(out) is not None:
        out = _SPACE_CHARS.sub(" ", out)
        out = _HYPHEN_CHARS.sub("-", out)
    out = _APOSTROPHE_IN_WORD.sub(APOSTROPHE, out)
    if _LATIN.search(out) is None or _CYRILLIC.search(out) is None:
        return out  # one script only: no mixed words
    # Which script is rarer, judged by its two commonest vowels in the first 1,000 characters (cheap counts; only
    # the speed depends on the choice).
    head = out[:1000]
    latin_rarer = head.count("a") + head.count("e") < head.count("а") + head.count("е")
    seams = _SEAM_AT_LATIN if latin_rarer else _SEAM_AT_CYRILLIC
    seam = seams.search(out)
    if seam is None:
        return out
    parts, last = [], 0
    while seam is not None:
        start = seam.start()
        while start > 0 and (out[start - 1].isalnum() or out[start - 1] in "_" + APOSTROPHE):
            start -= 1
        word = _MIXED_WORD.match(out, start)
        end = word.end() if word else seam.end()
        parts.append(out[last:start])
        parts.append(_fix_mixed_word(out[start:end]))
        last = end
        seam = seams.search(out, end)
    parts.append(out[last:])
    return "".join(parts)


def length_changing_edits(text: str) -> list[Edit]:
    """Deletions and compositions: soft hyphens, zero-width characters, combining marks, PDF line hyphens."""
    edits = (
        [Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
        if any(c in text for c in _INVISIBLE_CHARS)  # six str scans are 20x faster than one regex scan
        else []
    )
    if not unicodedata.is_normalized("NFC", text):
        for m in _COMBINING.finditer(text):
            composed = unicodedata.normalize("NFC", m.group())
            if composed != m.group():
                edits.append(Edit(m.start(), m.end(), composed))
    edits.extend(Edit(m.start(), m.end(), "") for m in _LINE_HYPHEN.finditer(text))
    return edits


def normalize(text: str, extra_edits: list[Edit] | tuple[Edit, ...] = ()) -> TextView:
    """The normalised view of ``text``; ``extra_edits`` (a crawl header, PDF artefact lines) win over the rest."""
    same = one_to_one(text)
    edits = list(extra_edits) + length_changing_edits(same)
    return TextView.build(text, same, edits)


def normalize_term(term: str) -> str:
    """A lexicon entry in the view's normal form (NFC, one apostrophe, no invisible characters)."""
    term = unicodedata.normalize("NFC", _INVISIBLE.sub("", term))
    return one_to_one(term)
