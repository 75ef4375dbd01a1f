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
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    """$PEERCLAIMS_CACHE_DIR, else $XDG_CACHE_HOME/peerclaims, else ~/.cache/peerclaims."""
    if os.environ.get("PEERCLAIMS_CACHE_DIR"):
        return Path(os.environ["PEERCLAIMS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "peerclaims"


def content_key(tag: str, files: Sequence[str | Path]) -> str | None:
    """A hex digest of a tag and the bytes of `files`, or None if one cannot be read."""
    from peerclaims import __version__

    digest = hashlib.sha256(f"{tag} {__version__}\n".encode())
    try:
        for path in files:
            digest.update(hashlib.sha256(Path(path).read_bytes()).digest())
    except OSError:
        return None
    return digest.hexdigest()


def write_atomically(path: Path, data: bytes) -> bool:
    """Write bytes so that readers see the old file or the new one, never half; False on failure."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        return False
    return True


def cached(tag: str, files: Sequence[str | Path], build: Callable[[], T]) -> T:
    """`build()`, or its pickled result from an earlier run over the same file contents."""
    key = content_key(tag, files)
    if key is None:
        return build()
    path = cache_dir() / f"{tag}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # our own files, written below
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    value = build()
    write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    return value
