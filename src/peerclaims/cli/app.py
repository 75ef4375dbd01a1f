"""The Typer app, the options commands share, and the one place errors become exit 2.

Heavy modules (pydantic, PyYAML, bibtexparser, rapidfuzz) are imported inside the
commands, so `peerclaims --help` starts as fast as a bare Typer app.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from peerclaims.diagnostics import FailLevel
from peerclaims.errors import PeerclaimsError
from peerclaims.render import OutputFormat

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
FormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="auto: github on GitHub Actions, text on a terminal, "
                 "plain otherwise.", rich_help_panel=OUTPUT, case_sensitive=False),
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


def split_names(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def read_config(path: Path | None) -> Config:
    from peerclaims.config import load_config

    return load_config(path)




def corpus_paths(claims: Path | None, references: Path | None, config: Config) -> tuple[Path, Path]:
    """The corpus files a command runs on: options, then configuration, then the bundled ones."""
    from peerclaims.corpus.bundled import bundled_paths

    default_claims, default_refs = bundled_paths()
    return (claims or config.claims or default_claims,
            references or config.references or default_refs)


def load_counting(claims: Path, references: Path) -> tuple[Corpus, int]:
    """The corpus (without YAML positions, which only validate needs) and its error count.

    Cached by the files' content, so a second run over an unchanged corpus skips parsing
    and validation. Raises InputError when a file cannot be read.
    """
    from peerclaims.cache import cached

    corpus, errors = cached("corpus", (claims, references), lambda: _load(claims, references),
                            valid=_is_loaded_corpus)
    unreadable = [f for f in corpus.load_findings if f.rule == "unreadable-input"]
    if unreadable:
        from peerclaims.errors import InputError

        raise InputError(f"{unreadable[0].path}: {unreadable[0].message}")
    return corpus, errors


def _is_loaded_corpus(value: object) -> bool:
    from peerclaims.corpus.load import Corpus

    return (isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], Corpus)
            and isinstance(value[1], int))


def _load(claims: Path, references: Path) -> tuple[Corpus, int]:
    from dataclasses import replace

    from peerclaims.diagnostics import Severity
    from peerclaims.engine import load_corpus, validate

    corpus = load_corpus(claims, references).corpus
    errors = sum(1 for d in validate(corpus) if d.severity is Severity.ERROR)
    return replace(corpus, values={}, keys={}), errors


def say_errors(errors: int) -> None:
    """Tell stderr that the corpus has validation errors (commands still run on it)."""
    if errors:
        err(f"peerclaims: the corpus has {errors} validation error(s); results use what "
            "loaded (run 'peerclaims validate' for details)")


def load_for_command(claims: Path | None, references: Path | None, config: Config) -> Corpus:
    """Load the corpus a command runs on; say on stderr if validate would report errors."""
    corpus, errors = load_counting(*corpus_paths(claims, references, config))
    say_errors(errors)
    return corpus


def finish(diagnostics: list[Diagnostic], fmt: OutputFormat, fail_level: FailLevel, *,
           files: int, ran: list[Rule]) -> NoReturn:
    """Render diagnostics to stdout, the summary to stderr, and exit with the right code."""
    # a rule outside this command's family (unreadable-input) still needs its description
    from peerclaims import rules as registry
    from peerclaims.diagnostics import exit_code, summarize
    from peerclaims.render import emit
    from peerclaims.render.diagnostics.plain import summary_line

    ids = {r.id for r in ran}
    ran = [*ran, *(registry.get(d.rule) for d in diagnostics if d.rule not in ids)]
    ran = list({r.id: r for r in ran}.values())
    emit(diagnostics, fmt, sys.stdout, files=files, ran=ran)
    unreadable = [d for d in diagnostics if d.name == "unreadable-input"]
    for d in unreadable:
        where = f"{d.path}:{d.line}" if d.line > 0 else d.path
        err(f"peerclaims: {d.message}" if d.message.startswith(d.path) else
            f"peerclaims: {where}: {d.message}")
    err(summary_line(summarize(diagnostics), files))
    if unreadable:
        raise typer.Exit(2)
    raise typer.Exit(exit_code(diagnostics, fail_level))
