"""Rich text for a terminal: diagnostics grouped by file, coloured by severity.

    examples/talk.md
      19:8   warning  'review by Chinman et al in Psych Services' names no year or
                      reference  vague-citation
                      → (Chinman et al., 2014)

A place too long for a column (a .docx finding's heading and first words) goes on a line
of its own, dim, with severity and message indented below it.

Messages wrap to the terminal under their own column (hanging indent), the rule name ends
the message (on a terminal, a link to the rule's section of docs/rules.md; `peerclaims rules
NAME` explains it too), and the suggestion to paste follows on its own line. No line ends
in spaces.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from itertools import groupby

from rich.console import Console
from rich.style import Style
from rich.text import Text

from peerclaims import rules as registry
from peerclaims.diagnostics import Diagnostic, Severity
from peerclaims.render import rules as rules_doc

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
_SEVERITY_WIDTH = 8
_STACK_AT = 32  # places longer than this go on a line of their own, the message below


def render(diagnostics: Sequence[Diagnostic], console: Console) -> None:
    """Print diagnostics grouped under their file name."""
    for path, group in groupby(diagnostics, key=lambda d: d.path):
        rows = list(group)
        where_width = max(len(_where(d)) for d in rows)
        console.print(Text(path, style="bold underline"))
        for d in rows:
            if where_width > _STACK_AT:  # a long place (a .docx heading and first words)
                console.print(Text("  " + _where(d), style="dim"), soft_wrap=True)
                lines = _lines(d, 1, console.width, where="")
            else:
                lines = _lines(d, where_width, console.width)
            for line in lines:
                console.print(line, soft_wrap=True)
        console.print()


def _where(d: Diagnostic) -> str:
    if d.location:
        return d.location
    return f"{d.line}:{d.column}" if d.line > 0 else "-"


def _lines(d: Diagnostic, where_width: int, width: int, where: str | None = None) -> list[Text]:
    indent = 2 + where_width + 1 + _SEVERITY_WIDTH + 1
    room = max(width - indent, 30)
    wrapped = textwrap.wrap(f"{d.message}  \x00{d.name}", room, break_on_hyphens=False)
    lines = []
    for i, chunk in enumerate(wrapped):
        line = Text("  ")
        if i == 0:
            line.append(f"{_where(d) if where is None else where:<{where_width}} ", style="dim")
            line.append(f"{d.severity.value:<{_SEVERITY_WIDTH}} ", style=_STYLE[d.severity])
        else:
            line.append(" " * (indent - 2))
        message, _, rule = chunk.partition("\x00")
        line.append(message)
        if rule:  # on a terminal that shows links, the name opens the rule's docs
            line.append(rule, style=Style(dim=True, link=rules_doc.url(registry.get(d.rule))))
        lines.append(line)
    if d.suggestion:
        lines.append(Text(" " * indent + "→ " + d.suggestion, style="green"))
    return lines
