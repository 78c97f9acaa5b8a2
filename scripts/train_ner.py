"""Train the shipped CRF on KazNERD's validation split (the train split is not in ../shared).

    .venv/bin/python scripts/train_ner.py [--shared ../shared] [--iterations 120] [--c1 0.05] [--c2 0.02]
    .venv/bin/python scripts/train_ner.py --folds 5 --fold 0     # develop: train on 4/5, score the held-out 1/5
    .venv/bin/python scripts/train_ner.py --train IOB2_train.txt --train IOB2_valid.txt   # with more labelled data

Trained on 8 labels: kabarchi's PERSON, GPE, LOCATION, ORGANISATION, KazNERD's POSITION and NORP, and the other
19 merged into NUM (figures, dates) and OTHER (other names): they give context at a ninth of the Viterbi cost of
51 tags (``--keep all`` trains on all 25). Persons' names are also swapped for other training persons in one extra
copy of each sentence that has one (``--augment``, mention replacement): the model leans less on the names it saw.
The test split is never read here: features and c1/c2 were chosen by cross-validation on the validation split.
Writes src/kabarchi/data/entities/ner_kk.crfsuite; evaluate on the test split with bench/eval_ner.py.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

from kabarchi.entities import crf
from kabarchi.entities.crf import LABELS, MODEL, sentence_features, spans_from_tags

REPO = Path(__file__).resolve().parent.parent
KEEP = "POSITION,NORP"
# Mention replacement for persons: +0.7 PERSON F1 over five folds of the validation split (bench/ner_cv.py
# --variants augperson), GPE/ORGANISATION unchanged; swapping every class (``aug``) lost GPE and ORGANISATION.
AUGMENT = "PERSON"


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


def score(pairs) -> tuple[Counter, Counter, Counter]:
    """Exact-match span counts (tp, fp, fn) per label over (gold tags, predicted tags) pairs."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for gold, pred in pairs:
        g, p = set(spans_from_tags(gold)), set(spans_from_tags(pred))
        for x in p & g:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1
    return tp, fp, fn


def table(tp: Counter, fp: Counter, fn: Counter) -> str:
    rows = ["| class | P | R | F1 | gold |", "|---|---|---|---|---|"]
    T = F = N = 0
    for lab in LABELS:
        P = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        R = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        F1 = 2 * P * R / (P + R) if P + R else 0.0
        T, F, N = T + tp[lab], F + fp[lab], N + fn[lab]
        rows.append(f"| {lab} | {P:.3f} | {R:.3f} | {F1:.3f} | {tp[lab] + fn[lab]} |")
    P, R = T / max(1, T + F), T / max(1, T + N)
    rows.append(f"| micro (4 classes) | {P:.3f} | {R:.3f} | {2 * P * R / max(1e-9, P + R):.3f} | {T + N} |")
    return "\n".join(rows)


_NUMERIC = frozenset("CARDINAL DATE MONEY ORDINAL PERCENTAGE QUANTITY TIME".split())


def collapse(tags: list[str], keep: frozenset[str]) -> list[str]:
    """KazNERD labels outside ``keep`` (and kabarchi's four) become NUM (figures, dates) or OTHER (other names):
    the model still learns that such tokens belong to some other mention (context), but scores fewer tags (the
    Viterbi pass costs the square of their number)."""
    out = []
    for t in tags:
        lab = t[2:]
        if t == "O" or lab in LABELS or lab in keep:
            out.append(t)
        else:
            out.append(t[:2] + ("NUM" if lab in _NUMERIC else "OTHER"))
    return out


def mention_swap(train: list, seed: int, labels: tuple[str, ...] = LABELS) -> list:
    """One copy of each sentence with a name of ``labels``, every such name replaced by a random training name of
    its class."""
    names: dict[str, list[list[str]]] = {}
    for toks, tags in train:
        for a, b, lab in spans_from_tags(tags):
            if lab in labels:
                names.setdefault(lab, []).append(toks[a:b])
    rnd = random.Random(seed)
    out = []
    for toks, tags in train:
        spans = [x for x in spans_from_tags(tags) if x[2] in labels]
        if not spans:
            continue
        nt, ng, p = [], [], 0
        for a, b, lab in spans:
            rep = rnd.choice(names[lab])
            nt += toks[p:a] + rep
            ng += tags[p:a] + ["B-" + lab] + ["I-" + lab] * (len(rep) - 1)
            p = b
        out.append((nt + toks[p:], ng + tags[p:]))
    return out


