"""A document's original text as HTML with its stored spans marked, built only from stored offsets.

The text is untrusted: every slice between two offsets goes through ``markupsafe.escape`` and the only markup added
is ``<mark>`` elements whose attributes are escaped too. Spans may nest (an entity inside a fact's sentence) or
cross (two sentences' evidence sharing words); crossing marks are split so the HTML stays well-formed, and only the
first piece of a span carries its ``id`` (the anchor a chart point links to).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

#: Nesting order when two spans start at the same offset and have the same end: sentences outside words.
_LAYER = {"fact": 0, "event": 1, "entity": 2, "quantity": 3, "figure": 4}


@dataclass(frozen=True, slots=True)
class Mark:
    """One span to highlight: ``kind`` picks the CSS class, ``anchor`` the element id, ``title`` the tooltip."""

    start: int
    end: int
    kind: str  # fact | event | entity | quantity | figure
    anchor: str | None = None
    title: str | None = None
    detail: str | None = None  # a CSS-safe subtype, e.g. the entity type


def _open(mark: Mark, first: bool) -> str:
    cls = f"hl hl-{mark.kind}" + (f" hl-{mark.detail.lower()}" if mark.detail else "")
    attrs = [f'class="{escape(cls)}"']
    if first and mark.anchor:
        attrs.append(f'id="{escape(mark.anchor)}"')
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    attrs.append(f'data-kind="{escape(mark.kind)}"')
    return "<mark " + " ".join(attrs) + ">"


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` escaped, with ``marks`` wrapped in ``<mark>``; marks outside the text or empty are dropped."""
    ok = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    starts: dict[int, list[Mark]] = {}
    for m in ok:
        starts.setdefault(m.start, []).append(m)
    for group in starts.values():
        group.sort(key=lambda m: (-m.end, _LAYER.get(m.kind, 9)))
    cuts = sorted({0, len(text)} | {m.start for m in ok} | {m.end for m in ok})
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[int] = set()  # ids of marks whose first piece was written (their anchor is used)
    for i, pos in enumerate(cuts):
        # close what ends here; marks opened inside a closing one are closed and reopened after it
        if any(m.end == pos for m in stack):
            reopen = []
            while any(m.end == pos for m in stack):
                top = stack.pop()
                out.append("</mark>")
                if top.end != pos:
                    reopen.append(top)
            for m in reversed(reopen):
                out.append(_open(m, False))
                stack.append(m)
        for m in starts.get(pos, ()):
            # a mark longer than an open one would cross it: open it anyway, closing splits it later
            out.append(_open(m, id(m) not in opened))
            opened.add(id(m))
            stack.append(m)
        if i + 1 < len(cuts):
            out.append(str(escape(text[pos : cuts[i + 1]])))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def _span_ok(text: str, span: dict[str, Any] | None) -> bool:
    """The stored span points into this text (a record stored without its text fails this)."""
    if not span:
        return False
    s, e = span.get("start"), span.get("end")
    return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text) and text[s:e] == span.get("text")


def document_marks(text: str, record: dict[str, Any], fact_ids: Sequence[int | None]) -> tuple[list[Mark], int]:
    """The marks of a stored record over its text, and how many stored spans did not match the text (skipped)."""
    marks: list[Mark] = []
    bad = 0

    def add(span: dict[str, Any] | None, mark: Mark) -> None:
        nonlocal bad
        if _span_ok(text, span):
            marks.append(mark)
        elif span:
            bad += 1

    for i, f in enumerate(record.get("facts") or []):
        ev = f.get("evidence")
        fid = fact_ids[i] if i < len(fact_ids) else None
        anchor = f"f-{fid}" if fid is not None else f"fact-{i}"
        if ev:
            add(ev, Mark(ev["start"], ev["end"], "fact", anchor=anchor, title=f.get("type")))
        fig = f.get("figure")
        if fig:
            add(fig, Mark(fig["start"], fig["end"], "figure", title=f"{f.get('value')} {f.get('unit') or ''}".strip()))
    for i, e in enumerate(record.get("events") or []):
        ev = e.get("evidence")
        if ev:
            add(ev, Mark(ev["start"], ev["end"], "event", anchor=f"e-{i}", title=e.get("type")))
    for ent in record.get("entities") or []:
        label = " ".join(str(x) for x in (ent.get("type"), ent.get("name") or ent.get("id")) if x)
        etype = str(ent.get("type") or "")
        add(ent, Mark(ent["start"], ent["end"], "entity", title=label,
                      detail=etype if etype.isalpha() else None))
    for q in record.get("quantities") or []:
        value = q.get("value")
        label = " ".join(str(x) for x in (q.get("kind"), value, q.get("unit")) if x is not None)
        if q.get("date_start"):
            label += f" {q['date_start']}..{q.get('date_end') or ''}"
        add(q, Mark(q["start"], q["end"], "quantity", title=label))
    return marks, bad
