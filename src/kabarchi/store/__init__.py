"""kabarchi's knowledge base: store extractions, merge reports across documents and languages, flag conflicts.

    import kabarchi
    with kabarchi.open("kabarchi.db") as kb:          # or "postgresql://user@host/db"; default $KABARCHI_DB
        kb.ingest_paths(["examples/news"])
        for c in kb.conflicts(pair="KG-TJ"): ...
"""

from __future__ import annotations

from kabarchi.store.errors import StoreError, StoreOptionalDependencyError, StoreUrlError
from kabarchi.store.records import (
    Conflict,
    ConflictClaim,
    ConflictSummary,
    DocumentSummary,
    Evidence,
    Failure,
    IngestReport,
    MergedEvent,
    PairSummary,
    Report,
    SearchHit,
    StoredDocument,
    StoredFact,
    TargetStatus,
    TimelineItem,
)
from kabarchi.store.store import Store, default_url, normalise_url


def open(url: str | None = None) -> Store:  # noqa: A001  (kabarchi.open, like the built-in, opens a store)
    """Open (creating and migrating as needed) the store at ``url``: a file path or sqlite:///FILE (SQLite),
    postgresql://… (PostgreSQL), or by default $KABARCHI_DB, else ./kabarchi.db."""
    return Store.open(url)


__all__ = [
    "Conflict", "ConflictClaim", "ConflictSummary", "DocumentSummary", "Evidence", "Failure", "IngestReport", "MergedEvent",
    "PairSummary", "Report", "SearchHit", "Store", "StoreError", "StoreOptionalDependencyError", "StoreUrlError",
    "StoredDocument", "StoredFact", "TargetStatus", "TimelineItem", "default_url", "normalise_url", "open",
]
