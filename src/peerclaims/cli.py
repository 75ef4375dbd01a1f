"""The `peerclaims` command line: parse options, call the library, render, exit.

Heavy modules (pydantic, PyYAML, bibtexparser, rapidfuzz) are imported inside the
commands, so `peerclaims --help` starts as fast as a bare Typer app.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from peerclaims.diagnostics import FailLevel
from peerclaims.errors import PeerclaimsError
from peerclaims.render import OutputFormat

if TYPE_CHECKING:
    from peerclaims.config import Config

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
                 "pyproject.toml with [tool.peerclaims]).", show_default=False),
]
FormatOpt = Annotated[
    OutputFormat,
    typer.Option("--format", "-f", help="auto: github on GitHub Actions, text on a terminal, "
                 "plain otherwise.", rich_help_panel=OUTPUT, case_sensitive=False),
]
FailOpt = Annotated[
    FailLevel | None,
    typer.Option("--fail-level", help="Lowest severity that makes the exit code 1 "
                 "[default: error, or the config's].", rich_help_panel=OUTPUT,
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


def _err(message: str) -> None:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(message, markup=False)


@contextmanager
def _exits_2_on_error() -> Iterator[None]:
    """The one place where a PeerclaimsError becomes a message and exit code 2."""
    try:
        yield
    except PeerclaimsError as exc:
        _err(f"peerclaims: {exc}")
        raise typer.Exit(2) from None


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _config(path: Path | None) -> Config:
    from peerclaims.config import load_config

    return load_config(path)


@app.command()
def validate(
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: FormatOpt = OutputFormat.AUTO,
    fail_level: FailOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
) -> None:
    """Check the corpus (claims.yaml and references.bib) against every corpus rule.

    Runs on the bundled corpus unless --claims/--references or the configuration name
    another. Results go to stdout, the summary to stderr.
    """
    with _exits_2_on_error():
        from peerclaims import rules
        from peerclaims.engine import load_corpus
        from peerclaims.engine import validate as run_validate

        cfg = _config(config)
        settings = rules.settings_for(
            _split(select) if select is not None else cfg.select,
            [*(_split(ignore) or []), *cfg.ignore],
            cfg.severities(),
        )
        corpus = load_corpus(claims or cfg.claims, references or cfg.references).corpus
        diagnostics = run_validate(corpus, settings)
    ran = [r for r in rules.all_rules() if r.scope == "corpus" and settings.severity_of(r)]
    _finish(diagnostics, fmt, fail_level or cfg.fail_level, files=2, ran=ran)


def _finish(diagnostics: list, fmt: OutputFormat, fail_level: FailLevel, *, files: int,
            ran: list) -> None:  # type: ignore[type-arg]
    from peerclaims.diagnostics import exit_code, summarize
    from peerclaims.render import emit
    from peerclaims.render.plain import summary_line

    emit(diagnostics, fmt, sys.stdout, files=files, ran=ran)
    _err(summary_line(summarize(diagnostics), files))
    if any(d.name == "unreadable-input" for d in diagnostics):
        raise typer.Exit(2)
    raise typer.Exit(exit_code(diagnostics, fail_level))


@app.command("rules")
def list_rules(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """List every rule: id, name, default severity, scope and summary."""
    from peerclaims.rules import all_rules

    rows = all_rules()
    if fmt == "json":
        import json

        payload = {"version": 1, "rules": [
            {"id": r.id, "name": r.name, "severity": r.severity.value, "scope": r.scope,
             "summary": r.summary} for r in rows]}
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
        return
    if fmt != "text":
        raise typer.BadParameter("choose text or json", param_hint="--format")
    for r in rows:
        sys.stdout.write(f"{r.id}  {r.name:<36} {r.severity.value:<8} {r.scope:<9} {r.summary}\n")


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
