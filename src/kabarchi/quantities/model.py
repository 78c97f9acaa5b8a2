"""The quantity value object (contract: ``quantities``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS = ("money", "percent", "multiplier", "count", "distance", "weight", "date", "period", "duration", "frequency",
         "number")
DATED = ("date", "period")


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure or a date with original offsets.

    Beyond the contract's fields: ``low`` (the lower end of a range such as "1,5-2 млн"), ``target`` (the figure is
    a goal: "чейин", "дейін", "гача", "до", "bring to"). A ``duration`` ("5 жыл", "в течение 3 месяцев") has the
    number as ``value`` and year/month/week/day/hour as ``unit``; it is a length of time, not a place in the
    calendar, so it has no dates. For dates, ``resolved`` (False when a relative
    expression could not be anchored because the document has no published date).
    """

    start: int
    end: int
    text: str
    kind: str
    value: int | float | None
    unit: str | None
    bound: str = "eq"
    date_start: str | None = None
    date_end: str | None = None
    low: int | float | None = None
    target: bool = False
    resolved: bool = True

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
                             "value": self.value, "unit": self.unit, "bound": self.bound}
        if self.kind in DATED:
            d["date_start"] = self.date_start
            d["date_end"] = self.date_end
            d["resolved"] = self.resolved
        d["low"] = self.low
        d["target"] = self.target
        return d
