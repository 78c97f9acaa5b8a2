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
_APOSTROPHE_IN_WORD = re.compile(rf"(?<=[^\W\d_])[{_APOSTROPHES}](?=[^\W\d_])")

# Characters that carry nothing and are deleted: soft hyphen, zero-width space/joiners, BOM, word joiner.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]+")

# Latin and Cyrillic letters that look alike; a word written mostly in one script gets the other's look-alikes
# replaced by its own.
_LAT_TO_CYR = dict(zip("aceopxyABCEHKMOPTXiI", "асеорхуАВСЕНКМОРТХіІ"))
_CYR_TO_LAT = {c: l for l, c in _LAT_TO_CYR.items()}
_CYR_TO_LAT.update({"к": "k", "т": "t", "в": "b", "н": "h", "м": "m"})  # lower-case forms of look-alike capitals
_CYR_LETTER = "а-яёА-ЯЁәіңғүұқөһӘІҢҒҮҰҚӨҺўҳҷӣӯЎҲҶӢӮїєґЇЄҐ"
_MIXED_SEAM = re.compile(rf"[A-Za-z][{_CYR_LETTER}]|[{_CYR_LETTER}][A-Za-z]")  # found fast, then widened
_MIXED_WORD = re.compile(rf"[\w{APOSTROPHE}]+")
_SPACE_CHARS = re.compile(f"[{_SPACES}]")
_HYPHEN_CHARS = re.compile(f"[{_HYPHENS}]")
_LATIN = re.compile(r"[A-Za-z]")
_CYRILLIC = re.compile(rf"[{_CYR_LETTER}]")

# A word broken at the end of a PDF line: "эконо-\n мика" (the next line starts with a lower-case letter).
_LINE_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t\r\n]*(?=[^\W\d_A-ZА-ЯЁӘІҢҒҮҰҚӨҺЎҲҶӢӮ])")

_COMBINING = re.compile(r".[\u0300-\u036f\u0483-\u0489]+", re.S)


def _fix_mixed_word(word: str) -> str:
    lat = len(_LATIN.findall(word))
    cyr = len(_CYRILLIC.findall(word))
    table = _LAT_TO_CYR if cyr >= lat else _CYR_TO_LAT
    return "".join(table.get(c, c) for c in word)


def one_to_one(text: str) -> str:
    """The length-preserving part of normalisation (spaces, dashes, apostrophes, look-alike letters)."""
    # two substitutions, not str.translate: translate takes a slow path on non-ASCII text
    out = _SPACE_CHARS.sub(" ", text)
    out = _HYPHEN_CHARS.sub("-", out)
    out = _APOSTROPHE_IN_WORD.sub(APOSTROPHE, out)
    seam = _MIXED_SEAM.search(out)
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
        seam = _MIXED_SEAM.search(out, end)
    parts.append(out[last:])
    return "".join(parts)


def length_changing_edits(text: str) -> list[Edit]:
    """Deletions and compositions: soft hyphens, zero-width characters, combining marks, PDF line hyphens."""
    edits = [Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
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
