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
    """An input path is missing, unreadable, binary, or of an unsupported format."""


def reason(exc: PeerclaimsError, path: str) -> str:
    """The error's message without the leading "path: " when it names `path` itself."""
    message = str(exc)
    return message.removeprefix(f"{path}: ") if message.startswith(f"{path}: ") else message
