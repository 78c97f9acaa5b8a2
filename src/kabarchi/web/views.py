"""What the pages and the API show, computed once from the store: the overview grid and a pair's view."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass
from typing import Any

from kabarchi import config
from kabarchi.store import ConflictSummary, MergedEvent, PairSummary, Store, StoredFact, TargetStatus


def source_url(doc_id: str, anchor: str | None = None) -> str:
    return f"/documents/{doc_id}" + (f"#{anchor}" if anchor else "")


def fact_url(f: StoredFact) -> str:
    return source_url(f.doc_id, f"f-{f.fact_id}")


def _cached(app_state: Any, key: str, compute: Any) -> Any:  # noqa: ANN401
    """The overview's counts, recomputed at most every WEB_OVERVIEW_CACHE_SECONDS (and after an API ingest)."""
    cache = app_state.cache
    hit = cache.get(key)
    if hit and time.monotonic() - hit[0] < config.WEB_OVERVIEW_CACHE_SECONDS:
        return hit[1]
    value = compute()
    cache[key] = (time.monotonic(), value)
    return value


def pairs_cached(app_state: Any, store: Store) -> list[PairSummary]:  # noqa: ANN401
    return _cached(app_state, "pairs", store.pairs)


def stats_cached(app_state: Any, store: Store) -> dict[str, Any]:  # noqa: ANN401
    return _cached(app_state, "stats", store.stats)


@dataclass(frozen=True, slots=True)
class PairView:
    parties: tuple[str, str]
    summary: PairSummary | None
    target: TargetStatus | None
    chart_facts: tuple[StoredFact, ...]
    conflicts: tuple[ConflictSummary, ...]
    n_conflicts: int
    conflicting_ids: frozenset[int]
    events: tuple[MergedEvent, ...]
    facts: tuple[StoredFact, ...]

    def chart(self) -> dict[str, Any]:
        """Plotly traces: actual turnover (line), targets (stars), conflicting figures (red crosses); the
        dominant unit only, the others counted. Each point carries its source URL in ``customdata``."""
        units = Counter(f.unit for f in self.chart_facts)
        unit = units.most_common(1)[0][0] if units else None
        shown = sorted((f for f in self.chart_facts if f.unit == unit), key=lambda f: (_x(f) or "", f.fact_id))

        def trace(fs: list[StoredFact], name: str, kind: str) -> dict[str, Any]:
            return {
                "name": name, "kind": kind,
                "x": [_x(f) for f in fs], "y": [f.value for f in fs],
                "customdata": [[fact_url(f), f.source, f.lang, _short(f.evidence.text)] for f in fs],
                "fact_ids": [f.fact_id for f in fs],
            }

        actual = [f for f in shown if f.type == "trade_turnover" and _x(f)]
        target = [f for f in shown if f.type == "trade_target" and _x(f)]
        conflicting = [f for f in shown if f.fact_id in self.conflicting_ids and _x(f)]
        points = [{"x": _x(f), "y": f.value, "kind": "actual" if f.type == "trade_turnover" else "target",
                   "conflicting": f.fact_id in self.conflicting_ids, "url": fact_url(f), "lang": f.lang,
                   "text": _short(f.evidence.text)} for f in actual + target]
        points.sort(key=lambda p: p["x"] or "", reverse=True)
        return {
            "unit": unit,
            "other_units": {u: n for u, n in units.items() if u != unit},
            "newest": points[: config.WEB_PAGE_SIZE],  # the table under the chart (the chart links every point)
            "n_points": len(points),
            "traces": [trace(actual, "actual", "actual"), trace(target, "target", "target"),
                       trace(conflicting, "conflicting", "conflict")],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "parties": list(self.parties),
            "summary": self.summary.to_dict() if self.summary else None,
            "targets": self.target.to_dict() if self.target else None,
            "turnover": [f.to_dict() | {"conflicting": f.fact_id in self.conflicting_ids, "url": fact_url(f)}
                         for f in self.chart_facts],
            "conflicts": [c.to_dict() for c in self.conflicts],
            "n_conflicts": self.n_conflicts,
            "events": [e.to_dict() for e in self.events],
            "facts": [f.to_dict() | {"url": fact_url(f)} for f in self.facts],
        }


def _short(text: str, n: int = 120) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _x(f: StoredFact) -> str | None:
    """Where a figure sits in time: its period's end, else the day it was published."""
    return f.period_end or ((f.published or "")[:10] or None)


def pair_view(store: Store, a: str, b: str, *, events: int | None = None) -> PairView | None:
    """Everything the pair page shows; None when the store knows nothing about the pair."""
    [summary] = store.pairs((a, b)) or [None]
    if summary is None:
        return None
    n_chart = config.WEB_CHART_MAX_FACTS
    turnover = store.facts(pair=(a, b), type="trade_turnover", limit=n_chart)
    targets = store.facts(pair=(a, b), type="trade_target", limit=n_chart)
    [target] = store.targets((a, b)) or [None]
    conflicts, ids, n_conflicts = store.conflict_summaries(pair=(a, b), limit=config.WEB_PAIR_MAX_CONFLICTS)
    evs = store.events(pair=(a, b), limit=events or config.WEB_PAGE_SIZE)
    facts = store.facts(pair=(a, b), limit=config.WEB_PAGE_SIZE)
    return PairView(parties=(a, b), summary=summary, target=target, chart_facts=tuple(turnover + targets),
                    conflicts=tuple(conflicts), n_conflicts=n_conflicts, conflicting_ids=ids, events=tuple(evs),
                    facts=tuple(facts))
