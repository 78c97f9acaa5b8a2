"""Claims (facts about the same thing) and conflicts (figures of one claim that cannot all be true).

A claim is keyed by (type, pair or direction, the years its period covers): "January-November 2025" and "2025"
are one claim, and the exact periods decide how two figures are compared. Each figure becomes an interval of
the values it allows (its bound, a rounding tolerance, an approx tolerance); two figures conflict when no
reading of them gives overlapping intervals. Growth is compared as a factor: ``x`` as stated, and a percentage
"N%" in both readings, "increased by N%" (×(1+N/100)) and "reached N% of" (×N/100).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from kabarchi import config

#: Types whose figure over a sub-period can only be smaller than over the whole period.
CUMULATIVE_TYPES = frozenset({"trade_turnover", "export_value", "tourist_arrivals"})
DIRECTED_TYPES = frozenset({"export_value", "export_share", "tourist_arrivals"})
INF = math.inf


@dataclass(frozen=True, slots=True)
class Figure:
    """What the conflict check needs of one stored fact."""

    fact_id: int
    type: str
    value: float
    unit: str
    bound: str
    period_start: date | None
    period_end: date | None


def claim_parts(fact: dict) -> tuple[str, str, str | None, str | None]:
    """(party_a, party_b, from, to) of a contract fact: the pair sorted, and the direction where the type has one."""
    if fact.get("from") and fact.get("to"):
        a, b = sorted((fact["from"], fact["to"]))
        return a, b, fact["from"], fact["to"]
    parties = sorted(fact.get("parties") or [])
    if len(parties) != 2:
        raise ValueError(f"expected two parties or from/to, got {fact.get('parties')!r}")
    return parties[0], parties[1], None, None


def claim_key(ftype: str, a: str, b: str, frm: str | None, to: str | None, y1: int | None, y2: int | None) -> str:
    pair = f"{frm}>{to}" if frm else f"{a}-{b}"
    years = f"{y1}-{y2}" if y1 is not None else "-"
    return f"{ftype}|{pair}|{years}"


def _half_unit(v: float) -> float:
    """Half a unit of the last non-zero digit of a round figure: 4.5e9 -> 5e7, 36e6 -> 5e5, 171 -> 0.5."""
    a = abs(v)
    if a == 0:
        return 0.0
    digits = f"{a:.6g}"
    if "e" in digits:
        mant, exp = digits.split("e")
        exp_i = int(exp)
    else:
        mant, exp_i = digits, 0
    if "." in mant:
        frac = mant.split(".")[1].rstrip("0")
        place = -len(frac)
    else:
        stripped = mant.rstrip("0")
        place = len(mant) - len(stripped)
    return 0.5 * 10.0 ** (place + exp_i)


def interval(value: float, bound: str) -> tuple[float, float]:
    """The values a stated figure allows."""
    a = abs(value)
    tol = max(config.CLAIM_REL_TOLERANCE * a, min(_half_unit(value), config.CLAIM_ROUNDING_CAP * a))
    if bound == "gt":
        return value - config.CLAIM_REL_TOLERANCE * a, INF
    if bound == "lt":
        return -INF, value + config.CLAIM_REL_TOLERANCE * a
    if bound == "approx":
        tol = max(tol, config.CLAIM_APPROX_TOLERANCE * a)
    return value - tol, value + tol


def _readings(f: Figure) -> list[tuple[str, tuple[float, float]]]:
    """The figure on the claim's scale, once per possible reading (growth: as a factor)."""
    lo, hi = interval(f.value, f.bound)
    if f.type != "trade_growth":
        return [("as stated", (lo, hi))]
    if f.unit == "x":
        return [("factor", (lo, hi))]
    if f.unit == "%":
        out = [("by", (1 + lo / 100, 1 + hi / 100))]
        if f.value > 0:
            out.append(("of", (lo / 100, hi / 100)))
        return out
    return [("as stated", (lo, hi))]


def _days(s: date, e: date) -> int:
    return (e - s).days + 1


def _relation(f: Figure, g: Figure) -> str:
    """How the two figures' periods compare: same, f-in-g, g-in-f, or apart (not comparable)."""
    if f.period_start is None or g.period_start is None or f.period_end is None or g.period_end is None:
        return "same" if f.period_start is None and g.period_start is None else "apart"
    if (f.period_start, f.period_end) == (g.period_start, g.period_end):
        return "same"
    if g.period_start <= f.period_start and f.period_end <= g.period_end:
        return "f-in-g"
    if f.period_start <= g.period_start and g.period_end <= f.period_end:
        return "g-in-f"
    return "apart"


def compatible(f: Figure, g: Figure) -> tuple[bool, str | None]:
    """Whether both figures can be true, and the readings that make them so (None when not compared)."""
    if f.unit != g.unit and not (f.type == g.type == "trade_growth" and {f.unit, g.unit} <= {"x", "%"}):
        return True, None  # different currencies or units: not comparable here
    rel = _relation(f, g)
    if rel == "apart":
        return True, None
    nested = rel != "same"
    if nested and f.type not in CUMULATIVE_TYPES:
        part, whole = (f, g) if rel == "f-in-g" else (g, f)
        cover = _days(part.period_start, part.period_end) / _days(whole.period_start, whole.period_end)  # type: ignore[arg-type]
        if cover < config.CLAIM_NESTED_MIN_COVERAGE:
            return True, None
        nested = False  # near enough to the whole period: compare as the same
    for rf, (flo, fhi) in _readings(f):
        for rg, (glo, ghi) in _readings(g):
            if nested:  # a cumulative figure over a sub-period is at most the whole's
                (plo, _), (_, whi) = ((flo, fhi), (glo, ghi)) if rel == "f-in-g" else ((glo, ghi), (flo, fhi))
                ok = whi >= plo
            else:
                ok = max(flo, glo) <= min(fhi, ghi)
            if ok:
                return True, f"{rf}/{rg}"
    return False, None


def _fmt(f: Figure) -> str:
    v = f"{f.value:g}"
    return f"{v}%" if f.unit == "%" else (f"×{v}" if f.unit == "x" else f"{v} {f.unit}")


def reading_text(figs: Sequence[Figure]) -> str:
    """How the figures were put on one scale, for the conflict record."""
    parts = []
    pct = [f for f in figs if f.type == "trade_growth" and f.unit == "%"]
    for f in pct:
        by = 1 + f.value / 100
        s = f'{f.value:g}% read as "increase by {f.value:g}%" = ×{by:.3g}'
        if f.value > 0:
            s += f' and as "reached {f.value:g}% of" = ×{f.value / 100:.3g}'
        parts.append(s)
    if pct:
        others = sorted({_fmt(f) for f in figs if f.unit != "%"})
        if others:
            parts.append("compared with " + ", ".join(others) + "; no reading agrees")
        else:
            parts.append("no reading agrees")
    parts.append(
        f"tolerances: exact ±{config.CLAIM_REL_TOLERANCE:.0%} or half the last digit (≤{config.CLAIM_ROUNDING_CAP:.0%}), "
        f"approx ±{config.CLAIM_APPROX_TOLERANCE:.0%}, gt/lt as one-sided bounds; a sub-period's total is at most "
        "the whole period's"
    )
    return "; ".join(parts)


def find_conflicts(figs: Sequence[Figure]) -> list[tuple[int, int]]:
    """Pairs of fact ids whose figures cannot both be true."""
    out = []
    for i, f in enumerate(figs):
        for g in figs[i + 1 :]:
            ok, _ = compatible(f, g)
            if not ok:
                out.append((f.fact_id, g.fact_id))
    return out
