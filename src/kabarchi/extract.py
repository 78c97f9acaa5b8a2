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


def _error_of(source: str, exc: Exception) -> dict[str, Any]:
    if isinstance(exc, KabarchiError):
        return error_record(source, exc.code, exc.message)
    # a bug must not cost the rest of a corpus; it is reported on the document's line
    return error_record(
        source,
        "internal",
        f"{type(exc).__name__}: {exc}. This is a bug in kabarchi; please report it with the document.",
    )


def _batch_records(items: list[Any], pipeline: Pipeline, with_text: bool = False) -> list[dict[str, Any]]:
    """Records of read items (RawDocuments and ReadFailures) in order, the documents run as one batch; with
    ``with_text`` each document's record also carries its ``text`` (what the store keeps)."""
    from kabarchi.readers import ReadFailure

    out: list[Any] = [None] * len(items)
    where: list[int] = []
    docs: list[Document] = []
    for i, item in enumerate(items):
        if isinstance(item, ReadFailure):
            out[i] = error_record(item.source, item.code, item.message)
            continue
        try:
            docs.append(Document.from_raw(item))
            where.append(i)
        except Exception as exc:  # noqa: BLE001 - a bug must not cost the rest of a corpus
            out[i] = _error_of(item.source, exc)
    for i, doc in zip(where, pipeline.run_batch(docs)):
        if isinstance(doc, Exception):
            out[i] = _error_of(items[i].source, doc)
            continue
        try:
            out[i] = rec = doc.to_dict()
            if with_text:
                rec["text"] = doc.text
        except Exception as exc:  # noqa: BLE001 - a bug must not cost the rest of a corpus
            out[i] = _error_of(items[i].source, exc)
    return out


def _records(items: Iterable[Any], pipeline: Pipeline, with_text: bool = False) -> list[dict[str, Any]]:
    """Records of read items, in batches of ``config.EXTRACT_BATCH_DOCS`` (a large JSONL file is never held whole
    as documents)."""
    recs: list[dict[str, Any]] = []
    batch: list[Any] = []
    size = config.EXTRACT_BATCH_DOCS
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            recs += _batch_records(batch, pipeline, with_text)
            batch = []
    if batch:
        recs += _batch_records(batch, pipeline, with_text)
    return recs


def _read_all(paths: list[str], stdin: Callable[[], bytes] | None = None) -> Iterator[Any]:
    from kabarchi.readers import read_bytes, read_path

    for path in paths:
        if path == "-":
            yield from read_bytes(stdin() if stdin else b"", "<stdin>")
        else:
            yield from read_path(path)


#: One line of the contract's JSON: compact, UTF-8 as is; records are trees of fresh dicts and lists, so no cycle
#: check (made once: ``json.dumps`` with arguments builds an encoder per call).
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def _text_of(recs: list[dict[str, Any]]) -> tuple[int, str]:
    """(records that failed, their JSON lines each ending in a newline): a chunk of output made in one piece."""
    if not recs:
        return 0, ""
    return sum("error" in r for r in recs), "\n".join(map(_dumps, recs)) + "\n"


def _chunk_output(paths: list[str], until: str | None = None, as_text: bool = False,
                  stdin: Callable[[], bytes] | None = None, with_text: bool = False) -> Any:
    """The records of a chunk of input paths (a worker's task), or with ``as_text`` their output text."""
    recs = _records(_read_all(paths, stdin), default_pipeline(until), with_text)
    return _text_of(recs) if as_text else recs


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
    as_text: bool = False,
    with_text: bool = False,
) -> Iterator[Any]:
    """Contract records for ``inputs`` (from ``list_inputs``), in input order, using ``jobs`` processes.

    With ``as_text``, ``(failed, text)`` pairs instead: the JSON lines (each ending in a newline) of a chunk of
    input files, made in the workers, and how many of them are errors; the CLI writes each text as it is. With
    ``with_text``, document records carry their ``text`` (the store's ingest)."""
    default_pipeline(until)  # built (and checked) before any document is read
    files = [p for p in inputs if p != "-"]
    parallel = jobs > 1 and len(files) >= 2 * jobs and "-" not in inputs
    # a chunk is one task: its documents run as batches, its output is made and written in one piece
    size = max(1, min(config.EXTRACT_CHUNK_FILES, len(files) // (jobs * 8))) if parallel else config.EXTRACT_BATCH_DOCS
    chunks: list[list[str]] = []
    for path in inputs:
        if path == "-" or not chunks or chunks[-1][-1] == "-" or len(chunks[-1]) >= size:
            chunks.append([path])
        else:
            chunks[-1].append(path)
    if not parallel:
        for chunk in chunks:
            yield from _emit(_chunk_output(chunk, until, as_text, stdin, with_text), as_text)
            if on_file_done:
                for _ in chunk:
                    on_file_done()
        return
    _warm_up(until)
    gc.freeze()  # the loaded lexicons and models stay shared with the forked workers and out of their collections
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    work = partial(_chunk_output, until=until, as_text=as_text, with_text=with_text)
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        for chunk, result in zip(chunks, pool.imap(work, chunks)):
            yield from _emit(result, as_text)
            if on_file_done:
                for _ in chunk:
                    on_file_done()


def _emit(result: Any, as_text: bool) -> Iterable[Any]:
    return (result,) if as_text else result


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
