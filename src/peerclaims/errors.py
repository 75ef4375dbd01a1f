"""Exceptions for conditions under which peerclaims cannot run at all.

Problems *in* the data are diagnostics, never exceptions. These are raised only when a
command cannot do its job; the CLI catches `PeerclaimsError` in one place and exits 2.
"""

from __future__ import annotations


class PeerclaimsError(Exception):
    """Base of every error that stops a command; the message is shown to the user."""


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


def reason(exc: PeerclaimsError, path: str) -> str:
    """The error's message without the leading "path: " or "path:LINE: " naming `path`."""
    message = str(exc)
    for prefix in (f"{path}: ", f"{path}:{getattr(exc, 'line', 0)}: "):
        if message.startswith(prefix):
            return message.removeprefix(prefix)
    return message
