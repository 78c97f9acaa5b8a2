"""A normalised view of a document's text that remembers where every character came from.

Matching wants one form per letter (NFC, one apostrophe, plain spaces, no soft hyphens, no PDF line-break
hyphens); the analyst wants the outlet's own characters. The view gives both: stages search ``view.text`` and turn
what they find into spans of the original with ``view.span(vstart, vend)``.

Most normalisations replace one character by one character and keep offsets as they are. Only the few that change
the length (deletions, compositions, removed artefact lines) are stored, as pieces, and looked up by bisection.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from kabarchi.spans import Span


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``original[start:end]`` by ``replacement`` in the view (lengths may differ)."""

    start: int
    end: int
    replacement: str


class TextView:
    """``text`` is the normalised string; ``original`` the document's text, untouched."""

    __slots__ = ("original", "text", "_v", "_o", "_same", "_lower", "shift")

    def __init__(self, original: str, text: str, vstarts: list[int], ostarts: list[int], same: list[bool]):
        self.original = original
        self.text = text
        # Piece i covers view [_v[i], _v[i+1]) and original [_o[i], _o[i+1]); a sentinel closes the lists.
        # ``same`` pieces map one to one; the others (edits) map as a whole.
        self._v = vstarts
        self._o = ostarts
        self._same = same
        self._lower: str | None = None
        #: ``k`` when every view position ``p`` maps to original ``p + k`` (no edit, or only a deleted prefix such as
        #: a crawl header: most documents), else None. Stages that map many ranges use it to skip the bisection.
        self.shift: int | None = None
        if len(vstarts) == 2 and same[0]:
            self.shift = 0
        elif len(vstarts) == 3 and not same[0] and vstarts[1] == 0 and same[1] and len(text) > 0:
            self.shift = ostarts[1]

    @classmethod
    def identity(cls, original: str, text: str | None = None) -> TextView:
        """A view whose characters all map one to one (``text`` must have the original's length)."""
        text = original if text is None else text
        if len(text) != len(original):
            raise ValueError(f"expected a view of length {len(original)}, got {len(text)}")
        n = len(original)
        return cls(original, text, [0, n], [0, n], [True, True])

    @classmethod
    def build(cls, original: str, same_length: str, edits: list[Edit]) -> TextView:
        """Apply length-changing ``edits`` (non-overlapping) to ``same_length``, a one-to-one image of the original."""
        if len(same_length) != len(original):
            raise ValueError(f"expected a one-to-one image of length {len(original)}, got {len(same_length)}")
        if not edits:
            return cls.identity(original, same_length)
        parts: list[str] = []
        vstarts: list[int] = []
        ostarts: list[int] = []
        same: list[bool] = []
        v = o = 0
        for e in sorted(edits, key=lambda e: (e.start, e.end)):
            if e.start < o:  # overlaps an earlier edit: the earlier one wins
                continue
            if e.start > o:
                vstarts.append(v), ostarts.append(o), same.append(True)
                parts.append(same_length[o : e.start])
                v += e.start - o
            vstarts.append(v), ostarts.append(e.start), same.append(False)
            parts.append(e.replacement)
            v += len(e.replacement)
            o = e.end
        if o < len(original):
            vstarts.append(v), ostarts.append(o), same.append(True)
            parts.append(same_length[o:])
            v += len(original) - o
        vstarts.append(v), ostarts.append(len(original)), same.append(True)
        return cls(original, "".join(parts), vstarts, ostarts, same)

    # --- mapping --------------------------------------------------------------------------------------------

    @property
    def is_identity(self) -> bool:
        return len(self._v) == 2 and self._same[0]

    def to_original_start(self, p: int) -> int:
        """Original offset of the view position ``p`` used as a span's start."""
        p = max(p, 0)
        if self.is_identity:
            return min(p, len(self.original))
        if p >= len(self.text):
            return len(self.original)
        i = bisect_right(self._v, p) - 1
        return self._o[i] + (p - self._v[i]) if self._same[i] else self._o[i]

    def to_original_end(self, p: int) -> int:
        """Original offset of the view position ``p`` used as a span's (exclusive) end."""
        if self.is_identity:
            return p
        if p <= 0:
            return self.to_original_start(0)
        i = bisect_right(self._v, p - 1) - 1
        return self._o[i] + (p - self._v[i]) if self._same[i] else self._o[i + 1]

    def to_original(self, vstart: int, vend: int) -> tuple[int, int]:
        if vend <= vstart:
            s = self.to_original_start(vstart)
            return s, s
        return self.to_original_start(vstart), self.to_original_end(vend)

    def span(self, vstart: int, vend: int) -> Span:
        """The span of the original text that the view range ``[vstart, vend)`` was made from."""
        s, e = self.to_original(vstart, vend)
        return Span(s, e, self.original[s:e])

    def to_view(self, o: int) -> int:
        """View position of the original offset ``o`` (the first view character at or after it)."""
        if self.is_identity:
            return o
        i = bisect_right(self._o, o) - 1
        if i >= len(self._v) - 1:
            return len(self.text)
        if self._same[i]:
            return self._v[i] + (o - self._o[i])
        return self._v[i] if o == self._o[i] else self._v[i + 1]

    def original_mapper(self):  # noqa: ANN201  (a function)
        """``(vstart, vend) -> (start, end)`` as ``to_original`` gives it for ``vstart < vend``, with the piece lists
        bound once: ~4x cheaper per call, for stages that map many ranges of one document (entities: ~20)."""
        k = self.shift  # a constant offset (no edit, or only a removed header): most documents
        if k == 0:
            return lambda s, e: (s, e)
        if k is not None:
            return lambda s, e: (s + k, e + k)
        vs, os_, same = self._v, self._o, self._same
        n, on = len(self.text), len(self.original)

        def to_original(s: int, e: int) -> tuple[int, int]:
            if s >= n:
                a = on
            else:
                i = bisect_right(vs, s) - 1
                a = os_[i] + (s - vs[i]) if same[i] else os_[i]
            j = bisect_right(vs, e - 1) - 1
            return a, (os_[j] + (e - vs[j]) if same[j] else os_[j + 1])

        return to_original

    def view_mapper(self):  # noqa: ANN201  (a function)
        """``original offset -> view offset`` as ``to_view`` gives it, with the piece lists bound once."""
        if self.is_identity:
            return lambda o: o
        vs, os_, same = self._v, self._o, self._same
        last, n = len(vs) - 1, len(self.text)

        def to_view(o: int) -> int:
            i = bisect_right(os_, o) - 1
            if i >= last:
                return n
            if same[i]:
                return vs[i] + (o - os_[i])
            return vs[i] if o == os_[i] else vs[i + 1]

        return to_view

    # --- helpers stages share -------------------------------------------------------------------------------

    @property
    def lower(self) -> str:
        """``text`` in lower case with the same length (characters whose lower case is longer stay as they are)."""
        if self._lower is None:
            low = self.text.lower()
            if len(low) != len(self.text):
                low = "".join(c if len(lc := c.lower()) != 1 else lc for c in self.text)
            self._lower = low
        return self._lower

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"TextView({len(self.original)} → {len(self.text)} chars, {len(self._v) - 1} pieces)"
