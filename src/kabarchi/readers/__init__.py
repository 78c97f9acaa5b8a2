"""Readers: files, directories and standard input to RawDocuments, or ReadFailures for what cannot be read.

The kind of a file comes from its extension (.txt .text .md, .html .htm .xhtml, .pdf, .jsonl .ndjson) and, where
that says nothing or "text", from its content (%PDF- signature, <!doctype html / <html, a first line that is a JSON
object with "text"). Expected failures never raise: each becomes a ReadFailure with the code of its
kabarchi.errors class and a message that ends with what to do.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from kabarchi import config
from kabarchi.document import RawDocument
from kabarchi.errors import InputError, NotFoundError, TooLargeError
from kabarchi.readers.decode import decode_bytes
from kabarchi.readers.failure import ReadFailure
from kabarchi.readers.html import decode_html, read_html
from kabarchi.readers.jsonl import read_jsonl
from kabarchi.readers.pdf import PAGE_SEPARATOR, read_pdf
from kabarchi.readers.plain import guess_title, parse_crawl_header, read_plain

__all__ = [
    "KINDS",
    "PAGE_SEPARATOR",
    "ReadFailure",
    "guess_title",
    "iter_paths",
    "kind_of_path",
    "parse_crawl_header",
    "read_bytes",
    "read_path",
]

STDIN = "-"
KINDS = ("text", "html", "pdf", "jsonl")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl", ".ndjson": "jsonl",
}  # fmt: skip


def kind_of_path(path: str | Path) -> str | None:
    """The kind an extension names; None (sniff the content) for .txt and unknown extensions."""
    return _kind_of_suffix(Path(path).suffix)


def _kind_of_suffix(suffix: str) -> str | None:
    kind = _EXTENSIONS.get(suffix.lower())
    return None if kind == "text" else kind


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | str]:
    """Files to read, in order: directories recursively (sorted by name; hidden entries and README, LICENSE and
    similar notes about the folder skipped).

    "-" (standard input) is yielded as the string "-" for the caller to read; a path that does not exist is yielded
    as is, so that read_path reports it.
    """
    for p in paths:
        if str(p) == STDIN:
            yield STDIN
            continue
        path = Path(p)
        if path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


#: Files found while walking a folder that describe the folder rather than being news (named files are still read).
_FOLDER_DOCS = frozenset({"readme", "license", "licence", "copying", "notice", "changelog", "sources"})


def _walk(directory: Path, seen: set[Path]) -> Iterator[Path]:
    key = directory.resolve()
    if key in seen:  # a symbolic link back up the tree
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(directory), key=lambda e: e.name)
    except OSError:
        yield directory  # read_path reports why it cannot be listed
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.split(".")[0].lower() in _FOLDER_DOCS:
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # from the directory listing: no stat per file
        except OSError:
            is_dir = path.is_dir()  # and its rules where the entry cannot say
        if is_dir:
            yield from _walk(path, seen)
        else:
            yield path


def read_path(path: str | Path, *, source: str | None = None) -> list[RawDocument | ReadFailure]:
    """Read one file ("-" reads standard input; a directory is read recursively)."""
    src = source if source is not None else str(path)
    try:
        if str(path) == STDIN:
            data = sys.stdin.buffer.read(config.MAX_INPUT_BYTES + 1)
            return read_bytes(data, src)
        p = Path(path)
        # os.stat and open rather than Path.stat, is_dir and read_bytes: one stat, and half the time per file
        try:
            st = os.stat(p)
        except FileNotFoundError:
            raise NotFoundError(f"no such file or directory: {p}", fix="Check the path and its spelling.") from None
        if stat.S_ISDIR(st.st_mode):
            os.listdir(p)  # fails here, with a failure for this directory, when it cannot be listed
            return [r for f in iter_paths([p]) for r in read_path(f)]
        if st.st_size > config.MAX_INPUT_BYTES:
            raise _too_large(st.st_size)
        with open(p, "rb") as f:
            data = f.read()
    except InputError as e:
        return [ReadFailure.from_error(src, e)]
    except OSError as e:
        reason = e.strerror or type(e).__name__
        error = InputError(f"cannot read {path}: {reason}", fix="Check that the file exists and is readable.")
        return [ReadFailure.from_error(src, error)]
    return read_bytes(data, src, kind=_kind_of_suffix(p.suffix))


def read_bytes(data: bytes, source: str, *, kind: str | None = None) -> list[RawDocument | ReadFailure]:
    """Read the bytes of one input; ``kind`` (one of KINDS) skips sniffing the content."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    try:
        if len(data) > config.MAX_INPUT_BYTES:
            raise _too_large(len(data))
        if kind == "pdf" or (kind is None and b"%PDF-" in data[:1024]):
            return [read_pdf(data, source)]
        if kind == "html":
            return [read_html(decode_html(data).text, source)]
        decoded = decode_bytes(data)
        text = decoded.text
        if kind == "jsonl" or (kind is None and _looks_like_jsonl(text)):
            return read_jsonl(text, source)
        if kind is None and _starts_like_html(text):
            return [read_html(decode_html(data).text, source)]
        return [read_plain(text, source)]
    except InputError as e:
        return [ReadFailure.from_error(source, e)]


def _too_large(size: int) -> TooLargeError:
    mb = 1024 * 1024
    return TooLargeError(
        f"the input is {size / mb:.1f} MB, more than the limit of {config.MAX_INPUT_BYTES / mb:.0f} MB",
        fix="Split it into smaller documents (one article per file, or JSON Lines), or raise "
        "kabarchi.config.MAX_INPUT_BYTES.",
    )


def _starts_like_html(text: str) -> bool:
    return text[:1024].lstrip()[:32].lower().startswith(("<!doctype html", "<html"))


def _looks_like_jsonl(text: str) -> bool:
    prefix = text[:4096]
    start = len(prefix) - len(prefix.lstrip())
    if not text.startswith("{", start):
        return False
    end = text.find("\n", start)
    first = text[start:] if end < 0 else text[start:end]
    try:
        obj = json.loads(first)
    except json.JSONDecodeError:
        return False
    return isinstance(obj, dict) and isinstance(obj.get("text"), str)
