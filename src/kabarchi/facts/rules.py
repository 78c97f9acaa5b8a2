"""Attach each figure of a sentence to a fact type, a pair or direction, and a period.

The figure's kind decides what it can be (money: turnover, target or export; percent: growth or export share;
multiplier: growth; persons: tourists); the trigger words nearest to it decide which; the states come from the
clause, from "the two countries" pointing back, or from the article's main pair, in that order of trust.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from kabarchi import config
from kabarchi.discourse import Discourse, SentenceInfo, read
from kabarchi.document import Document
from kabarchi.errors import LexiconError
from kabarchi.facts.model import Fact, Speaker
from kabarchi.pipeline import stage
from kabarchi.spans import Span
from kabarchi.triggers import Hit, TriggerLexicon, load

KINDS = frozenset(
    {"turnover", "export", "import", "target_verb", "target_noun", "growth_verb", "tourist", "pair_anaphora",
     "mutual", "figure_anaphora", "world", "comparison"}
)
VERB_FINAL = frozenset({"ky", "kk", "uz", "tg"})  # the verb follows the figure ("500 млн долларга жеткирүү")
COMPARISON_AFTER = frozenset({"ky", "kk", "uz"})  # "2024-жылга салыштырмалуу": the comparison word follows the base


def lexicon() -> TriggerLexicon:
    return load("facts/triggers.tsv", KINDS)


@cache
def case_marks() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(lang, role) -> [(kind, form)] from data/facts/case_marks.tsv."""
    path = "kabarchi/data/facts/case_marks.tsv"
    text = resources.files("kabarchi").joinpath("data", "facts", "case_marks.tsv").read_text(encoding="utf-8")
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            raise LexiconError(path, n, "4 tab-separated columns (lang, role, kind, forms)", line)
        lang, role, kind, forms = cols
        if role not in {"to", "from", "of"} or kind not in {"suffix", "before"}:
            raise LexiconError(path, n, "role to/from/of and kind suffix/before", f"{role} {kind}")
        out.setdefault((lang, role), []).extend((kind, f) for f in forms.split())
    return out


# --- small readers of the sentence ---------------------------------------------------------------------------


def _hits_in(hits: list[Hit], starts: list[int], s: SentenceInfo) -> list[Hit]:
    i = bisect_left(starts, s.start)
    out = []
    while i < len(hits) and hits[i].start < s.end:
        out.append(hits[i])
        i += 1
    return out


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between two ranges (0 when they touch or overlap)."""
    return max(0, b_start - a_end, a_start - b_end)


def _nearest(hits: Iterable[Hit], kinds: set[str] | frozenset[str], q: Any, window: int) -> Hit | None:
    best, best_gap = None, window + 1
    for h in hits:
        if h.kind in kinds:
            g = _gap(q.start, q.end, h.start, h.end)
            if g < best_gap:
                best, best_gap = h, g
    return best


def _role(text: str, entity: Any, lang: str) -> str | None:
    """to / from / of, read off the mention's suffix or the word before it."""
    surface = entity.text.lower()
    before = text[max(0, entity.start - 12) : entity.start].lower().split()
    prev = before[-1] if before else ""
    marks = case_marks()
    for role in ("to", "from", "of"):
        for kind, form in marks.get((lang, role), ()):
            if kind == "suffix" and surface.endswith(form) and len(surface) > len(form) + 2:
                return role
            if kind == "before" and prev == form:
                return role
    return None


def _countries_near(s: SentenceInfo, q: Any, window: int) -> list[Any]:
    """Country mentions of the sentence, nearest to the figure first."""
    ents = [e for e in s.entities if getattr(e, "type", None) == "COUNTRY" and getattr(e, "id", None)]
    ents.sort(key=lambda e: _gap(q.start, q.end, e.start, e.end))
    return [e for e in ents if _gap(q.start, q.end, e.start, e.end) <= window] or ents


# --- attachment -----------------------------------------------------------------------------------------------


