"""Language identification: tables of texts written for these tests, the stage's segments, the seeds."""

from __future__ import annotations

import dataclasses
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabarchi.document import Document, RawDocument
from kabarchi.errors import PipelineError
from kabarchi.langid import LangGuess, identify, identify_many, langid_stage
from kabarchi.langid.model import MODEL_PATH, load_model
from kabarchi.langid.translit import kk_cyrillic_to_latin, uz_latin_to_cyrillic
from kabarchi.spans import Span
from kabarchi.text.normalize import normalize

ROWS = [
    # Kyrgyz
    ("Кыргызстан менен Тажикстан соода жүгүртүүнү көбөйтүүгө макул болушту.", "ky", "Cyrl"),
    ("Өкмөт башчысы жаңы мыйзам долбоорун талкуулады.", "ky", "Cyrl"),
    ("Бишкекте эки өлкөнүн тышкы иштер министрлери жолугушту.", "ky", "Cyrl"),
    ("Чек ара маселеси боюнча сүйлөшүүлөр уланууда", "ky", "Cyrl"),
    ("Кыргыз-тажик чек арасы", "ky", "Cyrl"),
    ("Президент Садыр Жапаров Ташкентке иш сапары менен барды.", "ky", "Cyrl"),
    # Kazakh, Cyrillic and the Latin alphabet of 2018/2021
    ("Қазақстан мен Өзбекстан арасындағы сауда көлемі өсті.", "kk", "Cyrl"),
    ("Үкімет отырысында экономикалық мәселелер талқыланды.", "kk", "Cyrl"),
    ("Қазақ-тәжік келіссөздері", "kk", "Cyrl"),
    ("Астанада екі елдің сыртқы істер министрлері кездесті.", "kk", "Cyrl"),
    ("Qazaqstan men Qyrǵyzstan arasyndaǵy saýda kólemi óste berdi.", "kk", "Latn"),
    ("Úkimet otyrysynda ekonomıkalyq máseleler talqylandy.", "kk", "Latn"),
    ("Astanada eki eldiń syrtqy ister mınıstrleri kezdesti.", "kk", "Latn"),
    # Uzbek, Latin (any apostrophe) and Cyrillic
    ("Oʻzbekiston va Qirgʻiziston oʻrtasidagi savdo hajmi oshdi.", "uz", "Latn"),
    ("O'zbekiston Prezidenti Toshkentda xorijiy mehmonlarni qabul qildi.", "uz", "Latn"),
    ("O‘zbek-tojik muzokaralari", "uz", "Latn"),
    ("Ўзбекистон ва Тожикистон ўртасидаги савдо ҳажми ошди.", "uz", "Cyrl"),
    ("Ҳукумат йиғилишида иқтисодий масалалар кўриб чиқилди.", "uz", "Cyrl"),
    ("Ўзбек-тожик музокаралари", "uz", "Cyrl"),
    ("Тошкентда икки мамлакат вазирлари учрашди.", "uz", "Cyrl"),
    # Tajik (against Uzbek Cyrillic: ӣ ӯ ҷ, and other words)
    ("Ҷумҳурии Тоҷикистон ва Қирғизистон созишнома имзо карданд.", "tg", "Cyrl"),
    ("Ҳукумати кишвар дар бораи рушди иқтисодиёт гузориш дод.", "tg", "Cyrl"),
    ("Сарвазири Тоҷикистон бо ҳамтои худ дар Душанбе вохӯрд.", "tg", "Cyrl"),
    ("Муносибатҳои тоҷику қирғиз", "tg", "Cyrl"),
    ("Ҳаҷми гардиши мол дар соли гузашта афзоиш ёфт.", "tg", "Cyrl"),
    ("Вазири корҳои хориҷӣ ба Тошканд сафар кард.", "tg", "Cyrl"),
    # Russian
    ("Кыргызстан и Таджикистан договорились увеличить товарооборот.", "ru", "Cyrl"),
    ("Правительство обсудило проект нового закона о торговле.", "ru", "Cyrl"),
    ("Итоги переговоров в Душанбе", "ru", "Cyrl"),
    ("В статье рассмотрены отношения двух соседних государств.", "ru", "Cyrl"),
    ("Министры иностранных дел встретились в Бишкеке.", "ru", "Cyrl"),
    ("МНОГОСТОРОННИЕ СВЯЗИ КАЗАХСТАНА И УЗБЕКИСТАНА", "ru", "Cyrl"),
    # English
    ("Kyrgyzstan and Tajikistan agreed to increase mutual trade.", "en", "Latn"),
    ("The government discussed a new draft law on customs.", "en", "Latn"),
    ("Border talks resume in Osh", "en", "Latn"),
    ("Keywords: border, trade, diplomacy, neighbours", "en", "Latn"),
    ("The ministers met in Bishkek on Thursday.", "en", "Latn"),
    ("Exports of electricity grew by twelve percent last year.", "en", "Latn"),
    # Look-alikes and other languages: und
    ("Татарстан Республикасы Президенты җитәкчелегендә киңәшмә узды.", "und", "Cyrl"),
    ("Без бүген яңа мәктәпкә бардык һәм укытучылар белән сөйләштек.", "und", "Cyrl"),
    ("Башҡортостан Республикаһы Башлығы ҡунаҡтар менән осрашты.", "und", "Cyrl"),
    ("Монгол улсын Ерөнхийлөгч өнөөдөр албан ёсны айлчлал хийж байна.", "und", "Cyrl"),
    ("Улаанбаатар хотод шинэ сургууль нээгдлээ.", "und", "Cyrl"),
    ("Президент України провів зустріч з іноземними партнерами.", "und", "Cyrl"),
    ("Прэзідэнт Беларусі правёў сустрэчу з замежнымі партнёрамі.", "und", "Cyrl"),
    ("Der Präsident besuchte gestern die Hauptstadt und sprach über die Wirtschaft.", "und", "Latn"),
    ("Cumhurbaşkanı dün başkenti ziyaret etti ve ekonomi hakkında konuştu.", "und", "Latn"),
    ("Председник је јуче посетио главни град и говорио о економији.", "und", "Cyrl"),
    ("東京は日本の首都です", "und", "Hani"),
]


