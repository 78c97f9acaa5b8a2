"""Ingest speed of the store (documents/s) into SQLite and PostgreSQL, on synthetic records.

The records are real extractions of examples/news, varied so that the store does real work: new doc_ids, dates
spread chronologically over three years (the order a crawl delivers), countries re-drawn per document, figures
scaled, a third of each paragraph's words replaced (so texts are not all near-duplicates), and 1% of documents
republished with a new header (near-duplicates to link). Extraction runs once; the benchmark measures the store.

    .venv/bin/python bench/bench_ingest.py --n 100000 --sqlite /tmp/bench.db --pg "$KABARCHI_TEST_PG" \
        --out docs/benchmarks-store.md
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import os
import platform
import random
import re
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

COUNTRIES = ["KG", "KZ", "TJ", "TM", "UZ", "RU", "CN", "TR", "AZ", "AF", "IR", "IN", "PK", "BY", "DE", "US"]
WORD = re.compile(r"\w+")


def base_records() -> list[dict]:
    from kabarchi.store.ingest import records_with_text

    return [r for r in records_with_text([str(REPO / "examples" / "news")]) if "error" not in r]


def _shift(d: str | None, days: int) -> str | None:
    if not d:
        return d
    try:
        return (date.fromisoformat(d[:10]) + timedelta(days=days)).isoformat() + d[10:]
    except ValueError:
        return d


def synthetic(base: list[dict], n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    vocab = sorted({w for r in base for w in WORD.findall(r.get("text", ""))})
    start = date(2023, 1, 1)
    out: list[dict] = []
    for i in range(n):
        if out and rng.random() < 0.01:  # a republication of an earlier document
            src = copy.deepcopy(out[rng.randrange(len(out))])
            src["text"] = f"Republished {i}.\n\n" + src["text"]
        else:
            src = copy.deepcopy(base[i % len(base)])
            words = src.get("text", "")
            src["text"] = WORD.sub(lambda m: rng.choice(vocab) if rng.random() < 0.33 else m.group(0), words)
            pub = start + timedelta(days=int(i * 1095 / n))
            orig = src.get("published") or "2026-01-01"
            delta = (pub - date.fromisoformat(orig[:10])).days
            src["published"] = _shift(orig, delta)
            mapping = dict(zip(sorted({c for f in src["facts"] for c in f.get("parties", [])} |
                                      {c for e in src["events"] for c in e["countries"]}),
                               rng.sample(COUNTRIES, len(COUNTRIES)), strict=False))
            for f in src["facts"]:
                if "parties" in f:
                    f["parties"] = sorted(mapping.get(c, c) for c in f["parties"])
                else:
                    f["from"], f["to"] = mapping.get(f["from"], f["from"]), mapping.get(f["to"], f["to"])
                f["value"] = round(f["value"] * rng.choice([1, 1, 1, 0.9, 1.1, 1.5]), 2)
                if f.get("period"):
                    f["period"] = {"start": _shift(f["period"]["start"], delta), "end": _shift(f["period"]["end"], delta)}
            for e in src["events"]:
                e["countries"] = sorted({mapping.get(c, c) for c in e["countries"]})
                e["date"] = _shift(e["date"], delta)
        src["doc_id"] = hashlib.sha256(src["text"].encode()).hexdigest()[:16] + f"{i:x}"[-4:]
        src["source"] = f"synthetic/{i:06d}.txt"
        out.append(src)
    return out


def run(url: str, records: list[dict], fresh: bool) -> dict:
    import kabarchi.store as ks

    if fresh and "://" not in url:
        for suffix in ("", "-wal", "-shm"):
            Path(url + suffix).unlink(missing_ok=True)
    if fresh and url.startswith("postgres"):
        import sqlalchemy as sa

        eng = sa.create_engine(ks.normalise_url(url))
        with eng.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
        eng.dispose()
    store = ks.open(url)
    t = time.perf_counter()
    report = store.ingest(records)
    first = time.perf_counter() - t
    t = time.perf_counter()
    again = store.ingest(records[: min(len(records), 10000)])  # idempotent re-run: everything skipped
    rerun = time.perf_counter() - t
    stats = store.stats()
    t = time.perf_counter()
    store.facts(pair="KG-TJ", type="trade_turnover", since="2024-01-01")
    store.events(country="KG", type="meeting", limit=100)
    store.search("Бишкек", limit=10)
    queries = time.perf_counter() - t
    store.close()
    return {"backend": store.backend, "docs": len(records), "seconds": first, "docs_per_s": len(records) / first,
            "rerun_docs_per_s": again.skipped / rerun if rerun else 0, "stats": stats, "queries_s": queries,
            "report": report.to_dict()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--sqlite", default="/tmp/kabarchi-bench.db", help="SQLite file ('' to skip)")
    ap.add_argument("--pg", default=os.environ.get("KABARCHI_TEST_PG", ""), help="PostgreSQL URL ('' to skip)")
    ap.add_argument("--out", help="write the results as Markdown to this file")
    args = ap.parse_args()
    t = time.perf_counter()
    records = synthetic(base_records(), args.n)
    gen = time.perf_counter() - t
    print(f"generated {len(records)} records in {gen:.1f}s", file=sys.stderr)
    results = []
    for url in (args.sqlite, args.pg):
        if url:
            res = run(url, records, fresh=True)
            print(f"{res['backend']}: {res['docs_per_s']:.0f} docs/s ({res['seconds']:.1f}s); {res['stats']}",
                  file=sys.stderr)
            results.append(res)
    if args.out:
        lines = [
            "# Store ingest benchmark",
            "",
            f"`bench/bench_ingest.py --n {args.n}`: {args.n:,} synthetic documents (real extractions of "
            "examples/news varied: dates, countries, figures, a third of the words; 1% republications), "
            f"ingested in batches of the default size. Machine: {platform.processor() or platform.machine()}, "
            f"{os.cpu_count()} CPUs, Python {platform.python_version()}. Extraction is not included.",
            "",
            "| backend | documents | seconds | documents/s | re-ingest (skip) docs/s | facts | events | event reports "
            "| claims | conflicts | near-duplicates | 3 queries (s) |",
            "|---|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        for r in results:
            s = r["stats"]
            lines.append(
                f"| {r['backend']} | {r['docs']:,} | {r['seconds']:.1f} | {r['docs_per_s']:,.0f} | "
                f"{r['rerun_docs_per_s']:,.0f} | {s['facts']:,} | {s['events']:,} | {s['event_reports']:,} | "
                f"{s['claims']:,} | {s['conflicts']:,} | {s['near_duplicates']:,} | {r['queries_s']:.2f} |"
            )
        lines += ["", "PostgreSQL: the throwaway cluster of scripts/ci_postgres.sh (fsync off), on the same machine.",
                  ""]
        Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
