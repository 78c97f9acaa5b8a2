"""What the migrations and the models-match-migrations test agree to leave out of the comparison."""

from __future__ import annotations

from typing import Any

from kabarchi.store.models import BACKEND_ONLY_TABLES


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:  # noqa: ANN401
    """Full-text search objects are written per backend in the migration, not modelled: leave them out."""
    if type_ == "table" and name and any(name == t or name.startswith(t + "_") for t in BACKEND_ONLY_TABLES):
        return False
    return not (type_ == "index" and name == "ix_documents_fts")