class _Reader:
    """Walks the sentences of one document, carrying the pair, the period and the last fact's kind."""

    def __init__(self, doc: Document, disc: Discourse) -> None:
        self.doc, self.disc = doc, disc
        self.lex = lexicon()
        self.hits = self.lex.find_all(doc.view) if doc.view is not None else []
        self.hit_starts = [h.start for h in self.hits]
        self.prev_pair: tuple[str, str] | None = None
        self.prev_period: tuple[str, str] | None = None
        self.prev_paragraph = -1
        self.last_kind: str | None = None  # "turnover", "export", "tourist": what a growth figure follows
        self.facts: list[Fact] = []

    def pair(self, s: SentenceInfo, hits: list[Hit], q: Any) -> tuple[tuple[str, str] | None, float]:
        """The two states of a two-way figure and how sure we are of them."""
        near = [e.id for e in _countries_near(s, q, config.FACT_WINDOW_CHARS)]
        uniq = list(dict.fromkeys(near))
        if len(uniq) >= 2:
            return tuple(sorted(uniq[:2])), 0.0  # type: ignore[return-value]
        anaphora = any(h.kind in ("pair_anaphora", "mutual") for h in hits)
        carried = self.prev_pair or self.disc.main_pair
        if len(uniq) == 1:
            c = uniq[0]
            for cand in (self.prev_pair, self.disc.main_pair):
                if cand and c in cand:
                    return cand, config.FACT_PENALTY_ONE_STATE
            return None, 0.0
        if carried and (anaphora or not any(h.kind == "world" for h in hits)):
            return carried, config.FACT_PENALTY_ANAPHORA if anaphora else config.FACT_PENALTY_MAIN_PAIR
        return None, 0.0

    def direction(self, s: SentenceInfo, q: Any, pair: tuple[str, str] | None, importing: bool) -> tuple[str, str] | None:
        """(from, to) of an export; an import is the other side's export."""
        lang = self.doc.lang
        ents = _countries_near(s, q, config.FACT_WINDOW_CHARS)
        roles = {e.id: _role(self.doc.text, e, lang) for e in ents}
        states = list(dict.fromkeys(e.id for e in ents))
        if pair is not None:
            states = list(dict.fromkeys(states + list(pair)))
        if len(states) < 2:
            return None
        dest = next((c for c in states if roles.get(c) == "to"), None)
        origin = next((c for c in states if roles.get(c) in ("from", "of")), None)
        if importing:  # "Тажикстандан импорт": the origin is marked "from"; the importer is the other state
            origin = next((c for c in states if roles.get(c) == "from"), None)
            dest = next((c for c in states if roles.get(c) in ("to", "of") and c != origin), None)
            if origin is None and dest is None:
                # "27% импорт" after "73% кыргыз экспорту": the same state's imports
                last = next((f for f in reversed(self.facts) if f.type in ("export_share", "export_value")), None)
                if last:
                    return last.countries[1], last.countries[0]
                return None
        if dest and not origin:
            origin = next((c for c in states if c != dest), None)
        if origin and not dest:
            dest = next((c for c in states if c != origin), None)
        if not origin and not dest:
            origin, dest = states[0], states[1]  # the nearer state is the exporter ("кыргыз экспорту")
            if importing:
                origin, dest = dest, origin
        return (origin, dest) if origin and dest and origin != dest else None

    def period(self, s: SentenceInfo, q: Any, hits: list[Hit]) -> tuple[tuple[str, str] | None, bool]:
        """The period a figure covers: the nearest one in the sentence (not a comparison base), else carried."""
        cands = []
        for p in s.quantities:
            if p.kind != "period" or not getattr(p, "date_start", None):  # "бүгүнкү күндө" (nowadays) is no period
                continue
            base = any(h.kind == "comparison" and self.compares(p, h) for h in hits)
            if base:
                continue
            before = p.end <= q.start
            cands.append((0 if before else 1, _gap(p.start, p.end, q.start, q.end), p))
        if cands:
            cands.sort(key=lambda c: (c[0], c[1]))
            p = cands[0][2]
            return (p.date_start, p.date_end), False
        return self.prev_period, self.prev_period is not None

    def compares(self, p: Any, h: Hit) -> bool:
        """Is the period ``p`` the base of the comparison word ``h``? Turkic postpositions follow the base
        ("2024-жылга салыштырмалуу"); Russian, English and Tajik prepositions precede it ("по сравнению с 2024")."""
        if self.doc.lang in COMPARISON_AFTER:
            return 0 <= h.start - p.end <= config.FACT_COMPARISON_CHARS
        return 0 <= p.start - h.end <= config.FACT_COMPARISON_CHARS

    def add(self, type_: str, countries: tuple[str, str], q: Any, unit: str | None, period: tuple[str, str] | None,
            s: SentenceInfo, confidence: float) -> None:
        speaker = None
        if s.speaker is not None:
            speaker = Speaker(getattr(s.speaker, "name", None) or s.speaker.text, getattr(s.speaker, "id", None))
        fact = Fact(
            type=type_, countries=countries, value=float(q.value), unit=unit, bound=q.bound or "eq", period=period,
            evidence=Span.of(self.doc.text, s.start, s.end), figure=Span.of(self.doc.text, q.start, q.end),
            confidence=max(0.05, min(1.0, confidence)), speaker=speaker,
        )
        self.facts.append(fact)

    def sentence(self, s: SentenceInfo) -> None:
        if s.paragraph != self.prev_paragraph:
            self.prev_period = None if s.paragraph > self.prev_paragraph + 1 else self.prev_period
        hits = _hits_in(self.hits, self.hit_starts, s)
        lang = self.doc.lang
        w = config.FACT_WINDOW_CHARS
        for q in s.quantities:
            if q.value is None:
                continue
            kind = q.kind
            base = config.FACT_BASE_CONFIDENCE
            if kind == "money":
                self.money(s, q, hits, lang, w, base)
            elif kind in ("percent", "multiplier"):
                self.relative(s, q, hits, lang, w, base)
            elif kind == "count" and _nearest(hits, {"tourist"}, q, config.FACT_TOURIST_CHARS):
                self.tourists(s, q, hits, base)
        if s.countries and len(s.countries) >= 2:
            self.prev_pair = tuple(sorted(s.countries[:2]))  # type: ignore[assignment]
        self.prev_paragraph = s.paragraph

    def money(self, s: SentenceInfo, q: Any, hits: list[Hit], lang: str, w: int, conf: float) -> None:
        target_verb = next(
            (h for h in hits if h.kind == "target_verb" and (
                (lang in VERB_FINAL and 0 <= h.start - q.end <= config.FACT_TARGET_CHARS)
                or (lang not in VERB_FINAL and 0 <= q.start - h.end <= config.FACT_TARGET_CHARS)
                or _gap(q.start, q.end, h.start, h.end) <= config.FACT_TARGET_NEAR_CHARS)),
            None,
        )
        goal = getattr(q, "target", False) and _nearest(hits, {"target_noun", "target_verb"}, q, 2 * w)
        trade = _nearest(hits, {"turnover", "export", "import"}, q, 2 * w)
        figure_anaphora = any(h.kind == "figure_anaphora" for h in hits) and self.last_kind == "turnover"
        if target_verb or goal:
            pair, pen = self.pair(s, hits, q)
            if pair and (trade is None or trade.kind == "turnover"):
                period = self.deadline(s, q)
                self.add("trade_target", pair, q, q.unit, period, s, conf - pen)
            return
        if trade is not None and trade.kind in ("export", "import"):
            pair, pen = self.pair(s, hits, q)
            d = self.direction(s, q, pair, trade.kind == "import")
            if d:
                period, carried = self.period(s, q, hits)
                self.add("export_value", d, q, q.unit, period, s, conf - pen - carried * config.FACT_PENALTY_CARRIED)
                self.prev_period = period or self.prev_period
                self.last_kind = "export"
            return
        if trade is not None or figure_anaphora:
            pair, pen = self.pair(s, hits, q)
            if pair is None:
                return
            period, carried = self.period(s, q, hits)
            far = trade is None or _gap(q.start, q.end, trade.start, trade.end) > w
            conf = conf - pen - carried * config.FACT_PENALTY_CARRIED - far * config.FACT_PENALTY_FAR
            self.add("trade_turnover", pair, q, q.unit, period, s, conf)
            self.prev_period = period or self.prev_period
            self.last_kind = "turnover"

    def deadline(self, s: SentenceInfo, q: Any) -> tuple[str, str] | None:
        """A target's period is the year it is set for ("2030 жылға дейін" → 2030), when the sentence says."""
        for p in s.quantities:
            if p.kind in ("period", "date") and getattr(p, "date_end", None) and p is not q:
                if getattr(p, "target", False) or p.start > q.end or p.date_end[:4] > (self.doc.published or "")[:4]:
                    year = p.date_end[:4]
                    return (f"{year}-01-01", f"{year}-12-31")
        return None

    def relative(self, s: SentenceInfo, q: Any, hits: list[Hit], lang: str, w: int, conf: float) -> None:
        unit = "x" if q.kind == "multiplier" else "%"
        share = _nearest(hits, {"export", "import"}, q, config.FACT_SHARE_CHARS)
        growth = _nearest(hits, {"growth_verb"}, q, w)
        share_of_turnover = _nearest(hits, {"turnover"}, q, 2 * w) is not None  # "пахтанын 70% экспорт" is not
        if share is not None and q.kind == "percent" and share_of_turnover and not (
                growth and _gap(q.start, q.end, growth.start, growth.end) < _gap(q.start, q.end, share.start, share.end)):
            pair, pen = self.pair(s, hits, q)
            d = self.direction(s, q, pair, share.kind == "import")
            if d:
                period, carried = self.period(s, q, hits)
                self.add("export_share", d, q, unit, period, s, conf - pen - carried * config.FACT_PENALTY_CARRIED)
                self.prev_period = period or self.prev_period
            return
        if growth is None and q.kind == "percent":
            return
        # growth belongs to the figure it follows: a turnover in this sentence, or the previous sentence's kind
        trade = _nearest(hits, {"turnover", "export", "import", "tourist"}, q, 3 * w)
        follows = trade.kind if trade is not None else self.last_kind
        if follows != "turnover":
            return
        pair, pen = self.pair(s, hits, q)
        if pair is None:
            return
        same = [f for f in self.facts if f.type == "trade_turnover" and s.start <= f.evidence.start < s.end]
        period = same[-1].period if same else self.period(s, q, hits)[0]
        self.add("trade_growth", pair, q, unit, period, s, conf - pen)

    def tourists(self, s: SentenceInfo, q: Any, hits: list[Hit], conf: float) -> None:
        pair, pen = self.pair(s, hits, q)
        d = self.direction(s, q, pair, importing=False)
        if d is None:
            return
        # travellers' state: the one marked "from"/"of" or named as an adjective; the destination takes "to"
        period, carried = self.period(s, q, hits)
        self.add("tourist_arrivals", d, q, q.unit or "persons", period, s, conf - pen - carried * 0.05)
        self.last_kind = "tourist"


