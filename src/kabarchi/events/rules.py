"""Find interstate events sentence by sentence.

A sentence with a meeting, visit, call, summit or signing word, and officials or states of at least two countries
(its own, or the pair the article is about), is an event. Sport, disasters and courts are not; an announced event
is marked planned, not reported as held. The date is the one the sentence states, "today"/"yesterday"/a weekday
resolved against the article's date, else the article's date for a held event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from kabarchi import config
from kabarchi import discourse
from kabarchi.discourse import Discourse, SentenceInfo
from kabarchi.document import Document
from kabarchi.events.model import Event, Participant, Place
from kabarchi.languages import VERB_FINAL
from kabarchi.pipeline import stage
from kabarchi.spans import Span
from kabarchi.triggers import Hit, TriggerLexicon, hits_between, load

EVENT_KINDS = ("call", "summit", "agreement", "visit", "meeting")
WEEKDAYS = tuple(f"weekday{i}" for i in range(1, 8))
KINDS = frozenset({*EVENT_KINDS, "document", "planned", "not_event", "today", "yesterday", "official",
                   "multilateral", *WEEKDAYS})
NEEDS_TWO_NAMED = frozenset({"meeting", "call"})  # these need both states in the sentence, or "the two sides"


def lexicon() -> TriggerLexicon:
    return load("events/triggers.tsv", KINDS)


def _date(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _latest_year(doc: Document) -> int | None:
    """Without a publication date, the latest year the document speaks of stands for its time."""
    years = [int(q.date_start[:4]) for q in doc.quantities
             if q.kind in ("date", "period") and getattr(q, "date_start", None) and not getattr(q, "target", False)]
    return max(years) if years else None


def _gap(a: Any, b: Any) -> int:
    return max(0, b.start - a.end, a.start - b.end)


class _Reader:
    def __init__(self, doc: Document, disc: Discourse) -> None:
        self.doc, self.disc = doc, disc
        self.hits = lexicon().find_all(doc.view, doc.lang) if doc.view is not None else []
        self.starts = [h.start for h in self.hits]
        self.published = _date(doc.published)
        self.prev_pair: tuple[str, ...] | None = None
        self.events: list[Event] = []
        self.reference_year = self.published.year if self.published else _latest_year(doc)
        self.last_states: tuple[str, ...] | None = None
        self.event_day: str | None = None

    def hits_in(self, s: SentenceInfo) -> list[Hit]:
        return hits_between(self.hits, self.starts, s.start, s.end)

    def explicit_date(self, s: SentenceInfo, hits: list[Hit]) -> str | None:
        """The day the sentence itself gives: a date, "today", "yesterday", a weekday."""
        for q in s.quantities:
            if q.kind == "date" and getattr(q, "date_start", None) and not getattr(q, "target", False):
                return q.date_start
        if self.published is None:
            return None
        for h in hits:
            if h.kind == "today":
                return self.published.isoformat()
            if h.kind == "yesterday":
                return (self.published - dt.timedelta(days=1)).isoformat()
            if h.kind in WEEKDAYS and (self.doc.lang == "en" or self.doc.text[h.start].islower()):
                # "Дүйшөмбүдө" with a capital is Dushanbe, not Monday
                wanted = WEEKDAYS.index(h.kind)
                back = (self.published.weekday() - wanted) % 7
                return (self.published - dt.timedelta(days=back)).isoformat()
        return None

    def future(self, s: SentenceInfo) -> bool:
        """The sentence speaks of a time after the article ("ушул жылдын июнь айында" in a March article)."""
        if self.published is None:
            return False
        for q in s.quantities:
            start = getattr(q, "date_start", None)
            if q.kind in ("date", "period") and start and start > self.published.isoformat():
                return True
        return False

    def past_year(self, s: SentenceInfo) -> bool:
        """The sentence names an earlier year than the article's: its event is not the article's news."""
        if self.published is None:
            return False
        year = self.published.isoformat()[:4]
        return any(q.kind == "period" and getattr(q, "date_end", None) and q.date_end[:4] < year
                   and not getattr(q, "target", False) for q in s.quantities)

    def background(self, s: SentenceInfo) -> bool:
        """A sentence dated years before the article ("2007-жылы ... расмий сапары") recalls history, not news."""
        if self.reference_year is None:
            return False
        for q in s.quantities:
            end = getattr(q, "date_end", None)
            if q.kind in ("date", "period") and end and not getattr(q, "target", False):
                if int(end[:4]) < self.reference_year - config.EVENT_BACKGROUND_YEARS:
                    return True
        return False

    def participants(self, s: SentenceInfo) -> list[Participant]:
        out: list[Participant] = []
        for e in s.entities:
            if getattr(e, "type", None) != "PERSON":
                continue
            p = Participant(
                getattr(e, "name", None) or e.text, getattr(e, "id", None), getattr(e, "role", None),
                getattr(e, "country", None),
            )
            if all(x.name != p.name for x in out):
                out.append(p)
        return out

    def place(self, s: SentenceInfo) -> Place | None:
        for e in s.entities:
            if getattr(e, "type", None) == "PLACE":
                return Place(getattr(e, "name", None) or e.text, getattr(e, "id", None))
        return None

    def countries(self, s: SentenceInfo, participants: list[Participant], hits: list[Hit], kind: str) -> tuple[str, ...]:
        states = list(s.countries)
        for p in participants:
            if p.country and p.country not in states:
                states.append(p.country)
        if kind == "summit":
            return tuple(sorted(set(states) | set(self.doc.countries)))
        if len(states) >= 2:
            return tuple(sorted(states))
        sides = any(h.kind == "official" for h in hits)
        if kind in NEEDS_TWO_NAMED and not sides:
            return tuple(states)
        for cand in (self.last_states, self.prev_pair, self.disc.main_pair):
            if cand and (not states or states[0] in cand):
                return tuple(sorted(set(states) | set(cand)))
        return tuple(states)

    def sentence(self, s: SentenceInfo) -> None:
        hits = self.hits_in(s)
        lang = self.doc.lang
        if len(s.countries) >= 2:
            self.prev_pair = tuple(sorted(s.countries[:2]))
        if any(h.kind == "not_event" for h in hits):
            return
        found = [h for h in hits if h.kind in EVENT_KINDS]
        if not found or self.background(s):
            return
        participants = self.participants(s)
        acting = participants or len(s.countries) >= 2 or any(h.kind == "official" for h in hits)
        docs = tuple(dict.fromkeys(h.form for h in hits if h.kind == "document"))
        place = self.place(s)
        kinds = {h.kind for h in found}
        if "call" in kinds:
            kinds -= {"meeting"}  # "телефон орқали мулоқот" is the call itself
        if "meeting" in kinds and any(h.kind == "multilateral" for h in hits):
            kinds = (kinds - {"meeting"}) | {"summit"}
        future = self.future(s)
        explicit = self.explicit_date(s, hits)
        for kind in EVENT_KINDS:
            trig = next((h for h in found if h.kind == kind), None)
            if kind not in kinds:
                continue
            if trig is None:
                trig = next(h for h in found if h.kind == "meeting")
            if kind == "agreement":
                if not docs:
                    continue
            elif not acting:
                continue
            planned = future or any(
                h.kind == "planned" and (
                    (lang in VERB_FINAL and 0 <= h.start - trig.end <= config.EVENT_PLANNED_CHARS)
                    or (lang not in VERB_FINAL and 0 <= trig.start - h.end <= config.EVENT_PLANNED_CHARS)
                    or _gap(h, trig) <= 2)
                for h in hits
            )
            states = self.countries(s, participants, hits, kind)
            if len(states) < 2:
                continue
            type_ = kind
            if kind == "summit" and len(states) < 3:
                type_ = "meeting"
            if planned:
                date = explicit if explicit and explicit > (self.doc.published or "") else None
            elif explicit:
                date = explicit
                self.event_day = self.event_day or explicit
            else:
                date = None if self.past_year(s) else self.default_day
            self.events.append(
                Event(
                    type=type_,
                    date=date,
                    countries=states,
                    participants=tuple(participants),
                    place=place,
                    evidence=Span.of(self.doc.text, s.start, s.end),
                    trigger=Span.of(self.doc.text, trig.start, trig.end),
                    status="planned" if planned else "held",
                    signed=docs if kind == "agreement" else (),
                )
            )
            if not planned:
                self.last_states = states

    @property
    def default_day(self) -> str | None:
        """A held event the sentence does not date happened on the article's event day, else its date."""
        return self.event_day or (self.published.isoformat() if self.published else None)


