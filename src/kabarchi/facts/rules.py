"""Attach each figure of a sentence to a fact type, a pair or direction, and a period.

The figure's kind decides what it can be (money: turnover, target or export; percent: growth or export share;
multiplier: growth; persons: tourists). A sentence with several figures is cut into regions, one per figure, so
that "with Kazakhstan over 1 billion and with Uzbekistan 650 million" gives each figure its own state: the words
before a figure belong to it (its subject), and for a Turkic share ("65%-ы қазақстандық экспортқа") the words
after it. The states come from the figure's region, then the sentence, then "the two countries" pointing back or
the article's main pair, in that order of trust.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from kabarchi import config
from kabarchi import discourse
from kabarchi.discourse import Discourse, SentenceInfo
from kabarchi.document import Document
from kabarchi.errors import LexiconError
from kabarchi.facts.model import Fact, Speaker
from kabarchi.languages import VERB_FINAL
from kabarchi.pipeline import stage
from kabarchi.spans import Span
from kabarchi.triggers import Hit, TriggerLexicon, hits_between, load

KINDS = frozenset(
    {"turnover", "export", "import", "target_verb", "target_noun", "growth_verb", "tourist", "pair_anaphora",
     "mutual", "figure_anaphora", "world", "comparison", "share_noun", "demonstrative"}
)
COMPARISON_AFTER = frozenset({"ky", "kk", "uz"})  # "2024-жылга салыштырмалуу": the comparison word follows the base
SHARE_AFTER = frozenset({"ky", "kk", "uz"})  # "73% кыргыз экспорту": the share's subject follows the percentage
FIGURES = frozenset({"money", "percent", "multiplier", "count", "number"})
ROLES = ("to", "from", "of", "with")


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
        if role not in ROLES or kind not in {"suffix", "before", "after"}:
            raise LexiconError(path, n, f"role among {'/'.join(ROLES)} and kind suffix/before/after", f"{role} {kind}")
        out.setdefault((lang, role), []).extend((kind, f) for f in forms.split())
    return out


def _gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between two ranges (0 when they touch or overlap)."""
    return max(0, b_start - a_end, a_start - b_end)


def _role(text: str, entity: Any, lang: str) -> str | None:
    """to / from / of / with, read off the mention's suffix or the words around it."""
    surface = entity.text.lower()
    before = text[max(0, entity.start - 12) : entity.start].lower().split()
    after = text[entity.end : entity.end + 12].lower().split()
    prev, nxt = (before[-1] if before else ""), (after[0].strip(",.;:") if after else "")
    marks = case_marks()
    for role in ROLES:
        for kind, form in marks.get((lang, role), ()):
            if kind == "suffix" and surface.endswith(form) and len(surface) > len(form) + 2:
                return role
            if (kind == "before" and prev == form) or (kind == "after" and nxt == form):
                return role
    return None


@dataclasses.dataclass
class Region:
    """The part of a sentence a figure owns, with what stands in it."""

    start: int
    end: int
    hits: list[Hit]
    states: list[Any]  # COUNTRY mentions, nearest to the figure first