@pytest.mark.parametrize(("text", "lang", "script"), ROWS)
def test_identify(text: str, lang: str, script: str) -> None:
    guess = identify(text)
    assert (guess.lang, guess.script) == (lang, script), guess
    assert 0.0 <= guess.confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   ", "2024, №4/1", "12.03.2025 — 409", "%%% 36 000"])
def test_letterless_text_is_und_without_script(text: str) -> None:
    assert identify(text) == LangGuess("und", None, 0.0)


def test_identify_many_matches_identify() -> None:
    # Texts scored together share at most three boundary n-grams with their neighbour: same labels.
    texts = [t for t, _, _ in ROWS]
    together = identify_many(texts)
    alone = [identify(t) for t in texts]
    assert [(g.lang, g.script) for g in together] == [(g.lang, g.script) for g in alone]
    assert identify_many([]) == []


def test_long_text_is_scored_in_chunks() -> None:
    long = " ".join(t for t, lang, _ in ROWS if lang == "ky") * 20
    assert (identify(long).lang, identify(long).script) == ("ky", "Cyrl")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Oʻzbekiston", "Ўзбекистон"),
        ("gʻalaba", "ғалаба"),
        ("Shavkat Mirziyoyev", "Шавкат Мирзиёев"),
        ("yetti", "етти"),
        ("ekonomika", "экономика"),
        ("maʼlumot", "маълумот"),
        ("choy", "чой"),
        ("yangi yil", "янги йил"),
        ("SHAXS", "ШАХС"),
    ],
)
def test_uzbek_transliteration(latin: str, cyrillic: str) -> None:
    assert uz_latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Қазақстан", "Qazaqstan"), ("тереңдетуге", "tereńdetýge"), ("Шымкент", "Shymkent"), ("әріптес", "áriptes")],
)
def test_kazakh_transliteration(cyrillic: str, latin: str) -> None:
    assert kk_cyrillic_to_latin(cyrillic) == latin


# --- the stage -------------------------------------------------------------------------------------------------

MIXED = """Кыргызстан менен Тажикстандын ортосундагы чек ара маселелери

Аннотациясы: Макалада эки өлкөнүн ортосундагы суу-энергетикалык жана дипломатиялык байланыштар каралды.

Аннотация: В статье рассмотрены водно-энергетические и дипломатические связи двух соседних государств.

Annotation: The article examines water, energy and diplomatic relations between the two neighbouring states.

Keywords: border, water, diplomacy.

2024, №4/1

Көз карандысыздыкка ээ болгондон бери эки мамлекет көп тараптуу кызматташтыкты өнүктүрүп келет.

Бул макалада чек ара боюнча сүйлөшүүлөрдүн негизги этаптары талданат."""


