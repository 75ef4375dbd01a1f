"""The `peerclaims` command line: parse options, call the library, render, exit.

Each module registers its commands on the one Typer app; heavy modules (pydantic, PyYAML,
bibtexparser, rapidfuzz) are imported inside the commands, so `peerclaims --help` starts as
fast as a bare Typer app.
"""

import sys  # noqa: I001  (the commands register, and are listed, in this order)

from peerclaims.cli import explore  # noqa: F401
from peerclaims.cli import report  # noqa: F401
from peerclaims.cli import check, validate  # noqa: F401  (register their commands)
from peerclaims.cli.app import app, err
from peerclaims.cli.streams import PipeClosed, quiet_stdout, safe_streams
from peerclaims.errors import PeerclaimsError

BROKEN_PIPE = 141  # 128 + SIGPIPE, the status a shell shows for a command SIGPIPE ended


def main() -> None:
    """Console-script entry point: the app, behind the stream guards of `safe_streams`.

    Whatever happens to the standard streams there is no traceback: a closed or full
    stdout, or a closed stdin, is one message and exit 2; a reader that stops early
    (`peerclaims report | head -1`) ends the run quietly with BROKEN_PIPE.
    """
    safe_streams()
    try:
        try:
            app(prog_name="peerclaims")  # also as `python -m peerclaims`: one completion name
        finally:
            sys.stdout.flush()  # what is still buffered fails here, inside the guard
    except PipeClosed:
        quiet_stdout()
        sys.exit(BROKEN_PIPE)
    except PeerclaimsError as exc:  # raised outside a command's own guard (stdout, mostly)
        err(f"peerclaims: {exc}")
        sys.exit(2)


__all__ = ["app", "main"]
