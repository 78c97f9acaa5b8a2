"""Scoring contract records against gold, exactly by the contract's rules ("Scoring").

Matching is one-to-one and maximal: per document, a bipartite maximum matching (augmenting paths) between gold
items and predictions, required gold items first, so that the number of matched required items is as large as
possible; optional gold items then absorb predictions that are left over (re-routing required matches where that
frees a prediction for an optional item, without ever unmatching a required one). Everything is processed in
file order, so the same input always gives the same report, down to which duplicate is called a false positive.

Undefined ratios: precision with no (scored) prediction, and recall with no required gold item, are 1.0 when the
other side is empty too (nothing to find, nothing claimed) and 0.0 otherwise; F1 is 0.0 when P + R is 0.
Matched optional gold items count neither as true nor as false positives; they are reported as ``optional``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kabarchi.errors import KabarchiError
from kabarchi.evaluate.gold import FACT_TYPES, PAIR_FACTS, GoldDoc, GoldEvent, GoldFact

VALUE_TOLERANCE = 0.01  # the contract's "value within 1%", relative to the gold value
EVENT_FAMILIES = {"meeting": "meeting/summit", "summit": "meeting/summit", "visit": "visit",
                  "agreement": "agreement", "call": "call"}
FAMILY_ORDER = ("meeting/summit", "visit", "agreement", "call")


class RecordError(KabarchiError):
    """A prediction that is not a contract record at all (no ``source``); raised before anything is scored."""

    code = "record-invalid"

    def __init__(self, where: str, got: Any) -> None:
        super().__init__(
            f"{where}: expected a contract object with a string \"source\", got {repr(got)[:120]}",
            fix="Pass the objects printed by `kabarchi extract` (one JSON object per line).",
        )


# --- results ---------------------------------------------------------------------------------------------------


def _ratio(num: int, den: int, other_side: int) -> float:
    if den == 0:
        return 1.0 if other_side == 0 else 0.0
    return num / den


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts and the ratios derived from them (see the module docstring for undefined cases)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional: int = 0  # optional gold items matched (neither tp nor fp)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp, self.tp + self.fn)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn, self.tp + self.fp)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def __add__(self, other: Scores) -> Scores:
        return Scores(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.optional + other.optional)

    def to_dict(self) -> dict[str, Any]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn, "optional": self.optional}


@dataclass(frozen=True, slots=True)
class Item:
    """A missed required gold item or a false positive, with what to look at when debugging it."""

    file: str
    kind: str  # "fact" | "event"
    type: str
    summary: str  # countries, value, unit, period / date, in one line
    text: str  # the gold quote (missed) or the predicted evidence text (false positive)
    reason: str  # why the closest candidate did not match, or why there was none

    def to_dict(self) -> dict[str, str]:
        return {"file": self.file, "kind": self.kind, "type": self.type, "summary": self.summary,
                "text": self.text, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    source: str
    code: str
    message: str
    file: str | None  # the gold file it stands for, if any

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "code": self.code, "message": self.message, "file": self.file}


@dataclass(frozen=True, slots=True)
class Report:
    documents: int  # gold documents
    found: int  # gold documents with a (non-error) record
    facts: Scores
    facts_by_type: dict[str, Scores]
    facts_by_lang: dict[str, Scores]
    events: Scores
    events_by_type: dict[str, Scores]  # by family: meeting/summit, visit, agreement, call
    lang_accuracy: float | None  # over found documents; None when none was found
    lang_mismatches: tuple[tuple[str, str, str], ...]  # (file, gold lang, predicted lang)
    countries: Scores  # micro over documents (missing documents: all gold countries missed)
    missed: tuple[Item, ...]
    false_positives: tuple[Item, ...]
    missing_documents: tuple[str, ...]  # gold files without a record, or whose record is an error
    errors: tuple[ErrorRecord, ...]  # every error record passed in
    unmatched_records: tuple[str, ...] = ()  # sources of records no gold document names (not scored)
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON form (``kabarchi eval --format json``)."""
        return {
            "documents": self.documents,
            "found": self.found,
            "facts": {
                "overall": self.facts.to_dict(),
                "by_type": {k: v.to_dict() for k, v in self.facts_by_type.items()},
                "by_lang": {k: v.to_dict() for k, v in self.facts_by_lang.items()},
            },
            "events": {
                "overall": self.events.to_dict(),
                "by_type": {k: v.to_dict() for k, v in self.events_by_type.items()},
            },
            "lang_accuracy": None if self.lang_accuracy is None else round(self.lang_accuracy, 4),
            "lang_mismatches": [{"file": f, "gold": g, "predicted": p} for f, g, p in self.lang_mismatches],
            "countries": self.countries.to_dict(),
            "missed": [i.to_dict() for i in self.missed],
            "false_positives": [i.to_dict() for i in self.false_positives],
            "missing_documents": list(self.missing_documents),
            "errors": [e.to_dict() for e in self.errors],
            "unmatched_records": list(self.unmatched_records),
            "warnings": list(self.warnings),
        }


