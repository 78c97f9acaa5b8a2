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
from kabarchi.entities.morph import TURKIC_SLOTS, ru_oblique, ru_stem, tail_ok, turkic_tail
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
    for kid, (k, items) in enumerate(table.items()):
        a.add_word(k, (len(k) - 1, tuple(items), kid))
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


_PUNCT = re.compile(r"[^\w ]")  # every non-word character but the (most common) space
_MEMO_MAX = 1 << 15


@cache
def _memo() -> dict:
    """Per-process decisions on hits: the same written form in the same context is judged once."""
    return {}


def _derived_adjective(tail: str) -> bool:
    return any(tail.startswith(d) for d in TURKIC_SLOTS[0])


def _judge(text: str, low: str, s: int, e: int, items: tuple[_Item, ...], lang_s: str) -> tuple | None:
    """Accept or reject one automaton hit: (word end, accepted record indices, their kinds) or None."""
    n = len(text)
    we = _WORD.match(low, e).end() if e < n else e
    tail = low[e:we]
    ok: list[_Item] = []
    for it in items:
        if it.exact is not None:
            if text[s:e] != it.exact:
                continue
        elif it.kind in ("name", "sname") and not text[s].isupper() and not _derived_adjective(tail):
            continue  # a name is capitalised, but its adjective is not ("түрікменстандық", "кыргызстандык")
        if it.only and lang_s not in it.only:
            continue
        if not tail and it.exact is not None and we < n - 1 and text[we] == "-":
            m = _WORD.match(low, we + 1)
            if m.end() > we + 1 and turkic_tail(m.group()):
                ok.append(it)
                we = m.end()
                continue
        if tail == "о" and it.ru_tails is not None and not (we < n and text[we] == "-"):
            continue
        if tail_ok(it.cls, low[s:e], tail, it.ru_tails, it.lang):
            ok.append(it)
    if not ok:
        return None
    return we - s, tuple(dict.fromkeys(it.rec for it in ok)), tuple((it.rec, it.kind) for it in ok)


def _decide(text, low, s, e, items, lang_s, recs) -> tuple | None:
    """(length, best record, all records, kind, the best record's type priority) of an accepted hit, or None."""
    r = _judge(text, low, s, e, items, lang_s)
    if r is None:
        return None
    length, rec_ids, kinds = r
    cand_recs = tuple(recs[i] for i in rec_ids)
    best = min(cand_recs, key=lambda rr: (_PRIORITY[rr.type], rr.rank))
    bi = rec_ids[cand_recs.index(best)]
    return length, best, cand_recs, next(k for ri, k in kinds if ri == bi), _PRIORITY[best.type]


def gazetteer_candidates(view: TextView, lang: str, segments: tuple[tuple[int, int, str], ...] = ()) -> list[_Cand]:
    """Accepted, non-overlapping gazetteer hits in view offsets, in text order.

    A hit's fate depends only on the word it starts (plus a hyphenated next word), the document language there,
    and the form's items, so decisions are memoised per process: repeated names cost one dictionary look-up.
    """
    a, recs, _ = automaton()
    text, low = view.text, view.lower
    n = len(text)
    srch = " " + _PUNCT.sub(" ", low)
    memo = _memo()
    if len(memo) > _MEMO_MAX:
        memo.clear()
    if segments and all(g[2] == lang for g in segments):
        segments = ()  # one language throughout (most documents): no per-hit look-up
    # accepted hits as sortable tuples (longest stem, then longest hit, then type, then position; ties in text
    # order): the selection below makes objects only of the hits it keeps
    found: list[tuple] = []
    wmatch, get, add = _WORD.match, memo.get, found.append
    k = 0
    for e, (stem_len, items, kid) in a.iter(srch):
        s = e - stem_len
        lang_s = _lang_at(s, segments, lang) if segments else lang
        # the key: the hit's word and, when it ends in a hyphen, the next word too (hyphenated pairs, "ШОС-тун")
        we0 = wmatch(text, e).end()
        if we0 < n and text[we0] == "-":
            we0 = wmatch(text, we0 + 1).end()
        key = (text[s:we0], kid, lang_s)
        r = get(key, memo)
        if r is memo:
            r = memo[key] = _decide(text, low, s, e, items, lang_s, recs)
        if r is not None:
            k += 1
            add((-stem_len, -r[0], r[4], s, k, r))
    found.sort()
    taken = bytearray(n + 1)
    chosen: list[_Cand] = []
    orgs: list[_Cand] = []
    for neg_stem, neg_len, _, s, _, r in found:
        e = s - neg_len
        if taken.find(1, s, e) != -1:
            # a state named inside an organisation's name ("МИД Кыргызстана") is kept as a nested mention
            if r[1].type == "COUNTRY" and any(o.start <= s and e <= o.end for o in orgs):
                chosen.append(_Cand(s, e, -neg_stem, r[1], r[2], r[3]))
            continue
        taken[s:e] = b"\x01" * (e - s)
        c = _Cand(s, e, -neg_stem, r[1], r[2], r[3])
        chosen.append(c)
        if r[1].type == "ORG":
            orgs.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _is_currency(view: TextView, c: _Cand, money: list[tuple[int, int]]) -> bool:
    """Whether a currency word ("доллар", "US$") follows the state's name or precedes it ("доллари ИМА")."""
    t = view.text
    for ms, me in money:
        if c.end <= ms <= c.end + 2 and not t[c.end : ms].strip(" .") and _CURRENCY_NEXT.match(t, c.end):
            return True
        if c.start - 3 <= me <= c.start - 1 and not t[me : c.start].strip(" .") and _CURRENCY_PREV.search(t, ms, c.start):
            return True
    return False


