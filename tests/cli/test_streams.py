"""Closed, full and broken standard streams: one line and exit 2, never a traceback or exit 1.

Exit 1 means "findings" to CI, so a run whose output could not be written must not end
with it. Every case runs `python -m peerclaims` in a subprocess whose descriptors are set
up the way a shell would (`>&-`, `<&-`, `>/dev/full`, `| head -1`), buffered and with
PYTHONUNBUFFERED=1 (where Python gives stdout no buffer at all).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from peerclaims.errors import InputError, OutputError
from tests.helpers import REPO, SRC, TESTS

TALK = REPO / "examples" / "talk.md"
FIXTURE = TESTS / "fixtures" / "report"
CORPUS = ["--claims", str(FIXTURE / "claims.yaml"), "--references", str(FIXTURE / "references.bib")]
FULL = Path("/dev/full")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX descriptors")


@dataclass
class Run:
    """What one run printed on stderr, and its exit code."""

    rc: int
    err: str

    def one_line(self, *phrases: str) -> str:
        """Assert stderr holds no traceback and exactly one peerclaims message; return it."""
        assert "Traceback" not in self.err and "Exception ignored" not in self.err, self.err
        messages = [line for line in self.err.splitlines() if line.startswith("peerclaims:")]
        assert len(messages) == 1, self.err
        for phrase in phrases:
            assert phrase in messages[0], messages[0]
        return messages[0]


@pytest.fixture(params=["buffered", "unbuffered"])
def buffering(request: pytest.FixtureRequest) -> str:
    """Both ways Python may set up stdout (PYTHONUNBUFFERED is common in CI and containers)."""
    return str(request.param)


def run(
    *args: str | Path,
    cwd: Path,
    close: tuple[int, ...] = (),
    stdin: Any = subprocess.DEVNULL,
    stdout: Any = subprocess.DEVNULL,
    stderr: Any = subprocess.PIPE,
    buffering: str = "buffered",
    timeout: float = 60,
) -> Run:
    """Run the command line with descriptors `close` closed, as `cmd >&-` or `cmd <&-` does."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PYTHONUNBUFFERED")}
    env.update(PYTHONPATH=str(SRC), PYTHONIOENCODING="utf-8")
    if buffering == "unbuffered":
        env["PYTHONUNBUFFERED"] = "1"

    def close_descriptors() -> None:
        for fd in close:
            os.close(fd)

    done = subprocess.run(
        [sys.executable, "-m", "peerclaims", *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=stdin,
        stdout=stdout,
        stderr=stderr,
        timeout=timeout,
        check=False,
        preexec_fn=close_descriptors if close else None,
    )
    return Run(done.returncode, (done.stderr or b"").decode("utf-8", "replace"))


# --------------------------------------------------------------------------- closed


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["check", str(TALK)], id="check"),
        pytest.param(["report", *CORPUS], id="report"),
    ],
)
def test_closed_stdout_exits_2(tmp_path: Path, args: list[str], buffering: str) -> None:
    """`peerclaims check … >&-` and `report >&-`: one message about stdout, exit 2."""
    result = run(*args, cwd=tmp_path, close=(1,), buffering=buffering)
    result.one_line("standard output", "closed")
    assert result.rc == 2


def test_closed_stdout_unused_is_fine(tmp_path: Path) -> None:
    """`report -o FILE >&-` never writes to stdout, so a closed one is no error."""
    result = run("report", *CORPUS, "-f", "json", "-o", "map.json", cwd=tmp_path, close=(1,))
    assert result.rc == 0, result.err
    assert (tmp_path / "map.json").read_text(encoding="utf-8").startswith("{")


def test_closed_stdin_exits_2(tmp_path: Path) -> None:
    """`peerclaims check - <&-`: the unreadable stdin is named, exit 2."""
    result = run("check", "-", cwd=tmp_path, close=(0,), stdin=None)
    result.one_line("<stdin>", "standard input is closed")
    assert result.rc == 2


@pytest.mark.parametrize("fd", [0, 1, 2])
def test_closed_descriptor_is_held(tmp_path: Path, fd: int) -> None:
    """With descriptor 0, 1 or 2 closed, the next file opened does not take its number (where a
    stray write to "stdout" would land in it): `safe_streams` holds it on os.devnull."""
    code = (
        "import os, sys\nfrom peerclaims.cli.streams import safe_streams\nsafe_streams()\n"
        "fd = os.open(os.devnull, os.O_RDONLY)\nsys.exit(0 if fd > 2 else 10 + fd)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        timeout=60,
        capture_output=True,
        check=False,
        preexec_fn=lambda: os.close(fd),
    )
    assert done.returncode == 0, done


