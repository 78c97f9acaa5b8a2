"""`kabarchi eval`: the contract's scoring rules, row by row, on small hand-made gold/prediction pairs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kabarchi.errors import KabarchiError, UsageError
from kabarchi.evaluate import (
    GoldError,
    RecordError,
    Scores,
    format_report,
    load_gold,
    load_records,
    parse_gold_record,
    score,
    source_matches,
    value_matches,
)
from kabarchi.evaluate.score import maximum_matching
from tests.conftest import REPO, shared_path

# --- builders --------------------------------------------------------------------------------------------------


def gfact(**kw: Any) -> dict[str, Any]:
    f = {"type": "trade_turnover", "parties": ["KG", "TJ"], "value": 100, "unit": "USD", "bound": "eq",
         "period": {"start": "2025-01-01", "end": "2025-12-31"}, "quote": "соода 100 доллар"}
    f.update(kw)
    if f["type"] in ("export_value", "export_share", "tourist_arrivals"):
        if "parties" not in kw:
            f.pop("parties", None)
        f.setdefault("from", "KG")
        f.setdefault("to", "TJ")
    return {k: v for k, v in f.items() if v is not DROP}


def pfact(**kw: Any) -> dict[str, Any]:
    f = gfact(**kw)
    f.pop("quote", None)
    f.pop("optional", None)
    f.setdefault("speaker", None)
    f.setdefault("evidence", {"start": 0, "end": 5, "text": "evid."})
    f.setdefault("confidence", 0.9)
    return f


def gevent(**kw: Any) -> dict[str, Any]:
    e = {"type": "meeting", "date": "2026-02-13", "countries": ["KG", "TJ"], "quote": "жолугушту"}
    e.update(kw)
    return {k: v for k, v in e.items() if v is not DROP}


def pevent(**kw: Any) -> dict[str, Any]:
    e = gevent(**kw)
    e.pop("quote", None)
    e.pop("optional", None)
    e.update({"code": "CONSULT", "mode": None, "participants": [], "place": None,
              "evidence": {"start": 0, "end": 5, "text": "evid."}})
    e.update({k: v for k, v in kw.items() if k not in ("quote", "optional")})
    return e


DROP = object()


def gdoc(file: str = "a.txt", lang: str = "ky", countries: tuple[str, ...] = ("KG", "TJ"), facts=(), events=(),
         line: int = 1):
    return parse_gold_record({"file": file, "lang": lang, "countries": list(countries), "facts": list(facts),
                              "events": list(events)}, "gold.jsonl", line)


def rec(file: str = "a.txt", lang: str = "ky", countries=("KG", "TJ"), facts=(), events=()) -> dict[str, Any]:
    return {"doc_id": "0123456789abcdef", "source": f"corpus/{file}", "published": None, "title": None,
            "lang": lang, "script": "Cyrl", "segments": [], "countries": list(countries), "entities": [],
            "quantities": [], "facts": list(facts), "events": list(events), "warnings": []}


def one_fact(gold: dict[str, Any], pred: dict[str, Any]) -> Scores:
    return score([gdoc(facts=[gold])], [rec(facts=[pred])]).facts


def one_event(gold: dict[str, Any], pred: dict[str, Any]) -> Scores:
    return score([gdoc(events=[gold])], [rec(events=[pred])]).events


Y2025 = {"start": "2025-01-01", "end": "2025-12-31"}

# --- facts: every rule -----------------------------------------------------------------------------------------

FACT_ROWS = [
    # (name, gold overrides, prediction overrides, matches)
    ("identical", {}, {}, True),
    ("value +1% is inside", {}, {"value": 101}, True),
    ("value -1% is inside", {}, {"value": 99}, True),
    ("value just over +1%", {}, {"value": 101.01}, False),
    ("value just under -1%", {}, {"value": 98.99}, False),
    ("large value at +1% exactly", {"value": 36000000}, {"value": 36360000}, True),
    ("large value just past 1%", {"value": 36000000}, {"value": 36360001}, False),
    ("tolerance is relative to gold", {"value": 1.2e9}, {"value": 1.21e9}, True),
    ("gold 0 needs 0", {"value": 0}, {"value": 0}, True),
    ("gold 0 and a tiny value", {"value": 0}, {"value": 0.001}, False),
    ("gold null value, predicted null", {"value": None}, {"value": None}, True),
    ("gold null value, predicted number", {"value": None}, {"value": 100}, False),
    ("predicted null value", {}, {"value": None}, False),
    ("predicted value as a string", {}, {"value": "100"}, False),
    ("predicted value as a bool", {"value": 1}, {"value": True}, False),
    ("unit mismatch", {}, {"unit": "EUR"}, False),
    ("both units null", {"unit": None}, {"unit": None}, True),
    ("gold unit null, predicted USD", {"unit": None}, {"unit": "USD"}, False),
    ("multiplier vs percent", {"type": "trade_growth", "unit": "x", "value": 24}, {"type": "trade_growth",
                                                                                   "unit": "%", "value": 24}, False),
    ("type mismatch", {}, {"type": "trade_target"}, False),
    ("parties in another order", {}, {"parties": ["TJ", "KG"]}, True),
    ("other parties", {}, {"parties": ["KG", "UZ"]}, False),
    ("parties missing", {}, {"parties": DROP}, False),
    ("from/to equal", {"type": "export_share", "unit": "%"}, {"type": "export_share", "unit": "%"}, True),
    ("from/to swapped is a miss", {"type": "export_share", "unit": "%"},
     {"type": "export_share", "unit": "%", "from": "TJ", "to": "KG"}, False),
    ("tourists direction swapped", {"type": "tourist_arrivals", "unit": "persons", "from": "TJ", "to": "KG"},
     {"type": "tourist_arrivals", "unit": "persons", "from": "KG", "to": "TJ"}, False),
    ("pair given for a directed fact", {"type": "export_value"},
     {"type": "export_value", "from": DROP, "to": DROP, "parties": ["KG", "TJ"]}, False),
    ("bound is not scored", {"bound": "gt"}, {"bound": "approx"}, True),
    ("period of the same year", {"period": {"start": "2025-01-01", "end": "2025-11-30"}}, {"period": Y2025}, True),
    ("period overlapping by one year", {}, {"period": {"start": "2024-06-01", "end": "2025-03-31"}}, True),
    ("period of another year", {}, {"period": {"start": "2024-01-01", "end": "2024-12-31"}}, False),
    ("period of the next year", {}, {"period": {"start": "2026-01-01", "end": "2026-12-31"}}, False),
    ("predicted null period, gold has one", {}, {"period": None}, False),
    ("predicted period without dates", {}, {"period": {"start": None, "end": None}}, False),
    ("predicted period open at start", {}, {"period": {"start": None, "end": "2025-12-31"}}, True),
    ("predicted period open at start, too early", {}, {"period": {"start": None, "end": "2024-12-31"}}, False),
    ("gold null period accepts any", {"period": None}, {"period": Y2025}, True),
    ("gold null period accepts null", {"period": None}, {"period": None}, True),
    ("gold deadline only, later target", {"type": "trade_target", "period": {"start": None, "end": "2030-12-31"}},
     {"type": "trade_target", "period": {"start": "2030-01-01", "end": "2030-12-31"}}, True),
    ("gold deadline only, earlier target", {"type": "trade_target", "period": {"start": "2030-01-01", "end": None}},
     {"type": "trade_target", "period": {"start": "2027-01-01", "end": "2027-12-31"}}, False),
]


@pytest.mark.parametrize(("gold", "pred", "matches"), [r[1:] for r in FACT_ROWS], ids=[r[0] for r in FACT_ROWS])
def test_fact_rule(gold: dict[str, Any], pred: dict[str, Any], matches: bool) -> None:
    s = one_fact(gfact(**gold), pfact(**pred))
    assert (s.tp, s.fp, s.fn) == ((1, 0, 0) if matches else (0, 1, 1))


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [(100, 101, True), (100, 101.0000001, False), (-50, -50.5, True), (0, 0.0, True), (0, -0.0, True),
     (None, None, True), (None, 0, False), (100, float("nan"), False), (100, float("inf"), False)],
)
def test_value_matches(gold: float | None, pred: Any, ok: bool) -> None:
    assert value_matches(gold, pred) is ok


# --- events: every rule ----------------------------------------------------------------------------------------

EVENT_ROWS = [
    ("identical", {}, {}, True),
    ("summit predicted for a meeting", {}, {"type": "summit"}, True),
    ("meeting predicted for a summit", {"type": "summit"}, {"type": "meeting"}, True),
    ("visit is not a meeting", {}, {"type": "visit"}, False),
    ("agreement", {"type": "agreement"}, {"type": "agreement"}, True),
    ("call", {"type": "call"}, {"type": "call", "mode": "phone"}, True),
    ("call is not a meeting", {"type": "call"}, {"type": "meeting"}, False),
    ("countries superset is fine", {}, {"countries": ["KG", "TJ", "UZ"]}, True),
    ("countries subset is a miss", {}, {"countries": ["KG"]}, False),
    ("other countries", {}, {"countries": ["KG", "UZ"]}, False),
    ("date unequal", {}, {"date": "2026-02-12"}, False),
    ("predicted null date, gold has one", {}, {"date": None}, False),
    ("gold null date accepts any", {"date": None}, {"date": "2020-01-01"}, True),
    ("gold null date accepts null", {"date": None}, {"date": None}, True),
    ("predicted date with time", {}, {"date": "2026-02-13T10:30"}, True),
    ("planned event is not a held one", {}, {"status": "planned"}, False),
    ("planned gold needs planned", {"status": "planned"}, {}, False),
    ("planned both", {"status": "planned"}, {"status": "planned"}, True),
    ("status held is a held event", {}, {"status": "held"}, True),
]


@pytest.mark.parametrize(("gold", "pred", "matches"), [r[1:] for r in EVENT_ROWS], ids=[r[0] for r in EVENT_ROWS])
def test_event_rule(gold: dict[str, Any], pred: dict[str, Any], matches: bool) -> None:
    s = one_event(gevent(**gold), pevent(**pred))
    assert (s.tp, s.fp, s.fn) == ((1, 0, 0) if matches else (0, 1, 1))


# --- one-to-one, maximum, optional -----------------------------------------------------------------------------

MATCHING_ROWS = [
    # (name, gold facts, predicted facts, (tp, fp, fn, optional))
    ("a duplicate prediction is a false positive", [gfact()], [pfact(), pfact()], (1, 1, 0, 0)),
    ("one prediction cannot serve two gold facts", [gfact(), gfact(quote="again")], [pfact()], (1, 0, 1, 0)),
    # greedy order would give pred 1 to gold A and leave B without a partner
    ("maximum, not greedy",
     [gfact(quote="A"), gfact(quote="B", period={"start": "2024-01-01", "end": "2024-12-31"})],
     [pfact(period={"start": "2024-01-01", "end": "2025-12-31"}), pfact()], (2, 0, 0, 0)),
    ("matched optional is neither tp nor fp", [gfact(optional=True)], [pfact()], (0, 0, 0, 1)),
    ("unmatched optional is not missed", [gfact(optional=True)], [], (0, 0, 0, 0)),
    ("required first when both fit one prediction", [gfact(optional=True, quote="O"), gfact(quote="R")], [pfact()],
     (1, 0, 0, 0)),
    # R fits both predictions, O only the first: R is re-routed so that O absorbs the first
    ("optional absorbs a leftover after re-routing",
     [gfact(quote="R", period=None), gfact(quote="O", optional=True)],
     [pfact(), pfact(period={"start": "2019-01-01", "end": "2019-12-31"})], (1, 0, 0, 1)),
    ("a duplicate of an optional item is a false positive", [gfact(optional=True)], [pfact(), pfact()],
     (0, 1, 0, 1)),
    ("nothing and nothing", [], [], (0, 0, 0, 0)),
    ("only predictions", [], [pfact(), pfact(value=5)], (0, 2, 0, 0)),
]


@pytest.mark.parametrize(("gold", "preds", "counts"), [r[1:] for r in MATCHING_ROWS],
                         ids=[r[0] for r in MATCHING_ROWS])
def test_matching(gold: list[dict[str, Any]], preds: list[dict[str, Any]], counts: tuple[int, ...]) -> None:
    s = score([gdoc(facts=gold)], [rec(facts=preds)]).facts
    assert (s.tp, s.fp, s.fn, s.optional) == counts


def test_optional_items_are_never_listed_as_missed() -> None:
    r = score([gdoc(facts=[gfact(optional=True)], events=[gevent(optional=True)])], [rec()])
    assert r.missed == () and r.false_positives == ()


def test_maximum_matching_on_a_chain() -> None:
    # gold i fits predictions i and i+1; tried in order 0..3 every gold item must still get one
    n = 4
    match = maximum_matching(n, n + 1, lambda g, p: p in (g, g + 1), list(range(n)))
    assert len(match) == n and len(set(match.values())) == n
    # when gold 0 fits only prediction 1 and gold 1 fits 0 and 1, both still get one
    match = maximum_matching(2, 2, lambda g, p: (g, p) in {(0, 1), (1, 0), (1, 1)}, [1, 0])
    assert match == {0: 1, 1: 0}


# --- aggregation -----------------------------------------------------------------------------------------------


def _two_language_report():
    gold = [
        gdoc("ky.txt", "ky", ("KG", "TJ"),
             facts=[gfact(), gfact(type="trade_target", value=500, period=None),
                    gfact(type="export_share", unit="%", value=73), gfact(type="export_share", unit="%", value=27,
                                                                         **{"from": "TJ", "to": "KG"})],
             events=[gevent(), gevent(type="agreement")]),
        gdoc("ru.txt", "ru", ("KZ", "UZ"),
             facts=[gfact(parties=["KZ", "UZ"], value=2e9), gfact(type="tourist_arrivals", unit="persons",
                                                                  value=86000, **{"from": "UZ", "to": "KZ"})],
             events=[gevent(type="call", countries=["KZ", "UZ"], date=None)]),
    ]
    preds = [
        rec("ky.txt", "ky", ("KG", "TJ", "UZ"),
            facts=[pfact(), pfact(type="trade_target", value=500, period=None),
                   pfact(type="export_share", unit="%", value=73),
                   pfact(type="export_share", unit="%", value=27)],  # direction wrong: fp + fn
            events=[pevent(type="summit", countries=["KG", "TJ", "UZ"]), pevent(type="visit")]),
        rec("ru.txt", "kk", ("KZ",),
            facts=[pfact(parties=["KZ", "UZ"], value=2.01e9), pfact(type="trade_growth", unit="x", value=3)],
            events=[pevent(type="call", countries=["KZ", "UZ"], date="2026-01-01")]),
    ]
    return score(gold, preds)


def test_per_type_and_per_language_numbers() -> None:
    r = _two_language_report()
    counts = {k: (v.tp, v.fp, v.fn) for k, v in r.facts_by_type.items()}
    assert counts == {"trade_turnover": (2, 0, 0), "trade_target": (1, 0, 0), "trade_growth": (0, 1, 0),
                      "export_value": (0, 0, 0), "export_share": (1, 1, 1), "tourist_arrivals": (0, 0, 1)}
    assert (r.facts.tp, r.facts.fp, r.facts.fn) == (4, 2, 2)
    assert r.facts.precision == pytest.approx(4 / 6) and r.facts.recall == pytest.approx(4 / 6)
    assert r.facts.f1 == pytest.approx(4 / 6)
    by_lang = {k: (v.tp, v.fp, v.fn) for k, v in r.facts_by_lang.items()}
    assert by_lang == {"ky": (3, 1, 1), "ru": (1, 1, 1)}  # keyed by the gold language, not the predicted one
    assert r.facts_by_type["export_value"].f1 == 1.0  # nothing to find, nothing claimed
    ev = {k: (v.tp, v.fp, v.fn) for k, v in r.events_by_type.items()}
    assert ev == {"meeting/summit": (1, 0, 0), "visit": (0, 1, 0), "agreement": (0, 0, 1), "call": (1, 0, 0)}
    assert (r.events.tp, r.events.fp, r.events.fn) == (2, 1, 1)
    assert r.lang_accuracy == 0.5 and r.lang_mismatches == (("ru.txt", "ru", "kk"),)
    assert (r.countries.tp, r.countries.fp, r.countries.fn) == (3, 1, 1)
    assert r.countries.f1 == pytest.approx(0.75)


def test_missed_and_false_positives_say_where_and_why() -> None:
    r = _two_language_report()
    missed = {(i.file, i.kind, i.type, i.text) for i in r.missed}
    assert missed == {("ky.txt", "fact", "export_share", "соода 100 доллар"),
                      ("ky.txt", "event", "agreement", "жолугушту"),
                      ("ru.txt", "fact", "tourist_arrivals", "соода 100 доллар")}
    share = next(i for i in r.missed if i.type == "export_share")
    assert share.summary == "TJ->KG 27 % 2025-01-01..2025-12-31"
    assert "from/to KG->TJ is not TJ->KG" in share.reason
    fps = {(i.file, i.type, i.text) for i in r.false_positives}
    assert fps == {("ky.txt", "export_share", "evid."), ("ky.txt", "visit", "evid."),
                   ("ru.txt", "trade_growth", "evid.")}
    growth = next(i for i in r.false_positives if i.type == "trade_growth")
    assert growth.reason == "no candidate of this type in the document"


def test_a_missing_document_counts_as_all_missed() -> None:
    gold = [gdoc("a.txt", facts=[gfact(), gfact(optional=True)], events=[gevent()]), gdoc("b.txt")]
    r = score(gold, [rec("b.txt")])
    assert r.missing_documents == ("a.txt",) and r.found == 1 and r.documents == 2
    assert (r.facts.tp, r.facts.fp, r.facts.fn) == (0, 0, 1)
    assert (r.events.tp, r.events.fp, r.events.fn) == (0, 0, 1)
    assert (r.countries.tp, r.countries.fn) == (2, 2)
    assert {i.reason for i in r.missed} == {"document not found among the records"}
    assert r.lang_accuracy == 1.0


def test_error_records_are_listed_and_their_documents_missed() -> None:
    gold = [gdoc("a.txt", facts=[gfact()])]
    records = [{"source": "corpus/a.txt", "error": {"code": "encoding", "message": "cannot decode"}},
               {"source": "corpus/zzz.pdf", "error": {"code": "pdf-broken", "message": "broken"}}]
    r = score(gold, records)
    assert r.missing_documents == ("a.txt",) and r.found == 0 and r.lang_accuracy is None
    assert [(e.source, e.code, e.file) for e in r.errors] == [("corpus/a.txt", "encoding", "a.txt"),
                                                             ("corpus/zzz.pdf", "pdf-broken", None)]
    assert r.missed[0].reason == "the document failed: encoding"
    assert r.unmatched_records == ("corpus/zzz.pdf",)


def test_records_not_in_the_gold_are_not_scored() -> None:
    r = score([gdoc("a.txt")], [rec("a.txt"), rec("other.txt", facts=[pfact()])])
    assert r.unmatched_records == ("corpus/other.txt",) and r.facts.fp == 0


@pytest.mark.parametrize(
    ("file", "source", "ok"),
    [("a.txt", "a.txt", True), ("a.txt", "corpus/a.txt", True), ("a.txt", "corpus/ba.txt", False),
     ("a.txt", "a.txt.bak", False), ("wire.jsonl:2", "examples/news/jsonl/wire.jsonl:2", True),
     ("wire.jsonl:2", "examples/news/jsonl/wire.jsonl:21", False), ("ky/a.txt", "x/ky/a.txt", True),
     ("ky/a.txt", "x/ru/a.txt", False), ("a.txt", "C:\\corpus\\a.txt", True)],
)
def test_source_matching(file: str, source: str, ok: bool) -> None:
    assert source_matches(file, source) is ok


def test_the_most_specific_gold_file_claims_its_record_and_ambiguity_is_warned() -> None:
    gold = [gdoc("a.txt", lang="ru"), gdoc("ky/a.txt", lang="ky")]
    records = [dict(rec("a.txt", lang="ky"), source="x/ky/a.txt"), dict(rec("a.txt", lang="ru"), source="x/ru/a.txt")]
    r = score(gold, records)
    assert r.lang_accuracy == 1.0 and r.warnings == ()
    r = score([gdoc("a.txt")], [dict(rec(), source="x/a.txt"), dict(rec(), source="y/a.txt")])
    assert len(r.warnings) == 1 and "matches 2 records" in r.warnings[0]
    assert r.unmatched_records == ("y/a.txt",)


def test_a_record_without_source_is_refused() -> None:
    with pytest.raises(RecordError) as info:
        score([gdoc()], [{"lang": "ky"}])
    assert info.value.code == "record-invalid" and "record 1: expected" in info.value.message


@pytest.mark.parametrize(
    ("s", "p", "r", "f"),
    [(Scores(), 1.0, 1.0, 1.0), (Scores(fp=2), 0.0, 0.0, 0.0), (Scores(fn=2), 0.0, 0.0, 0.0),
     (Scores(tp=1, fp=1), 0.5, 1.0, 2 / 3), (Scores(tp=3, fn=1), 1.0, 0.75, 6 / 7),
     (Scores(optional=3), 1.0, 1.0, 1.0)],
)
def test_undefined_ratios(s: Scores, p: float, r: float, f: float) -> None:
    assert (s.precision, s.recall) == (p, r) and s.f1 == pytest.approx(f)


# --- output formats --------------------------------------------------------------------------------------------


def test_json_format_is_stable() -> None:
    r = _two_language_report()
    out = format_report(r, "json")
    assert out == format_report(_two_language_report(), "json")
    data = json.loads(out)
    assert list(data) == ["documents", "found", "facts", "events", "lang_accuracy", "lang_mismatches", "countries",
                          "missed", "false_positives", "missing_documents", "errors", "unmatched_records",
                          "warnings"]
    assert list(data["facts"]) == ["overall", "by_type", "by_lang"]
    assert list(data["facts"]["by_type"]) == ["trade_turnover", "trade_target", "trade_growth", "export_value",
                                              "export_share", "tourist_arrivals"]
    assert list(data["events"]["by_type"]) == ["meeting/summit", "visit", "agreement", "call"]
    assert data["facts"]["overall"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667, "tp": 4, "fp": 2,
                                        "fn": 2, "optional": 0}
    assert data["countries"]["f1"] == 0.75 and data["lang_accuracy"] == 0.5 and data["documents"] == 2
    assert set(data["missed"][0]) == {"file", "kind", "type", "summary", "text", "reason"}


def test_table_format_is_aligned_text() -> None:
    out = format_report(_two_language_report(), "table")
    lines = out.splitlines()
    assert lines[0] == "documents: 2 in gold, 2 found, 0 missing, 0 error records"
    row = next(line for line in lines if line.strip().startswith("overall"))
    assert row.split() == ["overall", "0.667", "0.667", "0.667", "4", "2", "2", "0"]
    header = next(line for line in lines if line.startswith("FACTS"))
    assert header.index("F1") + 2 == 45 and row[38:45] == "  0.667"  # the F1 column is right-aligned
    assert "language accuracy: 0.500" in out and "  ru.txt: gold ru, predicted kk" in out
    assert "missed required items: 3" in out and "false positives: 3" in out


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        format_report(_two_language_report(), "xml")


# --- gold files ------------------------------------------------------------------------------------------------

GOOD = {"file": "a.txt", "lang": "ky", "countries": ["KG", "TJ"], "facts": [gfact()], "events": [gevent()]}

BAD_GOLD_ROWS = [
    ("no file", {"file": DROP}, 'a field "file"'),
    ("empty file", {"file": ""}, "file to be a non-empty string"),
    ("unknown lang", {"lang": "kgz"}, "lang to be one of ky kk uz tg ru en und"),
    ("lower-case country", {"countries": ["kg"]}, "countries[0] to be an ISO 3166-1 alpha-2 code"),
    ("three-letter country", {"countries": ["KGZ"]}, "countries[0] to be an ISO 3166-1 alpha-2 code"),
    ("facts not a list", {"facts": {}}, "facts to be a list"),
    ("bad fact type", {"facts": [gfact(type="trade-turnover")]}, "facts[0].type to be one of"),
    ("one party", {"facts": [gfact(parties=["KG"])]}, "facts[0].parties to be two different states"),
    ("repeated party", {"facts": [gfact(parties=["KG", "KG"])]}, "facts[0].parties to be a list without repeated"),
    ("from equals to", {"facts": [gfact(type="export_value", **{"from": "KG", "to": "KG"})]},
     "facts[0].to to be a state other than from"),
    ("no to", {"facts": [gfact(type="export_value", to=DROP)]}, 'a field "to" in facts[0]'),
    ("value as text", {"facts": [gfact(value="100")]}, "facts[0].value to be a number or null"),
    ("no period key", {"facts": [gfact(period=DROP)]}, 'a field "period" in facts[0]'),
    ("period reversed", {"facts": [gfact(period={"start": "2025-12-31", "end": "2025-01-01"})]},
     "facts[0].period to be start on or before end"),
    ("bad period date", {"facts": [gfact(period={"start": "2025-13-01", "end": "2025-12-31"})]},
     "facts[0].period.start to be null or a date YYYY-MM-DD"),
    ("bad bound", {"facts": [gfact(bound="more")]}, "facts[0].bound to be one of gt approx lt eq"),
    ("no quote", {"facts": [gfact(quote=DROP)]}, 'a field "quote" in facts[0]'),
    ("optional as text", {"facts": [gfact(optional="yes")]}, "facts[0].optional to be true or false"),
    ("bad event type", {"events": [gevent(type="match")]}, "events[0].type to be one of"),
    ("bad event date", {"events": [gevent(date="13.02.2026")]}, "events[0].date to be null or a date"),
    ("bad event status", {"events": [gevent(status="done")]}, "events[0].status to be one of planned"),
    ("no event countries", {"events": [gevent(countries=DROP)]}, 'a field "countries" in events[0]'),
]


def bad_gold(overrides: dict[str, Any]) -> dict[str, Any]:
    g = dict(GOOD, **overrides)
    return {k: v for k, v in g.items() if v is not DROP}


@pytest.mark.parametrize(("overrides", "expected"), [r[1:] for r in BAD_GOLD_ROWS], ids=[r[0] for r in BAD_GOLD_ROWS])
def test_malformed_gold_is_refused_at_load(tmp_path: Path, overrides: dict[str, Any], expected: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + json.dumps(bad_gold(overrides), ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with pytest.raises(GoldError) as info:
        load_gold(path)
    err = info.value
    assert isinstance(err, KabarchiError) and err.code == "gold-invalid"
    assert err.message.startswith(f"{path}:3: expected ") and expected in err.message
    assert err.message.endswith("(format: docs/schema/gold.schema.json).")


@pytest.mark.parametrize(
    ("content", "expected"),
    [("{not json\n", ":1: expected one JSON object per line"),
     ('[1, 2]\n', ":1: expected the record to be a JSON object"),
     (json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n", ":2: expected each file once (already on line 1)")],
)
def test_malformed_gold_lines(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=expected.replace("(", r"\(").replace(")", r"\)")):
        load_gold(path)


def test_a_missing_gold_file_is_a_gold_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="expected an existing gold file"):
        load_gold(tmp_path / "nope.jsonl")


def test_gold_loads_into_frozen_values(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    (doc,) = load_gold(path)
    assert doc.file == "a.txt" and doc.line == 1 and doc.facts[0].parties == ("KG", "TJ")
    assert doc.facts[0].period is not None and doc.facts[0].period.years() == (2025, 2025)
    with pytest.raises(AttributeError):
        doc.file = "b.txt"  # type: ignore[misc]


def test_load_records_reads_extract_output(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(rec()) + "\n" + json.dumps({"source": "x", "error": {"code": "e", "message": "m"}})
                    + "\n", encoding="utf-8")
    assert [r["source"] for r in load_records(path)] == ["corpus/a.txt", "x"]
    path.write_text('{"lang": "ky"}\n', encoding="utf-8")
    with pytest.raises(RecordError, match=r"out.jsonl:1: expected a contract object"):
        load_records(path)


# --- the seeds' gold: its own required items, as predictions, score perfectly ----------------------------------


def _gold_as_predictions(gold) -> list[dict[str, Any]]:
    out = []
    for d in gold:
        facts = [pfact(type=f.type, value=f.value, unit=f.unit, period=f.period.to_dict() if f.period else None,
                       **({"parties": list(f.parties)} if f.parties else {"from": f.from_, "to": f.to}))
                 for f in d.facts if not f.optional]
        events = [pevent(type=e.type, date=e.date, countries=list(e.countries),
                         **({"status": e.status} if e.status else {}))
                  for e in d.events if not e.optional]
        out.append(rec(d.file, d.lang, d.countries, facts, events))
    return out


@pytest.mark.parametrize("where", [("shared", "corpus", "seeds.gold.jsonl"), ("repo", "examples", "gold.jsonl")])
def test_gold_reproduced_by_itself_scores_perfectly(where: tuple[str, ...]) -> None:
    if where[0] == "shared":
        path = shared_path(*where[1:])
    else:
        path = REPO.joinpath(*where[1:])
        if not path.exists():
            pytest.skip(f"{path} does not exist yet")
    gold = load_gold(path)
    r = score(gold, _gold_as_predictions(gold))
    assert r.missed == () and r.false_positives == () and r.missing_documents == ()
    assert (r.facts.f1, r.events.f1, r.countries.f1, r.lang_accuracy) == (1.0, 1.0, 1.0, 1.0)
    assert r.facts.tp == sum(1 for d in gold for f in d.facts if not f.optional)


def test_the_seeds_gold_has_the_expected_shape() -> None:
    gold = load_gold(shared_path("corpus", "seeds.gold.jsonl"))
    assert [d.lang for d in gold] == ["ky", "ky", "kk", "ky", "uz"]
    r = score(gold, [])
    assert r.found == 0 and len(r.missing_documents) == 5 and r.facts.recall == 0.0
    assert r.facts.fn == sum(1 for d in gold for f in d.facts if not f.optional) == 15
