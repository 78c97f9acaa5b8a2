"""The five seed articles (read from ../shared at run time; skipped without it): country sets and leaders."""

from __future__ import annotations

import json
import re

import pytest

from kabarchi.entities import countries_of, find_entities
from kabarchi.text.normalize import normalize
from conftest import shared_path

LEADERS = {
    "000": {"Adylbek Kasymaliev", "Kokhir Rasulzoda", "Sadyr Japarov"},
    "001": {"Adylbek Kasymaliev", "Kokhir Rasulzoda"},
    "002": {"Yermek Kosherbayev", "Sirojiddin Muhriddin", "Kassym-Jomart Tokayev", "Emomali Rahmon"},
    "003": {"Emomali Rahmon"},
    "004": {"Kassym-Jomart Tokayev", "Sadyr Japarov"},
}
_HEADER = re.compile(r"^ ?date [^\n]*?(?:\d{2}:\d{2}|\d{4}-\d{2}-\d{2}) ?")


@pytest.fixture(scope="module")
def gold() -> dict[str, dict]:
    path = shared_path("corpus", "seeds.gold.jsonl")
    return {json.loads(line)["file"][:3]: json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()}


def _body(text: str) -> str:
    """The article without the crawler's ' date …' header (the readers strip it in the pipeline)."""
    m = _HEADER.match(text)
    return text[m.end():] if m else text


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_countries_and_leaders(seed, seed_texts, gold):
    text = _body(seed_texts[seed])
    ents = find_entities(normalize(text), gold[seed]["lang"])
    assert list(countries_of(ents)) == gold[seed]["countries"]
    linked = {e.name for e in ents if e.type == "PERSON"}
    assert LEADERS[seed] <= linked, LEADERS[seed] - linked
    for e in ents:
        assert text[e.start : e.end] == e.text
