"""GitHub Actions workflow commands: one `::error file=…,line=…::message` line per diagnostic.

Escaping follows the runner's toolkit (`@actions/core` command.ts): in the message `%`, CR
and LF are percent-encoded; in properties also `:` and `,`.
"""

from __future__ import annotations

from collections.abc import Sequence

from peerclaims.diagnostics import Diagnostic, Severity

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property's value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def line(d: Diagnostic) -> str:
    """One workflow command."""
    props = [f"file={escape_property(d.path)}"]
    if d.line > 0 and d.location is None:  # a slide number is not a line
        props += [f"line={d.line}", f"col={d.column}"]
    props.append(f"title={escape_property(f'{d.name} ({d.rule})')}")
    message = d.message if d.location is None else f"{d.location}: {d.message}"
    if d.suggestion:
        message += f"\nSuggestion: {d.suggestion}"
    return f"::{_COMMAND[d.severity]} {','.join(props)}::{escape_data(message)}"


def render(diagnostics: Sequence[Diagnostic]) -> str:
    """All workflow commands, one per line."""
    return "".join(line(d) + "\n" for d in diagnostics)