def _doc(text: str) -> Document:
    paragraphs = tuple(Span.of(text, m.start(), m.end()) for m in re.finditer(r"[^\n]+", text))
    doc = Document.from_raw(RawDocument(source="test", text=text))
    return dataclasses.replace(doc, view=normalize(text), paragraphs=paragraphs)


def test_stage_segments_mixed_document() -> None:
    doc = langid_stage(_doc(MIXED))
    assert (doc.lang, doc.script) == ("ky", "Cyrl")
    assert [(s.lang, s.script) for s in doc.segments] == [
        ("ky", "Cyrl"),
        ("ru", "Cyrl"),
        ("en", "Latn"),
        ("ky", "Cyrl"),
    ]
    ru, en = doc.segments[1], doc.segments[2]
    assert MIXED[ru.start : ru.end].startswith("Аннотация: В статье")
    assert MIXED[en.start : en.end].startswith("Annotation:") and MIXED[en.start : en.end].endswith("diplomacy.")
    # "2024, №4/1" has no letters: it joins the Kyrgyz run that follows the English one.
    assert doc.segments[3].start == MIXED.index("2024, №4/1")
    assert doc.segments[0].start == 0 and doc.segments[-1].end == len(MIXED)


def test_stage_offsets_are_original_offsets() -> None:
    text = "\u00a0Oʻzbekiston va Qirgʻiziston oʻrtasidagi savdo hajmi oshdi.\n\nThe ministers met in Bishkek."
    doc = langid_stage(_doc(text))
    assert [(s.lang, s.script) for s in doc.segments] == [("uz", "Latn"), ("en", "Latn")]
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(text)
    assert doc.segments[1].end == len(text)


def test_stage_without_paragraphs() -> None:
    doc = langid_stage(dataclasses.replace(_doc(""), paragraphs=()))
    assert (doc.lang, doc.script, doc.segments) == ("und", None, ())


def test_stage_needs_a_view() -> None:
    with pytest.raises(PipelineError):
        langid_stage(Document.from_raw(RawDocument(source="test", text="Бишкек")))


