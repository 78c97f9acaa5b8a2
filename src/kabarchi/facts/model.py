"""The fact value object and its contract JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kabarchi.spans import Span

PAIR_TYPES = frozenset({"trade_turnover", "trade_target", "trade_growth"})
DIRECTED_TYPES = frozenset({"export_value", "export_share", "tourist_arrivals"})
FACT_TYPES = PAIR_TYPES | DIRECTED_TYPES


def plain_number(v: float | int | None) -> float | int | None:
    """36000000.0 prints as 36000000; 1.5 stays 1.5."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    id: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id}


@dataclass(frozen=True, slots=True)
class Fact:
    type: str
    countries: tuple[str, str]  # sorted parties for pair types; (from, to) for directed types
    value: float
    unit: str | None
    bound: str
    period: tuple[str, str] | None
    evidence: Span  # the sentence
    figure: Span  # the figure inside it
    confidence: float
    speaker: Speaker | None = None

    @property
    def key(self) -> tuple[Any, ...]:
        """Two statements of the same figure for the same thing are one fact."""
        return (self.type, self.countries, round(self.value, 6), self.unit, self.bound, self.period)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type}
        if self.type in DIRECTED_TYPES:
            d["from"], d["to"] = self.countries
        else:
            d["parties"] = list(self.countries)
        d.update(
            value=plain_number(self.value),
            unit=self.unit,
            bound=self.bound,
            period={"start": self.period[0], "end": self.period[1]} if self.period else None,
            speaker=self.speaker.to_dict() if self.speaker else None,
            evidence=self.evidence.to_dict(),
            figure=self.figure.to_dict(),
            confidence=round(self.confidence, 2),
        )
        return d
