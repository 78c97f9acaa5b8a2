"""The ``segment`` stage: paragraphs and sentences on the view, stored as original-text spans."""

from __future__ import annotations

from kabarchi.document import Document
from kabarchi.errors import PipelineError
from kabarchi.pipeline import stage
from kabarchi.segment.core import split_paragraphs, split_sentences
from kabarchi.spans import Sentence, Span
from kabarchi.text.view import TextView


def _trimmed(view: TextView, vs: int, ve: int) -> tuple[int, int]:
    """Original offsets of a view range, without surrounding whitespace of the original either."""
    k = view.shift
    if k is not None:  # the common case, without the bisection (the same offsets)
        s = vs + k
        e = ve + k if ve > vs else s
    else:
        s, e = view.to_original(vs, ve)
    original = view.original
    while s < e and original[s].isspace():
        s += 1
    while e > s and original[e - 1].isspace():
        e -= 1
    return s, e


@stage("segment", needs=["view", "body_start"], gives=["paragraphs", "sentences"])
def segment_stage(doc: Document) -> Document:
    view = doc.view
    if view is None:
        raise PipelineError(["stage 'segment' got a document without a view (run the normalize stage first)"])
    text = doc.text
    para_view = split_paragraphs(view, view.to_view(doc.body_start))
    paragraphs: list[Span] = []
    index: dict[int, int] = {}
    for k, (vs, ve) in enumerate(para_view):
        s, e = _trimmed(view, vs, ve)
        if e > s:
            index[k] = len(paragraphs)
            paragraphs.append(Span(s, e, text[s:e]))
    sentences: list[Sentence] = []
    last_end = 0
    for vs, ve, k in split_sentences(view, para_view):
        pi = index.get(k)
        if pi is None:
            continue
        s, e = _trimmed(view, vs, ve)
        if e > s and s >= last_end:
            sentences.append(Sentence(s, e, text[s:e], pi))
            last_end = e
    return doc.replace(paragraphs=tuple(paragraphs), sentences=tuple(sentences))
