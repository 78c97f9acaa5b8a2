"""JSON Lines: one document per line, ``{"text": ..., "title": ..., "url": ..., "date": ...}``.

A broken line costs only that line: it becomes a ReadFailure with source ``FILE:LINE`` and the others are read.
"""

from __future__ import annotations

import json
from typing import Any

from kabarchi.document import RawDocument
from kabarchi.errors import JsonlError
from kabarchi.readers.dates import normalise_date
from kabarchi.readers.failure import ReadFailure

_FIX = 'Correct or remove that line: each line must be one JSON object with a non-empty "text" string.'


def read_jsonl(text: str, source: str) -> list[RawDocument | ReadFailure]:
    out: list[RawDocument | ReadFailure] = []
    # Split on LF only: JSON strings may hold U+2028 and other characters that str.splitlines() treats as breaks.
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            out.append(_read_line(line, where, lineno))
        except JsonlError as e:
            out.append(ReadFailure.from_error(where, e))
    return out


def _read_line(line: str, source: str, lineno: int) -> RawDocument:
    try:
        obj: Any = json.loads(line)
    except json.JSONDecodeError as e:
        raise JsonlError(f"line {lineno} is not valid JSON ({e.msg} at column {e.colno})", fix=_FIX) from None
    if not isinstance(obj, dict):
        raise JsonlError(f"line {lineno} is a JSON {type(obj).__name__}, expected an object", fix=_FIX)
    body = obj.get("text")
    if not isinstance(body, str):
        got = "no \"text\" field" if body is None else f"a \"text\" of type {type(body).__name__}"
        raise JsonlError(f"line {lineno} has {got}, expected a string", fix=_FIX)
    if not body.strip():
        raise JsonlError(f"line {lineno} has an empty \"text\"", fix=_FIX)
    warnings: list[str] = []
    title = _optional_str(obj, "title", warnings)
    url = _optional_str(obj, "url", warnings)
    published = None
    date = obj.get("date")
    if date is not None:
        if isinstance(date, str):
            try:
                published = normalise_date(date)
            except ValueError:
                warnings.append(
                    f"date {date!r} is not an ISO date (YYYY-MM-DD or YYYY-MM-DDTHH:MM); published left empty"
                )
        else:
            warnings.append(f"date of type {type(date).__name__} ignored: expected an ISO date string")
    return RawDocument(
        source=source,
        text=body,
        published=published,
        title=(title.strip() or None) if title else None,
        url=url,
        media="jsonl",
        warnings=tuple(warnings),
    )


def _optional_str(obj: dict[str, Any], key: str, warnings: list[str]) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value or None
    warnings.append(f"{key} of type {type(value).__name__} ignored: expected a string")
    return None
