"""Files in and out: where `write_atomic` writes in place, what `read_text` refuses, and
messages that speak words, never Python class names.

`report -o` is replaced atomically when it is an ordinary file; a device, a FIFO,
`/dev/stdout`, a file with other hard links and a file in a directory we may not write are
written in place instead (README, Commands). The cases that are about descriptors run the
command line in a subprocess.
"""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

import pytest
from typer.testing import CliRunner

from peerclaims import fileio
from peerclaims.cli import app
from peerclaims.errors import InputError, describe
from tests.helpers import SRC, TESTS
from tests.test_bad_inputs import (
    BIB_CASES,
    CONFIG_CASES,
    DOCUMENTS,
    OPTION_CASES,
    YAML_CASES,
    fixture_bib,
)
from tests.test_bad_inputs import FIXTURE as BAD_INPUT_CORPUS

FIXTURE = TESTS / "fixtures" / "report"
CORPUS = ["--claims", str(FIXTURE / "claims.yaml"), "--references", str(FIXTURE / "references.bib")]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX files and descriptors")


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in an empty directory, outside GitHub Actions."""
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def cli(*args: str | Path) -> tuple[int, str, str]:
    """Invoke the app in-process: exit code, stdout, stderr."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def proc(
    *args: str | Path, cwd: Path, stdout: int | IO[bytes] = subprocess.PIPE, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """Run `python -m peerclaims` in a subprocess with this tree's code."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    env.update(PYTHONPATH=str(SRC), PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "peerclaims", *map(str, args)],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=timeout,
        check=False,
    )


def report_json() -> object:
    """What `report -f json` prints for the fixture corpus."""
    rc, out, _ = cli("report", *CORPUS, "-f", "json")
    assert rc == 0
    return json.loads(out)


# --------------------------------------------------------------------------- special files


@posix_only
@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_report_output_dev_null_stays_a_device(tmp_path: Path) -> None:
    """`report -o /dev/null` writes into the device; as root (CI containers) it used to
    replace the node with a regular file."""
    done = proc("report", *CORPUS, "-o", "/dev/null", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    info = os.stat("/dev/null")
    assert stat.S_ISCHR(info.st_mode)
    assert (os.major(info.st_rdev), os.minor(info.st_rdev)) == (1, 3)


@posix_only
def test_report_output_device_node(tmp_path: Path) -> None:
    """A character device of our own (root only: mknod) is written in place, not renamed over."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("creating a device node needs root")
    done = proc("report", *CORPUS, "-o", node, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert stat.S_ISCHR(node.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]  # no temporary file left


@posix_only
def test_report_output_fifo_reader_gets_the_bytes(tmp_path: Path) -> None:
    """`report -o FIFO` writes into the pipe: its reader receives the whole report."""
    fifo = tmp_path / "map.json"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read() -> None:
        with fifo.open("rb") as pipe:
            received.append(pipe.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    done = proc("report", *CORPUS, "-f", "json", "-o", fifo, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    reader.join(timeout=30)
    assert not reader.is_alive(), "no writer ever opened the FIFO (it was renamed over)"
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0]) == report_json()


@posix_only
@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
@pytest.mark.parametrize("stdout_is", ["pipe", "file"])
def test_report_output_dev_stdout(tmp_path: Path, stdout_is: str) -> None:
    """`report -o /dev/stdout` writes to whatever stdout is: a pipe, or a file the shell opened."""
    if stdout_is == "pipe":
        done = proc("report", *CORPUS, "-f", "json", "-o", "/dev/stdout", cwd=tmp_path)
        written = done.stdout
    else:
        with (tmp_path / "out.json").open("wb") as out:
            done = proc(
                "report", *CORPUS, "-f", "json", "-o", "/dev/stdout", cwd=tmp_path, stdout=out
            )
        written = (tmp_path / "out.json").read_bytes()
    assert done.returncode == 0, done.stderr
    assert json.loads(written) == report_json()
    assert sorted(p.name for p in tmp_path.iterdir()) == (
        [] if stdout_is == "pipe" else ["out.json"]
    )


# --------------------------------------------------------------------------- links and directories


@posix_only
def test_report_output_keeps_hard_links(tmp_path: Path) -> None:
    """`report -o FILE` on a file with a second hard link writes both names (the same inode)."""
    target, other = tmp_path / "map.json", tmp_path / "copy.json"
    target.write_text("old", encoding="utf-8")
    os.link(target, other)
    inode = target.stat().st_ino
    rc, _, err = cli("report", *CORPUS, "-f", "json", "-o", "map.json")
    assert rc == 0, err
    assert target.stat().st_ino == inode and target.stat().st_nlink == 2
    assert json.loads(other.read_text(encoding="utf-8")) == report_json()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.json", "map.json"]


def test_ordinary_file_is_still_replaced(tmp_path: Path) -> None:
    """A file with one link is replaced by a new inode (atomic), keeping its permissions."""
    target = tmp_path / "map.txt"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    inode = target.stat().st_ino
    fileio.write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert target.stat().st_ino != inode
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@posix_only
def test_private_write_never_goes_through_links(tmp_path: Path) -> None:
    """`private=True` (cache entries) replaces the path itself: a hard link or symlink someone
    put there is cut, and what it pointed at is untouched."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    hard, soft = tmp_path / "entry-1", tmp_path / "entry-2"
    os.link(victim, hard)
    soft.symlink_to(victim)
    fileio.write_atomic(hard, "cache", private=True)
    fileio.write_atomic(soft, "cache", private=True)
    assert victim.read_text(encoding="utf-8") == "keep"
    assert victim.stat().st_nlink == 1
    assert not soft.is_symlink()
    assert hard.read_text(encoding="utf-8") == soft.read_text(encoding="utf-8") == "cache"


WRITER = """\
import os, sys
from pathlib import Path
from peerclaims.errors import InputError
from peerclaims.fileio import write_atomic
uid = int(sys.argv[3])
if uid >= 0:  # as root: act as an ordinary user, for whom a directory's mode counts
    os.setegid(uid)
    os.seteuid(uid)
try:
    write_atomic(Path(sys.argv[1]), sys.argv[2])
except InputError as exc:
    print(exc)
    sys.exit(2)
"""


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[tuple[Path, int]]:
    """A directory the writer may not write, and the uid it writes as (-1: ours).

    As root, directory modes mean nothing, so the writer drops to `nobody`; the directory
    then lives outside pytest's private tmp_path, where that user can reach it.
    """
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        yield folder, -1
        folder.chmod(0o755)
        return
    folder = Path(tempfile.mkdtemp(prefix="peerclaims-ro-"))
    folder.chmod(0o755)  # root's, so nobody may enter it but not create anything in it
    try:
        yield folder, 65534
    finally:
        for child in folder.iterdir():
            child.unlink()
        folder.rmdir()


def write_as(uid: int, path: Path, text: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-c", WRITER, str(path), text, str(uid)],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


@posix_only
def test_writable_file_in_read_only_directory(read_only_dir: tuple[Path, int]) -> None:
    """A file we may write in a directory we may not is written in place (no temporary file
    can be made beside it), and a new file there is refused with the reason."""
    folder, uid = read_only_dir
    target = folder / "map.txt"
    target.write_text("old", encoding="utf-8")
    if uid >= 0:
        os.chown(target, uid, uid)
    target.chmod(0o644)
    if uid < 0:
        folder.chmod(0o555)
    done = write_as(uid, target, "new")
    assert done.returncode == 0, done.stdout + done.stderr
    assert target.read_text(encoding="utf-8") == "new"
    refused = write_as(uid, folder / "other.txt", "new")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "cannot write" in refused.stdout and "ermission denied" in refused.stdout
    assert sorted(p.name for p in folder.iterdir()) == ["map.txt"]


# --------------------------------------------------------------------------- read_text


@posix_only
def test_read_text_refuses_a_fifo_without_blocking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A FIFO is refused, also one swapped in after the check (it is opened non-blocking)."""
    fifo = tmp_path / "claims.yaml"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        fileio.read_text(fifo)
    monkeypatch.setattr(fileio, "check_regular", lambda p: None)  # the race: checked, then swapped
    outcome: list[BaseException | str] = []

    def read() -> None:
        try:
            outcome.append(fileio.read_text(fifo))
        except InputError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # blocked in open(): let it go before failing
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("read_text blocked opening a FIFO")
    assert isinstance(outcome[0], InputError) and "not a regular file" in str(outcome[0])


def test_read_text_size_cap_speaks_units(tmp_path: Path) -> None:
    """Past `max_bytes` the message gives the limit in MB or KB, never "0 MB"."""
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * 2_000_001)
    with pytest.raises(InputError, match="more than the 1 KB limit"):
        fileio.read_text(big, max_bytes=1000)
    with pytest.raises(InputError, match="more than the 2 MB limit"):
        fileio.read_text(big, max_bytes=2_000_000)


