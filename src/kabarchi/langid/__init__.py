"""Language identification: ky, kk, uz, tg, ru, en (else ``und``), with the script, per text and per paragraph.

One character n-gram model (kabarchi.langid.model) scores all paragraphs of a document in a single numpy pass.
Tatar, Bashkir, Mongolian, Ukrainian and Belarusian are classes of their own in the model, so that they are not
swallowed by Kazakh, Kyrgyz or Russian; they are reported as ``und``. Paragraphs with too few letters to judge
(dates, "2024, №4/1", a name) take the language of their neighbours.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from kabarchi import config
from kabarchi.config import (
    LANGID_CONFIDENCE_SCALE,
    LANGID_DOC_PRIOR,
    LANGID_IDENTIFY_MAX_CHARS,
    LANGID_MAX_CHARS,
    LANGID_MIN_LETTERS,
)
from kabarchi.document import Document
from kabarchi.errors import PipelineError
from kabarchi.langid.model import dominant_script, load_model
from kabarchi.pipeline import stage
from kabarchi.spans import Segment
from kabarchi.text.normalize import normalize_term


__all__ = ["LangGuess", "identify", "identify_many", "langid_stage"]

_CLASS_LABEL = {
    "kk-Latn": ("kk", "Latn"),
    "uz-Latn": ("uz", "Latn"),
    "uz-Cyrl": ("uz", "Cyrl"),
    "tt": ("und", "Cyrl"),
    "ba": ("und", "Cyrl"),
    "mn": ("und", "Cyrl"),
    "uk": ("und", "Cyrl"),
    "be": ("und", "Cyrl"),
    "kaa": ("und", "Cyrl"),
}


@dataclass(frozen=True, slots=True)
class LangGuess:
    """A language (ISO 639-1 or "und"), its script (ISO 15924, None without letters) and a confidence in [0, 1]."""

    lang: str
    script: str | None
    confidence: float

    def to_dict(self) -> dict[str, object]:
        return {"lang": self.lang, "script": self.script, "confidence": self.confidence}



_NONE = LangGuess("und", None, 0.0)  # no letters: nothing to judge


@functools.cache
def _class_info() -> tuple[np.ndarray, np.ndarray, np.ndarray, list[tuple[str, str]]]:
    """Score offsets that rule out the classes of the other script (Latin text, Cyrillic text), each class's
    language id, and each class's (lang, script)."""
    classes = load_model().classes
    latin = np.array([c in ("en", "kk-Latn", "uz-Latn") for c in classes])
    labels = [_CLASS_LABEL.get(c, (c, "Latn" if c == "en" else "Cyrl")) for c in classes]
    langs = sorted({lang for lang, _ in labels})
    lang_ids = np.array([langs.index(lang) for lang, _ in labels])
    return np.where(latin, 0.0, -np.inf), np.where(latin, -np.inf, 0.0), lang_ids, labels


def _masked(scores: np.ndarray, letters: np.ndarray) -> np.ndarray:
    """Scores with the classes of the script the text is not written in set to -inf."""
    only_latin, only_cyrillic, _, _ = _class_info()
    return scores + np.where(_is_latin(letters)[:, None], only_latin, only_cyrillic)


def _is_latin(letters: np.ndarray) -> np.ndarray:
    """Latin-script text: Latin letters outnumber Cyrillic ones config.LANGID_LATIN_RATIO to 1. Cyrillic news quotes Latin
    names ("Ойыншылар Konami e-football Pro Evolution Soccer ... бейне ойын"), rarely the other way round."""
    return letters[:, 1] > config.LANGID_LATIN_RATIO * letters[:, 2]


def _labels(
    texts: list[str], masked: np.ndarray, letters: np.ndarray
) -> tuple[list[tuple[str, str] | None], list[int]]:
    """(lang, script) per text, None where it has fewer than LANGID_MIN_LETTERS letters; and the letter counts."""
    labels = _class_info()[3]
    best = masked.argmax(axis=1).tolist()
    out: list[tuple[str, str] | None] = []
    counts: list[int] = []
    for i, (n, lat, cyr, alien) in enumerate(letters.tolist()):
        counts.append(n)
        if n < LANGID_MIN_LETTERS:
            out.append(None)
        elif n - lat - cyr > max(lat, cyr):
            out.append(("und", dominant_script(texts[i])))
        elif alien >= 2 and alien * 50 >= n:  # >= 2% letters no alphabet of ours has: another language
            out.append(("und", "Latn" if lat > config.LANGID_LATIN_RATIO * cyr else "Cyrl"))
        else:
            out.append(labels[best[i]])
    return out, counts


