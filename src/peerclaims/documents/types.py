"""`Document` and `TextBlock`, and the `peerclaims: ignore[...]` suppressions a document declares."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from peerclaims.diagnostics import Directive

_DIRECTIVE = re.compile(r"peerclaims:\s*(ignore-file|ignore)(?![\w-])(?:\s*\[([^\]\n]*)\])?")

Suppressions = dict[int | None, frozenset[str]]

SOURCE_HEADER = re.compile(
    r"(?i)[*_\s]*(?:(?:key\s+|primary\s+|data\s+)?(?:sources?|references?|citations?|"
    r"stud(?:y|ies)(?:\s+id)?|evidence(?:\s+base)?|authors?(?:\s*\(year\))?))[*_\s:]*"
)
"""A table header naming the column that holds each row's source ("Source", "Study ID",
"Evidence"): its cells are read as citations ("table-source" blocks), in every format."""


@dataclass(frozen=True, slots=True)
class TextBlock:
    """One paragraph, heading, list item, table cell, notes paragraph or page of text."""

    text: str
    kind: str
    line: int = 0
    column: int = 0
    unit: str | None = None
    index: int | None = None
    shape: str | None = None
    group: int = 0
    place: str | None = None  # how a reader finds the block where it has no line (.docx)
    # (line, column) where each line of `text` starts, for a block joined from paragraphs a
    # blank line split (`paragraphs.join_broken`); None: line after line from `line`
    rows: tuple[tuple[int, int], ...] | None = None
    _breaks: list[int] | None = field(default=None, init=False, repr=False, compare=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `text[offset]` (clamped); (0, 0) for non-text formats.

        The block's line breaks are found once (`line_breaks`), so each position is a
        bisect: a paragraph of many lines with a finding on each stays linear.
        """
        if self.line == 0:
            return (0, 0)
        offset = max(0, min(offset, len(self.text)))
        breaks = self._breaks
        if breaks is None:
            breaks = line_breaks(self.text)
            object.__setattr__(self, "_breaks", breaks)
        newlines = bisect.bisect_left(breaks, offset)  # line breaks before `offset`
        if self.rows is not None:
            line, column = self.rows[min(newlines, len(self.rows) - 1)]
            return (line, column + offset - (breaks[newlines - 1] + 1 if newlines else 0))
        if newlines == 0:
            return (self.line, self.column + offset)
        return (self.line + newlines, offset - breaks[newlines - 1])

    def location(self, path: str, offset: int = 0) -> str:
        """Human-readable place: "talk.md:12:5", "deck.pptx: slide 3 (TextBox 2)", ..."""
        if self.unit is None:
            line, column = self.position(offset)
            return f"{path}:{line}:{column}"
        return f"{path}: {self.where()}"

    def where(self) -> str:
        """Where the block is in a format without lines: its `place`, else "slide 3
        (TextBox 2)" or "page 2"; "" for text formats (they have lines and columns)."""
        if self.place:
            return self.place
        if self.unit is None:
            return ""
        shape = f" ({self.shape})" if self.shape else ""
        return f"{self.unit} {self.index}{shape}"


@dataclass(frozen=True, slots=True)
class Document:
    """A read document: its blocks in reading order and its suppression directives.

    `suppressions` maps a line (text, Markdown), slide (pptx), paragraph (docx) or page
    (pdf) number to the silenced rule names; key None applies to the whole file and the
    name "*" silences every rule. `directives` are the comments themselves, each with its
    own place, so that unknown rule names and unused comments can be reported.
    """

    path: str
    format: str
    blocks: tuple[TextBlock, ...]
    suppressions: Suppressions = field(default_factory=dict)
    directives: tuple[Directive, ...] = ()

    @property
    def display_path(self) -> str:
        """The path as shown to users ("<stdin>" for "-")."""
        return "<stdin>" if self.path == "-" else self.path

    def is_suppressed(self, rule_names: Iterable[str], line_or_index: int | None) -> bool:
        """Whether any of `rule_names` is silenced file-wide or at `line_or_index`."""
        names = {*rule_names, "*"}
        keys = (None,) if line_or_index is None else (None, line_or_index)
        return any(names & self.suppressions.get(key, frozenset()) for key in keys)


def line_breaks(text: str) -> list[int]:
    """Offsets of every "\\n" in `text`, in order: a block's line table."""
    out, pos = [], text.find("\n")
    while pos >= 0:
        out.append(pos)
        pos = text.find("\n", pos + 1)
    return out


def parse_directives(text: str) -> list[tuple[bool, frozenset[str]]]:
    """The `peerclaims: ignore[...]` directives in `text` as (file_wide, rule names).

    A directive without a bracketed list silences every rule ("*").
    """
    return [(file_wide, frozenset(names)) for file_wide, names, _ in find_directives(text)]


def find_directives(text: str) -> list[tuple[bool, tuple[str, ...], int]]:
    """The directives in `text` as (file_wide, rule names as written, offset in `text`)."""
    found = []
    for match in _DIRECTIVE.finditer(text):
        listed = match.group(2)
        names = ["*"] if listed is None else [r.strip() for r in listed.split(",")]
        unique = tuple(dict.fromkeys(n for n in names if n))
        found.append((match.group(1) == "ignore-file", unique, match.start()))
    return found


def strip_directives(text: str) -> str:
    """`text` without its `peerclaims: ignore[...]` directives (and the spaces they leave)."""
    return " ".join(_DIRECTIVE.sub(" ", text).split()) if "peerclaims" in text else text


def add_directive(
    acc: dict[int | None, set[str]],
    directives: list[Directive],
    names: Iterable[str],
    covers: Iterable[int | None],
    line: int,
    column: int = 0,
    location: str | None = None,
) -> None:
    """Record one directive: silence `names` at each of `covers` and keep the comment."""
    names, covers = tuple(names), tuple(dict.fromkeys(covers))
    for key in covers:
        add_suppression(acc, key, names)
    directives.append(Directive(names, line, column, location, covers))


def add_suppression(acc: dict[int | None, set[str]], key: int | None, rules: Iterable[str]) -> None:
    """Add `rules` to the suppressions accumulated for `key`."""
    acc.setdefault(key, set()).update(rules)


def freeze_suppressions(acc: dict[int | None, set[str]]) -> Suppressions:
    """Turn accumulated suppressions into the immutable form stored on a `Document`."""
    return {key: frozenset(rules) for key, rules in acc.items() if rules}
