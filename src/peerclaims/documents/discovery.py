"""Which files are documents: the supported suffixes, and walking directories for them."""

from __future__ import annotations

import fnmatch
import glob
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

Ignored = Callable[[Path, bool], bool]
"""Whether to skip a path met while walking, given (path, is_dir): `gitignore.GitIgnore`."""

FORMATS_BY_SUFFIX: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".pptx": "pptx",
    ".docx": "docx",
    ".pdf": "pdf",
}
_SKIPPED_DIRS = frozenset({"node_modules", "__pycache__"})


def iter_document_paths(
    paths: Sequence[str | Path],
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    *,
    ignore: Callable[[Path], Ignored] | None = None,
) -> Iterator[Path]:
    """Files to check: named files as given, directories walked for supported suffixes.

    Walking is recursive and sorted; hidden entries, `node_modules` and Office lock files
    (`~$*`) are skipped, and so is what `ignore(directory)` says to skip under a directory
    given (`GitIgnore` for .gitignore). An argument that does not exist but is a glob
    (`'**/*.md'`, quoted so the shell left it alone) is expanded like a walk. `include` /
    `exclude` globs match the path relative to the argument or the file name, and apply
    only to files found by walking.
    """
    seen: set[Path] = set()
    for arg in paths:
        root = Path(arg)
        if root.is_dir():
            found = _walk(root, include, exclude, ignore(root) if ignore else None)
        elif not root.exists() and is_glob(str(arg)):
            found = _expand(str(arg), include, exclude, ignore)
        else:
            found = iter([root])
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path


def is_glob(arg: str) -> bool:
    """Whether a path argument is a glob pattern (`*`, `?` or `[`)."""
    return _MAGIC.search(arg) is not None


_MAGIC = re.compile(r"[*?[]")


def _expand(
    pattern: str,
    include: Sequence[str],
    exclude: Sequence[str],
    ignore: Callable[[Path], Ignored] | None,
) -> Iterator[Path]:
    """The documents a glob names (`**` spans folders), skipped entries as in a walk."""
    base = Path(_MAGIC.split(pattern, 1)[0] or ".")
    base = base if base.is_dir() else base.parent
    ignored = ignore(base) if ignore else None
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        if any(
            (_skipped(part) and part not in (".", "..")) or part in _SKIPPED_DIRS
            for part in path.parts[:-1]
        ):
            continue
        if path.is_dir():
            yield from _walk(path, include, exclude, ignored)
        elif _wanted(path, Path(os.path.relpath(path, base)).as_posix(), include, exclude, ignored):
            yield path


def _walk(
    root: Path, include: Sequence[str], exclude: Sequence[str], ignored: Ignored | None = None
) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not _skipped(d)
            and d not in _SKIPPED_DIRS
            and not (ignored and ignored(Path(dirpath, d), True))
        )
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if _wanted(path, path.relative_to(root).as_posix(), include, exclude, ignored):
                yield path


def _wanted(
    path: Path, rel: str, include: Sequence[str], exclude: Sequence[str], ignored: Ignored | None
) -> bool:
    """Whether a file met while walking is a document to check."""
    name = path.name
    if _skipped(name) or path.suffix.lower() not in FORMATS_BY_SUFFIX:
        return False
    if ignored and ignored(path, False):
        return False
    return not (include and not _matches(rel, name, include)) and not _matches(rel, name, exclude)


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$"))


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)
