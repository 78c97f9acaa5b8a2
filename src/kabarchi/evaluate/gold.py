"""Gold files: what a human says a document states, checked line by line when loaded.

A gold file is JSON Lines, one record per document (see the contract, "Scoring", and docs/schema/gold.schema.json).
Every record is checked before anything is scored, so that a typo in the gold ("TJK", "trade-turnover", a period
without "end") fails at load time with the line to correct, instead of silently turning into a missed item.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kabarchi import languages
from kabarchi.errors import KabarchiError

LANGS = (*languages.LANGS, languages.UNDETERMINED)
PAIR_FACTS = ("trade_turnover", "trade_target", "trade_growth")
DIRECTED_FACTS = ("export_value", "export_share", "tourist_arrivals")
FACT_TYPES = PAIR_FACTS + DIRECTED_FACTS
EVENT_TYPES = ("meeting", "visit", "agreement", "summit", "call")
BOUNDS = ("gt", "approx", "lt", "eq")
EVENT_STATUSES = ("planned",)

_COUNTRY = re.compile(r"[A-Z]{2}\Z")
_DATE = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])\Z")
_DATETIME = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9])?\Z")


class GoldError(KabarchiError):
    """A malformed gold record; raised when the gold file is loaded, naming the line."""

    code = "gold-invalid"

    def __init__(self, path: str, line: int, expected: str, got: Any) -> None:
        self.path, self.line, self.expected, self.got = path, line, expected, got
        shown = got if isinstance(got, str) and got.startswith("<") else repr(got)
        if len(shown) > 120:
            shown = shown[:117] + "..."
        super().__init__(
            f"{path}:{line}: expected {expected}, got {shown}",
            fix="Correct that record of the gold file (format: docs/schema/gold.schema.json).",
        )


@dataclass(frozen=True, slots=True)
class Period:
    """Dates as ``YYYY-MM-DD``; either end may be open (null)."""

    start: str | None
    end: str | None

    def years(self) -> tuple[int | None, int | None]:
        return (int(self.start[:4]) if self.start else None, int(self.end[:4]) if self.end else None)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class GoldFact:
    type: str
    parties: tuple[str, str] | None  # pair facts
    from_: str | None  # directed facts
    to: str | None
    value: float | int | None
    unit: str | None
    bound: str | None
    period: Period | None
    quote: str
    optional: bool = False

    def countries_text(self) -> str:
        return "-".join(self.parties) if self.parties else f"{self.from_}->{self.to}"


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    date: str | None
    countries: tuple[str, ...]
    quote: str
    optional: bool = False
    status: str | None = None  # "planned" for an announced event; null for one that happened


@dataclass(frozen=True, slots=True)
class GoldDoc:
    file: str
    lang: str
    script: str | None
    date: str | None
    countries: tuple[str, ...]
    facts: tuple[GoldFact, ...]
    events: tuple[GoldEvent, ...]
    line: int = 0  # where it is in the gold file, for messages


class _Checker:
    """Field access that raises GoldError with the path, line and JSON path of the offending field."""

    def __init__(self, path: str, line: int) -> None:
        self.path, self.line = path, line

    def fail(self, where: str, expected: str, got: Any) -> GoldError:
        return GoldError(self.path, self.line, f"{where} to be {expected}", got)

    def field(self, obj: dict[str, Any], key: str, where: str, *, required: bool = True, default: Any = None) -> Any:
        if key not in obj:
            if required:
                raise GoldError(self.path, self.line, f'a field "{key}" in {where}', f"<only {sorted(obj)}>")
            return default
        return obj[key]

    def string(self, value: Any, where: str, *, nullable: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "a non-empty string" + (" or null" if nullable else ""), value)
        return value

    def enum(self, value: Any, where: str, allowed: tuple[str, ...]) -> str:
        if value not in allowed:
            raise self.fail(where, "one of " + " ".join(allowed), value)
        return value

    def country(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not _COUNTRY.match(value):
            raise self.fail(where, "an ISO 3166-1 alpha-2 code such as KG", value)
        return value

    def countries(self, value: Any, where: str) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.fail(where, "a list of ISO alpha-2 codes", value)
        out = tuple(self.country(c, f"{where}[{i}]") for i, c in enumerate(value))
        if len(set(out)) != len(out):
            raise self.fail(where, "a list without repeated codes", value)
        return out

    def date(self, value: Any, where: str, *, time_allowed: bool = False) -> str | None:
        if value is None:
            return None
        pattern = _DATETIME if time_allowed else _DATE
        if not isinstance(value, str) or not pattern.match(value):
            raise self.fail(where, "null or a date YYYY-MM-DD" + ("[THH:MM]" if time_allowed else ""), value)
        return value

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "a JSON object", value)
        return value

    def flag(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            raise self.fail(where, "true or false", value)
        return value


def _fact(c: _Checker, raw: Any, where: str) -> GoldFact:
    f = c.obj(raw, where)
    ftype = c.enum(c.field(f, "type", where), f"{where}.type", FACT_TYPES)
    parties = from_ = to = None
    if ftype in PAIR_FACTS:
        got = c.countries(c.field(f, "parties", where), f"{where}.parties")
        if len(got) != 2:
            raise c.fail(f"{where}.parties", "two different states", list(got))
        parties = (got[0], got[1])
    else:
        from_ = c.country(c.field(f, "from", where), f"{where}.from")
        to = c.country(c.field(f, "to", where), f"{where}.to")
        if from_ == to:
            raise c.fail(f"{where}.to", "a state other than from", to)
    value = c.field(f, "value", where)
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise c.fail(f"{where}.value", "a number or null", value)
    unit = c.string(c.field(f, "unit", where), f"{where}.unit", nullable=True)
    bound = c.field(f, "bound", where, required=False)
    if bound is not None:
        c.enum(bound, f"{where}.bound", BOUNDS)
    period = None
    raw_period = c.field(f, "period", where)
    if raw_period is not None:
        p = c.obj(raw_period, f"{where}.period")
        start = c.date(c.field(p, "start", f"{where}.period"), f"{where}.period.start")
        end = c.date(c.field(p, "end", f"{where}.period"), f"{where}.period.end")
        if start and end and start > end:
            raise c.fail(f"{where}.period", "start on or before end", raw_period)
        period = Period(start, end) if (start or end) else None
    quote = c.string(c.field(f, "quote", where), f"{where}.quote")
    optional = c.flag(c.field(f, "optional", where, required=False, default=False), f"{where}.optional")
    return GoldFact(ftype, parties, from_, to, value, unit, bound, period, quote or "", optional)


def _event(c: _Checker, raw: Any, where: str) -> GoldEvent:
    e = c.obj(raw, where)
    etype = c.enum(c.field(e, "type", where), f"{where}.type", EVENT_TYPES)
    date = c.date(c.field(e, "date", where), f"{where}.date")
    countries = c.countries(c.field(e, "countries", where), f"{where}.countries")
    quote = c.string(c.field(e, "quote", where), f"{where}.quote")
    optional = c.flag(c.field(e, "optional", where, required=False, default=False), f"{where}.optional")
    status = c.field(e, "status", where, required=False)
    if status is not None:
        c.enum(status, f"{where}.status", EVENT_STATUSES)
    return GoldEvent(etype, date, countries, quote or "", optional, status)


def parse_gold_record(raw: Any, path: str = "<gold>", line: int = 0) -> GoldDoc:
    """One gold record (a parsed JSON object) checked and frozen."""
    c = _Checker(path, line)
    rec = c.obj(raw, "the record")
    file = c.string(c.field(rec, "file", "the record"), "file")
    lang = c.enum(c.field(rec, "lang", "the record"), "lang", LANGS)
    script = c.field(rec, "script", "the record", required=False)
    if script is not None and (not isinstance(script, str) or not re.fullmatch(r"[A-Z][a-z]{3}", script)):
        raise c.fail("script", "null or an ISO 15924 code such as Cyrl", script)
    date = c.date(c.field(rec, "date", "the record", required=False), "date", time_allowed=True)
    countries = c.countries(c.field(rec, "countries", "the record"), "countries")
    facts_raw = c.field(rec, "facts", "the record")
    if not isinstance(facts_raw, list):
        raise c.fail("facts", "a list", facts_raw)
    events_raw = c.field(rec, "events", "the record")
    if not isinstance(events_raw, list):
        raise c.fail("events", "a list", events_raw)
    facts = tuple(_fact(c, f, f"facts[{i}]") for i, f in enumerate(facts_raw))
    events = tuple(_event(c, e, f"events[{i}]") for i, e in enumerate(events_raw))
    return GoldDoc(file or "", lang, script, date, countries, facts, events, line)


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Every record of a gold file, checked; the first malformed one raises GoldError naming its line."""
    p = Path(path)
    shown = str(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GoldError(shown, 0, "an existing gold file", "<no such file>") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(shown, 0, "a readable UTF-8 file", f"<{type(exc).__name__}: {exc}>") from None
    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(shown, number, "one JSON object per line", f"<invalid JSON: {exc.msg}>") from None
        doc = parse_gold_record(raw, shown, number)
        if doc.file in seen:
            raise GoldError(shown, number, f"each file once (already on line {seen[doc.file]})", doc.file)
        seen[doc.file] = number
        docs.append(doc)
    return docs
