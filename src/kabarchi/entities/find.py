"""Entities of a document: gazetteer matching first, then a statistical tagger for names it does not know."""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from kabarchi import config
from kabarchi.document import Document
from kabarchi.entities import crf
from kabarchi.entities.entity import Entity
from kabarchi.entities.match import gazetteer_candidates, resolve
from kabarchi.pipeline import stage
from kabarchi.text.view import TextView

_TOKEN = re.compile(r"\w+(?:[-ʼ]\w+)*|[^\w\s]")
_SENT_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_LATIN = re.compile("[a-zA-Z]")
_CRF_TYPES = {"PERSON": "PERSON", "ORGANISATION": "ORG", "LOCATION": "PLACE", "GPE": "PLACE"}
_NATASHA_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}


def _sentences(view: TextView, sentences: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    if sentences:
        return sentences
    out, s = [], 0
    for m in _SENT_END.finditer(view.text):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, len(view.text)))
    return tuple(x for x in out if x[1] > x[0])


_CAP_WORD = re.compile(r"(?<!\w)[A-ZА-ЯЁӘІҢҒҮҰҚӨҺЎҲҶӢӮ]\w*")


def _candidate_sentences(view: TextView, sents, covered: bytearray) -> list[tuple[int, int]]:
    """Sentences holding a capitalised word outside gazetteer hits (a first word only when the next is capitalised
    too): the only ones worth tagging. One regex pass over the text, no tokenising."""
    text = view.text
    caps = [m for m in _CAP_WORD.finditer(text) if not covered[m.start()]]
    if not caps:
        return []
    out = []
    k = 0
    for s, e in sents:
        while k < len(caps) and caps[k].start() < s:
            k += 1
        j = k
        first = len(text[s:e]) - len(text[s:e].lstrip(" \t\n«\"'(-—"))
        while j < len(caps) and caps[j].start() < e:
            m = caps[j]
            if m.start() != s + first or _CAP_WORD.match(text, m.end() + 1):
                out.append((s, e))
                break
            j += 1
    return out


def _statistical(view: TextView, lang: str, sents, covered: bytearray) -> list[Entity]:
    """CRF (kk, ky, uz in Cyrillic) or natasha (ru) on windows around capitalised words the gazetteer missed."""
    use_crf = lang in config.ENTITIES_CRF_LANGS
    use_nat = lang == "ru" and config.ENTITIES_NATASHA
    if not (use_crf or use_nat):
        return []
    text = view.text
    out: list[Entity] = []
    for s, e in _candidate_sentences(view, sents, covered):
        chunk = text[s:e]
        if use_nat:
            out += _natasha(view, s, chunk, covered)
            continue
        if _LATIN.search(chunk):
            continue  # the CRF was trained on Cyrillic Kazakh only
        toks = list(_TOKEN.finditer(chunk))
        cand = [i for i, m in enumerate(toks) if m.group()[:1].isupper() and m.group()[:1].isalpha()
                and not covered[s + m.start()] and (i > 0 or (len(toks) > 1 and toks[1].group()[:1].isupper()))]
        # windows of context around each run of candidates
        w = config.ENTITIES_CRF_WINDOW
        windows: list[list[int]] = []
        for i in cand:
            lo, hi = max(0, i - w), min(len(toks), i + w + 1)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        cset = set(cand)
        for lo, hi in windows:
            words = [m.group() for m in toks[lo:hi]]
            for a, b, label in crf.spans_from_tags(crf.tag(words)):
                if label not in _CRF_TYPES or not any(lo + k in cset for k in range(a, b)):
                    continue
                vs, ve = s + toks[lo + a].start(), s + toks[lo + b - 1].end()
                if any(covered[vs:ve]):
                    continue
                sp = view.span(vs, ve)
                out.append(Entity(sp.start, sp.end, sp.text, _CRF_TYPES[label], None, None, None, None, "crf"))
    return out


@cache
def _natasha_models():
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def _natasha(view: TextView, s: int, chunk: str, covered: bytearray) -> list[Entity]:
    from natasha import Doc

    seg, ner = _natasha_models()
    d = Doc(chunk)
    d.segment(seg)
    d.tag_ner(ner)
    out = []
    for sp in d.spans:
        vs, ve = s + sp.start, s + sp.stop
        if sp.type in _NATASHA_TYPES and not any(covered[vs:ve]) and view.text[vs:vs + 1].isupper():
            o = view.span(vs, ve)
            out.append(Entity(o.start, o.end, o.text, _NATASHA_TYPES[sp.type], None, None, None, None, "natasha"))
    return out


def find_entities(view: TextView, lang: str, sentences=(), segments=(), statistical: bool = True) -> list[Entity]:
    """Every mention in the view, sorted by position, with ORIGINAL offsets.

    ``sentences`` and ``segments`` (view offsets: (start, end) and (start, end, lang)) are optional; without them
    the text is split at sentence punctuation and ``lang`` holds everywhere.
    """
    cands = gazetteer_candidates(view, lang, tuple(segments))
    ents = resolve(view, cands)
    if statistical:
        covered = bytearray(len(view.text) + 1)
        for c in cands:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        ents += _statistical(view, lang, _sentences(view, tuple(sentences)), covered)
    ents.sort(key=lambda x: (x.start, x.end))
    return ents


def countries_of(entities: list[Entity]) -> tuple[str, ...]:
    """States named: COUNTRY mentions (names, demonyms, capitals standing for them); never organisations."""
    return tuple(sorted({e.id for e in entities if e.type == "COUNTRY" and e.id}))


@stage("entities", needs=["view", "sentences", "lang"], gives=["entities", "countries"])
def entities_stage(doc: Document) -> Document:
    view = doc.view
    if view is None:
        return doc
    sents = tuple((view.to_view(s.start), view.to_view(s.end)) for s in doc.sentences)
    segs = tuple((view.to_view(g.start), view.to_view(g.end), g.lang) for g in doc.segments)
    ents = find_entities(view, doc.lang, sents, segs)
    return dataclasses.replace(doc, entities=tuple(ents), countries=countries_of(ents))
