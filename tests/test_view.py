"""The normalised view and its offset map: every span of the view maps back to a true slice of the original."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabarchi.text import APOSTROPHE, Edit, TextView, normalize, normalize_term

# Characters that exercise every normalisation: spaces of all kinds, dashes, apostrophes, look-alike letters,
# soft hyphens, zero-width characters, combining marks, newlines and PDF hyphenation.
ALPHABET = list("аеорсхуыңөүәіқғҳўҷӣӯaeopcxyiqgʻʼ'’‘`- \n\t.,0123456789") + [
    "\u00a0", "\u2009", "\u202f", "\u00ad", "\u200b", "\ufeff", "\u0306", "\u0301", "\u2013", "\u2212", "\u2014",
]
texts = st.text(alphabet=st.sampled_from(ALPHABET), max_size=200)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_every_view_range_maps_to_a_true_slice(text: str) -> None:
    v = normalize(text)
    for m in re.finditer(r"\w+|\S", v.text):
        s = v.span(m.start(), m.end())
        assert text[s.start : s.end] == s.text
        assert 0 <= s.start <= s.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_mapping_is_monotonic(text: str) -> None:
    v = normalize(text)
    starts = [v.to_original_start(p) for p in range(len(v.text) + 1)]
    ends = [v.to_original_end(p) for p in range(1, len(v.text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(0 <= x <= len(text) for x in starts + ends)
    for p in range(1, len(v.text) + 1):  # a one-character range never maps to an empty or inverted span
        assert v.to_original_start(p - 1) < v.to_original_end(p)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_to_view_inverts_span_starts(text: str) -> None:
    v = normalize(text)
    for m in re.finditer(r"\w+", v.text):
        s = v.span(m.start(), m.end())
        assert v.to_view(s.start) == m.start()


@pytest.mark.parametrize(
    ("original", "view"),
    [
        ("36\u00a0000 млн", "36 000 млн"),  # no-break space as thousands separator
        ("36\u2009000", "36 000"),  # thin space
        ("1,5\u20132 млн", "1,5-2 млн"),  # en dash in a range
        ("Qirg\u2018izistonga", f"Qirg{APOSTROPHE}izistonga"),
        ("O'zbekiston", f"O{APOSTROPHE}zbekiston"),
        ("oʻzbek-tojik", f"o{APOSTROPHE}zbek-tojik"),
        ("Кazinform", "Kazinform"),  # Cyrillic К inside a Latin word
        ("Кыргызcтан", "Кыргызстан"),  # Latin c inside a Cyrillic word
        ("эконо-\nмика", "экономика"),  # PDF line-break hyphenation
        ("эконо-\n\nмика", "экономика"),
        ("2025-\nжылы", "2025-\nжылы"),  # a digit before the hyphen: not a broken word
        ("Кыргыз-\nТажик", "Кыргыз-\nТажик"),  # upper case after the break: a real hyphen
        ("соф\u00adтуер", "софтуер"),  # soft hyphen
        ("и\u0306", "й"),  # combining breve composed
        ("«цитата» — деди", "«цитата» — деди"),  # em dash and guillemets are kept
        ("it's", f"it{APOSTROPHE}s"),
        ("'quoted'", "'quoted'"),  # quotes around a word are not apostrophes
    ],
)
def test_normal_forms(original: str, view: str) -> None:
    v = normalize(original)
    assert v.text == view
    whole = v.span(0, len(v.text))
    assert whole.text == original.strip("\ufeff") or original.startswith(whole.text) or whole.text in original


def test_deleted_header_moves_the_view_start() -> None:
    text = " date 2026-02-13 Кыргызстан"
    v = normalize(text, [Edit(0, 17, "")])
    assert v.text == "Кыргызстан"
    assert v.span(0, 10).text == "Кыргызстан"
    assert v.to_view(17) == 0


def test_a_span_inside_a_replacement_widens_to_the_whole_replacement() -> None:
    v = TextView.build("ab--cd", "ab--cd", [Edit(2, 4, "X")])
    assert v.text == "abXcd"
    assert v.span(2, 3).text == "--"
    assert v.span(1, 4).text == "b--c"


def test_identity_view_requires_same_length() -> None:
    with pytest.raises(ValueError, match="expected a view of length 3"):
        TextView.identity("abc", "ab")


def test_lower_keeps_length_even_for_dotted_capital_i() -> None:
    v = normalize("İstanbul ТАЖИКСТАН")
    assert len(v.lower) == len(v.text)
    assert v.lower.endswith("таджикстан".replace("д", ""))


@pytest.mark.parametrize(
    ("term", "normal"),
    [("Oʻzbekiston", f"O{APOSTROPHE}zbekiston"), ("O‘zbekiston", f"O{APOSTROPHE}zbekiston"),
     ("Қирғизистон", "Қирғизистон"), ("Кыргызстан\u00ad", "Кыргызстан")],
)
def test_normalize_term_matches_the_view(term: str, normal: str) -> None:
    assert normalize_term(term) == normal
    assert normalize(term).text == normal


# --- fast paths: the same answers as the general code ---------------------------------------------------------

_MIXED_ALPHABET = list("aceopxyiABCEHKMOPTXkmqасеорхуіАВСЕНКМОРТХктвнмжқңәЁ ʼ'_0-.\n") + ["\u00a0"]


def _words_fixed_one_by_one(text: str) -> str:
    """Reference for the look-alike rule: every word that has a Latin letter next to a Cyrillic one is fixed."""
    from kabarchi.text.normalize import _CYR_LETTER, _fix_mixed_word

    seam = re.compile(rf"[A-Za-z][{_CYR_LETTER}]|[{_CYR_LETTER}][A-Za-z]")

    def fix(m: re.Match[str]) -> str:
        return _fix_mixed_word(m.group()) if seam.search(m.group()) else m.group()

    return re.sub(rf"[\w{APOSTROPHE}]+", fix, text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MIXED_ALPHABET), max_size=80))
def test_mixed_words_are_found_whichever_script_the_seam_search_starts_from(text: str) -> None:
    from kabarchi.text.normalize import (
        _APOSTROPHE_IN_WORD,
        _HYPHEN_CHARS,
        _SPACE_CHARS,
        one_to_one,
    )

    before_seams = _APOSTROPHE_IN_WORD.sub(APOSTROPHE, _HYPHEN_CHARS.sub("-", _SPACE_CHARS.sub(" ", text)))
    assert one_to_one(text) == _words_fixed_one_by_one(before_seams)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("Мы читаем Кazinform каждый день", "Мы читаем Kazinform каждый день"),  # Cyrillic text, Latin word
        ("We read Kаzinform and Tengrinews every day", "We read Kazinform and Tengrinews every day"),  # the reverse
        ("Caмарқанд", "Самарқанд"),  # the seam at the word's first letter
        ("Toшкент and Bishkek", "Тошкент and Bishkek"),
    ],
)
def test_mixed_words_in_either_majority_script(text: str, fixed: str) -> None:
    assert normalize(text).text == fixed


def _prefix_views():
    text = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)
    return st.tuples(text, st.integers(min_value=0, max_value=60))


@settings(max_examples=400, deadline=None)
@given(_prefix_views())
def test_shift_agrees_with_the_bisection(case: tuple[str, int]) -> None:
    text, cut = case
    cut = min(cut, len(text))
    v = normalize(text, [Edit(0, cut, "")] if cut else [])
    if v.shift is None:  # a normalisation changed the length after the prefix: no shortcut to check
        return
    n = len(v.text)
    for p in range(n + 1):
        assert v.to_original_start(p) == p + v.shift
        for q in range(p + 1, n + 1):
            assert v.to_original(p, q) == (p + v.shift, q + v.shift)
    for o in range(v.shift, len(text) + 1):
        assert v.to_view(o) == o - v.shift


def test_shift_is_set_only_for_identity_and_a_deleted_prefix() -> None:
    assert TextView.identity("abc").shift == 0
    assert TextView.build("date 2025 abc", "date 2025 abc", [Edit(0, 10, "")]).shift == 10
    assert TextView.build("ab\u00adc", "ab\u00adc", [Edit(2, 3, "")]).shift is None  # an edit inside the text
    assert TextView.build("xyz", "xyz", [Edit(0, 3, "")]).shift is None  # nothing left to shift


def test_bound_mappers_equal_the_view_methods():
    """The entity stage maps with these; they must agree with to_original/to_view on a view with every kind of edit."""
    original = "Header line\n\nAb\u00adc de\u0301f «Астана» ғ\u0306 end."
    same = original.replace("\n", " ")
    edits = [Edit(0, 13, ""), Edit(15, 16, ""), Edit(21, 23, "é"), Edit(33, 35, "ғ")]
    view = TextView.build(original, same, edits)
    to_original, to_view = view.original_mapper(), view.view_mapper()
    rnd = random.Random(4)
    for _ in range(2000):
        s = rnd.randrange(0, len(view.text) + 1)
        e = rnd.randrange(s + 1, len(view.text) + 2)
        assert to_original(s, e) == view.to_original(s, e)
    for o in range(len(original) + 2):
        assert to_view(o) == view.to_view(o)
    ident = TextView.identity("abc")
    assert ident.original_mapper()(1, 2) == (1, 2) and ident.view_mapper()(2) == 2
