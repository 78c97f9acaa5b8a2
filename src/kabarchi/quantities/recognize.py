"""Finding figures and dates in the normalised view and normalising them.

One compiled regex finds the places where a quantity can start (a digit, a currency sign, a number word, a month
or a relative date); a small parser then reads the few tokens there: the number (digits with separators, words,
scales, a range), what follows it (a currency, "%", "эсе", a unit, a counted noun, a year or month word) and the
words around it that bound it ("36 млн доллардан ашып" -> gt). Turkic case endings glue to numbers and units, so
stems are matched with their endings and a span always covers the whole word.
"""

from __future__ import annotations

import calendar
import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from kabarchi.quantities.lexicon import DateEntry, Lexicon
from kabarchi.quantities.model import Quantity
from kabarchi.text.view import TextView

D0, D1 = Decimal(0), Decimal(1)
_TOK = re.compile(r"[ \t]*(?:(?P<n>\d)|(?P<w>[^\W\d_]+)|(?P<s>[^\s\w]))")
# Digits: thousands grouped by space or dot (comma in English), decimals by comma or dot (dot in English).
_NUM = re.compile(r"\d{1,3}(?:(?: |\.)\d{3})+(?!\d)(?:,\d+)?|\d+(?:[.,]\d+)?")
_NUM_EN = re.compile(r"\d{1,3}(?:(?:,| )\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?")
# The same tokens read in one pass (a line break or an underscore ends the run: tokens never cross a line).
_RUN = r"(?P<n>{})|(?P<w>[^\W\d_]+)|(?P<s>[^\s\w])|(?P<x>[^ \t])"
_TOK_RUN = re.compile(_RUN.format(_NUM.pattern))
_TOK_RUN_EN = re.compile(_RUN.format(_NUM_EN.pattern))
#: Patterns used inside the scan, compiled once (``re.match(pattern, ...)`` looks each up in re's cache per call).
_THOUSANDS_DOT = re.compile(r"\.\d{3}(?:\.|$)")
_ISO_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
_A_DIGIT = re.compile(r"\d")
_SPACE_WORD = re.compile(r"[ \t]+(\w+)")
_DIGITS = re.compile(r"\d+")
_WORD_SPACE_END = re.compile(r"(\w+)[ \t]+\Z")
_DASH = re.compile(r"[ \t]*-[ \t]*")
_COMMA_YEAR = re.compile(r"[ \t]*,?[ \t]*((?:19|20)\d\d)(?!\d)")
_SPACE_DAY_YEAR = re.compile(r"[ \t]+(\d{1,2})(?!\d)(?:[ \t]*,[ \t]*((?:19|20)\d\d)(?!\d))?")
_SPACE_DASH_WORD = re.compile(r"[ \t]*-?(\w+)")
_YEAR_1900_2099 = re.compile(r"(?:19|20)\d\d")
_SPACES = re.compile(r"[ \t]+")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)")
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_TIME = re.compile(r"\d{1,2}:\d\d(?!\d)")
_ORDINAL = re.compile(r"(?:сыншы|сінші|ыншы|інші|ншы|нші|инчи|ынчы|үнчү|унчу|нчи|нчы|нчү|нчу|inchi|nchi|ум|юм|й|го|я|е|ый|ой|ая|ое|th|st|nd|rd)")
_APPROX_END = re.compile(r"(?:дай|дей|дой|дөй|тай|тей|той|төй)\Z")
# Turkic "more than" needs the figure in the ablative: "36 млн доллардан ашып" (but "20 фоизга ошди": grew by 20%).
_ABLATIVE_END = re.compile(r"(?:дан|ден|тан|тен|нан|нен|дон|дөн|тон|төн|нон|нөн|dan|den|tan|ten|nan)\Z")
_DATIVE_END = re.compile(r"(?:ға|ге|қа|ке|на|не|а|е|га|ка|го|гө|ко|кө)\Z")
_TARGET_END = re.compile(r"(?:гача|gacha)\Z")
_YEAR_PREP_EN = {"in", "since", "by", "until", "from", "of", "for", "during", "to", "before", "after", "and"}
_MAX_SUFFIX = 10
_MAX_TOKENS = 10
_WORD = re.compile(r"\w+")
_WORD_ONLY = re.compile(r"\w+")
_PARTICLES = {"ақ", "ак", "ой", "у"}
_PLURAL = {"лар", "лер", "дар", "дер", "тар", "тер", "лор", "лөр", "дор", "дөр", "тор", "төр"}
# A date word that takes the next date as its own: genitive or adjectival ending ("2013 жылдың 29 қаңтарында",
# "өткен жылдың шілде айында", "биылғы бірінші тоқсанда", "2025 йилнинг январида").
_OF_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің|дын|дин|тын|тин|нын|нин|дун|дүн|тун|түн|нун|нүн|ғы|гі|қы|кі|гы|ги|кы|ки|"
                     r"нинг|ning)\Z")
_LOC_END = re.compile(r"(?:ы|і|да|де|та|те)\Z")  # "жылы", "жылда": the year as a time, not as an owner
_ROMAN = {"i": 1, "і": 1, "v": 5, "x": 10, "х": 10, "l": 50}
_ROMAN_BEFORE = re.compile(r"(?<!\w)([ivxхі]{1,6})[ \t]*-?[ \t]*\Z")
_ROMAN_AFTER = re.compile(r"[ \t]+([ivxхі]{1,6})(?!\w)")
# A relative phrase whose noun is plural ("өткен жылдары", in past years) is a stretch the text does not bound.
_PLURAL_REL = {"last_year": "recent", "last_month": "recent", "last_week": "recent", "yesterday": "recent",
               "next_year": "future", "next_month": "future", "next_week": "future", "tomorrow": "future",
               "this_year": "that_period", "this_month": "that_period", "this_week": "that_period",
               "that_time": "that_period", "today": "recent"}
_TWO_WORDS = re.compile(r"\w+[ \t]+\w+")
_GEN_END = re.compile(r"(?:ның|нің|дың|дің|тың|тің|дын|дин|тын|тин|нын|нин)\Z")
_PARTICLE = re.compile(r"-(?:ақ|ак)(?!\w)")
_SEP_BEFORE = re.compile(r"[ \t]*[-—,][ \t]*\Z")
_DASHES = ("-", "—")
_YEAR_AFTER = re.compile(r"[ \t]+(?:of[ \t]+)?((?:19|20)\d\d)(?!\d)(?:[ \t]*-?[ \t]*(\w+))?")


def _roman(s: str) -> int | None:
    """"xxi" -> 21 (Latin or Cyrillic х, Kazakh і); None when the letters are no well-formed numeral."""
    vals = [_ROMAN[c] for c in s]
    n = sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))
    return n if n > 0 and _to_roman(n) == s.replace("х", "x").replace("і", "i") else None


def _to_roman(n: int) -> str:
    out = ""
    for v, r in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out += r
            n -= v
    return out


def _quarter_span(y: int, q: int) -> tuple[str, str]:
    return _month_span(y, 3 * q - 2, 3 * q)


def _part_span(ds: str, de: str, part: str) -> tuple[str, str]:
    """The start, middle or end of a resolved year or month ("жылдың соңына": December); other spans stay whole."""
    y, m = int(ds[:4]), int(ds[5:7])
    if ds[4:] == "-01-01" and de[4:] == "-12-31" and ds[:4] == de[:4]:
        return _month_span(y, {"start": 1, "middle": 6, "end": 12}[part], {"start": 1, "middle": 7, "end": 12}[part])
    if ds[:7] == de[:7] and ds[8:] == "01" and de == _month_span(y, m)[1]:
        a, b = {"start": (1, 10), "middle": (11, 20), "end": (21, int(de[8:]))}[part]
        return f"{ds[:8]}{a:02d}", f"{ds[:8]}{b:02d}"
    return ds, de


def _tail_words(low: str, vs: int) -> list[str]:
    """The (at most three) words just before ``vs``, separated by spaces only (a line break or a sign stops them)."""
    seg = low[max(0, vs - 48):vs]
    if not seg or seg[-1] not in " \t":
        return []
    out: list[str] = []
    for w in reversed(seg.rsplit("\n", 1)[-1].split()):
        if not (w.isalnum() or _WORD_ONLY.fullmatch(w)):
            break
        out.append(w)
        if len(out) == 3:
            break
    out.reverse()
    return out


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    kind: str  # n (number), w (word), s (symbol)
    text: str
    val: Decimal | None = None
    glued: bool = False  # touches the previous token ("36млн", "2025-жылы" after its hyphen)


class Toks(list):
    """The tokens from a position on, read a few at a time (most anchors need two or three; at most ten are read,
    enough for the longest figure, "1 млрд 318 млн АКШ долларынан ашып"). Index i exists once ``has(i)`` said so."""

    __slots__ = ("low", "pos", "en", "prev", "done")

    def __init__(self, low: str, pos: int, en: bool) -> None:
        super().__init__()
        self.low, self.pos, self.en, self.prev, self.done = low, pos, en, -1, False
        self.read(4)

    def read(self, upto: int) -> None:
        low, en, prev = self.low, self.en, self.prev
        upto = min(upto, _MAX_TOKENS)
        for m in (_TOK_RUN_EN if en else _TOK_RUN).finditer(low, self.pos, self.pos + 160):
            g = m.lastgroup
            s = m.start()
            if g == "x":
                self.done = True
                break
            if g == "n":
                t = Tok(s, m.end(), "n", m.group(), _dec(m.group(), en), s == prev)
            else:
                t = Tok(s, m.end(), g, m.group(), None, s == prev)
            self.append(t)
            prev = t.end
            if len(self) >= upto:
                break
        else:
            self.done = True
        self.prev = self.pos = prev if prev >= 0 else self.pos
        if len(self) >= _MAX_TOKENS:
            self.done = True

    def has(self, i: int) -> bool:
        if i < len(self):
            return True
        if self.done:
            return False
        self.read(i + 3)
        return i < len(self)


