"""Plain text, with the crawl header some corpora put on the first line (`` date 2026-02-13 14:05``).

Title heuristic: the first non-empty line of the body (that is, the rest of the header line when the header is
followed by text on the same line, else the next non-empty line) is the title when it
- has at most ``config.MAX_TITLE_CHARS`` characters and contains a letter,
- does not end (before closing quotes/brackets) with sentence or clause punctuation: . ! ? … : ; ,
- and is followed by more text.
Otherwise the title is None: a first line that ends like a sentence is the lead, not a headline.
"""

from __future__ import annotations

import re
from datetime import datetime

from kabarchi import config
from kabarchi.document import RawDocument

# ``date 2026-02-13`` / ``date 2026-02-13 14:05`` / ``Date: 2026-02-13``: the whole first line or its start.
_HEADER = re.compile(
    r"\A[ \t\ufeff]*date(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})"
    r"(?:[ T]((?:[01]\d|2[0-3]):[0-5]\d)(?::[0-5]\d)?)?"
    r"(?=[ \t\r\n]|\Z)",
    re.IGNORECASE,
)
_REST_OF_LINE = re.compile(r"[ \t]*(?:\r\n|\r|\n)|[ \t]+|\Z")
_CLOSERS = "\"'»”’)]」"
_SENTENCE_END = ".!?…:;,"
_LETTER = re.compile(r"[^\W\d_]")


def parse_crawl_header(text: str) -> tuple[str | None, int]:
    """(published, body_start): the date the header states and where the content begins after it."""
    m = _HEADER.match(text)
    if not m:
        return None, 0
    day, time = m.group(1), m.group(2)
    try:
        datetime.fromisoformat(f"{day}T{time or '00:00'}")
    except ValueError:
        return None, 0  # "date 2026-13-45" is not a header we can trust; keep the line as content
    rest = _REST_OF_LINE.match(text, m.end())
    end = rest.end() if rest else m.end()
    return (f"{day}T{time}" if time else day), end


def guess_title(text: str, body_start: int = 0) -> str | None:
    """The heuristic of the module docstring."""
    pos = body_start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        line = text[pos:line_end].strip()
        if line:
            return line if _is_title(line, text[line_end:]) else None
        pos = line_end + 1
    return None


def _is_title(line: str, after: str) -> bool:
    if len(line) > config.MAX_TITLE_CHARS or not _LETTER.search(line) or not after.strip():
        return False
    core = line.rstrip(_CLOSERS).rstrip()
    return bool(core) and core[-1] not in _SENTENCE_END


def read_plain(text: str, source: str, *, warnings: tuple[str, ...] = ()) -> RawDocument:
    published, body_start = parse_crawl_header(text)
    return RawDocument(
        source=source,
        text=text,
        published=published,
        title=guess_title(text, body_start),
        media="text",
        body_start=body_start,
        warnings=warnings,
    )
