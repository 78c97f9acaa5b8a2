"""Dates as the contract writes them: ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``, as precise as the source states."""

from __future__ import annotations

import re
from datetime import datetime

_ISO = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*\Z"
)


def normalise_date(value: str) -> str:
    """An ISO date or date-time, reduced to the contract's form; the time zone is dropped (local time as stated).

    Raises ValueError when ``value`` is not an ISO date or names a day or time that does not exist.
    """
    m = _ISO.match(value)
    if not m:
        raise ValueError(f"expected an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM), got {value!r}")
    y, mo, d, hh, mm = m.groups()
    datetime(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))  # raises ValueError for 2026-02-30 or 25:00
    day = f"{y}-{mo}-{d}"
    return f"{day}T{hh}:{mm}" if hh is not None else day
