#!/usr/bin/env python3
"""Build src/kabarchi/data/langid/langid.npz from ../shared/data (deterministic).

Usage: .venv/bin/python scripts/build_langid.py [--shared ../shared/data] [--bits 18] [--alpha 0.1]

Train/test splits are defined here and imported by bench/eval_langid.py, so the evaluation never sees a training
sentence: NTREX-128 is split by DOCUMENT (DOCUMENT_IDS.tsv; its languages are parallel, a line split would leak
names), Tatoeba by line, UD by sentence; X-WMT (WMT20, disjoint from NTREX's WMT19) is test only,
except half of its Karakalpak lines (no other Karakalpak source). Uzbek Cyrillic
and Latin-script Kazakh have no corpus: their training text is transliterated by rule (kabarchi.langid.translit).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from kabarchi.langid.model import (  # noqa: E402
    CHUNK,
    FORMAT,
    MAX_PENALTY,
    MODEL_PATH,
    QUANT,
    Featurizer,
    default_alphabet,
)  # noqa: E402
from kabarchi.langid.translit import kk_cyrillic_to_latin, uz_latin_to_cyrillic  # noqa: E402
from kabarchi.text.normalize import normalize_term  # noqa: E402

DEFAULT_SHARED = REPO.parent / "shared" / "data"

#: Internal classes: our six languages (with script variants) and the look-alikes that must come out "und".
CLASSES = ("ky", "kk", "kk-Latn", "uz-Latn", "uz-Cyrl", "tg", "ru", "en", "tt", "ba", "mn", "uk", "be", "kaa")

NTREX = {
    "kir": "ky", "kaz": "kk", "uzb": "uz-Latn", "tgk-Cyrl": "tg", "rus": "ru", "eng": "en",
    "tat": "tt", "bak": "ba", "mon": "mn", "ukr": "uk", "bel": "be",
}  # fmt: skip
TATOEBA = {"kaz": "kk", "rus": "ru", "tat": "tt", "ukr": "uk", "bel": "be", "mon": "mn", "uzb": "uz"}
CLDR = {"ky": "ky", "kk": "kk", "uz": "uz-Latn", "uz-Cyrl": "uz-Cyrl", "tg": "tg", "ru": "ru", "en": "en"}
CLDR_FILES = ("territories", "languages", "currencies", "ca-gregorian", "dateFields", "units")
XWMT = {"kk": "kk", "ky": "ky", "uz": "uz-Latn", "ru": "ru", "en": "en", "ba": "ba", "kaa": "kaa"}


@dataclass(frozen=True)
class Item:
    """One sentence: its variety (a class above, or "kaa"), its source set, and a document key (consecutive
    test sentences with one key are cut into pseudo-documents)."""

    variety: str
    source: str
    doc: str
    text: str


def _held_out(key: str, modulo: int) -> bool:
    return zlib.crc32(key.encode()) % modulo == 0


def _lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]


def _ud_sentences(path: Path) -> Iterator[str]:
    for ln in path.read_text(encoding="utf-8").splitlines():
        if ln.startswith("# text = "):
            yield ln[len("# text = ") :].strip()


def _cyrillic_share(text: str) -> float:
    cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    lat = sum(1 for c in text if c.isascii() and c.isalpha())
    return cyr / max(1, cyr + lat)


def _json_strings(node: object) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in ("identity", "symbol", "symbol-alt-narrow", "symbol-alt-variant"):
                yield from _json_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_strings(value)
    elif isinstance(node, str):
        text = re.sub(r"\{\d\}|'", " ", node).strip()
        if sum(c.isalpha() for c in text) >= 3:
            yield text


def _cldr_lines(shared: Path, locale: str) -> list[str]:
    """Names in the locale's own language (countries, languages, currencies, months, units): vocabulary the
    news corpora lack, e.g. Russian "Кыргызстана" beside Kyrgyz "Кыргызстандын"."""
    out: list[str] = []
    for name in CLDR_FILES:
        path = shared / "cldr" / "main" / locale / f"{name}.json"
        if path.exists():
            out.extend(dict.fromkeys(_json_strings(json.loads(path.read_text(encoding="utf-8")))))
    return out


def items(shared: Path) -> tuple[list[Item], list[Item]]:
    """(train, test) sentences of every source, split deterministically."""
    train: list[Item] = []
    test: list[Item] = []
    doc_ids = [ln.split("\t")[0] for ln in _lines(shared / "ntrex128" / "DOCUMENT_IDS.tsv")]
    for code, variety in NTREX.items():
        kind = "src" if code == "eng" else "ref"
        lines = _lines(shared / "ntrex128" / f"newstest2019-{kind}.{code}.txt")
        for doc, text in zip(doc_ids, lines, strict=True):
            if text:
                (test if _held_out(doc, 5) else train).append(Item(variety, "ntrex", f"ntrex:{doc}", text))
    for code, lang in TATOEBA.items():
        for side in (code, "eng"):
            for i, text in enumerate(_lines(shared / "tatoeba-laser" / f"tatoeba.{code}-eng.{side}.txt")):
                if not text:
                    continue
                variety = "en" if side == "eng" else lang
                if variety == "uz":
                    variety = "uz-Cyrl" if _cyrillic_share(text) > 0.5 else "uz-Latn"
                key = f"tatoeba:{code}:{i}"
                doc = f"tatoeba:{code}:{side}:{variety}"
                (test if _held_out(key, 5) else train).append(Item(variety, "tatoeba", doc, text))
    ud = [
        ("ud-ky-ktmu/ky_ktmu-ud-train.conllu", "ky", "train"), ("ud-ky-ktmu/ky_ktmu-ud-test.conllu", "ky", "test"),
        ("ud-ky-tuecl/ky_tuecl-ud-test.conllu", "ky", "half"), ("ud-kk-ktb/kk_ktb-ud-train.conllu", "kk", "train"),
        ("ud-kk-ktb/kk_ktb-ud-test.conllu", "kk", "half"), ("ud-uz-ut/uz_ut-ud-test.conllu", "uz-Latn", "half"),
        ("ud-uz-tuecl/uz_tuecl-ud-test.conllu", "uz-Latn", "half"),
    ]  # fmt: skip
    for rel, variety, how in ud:
        for i, text in enumerate(_ud_sentences(shared / rel)):
            key = f"ud:{rel}:{i}"
            to_test = how == "test" or (how == "half" and _held_out(key, 2))
            (test if to_test else train).append(Item(variety, "ud", f"ud:{rel}", text))
    for locale, variety in CLDR.items():  # training only: names, not sentences
        train.extend(Item(variety, "cldr", f"cldr:{locale}", text) for text in _cldr_lines(shared, locale))
    for code, variety in XWMT.items():
        for i, text in enumerate(_lines(shared / "xwmt" / f"xwmt.{code}.txt")):
            if not text:
                continue
            # Karakalpak has no other source: half of its lines train, the other half stay held out.
            to_train = variety == "kaa" and not _held_out(f"xwmt:kaa:{i}", 2)
            (train if to_train else test).append(Item(variety, "xwmt", f"xwmt:{code}", text))
    # Scripts without a corpus: transliterated by rule (test copies are marked as such in their source name).
    for pool in (train, test):
        extra = []
        for it in pool:
            if it.variety == "kk":
                extra.append(Item("kk-Latn", it.source + "+translit", it.doc + "+L", kk_cyrillic_to_latin(it.text)))
            elif it.variety == "uz-Latn" and it.source != "cldr":  # CLDR has a genuine uz-Cyrl locale
                extra.append(Item("uz-Cyrl", it.source + "+translit", it.doc + "+C", uz_latin_to_cyrillic(it.text)))
        pool.extend(extra)
    return train, test


def build(shared: Path, bits: int, alpha: float) -> tuple[Featurizer, np.ndarray]:
    train, _ = items(shared)
    feat = Featurizer(default_alphabet(), bits)
    by_class: dict[str, list[str]] = defaultdict(list)
    for it in train:
        by_class[it.variety].append(normalize_term(it.text))
    counts = np.zeros((feat.n_rows, len(CLASSES)), dtype=np.float64)
    for ci, cls in enumerate(CLASSES):
        texts = by_class[cls]
        if not texts:
            raise SystemExit(f"no training text for class {cls!r}: expected ../shared/data to be complete")
        for i in range(0, len(texts), 2000):
            rows = feat.encode(texts[i : i + 2000])[0]
            counts[:, ci] += np.bincount(rows, minlength=feat.n_rows)
    logp = np.log(counts + alpha) - np.log(counts.sum(axis=0, keepdims=True) + alpha * feat.n_rows)
    penalty = logp.max(axis=1, keepdims=True) - logp
    weights = np.clip(np.rint(penalty / QUANT), 0, MAX_PENALTY).astype(np.uint8)

    if (CHUNK + 2) * 4 * MAX_PENALTY >= 1 << 16:
        raise SystemExit(f"CHUNK={CHUNK} x MAX_PENALTY={MAX_PENALTY} would overflow the uint16 score lanes")
    return feat, weights


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    ap.add_argument("--bits", type=int, default=18, help="log2 of the number of hashed 2-4-gram buckets")
    ap.add_argument("--alpha", type=float, default=0.1, help="additive smoothing of the n-gram counts")
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    args = ap.parse_args(argv)
    feat, weights = build(args.shared, args.bits, args.alpha)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out,
        format=np.int64(FORMAT),
        alphabet=np.str_(feat.alphabet),
        bits=np.int64(feat.bits),
        classes=np.array(CLASSES),
        weights=weights,
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.2f} MB, {len(CLASSES)} classes, 2^{feat.bits} buckets)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
