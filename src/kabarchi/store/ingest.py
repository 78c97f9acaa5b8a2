"""From paths to contract records that also carry the document's text (for search and near-duplicates).

Same reading, pipeline and error lines as ``kabarchi extract`` (kabarchi.extract), plus ``"text"``.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from typing import Any

from kabarchi.document import error_record
from kabarchi.errors import KabarchiError


def _records_of_path(path: str) -> list[dict[str, Any]]:
    from kabarchi.extract import default_pipeline, process
    from kabarchi.readers import ReadFailure, read_path

    pipeline = default_pipeline()
    out = []
    for item in read_path(path):
        if isinstance(item, ReadFailure):
            out.append(error_record(item.source, item.code, item.message))
            continue
        try:
            doc = process(item, pipeline)
        except KabarchiError as exc:
            out.append(error_record(item.source, exc.code, exc.message))
            continue
        except Exception as exc:  # a bug must not cost the rest of a corpus; the failure is stored, retryable
            out.append(error_record(item.source, "internal", f"{type(exc).__name__}: {exc}. This is a bug in "
                                    "kabarchi; please report it with the document."))
            continue
        rec = doc.to_dict()
        rec["text"] = doc.text
        out.append(rec)
    return out


def records_with_text(paths: Sequence[str], *, jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Contract records (with ``text``) for every file named or found below ``paths``, in a stable order."""
    from kabarchi.extract import _warm_up, list_inputs

    inputs = [p for p in list_inputs(paths) if p != "-"]
    if jobs <= 1 or len(inputs) < 2 * jobs:
        for p in inputs:
            yield from _records_of_path(p)
        return
    _warm_up()
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(jobs) as pool:
        for recs in pool.imap(_records_of_path, inputs, chunksize=max(1, min(64, len(inputs) // (jobs * 8)))):
            yield from recs


def retry_paths(sources: Sequence[str]) -> list[str]:
    """Files to read again for failed sources ("file.jsonl:7" is line 7 of file.jsonl)."""
    out: dict[str, None] = {}
    for s in sources:
        if os.path.exists(s):
            out[s] = None
            continue
        head, _, tail = s.rpartition(":")
        if head and tail.isdigit() and os.path.exists(head):
            out[head] = None
        else:
            out[s] = None  # still missing: reading it records the failure again
    return list(out)
