"""What the store's queries return: frozen values with ``to_dict()`` giving the CLI's JSON fields."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any


def _span(start: int, end: int, text: str) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text}


def _number(v: float) -> float | int:
    """Whole amounts print without ".0" (4500000000, not 4500000000.0)."""
    return int(v) if float(v).is_integer() else v


def _period(start: str | None, end: str | None) -> dict[str, str] | None:
    return None if start is None else {"start": start, "end": end or ""}


def _head(r: Any, id_field: str) -> dict[str, Any]:  # noqa: ANN401  (a fact or a conflict record)
    """The fields a fact and a conflict share: its id, claim, type, and direction (from/to) or else parties."""
    d: dict[str, Any] = {id_field: getattr(r, id_field), "claim_id": r.claim_id, "type": r.type}
    if r.from_country:
        d["from"], d["to"] = r.from_country, r.to_country
    else:
        d["parties"] = list(r.parties or ())
    return d


@dataclass(frozen=True, slots=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return _span(self.start, self.end, self.text)


@dataclass(frozen=True, slots=True)
class StoredFact:
    fact_id: int
    claim_id: int
    doc_id: str
    source: str
    lang: str
    published: str | None
    type: str
    parties: tuple[str, str] | None
    from_country: str | None
    to_country: str | None
    value: float
    unit: str
    bound: str
    period_start: str | None
    period_end: str | None
    evidence: Evidence
    confidence: float | None

    def period(self) -> dict[str, str] | None:
        return _period(self.period_start, self.period_end)

    def to_dict(self) -> dict[str, Any]:
        d = _head(self, "fact_id")
        d.update(
            value=_number(self.value), unit=self.unit, bound=self.bound, period=self.period(),
            doc_id=self.doc_id, source=self.source, lang=self.lang, published=self.published,
            evidence=self.evidence.to_dict(), confidence=self.confidence,
        )
        return d


@dataclass(frozen=True, slots=True)
class Report:
    """One document's report of an event."""

    doc_id: str
    source: str
    lang: str
    type: str
    date: str | None
    status: str
    countries: tuple[str, ...]
    evidence: Evidence
    position: int | None = None  # index in the document record's events list (links to the sentence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "source": self.source, "lang": self.lang, "type": self.type, "date": self.date,
            "status": self.status, "countries": list(self.countries), "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class MergedEvent:
    event_id: int
    type: str
    code: str | None
    mode: str | None
    status: str
    date: str | None
    countries: tuple[str, ...]
    participants: tuple[dict[str, Any], ...]
    place: dict[str, Any] | None
    langs: tuple[str, ...]
    reports: tuple[Report, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "type": self.type, "code": self.code, "mode": self.mode,
            "status": self.status, "date": self.date, "countries": list(self.countries),
            "participants": list(self.participants), "place": self.place, "langs": list(self.langs),
            "reports": [r.to_dict() for r in self.reports],
        }


@dataclass(frozen=True, slots=True)
class ConflictClaim:
    fact_id: int
    value: float
    unit: str
    bound: str
    period_start: str | None
    period_end: str | None
    doc_id: str
    source: str
    lang: str
    evidence: Evidence

    def period(self) -> dict[str, str] | None:
        return _period(self.period_start, self.period_end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fact_id": self.fact_id, "value": _number(self.value), "unit": self.unit, "bound": self.bound,
            "period": self.period(),
            "doc_id": self.doc_id, "source": self.source, "lang": self.lang, "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Conflict:
    conflict_id: int
    claim_id: int
    type: str
    parties: tuple[str, str] | None
    from_country: str | None
    to_country: str | None
    period: dict[str, str] | None
    reading: str
    claims: tuple[ConflictClaim, ...]
    against: tuple[tuple[int, int], ...]  # fact ids that cannot both be true

    def to_dict(self) -> dict[str, Any]:
        d = _head(self, "conflict_id")
        d.update(
            period=self.period, reading=self.reading, claims=[c.to_dict() for c in self.claims],
            against=[list(p) for p in self.against],
        )
        return d


@dataclass(frozen=True, slots=True)
class TargetStatus:
    """For one pair: the latest stated turnover target and the latest actual turnover, with their sources."""

    parties: tuple[str, str]
    target: StoredFact | None
    actual: StoredFact | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "parties": list(self.parties),
            "target": self.target.to_dict() if self.target else None,
            "actual": self.actual.to_dict() if self.actual else None,
            "share_of_target": self.share_of_target(),
        }

    def share_of_target(self) -> float | None:
        """The actual as a share of the target, only when both cover periods of the same length: two months of
        trade against a yearly target would read as a 15 % shortfall that nobody reported."""
        if not (self.target and self.actual and self.target.value):
            return None
        a, t = _period_days(self.actual), _period_days(self.target)
        if a is None or t is None or abs(a - t) > 31:
            return None
        return round(self.actual.value / self.target.value, 4)


