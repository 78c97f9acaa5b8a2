"""Facts and events through the whole pipeline, on sentences written for these tests, per language.

Each row: (lang, text, published, expected facts as (type, countries, value, unit, bound, period years or None)).
Countries are the sorted pair for two-way types and (from, to) for directed ones.
"""

from __future__ import annotations

import pytest

from kabarchi.document import RawDocument
from kabarchi.extract import process

FACT_ROWS = [
    # --- Kyrgyz
    ("ky", "2025-жылы Кыргызстан менен Тажикстандын ортосундагы соода жүгүртүү 36 млн доллардан ашты.", "2026-02-13",
     [("trade_turnover", ("KG", "TJ"), 36e6, "USD", "gt", "2025")]),
    ("ky", "Кыргызстан менен Тажикстан кызматташтыкты талкуулашты. Эки өлкөнүн соода жүгүртүүсүн 500 млн долларга "
           "жеткирүү милдети коюлду.", "2026-02-13",
     [("trade_target", ("KG", "TJ"), 5e8, "USD", "eq", None)]),
    ("ky", "Кыргызстан менен Тажикстандын алакасы жанданды. Былтыркы соода жүгүртүүнүн 73% кыргыз экспорту, 27% "
           "импорт түздү.", "2026-02-13",
     [("export_share", ("KG", "TJ"), 73, "%", "eq", "2025"), ("export_share", ("TJ", "KG"), 27, "%", "eq", "2025")]),
    ("ky", "Тажикстан менен мамилелер бекемделди. 2025-жылы Кыргызстанга 86 миң тажик туристи келген.", "2026-02-13",
     [("tourist_arrivals", ("TJ", "KG"), 86000, "persons", "eq", "2025")]),
    ("ky", "2025-жылы Кыргызстан менен Өзбекстандын соода жүгүртүүсү 1,9 млрд долларды түзүп, мурунку жылдан 2 эсе "
           "өстү.", "2026-03-04",
     [("trade_turnover", ("KG", "UZ"), 1.9e9, "USD", "eq", "2025"), ("trade_growth", ("KG", "UZ"), 2, "x", "eq", "2025")]),
    # --- Kazakh
    ("kk", "2025 жылы Қазақстан мен Тәжікстан арасындағы өзара сауда көлемі 1,2 млрд АҚШ долларынан асты.", None,
     [("trade_turnover", ("KZ", "TJ"), 1.2e9, "USD", "gt", "2025")]),
    ("kk", "Қазақстан мен Тәжікстан министрлері кездесті. Тараптар тауар айналымын 2 млрд долларға жеткізу үшін "
           "нақты шаралар қабылдауға келісті.", None,
     [("trade_target", ("KZ", "TJ"), 2e9, "USD", "eq", None)]),
    # --- Uzbek, both scripts
    ("uz", "Қозоғистон ва Қирғизистон ўртасидаги ўзаро товар айирбошлаш ҳажми қарийб 2 миллиард долларга етди.",
     "2025-08-22", [("trade_turnover", ("KG", "KZ"), 2e9, "USD", "approx", None)]),
    ("uz", "2025-yilda Oʻzbekiston va Tojikiston oʻrtasidagi savdo aylanmasi 940 million dollardan oshdi.",
     "2026-02-25", [("trade_turnover", ("TJ", "UZ"), 9.4e8, "USD", "gt", "2025")]),
    # --- Tajik
    ("tg", "Соли гузашта гардиши мол байни Тоҷикистон ва Қирғизистон зиёда аз 40 миллион доллари ИМА-ро ташкил дод.",
     "2026-01-28", [("trade_turnover", ("KG", "TJ"), 4e7, "USD", "gt", "2025")]),
    # --- Russian
    ("ru", "По итогам 2025 года товарооборот между Казахстаном и Кыргызстаном превысил 2 млрд долларов США.",
     "2026-02-02", [("trade_turnover", ("KG", "KZ"), 2e9, "USD", "gt", "2025")]),
    ("ru", "Казахстан и Кыргызстан провели переговоры. Стороны договорились довести взаимную торговлю до 3 млрд "
           "долларов к 2030 году.", "2026-02-02",
     [("trade_target", ("KG", "KZ"), 3e9, "USD", "eq", "2030")]),
    # --- English
    ("en", "Bilateral trade between Kazakhstan and Tajikistan exceeded $1.2 billion in 2025, up 15% on the previous "
           "year.", "2026-03-10",
     [("trade_turnover", ("KZ", "TJ"), 1.2e9, "USD", "gt", "2025"), ("trade_growth", ("KZ", "TJ"), 15, "%", "eq", "2025")]),
    ("en", "Kazakhstan and Tajikistan held talks. The ministers agreed to bring trade turnover to $2 billion by 2028.",
     "2026-03-10", [("trade_target", ("KZ", "TJ"), 2e9, "USD", "eq", "2028")]),
    # --- not facts: a bloc, the world, a national figure
    ("en", "Kazakhstan's trade with the European Union reached $40 billion in 2025.", "2026-03-10", []),
    ("en", "Kyrgyzstan's economy grew 9% in 2025, the statistics committee said.", "2026-03-10", []),
    ("ru", "Товарооборот Казахстана со странами мира в 2025 году составил 140 млрд долларов.", "2026-02-02", []),
]


