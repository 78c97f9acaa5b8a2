"""``kabarchi eval``: scoring extractions against gold files by the contract's rules, and the output schema.

    gold = load_gold("seeds.gold.jsonl")
    report = score(gold, records)          # records: contract objects, as printed by `kabarchi extract`
    print(format_report(report, "table"))  # or "json"
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kabarchi.evaluate.gold import GoldDoc, GoldError, GoldEvent, GoldFact, Period, load_gold, parse_gold_record
from kabarchi.evaluate.report import FORMATS, format_report
from kabarchi.evaluate.score import (
    ErrorRecord,
    Item,
    RecordError,
    Report,
    Scores,
    event_mismatches,
    fact_mismatches,
    score,
    source_matches,
    value_matches,
)


def load_records(path: str | Path) -> list[dict[str, Any]]:
    """The records of a saved ``kabarchi extract`` output (JSON Lines), for scoring without re-extracting."""
    shown = str(path)
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordError(shown, f"<unreadable: {exc}>") from None
    out: list[dict[str, Any]] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RecordError(f"{shown}:{number}", f"<invalid JSON: {exc.msg}>") from None
        if not isinstance(rec, dict) or not isinstance(rec.get("source"), str):
            raise RecordError(f"{shown}:{number}", rec)
        out.append(rec)
    return out


__all__ = [
    "FORMATS",
    "ErrorRecord",
    "GoldDoc",
    "GoldError",
    "GoldEvent",
    "GoldFact",
    "Item",
    "Period",
    "RecordError",
    "Report",
    "Scores",
    "event_mismatches",
    "fact_mismatches",
    "format_report",
    "load_gold",
    "load_records",
    "parse_gold_record",
    "score",
    "source_matches",
    "value_matches",
]
