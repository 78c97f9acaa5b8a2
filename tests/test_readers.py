"""Readers: every kind of input, every encoding, every kind of bad input; all sample text is our own."""

from __future__ import annotations

import codecs
import io
import json
import logging
import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabarchi import config
from kabarchi.document import RawDocument
from kabarchi.errors import BinaryInputError
from kabarchi.readers import (
    PAGE_SEPARATOR,
    ReadFailure,
    guess_title,
    iter_paths,
    parse_crawl_header,
    read_bytes,
    read_path,
)
from kabarchi.readers.dates import normalise_date
from kabarchi.readers.decode import decode_bytes

try:  # tests/ is a rootdir-relative folder now; it may become a package later
    from readers_fixtures import SAMPLE_PAGES, cyrillic_font_available, make_pdf
except ImportError:  # pragma: no cover
    from tests.readers_fixtures import SAMPLE_PAGES, cyrillic_font_available, make_pdf

KY = "Кыргызстан менен Өзбекстандын ортосундагы соода жүгүртүү былтыр өстү. Эки өлкөнүн министрлери Бишкекте жолугушту."
KK = "Қазақстан мен Қырғызстан арасындағы сауда көлемі өткен жылы өсті. Екі елдің министрлері Астанада кездесті."
RU = "Товарооборот между Казахстаном и Узбекистаном в прошлом году вырос. Министры двух стран встретились в Ташкенте."
UZ = "Oʻzbekiston va Qozogʻiston oʻrtasidagi savdo hajmi oʻsdi. Vazirlar Toshkentda uchrashdi."
TG = "Тоҷикистон ва Қирғизистон ҳамкории тиҷоратиро густариш медиҳанд. Вазирон дар Душанбе мулоқот карданд."
EN = "Trade between Kyrgyzstan and Tajikistan grew last year. The ministers met in Dushanbe."


def one(results: list[RawDocument | ReadFailure]) -> RawDocument:
    assert len(results) == 1, results
    (r,) = results
    assert isinstance(r, RawDocument), r
    return r


def failure(results: list[RawDocument | ReadFailure]) -> ReadFailure:
    assert len(results) == 1, results
    (r,) = results
    assert isinstance(r, ReadFailure), r
    return r


# --- encodings ---------------------------------------------------------------------------------------------

UNICODE_ENCODINGS = [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-16-le", b""),  # no byte-order mark: recognised by the pattern of the high bytes
    ("utf-16-be", b""),
    ("utf-32-le", codecs.BOM_UTF32_LE),
]


@pytest.mark.parametrize("text", [KY, KK, RU, UZ, TG, EN], ids=["ky", "kk", "ru", "uz", "tg", "en"])
@pytest.mark.parametrize(("codec", "bom"), UNICODE_ENCODINGS, ids=lambda v: v if isinstance(v, str) else str(bool(v)))
def test_unicode_encodings_read_back_exactly(tmp_path: Path, text: str, codec: str, bom: bytes) -> None:
    f = tmp_path / "doc.txt"
    f.write_bytes(bom + (text + "\n").encode(codec))
    doc = one(read_path(f))
    assert doc.text == text + "\n"  # the byte-order mark is not part of the text
    assert doc.media == "text"


CODE_PAGES = [
    (RU, "cp1251"),
    (RU, "koi8_r"),
    (KK, "kz1048"),
    ("Министры встретились.", "cp1251"),
    ("Министры встретились.", "koi8_r"),
    ("ТОВАРООБОРОТ ВЫРОС", "cp1251"),  # all capitals: case says nothing, letter frequencies decide
    ("ТОВАРООБОРОТ ВЫРОС", "koi8_r"),
    ("Өзара сауда өсті", "kz1048"),
    ("Экспорт вырос на 5% — «рекордно».", "cp1251"),
    ("Экспорт вырос на 5% (рекордно).", "koi8_r"),  # KOI8-R has no « » —
]


@pytest.mark.parametrize(("text", "codec"), CODE_PAGES)
def test_cyrillic_code_pages(tmp_path: Path, text: str, codec: str) -> None:
    f = tmp_path / "doc.txt"
    f.write_bytes(text.encode(codec))
    assert one(read_path(f)).text == text
    assert decode_bytes(text.encode(codec)).encoding == codec


