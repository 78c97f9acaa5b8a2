"""Quantities and time: money, percentages, multipliers, counts, distances, weights, dates and periods."""

from __future__ import annotations

from functools import cache

from kabarchi.document import Document
from kabarchi.errors import PipelineError
from kabarchi.pipeline import stage
from kabarchi.quantities.lexicon import LANGS, load
from kabarchi.quantities.model import Quantity
from kabarchi.quantities.recognize import Recognizer
from kabarchi.text.view import TextView

__all__ = ["Quantity", "find_quantities", "quantities_stage", "recognizer"]


def _langs(lang: str) -> tuple[str, ...]:
    base = lang.split("-")[0].lower() if lang else "und"
    return (base,) if base in LANGS else LANGS


@cache
def recognizer(langs: tuple[str, ...]) -> Recognizer:
    """The compiled recognizer for a set of languages (built once per set)."""
    return Recognizer(langs, load())


def find_quantities(view: TextView, lang: str, published: str | None) -> list[Quantity]:
    """Every figure and date of ``view`` (lexicons of ``lang``; "und" uses all), with original offsets."""
    return recognizer(_langs(lang)).find(view, published)


@stage("quantities", needs=["view", "sentences", "lang", "published"], gives=["quantities"])
def quantities_stage(doc: Document) -> Document:
    if doc.view is None:
        raise PipelineError(["stage 'quantities' got a document without a view"])
    langs = {doc.lang} | {s.lang for s in doc.segments}
    langs.discard("und")
    found: list[Quantity] = []
    if len(langs) <= 1:
        found = find_quantities(doc.view, doc.lang, doc.published)
    else:
        key = tuple(lg for lg in LANGS if lg in langs)
        found = recognizer(key).find(doc.view, doc.published)
    return doc.replace(quantities=tuple(found))