class _Reader:
    """Walks the sentences of one document, carrying the pair, the period and the last fact's kind."""

    def __init__(self, doc: Document, disc: Discourse) -> None:
        self.doc, self.disc = doc, disc
        self.lang = doc.lang
        self.hits = lexicon().find_all(doc.view, doc.lang) if doc.view is not None else []
        self.hit_starts = [h.start for h in self.hits]
        self.prev_pair: tuple[str, str] | None = None
        self.last_period: tuple[str, str] | None = None
        self.period_age = 99  # sentences since last_period was stated
        self.last_kind: str | None = None  # "turnover", "export", "tourist": what a growth figure follows
        self.facts: list[Fact] = []
        self.turnover_age = 99  # sentences since the last turnover ("Анын 28% кыргыз экспорту" points back to it)

    # --- reading a sentence ------------------------------------------------------------------------------------

    def sentence_hits(self, s: SentenceInfo) -> list[Hit]:
        return hits_between(self.hits, self.hit_starts, s.start, s.end)

    def region(self, s: SentenceInfo, figures: list[Any], q: Any, hits: list[Hit], after: bool) -> Region:
        """Before the figure back to the previous figure, or (``after``) from it up to the next one."""
        i = figures.index(q)
        if after:
            start, end = q.start, (figures[i + 1].start if i + 1 < len(figures) else s.end)
        else:
            start, end = (figures[i - 1].end if i > 0 else s.start), q.end
        rh = [h for h in hits if h.start >= start and h.end <= end]
        states = [e for e in s.entities if getattr(e, "type", None) == "COUNTRY" and getattr(e, "id", None)
                  and e.start >= start and e.end <= end]
        states.sort(key=lambda e: _gap(q.start, q.end, e.start, e.end))
        return Region(start, end, rh, states)

    def nearest(self, hits: Iterable[Hit], kinds: set[str] | frozenset[str], q: Any, window: int) -> Hit | None:
        best, best_gap = None, window + 1
        for h in hits:
            if h.kind in kinds:
                g = _gap(q.start, q.end, h.start, h.end)
                if g < best_gap:
                    best, best_gap = h, g
        return best

    def blocked_by_world(self, s: SentenceInfo, reg: Region) -> bool:
        """A total with a bloc, the region or the world ("ЕАЭБ өлкөлөрү менен", "with 124 countries") is no fact."""
        if any(h.kind == "world" for h in reg.hits):
            return True
        for e in s.entities:
            if getattr(e, "type", None) == "ORG" and getattr(e, "country", None) is None and \
                    e.start >= reg.start and e.end <= reg.end:
                return True
        return False

    # --- states -------------------------------------------------------------------------------------------

    def pair(self, s: SentenceInfo, reg: Region, hits: list[Hit]) -> tuple[tuple[str, str] | None, float]:
        """The two states of a two-way figure and how much confidence the way they were found costs."""
        own = list(dict.fromkeys(e.id for e in reg.states))
        if len(own) >= 2:
            return tuple(sorted(own[:2])), 0.0  # type: ignore[return-value]
        if self.blocked_by_world(s, reg):
            return None, 0.0
        text = self.doc.text
        if len(own) == 1:
            c = own[0]
            mention = reg.states[0]
            if _role(text, mention, self.lang) == "with":
                # "гардиши мол бо Қазоқистон ...": the partner of the sentence's subject, else of the home state
                subject = next((e.id for e in s.entities if getattr(e, "type", None) == "COUNTRY"
                                and e.id != c and e.end <= reg.start and _role(text, e, self.lang) != "with"), None)
                partner = subject or self.disc.home
                if partner and partner != c:
                    return tuple(sorted((c, partner))), config.FACT_PENALTY_ONE_STATE  # type: ignore[return-value]
            others = [x for x in s.countries if x != c]
            if len(others) == 1 and len(s.countries) == 2:
                return tuple(sorted((c, others[0]))), config.FACT_PENALTY_ONE_STATE / 2  # type: ignore[return-value]
            for cand in (self.prev_pair, self.disc.main_pair):
                if cand and c in cand:
                    return cand, config.FACT_PENALTY_ONE_STATE
            return None, 0.0
        if len(s.countries) == 2:
            return tuple(sorted(s.countries)), config.FACT_PENALTY_ONE_STATE / 2  # type: ignore[return-value]
        if len(s.countries) > 2:
            return None, 0.0
        anaphora = any(h.kind in ("pair_anaphora", "mutual") for h in hits)
        carried = self.prev_pair or self.disc.main_pair
        if carried is not None:
            return carried, config.FACT_PENALTY_ANAPHORA if anaphora else config.FACT_PENALTY_MAIN_PAIR
        return None, 0.0

    def direction(self, s: SentenceInfo, reg: Region, pair: tuple[str, str] | None, importing: bool,
                  *, adjective_is_origin: bool = True) -> tuple[str, str] | None:
        """(from, to) of a flow; an import is the other side's export. Roles come from the nearest mentions."""
        roles: dict[str, str | None] = {}
        for e in reg.states or [e for e in s.entities if getattr(e, "type", None) == "COUNTRY" and e.id]:
            roles.setdefault(e.id, _role(self.doc.text, e, self.lang))
        states = list(roles)
        for c in pair or ():
            if c not in states:
                states.append(c)
        if len(states) < 2:
            if len(states) == 1 and self.disc.home and self.disc.home != states[0]:
                states.append(self.disc.home)
            else:
                return None
        dest = next((c for c in states if roles.get(c) == "to"), None)
        origin = next((c for c in states if roles.get(c) in ("from", "of")), None)
        if importing:
            # "Ресейден импорт": the state marked "from" exports; "Қазақстанның импорты": the owner imports
            origin = next((c for c in states if roles.get(c) == "from"), None)
            dest = next((c for c in states if roles.get(c) in ("to", "of") and c != origin), None)
            if origin is None and dest is None:
                marked = [c for c in states if roles.get(c) is None]
                if reg.states and marked and adjective_is_origin:
                    # "кыргыз импорту": the adjective names the importer
                    dest = marked[0]
                else:
                    # "27% импорт" after "73% кыргыз экспорту": that state's imports
                    last = next((f for f in reversed(self.facts) if f.type in ("export_share", "export_value")
                                 and f.evidence.start >= s.start), None)
                    if last is None:
                        return None
                    return last.countries[1], last.countries[0]
        if dest and not origin:
            origin = next((c for c in states if c != dest), None)
        if origin and not dest:
            dest = next((c for c in states if c != origin), None)
        if not origin and not dest:
            origin, dest = states[0], states[1]  # the nearer state is the exporter ("кыргыз экспорту")
        return (origin, dest) if origin and dest and origin != dest else None

    # --- periods ------------------------------------------------------------------------------------------

    def compares(self, p: Any, h: Hit, s: SentenceInfo) -> bool:
        """Is the period ``p`` the base of the comparison word ``h`` (nothing else standing between them)?
        Turkic postpositions follow the base ("2024-жылга салыштырмалуу"); Russian, English and Tajik prepositions
        precede it ("по сравнению с 2024")."""
        if self.lang in COMPARISON_AFTER:
            a, b = p.end, h.start
        else:
            a, b = h.end, p.start
        if not 0 <= b - a <= config.FACT_COMPARISON_CHARS:
            return False
        return not any(x is not p and a <= x.start < b for x in s.quantities)

    def period(self, s: SentenceInfo, q: Any, hits: list[Hit]) -> tuple[tuple[str, str] | None, bool]:
        """The period a figure covers: the nearest in the sentence (not a comparison base), else carried."""
        cands = []
        for p in s.quantities:
            if p.kind != "period" or not getattr(p, "date_start", None):  # "бүгүнкү күндө" (nowadays) is no period
                continue
            if any(h.kind == "comparison" and self.compares(p, h, s) for h in hits):
                continue
            before = p.end <= q.start
            cands.append((0 if before else 1, _gap(p.start, p.end, q.start, q.end), p))
        if cands:
            cands.sort(key=lambda c: (c[0], c[1]))
            p = cands[0][2]
            return (p.date_start, p.date_end), False
        if self.period_age <= config.FACT_PERIOD_CARRY_SENTENCES:
            return self.last_period, self.last_period is not None
        return None, False

    def note_periods(self, s: SentenceInfo, hits: list[Hit]) -> None:
        own = [p for p in s.quantities if p.kind == "period" and getattr(p, "date_start", None)
               and not getattr(p, "target", False)
               and not any(h.kind == "comparison" and self.compares(p, h, s) for h in hits)]
        if own:
            self.last_period = (own[-1].date_start, own[-1].date_end)
            self.period_age = 0
        else:
            self.period_age += 1

    # --- facts --------------------------------------------------------------------------------------------

    def add(self, type_: str, countries: tuple[str, str], q: Any, unit: str | None, period: tuple[str, str] | None,
            s: SentenceInfo, confidence: float) -> None:
        speaker = None
        if s.speaker is not None:
            speaker = Speaker(getattr(s.speaker, "name", None) or s.speaker.text, getattr(s.speaker, "id", None))
        self.facts.append(Fact(
            type=type_, countries=countries, value=float(q.value), unit=unit, bound=q.bound or "eq", period=period,
            evidence=Span.of(self.doc.text, s.start, s.end), figure=Span.of(self.doc.text, q.start, q.end),
            confidence=max(0.05, min(1.0, confidence)), speaker=speaker,
        ))

    def sentence(self, s: SentenceInfo) -> None:
        hits = self.sentence_hits(s)
        figures = [q for q in s.quantities if q.kind in FIGURES and q.value is not None]
        base = config.FACT_BASE_CONFIDENCE
        for q in figures:
            if q.kind == "money":
                self.money(s, q, figures, hits, base)
            elif q.kind in ("percent", "multiplier"):
                self.relative(s, q, figures, hits, base)
            elif q.kind in ("count", "number") and q.unit in (None, "persons") and \
                    self.nearest(hits, {"tourist"}, q, config.FACT_TOURIST_CHARS):
                self.tourists(s, q, figures, hits, base)
        if len(s.countries) == 2:
            self.prev_pair = tuple(sorted(s.countries))  # type: ignore[assignment]
        self.note_periods(s, hits)
        said_turnover = any(f.type == "trade_turnover" and f.evidence.start == s.start for f in self.facts)
        self.turnover_age = 0 if said_turnover else self.turnover_age + 1

    def money(self, s: SentenceInfo, q: Any, figures: list[Any], hits: list[Hit], conf: float) -> None:
        lang, w = self.lang, config.FACT_WINDOW_CHARS
        reg = self.region(s, figures, q, hits, after=False)
        target_verb = next(
            (h for h in hits if h.kind == "target_verb" and (
                (lang in VERB_FINAL and 0 <= h.start - q.end <= config.FACT_TARGET_CHARS)
                or (lang not in VERB_FINAL and 0 <= q.start - h.end <= config.FACT_TARGET_CHARS)
                or _gap(q.start, q.end, h.start, h.end) <= config.FACT_TARGET_NEAR_CHARS)),
            None,
        )
        goal = getattr(q, "target", False) and self.nearest(hits, {"target_noun", "target_verb"}, q, 2 * w)
        trade = self.nearest(reg.hits, {"turnover", "export", "import"}, q, 2 * w) or \
            self.nearest(hits, {"turnover", "export", "import"}, q, w)
        figure_anaphora = any(h.kind == "figure_anaphora" for h in reg.hits) and self.last_kind == "turnover"
        if target_verb or goal:
            pair, pen = self.pair(s, reg, hits)
            if pair and (trade is None or trade.kind == "turnover"):
                self.add("trade_target", pair, q, q.unit, self.deadline(s, q), s, conf - pen)
            return
        if trade is not None and trade.kind in ("export", "import"):
            if self.blocked_by_world(s, reg):
                return
            pair, pen = self.pair(s, reg, hits)
            d = self.direction(s, reg, pair, trade.kind == "import")
            if d:
                period, carried = self.period(s, q, hits)
                self.add("export_value", d, q, q.unit, period, s, conf - pen / 2 - carried * config.FACT_PENALTY_CARRIED)
                self.last_kind = "export"
            return
        if trade is not None or figure_anaphora:
            pair, pen = self.pair(s, reg, hits)
            if pair is None:
                return
            period, carried = self.period(s, q, hits)
            far = trade is None or _gap(q.start, q.end, trade.start, trade.end) > w
            conf = conf - pen - carried * config.FACT_PENALTY_CARRIED - far * config.FACT_PENALTY_FAR
            self.add("trade_turnover", pair, q, q.unit, period, s, conf)
            self.last_kind = "turnover"

    def deadline(self, s: SentenceInfo, q: Any) -> tuple[str, str] | None:
        """A target's period is the year it is set for ("2030 жылға дейін" → 2030), when the sentence says."""
        for p in s.quantities:
            if p.kind in ("period", "date") and getattr(p, "date_end", None) and p is not q:
                if getattr(p, "target", False) or p.start > q.end or p.date_end[:4] > (self.doc.published or "")[:4]:
                    year = p.date_end[:4]
                    return (f"{year}-01-01", f"{year}-12-31")
        return None

    def relative(self, s: SentenceInfo, q: Any, figures: list[Any], hits: list[Hit], conf: float) -> None:
        lang, w = self.lang, config.FACT_WINDOW_CHARS
        unit = "x" if q.kind == "multiplier" else "%"
        if q.kind == "percent":
            regs = [self.region(s, figures, q, hits, after=True), self.region(s, figures, q, hits, after=False)]
            if lang not in SHARE_AFTER:
                regs.reverse()
            for reg in regs:
                share = self.nearest(reg.hits, {"export", "import"}, q, config.FACT_SHARE_CHARS)
                growth = self.nearest(reg.hits, {"growth_verb"}, q, config.FACT_SHARE_CHARS)
                if share is None or (growth and _gap(q.start, q.end, growth.start, growth.end)
                                     < _gap(q.start, q.end, share.start, share.end)):
                    continue
                of_turnover = any(h.kind in ("turnover", "share_noun") for h in hits) or self.turnover_age <= 1
                if not of_turnover:
                    return  # "пахтанын 70% экспорттолот" is a share of cotton, not of the pair's trade
                pair, pen = self.pair(s, reg, hits)
                d = self.direction(s, reg, pair, share.kind == "import")
                if d:
                    period, carried = self.period(s, q, hits)
                    self.add("export_share", d, q, unit, period, s, conf - pen / 2 - carried * config.FACT_PENALTY_CARRIED)
                return
        reg = self.region(s, figures, q, hits, after=False)
        growth = self.nearest(hits, {"growth_verb"}, q, w)
        if growth is None and q.kind == "percent":
            return
        # growth belongs to a turnover named in this sentence, or to "this figure" pointing back to one
        trade = self.nearest(hits, {"turnover", "export", "import", "tourist"}, q, 3 * w)
        opens_with_this = any(h.kind == "demonstrative" and h.start <= s.start + 1 for h in hits)
        anaphora = any(h.kind == "figure_anaphora" for h in hits) or (opens_with_this and self.turnover_age <= 1)
        follows = trade.kind if trade is not None else (self.last_kind if anaphora else None)
        if follows != "turnover":
            return
        pair, pen = self.pair(s, reg, hits)
        if pair is None:
            return
        same = [f for f in self.facts if f.type == "trade_turnover" and s.start <= f.evidence.start < s.end]
        period = same[-1].period if same else self.period(s, q, hits)[0]
        self.add("trade_growth", pair, q, unit, period, s, conf - pen)

    def tourists(self, s: SentenceInfo, q: Any, figures: list[Any], hits: list[Hit], conf: float) -> None:
        reg = self.region(s, figures, q, hits, after=False)
        after = self.region(s, figures, q, hits, after=True)
        reg.states = sorted(reg.states + [e for e in after.states if e not in reg.states],
                            key=lambda e: _gap(q.start, q.end, e.start, e.end))
        pair, pen = self.pair(s, reg, hits)
        d = self.direction(s, reg, pair, importing=False)
        if d is None:
            return
        period, carried = self.period(s, q, hits)
        self.add("tourist_arrivals", d, q, "persons", period, s,
                 conf - pen / 2 - carried * config.FACT_PENALTY_CARRIED)
        self.last_kind = "tourist"


def extract_facts(doc: Document, disc: Discourse | None = None) -> list[Fact]:
    disc = disc or discourse.of(doc)
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


@stage("facts", needs=["view", "sentences", "lang", "published", "quantities", "entities", "discourse"],
       gives=["facts"])
def facts_stage(doc: Document) -> Document:
    return dataclasses.replace(doc, facts=tuple(extract_facts(doc)))