_PIECES = [t for t, _, _ in ROWS] + ["2024, №4/1", "— 409 —", "Бишкек", "Keywords:", "\u00a0"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12), st.sampled_from(["\n", "\n\n", "\r\n \n"]))
def test_segments_tile_the_paragraphs(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    doc = _doc(text)
    if not doc.paragraphs:
        return
    out = langid_stage(doc)
    starts = {p.start for p in doc.paragraphs}
    ends = {p.end for p in doc.paragraphs}
    assert out.segments[0].start == doc.paragraphs[0].start
    assert out.segments[-1].end == doc.paragraphs[-1].end
    for a, b in zip(out.segments, out.segments[1:]):
        assert a.end <= b.start and (a.lang, a.script) != (b.lang, b.script)
    for seg in out.segments:
        assert seg.start in starts and seg.end in ends and seg.start < seg.end
        assert seg.lang in {"ky", "kk", "uz", "tg", "ru", "en", "und"}
    assert out.lang in {seg.lang for seg in out.segments}


def test_stage_letterless_document() -> None:
    doc = langid_stage(_doc("2024\n\n№4/1 — 409"))
    assert (doc.lang, doc.script) == ("und", None)
    assert all(s.lang == "und" for s in doc.segments)


def test_short_paragraph_takes_document_language() -> None:
    doc = langid_stage(_doc("Бишкек\n\n" + ROWS[0][0] + "\n\n" + ROWS[1][0]))
    assert [(s.lang, s.script) for s in doc.segments] == [("ky", "Cyrl")]


# --- the model file ----------------------------------------------------------------------------------------------


def test_shipped_model_loads_without_shared() -> None:
    model = load_model()
    assert MODEL_PATH.stat().st_size <= 3 * 1024 * 1024
    assert {"ky", "kk", "kk-Latn", "uz-Latn", "uz-Cyrl", "tg", "ru", "en", "tt", "ba", "mn", "uk", "be"} <= set(
        model.classes
    )
    assert model.weights.dtype == np.uint8 and model.weights.shape[1] == len(model.classes)


# --- the seeds (read ../shared at run time) ------------------------------------------------------------------------

SEEDS = {
    "000": ("ky", "Cyrl"), "001": ("ky", "Cyrl"), "002": ("kk", "Cyrl"), "003": ("ky", "Cyrl"), "004": ("uz", "Cyrl"),
}  # fmt: skip


@pytest.fixture(scope="module")
def seed_docs(seeds_dir) -> dict[str, Document]:
    from kabarchi.extract import default_pipeline, process
    from kabarchi.readers import read_path

    out = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        (raw,) = read_path(path)
        out[path.name[:3]] = process(raw, default_pipeline("langid"))
    return out


@pytest.mark.shared
@pytest.mark.parametrize(("seed", "expected"), sorted(SEEDS.items()))
def test_seed_language(seed_docs: dict[str, Document], seed: str, expected: tuple[str, str]) -> None:
    doc = seed_docs[seed]
    assert (doc.lang, doc.script) == expected


@pytest.mark.shared
def test_seed_003_abstracts(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["003"]
    langs = [s.lang for s in doc.segments]
    assert langs == ["ky", "ru", "en", "ky"], [(s.lang, doc.text[s.start : s.start + 40]) for s in doc.segments]
    ru, en = doc.segments[1], doc.segments[2]
    assert "Аннотация: В статье" in doc.text[ru.start : ru.end]
    assert "Annotation: The article" in doc.text[en.start : en.end]
    assert "Keywords:" in doc.text[en.start : en.end]


# --- the vectorised scorer against a plain reference ------------------------------------------------------------


def _reference_score(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Scores and letter counts computed the slow way: every n-gram of every character, one at a time."""
    from kabarchi.langid.model import CHUNK, KNOWN_LETTERS, QUANT, _is_foreign_letter

    model = load_model()
    feat = model.featurizer
    sym_table = feat.sym_table
    scripts = feat.symbol_scripts
    mask = (1 << feat.bits) - 1
    muls = (0x2545F4914F6CDD1D, 0x1B873593CC9E2D51, 0x27D4EB2F165667C5)

    def hashed(code: int, mul: int) -> int:
        x = (code * mul) & (2**64 - 1)
        x -= 2**64 if x >= 2**63 else 0  # int64 arithmetic: wrap around, then an arithmetic shift
        return (x >> 24) & mask

    pieces, owner = [], []
    for i, t in enumerate(texts):
        for j in range(0, max(1, len(t)), CHUNK):
            pieces.append(t[j : j + CHUNK])
            owner.append(i)
    joined = "\n" + "\n".join(pieces) + "\n"
    sym = [int(sym_table[min(ord(c), len(sym_table) - 1)]) for c in joined] + [0, 0, 0]
    scores = np.zeros((len(texts), len(model.classes)))
    letters = np.zeros((len(texts), 4), dtype=np.int64)
    pos = 0
    for piece, i in zip(pieces, owner, strict=True):
        end = pos + len(piece) + 1 + (piece is pieces[-1])  # the leading separator, and the closing one at the end
        for p in range(pos, end):
            s = sym[p : p + 4]
            rows = [(1 << feat.bits) + s[0]]
            code = s[0]
            for n in range(1, 4):
                code = code * feat.k + s[n]
                rows.append(hashed(code, muls[n - 1]))
            scores[i] -= QUANT * model.weights[rows].astype(np.int64).sum(axis=0)
            letters[i, 1] += scripts[s[0]] == 1
            letters[i, 2] += scripts[s[0]] == 2
            letters[i, 3] += s[0] >= 2 and feat.alphabet[s[0] - 2] not in KNOWN_LETTERS
        pos = end
        letters[i, 0] += sum(1 for ch in piece if _is_foreign_letter(ch))
    letters[:, 0] += letters[:, 1] + letters[:, 2]
    return scores, letters


@pytest.mark.parametrize(
    "texts",
    [
        ["Кыргызстан менен Тажикстан соода жүгүртүүнү көбөйтүүгө макул болушту."],
        ["Trade between the two countries rose 56%.", "", "Өкмөт башчысы", "2024, №4/1"],
        ["Oʻzbekiston va Qozogʻiston", "Ойыншылар Konami e-football Pro Evolution Soccer", "Müller äöü ß"],
        ["Қазақстан " * 40, "日本語のテキスト and ελληνικά"],  # longer than one chunk; letters of other scripts
    ],
    ids=["one", "mixed", "latin-alien", "chunks-foreign"],
)
def test_vectorised_scores_equal_the_reference(texts: list[str]) -> None:
    scores, letters = load_model().score(texts)
    ref_scores, ref_letters = _reference_score(texts)
    np.testing.assert_allclose(scores, ref_scores, atol=1e-9)
    np.testing.assert_array_equal(letters, ref_letters)