def extract_facts(doc: Document, disc: Discourse | None = None) -> list[Fact]:
    disc = disc or read(doc)
    r = _Reader(doc, disc)
    for s in disc.sentences:
        r.sentence(s)
    kept: list[Fact] = []
    for f in r.facts:
        if f.confidence < config.FACT_MIN_CONFIDENCE:
            continue
        same = next((i for i, k in enumerate(kept) if _same_figure(k, f)), None)
        if same is None:
            kept.append(f)
        elif _detail(f) > _detail(kept[same]):
            kept[same] = f  # a title's figure and the body's: keep the statement that says more
    return kept


def _detail(f: Fact) -> int:
    return (f.period is not None) + (f.bound != "eq")


def _same_figure(a: Fact, b: Fact) -> bool:
    """One figure stated twice (a title and a body): same thing, same value, periods not in conflict."""
    return (
        a.type == b.type and a.countries == b.countries and a.unit == b.unit
        and abs(a.value - b.value) <= 1e-9 * max(abs(a.value), 1.0)
        and (a.period is None or b.period is None or a.period == b.period)
    )


@stage("facts", needs=["view", "sentences", "lang", "published", "quantities", "entities"], gives=["facts"])
def facts_stage(doc: Document) -> Document:
    return dataclasses.replace(doc, facts=tuple(extract_facts(doc)))
