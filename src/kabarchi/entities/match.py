"""Find states, people, organisations and places in a document's view: one Aho-Corasick pass, then checks.

The automaton holds every name stem (lower case, with a leading space) and runs over the lower-cased view in which
every non-word character is a space, so a hit always starts at a word boundary. Each hit is then accepted or not
by the letters that follow it up to the end of the word (an ending of the form's language, see ``morph``), by case
(proper names start upper case, abbreviations match exactly) and by the context rules below: currency names,
capitals standing for states, surnames equal to places, surnames shared by two people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import ahocorasick

from kabarchi.entities.entity import Entity
from kabarchi.entities.gazetteer import Record, records
from kabarchi.entities.morph import ru_oblique, ru_stem, tail_ok, turkic_tail
from kabarchi.text.view import TextView

_NONWORD = re.compile(r"[^\w]")
_WORD = re.compile(r"\w*")
_CLS = {"ky": "turkic", "kk": "turkic", "uz": "turkic", "ru": "ru", "tg": "tg", "en": "en", "*": "any"}
_PRIORITY = {"PERSON": 0, "ORG": 1, "COUNTRY": 2, "PLACE": 3}
# "АКШ доллары", "доллари ИМА", "долл. США", "US dollars", "US$": a state inside a currency's name.
_CURRENCY_NEXT = re.compile(r"[ .]{0,2}(?:доллар|долл\b|долар|dollar|\$)", re.I)
_CURRENCY_PREV = re.compile(r"(?:доллар\w*|долл|долар\w*|dollars?)[ .]{1,3}$", re.I)
# "Бишкек менен Душанбенин ортосундагы": two capitals joined by a conjunction stand for their states.
_CONJ = frozenset("менен мен пен бен ва va и and bilan билан бо ҳамда & - – —".split())
_INITIAL = re.compile(r"(?:^|[\s(«\"])[A-ZА-ЯЁӘІҢҒҮҰҚӨҺЎҲҶӢӮ]\.\s?$")


@dataclass(frozen=True, slots=True)
class _Item:
    rec: int
    kind: str
    cls: str
    lang: str
    ru_tails: frozenset[str] | None
    only: frozenset[str]
    exact: str | None  # abbreviations: the exact (case-sensitive) text


def _key(s: str) -> str:
    return " " + _NONWORD.sub(" ", s.lower())


@cache
def automaton() -> tuple[ahocorasick.Automaton, tuple[Record, ...], frozenset[str]]:
    """The automaton over every form of every record, built once per process."""
    recs = records()
    table: dict[str, list[_Item]] = {}
    given: set[str] = set()

    def add(text: str, item: _Item) -> None:
        table.setdefault(_key(text), []).append(item)

    for i, rec in enumerate(recs):
        for f in rec.forms:
            cls = _CLS[f.lang]
            exact = f.text if f.kind == "abbr" else None
            add(f.text, _Item(i, f.kind, cls, f.lang, None, f.only, exact))
            if f.kind == "abbr":
                continue
            cyr = not re.search("[a-zA-Z]", f.text)
            if f.lang == "ru" or (f.lang == "*" and cyr):
                stem, tails = ru_stem(f.text, f.kind)
                if stem != f.text or f.lang == "ru":
                    add(stem, _Item(i, f.kind, "ru", "ru", tails, f.only, None))
                for obl in ru_oblique(f.text):
                    add(obl, _Item(i, f.kind, "ru", "ru", None, f.only, None))
            if rec.type == "PERSON" and f.kind == "name":
                given.add(f.text.split()[0].lower())
    a = ahocorasick.Automaton()
    for k, items in table.items():
        a.add_word(k, (len(k) - 1, tuple(items)))
    a.make_automaton()
    return a, recs, frozenset(given)


@dataclass(slots=True)
class _Cand:
    start: int  # view offsets
    end: int
    stem_len: int
    rec: Record
    recs: tuple[Record, ...]  # all records the hit may be (shared surnames)
    kind: str


def _lang_at(pos: int, segments: tuple[tuple[int, int, str], ...], lang: str) -> str:
    for s, e, lg in segments:
        if s <= pos < e:
            return lg
    return lang


def gazetteer_candidates(view: TextView, lang: str, segments: tuple[tuple[int, int, str], ...] = ()) -> list[_Cand]:
    """Accepted, non-overlapping gazetteer hits in view offsets, in text order."""
    a, recs, _ = automaton()
    text, low = view.text, view.lower
    n = len(text)
    srch = " " + _NONWORD.sub(" ", low)
    found: list[_Cand] = []
    for e, (stem_len, items) in a.iter(srch):
        s = e - stem_len
        we = _WORD.match(low, e).end() if e < n else e
        tail = low[e:we]
        ok: list[_Item] = []
        for it in items:
            if it.exact is not None:
                if text[s:e] != it.exact:
                    continue
            elif it.kind in ("name", "sname") and not text[s].isupper():
                continue
            if it.only and _lang_at(s, segments, lang) not in it.only:
                continue
            t = tail
            if not t and it.exact is not None and we < n - 1 and text[we] == "-":
                m = _WORD.match(low, we + 1)
                if m.end() > we + 1 and turkic_tail(m.group()):
                    ok.append(it)
                    we = m.end()
                    continue
            if t == "о" and it.ru_tails is not None and not (we < n and text[we] == "-"):
                continue
            if tail_ok(it.cls, low[s:e], t, it.ru_tails, it.lang):
                ok.append(it)
        if ok:
            cand_recs = tuple(recs[i] for i in dict.fromkeys(it.rec for it in ok))
            best = min(cand_recs, key=lambda r: (_PRIORITY[r.type], r.rank))
            kind = next(it.kind for it in ok if recs[it.rec] is best)
            found.append(_Cand(s, we, stem_len, best, cand_recs, kind))
    found.sort(key=lambda c: (-c.stem_len, -(c.end - c.start), _PRIORITY[c.rec.type], c.start))
    taken = bytearray(n + 1)
    chosen: list[_Cand] = []
    for c in found:
        if any(taken[c.start : c.end]):
            # a state named inside an organisation's name ("МИД Кыргызстана") is kept as a nested mention
            if c.rec.type == "COUNTRY" and any(
                o.rec.type == "ORG" and o.start <= c.start and c.end <= o.end for o in chosen
            ):
                chosen.append(c)
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _is_currency(view: TextView, c: _Cand) -> bool:
    t = view.text
    return bool(_CURRENCY_NEXT.match(t, c.end) or _CURRENCY_PREV.search(t, max(0, c.start - 14), c.start))


def _capital_pairs(view: TextView, cands: list[_Cand]) -> set[int]:
    """Indices of capital hits joined to another capital by a conjunction ("Бишкек менен Душанбе")."""
    caps = [i for i, c in enumerate(cands) if c.rec.type == "PLACE" and c.rec.capital_of]
    out: set[int] = set()
    for i, j in zip(caps, caps[1:]):
        between = view.lower[cands[i].end : cands[j].start].strip(" ,")
        if between in _CONJ and cands[i].rec.capital_of != cands[j].rec.capital_of:
            out |= {i, j}
    return out


def resolve(view: TextView, cands: list[_Cand]) -> list[Entity]:
    """Apply the context rules and turn hits into Entities with original offsets."""
    _, _, given = automaton()
    text = view.text
    pairs = _capital_pairs(view, cands)
    # shared surnames: the person whose full name the document gives wins
    full_named = {c.rec.name for c in cands if c.rec.type == "PERSON" and c.kind == "name"}
    out: list[Entity] = []
    for i, c in enumerate(cands):
        rec = c.rec
        if rec.type == "COUNTRY" and _is_currency(view, c):
            continue
        if rec.type == "PERSON" and len(c.recs) > 1:
            named = [r for r in c.recs if r.type == "PERSON" and r.name in full_named]
            if named:
                rec = named[0]
        sp = view.span(c.start, c.end)
        if rec.type in ("PLACE", "COUNTRY") and c.kind == "name":
            before = text[max(0, c.start - 40) : c.start]
            prev_word = before.split()[-1].lower() if before.split() else ""
            if _INITIAL.search(before) or (prev_word in given and before.endswith(" ")):
                out.append(Entity(sp.start, sp.end, sp.text, "PERSON", None, None, None, None, "gazetteer-context"))
                continue
        if i in pairs:
            out.append(Entity(sp.start, sp.end, sp.text, "COUNTRY", rec.capital_of, _country_name(rec.capital_of),
                              rec.capital_of, None, "gazetteer-capital"))
            continue
        out.append(Entity(sp.start, sp.end, sp.text, rec.type, rec.id, rec.name, rec.country, rec.role, "gazetteer"))
    return out


@cache
def _country_names() -> dict[str, str]:
    return {r.id: r.name for r in records() if r.type == "COUNTRY" and r.id}


def _country_name(code: str | None) -> str | None:
    return _country_names().get(code) if code else None
