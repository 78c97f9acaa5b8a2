"""The character n-gram model: features shared by training and run time, and vectorised scoring.

Why a model of our own: py3langid knows no Latin-script Kazakh and no Karakalpak, is weak on short texts, and
calling it per paragraph costs ~130 µs. Here every paragraph of a document is scored in ONE numpy pass: the text is
mapped to small symbol ids through a lookup table, 1-grams index the table directly, 2-4-grams are hashed into
``2**bits`` buckets, and per-paragraph sums come from one reduceat over uint16 lanes packed in uint64 words. The
table holds multinomial naive-Bayes log probabilities, stored as uint8 penalties (0 = the best class for that
n-gram) in steps of ``QUANT`` nats.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

import numpy as np

from kabarchi.errors import ModelError

#: The version of the feature layout; a model file of another version is refused at load time.
FORMAT = 4
QUANT = 0.15  # nats per step of the stored uint8 penalties
#: Letters of the Latin and Cyrillic alphabets of our languages and of the look-alike classes; any other letter
#: (ä ö ü ß é ñ ç ş ğ ə ł, ј љ њ ћ ђ џ ѓ ќ ...) is "alien" and marks a language the model does not know.
KNOWN_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzáǵıńóúý"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәіңғүұқөһўҳӣӯҷїєґҗҡҙҫ" + "\u02bc"
)
_LUT_SIZE = 0x3000
# Odd multipliers of the multiply-shift hash of 2-, 3- and 4-grams (int64 products wrap around).
_MULS = np.array([0x2545F4914F6CDD1D, 0x1B873593CC9E2D51, 0x27D4EB2F165667C5], dtype=np.int64)[:, None]
MODEL_FILE = "langid.npz"
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "langid" / MODEL_FILE

# Scripts (ISO 15924) of letters by code point block.
_BLOCKS = [  # (first, last, script)
    (0x0000, 0x024F, "Latn"), (0x0250, 0x02AF, "Latn"), (0x0370, 0x03FF, "Grek"), (0x0400, 0x052F, "Cyrl"),
    (0x0530, 0x058F, "Armn"), (0x0590, 0x05FF, "Hebr"), (0x0600, 0x06FF, "Arab"), (0x0750, 0x077F, "Arab"),
    (0x08A0, 0x08FF, "Arab"), (0x0900, 0x097F, "Deva"), (0x0E00, 0x0E7F, "Thai"), (0x10A0, 0x10FF, "Geor"),
    (0x1100, 0x11FF, "Hang"), (0x1C80, 0x1C8F, "Cyrl"), (0x1E00, 0x1EFF, "Latn"), (0x1F00, 0x1FFF, "Grek"),
    (0x2DE0, 0x2DFF, "Cyrl"),
]  # fmt: skip
APOSTROPHE = "\u02bc"


def default_alphabet() -> str:
    """Every lower-case Latin and Cyrillic letter below U+0530, and the apostrophe letter ʼ (other letters share
    one symbol)."""
    out = []
    for cp in list(range(0x2B0)) + list(range(0x400, 0x530)) + [ord(APOSTROPHE)]:
        ch = chr(cp)
        if (ch.isalpha() and ch.lower() == ch) or ch == APOSTROPHE:
            out.append(ch)
    return "".join(out)


def _script_of(cp: int) -> str:
    for first, last, name in _BLOCKS:
        if first <= cp <= last:
            return name
    return "Zyyy"


def _is_foreign_letter(ch: str) -> bool:
    return ch.isalpha() and ch != APOSTROPHE and _script_of(ord(ch)) not in ("Latn", "Cyrl")


def dominant_script(text: str) -> str:
    """The most frequent script among the letters of ``text`` (slow path, for text that is neither Latin nor
    Cyrillic)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha() and ch != APOSTROPHE:
            cp = ord(ch)
            name = _script_of(cp) if cp < _LUT_SIZE else ("Hang" if 0xAC00 <= cp <= 0xD7AF else "Hani")
            counts[name] = counts.get(name, 0) + 1
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else "Zyyy"


