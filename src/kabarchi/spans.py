"""Spans: the one way any stage points into a document.

A span's ``text`` is always the slice ``document.text[start:end]`` of the original text, never a rebuilt string,
so that an analyst who follows a fact to its evidence sees exactly what the outlet printed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of the original text with its slice."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def of(cls, original: str, start: int, end: int) -> Span:
        return cls(start, end, original[start:end])


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of paragraphs in one language (contract: ``segments``)."""

    start: int
    end: int
    lang: str
    script: str

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "lang": self.lang, "script": self.script}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence, with the index of the paragraph it belongs to."""

    start: int
    end: int
    text: str
    paragraph: int

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "paragraph": self.paragraph}
