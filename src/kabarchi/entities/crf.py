"""A small CRF for names the gazetteer does not know (trained on KazNERD; see scripts/train_ner.py).

Features are the same at training and at run time (this module is the one place that defines them): the word,
its stem without Turkic suffixes, affixes, shape, neighbours, organisation cue words, quotes, and the gazetteer's
opinion (single words and multi-word gazetteer spans as B/I tags). A token's own features and the features it
lends its neighbours depend on the token alone, so they are computed once per distinct word and cached; only the
few sentence-level ones are built per sequence. The model is loaded once per process.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache, lru_cache
from pathlib import Path

from kabarchi.entities.gazetteer import DATA, records
from kabarchi.entities.morph import turkic_tail
from kabarchi.errors import LexiconError, ModelError

MODEL = DATA / "ner_kk.crfsuite"
ATTRIBUTES = DATA / "ner_kk.attributes.txt"
LABELS = ("PERSON", "GPE", "LOCATION", "ORGANISATION")
TOKEN = re.compile(r"\w+(?:[-ʼ]\w+)*|[^\w\s]")

# Heads of organisation names (kk, ky, uz Cyrillic; matched as prefixes of the stem or the word): "…министрлігі",
# "…комитеті", "…банкі", "…университеті", "…компаниясы", "…партиясы", "…ұйымы" and their kin.
_CUES = tuple(sorted(set(
    "министрлі министрли вазирли министерств комитет кумита қўмита банк университет университи компания компани "
    "партия партиясы ұйым уюм ташкилот агенттi агентті агенттиг агентлиг агентство қор фонд академия академи "
    "институт орталығ борбор маркази кеңес кеңеш кенгаш палата қауымдастығ ассоциация ассоциаци одақ бирлик союз "
    "корпорация корпораци холдинг концерн колледж лицей мектеп гимназия газет журнал телеарна агенттігі "
    "басқарма башкарма бошқарма департамент әкімдік әкімшілі акимчили прокуратура сот соты трибунал федерация "
    "клуб театр музей кітапхана библиотек комиссия комиссияс бюро инспекция қызметі кызматы хизмати "
    "серіктестігі акционерлік ассамблея парламент мәжіліс сенат кеңсесі штаб армия әскери полиция "
    "фабрика зауыт завод комбинат кәсіпорн ауруханасы клиника".split())))
_CUE_RE = re.compile("(?:" + "|".join(map(re.escape, _CUES)) + ")")
_LEGAL = frozenset("ақ жшс ао тоо оао зао ооо жак мчж ақұ рмк ммк ук пао ltd llc inc jsc".split())
_OPEN_Q = frozenset("«“„\"")
_CLOSE_Q = frozenset("»”\"")


PLAIN_WORDS = DATA / "plain_words.tsv"


@cache
def plain_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words whose capital at a sentence start says nothing, capitalised words never inside a name) from
    ``plain_words.tsv`` (built by scripts/build_plain_words.py): no CRF window opens at them."""
    kinds: dict[str, set[str]] = {"lower": set(), "never": set()}
    with PLAIN_WORDS.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            word, _, kind = line.partition("\t")
            if kind not in kinds or not word or word != word.lower() or " " in word:
                raise LexiconError(str(PLAIN_WORDS), lineno, "a lower-case word, a tab, and 'lower' or 'never'", line)
            kinds[kind].add(word)
    return frozenset(kinds["lower"]), frozenset(kinds["never"])


@cache
def gazetteer_words() -> dict[str, str]:
    """Single words of gazetteer forms (lower case, 3+ letters) -> entity type; the first type seen wins."""
    out: dict[str, str] = {}
    for rec in records():
        for f in rec.forms:
            for w in f.text.lower().split():
                if len(w) >= 3 and f.kind != "adj":
                    out.setdefault(w, rec.type)
    return out


def gaz_type(low: str) -> str | None:
    """The gazetteer type of a word or of its stem (the word minus up to six letters of suffix)."""
    gw = gazetteer_words()
    if low in gw:
        return gw[low]
    for n in range(len(low) - 1, max(3, len(low) - 7), -1):
        t = gw.get(low[:n])
        if t:
            return t
    return None


def stem(low: str) -> str:
    """The word without its longest chain of Turkic suffixes, keeping at least four letters ("министрлігінің" ->
    "министрлі"; a lemma-like key that the same name shares in every case)."""
    for n in range(4, len(low)):
        if turkic_tail(low[n:]):
            return low[:n]
    return low


