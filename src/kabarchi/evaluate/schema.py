"""Checking one output line against the contract: its JSON Schema, plus what a schema cannot say.

The schema files ship inside the package (kabarchi/data/schema/; docs/schema/ holds identical copies for readers).
``jsonschema`` is needed only here, and imported only when a record is checked.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from kabarchi.errors import KabarchiError

SCHEMA_FILES = ("output.schema.json", "gold.schema.json")


class SchemaUnavailableError(KabarchiError):
    """The schema checker cannot run (jsonschema missing or the shipped schema unreadable)."""

    code = "schema-unavailable"


def schema_text(name: str) -> str:
    """The shipped schema file ``name`` (one of SCHEMA_FILES) as text."""
    if name not in SCHEMA_FILES:
        raise SchemaUnavailableError(f"no schema named {name!r}", fix=f"Use one of: {', '.join(SCHEMA_FILES)}.")
    try:
        return (resources.files("kabarchi") / "data" / "schema" / name).read_text(encoding="utf-8")
    except OSError as exc:
        raise SchemaUnavailableError(
            f"the shipped schema {name} cannot be read ({exc})", fix="Reinstall kabarchi."
        ) from None


@cache
def load_schema(name: str = "output.schema.json") -> dict[str, Any]:
    return json.loads(schema_text(name))


@cache
def _validator(name: str) -> Any:
    try:
        from jsonschema import Draft202012Validator
    except ImportError:
        raise SchemaUnavailableError(
            "checking records against the schema needs the jsonschema package",
            fix="Install it: pip install 'kabarchi[test]' (or pip install jsonschema).",
        ) from None
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _where(path: Any) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def _message(e: Any) -> str:
    if e.validator == "not" and e.validator_value == {}:
        return f"{_where(e.absolute_path)}: not allowed here (an error line has only source and error)"
    return f"{_where(e.absolute_path)}: {e.message}"


def _errors(validator: Any, record: Any) -> list[str]:
    errors = sorted(validator.iter_errors(record), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    return [_message(e) for e in errors]


def _spans(record: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every span of a document record with its JSON path."""
    out: list[tuple[str, dict[str, Any]]] = []
    for key in ("entities", "quantities", "segments"):
        for i, s in enumerate(record.get(key) or []):
            if isinstance(s, dict):
                out.append((f"$.{key}[{i}]", s))
    for key in ("facts", "events"):
        for i, item in enumerate(record.get(key) or []):
            if isinstance(item, dict) and isinstance(item.get("evidence"), dict):
                out.append((f"$.{key}[{i}].evidence", item["evidence"]))
    return out


def _contract_checks(record: dict[str, Any], text: str | None) -> list[str]:
    """What JSON Schema cannot express: sorted lists, end >= start, and (given the text) true offsets."""
    problems: list[str] = []
    countries = record.get("countries")
    if isinstance(countries, list) and countries != sorted(countries, key=str):
        problems.append(f"$.countries: expected sorted codes, got {countries}")
    for i, f in enumerate(record.get("facts") or []):
        if isinstance(f, dict):
            parties = f.get("parties")
            if isinstance(parties, list) and parties != sorted(parties, key=str):
                problems.append(f"$.facts[{i}].parties: expected sorted codes, got {parties}")
            if "from" in f and f.get("from") == f.get("to"):
                problems.append(f"$.facts[{i}]: expected from and to to be different states, got {f.get('from')}")
    for i, e in enumerate(record.get("events") or []):
        if isinstance(e, dict) and isinstance(e.get("countries"), list) and e["countries"] != sorted(
            e["countries"], key=str
        ):
            problems.append(f"$.events[{i}].countries: expected sorted codes, got {e['countries']}")
    for where, s in _spans(record):
        start, end = s.get("start"), s.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            continue
        if end < start:
            problems.append(f"{where}: expected end >= start, got start {start}, end {end}")
            continue
        if text is not None:
            if end > len(text):
                problems.append(f"{where}: expected end <= {len(text)} (the text's length), got {end}")
            elif "text" in s and text[start:end] != s["text"]:
                problems.append(f"{where}: expected text == document[{start}:{end}] "
                                f"{text[start:end][:60]!r}, got {str(s['text'])[:60]!r}")
    return problems


def validate_record(record: Any, *, text: str | None = None) -> list[str]:
    """Every way ``record`` (one ``kabarchi extract`` line, parsed) breaks the contract; empty when it is valid.

    Beyond the schema: sorted country lists, from != to, end >= start, and, when the document's original ``text``
    is given, ``text[start:end] == span.text`` for every span (entities, quantities, segments, evidence).
    """
    problems = _errors(_validator("output.schema.json"), record)
    if isinstance(record, dict) and "error" not in record:
        problems += _contract_checks(record, text)
    return problems


def validate_gold_record(record: Any) -> list[str]:
    """Every way one parsed gold record breaks docs/schema/gold.schema.json; empty when it is valid."""
    return _errors(_validator("gold.schema.json"), record)
