"""Documents per second and peak memory of ``kabarchi extract`` over a corpus folder.

Runs the real command in a subprocess (its output to /dev/null), samples the resident memory of its whole process
tree every 20 ms from /proc, and prints one Markdown table row for docs/benchmarks.md.

    python bench/make_corpus.py --count 10000
    python bench/bench_extract.py bench/corpus --jobs 2
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path


def tree_rss_kb(root: int) -> tuple[int, int]:
    """(sum over the process tree, largest single process) of VmRSS in KB, read from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/status") as f:
                fields = dict(line.split(":", 1) for line in f if ":" in line)
        except OSError:
            continue
        pid, ppid = int(d), int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) if "VmRSS" in fields else 0
    total = biggest = 0
    stack = [root]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        biggest = max(biggest, rss.get(p, 0))
        stack.extend(children.get(p, []))
    return total, biggest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--until", metavar="STAGE", help="time the pipeline only up to this stage")
    ap.add_argument("--kabarchi", default=str(Path(sys.executable).with_name("kabarchi")))
    args = ap.parse_args()
    files = [p for p in args.corpus.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    cmd = [args.kabarchi, "extract", str(args.corpus), "--jobs", str(args.jobs), "--no-progress"]
    if args.until:
        cmd += ["--until", args.until]
    peak_total = peak_one = 0
    done = threading.Event()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def sample() -> None:
        nonlocal peak_total, peak_one
        while not done.is_set():
            total, one = tree_rss_kb(proc.pid)
            peak_total, peak_one = max(peak_total, total), max(peak_one, one)
            time.sleep(0.02)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    elapsed = time.perf_counter() - t0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and its workers, which it waited for
    cpu = usage.ru_utime + usage.ru_stime
    done.set()
    th.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"kabarchi extract failed ({proc.returncode}): {err.decode()[-2000:]}")
    print("| stages | documents | avg KB | jobs | seconds | docs/s | CPU s | peak RSS, largest process (MB) | peak RSS, all processes (MB) | machine |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {'up to ' + args.until if args.until else 'all'} | {len(files)} | {size / len(files) / 1024:.1f} | {args.jobs} | {elapsed:.1f} | {len(files) / elapsed:,.0f} | {cpu:.1f} "
        f"| {peak_one / 1024:.0f} | {peak_total / 1024:.0f} | {os.cpu_count()} cores, {platform.python_implementation()} "
        f"{platform.python_version()} |"
    )


if __name__ == "__main__":
    main()
