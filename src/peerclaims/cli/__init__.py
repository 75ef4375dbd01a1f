"""The `peerclaims` command line: parse options, call the library, render, exit.

Each module registers its commands on the one Typer app; heavy modules (pydantic, PyYAML,
bibtexparser, rapidfuzz) are imported inside the commands, so `peerclaims --help` starts as
fast as a bare Typer app.
"""

from peerclaims.cli import validate  # noqa: F401  (registers its commands)
from peerclaims.cli.app import app


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