# --------------------------------------------------------------------------- full


needs_dev_full = pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full")


FULL_CASES = [  # (id, arguments); each runs buffered, the first three unbuffered too
    ("check-findings", ["check", str(TALK)]),
    ("report-html-big", ["report", "-f", "html"]),
    ("help", ["--help"]),
    ("check-json", ["check", str(TALK), "-f", "json"]),
    ("cites", ["cites", str(TALK)]),
    ("report", ["report", *CORPUS]),
    ("validate", ["validate", *CORPUS, "-f", "json"]),
    ("rules", ["rules"]),
    ("search", ["search", "peer", *CORPUS]),
    ("cite", ["cite", "sledge2011effectiveness", *CORPUS]),
]


@needs_dev_full
@pytest.mark.parametrize(
    ("args", "buffering"),
    [
        *(pytest.param(args, "buffered", id=name) for name, args in FULL_CASES),
        *(
            pytest.param(args, "unbuffered", id=f"{name}-unbuffered")
            for name, args in FULL_CASES[:3]
        ),
    ],
)
def test_full_stdout_exits_2(tmp_path: Path, args: list[str], buffering: str) -> None:
    """Any command `>/dev/full`: "No space left on device" once, exit 2 (never 1 or 0)."""
    with FULL.open("wb") as full:
        result = run(*args, cwd=tmp_path, stdout=full, buffering=buffering)
    result.one_line("cannot write to standard output", "No space left on device")
    assert result.rc == 2


@needs_dev_full
@pytest.mark.parametrize("how", ["full", "closed"])
def test_unwritable_stderr_keeps_exit_code(tmp_path: Path, how: str) -> None:
    """`check missing.md 2>/dev/full` (or `2>&-`) exits 2: messages are lost, not the code."""
    if how == "full":
        with FULL.open("wb") as full:
            result = run("check", "missing.md", cwd=tmp_path, stderr=full)
    else:
        result = run("check", "missing.md", cwd=tmp_path, close=(2,), stderr=None)
    assert result.rc == 2


# --------------------------------------------------------------------------- broken pipe


def _head(args: list[str], cwd: Path, buffering: str) -> tuple[int, bytes, str]:
    """`peerclaims ARGS | head -1`: the first line, then the reader goes away."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "PYTHONUNBUFFERED")}
    env.update(PYTHONPATH=str(SRC), PYTHONIOENCODING="utf-8")
    if buffering == "unbuffered":
        env["PYTHONUNBUFFERED"] = "1"
    child = subprocess.Popen(
        [sys.executable, "-m", "peerclaims", *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    first = child.stdout.readline()
    child.stdout.close()
    err = child.stderr.read().decode("utf-8", "replace")
    return child.wait(timeout=60), first, err


def test_broken_pipe_is_quiet(tmp_path: Path, buffering: str) -> None:
    """`peerclaims report -f html | head -1` (400 KB, more than a pipe holds) ends quietly with
    141, the status of a command SIGPIPE ended (README, Exit codes): no traceback, no
    "Exception ignored", and not 1, which would read as findings."""
    rc, first, err = _head(["report", "-f", "html"], tmp_path, buffering)
    assert first.startswith(b"<!DOCTYPE html>")
    assert err == ""
    assert rc == 141


def test_broken_pipe_after_findings(tmp_path: Path) -> None:
    """A reader leaving `check DIR -f json` (300 KB) early cannot turn findings into exit 0."""
    for n in range(100):
        (tmp_path / f"talk{n}.md").write_bytes(TALK.read_bytes())
    rc, first, err = _head(["check", ".", "-f", "json"], tmp_path, "buffered")
    assert first
    assert "Traceback" not in err and "Exception ignored" not in err, err
    assert rc == 141


# --------------------------------------------------------------------------- the guards


def test_guard_messages_speak_words() -> None:
    """The stream guards' errors are PeerclaimsErrors, so the CLI shows them as one line."""
    from peerclaims.cli.streams import _Guard

    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            raise OSError(28, "No space left on device")

    guard = _Guard(Full(), "stdout")
    with pytest.raises(OutputError, match="cannot write to standard output: No space left"):
        guard.write(b"x")
    assert guard.write(b"more") == 4  # after one failure, output is dropped quietly
    with pytest.raises(InputError, match="standard input is closed"):
        _Guard(None, "stdin").readinto(bytearray(10))
    assert _Guard(Full(), "stderr").write(b"lost") == 4
