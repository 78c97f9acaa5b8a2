"""Per-class exact-match P/R/F1 on the KazNERD test split, and the cost of find_entities on the seeds.

    .venv/bin/python bench/eval_ner.py [--shared ../shared]               # the CRF alone, whole sentences
    .venv/bin/python bench/eval_ner.py --mode crf+gaz                     # the CRF, then the gazetteer GPE post-pass
    .venv/bin/python bench/eval_ner.py --mode runtime                     # as kabarchi runs: gazetteer + CRF windows
    .venv/bin/python bench/eval_ner.py --speed                            # CPU ms per seed document

``runtime`` runs the gazetteer over each sentence (states, capitals, cities and regions with any suffix are GPE,
organisations ORGANISATION, people PERSON; demonyms and adjectives are not mentions), then the CRF on windows of
``config.ENTITIES_CRF_WINDOW`` tokens around capitalised words the gazetteer missed, exactly as
``find_entities`` does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from bisect import bisect_left
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "scripts"))

from train_ner import read_iob, score, table  # noqa: E402

from kabarchi.entities import crf  # noqa: E402
from kabarchi.entities.crf import token_view  # noqa: E402
from kabarchi.entities.find import crf_mentions  # noqa: E402
from kabarchi.entities.match import gazetteer_candidates, resolve  # noqa: E402
from kabarchi.text.view import TextView  # noqa: E402

PUBLISHED = "97.22 overall (XLM-RoBERTa, trained on the 90k-sentence train split; per-class figures not copied)"
_GPE_PLACES = frozenset({"capital", "city", "region", "district"})


# KazNERD puts the administrative word into a GPE span ("Павлодар облысында"); the gazetteer hit is the name alone
_ADMIN = ("облыс", "аудан", "қала", "ауыл", "республика", "өңір", "губерния", "штат", "провинция", "империя")


def _gazetteer_spans(view: TextView, cands) -> list[tuple[int, int, str]]:
    """Gazetteer hits as KazNERD spans (after the same context rules as find_entities)."""
    kept = {e.start: e for e in resolve(view, cands)}
    low = view.lower
    spans, last_end = [], -1
    for c in cands:
        e = kept.get(c.start)
        if e is None or c.start < last_end or c.kind == "adj":
            continue  # currency names, nested states, demonyms
        last_end = c.end
        if e.type == "PERSON":
            spans.append((c.start, c.end, "PERSON"))
        elif e.type == "ORG":
            spans.append((c.start, c.end, "ORGANISATION"))
        elif e.type == "COUNTRY" or (e.type == "PLACE" and c.rec.kind in _GPE_PLACES):
            end = c.end
            nxt = low[end + 1 :].split(" ", 1)[0] if low[end : end + 1] == " " else ""
            if nxt.startswith(_ADMIN):
                end = end + 1 + len(nxt)
            spans.append((c.start, end, "GPE"))
    return spans


def _to_tags(toks: list[str], starts: list[int], spans) -> list[str]:
    """Spans to IOB2, longer spans first (an organisation beats the state named inside it)."""
    tags = ["O"] * len(toks)
    for s, e, label in sorted(spans, key=lambda x: x[0] - x[1]):
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        if a < len(toks) and starts[a] == s and all(t == "O" for t in tags[a:b]):
            tags[a] = "B-" + label
            for k in range(a + 1, b):
                tags[k] = "I-" + label
    return tags


def _prepare(toks: list[str]):
    view, starts = token_view(toks)
    return view, starts, gazetteer_candidates(view, "kk")


def runtime_tags(toks: list[str]) -> list[str]:
    """As find_entities runs: gazetteer hits, then the CRF on windows around what it missed."""
    view, starts, cands = _prepare(toks)
    covered = bytearray(len(view.text) + 1)
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    return _to_tags(toks, starts, _gazetteer_spans(view, cands) + crf_mentions(view, cands, covered))


def crf_gaz_tags(toks: list[str]) -> list[str]:
    """The CRF on the whole sentence, then the gazetteer post-pass: its GPE hits on tokens the CRF left O (in any
    of the model's labels) become GPE."""
    view, starts, cands = _prepare(toks)
    tags = crf.tag(toks, crf.tags_from_spans(starts, [len(t) for t in toks],
                                              [(c.start, c.end, c.rec.type, c.kind) for c in cands]))
    for s, e, label in _gazetteer_spans(view, cands):
        a, b = bisect_left(starts, s), bisect_left(starts, e)
        # only where the CRF saw no name at all (a state inside a law's or an event's name stays theirs)
        if label == "GPE" and a < len(toks) and starts[a] == s and all(t == "O" for t in tags[a:b]):
            tags[a] = "B-GPE"
            for k in range(a + 1, b):
                tags[k] = "I-GPE"
    return [t if t[2:] in crf.LABELS else "O" for t in tags]


def speed(shared: Path, rounds: int) -> None:
    from kabarchi.entities import find_entities
    from kabarchi.text.normalize import normalize

    gold = {json.loads(x)["file"][:3]: json.loads(x) for x in (shared / "corpus/seeds.gold.jsonl").open(encoding="utf-8")}
    docs = [(normalize(p.read_text(encoding="utf-8")), gold[p.name[:3]]["lang"])
            for p in sorted((shared / "corpus/seeds").glob("*.txt"))]
    chars = sum(len(v.text) for v, _ in docs) / len(docs)
    for v, lang in docs:  # load the automaton and the model
        find_entities(v, lang)
    for stat in (False, True):
        best = float("inf")
        for _ in range(5):
            t0 = time.process_time()
            for _ in range(rounds):
                for v, lang in docs:
                    find_entities(v, lang, statistical=stat)
            best = min(best, (time.process_time() - t0) / rounds / len(docs))
        print(f"{'gazetteer + CRF' if stat else 'gazetteer only'}: {1000 * best:.3f} ms/document "
              f"({len(docs)} seeds, {chars:.0f} characters on average; best of 5 x {rounds} rounds)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--mode", choices=("crf", "crf+gaz", "runtime"), default="crf")
    ap.add_argument("--speed", action="store_true")
    ap.add_argument("--rounds", type=int, default=100)
    args = ap.parse_args()
    if args.speed:
        speed(args.shared, args.rounds)
        return
    sents = read_iob(args.shared / "data/kaznerd/IOB2_test.txt")
    t0 = time.time()
    ntok = sum(len(t) for t, _ in sents)
    fn = {"crf": crf.tag, "crf+gaz": crf_gaz_tags, "runtime": runtime_tags}[args.mode]
    pairs = [(gold, fn(toks)) for toks, gold in sents]
    dt = time.time() - t0
    print(f"KazNERD test: {len(sents)} sentences, {ntok} tokens, {dt:.1f}s ({1e6 * dt / ntok:.0f} µs/token), mode {args.mode}")
    print(table(*score(pairs)))
    print(f"published: {PUBLISHED}")


if __name__ == "__main__":
    main()
