"""Bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, and the Cyrillic code pages.

charset-normalizer alone confuses cp1251, KOI8-R and mac-cyrillic on short Cyrillic texts (a KOI8-R sentence comes
out as Shift-JIS), so the order is: a byte-order mark, strict UTF-8, UTF-16 recognised by the pattern of its high
bytes, a Cyrillic-aware choice between cp1251 / KZ-1048 / KOI8-R / mac-cyrillic, and only then charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass

from kabarchi import config
from kabarchi.errors import BinaryInputError, EmptyInputError, EncodingError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# C0 controls other than tab, LF, FF, CR; DEL; C1 controls (a sign of a wrong single-byte decoding).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 0x09 or b == 0x0B or 0x0E <= b < 0x20 or b == 0x7F))

_FIX_CONVERT = (
    "Convert the file to UTF-8 (for example `iconv -f ITS-ENCODING -t UTF-8 FILE > FILE.utf8.txt`) and read it again."
)
_FIX_BINARY = "kabarchi reads plain text, HTML, PDF and JSON Lines; convert this file to one of them or leave it out."

# Relative frequency (per cent) of Cyrillic letters in running text: Russian letters from the National Corpus of
# Russian tables; the letters of Kazakh/Kyrgyz and the other national alphabets that the code pages can hold get a
# flat weight so that the page that spells them (KZ-1048 for Kazakh) wins over the page that turns them into
# Serbian/Macedonian letters.
_FREQ: dict[str, float] = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73, "в": 4.54,
    "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74,
    "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64,
    "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
    **dict.fromkeys("әғқңөұүһі", 1.5),
    **dict.fromkeys("ўїєґ", 0.5),  # cp1251's Belarusian/Ukrainian letters where KZ-1048 has ұ ү ғ ө
}
_RARE = 0.1
_CYR_WORD = re.compile(r"[\u0400-\u04ff]+")
_WORD = re.compile(r"\w+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Non-ASCII characters that are not normal in Cyrillic text (normal: the letters and this punctuation).
_ODD = re.compile("[^\x00-\x7f\u0400-\u04ff«»—–…“”„‘’№°§·•±€\u00a0]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bool = False


def control_share(text: str) -> float:
    if not text or not _CONTROL.search(text):
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a whole file; raises EmptyInputError, BinaryInputError or EncodingError with what to do."""
    if not data:
        raise EmptyInputError("the input is empty (0 bytes)", fix="Pass a file that contains a document.")
    decoded = _decode(data)
    if not decoded.text.strip():
        raise EmptyInputError(
            "the input contains only white space", fix="Pass a file that contains a document."
        )
    if decoded.encoding == "utf-8" and b"\xc2" not in data:
        # No C1 control (U+0080-U+009F is C2 80-C2 9F in UTF-8): the text's controls are exactly the control bytes,
        # counted at C speed instead of a regular-expression scan of the text. The same share.
        controls = len(data.translate(None, _NOT_CONTROL_BYTES))
        share = controls / len(decoded.text) if controls else 0.0
    else:
        share = control_share(decoded.text)
    if share > config.MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"the input looks binary: {share:.1%} of its characters are control characters "
            f"(decoded as {decoded.encoding})",
            fix=_FIX_BINARY,
        )
    return decoded


def _decode(data: bytes) -> Decoded:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(codec), codec, bom=True)
            except UnicodeDecodeError as e:
                raise EncodingError(
                    f"the input starts with a {name} byte-order mark, but byte {e.start + len(bom)} "
                    f"is not valid {name}",
                    fix=_FIX_CONVERT,
                ) from None

    has_nul = b"\x00" in data
    utf8_error: UnicodeDecodeError | None = None
    utf8_text: str | None = None
    if not has_nul:
        try:
            utf8_text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            utf8_error = e
        else:
            # Byte-level count (C speed); decode_bytes still checks the text, C1 controls included.
            if _raw_control_share(data) <= config.MAX_CONTROL_SHARE:
                return Decoded(utf8_text, "utf-8")

    utf16 = _guess_utf16(data)
    if utf16 is not None:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if control_share(text) <= config.MAX_CONTROL_SHARE:
                return Decoded(text, utf16)

    if has_nul:
        raise BinaryInputError(
            f"the input looks binary: it contains NUL bytes (the first at byte {data.index(0)}) and is not UTF-16 text",
            fix=_FIX_BINARY,
        )
    if utf8_text is not None:
        return Decoded(utf8_text, "utf-8")  # valid UTF-8 full of control characters: decode_bytes says binary
    raw_controls = _raw_control_share(data)
    if raw_controls > config.MAX_CONTROL_SHARE:
        raise BinaryInputError(
            f"the input looks binary: {raw_controls:.1%} of its bytes are control characters", fix=_FIX_BINARY
        )
    if utf8_error is not None and _mostly_utf8(data):
        raise EncodingError(
            f"the input is UTF-8 except for invalid bytes (the first at byte {utf8_error.start}); it was damaged or "
            "mixes encodings",
            fix="Repair the file or export it again as UTF-8, then read it again.",
        )
    cyrillic = _single_byte_cyrillic(data)
    if cyrillic is not None:
        return cyrillic
    return _charset_normalizer(data)


