"""Files in and out: reading text strictly (UTF-8 only, a BOM accepted, clear reasons on
failure) and the one atomic writer every command and cache uses."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peerclaims.errors import InputError

MAX_BYTES = 50 * 1024 * 1024


def read_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> str:
    """Return the file's text, or raise `InputError` saying why it cannot be read."""
    p = Path(path)
    try:
        check_regular(p)
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # never trust st_size alone
        if len(data) > max_bytes:
            raise InputError(f"{p}: more than the {max_bytes // 1_000_000} MB limit")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return decode_text(data, str(p))


def check_regular(p: Path) -> None:
    """Refuse directories and special files (a FIFO or /dev/zero would block or never end)."""
    if p.is_dir():
        raise InputError(f"{p}: is a directory, expected a file")
    if not p.exists():
        raise FileNotFoundError(p)
    if not p.is_file():
        raise InputError(f"{p}: not a regular file (a device, pipe or socket)")


def decode_text(data: bytes, name: str) -> str:
    """Decode UTF-8 (dropping a BOM); refuse binary, UTF-16 and other encodings by name."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_bomless_utf16(data[:8192]):
        raise InputError(f"{name}: looks like UTF-16; save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"{name}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8", line=line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_bomless_utf16(head: bytes) -> bool:
    """Mostly-ASCII UTF-16 without a BOM: NUL in nearly every even (BE) or odd (LE) byte only."""
    if len(head) < 4 or b"\x00" not in head:
        return False
    even, odd = head[0::2], head[1::2]
    for zeros, other in ((even, odd), (odd, even)):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) == 0:
            return True
    return False


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`; when the block succeeds it replaces `path` in one step.

    Readers see the old file or the new one, never half of either. On any failure the
    temporary file is removed and `path` is untouched. A symlink is followed, so the file
    it points to is replaced, not the link. Raises OSError.
    """
    target = path.resolve() if path.is_symlink() else path
    directory = target.parent if str(target.parent) else Path(".")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write `data` (text as UTF-8) to `path` so no reader ever sees a partial file.

    A regular file (or a new path) is replaced atomically, keeping its permissions; a
    device, FIFO or other special file (`/dev/stdout`, `/dev/null`) is written in place,
    never renamed over. Raises InputError saying why the file cannot be written.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if _is_special(path):
            with path.open("wb") as handle:
                handle.write(raw)
            return
        with atomic_path(path) as tmp, tmp.open("wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _is_special(path: Path) -> bool:
    """Whether `path` exists and is neither a regular file nor a directory."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
