"""PDF artefacts: running headers, footers and page numbers leave the view; body lines with numbers stay."""

from __future__ import annotations

import re

import pytest

from kabarchi.text import normalize
from kabarchi.text.artefacts import find_artefacts, looks_like_pdf_dump

BODY = (
    "Кыргызстан менен Тажикстандын ортосундагы соода байланыштары акыркы жылдары кескин өзгөрдү жана "
    "эки өлкөнүн өкмөттөрү жаңы келишимдерге кол коюшту, ошондой эле чек ара маселелерин талкуулашты. "
    "Товар жүгүртүү жанданып, ишкерлер түз байланыштарды калыбына келтирүүгө аракет кылышты жана "
    "бажы жол-жоболору жеңилдетилди. Адистер бул процесс узакка созулат деп эсептешет, бирок "
    "алгачкы натыйжалар эле байкалып калды. "
)


def _wrapped_lines(n_words: int, offset: int = 0) -> list[str]:
    words = (BODY * 20).split()[offset : offset + n_words]
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 85:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return lines + [cur]


def plain_dump(pages: int, header: str = "Вестник ОшМУ, 2023, №2", first_page: int = 17) -> str:
    """A pypdf-style plain dump: " \\n\\n" between lines, a padded header and a page number at each break."""
    chunks = []
    for p in range(pages):
        lines = _wrapped_lines(60, offset=p * 60)
        if p == 1:
            lines.insert(5, "2024")  # a body line that is only a year
            lines.insert(9, "36,5 млн")  # and one that is only a figure
        chunks.append(" \n\n".join(lines) + " ")
        if p < pages - 1:
            chunks.append(f"\n\n\n\n   {header}{' ' * 90}\n\n \n\n{first_page + p} \n \n\n")
    return "".join(chunks)


def paged(pages: int, header: str = "Journal of Central Asian Studies 2023 No. 2") -> str:
    """Pages separated by form feeds: a header on top, the page number at the foot."""
    out = []
    for p in range(pages):
        body = "\n".join(_wrapped_lines(50, offset=p * 50))
        out.append(f"{header}\n{body}\n{101 + p}\n")
    return "\f".join(out)


def view_of(text: str, media: str) -> str:
    return normalize(text, find_artefacts(text, media)).text


@pytest.mark.parametrize("pages", [2, 4])
def test_plain_dump_loses_headers_and_page_numbers(pages: int) -> None:
    text = plain_dump(pages)
    assert looks_like_pdf_dump(text)
    view = view_of(text, "text")
    assert "Вестник" not in view
    for n in range(17, 17 + pages - 1):
        assert not re.search(rf"(?m)^\s*{n}\s*$", view)
    assert re.search(r"(?m)^2024 $", view) and "36,5 млн" in view  # body lines with numbers stay
    assert "  " not in re.sub(r"\s*\n\s*", "\n", view)  # no words glued, nothing doubled
    assert len(re.findall(r"\w+", view)) == len(re.findall(r"\w+", text)) - (pages - 1) * (len(re.findall(r"\w+", "Вестник ОшМУ, 2023, №2")) + 1)


def test_a_single_page_break_with_a_padded_header_goes() -> None:
    text = plain_dump(2, header="2019, №3/2")
    view = view_of(text, "text")
    assert "2019, №3/2" not in view and not re.search(r"(?m)^\s*17\s*$", view)


def test_form_feed_pages_lose_running_header_and_numbers() -> None:
    text = paged(4)
    view = view_of(text, "pdf")
    assert "Journal of Central Asian Studies" not in view
    assert not re.search(r"(?m)^\s*10[1-4]\s*$", view)
    assert "ортосундагы" in view


def test_header_with_changing_page_number_repeats_with_digits_masked() -> None:
    pages = []
    for p in range(4):
        body = " \n\n".join(_wrapped_lines(50, offset=p * 50))
        pages.append(f"Известия КНУ, том 3, стр. {210 + p} \n\n{body}")
    text = " \n\n".join(pages)
    view = view_of(text, "text")
    assert "Известия" not in view


def test_hyphenated_word_across_a_page_break_is_joined() -> None:
    lines = _wrapped_lines(150)
    lines[10] = lines[10] + " эконо-"
    lines[11] = "микалык " + lines[11]
    text = " \n\n".join(lines[:11]) + " \n\n\n\n   Вестник 2023, №2" + " " * 80 + "\n\n \n\n17 \n \n\n" + " \n\n".join(lines[11:])
    view = view_of(text, "text")
    assert "экономикалык" in view and "Вестник" not in view


def test_news_text_is_left_alone() -> None:
    text = "Соода өстү\n" + "Бул биринчи абзац. Ал чекит менен бүтөт.\n" * 3 + "2024\n" + "Экинчи абзац.\n" * 6
    assert not looks_like_pdf_dump(text)
    assert find_artefacts(text, "text") == []


def test_edits_keep_offsets_true() -> None:
    text = plain_dump(3)
    view = normalize(text, find_artefacts(text, "text"))
    for m in re.finditer(r"\w+", view.text):
        span = view.span(m.start(), m.end())
        assert text[span.start : span.end] == span.text == m.group()


def test_empty_and_blank_texts() -> None:
    assert find_artefacts("", "pdf") == []
    assert find_artefacts(" \n\f\n ", "pdf") == []


def test_seed_003_loses_its_running_header_and_page_number(seed_texts: dict[str, str]) -> None:
    text = seed_texts["003"]
    view = view_of(text, "text")
    assert "2024, №4/1" not in view
    assert not re.search(r"(?m)^\s*409\s*$", view)
    assert "постсоветтик \nмейкиндикти" in view
    for name in ("000", "001", "002", "004"):
        assert find_artefacts(seed_texts[name], "text") == []
