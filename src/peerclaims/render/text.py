"""Rich text for a terminal: diagnostics grouped by file, coloured by severity."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from rich.console import Console
from rich.text import Text

from peerclaims.diagnostics import Diagnostic, Severity

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(diagnostics: Sequence[Diagnostic], console: Console) -> None:
    """Print diagnostics grouped under their file name."""
    for path, group in groupby(diagnostics, key=lambda d: d.path):
        console.print(Text(path, style="bold underline"))
        for d in group:
            console.print(_row(d))
            if d.suggestion:
                console.print(Text(f"      suggestion: {d.suggestion}", style="green"))
        console.print()


def _row(d: Diagnostic) -> Text:
    where = d.location or (f"{d.line}:{d.column}" if d.line > 0 else "-")
    row = Text("  ")
    row.append(f"{where:<9}", style="dim")
    row.append(f" {d.severity.value:<8}", style=_STYLE[d.severity])
    row.append(f" {d.message}  ")
    row.append(d.name, style="dim")
    return row
