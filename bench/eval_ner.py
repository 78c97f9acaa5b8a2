"""Per-class exact-match P/R/F1 of the shipped CRF on the KazNERD test split.

    .venv/bin/python bench/eval_ner.py [--shared ../shared] [--window N]

``--window N`` tags, as kabarchi does at run time, only windows of N tokens around capitalised words (0 = whole
sentences).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from train_ner import read_iob  # noqa: E402

from kabarchi.entities import crf  # noqa: E402

PUBLISHED = "97.22 overall (XLM-RoBERTa, trained on the 90k-sentence train split; per-class figures not copied)"


def tag_windows(tokens: list[str], w: int) -> list[str]:
    tags = ["O"] * len(tokens)
    cand = [i for i, t in enumerate(tokens) if t[:1].isupper() and t[:1].isalpha()]
    windows: list[list[int]] = []
    for i in cand:
        lo, hi = max(0, i - w), min(len(tokens), i + w + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        for a, b, label in crf.spans_from_tags(crf.tag(tokens[lo:hi])):
            if any(tokens[lo + k][:1].isupper() for k in range(a, b)):
                tags[lo + a] = "B-" + label
                for k in range(lo + a + 1, lo + b):
                    tags[k] = "I-" + label
    return tags


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--window", type=int, default=0)
    args = ap.parse_args()
    sents = read_iob(args.shared / "data/kaznerd/IOB2_test.txt")
    tp, fp, fn = Counter(), Counter(), Counter()
    t0 = time.time()
    ntok = 0
    for toks, gold in sents:
        pred = tag_windows(toks, args.window) if args.window else crf.tag(toks)
        ntok += len(toks)
        g = {(a, b, l) for a, b, l in crf.spans_from_tags(gold)}
        p = {(a, b, l) for a, b, l in crf.spans_from_tags(pred)}
        for x in p & g:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1
    dt = time.time() - t0
    print(f"KazNERD test: {len(sents)} sentences, {ntok} tokens, {dt:.1f}s ({1e6 * dt / ntok:.0f} µs/token)"
          f"{f', windows of {args.window}' if args.window else ', whole sentences'}")
    print("| class | P | R | F1 | gold |")
    print("|---|---|---|---|---|")
    T = F = N = 0
    for lab in crf.LABELS:
        P = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        R = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        F1 = 2 * P * R / (P + R) if P + R else 0.0
        T, F, N = T + tp[lab], F + fp[lab], N + fn[lab]
        print(f"| {lab} | {P:.3f} | {R:.3f} | {F1:.3f} | {tp[lab] + fn[lab]} |")
    P, R = T / (T + F), T / (T + N)
    print(f"| micro (4 classes) | {P:.3f} | {R:.3f} | {2 * P * R / (P + R):.3f} | {T + N} |")
    print(f"published: {PUBLISHED}")


if __name__ == "__main__":
    main()
