"""`peerclaims check` and `peerclaims cites`: documents against the corpus."""

from __future__ import annotations

import sys
from enum import StrEnum
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from peerclaims.cli.app import (
    ClaimsOpt,
    ConfigOpt,
    FailOpt,
    FormatOpt,
    IgnoreOpt,
    ReferencesOpt,
    SelectOpt,
    app,
    err,
    exits_2_on_error,
    finish,
    read_config,
    split_names,
)
from peerclaims.render import OutputFormat

if TYPE_CHECKING:
    from collections.abc import Iterable

    from peerclaims.config import Config
    from peerclaims.corpus.load import Corpus
    from peerclaims.rules import RuleSettings

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


class CitesFormat(StrEnum):
    """Formats of `peerclaims cites`."""

    TEXT = "text"
    JSON = "json"


def _corpus(claims: Path | None, references: Path | None, cfg: Config) -> Corpus:
    from peerclaims.cli.app import load_for_command
    from peerclaims.corpus.load import merge_corpora, read_corpus

    corpus = load_for_command(claims, references, cfg)
    # extra-claims and extra-references pair up in order; a missing partner is the bundled file
    pairs = zip_longest(cfg.extra_claims, cfg.extra_references)
    extras = [read_corpus(c, r) for c, r in pairs]
    for extra in extras:
        for finding in extra.load_findings:
            if finding.rule == "unreadable-input":
                from peerclaims.errors import InputError

                raise InputError(f"{finding.path}: {finding.message}")
    return merge_corpora(corpus, extras) if extras else corpus


def _settings(cfg: Config, select: list[str] | None, ignore: list[str] | None) -> RuleSettings:
    from peerclaims import rules

    return rules.settings_for(
        split_names(select) if select is not None else cfg.select,
        [*(split_names(ignore) or []), *cfg.ignore],
        cfg.severities(),
    )


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
    fmt: FormatOpt = OutputFormat.AUTO,
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
        base = _settings(cfg, select, ignore)
        corpus = _corpus(claims, references, cfg)
        result = check_paths(
            paths, corpus, base,
            include=[*(include or []), *cfg.include], exclude=[*(exclude or []), *cfg.exclude],
            stdin_format=stdin_format.value, settings_for=_per_path(cfg, base, select, ignore),
            progress=_progress, jobs=jobs or None,
        )
    ran = [r for r in rules.all_rules() if r.scope == "document" and base.severity_of(r)]
    if result.files == 0:
        err(f"peerclaims: {NO_DOCUMENTS}")
        raise typer.Exit(2)
    finish(list(result.diagnostics), fmt, fail_level or cfg.fail_level, files=result.files, ran=ran)


def _per_path(cfg: Config, base: RuleSettings, select: list[str] | None,
              ignore: list[str] | None):  # type: ignore[no-untyped-def]
    if not cfg.overrides:
        return None
    from peerclaims import rules

    def settings_for(path: str) -> RuleSettings:
        matching = [o for o in cfg.overrides if o.matches(path)]
        if not matching:
            return base
        severities = dict(cfg.severities())
        extra_ignore: list[str] = []
        for override in matching:
            severities.update({k: None if v == "off" else rules.Severity(v)
                               for k, v in override.rules.items()})
            extra_ignore.extend(override.ignore)
        return rules.settings_for(
            split_names(select) if select is not None else cfg.select,
            [*(split_names(ignore) or []), *cfg.ignore, *extra_ignore], severities)

    return settings_for


@app.command()
def cites(
    paths: PathsArg,
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: Annotated[CitesFormat, typer.Option("--format", "-f", case_sensitive=False,
                                             help="text or json.")] = CitesFormat.TEXT,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    stdin_format: StdinOpt = StdinFormat.TEXT,
) -> None:
    """List every citation found in documents and how it resolves against the corpus.

    Status: exact, variant (with what differs), ambiguous (with candidates) or unresolved.
    """
    with exits_2_on_error():
        from peerclaims.match.listing import list_citations
        from peerclaims.render import cites as cites_render

        cfg = read_config(config)
        corpus = _corpus(claims, references, cfg)
        listing = list_citations(paths, corpus, include=[*(include or []), *cfg.include],
                                 exclude=[*(exclude or []), *cfg.exclude],
                                 stdin_format=stdin_format.value)
    if listing.files == 0:
        err(f"peerclaims: {NO_DOCUMENTS}")
        raise typer.Exit(2)
    if fmt is CitesFormat.JSON:
        sys.stdout.write(cites_render.json_doc(listing))
    else:
        sys.stdout.write(cites_render.text(listing))
    for problem in listing.unreadable:
        err(f"peerclaims: {problem}")
    err(f"{_count(len(listing.rows), 'citation')} in {_count(listing.files, 'file')}")
    raise typer.Exit(2 if listing.unreadable else 0)
