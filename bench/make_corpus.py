"""Write a benchmark corpus of news-length documents generated from the bundled examples and the seeds.

Each document is one base article (an example, or a seed from ../shared when present) with its figures and dates
changed and, for a third of them, paragraphs of a second article of the same language appended, so that no two
documents are the same text and lengths vary like a news feed's (1-15 KB).

    python bench/make_corpus.py --count 10000 --out bench/corpus
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
HEADER = re.compile(r"^ ?date \d{4}-\d\d-\d\d(?: \d\d:\d\d)?\s?")


def bases() -> list[tuple[str, str]]:
    """(language folder, body) of every plain-text example and seed, headers removed."""
    out = []
    for p in sorted((REPO / "examples" / "news").glob("*/*.txt")):
        out.append((p.parent.name, HEADER.sub("", p.read_text(encoding="utf-8"), count=1)))
    if SEEDS.is_dir():
        for p in sorted(SEEDS.glob("*.txt")):
            out.append(("seed", HEADER.sub("", p.read_text(encoding="utf-8"), count=1)))
    return out


def vary(text: str, rnd: random.Random) -> str:
    def number(m: re.Match[str]) -> str:
        s = m.group()
        if len(s) == 4 and s.startswith(("19", "20")):
            return str(rnd.randint(2016, 2026))
        return str(rnd.randint(1, 10 ** len(s) - 1))

    return re.sub(r"\d+", number, text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--out", type=Path, default=REPO / "bench" / "corpus")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    pool = bases()
    by_lang: dict[str, list[str]] = {}
    for lang, body in pool:
        by_lang.setdefault(lang, []).append(body)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(args.count):
        lang, body = rnd.choice(pool)
        text = vary(body, rnd)
        if rnd.random() < 0.33:
            text += "\n" + vary(rnd.choice(by_lang[lang]), rnd)
        date = f"{rnd.randint(2016, 2026)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        doc = f" date {date} {text}"
        sub = args.out / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(doc, encoding="utf-8")
        total += len(doc.encode("utf-8"))
    print(f"{args.count} documents, {total / args.count / 1024:.1f} KB on average, in {args.out}")


if __name__ == "__main__":
    main()
