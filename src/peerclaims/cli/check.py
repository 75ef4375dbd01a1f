"""`peerclaims check` and `peerclaims cites`: documents against the corpus."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from peerclaims.cli.app import (
    ClaimsOpt,
    ConfigOpt,
    DiagnosticsFormat,
    FailOpt,
    FormatOpt,
    IgnoreOpt,
    ReferencesOpt,
    SelectOpt,
    app,
    as_format,
    err,
    exits_2_on_error,
    finish,
    format_choices,
    format_option,
    read_config,
)
from peerclaims.render import Result, render

if TYPE_CHECKING:
    from collections.abc import Iterable

    from peerclaims.config import Config
    from peerclaims.corpus.load import Corpus

PathsArg = Annotated[
    list[str],
    typer.Argument(help="Files or directories (.md .txt .pptx .docx .pdf); '-' reads stdin.",
                   show_default=False, metavar="PATH"),
]
IncludeOpt = Annotated[
    list[str] | None,
    typer.Option("--include", help="Only files matching this glob (repeatable).",
                 rich_help_panel="Files", show_default=False),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option("--exclude", help="Skip files matching this glob (repeatable).",
                 rich_help_panel="Files", show_default=False),
]


NO_DOCUMENTS = "no documents to check (supported: .md .markdown .txt .text .pptx .docx .pdf)"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


class StdinFormat(StrEnum):
    """How to read '-'."""

    TEXT = "text"
    MARKDOWN = "markdown"


StdinOpt = Annotated[
    StdinFormat,
    typer.Option("--stdin-format", help="Format of standard input.", rich_help_panel="Files",
                 case_sensitive=False),
]


CitesFormat = format_choices(Result.CITES)


def _corpus(claims: Path | None, references: Path | None, cfg: Config) -> Corpus:
    from peerclaims.cli.app import load_for_command

    return load_for_command(claims, references, cfg)


def _progress(items: list[Path]) -> Iterable[Path]:
    """A rich progress bar on stderr when it is a terminal and there is much to do."""
    if len(items) < 10 or not sys.stderr.isatty():
        return items
    from rich.console import Console
    from rich.progress import track

    # on stderr, so `check DIR -f json > out.json` still leaves only JSON in the file
    return track(items, description="Checking", console=Console(stderr=True), transient=True)


@app.command()
def check(
    paths: PathsArg,
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: FormatOpt = DiagnosticsFormat.AUTO,  # type: ignore[attr-defined]
    fail_level: FailOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    stdin_format: StdinOpt = StdinFormat.TEXT,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=0, rich_help_panel="Files",
                                      help="Worker processes for many files (0: one per CPU).")] = 0,
) -> None:
    """Check slides and handouts for citation and claim problems.

    Finds uncited claims, citations that match no work or misspell an author or year, statistics credited to the wrong study, overstated wording, and reference lists that disagree with the text, and suggests the citation to paste.
    """
    with exits_2_on_error():
        from peerclaims import rules
        from peerclaims.check import check_paths

        cfg = read_config(config)
        base = cfg.rule_settings(select, ignore)
        corpus = _corpus(claims, references, cfg)
        result = check_paths(
            paths, corpus, base,
            include=[*(include or []), *cfg.include], exclude=[*(exclude or []), *cfg.exclude],
            stdin_format=stdin_format.value, settings_for=cfg.settings_by_path(select, ignore),
            progress=_progress, jobs=jobs or None,
        )
    ran = [r for r in rules.all_rules() if r.scope == "document" and base.severity_of(r)]
    if result.files == 0:
        err(f"peerclaims: {NO_DOCUMENTS}")
        raise typer.Exit(2)
    finish(list(result.diagnostics), as_format(fmt), fail_level or cfg.fail_level, files=result.files, ran=ran)


@app.command()
def cites(
    paths: PathsArg,
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: Annotated[CitesFormat, format_option(  # type: ignore[valid-type]
        Result.CITES, "text (one line per cited work) or json.")] = CitesFormat.AUTO,  # type: ignore[attr-defined]
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    stdin_format: StdinOpt = StdinFormat.TEXT,
) -> None:
    """List every citation found in documents and how it resolves against the corpus.

    Status: exact, variant (with what differs), ambiguous (with candidates) or unresolved.
    """
    with exits_2_on_error():
        from peerclaims.match.listing import list_citations

        cfg = read_config(config)
        corpus = _corpus(claims, references, cfg)
        listing = list_citations(paths, corpus, include=[*(include or []), *cfg.include],
                                 exclude=[*(exclude or []), *cfg.exclude],
                                 stdin_format=stdin_format.value)
    if listing.files == 0:
        err(f"peerclaims: {NO_DOCUMENTS}")
        raise typer.Exit(2)
    render(Result.CITES, as_format(fmt), listing, sys.stdout)
    for problem in listing.unreadable:
        err(f"peerclaims: {problem}")
    err(f"{_count(len(listing.rows), 'citation')} in {_count(listing.files, 'file')}")
    raise typer.Exit(2 if listing.unreadable else 0)
