"""From paths to contract records: read, run the pipeline, keep going past documents that fail.

The CLI, the store's ingest and the benchmarks all go through ``extract_records`` so that what they see is
exactly what ``kabarchi extract`` prints.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial
from typing import Any

from kabarchi import config
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
    return doc.replace(view=normalize(doc.text, edits))


#: Every stage of a full extraction, in order: (name, module, attribute). A module is imported only when a pipeline
#: reaches its stage, so ``--until langid`` starts without loading the code of the later stages.
_STAGES = (
    ("normalize", "kabarchi.extract", "normalize_stage"),
    ("segment", "kabarchi.segment", "segment_stage"),
    ("langid", "kabarchi.langid", "langid_stage"),
    ("quantities", "kabarchi.quantities", "quantities_stage"),
    ("entities", "kabarchi.entities", "entities_stage"),
    ("discourse", "kabarchi.discourse", "discourse_stage"),
    ("facts", "kabarchi.facts", "facts_stage"),
    ("events", "kabarchi.events", "events_stage"),
)


def default_stages(until: str | None = None) -> list[Stage]:
    """Every stage of a full extraction in order, or those up to and including ``until``."""
    import importlib

    names = [name for name, _, _ in _STAGES]
    if until is not None and until not in names:
        from kabarchi.errors import UsageError

        raise UsageError(f"there is no stage {until!r}", fix=f"Use one of: {', '.join(names)}.")
    wanted = _STAGES if until is None else _STAGES[: names.index(until) + 1]
    stages = []
    for name, module, attr in wanted:
        st = getattr(importlib.import_module(module), attr)
        if not isinstance(st, Stage) or st.name != name:
            from kabarchi.errors import PipelineError

            raise PipelineError([f"expected stage {name!r} at {module}.{attr}, got {st!r}"])
        stages.append(st)
    return stages


@cache
def default_pipeline(until: str | None = None) -> Pipeline:
    """The full pipeline, or its stages up to and including ``until`` (for timing one part, or debugging)."""
    return Pipeline(default_stages(until))


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


def json_line(record: dict[str, Any]) -> tuple[bool, str]:
    """(failed, the record as one line of JSON): what the CLI writes, made in the worker that extracted it."""
    return "error" in record, json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _records_of_path(path: str, until: str | None = None, as_lines: bool = False) -> list[Any]:
    from kabarchi.readers import read_path

    pipeline = default_pipeline(until)
    recs = [_record(item, pipeline) for item in read_path(path)]
    return [json_line(r) for r in recs] if as_lines else recs


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
    until: str | None = None,
    as_lines: bool = False,
) -> Iterator[Any]:
    """Contract records for ``inputs`` (from ``list_inputs``), in input order, using ``jobs`` processes; with
    ``as_lines``, ``(failed, json_line)`` pairs serialised in the workers."""
    from kabarchi.readers import read_bytes

    pipeline = default_pipeline(until)  # built (and checked) before any document is read

    def one(path: str) -> list[dict[str, Any]]:
        if path == "-":
            data = stdin() if stdin else b""
            recs = [_record(item, pipeline) for item in read_bytes(data, "<stdin>")]
            return [json_line(r) for r in recs] if as_lines else recs
        return _records_of_path(path, until, as_lines)

    files = [p for p in inputs if p != "-"]
    if jobs <= 1 or len(files) < 2 * jobs or "-" in inputs:
        for path in inputs:
            yield from one(path)
            if on_file_done:
                on_file_done()
        return
    _warm_up(until)
    gc.freeze()  # the loaded lexicons and models stay shared with the forked workers and out of their collections
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    work = partial(_records_of_path, until=until, as_lines=as_lines)
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        for recs in pool.imap(work, files, chunksize=max(1, min(64, len(files) // (jobs * 8)))):
            yield from recs
            if on_file_done:
                on_file_done()


def _worker_init() -> None:
    """Collect garbage less often: a document makes many short-lived objects and almost no reference cycles."""
    gc.set_threshold(*config.WORKER_GC_THRESHOLDS)


def _warm_up(until: str | None = None) -> None:
    """Load every lexicon and model once in the parent, so forked workers share them instead of each loading."""
    text = "Kabarchi 2025-жылы 36 млн доллар, Кыргызстан менен Тажикстан."
    process(RawDocument(source="<warm-up>", text=text), default_pipeline(until))


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