def test_latin1_text_is_not_taken_for_cyrillic() -> None:
    text = "Der Außenminister traf seinen Amtskollegen in München. Die Gespräche waren überaus freundlich."
    decoded = decode_bytes(text.encode("latin-1"))
    assert decoded.text == text


def test_bom_before_crawl_header_is_not_text(tmp_path: Path) -> None:
    f = tmp_path / "doc.txt"
    f.write_bytes(codecs.BOM_UTF8 + f" date 2026-02-13 14:05\nСоода өстү\n{KY}\n".encode())
    doc = one(read_path(f))
    assert doc.text.startswith(" date")
    assert doc.published == "2026-02-13T14:05"
    assert doc.text[doc.body_start :].startswith("Соода өстү")


_ALPHABET = st.sampled_from(list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяөүңқғұәһіӣҷҳўabcdefgxyzАБКӨҮҚO ,.-«»—0123456789"))


@settings(max_examples=200, deadline=None)
@given(
    body=st.text(alphabet=_ALPHABET, min_size=1, max_size=200),
    codec=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"]),
)
def test_unicode_round_trip_property(body: str, codec: str) -> None:
    text = "x" + body  # never whitespace only
    assert decode_bytes(text.encode(codec)).text == text


# --- plain text: crawl header and title --------------------------------------------------------------------

HEADERS = [
    # (text, published, body_start)
    (" date 2026-02-13 Эки өлкө жолугушту.\nДагы текст.", "2026-02-13", 17),
    (" date 2026-02-13 14:05\nТитул\nТекст.", "2026-02-13T14:05", 23),
    (" date 2026-02-13 14:05\r\nТитул\r\nТекст.", "2026-02-13T14:05", 24),
    ("date 2025-08-22 Башлык\nТекст.", "2025-08-22", 16),
    ("   date 2025-08-22\n\nТекст.", "2025-08-22", 19),
    ("\ufeff date 2025-08-22\nТекст.", "2025-08-22", 18),
    ("Date: 2026-02-13\nText.", "2026-02-13", 17),
    (" date 2026-02-13T09:30 Title\nText.", "2026-02-13T09:30", 23),
    (" date 2026-02-13 14:05:59\nТекст.", "2026-02-13T14:05", 26),
    (" date 2026-02-13", "2026-02-13", 16),
    # not headers: the line stays content
    (" date 2026-02-30 Текст.", None, 0),
    (" date 2026-02-13 25:00\nТекст.", "2026-02-13", 17),  # not a time: it is the start of the text
    ("update 2026-02-13 Текст.", None, 0),
    ("Текст 2026-02-13.", None, 0),
    (" date 2026-02-131 Текст.", None, 0),
]


@pytest.mark.parametrize(("text", "published", "body_start"), HEADERS)
def test_crawl_header(text: str, published: str | None, body_start: int) -> None:
    assert parse_crawl_header(text) == (published, body_start)


TITLES = [
    # (text, body_start, title)
    ("Эки өлкө жолугушту.\nДагы текст.", 0, None),  # a sentence, not a headline
    ("Соода жүгүртүү өстү\nЭки өлкө жолугушту.", 0, "Соода жүгүртүү өстү"),
    ("\n\n  Соода жүгүртүү өстү  \n\nЭки өлкө.", 0, "Соода жүгүртүү өстү"),
    ("Соода жүгүртүү өстү", 0, None),  # nothing follows: the whole document, not a title
    ("Соода жүгүртүү өстү\n   \n", 0, None),
    ("Министр айтты:\nЭки өлкө.", 0, None),
    ("Кандай болот?\nЭки өлкө.", 0, None),
    ("«Соода өсөт.»\nЭки өлкө.", 0, None),  # the full stop sits before the closing quote
    ("«Биз достукту бекемдейбиз»\nЭки өлкө.", 0, "«Биз достукту бекемдейбиз»"),
    ("2026\nЭки өлкө.", 0, None),  # no letter
    ("Т" * 201 + "\nЭки өлкө.", 0, None),  # too long for a headline
    ("Т" * 200 + "\nЭки өлкө.", 0, "Т" * 200),
    (" date 2026-02-13 Соода өстү\nТекст.", 17, "Соода өстү"),
    (" date 2026-02-13 Соода өстү.\nТекст.", 17, None),
    (" date 2026-02-13 14:05\nСоода өстү\nТекст.", 23, "Соода өстү"),
]


@pytest.mark.parametrize(("text", "body_start", "title"), TITLES)
def test_title_heuristic(text: str, body_start: int, title: str | None) -> None:
    assert guess_title(text, body_start) == title


def test_plain_text_reader(tmp_path: Path) -> None:
    f = tmp_path / "news.md"
    f.write_text(f" date 2026-02-13 14:05\nСоода өстү\n\n{KY}\n", encoding="utf-8")
    doc = one(read_path(f))
    assert (doc.source, doc.published, doc.title, doc.media) == (str(f), "2026-02-13T14:05", "Соода өстү", "text")
    assert doc.text[doc.body_start :].startswith("Соода өстү")
    assert one(read_path(f, source="custom-name")).source == "custom-name"


# --- seeds -------------------------------------------------------------------------------------------------

SEEDS = {
    # prefix: (published, title, body_start)
    "000": ("2026-02-13", None, len(" date 2026-02-13 ")),
    "001": ("2026-02-13T14:05", "Кыргызстан менен Тажикстан соода жүгүртүүнү 500 миллион долларга чейин көбөйтөт",
            len(" date 2026-02-13 14:05\n")),
    "002": (None, "Қазақстан мен Тәжікстан стратегиялық әріптестікті тереңдетуге уағдаласты", 0),
    "003": (None, "КЫРГЫЗСТАН МЕНЕН ТАЖИКСТАНДЫН КӨП ТАРАПТУУ БАЙЛАНЫШЫ", 0),
    "004": ("2025-08-22", "Қозоғистон ва Қирғизистон ўртасидаги ўзаро товар айирбошлаш ҳажми 2 миллиард долларга етди",
            len(" date 2025-08-22 ")),
}  # fmt: skip


def test_seeds(seeds_dir: Path) -> None:
    docs = read_path(seeds_dir)
    assert all(isinstance(d, RawDocument) for d in docs), docs
    by_prefix = {Path(d.source).name[:3]: d for d in docs if Path(d.source).suffix == ".txt"}
    for prefix, (published, title, body_start) in SEEDS.items():
        doc = by_prefix[prefix]
        assert (doc.published, doc.title, doc.body_start) == (published, title, body_start), prefix
        assert doc.text == (seeds_dir / Path(doc.source).name).read_text(encoding="utf-8")
        assert not doc.text[doc.body_start :].lower().startswith(" date")


# --- HTML --------------------------------------------------------------------------------------------------

_ARTICLE = (
    "<p>Министрлер кабинетинин төрагасы бүгүн Душанбеде тажик кесиптеши менен жолугушту. Эки тарап соода "
    "жүгүртүүнү 500 миллион долларга чейин жеткирүүнү макулдашты.</p>"
    "<p>Экинчи абзацта эки өлкөнүн ортосундагы транспорт коридорлору жана чек ара өткөөлдөрү талкууланды.</p>"
)


def _page(head: str = "", body: str = _ARTICLE, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Соода өсөт | Сайт</title>{head}</head>'
        f"<body><nav>Башкы бет · Жаңылыктар</nav><article><h1>Соода өсөт</h1>{body}</article>"
        "<footer>© 2026 Сайт</footer></body></html>"
    )


def test_html_reader(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    head = '<meta property="article:published_time" content="2026-02-13T14:05:00+06:00">'
    f.write_text(_page(head), encoding="utf-8")
    doc = one(read_path(f))
    assert doc.media == "html"
    assert doc.title == "Соода өсөт"
    assert doc.published == "2026-02-13T14:05"
    assert "500 миллион долларга" in doc.text and "транспорт коридорлору" in doc.text
    assert "Башкы бет" not in doc.text and "<p>" not in doc.text


def test_html_date_only_from_markup(tmp_path: Path) -> None:
    f = tmp_path / "page.htm"
    body = _ARTICLE.replace("бүгүн", "2024-05-01 күнү")
    f.write_text(_page(body=body), encoding="utf-8")
    doc = one(read_path(f))
    assert doc.published is None  # a date in the prose is not the page's date
    assert any("2024-05-01" in w for w in doc.warnings)


def test_html_in_cp1251_with_meta_charset(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    body = f"<p>{RU}</p><p>{RU}</p>"
    f.write_bytes(_page(body=body, charset="windows-1251").replace("·", "-").replace("©", "(c)")
                  .replace("Соода өсөт", "Торговля растёт").replace("Башкы бет", "Главная").replace("Жаңылыктар", "Новости")
                  .replace("Сайт", "Сайт").encode("cp1251"))  # fmt: skip
    doc = one(read_path(f))
    assert RU in doc.text


def test_html_sniffed_from_content(tmp_path: Path) -> None:
    f = tmp_path / "saved_page.txt"
    f.write_text(_page(), encoding="utf-8")
    assert one(read_path(f)).media == "html"


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("Бул жөн гана текст, HTML эмес.", "no HTML tags"),
        ("<html><head><title>Бош</title><script>var a=1;</script></head>"
         "<body><script>render()</script></body></html>", "no main text"),
        ("<html><body></body></html>", "no main text"),
    ],
)  # fmt: skip
def test_broken_html(tmp_path: Path, content: str, why: str) -> None:
    f = tmp_path / "page.html"
    f.write_text(content, encoding="utf-8")
    fail = failure(read_path(f))
    assert fail.code == "html-broken"
    assert why in fail.message and fail.message.rstrip().endswith(".")


def test_html_produces_no_stderr_noise(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "page.html"
    f.write_text(_page(), encoding="utf-8")
    one(read_path(f))
    assert capsys.readouterr().err == ""


# --- PDF ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "report.pdf", SAMPLE_PAGES)


def test_pdf_pages_are_separated_by_form_feeds(sample_pdf: Path) -> None:
    doc = one(read_path(sample_pdf))
    assert doc.media == "pdf"
    pages = doc.text.split(PAGE_SEPARATOR)
    assert len(pages) == 3
    for page, lines in zip(pages, SAMPLE_PAGES, strict=True):
        for line in lines:
            assert line in page
    assert "eco-\nnomic" in pages[0]  # hyphenation is the normaliser's job; the reader keeps it


def test_pdf_sniffed_without_extension(sample_pdf: Path, tmp_path: Path) -> None:
    f = tmp_path / "report.bin"
    f.write_bytes(sample_pdf.read_bytes())
    assert one(read_path(f)).media == "pdf"


def test_cyrillic_pdf(tmp_path: Path) -> None:
    if not cyrillic_font_available():
        pytest.skip("no DejaVu Sans font on this system: the built-in PDF fonts have no Cyrillic")
    lines = ["Кыргызстан менен Тажикстан соода жүгүртүүнү көбөйтөт.", "Қазақстан мен Тәжікстан келісті."]
    doc = one(read_path(make_pdf(tmp_path / "ky.pdf", [lines], cyrillic=True)))
    assert all(line in doc.text for line in lines)


@pytest.mark.parametrize("cut", ["half", "head", "garbage", "no-signature"])
def test_broken_pdf(sample_pdf: Path, tmp_path: Path, cut: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = sample_pdf.read_bytes()
    broken = {
        "half": data[: len(data) // 2],
        "head": data[:200],
        "garbage": b"%PDF-1.4\n" + bytes(random.Random(3).randbytes(3000)),
        "no-signature": b"This is not a PDF at all.",
    }[cut]
    f = tmp_path / "broken.pdf"
    f.write_bytes(broken)
    fail = failure(read_path(f))
    assert fail.code == "pdf-broken"
    assert "again" in fail.message
    assert capsys.readouterr().err == ""  # pypdf's log lines end up in the message, not on stderr


def test_encrypted_pdf(sample_pdf: Path, tmp_path: Path) -> None:
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=str(sample_pdf))
    writer.encrypt("secret", algorithm="RC4-128")
    f = tmp_path / "locked.pdf"
    writer.write(str(f))
    fail = failure(read_path(f))
    assert (fail.code, "password" in fail.message) == ("pdf-broken", True)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    f = make_pdf(tmp_path / "scan.pdf", [[], []])
    fail = failure(read_path(f))
    assert fail.code == "pdf-broken" and "OCR" in fail.message


# --- JSON Lines --------------------------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": KY, "title": "Соода", "url": "https://example.org/1", "date": "2026-02-13"}),
        "",
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps({"text": RU, "date": "2026-02-13T14:05:33+05:00"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": KK, "date": "13.02.2026", "title": 7}),
        json.dumps({"text": EN + "\u2028" + EN}),  # a line separator inside a string is not a line break
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = read_path(f)
    sources = [r.source for r in results]
    assert sources == [f"{f}:{n}" for n in (1, 3, 4, 5, 6, 7, 8, 9)]
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["RawDocument", "ReadFailure", "ReadFailure", "RawDocument", "ReadFailure", "ReadFailure",
                     "RawDocument", "RawDocument"]  # fmt: skip
    first, bad_json, no_text, second, a_list, blank, third, fourth = results
    assert (first.text, first.title, first.url, first.published, first.media) == (
        KY, "Соода", "https://example.org/1", "2026-02-13", "jsonl")
    assert second.published == "2026-02-13T14:05" and second.warnings == ()
    assert third.published is None and third.title is None and len(third.warnings) == 2
    assert fourth.text == EN + "\u2028" + EN
    for fail in (bad_json, no_text, a_list, blank):
        assert fail.code == "jsonl-broken"
        assert "line" in fail.message and fail.message.endswith('"text" string.')


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-02-13", "2026-02-13"),
        ("2026-02-13T14:05", "2026-02-13T14:05"),
        ("2026-02-13 14:05:59", "2026-02-13T14:05"),
        ("2026-02-13T14:05:59.123Z", "2026-02-13T14:05"),
        ("2026-02-13T14:05:00+06:00", "2026-02-13T14:05"),
        ("2026-02-30", ValueError),
        ("2026-02-13T24:00", ValueError),
        ("13.02.2026", ValueError),
        ("2026-02", ValueError),
        ("", ValueError),
    ],
)
def test_normalise_date(value: str, expected: str | type[Exception]) -> None:
    if isinstance(expected, str):
        assert normalise_date(value) == expected
    else:
        with pytest.raises(expected):
            normalise_date(value)


def test_jsonl_sniffed_on_stdin_bytes() -> None:
    data = (json.dumps({"text": KY}) + "\n" + json.dumps({"text": KK}) + "\n").encode()
    results = read_bytes(data, "-")
    assert [r.source for r in results] == ["-:1", "-:2"]
    assert [r.text for r in results if isinstance(r, RawDocument)] == [KY, KK]


def test_read_path_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = KY.encode("utf-16")  # with its byte-order mark
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    doc = one(read_path("-"))
    assert (doc.source, doc.text) == ("-", KY)


def test_read_bytes_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="kind must be one of"):
        read_bytes(b"x", "x", kind="docx")


# --- bad input ---------------------------------------------------------------------------------------------

BAD = [
    # (file name, bytes, code, words in the message)
    ("empty.txt", b"", "empty", "empty"),
    ("blank.txt", b" \n\t\r\n  ", "empty", "white space"),
    ("bom-only.txt", codecs.BOM_UTF8, "empty", "white space"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary", "NUL"),
    ("random.txt", random.Random(7).randbytes(4000), "binary", "binary"),
    ("controls.txt", ("Текст \x01\x02\x03\x04\x05 " * 20).encode(), "binary", "control characters"),
    ("damaged.txt", KY.encode()[:50] + b"\xff\xfe" + KY.encode()[50:], "encoding", "UTF-8 except"),
    ("noise.txt", bytes(range(0x80, 0x100)) * 8, "encoding", "could not be recognised"),
    ("bad-bom.txt", codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "encoding", "byte-order mark"),
    ("empty.jsonl", b"\n\n", "empty", "white space"),
    ("empty.html", b"", "empty", "empty"),
]


@pytest.mark.parametrize(("name", "data", "code", "words"), BAD, ids=[b[0] for b in BAD])
def test_bad_input(tmp_path: Path, name: str, data: bytes, code: str, words: str) -> None:
    f = tmp_path / name
    f.write_bytes(data)
    fail = failure(read_path(f))
    assert (fail.source, fail.code) == (str(f), code)
    assert words in fail.message
    assert fail.message.endswith(".") and len(fail.message.split(". ")) >= 2  # what was found, then what to do
    assert fail.to_dict() == {"source": str(f), "error": {"code": code, "message": fail.message}}


def test_fifty_megabytes_refused_before_reading(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: no 50 MB actually written
    assert 50 * 1024 * 1024 > config.MAX_INPUT_BYTES
    fail = failure(read_path(f))
    assert fail.code == "too-large" and "50.0 MB" in fail.message
    assert failure(read_bytes(b"x" * (config.MAX_INPUT_BYTES + 1), "-")).code == "too-large"


def test_missing_path(tmp_path: Path) -> None:
    fail = failure(read_path(tmp_path / "nowhere.txt"))
    assert fail.code == "not-found" and "nowhere.txt" in fail.message


def test_failures_do_not_stop_other_documents(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.7 broken")
    (tmp_path / "d.txt").write_text(RU, encoding="utf-8")
    results = read_path(tmp_path)
    assert [type(r).__name__ for r in results] == ["RawDocument", "ReadFailure", "ReadFailure", "RawDocument"]


def test_no_log_noise_without_logging_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not logging.getLogger("pypdf").handlers
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 trailer")
    failure(read_path(tmp_path / "x.pdf"))
    assert not logging.getLogger("pypdf").handlers  # the collecting handler is removed again
    assert capsys.readouterr().err == ""


# --- paths -------------------------------------------------------------------------------------------------


def test_iter_paths_recursion_order(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "a/a.md", ".hidden.txt", ".git/config", "a/.cache/x.txt", "c.pdf"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    got = [Path(p).relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert got == ["a/a.md", "a/b/c.txt", "a/z.txt", "b.txt", "c.pdf"]


def test_iter_paths_keeps_stdin_and_missing_paths(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    f = tmp_path / "f.txt"
    f.write_text("x", encoding="utf-8")
    assert list(iter_paths(["-", missing, str(f)])) == ["-", missing, f]


# --- the share of control characters, counted on the bytes where that is exact -----------------------------------


def _controls(n_controls: int, c1: bool) -> bytes:
    """A UTF-8 text of 1,000 characters with ``n_controls`` control characters (C1 ones when ``c1``)."""
    control = "\x85" if c1 else "\x01"
    body = "ж" * (1000 - n_controls - (0 if c1 else 1)) + ("" if c1 else "«")  # « is C2 AB: a C2 byte either way
    return (control * n_controls + body).encode()


@pytest.mark.parametrize("c1", [False, True], ids=["c0", "c1"])
@pytest.mark.parametrize("without_c2", [False, True], ids=["with-c2-bytes", "without-c2-bytes"])
def test_control_share_limit_is_the_same_with_and_without_c2_bytes(c1: bool, without_c2: bool) -> None:
    limit = round(config.MAX_CONTROL_SHARE * 1000)
    for n, ok in ((limit, True), (limit + 1, False)):
        data = _controls(n, c1)
        if without_c2 and not c1:
            data = data.replace("«".encode(), "ж".encode())
        assert (b"\xc2" in data) == (c1 or not without_c2)
        if ok:
            assert len(decode_bytes(data).text) == 1000
        else:
            with pytest.raises(BinaryInputError, match="control characters"):
                decode_bytes(data)


def test_symlinked_folder_is_walked_and_a_broken_link_is_reported(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.txt").write_text("Кыргызстан менен Тажикстан.", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "linked").symlink_to(real, target_is_directory=True)
    (corpus / "broken.txt").symlink_to(tmp_path / "missing.txt")
    assert [p.name for p in iter_paths([corpus])] == ["broken.txt", "a.txt"]
    results = [r for p in iter_paths([corpus]) for r in read_path(p)]
    assert [getattr(r, "code", None) for r in results] == ["not-found", None]
