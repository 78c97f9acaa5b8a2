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


@stage("boom", needs=["text"], gives=["lang"])
def boom(doc: Document) -> Document:
    """Fails on documents whose text says so: a stand-in for a bug hit by one document of a batch."""
    if "boom" in doc.text:
        raise ValueError("stage failed")
    return doc.replace(lang="xx")


def test_a_batch_gives_what_one_document_at_a_time_gives_and_keeps_failures_in_place() -> None:
    seen: list[str] = []

    @stage("after", needs=["lang"], gives=["title"])
    def after(doc: Document) -> Document:
        seen.append(doc.source)
        return doc.replace(title=doc.text.upper())

    p = Pipeline([boom, after])
    docs = [Document.from_raw(RawDocument(source=f"d{i}", text=t)) for i, t in enumerate(["а", "boom", "б", "boom"])]
    out = p.run_batch(docs)
    assert [type(d).__name__ for d in out] == ["Document", "ValueError", "Document", "ValueError"]
    assert out[0] == p(docs[0]) and out[2] == p(docs[2])
    assert seen == ["d0", "d2", "d0", "d2"]  # the failed documents never reached the later stage
    assert p.run_batch([]) == []


def test_extract_records_in_batches_match_one_document_at_a_time(tmp_path, monkeypatch) -> None:
    import json

    from kabarchi import config
    from kabarchi.extract import default_pipeline, extract_records, process

    texts = ["Кыргызстан менен Казакстан 2024-жылы 5 млн доллар.", "Россия и Китай: рост на 12%.", "",
             "Uzbekistan and Tajikistan signed 3 agreements."] * 3
    paths = []
    for i, text in enumerate(texts):
        (tmp_path / f"{i:02d}.txt").write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / f"{i:02d}.txt"))
    paths.append(str(tmp_path / "missing.txt"))
    monkeypatch.setattr(config, "EXTRACT_BATCH_DOCS", 5)  # batches that do not divide the inputs
    batched = list(extract_records(paths, until="entities"))
    assert len(batched) == len(paths)
    assert batched[-1]["error"]["code"] == "not-found"
    from kabarchi.readers import ReadFailure, read_path

    items = [item for p in paths[:-1] for item in read_path(p)]
    single = [item.to_dict() if isinstance(item, ReadFailure) else process(item, default_pipeline("entities")).to_dict()
              for item in items]
    assert batched[:-1] == single
    assert sum("error" in r for r in batched) == 4  # three empty files and the missing one
    assert any(r["entities"] for r in single) and any(r["quantities"] for r in single)
    blocks = list(extract_records(paths, until="entities", as_text=True))
    text = "".join(t for _, t in blocks)
    assert text.splitlines() == [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in batched]
    assert sum(bad for bad, _ in blocks) == 4 and text.endswith("\n")


def test_a_bug_in_one_document_of_a_batch_is_reported_on_its_line_only(tmp_path, monkeypatch) -> None:
    from kabarchi import extract

    for i, text in enumerate(["ok", "boom", "ok too"]):
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(extract, "default_pipeline", lambda until=None: Pipeline([boom]))
    recs = list(extract.extract_records(extract.list_inputs([str(tmp_path)])))
    assert [r.get("lang") for r in recs] == ["xx", None, "xx"]
    assert recs[1]["error"]["code"] == "internal"
    assert recs[1]["error"]["message"].startswith("ValueError: stage failed. This is a bug in kabarchi")
