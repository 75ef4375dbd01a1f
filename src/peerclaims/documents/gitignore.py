"""Which paths `.gitignore` files exclude, read as git reads them (pathspec's gitignore rules).

`GitIgnore(root)` answers, for a path under `root` and whether it is a directory, if git
would ignore it: the `.gitignore` of every directory from the top of the work tree (the
nearest ancestor holding `.git`) down to the path's own directory, plus
`.git/info/exclude`, each pattern relative to the directory of its file, a deeper file and
a later line overriding (`!pattern` re-includes). Outside a git work tree the `.gitignore`
files from `root` down apply. A `.gitignore` that cannot be read counts as empty. The global
excludes file (`core.excludesFile`) is not read.
"""

from __future__ import annotations

import os
from pathlib import Path

from pathspec import GitIgnoreSpec

from peerclaims.errors import InputError
from peerclaims.fileio import read_text

_MAX_BYTES = 1024 * 1024
_Chain = tuple[tuple[Path, GitIgnoreSpec], ...]


class GitIgnore:
    """The ignore rules for a walk under one directory; call it with (path, is_dir)."""

    def __init__(self, root: Path) -> None:
        self._root = _absolute(root)
        self._top = _work_tree_top(self._root)
        self._chains: dict[Path, _Chain] = {}

    def __call__(self, path: Path, is_dir: bool) -> bool:
        """Whether git would ignore `path` (a directory when `is_dir`)."""
        full = _absolute(path)
        ignored = False
        for base, spec in self._chain(full.parent):
            relative = full.relative_to(base).as_posix() + ("/" if is_dir else "")
            decision = spec.check_file(relative).include
            if decision is not None:
                ignored = decision
        return ignored

    def _chain(self, directory: Path) -> _Chain:
        """The specs that apply to entries of `directory`, outermost first."""
        if directory not in self._chains:
            stop = self._top or self._root
            if (
                directory == stop
                or directory == directory.parent
                or not directory.is_relative_to(stop)
            ):
                outer: _Chain = ()
                if directory == self._top:
                    outer = _spec(directory, directory / ".git" / "info" / "exclude")
            else:
                outer = self._chain(directory.parent)
            self._chains[directory] = outer + _spec(directory, directory / ".gitignore")
        return self._chains[directory]


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _work_tree_top(directory: Path) -> Path | None:
    """The nearest directory at or above `directory` holding `.git` (a folder or, in a
    linked work tree or submodule, a file), or None outside a work tree."""
    for candidate in (directory, *directory.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def _spec(base: Path, file: Path) -> _Chain:
    """The patterns of one ignore file, relative to `base`; none when it is absent."""
    if not file.is_file():
        return ()
    try:
        lines = read_text(file, _MAX_BYTES).splitlines()
    except InputError:
        return ()
    return ((base, GitIgnoreSpec.from_lines(lines)),)
