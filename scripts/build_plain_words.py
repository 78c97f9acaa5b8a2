"""Build src/kabarchi/data/entities/plain_words.tsv: capitalised words that are not worth a CRF window.

Two kinds, both lower case, Cyrillic (the CRF's candidates are capitalised Cyrillic words):

- ``lower``: seen in lower case at least ``--min-lower`` times after the first word of a sentence and never
  capitalised there, in running Kazakh, Kyrgyz and Uzbek text (UD kk-ktb, ky-ktmu, ky-tuecl, uz-ut, uz-tuecl;
  NTREX-128 kaz and kir; the tokens of KazNERD's validation split). At a sentence's start such a word's capital
  says nothing ("Былтыр", "Бул", "Ал").
- ``never``: capitalised at least ``--min-cap`` times in KazNERD's validation split (the split the CRF is trained
  on) and never inside a PERSON, GPE, LOCATION or ORGANISATION span ("Президенті", "Мемлекет").

find_entities does not open a CRF window for such a word (it may still sit inside another word's window), so the
tagger sees fewer tokens. KazNERD's test split is not read.

    .venv/bin/python scripts/build_plain_words.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src/kabarchi/data/entities/plain_words.tsv"
_WORD = re.compile(r"\w+(?:[-ʼ]\w+)*")
_CYR = re.compile(r"^[а-яёәіңғүұқөһўҳҷӣӯ][а-яёәіңғүұқөһўҳҷӣӯ\-]*$")
_SENT = re.compile(r"(?<=[.!?…])\s+")
_NAMES = {"PERSON", "GPE", "LOCATION", "ORGANISATION"}
UD = ("ud-kk-ktb", "ud-ky-ktmu", "ud-ky-tuecl", "ud-uz-ut", "ud-uz-tuecl")
NTREX = ("newstest2019-ref.kaz.txt", "newstest2019-ref.kir.txt")


def conllu_sentences(path: Path):
    toks: list[str] = []
    for line in path.open(encoding="utf-8"):
        if line.startswith("#"):
            continue
        if not line.strip():
            if toks:
                yield toks
            toks = []
            continue
        cols = line.split("\t")
        if "-" not in cols[0] and "." not in cols[0]:
            toks.append(cols[1])
    if toks:
        yield toks


def kaznerd(path: Path):
    """(tokens, tags) of each sentence."""
    toks: list[str] = []
    tags: list[str] = []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if toks:
                yield toks, tags
            toks, tags = [], []
            continue
        tok, _, tag = line.rpartition(" ")
        toks.append(tok)
        tags.append(tag)
    if toks:
        yield toks, tags


def build(shared: Path, min_lower: int = 3, min_cap: int = 3) -> str:
    """The file's text, built from ``shared``/data."""
    data = shared / "data"
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()

    def count(tokens: list[str]) -> None:
        words = [t for t in tokens if _WORD.fullmatch(t)]
        for t in words[1:]:
            (cap if t[:1].isupper() else low)[t.lower()] += 1

    for name in UD:
        for path in sorted((data / name).glob("*.conllu")):
            for toks in conllu_sentences(path):
                count(toks)
    for name in NTREX:
        for line in (data / "ntrex128" / name).open(encoding="utf-8"):
            for sent in _SENT.split(line.strip()):
                count(_WORD.findall(sent))
    capk: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for toks, tags in kaznerd(data / "kaznerd/IOB2_valid.txt"):
        count(toks)
        for t, g in zip(toks, tags):
            if t[:1].isupper():
                capk[t.lower()] += 1
                if g[2:] in _NAMES:
                    named[t.lower()] += 1
    lower = sorted(w for w, n in low.items() if n >= min_lower and not cap[w] and _CYR.match(w))
    never = sorted(w for w, n in capk.items() if n >= min_cap and not named[w] and _CYR.match(w))
    head = ("# Capitalised words not worth a CRF window (built by scripts/build_plain_words.py; see there).\n"
            f"# lower: never capitalised inside a sentence, seen lower case {min_lower}+ times "
            "(UD kk/ky/uz, NTREX-128 kaz/kir, KazNERD valid tokens)\n"
            f"# never: capitalised {min_cap}+ times in KazNERD valid, never inside a name\n")
    return head + "".join(f"{w}\tlower\n" for w in lower) + "".join(f"{w}\tnever\n" for w in never)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--min-lower", type=int, default=3)
    ap.add_argument("--min-cap", type=int, default=3)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    text = build(args.shared, args.min_lower, args.min_cap)
    args.out.write_text(text, encoding="utf-8")
    kinds = [line.rsplit("\t", 1)[-1] for line in text.splitlines() if not line.startswith("#")]
    print(f"wrote {args.out}: {kinds.count('lower')} lower, {kinds.count('never')} never")


if __name__ == "__main__":
    main()