@dataclass(frozen=True)
class Featurizer:
    """Maps text to n-gram rows of the weight table; the symbol alphabet is stored with the model."""

    alphabet: str  # symbol id i+2 is alphabet[i]; 0 = non-letter, 1 = any other letter
    bits: int

    @functools.cached_property
    def k(self) -> int:
        return len(self.alphabet) + 2

    @functools.cached_property
    def n_rows(self) -> int:
        """Hashed 2-4-gram buckets, then one row per symbol (1-grams)."""
        return (1 << self.bits) + self.k

    @functools.cached_property
    def sym_table(self) -> np.ndarray:
        """Code point -> symbol id (upper case folded to lower case; 0 = non-letter, 1 = a letter of another
        script)."""
        ids = {c: i + 2 for i, c in enumerate(self.alphabet)}
        sym = np.zeros(_LUT_SIZE + 1, dtype=np.int64)
        for cp in range(_LUT_SIZE):
            ch = chr(cp)
            if ch.isalpha() or ch == APOSTROPHE:
                low = ch.lower()
                sym[cp] = ids.get(low if len(low) == 1 else ch, 1)
        sym[_LUT_SIZE] = 1  # everything above the table (CJK, Hangul syllables, ...) is "another letter"
        return sym

    @functools.cached_property
    def symbol_scripts(self) -> np.ndarray:
        """Symbol id -> 1 for a Latin letter, 2 for a Cyrillic letter, 0 otherwise."""
        out = np.zeros(self.k, dtype=np.int64)
        for i, ch in enumerate(self.alphabet):
            script = _script_of(ord(ch)) if ch != APOSTROPHE else ""
            out[i + 2] = 1 if script == "Latn" else 2 if script == "Cyrl" else 0
        return out

    def encode(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, bool]:
        """Rows (4n,) of the n-grams of all ``texts``, one block each (the 1-grams of the n characters, then their
        2-, 3- and 4-grams, each block in text order); where each text's characters start (P+1,); and whether any
        letter is neither Latin nor Cyrillic.

        Every non-letter (space, digit, punctuation) is symbol 0; n-grams across a word boundary are features too
        (training sees the same), which keeps this branch-free. The last three n-grams of a text reach into the
        next one. Blocks (not the four n-grams of a character side by side) keep every numpy pass contiguous."""
        joined = "\n" + "\n".join(texts) + "\n"
        cps = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        n = len(cps)
        s = np.zeros(n + 3, dtype=np.int64)  # three padding symbols after the text for the last 4-grams
        np.take(self.sym_table, cps, mode="clip", out=s[:n])  # code points above the table: "another letter"
        # Text i occupies joined[starts[i] : starts[i + 1]] (its leading separator included).
        starts = np.array([0, *accumulate([len(t) + 1 for t in texts])], dtype=np.int64)
        starts[-1] += 1  # the closing separator
        k = self.k
        rows = np.empty((4, n), dtype=np.int64)
        np.add(s[:n], 1 << self.bits, out=rows[0])
        # The 2-, 3- and 4-gram codes, hashed in one pass (multiply, keep bits 24.., mask).
        g = rows[1:]
        np.multiply(s[:n], k, out=g[0])
        g[0] += s[1 : n + 1]
        np.multiply(g[0], k, out=g[1])
        g[1] += s[2 : n + 2]
        np.multiply(g[1], k, out=g[2])
        g[2] += s[3 : n + 3]
        g *= _MULS
        g >>= 24
        g &= (1 << self.bits) - 1
        return rows.ravel(), starts, bool((s == 1).any())


#: Longest piece of text scored as one unit: its 4 n-grams per character, at most MAX_PENALTY each, must sum
#: within a uint16 lane, and its letters below 256 (the Latin lane also counts alien letters x 256).
CHUNK = 250
MAX_PENALTY = 63


