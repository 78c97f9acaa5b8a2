"""Entities of a document: gazetteer matching first, then a statistical tagger for names it does not know."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from operator import attrgetter

from kabarchi import config
from kabarchi.document import Document
from kabarchi.entities import crf
from kabarchi.entities.entity import Entity
from kabarchi.entities.match import gazetteer_candidates, resolve
from kabarchi.pipeline import stage
from kabarchi.text.view import TextView

_TOKEN = re.compile(r"\w+(?:[-ʼ]\w+)*|[^\w\s]")
_CRF_TYPES = {"PERSON": "PERSON", "ORGANISATION": "ORG", "LOCATION": "PLACE", "GPE": "PLACE"}
_NATASHA_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
# a capitalised Cyrillic word (the CRF knows Cyrillic names only), not the tail of a hyphenated word
_CAP_WORD = re.compile(r"[А-ЯЁӘІҢҒҮҰҚӨҺЎҲҶӢӮ](?<![\w\-ʼ].)\w*")  # class first: the scanner skips fast
_LEAD = " \t«\"'(-—“„"
_ENDS = frozenset(".!?…\n")
_REACH = 48  # characters either side of a candidate that its window of tokens may take
_position = attrgetter("start", "end")


def _initial(text: str, p: int, lo: int) -> bool:
    """Whether the word at ``p`` opens its sentence (``lo``: the sentence start when known, else -1)."""
    if lo >= 0:
        return not text[lo:p].strip(_LEAD)
    q = p - 1
    while q >= 0 and text[q] in _LEAD:
        q -= 1
    if q > 0 and text[q] == "." and text[q - 1].isupper() and (q < 2 or not text[q - 2].isalnum()):
        return False  # after an initial ("Т. Ермеков")
    return q < 0 or text[q] in _ENDS


def _candidates(text: str, covered: bytearray, starts: list[int]) -> list[int]:
    """Starts of capitalised words outside gazetteer hits; a sentence's first word only when the next word is
    capitalised too and the word is not one written in lower case inside sentences (else its capital says
    nothing); never a word that KazNERD never has inside a name (``crf.plain_words``). One regex pass, no
    tokenising."""
    lower, never = crf.plain_words()
    out = []
    for m in _CAP_WORD.finditer(text):
        p, e = m.start(), m.end()
        if covered[p] or e - p == 1:  # initials: the surname after them is a candidate of its own
            continue
        g = m.group()
        low = g.lower()
        if low in never:
            continue
        nxt = _CAP_WORD.match(text, e + 1)
        if g.isupper() and (e - p > 5 or (nxt and nxt.group().isupper() and nxt.end() - nxt.start() > 3)):
            continue  # a headline in capitals (abbreviations are shorter)
        if (not nxt or low in lower) and _initial(text, p, lo=starts[bisect_right(starts, p) - 1] if starts else -1):
            continue
        out.append(p)
    return out


def _window(text: str, p: int, w: int, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Tokens around the candidate at ``p``: ``w`` before and after (more after, up to an organisation cue word four
    tokens on), never across a sentence end or outside [lo, hi)."""
    ms = list(_TOKEN.finditer(text, max(lo, p - _REACH), p))
    if p - _REACH > lo and ms:
        del ms[0]  # may be a cut word
    left = [(m.start(), m.end(), m.group()) for m in ms[-w:]] if w else []  # never more than ``w`` are kept
    k = len(left)
    while k > 0 and len(left) - k < w:
        t = left[k - 1]
        if t[2] in _ENDS or "\n" in text[t[1] : p]:
            break
        k -= 1
    right: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text, p, min(hi, p + _REACH)):
        if right and "\n" in text[right[-1][1] : m.start()]:
            break
        right.append((m.start(), m.end(), m.group()))
        if m.group() in _ENDS or len(right) > 4:
            break
    n = min(len(right), w + 1)
    for j in range(n, len(right)):
        if crf._word(right[j][2])[2]:
            n = j + 1
            break
    return left[k:] + right[:n]


