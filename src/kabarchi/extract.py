"""From paths to contract records: read, run the pipeline, keep going past documents that fail.

The CLI, the store's ingest and the benchmarks all go through ``extract_records`` so that what they see is
exactly what ``kabarchi extract`` prints.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from kabarchi.document import Document, RawDocument, error_record
from kabarchi.errors import KabarchiError
from kabarchi.pipeline import Pipeline, Stage, stage
from kabarchi.text.artefacts import find_artefacts
from kabarchi.text.normalize import normalize
from kabarchi.text.view import Edit


@stage("normalize", needs=["text", "body_start", "media"], gives=["view"])
def normalize_stage(doc: Document) -> Document:
    """The crawl header is not content: the view starts at ``body_start``."""
    edits = find_artefacts(doc.text, doc.media)
    if doc.body_start:
        edits = [Edit(0, doc.body_start, ""), *(e for e in edits if e.start >= doc.body_start)]
    return dataclasses.replace(doc, view=normalize(doc.text, edits))


def default_stages() -> list[Stage]:
    """Every stage of a full extraction, in order."""
    from kabarchi.entities import entities_stage
    from kabarchi.langid import langid_stage
    from kabarchi.quantities import quantities_stage
    from kabarchi.segment import segment_stage

    return [normalize_stage, segment_stage, langid_stage, quantities_stage, entities_stage]


@cache
def default_pipeline() -> Pipeline:
    return Pipeline(default_stages())


def process(raw: RawDocument, pipeline: Pipeline | None = None) -> Document:
    return (pipeline or default_pipeline())(Document.from_raw(raw))


def _record(item: Any, pipeline: Pipeline) -> dict[str, Any]:
    from kabarchi.readers import ReadFailure

    if isinstance(item, ReadFailure):
        return error_record(item.source, item.code, item.message)
    try:
        return process(item, pipeline).to_dict()
    except KabarchiError as exc:
        return error_record(item.source, exc.code, exc.message)
    except Exception as exc:  # a bug must not cost the rest of a corpus; it is reported on the document's line
        return error_record(
            item.source,
            "internal",
            f"{type(exc).__name__}: {exc}. This is a bug in kabarchi; please report it with the document.",
        )


def _records_of_path(path: str) -> list[dict[str, Any]]:
    from kabarchi.readers import read_path

    pipeline = default_pipeline()
    return [_record(item, pipeline) for item in read_path(path)]


def list_inputs(paths: Iterable[str]) -> list[str]:
    """Every file named or found below a named folder, in a stable order; ``-`` stays as standard input."""
    from kabarchi.readers import iter_paths

    return [str(p) for p in iter_paths(list(paths))]


def extract_records(
    inputs: list[str],
    *,
    jobs: int = 1,
    stdin: Callable[[], bytes] | None = None,
    on_file_done: Callable[[], None] | None = None,
) -> Iterator[dict[str, Any]]:
    """Contract records for ``inputs`` (from ``list_inputs``), in input order, using ``jobs`` processes."""
    from kabarchi.readers import read_bytes

    pipeline = default_pipeline()  # built (and checked) before any document is read

    def one(path: str) -> list[dict[str, Any]]:
        if path == "-":
            data = stdin() if stdin else b""
            return [_record(item, pipeline) for item in read_bytes(data, "<stdin>")]
        return _records_of_path(path)

    files = [p for p in inputs if p != "-"]
    if jobs <= 1 or len(files) < 2 * jobs or "-" in inputs:
        for path in inputs:
            yield from one(path)
            if on_file_done:
                on_file_done()
        return
    _warm_up()
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs) as pool:
        for recs in pool.imap(_records_of_path, files, chunksize=max(1, min(64, len(files) // (jobs * 8)))):
            yield from recs
            if on_file_done:
                on_file_done()


def _warm_up() -> None:
    """Load every lexicon and model once in the parent, so forked workers share them instead of each loading."""
    process(RawDocument(source="<warm-up>", text="Kabarchi 2025-жылы 36 млн доллар, Кыргызстан менен Тажикстан."))


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


__all__ = [
    "default_pipeline",
    "default_stages",
    "extract_records",
    "list_inputs",
    "normalize_stage",
    "process",
]