def _period_days(f: StoredFact) -> int | None:
    if not f.period_start or not f.period_end:
        return None
    try:
        return (date.fromisoformat(f.period_end[:10]) - date.fromisoformat(f.period_start[:10])).days + 1
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class TimelineItem:
    date: str | None
    kind: str  # event | fact
    item: MergedEvent | StoredFact

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "kind": self.kind, **self.item.to_dict()}


@dataclass(frozen=True, slots=True)
class SearchHit:
    doc_id: str
    source: str
    lang: str
    published: str | None
    title: str | None
    snippet: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "source": self.source, "lang": self.lang, "published": self.published,
            "title": self.title, "snippet": self.snippet,
        }


@dataclass(frozen=True, slots=True)
class Failure:
    source: str
    code: str
    message: str
    attempts: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "code": self.code, "message": self.message, "attempts": self.attempts}


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What one ingest call did."""

    added: int = 0
    skipped: int = 0  # already in the store (same doc_id)
    failed: int = 0
    facts: int = 0
    reports: int = 0
    events_created: int = 0
    reports_merged: int = 0  # reports that joined an event already known
    near_duplicates: int = 0
    conflicts: int = 0  # conflicts in the store after this ingest

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One stored document without its text: what lists of documents show."""

    doc_id: str
    source: str
    published: str | None
    title: str | None
    lang: str
    countries: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id, "source": self.source, "published": self.published, "title": self.title,
            "lang": self.lang, "countries": list(self.countries),
        }


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """One stored document: its text as stored, its contract record, and the store's ids of its facts in record
    order (None where the store dropped a fact that is not between two states). When ingest had only the record,
    the text is its evidence sentences joined, so offsets must be checked against it before use."""

    summary: DocumentSummary
    text: str | None
    record: dict[str, Any]
    fact_ids: tuple[int | None, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**self.summary.to_dict(), "text": self.text, "record": self.record, "fact_ids": list(self.fact_ids)}


@dataclass(frozen=True, slots=True)
class PairSummary:
    """How much the store knows about two states: facts and merged events between them, and when last seen."""

    parties: tuple[str, str]
    facts: int
    events: int
    last_seen: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"parties": list(self.parties), "facts": self.facts, "events": self.events, "last_seen": self.last_seen}


@dataclass(frozen=True, slots=True)
class ConflictSummary:
    """A conflict without all its claims: how many facts its claim has and a few figures that contradict each other
    (the first pairs of ``against``). For pages that list many conflicts of a busy pair, where one claim can have
    hundreds of reports."""

    conflict_id: int
    claim_id: int
    type: str
    parties: tuple[str, str] | None
    from_country: str | None
    to_country: str | None
    years: tuple[int | None, int | None]
    reading: str
    facts: int
    against: int
    examples: tuple[ConflictClaim, ...]

    def to_dict(self) -> dict[str, Any]:
        d = _head(self, "conflict_id")
        d.update(years=list(self.years), reading=self.reading, facts=self.facts, against=self.against,
                 examples=[c.to_dict() for c in self.examples])
        return d
