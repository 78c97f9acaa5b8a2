"""Running headers, footers and page numbers of PDF-extracted text, found so the view can drop them.

A PDF page carries the journal's name, the issue and the page number on every page; pypdf puts them in the middle
of the article's sentences ("...постсоветтик \\n\\n   2024, №4/1   \\n\\n409 \\n\\nмейкиндикти..."). They are found
by general evidence, never by their wording:

* a short line that recurs (exactly, or with its numbers changed in an increasing sequence) three times or more;
* a line made of a page number only, when such numbers increase from page to page, or when it stands at a page's
  edge (pages separated by form feeds), or next to a space-padded layout line in a plain-text PDF dump;
* a short space-padded layout line next to such a page number.

Every block of artefact and blank lines becomes one ``"\\n"`` in the view, so the words on either side stay apart
and the paragraph splitter sees an ordinary line break; a word hyphenated across the block is joined.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from kabarchi import config
from kabarchi.text.view import Edit

_PAGE_NUMBER = re.compile(
    r"(?i)(?:(?:page|p\.|стр\.?|с\.|бет|бет\.|саҳ\.?|сах\.?|sahifa|varaq)\s*)?"
    r"[-–—]?\s*(\d{1,4})\s*[-–—]?(?:\s*(?:/|of|из)\s*\d{1,4})?"
)
_DIGITS = re.compile(r"\d+")
_LAST_NUMBER = re.compile(r"(\d+)\D*$")
_ALNUM = re.compile(r"[^\W_]")
_LETTER = re.compile(r"[^\W\d_]")
_FINAL = re.compile(r"[.!?…:;][»”\"')\]]*$")
_PAD = " " * config.ARTEFACT_PAD_SPACES  # a run of this many spaces or more: a layout line


@dataclass(slots=True)
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset of its terminating "\n"/"\f" (or of the text's end)
    text: str  # stripped
    page: int
    padded: bool


def _lines(text: str) -> list[_Line]:
    """Every line between newlines / form feeds (the last one too, even when empty); a form feed starts a page."""
    out: list[_Line] = []
    page = 0
    s = 0  # each piece is followed by one separator character (but the last)
    for chunk in text.split("\n"):  # str.split, not a regex: the lines of a 600-line dump in a third of the time
        for j, raw in enumerate(chunk.split("\f") if "\f" in chunk else (chunk,)):
            if j:
                page += 1
            e = s + len(raw)
            stripped = raw.strip()
            out.append(_Line(s, e, stripped, page, bool(stripped) and _PAD in raw))
            s = e + 1
    return out


def looks_like_pdf_dump(text: str) -> bool:
    """Plain text whose lines are wrapped at a fixed width: many lines continue a sentence in lower case."""
    lines = [ln.strip() for ln in text.split("\n")]
    content = [ln for ln in lines if ln]
    if len(content) < config.DUMP_MIN_LINES:
        return False
    cont = sum(1 for ln in content[1:] if ln[0].islower())
    return cont >= config.DUMP_LOWER_START_SHARE * (len(content) - 1)


def _page_value(line: str) -> int | None:
    m = _PAGE_NUMBER.fullmatch(line)
    return int(m.group(1)) if m else None


def _increasing_chain(items: list[tuple[int, int]]) -> set[int]:
    """Line indices whose values rise by 1..PAGE_MAX_STEP from one occurrence to the next."""
    keep: set[int] = set()
    for (i, v), (j, w) in zip(items, items[1:], strict=False):
        if 1 <= w - v <= config.ARTEFACT_PAGE_MAX_STEP:
            keep.update((i, j))
    return keep


def find_artefacts(text: str, media: str) -> list[Edit]:
    """Edits removing running headers/footers and page numbers (PDF text, or plain text that is a PDF dump)."""
    paged = "\f" in text
    if media != "pdf" and not paged and not looks_like_pdf_dump(text):
        return []
    lines = _lines(text)
    content = [i for i, ln in enumerate(lines) if ln.text]
    if not content:
        return []
    bad: set[int] = set()
    short = [i for i in content if len(lines[i].text) <= config.ARTEFACT_HEADER_MAX_CHARS]

    # Lines that recur: exactly, or with their numbers changed in an increasing run (a header with the page no.).
    exact = Counter(lines[i].text for i in short)
    masked: dict[str, list[int]] = {}
    for i in short:
        t = lines[i].text
        if not _ALNUM.search(t):
            continue
        if exact[t] >= config.ARTEFACT_MIN_REPEATS and not _FINAL.search(t):
            bad.add(i)
        elif _DIGITS.search(t) and len(_LETTER.findall(t)) >= 3:
            masked.setdefault(_DIGITS.sub("#", t.lower()), []).append(i)
    for idxs in masked.values():
        if len(idxs) >= config.ARTEFACT_MIN_REPEATS:
            vals = []
            for i in idxs:
                m = _LAST_NUMBER.search(lines[i].text)
                vals.append((i, int(m.group(1))))
            chain = _increasing_chain(vals)
            if len(chain) >= config.ARTEFACT_MIN_REPEATS:
                bad.update(chain)

    # Page-number lines.
    numbers = [(i, v) for i in content if (v := _page_value(lines[i].text)) is not None]
    if numbers:
        # Rising from page to page, far enough apart to be pages.
        chain: set[int] = set()
        for (i, v), (j, w) in zip(numbers, numbers[1:], strict=False):
            far = lines[j].start - lines[i].end >= config.ARTEFACT_MIN_PAGE_CHARS
            if far and 1 <= w - v <= config.ARTEFACT_PAGE_MAX_STEP:
                chain.update((i, j))
        bad.update(chain)
        pos_of = {i: k for k, i in enumerate(content)}
        for i, v in numbers:
            if i in chain:
                continue
            k = pos_of[i]
            prev_i = content[k - 1] if k > 0 else None
            next_i = content[k + 1] if k + 1 < len(content) else None
            # At a page's edge (form feeds), not year-like.
            at_edge = paged and (
                prev_i is None or next_i is None or lines[prev_i].page != lines[i].page or lines[next_i].page != lines[i].page
            )
            if at_edge and v < config.ARTEFACT_LONE_PAGE_MAX:
                bad.add(i)
                continue
            # Beside a header already found, or a short space-padded layout line (which then goes too).
            for n in (prev_i, next_i):
                if n is None:
                    continue
                ln = lines[n]
                if n in bad:
                    bad.add(i)
                elif ln.padded and len(ln.text) <= config.ARTEFACT_HEADER_MAX_CHARS and not _FINAL.search(ln.text):
                    bad.update((i, n))

    # Headers of a \f-paged text that recur on the edges of at least two pages.
    if paged:
        edge_keys: dict[str, set[int]] = {}
        first_last: dict[int, list[int]] = {}
        for i in content:
            first_last.setdefault(lines[i].page, []).append(i)
        for idxs in first_last.values():
            for i in idxs[:2] + idxs[-2:]:
                if len(lines[i].text) <= config.ARTEFACT_HEADER_MAX_CHARS and _ALNUM.search(lines[i].text):
                    edge_keys.setdefault(_DIGITS.sub("#", lines[i].text.lower()), set()).add(i)
        for idxs in edge_keys.values():
            pages = {lines[i].page for i in idxs}
            if len(pages) >= 2:
                bad.update(idxs)

    if not bad:
        return _hyphens_across_form_feeds(text)
    return _blocks(text, lines, bad) + _hyphens_across_form_feeds(text)


def _blocks(text: str, lines: list[_Line], bad: set[int]) -> list[Edit]:
    edits: list[Edit] = []
    n = len(lines)
    i = 0
    while i < n:
        if i not in bad:
            i += 1
            continue
        # Grow the block over artefact and blank lines in both directions.
        a = i - 1
        while a >= 0 and (not lines[a].text or a in bad):
            a -= 1
        b = i + 1
        while b < n and (not lines[b].text or b in bad):
            b += 1
        if a < 0:
            start, repl = 0, ""
        else:
            start, repl = lines[a].end, "\n"
        if b >= n:
            end, repl = len(text), ""
        else:
            end = lines[b].start
        if a >= 0 and b < n:
            prev, nxt = lines[a].text, lines[b].text
            if len(prev) >= 2 and prev[-1] == "-" and prev[-2].isalpha() and nxt[0].islower():
                # "эконо-" + page break + "мика": join the word, as the normaliser does within a page.
                start = text.rindex("-", lines[a].start, lines[a].end)
                raw = text[lines[b].start : lines[b].end]
                end = lines[b].start + len(raw) - len(raw.lstrip())
                repl = ""
        if end > start:
            edits.append(Edit(start, end, repl))
        i = b
    return edits


_HYPHEN_FF = re.compile(r"(?<=[^\W\d_])-[ \t\r]*(?:\n[ \t\r]*)*\f\s*(?=[^\W\d_])")


def _hyphens_across_form_feeds(text: str) -> list[Edit]:
    """A word hyphenated at the foot of a page with no artefacts between ("эконо-\\fмика")."""
    if "\f" not in text:
        return []
    return [Edit(m.start(), m.end(), "") for m in _HYPHEN_FF.finditer(text) if text[m.end()].islower()]
