"""The store's commands: ingest, facts, events, conflicts, timeline, search, stats, targets, export.

``add_commands(subparsers)`` registers them on the main parser and returns {command: handler}; handlers take the
parsed arguments and return the exit status. Only this module (and cli.py) prints.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

from kabarchi import config

FORMATS = ["table", "jsonl", "csv", "json"]


def _dump(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)


def _flat(d: dict[str, Any]) -> dict[str, Any]:
    from kabarchi.store.store import _flatten

    return _flatten(d)


def _emit(items: list[dict[str, Any]], fmt: str, columns: list[str], title: str) -> None:
    out = sys.stdout
    if fmt == "jsonl":
        for i in items:
            out.write(_dump(i) + "\n")
    elif fmt == "json":
        out.write(json.dumps(items, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "csv":
        rows = [_flat(i) for i in items]
        keys = list(dict.fromkeys(k for r in rows for k in r))
        w = csv.DictWriter(out, fieldnames=keys, extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)
    else:
        from rich.table import Table

        t = Table(title=f"{title} ({len(items)})", show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for i in items:
            f = _flat(i)
            t.add_row(*[_cell(f.get(c, i.get(c))) for c in columns])
        from kabarchi.cli import table_console

        table_console().print(t)


def _num(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 1000 and float(v).is_integer() else f"{v:g}"


def _cell(v: Any) -> str:
    if v is None:
        return ""
    s = str(v)
    return s if len(s) <= 90 else s[:87] + "…"


def _open(args: argparse.Namespace):  # noqa: ANN202
    import kabarchi.store

    return kabarchi.store.open(args.db)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL", default=None,
                   help="database: a file path or sqlite:///FILE, or postgresql://USER@HOST:PORT/DB "
                        "(default: $KABARCHI_DB, else ./kabarchi.db)")


def _fmt(p: argparse.ArgumentParser, default: str = "table") -> None:
    p.add_argument("--format", choices=FORMATS, default=default, help=f"output format (default: {default})")


# --- handlers --------------------------------------------------------------------------------------------------


def _ingest(args: argparse.Namespace) -> int:
    from kabarchi.errors import UsageError
    from kabarchi.extract import default_jobs
    from kabarchi.store.ingest import records_with_text, retry_paths

    with _open(args) as store:
        paths = list(args.paths)
        if args.retry_failed:
            paths += retry_paths(store.failed_sources())
        if args.records:
            recs: Iterable[dict[str, Any]] = _read_records(args.records)
        elif paths:
            jobs = args.jobs if args.jobs > 0 else default_jobs()
            recs = records_with_text(paths, jobs=jobs)
        else:
            raise UsageError("nothing to ingest", fix="Give PATHs, --records FILE, or --retry-failed.")
        progress = _progress(args.progress)
        if progress is None:
            report = store.ingest(recs, batch_size=args.batch_size)
        else:
            with progress:
                task = progress.add_task("ingest", total=None)
                report = store.ingest(recs, batch_size=args.batch_size,
                                      on_record=lambda _r: progress.advance(task))
        d = report.to_dict()
        print(f"kabarchi: ingested {d['added']} new documents ({d['skipped']} already stored, {d['failed']} failed); "
              f"{d['facts']} facts, {d['reports']} event reports ({d['events_created']} new events, "
              f"{d['reports_merged']} merged into known ones), {d['near_duplicates']} near-duplicate links, "
              f"{d['conflicts']} conflicts in the store", file=sys.stderr)
        if args.format == "json":
            print(_dump(d))
        return 1 if report.failed else 0


def _read_records(path: str) -> Iterable[dict[str, Any]]:
    from kabarchi.errors import JsonlError

    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise JsonlError(f"{path}:{n} is not JSON ({exc.msg})",
                                 fix="Give the output of `kabarchi extract` unchanged.") from exc


def _progress(wanted: bool | None):  # noqa: ANN202
    if wanted is False or (wanted is None and not sys.stderr.isatty()):
        return None
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    return Progress(SpinnerColumn(), TextColumn("[bold]ingest"), MofNCompleteColumn(), TextColumn("documents"),
                    TimeElapsedColumn(), console=Console(stderr=True))


def _facts(args: argparse.Namespace) -> int:
    with _open(args) as s:
        items = [f.to_dict() for f in s.facts(pair=args.pair, type=args.type, since=args.since, lang=args.lang,
                                              country=args.country, limit=args.limit)]
    for i in items:
        i["pair"] = "-".join(i["parties"]) if "parties" in i else f"{i['from']}>{i['to']}"
    _emit(items, args.format, ["type", "pair", "value", "unit", "bound", "period.start", "period.end", "lang",
                               "source", "evidence.text"], "facts")
    return 0


def _events(args: argparse.Namespace) -> int:
    with _open(args) as s:
        items = [e.to_dict() for e in s.events(country=args.country, type=args.type, since=args.since,
                                               status=args.status, min_reports=args.min_reports, limit=args.limit)]
    for i in items:
        i["n_reports"] = len(i["reports"])
        i["sources"] = " | ".join(f"{r['lang']}:{r['source']}" for r in i["reports"])
    _emit(items, args.format, ["event_id", "type", "status", "date", "countries", "langs", "n_reports", "sources"],
          "events")
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    with _open(args) as s:
        items = [c.to_dict() for c in s.conflicts(pair=args.pair, type=args.type)]
    for i in items:
        i["pair"] = "-".join(i["parties"]) if "parties" in i else f"{i['from']}>{i['to']}"
        i["figures"] = " | ".join(f"{c['bound']} {_num(c['value'])} {c['unit']} ({c['lang']}:{c['source']})"
                                  for c in i["claims"])
    _emit(items, args.format, ["type", "pair", "period.start", "period.end", "figures", "reading"], "conflicts")
    return 0


def _timeline(args: argparse.Namespace) -> int:
    with _open(args) as s:
        items = [t.to_dict() for t in s.timeline(args.a.upper(), args.b.upper())]
    for i in items:
        i["what"] = (f"{i['type']} ({len(i['reports'])} reports, {','.join(i['langs'])})" if i["kind"] == "event"
                     else f"{i['type']} {i['bound']} {_num(i['value'])} {i['unit']}")
        i["where"] = i["reports"][0]["source"] if i["kind"] == "event" and i["reports"] else i.get("source")
    _emit(items, args.format, ["date", "kind", "what", "where"], f"timeline {args.a.upper()}-{args.b.upper()}")
    return 0


def _targets(args: argparse.Namespace) -> int:
    with _open(args) as s:
        items = [t.to_dict() for t in s.targets(pair=args.pair)]
    _emit(items, args.format, ["parties", "target.value", "target.period.end", "target.source", "actual.value",
                               "actual.period.end", "actual.source", "share_of_target"], "targets")
    return 0


def _search(args: argparse.Namespace) -> int:
    with _open(args) as s:
        items = [h.to_dict() for h in s.search(args.text, limit=args.limit)]
    _emit(items, args.format, ["lang", "published", "source", "snippet"], f"search {args.text!r}")
    return 0


def _stats(args: argparse.Namespace) -> int:
    with _open(args) as s:
        st = s.stats()
    if args.format in ("json", "jsonl"):
        print(_dump(st))
    else:
        _emit([{"name": k, "value": v if not isinstance(v, dict) else _dump(v)} for k, v in st.items()],
              args.format, ["name", "value"], "store")
    return 0


def _export(args: argparse.Namespace) -> int:
    from kabarchi.errors import UsageError

    table = args.table or ("documents" if args.format == "jsonl" else "facts")
    with _open(args) as s:
        if args.format == "jsonl":
            out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
            try:
                if table == "documents":
                    for r in s.records():
                        out.write(_dump(r) + "\n")
                else:
                    for r in getattr(s, table)():
                        out.write(_dump(r.to_dict()) + "\n")
            finally:
                if args.output:
                    out.close()
            return 0
        rows = s.rows(table)
    if args.format == "csv":
        out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout  # noqa: SIM115
        keys = list(dict.fromkeys(k for r in rows for k in r))
        w = csv.DictWriter(out, fieldnames=keys)
        w.writeheader()
        w.writerows(rows)
        if args.output:
            out.close()
        return 0
    if not args.output:
        raise UsageError("parquet is binary and needs a file", fix="Add --output FILE.parquet.")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise UsageError("parquet export needs pyarrow", fix="Install it: pip install 'kabarchi[analysis]'.") from exc
    pq.write_table(pa.Table.from_pylist(rows), args.output)
    return 0


# --- registration ----------------------------------------------------------------------------------------------


def add_commands(sub: argparse._SubParsersAction) -> dict[str, Callable[[argparse.Namespace], int]]:  # noqa: SLF001
    """Register the store's commands on the main parser's subparsers; returns {name: handler}."""
    p = sub.add_parser("ingest", help="extract documents and add them to the store (idempotent, incremental)",
                       description="Extract PATHs (files, folders) and store facts, events, merged reports, claims "
                       "and conflicts. Documents already stored (same content) are skipped; failures are recorded "
                       "and retried with --retry-failed.")
    p.add_argument("paths", nargs="*", metavar="PATH")
    _db(p)
    p.add_argument("--records", metavar="FILE", help="store saved `kabarchi extract` output instead ('-': stdin)")
    p.add_argument("--retry-failed", action="store_true", help="read again the documents that failed before")
    p.add_argument("--jobs", type=int, default=0, metavar="N", help="extraction processes (default: one per core)")
    p.add_argument("--batch-size", type=int, default=config.STORE_BATCH_SIZE, metavar="N",
                   help=f"documents per transaction (default {config.STORE_BATCH_SIZE})")
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help="json: also print the ingest report as JSON on stdout")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--progress", dest="progress", action="store_true", default=None)
    g.add_argument("--no-progress", dest="progress", action="store_false")

    p = sub.add_parser("facts", help="list stored facts")
    p.add_argument("--pair", metavar="KG-TJ")
    p.add_argument("--type", metavar="T", help="trade_turnover, trade_target, trade_growth, export_value, ...")
    p.add_argument("--since", metavar="DATE", help="facts whose period ends on/after DATE (undated: published)")
    p.add_argument("--lang", metavar="L")
    p.add_argument("--country", metavar="CC")
    p.add_argument("--limit", type=int)
    _db(p)
    _fmt(p)

    p = sub.add_parser("events", help="list merged events with all their reports")
    p.add_argument("--country", metavar="CC")
    p.add_argument("--type", metavar="T", help="meeting (includes summits), visit, agreement, call")
    p.add_argument("--since", metavar="DATE")
    p.add_argument("--status", choices=["held", "planned"])
    p.add_argument("--min-reports", type=int, default=1, metavar="N", help="only events reported N+ times")
    p.add_argument("--limit", type=int)
    _db(p)
    _fmt(p)

    p = sub.add_parser("conflicts", help="list figures that cannot all be true, with every source")
    p.add_argument("--pair", metavar="KG-TJ")
    p.add_argument("--type", metavar="T")
    _db(p)
    _fmt(p)

    p = sub.add_parser("timeline", help="events and facts of a pair of states in date order")
    p.add_argument("a", metavar="CC")
    p.add_argument("b", metavar="CC")
    _db(p)
    _fmt(p)

    p = sub.add_parser("targets", help="per pair: the latest stated trade target and the latest actual turnover")
    p.add_argument("--pair", metavar="KG-TJ")
    _db(p)
    _fmt(p)

    p = sub.add_parser("search", help="full-text search of stored documents (any script, case-insensitive)")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=20)
    _db(p)
    _fmt(p)

    p = sub.add_parser("stats", help="counts of what the store holds")
    _db(p)
    _fmt(p)

    p = sub.add_parser("export", help="write the store as JSON Lines, CSV or parquet")
    p.add_argument("--format", choices=["jsonl", "csv", "parquet"], default="jsonl")
    p.add_argument("--table", choices=["documents", "facts", "events", "conflicts", "targets"],
                   help="what to export (default: documents for jsonl, i.e. the contract records; facts otherwise)")
    p.add_argument("--output", "-o", metavar="FILE", help="file to write (default: stdout; required for parquet)")
    _db(p)

    return {"ingest": _ingest, "facts": _facts, "events": _events, "conflicts": _conflicts, "timeline": _timeline,
            "targets": _targets, "search": _search, "stats": _stats, "export": _export}
