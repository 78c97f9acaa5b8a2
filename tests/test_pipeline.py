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


def test_document_replace_is_dataclasses_replace() -> None:
    import dataclasses

    from kabarchi.document import Document

    doc = Document(source="s", text="abc", doc_id="1", title="t", warnings=("w",))
    changes = {"lang": "ky", "script": "Cyrl", "segments": (), "body_start": 2}
    assert doc.replace(**changes) == dataclasses.replace(doc, **changes)
    assert doc.replace(**changes).title == "t" and doc.lang == "und"  # the original is untouched
    with pytest.raises(TypeError, match="no field colour"):
        doc.replace(colour="red")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.replace(lang="kk").lang = "ru"  # still frozen


def test_default_stages_in_order_and_until_imports_only_what_it_runs() -> None:
    import subprocess
    import sys

    from kabarchi.errors import UsageError
    from kabarchi.extract import default_pipeline, default_stages

    names = ["normalize", "segment", "langid", "quantities", "entities", "discourse", "facts", "events"]
    assert [s.name for s in default_stages()] == names
    assert [s.name for s in default_pipeline("langid").stages] == names[:3]
    with pytest.raises(UsageError, match="there is no stage 'entity'"):
        default_pipeline("entity")
    code = (
        "import sys; from kabarchi.extract import default_pipeline; default_pipeline('langid'); "
        "print(sorted(m for m in ('kabarchi.quantities', 'kabarchi.entities', 'kabarchi.facts') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
