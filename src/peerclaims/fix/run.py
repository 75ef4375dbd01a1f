"""Fix the documents of a check run: apply, re-check what changed, repeat until done.

Text and Markdown files are rewritten in place, atomically; a .docx or .pptx gets a fixed
copy beside it (`talk.pptx` -> `talk.fixed.pptx`) and is never touched itself. With
`write=False` (`--diff`) nothing is written: one pass of fixes is made in memory and
shown as a diff.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from peerclaims.diagnostics import Diagnostic, Fix
from peerclaims.documents.discovery import FORMATS_BY_SUFFIX
from peerclaims.fileio import write_atomic
from peerclaims.fix.officefix import Changed, apply_office
from peerclaims.fix.plan import plan
from peerclaims.fix.textfix import apply_text

MAX_PASSES = 4  # a fix that waited for an overlapping one gets its turn in the next pass
Recheck = Callable[[list[Path]], list[Diagnostic]]


@dataclass
class FixRun:
    """What fixing did: the findings left, how many were fixed, and where."""

    diagnostics: list[Diagnostic]
    fixed: int = 0
    written: dict[Path, Path] = field(default_factory=dict)  # document -> file written
    diffs: list[str] = field(default_factory=list)
    unfixable: dict[str, int] = field(default_factory=dict)  # "PDF files" -> findings


def fixed_copy(path: Path) -> Path:
    """Where the fixed copy of an office document goes: `talk.pptx` -> `talk.fixed.pptx`;
    a fixed copy fixed again is rewritten itself, not copied to `talk.fixed.fixed.pptx`."""
    if path.stem.endswith(".fixed"):
        return path
    return path.with_name(f"{path.stem}.fixed{path.suffix}")


def _format(path: Path) -> str | None:
    return None if str(path) == "-" else FORMATS_BY_SUFFIX.get(path.suffix.lower())


def fix_documents(
    files: Sequence[Path],
    diagnostics: Sequence[Diagnostic],
    recheck: Recheck,
    *,
    unsafe: bool = False,
    write: bool = True,
) -> FixRun:
    """Apply the fixes of `diagnostics` to `files`; `recheck` checks files again.

    The findings left are those of files without fixes as they were, and those of fixed
    files as `recheck` finds them after the last pass (for an office document, in its
    fixed copy, under the copy's name).
    """
    by_path = {str(p): p for p in files}
    current: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        current.setdefault(d.path, []).append(d)
    run = FixRun([])
    _note_unfixable(run, files, current)
    target: dict[str, Path] = {}  # document -> where its fixed version is (after pass 1)
    for _ in range(MAX_PASSES if write else 1):
        changed_now: list[Path] = []
        for shown, diags in list(current.items()):
            path = target.get(shown) or by_path.get(shown)
            fmt = _format(path) if path else None
            if path is None or fmt in (None, "pdf"):
                continue
            chosen = plan(diags, unsafe=unsafe)
            if not chosen.edits:
                continue
            source = target.get(shown, by_path[shown])
            dest = source if fmt in ("text", "markdown") else fixed_copy(by_path[shown])
            after, applied, diff = _apply(source, fmt, chosen.edits, dest)
            if not applied:
                continue
            run.fixed += chosen.fixed_by(applied)
            run.diffs.append(diff)
            if write:
                write_atomic(dest, after)
                target[shown] = dest
                run.written[by_path[shown]] = dest
                changed_now.append(dest)
        if not write or not changed_now:
            break
        fresh = recheck(changed_now)
        for shown, dest in target.items():
            if dest in changed_now:
                current[shown] = [d for d in fresh if d.path == str(dest)]
    # a fixed copy that was also among the files checked is reported once
    unique = {_identity(d): d for diags in current.values() for d in diags}
    run.diagnostics = sorted(unique.values())
    return run


def _identity(d: Diagnostic) -> tuple[object, ...]:
    return (d.path, d.line, d.column, d.rule, d.location, d.message)


def _note_unfixable(
    run: FixRun, files: Sequence[Path], current: dict[str, list[Diagnostic]]
) -> None:
    for path in files:
        fmt = _format(path)
        what = "PDF files" if fmt == "pdf" else "standard input" if str(path) == "-" else None
        shown = "<stdin>" if str(path) == "-" else str(path)
        if what and current.get(shown):
            run.unfixable[what] = run.unfixable.get(what, 0) + len(current[shown])


def _apply(
    source: Path, fmt: str, edits: Sequence[Fix], dest: Path
) -> tuple[bytes, list[Fix], str]:
    """The fixed bytes, the edits that applied, and the diff to show for them."""
    if fmt in ("text", "markdown"):
        before = source.read_bytes()
        after, applied = apply_text(before, edits)
        return after, applied, text_diff(str(source), before, after)
    after, applied, changed = apply_office(source, fmt, edits)
    return after, applied, paragraph_diff(str(source), str(dest), changed)


def text_diff(name: str, before: bytes, after: bytes) -> str:
    """A unified diff of a text file's change (as `diff -u` would print it)."""
    old = before.decode("utf-8-sig").splitlines(keepends=True)
    new = after.decode("utf-8-sig").splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, fromfile=name, tofile=name)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def paragraph_diff(name: str, copy: str, changed: Sequence[Changed]) -> str:
    """A diff of the paragraphs a fix changed in an office document, one hunk each."""
    out = [f"--- {name}\n", f"+++ {copy}\n"]
    for c in changed:
        out.append(f"@@ {c.location} @@\n")
        out += [f"-{line}\n" for line in c.before.split("\n")]
        out += [f"+{line}\n" for line in c.after.split("\n")]
    return "".join(out)
