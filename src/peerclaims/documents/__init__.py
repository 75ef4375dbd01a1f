"""Reading slide decks, handouts and papers into located blocks of text.

`read_document` picks a reader by file suffix (or `stdin_format` for "-") and returns a
`Document`: a tuple of `TextBlock`s, each knowing where it came from (line and column for
text and Markdown; slide, paragraph or page for office files and PDFs), plus the
suppressions declared in the file with `peerclaims: ignore[rule, ...]` directives.

Heavy libraries (python-pptx, python-docx, pypdf, markdown-it-py) are imported by the
readers only when a file of that kind is read. Anything unreadable raises `InputError`.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from peerclaims.errors import InputError

__all__ = [
    "FORMATS_BY_SUFFIX",
    "Document",
    "TextBlock",
    "iter_document_paths",
    "read_document",
]

FORMATS_BY_SUFFIX: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".text": "text",
    ".pptx": "pptx",
    ".docx": "docx",
    ".pdf": "pdf",
}
STDIN_FORMATS = ("text", "markdown")
_MB = 1024 * 1024
_SKIPPED_DIRS = frozenset({"node_modules", "__pycache__"})
_DIRECTIVE = re.compile(r"peerclaims:\s*(ignore-file|ignore)(?![\w-])(?:\s*\[([^\]\n]*)\])?")

Suppressions = dict[int | None, frozenset[str]]


@dataclass(frozen=True, slots=True)
class TextBlock:
    """One paragraph, heading, list item, table cell, notes paragraph or page of text."""

    text: str
    kind: str
    line: int = 0
    column: int = 0
    unit: str | None = None
    index: int | None = None
    shape: str | None = None
    group: int = 0

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `text[offset]` (clamped); (0, 0) for non-text formats."""
        if self.line == 0:
            return (0, 0)
        offset = max(0, min(offset, len(self.text)))
        newlines = self.text.count("\n", 0, offset)
        if newlines == 0:
            return (self.line, self.column + offset)
        return (self.line + newlines, offset - self.text.rindex("\n", 0, offset))

    def location(self, path: str, offset: int = 0) -> str:
        """Human-readable place: "talk.md:12:5", "deck.pptx: slide 3 (TextBox 2)", ..."""
        if self.unit is None:
            line, column = self.position(offset)
            return f"{path}:{line}:{column}"
        shape = f" ({self.shape})" if self.shape else ""
        return f"{path}: {self.unit} {self.index}{shape}"


@dataclass(frozen=True, slots=True)
class Document:
    """A read document: its blocks in reading order and its suppression directives.

    `suppressions` maps a line (text, Markdown), slide (pptx), paragraph (docx) or page
    (pdf) number to the silenced rule names; key None applies to the whole file and the
    name "*" silences every rule.
    """

    path: str
    format: str
    blocks: tuple[TextBlock, ...]
    suppressions: Suppressions = field(default_factory=dict)

    @property
    def display_path(self) -> str:
        """The path as shown to users ("<stdin>" for "-")."""
        return "<stdin>" if self.path == "-" else self.path

    def is_suppressed(self, rule_names: Iterable[str], line_or_index: int | None) -> bool:
        """Whether any of `rule_names` is silenced file-wide or at `line_or_index`."""
        names = {*rule_names, "*"}
        keys = (None,) if line_or_index is None else (None, line_or_index)
        return any(names & self.suppressions.get(key, frozenset()) for key in keys)


def parse_directives(text: str) -> list[tuple[bool, frozenset[str]]]:
    """The `peerclaims: ignore[...]` directives in `text` as (file_wide, rule names).

    A directive without a bracketed list silences every rule ("*").
    """
    found = []
    for match in _DIRECTIVE.finditer(text):
        listed = match.group(2)
        rules = {"*"} if listed is None else {r.strip() for r in listed.split(",")} - {""}
        found.append((match.group(1) == "ignore-file", frozenset(rules)))
    return found


def add_suppression(acc: dict[int | None, set[str]], key: int | None, rules: Iterable[str]) -> None:
    """Add `rules` to the suppressions accumulated for `key`."""
    acc.setdefault(key, set()).update(rules)


def freeze_suppressions(acc: dict[int | None, set[str]]) -> Suppressions:
    """Turn accumulated suppressions into the immutable form stored on a `Document`."""
    return {key: frozenset(rules) for key, rules in acc.items() if rules}


