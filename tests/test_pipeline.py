"""Pipelines are checked when built: every problem at once, with the stage that would have given what is missing."""

from __future__ import annotations

import dataclasses

import pytest

from kabarchi.document import Document, RawDocument
from kabarchi.errors import PipelineError
from kabarchi.pipeline import Pipeline, stage


@stage("upper", needs=["view"], gives=["title"])
def upper(doc: Document) -> Document:
    return dataclasses.replace(doc, title=doc.text.upper())


@stage("viewer", needs=["text"], gives=["view"])
def viewer(doc: Document) -> Document:
    return doc


@stage("needs-two", needs=["facts", "events"], gives=["warnings"])
def needs_two(doc: Document) -> Document:
    return doc


def test_a_missing_prerequisite_fails_at_build_time_naming_the_giver() -> None:
    with pytest.raises(PipelineError) as info:
        Pipeline([upper, viewer])
    assert info.value.code == "pipeline-invalid"
    assert "stage 'upper' needs view" in info.value.message
    assert "given by viewer, which must come first" in info.value.message


def test_every_problem_is_reported_at_once() -> None:
    with pytest.raises(PipelineError) as info:
        Pipeline([upper, needs_two, upper, "not a stage"])  # type: ignore[list-item]
    problems = info.value.problems
    assert any("stage 'upper' needs view" in p for p in problems)
    assert any("needs events, facts" in p for p in problems)
    assert any("appears twice" in p for p in problems)
    assert any("expected a Stage, got str" in p for p in problems)
    assert info.value.message.endswith("put them before the stages that need it.")


def test_a_valid_pipeline_runs_stages_in_order() -> None:
    p = Pipeline([viewer, upper])
    doc = p(Document.from_raw(RawDocument(source="s", text="абв")))
    assert doc.title == "АБВ"
    assert "title" in p.gives and "view" in p.gives


def test_documents_are_frozen_and_ids_stable() -> None:
    a = Document.from_raw(RawDocument(source="a.txt", text="Кыргызстан"))
    b = Document.from_raw(RawDocument(source="b.txt", text="Кыргызстан"))
    assert a.doc_id == b.doc_id and len(a.doc_id) == 16
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.lang = "ky"  # type: ignore[misc]
