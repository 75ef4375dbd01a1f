"""Files in and out: reading text strictly (regular files only, capped, UTF-8 only, a BOM
accepted, clear reasons on failure) and the one writer every command and cache uses (atomic
wherever a rename can be, in place where it cannot: see `write_atomic`)."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peerclaims.errors import InputError

MAX_BYTES = 50 * 1024 * 1024


def read_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> str:
    """Return the file's text, or raise `InputError` saying why it cannot be read."""
    return decode_text(read_bytes(path, max_bytes), str(path))


def read_bytes(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> bytes:
    """Return the file's bytes, or raise `InputError` saying why it cannot be read.

    Only a regular file is read (a FIFO or /dev/zero would block or never end; one swapped
    in after the check is caught too, as it is opened without blocking and checked again),
    and no more than `max_bytes` of it.
    """
    p = Path(path)
    try:
        check_regular(p)
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise InputError(f"{p}: not a regular file (a device, pipe or socket)")
            data = handle.read(max_bytes + 1)  # never trust st_size alone
        if len(data) > max_bytes:
            raise InputError(f"{p}: more than the {_size(max_bytes)} limit")
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from None
    return data


def _size(n: int) -> str:
    """A size limit as people say it: "50 MB", "1 MB", "64 KB"."""
    return f"{n // 1_000_000} MB" if n >= 1_000_000 else f"{max(n // 1000, 1)} KB"


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
        before = data[: exc.start]  # lines as an editor counts them: \n, \r\n and a lone \r
        line = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
        raise InputError(
            f"{name}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8",
            line=line,
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
def atomic_path(path: Path, *, follow_symlinks: bool = True) -> Iterator[Path]:
    """A temporary path beside `path`; when the block succeeds it replaces `path` in one step.

    Readers see the old file or the new one, never half of either. On any failure the
    temporary file is removed and `path` is untouched. A symlink is followed, so the file
    it points to is replaced, not the link (unless `follow_symlinks` is false: then the link
    itself is replaced). Raises OSError.
    """
    target = path.resolve() if follow_symlinks and path.is_symlink() else path
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


def write_atomic(path: Path, data: str | bytes, *, private: bool = False) -> None:
    """Write `data` (text as UTF-8) to `path`, replacing it whole where that is possible.

    A regular file (or a new path) is replaced atomically, keeping its permissions: a
    temporary file beside it, fsync'd, then renamed over it, so no reader ever sees a
    partial file. Some targets are written in place instead (truncated, written, and
    fsync'd when regular), which a reader or a crash can catch half-written:

    - a device, FIFO or other special file (`/dev/null`), and a path naming an open
      descriptor (`/dev/stdout`, `/dev/fd/N`): never renamed over;
    - a file with other hard links (`st_nlink > 1`): replacing it would split the links;
    - a file we may write in a directory we may not (no temporary file can be made there,
      or the rename is refused).

    `private=True` is for files only peerclaims reads (cache entries): always a fresh file
    renamed over `path` itself, never written through a symlink, hard link or special file
    that someone else may have put there. Raises InputError saying why the file cannot be
    written.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if not private and _writes_in_place(path):
            _write_in_place(path, raw)
            return
        try:
            with atomic_path(path, follow_symlinks=not private) as tmp, tmp.open("wb") as handle:
                handle.write(raw)
                handle.flush()
                os.fsync(handle.fileno())
        except PermissionError:
            if private or not path.is_file():
                raise
            _write_in_place(path, raw)  # a writable file in a directory we cannot write
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from None


# /dev/stdout, /dev/fd/3, /proc/self/fd/1: a descriptor already open, written where it points
_DESCRIPTOR = re.compile(r"/dev/(?:stdout|stderr|fd/\d+)|/proc/(?:self|thread-self|\d+)/fd/\d+")


def _writes_in_place(path: Path) -> bool:
    """Whether `path` is written in place rather than replaced (see `write_atomic`)."""
    if os.name == "posix" and _DESCRIPTOR.fullmatch(os.path.abspath(path)):
        return True
    try:
        info = path.stat()
    except OSError:
        return False
    if stat.S_ISREG(info.st_mode):
        return info.st_nlink > 1
    return not stat.S_ISDIR(info.st_mode)


def _write_in_place(path: Path, raw: bytes) -> None:
    """Truncate `path` and write `raw` into it, fsync'd when it is a regular file."""
    with path.open("wb") as handle:
        handle.write(raw)
        handle.flush()
        if stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            os.fsync(handle.fileno())


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
