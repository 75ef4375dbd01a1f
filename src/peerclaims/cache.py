"""A small on-disk cache keyed by the content of input files; nothing read from it runs code.

Whatever is expensive to rebuild from the corpus files (the parsed corpus, the search
index) is stored under a name made from the sha256 of those files' bytes and a version
tag, so an edit to either file, or a new peerclaims, makes a fresh entry. Each input is
read once: the bytes hashed for the key are the bytes parsed, so an edit in between cannot
file one content under another's key.

Entries are JSON (the search index is SQLite), validated when read back; anything that
does not validate is a miss and is rebuilt. A cache directory owned by another user or
writable by others is not used at all, as ssh treats its own files: a file planted there
could fake results. Writes are atomic; only the newest few entries of each kind are kept.
When the cache cannot be used, everything still works, only uncached.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import stat
import sys
import time
import weakref
from collections.abc import Callable, Collection, Mapping, Sequence
from contextlib import closing, suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from peerclaims.fileio import MAX_BYTES

T = TypeVar("T")

KEEP = 8  # entries kept of each kind (corpus, search); older ones are deleted after a write
MAX_ENTRY = 4 * MAX_BYTES  # a bigger entry is not read: ours stay far below this
_STALE_TEMP = 3600  # seconds after which a temporary file is a leftover of a killed write


def _print_notice(message: str) -> None:
    stream = sys.stderr  # None when started with stderr closed: print would use stdout
    with suppress(OSError, ValueError):  # stderr closed or full: not worth a failure
        if stream is not None:
            stream.write(message + "\n")
            stream.flush()


notify: Callable[[str], None] = _print_notice
"""Where the one notice about a refused cache directory goes (stderr); a library may replace it."""

_noticed: set[str] = set()


def cache_dir() -> Path:
    """$PEERCLAIMS_CACHE_DIR, else $XDG_CACHE_HOME/peerclaims, else ~/.cache/peerclaims."""
    if os.environ.get("PEERCLAIMS_CACHE_DIR"):
        return Path(os.environ["PEERCLAIMS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "peerclaims"


def usable_dir(directory: Path | None = None) -> Path | None:
    """The cache directory (default `cache_dir()`), or None when it must not be trusted.

    A directory owned by another user (root excepted) or writable by its group or others
    is refused, with one notice per process. A directory that does not exist yet is fine:
    it is created private on the first write.
    """
    directory = directory or cache_dir()
    problem = _untrusted(directory)
    if problem is None:
        return directory
    if str(directory) not in _noticed:
        _noticed.add(str(directory))
        notify(f"peerclaims: not using the cache at {directory}: {problem}")
    return None


def _untrusted(directory: Path) -> str | None:
    if not hasattr(os, "getuid"):  # no owners or POSIX modes to check (Windows)
        return None
    try:
        st = directory.stat()
    except OSError:  # missing (made on write) or unreachable (reads and writes fail quietly)
        return None
    if not stat.S_ISDIR(st.st_mode):
        return None  # reads and writes fail quietly
    if st.st_uid not in (os.getuid(), 0):
        return "it is owned by another user"
    if st.st_mode & stat.S_IWOTH:
        return "it is writable by others"
    if st.st_mode & stat.S_IWGRP:
        return "it is writable by its group"
    return None


@cache
def code_stamp() -> str:
    """Names, sizes and mtimes of peerclaims' own modules: an edited checkout is new code."""
    package = Path(__file__).parent
    parts = sorted(
        f"{p.relative_to(package)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for p in package.rglob("*.py")
    )
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass(frozen=True)
class Inputs:
    """Input files as read once: their names as given and their bytes."""

    paths: tuple[str, ...]
    data: tuple[bytes, ...]

    def key(self, tag: str, *, names: bool = False) -> str:
        """A hex digest of a tag, the code, and the bytes of the files (and their names)."""
        from peerclaims import __version__

        digest = hashlib.sha256(f"{tag} {__version__} {code_stamp()}\n".encode())
        for data in self.data:
            digest.update(hashlib.sha256(data).digest())
        for name in self.paths if names else ():
            digest.update(hashlib.sha256(os.fsencode(name)).digest())
        return digest.hexdigest()


def read_inputs(files: Sequence[str | Path]) -> Inputs | None:
    """Read each file once; None when one is not a readable regular file within the size limit."""
    data = [read_regular(Path(path), MAX_BYTES) for path in files]
    if any(d is None for d in data):
        return None
    return Inputs(tuple(str(p) for p in files), tuple(d for d in data if d is not None))


def read_regular(path: Path, limit: int) -> bytes | None:
    """The bytes of a regular file of at most `limit` bytes, else None (a FIFO never blocks)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            data = handle.read(limit + 1)
    except OSError:
        return None
    return data if len(data) <= limit else None


_SOURCES: dict[int, tuple[tuple[str, ...], str]] = {}  # id(value) -> (files, digest of their bytes)


def remember_inputs(value: object, inputs: Inputs) -> None:
    """Note which bytes `value` was built from, for as long as it lives (see `changed_since`)."""
    with suppress(TypeError):  # a value that cannot be weakly referenced is not noted
        weakref.finalize(value, _SOURCES.pop, id(value), None)
        _SOURCES[id(value)] = (inputs.paths, inputs.key("source"))


def changed_since(value: object) -> bool:
    """Whether a file `value` was built from (see `remember_inputs`) now holds other bytes.

    A value built from one version of a file must not be stored under the key of the
    next, which an editor's save between two reads would otherwise do. False if unknown.
    """
    noted = _SOURCES.get(id(value))
    if noted is None:
        return False
    now = read_inputs(noted[0])
    return now is None or now.key("source") != noted[1]


def content_key(tag: str, files: Sequence[str | Path]) -> str | None:
    """The key of a tag and `files` as they are now; None when one cannot be read."""
    inputs = read_inputs(files)
    return None if inputs is None else inputs.key(tag)


def entry_path(directory: Path, tag: str, key: str, suffix: str) -> Path:
    """Where the entry of this kind and key lives."""
    return directory / f"{tag}-{key}{suffix}"


def prepare(path: Path) -> bool:
    """Make way for writing the entry `path`: a private directory, and no link or special file
    in its place (a planted symlink would be followed, a FIFO would block); False if unusable."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return False
    if usable_dir(path.parent) is None:  # someone else made it first
        return False
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        return False
    return True


