"""Paragraphs and sentences on the normalised view, found with compiled regexes (C speed), decided per candidate.

Paragraphs: a news file has one paragraph per line; a PDF dump wraps lines at a fixed width (often with a blank
line between every two lines), so there a paragraph is rebuilt from lines that go on with the sentence.

Sentences end at ``. ! ? …`` followed by a capital, a digit, an opening quote or a dash that opens a new reply,
except after an abbreviation or an initial, and never inside a quotation that its attribution follows
(«…», — деди Х.): the figure and its speaker belong to one sentence.
"""

from __future__ import annotations

import re
from collections import Counter

from kabarchi import config
from kabarchi.segment.lexicon import lexicon
from kabarchi.text.view import TextView

# A line break: a newline or form feed, and all whitespace up to the next line.
_BREAK = re.compile(r"[\n\f]\s*")
_BLANKS = re.compile(r"\s*")
_FINAL_END = re.compile(r"[.!?…][»”“\"'’)\]]*$")
_CONTINUES_END = re.compile(r"[,;:\-–—(«“„\"]$")

# A sentence-end candidate: terminal marks, closing quotes/brackets, then whitespace (group 3).
_CANDIDATE = re.compile(r"([.!?…]+)([»”“\"'’)\]]*)(\s+)")
_OPENERS = "«“„\"'‘([{"
_DASHES = "-—–"
# The last character that cannot be part of a token (whitespace, an opening quote or bracket) before a position:
# found in one backwards pass of the regex engine, where a search for the token itself retried at every position.
_LAST_NON_TOKEN = re.compile(r"(?s:.*)[\s«“„\"'‘(\[{]")
_NUMBER = re.compile(r"[+-]?\d[\d.,:/-]*")
_WORD = re.compile(r"[^\W_][^\s.,;:!?»”)\]]*")

# Attribution after a quotation: «…», — деди / "…" - said / «…», деп айтты (checked: the next word is lower-case).
_ATTRIBUTION = re.compile(r"([»”“\"])[^\S\n]*(?:,[^\S\n]*(?:[-—–]{1,2}[^\S\n]*)?|[-—–]{1,2}[^\S\n]*)(?=\w)")
# English style: the comma inside the quote ("… our goal," said Japarov).
_ATTRIBUTION_INSIDE = re.compile(r"[,!?…]([”“\"])[^\S\n]+(?=\w)")
_INTRO = re.compile(r":[^\S\n]*([«“„\"])")
_CLOSE_FOR = {"«": "»", "„": "“", "“": "”", '"': '"'}


# --- paragraphs ------------------------------------------------------------------------------------------------


def split_paragraphs(view: TextView, start: int = 0) -> list[tuple[int, int]]:
    """Paragraphs as view ranges (trimmed), from view position ``start`` (the body's start) on."""
    text = view.text
    lines: list[tuple[int, int]] = []
    breaks: list[tuple[int, int, bool]] = []  # (newlines, trailing blanks of the line before, has form feed)
    n = len(text)
    pos = _BLANKS.match(text, min(max(start, 0), n)).end()
    for m in _BREAK.finditer(text, pos):
        b, e = m.span()
        le = b  # the line's end without its trailing blanks (rstrip, without slicing the line out)
        while text[le - 1].isspace():  # a line starts with a non-blank, so this stops inside it
            le -= 1
        lines.append((pos, le))
        breaks.append((text.count("\n", b, e), b - le, text.find("\f", b, e) >= 0))
        pos = e
    if pos < n:
        lines.append((pos, pos + len(text[pos:].rstrip())))
    elif breaks:
        breaks.pop()  # the text ended with a line break
    if len(lines) <= 1:
        return lines

    lower_starts = sum(1 for s, _ in lines[1:] if text[s].islower())
    wrapped = len(lines) >= config.SEGMENT_WRAP_MIN_LINES and lower_starts >= config.DUMP_LOWER_START_SHARE * (
        len(lines) - 1
    )
    joins = _wrapped_joins(text, lines, breaks) if wrapped else _plain_joins(text, lines, breaks)
    paragraphs: list[tuple[int, int]] = []
    cur = lines[0][0]
    for k, join in enumerate(joins):
        if not join:
            paragraphs.append((cur, lines[k][1]))
            cur = lines[k + 1][0]
    paragraphs.append((cur, lines[-1][1]))
    return paragraphs


