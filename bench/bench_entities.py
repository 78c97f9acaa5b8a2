"""CPU time of the entity stage alone, one process, over documents of the benchmark corpus.

The documents are first taken through the stages before it (reading, view, sentences, language), untimed; then the
entity stage runs over all of them, timed by ``time.process_time`` (so other jobs on the machine do not count),
best of ``--repeat``. ``--profile`` prints the top of a cProfile of one pass instead.

    .venv/bin/python bench/bench_entities.py bench/corpus --count 2000 [--repeat 3] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from kabarchi.document import Document
from kabarchi.entities import entities_stage
from kabarchi.extract import default_pipeline
from kabarchi.readers import ReadFailure, read_path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--count", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    files = sorted(p for p in args.corpus.rglob("*") if p.is_file())[: args.count]
    before = default_pipeline("langid")
    docs = [before(Document.from_raw(raw)) for f in files for raw in read_path(str(f))
            if not isinstance(raw, ReadFailure)]
    for d in docs[:50]:  # load the automaton and the model
        entities_stage(d)
    if args.profile:
        pr = cProfile.Profile()
        pr.enable()
        for d in docs:
            entities_stage(d)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
        return
    best = float("inf")
    n_ents = 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        out = [entities_stage(d) for d in docs]
        best = min(best, time.process_time() - t0)
        n_ents = sum(len(d.entities) for d in out)
    by_lang: dict[str, int] = {}
    for d in docs:
        by_lang[d.lang] = by_lang.get(d.lang, 0) + 1
    print(f"entities stage: {1000 * best / len(docs):.3f} ms CPU per document ({len(docs)} documents, "
          f"{n_ents} entities, best of {args.repeat}; languages {dict(sorted(by_lang.items()))})")


if __name__ == "__main__":
    main()