def write_entry(path: Path, data: bytes) -> bool:
    """Write a cache entry atomically; False when it cannot be written."""
    from peerclaims.errors import InputError
    from peerclaims.fileio import write_atomic

    if not prepare(path):
        return False
    try:
        write_atomic(path, data, private=True)  # never write through a planted hard link
    except (OSError, InputError):
        return False
    return True


def touch(path: Path) -> None:
    """Mark an entry as just used, so pruning keeps what is in use (best effort)."""
    with suppress(OSError):
        os.utime(path)


def open_database(
    path: Path,
    create: Callable[[sqlite3.Connection], None],
    info: Mapping[str, str],
    numbers: Collection[str] = (),
) -> sqlite3.Connection | None:
    """A read-only connection to a stored SQLite entry that is exactly what this code writes.

    Its schema must be the one `create` makes in an empty database (so no missing table,
    and no view or trigger of someone else's), its `info(name, value)` table all text,
    with the `info` values and decimal `numbers`, and its pages sound (`quick_check`,
    linear in the file's size). Anything else is None: a miss.
    """
    if not path.is_file():  # sqlite would block on a FIFO
        return None
    try:
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        con.execute("PRAGMA trusted_schema = OFF")
        if (
            frozenset(con.execute(_MASTER)) == _schema(create)
            and _info_holds(con, info, numbers)
            and con.execute("PRAGMA quick_check(1)").fetchone() == ("ok",)
        ):
            touch(path)
            return con
    except sqlite3.Error:  # not a database, or a damaged one
        pass
    con.close()
    return None


_MASTER = "SELECT type, name, tbl_name, sql FROM sqlite_master"


@cache
def _schema(create: Callable[[sqlite3.Connection], None]) -> frozenset[tuple[object, ...]]:
    with closing(sqlite3.connect(":memory:")) as con:
        create(con)
        return frozenset(con.execute(_MASTER))


def _info_holds(con: sqlite3.Connection, info: Mapping[str, str], numbers: Collection[str]) -> bool:
    rows = con.execute("SELECT name, value FROM info").fetchall()
    if not all(isinstance(name, str) and isinstance(value, str) for name, value in rows):
        return False
    found = dict(rows)
    return all(found.get(name) == value for name, value in info.items()) and all(
        re.fullmatch(r"[0-9]{1,12}", found.get(name, "0")) for name in numbers
    )


def prune(directory: Path, tag: str, suffix: str, keep: int = KEEP) -> None:
    """Keep the `keep` most recently used entries of one kind; delete older ones, entries of
    the pickle era, and temporary files left behind by a write that was killed."""
    entry = re.compile(rf"{re.escape(tag)}-[0-9a-f]{{64}}(?:{re.escape(suffix)}|\.pickle)")
    temp = re.compile(rf"\.{re.escape(tag)}-[0-9a-f]{{64}}{re.escape(suffix)}\..*\.tmp")
    try:
        names = os.listdir(directory)
    except OSError:
        return
    entries: list[tuple[float, Path]] = []
    for name in names:
        path = directory / name
        try:
            st = path.lstat()
        except OSError:  # another process pruned it
            continue
        if entry.fullmatch(name) and name.endswith(".pickle"):
            _remove(path)  # never read since the cache stopped running code
        elif entry.fullmatch(name):
            entries.append((st.st_mtime, path))
        elif temp.fullmatch(name) and time.time() - st.st_mtime > _STALE_TEMP:
            _remove(path)
    for _, path in sorted(entries, reverse=True)[keep:]:
        _remove(path)


def _remove(path: Path) -> None:
    with suppress(OSError):  # another process may be pruning too
        path.unlink()


def cached(
    tag: str,
    inputs: Inputs | None,
    build: Callable[[], T],
    encode: Callable[[T], bytes],
    decode: Callable[[bytes], T],
) -> T:
    """`build()`, or what `decode` makes of its stored entry from an earlier run.

    `inputs` are the files as `read_inputs` read them (None: unreadable, so uncached), and
    `build` must parse those very bytes. The key covers their names and bytes. `decode`
    must validate everything it reads and raise on anything unexpected: every failure is a
    miss, rebuilt and replaced. A value that would not decode back equal is not stored.
    """
    directory = usable_dir()
    if inputs is None or directory is None:
        return build()
    path = entry_path(directory, tag, inputs.key(tag, names=True), ".json")
    raw = read_regular(path, MAX_ENTRY)
    if raw is not None:
        try:
            value = decode(raw)
        except Exception:  # planted or damaged bytes: whatever fails is a miss
            pass
        else:
            touch(path)
            return value
    value = build()
    data = encode(value)
    try:
        same = decode(data) == value
    except Exception:  # a value the format cannot hold (NaN, say) is not stored
        same = False
    if same and write_entry(path, data):
        prune(directory, tag, ".json")
    return value
