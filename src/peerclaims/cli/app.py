"""The Typer app, the options commands share, and the one place errors become exit 2.

Heavy modules (pydantic, PyYAML, bibtexparser, rapidfuzz) are imported inside the
commands, so `peerclaims --help` starts as fast as a bare Typer app.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from peerclaims.diagnostics import FailLevel
from peerclaims.errors import PeerclaimsError
from peerclaims.render import ACCEPTS, Format, Result

if TYPE_CHECKING:
    from peerclaims.config import Config
    from peerclaims.corpus.load import Corpus
    from peerclaims.diagnostics import Diagnostic
    from peerclaims.rules import Rule

EXIT_CODES = """Exit codes: 0 no findings at or above the fail level; 1 findings; 2 usage,
configuration or unreadable input."""

app = typer.Typer(
    name="peerclaims",
    help="Check citations and benefit claims about peer support against a curated corpus.\n\n"
    + EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

CORPUS = "Corpus"
OUTPUT = "Output"
RULES = "Rules"

ClaimsOpt = Annotated[
    Path | None,
    typer.Option("--claims", help="claims.yaml to use instead of the bundled one.",
                 rich_help_panel=CORPUS, show_default=False),
]
ReferencesOpt = Annotated[
    Path | None,
    typer.Option("--references", help="references.bib to use instead of the bundled one.",
                 rich_help_panel=CORPUS, show_default=False),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Configuration file (default: nearest peerclaims.toml or "
                 "pyproject.toml with \\[tool.peerclaims]).", show_default=False),
]
def format_choices(result: Result) -> type[StrEnum]:
    """The --format choices of a command: the formats its result accepts, from the registry."""
    members = {fmt.name: fmt.value for fmt in ACCEPTS[result]}
    return StrEnum(f"{result.value.title()}Format", members)  # type: ignore[return-value]


def format_option(result: Result, help: str) -> Any:
    """A --format/-f option over the formats `result` accepts (auto by default)."""
    return typer.Option("--format", "-f", help=help, rich_help_panel=OUTPUT, case_sensitive=False)


def as_format(choice: StrEnum) -> Format:
    """A command's --format choice as the registry's Format."""
    return Format(choice.value)


DiagnosticsFormat = format_choices(Result.DIAGNOSTICS)
FormatOpt = Annotated[
    DiagnosticsFormat,  # type: ignore[valid-type]
    format_option(Result.DIAGNOSTICS, "auto: github on GitHub Actions, text on a terminal, "
                  "plain otherwise."),
]
FailOpt = Annotated[
    FailLevel | None,
    typer.Option("--fail-level", help="Lowest severity that makes the exit code 1 "
                 "\\[default: error, or the config's].", rich_help_panel=OUTPUT,
                 show_default=False, case_sensitive=False),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option("--select", help="Run only these rules (ids or names; repeat or comma-separate).",
                 rich_help_panel=RULES, show_default=False),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option("--ignore", help="Skip these rules (ids or names; repeat or comma-separate).",
                 rich_help_panel=RULES, show_default=False),
]


def safe_streams() -> None:
    """Never crash on output: characters the terminal's encoding lacks become '?'."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def err(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(message, markup=False)


@contextmanager
def exits_2_on_error() -> Iterator[None]:
    """The one place where a PeerclaimsError becomes a message and exit code 2."""
    try:
        yield
    except PeerclaimsError as exc:
        err(f"peerclaims: {exc}")
        raise typer.Exit(2) from None


def read_config(path: Path | None) -> Config:
    from peerclaims.config import load_config

    return load_config(path)


def say_errors(errors: int) -> None:
    """Tell stderr that the corpus has validation errors (commands still run on it)."""
    if errors:
        err(f"peerclaims: the corpus has {errors} validation error(s); results use what "
            "loaded (run 'peerclaims validate' for details)")


def say_problems(problems: Sequence[Diagnostic]) -> None:
    """Tell stderr, with file and line, what is wrong in the configuration's extra layers."""
    for d in problems:
        err(f"peerclaims: {d.path}:{d.line}: {d.message} [{d.name}]")


def load_for_command(claims: Path | None, references: Path | None, config: Config) -> Corpus:
    """Load the corpus a command runs on (with the configuration's extra layers); say on
    stderr if validate would report errors, and what is wrong in an extra layer."""
    from peerclaims.runner import load_for

    loaded = load_for(config, claims, references)
    say_errors(loaded.errors)
    say_problems(loaded.problems)
    return loaded.corpus


def finish(diagnostics: list[Diagnostic], fmt: Format, fail_level: FailLevel, *,
           files: int, ran: list[Rule]) -> NoReturn:
    """Render diagnostics to stdout, the summary to stderr, and exit with the right code."""
    # a rule outside this command's family (unreadable-input) still needs its description
    from peerclaims import rules as registry
    from peerclaims.diagnostics import exit_code, summarize
    from peerclaims.render import DiagnosticsRun, Result, render
    from peerclaims.render.diagnostics.plain import summary_line

    ids = {r.id for r in ran}
    ran = [*ran, *(registry.get(d.rule) for d in diagnostics if d.rule not in ids)]
    ran = list({r.id: r for r in ran}.values())
    render(Result.DIAGNOSTICS, fmt, DiagnosticsRun(diagnostics, files, ran), sys.stdout)
    unreadable = [d for d in diagnostics if d.name == "unreadable-input"]
    for d in unreadable:
        where = f"{d.path}:{d.line}" if d.line > 0 else d.path
        err(f"peerclaims: {d.message}" if d.message.startswith(d.path) else
            f"peerclaims: {where}: {d.message}")
    err(summary_line(summarize(diagnostics), files))
    if unreadable:
        raise typer.Exit(2)
    raise typer.Exit(exit_code(diagnostics, fail_level))
