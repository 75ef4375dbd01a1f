"""Run the document rules on inline text (yamllint's `RuleTestCase.check` style).

The bundled corpus is loaded and indexed once per test session.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from peerclaims.check import check_document
from peerclaims.diagnostics import Diagnostic
from peerclaims.documents import read_document
from peerclaims.match.reading import Context
from peerclaims.rules import RuleSettings
from peerclaims.runner import load_corpus


@cache
def context() -> Context:
    """The bundled corpus, indexed for checking documents (built once)."""
    return Context.build(load_corpus().corpus)


def check_diagnostics(
    text: str, suffix: str = ".md", *, select: Iterable[str] | None = None,
    name: str = "doc",
) -> list[Diagnostic]:
    """Every diagnostic for `text` (dedented) read as a `suffix` file, sorted."""
    import tempfile

    settings = RuleSettings(select=frozenset(select) if select is not None else None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, name + suffix)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        doc = read_document(path)
        return sorted(check_document(doc, context(), settings),
                      key=lambda d: (d.line, d.column, d.name))


def check_text(
    text: str, suffix: str = ".md", *, select: Iterable[str] | None = None
) -> list[tuple[int, int, str]]:
    """(line, column, rule-name) of every finding in `text`, sorted."""
    return [(d.line, d.column, d.name) for d in check_diagnostics(text, suffix, select=select)]


def check_messages(
    text: str, suffix: str = ".md", *, select: Iterable[str] | None = None
) -> list[tuple[str, str, str | None]]:
    """(rule-name, message, suggestion) of every finding in `text`, in position order."""
    return [(d.name, d.message, d.suggestion)
            for d in check_diagnostics(text, suffix, select=select)]
