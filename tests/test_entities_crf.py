"""The statistical NER: its features (the same at training and at run time) and the run-time windows."""

from __future__ import annotations

import pytest

from kabarchi.entities import crf, find_entities
from kabarchi.entities.find import _candidates, crf_mentions
from kabarchi.entities.match import gazetteer_candidates
from kabarchi.text.normalize import normalize


@pytest.mark.parametrize(
    "word, expected",
    [
        ("министрлігінің", "министрліг"),  # poss + gen
        ("Қазақстанның".lower(), "қазақстан"),
        ("университетінде", "университет"),
        ("компаниясы", "компания"),
        ("үй", "үй"),  # too short to strip
    ],
)
def test_stem_strips_turkic_suffix_chains(word, expected):
    assert crf.stem(word) == expected


@pytest.mark.parametrize(
    "token, cue",
    [("министрлігі", True), ("комитеті", True), ("банкі", True), ("университеті", True), ("компаниясы", True),
     ("партиясы", True), ("ұйымы", True), ("АҚ", True), ("кітап", False), ("Алматы", False)],
)
def test_organisation_cue_words(token, cue):
    assert crf._word(token)[2] is cue


def test_gazetteer_spans_become_b_i_tags():
    toks = ["Ол", "Қазақстан", "Республикасының", "Сыртқы", "істер", "министрлігінде", "жұмыс", "істейді", "."]
    tags = crf.gaz_tags(toks)
    assert tags[0] == "" and tags[-1] == ""
    assert tags[1].startswith("B-")
    assert all(t.startswith("I-") for t in tags[2:6] if t)


def test_features_are_the_same_with_given_or_computed_gazetteer_tags():
    toks = "Астанада Ержан Сәрсенбаев « Болашақ » қорының төрағасы болды .".split()
    assert crf.sentence_features(toks) == crf.sentence_features(toks, crf.gaz_tags(toks))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Кеше жиналыс өтті. Оған министр Ермеков қатысты.", ["Ермеков"]),  # "Оған" only opens the sentence
        ("Нұрлан Ермеков келді.", ["Нұрлан", "Ермеков"]),  # first word followed by a capitalised one
        ("Кеше жиналыс өтті.", []),
        ("Т. Ермеков келді.", ["Ермеков"]),  # initials are not candidates
        ("ҚАЗАҚСТАН ЖӘНЕ ҚЫРҒЫЗСТАН АРАСЫНДА", []),  # a headline in capitals
    ],
)
def test_candidates(text, expected):
    view = normalize(text)
    covered = bytearray(len(view.text) + 1)
    got = [view.text[p:].split()[0] for p in _candidates(view.text, covered, [])]
    assert got[: len(expected)] == expected and len(got) == len(expected)


def test_crf_finds_an_unknown_person_and_keeps_offsets():
    text = "Кеше Алматыда өткен кездесуге «Болашақ» қорының төрағасы Ержан Сәрсенбаев қатысты."
    view = normalize(text)
    cands = gazetteer_candidates(view, "kk")
    covered = bytearray(len(view.text) + 1)
    for c in cands:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    found = {view.text[s:e]: label for s, e, label in crf_mentions(view, cands, covered)}
    assert found.get("Ержан Сәрсенбаев") == "PERSON"
    ents = find_entities(view, "kk")
    assert any(e.text == "Ержан Сәрсенбаев" and e.type == "PERSON" and e.source == "crf" for e in ents)
    for e in ents:
        assert text[e.start : e.end] == e.text
