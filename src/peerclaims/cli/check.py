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
    ExtendSelectOpt,
    FailOpt,
    FormatOpt,
    IgnoreOpt,
    OutputFileOpt,
    QuietOpt,
    ReferencesOpt,
    SelectOpt,
    StatisticsOpt,
    app,
    as_format,
    err,
    exits_2_on_error,
    finish,
    format_choices,
    format_option,
    read_config,
)
from peerclaims.cli.output import Output, emit
from peerclaims.render import Result

if TYPE_CHECKING:
    from collections.abc import Iterable

    from peerclaims.config import Config
    from peerclaims.corpus.load import Corpus
    from peerclaims.diagnostics import Diagnostic
    from peerclaims.fix import FixRun

PathsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files, directories or quoted globs ('docs/**/*.md') of .md .txt "
        ".pptx .docx .pdf; '-' reads stdin.",
        show_default=False,
        metavar="PATH",
    ),
]
IncludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        metavar="GLOB",
        help="Only files matching this glob (repeatable).",
        rich_help_panel="Files",
        show_default=False,
    ),
]
ExcludeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--exclude",
        metavar="GLOB",
        help="Skip files matching this glob (repeatable).",
        rich_help_panel="Files",
        show_default=False,
    ),
]
NoGitignoreOpt = Annotated[
    bool,
    typer.Option(
        "--no-respect-gitignore",
        rich_help_panel="Files",
        help="Check files that "
        ".gitignore (or .git/info/exclude) ignores; by default walking skips them.",
    ),
]


FixOpt = Annotated[
    bool,
    typer.Option(
        "--fix",
        rich_help_panel="Fixes",
        help="Apply the fixes findings carry (wrong year, misspelt author, et al., a vague "
        "citation whose work is certain): text and Markdown in place, .docx and .pptx to a "
        "copy beside the original (talk.fixed.pptx); then report what is left.",
    ),
]
DiffOpt = Annotated[
    bool,
    typer.Option(
        "--diff",
        rich_help_panel="Fixes",
        help="Print the fixes as a diff instead of applying them; exit 1 if there is one.",
    ),
]
UnsafeOpt = Annotated[
    bool,
    typer.Option(
        "--unsafe-fixes",
        rich_help_panel="Fixes",
        help="With --fix or --diff, also add the citation a person should confirm: the one "
        "work certain to back an uncited claim.",
    ),
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
    typer.Option(
        "--stdin-format",
        metavar="FORMAT",
        help="Format of standard input: text or markdown.",
        rich_help_panel="Files",
        case_sensitive=False,
    ),
]


ArchiveEntriesOpt = Annotated[
    int | None,
    typer.Option(
        "--max-archive-entries",
        min=1,
        metavar="N",
        rich_help_panel="Files",
        show_default=False,
        help="Entries a .pptx or .docx may hold besides 10 per slide (default "
        "10,000; or max-archive-entries in the configuration). Raise it for a big "
        "deck or document that is refused.",
    ),
]


def _archive_entries(option: int | None, cfg: Config) -> int | None:
    """The --max-archive-entries limit: the option's, else the configuration's (None: default)."""
    if option is not None or cfg.max_archive_entries is None:
        return option
    if cfg.max_archive_entries < 1:
        from peerclaims.errors import ConfigError

        raise ConfigError(
            f"invalid config: {cfg.source}: 'max-archive-entries': expected a "
            "whole number of at least 1"
        )
    return cfg.max_archive_entries


CitesFormat = format_choices(Result.CITES)


def _corpus(claims: Path | None, references: Path | None, cfg: Config) -> Corpus:
    from peerclaims.cli.app import load_for_command

    return load_for_command(claims, references, cfg)


