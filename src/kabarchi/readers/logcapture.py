"""Keep what pypdf and trafilatura log about one input with that input.

Without a handler anywhere, Python prints library warnings through ``logging.lastResort`` on stderr, which would
mix "EOF marker not found" into the CLI's output. While a reader runs, a handler on those libraries' loggers
collects their warnings into the document's warnings (or the failure's message). Nothing else changes: levels stay
as they are and records still propagate to whatever handlers the application set up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager


class _Collect(logging.Handler):
    def __init__(self, sink: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        try:
            msg = record.getMessage()
        except Exception:  # a library's malformed log call must not break reading
            msg = str(record.msg)
        if msg not in self.sink:
            self.sink.append(msg)


@contextmanager
def captured_logs(*names: str) -> Iterator[list[str]]:
    sink: list[str] = []
    handler = _Collect(sink)
    loggers = [logging.getLogger(n) for n in names]
    for lg in loggers:
        lg.addHandler(handler)
    try:
        yield sink
    finally:
        for lg in loggers:
            lg.removeHandler(handler)