def read_document(
    path: str | Path, *, stdin_format: str = "text", max_bytes: int = 50 * _MB
) -> Document:
    """Read a supported document ("-" reads stdin as `stdin_format`, "text" or "markdown")."""
    label = str(path)
    if label == "-":
        if stdin_format not in STDIN_FORMATS:
            raise InputError(f"<stdin>: unsupported stdin format {stdin_format!r}")
        data = sys.stdin.buffer.read(max_bytes + 1)
        _check_size("<stdin>", len(data), max_bytes)
        return replace(_read_bytes("<stdin>", stdin_format, data), path="-")
    file = Path(path)
    fmt = FORMATS_BY_SUFFIX.get(file.suffix.lower())
    try:
        if file.is_dir():
            raise InputError(f"{label}: is a directory")
        if file.exists() and not file.is_file():
            raise InputError(f"{label}: not a regular file (a device, pipe or socket)")
        _check_size(label, file.stat().st_size, max_bytes)
        if fmt is None:
            supported = ", ".join(FORMATS_BY_SUFFIX)
            raise InputError(f"{label}: unsupported file type (supported: {supported})")
        if fmt in STDIN_FORMATS:
            return _read_bytes(label, fmt, file.read_bytes())
        return _read_file(file, fmt)
    except FileNotFoundError as exc:
        raise InputError(f"{label}: no such file") from exc
    except OSError as exc:
        raise InputError(f"{label}: cannot read ({exc.strerror or exc})") from exc


def _check_size(label: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(f"{label}: {size / _MB:.1f} MB exceeds the {max_bytes / _MB:g} MB limit")


def _read_bytes(label: str, fmt: str, data: bytes) -> Document:
    if fmt == "markdown":
        from peerclaims.documents.markdown import read_markdown

        return read_markdown(label, data)
    from peerclaims.documents.text import read_text

    return read_text(label, data)


def _read_file(path: Path, fmt: str) -> Document:
    if fmt == "pptx":
        from peerclaims.documents.pptx import read_pptx

        return read_pptx(path)
    if fmt == "docx":
        from peerclaims.documents.docx import read_docx

        return read_docx(path)
    from peerclaims.documents.pdf import read_pdf

    return read_pdf(path)


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


def _check_archive(
    path: str | Path,
    max_total: int = 200 * _MB,
    max_ratio: float = 200,
    max_entries: int = 10_000,
    *,
    min_ratio_size: int = _MB,
) -> None:
    """Refuse zip archives that would expand too far (zip bombs) before parsing them.

    The ratio check applies to members of at least `min_ratio_size` uncompressed bytes:
    small members cannot expand dangerously, and some (blank images) compress very well.
    """
    suffix = Path(path).suffix.lower()
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{path}: not a valid {suffix} file ({exc})") from exc
    refuse = f"{path}: refusing to open {suffix} archive"
    if len(members) > max_entries:
        raise InputError(f"{refuse}: {len(members)} entries exceed the limit of {max_entries}")
    total = sum(m.file_size for m in members)
    if total > max_total:
        raise InputError(
            f"{refuse}: {total / _MB:.1f} MB uncompressed exceeds {max_total / _MB:g} MB"
        )
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size >= min_ratio_size and ratio > max_ratio:
            raise InputError(f"{refuse}: {m.filename} expands {ratio:.0f}x (limit {max_ratio:g}x)")


_OFFICE_PARTS = {"pptx": ("ppt/presentation.xml", "a PowerPoint deck"),
                 "docx": ("word/document.xml", "a Word document")}


def office_problem(path: Path, expected: str) -> str | None:
    """Why a file is not the Office document its suffix says, in words; None if it looks right."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return "not a valid ." + expected + " file (not a zip archive)"
    except OSError:
        return None
    part, _ = _OFFICE_PARTS[expected]
    if part in names:
        return None
    for suffix, (other, other_what) in _OFFICE_PARTS.items():
        if other in names:
            return f"not a valid .{expected} file: it is {other_what} (.{suffix}) renamed"
    return f"not a valid .{expected} file: a zip archive without {part}"


def office_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that python-pptx/python-docx raise on malformed archives and XML."""
    import zlib

    from lxml.etree import LxmlError

    return (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        NotImplementedError,
        RuntimeError,
        LxmlError,
    )
