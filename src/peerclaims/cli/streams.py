"""Standard streams a command-line run can trust: closed, full or broken ones end in exit 2."""

from __future__ import annotations

import errno
import io
import os
import select
import sys
from typing import Any, TextIO, cast

from peerclaims.errors import InputError, OutputError


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
        return io.TextIOWrapper(
            io.BufferedReader(guard), encoding=encoding, errors=errors, newline=newline
        )
    if not buffered:  # as PYTHONUNBUFFERED asks; a closed stdout fails at its first write
        return io.TextIOWrapper(
            cast(Any, guard),
            encoding=encoding,
            errors="replace",
            newline=newline,
            write_through=True,
        )
    return io.TextIOWrapper(
        io.BufferedWriter(guard),
        encoding=encoding,
        errors="replace",
        newline=newline,
        line_buffering=stream.line_buffering,
        write_through=stream.write_through,
    )


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
