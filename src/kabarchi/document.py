"""The document as it travels through the pipeline, and its JSON form (the output contract).

A document is frozen: each stage returns a new one with the fields it gives filled in (``Document.replace``), so
nothing a stage has read can change under it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Protocol

from kabarchi.spans import Segment, Sentence, Span
from kabarchi.text.view import TextView


class Serialisable(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def content_id(text: str) -> str:
    """A stable id of the document's content: the same article read twice gets the same id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class RawDocument:
    """What a reader gives: the decoded text and what the container said about it."""

    source: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    media: str = "text"  # text | html | pdf | jsonl
    body_start: int = 0  # where the content begins after a crawl header
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    source: str
    text: str
    doc_id: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    media: str = "text"
    body_start: int = 0
    view: TextView | None = field(default=None, repr=False, compare=False)
    discourse: Any = field(default=None, repr=False, compare=False)  # kabarchi.discourse.Discourse, not serialised
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    lang: str = "und"
    script: str | None = None
    segments: tuple[Segment, ...] = ()
    countries: tuple[str, ...] = ()
    entities: tuple[Serialisable, ...] = ()
    quantities: tuple[Serialisable, ...] = ()
    facts: tuple[Serialisable, ...] = ()
    events: tuple[Serialisable, ...] = ()
    warnings: tuple[str, ...] = ()

    @classmethod
    def from_raw(cls, raw: RawDocument) -> Document:
        return cls(
            source=raw.source,
            text=raw.text,
            doc_id=content_id(raw.text),
            published=raw.published,
            title=raw.title,
            url=raw.url,
            media=raw.media,
            body_start=raw.body_start,
            warnings=raw.warnings,
        )

    def replace(self, **changes: Any) -> Document:
        """A copy with ``changes``, as ``dataclasses.replace`` makes it but in half the time: the pipeline makes one
        per stage per document. An unknown field raises TypeError, as there."""
        unknown = changes.keys() - _FIELD_NAMES
        if unknown:
            raise TypeError(f"Document has no field {', '.join(sorted(unknown))}")
        new = _new(Document)
        for name, set_, get in _SLOTS:
            set_(new, changes[name] if name in changes else get(self))
        return new

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object, fields in the contract's order."""
        return {
            "doc_id": self.doc_id,
            "source": self.source,
            "published": self.published,
            "title": self.title,
            "lang": self.lang,
            "script": self.script,
            "segments": [s.to_dict() for s in self.segments],
            "countries": list(self.countries),
            "entities": [e.to_dict() for e in self.entities],
            "quantities": [q.to_dict() for q in self.quantities],
            "facts": [f.to_dict() for f in self.facts],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }


_new = object.__new__
#: (name, setter, getter) of every field: the slots' own descriptors, which skip the frozen class's __setattr__.
_SLOTS = tuple((f.name, getattr(Document, f.name).__set__, getattr(Document, f.name).__get__) for f in fields(Document))
_FIELD_NAMES = frozenset(name for name, _, _ in _SLOTS)


def error_record(source: str, code: str, message: str) -> dict[str, Any]:
    """The contract's line for a document that could not be read."""
    return {"source": source, "error": {"code": code, "message": message}}
