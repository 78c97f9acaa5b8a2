"""A report as text: an aligned table for people, a stable JSON object for pins and scripts."""

from __future__ import annotations

import json

from kabarchi.errors import UsageError
from kabarchi.evaluate.score import Item, Report, Scores

FORMATS = ("table", "json")
_HEAD = f"{'':<24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}{'opt':>6}"


def _row(name: str, s: Scores) -> str:
    return (f"  {name:<22}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
            f"{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.optional:>6}")


def _item_lines(items: tuple[Item, ...]) -> list[str]:
    out = []
    for i in items:
        text = " ".join(i.text.split())
        if len(text) > 100:
            text = text[:99] + "…"
        out.append(f"  {i.file}  {i.kind} {i.type}  {i.summary}")
        out.append(f"      «{text}»")
        out.append(f"      {i.reason}")
    return out


def _table(r: Report) -> str:
    lines = [f"documents: {r.documents} in gold, {r.found} found, {len(r.missing_documents)} missing, "
             f"{len(r.errors)} error records", "", "FACTS" + _HEAD[5:], _row("overall", r.facts)]
    lines += [_row(k, v) for k, v in r.facts_by_type.items()]
    lines += ["", "facts by language" + _HEAD[17:]]
    lines += [_row(k, v) for k, v in r.facts_by_lang.items()]
    lines += ["", "EVENTS" + _HEAD[6:], _row("overall", r.events)]
    lines += [_row(k, v) for k, v in r.events_by_type.items()]
    lines += ["", "COUNTRIES (micro)" + _HEAD[17:], _row("overall", r.countries), ""]
    acc = "n/a (no document found)" if r.lang_accuracy is None else f"{r.lang_accuracy:.3f}"
    lines.append(f"language accuracy: {acc}")
    for file, gold, pred in r.lang_mismatches:
        lines.append(f"  {file}: gold {gold}, predicted {pred}")
    sections = [
        (f"missed required items: {len(r.missed)}", _item_lines(r.missed)),
        (f"false positives: {len(r.false_positives)}", _item_lines(r.false_positives)),
        (f"missing documents: {len(r.missing_documents)}", [f"  {f}" for f in r.missing_documents]),
        (f"error records: {len(r.errors)}",
         [f"  {e.source}: [{e.code}] {e.message}" + (f" (gold {e.file})" if e.file else "") for e in r.errors]),
        (f"records not in the gold (not scored): {len(r.unmatched_records)}",
         [f"  {s}" for s in r.unmatched_records]),
        (f"warnings: {len(r.warnings)}", [f"  {w}" for w in r.warnings]),
    ]
    for title, body in sections:
        lines += ["", title, *body]
    return "\n".join(lines) + "\n"


def format_report(report: Report, fmt: str = "table") -> str:
    """The report as ``table`` (aligned plain text) or ``json`` (stable keys, two-space indent, UTF-8)."""
    if fmt == "json":
        return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "table":
        return _table(report)
    raise UsageError(f"unknown report format {fmt!r}", fix=f"Use one of: {', '.join(FORMATS)}.")
