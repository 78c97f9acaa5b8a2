"""Fixture files for reader tests, written at test time (no third-party text in the repo).

``make_pdf`` is shared with the tests of the PDF artefact pass (running headers, page numbers, hyphenation).
"""

from __future__ import annotations

from pathlib import Path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

#: Three pages with a running header, a page number at the foot and a word hyphenated across a line end.
SAMPLE_PAGES: list[list[str]] = [
    [
        "Journal of Regional Trade, 2024, No 4",
        "Trade between the two neighbours grew quickly last year.",
        "Officials expect the turnover to reach new records, and the eco-",
        "nomic commission will meet again in spring.",
        "1",
    ],
    [
        "Journal of Regional Trade, 2024, No 4",
        "The ministers signed an agreement on transport corridors.",
        "Freight volumes through the border crossing doubled.",
        "2",
    ],
    [
        "Journal of Regional Trade, 2024, No 4",
        "Both sides agreed to simplify customs procedures.",
        "The next meeting is planned for the autumn.",
        "3",
    ],
]


def cyrillic_font_available() -> bool:
    return DEJAVU.is_file()


def make_pdf(path: Path, pages: list[list[str]], *, cyrillic: bool = False) -> Path:
    """Write a PDF with one page per item of ``pages``, one text line per string, top to bottom.

    A line that is only digits is drawn at the foot of the page, as a page number. ``cyrillic=True`` embeds DejaVu
    Sans (the built-in PDF fonts have no Cyrillic); check ``cyrillic_font_available()`` first.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = "Helvetica"
    if cyrillic:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
        font = "DejaVuSans"
    c = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    for lines in pages:
        c.setFont(font, 11)
        y = height - 60
        for line in lines:
            if line.strip().isdigit():
                c.drawString(290, 40, line)
            else:
                c.drawString(60, y, line)
                y -= 16
        c.showPage()
    c.save()
    return path
