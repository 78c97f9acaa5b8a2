"""The gazetteers (states, places, organisations, people), validated when loaded, once per process.

A malformed line fails here with ``LexiconError(path, line, expected, got)``, never later while matching.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kabarchi import languages
from kabarchi.errors import LexiconError
from kabarchi.text.normalize import normalize_term

DATA = Path(__file__).resolve().parent.parent / "data" / "entities"
FILES = ("countries.jsonl", "orgs.jsonl", "people.jsonl", "places.jsonl")

TYPES = frozenset({"COUNTRY", "PERSON", "ORG", "PLACE"})
LANGS = languages.LEXICON_LANGS
KINDS = frozenset({"name", "adj", "abbr", "sname"})
_ISO = re.compile(r"^[A-Z]{2}$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True, slots=True)
class Form:
    """One written form of an entity: ``text`` normalised, ``only`` = languages it is restricted to (or empty)."""

    lang: str
    kind: str
    text: str
    only: frozenset[str]


@dataclass(frozen=True, slots=True, eq=False)  # identity equality: records are unique and hashed often
class Record:
    type: str
    id: str | None
    name: str
    country: str | None
    kind: str | None  # places: capital, city, region, district, border_post
    capital_of: str | None
    role: str | None  # people: the latest role
    forms: tuple[Form, ...]
    source: str
    rank: int  # position in its file: earlier wins when a surname is shared


def _fail(path: Path, line: int, expected: str, got: object) -> LexiconError:
    return LexiconError(str(path), line, expected, repr(got)[:120])


def parse_line(path: Path, lineno: int, line: str, rank: int) -> Record:
    """One gazetteer line into a Record, or LexiconError saying what was expected."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _fail(path, lineno, f"a JSON object ({exc.msg})", line) from None
    if not isinstance(obj, dict):
        raise _fail(path, lineno, "a JSON object", obj)
    typ = obj.get("type")
    if typ not in TYPES:
        raise _fail(path, lineno, f"type in {sorted(TYPES)}", typ)
    ident = obj.get("id")
    if typ == "COUNTRY":
        if not (isinstance(ident, str) and _ISO.match(ident)):
            raise _fail(path, lineno, "an ISO 3166-1 alpha-2 id for a COUNTRY", ident)
    elif ident is not None and not (isinstance(ident, str) and _QID.match(ident)):
        raise _fail(path, lineno, "a Wikidata id 'Q…' or null", ident)
    name = obj.get("name")
    if not isinstance(name, str) or not name:
        raise _fail(path, lineno, "a non-empty English 'name'", name)
    source = obj.get("source")
    if not isinstance(source, str) or not source:
        raise _fail(path, lineno, "a non-empty 'source'", source)
    country = obj.get("country", ident if typ == "COUNTRY" else None)
    if country is not None and not (isinstance(country, str) and _ISO.match(country)):
        raise _fail(path, lineno, "'country' as an ISO alpha-2 code or null", country)
    raw_forms = obj.get("forms")
    if not isinstance(raw_forms, list) or not raw_forms:
        raise _fail(path, lineno, "a non-empty list 'forms'", raw_forms)
    forms = []
    for f in raw_forms:
        if not (isinstance(f, list) and len(f) in (3, 4) and all(isinstance(x, str) for x in f)):
            raise _fail(path, lineno, "each form as [lang, kind, text] or [lang, kind, text, only-langs]", f)
        lang, kind, text = f[0], f[1], f[2]
        if lang not in LANGS:
            raise _fail(path, lineno, f"a form language in {sorted(LANGS)}", lang)
        if kind not in KINDS:
            raise _fail(path, lineno, f"a form kind in {sorted(KINDS)}", kind)
        text = normalize_term(text.strip())
        if len(text) < 2:
            raise _fail(path, lineno, "a form of at least 2 characters", text)
        only = frozenset(f[3].split()) if len(f) == 4 else frozenset()
        if not only <= LANGS:
            raise _fail(path, lineno, f"restricting languages in {sorted(LANGS)}", f[3])
        forms.append(Form(lang, kind, text, only))
    roles = obj.get("roles") or []
    role = None
    if roles:
        if not (isinstance(roles, list) and all(isinstance(r, dict) and isinstance(r.get("role"), str) for r in roles)):
            raise _fail(path, lineno, "'roles' as a list of {role, from, to}", roles)
        current = [r for r in roles if r.get("to") is None] or roles
        role = current[0]["role"]
    cap = obj.get("capital_of")
    if cap is not None and not (isinstance(cap, str) and _ISO.match(cap)):
        raise _fail(path, lineno, "'capital_of' as an ISO alpha-2 code or null", cap)
    return Record(typ, ident, name, country, obj.get("kind"), cap, role, tuple(forms), source, rank)


def load_file(path: Path) -> list[Record]:
    out: list[Record] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            out.append(parse_line(path, lineno, line, len(out)))
    return out


@cache
def records(folder: Path = DATA) -> tuple[Record, ...]:
    """Every gazetteer record, in file order (people before places, so a surname beats a same-named place)."""
    out: list[Record] = []
    for name in FILES:
        path = folder / name
        if not path.exists():
            raise LexiconError(str(path), 0, "a gazetteer file shipped with kabarchi", "missing")
        out.extend(load_file(path))
    return tuple(out)
