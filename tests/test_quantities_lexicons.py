"""The CLDR-derived quantity lexicons are exactly what scripts/build_quantity_lexicons.py rebuilds; durations."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabarchi.quantities import find_quantities
from kabarchi.text.normalize import normalize
from tests.conftest import repo_module, shared_path

REPO = Path(__file__).resolve().parent.parent


def test_rebuild_gives_the_shipped_files():
    shared = shared_path("data", "cldr").parent.parent
    for name, text in repo_module("scripts", "build_quantity_lexicons").build(shared).items():
        shipped = (REPO / "src" / "kabarchi" / "data" / "quantities" / name).read_text(encoding="utf-8")
        assert shipped == text, f"{name} differs from a rebuild: run scripts/build_quantity_lexicons.py"


DURATIONS = [
    ("kk", "Жұмыс 5 жыл бойы жалғасты.", "5 жыл бойы", "duration", 5, "year"),
    ("kk", "Соңғы 2 жылда сауда өсті.", "Соңғы 2 жылда", "duration", 2, "year"),
    ("kk", "Құрылыс 3 айға созылды.", "3 айға", "duration", 3, "month"),
    ("kk", "1,5 жыл ішінде салынды.", "1,5 жыл ішінде", "duration", 1.5, "year"),
    ("ky", "Долбоор 5 жылга созулат.", "5 жылга", "duration", 5, "year"),
    ("ky", "Сүйлөшүү 2 күн өттү.", "2 күн", "duration", 2, "day"),
    ("uz", "Loyiha 3 yil davom etadi.", "3 yil", "duration", 3, "year"),
    ("tg", "Лоиҳа 5 сол идома меёбад.", "5 сол", "duration", 5, "year"),
    ("ru", "Проект рассчитан на 3 недели.", "3 недели", "duration", 3, "week"),
    ("ru", "Работы шли в течение 5 лет.", "в течение 5 лет", "duration", 5, "year"),
    ("en", "The plant was built in 2 years.", "2 years", "duration", 2, "year"),
    ("en", "Talks lasted 10 hours.", "10 hours", "duration", 10, "hour"),
]


@pytest.mark.parametrize("lang,sentence,span,kind,value,unit", DURATIONS)
def test_durations(lang, sentence, span, kind, value, unit):
    found = [q for q in find_quantities(normalize(sentence), lang, "2026-02-13") if q.text == span]
    assert found, [q.text for q in find_quantities(normalize(sentence), lang, "2026-02-13")]
    q = found[0]
    assert (q.kind, q.value, q.unit, q.date_start) == (kind, value, unit, None)
    assert sentence[q.start:q.end] == q.text


PERIODS = [
    ("kk", "3 ай бұрын келісім жасалды.", "3 ай бұрын", "period", "2025-11-01", "2025-11-30"),
    ("kk", "Биылғы жыл оңай болмады.", "Биылғы жыл", "period", "2026-01-01", "2026-12-31"),
    ("kk", "Балалар қыста хоккей ойнайды.", "қыста", "period", None, None),
    ("ky", "5 күн мурун келди.", "5 күн мурун", "date", "2026-02-08", "2026-02-08"),
]


@pytest.mark.parametrize("lang,sentence,span,kind,ds,de", PERIODS)
def test_relative_periods(lang, sentence, span, kind, ds, de):
    found = [q for q in find_quantities(normalize(sentence), lang, "2026-02-13") if q.text == span]
    assert found, [q.text for q in find_quantities(normalize(sentence), lang, "2026-02-13")]
    assert (found[0].kind, found[0].date_start, found[0].date_end) == (kind, ds, de)