def _raw_control_share(data: bytes) -> float:
    return len(data.translate(None, _NOT_CONTROL_BYTES)) / len(data)


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a byte-order mark: in one byte of each pair (the high byte) a few values dominate."""
    if len(data) % 2 or len(data) < 4:
        return None
    sample = data[: 1 << 16]
    n = len(sample) // 2
    for codec, hi_at in (("utf-16-le", 1), ("utf-16-be", 0)):
        hi = Counter(sample[hi_at::2])
        lo = Counter(sample[1 - hi_at :: 2])
        # The high byte of letters of one script (00 ASCII, 04 Cyrillic, 06 Arabic) and of punctuation (20) is
        # small and takes few values; the low byte varies with the letter.
        small = sum(c for b, c in hi.items() if b <= 0x30)
        top3 = sum(c for _, c in hi.most_common(3))
        if small >= 0.9 * n and top3 >= 0.9 * n and len(lo) >= len(hi):
            return codec
    return None


def _mostly_utf8(data: bytes) -> bool:
    """More valid multi-byte UTF-8 characters than broken bytes: damaged UTF-8, not another encoding."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = _non_ascii(text) - broken
    return valid >= 2 * broken


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _score(text: str) -> float:
    """How much a decoding looks like Cyrillic text: frequent letters, capitals only word-initially or all caps.

    The wrong page of cp1251/KOI8-R swaps the cases ("Привет" comes out "пРИВЕТ"); in all-caps text, where case
    says nothing, the letter frequencies decide ("ТОРГОВЛЯ" against "фптзпчмс").
    """
    counts = Counter(text)
    score = sum(n * _FREQ.get(ch.lower(), _RARE) for ch, n in counts.items() if "\u0400" <= ch <= "\u04ff")
    for m in _CYR_WORD.finditer(text):
        word = m.group()
        if word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower()):
            continue
        for ch in word[1:]:
            if ch.isupper():  # a capital inside a lower-case word: take back its score, and as much again
                score -= 2 * _FREQ.get(ch.lower(), _RARE)
    return score


def _single_byte_cyrillic(data: bytes) -> Decoded | None:
    best: tuple[float, str, str] | None = None
    # On a tie the earlier (commoner) page wins. mac-cyrillic is left to charset-normalizer: as a candidate here
    # it turned cp1251 "Ш" into "Ў" and KZ-1048 "Қ" into "Н" on short texts.
    for codec in ("cp1251", "kz1048", "koi8_r"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        s = _score(text)
        if best is None or s > best[0]:
            best = (s, text, codec)
    if best is None or best[0] <= 0:
        return None
    _, text, codec = best
    if len(_ODD.findall(text)) > config.MAX_ODD_CHAR_SHARE * _non_ascii(text):
        return None
    words = [w for w in _WORD.findall(text) if _CYRILLIC.search(w)]
    mixed = sum(1 for w in words if _LATIN.search(w))
    if not words or mixed > config.MAX_ODD_CHAR_SHARE * len(words):
        return None  # Latin-1 "Müller" read as cp1251 gives "Mьller": Cyrillic letters inside Latin words
    return Decoded(text, codec)


def _charset_normalizer(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    match = from_bytes(data).best()
    if match is None or match.chaos > config.MAX_ENCODING_CHAOS:
        raise EncodingError(
            "the input's encoding could not be recognised: it is not UTF-8, UTF-16, cp1251, KZ-1048 or KOI8-R, and "
            "no other encoding decodes it into readable text",
            fix=_FIX_CONVERT,
        )
    return Decoded(str(match), match.encoding)
