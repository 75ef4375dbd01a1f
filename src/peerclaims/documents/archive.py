"""Guards run before an Office file is parsed: zip bombs, and renamed or broken .pptx/.docx files."""

from __future__ import annotations

import zipfile
from pathlib import Path

from peerclaims.errors import InputError

_MB = 1024 * 1024


def check_archive(
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


def office_errors(*also: type[BaseException]) -> tuple[type[BaseException], ...]:
    """Exceptions that python-pptx/python-docx raise on malformed archives and XML (and `also`)."""
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
        *also,
    )