def _trie_regex(words: list[str]) -> str:
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        alts, end = [], "" in node
        for ch in sorted(k for k in node if k):  # a whole phrase is the anchor ("ол күні", not every "ол")
            alts.append(("[ \t]+" if ch == " " else re.escape(ch)) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


def _dec(s: str, en: bool) -> Decimal:
    if en:
        s = s.replace(",", "").replace(" ", "")
    else:
        s = s.replace(" ", "")
        if "," in s:
            s = s.replace(".", "").replace(",", ".")
        elif _THOUSANDS_DOT.search(s):
            s = s.replace(".", "")
    return Decimal(s)


def _plain(v: Decimal | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v == v.to_integral_value() else float(v)


def _year_span(y: int, y2: int | None = None) -> tuple[str, str]:
    return f"{y:04d}-01-01", f"{(y2 or y):04d}-12-31"


def _month_span(y: int, m1: int, m2: int | None = None) -> tuple[str, str]:
    m2 = m2 or m1
    return f"{y:04d}-{m1:02d}-01", f"{y:04d}-{m2:02d}-{calendar.monthrange(y, m2)[1]:02d}"


def _valid_date(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    m = _ISO_DAY.match(published)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


class Recognizer:
    """The compiled matcher for a set of languages (number words, bounds and dates differ per language)."""

    def __init__(self, langs: tuple[str, ...], lex: Lexicon) -> None:
        self.lex = lex
        self.en = langs == ("en",)
        self.langs = langs
        self.lls = [lex.langs[lg] for lg in langs]
        self.numbers = {}
        self.stops: set[str] = set()
        for ll in self.lls:
            for k, v in ll.numbers.items():
                if v[1] == "stop":
                    self.stops.add(k)
                else:
                    self.numbers.setdefault(k, (v, ll.suffix_rx))
        self.dates: dict[str, DateEntry] = {}
        self.noun_rx: dict[str, re.Pattern[str]] = {}  # time noun -> the endings it may take (its language's)
        for ll in self.lls:
            for k, v in ll.dates.items():
                if k not in self.dates and ll.noun_rx is not None and not v.exact:
                    self.noun_rx[k] = ll.noun_rx
                self.dates.setdefault(k, v)
        phrases = [k for k, e in self.dates.items() if e.type in ("month", "rel", "freq", "unitdur", "weekday")]
        # One trie over the phrases (longest first, as greedy optional branches): a plain alternation of the ~900
        # phrases costs a try per phrase at every position it is matched at.
        self.date_rx = re.compile(r"(?<!\w)(?P<p>" + _trie_regex(phrases) + r")(?P<s>\w*)")
        self.word_of = {k: e for k, e in self.dates.items()
                        if e.type in ("year", "monthword", "ago", "timeunit", "quarter", "half", "century", "age", "decade")}
        self.several = {k for k, e in self.dates.items() if e.type == "several"}
        self.rangefrom = {k for k, e in self.dates.items() if e.type == "rangefrom"}
        self.rangeto = {k: e.value for k, e in self.dates.items() if e.type == "rangeto"}
        self.rangeto["-"] = "alone"
        self.range_post = tuple(k for k, e in self.dates.items() if e.type == "durpost" and e.value == "range")
        self.parts = {k: e for k, e in self.dates.items() if e.type == "part"}
        self.notdate = {k for k, e in self.dates.items() if e.type == "notdate"}
        self.notdate_stems = tuple(k for k, e in self.dates.items() if e.type == "notdate" and not e.exact)
        self.roman_words = sorted((k, e.type) for k, e in self.dates.items() if e.type in ("century", "quarter", "half"))
        self.durpre = {k for k, e in self.dates.items() if e.type == "durpre"}
        self.dets = {k[5:]: e.value for k, e in self.dates.items() if e.type == "det"}
        self.precise = {k[9:] for k, e in self.dates.items() if e.type == "precise"}
        post = sorted((k for k, e in self.dates.items() if e.type == "durpost"), key=len, reverse=True)
        self.durpost_rx = re.compile(r"[ \t]+(?:" + "|".join(re.escape(p).replace(r"\ ", "[ \t]+") for p in post)
                                     + r")(?!\w)") if post else None
        self.yearpre = {k[5:]: e for k, e in self.dates.items() if e.type == "yearpre"}
        before, after, self.verbs = [], [], []
        self.bound_of: dict[str, str] = {}
        for ll in self.lls:
            for phrase, bound, side, match in ll.bounds:
                if bound == "verb":
                    self.verbs.append(phrase)
                    continue
                self.bound_of.setdefault(phrase, bound)
                pat = re.escape(phrase).replace(r"\ ", "[ \t]+") + (r"\w*" if match == "stem" else "")
                (before if side == "before" else after).append((len(phrase), pat, phrase, match))
        before.sort(reverse=True)
        after.sort(reverse=True)
        self.needsverb = {p for _, _, p, m in before if m == "needsverb"}
        self.before_exact = {p: (p, self.bound_of[p]) for _, _, p, m in before if m != "stem"}
        self.before_stems = [(p, (p, self.bound_of[p])) for _, _, p, m in before if m == "stem"]
        self.before_rx = re.compile(r"(?:^|(?<=[^\w]))(?:" + "|".join(
            f"(?P<b{i}>{p})" for i, (_, p, _, _) in enumerate(before)) + r")[ \t]*\Z") if before else None
        self.before_phr = [ph for _, _, ph, _ in before]
        self.after_rx = re.compile(r"[ \t]*(?:" + "|".join(
            f"(?P<a{i}>{p})" for i, (_, p, _, _) in enumerate(after)) + r")(?!\w)") if after else None
        self.after_phr = [ph for _, _, ph, _ in after]
        self.after_first = frozenset(ph[0] for ph in self.after_phr)
        self.verb_rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, self.verbs)) + r")") if self.verbs else None
        anchors = list(self.numbers) + list(lex.scales) + list(lex.multipliers) + \
            phrases + [k[5:] for k in self.dates if k.startswith("<pre>")] + list(self.several)
        anchors = [a for a in set(anchors) if a and a[0].isalpha()]
        firsts = "".join(sorted({a[0] for a in anchors}))
        # A word boundary first and a look-ahead on the first letters let the engine skip most positions quickly.
        # The pattern starts with a plain class (\W, the character before the anchor), so the engine jumps from
        # one non-word character to the next instead of trying every position.
        self.anchor_rx = re.compile(r"\W(?P<a>\d|[$€₽]|(?=[" + re.escape(firsts) + "])" + _trie_regex(anchors) + ")")
        self._cache: dict[tuple[str, str], object] = {}

    # --- word lookups (stem + ending) --------------------------------------------------------------------------

    def _stem(self, table: dict, w: str, name: str, exact_of=None, max_suffix: int = _MAX_SUFFIX):
        key = (name, w)
        if key in self._cache:
            return self._cache[key]
        res = None
        if w in table:
            res = (table[w], "")
        else:
            for cut in range(len(w) - 1, 1, -1):
                if len(w) - cut > max_suffix:
                    break
                e = table.get(w[:cut])
                if e is not None and not (exact_of and exact_of(e)):
                    res = (e, w[cut:])
                    break
        self._cache[key] = res
        return res

    def numword(self, w: str):
        key = ("num", w)
        if key in self._cache:
            return self._cache[key]
        res = None
        if w in self.numbers:
            res = (self.numbers[w][0], "")
        else:
            for cut in range(len(w) - 1, 1, -1):
                e = self.numbers.get(w[:cut])
                if e is not None and e[1].match(w[cut:]):
                    res = (e[0], w[cut:])
                    break
        self._cache[key] = res
        return res

    def scale(self, w: str):
        r = self._stem(self.lex.scales, w, "scale", max_suffix=5)
        return r[0] if r else None

    def currency(self, w: str):
        return self._stem(self.lex.currencies, w, "cur", lambda e: e[1] in ("exact", "symbol", "qualifier"))

    def unit(self, w: str):
        return self._stem(self.lex.units, w, "unit", lambda e: e[2])

    def dateword(self, w: str):
        """The time noun ``w`` is a form of: its stem followed by a chain of noun endings ("жылдарының"), never a word
        that only begins like one ("айтқан", "аймақ", "жылыту")."""
        key = ("date", w)
        if key in self._cache:
            return self._cache[key]
        res = self.word_of.get(w)
        if res is None and not self._not_date(w):
            for cut in range(len(w) - 1, 1, -1):
                if len(w) - cut > _MAX_SUFFIX:
                    break
                e = self.word_of.get(w[:cut])
                if e is not None and not e.exact and self.ending_ok(w[:cut], w[cut:]):
                    res = e
                    break
        self._cache[key] = res
        return res

    def ending_ok(self, stem: str, ending: str) -> bool:
        """Whether ``ending`` is a chain of noun endings for the time noun ``stem`` (any ending where the language
        lists none). A soft sign after a Russian month stem is part of the name ("январьда")."""
        rx = self.noun_rx.get(stem)
        return rx is None or not ending or rx.match(ending[1:] if ending[0] == "ь" else ending) is not None

    def month_ok(self, dm: re.Match[str]) -> bool:
        return not dm["s"] or self.ending_ok(dm["p"], dm["s"])

    # --- tokens ------------------------------------------------------------------------------------------------

    def tokens(self, low: str, pos: int) -> Toks:
        return Toks(low, pos, self.en)

    # --- numbers -----------------------------------------------------------------------------------------------

    def parse_number(self, toks: list[Tok], k: int):
        """(value, next index, last scale, only-a-scale, ordinal, last suffix) or None."""
        total, cur, last_scale, last_small = D0, None, None, None
        j, items, ordinal, suffix, scale_only = k, 0, False, "", False
        while toks.has(j):
            t = toks[j]
            if t.kind == "n":
                if cur is not None or (items and last_scale is None):
                    break
                if items:  # "1 млрд 318 млн": digits after a scale only before a smaller scale
                    nxt = toks[j + 1] if toks.has(j + 1) else None
                    s2 = self.scale(nxt.text) if nxt is not None and nxt.kind == "w" else None
                    if s2 is None or s2 >= last_scale:
                        break
                cur, last_small = t.val, None
                j += 1
                items += 1
                scale_only = False
                continue
            if t.kind != "w":
                break
            sc = self.scale(t.text)
            if sc is not None:
                if last_scale is not None and sc >= last_scale:
                    break
                scale_only = items == 0
                total += (cur if cur is not None else D1) * sc
                cur, last_scale, last_small = None, sc, None
                j += 1
                items += 1
                suffix = ""
                continue
            nw = self.numword(t.text) if t.text not in self.stops else None
            if nw is None or (items and toks[j - 1].kind == "n"):
                break
            (v, role), suf = nw
            if role == "point":
                if cur is None:
                    break
                num, den, jj = None, None, j + 1
                while toks.has(jj) and jj < j + 5:
                    tt = toks[jj]
                    e = self.numword(tt.text) if tt.kind == "w" else None
                    if e is None:
                        break
                    (v2, r2), _ = e
                    if r2 == "frac":
                        den = v2
                    elif r2 in ("unit", "ten", "hundred"):
                        num = (num or D0) + v2
                    else:
                        break
                    jj += 1
                if num is None:
                    break
                if den is None:
                    den = Decimal(10) ** len(str(int(num)))
                cur = cur + num / den
                j = jj
                continue
            if role == "frac":
                break
            if role == "half":
                cur = (cur or D0) + v
            elif role == "hundred":
                if last_small is not None and last_small < 10 and v == 100:
                    cur = cur * 100
                elif cur is not None and last_small is not None and last_small <= v:
                    break
                else:
                    cur = (cur or D0) + v
                last_small = Decimal(100)
            else:
                if last_small is not None and last_small <= v:
                    break
                cur = (cur or D0) + v
                last_small = v
            items += 1
            scale_only = False
            suffix = suf
            j += 1
            if suf and _ORDINAL.match(suf):
                ordinal = True
                break
        if items == 0:
            return None
        return total + (cur or D0), j, last_scale, scale_only, ordinal, suffix

    # --- the scan ----------------------------------------------------------------------------------------------

    def find(self, view: TextView, published: str | None) -> list[Quantity]:
        low = view.lower
        pub = parse_published(published)
        out: list[Quantity] = []
        pos = 0
        pad = " " + low  # pad[i + 1] == low[i]: the document's first character has a non-word one before it
        search = self.anchor_rx.search
        while True:
            m = search(pad, pos)
            if m is None:
                break
            s = m.start("a") - 1
            a = m.group("a")
            if a[0].isdigit() and pad[m.start()] in "$€₽":  # "$36": the sign is the anchor
                s -= 1
            if a and a[0].isalpha():
                if s > 0 and (low[s - 1].isalnum() or low[s - 1] == "ʼ"):
                    pos = s + 1
                    continue
                w = _WORD.match(low, s).group()
                if not self._may_start(w, low, s):
                    pos = s + len(w)
                    continue
            if s > 0 and low[s].isdigit() and low[s - 1].isdigit():
                pos = s + 1
                continue
            res = self.at(view, low, s, pub)
            if res is None:
                pos = max(m.end() - 1, s + 1, m.start("a"))
                continue
            q, nxt = res
            if q is not None:
                out.extend(q if isinstance(q, list) else [q])
            pos = max(nxt, s + 1, m.start("a"))  # m.start("a") is the anchor's index + 1: always forward
        if self.roman_words:
            extra = self._roman_dates(view, low, pub)
            for r in extra:  # the Roman reading wins over what it contains ("I квартал 2025 года" over "2025 года")
                inside = [q for q in out if r.start <= q.start and q.end <= r.end]
                if not any(q.start < r.end and r.start < q.end for q in out if q not in inside):
                    out = [q for q in out if q not in inside] + [r]
            if extra:
                out.sort(key=lambda q: q.start)
        if self.dets:
            out = [self._determined(view, low, q, pub) if q.kind in ("date", "period") else q for q in out]
        if self.roman_words:
            ranged: list[Quantity] = []
            for q in out:
                r = self._century_range(view, low, q) if q.kind in ("period", "date") else q
                if r is not q:  # "24 - 27 маусым": the first number is inside the range now
                    while ranged and ranged[-1].start >= r.start:
                        ranged.pop()
                ranged.append(r)
            out = ranged
        if self.precise:
            out = [self._precise(view, low, q) if q.kind in ("date", "period") else q for q in out]
        return self._compose(view, low, out, pub) if len(out) > 1 or self.parts else out

    def _determined(self, view, low, q, pub):
        """"осы қаңтар", "өткен ақпан айында", "былтырғы қазан", "осы күзде": a determiner before a month or a season
        belongs to its span and says which one (the last February before the published date, October of last
        year)."""
        vs = view.to_view(q.start)
        seg = low[max(0, vs - 16):vs]
        if seg[-1:] != " " or not seg.strip():
            return q
        words = [seg.rsplit(None, 1)[-1]]
        det = self.dets.get(words[-1])
        if det not in ("this", "last", "next", "thisyear", "lastyear", "that") or low[vs - len(words[-1]) - 2:
                                                                                  vs - len(words[-1]) - 1].isalnum():
            return q
        dm = self.date_rx.match(low, vs)
        e = self.dates.get(dm["p"]) if dm else None
        if e is None or not (e.type == "month" or e.value in ("winter", "spring", "summer", "autumn")):
            return q
        if dm.end() < view.to_view(q.end) and _A_DIGIT.search(q.text):
            return q  # "осы 5 наурызда" is read by the day; only a bare month or season takes the determiner
        sp = view.span(vs - len(words[-1]) - 1, view.to_view(q.end))
        ds, de, resolved = q.date_start, q.date_end, q.resolved
        if det == "that" or (det != "this" and e.type != "month"):
            ds = de = None  # "сол қаңтарда" (that January), "өткен күзде" (which autumn is not said here)
            resolved = False
        elif resolved and ds and de and pub is not None and e.type == "month" and ds[:4] == de[:4]:
            m = int(ds[5:7])
            y = {"this": pub.year, "thisyear": pub.year, "lastyear": pub.year - 1,
                 "last": pub.year - (m >= pub.month), "next": pub.year + (m <= pub.month)}[det]
            ds, de = f"{y:04d}{ds[4:]}", f"{y:04d}{de[4:]}"
            if de[5:] == "02-29" or de[5:] == "02-28":
                de = _month_span(y, 2)[1]
        return Quantity(sp.start, sp.end, sp.text, q.kind, q.value, q.unit, q.bound, ds, de, q.low, q.target,
                        resolved)

    def _precise(self, view, low, q):
        """"дәл осы күні", "тура екі ай бұрын": a word saying "exactly" before a date belongs to its span."""
        vs = view.to_view(q.start)
        seg = low[max(0, vs - 12):vs]
        if seg[-1:] != " " or (w := seg.rsplit(None, 1)[-1] if seg.strip() else "") not in self.precise:
            return q
        ws = vs - len(w) - 1
        if not low[:ws].rstrip(" \t")[-1:] not in ("", ".", "!", "?", "\n"):
            return q  # "Дәл осы күн ..." at a sentence's start is emphasis: KazNERD leaves it out (0 of 2 on valid)
        sp = view.span(ws, view.to_view(q.end))
        return Quantity(sp.start, sp.end, sp.text, q.kind, q.value, q.unit, q.bound, q.date_start, q.date_end, q.low,
                        q.target, q.resolved)

    def _century_range(self, view, low, q):
        """"XIX-XX ғасырларда", "он төртінші - он бесінші ғасырларда", "19-ыншы, 20-сыншы ғасырларда": the century
        written before a century (after a dash or a comma) opens one period with it."""
        ds, de = q.date_start, q.date_end
        if not (q.resolved and ds and de):
            return q
        day = q.kind == "date"  # "жиырма төртінші - жиырма жетінші маусым", "24-інші - 27-нші маусым": days
        if day:
            n2 = int(de[8:])
        elif ds[4:] == "-01-01" and de[4:] == "-12-31" and int(de[:4]) - int(ds[:4]) == 99 and int(de[:4]) % 100 == 0:
            n2 = int(de[:4]) // 100
        else:
            return q
        vs = view.to_view(q.start)
        i = vs
        while i > 0 and low[i - 1] in " \t":
            i -= 1
        if i == 0 or low[i - 1] not in "-—,":
            return q
        m = _SEP_BEFORE.search(low, max(0, vs - 40), vs)
        if m is None or (day and (low[m.start():m.end()].strip(" \t") not in _DASHES or not _A_DIGIT.match(low, vs)
                                   and self.numword(_WORD.match(low, vs).group()) is None)):
            return q
        n1, a = None, m.start()
        first = _WORD.match(low, vs)
        if first is not None and set(first.group()) <= set(_ROMAN) and _roman(first.group()):
            rm = _ROMAN_BEFORE.search(low, max(0, a - 8), a)
            if rm is not None and (a == len(rm.group(0)) or not low[a - len(rm.group(0)) - 1].isalnum()):
                n1, a = _roman(rm.group(1)), a - len(rm.group(0))
        else:
            before = low[max(0, a - 60):a].rsplit("\n", 1)[-1].split()
            for back in (3, 2, 1):  # the first century's number: digits with an ordinal ending, or up to 3 words
                if len(before) < back:
                    continue
                b = a - len(" ".join(before[-back:]))
                if low[b:a] != " ".join(before[-back:]):
                    continue
                toks = self.tokens(low, b)
                pn = self.parse_number(toks, 0) if toks and toks[0].kind in ("n", "w") else None
                if pn is None:
                    continue
                k, ordinal = pn[1], pn[4]
                if toks.has(k + 1) and toks[k].text == "-" and toks[k].glued and toks[k + 1].kind == "w" \
                        and _ORDINAL.fullmatch(toks[k + 1].text):
                    k, ordinal = k + 2, True
                if (ordinal or day and toks[0].kind == "n") and pn[0] == pn[0].to_integral_value() \
                        and toks[k - 1].end == a:
                    n1, a = int(pn[0]), b
                    break
        if n1 is None or not 1 <= n1 < n2 or (n2 - n1 > 2 and not day):
            return q
        sp = view.span(a, view.to_view(q.end))
        first = f"{de[:8]}{n1:02d}" if day else f"{(n1 - 1) * 100 + 1:04d}-01-01"
        return Quantity(sp.start, sp.end, sp.text, "period", q.value, q.unit, q.bound, first, de, q.low, q.target,
                        q.resolved)

    def _may_start(self, w: str, low: str, s: int) -> bool:
        """Cheap test before tokenising: can a quantity start with this word?"""
        if w in self.stops:
            return False
        return bool(self.numword(w) or self.scale(w) is not None or w in self.lex.multipliers or w in self.several
                    or self.date_rx.match(low, s) or self._stem(self.yearpre, w, "pre", lambda e: e.exact))

    def at(self, view: TextView, low: str, s: int, pub: date | None):
        """The quantity (or quantities) starting at view position ``s`` and where scanning continues."""
        if low[s].isdigit():
            for rx, order in ((_DMY, "dmy"), (_ISO, "ymd")):
                dm = rx.match(low, s)
                if dm:
                    d, mo, y = (int(dm[1]), int(dm[2]), int(dm[3])) if order == "dmy" else \
                        (int(dm[3]), int(dm[2]), int(dm[1]))
                    iso = _valid_date(y, mo, d)
                    if iso:
                        return self._mk(view, s, dm.end(), "date", None, None, ds=iso, de=iso), dm.end()
            if _TIME.match(low, s):
                return None, _TIME.match(low, s).end()
        dm = self.date_rx.match(low, s)
        if dm:
            r = self._date_phrase(view, low, s, dm, pub)
            if r is not None:
                return r
        toks = self.tokens(low, s)
        if not toks:
            return None
        t0 = toks[0]
        if t0.kind == "s":  # currency sign before the figure: "$36 млн"
            cur = self.lex.currencies.get(t0.text)
            if cur and toks.has(1) and toks[1].kind == "n":
                r = self._figure(view, low, toks, 1, pub, sign=(t0, cur[0]))
                return r
            return None
        if t0.kind == "w":
            mw = self.lex.multipliers.get(t0.text)
            if mw is not None:
                return self._emit(view, low, s, t0.end, "multiplier", mw, "x", t0.text), t0.end
            if t0.text in self.several or (toks.has(1) and f"{t0.text} {toks[1].text}" in self.several):
                return self._several(view, low, toks, s, pub)
            pre = self._stem(self.yearpre, t0.text, "pre", lambda e: e.exact)
            if pre is not None:  # "соли 2025", "солҳои 2026-2028"
                if toks.has(1) and toks[1].kind == "n":
                    pn = self.parse_number(toks, 1)
                    if pn and 1000 <= pn[0] <= 2100 and pn[2] is None:
                        lowv = self._range_low(toks, pn)
                        val, j = pn[0], pn[1]
                        if lowv is not None:
                            val, j, lowv = lowv[0], lowv[1], lowv[2]
                        y1 = int(lowv) if lowv is not None else int(val)
                        ds, de = _year_span(y1, int(val))
                        return self._mk(view, s, toks[j - 1].end, "period", None, None, ds=ds, de=de), toks[j - 1].end
                return None
        return self._figure(view, low, toks, 0, pub)

    def _range_low(self, toks, pn):
        """A range "A-B": (value B, next index, low A) when toks after the first number continue with "-B"."""
        val, j, last_scale = pn[0], pn[1], pn[2]
        if toks.has(j + 1) and toks[j].kind == "s" and toks[j].text == "-" and \
                (toks[j + 1].kind == "n" or (toks[j + 1].kind == "w" and self.numword(toks[j + 1].text))):
            p2 = self.parse_number(toks, j + 1)
            if p2 and p2[4] and not (toks.has(p2[1]) and toks[p2[1]].kind == "w" and toks[j + 1].kind == "w"
                                     and (dw := self.dateword(toks[p2[1]].text)) is not None and dw.type in ("year", "decade")):
                p2 = None  # an ordinal closes a range only of years in words ("екі мың бес - екі мың он сегізінші жылдар")
            if p2:
                v2 = p2[0]
                lowv = val * p2[2] if last_scale is None and p2[2] is not None else val
                if lowv < v2:
                    return v2, p2[1], lowv, p2
        return None

    def _not_date(self, w: str) -> bool:
        """A word listed as no time although it looks like a form of one ("қысқа" short, "қысым" pressure)."""
        return w in self.notdate or w.startswith(self.notdate_stems)

    def _ending(self, w: str) -> str:
        """What follows the longest time-noun stem in ``w`` ("жастары" -> "тары")."""
        return next((w[c:] for c in range(len(w), 1, -1) if w[:c] in self.word_of), "")

    def _age_owner(self, low, vs) -> bool:
        """Whether one of the two words before ``vs`` is an age noun with a possessive ("жасы", "жастары"): the number
        after it, in a case, is that age ("жасы қазір сексеннен асқан")."""
        for w in _tail_words(low, vs)[-2:]:
            dw = self.dateword(w)
            if dw is not None and dw.type == "age":
                end = self._ending(w)
                if end[:1] in ("ы", "і", "у", "ү", "и") or (end[:3] in _PLURAL and end[3:4] in ("ы", "і", "у", "ү", "и")):
                    return True
        return False

    def _range_words(self, low, toks, pn):
        """"18 бен 30 жас аралығындағы", "between 5 and 10 years": a range of times joined by a word, which needs
        the range's closing word after the time noun ("аралығында") or its opening word before the first number."""
        val, j = pn[0], pn[1]
        if not self.rangeto or not toks.has(j + 2) or toks[j].kind != "w" or toks[j].text not in self.rangeto \
                or toks[j + 1].kind not in ("n", "w"):
            return None
        p2 = self.parse_number(toks, j + 1)
        if p2 is None or p2[4] or p2[2] is not None or pn[2] is not None or not val < p2[0] or not toks.has(p2[1]):
            return None
        t3 = toks[p2[1]]
        dw = self.dateword(t3.text) if t3.kind == "w" else None
        if dw is None or dw.type not in ("year", "decade", "age", "monthword", "timeunit"):
            return None
        words = _tail_words(low, toks[0].start)
        if not (words and words[-1] in self.rangefrom):
            m = _SPACE_WORD.match(low[t3.end:t3.end + 40])
            if not (m and any(m.group(1).startswith(p[:6]) for p in self.range_post)):
                return None
        return p2[0], p2[1], val, p2

    def _figure(self, view, low, toks, k, pub, sign=None):
        pn = self.parse_number(toks, k)
        if pn is None:
            return None
        val, j, last_scale, scale_only, ordinal, suffix = pn
        plain_digits = toks[k].kind == "n" and last_scale is None and j == k + 1 and bool(_DIGITS.fullmatch(toks[k].text))
        lowv = None
        rl = self._range_low(toks, pn) or self._range_words(low, toks, pn)
        if rl is not None:
            val, j, lowv, p2 = rl
            last_scale, scale_only, ordinal, suffix = p2[2], False, p2[4], p2[5]
        start = toks[0].start
        end = toks[j - 1].end
        if plain_digits and lowv is not None and not _DIGITS.fullmatch(toks[j - 1].text):
            plain_digits = False
        nxt = toks[j] if toks.has(j) else None
        # "36 млн. долл. США", "5 тыс. тонн": the abbreviation's dot
        if nxt is not None and nxt.text == "." and nxt.glued and last_scale is not None and toks.has(j + 1) \
                and toks[j + 1].kind == "w" and (self.currency(toks[j + 1].text) or self.unit(toks[j + 1].text)):
            j += 1
            nxt = toks[j]
        # a hyphen joining an ending: "2025-жылы", "13-февралда", "24-fold", "1-і"
        if nxt is not None and nxt.kind == "s" and nxt.text == "-" and nxt.glued and toks.has(j + 1) \
                and toks[j + 1].kind == "w" and toks[j + 1].glued:
            j += 1
            nxt = toks[j]
            nxt.glued = True
            if nxt.text in _PARTICLES and toks.has(j + 1):  # "14-ақ процент"
                j += 1
                nxt = toks[j]
        if sign is not None:
            if nxt is not None and nxt.kind == "w" and self.currency(nxt.text):
                j += 1
            e = toks[j - 1].end
            return self._emit(view, low, start, e, "money", val, sign[1], toks[j - 1].text, lowv=lowv), e
        ival = int(val) if val == val.to_integral_value() else None
        if nxt is not None and nxt.kind == "w" and nxt.glued and _ORDINAL.fullmatch(nxt.text) and toks.has(j + 1) \
                and toks[j + 1].kind == "w":
            j += 1  # "2010-ыншы жылы", "11-інші мамыр": the ordinal ending, then the word that counts
            nxt = toks[j]
            ordinal = True
        elif ordinal and nxt is not None and nxt.kind == "w":
            plain_digits = plain_digits or toks[k].kind == "w"
        # --- dates ---------------------------------------------------------------------------------------------
        jb = j + 1 if nxt is not None and nxt.glued and toks[j - 1].text == "-" else j  # "30-ға жуық жылды"
        if nxt is not None and nxt.kind == "w" and lowv is None and not scale_only and not ordinal \
                and self.after_rx is not None and toks.has(jb) and toks[jb].text[:1] in self.after_first \
                and (bm := self.after_rx.fullmatch(toks[jb].text)) is not None \
                and toks.has(jb + 1) and toks[jb + 1].kind == "w" \
                and self.bound_of[self.after_phr[int(bm.lastgroup[1:])]] in ("approx", "lt", "gt"):
            dw = self.dateword(toks[jb + 1].text)  # "отызға жуық жылды", "он шақты жыл бойы": a bound inside the span
            if dw is not None and dw.type in ("year", "monthword", "timeunit") and dw.value != "hour":
                q, e = self._duration(view, low, toks, start, jb + 1, val, dw.value if dw.type == "timeunit" else
                                      {"year": "year", "monthword": "month"}[dw.type], None, pub)
                if q is not None and q.kind == "duration":
                    q = dataclasses.replace(q, bound=self.bound_of[self.after_phr[int(bm.lastgroup[1:])]])
                return q, e
        if nxt is not None and nxt.kind == "w" and ival is not None and not scale_only:
            dw = self.dateword(nxt.text)
            if dw is not None and (dw.type in ("quarter", "half", "century", "decade") and lowv is None
                                   or dw.type in ("age", "century")):
                r = self._counted_time(view, low, toks, start, j, ival, dw.type, pub, lowv)
                if r is not None:
                    return r
            if dw is not None and dw.type in ("year", "decade"):
                if 1000 <= ival <= 2100 and plain_digits or (1000 <= ival <= 2100 and toks[k].kind == "w"):
                    y1 = int(lowv) if lowv is not None else ival
                    return self._after_year(view, low, toks, start, j + 1, y1, ival, pub)
                return self._duration(view, low, toks, start, j, val, "year", lowv, pub)
            dm = self.date_rx.match(low, nxt.start)
            u = self.lex.units.get(nxt.text)
            if u is not None and u[0] == "multiplier" and "ru" not in self.langs:
                dm = None  # "2 марта" is twice in Uzbek, the 2nd of March in Russian
            if dm and 1 <= ival <= 31 and (lowv is None or lowv == lowv.to_integral_value() and 1 <= lowv < ival):
                e = self.dates.get(dm["p"])  # "13 наурызда", and a range of days: "13-15 наурыз", "25-26 қыркүйекте"
                if e is not None and e.type == "month" and not (e.exact and dm["s"]) and self.month_ok(dm):
                    return self._day_month(view, low, start, dm.end(), ival, int(e.value), pub, None,
                                           first=None if lowv is None else int(lowv))
            if dw is not None and dw.type == "monthword" and 1 <= ival <= 12:
                r = self._first_months(view, low, toks, start, j + 1, ival)
                if r is not None:
                    return r
            if dw is not None and dw.type in ("monthword", "timeunit"):
                return self._duration(view, low, toks, start, j, val, "month" if dw.type == "monthword" else dw.value,
                                      lowv, pub)
        elif nxt is not None and nxt.kind == "w" and not scale_only and not ordinal:  # "1,5 жыл"
            dw = self.dateword(nxt.text)
            if dw is not None and dw.type in ("year", "decade", "monthword", "timeunit") \
                    and (len(nxt.text) > 2 or dw.type == "monthword"):  # "жарты ай"; "1,5 г" is grams
                unit = {"year": "year", "decade": "year", "monthword": "month"}.get(dw.type, dw.value)
                return self._duration(view, low, toks, start, j, val, unit, lowv, pub)
        if plain_digits and ival is not None and 1900 <= ival <= 2100 and not suffix:
            if self._year_context(toks, j, low, start):
                y1 = int(lowv) if lowv is not None else ival
                return self._after_year(view, low, toks, start, j, y1, ival, pub, bare=True)
        # --- units -------------------------------------------------------------------------------------------
        if nxt is not None and nxt.kind in ("w", "s"):
            r = self._unit_after(toks, j)
            if r is not None:
                kind, unit, jj = r
                e = toks[jj - 1].end
                return self._emit(view, low, start, e, kind, val, unit, toks[jj - 1].text, lowv=lowv), e
            # counted noun after one qualifying word: "86 миң тажик туристи"
            if nxt.kind == "w" and toks.has(j + 1) and toks[j + 1].kind == "w" and not self.dateword(nxt.text) \
                    and nxt.text not in self.bound_of and not self.numword(nxt.text) \
                    and (toks[k].kind == "n" or last_scale is not None):
                u = self.unit(toks[j + 1].text)
                if u and u[0][0] == "count":
                    e = toks[j + 1].end
                    return self._emit(view, low, start, e, "count", val, u[0][1], toks[j + 1].text, lowv=lowv), e
        if scale_only or ordinal:
            return None, end
        if suffix and _ORDINAL.match(suffix):
            return None, end
        case = nxt.text if nxt is not None and nxt.kind == "w" and nxt.glued and not _ORDINAL.match(nxt.text) \
            else (suffix if toks[k].kind == "w" else "")
        if case and lowv is None and val <= 150 and self._age_owner(low, start):  # "жасы 57-де", "жасы елу жетіде": an age
            e = nxt.end if toks[k].kind == "n" else end
            return self._emit(view, low, start, e, "duration", val, "year", case), e
        if nxt is not None and nxt.kind == "w" and nxt.glued:
            if _ORDINAL.match(nxt.text):
                return None, nxt.end
            end = nxt.end  # a case ending after a hyphen: "5-ке"
        if toks[k].kind == "w" and j == k + 1:
            return None, end  # a lone number word ("эки", "бир") is a word of the sentence, not a figure to report
        return self._emit(view, low, start, end, "number", val, None, toks[j - 1].text, lowv=lowv), end

    def _counted_time(self, view, low, toks, start, j, n, what, pub, lowv=None):
        """A number and the word that says what it counts: "бірінші тоқсанда", "20-сыншы ғасырдағы", "90-жылдары",
        "1990-х годах", "3 жасар" (an age is a length of time in years)."""
        e = toks[j].end
        if what == "age":
            w = toks[j].text
            ending = self._ending(w)
            stem = w[:len(w) - len(ending)]
            if self.noun_rx.get(stem) is not None and (not ending or _GEN_END.search(ending) or ending[:3] in _PLURAL):
                # "он бес жас", "жастың", "жастар": young people, not an age -- unless a range closes ("жас аралығында")
                m = _SPACE_WORD.match(low[e:e + 40])
                if not (m and any(m.group(1).startswith(p[:6]) for p in self.range_post)):
                    return None, e
            return self._duration(view, low, toks, start, j, Decimal(n), "year", lowv, pub)
        if what == "century":  # "19-20 ғасырлар": the first century of a range opens the period
            n1 = int(lowv) if lowv is not None and lowv == lowv.to_integral_value() else n
            if not 1 <= n1 <= n <= 21:
                return None
            return self._mk(view, start, e, "period", None, None, ds=f"{(n1 - 1) * 100 + 1:04d}-01-01",
                            de=f"{n * 100:04d}-12-31"), e
        if what == "decade":
            if n % 10 or not (10 <= n <= 90 or 1000 <= n <= 2090):
                return None
            if toks.has(j + 1) and toks[j + 1].kind == "w" and (dw := self.dateword(toks[j + 1].text)) is not None \
                    and dw.type in ("year", "decade"):
                e = toks[j + 1].end  # "1990-х годах"
            if n < 30:  # "20-жылдары": the 1920s or the 2020s, not said
                return self._mk(view, start, e, "period", None, None, resolved=False), e
            y = n if n >= 1000 else 1900 + n
            return self._mk(view, start, e, "period", None, None, ds=f"{y:04d}-01-01", de=f"{y + 9:04d}-12-31"), e
        if not 1 <= n <= (4 if what == "quarter" else 2):
            return None
        return self._part_of_year(view, low, start, e, what, n, pub)

    def _part_of_year(self, view, low, start, e, what, n, pub):
        """Quarter or half ``n`` of the year written after it ("first quarter of 2025") or else the published one."""
        y = None
        ym = _YEAR_AFTER.match(low, e)
        if ym:
            y = int(ym[1])
            e = ym.end() if ym[2] and (dw := self.dateword(ym[2])) and dw.type in ("year", "decade") else ym.end(1)
        elif pub is not None:
            y = pub.year
        if y is None:
            return self._mk(view, start, e, "period", None, None, resolved=False), e
        ds, de = _quarter_span(y, n) if what == "quarter" else _month_span(y, 6 * n - 5, 6 * n)
        return self._mk(view, start, e, "period", None, None, ds=ds, de=de), e

    def _several(self, view, low, toks, start, pub):
        """"бірнеше жыл", "несколько дней", "several years ago": a length of time whose count is not said."""
        k = 1 if toks[0].text in self.several else 2
        if not toks.has(k) or toks[k].kind != "w":
            return None
        dw = self.dateword(toks[k].text)
        if dw is None or dw.type not in ("year", "decade", "monthword", "timeunit") \
                or (len(toks[k].text) < 3 and dw.type != "monthword"):  # "бірнеше ай бойы"
            return None
        unit = {"year": "year", "decade": "year", "monthword": "month"}.get(dw.type, dw.value)
        return self._duration(view, low, toks, start, k, None, unit, None, pub)

    def _duration(self, view, low, toks, start, j, val, unit, lowv, pub):
        """"5 жыл", "соңғы 2 жылда", "в течение 3 месяцев": a length of time; "3 жыл бұрын" (ago) is a period."""
        nxt = toks[j]
        ago = toks[j + 1] if toks.has(j + 1) else None
        pair = f"{nxt.text} {ago.text}" if ago is not None else ""
        if pair and self.notdate and (pair in self.notdate or pair.startswith(self.notdate_stems)):
            return None, nxt.end  # "200 айлық есептік көрсеткіш": the monthly calculation index, an amount
        if ago is not None and ago.kind == "w" and (a := self.dateword(ago.text)) and a.type == "ago" \
                and (val is None or val == val.to_integral_value()) and unit in ("year", "month", "week", "day"):
            if pub is None or val is None:
                return self._mk(view, start, ago.end, "date" if unit in ("day", "week") else "period", None, None,
                                resolved=False), ago.end
            n = int(val)
            if unit == "year":
                ds, de = _year_span(pub.year - n)
            elif unit == "month":
                y, mo = divmod(pub.year * 12 + pub.month - 1 - n, 12)
                ds, de = _month_span(y, mo + 1)
            else:  # "3 жұма бұрын": the day three weeks before
                ds = de = (pub - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
            return self._mk(view, start, ago.end, "date" if unit in ("day", "week") else "period", None, None,
                            ds=ds, de=de), ago.end
        e = nxt.end
        q = self._emit(view, low, start, e, "duration", val, unit, nxt.text, lowv=lowv)
        words = _tail_words(low, start)
        for n in (2, 1):  # "соңғы 2 жылда", "в течение 5 лет", "over the past 3 years": the word that makes it a span
            if len(words) >= n and " ".join(words[-n:]) in self.durpre:
                vs = low.rfind(words[-n], 0, start) if n == 1 else low.rfind(" ".join(words[-n:]), 0, start)
                if vs >= 0:
                    o = view.span(vs, e).start
                    q = Quantity(o, q.end, view.original[o:q.end], q.kind, q.value, q.unit, q.bound, None, None, q.low,
                                 q.target, True)
                break
        return q, e

    def _year_context(self, toks, j, low, start) -> bool:
        toks.has(j + 3)
        for t in toks[j:j + 4]:
            if t.kind == "w" and (dw := self.dateword(t.text)) is not None and dw.type in ("year", "decade"):
                return True
            if t.kind == "s" and t.text not in "-,":
                break
        m = _WORD_SPACE_END.search(low[max(0, start - 20):start])
        if m:
            w = m.group(1)
            if self.en and w in _YEAR_PREP_EN:
                return True
            if w in ("в", "с", "до", "к", "по", "год", "году", "года", "year", "соли", "сол", "in"):
                return True
        return False

    def _unit_after(self, toks, j):
        """(kind, unit, next index) of a currency / percent / multiplier / unit starting at toks[j]."""
        t = toks[j]
        if t.kind == "s":
            if t.text == "%":
                jj = j + 1
                if toks.has(jj + 1) and toks[jj].text == "-" and toks[jj].glued and toks[jj + 1].kind == "w" \
                        and toks[jj + 1].glued:
                    jj += 2  # "30 %-ке"
                return "percent", "%", jj
            c = self.lex.currencies.get(t.text)
            if c and c[1] == "symbol":
                return "money", c[0], j + 1
            return None
        c = self.currency(t.text)
        if c is not None:
            (code, role), _ = c
            if role == "qualifier":
                if toks.has(j + 1) and toks[j + 1].kind == "w":
                    c2 = self.currency(toks[j + 1].text)
                    if c2 is not None and c2[0][1] != "qualifier":
                        return "money", c2[0][0], j + 2
                return None
            jj = j + 1
            if toks.has(jj) and toks[jj].text == "." and toks[jj].glued:
                jj += 1
            if toks.has(jj) and toks[jj].kind == "w":
                q = self.currency(toks[jj].text)
                if q is not None and q[0][1] == "qualifier":
                    return "money", code, jj + 1
            return "money", code, j + 1
        u = self.unit(t.text)
        if u is not None:
            (kind, unit, _), _ = u
            return kind, unit, j + 1
        return None

    # --- dates -------------------------------------------------------------------------------------------------

    def _after_year(self, view, low, toks, start, j, y1, y2, pub, bare=False):
        """A year (or years) read; a month, month range, day or "N months" may follow ("2025-жылдын январь-...")."""
        end = toks[j - 1].end
        if y1 == y2:
            nxt = toks[j] if toks.has(j) else None
            # "2021 жылы қыркүйекте": after the year in the locative KazNERD starts a new span (8 of 9 on valid A);
            # the month still takes that year
            yw = toks[j - 1].text if toks[j - 1].kind == "w" else ""
            split = bool(_LOC_END.search(yw)) and not _OF_END.search(yw) and nxt is not None
            if nxt is not None and nxt.kind == "w":
                r = self._month_range(view, low, nxt.start if split else start, nxt.start, y1, pub)
                if r is not None and r[0] is not None and _GEN_END.search(yw):
                    # "2020 жылдың мамыр айында": after a year in the genitive the month word is inside (3 of 3, A)
                    wm = _SPACE_WORD.match(low[r[1]:r[1] + 40])
                    if wm and (dw := self.dateword(wm.group(1))) is not None and dw.type == "monthword" \
                            and self._ending(wm.group(1))[:3] not in _PLURAL:  # "январь-ноябрь айларындагы": out
                        q, e2 = r[0], r[1] + wm.end()
                        return self._mk(view, start, e2, q.kind, None, None, ds=q.date_start, de=q.date_end,
                                        resolved=q.resolved), e2
                if r is not None:
                    return self._split_year(view, start, end, y1, r) if split else r
            if nxt is not None and (nxt.kind == "n" or nxt.kind == "w" and self.numword(nxt.text)) and toks.has(j + 1):
                pn = self.parse_number(toks, j)  # "4-інші мамырда", "төртінші мамырда", "жиырма сегізінші қыркүйегінде"
                if pn is not None and pn[2] is None and (nxt.kind == "n" or pn[4]):
                    v = int(pn[0])
                    t2 = toks[pn[1]] if toks.has(pn[1]) else None
                    if t2 is not None and t2.text == "-" and toks.has(pn[1] + 1):
                        t2 = toks[pn[1] + 1]
                        if t2.kind == "w" and _ORDINAL.fullmatch(t2.text) and toks.has(pn[1] + 2):
                            t2 = toks[pn[1] + 2]  # "4-інші мамырда"
                    if t2 is not None and t2.kind == "w":
                        dm = self.date_rx.match(low, t2.start)
                        if dm and 1 <= v <= 31 and (e := self.dates.get(dm["p"])) and e.type == "month":
                            # a year in the locative and the day after it are one span ("1965-інші жылы 4-інші
                            # мамырда", 2 of 2 on valid), unlike a bare month after it
                            return self._day_month(view, low, start, dm.end(), v, int(e.value), pub, y1)
                        dw = self.dateword(t2.text)
                        if dw is not None and dw.type == "monthword" and 1 <= v <= 12:
                            ds, de = _month_span(y1, 1, v)
                            return self._mk(view, start, t2.end, "period", None, None, ds=ds, de=de), t2.end
        ds, de = _year_span(y1, y2)
        return self._mk(view, start, end, "period", None, None, ds=ds, de=de), end

    def _split_year(self, view, start, end, year, r):
        """The year alone, then the date read after it (which keeps the year)."""
        if r[0] is None:
            return r
        ds, de = _year_span(year)
        return [self._mk(view, start, end, "period", None, None, ds=ds, de=de), r[0]], r[1]

    def _month_at(self, low, p):
        dm = self.date_rx.match(low, p)
        if dm:
            e = self.dates.get(dm["p"])
            if e is not None and e.type == "month" and not (e.exact and dm["s"]) and self.month_ok(dm):
                return int(e.value), dm.end(), e
        return None

    def _month_range(self, view, low, start, p, year, pub, standalone=False):
        m1 = self._month_at(low, p)
        if m1 is None:
            return None
        mo1, e, entry = m1
        mo2 = mo1
        rest = _DASH.match(low[e:e + 4])
        if rest:
            m2 = self._month_at(low, e + rest.end())
            if m2 is not None and m2[0] >= mo1:
                mo2, e = m2[0], m2[1]
        if mo1 == mo2 and _GEN_END.search(low, p, e):  # "наурыздың жиырма бесі", "тамыздың 19-ы": the day after
            dt = self.tokens(low, e)
            pn = self.parse_number(dt, 0) if dt and dt[0].kind in ("n", "w") else None
            if pn is not None and pn[2] is None and pn[0] == pn[0].to_integral_value() and 1 <= pn[0] <= 31:
                k = pn[1]
                de_ = dt[k - 1].end
                if dt.has(k + 1) and dt[k].text == "-" and dt[k].glued and dt[k + 1].kind == "w" and dt[k + 1].glued:
                    de_ = dt[k + 1].end
                    k += 2
                day2 = self._day_after_dash(dt, k, int(pn[0]))  # "қыркүйектің 25-і - 26-сына": a range of days
                if day2 is not None:
                    return self._day_month(view, low, start, day2[1], day2[0], mo1, pub, year, first=int(pn[0]))
                return self._day_month(view, low, start, de_, int(pn[0]), mo1, pub, year)
        # "шілде айында": the month word says a month is meant (KazNERD leaves it out of the span, and so do we)
        wm = _SPACE_WORD.match(low[e:e + 40])
        monthword = bool(wm and (dw := self.dateword(wm.group(1))) is not None and dw.type == "monthword")
        if year is None:  # "январь-ноябрь 2025", "в январе-ноябре 2025 года", "January 13, 2025"
            ym = _COMMA_YEAR.match(low[e:e + 12])
            dm = _SPACE_DAY_YEAR.match(low[e:e + 16])
            if dm and mo1 == mo2 and 1 <= int(dm[1]) <= 31 and self.date_rx.match(low, p)["s"] in ("", "ь"):
                y = int(dm[2]) if dm[2] else None  # "January 13", not "маусымына 1-ақ күн" (a case: no day after)
                return self._day_month(view, low, start, e + dm.end(), int(dm[1]), mo1, pub, y)
            if ym:
                year, e = self._year_after(low, e, ym)
            elif mo1 == mo2 and not entry.standalone and not standalone and not monthword:
                return None, e
        if year is None:
            if pub is None:
                return self._mk(view, start, e, "period", None, None, resolved=False), e
            year = pub.year
        ds, de = _month_span(year, mo1, mo2)
        return self._mk(view, start, e, "period", None, None, ds=ds, de=de), e

    def _day_after_dash(self, dt, k, first):
        """(day, end) of a later day after a dash at ``dt[k]`` ("25-і - 26-сына", "жиырма бесі - жиырма алтысына")."""
        if not (dt.has(k + 1) and (dt[k].text in _DASHES or dt[k].text in self.rangeto)
                and dt[k + 1].kind in ("n", "w")):
            return None
        p2 = self.parse_number(dt, k + 1)
        if p2 is None or p2[2] is not None or p2[0] != p2[0].to_integral_value() or not first < p2[0] <= 31:
            return None
        k2 = p2[1]
        end = dt[k2 - 1].end
        if dt.has(k2 + 1) and dt[k2].text == "-" and dt[k2].glued and dt[k2 + 1].kind == "w" and dt[k2 + 1].glued:
            end = dt[k2 + 1].end
        elif dt[k + 1].kind == "n" and dt.has(k2) and dt[k2].kind == "w" and dt[k2].glued:
            return None
        if dt[k].text not in _DASHES:  # "наурыздың бесі мен он төрті аралығында": a word needs the range's end
            m = _SPACE_WORD.match(dt.low[end:end + 40])
            if not (m and any(m.group(1).startswith(p[:6]) for p in self.range_post)):
                return None
        return int(p2[0]), end

    def _year_after(self, low: str, e: int, ym: re.Match[str]) -> tuple[int, int]:
        """The year after a month ("январь-ноябрь 2025-жылы"), with its year word if one follows."""
        year = int(ym[1])
        e += ym.end()
        wm = _SPACE_DASH_WORD.match(low[e:e + 30])
        if wm and (dw := self.dateword(wm.group(1))) is not None and dw.type in ("year", "decade"):
            e += wm.end()
        return year, e

    def _day_month(self, view, low, start, e, day, month, pub, year, first=None):
        """Day ``day`` of ``month``; with ``first``, the days ``first``..``day`` (one period)."""
        if year is None:
            ym = _COMMA_YEAR.match(low[e:e + 12])
            if ym:
                year, e = self._year_after(low, e, ym)
        if year is None:
            if pub is None:
                return self._mk(view, start, e, "date" if first is None else "period", None, None, resolved=False), e
            year = pub.year
        iso = _valid_date(year, month, day)
        if iso is None:
            return None, e
        if first is not None:
            return self._mk(view, start, e, "period", None, None, ds=iso[:8] + f"{first:02d}", de=iso), e
        return self._mk(view, start, e, "date", None, None, ds=iso, de=iso), e

    def _first_months(self, view, low, toks, start, j, n):
        """"панҷ моҳи соли 2022", "11 месяцев 2025 года", "2025 жылдың 11 айында" (the year after)."""
        t = toks[j] if toks.has(j) else None
        if t is None:
            return None
        if t.kind == "w" and (self._stem(self.yearpre, t.text, "pre", lambda e: e.exact) or t.text == "of"):
            j += 1
            t = toks[j] if toks.has(j) else None
        if t is not None and t.kind == "n" and _YEAR_1900_2099.fullmatch(t.text):
            y = int(t.text)
            e = t.end
            if toks.has(j + 1) and toks[j + 1].kind == "w" and (dw := self.dateword(toks[j + 1].text)) \
                    and dw.type in ("year", "decade"):
                e = toks[j + 1].end
            ds, de = _month_span(y, 1, n)
            return self._mk(view, start, e, "period", None, None, ds=ds, de=de), e
        return None

    def _date_phrase(self, view, low, s, dm, pub):
        e = self.dates.get(dm["p"])
        if e is None or (e.exact and dm["s"]):
            return None
        if dm["s"] and (not self.ending_ok(dm["p"], dm["s"]) or self._not_date(dm.group(0))):
            return None  # "қысым" (pressure), "жазды" (wrote): a time noun's stem, not a time noun
        if e.type == "month":
            two = _TWO_WORDS.match(low, s)
            if two and self._not_date(two.group()):  # "Наурыз мейрамы": the holiday, not March
                return None
            return self._month_range(view, low, s, s, None, pub)
        end = dm.end()
        if e.type == "freq":  # "жыл сайын", "ежегодно": once per unit
            return self._mk(view, s, end, "frequency", int(e.count), e.value), end
        if e.type == "unitdur":  # "тәулік бойы": one unit of time
            return self._mk(view, s, end, "duration", 1, e.value), end
        if e.type == "weekday":
            return self._weekday(view, s, end, e.value, pub), end
        value = e.value
        if dm["s"][:3] in _PLURAL and value in _PLURAL_REL:  # "өткен жылдары", "осы күндері": years, days, not one
            value = _PLURAL_REL[value]
        if value != e.value:
            e = DateEntry(e.type, value, e.exact, e.standalone, e.count)
        if e.value in ("q1", "q2", "q3", "q4", "h1", "h2"):
            return self._part_of_year(view, low, s, end, "quarter" if e.value[0] == "q" else "half", int(e.value[1]),
                                      pub)
        if e.value in ("this_year", "last_year", "next_year") and _OF_END.search(dm["s"] or dm["p"]):
            # "өткен жылдың қазанында": a month after the year in the genitive is that year's month
            yy = None if pub is None else pub.year + {"this_year": 0, "last_year": -1, "next_year": 1}[e.value]
            wm = _SPACES.match(low[end:end + 4])
            if wm and self._month_at(low, end + wm.end()) is not None:
                r = self._month_range(view, low, s, end + wm.end(), yy, pub, standalone=True)
                if r is not None and r[0] is not None:
                    return r
        if e.value in ("winter", "spring", "summer", "autumn"):
            # which winter "қыста" means is not written: a season is reported but left unresolved; a month word
            # after it belongs to it ("жаз айларында", the summer months)
            wm = _SPACE_WORD.match(low[end:end + 40])
            if wm and (dw := self.dateword(wm.group(1))) is not None and dw.type == "monthword":
                end += wm.end()
            return self._mk(view, s, end, "period", None, None, resolved=False), end
        if pub is None or e.value in ("that_time", "future", "recent", "that_period"):
            # "ол күні" (that day), "алдағы жылдары" (in the coming years): on the calendar, but where is not said
            return self._mk(view, s, end, "date" if e.value in ("today", "yesterday", "tomorrow", "that_time")
                            else "period", None, None, resolved=False), end
        y = pub.year
        kind = "period"
        if e.value == "this_year":
            ds, de = _year_span(y)
        elif e.value == "last_year":
            ds, de = _year_span(y - 1)
        elif e.value == "next_year":
            ds, de = _year_span(y + 1)
        elif e.value in ("today", "yesterday", "tomorrow"):
            d = pub + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[e.value])
            ds = de = d.isoformat()
            kind = "date"
        elif e.value == "ytd":
            ds, de = f"{y:04d}-01-01", pub.isoformat()
        elif e.value in ("year_start", "year_end"):
            ds, de = _month_span(y, 1 if e.value == "year_start" else 12)
        elif e.value in ("this_quarter", "last_quarter", "next_quarter", "this_half", "last_half", "next_half"):
            n = 4 if e.value.endswith("quarter") else 2  # "осы тоқсанда", "next quarter", "в этом полугодии"
            yy, i = divmod(y * n + (pub.month - 1) * n // 12 + {"this": 0, "last": -1, "next": 1}[e.value[:4]], n)
            ds, de = _quarter_span(yy, i + 1) if n == 4 else _month_span(yy, 6 * i + 1, 6 * i + 6)
        elif e.value in ("this_month", "last_month", "next_month"):
            yy, mm = divmod(y * 12 + pub.month - 1 + {"this_month": 0, "last_month": -1, "next_month": 1}[e.value], 12)
            ds, de = _month_span(yy, mm + 1)
        else:  # this_week, last_week, next_week
            monday = pub - timedelta(days=pub.weekday()) + timedelta(days={"last_week": -7, "next_week": 7}.get(
                e.value, 0))
            ds, de = monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        return self._mk(view, s, end, kind, None, None, ds=ds, de=de), end

    def _weekday(self, view, s, end, value, pub):
        """"өткен сенбіде" (last Saturday): the one before the published date; a bare weekday is not resolved."""
        wd, rel = int(value[0]), value[1:]
        if pub is None or not rel:
            return self._mk(view, s, end, "date", None, None, resolved=False)
        if rel == "last":
            d = pub - timedelta(days=(pub.weekday() - wd - 1) % 7 + 1)
        else:
            d = pub + timedelta(days=(wd - pub.weekday() - 1) % 7 + 1)
        return self._mk(view, s, end, "date", None, None, ds=d.isoformat(), de=d.isoformat())

    # --- one date from several ----------------------------------------------------------------------------------

    def _compose(self, view, low, found, pub):
        """Join what a reader takes as one date: "өткен жылдың шілде айында" (July of last year), "2013 жылдың 29
        қаңтарында", "с января по ноябрь 2025", "27 наурыз бен 4 сәуір аралығында", "жылдың соңына"."""
        res: list[Quantity] = []
        for q in found:
            if res and q.kind == "duration" and res[-1].kind == "duration":
                m = self._from_to(view, low, res[-1], q)
                if m is not None:
                    res[-1] = m
                    continue
            if res and q.kind in ("date", "period", "duration") and res[-1].kind in ("date", "period"):
                m = self._merge(view, low, res[-1], q)
                if m is not None:
                    res[-1] = self._with_part(view, low, m)
                    continue
            res.append(self._with_part(view, low, q) if q.kind in ("date", "period") else q)
        return res

    def _from_to(self, view, low, q1, q2):
        """"5 жастан 18 жасқа (дейін)", "1 айдан 6 айға", "5 жаштан 18 жашка": from one length of time (ablative) to
        another of the same unit (dative) is one range, low = the first."""
        if q1.unit != q2.unit or q1.value is None or q2.value is None or q1.low is not None or q2.low is not None \
                or not q1.value < q2.value:
            return None
        e1, s2 = view.to_view(q1.end), view.to_view(q2.start)
        if low[e1:s2].strip(" \t") or not _ABLATIVE_END.search(low, max(0, e1 - 3), e1) \
                or not _DATIVE_END.search(low, max(0, view.to_view(q2.end) - 2), view.to_view(q2.end)):
            return None
        return Quantity(q1.start, q2.end, view.original[q1.start:q2.end], "duration", q2.value, q2.unit, q1.bound,
                        None, None, q1.value, False, True)  # "дейін" closes the range here, it sets no target

    def _merge(self, view, low, q1, q2):
        a1, e1, s2 = view.to_view(q1.start), view.to_view(q1.end), view.to_view(q2.start)
        gap = low[e1:s2]
        text = view.original[q1.start:q2.end]
        if gap and not gap.strip(" \t"):
            if q1.kind != "period" or not _OF_END.search(low[a1:e1]):
                return None
            year = None
            if q1.resolved:
                ds, de = q1.date_start or "", q1.date_end or ""
                if not (ds[4:] == "-01-01" and de[4:] == "-12-31" and ds[:4] == de[:4]):
                    return None
                year = int(ds[:4])
            if q2.kind == "duration":  # "биылғы сегіз айда": the first eight months of this year
                if q2.unit != "month" or not isinstance(q2.value, int) or not 1 <= q2.value <= 12:
                    return None
                ds, de = _month_span(year, 1, q2.value) if year else (None, None)
                return Quantity(q1.start, q2.end, text, "period", None, None, q1.bound, ds, de, None,
                                q1.target or q2.target, year is not None)
            if year is None:
                return Quantity(q1.start, q2.end, text, q2.kind, None, None, q1.bound, None, None, None,
                                q1.target or q2.target, False)
            q2b = self._again(view, low, s2, q2, date(year, 1, 1))
            if q2b is None:
                return None
            return Quantity(q1.start, q2.end, text, q2b.kind, None, None, q1.bound, q2b.date_start, q2b.date_end,
                            None, q1.target or q2.target, q2b.resolved)
        if q2.kind not in ("date", "period"):
            return None
        how = self.rangeto.get(gap.strip(" \t"))
        if how is None or "\n" in gap:
            return None
        end2 = q2.end
        if how != "alone":
            words = _tail_words(low, a1)
            e2 = view.to_view(q2.end)
            if not (words and words[-1] in self.rangefrom) and not any(low.startswith(p, e2 - len(p))
                                                                         for p in self.range_post):
                # "сәуірдің 29-ы мен мамырдың 5-і күндері аралығында": the days' noun, then the range's closing word
                wm = _SPACE_WORD.match(low[e2:e2 + 40])
                dw = self.dateword(wm.group(1)) if wm else None
                pm = self.durpost_rx.match(low, e2 + wm.end()) if dw is not None and dw.type == "timeunit" \
                    and self.durpost_rx is not None else None
                if pm is None or not any(low.startswith(p, pm.end() - len(p)) for p in self.range_post):
                    return None
                end2 = view.span(a1, pm.end()).end
                text = view.original[q1.start:end2]
        ds = de = None
        resolved = q1.resolved and q2.resolved
        if q2.resolved and q2.date_end:
            de = q2.date_end
            y2 = int(de[:4])
            q1b = q1 if _YEAR_1900_2099.search(low[a1:e1]) else self._again(view, low, a1, q1, date(y2, 1, 1))
            if q1b is not None and q1b.date_start and q1b.date_start > de:
                q1b = self._again(view, low, a1, q1, date(y2 - 1, 1, 1))
            resolved = q1b is not None and q1b.resolved and bool(q1b.date_start)
            ds = q1b.date_start if resolved and q1b is not None else None
        return Quantity(q1.start, end2, text, "period", None, None, q1.bound, ds if resolved else None,
                        de if resolved else None, None, q1.target or q2.target, resolved)

    def _again(self, view, low, vs, q, pub):
        """``q`` read again at view position ``vs`` as if the document were published at ``pub``."""
        r = self.at(view, low, vs, pub)
        got = r[0] if r is not None else None
        if isinstance(got, list):
            got = got[0] if got else None
        if got is None or got.start != q.start or got.kind not in ("date", "period"):
            return None
        return got

    def _with_part(self, view, low, q):
        """"жылдың соңына", "өткен айдың ортасында": the part of the date after its genitive."""
        if not self.parts:
            return q
        e = view.to_view(q.end)
        m = _SPACE_WORD.match(low[e:e + 40])
        if not m:
            return q
        if not _GEN_END.search(low, max(0, e - 3), e):
            # "сәуір айының ортасында": a month, its month word in the genitive, then the part
            dw = self.dateword(m.group(1))
            if dw is None or dw.type != "monthword" or not _GEN_END.search(m.group(1)):
                return q
            e += m.end()
            m = _SPACE_WORD.match(low[e:e + 40])
            if not m:
                return q
        part = self._stem(self.parts, m.group(1), "part", lambda p: p.exact)
        if part is None:
            return q
        ve = e + m.end()
        if self.durpost_rx is not None and (pm := self.durpost_rx.match(low, ve)):
            ve = pm.end()
        sp = view.span(view.to_view(q.start), ve)
        ds, de = q.date_start, q.date_end
        if q.resolved and ds and de:
            ds, de = _part_span(ds, de, part[0].value)
        target = q.target or self._bounds(low, view.to_view(q.start), ve, "")[1]  # "жылдың соңына дейін"
        return Quantity(sp.start, sp.end, sp.text, q.kind, q.value, q.unit, q.bound, ds, de, q.low, target, q.resolved)

    def _roman_dates(self, view, low, pub):
        """"XX ғасыр", "XXI век", "асри XX", "I квартал 2025 года": Roman numerals before (or after) the word."""
        out = []
        for word, what in self.roman_words:
            i = low.find(word)
            while i >= 0:
                if i == 0 or not low[i - 1].isalnum():
                    we = i + len(word)
                    while we < len(low) and low[we].isalnum():
                        we += 1
                    q = None
                    m = _ROMAN_BEFORE.search(low[max(0, i - 14):i])
                    if m:
                        vs, ve = i - len(m.group(0)), we
                        n = _roman(m.group(1))
                    elif (m := _ROMAN_AFTER.match(low, we)) is not None:
                        vs, ve = i, m.end()
                        n = _roman(m.group(1))
                    else:
                        n = None
                    if n is not None and what == "century" and 1 <= n <= 21:
                        q = self._mk(view, vs, ve, "period", None, None, ds=f"{(n - 1) * 100 + 1:04d}-01-01",
                                     de=f"{n * 100:04d}-12-31")
                    elif n is not None and what in ("quarter", "half") and 1 <= n <= (4 if what == "quarter" else 2):
                        q = self._part_of_year(view, low, vs, ve, what, n, pub)[0]
                    if q is not None:
                        out.append(q)
                i = low.find(word, i + 1)
        return out

    # --- output --------------------------------------------------------------------------------------------------

    def _mk(self, view, vs, ve, kind, value, unit, ds=None, de=None, resolved=True, bound="eq", low=None,
            target=False):
        sp = view.span(vs, ve)
        if kind in ("date", "period") and not resolved:
            ds = de = None
        if kind in ("date", "period"):
            target = target or self._bounds(view.lower, vs, ve, "")[1]
        if kind in ("date", "period", "duration") and self.durpost_rx is not None:
            m = self.durpost_rx.match(view.lower, ve)  # "5 жыл ішінде", "былтырдан бері", "жылдар аралығында"
            if m:
                ve = m.end()
                sp = view.span(vs, ve)
        if view.lower[ve:ve + 1] == "-" and kind in ("date", "period", "duration", "frequency"):
            pm = _PARTICLE.match(view.lower, ve)  # "жартысында-ақ": the particle is part of the word
            if pm:
                sp = view.span(vs, pm.end())
        return Quantity(sp.start, sp.end, sp.text, kind, value, unit, bound, ds, de, low, target, resolved)

    def _emit(self, view, low, vs, ve, kind, value, unit, last_word, lowv=None):
        bound, target = self._bounds(low, vs, ve, last_word)
        return self._mk(view, vs, ve, kind, _plain(value), unit, bound=bound, low=_plain(lowv), target=target)

    def _bounds(self, low, vs, ve, last_word):
        """The bound from the words before and after the figure, and from the ending of its last word."""
        bound, target = "eq", False
        if _APPROX_END.search(last_word) and len(last_word) > 4:
            bound = "approx"
        if _TARGET_END.search(last_word):
            target = True
        if self.after_rx is not None and low[ve:ve + 2].lstrip(" \t")[:1] in self.after_first:
            p = ve
            for _ in range(2):
                m = self.after_rx.match(low, p)
                if not m:
                    break
                phrase = self.after_phr[int(m.lastgroup[1:])]
                b = self.bound_of[phrase]
                if b == "target":
                    target = True
                elif b == "gt" and not self.en and not _ABLATIVE_END.search(last_word) and \
                        self.langs != ("ru",):
                    break
                elif bound == "eq" or b == "approx":
                    bound = b
                p = m.end()
        words = _tail_words(low, vs)
        if words:
            for n in (3, 2, 1):
                if len(words) < n:
                    continue
                cand = " ".join(words[-n:])
                hit = self.before_exact.get(cand)
                if hit is None and n == 1:
                    hit = next((b for st, b in self.before_stems if cand.startswith(st)), None)
                if hit is None:
                    continue
                phrase, b = hit
                if phrase in self.needsverb:
                    if self.verb_rx is not None and self.verb_rx.search(low, max(0, vs - 60), vs):
                        target = True
                elif b == "target":
                    target = True
                elif bound == "eq":
                    bound = b
                break
        return bound, target
