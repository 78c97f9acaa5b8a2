"""The event value object and its contract JSON."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kabarchi.spans import Span

#: PLOVER event type and mode of each kabarchi event type.
PLOVER = {
    "meeting": ("CONSULT", None),
    "visit": ("CONSULT", "visit"),
    "call": ("CONSULT", "phone"),
    "summit": ("CONSULT", "multilateral"),
    "agreement": ("AGREE", None),
}


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    id: str | None
    role: str | None
    country: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id, "role": self.role, "country": self.country}


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    id: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id}


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    date: str | None
    countries: tuple[str, ...]
    participants: tuple[Participant, ...]
    place: Place | None
    evidence: Span
    trigger: Span
    status: str = "held"  # or "planned": announced, not reported as held
    signed: tuple[str, ...] = ()  # for agreements: what was signed (memorandum, protocol, programme ...)

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.type, self.countries, self.date, self.status)

    def to_dict(self) -> dict[str, Any]:
        code, mode = PLOVER[self.type]
        d: dict[str, Any] = {
            "type": self.type,
            "code": code,
            "mode": mode,
            "date": self.date,
            "countries": list(self.countries),
            "participants": [p.to_dict() for p in self.participants],
            "place": self.place.to_dict() if self.place else None,
            "evidence": self.evidence.to_dict(),
            "trigger": self.trigger.to_dict(),
            "status": self.status,
        }
        if self.type == "agreement":
            d["signed"] = list(self.signed)
        return d