def _first_event_day(r: _Reader, disc: Discourse) -> str | None:
    """The day the article's events happened: the first day stated in a sentence that reports an event."""
    for s in disc.sentences:
        hits = r.hits_in(s)
        if any(h.kind in EVENT_KINDS for h in hits) and not any(h.kind in ("not_event", "planned") for h in hits):
            day = r.explicit_date(s, hits)
            if day and (r.published is None or day <= r.published.isoformat()):
                return day
    return None


def extract_events(doc: Document, disc: Discourse | None = None) -> list[Event]:
    disc = disc or discourse.of(doc)
    r = _Reader(doc, disc)
    r.event_day = _first_event_day(r, disc)
    for s in disc.sentences:
        r.sentence(s)
    merged: dict[tuple[Any, ...], Event] = {}
    for e in r.events:
        first = merged.get(e.key)
        if first is None:
            merged[e.key] = e
        elif len(e.participants) > len(first.participants) or (first.place is None and e.place is not None):
            merged[e.key] = dataclasses.replace(
                first,
                participants=tuple(dict.fromkeys(first.participants + e.participants)),
                place=first.place or e.place,
                signed=tuple(dict.fromkeys(first.signed + e.signed)),
            )
    return list(merged.values())


@stage("events", needs=["view", "sentences", "lang", "published", "quantities", "entities", "discourse"],
       gives=["events"])
def events_stage(doc: Document) -> Document:
    return dataclasses.replace(doc, events=tuple(extract_events(doc)))
