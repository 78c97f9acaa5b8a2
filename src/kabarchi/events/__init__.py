"""Interstate events — meetings, visits, calls, summits, agreements — each with its sentence, date, place and
participants, coded in PLOVER."""

from kabarchi.events.model import Event, Participant, Place
from kabarchi.events.rules import events_stage, extract_events

__all__ = ["Event", "Participant", "Place", "events_stage", "extract_events"]
