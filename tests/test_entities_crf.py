"""The statistical NER: its features (the same at training and at run time) and the run-time windows."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabarchi.entities import crf, find_entities
from kabarchi.entities.find import _candidates, crf_mentions
from kabarchi.entities.match import gazetteer_candidates
from kabarchi.errors import LexiconError
from kabarchi.text.normalize import normalize
from tests.conftest import repo_module, shared_path

REPO = Path(__file__).resolve().parent.parent


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
        ("Кеше Нұрлан Ермеков келді.", ["Нұрлан", "Ермеков"]),  # "кеше" is written lower case inside sentences
        ("Кеше жиналысқа Президенті Ермеков келді.", ["Ермеков"]),  # "президенті": never inside a KazNERD name
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


def test_plain_words_are_lower_case_kinds():
    lower, never = crf.plain_words()
    assert "кеше" in lower and "президенті" in never
    assert "ермеков" not in lower | never and "сыртқы" not in lower | never  # "Сыртқы істер министрлігі"


def test_plain_words_reject_a_malformed_line(tmp_path, monkeypatch):
    bad = tmp_path / "plain_words.tsv"
    bad.write_text("# ok\nкеше\tlower\nКеше\tsometimes\n", encoding="utf-8")
    monkeypatch.setattr(crf, "PLAIN_WORDS", bad)
    crf.plain_words.cache_clear()
    try:
        with pytest.raises(LexiconError, match=":3: expected a lower-case word"):
            crf.plain_words()
    finally:
        crf.plain_words.cache_clear()


def _script(name: str):
    return repo_module("scripts", name)


def test_plain_words_are_what_the_script_rebuilds():
    shared = shared_path("data", "kaznerd").parent.parent
    shipped = (REPO / "src" / "kabarchi" / "data" / "entities" / "plain_words.tsv").read_text(encoding="utf-8")
    assert _script("build_plain_words").build(shared) == shipped, "run scripts/build_plain_words.py"


def test_training_merges_the_labels_kabarchi_does_not_keep():
    collapse = _script("train_ner").collapse
    tags = ["B-PERSON", "I-PERSON", "O", "B-DATE", "I-DATE", "B-LAW", "I-LAW", "B-POSITION", "B-NORP", "B-GPE"]
    assert collapse(tags, frozenset({"POSITION", "NORP"})) == [
        "B-PERSON", "I-PERSON", "O", "B-NUM", "I-NUM", "B-OTHER", "I-OTHER", "B-POSITION", "B-NORP", "B-GPE"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Кеше Алматыда өткен кездесуге « Болашақ » қорының төрағасы Ержан Сәрсенбаев қатысты .",
        "Қазақстан Республикасы Ауыл шаруашылығы министрлігі Зәуреш Қуандықова туралы хабарлады .",
        "Жуырда Бишкекте Кыргыз Республикасынын Улуттук банкы Түндүк Кореяга жаңы маалымат жөнөттү .",
    ],
)
def test_pruned_features_give_the_same_tags(sentence):
    toks = sentence.split()
    full = crf.sentence_features(toks)
    pruned = crf.sentence_features(toks, prune=True)
    assert sum(map(len, pruned)) < sum(map(len, full))  # unknown word features are left out...
    assert crf.tagger().tag(pruned) == crf.tagger().tag(full)  # ...and the model could not have used them


def test_shipped_attribute_list_is_the_models():
    """The list read at start-up must be the model's own: a stale list would prune features the model knows."""
    header = crf.ATTRIBUTES.read_text(encoding="utf-8").split("\n", 1)[0]
    assert header == f"# sha256 {crf._model_hash()}", "retrain wrote a model without its list: run scripts/train_ner.py"
    crf.model_attributes.cache_clear()
    try:
        assert crf.model_attributes() == crf.read_model_attributes()
    finally:
        crf.model_attributes.cache_clear()


def test_a_stale_attribute_list_is_ignored(tmp_path, monkeypatch):
    stale = tmp_path / "attrs.txt"
    stale.write_text("# sha256 " + "0" * 64 + "\nw=only\n", encoding="utf-8")
    monkeypatch.setattr(crf, "ATTRIBUTES", stale)
    crf.model_attributes.cache_clear()
    try:
        assert crf.model_attributes() == crf.read_model_attributes()
        assert "w=only" not in crf.model_attributes()
    finally:
        crf.model_attributes.cache_clear()


def test_mention_replacement_swaps_only_the_named_class_and_keeps_tags_aligned():
    train_ner = _script("train_ner")
    sents = [
        (["Қасым-Жомарт", "Тоқаев", "Астанада", "сөйледі", "."], ["B-PERSON", "I-PERSON", "B-GPE", "O", "O"]),
        (["Әлихан", "Смайылов", "Ұлттық", "банкке", "барды"], ["B-PERSON", "I-PERSON", "B-ORGANISATION",
                                                          "I-ORGANISATION", "O"]),
        (["Бүгін", "жаңбыр", "жауды"], ["B-DATE", "O", "O"]),
    ]
    out = train_ner.mention_swap(sents, 0, ("PERSON",))
    assert len(out) == 2  # one copy per sentence that names a person; none for the third
    persons = {("Қасым-Жомарт", "Тоқаев"), ("Әлихан", "Смайылов")}
    for (toks, tags), (otoks, otags) in zip(out, sents[:2]):
        assert len(toks) == len(tags)
        spans = crf.spans_from_tags(tags)
        assert tuple(toks[spans[0][0]:spans[0][1]]) in persons and spans[0][2] == "PERSON"
        # everything after the person is the original sentence, tags included
        n = spans[0][1] - spans[0][0]
        o = crf.spans_from_tags(otags)[0][1] - crf.spans_from_tags(otags)[0][0]
        assert toks[n:] == otoks[o:] and tags[n:] == otags[o:]
    with pytest.raises(SystemExit, match="expected classes of PERSON, GPE, LOCATION, ORGANISATION, got PERSONS"):
        train_ner.augment(sents, "PERSONS", 0)
    assert train_ner.augment(sents, "", 0) == []
