"""`read_document`: pick the reader by suffix (or stdin's format) after the size and file checks."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from peerclaims.documents.archive import MAX_ENTRIES
from peerclaims.documents.discovery import FORMATS_BY_SUFFIX
from peerclaims.documents.types import Document
from peerclaims.errors import InputError

STDIN_FORMATS = ("text", "markdown")
_MB = 1024 * 1024


def read_document(
    path: str | Path,
    *,
    stdin_format: str = "text",
    max_bytes: int = 50 * _MB,
    max_archive_entries: int | None = None,
) -> Document:
    """Read a supported document ("-" reads stdin as `stdin_format`, "text" or "markdown").

    `max_archive_entries` raises (or lowers) the entries a .pptx or .docx archive may hold
    besides its slides' (default `archive.MAX_ENTRIES`; see `archive.check_archive`).
    """
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
        return _read_file(file, fmt, max_archive_entries or MAX_ENTRIES)
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


def _read_file(path: Path, fmt: str, max_entries: int) -> Document:
    if fmt == "pptx":
        from peerclaims.documents.pptx import read_pptx

        return read_pptx(path, max_entries=max_entries)
    if fmt == "docx":
        from peerclaims.documents.docx import read_docx

        return read_docx(path, max_entries=max_entries)
    from peerclaims.documents.pdf import read_pdf

    return read_pdf(path)
