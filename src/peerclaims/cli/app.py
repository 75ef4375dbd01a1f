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
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer

from peerclaims.cli.output import STDOUT, Output, emit, to_stdout, write_output
from peerclaims.cli.style import App, Group
from peerclaims.diagnostics import FailLevel
from peerclaims.errors import PeerclaimsError
from peerclaims.render import ACCEPTS, Format, Result

if TYPE_CHECKING:
    from peerclaims.config import Config
    from peerclaims.corpus.load import Corpus
    from peerclaims.diagnostics import Diagnostic
    from peerclaims.rules import Rule

EXIT_CODES = """Exit codes: 0 no findings at or above the fail level; 1 findings; 2 usage,
configuration, unreadable input or unwritable output; 141 the reader of stdout went away."""

app = App(
    name="peerclaims",
    cls=Group,
    help="Check citations and benefit claims about peer support against a curated corpus.\n\n"
    + EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        from peerclaims import __version__

        print(f"peerclaims {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            "-V",
            callback=_print_version,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    # no docstring: the app's help above is the one `peerclaims --help` shows
    pass


CORPUS = "Corpus"
OUTPUT = "Output"
RULES = "Rules"

ClaimsOpt = Annotated[
    Path | None,
    typer.Option(
        "--claims",
        metavar="FILE",
        help="claims.yaml to use instead of the bundled one.",
        rich_help_panel=CORPUS,
        show_default=False,
    ),
]
ReferencesOpt = Annotated[
    Path | None,
    typer.Option(
        "--references",
        metavar="FILE",
        help="references.bib to use instead of the bundled one.",
        rich_help_panel=CORPUS,
        show_default=False,
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        metavar="FILE",
        help="Configuration file (default: nearest "
        "peerclaims.toml or pyproject.toml with \\[tool.peerclaims]).",
        show_default=False,
    ),
]


def format_choices(result: Result) -> type[StrEnum]:
    """The --format choices of a command: the formats its result accepts, from the registry."""
    members = {fmt.name: fmt.value for fmt in ACCEPTS[result]}
    return StrEnum(f"{result.value.title()}Format", members)  # type: ignore[return-value]


def format_option(result: Result, help: str) -> Any:
    """A --format/-f option over the formats `result` accepts (auto by default); the help
    ends with the choices, as the label shows only FORMAT."""
    choices = ", ".join(fmt.value for fmt in ACCEPTS[result])
    return typer.Option(
        "--format",
        "-f",
        metavar="FORMAT",
        rich_help_panel=OUTPUT,
        help=f"{help} \\[choices: {choices}]",
        case_sensitive=False,
    )


def as_format(choice: StrEnum) -> Format:
    """A command's --format choice as the registry's Format."""
    return Format(choice.value)


DiagnosticsFormat = format_choices(Result.DIAGNOSTICS)
FormatOpt = Annotated[
    DiagnosticsFormat,  # type: ignore[valid-type]
    format_option(
        Result.DIAGNOSTICS,
        "auto: github on GitHub Actions, text on a terminal, "
        "plain otherwise (and in --output-file).",
    ),
]
FailOpt = Annotated[
    FailLevel | None,
    typer.Option(
        "--fail-level",
        metavar="LEVEL",
        help="Lowest severity that makes the exit "
        "code 1: error, warning, info or none \\[default: error, or the config's].",
        rich_help_panel=OUTPUT,
        show_default=False,
        case_sensitive=False,
    ),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--select",
        metavar="RULES",
        help="Run only these rules (ids or names; repeat or comma-separate).",
        rich_help_panel=RULES,
        show_default=False,
    ),
]
ExtendSelectOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--extend-select",
        metavar="RULES",
        help="Run these rules too, besides the selected or default ones (ids or names; "
        "repeat or comma-separate).",
        rich_help_panel=RULES,
        show_default=False,
    ),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--ignore",
        metavar="RULES",
        help="Skip these rules (ids or names; repeat or comma-separate).",
        rich_help_panel=RULES,
        show_default=False,
    ),
]


def output_file_option(*aliases: str) -> Any:
    """--output-file/-o (and `aliases`): where the result goes instead of stdout."""
    return typer.Option(
        "--output-file",
        *aliases,
        "-o",
        metavar="FILE",
        help="Write the output to FILE (replaced atomically) instead of stdout; '-' is stdout.",
        rich_help_panel=OUTPUT,
        show_default=False,
    )


OutputFileOpt = Annotated[Path | None, output_file_option()]
QuietOpt = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="Print the findings only: no summary line.", rich_help_panel=OUTPUT
    ),
]
StatisticsOpt = Annotated[
    bool,
    typer.Option(
        "--statistics",
        help="Print how many findings each rule has (count, id, "
        "name) instead of the findings; json with -f json.",
        rich_help_panel=OUTPUT,
    ),
]


def err(message: str) -> None:
    """Print one message to stderr (as is: no markup, no highlighting, no wrapping)."""
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
        err(
            f"peerclaims: the corpus has {errors} validation error(s); results use what "
            "loaded (run 'peerclaims validate' for details)"
        )


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


def finish(
    diagnostics: list[Diagnostic],
    fmt: Format,
    fail_level: FailLevel,
    *,
    files: int,
    ran: list[Rule],
    output: Output = STDOUT,
    failed: bool = False,
) -> NoReturn:
    """Render diagnostics (or their --statistics) to stdout or the --output-file, the
    summary to stderr (unless --quiet), and exit with the right code (2 when `failed`: an
    input was missing, already said on stderr)."""
    # a rule outside this command's family (unreadable-input) still needs its description
    from peerclaims import rules as registry
    from peerclaims.diagnostics import exit_code, summarize
    from peerclaims.render import DiagnosticsRun
    from peerclaims.render.diagnostics import statistics
    from peerclaims.render.diagnostics.plain import summary_line

    ids = {r.id for r in ran}
    ran = [*ran, *(registry.get(d.rule) for d in diagnostics if d.rule not in ids)]
    ran = list({r.id: r for r in ran}.values())
    with exits_2_on_error():
        if output.statistics:
            text = statistics.render(diagnostics, files, as_json=fmt is Format.JSON)
            if to_stdout(output.file):
                sys.stdout.write(text)
            else:
                write_output(text, cast(Path, output.file))
        else:
            emit(Result.DIAGNOSTICS, fmt, DiagnosticsRun(diagnostics, files, ran), output.file)
    unreadable = [d for d in diagnostics if d.name == "unreadable-input"]
    # on a terminal the finding above already says it; elsewhere stderr is where people look
    shown = to_stdout(output.file) and not output.statistics and sys.stdout.isatty()
    for d in [] if shown else unreadable:
        where = f"{d.path}:{d.line}" if d.line > 0 else d.path
        err(
            f"peerclaims: {d.message}"
            if d.message.startswith(d.path)
            else f"peerclaims: {where}: {d.message}"
        )
    if not output.quiet:
        err(summary_line(summarize(diagnostics), files))
    if unreadable or failed:
        raise typer.Exit(2)
    raise typer.Exit(exit_code(diagnostics, fail_level))
