"""Output formats: one `Format` enum, what each kind of result can be rendered as, and the
one dispatch from (result, format) to a renderer.

`text` means the same for every command: the layout for people, styled (colour, tables)
on a terminal and unstyled when piped or written to a file; FORCE_COLOR forces the styled
form and NO_COLOR drops colour, as rich honours them. `plain` is the unstyled form (for
diagnostics: one `path:line:col: severity message [rule]` line each, for grep and editors).
`auto` is github under GitHub Actions for diagnostics, else text on a terminal and plain
otherwise. Nothing in the core imports this package; renderers are imported on use, so a
JSON consumer never pays for rich.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from enum import StrEnum
from importlib import import_module
from typing import IO, TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from peerclaims.apa import Formatted
    from peerclaims.curate.search import SearchResult
    from peerclaims.diagnostics import Diagnostic
    from peerclaims.rules import Rule


class Format(StrEnum):
    """Every output format of every command."""

    AUTO = "auto"
    TEXT = "text"
    PLAIN = "plain"
    JSON = "json"
    GITHUB = "github"
    SARIF = "sarif"
    CSV = "csv"
    MARKDOWN = "markdown"
    HTML = "html"


class Result(StrEnum):
    """The kinds of result commands print."""

    DIAGNOSTICS = "diagnostics"  # validate, check
    CITES = "cites"
    RULES = "rules"
    SEARCH = "search"
    SHOW = "show"
    STUDY = "study"
    IMPACT = "impact"
    REPORT = "report"
    CITE = "cite"


_PEOPLE = (Format.AUTO, Format.TEXT, Format.PLAIN, Format.JSON)

ACCEPTS: dict[Result, tuple[Format, ...]] = {
    Result.DIAGNOSTICS: (*_PEOPLE, Format.GITHUB, Format.SARIF),
    Result.CITES: _PEOPLE,
    Result.RULES: (*_PEOPLE, Format.MARKDOWN),
    Result.SEARCH: (*_PEOPLE, Format.CSV),
    Result.SHOW: _PEOPLE,
    Result.STUDY: _PEOPLE,
    Result.IMPACT: _PEOPLE,
    Result.REPORT: (*_PEOPLE, Format.MARKDOWN, Format.CSV, Format.HTML),
    Result.CITE: (*_PEOPLE, Format.MARKDOWN),
}
"""The formats each result accepts (`auto` resolves to one of the others)."""

# (result, concrete format) -> "module:function" in peerclaims.render.adapters; each takes
# (value, styled) and returns the text to write, or prints to a console itself (styled).
_TABLE: dict[tuple[Result, Format], str] = {
    (result, fmt): f"{result.value}_{fmt.value}"
    for result, formats in ACCEPTS.items()
    for fmt in formats
    if fmt is not Format.AUTO
}


def styled(stream: IO[str]) -> bool:
    """Whether `stream` gets the styled form: a terminal, or FORCE_COLOR set."""
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


def resolve(fmt: Format, result: Result, stream: IO[str]) -> Format:
    """Turn `auto` into a concrete format for `result` written to `stream`."""
    if fmt is not Format.AUTO:
        return fmt
    if result is Result.DIAGNOSTICS:
        if os.environ.get("GITHUB_ACTIONS") == "true":
            return Format.GITHUB
        return Format.TEXT if styled(stream) else Format.PLAIN
    return Format.TEXT


def render(
    result: Result, fmt: Format, value: Any, stream: IO[str], *, allow_styled: bool = True
) -> None:
    """Write `value` to `stream` in `fmt` (resolved first). `allow_styled=False` asks for the
    unstyled form even on a terminal (e.g. when the text goes to a file)."""
    concrete = resolve(fmt, result, stream)
    if concrete not in ACCEPTS[result]:
        raise ValueError(f"{result.value} cannot be rendered as {concrete.value}")
    adapters = import_module("peerclaims.render.adapters")
    out = getattr(adapters, _TABLE[(result, concrete)])(
        value, stream, allow_styled and styled(stream)
    )
    if out is not None:
        stream.write(out)


def to_string(result: Result, fmt: Format, value: Any) -> str:
    """`value` in `fmt`, unstyled, as a string (for --output files and tests)."""
    import io

    buffer = io.StringIO()
    render(result, Format.TEXT if fmt is Format.AUTO else fmt, value, buffer, allow_styled=False)
    return buffer.getvalue()


class DiagnosticsRun(NamedTuple):
    """What `validate` and `check` render: diagnostics, files read, and the rules that ran."""

    diagnostics: Sequence[Diagnostic]
    files: int
    ran: Sequence[Rule]


class SearchRun(NamedTuple):
    """What `search` renders: the result, the query as typed, and the filters used."""

    result: SearchResult
    query: str
    filters: dict[str, Any]


class CiteRun(NamedTuple):
    """What `cite` renders: formatted works and the style's name."""

    works: Sequence[Formatted]
    style: str
