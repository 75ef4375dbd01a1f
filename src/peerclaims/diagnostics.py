"""Findings, diagnostics, severities and the exit code that follows from them.

A check yields `Finding`s (what and where). The engine turns each into a `Diagnostic` by
stamping the rule's id and its configured severity, so rules never look at configuration.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    """How serious a diagnostic is, ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class FailLevel(StrEnum):
    """The lowest severity that makes a command exit 1 (`none`: never)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Fix:
    """A machine-readable edit: replace `old` at one span of a document with `new`.

    The span is given twice: as offsets into one of the document's blocks (`block` is its
    index in `Document.blocks`; `start`/`end` index its text, end exclusive), which every
    format can apply, and, for line-based files (text, Markdown), as 1-based source
    coordinates (`line`/`column` to `end_line`/`end_column`, end exclusive; all 0 for
    .docx, .pptx and PDF). `safe` fixes change only what is wrong in a citation;
    unsafe ones (`--unsafe-fixes`) add what a person should confirm.
    """

    old: str
    new: str
    block: int
    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule found and where; the engine adds rule id and severity."""

    rule: str  # the rule's kebab-case name
    path: str
    line: int
    column: int
    message: str
    suggestion: str | None = None
    location: str | None = None  # a human location when lines do not apply ("slide 3")
    end_line: int | None = None
    end_column: int | None = None
    fix: Fix | None = None


@dataclass(frozen=True, slots=True, order=True)
class Diagnostic:
    """A finding with its rule id and severity, sortable by (path, line, column, rule)."""

    path: str
    line: int
    column: int
    rule: str  # stable id, e.g. "PC104"
    name: str  # kebab-case name, e.g. "unknown-reference"
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    suggestion: str | None = field(default=None, compare=False)
    location: str | None = field(default=None, compare=False)
    end_line: int | None = field(default=None, compare=False)
    end_column: int | None = field(default=None, compare=False)
    fix: Fix | None = field(default=None, compare=False)

    @property
    def where(self) -> str:
        """`path:line:col`, or `path: slide 3` where the input has no lines."""
        if self.location:
            return f"{self.path}: {self.location}"
        if self.line <= 0:
            return self.path
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Directive:
    """One `peerclaims: ignore[...]` comment: the rules it names, where it is, what it covers.

    `names` are as written (ids or kebab-case names; "*" for a bare `ignore`). `line` and
    `column` place the comment (`line` is the slide, page or paragraph number, and
    `location` names it, in formats without lines). `covers` are the lines (or units) it
    silences; None in `covers` means the whole file.
    """

    names: tuple[str, ...]
    line: int
    column: int = 0
    location: str | None = None
    covers: tuple[int | None, ...] = ()

    def applies(self, names: Iterable[str], line: int | None) -> bool:
        """Whether this comment silences any of `names` at `line` (None: file-level finding)."""
        if None not in self.covers and (line is None or line not in self.covers):
            return False
        return bool({*names, "*"} & set(self.names))


def summarize(diagnostics: Iterable[Diagnostic]) -> dict[str, int]:
    """Count diagnostics per severity, always with all three keys."""
    counts = {s.value: 0 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}
    for diag in diagnostics:
        counts[diag.severity.value] += 1
    return counts


def exit_code(diagnostics: Iterable[Diagnostic], fail_level: FailLevel = FailLevel.ERROR) -> int:
    """0 when nothing reaches `fail_level`, else 1 (2 is for errors that stop a command)."""
    if fail_level is FailLevel.NONE:
        return 0
    threshold = Severity(fail_level.value).rank
    return 1 if any(d.severity.rank >= threshold for d in diagnostics) else 0