@dataclass(frozen=True)
class Model:
    featurizer: Featurizer
    classes: tuple[str, ...]
    weights: np.ndarray  # uint8 (n_rows, n_classes) penalties, at most MAX_PENALTY

    @functools.cached_property
    def packed(self) -> np.ndarray:
        """The weights as uint16 lanes packed in uint64 words, so that one native sum adds every class at once.
        Two more lanes on the 1-gram rows count letters: Latin + 256 x alien, and Cyrillic."""
        n_rows, n_cls = self.weights.shape
        lanes = (n_cls + 2 + 3) // 4 * 4
        w = np.zeros((n_rows, lanes), dtype=np.uint16)
        w[:, :n_cls] = self.weights
        uni = (1 << self.featurizer.bits) + np.arange(self.featurizer.k)
        alien = np.zeros(self.featurizer.k, dtype=np.uint16)
        alien[2:] = [ch not in KNOWN_LETTERS for ch in self.featurizer.alphabet]
        w[uni, n_cls] = (self.featurizer.symbol_scripts == 1) + 256 * alien
        w[uni, n_cls + 1] = self.featurizer.symbol_scripts == 2
        return w.view(np.uint64)

    def score(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Scores (P, C) in nats (higher is better), letters per text (P, 4): all, Latin, Cyrillic, alien."""
        owner = None
        if max(map(len, texts), default=0) > CHUNK:
            pieces: list[str] = []
            owner_list: list[int] = []
            for i, t in enumerate(texts):
                for j in range(0, max(1, len(t)), CHUNK):
                    pieces.append(t[j : j + CHUNK])
                    owner_list.append(i)
            texts, owner = pieces, np.array(owner_list)
        rows, starts, foreign = self.featurizer.encode(texts)
        n = len(rows) // 4
        gathered = np.take(self.packed, rows, axis=0).reshape(4, n, -1)
        per_char = gathered[0] + gathered[1]  # a character's four n-grams (lanes stay far below 2**16)
        per_char += gathered[2]
        per_char += gathered[3]
        lo = starts[:-1]  # every text has at least its separator, so no range is empty or starts past the end
        # One strided reduceat per packed word is ~3x faster than a reduceat over axis 0 of the 2-D array.
        sums = np.empty((len(lo), per_char.shape[1]), dtype=per_char.dtype)
        for j in range(per_char.shape[1]):
            np.add.reduceat(per_char[:, j], lo, out=sums[:, j])
        lanes = sums.view(np.uint16)
        n_cls = len(self.classes)
        scores = lanes[:, :n_cls] * -QUANT
        letters = np.empty((len(texts), 4), dtype=np.int64)
        letters[:, 1] = lanes[:, n_cls] & 255
        letters[:, 2] = lanes[:, n_cls + 1]
        letters[:, 3] = lanes[:, n_cls] >> 8
        letters[:, 0] = letters[:, 1] + letters[:, 2]
        if foreign:  # slow path: letters of other scripts are counted one by one
            letters[:, 0] += [sum(1 for ch in t if _is_foreign_letter(ch)) for t in texts]
        if owner is not None:
            at = np.searchsorted(owner, np.arange(int(owner[-1]) + 1))
            scores = np.add.reduceat(scores, at, axis=0)
            letters = np.add.reduceat(letters, at, axis=0)
        return scores, letters


@functools.cache
def load_model() -> Model:
    """The shipped model (loaded once); a missing or mismatched file raises ModelError."""
    try:
        with np.load(MODEL_PATH, allow_pickle=False) as z:
            meta = {k: z[k] for k in z.files}
    except (FileNotFoundError, OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read the language-ID model kabarchi/data/langid/{MODEL_FILE}: {exc}",
            fix="Reinstall kabarchi, or rebuild the model with scripts/build_langid.py.",
        ) from exc
    fmt = int(meta.get("format", -1))
    if fmt != FORMAT:
        raise ModelError(
            f"language-ID model has format {fmt}, expected {FORMAT}",
            fix="Rebuild the model with scripts/build_langid.py.",
        )
    feat = Featurizer(str(meta["alphabet"]), int(meta["bits"]))
    weights = meta["weights"]
    classes = tuple(str(c) for c in meta["classes"])
    if weights.shape != (feat.n_rows, len(classes)) or weights.dtype != np.uint8 or weights.max() > MAX_PENALTY:
        raise ModelError(
            f"language-ID weights have shape {weights.shape} {weights.dtype}, expected "
            f"({feat.n_rows}, {len(classes)}) uint8 <= {MAX_PENALTY}",
            fix="Rebuild the model with scripts/build_langid.py.",
        )
    return Model(feat, classes, weights)
