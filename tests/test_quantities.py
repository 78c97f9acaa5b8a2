"""Quantities: the seeds' figures, the offset property, lexicon validation and the stage."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabarchi.document import Document, RawDocument
from kabarchi.errors import LexiconError
from kabarchi.pipeline import Stage
from kabarchi.quantities import find_quantities, quantities_stage
from kabarchi.quantities import lexicon as qlex
from kabarchi.text.normalize import normalize

_HEADER = re.compile(r" ?date (\d{4}-\d\d-\d\d)(?: (\d\d:\d\d))?")


def _seed(seed_texts, key, lang):
    """Strip the crawl header (" date YYYY-MM-DD[ HH:MM]") as a reader would; offsets stay in the full text."""
    text = seed_texts[key]
    m = _HEADER.match(text)
    published = None
    if m:
        published = m[1] + (f"T{m[2]}" if m[2] else "")
    view = normalize(text)
    found = find_quantities(view, lang, published)
    body = m.end() if m else 0
    found = [q for q in found if q.start >= body]
    for q in found:
        assert text[q.start:q.end] == q.text
    return found


def _has(found, kind, value, unit, bound=None, target=None):
    for q in found:
        if q.kind == kind and q.value == value and q.unit == unit and (bound is None or q.bound == bound) \
                and (target is None or q.target == target):
            return q
    raise AssertionError(f"no {kind} {value} {unit} {bound}: {[(q.text, q.value, q.bound) for q in found]}")


def test_seed_000(seed_texts):
    f = _seed(seed_texts, "000", "ky")
    _has(f, "money", 36000000, "USD", "gt")
    _has(f, "multiplier", 24, "x")
    _has(f, "percent", 73, "%")
    _has(f, "percent", 27, "%")
    _has(f, "percent", 171, "%")
    _has(f, "money", 33000000, "USD", "gt")
    _has(f, "money", 185000000, "USD", "approx")
    _has(f, "money", 500000000, "USD", "eq", target=True)
    _has(f, "count", 86000, "persons")
    p = [q for q in f if q.text == "2025-жылдын январь-ноябрь"]  # the month word "айларындагы" stays out (KazNERD)
    assert p and (p[0].kind, p[0].date_start, p[0].date_end) == ("period", "2025-01-01", "2025-11-30")
    assert not [q for q in f if q.kind == "number" and q.value in (2025, 2021, 2022, 2013)]


def test_seed_001_nbsp(seed_texts):
    f = _seed(seed_texts, "001", "ky")
    q = _has(f, "money", 36000000, "USD")
    assert "\u00a0" in q.text or " " in q.text
    _has(f, "multiplier", 24, "x", "approx")
    _has(f, "money", 500000000, "USD", target=True)


def test_seed_002(seed_texts):
    f = _seed(seed_texts, "002", "kk")
    _has(f, "money", 1200000000, "USD", "gt")
    _has(f, "money", 2000000000, "USD", target=True)
    p = [q for q in f if q.kind == "period" and q.date_start == "2026-01-01" and q.date_end == "2028-12-31"]
    assert p


def test_seed_004(seed_texts):
    f = _seed(seed_texts, "004", "uz")
    _has(f, "money", 2000000000, "USD", "approx")


def test_published_none_leaves_relative_unresolved():
    f = find_quantities(normalize("Былтыр соода өстү, 13-февралда жолугушту."), "ky", None)
    assert [(q.kind, q.date_start, q.resolved) for q in f] == [("period", None, False), ("date", None, False)]


def test_to_dict_fields():
    (q,) = find_quantities(normalize("Соода 36 млн доллардан ашып кетти."), "ky", None)
    assert q.to_dict() == {"start": 6, "end": 22, "text": "36 млн доллардан", "kind": "money", "value": 36000000,
                           "unit": "USD", "bound": "gt", "low": None, "target": False}
    (p,) = find_quantities(normalize("2025-жылы"), "ky", None)
    assert p.to_dict()["date_start"] == "2025-01-01" and p.to_dict()["value"] is None


def test_year_and_date_digits_are_not_numbers():
    f = find_quantities(normalize("2025-жылы 29.06.2022 күнү 5%"), "ky", None)
    assert [q.kind for q in f] == ["period", "date", "percent"]


def test_stage():
    text = "Соода 36 млн доллардан ашып, 24 эсе өстү."
    doc = Document.from_raw(RawDocument(source="x", text=text, published="2026-02-13"))
    doc = doc.__class__(**{**{f: getattr(doc, f) for f in doc.__slots__}, "view": normalize(text), "lang": "ky"})
    out = quantities_stage(doc)
    assert isinstance(quantities_stage, Stage)
    assert [q.to_dict()["value"] for q in out.quantities] == [36000000, 24]
    assert "quantities" in quantities_stage.gives and "published" in quantities_stage.needs


def test_malformed_lexicon_fails_at_load(tmp_path, monkeypatch):
    for f in qlex.DATA.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    (tmp_path / "scales.tsv").write_text("млн\tmany\n", encoding="utf-8")
    monkeypatch.setattr(qlex, "DATA", tmp_path)
    qlex.load.cache_clear()
    try:
        with pytest.raises(LexiconError, match="expected a number, got 'many'"):
            qlex.load()
        (tmp_path / "scales.tsv").write_text("млн\n", encoding="utf-8")
        with pytest.raises(LexiconError, match="expected 2 tab-separated columns"):
            qlex.load()
    finally:
        monkeypatch.undo()
        qlex.load.cache_clear()


_PIECES = ["36", " ", "\u00a0", "млн", "доллар", "дан", "-", "1,5", "2025", "жылы", "%", "эсе", "$", ".", ",", "миң",
           "тажик", "туристи", "январь", "ноябрь", "айларында", "былтыр", "\u00ad", "’", "oʻtgan", "yili", "29.06.2022",
           "бир", "беш", "жүз", "\n", "дээрлик", "ашып", "13", "февралда", "в", "раза", "billion", "–", "соли"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30), st.sampled_from(["ky", "kk", "uz", "tg", "ru", "en", "und"]),
       st.sampled_from([None, "2026-02-13", "2026-02-13T14:05"]))
def test_offsets_property(pieces, lang, published):
    text = "".join(pieces)
    for q in find_quantities(normalize(text), lang, published):
        assert text[q.start:q.end] == q.text
        assert q.start < q.end
