"""Every failure kabarchi expects has its own class and a stable code.

Callers (the CLI, the store, the web API) rely on ``code`` to report a problem without a traceback; the message
states what was found and ends with what to do about it.
"""

from __future__ import annotations


class KabarchiError(Exception):
    """Base of every expected failure; ``code`` is stable and machine-readable."""

    code = "error"

    def __init__(self, message: str, *, fix: str | None = None) -> None:
        self.message = message if not fix else f"{message.rstrip('.')}. {fix}"
        super().__init__(self.message)

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


# --- reading input -------------------------------------------------------------------------------------------


class InputError(KabarchiError):
    """A document could not be read; the other documents of a run go on."""

    code = "input"


class NotFoundError(InputError):
    code = "not-found"


class EmptyInputError(InputError):
    code = "empty"


class BinaryInputError(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class TooLargeError(InputError):
    code = "too-large"


class PdfError(InputError):
    code = "pdf-broken"


class HtmlError(InputError):
    code = "html-broken"


class JsonlError(InputError):
    code = "jsonl-broken"


# --- building things that must be right before any text is read ----------------------------------------------


class PipelineError(KabarchiError):
    """A pipeline whose stages do not fit together; raised when it is built, listing every problem."""

    code = "pipeline-invalid"

    def __init__(self, problems: list[str]) -> None:
        self.problems = list(problems)
        body = "; ".join(self.problems)
        super().__init__(
            f"the pipeline cannot be built: {body}",
            fix="Add the stages that give what is missing, or put them before the stages that need it.",
        )


class LexiconError(KabarchiError):
    """A malformed entry in a lexicon or pattern file; raised when the lexicon is loaded."""

    code = "lexicon-invalid"

    def __init__(self, path: str, line: int, expected: str, got: str) -> None:
        self.path, self.line, self.expected, self.got = path, line, expected, got
        super().__init__(
            f"{path}:{line}: expected {expected}, got {got!r}",
            fix="Correct that line of the data file (or comment it out with '#').",
        )


class ModelError(KabarchiError):
    """A shipped model file is missing or does not match the code reading it."""

    code = "model-invalid"


class UsageError(KabarchiError):
    """The command line was wrong; the CLI exits with status 2."""

    code = "usage"
