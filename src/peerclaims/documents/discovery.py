"""Which files are documents: the supported suffixes, and walking directories for them."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

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
    paths: Sequence[str | Path], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[Path]:
    """Files to check: named files as given, directories walked for supported suffixes.

    Walking is recursive and sorted; hidden entries, `node_modules` and Office lock files
    (`~$*`) are skipped. `include`/`exclude` globs match the path relative to the
    argument or the file name, and apply only to files found by walking.
    """
    seen: set[Path] = set()
    for arg in paths:
        root = Path(arg)
        found = _walk(root, include, exclude) if root.is_dir() else iter([root])
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path


def _walk(root: Path, include: Sequence[str], exclude: Sequence[str]) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not _skipped(d) and d not in _SKIPPED_DIRS)
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if _skipped(name) or path.suffix.lower() not in FORMATS_BY_SUFFIX:
                continue
            rel = path.relative_to(root).as_posix()
            if include and not _matches(rel, name, include):
                continue
            if not _matches(rel, name, exclude):
                yield path


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$"))


def _matches(rel: str, name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p) for p in patterns)