# --- the matching rules ----------------------------------------------------------------------------------------


def _number(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return None
    return float(v)


def value_matches(gold: float | int | None, predicted: Any) -> bool:
    """Within 1% of the gold value; a gold 0 needs exactly 0, a gold null needs null."""
    if gold is None:
        return predicted is None
    p = _number(predicted)
    if p is None:
        return False
    g = float(gold)
    # relative to the gold value, so a gold 0 needs exactly 0; the tiny slack keeps the boundary (exactly 1%)
    # inside despite binary floating point
    return abs(p - g) <= VALUE_TOLERANCE * abs(g) * (1 + 1e-9)


def _year(s: Any) -> int | None:
    if isinstance(s, str) and len(s) >= 4 and s[:4].isdigit():
        return int(s[:4])
    return None


def _years(period: Any) -> tuple[float, float] | None:
    """A period's years as a closed range; an open end is unbounded; None when the period says nothing."""
    if not isinstance(period, dict):
        return None
    ys, ye = _year(period.get("start")), _year(period.get("end"))
    if ys is None and ye is None:
        return None
    return (ys if ys is not None else -math.inf, ye if ye is not None else math.inf)


def _fmt_value(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return "null" if v is None else str(v)


def _fmt_period(p: Any) -> str:
    if not isinstance(p, dict) or (p.get("start") is None and p.get("end") is None):
        return "no period"
    return f"{p.get('start') or '…'}..{p.get('end') or '…'}"


def fact_mismatches(gold: GoldFact, pred: dict[str, Any]) -> list[str]:
    """The rules a predicted fact breaks against a gold fact; empty when they match."""
    out: list[str] = []
    if pred.get("type") != gold.type:
        out.append(f"type {pred.get('type')} is not {gold.type}")
    if gold.parties is not None:
        pp = pred.get("parties")
        if not isinstance(pp, list) or sorted(map(str, pp)) != sorted(gold.parties):
            out.append(f"parties {pp} are not {list(gold.parties)}")
    else:
        if (pred.get("from"), pred.get("to")) != (gold.from_, gold.to):
            out.append(f"from/to {pred.get('from')}->{pred.get('to')} is not {gold.from_}->{gold.to}")
    if pred.get("unit") != gold.unit:
        out.append(f"unit {pred.get('unit')} is not {gold.unit}")
    if not value_matches(gold.value, pred.get("value")):
        out.append(f"value {_fmt_value(pred.get('value'))} is not within 1% of {_fmt_value(gold.value)}")
    if gold.period is not None:
        g = _years(gold.period.to_dict())
        p = _years(pred.get("period"))
        if p is None:
            out.append(f"no period, gold has {_fmt_period(gold.period.to_dict())}")
        elif g is not None and not (p[0] <= g[1] and g[0] <= p[1]):
            out.append(f"period {_fmt_period(pred.get('period'))} does not overlap the years of "
                       f"{_fmt_period(gold.period.to_dict())}")
    return out


def family(event_type: Any) -> str | None:
    return EVENT_FAMILIES.get(event_type) if isinstance(event_type, str) else None


def event_mismatches(gold: GoldEvent, pred: dict[str, Any]) -> list[str]:
    """The rules a predicted event breaks against a gold event; empty when they match."""
    out: list[str] = []
    if family(pred.get("type")) != family(gold.type):
        out.append(f"type {pred.get('type')} is not of the family {family(gold.type)}")
    pc = pred.get("countries")
    pc_set = set(pc) if isinstance(pc, list) else set()
    if not set(gold.countries) <= pc_set:
        out.append(f"countries {pc} do not include {list(gold.countries)}")
    if gold.date is not None:
        pd = pred.get("date")
        if not isinstance(pd, str) or pd[:10] != gold.date[:10]:
            out.append(f"date {pd} is not {gold.date}")
    if (pred.get("status") == "planned") != (gold.status == "planned"):
        out.append(f"status {pred.get('status')} is not {gold.status}")
    return out


def maximum_matching(
    n_gold: int, n_pred: int, fits: Callable[[int, int], bool], order: Sequence[int]
) -> dict[int, int]:
    """Gold index -> prediction index, a maximum one-to-one matching (Kuhn's augmenting paths).

    Gold items are tried in ``order``: a gold item that got a partner keeps one through every later augmentation,
    so putting required items first maximises them before optional ones take what is left.
    """
    adj = [[p for p in range(n_pred) if fits(g, p)] for g in range(n_gold)]
    owner: list[int | None] = [None] * n_pred

    def augment(g: int, seen: set[int]) -> bool:
        for p in adj[g]:
            if p in seen:
                continue
            seen.add(p)
            if owner[p] is None or augment(owner[p], seen):  # type: ignore[arg-type]
                owner[p] = g
                return True
        return False

    for g in order:
        augment(g, set())
    return {g: p for p, g in enumerate(owner) if g is not None}


# --- scoring ---------------------------------------------------------------------------------------------------


def _norm_source(source: str) -> str:
    return source.replace("\\", "/")


def source_matches(file: str, source: str) -> bool:
    """A gold ``file`` names a record whose source is it or ends with "/" + it (``name.jsonl:LINE`` included)."""
    s, f = _norm_source(source), _norm_source(file)
    return s == f or s.endswith("/" + f)


def _fact_summary(f: GoldFact | dict[str, Any]) -> str:
    if isinstance(f, GoldFact):
        period = f.period.to_dict() if f.period else None
        return f"{f.countries_text()} {_fmt_value(f.value)} {f.unit} {_fmt_period(period)}"
    who = ("-".join(map(str, f["parties"])) if isinstance(f.get("parties"), list)
           else f"{f.get('from')}->{f.get('to')}")
    return f"{who} {_fmt_value(f.get('value'))} {f.get('unit')} {_fmt_period(f.get('period'))}"


def _event_summary(e: GoldEvent | dict[str, Any]) -> str:
    if isinstance(e, GoldEvent):
        status = f" ({e.status})" if e.status else ""
        return f"{'+'.join(e.countries)} {e.date or 'no date'}{status}"
    countries = e.get("countries") if isinstance(e.get("countries"), list) else []
    status = f" ({e['status']})" if e.get("status") else ""
    return f"{'+'.join(map(str, countries))} {e.get('date') or 'no date'}{status}"


def _evidence_text(pred: dict[str, Any]) -> str:
    ev = pred.get("evidence")
    return str(ev.get("text", "")) if isinstance(ev, dict) else ""


def _same_kind(kind: str, a: Any, b: Any) -> bool:
    return a == b if kind == "fact" else family(a) == family(b)


def _closest(kind: str, failures: Callable[[int], list[str]], candidates: range, types_ok: Callable[[int], bool],
             taken_note: Callable[[int], str | None]) -> str:
    best: tuple[int, int] | None = None
    for i in candidates:
        if not types_ok(i):
            continue
        n = len(failures(i))
        if n == 0:
            note = taken_note(i)
            return note or "a candidate fits but was matched elsewhere"
        if best is None or n < best[0]:
            best = (n, i)
    if best is None:
        return "no candidate of this type in the document"
    return "closest: " + "; ".join(failures(best[1]))


def _score_items(
    file: str,
    kind: str,
    golds: Sequence[GoldFact] | Sequence[GoldEvent],
    preds: list[dict[str, Any]],
    mismatches: Callable[[Any, dict[str, Any]], list[str]],
    key_gold: Callable[[Any], str],
    key_pred: Callable[[dict[str, Any]], str],
    summary: Callable[[Any], str],
    tally: Callable[[str, str, Scores], None],
    missed: list[Item],
    false_pos: list[Item],
) -> None:
    """Match one document's items and count them under ``key_gold``/``key_pred`` (type or family)."""
    cache: dict[tuple[int, int], list[str]] = {}

    def fails(g: int, p: int) -> list[str]:
        if (g, p) not in cache:
            cache[(g, p)] = mismatches(golds[g], preds[p])
        return cache[(g, p)]

    order = [i for i, g in enumerate(golds) if not g.optional] + [i for i, g in enumerate(golds) if g.optional]
    match = maximum_matching(len(golds), len(preds), lambda g, p: not fails(g, p), order)
    partner = {p: g for g, p in match.items()}
    for gi, g in enumerate(golds):
        if gi in match:
            tally("gold", key_gold(g), Scores(optional=1) if g.optional else Scores(tp=1))
        elif not g.optional:
            tally("gold", key_gold(g), Scores(fn=1))
            reason = _closest(
                kind, lambda p, gi=gi: fails(gi, p), range(len(preds)),
                lambda p, g=g: _same_kind(kind, preds[p].get("type"), g.type),
                lambda p: f"a candidate fits but is matched to another gold item: {golds[partner[p]].quote!r}"
                if p in partner else None,
            )
            missed.append(Item(file, kind, g.type, summary(g), g.quote, reason))
    for pi, p in enumerate(preds):
        if pi in partner:
            continue
        tally("pred", key_pred(p), Scores(fp=1))
        reason = _closest(
            kind, lambda g, pi=pi: fails(g, pi), range(len(golds)),
            lambda g, p=p: _same_kind(kind, p.get("type"), golds[g].type),
            lambda g: "fits a gold item that is matched to another prediction (a duplicate?)",
        )
        false_pos.append(Item(file, kind, str(p.get("type")), summary(p), _evidence_text(p), reason))


def _list_of_dicts(v: Any) -> list[dict[str, Any]]:
    return [x for x in v if isinstance(x, dict)] if isinstance(v, list) else []


def score(gold: Sequence[GoldDoc], records: Sequence[dict[str, Any]]) -> Report:
    """Score contract records (as printed by ``kabarchi extract``) against gold documents."""
    for i, r in enumerate(records):
        if not isinstance(r, dict) or not isinstance(r.get("source"), str):
            raise RecordError(f"record {i + 1}", r)

    # which record stands for which gold document: the most specific gold file claims first
    warnings: list[str] = []
    claimed: dict[int, str] = {}  # record index -> gold file
    chosen: dict[str, int] = {}
    for doc in sorted(gold, key=lambda d: (-len(d.file), d.file)):
        hits = [i for i, r in enumerate(records) if i not in claimed and source_matches(doc.file, r["source"])]
        if not hits:
            continue
        if len(hits) > 1:
            warnings.append(f"gold file {doc.file} matches {len(hits)} records "
                            f"({', '.join(records[i]['source'] for i in hits[:3])}); scored the first")
        claimed[hits[0]] = doc.file
        chosen[doc.file] = hits[0]

    facts_by_type: dict[str, Scores] = {t: Scores() for t in FACT_TYPES}
    langs = sorted({d.lang for d in gold})
    facts_by_lang: dict[str, Scores] = {lang: Scores() for lang in langs}
    events_by_type: dict[str, Scores] = {f: Scores() for f in FAMILY_ORDER}
    facts = events = countries = Scores()
    missed: list[Item] = []
    false_pos: list[Item] = []
    missing: list[str] = []
    mismatched_langs: list[tuple[str, str, str]] = []
    found = lang_ok = 0

    for doc in gold:
        idx = chosen.get(doc.file)
        rec = records[idx] if idx is not None else None
        doc_facts = Scores()

        def tally_fact(_side: str, key: str, s: Scores) -> None:
            nonlocal doc_facts
            facts_by_type[key] = facts_by_type.get(key, Scores()) + s
            doc_facts = doc_facts + s

        doc_events = Scores()

        def tally_event(_side: str, key: str, s: Scores) -> None:
            nonlocal doc_events
            events_by_type[key] = events_by_type.get(key, Scores()) + s
            doc_events = doc_events + s

        if rec is None or "error" in rec:
            missing.append(doc.file)
            reason = ("document not found among the records" if rec is None
                      else f"the document failed: {(rec.get('error') or {}).get('code', 'error')}")
            for f in doc.facts:
                if not f.optional:
                    tally_fact("gold", f.type, Scores(fn=1))
                    missed.append(Item(doc.file, "fact", f.type, _fact_summary(f), f.quote, reason))
            for e in doc.events:
                if not e.optional:
                    tally_event("gold", family(e.type) or e.type, Scores(fn=1))
                    missed.append(Item(doc.file, "event", e.type, _event_summary(e), e.quote, reason))
            countries = countries + Scores(fn=len(doc.countries))
        else:
            found += 1
            lang = rec.get("lang")
            if lang == doc.lang:
                lang_ok += 1
            else:
                mismatched_langs.append((doc.file, doc.lang, str(lang)))
            pc = set(rec.get("countries") or []) if isinstance(rec.get("countries"), list) else set()
            gc = set(doc.countries)
            countries = countries + Scores(tp=len(pc & gc), fp=len(pc - gc), fn=len(gc - pc))
            _score_items(doc.file, "fact", doc.facts, _list_of_dicts(rec.get("facts")), fact_mismatches,
                         lambda g: g.type, lambda p: str(p.get("type")), _fact_summary, tally_fact,
                         missed, false_pos)
            _score_items(doc.file, "event", doc.events, _list_of_dicts(rec.get("events")), event_mismatches,
                         lambda g: family(g.type) or g.type, lambda p: family(p.get("type")) or str(p.get("type")),
                         _event_summary, tally_event, missed, false_pos)
        facts = facts + doc_facts
        events = events + doc_events
        facts_by_lang[doc.lang] = facts_by_lang[doc.lang] + doc_facts

    errors = tuple(
        ErrorRecord(r["source"], str((r.get("error") or {}).get("code", "")),
                    str((r.get("error") or {}).get("message", "")), claimed.get(i))
        for i, r in enumerate(records) if "error" in r
    )
    unmatched = tuple(r["source"] for i, r in enumerate(records) if i not in claimed)
    extra_types = sorted(k for k in facts_by_type if k not in FACT_TYPES)
    extra_families = sorted(k for k in events_by_type if k not in FAMILY_ORDER)
    return Report(
        documents=len(gold),
        found=found,
        facts=facts,
        facts_by_type={k: facts_by_type[k] for k in (*FACT_TYPES, *extra_types)},
        facts_by_lang=facts_by_lang,
        events=events,
        events_by_type={k: events_by_type[k] for k in (*FAMILY_ORDER, *extra_families)},
        lang_accuracy=(lang_ok / found) if found else None,
        lang_mismatches=tuple(mismatched_langs),
        countries=countries,
        missed=tuple(missed),
        false_positives=tuple(false_pos),
        missing_documents=tuple(missing),
        errors=errors,
        unmatched_records=unmatched,
        warnings=tuple(warnings),
    )


__all__ = [
    "PAIR_FACTS",
    "ErrorRecord",
    "Item",
    "RecordError",
    "Report",
    "Scores",
    "event_mismatches",
    "fact_mismatches",
    "maximum_matching",
    "score",
    "source_matches",
    "value_matches",
]
