"""What a sentence means depends on the sentences before it: which pair of states the article is about, which pair
"the two countries" points back to, which period a figure continues, who is speaking in a quotation.

Facts and events share this reading of the document; it is computed once per document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
import dataclasses
from dataclasses import dataclass, field
from typing import Any

from kabarchi.document import Document
from kabarchi.pipeline import stage

# A quotation that ends with an attribution: «...», — деди Касымалиев. / "...", said the minister.
_ATTRIBUTION = re.compile(
    r"[»\"”“']\s*[,.]?\s*[-—–]?\s*(?:деди|деп|деген|dedi|деді|деп айтты|деп атап өтті|деп мәлімдеді|деп хабарлады|"
    r"таъкидлади|деди у|dedi u|гуфт|изҳор дошт|заявил|сказал|отметил|подчеркнул|said|told|added|noted)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    index: int
    start: int
    end: int
    paragraph: int
    countries: tuple[str, ...]  # in order of mention, without repeats
    entities: tuple[Any, ...]
    quantities: tuple[Any, ...]
    speaker: Any | None  # a PERSON entity, when the sentence is inside an attributed quotation


@dataclass
class Discourse:
    doc: Document
    sentences: list[SentenceInfo] = field(default_factory=list)
    main_pair: tuple[str, str] | None = None
    home: str | None = None  # the state the article is most about (its outlet's, usually)


def _country_of(entity: Any) -> str | None:
    if getattr(entity, "type", None) == "COUNTRY":
        return getattr(entity, "id", None)
    return None


def read(doc: Document) -> Discourse:
    """Bucket entities and quantities into sentences, find the article's main pair and the speakers of quotations."""
    sents = doc.sentences
    ents = sorted(doc.entities, key=lambda e: e.start)
    quants = sorted(doc.quantities, key=lambda q: q.start)
    e_starts = [e.start for e in ents]
    q_starts = [q.start for q in quants]
    infos: list[SentenceInfo] = []
    for i, s in enumerate(sents):
        es = tuple(ents[bisect_left(e_starts, s.start) : bisect_right(e_starts, s.end - 1)])
        qs = tuple(quants[bisect_left(q_starts, s.start) : bisect_right(q_starts, s.end - 1)])
        countries: list[str] = []
        for e in es:
            c = _country_of(e)
            if c and c not in countries:
                countries.append(c)
        infos.append(SentenceInfo(i, s.start, s.end, s.paragraph, tuple(countries), es, qs, None))
    infos = _with_speakers(doc, infos)
    weight = _weights(infos)
    top = [c for c, _ in weight.most_common(2)]
    main_pair = tuple(sorted(top)) if len(top) == 2 else None
    return Discourse(doc, infos, main_pair, top[0] if top else None)  # type: ignore[arg-type]


def _weights(infos: list[SentenceInfo]) -> Counter[str]:
    """How much the article is about each state: mentions counted, the title and first paragraphs weighing more."""
    weight: Counter[str] = Counter()
    for info in infos:
        w = 3 if info.paragraph == 0 else (2 if info.paragraph <= 2 else 1)
        for e in info.entities:
            c = _country_of(e)
            if c:
                weight[c] += w
            elif getattr(e, "type", None) == "PERSON" and getattr(e, "country", None):
                weight[e.country] += w
    return weight


def _with_speakers(doc: Document, infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """Sentences of a paragraph that is a quotation closed by "— деди X" / "said X" get X as speaker."""
    by_par: dict[int, list[SentenceInfo]] = {}
    for info in infos:
        by_par.setdefault(info.paragraph, []).append(info)
    out = list(infos)
    for members in by_par.values():
        last = members[-1]
        text = doc.text[last.start : last.end]
        m = _ATTRIBUTION.search(text)
        if not m:
            continue
        after = last.start + m.start()
        persons = [e for e in last.entities if getattr(e, "type", None) == "PERSON" and e.start >= after]
        if not persons:
            continue
        speaker = persons[0]
        opening = doc.text[members[0].start : members[0].start + 2]
        quoted = [x for x in members if x is last] if not re.match(r"[«\"“„']", opening) else members
        for x in quoted:
            out[x.index] = SentenceInfo(
                x.index, x.start, x.end, x.paragraph, x.countries, x.entities, x.quantities, speaker
            )
    return out


@stage("discourse", needs=["sentences", "entities", "quantities"], gives=["discourse"])
def discourse_stage(doc: Document) -> Document:
    """Read once what facts and events both lean on."""
    return dataclasses.replace(doc, discourse=read(doc))


def of(doc: Document) -> Discourse:
    """The document's discourse: the one the stage read, or read now (for callers outside the pipeline)."""
    return doc.discourse if doc.discourse is not None else read(doc)