def _shape(w: str) -> str:
    if w.isupper():
        return "UP" if len(w) > 1 else "U"
    if w[:1].isupper():
        return "Title-h" if "-" in w else "Title"
    if w.isdigit():
        return "D"
    if w.isalpha():
        return "low"
    if w.isalnum():
        return "alnum"
    if len(w) == 1:
        return "P" + w if w in "«»\"“”„()-—.,:;?!" else "P"
    return "other"


@lru_cache(maxsize=1 << 16)
def _word(tok: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], bool, bool, str]:
    """(own features, features lent to neighbours at -2 -1 +1 +2, is a cue, is capitalised, shape) of one token."""
    low = tok.lower()
    st = stem(low) if low.isalpha() and len(low) > 4 else low
    sh = _shape(tok)
    g = (gaz_type(low) if tok[:1].isupper() else None) or "-"
    cue = bool(_CUE_RE.match(st)) or bool(_CUE_RE.match(low)) or low in _LEGAL
    own = ["w=" + low, "st=" + st, "sh=" + sh, "g=" + g,
           "s2=" + low[-2:], "s3=" + low[-3:], "s4=" + low[-4:], "s5=" + low[-5:],
           "p3=" + low[:3], "p4=" + low[:4]]
    if st != low:
        own.append("sfx=" + low[len(st):])
    if cue:
        own.append("cue")
    if len(tok) <= 2:
        own.append("short")
    neigh = (
        ("-2sh=" + sh, "-2st=" + st),
        ("-1w=" + low, "-1st=" + st, "-1sh=" + sh, "-1g=" + g, "-1s3=" + low[-3:]) + (("-1cue",) if cue else ()),
        ("+1w=" + low, "+1st=" + st, "+1sh=" + sh, "+1g=" + g, "+1s3=" + low[-3:]) + (("+1cue",) if cue else ()),
        ("+2sh=" + sh, "+2st=" + st),
    )
    return tuple(own), neigh, cue, tok[:1].isupper(), sh


@cache
def model_attributes() -> frozenset[str]:
    """The attributes the shipped model has weights for. Read from the list shipped beside the model (~10 ms)
    when its header names the model's hash; else from the model itself (~0.2 s of start-up for every command)."""
    try:
        with open(ATTRIBUTES, encoding="utf-8") as fh:
            header = fh.readline().split()
            if header == ["#", "sha256", _model_hash()]:
                return frozenset(fh.read().split("\n")[:-1])
    except OSError:
        pass
    return read_model_attributes()


def read_model_attributes() -> frozenset[str]:
    return frozenset(a for a, _ in tagger().info().state_features)


def _model_hash() -> str:
    return hashlib.sha256(Path(MODEL).read_bytes()).hexdigest()


def write_model_attributes() -> int:
    """Write the attribute list beside the model (scripts/train_ner.py does after training); returns its size."""
    attrs = sorted(read_model_attributes())
    if any("\n" in a for a in attrs):
        raise ModelError("a model attribute contains a line break", fix="Check crf.py's feature strings.")
    Path(ATTRIBUTES).write_text(f"# sha256 {_model_hash()}\n" + "".join(a + "\n" for a in attrs), encoding="utf-8")
    return len(attrs)


@lru_cache(maxsize=1 << 16)
def _word_pruned(tok: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...], bool, bool, str]:
    """``_word`` without the word features the model has no weight for: the tagger would convert and look each
    up only to drop it (rare and unseen words have most of their ~20 word features unknown), so the tags are
    the same and the tagging cheaper. Run time only: training needs every feature."""
    own, neigh, cue, cap, sh = _word(tok)
    known = model_attributes()
    return (tuple(f for f in own if f in known), tuple(tuple(f for f in fs if f in known) for fs in neigh),
            cue, cap, sh)


