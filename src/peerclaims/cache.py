"""A small on-disk cache keyed by the content of input files.

Whatever is expensive to rebuild from the corpus files (the parsed corpus, the search
index) is stored under a name made from the sha256 of those files' bytes and a version
tag, so an edit to either file, or a new peerclaims, makes a fresh entry. Writes are
atomic (a temporary file in the same directory, then `os.replace`); when the cache
directory cannot be written, everything still works, only uncached.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """$PEERCLAIMS_CACHE_DIR, else $XDG_CACHE_HOME/peerclaims, else ~/.cache/peerclaims."""
    if os.environ.get("PEERCLAIMS_CACHE_DIR"):
        return Path(os.environ["PEERCLAIMS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "peerclaims"


@cache
def code_stamp() -> str:
    """Names, sizes and mtimes of peerclaims' own modules: an edited checkout is new code."""
    package = Path(__file__).parent
    parts = sorted(f"{p.relative_to(package)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
                   for p in package.rglob("*.py"))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def content_key(tag: str, files: Sequence[str | Path]) -> str | None:
    """A hex digest of a tag, the code, and the bytes of `files`; None if one cannot be read."""
    from peerclaims import __version__

    digest = hashlib.sha256(f"{tag} {__version__} {code_stamp()}\n".encode())
    try:
        for path in files:
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    except OSError:
        return None
    return digest.hexdigest()


def write_atomically(path: Path, data: bytes) -> bool:
    """Write a cache entry with the one atomic writer; False when the directory is unwritable."""
    from peerclaims.errors import InputError
    from peerclaims.fileio import write_atomic

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, data)
    except (OSError, InputError):
        return False
    return True


def cached(tag: str, files: Sequence[str | Path], build: Callable[[], T],
           valid: Callable[[object], bool] = lambda value: True) -> T:
    """`build()`, or its pickled result from an earlier run over the same file contents.

    An entry that cannot be read, or that `valid` rejects, is rebuilt and replaced.
    """
    key = content_key(tag, files)
    if key is None:
        return build()
    path = cache_dir() / f"{tag}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            value = pickle.load(handle)  # our own files, written below
        if valid(value):
            return value  # type: ignore[no-any-return]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError,
            ValueError, IndexError, KeyError):
        pass
    value = build()
    write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