def crf_mentions(view: TextView, cands, covered: bytearray, sentences=()) -> list[tuple[int, int, str]]:
    """(view start, view end, KazNERD label) of names the CRF finds around capitalised words the gazetteer missed.

    Each candidate gets a window of ``config.ENTITIES_CRF_WINDOW`` tokens each side (stretched right to an
    organisation cue word up to four tokens on), inside its sentence; overlapping windows merge and all of them go
    to the tagger as one sequence (features are computed per window, so a window sees no other's words). The
    gazetteer's hits (``cands``) enter the windows as features, as in training.
    """
    text = view.text
    starts = sorted(s for s, _ in sentences) if sentences else []
    caps = _candidates(text, covered, starts)
    # a state or place the gazetteer knows, followed by an organisation's head word, may open an organisation's
    # name ("Астана қаласы әкімдігі", "Қазақстан Республикасы Ұлттық банкі"): tag around it too
    low = view.lower
    word = crf._word
    for c in cands:
        if c.kind != "adj" and c.rec.type in ("PLACE", "COUNTRY") and text[c.start] >= "\u0400":
            for t in low[c.end : c.end + 60].split(None, 3)[:3]:
                if word(t)[2]:
                    caps.append(c.start)
                    break
    if not caps:
        return []
    caps.sort()
    w = config.ENTITIES_CRF_WINDOW
    windows: list[list[tuple[int, int, str]]] = []
    for p in caps:
        if starts:
            k = bisect_right(starts, p) - 1
            lo = starts[k] if k >= 0 else 0
            hi = starts[k + 1] if k + 1 < len(starts) else len(text)
        else:
            lo, hi = 0, len(text)
        win = _window(text, p, w, lo, hi)
        if windows and win[0][0] < windows[-1][-1][1]:
            last = windows[-1]
            windows[-1] = last + [t for t in win if t[0] >= last[-1][1]]
        else:
            windows.append(win)
    gstarts = [c.start for c in cands]
    cset = set(caps)
    feats: list[list[str]] = []
    for win in windows:
        a = bisect_right(gstarts, win[0][0] - 200)
        b = bisect_right(gstarts, win[-1][1])
        gz = (crf.tags_from_spans([t[0] for t in win], [t[1] - t[0] for t in win],
                                  [(c.start, c.end, c.rec.type, c.kind) for c in cands[a:b]]) if b > a else [""] * len(win))
        feats += crf.sentence_features([t[2] for t in win], gz, prune=True)
    tags = crf.tagger().tag(feats)
    out: list[tuple[int, int, str]] = []
    k = 0
    for win in windows:
        part_tags = tags[k : k + len(win)]
        k += len(win)
        if part_tags.count("O") == len(part_tags):
            continue  # most windows: no name
        for x, y, label in crf.spans_from_tags(part_tags):
            if label not in _CRF_TYPES or not any(win[i][0] in cset for i in range(x, y)):
                continue
            vs, ve = win[x][0], win[y - 1][1]
            if covered.find(1, vs, ve) != -1 and not (label == "ORGANISATION" and _contains(cands, gstarts, vs, ve)):
                continue  # the gazetteer knows better, unless the CRF found an organisation around its hits
            out.append((vs, ve, label))
    return out


def _contains(cands, gstarts: list[int], vs: int, ve: int) -> bool:
    """Whether every gazetteer hit overlapping [vs, ve) lies inside it, and the span is longer than each."""
    k = bisect_right(gstarts, vs - 200)
    for c in cands[k:]:
        if c.start >= ve:
            break
        if c.end > vs and (c.start < vs or c.end > ve or (c.start, c.end) == (vs, ve)):
            return False
    return True


def _statistical(view: TextView, lang: str, sents, cands, covered: bytearray) -> list[Entity]:
    """CRF (kk, ky, uz in Cyrillic) or natasha (ru) on windows around capitalised words the gazetteer missed."""
    use_crf = lang in config.ENTITIES_CRF_LANGS
    use_nat = lang == "ru" and config.ENTITIES_NATASHA
    if use_nat:
        if not _candidates(view.text, covered, sorted(s for s, _ in sents)):
            return []
        return _natasha(view, 0, view.text, covered)
    if not use_crf:
        return []
    crf.model_attributes()  # loaded on the first document of a CRF language, even one with no candidate: the
    # extract command's warm-up document then loads it in the parent, which its forked workers share
    out = []
    for vs, ve, label in crf_mentions(view, cands, covered, sents):
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
    sentence ends are read from the punctuation next to each CRF candidate and ``lang`` holds everywhere.
    """
    cands = gazetteer_candidates(view, lang, tuple(segments))
    ents = resolve(view, cands)
    if statistical:
        covered = bytearray(len(view.text) + 1)
        for c in cands:
            covered[c.start : c.end] = b"\x01" * (c.end - c.start)
        ents += _statistical(view, lang, tuple(sentences), cands, covered)
    ents.sort(key=_position)
    return ents


def countries_of(entities: list[Entity]) -> tuple[str, ...]:
    """States named: COUNTRY mentions (names, demonyms, capitals standing for them); never organisations."""
    return tuple(sorted({e.id for e in entities if e.type == "COUNTRY" and e.id}))


@stage("entities", needs=["view", "sentences", "lang"], gives=["entities", "countries"])
def entities_stage(doc: Document) -> Document:
    view = doc.view
    if view is None:
        return doc
    to_view = view.view_mapper()
    lang = doc.lang
    # sentence bounds serve the statistical taggers only; segments in the document's language change nothing
    sents = (tuple((to_view(s.start), to_view(s.end)) for s in doc.sentences)
             if lang in config.ENTITIES_CRF_LANGS or (lang == "ru" and config.ENTITIES_NATASHA) else ())
    segs = tuple((to_view(g.start), to_view(g.end), g.lang) for g in doc.segments if g.lang != lang)
    ents = find_entities(view, lang, sents, segs)
    return doc.replace(entities=tuple(ents), countries=countries_of(ents))
