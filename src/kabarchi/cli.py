"""The ``kabarchi`` command. Only this module prints, and only it decides exit statuses.

Exit status: 0 when every document was read and extracted, 1 when any document failed (its line says why),
2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from kabarchi import __version__, config
from kabarchi.errors import KabarchiError


def _parser() -> tuple[argparse.ArgumentParser, dict[str, Any]]:
    p = argparse.ArgumentParser(
        prog="kabarchi",
        description="Read Central Asian news (ky, kk, uz, tg, ru, en) and extract trade facts and interstate events.",
    )
    p.add_argument("--version", action="version", version=f"kabarchi {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    handlers: dict[str, Any] = {}

    ex = sub.add_parser(
        "extract",
        help="extract documents and print one JSON object per document",
        description="Read text, HTML, PDF or JSON Lines files (folders recursively, '-' for standard input) and "
        "print one JSON object per document (JSON Lines), in input order.",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH", help="file, folder, or '-' for standard input")
    ex.add_argument("--format", choices=["jsonl", "table"], default="jsonl", help="output format (default: jsonl)")
    ex.add_argument(
        "--jobs", type=int, default=0, metavar="N",
        help="worker processes (default 0: one per core when there are many files)",
    )
    ex.add_argument("--until", metavar="STAGE", help="run the pipeline only up to this stage (timing, debugging)")
    prog = ex.add_mutually_exclusive_group()
    prog.add_argument("--progress", dest="progress", action="store_true", default=None,
                      help="always show the progress bar on stderr")
    prog.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    ev = sub.add_parser(
        "eval",
        help="score extractions against a gold file (precision, recall, F1 by the contract's rules)",
        description="Extract PATHs (or read saved output with --records) and score them against GOLD.jsonl: "
        "facts per type, per language and overall, events, language accuracy and country F1.",
    )
    ev.add_argument("gold", metavar="GOLD.jsonl")
    ev.add_argument("paths", nargs="*", metavar="PATH", help="documents to extract (files or folders)")
    ev.add_argument("--records", metavar="FILE", help="score saved `kabarchi extract` output instead of PATHs")
    ev.add_argument("--format", choices=["table", "json"], default="table")
    ev.add_argument("--jobs", type=int, default=1, metavar="N", help="worker processes (default 1)")
    handlers.update(_handlers(sub))
    return p, handlers


def _handlers(sub: argparse._SubParsersAction) -> dict[str, Any]:  # noqa: SLF001
    from kabarchi.cli_store import add_commands
    from kabarchi.cli_web import add_commands as add_web_commands

    return {"extract": _extract, "eval": _eval, **add_commands(sub), **add_web_commands(sub)}


def _progress(total: int, wanted: bool | None):
    """A rich progress bar on stderr, or ``None`` when it would only be noise."""
    show = wanted if wanted is not None else (total > config.PROGRESS_MIN_DOCUMENTS and sys.stderr.isatty())
    if not show:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("files"), TimeRemainingColumn(),
        console=Console(stderr=True), transient=False,
    )


def table_console():
    """A console for tables on stdout: the terminal's width, or 200 columns when piped to a file or a pager."""
    from rich.console import Console

    return Console(soft_wrap=False) if sys.stdout.isatty() else Console(width=200, soft_wrap=False)


def _table(records: Sequence[dict[str, Any]]) -> None:
    from rich.table import Table

    t = Table(show_lines=False)
    for col in ("source", "lang", "script", "published", "title", "countries", "figures", "facts", "events",
                "status"):
        t.add_column(col, overflow="fold")
    for r in records:
        if "error" in r:
            t.add_row(r["source"], *[""] * 8, f"[red]{r['error']['code']}: {r['error']['message']}")
            continue
        langs = " ".join(dict.fromkeys(s["lang"] for s in r["segments"])) or r["lang"]
        t.add_row(
            r["source"], langs, r["script"] or "", r["published"] or "", (r["title"] or "")[:48],
            " ".join(r["countries"]), str(len(r["quantities"])), str(len(r["facts"])), str(len(r["events"])),
            "; ".join(r["warnings"]) or "ok",
        )
    table_console().print(t)


def _extract(args: argparse.Namespace) -> int:
    from kabarchi.extract import default_jobs, extract_records, list_inputs

    inputs = list_inputs(args.paths)
    jobs = args.jobs if args.jobs > 0 else default_jobs()
    progress = _progress(len(inputs), args.progress)
    failed = 0
    collected: list[dict[str, Any]] = []
    out = sys.stdout

    table = args.format == "table"

    def results() -> Iterator[Any]:
        kw = {"jobs": jobs, "stdin": sys.stdin.buffer.read, "until": args.until, "as_text": not table}
        if progress is None:
            yield from extract_records(inputs, **kw)
            return
        with progress:
            task = progress.add_task("extract", total=len(inputs))
            yield from extract_records(inputs, on_file_done=lambda: progress.advance(task), **kw)

    for item in results():
        if table:
            failed += "error" in item
            collected.append(item)
        else:
            bad, text = item
            failed += bad
            out.write(text)
    if table:
        _table(collected)
    out.flush()
    return 1 if failed else 0


def _eval(args: argparse.Namespace) -> int:
    from kabarchi.errors import UsageError
    from kabarchi.evaluate import format_report, load_gold, load_records, score
    from kabarchi.extract import extract_records, list_inputs

    gold = load_gold(args.gold)
    if args.records:
        records = load_records(args.records)
    elif args.paths:
        records = list(extract_records(list_inputs(args.paths), jobs=max(1, args.jobs)))
    else:
        raise UsageError("eval needs the documents to score", fix="Name them as PATHs, or give --records FILE.")
    print(format_report(score(gold, records), args.format))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser, handlers = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return handlers[args.command](args)
    except KabarchiError as exc:
        print(f"kabarchi: error [{exc.code}]: {exc.message}", file=sys.stderr)
        return 2 if exc.code == "usage" else 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("kabarchi: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
