"""Paragraph-level near-duplicates with MinHash LSH (datasketch), persisted as band hashes in the database.

Each paragraph's MinHash signature is cut into LSH bands; each band is hashed to one signed 64-bit integer and
stored in ``paragraph_bands``. Two paragraphs sharing any band hash are candidates (probability of sharing one
rises steeply around ``NEAR_DUP_THRESHOLD``); documents sharing enough paragraphs are linked.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import cache

from kabarchi import config

_WORD = re.compile(r"\w+", re.UNICODE)
_PARA = re.compile(r"\n\s*\n|\n")


@cache
def _permutations():  # noqa: ANN202
    """Drawn once (fixed seed): datasketch would redraw them for every paragraph."""
    from datasketch import MinHash

    m = MinHash(num_perm=config.NEAR_DUP_NUM_PERM, seed=1)
    return m.permutations, m.scheme


@cache
def _params() -> tuple[int, int]:
    from datasketch.lsh import _optimal_param

    return _optimal_param(config.NEAR_DUP_THRESHOLD, config.NEAR_DUP_NUM_PERM, 0.5, 0.5)


def paragraph_shingles(text: str) -> list[tuple[int, set[bytes]]]:
    """(paragraph number, word 3-gram set) for every paragraph long enough to compare."""
    out = []
    for i, para in enumerate(p for p in _PARA.split(text) if p.strip()):
        words = [w.casefold() for w in _WORD.findall(para)]
        if len(words) < config.NEAR_DUP_MIN_WORDS:
            continue
        out.append((i, {" ".join(words[j : j + 3]).encode("utf-8") for j in range(len(words) - 2)}))
    return out


def band_hashes(text: str) -> list[tuple[int, int]]:
    """(paragraph number, band hash) rows for a document's text."""
    from datasketch import MinHash

    paras = paragraph_shingles(text)
    if not paras:
        return []
    b, r = _params()
    # crc32: stable across processes (band hashes are stored) and far cheaper than datasketch's default sha1
    sigs = MinHash.bulk([s for _, s in paras], num_perm=config.NEAR_DUP_NUM_PERM, hashfunc=zlib.crc32,
                          seed=1, permutations=_permutations()[0], scheme=_permutations()[1])
    rows = []
    for (i, _), m in zip(paras, sigs):
        hv = m.hashvalues
        for band in range(b):
            h = hashlib.blake2b(hv[band * r : (band + 1) * r].tobytes(), digest_size=8, person=b"band%04d" % band)
            rows.append((i, int.from_bytes(h.digest(), "big", signed=True)))
    return rows
