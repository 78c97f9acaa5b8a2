"""From paths to contract records that also carry the document's text (for search and near-duplicates).

Same reading, pipeline and error lines as ``kabarchi extract`` (kabarchi.extract), plus ``"text"``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any



def records_with_text(paths: Sequence[str], *, jobs: int = 1) -> Iterator[dict[str, Any]]:
    """Contract records (with ``text``) for every file named or found below ``paths``, in a stable order: the same
    reading, batches, workers and error records as ``kabarchi extract``."""
    from kabarchi.extract import extract_records, list_inputs

    yield from extract_records([p for p in list_inputs(paths) if p != "-"], jobs=jobs, with_text=True)


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