_CURRENCY_STEMS = ("долл", "долар", "dollar", "$")


def _currency_spans(low: str) -> list[tuple[int, int]]:
    r"""Spans of currency words ("долл…", "долар…", "dollar…", "$") in the lower-cased view, in text order: what
    ``(?:долл|долар|dollar)\w*|\$`` finds, by ``str.find`` (the regex, with no literal to skip by, scans
    ~20 µs per news document)."""
    out = []
    for stem in _CURRENCY_STEMS:
        i = low.find(stem)
        while i != -1:
            e = _WORD.match(low, i + len(stem)).end() if stem != "$" else i + 1
            out.append((i, e))
            i = low.find(stem, e)
    if len(out) > 1:
        out.sort()
    return out


def _after_initial(before: str) -> bool:
    """``before`` ends with an initial ("А. ", "Б.") that starts a word: the next name is a person's surname."""
    if before.endswith(" "):
        before = before[:-1]
    if len(before) < 2 or before[-1] != "." or not before[-2].isupper() or not before[-2].isalpha():
        return False
    return len(before) == 2 or before[-3] in " \t\n(«\""


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
    text, orig = view.text, view.original
    to_original = view.original_mapper()
    pairs = _capital_pairs(view, cands)
    low = view.lower
    money = _currency_spans(low)
    # positions where a state's name may end or start next to a currency word (see _is_currency): a set test first
    near = ({ms - k for ms, _ in money for k in (0, 1, 2)} | {me + k for _, me in money for k in (1, 2, 3)}
            if money else set())
    # shared surnames: the person whose full name the document gives wins
    full_named = {c.rec.name for c in cands if c.rec.type == "PERSON" and c.kind == "name"}
    out: list[Entity] = []
    for i, c in enumerate(cands):
        rec = c.rec
        if money and rec.type == "COUNTRY" and (c.end in near or c.start in near) and _is_currency(view, c, money):
            continue
        if rec.type == "PERSON" and len(c.recs) > 1:
            named = [r for r in c.recs if r.type == "PERSON" and r.name in full_named]
            if named:
                rec = named[0]
        ss, se = to_original(c.start, c.end)
        st = orig[ss:se]
        if rec.type in ("PLACE", "COUNTRY") and c.kind == "name":
            before = text[max(0, c.start - 40) : c.start]
            words = before.rsplit(None, 1)
            prev_word = words[-1].lower() if words else ""
            if _after_initial(before) or (prev_word in given and before.endswith(" ")):
                out.append(Entity(ss, se, st, "PERSON", None, None, None, None, "gazetteer-context"))
                continue
        if i in pairs:
            out.append(Entity(ss, se, st, "COUNTRY", rec.capital_of, _country_name(rec.capital_of),
                              rec.capital_of, None, "gazetteer-capital"))
            continue
        out.append(Entity(ss, se, st, rec.type, rec.id, rec.name, rec.country, rec.role, "gazetteer"))
    return out


@cache
def _country_names() -> dict[str, str]:
    return {r.id: r.name for r in records() if r.type == "COUNTRY" and r.id}


def _country_name(code: str | None) -> str | None:
    return _country_names().get(code) if code else None
