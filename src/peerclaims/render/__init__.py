"""Output formats for diagnostics, and the `auto` choice among them.

Nothing in the core imports this package; only the CLI does. Each format is a small module
with a pure function from results to text, so every one can be golden-tested.
"""

from __future__ import annotations

import os
from enum import StrEnum
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from peerclaims.diagnostics import Diagnostic
    from peerclaims.rules import Rule


class OutputFormat(StrEnum):
    """Formats of `validate` and `check` output."""

    AUTO = "auto"
    TEXT = "text"
    PLAIN = "plain"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"


def resolve(fmt: OutputFormat, stream: IO[str]) -> OutputFormat:
    """Turn `auto` into github on GitHub Actions, rich text on a terminal, plain otherwise."""
    if fmt is not OutputFormat.AUTO:
        return fmt
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return OutputFormat.GITHUB
    isatty = getattr(stream, "isatty", None)
    return OutputFormat.TEXT if isatty is not None and isatty() else OutputFormat.PLAIN


def emit(
    diagnostics: list[Diagnostic], fmt: OutputFormat, stream: IO[str], *, files: int, ran: list[Rule]
) -> None:
    """Write diagnostics to `stream` in a resolved format."""
    fmt = resolve(fmt, stream)
    if fmt is OutputFormat.TEXT:
        from rich.console import Console

        from peerclaims.render.diagnostics import text

        # a terminal's own width; 100 columns when the text format is asked for in a pipe
        width = None if getattr(stream, "isatty", lambda: False)() else 100
        text.render(diagnostics, Console(file=stream, highlight=False, width=width))
        return
    stream.write(_as_string(diagnostics, fmt, files, ran))


def _as_string(diagnostics: list[Diagnostic], fmt: OutputFormat, files: int, ran: list[Rule]) -> str:
    from peerclaims.render.diagnostics import github, plain, sarif
    from peerclaims.render.diagnostics import json as jsonfmt

    if fmt is OutputFormat.JSON:
        return jsonfmt.render(diagnostics, files)
    if fmt is OutputFormat.GITHUB:
        return github.render(diagnostics)
    if fmt is OutputFormat.SARIF:
        from peerclaims import __version__

        return sarif.render(diagnostics, ran, __version__)
    return plain.render(diagnostics)
