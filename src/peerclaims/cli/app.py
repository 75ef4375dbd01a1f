"""The Typer app, the options commands share, and the one place errors become exit 2.

Heavy modules (pydantic, PyYAML, bibtexparser, rapidfuzz) are imported inside the
commands, so `peerclaims --help` starts as fast as a bare Typer app.
"""

from __future__ import annotations

import errno
import io
import os
import select
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, TextIO, cast

import typer

from peerclaims.cli.output import STDOUT, Output, emit, to_stdout, write_output
from peerclaims.cli.style import App, Group
from peerclaims.diagnostics import FailLevel
from peerclaims.errors import InputError, OutputError, PeerclaimsError
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
    version: Annotated[bool, typer.Option(
        "--version", "-V", callback=_print_version, is_eager=True,
        help="Print the version and exit.")] = False,
) -> None:
    # no docstring: the app's help above is the one `peerclaims --help` shows
    pass


CORPUS = "Corpus"
OUTPUT = "Output"
RULES = "Rules"

ClaimsOpt = Annotated[
    Path | None,
    typer.Option("--claims", metavar="FILE", help="claims.yaml to use instead of the bundled one.",
                 rich_help_panel=CORPUS, show_default=False),
]
ReferencesOpt = Annotated[
    Path | None,
    typer.Option("--references", metavar="FILE",
                 help="references.bib to use instead of the bundled one.",
                 rich_help_panel=CORPUS, show_default=False),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", metavar="FILE", help="Configuration file (default: nearest "
                 "peerclaims.toml or pyproject.toml with \\[tool.peerclaims]).",
                 show_default=False),
]


def format_choices(result: Result) -> type[StrEnum]:
    """The --format choices of a command: the formats its result accepts, from the registry."""
    members = {fmt.name: fmt.value for fmt in ACCEPTS[result]}
    return StrEnum(f"{result.value.title()}Format", members)  # type: ignore[return-value]


def format_option(result: Result, help: str) -> Any:
    """A --format/-f option over the formats `result` accepts (auto by default); the help
    ends with the choices, as the label shows only FORMAT."""
    choices = ", ".join(fmt.value for fmt in ACCEPTS[result])
    return typer.Option("--format", "-f", metavar="FORMAT", rich_help_panel=OUTPUT,
                        help=f"{help} \\[choices: {choices}]", case_sensitive=False)


def as_format(choice: StrEnum) -> Format:
    """A command's --format choice as the registry's Format."""
    return Format(choice.value)


DiagnosticsFormat = format_choices(Result.DIAGNOSTICS)
FormatOpt = Annotated[
    DiagnosticsFormat,  # type: ignore[valid-type]
    format_option(Result.DIAGNOSTICS, "auto: github on GitHub Actions, text on a terminal, "
                  "plain otherwise (and in --output-file)."),
]
FailOpt = Annotated[
    FailLevel | None,
    typer.Option("--fail-level", metavar="LEVEL", help="Lowest severity that makes the exit "
                 "code 1: error, warning, info or none \\[default: error, or the config's].",
                 rich_help_panel=OUTPUT, show_default=False, case_sensitive=False),
]
SelectOpt = Annotated[
    list[str] | None,
    typer.Option("--select", metavar="RULES",
                 help="Run only these rules (ids or names; repeat or comma-separate).",
                 rich_help_panel=RULES, show_default=False),
]
IgnoreOpt = Annotated[
    list[str] | None,
    typer.Option("--ignore", metavar="RULES",
                 help="Skip these rules (ids or names; repeat or comma-separate).",
                 rich_help_panel=RULES, show_default=False),
]


def output_file_option(*aliases: str) -> Any:
    """--output-file/-o (and `aliases`): where the result goes instead of stdout."""
    return typer.Option("--output-file", *aliases, "-o", metavar="FILE", help="Write the "
                        "output to FILE (replaced atomically) instead of stdout; '-' is stdout.",
                        rich_help_panel=OUTPUT, show_default=False)


OutputFileOpt = Annotated[Path | None, output_file_option()]
QuietOpt = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Print the findings only: no summary line.",
                 rich_help_panel=OUTPUT),
]
StatisticsOpt = Annotated[
    bool,
    typer.Option("--statistics", help="Print how many findings each rule has (count, id, "
                 "name) instead of the findings; json with -f json.", rich_help_panel=OUTPUT),
]


