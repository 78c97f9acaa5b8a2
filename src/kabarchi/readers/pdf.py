"""PDF with pypdf: the text of each page, pages joined by "\\n\\f\\n" so later stages see the page boundaries.

Running headers, footers, page numbers and hyphenation stay in the text; the normaliser's artefact pass removes
them from the view (kabarchi.text.artefacts), so offsets into this text stay true.
"""

from __future__ import annotations

import io
import warnings as _warnings

from kabarchi.document import RawDocument
from kabarchi.errors import PdfError
from kabarchi.readers.logcapture import captured_logs

PAGE_SEPARATOR = "\n\f\n"
_FIX_DAMAGED = "The file is damaged or incomplete: download or export it again."


def read_pdf(data: bytes, source: str) -> RawDocument:
    if b"%PDF-" not in data[:1024]:
        raise PdfError("the input is not a PDF (no %PDF- signature at its start)", fix=_FIX_DAMAGED)
    from pypdf import PdfReader

    notes: list[str] = []
    logged: list[str] = []
    try:
        with captured_logs("pypdf") as logged, _warnings.catch_warnings(record=True) as caught:
            _warnings.simplefilter("always")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except Exception as e:
                    if type(e).__name__ == "DependencyError":  # AES without the optional `cryptography` package
                        raise PdfError(
                            "the PDF is AES-encrypted and pypdf needs the `cryptography` package to open it",
                            fix="Install it (`pip install cryptography`) or save a decrypted copy and read that.",
                        ) from None
                    opened = 0
                if not opened:
                    raise PdfError(
                        "the PDF is encrypted and needs a password",
                        fix="Save a copy without the password (for example `qpdf --decrypt --password=PW in.pdf "
                        "out.pdf`) and read that.",
                    )
            pages = [page.extract_text() or "" for page in reader.pages]
        notes = [f"pdf: {m}" for m in [*logged, *(str(w.message) for w in caught)]]
    except PdfError:
        raise
    except Exception as e:  # pypdf raises many kinds on damaged files: all mean "broken PDF"
        said = f"; pypdf also reported: {'; '.join(logged)}" if logged else ""
        raise PdfError(f"the PDF could not be read ({type(e).__name__}: {e}{said})", fix=_FIX_DAMAGED) from None
    if not pages:
        raise PdfError("the PDF has no pages", fix=_FIX_DAMAGED)
    if not any(p.strip() for p in pages):
        raise PdfError(
            f"none of the PDF's {len(pages)} pages has a text layer (scanned images?)",
            fix="Run OCR on it first (for example `ocrmypdf in.pdf out.pdf`) and read the result.",
        )
    return RawDocument(source=source, text=PAGE_SEPARATOR.join(pages), media="pdf", warnings=tuple(notes))
