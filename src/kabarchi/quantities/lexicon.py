"""The quantity lexicons: data files under kabarchi/data/quantities, read and checked once.

Every entry goes through ``normalize_term`` so that it has the form the view has (plain spaces, "-", "ʼ"). A
malformed line fails here, when the lexicon is loaded, with "expected X, got Y", never while a document is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from kabarchi import languages
from kabarchi.errors import LexiconError
from kabarchi.text.normalize import normalize_term

DATA = Path(__file__).resolve().parent.parent / "data" / "quantities"
LANGS = languages.LANGS
NUMBER_ROLES = {"unit", "ten", "hundred", "point", "frac", "half", "stop"}
UNIT_KINDS = {"percent", "multiplier", "distance", "weight", "count"}
BOUNDS = {"gt", "approx", "lt", "target", "verb"}
DATE_TYPES = {"month", "year", "yearpre", "monthword", "ago", "rel", "timeunit", "durpre", "durpost", "freq",
              "unitdur", "quarter", "half", "century", "age", "decade", "several", "rangefrom", "rangeto", "part", "weekday",
              "notdate", "det", "every", "precise", "detpost"}
TIME_UNITS = {"week", "day", "hour"}
FREQ_UNITS = {"year", "month", "week", "day"}
PARTS = {"start", "middle", "end"}
RELATIVE = {"this_year", "last_year", "next_year", "today", "yesterday", "tomorrow", "ytd", "h1", "h2",
            "q1", "q2", "q3", "q4", "this_month", "last_month", "next_month", "this_week", "last_week",
            "winter", "spring", "summer", "autumn", "year_start", "year_end",
            "that_time", "future", "recent", "next_week", "that_period", "this_quarter", "last_quarter",
            "next_quarter", "this_half", "last_half", "next_half"}
# A determiner before a time noun ("осы", "өткен", "сол", "алдағы"): what it makes of each unit. Determiner x time
# noun phrases are built from these, so every combination (and every ending of the noun) is read, not a listed few.
DETERMINERS = {"this", "last", "next", "that", "recent", "future", "thisyear", "lastyear", "tomorrow", "today", "every",
               "prev"}
_DET_REL = {
    "this": {"year": "this_year", "month": "this_month", "week": "this_week", "day": "that_time",
             "quarter": "this_quarter", "half": "this_half"},
    "last": {"year": "last_year", "month": "last_month", "week": "last_week", "day": "yesterday",
             "quarter": "last_quarter", "half": "last_half"},
    "next": {"year": "next_year", "month": "next_month", "week": "next_week", "day": "that_time",
             "quarter": "next_quarter", "half": "next_half"},
    # English "last" before "day" is the final day of something ("the last day of the talks"), not yesterday
    "prev": {"year": "last_year", "month": "last_month", "week": "last_week", "quarter": "last_quarter",
             "half": "last_half"},
    # "ҳар йили", "har oy", "ҳар ҳафта": every year / month / week / day is a frequency, not a date
    "every": {"year": "year", "month": "month", "week": "week", "day": "day", "quarter": "quarter"},
    "that": {"year": "that_period", "month": "that_period", "week": "that_period", "day": "that_time"},
    "recent": {"year": "recent", "month": "recent", "week": "recent", "day": "recent"},
    "future": {"year": "next_year", "month": "next_month", "week": "next_week", "day": "future"},
    "thisyear": {"year": "this_year"},
    "lastyear": {"year": "last_year"},
    "tomorrow": {"day": "tomorrow"},
    "today": {"day": "today"},
}


def _rows(name: str, ncols: int) -> list[tuple[int, list[str]]]:
    path = DATA / name
    if not path.exists():
        raise LexiconError(str(path), 0, "the lexicon file shipped with kabarchi", "a missing file")
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != ncols:
            raise LexiconError(str(path), i, f"{ncols} tab-separated columns", line)
        out.append((i, [c.strip() for c in cols]))
    return out


def _term(name: str, line: int, s: str) -> str:
    t = normalize_term(s).lower()
    if not t:
        raise LexiconError(str(DATA / name), line, "a non-empty form", s)
    return t


def _choice(name: str, line: int, s: str, allowed: set[str] | tuple[str, ...]) -> str:
    if s not in allowed:
        raise LexiconError(str(DATA / name), line, f"one of {', '.join(sorted(allowed))}", s)
    return s


def _number(name: str, line: int, s: str) -> Decimal:
    try:
        d = Decimal(s)
    except InvalidOperation:
        raise LexiconError(str(DATA / name), line, "a number", s) from None
    if not d.is_finite() or d < 0:
        raise LexiconError(str(DATA / name), line, "a non-negative number", s)
    return d


@dataclass(frozen=True)
class DateEntry:
    type: str
    value: str
    exact: bool
    standalone: bool
    count: str = "1"  # a frequency's count per unit ("тоқсан сайын": 4 a year)


@dataclass
class LangLexicon:
    """What one language contributes: number words, bound words, date words, number-word endings."""

    lang: str
    numbers: dict[str, tuple[Decimal, str]] = field(default_factory=dict)
    bounds: list[tuple[str, str, str, str]] = field(default_factory=list)  # phrase, bound, side, match
    dates: dict[str, DateEntry] = field(default_factory=dict)
    suffix_rx: re.Pattern[str] | None = None
    # The endings a time noun may take ("жылдарының", "айында", "жасар"); None: any (languages without the slots).
    noun_rx: re.Pattern[str] | None = None


@dataclass
class Lexicon:
    langs: dict[str, LangLexicon]
    scales: dict[str, Decimal]
    currencies: dict[str, tuple[str, str]]  # form -> (code, role)
    units: dict[str, tuple[str, str, bool]]  # form -> (kind, unit, exact)
    multipliers: dict[str, Decimal]


NOUN_SLOTS = ("n1", "n2", "n3", "n4", "n5")


def _suffix_rx(lang: str, slots: dict, order=(1, 2, 3, 4)) -> re.Pattern[str]:
    parts = []
    for slot in order:
        forms = sorted({f for f in slots.get(slot, []) if f != "-"}, key=len, reverse=True)
        if forms:
            parts.append("(?:" + "|".join(map(re.escape, forms)) + ")?")
    return re.compile("".join(parts) + r"\Z")


@cache
def load() -> Lexicon:
    """All quantity lexicons (read once per process)."""
    scales = {_term("scales.tsv", i, c[0]): _number("scales.tsv", i, c[1]) for i, c in _rows("scales.tsv", 2)}
    currencies: dict[str, tuple[str, str]] = {}
    for i, c in _rows("currencies.tsv", 3):
        code = c[1]
        if not re.fullmatch(r"[A-Z]{3}|US", code):
            raise LexiconError(str(DATA / "currencies.tsv"), i, "an ISO 4217 code (three capitals) or US", code)
        currencies[_term("currencies.tsv", i, c[0])] = (code, _choice("currencies.tsv", i, c[2],
                                                                       {"name", "exact", "symbol", "qualifier"}))
    units = {}
    for i, c in _rows("units.tsv", 4):
        units[_term("units.tsv", i, c[0])] = (_choice("units.tsv", i, c[1], UNIT_KINDS), c[2],
                                              _choice("units.tsv", i, c[3], {"stem", "exact"}) == "exact")
    multipliers = {_term("multipliers.tsv", i, c[0]): _number("multipliers.tsv", i, c[1])
                   for i, c in _rows("multipliers.tsv", 2)}
    slots: dict[str, dict] = {}
    for i, c in _rows("suffixes.tsv", 3):
        lang = _choice("suffixes.tsv", i, c[0], LANGS)
        slot = _choice("suffixes.tsv", i, c[1], ("1", "2", "3", "4") + NOUN_SLOTS)
        slots.setdefault(lang, {})[int(slot) if slot.isdigit() else slot] = [normalize_term(f) for f in c[2].split()]
    langs = {}
    for lang in LANGS:
        ll = LangLexicon(lang)
        name = f"numbers_{lang}.tsv"
        for i, c in _rows(name, 3):
            ll.numbers[_term(name, i, c[0])] = (_number(name, i, c[1]), _choice(name, i, c[2], NUMBER_ROLES))
        name = f"bounds_{lang}.tsv"
        for i, c in _rows(name, 4):
            ll.bounds.append((_term(name, i, c[0]), _choice(name, i, c[1], BOUNDS),
                              _choice(name, i, c[2], ("before", "after")),
                              _choice(name, i, c[3], ("exact", "stem", "needsverb"))))
        name = f"dates_{lang}.tsv"
        for i, c in _rows(name, 5):
            t = _choice(name, i, c[1], DATE_TYPES)
            if t == "month":
                v = _number(name, i, c[2])
                if not 1 <= v <= 12:
                    raise LexiconError(str(DATA / name), i, "a month number 1-12", c[2])
            elif t == "rel":
                _choice(name, i, c[2], RELATIVE)
            elif t == "timeunit":
                _choice(name, i, c[2], TIME_UNITS)
            elif t in ("freq", "unitdur"):
                _choice(name, i, c[2], FREQ_UNITS)
            elif t == "weekday":
                if not re.fullmatch(r"[0-6](?:last|next)?", c[2]):
                    raise LexiconError(str(DATA / name), i, "a weekday 0-6 (Monday = 0), then last or next", c[2])
            elif t == "part":
                _choice(name, i, c[2], PARTS)
            elif t == "durpost":
                _choice(name, i, c[2], ("-", "range"))
            elif t == "rangeto":
                _choice(name, i, c[2], ("-", "alone"))
            elif t in ("det", "detpost"):
                _choice(name, i, c[2], DETERMINERS)
            form = _term(name, i, c[0])
            key = {"yearpre": "<pre>", "det": "<det>", "every": "<every>", "precise": "<precise>",
                   "detpost": "<detpost>"}.get(t, "") + form  # "соңғы" is also a durpre
            ll.dates[key] = DateEntry(t, c[2], _choice(name, i, c[3], ("stem", "exact")) == "exact",
                                      c[4] == "yes")
        _add_months(ll, lang)
        _add_determined(ll)
        if lang not in slots:
            raise LexiconError(str(DATA / "suffixes.tsv"), 0, f"endings for {lang}", "none")
        ll.suffix_rx = _suffix_rx(lang, slots[lang])
        if any(k in slots[lang] for k in NOUN_SLOTS):
            ll.noun_rx = _suffix_rx(lang, slots[lang], NOUN_SLOTS)
        langs[lang] = ll
    for i, c in _rows("currencies_cldr.tsv", 4):  # one-word CLDR names ("евро", "юань"); phrases need qualifiers
        form = _term("currencies_cldr.tsv", i, c[3])
        if " " not in form and re.fullmatch(r"[A-Z]{3}", c[2]):
            currencies.setdefault(form, (c[2], "exact"))
    return Lexicon(langs, scales, currencies, units, multipliers)


def _add_determined(ll: LangLexicon) -> None:
    """"осы жыл", "сол айда", "келесі аптада", "соңғы күндері": every determiner with every time noun of the language
    (year, month word, week, day), as relative phrases; a phrase the file lists itself keeps its own reading.
    Determiners written after the noun (Tajik, with the izofa "-и": "моҳи оянда", "ҳафтаи гузашта") are built the
    same way. A time unit that is also a number word ("жеті": a week, seven) is left out ("алдағы жеті жылда")."""
    units = []
    for noun, e in ll.dates.items():
        if " " in noun or e.exact:
            continue
        unit = {"year": "year", "monthword": "month"}.get(e.type) or (e.value if e.type == "timeunit" else None)
        if e.type == "timeunit" and noun in ll.numbers:
            continue
        if unit in ("year", "month", "week", "day"):
            units.append((noun, unit))
    parts = [(q, e.type) for q, e in ll.dates.items() if e.type in ("quarter", "half") and " " not in q
             and not e.exact and ll.numbers.get(q, (0, ""))[1] != "half"]  # "жарты" alone: a fraction
    for every, e in list(ll.dates.items()):  # "тоқсан сайын", "апта сайынғы": every time noun + "сайын"
        if e.type == "every":
            for noun, unit in units + [(q, "quarter") for q, eq in ll.dates.items() if eq.type == "quarter"]:
                value, unit = ("4", "year") if unit == "quarter" else ("1", unit)
                ll.dates.setdefault(f"{noun} {every[7:]}", DateEntry("freq", unit, False, False, value))
    exact = ll.lang == "en"  # English nouns take no endings ("next monthly report" is no month)
    for det, e in list(ll.dates.items()):
        if e.type not in ("det", "detpost"):
            continue
        for noun, unit in units + parts:
            rel = _DET_REL[e.value].get(unit)
            if rel is None:
                continue
            phrase = f"{det[5:]} {noun}" if e.type == "det" else f"{noun}и {det[9:]}"
            if e.value == "every":
                value, unit = ("4", "year") if unit == "quarter" else ("1", unit)
                ll.dates.setdefault(phrase, DateEntry("freq", unit, exact, False, value))
            else:
                ll.dates.setdefault(phrase, DateEntry("rel", rel, exact, False))


def _add_months(ll: LangLexicon, lang: str) -> None:
    """The hand-written traditional names, then CLDR's wide names not already covered by a hand-written stem."""
    for i, c in _rows("months_traditional.tsv", 4):
        if _choice("months_traditional.tsv", i, c[0], LANGS) != lang:
            continue
        m = _number("months_traditional.tsv", i, c[2])
        if not 1 <= m <= 12:
            raise LexiconError(str(DATA / "months_traditional.tsv"), i, "a month number 1-12", c[2])
        exact = _choice("months_traditional.tsv", i, c[3], ("stem", "exact")) == "exact"
        ll.dates.setdefault(_term("months_traditional.tsv", i, c[1]), DateEntry("month", str(m), exact, False))
    stems = [k for k, e in ll.dates.items() if e.type == "month" and not e.exact]
    for i, c in _rows("months_cldr.tsv", 4):
        if _choice("months_cldr.tsv", i, c[0], LANGS) != lang:
            continue
        m = _number("months_cldr.tsv", i, c[2])
        if not 1 <= m <= 12:
            raise LexiconError(str(DATA / "months_cldr.tsv"), i, "a month number 1-12", c[2])
        form = _term("months_cldr.tsv", i, c[3])
        if form in ll.dates or any(form.startswith(st) for st in stems):
            continue
        ll.dates[form] = DateEntry("month", str(m), lang in ("ru", "en"), True)
