"""Which stored event a new report belongs to: one real event reported by several outlets in several languages.

A report joins an event of the same type family (meeting and summit are one family), the same status (a planned
visit is not the visit that happened), the same states (bilateral) or a close enough set (multilateral), an
anchor date within ``EVENT_MERGE_WINDOW_DAYS``, and no contradicting place. Among candidates, shared
participants (by Wikidata id or English name), a shared place and a closer date win.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kabarchi import config

FAMILIES = {"meeting": "meeting", "summit": "meeting", "visit": "visit", "agreement": "agreement", "call": "call"}


def family(event_type: str) -> str:
    return FAMILIES.get(event_type, event_type)


def person_keys(participants: list[dict[str, Any]]) -> set[str]:
    keys = set()
    for p in participants or []:
        if p.get("id"):
            keys.add(str(p["id"]))
        if p.get("name"):
            keys.add(str(p["name"]).casefold())
    return keys


def place_key(place: dict[str, Any] | None) -> str | None:
    if not place:
        return None
    return str(place.get("id") or "") or (str(place.get("name") or "").casefold() or None)


@dataclass(slots=True)
class Candidate:
    """A stored (or just created) merged event, as the matcher sees it."""

    event_id: int
    family: str
    status: str
    anchor: date | None
    countries: set[str]
    people: set[str]
    place: str | None
    place_has_id: bool
    changed: bool = False
    new: bool = False
    row: dict[str, Any] = field(default_factory=dict)


def score(report: dict[str, Any], anchor: date | None, cand: Candidate) -> float | None:
    """How well a report fits an event; None when it cannot be the same event."""
    if family(report["type"]) != cand.family or (report.get("status") or "held") != cand.status:
        return None
    if anchor is None or cand.anchor is None:
        return None
    gap = abs((anchor - cand.anchor).days)
    if gap > config.EVENT_MERGE_WINDOW_DAYS:
        return None
    mine = set(report.get("countries") or [])
    if len(mine) < 3 and len(cand.countries) < 3:
        if mine != cand.countries:
            return None
    else:
        union = mine | cand.countries
        if not union or len(mine & cand.countries) / len(union) < config.EVENT_MERGE_MIN_JACCARD:
            return None
    place = report.get("place") or None
    pk = place_key(place)
    if pk and cand.place and pk != cand.place and (place or {}).get("id") and cand.place_has_id:
        return None  # two known places, different: two events
    shared = len(person_keys(report.get("participants") or []) & cand.people)
    return 2.0 * shared + (1.0 if pk and pk == cand.place else 0.0) - gap


def best(report: dict[str, Any], anchor: date | None, cands: list[Candidate]) -> Candidate | None:
    top, top_score = None, None
    for c in cands:
        s = score(report, anchor, c)
        if s is not None and (top_score is None or s > top_score):
            top, top_score = c, s
    return top