def augment(sents: list, classes: str, seed: int) -> list:
    """The extra sentences of ``--augment`` (none when ``classes`` is empty)."""
    labels = tuple(x for x in classes.split(",") if x)
    bad = [x for x in labels if x not in LABELS]
    if bad:
        raise SystemExit(f"--augment: expected classes of {', '.join(LABELS)}, got {', '.join(bad)}")
    return mention_swap(sents, seed, labels) if labels else []


def train(sents, out: Path, c1: float, c2: float, iterations: int, minfreq: int, keep: frozenset[str] | None,
          features=sentence_features) -> None:
    """``keep``: the KazNERD labels kept apart besides kabarchi's four (None: all 25); ``features``: the feature
    function (bench/ner_cv.py tries variants of the shipped one)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        trainer.append(features(toks), tags if keep is None else collapse(tags, keep))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.minfreq": minfreq,
                        "feature.possible_transitions": True})
    trainer.train(str(out))


def split_fold(sents: list, folds: int, fold: int) -> tuple[list, list]:
    """(held-out, training) sentences of one of ``folds`` contiguous blocks: neighbouring sentences share names
    (and KazNERD gives many twice), so interleaved folds would leak them."""
    n = len(sents)
    return ([s for i, s in enumerate(sents) if i * folds // n == fold],
            [s for i, s in enumerate(sents) if i * folds // n != fold])


def heldout_counts(model: Path, held: list, features=sentence_features) -> tuple[Counter, Counter, Counter]:
    """Exact-match (tp, fp, fn) per label of a trained model on held-out sentences, kabarchi's four labels only."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    ours = {"O"} | {p + lab for lab in LABELS for p in ("B-", "I-")}
    return score([([x if x in ours else "O" for x in tags], [x if x in ours else "O" for x in tagger.tag(features(toks))])
                  for toks, tags in held])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--iterations", type=int, default=120)
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.02)
    ap.add_argument("--minfreq", type=int, default=1)
    ap.add_argument("--folds", type=int, default=0, help="cross-validate on the validation split")
    ap.add_argument("--fold", type=int, default=0)
    ap.add_argument("--keep", default=KEEP, help="KazNERD labels kept apart besides the four ('all': all 25)")
    ap.add_argument("--train", type=Path, action="append",
                    help="IOB2 file(s) to train on, repeatable (default: KazNERD's IOB2_valid.txt; its IOB2_train.txt "
                         "where you have it; never IOB2_test.txt, which bench/eval_ner.py scores)")
    ap.add_argument("--augment", default=AUGMENT,
                    help="classes whose names are swapped in one extra copy of the training sentences ('' for none)")
    ap.add_argument("--out", type=Path, default=MODEL)
    args = ap.parse_args()
    keep = None if args.keep == "all" else frozenset(x for x in args.keep.split(",") if x)
    t0 = time.time()
    paths = args.train or [args.shared / "data/kaznerd/IOB2_valid.txt"]
    sents = [s for path in paths for s in read_iob(path, keep_all=True)]
    if args.folds:
        held, rest = split_fold(sents, args.folds, args.fold)
        out = args.out if args.out != MODEL else Path(
            f"/tmp/ner_cv{args.fold}_{args.c1}_{args.c2}_{args.minfreq}_{args.keep.replace(',', '')}.crfsuite")
        train(rest + augment(rest, args.augment, args.fold), out, args.c1, args.c2, args.iterations, args.minfreq, keep)
        counts = heldout_counts(out, held)
        print(f"fold {args.fold}/{args.folds} c1={args.c1} c2={args.c2} it={args.iterations} minfreq={args.minfreq}"
              f" model {out.stat().st_size} bytes, {time.time() - t0:.0f}s")
        print(table(*counts))
        return
    train(sents + augment(sents, args.augment, 0), args.out, args.c1, args.c2, args.iterations, args.minfreq, keep)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) in {time.time() - t0:.0f}s")
    if args.out == MODEL:
        print(f"wrote {crf.ATTRIBUTES} ({crf.write_model_attributes()} attributes)")


if __name__ == "__main__":
    main()
