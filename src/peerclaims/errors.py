"""Exceptions for conditions under which peerclaims cannot run at all.

Problems *in* the data are diagnostics, never exceptions. These are raised only when a
command cannot do its job; the CLI catches `PeerclaimsError` in one place and exits 2.
"""

from __future__ import annotations

import re


class PeerclaimsError(Exception):
    """Base of every error that stops a command; the message is shown to the user.

    The message speaks words, never Python: where it names the class of the exception that
    caused it ("damaged: KeyError", "(PdfStreamError: Stream has ended unexpectedly)"),
    `str()` puts that exception's `describe` wording in its place.
    """

    def __str__(self) -> str:
        return _in_words(super().__str__(), self.__cause__ or self.__context__)


class ConfigError(PeerclaimsError):
    """The configuration (file or options) is invalid; the message starts "invalid config:"."""


class InputError(PeerclaimsError):
    """An input path is missing, unreadable, binary, or of an unsupported format.

    `line` is the 1-based line the problem was found on, where there is one (a byte that is
    not UTF-8), else 0.
    """

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(message)
        self.line = line


class OutputError(PeerclaimsError):
    """Standard output cannot be written: it is closed, or the disk or device is full."""


def reason(exc: PeerclaimsError, path: str) -> str:
    """The error's message without the leading "path: " or "path:LINE: " naming `path`."""
    message = str(exc)
    for prefix in (f"{path}: ", f"{path}:{getattr(exc, 'line', 0)}: "):
        if message.startswith(prefix):
            return message.removeprefix(prefix)
    return message


# Exceptions whose own message is not words (KeyError's is the key's repr), by class name so
# that naming one imports nothing: the first class in an exception's MRO found here wins.
_WORDS = {
    "RecursionError": "nested too deeply",
    "MemoryError": "too large to read",
    "KeyError": "a part it refers to is missing",
    "IndexError": "a part it refers to is missing",
    "UnicodeError": "text that is not UTF-8",
    "BadZipFile": "not a zip archive",
    "SyntaxError": "malformed XML",  # xml.etree's ParseError and lxml's XMLSyntaxError
    "AttributeError": "a part is not what the format requires",
    "TypeError": "a part is not what the format requires",
}
_NOT_WORDS = re.compile(r"object at 0x|<\w[^>]*>|^\W*$|^'[^']*'$|\b[A-Z]\w*(?:Error|Exception)\b")


def describe(exc: BaseException) -> str:
    """Human words for an exception a library or Python raised ("not a zip archive").

    For messages such as "not a valid .pptx file (damaged: …)": an OSError's `strerror`,
    a known kind's wording, else the exception's own message when it is plain words
    (lower-cased), else "damaged".
    """
    if isinstance(exc, OSError) and exc.strerror:
        return _lower_first(exc.strerror)
    for kind in type(exc).__mro__:
        if kind.__name__ in _WORDS:
            return _WORDS[kind.__name__]
    text = " ".join(str(exc).split())
    if not _NOT_WORDS.search(text) and len(text) <= 200:
        return _lower_first(text.rstrip("."))
    return "damaged"


def _lower_first(text: str) -> str:
    """ "Stream has ended" → "stream has ended"; an acronym ("EOF marker") stays."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _in_words(message: str, cause: BaseException | None) -> str:
    """`message` with the class name of `cause` (with its message or repr) replaced by words."""
    if cause is None or isinstance(cause, PeerclaimsError):
        return message
    name = type(cause).__name__
    if name not in message:
        return message
    words = describe(cause)
    for spelled in (f"{name}: {cause}", repr(cause)):
        message = message.replace(spelled, words)
    # a function, not a template: the words may hold backslashes (pypdf quotes bytes)
    return re.sub(rf"(?<![\w./\\-]){re.escape(name)}(?![\w.])", lambda _: words, message)
