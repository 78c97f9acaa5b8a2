"""Latency of the web dashboard and REST API over loopback against a real uvicorn server (p50/p95 per endpoint).

The server runs in its own process (as `kabarchi serve` does); the client sends requests one after another over a
kept-alive connection and times each full response. The store is built once if the file is missing, from the same
synthetic records as bench/bench_ingest.py (100,000 documents: ~10 minutes on 2 cores), then reused.

    .venv/bin/python bench/bench_web.py --db /tmp/kabarchi-web-bench.db --n 100000 --requests 200
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import platform
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))


def build(db: str, n: int) -> None:
    import bench_ingest

    import kabarchi

    t = time.perf_counter()
    records = bench_ingest.synthetic(bench_ingest.base_records(), n)
    with kabarchi.open(db) as store:
        store.ingest(records)
    print(f"built {db}: {n} documents in {time.perf_counter() - t:.0f}s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from kabarchi.web import create_app; "
            f"uvicorn.run(create_app({db!r}), host='127.0.0.1', port={port}, log_level='warning')")
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    proc = subprocess.Popen([sys.executable, "-c", code], env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start within 120 s")


class Client:
    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def get(self, path: str) -> tuple[int, bytes, float]:
        t = time.perf_counter()
        self.conn.request("GET", path)
        r = self.conn.getresponse()
        body = r.read()
        return r.status, body, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default="/tmp/kabarchi-web-bench.db")
    ap.add_argument("--n", type=int, default=100_000, help="documents to build the store with when it is missing")
    ap.add_argument("--requests", type=int, default=200, help="timed requests per endpoint")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not Path(args.db).exists():
        build(args.db, args.n)
    port = free_port()
    proc = start_server(args.db, port)
    try:
        c = Client(port)
        rng = random.Random(args.seed)
        stats = json.loads(c.get("/api/stats")[1])
        pairs = json.loads(c.get("/api/pairs")[1])["items"]
        busiest = max(pairs, key=lambda p: (p["facts"] + p["events"], p["parties"]))
        bp = "-".join(busiest["parties"])
        some = ["-".join(p["parties"]) for p in rng.sample(pairs, min(20, len(pairs)))]
        docs = [d["doc_id"] for d in json.loads(c.get("/api/documents?limit=500")[1])["items"]]
        cursor = json.loads(c.get("/api/facts?limit=50")[1])["next"]
        endpoints = {
            f"pair page (busiest: {bp})": lambda: f"/pairs/{bp}",
            "pair page (random pairs)": lambda: f"/pairs/{rng.choice(some)}",
            f"/api/pairs/{bp}": lambda: f"/api/pairs/{bp}",
            "/api/facts": lambda: "/api/facts",
            "/api/facts?cursor= (page 2)": lambda: f"/api/facts?cursor={cursor}",
            f"/api/facts?pair={bp}": lambda: f"/api/facts?pair={bp}",
            "/api/facts?pair=(random)": lambda: f"/api/facts?pair={rng.choice(some)}",
            "/api/facts?type=trade_turnover&since=2025-01-01": lambda: "/api/facts?type=trade_turnover&since=2025-01-01",
            "/api/facts?lang=ru&limit=500": lambda: "/api/facts?lang=ru&limit=500",
            "/api/events?country=KG": lambda: "/api/events?country=KG",
            "/api/conflicts": lambda: "/api/conflicts",
            "/api/documents": lambda: "/api/documents",
            "document page": lambda: f"/documents/{rng.choice(docs)}",
            "overview (cached counts)": lambda: "/",
            "/api/search?q=Бишкек": lambda: "/api/search?q=%D0%91%D0%B8%D1%88%D0%BA%D0%B5%D0%BA",
        }
        rows = []
        for name, path in endpoints.items():
            for _ in range(5):  # warm-up: connection pool, page cache, overview cache
                status, _, _ = c.get(path())
                if status != 200:
                    raise SystemExit(f"{name}: HTTP {status}")
            times = sorted(c.get(path())[2] * 1000 for _ in range(args.requests))
            p95 = times[max(0, round(0.95 * len(times)) - 1)]
            rows.append((name, statistics.median(times), p95, times[-1]))
            print(f"{name:55s} p50 {rows[-1][1]:7.1f} ms  p95 {p95:7.1f} ms  max {times[-1]:7.1f} ms", file=sys.stderr)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    print(f"\n`bench/bench_web.py --requests {args.requests}` on {stats['documents']:,} documents "
          f"({stats['facts']:,} facts, {stats['events']:,} events, {stats['conflicts']:,} conflicts; "
          f"{stats['backend']}); {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}.\n")
    print("| endpoint | p50 ms | p95 ms | max ms |\n|---|---|---|---|")
    for name, p50, p95, mx in rows:
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {mx:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