# --------------------------------------------------------------------------- messages in words

EXCEPTION_NAME = re.compile(
    r"\b[A-Z][A-Za-z0-9]*(?:Error|Exception|Warning|Interrupt)\b"
    r"|\b(?:BadZipFile|StopIteration)\b"
)


def _office(kind: str, drop: str = "", broken: str = "") -> Callable[[], bytes]:
    """A real .pptx or .docx with one part removed (`drop`) or cut short (`broken`)."""

    def build() -> bytes:
        buffer = io.BytesIO()
        if kind == "pptx":
            from pptx import Presentation

            deck = Presentation()
            deck.slides.add_slide(deck.slide_layouts[1]).shapes.title.text = "Peer support"
            deck.save(buffer)
        else:
            import docx

            document = docx.Document()
            document.add_paragraph("Peer support")
            document.save(buffer)
        source, out = zipfile.ZipFile(io.BytesIO(buffer.getvalue())), io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            for name in source.namelist():
                if name != drop:
                    archive.writestr(name, b"<broken" if name == broken else source.read(name))
        return out.getvalue()

    return build


DEEP = "x = " + "[" * 5000 + "]" * 5000 + "\n"
EXTRA_DOCUMENTS = [  # (id, file name, content): damaged in the ways libraries raise on
    ("pptx-missing-slide", "deck.pptx", _office("pptx", drop="ppt/slides/slide1.xml")),
    ("pptx-missing-layout", "deck.pptx", _office("pptx", drop="ppt/slideLayouts/slideLayout2.xml")),
    ("pptx-broken-xml", "deck.pptx", _office("pptx", broken="ppt/slides/slide1.xml")),
    ("docx-missing-styles", "word.docx", _office("docx", drop="word/styles.xml")),
    ("docx-broken-xml", "word.docx", _office("docx", broken="word/document.xml")),
    ("pdf-truncated", "paper.pdf", lambda: b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"),
]


SIZE_CASES = {"long-line", "many-entries"}  # valid input, only big: seconds for nothing to say


def _runs() -> Iterator[pytest.ParameterSet]:
    """Every case of the bad-input suite (tests/test_bad_inputs.py) as (files, arguments),
    plus damaged Office files and configuration nested past the parser's recursion."""
    for case_id, name, content, *_ in DOCUMENTS:
        if case_id in SIZE_CASES:
            continue
        files = {} if content is None else {name: content}
        yield pytest.param(files, ["check", name, "-f", "json"], id=f"document-{case_id}")
    for case_id, name, content in EXTRA_DOCUMENTS:
        yield pytest.param({name: content}, ["check", name], id=f"document-{case_id}")
    for case_id, text, *_ in YAML_CASES:
        yield pytest.param(
            {"claims.yaml": text},
            [
                "validate",
                "-f",
                "plain",
                "--claims",
                "claims.yaml",
                "--references",
                str(BAD_INPUT_CORPUS / "references.bib"),
            ],
            id=f"yaml-{case_id}",
        )
    for case_id, extra, *_ in BIB_CASES:
        if case_id in SIZE_CASES:
            continue
        yield pytest.param(
            {"references.bib": lambda extra=extra: fixture_bib() + extra},
            [
                "validate",
                "-f",
                "plain",
                "--claims",
                str(BAD_INPUT_CORPUS / "claims.yaml"),
                "--references",
                "references.bib",
            ],
            id=f"bib-{case_id}",
        )
    for case_id, args, _ in OPTION_CASES:
        yield pytest.param({}, args, id=f"option-{case_id}")
    for case_id, name, text, *_ in CONFIG_CASES:
        yield pytest.param({name: text}, ["validate", "-f", "plain"], id=f"config-{case_id}")
    for name, text in (("peerclaims.toml", DEEP), ("pyproject.toml", "[tool.peerclaims]\n" + DEEP)):
        yield pytest.param({name: text}, ["validate"], id=f"config-deep-{name}")


@pytest.mark.parametrize(("files", "args"), list(_runs()))
def test_messages_name_no_exception_class(
    tmp_path: Path, files: dict[str, object], args: list[str]
) -> None:
    """No message of the bad-input suite shows a Python exception class ("damaged:
    KeyError", "PdfStreamError: …", "RecursionError"): people read them, not programmers."""
    for name, content in files.items():
        data = content() if callable(content) else content
        path = tmp_path / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(str(data), encoding="utf-8")
    _, out, err = cli(*args)
    assert "Traceback" not in out + err
    names = EXCEPTION_NAME.findall(out + err)
    assert not names, (names, err[-1500:])


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        pytest.param(KeyError("rId7"), "a part it refers to is missing", id="KeyError"),
        pytest.param(
            RecursionError("maximum recursion depth exceeded"),
            "nested too deeply",
            id="RecursionError",
        ),
        pytest.param(
            zipfile.BadZipFile("File is not a zip file"), "not a zip archive", id="BadZipFile"
        ),
        pytest.param(
            OSError(28, "No space left on device"), "no space left on device", id="OSError"
        ),
        pytest.param(
            ValueError("Stream has ended unexpectedly"),
            "stream has ended unexpectedly",
            id="plain-message",
        ),
        pytest.param(ValueError("<Element {urn:x}sld at 0x7f00>"), "damaged", id="repr-message"),
    ],
)
def test_describe(exc: BaseException, words: str) -> None:
    """`describe` gives words for what libraries raise; a repr never gets through."""
    assert describe(exc) == words


def test_error_message_replaces_the_class_name_of_its_cause() -> None:
    """An InputError raised `from` a library error shows words where the class name was."""

    def damaged(error: Exception, message: Callable[[Exception], str]) -> str:
        try:
            try:
                raise error
            except Exception as exc:
                raise InputError(message(exc)) from exc
        except InputError as exc:
            return str(exc)

    assert (
        damaged(KeyError("rId7"), lambda e: f"a.pptx: not valid (damaged: {type(e).__name__})")
        == "a.pptx: not valid (damaged: a part it refers to is missing)"
    )
    assert (
        damaged(ValueError("Stream has ended"), lambda e: f"p.pdf: bad ({type(e).__name__}: {e})")
        == "p.pdf: bad (stream has ended)"
    )
    assert (
        damaged(KeyError("x"), lambda e: "KeyError.md: no such file") == "KeyError.md: no such file"
    )
