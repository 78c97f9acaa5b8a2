"""The entity value (contract: ``entities[]``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Entity:
    """A mention: original offsets, contract type/id/name, and three fields the facts stage uses.

    ``country`` is the state a person, organisation or place belongs to (a COUNTRY's own code); ``role`` a person's
    latest role in the gazetteer; ``source`` how it was found ("gazetteer", "gazetteer-capital" for a capital
    standing for its state, "gazetteer-context", "crf", "natasha").
    """

    start: int
    end: int
    text: str
    type: str  # COUNTRY, PERSON, ORG, PLACE
    id: str | None
    name: str | None
    country: str | None = None
    role: str | None = None
    source: str = "gazetteer"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                             "id": self.id, "name": self.name}
        if self.country is not None:
            d["country"] = self.country
        if self.role is not None:
            d["role"] = self.role
        d["source"] = self.source
        return d
