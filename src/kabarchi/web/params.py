"""Request parameters checked once for the API and the pages: pairs, dates, country codes, cursors."""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from kabarchi import languages
from kabarchi.web.errors import BadParameter

_PAIR = re.compile(r"^([A-Za-z]{2})[-–]([A-Za-z]{2})$")
_DOC_ID = re.compile(r"^[0-9A-Za-z_-]{1,32}$")
DOC_LANGS = (*languages.LANGS, languages.UNDETERMINED)
FACT_TYPES = ("trade_turnover", "trade_target", "trade_growth", "export_value", "export_share", "tourist_arrivals")
EVENT_TYPES = ("meeting", "visit", "agreement", "summit", "call")
EVENT_STATUSES = ("held", "planned")


def pair(text: str | None) -> tuple[str, str] | None:
    """'KG-TJ' (either order, any case) -> ('KG', 'TJ'); None stays None."""
    if text is None or text == "":
        return None
    m = _PAIR.match(text.strip())
    if not m or m.group(1).upper() == m.group(2).upper():
        raise BadParameter(f"expected a pair of two ISO country codes like KG-TJ, got {text!r}", fix="Write KG-TJ.")
    a, b = sorted((m.group(1).upper(), m.group(2).upper()))
    return a, b


def country(text: str | None) -> str | None:
    if not text:
        return None
    if len(text) != 2 or not text.isalpha():
        raise BadParameter(f"expected an ISO country code like KG, got {text!r}", fix="Write country=KG.")
    return text.upper()


def day(text: str | None, name: str = "since") -> str | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise BadParameter(f"expected {name} as a date YYYY-MM-DD, got {text!r}", fix=f"Write {name}=2025-01-01.")


def doc_lang(text: str | None) -> str | None:
    if not text:
        return None
    if text not in DOC_LANGS:
        raise BadParameter(f"expected lang to be one of {', '.join(DOC_LANGS)}, got {text!r}", fix="Use lang=ky.")
    return text


def words(text: str) -> str:
    """A search query with at least one word in it (the store searches words, not punctuation)."""
    if not re.search(r"\w", text):
        raise BadParameter(f"nothing to search for in {text!r}", fix="Give at least one word.")
    return text


def choice(text: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if not text:
        return None
    if text not in allowed:
        raise BadParameter(f"expected {name} to be one of {', '.join(allowed)}, got {text!r}",
                           fix=f"Use {name}={allowed[0]}.")
    return text


def doc_id(text: str) -> str:
    """Document ids are short hashes; anything else cannot be one (and never reaches a query or a path)."""
    if not _DOC_ID.match(text):
        from kabarchi.web.errors import NotFound

        raise NotFound(f"no document {text!r}", fix="Take document ids from /api/documents.")
    return text


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None) -> int:
    """The offset a cursor from a previous page's ``next`` stands for (0 for none)."""
    if not cursor:
        return 0
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        kind, _, n = raw.partition(":")
        if kind != "o" or not n.isdigit():
            raise ValueError(raw)
        return int(n)
    except ValueError:
        raise BadParameter(f"expected a cursor from a previous page's 'next', got {cursor!r}",
                           fix="Pass the 'next' value unchanged, or leave cursor out for the first page.")


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The event filters that /api/events and the events page share, checked once: ``store`` holds the keyword
    arguments for ``Store.events``, ``shown`` what the page's filter form shows (None where not set)."""

    store: dict[str, Any]
    shown: dict[str, Any]


def event_filters(
    country: str | None = None,
    pair: str | None = None,
    type: str | None = None,  # noqa: A002  (the API's parameter name)
    status: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_reports: Annotated[int, Query(ge=1, le=1000)] = 1,
) -> EventFilters:
    p = _pair(pair)
    store = {"country": _country(country), "pair": p, "type": choice(type, EVENT_TYPES, "type"),
             "status": choice(status, EVENT_STATUSES, "status"), "since": day(since),
             "until": day(until, "until"), "min_reports": min_reports}
    shown = {"country": country, "pair": f"{p[0]}-{p[1]}" if p else None, "type": type, "status": status,
             "since": since, "until": until, "min_reports": min_reports if min_reports > 1 else None}
    return EventFilters(store, shown)


_pair, _country = pair, country  # the module's checks, under names the parameters above do not hide