def _ends_sentence(text: str, s: int, e: int) -> bool:
    return _FINAL_END.search(text, max(s, e - 6), e) is not None


def _is_title(text: str, s: int, e: int) -> bool:
    """A line in capitals (a heading), with at least two letters."""
    line = text[s:e]
    return line.isupper() and sum(c.isalpha() for c in line[:8]) >= 2


def _plain_joins(text: str, lines: list[tuple[int, int]], breaks: list[tuple[int, int, bool]]) -> list[bool]:
    """One paragraph per line; a form feed or a single newline inside a sentence that goes on in lower case joins."""
    joins = []
    for k, (nl, _trail, ff) in enumerate(breaks):
        (ls, le), (ns, _ne) = lines[k], lines[k + 1]
        ended = _ends_sentence(text, ls, le)
        if ff and nl <= 1:
            joins.append(not ended and not _is_title(text, ls, le) and not _is_title(text, ns, _ne))
        else:
            joins.append(nl == 1 and not ended and text[ns].islower())
    return joins


def _wrapped_joins(text: str, lines: list[tuple[int, int]], breaks: list[tuple[int, int, bool]]) -> list[bool]:
    """A PDF dump: rebuild paragraphs from lines that go on with the sentence."""
    lengths = sorted(e - s for s, e in lines)
    width = lengths[min(len(lengths) - 1, int(len(lengths) * 0.9))]
    normal = Counter(nl for nl, _, _ in breaks).most_common(1)[0][0]
    titles = [_is_title(text, s, e) for s, e in lines]  # once per line, not once per break on either side
    joins = []
    for k, (nl, trail, ff) in enumerate(breaks):
        (ls, le), ns = lines[k], lines[k + 1][0]
        llen = le - ls
        lower_next = text[ns].islower()
        ended = _ends_sentence(text, ls, le)
        if titles[k] or titles[k + 1]:
            join = False
        elif not ended and lower_next:
            join = True  # the sentence goes on, whatever the layout between
        elif nl > normal and not ff:
            join = False  # an extra blank line
        elif ended:
            # A full line that happens to end a sentence; PDF text marks a paragraph's end with 2+ trailing blanks.
            join = not ff and llen >= config.SEGMENT_FULL_LINE * width and trail < 2
        else:
            join = (
                text[ns].isdigit()
                or _CONTINUES_END.search(text, le - 1, le) is not None
                or llen >= config.SEGMENT_LONG_LINE * width
            )
        joins.append(join)
    return joins


# --- sentences -------------------------------------------------------------------------------------------------


def _quote_spans(text: str, ps: int, pe: int) -> list[tuple[int, int]]:
    """Quotations inside the paragraph that stay whole: followed by an attribution, or introduced by a colon."""
    spans: list[tuple[int, int]] = []
    limit = config.SEGMENT_QUOTE_MAX_CHARS
    found = list(_ATTRIBUTION.finditer(text, ps, pe)) + list(_ATTRIBUTION_INSIDE.finditer(text, ps, pe))
    for m in found:
        if not text[m.end()].islower():
            continue
        q = m.start(1)
        closer = text[q]
        if closer == "»":
            o = text.rfind("«", ps, q)
        elif closer == "”":
            o = max(text.rfind("“", ps, q), text.rfind("„", ps, q), text.rfind('"', ps, q))
        elif closer == "“":
            o = max(text.rfind("„", ps, q), text.rfind('"', ps, q))
        else:
            o = text.rfind('"', ps, q)
            while o > ps and not (text[o - 1].isspace() or text[o - 1] in "(:—-«"):
                o = text.rfind('"', ps, o)
        if o >= ps and q - o <= limit:
            spans.append((o, q))
    for m in _INTRO.finditer(text, ps, pe):
        o = m.start(1)
        want = _CLOSE_FOR[text[o]]
        q = text.find(want, o + 1, pe)
        if want == "”" and q < 0:
            q = text.find("”", o + 1, pe)
        if q > o and q - o <= limit:
            spans.append((o, q))
    return spans