def identify_many(texts: list[str]) -> list[LangGuess]:
    """``identify`` for many texts in one vectorised pass."""
    if not texts:
        return []
    norm = [normalize_term(t[:LANGID_IDENTIFY_MAX_CHARS]) for t in texts]
    scores, letters = load_model().score(norm)
    masked = _masked(scores, letters)
    labels, _ = _labels(norm, masked, letters)
    # Confidence: a logistic of the margin (nats) between the best class and the best class of another language.
    _, _, lang_ids, class_labels = _class_info()
    best = masked.argmax(axis=1)
    rival = np.where(lang_ids[None, :] != lang_ids[best][:, None], masked, -np.inf).max(axis=1)
    margin = np.clip(masked[np.arange(len(best)), best] - rival, 0.0, 60.0)
    conf = np.round(1.0 / (1.0 + np.exp(-margin / LANGID_CONFIDENCE_SCALE)), 3).tolist()
    out = []
    for label, b, c in zip(labels, best.tolist(), conf, strict=True):
        if label is None:
            out.append(_NONE)
        else:  # a letter rule (another script, alien letters) overrode the model: the letters are the evidence
            out.append(LangGuess(label[0], label[1], c if label == class_labels[b] else 1.0))
    return out


def identify(text: str) -> LangGuess:
    """The language and script of ``text`` (normalised here; any length, the first few KB decide)."""
    return identify_many([text])[0]


@stage("langid", needs=["view", "paragraphs"], gives=["lang", "script", "segments"])
def langid_stage(doc: Document) -> Document:
    """Language per paragraph, runs of one language as ``segments``, the document's language by letter count."""
    view = doc.view
    if view is None:
        raise PipelineError(["stage 'langid' got a document without a view (run the normalize stage first)"])
    if not doc.paragraphs:
        return doc.replace(lang="und", script=None, segments=())
    vtext = view.text
    to_view = view.to_view
    shift = view.shift  # paragraphs start after any deleted prefix, so their view offsets are a subtraction away
    samples: list[str] = []
    scale: list[float] = []
    for p in doc.paragraphs:
        vs, ve = (p.start - shift, p.end - shift) if shift is not None else (to_view(p.start), to_view(p.end))
        sample = vtext[vs : min(ve, vs + LANGID_MAX_CHARS)]
        samples.append(sample)
        scale.append((ve - vs) / len(sample) if sample else 0.0)
    scores, letters = load_model().score(samples)
    masked = _masked(scores, letters)
    judged, counts = _labels(samples, masked, letters)
    # The document's language: the one with most letters (counted in the samples, scaled to whole paragraphs).
    weight: dict[tuple[str, str], float] = {}
    for label, n, f in zip(judged, counts, scale, strict=True):
        if label is not None:
            weight[label] = weight.get(label, 0.0) + n * f
    if not weight:
        doc_label = ("und", "Zyyy")
    else:
        doc_label = max(weight.items(), key=lambda kv: kv[1])[0]
        # A paragraph whose own best class is close to one of the document's language takes the latter.
        labels = _class_info()[3]
        favoured = [j for j, lab in enumerate(labels) if lab == doc_label]
        if favoured and len(weight) > 1:
            near = (masked[:, favoured].max(axis=1) + LANGID_DOC_PRIOR >= masked.max(axis=1)).tolist()
            judged = [
                doc_label if (lab is not None and lab != doc_label and lab[1] == doc_label[1] and near[i]) else lab
                for i, lab in enumerate(judged)
            ]
    # Paragraphs too short to judge inherit from their judged neighbours; between two runs of different languages
    # (a page number between an abstract and the body) the document's language wins, else the previous one.
    following: list[tuple[str, str] | None] = [None] * len(judged)
    nxt: tuple[str, str] | None = None
    for i in range(len(judged) - 1, -1, -1):
        following[i] = nxt
        if judged[i] is not None:
            nxt = judged[i]
    runs: list[list] = []  # [start, end, label]: a Segment is made once per run, not once per paragraph
    prev: tuple[str, str] | None = None
    for i, p in enumerate(doc.paragraphs):
        label = judged[i]
        if label is None:
            nxt = following[i]
            if prev is not None and nxt is not None and prev != nxt:
                label = doc_label if doc_label in (prev, nxt) else prev
            else:
                label = prev or nxt or doc_label
        prev = label
        if runs and runs[-1][2] == label:
            runs[-1][1] = p.end
        else:
            runs.append([p.start, p.end, label])
    segments = tuple(Segment(s, e, label[0], label[1]) for s, e, label in runs)
    script = doc_label[1] if doc_label[1] != "Zyyy" else None
    return doc.replace(lang=doc_label[0], script=script, segments=segments)
