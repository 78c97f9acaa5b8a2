"""HTML pages: main text, title and date with trafilatura, offline (the page is never fetched)."""

from __future__ import annotations

import codecs
import re

from kabarchi import config
from kabarchi.document import RawDocument
from kabarchi.errors import HtmlError
from kabarchi.readers.logcapture import captured_logs
from kabarchi.readers.decode import Decoded, control_share, decode_bytes

_FIX = "Save the article's text as a .txt file, or pass the page's complete HTML as the site serves it."
_TAG = re.compile(r"<\s*(?:!doctype\s+html|html|head|body|p|div|article|title|main|section|span|h[1-6])\b", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I)
# A date stated in markup (meta content, <time datetime>, JSON-LD datePublished), as opposed to one in the prose.
_MARKUP_DATE = re.compile(
    r"""(?:\b(?:content|datetime)\s*=\s*["']|"date(?:Published|Created)"\s*:\s*")\s*"""
    r"""(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?""",
    re.I,
)


def decode_html(data: bytes) -> Decoded:
    """Bytes of a page: UTF-8 or a byte-order mark first (a page that decodes as UTF-8 is UTF-8 whatever its <meta>
    says), then the charset its <meta> declares, then the general detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _is_utf8(data):
        return decode_bytes(data)
    m = _META_CHARSET.search(data[:4096])
    if m:
        try:
            codec: str | None = codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            codec = None
        if codec and not codec.startswith(("utf-16", "utf-32")):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                pass
            else:
                if text.strip() and control_share(text) <= config.MAX_CONTROL_SHARE:
                    return Decoded(text, codec)
    return decode_bytes(data)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def looks_like_html(text: str) -> bool:
    return _TAG.search(text[:65536]) is not None


def read_html(html: str, source: str) -> RawDocument:
    if not looks_like_html(html):
        raise HtmlError("the input has no HTML tags, so it is not an HTML page", fix=_FIX)
    import trafilatura

    try:
        with captured_logs("trafilatura", "htmldate", "courlan", "justext") as logged:
            extracted = trafilatura.bare_extraction(
                html,
                with_metadata=True,
                include_comments=False,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
    except Exception as e:  # lxml/trafilatura raise many kinds on malformed markup: all mean "broken HTML"
        raise HtmlError(f"the HTML could not be parsed ({type(e).__name__}: {e})", fix=_FIX) from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise HtmlError(
            "no main text could be extracted from the HTML (the page is empty, built by scripts, or only navigation)",
            fix=_FIX,
        )
    warnings = [f"html: {m}" for m in logged]
    published = _published(html, getattr(extracted, "date", None), warnings)
    title = getattr(extracted, "title", None) or None
    url = getattr(extracted, "url", None) or None
    return RawDocument(
        source=source,
        text=text,
        published=published,
        title=title.strip() if title else None,
        url=url,
        media="html",
        warnings=tuple(warnings),
    )


def _published(html: str, day: str | None, warnings: list[str]) -> str | None:
    """The page's date only when its markup states it (with the time if stated there), never one from the prose."""
    if not day:
        return None
    for m in _MARKUP_DATE.finditer(html):
        if m.group(1) == day:
            return f"{day}T{m.group(2)}" if m.group(2) else day
    warnings.append(f"the page's markup states no publication date; {day}, found in its text, was not used")
    return None
