"""kabarchi's full extract against natasha's full Russian pipeline, on the same Russian documents, one process.

natasha (segmentation, morphology, syntax, NER) is the reference Russian NLP stack; kabarchi does more (six
languages, figures, facts, events) but should not be slower per document. Prints a Markdown table and the ratio.

    python bench/bench_natasha.py --repeat 20
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from kabarchi.extract import default_pipeline, process
from kabarchi.readers import read_path

REPO = Path(__file__).resolve().parent.parent


def russian_documents() -> list:
    docs = []
    for p in sorted((REPO / "examples" / "news").rglob("*")):
        if p.is_file() and p.suffix in {".txt", ".html", ".jsonl"}:
            for raw in read_path(p):
                if hasattr(raw, "text") and process(raw).lang == "ru":
                    docs.append(raw)
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20, help="passes over the Russian examples")
    args = ap.parse_args()
    from natasha import (Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser,
                         Segmenter)

    docs = russian_documents()
    segmenter, vocab, emb = Segmenter(), MorphVocab(), NewsEmbedding()
    morph, syntax, ner = NewsMorphTagger(emb), NewsSyntaxParser(emb), NewsNERTagger(emb)
    pipeline = default_pipeline()

    def run_natasha(text: str) -> None:
        d = Doc(text)
        d.segment(segmenter)
        d.tag_morph(morph)
        d.parse_syntax(syntax)
        d.tag_ner(ner)
        for span in d.spans:
            span.normalize(vocab)

    for raw in docs:  # warm up both
        process(raw, pipeline)
        run_natasha(raw.text)
    n = len(docs) * args.repeat
    t0 = time.process_time()
    for _ in range(args.repeat):
        for raw in docs:
            process(raw, pipeline)
    ours = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(args.repeat):
        for raw in docs:
            run_natasha(raw.text)
    theirs = time.process_time() - t0
    chars = sum(len(r.text) for r in docs) / len(docs)
    print(f"{len(docs)} Russian documents ({chars:.0f} characters on average) x {args.repeat}, one process, CPU time")
    print("| pipeline | ms/document | documents/s |")
    print("|---|---:|---:|")
    print(f"| kabarchi extract (all stages) | {1000 * ours / n:.2f} | {n / ours:,.0f} |")
    print(f"| natasha (segment, morph, syntax, NER, normalise) | {1000 * theirs / n:.2f} | {n / theirs:,.0f} |")
    print(f"\nkabarchi is {theirs / ours:.1f}x the speed of natasha on these documents.")


if __name__ == "__main__":
    main()
