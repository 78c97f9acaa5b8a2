"""What a reader gives for a document it could not read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kabarchi.document import error_record
from kabarchi.errors import KabarchiError


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """One unreadable document: the run goes on, and the output gets the contract's error line for it."""

    source: str
    code: str
    message: str

    @classmethod
    def from_error(cls, source: str, error: KabarchiError) -> ReadFailure:
        return cls(source, error.code, error.message)

    def to_dict(self) -> dict[str, Any]:
        return error_record(self.source, self.code, self.message)