def _is_initials(token: str) -> bool:
    """One to four initials: a capital, or a Latin digraph written for one Cyrillic letter (Sh, Ch, Zh, Kh, Yu, Gʼ)."""
    parts = token.split(".")
    if len(parts) > 4:
        return False
    for p in parts:
        if len(p) == 1:
            if not p.isupper():
                return False
        elif len(p) == 2:
            if not (p[0].isupper() and (p[1] in "hʼ" or (p[0] == "Y" and p[1] in "aeou"))):
                return False
        else:
            return False
    return True


def _token_before(text: str, lim: int, end: int) -> str:
    """The run of token characters that ends at ``end`` (or just before a newline there), from ``lim`` at most."""
    if end > lim and text[end - 1] == "\n":
        end -= 1
    m = _LAST_NON_TOKEN.match(text, lim, end)
    return text[m.end() if m else lim : end]


def _splits_here(text: str, m: re.Match[str], ps: int, sent_start: int) -> bool:
    """Whether the candidate ``m`` ends a sentence."""
    nxt = m.end()
    c = text[nxt]
    if c in _DASHES:
        # "…». — деди ал." goes on (attribution); "— Жок." opens a new reply.
        k = nxt + 1
        while k < len(text) and text[k] in " -—–":
            k += 1
        return k < len(text) and not text[k].islower()
    k = nxt
    while k < len(text) and text[k] in _OPENERS:
        k += 1
    if k >= len(text):
        return False
    ch = text[k]
    if ch.islower():
        return False
    upper = ch.isupper()
    if not (upper or ch.isdigit() or k > nxt):
        return False
    punct = m.group(1)
    if punct != ".":
        return True
    p0 = m.start(1)
    token = _token_before(text, max(ps, p0 - 40), p0)
    if not token:
        return True
    if _NUMBER.fullmatch(token):
        # "1. Кириш" — a list number opening the sentence.
        return text[sent_start:p0].strip() != token
    if _is_initials(token):
        return False  # "Э. Рахмондун", "А.А. Иванов", "Sh. Mirziyoyev", "U.S. officials"
    lex = lexicon()
    cls = lex.abbreviations.get(token.lower() + ".")
    if cls is None:
        return True
    if cls == "never_final":
        before = text[max(ps, p0 - len(token) - 12) : p0 - len(token)].rstrip()
        after_number = bool(before) and before[-1].isdigit()
        if not after_number:
            return False  # "г. Бишкек", "им. Ленина", "Mr. Smith"; but "2024 г." is a year and may end one
    if not upper:
        return False
    w = _WORD.match(text, k)
    return not (w and w.group() in lex.unit_words)


def split_sentences(view: TextView, paragraphs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Sentences ``(view start, view end, paragraph index)``, trimmed, in order, inside their paragraphs."""
    text = view.text
    out: list[tuple[int, int, int]] = []
    for pi, (ps, pe) in enumerate(paragraphs):
        quotes = _quote_spans(text, ps, pe) if _has_quote(text, ps, pe) else ()
        s = ps
        for m in _CANDIDATE.finditer(text, ps, pe):
            if m.end() >= pe:
                break
            p0 = m.start()
            if quotes and any(o < p0 < q for o, q in quotes):
                continue
            if _splits_here(text, m, ps, s):
                e = m.start(3)
                if e > s:
                    out.append((s, e, pi))
                s = m.end()
        if pe > s:
            out.append((s, pe, pi))
    return out


_QUOTE_CHARS = re.compile(r"[«»“”„\"]")


def _has_quote(text: str, ps: int, pe: int) -> bool:
    return _QUOTE_CHARS.search(text, ps, pe) is not None