def _extract(lang: str, text: str, published: str | None):
    return process(RawDocument(source=f"test-{lang}.txt", text=text, published=published))


def _fact_tuple(f) -> tuple:
    years = None if f.period is None else f.period[0][:4]
    return (f.type, f.countries, f.value, f.unit, f.bound, years)


@pytest.mark.parametrize(("lang", "text", "published", "expected"), FACT_ROWS)
def test_facts(lang: str, text: str, published: str | None, expected: list[tuple]) -> None:
    doc = _extract(lang, text, published)
    assert doc.lang == lang
    got = sorted(_fact_tuple(f) for f in doc.facts)
    want = sorted((t, c, float(v), u, b, y) for t, c, v, u, b, y in expected)
    assert got == want
    for f in doc.facts:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert f.figure.start >= f.evidence.start and f.figure.end <= f.evidence.end
        assert 0 < f.confidence <= 1


def test_a_figure_in_title_and_body_is_one_fact() -> None:
    text = ("Кыргызстан менен Тажикстандын соода жүгүртүүсү 36 млн доллардан ашты\n"
            "2025-жылы Кыргызстан менен Тажикстандын соода жүгүртүүсү 36 млн доллардан ашты.")
    doc = _extract("ky", text, "2026-02-13")
    turnovers = [f for f in doc.facts if f.type == "trade_turnover"]
    assert len(turnovers) == 1 or len({f.period for f in turnovers}) == len(turnovers)


def test_speaker_of_a_quoted_figure() -> None:
    text = ("«2025-жылы Кыргызстан менен Тажикстандын соода жүгүртүүсү 36 млн доллардан ашты», — деди Адылбек "
            "Касымалиев.")
    doc = _extract("ky", text, "2026-02-13")
    (fact,) = [f for f in doc.facts if f.type == "trade_turnover"]
    assert fact.speaker is not None and "Kasymaliev" in fact.speaker.name


EVENT_ROWS = [
    ("ky", "Министрлер кабинетинин төрагасы Адылбек Касымалиев Тажикстандын премьер-министри Кохир Расулзода менен "
           "жолугушту.", "2026-02-13", [("meeting", ("KG", "TJ"), "2026-02-13", "held")]),
    ("kk", "Қазақстан мен Тәжікстан министрлері кездесті. Тараптар сауда-экономикалық ынтымақтастық "
           "бағдарламасына қол қойды.", "2025-11-05",
     [("meeting", ("KZ", "TJ"), "2025-11-05", "held"), ("agreement", ("KZ", "TJ"), "2025-11-05", "held")]),
    ("uz", "Oʻzbekiston Prezidenti Shavkat Mirziyoyev Tojikiston Prezidenti Emomali Rahmon bilan uchrashdi.",
     "2026-02-25", [("meeting", ("TJ", "UZ"), "2026-02-25", "held")]),
    ("tg", "Президенти Тоҷикистон Эмомалӣ Раҳмон бо Президенти Ӯзбекистон Шавкат Мирзиёев дар Душанбе вохӯрд.",
     "2025-10-15", [("meeting", ("TJ", "UZ"), "2025-10-15", "held")]),
    ("ru", "Президент Узбекистана Шавкат Мирзиёев провёл телефонный разговор с Президентом Туркменистана Сердаром "
           "Бердымухамедовым.", "2025-09-18", [("call", ("TM", "UZ"), "2025-09-18", "held")]),
    ("ru", "Накануне премьер-министры Казахстана и Кыргызстана встретились в Астане.", "2026-02-02",
     [("meeting", ("KG", "KZ"), "2026-02-01", "held")]),
    ("en", "The presidents of Kazakhstan, Kyrgyzstan and Uzbekistan will meet at a summit in Astana in March.",
     "2026-02-01", [("summit", ("KG", "KZ", "UZ"), None, "planned")]),
    ("en", "Kyrgyzstan beat Tajikistan 2-1 in a football match in Bishkek on Tuesday.", "2025-12-01", []),
    ("en", "A strong earthquake hit the border area of Kyrgyzstan and Tajikistan on Monday.", "2025-12-01", []),
]


@pytest.mark.parametrize(("lang", "text", "published", "expected"), EVENT_ROWS)
def test_events(lang: str, text: str, published: str | None, expected: list[tuple]) -> None:
    doc = _extract(lang, text, published)
    got = sorted((e.type, e.countries, e.date, e.status) for e in doc.events)
    assert got == sorted(expected)
    for e in doc.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text


def test_event_participants_are_linked() -> None:
    doc = _extract("ky", EVENT_ROWS[0][1], "2026-02-13")
    (ev,) = doc.events
    names = {p.name for p in ev.participants}
    assert any("Kasymaliev" in n for n in names) and any("Rasulzoda" in n for n in names)
    assert {p.country for p in ev.participants} == {"KG", "TJ"}
    d = ev.to_dict()
    assert d["code"] == "CONSULT" and d["evidence"]["text"] == ev.evidence.text
