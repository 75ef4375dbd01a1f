"""The `peerclaims` command line: parse options, call the library, render, exit.

Each module registers its commands on the one Typer app; heavy modules (pydantic, PyYAML,
bibtexparser, rapidfuzz) are imported inside the commands, so `peerclaims --help` starts as
fast as a bare Typer app.
"""

from peerclaims.cli import explore  # noqa: F401, I001
from peerclaims.cli import report  # noqa: F401
from peerclaims.cli import check, validate  # noqa: F401  (register their commands)
from peerclaims.cli.app import app, safe_streams


def main() -> None:
    """Console-script entry point."""
    safe_streams()
    app()


__all__ = ["app", "main"]