def sentence_features(tokens: list[str], gaz: list[str] | None = None, prune: bool = False) -> list[list[str]]:
    """Feature strings per token (python-crfsuite's item format).

    ``gaz`` gives per token the gazetteer's multi-word tag ("B-COUNTRY", "I-ORG", "A-COUNTRY" for adjectives, or
    "" for none); without it the gazetteer is run over the tokens joined by spaces (see ``gaz_tags``). ``prune``
    (tagging with the shipped model only) leaves out word features the model does not know.
    """
    n = len(tokens)
    if gaz is None:
        gaz = gaz_tags(tokens)
    wf = _word_pruned if prune else _word
    info = [wf(t) for t in tokens]
    caps = [x[3] for x in info]
    cue_pos = [i for i, x in enumerate(info) if x[2]]
    feats: list[list[str]] = []
    inq = False
    for i in range(n):
        own, _, _, cap, sh = info[i]
        f = ["b", *own]
        if i == 0:
            f.append("BOS")
        else:
            f += info[i - 1][1][1]
            f.append("sh-1|0=" + info[i - 1][4] + "|" + sh)
            if i > 1:
                f += info[i - 2][1][0]
        if i == n - 1:
            f.append("EOS")
        else:
            f += info[i + 1][1][2]
            f.append("sh0|+1=" + sh + "|" + info[i + 1][4])
            if i < n - 2:
                f += info[i + 2][1][3]
        t = tokens[i]
        if t in _OPEN_Q:
            inq = True
        elif t in _CLOSE_Q:
            inq = False
        elif inq:
            f.append("inq")
        gz = gaz[i]
        if gz:
            f.append("gz=" + gz)
        if i and gaz[i - 1]:
            f.append("-1gz=" + gaz[i - 1])
        if i < n - 1 and gaz[i + 1]:
            f.append("+1gz=" + gaz[i + 1])
        if cue_pos:
            # the nearest organisation cue word ahead (within four tokens) and behind
            for c in cue_pos:
                if i < c <= i + 4:
                    f.append(f"cueA={c - i}")
                    break
            for c in reversed(cue_pos):
                if i - 2 <= c < i:
                    f.append(f"cueB={i - c}")
                    break
        if cap:
            # position in a run of capitalised words ("Ұлттық Банк", "Қасым-Жомарт Тоқаев")
            left = i > 0 and caps[i - 1]
            right = i < n - 1 and caps[i + 1]
            f.append("run=" + ("I" if left else "B") + ("I" if right else "E"))
        feats.append(f)
    return feats


def token_view(tokens: list[str]):
    """A KazNERD sentence's tokens joined by single spaces, as a view, with each token's start offset."""
    from kabarchi.text.view import TextView

    starts, p = [], 0
    for t in tokens:
        starts.append(p)
        p += len(t) + 1
    return TextView.identity(" ".join(tokens)), starts


def gaz_tags(tokens: list[str]) -> list[str]:
    """Multi-word gazetteer tags of a token sequence, from the same matcher the pipeline uses."""
    from kabarchi.entities.match import gazetteer_candidates

    view, starts = token_view(tokens)
    cands = [(c.start, c.end, c.rec.type, c.kind) for c in gazetteer_candidates(view, "kk")]
    return tags_from_spans(starts, [len(t) for t in tokens], cands)


def tags_from_spans(starts: list[int], lens: list[int], cands) -> list[str]:
    """Per-token B-/I-/A- tags of (start, end, type, kind) character spans; tokens are (start, length) pairs."""
    out = [""] * len(starts)
    if not cands:
        return out
    from bisect import bisect_left, bisect_right

    for s, e, typ, kind in cands:
        a = bisect_right(starts, s) - 1
        b = bisect_left(starts, e)
        if a < 0:
            a = 0
        for k in range(a, b):
            if starts[k] + lens[k] <= s:
                continue
            if kind == "adj":
                out[k] = "A-" + typ
            else:
                out[k] = ("B-" if k == a or not out[k - 1] else "I-") + typ
    return out


@cache
def tagger():
    """The shipped CRF model (python-crfsuite), opened once."""
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - installed with kabarchi
        raise ModelError("python-crfsuite is not installed", fix="Install kabarchi's dependencies.") from exc
    if not Path(MODEL).exists():
        raise ModelError(f"the NER model {MODEL} is missing", fix="Run scripts/train_ner.py to rebuild it.")
    t = pycrfsuite.Tagger()
    try:
        t.open(str(MODEL))
    except Exception as exc:
        raise ModelError(f"the NER model {MODEL} cannot be read: {exc}", fix="Run scripts/train_ner.py.") from exc
    return t


def tag(tokens: list[str], gaz: list[str] | None = None) -> list[str]:
    """Tags of one token sequence by the shipped model."""
    return tagger().tag(sentence_features(tokens, gaz, prune=True)) if tokens else []


def spans_from_tags(tags: list[str]) -> list[tuple[int, int, str]]:
    """IOB2 tags -> (first token, last token + 1, label)."""
    out, start, label = [], None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                out.append((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return out
