"""The JSON Schemas of an output line and of a gold record, checked against hand-written objects and the contract."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from kabarchi.document import Document, RawDocument, error_record
from kabarchi.evaluate import GoldError, parse_gold_record
from kabarchi.evaluate.schema import SCHEMA_FILES, load_schema, validate_gold_record, validate_record
from tests.conftest import REPO, shared_path

# --- the contract's own examples (docs/contract.md), copied as they are written there ---------------------------
# Two placeholders of the contract are filled in: the elided Wikidata ids "Q…" become a concrete id, and the
# document example's "facts: [ ... ]" / "events: [ ... ]" hold the contract's fact and event examples.

CONTRACT_FACT = {"type": "trade_turnover", "parties": ["KG", "TJ"],
                 "value": 36000000, "unit": "USD", "bound": "gt",
                 "period": {"start": "2025-01-01", "end": "2025-11-30"},
                 "speaker": {"name": "Adylbek Kasymaliev", "id": "Q4071123"},
                 "evidence": {"start": 880, "end": 1010,
                              "text": "Расмий статистикага таянсак, 2025-жылдын январь-ноябрь …"},
                 "confidence": 0.93}

CONTRACT_EVENT = {"type": "meeting", "code": "CONSULT", "mode": "visit",
                  "date": "2026-02-13", "countries": ["KG", "TJ"],
                  "participants": [{"name": "Kohir Rasulzoda", "id": "Q2356283", "role": "prime minister",
                                    "country": "TJ"}],
                  "place": {"name": "Bishkek", "id": "Q9361"},
                  "evidence": {"start": 17, "end": 140, "text": "…"}}

CONTRACT_DOCUMENT = {
    "doc_id": "3f1a9c0e7b2d4a61",
    "source": "corpus/000_5b67f8a2ebc3bc57.txt",
    "published": "2026-02-13",
    "title": None,
    "lang": "ky",
    "script": "Cyrl",
    "segments": [{"start": 16, "end": 412, "lang": "ky"}],
    "countries": ["CN", "KG", "RU", "TJ", "UZ"],
    "entities": [{"start": 123, "end": 135, "text": "Тажикстандын", "type": "COUNTRY", "id": "TJ",
                  "name": "Tajikistan"}],
    "quantities": [{"start": 900, "end": 917, "text": "36 млн доллардан", "kind": "money", "value": 36000000,
                    "unit": "USD", "bound": "gt"}],
    "facts": [CONTRACT_FACT],
    "events": [CONTRACT_EVENT],
    "warnings": [],
}

CONTRACT_ERROR = {"source": "corpus/broken.pdf", "error": {"code": "pdf-broken", "message": "…"}}


def test_the_contracts_examples_validate() -> None:
    assert validate_record(CONTRACT_DOCUMENT) == []
    assert validate_record(CONTRACT_ERROR) == []


def test_the_shipped_schemas_are_the_documented_ones() -> None:
    for name in SCHEMA_FILES:
        shipped = REPO / "src" / "kabarchi" / "data" / "schema" / name
        documented = REPO / "docs" / "schema" / name
        assert shipped.read_bytes() == documented.read_bytes(), f"docs/schema/{name} differs from the shipped copy"


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_the_schemas_are_valid_draft_2020_12(name: str) -> None:
    schema = load_schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_a_bare_core_document_validates() -> None:
    doc = Document.from_raw(RawDocument(source="x.txt", text="Кыргызстан менен Тажикстан.", published="2026-02-13"))
    assert validate_record(doc.to_dict()) == []
    assert validate_record(error_record("x.txt", "empty", "the file is empty")) == []


# --- hand-written objects: what is accepted and what is refused -----------------------------------------------


def changed(path: str, value: Any) -> dict[str, Any]:
    """The contract document with one field (dotted path, list indices as numbers) set, or removed for DROP."""
    rec = copy.deepcopy(CONTRACT_DOCUMENT)
    *parents, last = path.split(".")
    node: Any = rec
    for p in parents:
        node = node[int(p)] if p.isdigit() else node[p]
    if value is DROP:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return rec


DROP = object()
DATE_Q = {"start": 10, "end": 20, "text": "2025-жылы", "kind": "date", "value": None, "unit": None, "bound": "eq",
          "date_start": "2025-01-01", "date_end": "2025-12-31"}

VALID_ROWS = [
    ("published with time", "published", "2026-02-13T09:30"),
    ("published null", "published", None),
    ("script null", "script", None),
    ("lang und", "lang", "und"),
    ("segment with script", "segments", [{"start": 0, "end": 5, "lang": "uz", "script": "Latn"}]),
    ("a person without id", "entities", [{"start": 0, "end": 3, "text": "Ali", "type": "PERSON", "id": None,
                                          "name": None}]),
    ("an org with a Wikidata id", "entities", [{"start": 0, "end": 3, "text": "ЕАЭС", "type": "ORG", "id": "Q4470",
                                                "name": "Eurasian Economic Union"}]),
    ("a date quantity", "quantities", [DATE_Q]),
    ("a period quantity with an open end", "quantities", [dict(DATE_Q, kind="period", date_end=None)]),
    ("an export share from/to", "facts", [dict(CONTRACT_FACT, type="export_share", parties=None, unit="%",
                                               value=73, **{"from": "KG", "to": "TJ"})]),
    ("a fact without speaker or period", "facts", [dict(CONTRACT_FACT, speaker=None, period=None)]),
    ("a fact with an unknown unit", "facts", [dict(CONTRACT_FACT, unit=None)]),
    ("a target with only a deadline", "facts", [dict(CONTRACT_FACT, type="trade_target",
                                                     period={"start": None, "end": "2030-12-31"})]),
    ("a planned call with a time", "events", [dict(CONTRACT_EVENT, type="call", mode="phone", place=None,
                                                   date="2026-02-13T10:00", status="planned")]),
    ("an event without participants", "events", [dict(CONTRACT_EVENT, participants=[], date=None)]),
    ("fields the contract may add later", "url", "https://example.org/a"),
    ("warnings", "warnings", ["no body found"]),
]


@pytest.mark.parametrize(("path", "value"), [r[1:] for r in VALID_ROWS], ids=[r[0] for r in VALID_ROWS])
def test_valid_records(path: str, value: Any) -> None:
    rec = changed(path, value)
    if path == "facts" and value[0].get("parties") is None:
        del rec["facts"][0]["parties"]
    assert validate_record(rec) == []


INVALID_ROWS = [
    # (name, path, value, expected message fragment)
    ("doc_id not 16 hex", "doc_id", "3F1A9C0E7B2D4A6", "$.doc_id: '3F1A9C0E7B2D4A6' does not match"),
    ("published as a dotted date", "published", "13.02.2026", "$.published"),
    ("published with seconds", "published", "2026-02-13T09:30:00", "$.published"),
    ("lang as a country", "lang", "kg", "$.lang: 'kg' is not one of"),
    ("script lower-case", "script", "cyrl", "$.script"),
    ("no warnings", "warnings", DROP, "$: 'warnings' is a required property"),
    ("no source", "source", DROP, "$: 'source' is a required property"),
    ("lower-case country", "countries", ["kg"], "$.countries[0]: 'kg' does not match"),
    ("repeated country", "countries", ["KG", "KG"], "$.countries: ['KG', 'KG'] has non-unique elements"),
    ("unsorted countries", "countries", ["TJ", "KG"], "$.countries: expected sorted codes"),
    ("segment in an unknown language", "segments.0.lang", "xx", "$.segments[0].lang"),
    ("entity type LOC", "entities.0.type", "LOC", "$.entities[0].type: 'LOC' is not one of"),
    ("country entity with a Wikidata id", "entities.0.id", "Q863", "$.entities[0].id: 'Q863' does not match"),
    ("person with a country code", "entities", [{"start": 0, "end": 3, "text": "Ali", "type": "PERSON",
                                                 "id": "KG", "name": None}], "$.entities[0].id"),
    ("entity without name", "entities.0.name", DROP, "$.entities[0]: 'name' is a required property"),
    ("negative offset", "entities.0.start", -1, "$.entities[0].start: -1 is less than the minimum of 0"),
    ("end before start", "entities.0.end", 100, "$.entities[0]: expected end >= start"),
    ("quantity kind unknown", "quantities.0.kind", "currency", "$.quantities[0].kind"),
    ("money without value", "quantities.0.value", None, "$.quantities[0].value: None is not of type 'number'"),
    ("date quantity without dates", "quantities", [{k: v for k, v in DATE_Q.items() if k != "date_start"}],
     "$.quantities[0]: 'date_start' is a required property"),
    ("date quantity with a value", "quantities", [dict(DATE_Q, value=2025)], "$.quantities[0].value"),
    ("quantity bound unknown", "quantities.0.bound", "more", "$.quantities[0].bound"),
    ("turnover without parties", "facts.0.parties", DROP, "$.facts[0]: 'parties' is a required property"),
    ("one party", "facts.0.parties", ["KG"], "$.facts[0].parties: ['KG'] is too short"),
    ("unsorted parties", "facts.0.parties", ["TJ", "KG"], "$.facts[0].parties: expected sorted codes"),
    ("export without to", "facts", [dict(CONTRACT_FACT, type="export_value", **{"from": "KG"})],
     "$.facts[0]: 'to' is a required property"),
    ("export from itself", "facts", [dict(CONTRACT_FACT, type="export_value", **{"from": "KG", "to": "KG"})],
     "$.facts[0]: expected from and to to be different states"),
    ("fact type unknown", "facts.0.type", "trade_balance", "$.facts[0].type"),
    ("fact value null", "facts.0.value", None, "$.facts[0].value: None is not of type 'number'"),
    ("fact bound unknown", "facts.0.bound", "over", "$.facts[0].bound"),
    ("confidence above 1", "facts.0.confidence", 1.5, "$.facts[0].confidence: 1.5 is greater than the maximum"),
    ("period with a year only", "facts.0.period", {"start": "2025", "end": None}, "$.facts[0].period"),
    ("speaker without id", "facts.0.speaker", {"name": "X"}, "$.facts[0].speaker"),
    ("fact without evidence", "facts.0.evidence", DROP, "$.facts[0]: 'evidence' is a required property"),
    ("evidence without text", "facts.0.evidence.text", DROP, "$.facts[0].evidence: 'text' is a required property"),
    ("event type match", "events.0.type", "match", "$.events[0].type: 'match' is not one of"),
    ("event code lower-case", "events.0.code", "consult", "$.events[0].code"),
    ("participant without role", "events.0.participants.0.role", DROP,
     "$.events[0].participants[0]: 'role' is a required property"),
    ("place as a string", "events.0.place", "Bishkek", "$.events[0].place"),
    ("event status unknown", "events", [dict(CONTRACT_EVENT, status="maybe")], "$.events[0].status"),
    ("event without date key", "events.0.date", DROP, "$.events[0]: 'date' is a required property"),
    ("unsorted event countries", "events.0.countries", ["TJ", "KG"], "$.events[0].countries: expected sorted"),
]


@pytest.mark.parametrize(("path", "value", "expected"), [r[1:] for r in INVALID_ROWS],
                         ids=[r[0] for r in INVALID_ROWS])
def test_invalid_records(path: str, value: Any, expected: str) -> None:
    problems = validate_record(changed(path, value))
    assert any(expected in p for p in problems), problems


@pytest.mark.parametrize(
    ("record", "expected"),
    [({"source": "a.pdf", "error": {"code": "pdf-broken"}}, "$.error: 'message' is a required property"),
     ({"source": "a.pdf", "error": {"code": "pdf-broken", "message": "m"}, "facts": []},
      "$.facts: not allowed here"),
     ({"source": "a.pdf", "error": {"code": "", "message": "m"}}, "$.error.code: '' should be non-empty"),
     ({"error": {"code": "x", "message": "m"}}, "$: 'source' is a required property"),
     ([], "$: [] is not of type 'object'")],
)
def test_invalid_error_lines(record: Any, expected: str) -> None:
    problems = validate_record(record)
    assert any(expected in p for p in problems), problems


# --- offsets against the document text -------------------------------------------------------------------------

TEXT = "Кыргызстан менен Тажикстандын соода жүгүртүүсү 36 млн доллардан ашты."


def _record_on(text: str) -> dict[str, Any]:
    s = text.index("Тажикстандын")
    q = text.index("36 млн")
    return dict(
        CONTRACT_DOCUMENT,
        segments=[{"start": 0, "end": len(text), "lang": "ky", "script": "Cyrl"}],
        entities=[{"start": s, "end": s + 12, "text": "Тажикстандын", "type": "COUNTRY", "id": "TJ",
                   "name": "Tajikistan"}],
        quantities=[{"start": q, "end": q + 16, "text": "36 млн доллардан", "kind": "money", "value": 36000000,
                     "unit": "USD", "bound": "gt"}],
        facts=[dict(CONTRACT_FACT, evidence={"start": 0, "end": len(text), "text": text})],
        events=[],
    )


def test_true_offsets_validate_against_the_text() -> None:
    assert validate_record(_record_on(TEXT), text=TEXT) == []


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [(lambda r: r["entities"][0].update(start=r["entities"][0]["start"] + 1),
      "$.entities[0]: expected text == document["),
     (lambda r: r["quantities"][0].update(text="36 млн долларга"), "$.quantities[0]: expected text == document["),
     (lambda r: r["facts"][0]["evidence"].update(end=len(TEXT) + 5), "$.facts[0].evidence: expected end <= "),
     (lambda r: r["segments"][0].update(end=len(TEXT) + 1), "$.segments[0]: expected end <= ")],
)
def test_false_offsets_are_reported(mutate: Any, expected: str) -> None:
    rec = copy.deepcopy(_record_on(TEXT))
    mutate(rec)
    problems = validate_record(rec, text=TEXT)
    assert any(expected in p for p in problems), problems


# --- gold files ------------------------------------------------------------------------------------------------


def _gold_lines(path) -> list[tuple[int, Any]]:
    return [(n, json.loads(line)) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if line.strip()]


def test_the_seeds_gold_validates() -> None:
    path = shared_path("corpus", "seeds.gold.jsonl")
    for n, rec in _gold_lines(path):
        assert validate_gold_record(rec) == [], f"{path}:{n}"


def test_the_examples_gold_validates() -> None:
    path = REPO / "examples" / "gold.jsonl"
    if not path.exists():
        pytest.skip(f"{path} does not exist yet")
    for n, rec in _gold_lines(path):
        assert validate_gold_record(rec) == [], f"{path}:{n}"


GOLD = {"file": "a.txt", "lang": "ky", "script": "Cyrl", "date": "2026-02-13", "countries": ["KG", "TJ"],
        "facts": [{"type": "trade_turnover", "parties": ["KG", "TJ"], "value": 36000000, "unit": "USD",
                   "bound": "gt", "period": {"start": "2025-01-01", "end": "2025-11-30"}, "quote": "36 млн"},
                  {"type": "export_share", "from": "KG", "to": "TJ", "value": 73, "unit": "%", "period": None,
                   "quote": "73%", "optional": True}],
        "events": [{"type": "meeting", "date": None, "countries": ["KG", "TJ"], "quote": "жолугушту"},
                   {"type": "visit", "date": "2026-02-13", "countries": ["KG", "TJ"], "quote": "сапар",
                    "status": "planned"}]}

GOLD_BAD = [
    ("no lang", lambda g: g.pop("lang")),
    ("lang ky-KG", lambda g: g.update(lang="ky-KG")),
    ("country KGZ", lambda g: g.update(countries=["KGZ"])),
    ("fact type unknown", lambda g: g["facts"][0].update(type="turnover")),
    ("turnover with from/to only", lambda g: g["facts"][0].pop("parties")),
    ("three parties", lambda g: g["facts"][0].update(parties=["KG", "TJ", "UZ"])),
    ("export without from", lambda g: g["facts"][1].pop("from")),
    ("value as text", lambda g: g["facts"][0].update(value="36 млн")),
    ("no period", lambda g: g["facts"][0].pop("period")),
    ("period without end", lambda g: g["facts"][0].update(period={"start": "2025-01-01"})),
    ("empty quote", lambda g: g["facts"][0].update(quote="")),
    ("optional as text", lambda g: g["facts"][0].update(optional="true")),
    ("event date with a slash", lambda g: g["events"][0].update(date="2026/02/13")),
    ("event type unknown", lambda g: g["events"][0].update(type="talks")),
    ("event status held", lambda g: g["events"][1].update(status="held")),
    ("event without quote", lambda g: g["events"][0].pop("quote")),
    ("events missing", lambda g: g.pop("events")),
]


def test_a_good_gold_record_passes_the_schema_and_the_loader() -> None:
    assert validate_gold_record(GOLD) == []
    doc = parse_gold_record(GOLD)
    assert doc.events[1].status == "planned" and doc.facts[1].optional is True


@pytest.mark.parametrize("mutate", [r[1] for r in GOLD_BAD], ids=[r[0] for r in GOLD_BAD])
def test_the_gold_schema_and_the_loader_refuse_the_same_records(mutate: Any) -> None:
    g = copy.deepcopy(GOLD)
    mutate(g)
    assert validate_gold_record(g) != []
    with pytest.raises(GoldError):
        parse_gold_record(g, "gold.jsonl", 1)
