"""A small CRF for names the gazetteer does not know (trained on KazNERD; see scripts/train_ner.py).

Features are suffixes, shape, neighbours and a gazetteer hint, the same at training and at run time (this module
is the one place that defines them). The model is loaded once per process.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kabarchi.entities.gazetteer import DATA, records
from kabarchi.errors import ModelError

MODEL = DATA / "ner_kk.crfsuite"
LABELS = ("PERSON", "GPE", "LOCATION", "ORGANISATION")
TOKEN = re.compile(r"\w+(?:[-ʼ]\w+)*|[^\w\s]")


@cache
def gazetteer_words() -> dict[str, str]:
    """Single words of gazetteer forms (lower case, 3+ letters) -> entity type; the first type seen wins."""
    out: dict[str, str] = {}
    for rec in records():
        for f in rec.forms:
            for w in f.text.lower().split():
                if len(w) >= 3 and f.kind != "adj":
                    out.setdefault(w, rec.type)
    return out


def gaz_type(low: str) -> str | None:
    """The gazetteer type of a word or of its stem (the word minus up to six letters of suffix)."""
    gw = gazetteer_words()
    if low in gw:
        return gw[low]
    for n in range(len(low) - 1, max(3, len(low) - 7), -1):
        t = gw.get(low[:n])
        if t:
            return t
    return None


def _shape(w: str) -> str:
    if w.isupper():
        return "UP"
    if w[:1].isupper():
        return "Title"
    if w.isdigit():
        return "D"
    if w.isalpha():
        return "low"
    return "other"


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """Feature strings per token (python-crfsuite's item format)."""
    lows = [t.lower() for t in tokens]
    shapes = [_shape(t) for t in tokens]
    gaz = [gaz_type(lw) if tokens[i][:1].isupper() else None for i, lw in enumerate(lows)]
    feats = []
    n = len(tokens)
    for i, lw in enumerate(lows):
        f = ["b", "w=" + lw, "s2=" + lw[-2:], "s3=" + lw[-3:], "s4=" + lw[-4:], "s5=" + lw[-5:], "p3=" + lw[:3], "p4=" + lw[:4], "sh=" + shapes[i],
             "g=" + (gaz[i] or "-")]
        if "-" in lw:
            f.append("hyph")
        if i == 0:
            f.append("BOS")
        else:
            f += ["-1w=" + lows[i - 1], "-1sh=" + shapes[i - 1], "-1g=" + (gaz[i - 1] or "-"), "-1s3=" + lows[i - 1][-3:]]
        if i > 1:
            f += ["-2sh=" + shapes[i - 2], "-2w=" + lows[i - 2]]
        if i == n - 1:
            f.append("EOS")
        else:
            f += ["+1w=" + lows[i + 1], "+1sh=" + shapes[i + 1], "+1g=" + (gaz[i + 1] or "-"), "+1s3=" + lows[i + 1][-3:]]
        if i < n - 2:
            f += ["+2sh=" + shapes[i + 2], "+2w=" + lows[i + 2]]
        feats.append(f)
    return feats


@cache
def tagger():
    """The shipped CRF model (python-crfsuite), opened once."""
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - installed with kabarchi
        raise ModelError("python-crfsuite is not installed", fix="Install kabarchi's dependencies.") from exc
    if not Path(MODEL).exists():
        raise ModelError(f"the NER model {MODEL} is missing", fix="Run scripts/train_ner.py to rebuild it.")
    t = pycrfsuite.Tagger()
    try:
        t.open(str(MODEL))
    except Exception as exc:
        raise ModelError(f"the NER model {MODEL} cannot be read: {exc}", fix="Run scripts/train_ner.py.") from exc
    return t


def tag(tokens: list[str]) -> list[str]:
    return tagger().tag(sentence_features(tokens)) if tokens else []


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """IOB2 tags -> (first token, last token + 1, label)."""
    out, start, label = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                out.append((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return out
