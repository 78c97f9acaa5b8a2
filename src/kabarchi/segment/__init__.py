"""Paragraphs and sentences of a document, as spans of its original text."""

from kabarchi.segment.core import split_paragraphs, split_sentences
from kabarchi.segment.stage import segment_stage

__all__ = ["segment_stage", "split_paragraphs", "split_sentences"]
