"""Train the shipped CRF on KazNERD's validation split (the train split is not in ../shared).

    .venv/bin/python scripts/train_ner.py [--shared ../shared] [--iterations 120]

Trained on all 25 labels (kabarchi uses PERSON, GPE, LOCATION, ORGANISATION; the others give context:
ORGANISATION F1 0.67 against 0.63 when they are mapped to O). Takes about 2 minutes on one core.
Writes src/kabarchi/data/entities/ner_kk.crfsuite; evaluate with bench/eval_ner.py.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pycrfsuite

from kabarchi.entities.crf import LABELS, MODEL, sentence_features

REPO = Path(__file__).resolve().parent.parent


def read_iob(path: Path, keep_all: bool = False) -> list[tuple[list[str], list[str]]]:
    """Sentences of an IOB2 file; labels kabarchi does not use become O unless ``keep_all``."""
    sents, toks, tags = [], [], []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        tok, _, tag = line.rpartition(" ")
        if keep_all is False and tag != "O" and tag[2:] not in LABELS:
            tag = "O"
        toks.append(tok)
        tags.append(tag)
    if toks:
        sents.append((toks, tags))
    return sents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("--c1", type=float, default=0.1)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--four-labels", action="store_true", help="map the 21 other KazNERD labels to O (worse: ORG F1 0.63)")
    args = ap.parse_args()
    t0 = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in read_iob(args.shared / "data/kaznerd/IOB2_valid.txt", keep_all=not args.four_labels):
        trainer.append(sentence_features(toks), tags)
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(MODEL))
    print(f"wrote {MODEL} ({MODEL.stat().st_size} bytes) in {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()
