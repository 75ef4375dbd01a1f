"""Where a command's result goes: stdout, or the file --output-file names.

A file is written whole or not at all (`peerclaims.fileio.write_atomic`), and unstyled;
`auto` there means what a pipe gets (`plain` for diagnostics). stdout then stays empty.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any, NamedTuple

from peerclaims.errors import InputError
from peerclaims.render import Format, Result


class Output(NamedTuple):
    """Where and how `finish` writes: --output-file, --quiet, --statistics."""

    file: Path | None = None
    quiet: bool = False
    statistics: bool = False


STDOUT = Output()
"""The findings to stdout, with the summary: no output option given."""


def to_stdout(file: Path | None) -> bool:
    """Whether --output-file means stdout: not given, or '-' (as everywhere else)."""
    return file is None or str(file) == "-"


def write_output(text: str, output: Path) -> None:
    """Write a rendered result to the --output-file (atomically, through fileio)."""
    from peerclaims.fileio import write_atomic

    if not str(output).strip() or str(output) == ".":
        raise InputError("--output-file needs a file name (or '-' for stdout)")
    if output.is_dir():
        raise InputError(f"--output-file {output}: is a directory; give a file name")
    write_atomic(output, text)


def emit(result: Result, fmt: Format, value: Any, file: Path | None) -> None:
    """Render `value` to stdout, or unstyled to the --output-file (`auto` as for a pipe)."""
    from peerclaims.render import render, resolve, to_string

    if to_stdout(file):
        render(result, fmt, value, sys.stdout)
        return
    assert file is not None
    concrete = (
        Format.PLAIN
        if fmt is Format.AUTO and result is Result.DIAGNOSTICS
        else resolve(fmt, result, io.StringIO())
    )
    write_output(to_string(result, concrete, value), file)
