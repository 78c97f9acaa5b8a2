"""Five-fold cross-validation of the NER CRF on KazNERD's validation split: learning curve and feature variants.

    .venv/bin/python bench/ner_cv.py                                  # the shipped features, all training data
    .venv/bin/python bench/ner_cv.py --fractions 0.25,0.5,0.75,1      # learning curve
    .venv/bin/python bench/ner_cv.py --variants base,bi,w2,stbi,aug    # features tried and not shipped
    .venv/bin/python bench/ner_cv.py --jobs 2

Why: the train split (90,228 sentences) is not in ../shared, so the shipped model learns from the 11,167
validation sentences alone. The learning curve tells what more labelled data would buy; the variants are the
features tried against the shipped ones. Folds are contiguous fifths (neighbouring sentences repeat names, and
KazNERD gives many sentences twice, with numbers in words and in figures). Scores are summed over the five folds.
The test split is never read here.

Variants: ``base`` the shipped features without augmentation (the shipped model is ``augperson``); ``bi`` + word bigrams with each neighbour; ``w2`` + the words two tokens
away; ``stbi`` + the stem bigram with the next token; ``aug`` + one copy of every training sentence with a name in
it, each name swapped for a random name of the same class from the training folds (mention replacement);
``augperson`` the same for persons only.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from train_ner import KEEP, augment, heldout_counts, read_iob, split_fold, train  # noqa: E402

from kabarchi.entities import crf  # noqa: E402

FOLDS = 5
VARIANTS = ("base", "bi", "w2", "stbi", "aug", "augperson")
_SENTS: list = []


def features(variant: str):
    """The feature function of a variant: the shipped ``sentence_features`` plus the variant's extra strings."""
    base = crf.sentence_features
    if variant in ("base", "aug", "augperson"):
        return base

    def extra(tokens, gaz=None, prune=False):
        out = base(tokens, gaz, prune)
        low = [t.lower() for t in tokens]
        n = len(tokens)
        for i, fs in enumerate(out):
            if variant == "bi":
                if i:
                    fs.append("bi-=" + low[i - 1] + "|" + low[i])
                if i < n - 1:
                    fs.append("bi+=" + low[i] + "|" + low[i + 1])
            elif variant == "w2":
                if i > 1:
                    fs.append("-2w=" + low[i - 2])
                if i < n - 2:
                    fs.append("+2w=" + low[i + 2])
            elif variant == "stbi" and i < n - 1:
                fs.append("stbi+=" + crf.stem(low[i]) + "|" + crf.stem(low[i + 1]))
        return out

    return extra


def run_fold(job: tuple[str, float, int, int, int]) -> tuple[str, float, Counter, Counter, Counter, int]:
    variant, fraction, fold, iterations, minfreq = job
    held, rest = split_fold(_SENTS, FOLDS, fold)
    if fraction < 1:
        # whole blocks of 40 sentences, so a sentence and its twin stay together
        blocks = [rest[i:i + 40] for i in range(0, len(rest), 40)]
        random.Random(fold).shuffle(blocks)
        rest = [s for b in blocks[:max(1, round(len(blocks) * fraction))] for s in b]
    rest = rest + augment(rest, {"aug": ",".join(crf.LABELS), "augperson": "PERSON"}.get(variant, ""), fold)
    feats = features(variant)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        train(rest, path, 0.05, 0.02, iterations, minfreq, frozenset(KEEP.split(",")), feats)
        tp, fp, fn = heldout_counts(path, held, feats)
    return variant, fraction, tp, fp, fn, len(rest)


def _f1(tp: int, fp: int, fn: int) -> float:
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--fractions", default="1", help="comma-separated shares of the four training folds")
    ap.add_argument("--variants", default="base", help=f"comma-separated, of {', '.join(VARIANTS)}")
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("--minfreq", type=int, default=0,
                    help="crfsuite's feature.minfreq (0, its default, for the tables in docs/evaluation.md; "
                         "scripts/train_ner.py ships 1)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    variants = args.variants.split(",")
    bad = [v for v in variants if v not in VARIANTS]
    if bad:
        raise SystemExit(f"unknown variant {', '.join(bad)}: expected one of {', '.join(VARIANTS)}")
    path = args.shared / "data/kaznerd/IOB2_valid.txt"
    if not path.exists():
        raise SystemExit(f"{path} is missing: pass --shared pointing at the shared data folder")
    _SENTS[:] = read_iob(path, keep_all=True)
    jobs = [(v, float(f), k, args.iterations, args.minfreq) for v in variants for f in args.fractions.split(",") for k in range(FOLDS)]
    t0 = time.time()
    sums: dict[tuple[str, float], list] = {}
    with Pool(args.jobs) as pool:
        for v, f, tp, fp, fn, ntrain in pool.imap_unordered(run_fold, jobs):
            s = sums.setdefault((v, f), [Counter(), Counter(), Counter(), 0])
            s[0].update(tp), s[1].update(fp), s[2].update(fn)
            s[3] += ntrain
    print(f"{len(jobs)} trainings in {time.time() - t0:.0f} s; F1 summed over {FOLDS} contiguous folds of "
          f"{len(_SENTS)} sentences")
    print("| variant | share | training sentences per fold | " + " | ".join(crf.LABELS) + " | micro |")
    print("|---|---|---|" + "---|" * (len(crf.LABELS) + 1))
    for (v, f), (tp, fp, fn, ntrain) in sorted(sums.items()):
        cells = [f"{_f1(tp[lab], fp[lab], fn[lab]):.3f}" for lab in crf.LABELS]
        total = [sum(c[lab] for lab in crf.LABELS) for c in (tp, fp, fn)]
        print(f"| {v} | {f:g} | {ntrain // FOLDS} | " + " | ".join(cells) + f" | {_f1(*total):.3f} |")


if __name__ == "__main__":
    main()