def _documents(
    paths: list[str], include: list[str], exclude: list[str], respect_gitignore: bool
) -> tuple[list[Path], bool]:
    """The documents the arguments name, in order, and whether any argument was missing.

    A path that does not exist, or a glob that matches no document, is said once on stderr
    (not also as a finding) and makes the exit code 2; with nothing to check, exit 2 now.
    """
    from peerclaims.documents import iter_document_paths
    from peerclaims.documents.discovery import is_glob
    from peerclaims.documents.gitignore import GitIgnore

    found: dict[Path, None] = {}
    missing = False
    for arg in paths:
        exists = arg == "-" or Path(arg).exists()
        matches = iter_document_paths(
            [arg], include, exclude, ignore=GitIgnore if respect_gitignore else None
        )
        listed = list(matches) if exists or is_glob(arg) else []
        if not exists and not listed:
            missing = True
            err(
                f"peerclaims: {arg}: " + ("no document matches" if is_glob(arg) else "no such file")
            )
        found.update(dict.fromkeys(listed))
    if not found:
        if not missing:
            err(f"peerclaims: {NO_DOCUMENTS}")
        raise typer.Exit(2)
    return list(found), missing


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
    extend_select: ExtendSelectOpt = None,
    ignore: IgnoreOpt = None,
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    stdin_format: StdinOpt = StdinFormat.TEXT,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            "-j",
            min=0,
            rich_help_panel="Files",
            metavar="N",
            help="Worker processes for many files (0: one per CPU).",
        ),
    ] = 0,
    no_respect_gitignore: NoGitignoreOpt = False,
    output_file: OutputFileOpt = None,
    quiet: QuietOpt = False,
    statistics: StatisticsOpt = False,
    max_archive_entries: ArchiveEntriesOpt = None,
    fix: FixOpt = False,
    diff: DiffOpt = False,
    unsafe_fixes: UnsafeOpt = False,
) -> None:
    """Check slides and handouts for citation and claim problems.

    Finds uncited claims, citations that match no work or misspell an author or year, statistics credited to the wrong study, overstated wording, and reference lists that disagree with the text, and suggests the citation to paste.
    """
    with exits_2_on_error():
        from peerclaims import rules
        from peerclaims.check import check_paths

        cfg = read_config(config)
        base = cfg.rule_settings(select, ignore, extend=extend_select)
        files, missing = _documents(
            paths,
            [*(include or []), *cfg.include],
            [*(exclude or []), *cfg.exclude],
            not no_respect_gitignore,
        )
        corpus = _corpus(claims, references, cfg)
        result = check_paths(
            files,
            corpus,
            base,
            stdin_format=stdin_format.value,
            settings_for=cfg.settings_by_path(select, ignore, extend_select),
            progress=_progress,
            jobs=jobs or None,
            max_archive_entries=_archive_entries(max_archive_entries, cfg),
        )
        diagnostics = list(result.diagnostics)
        if fix or diff:
            from peerclaims.fix import fix_documents

            def recheck(changed: list[Path]) -> list[Diagnostic]:
                again = check_paths(
                    changed,
                    corpus,
                    base,
                    settings_for=cfg.settings_by_path(select, ignore, extend_select),
                    jobs=1,
                    max_archive_entries=_archive_entries(max_archive_entries, cfg),
                )
                return list(again.diagnostics)

            fixing = fix_documents(files, diagnostics, recheck, unsafe=unsafe_fixes, write=not diff)
            _say_fixed(fixing, len(diagnostics), diff=diff, quiet=quiet)
            if diff:
                raise typer.Exit(2 if missing else 1 if fixing.diffs else 0)
            diagnostics = fixing.diagnostics
    ran = [r for r in rules.all_rules() if r.runs_on("document") and base.severity_of(r)]
    finish(
        diagnostics,
        as_format(fmt),
        fail_level or cfg.fail_level,
        files=result.files,
        ran=ran,
        output=Output(output_file, quiet, statistics),
        failed=missing,
    )


def _say_fixed(fixing: FixRun, found: int, *, diff: bool, quiet: bool) -> None:
    """The diffs (--diff) on stdout; on stderr, what was fixed and what could not be."""
    for what, n in fixing.unfixable.items():
        err(f"peerclaims: cannot fix {what}; {_count(n, 'finding')} reported")
    if diff:
        sys.stdout.write("".join(fixing.diffs))
        if not quiet:
            err(f"Would fix {_count(fixing.fixed, 'finding')}" if fixing.fixed else "No fixes")
        return
    for source, written in fixing.written.items():
        if written != source and not quiet:
            err(f"peerclaims: wrote {written} (fixed copy of {source})")
    if not quiet:
        left = len(fixing.diagnostics)
        hidden = sum(1 for d in fixing.diagnostics if d.fix and not d.fix.safe)
        more = f"; {hidden} more with --unsafe-fixes" if hidden else ""
        # a fixed citation is read again: a vague source made explicit can show what it hid
        new = left - (found - fixing.fixed)
        shown = (
            f"{left} remaining, {new} found in the fixed text" if new > 0 else f"{left} remaining"
        )
        err(f"Found {_count(found, 'finding')} ({fixing.fixed} fixed, {shown}{more})")


@app.command()
def cites(
    paths: PathsArg,
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: Annotated[
        CitesFormat,  # type: ignore[valid-type]
        format_option(Result.CITES, "text (one line per cited work) or json."),
    ] = CitesFormat.AUTO,  # type: ignore[attr-defined]
    include: IncludeOpt = None,
    exclude: ExcludeOpt = None,
    stdin_format: StdinOpt = StdinFormat.TEXT,
    no_respect_gitignore: NoGitignoreOpt = False,
    output_file: OutputFileOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """List every citation found in documents and how it resolves against the corpus.

    Status: exact, variant (with what differs), ambiguous (with candidates) or unresolved.
    """
    with exits_2_on_error():
        from peerclaims.match.listing import list_citations

        cfg = read_config(config)
        files, missing = _documents(
            paths,
            [*(include or []), *cfg.include],
            [*(exclude or []), *cfg.exclude],
            not no_respect_gitignore,
        )
        corpus = _corpus(claims, references, cfg)
        listing = list_citations(files, corpus, stdin_format=stdin_format.value)
        emit(Result.CITES, as_format(fmt), listing, output_file)
    for problem in listing.unreadable:
        err(f"peerclaims: {problem}")
    if not quiet:
        err(f"{_count(len(listing.rows), 'citation')} in {_count(listing.files, 'file')}")
    raise typer.Exit(2 if listing.unreadable or missing else 0)