def safe_streams() -> None:
    """Make the standard streams safe for one command-line run (`main` calls it first).

    - stdout and stderr replace characters their encoding lacks with '?'.
    - A descriptor 0, 1 or 2 that was closed is held open on os.devnull, so no file the run
      opens takes its number; reading the closed stdin raises InputError ("standard input
      is closed"), writing the closed stdout OutputError.
    - A failing write to stdout raises OutputError ("No space left on device"), or
      PipeClosed when its reader went away; after that, stdout drops what it is given, so
      the interpreter's last flush has nothing to complain about.
    - Writing to stderr never fails: when it cannot be written, messages are lost but the
      exit code stands (`check missing.md 2>/dev/full` still exits 2).
    """
    for fd, name in enumerate(("stdin", "stdout", "stderr")):
        stream = getattr(sys, name)
        if stream is None:
            _hold_closed_descriptor(fd)
            setattr(sys, name, _guarded(None, _Guard(None, name), buffered=False))
            continue
        buffer = getattr(stream, "buffer", None)
        raw = getattr(buffer, "raw", buffer)  # PYTHONUNBUFFERED: the buffer is the raw file
        if not isinstance(raw, io.RawIOBase):  # not a real file (embedding, a test's capture)
            if name != "stdin" and hasattr(stream, "reconfigure"):
                stream.reconfigure(errors="replace")
            continue
        setattr(sys, name, _guarded(stream, _Guard(raw, name), buffered=raw is not buffer))


class PipeClosed(Exception):
    """The reader of standard output went away (`peerclaims report | head -1`)."""


class _Guard(io.RawIOBase):
    """The raw layer under a standard stream: the real one (None when it was closed), with
    its failures turned into the exceptions `safe_streams` describes."""

    def __init__(self, raw: io.RawIOBase | None, name: str) -> None:
        super().__init__()
        self._raw, self._name, self._failed = raw, name, False

    def readable(self) -> bool:
        return self._name == "stdin"

    def writable(self) -> bool:
        return self._name != "stdin"

    def isatty(self) -> bool:
        return self._raw is not None and self._raw.isatty()

    def fileno(self) -> int:
        if self._raw is None:
            raise io.UnsupportedOperation(f"{self._name} is closed")
        return self._raw.fileno()

    def readinto(self, buffer: Any) -> int | None:
        if self._raw is None:
            raise InputError("<stdin>: standard input is closed")
        try:
            return self._raw.readinto(buffer)
        except OSError as exc:
            raise InputError(f"<stdin>: cannot read ({exc.strerror or exc})") from None

    def write(self, data: Any) -> int | None:
        if self._failed:
            return len(data)
        try:
            if self._raw is None:
                raise OSError(errno.EBADF, "it is closed")
            return self._write_all(memoryview(data).cast("B"))
        except OSError as exc:
            self._failed = True
            if self._name == "stderr":
                return len(data)
            if isinstance(exc, BrokenPipeError):
                raise PipeClosed from None
            raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None

    def _write_all(self, data: memoryview) -> int:
        """Write everything: a pipe whose reader left takes part of a write, then fails the
        rest (unbuffered, a short write would otherwise lose the rest without a word)."""
        assert self._raw is not None
        done = 0
        while done < len(data):
            written = self._raw.write(data[done:])
            if written is None:  # a non-blocking descriptor that is full: wait for room
                select.select([], [self._raw], [])
                continue
            done += written
        return done


def _guarded(stream: Any, guard: _Guard, *, buffered: bool) -> TextIO:
    """A text stream like `stream` (encoding, buffering) over `guard`."""
    newline = None if os.name == "nt" else "\n"  # as Python opens its standard streams
    encoding = stream.encoding if stream is not None else "utf-8"
    if guard.readable():
        errors = stream.errors if stream is not None else "strict"
        return io.TextIOWrapper(io.BufferedReader(guard), encoding=encoding, errors=errors,
                                newline=newline)
    if not buffered:  # as PYTHONUNBUFFERED asks; a closed stdout fails at its first write
        return io.TextIOWrapper(cast(Any, guard), encoding=encoding, errors="replace",
                                newline=newline, write_through=True)
    return io.TextIOWrapper(io.BufferedWriter(guard), encoding=encoding, errors="replace",
                            newline=newline, line_buffering=stream.line_buffering,
                            write_through=stream.write_through)


def _hold_closed_descriptor(fd: int) -> None:
    """Put os.devnull on a closed standard descriptor, so no file opened later gets `fd`."""
    try:
        os.fstat(fd)
        return  # open after all (Python gives no stream for it, as pythonw does)
    except OSError:
        pass
    try:
        held = os.open(os.devnull, os.O_RDWR)
        if held != fd:
            os.dup2(held, fd)
            os.close(held)
    except OSError:
        pass


def quiet_stdout() -> None:
    """After a broken pipe: point descriptor 1 at os.devnull, so nothing more can fail there."""
    try:
        held = os.open(os.devnull, os.O_WRONLY)
        os.dup2(held, sys.stdout.fileno())
        os.close(held)
    except (OSError, ValueError):
        pass


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
           files: int, ran: list[Rule], output: Output = STDOUT, failed: bool = False,
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
        err(f"peerclaims: {d.message}" if d.message.startswith(d.path) else
            f"peerclaims: {where}: {d.message}")
    if not output.quiet:
        err(summary_line(summarize(diagnostics), files))
    if unreadable or failed:
        raise typer.Exit(2)
    raise typer.Exit(exit_code(diagnostics, fail_level))
