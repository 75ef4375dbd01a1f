"""Guards run before an Office file is parsed: zip bombs, and renamed or broken .pptx/.docx files."""

from __future__ import annotations

import importlib
import re
import zipfile
from pathlib import Path

from peerclaims.errors import InputError, describe

_MB = 1024 * 1024

MAX_ENTRIES = 10_000
"""Entries an Office archive may hold besides its slides' (`--max-archive-entries`)."""

ENTRIES_PER_SLIDE = 10
"""What a slide may bring: itself and its relationships, its notes and theirs (python-pptx
writes those four), and up to six pictures, charts or embedded objects."""

MAX_COUNTED_SLIDES = 20_000
"""Slides beyond this earn no more entries: far more than any real deck has."""

_SLIDE = re.compile(r"ppt/slides/slide\d+\.xml")


def entry_limit(names: list[str], max_entries: int = MAX_ENTRIES) -> tuple[int, int]:
    """(entries allowed, slides counted) for an archive holding `names`: `max_entries`,
    plus `ENTRIES_PER_SLIDE` for each slide of a deck (up to `MAX_COUNTED_SLIDES`)."""
    slides = min(sum(1 for name in names if _SLIDE.fullmatch(name)), MAX_COUNTED_SLIDES)
    return max_entries + ENTRIES_PER_SLIDE * slides, slides


def check_archive(
    path: str | Path,
    max_total: int = 200 * _MB,
    max_ratio: float = 200,
    max_entries: int = MAX_ENTRIES,
    *,
    min_ratio_size: int = _MB,
) -> None:
    """Refuse zip archives that would expand too far (zip bombs) before parsing them.

    The ratio check applies to members of at least `min_ratio_size` uncompressed bytes:
    small members cannot expand dangerously, and some (blank images) compress very well.
    The number of entries may be `max_entries` plus `ENTRIES_PER_SLIDE` per slide, so a
    deck of thousands of slides with notes and pictures is read; the total size and the
    ratio limits do not grow with it.
    """
    suffix = Path(path).suffix.lower()
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(f"{path}: not a valid {suffix} file ({exc})") from exc
    refuse = f"{path}: refusing to open {suffix} archive"
    limit, slides = entry_limit([m.filename for m in members], max_entries)
    if len(members) > limit:
        allowed = (
            f" ({max_entries:,} + {ENTRIES_PER_SLIDE} for each of {slides:,} slides)"
            if slides
            else ""
        )
        raise InputError(
            f"{refuse}: {len(members):,} entries exceed the limit of {limit:,}"
            f"{allowed}; raise it with --max-archive-entries (or "
            "max-archive-entries in the configuration)"
        )
    total = sum(m.file_size for m in members)
    if total > max_total:
        raise InputError(
            f"{refuse}: {total / _MB:.1f} MB uncompressed exceeds {max_total / _MB:g} MB"
        )
    for m in members:
        ratio = m.file_size / max(m.compress_size, 1)
        if m.file_size >= min_ratio_size and ratio > max_ratio:
            raise InputError(f"{refuse}: {m.filename} expands {ratio:.0f}x (limit {max_ratio:g}x)")


_OFFICE_PARTS = {
    "pptx": ("ppt/presentation.xml", "a PowerPoint deck"),
    "docx": ("word/document.xml", "a Word document"),
}


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
    """Exceptions that python-pptx/python-docx raise on malformed archives and XML (and `also`).

    Whole families, not examples: each library's own base classes (python-docx's
    `PythonDocxError`, `XmlchemyError` and `OpcError`, python-pptx's `PythonPptxError`,
    whose `InvalidXmlError` an element missing a required attribute raises), lxml's,
    zipfile's and zlib's, and the built-in ones their code lets escape on input it does not
    expect (a missing part or relationship is a `LookupError`, an attribute of the wrong
    form a `ValueError`, nesting past the stack a `RecursionError`).
    """
    import zlib

    from lxml.etree import LxmlError

    return (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        LookupError,
        ValueError,
        TypeError,
        AttributeError,
        ArithmeticError,
        NotImplementedError,
        RuntimeError,
        LxmlError,
        *_library_errors(),
        *also,
    )


def _library_errors() -> list[type[BaseException]]:
    """The base exception classes of python-docx and python-pptx (those installed)."""
    found: list[type[BaseException]] = []
    for module, names in (
        ("docx.exceptions", ("PythonDocxError",)),
        ("docx.oxml.exceptions", ("XmlchemyError",)),
        ("docx.opc.exceptions", ("OpcError",)),
        (
            "docx.image.exceptions",
            ("InvalidImageStreamError", "UnexpectedEndOfFileError", "UnrecognizedImageError"),
        ),
        ("pptx.exc", ("PythonPptxError",)),
    ):
        try:
            imported = importlib.import_module(module)
        except ImportError:  # pragma: no cover - both are dependencies
            continue
        found += [getattr(imported, name) for name in names if hasattr(imported, name)]
    return found


_FORMATS = {"docx": "Word document", "pptx": "PowerPoint deck"}
_MISSING_ITEM = re.compile(r"There is no item named '([^']*)' in the archive")
_MISSING_RELATIONSHIP = re.compile(r"no relationship with key '([^']*)'")
_NAMESPACE = re.compile(r"\{[^{}\s]*\}")  # lxml's "{http://…/main}pStyle" → "pStyle"


def office_damage(path: Path, suffix: str, exc: BaseException) -> InputError:
    """The error for an Office file whose content a library could not read, in words.

    "deck.pptx: not a readable PowerPoint deck (.pptx): ppt/slides/slide1.xml is not
    well-formed XML (line 1, column 9: …)", "…: the part word/styles.xml is missing",
    else the library's own words ("required 'w:val' attribute not present") or "damaged".
    """
    what = f"not a readable {_FORMATS.get(suffix, 'Office file')} (.{suffix})"
    return InputError(f"{path}: {what}: {_damage(path, exc)}")


def _damage(path: Path, exc: BaseException) -> str:
    from lxml.etree import XMLSyntaxError

    if isinstance(exc, XMLSyntaxError):
        return malformed_part(path) or "a part is not well-formed XML"
    if isinstance(exc, KeyError) and exc.args and isinstance(exc.args[0], str):
        missing = _MISSING_ITEM.search(exc.args[0])
        if missing:
            return f"the part {missing.group(1)} is missing"
        missing = _MISSING_RELATIONSHIP.search(exc.args[0])
        if missing:
            return f"a part it refers to (relationship {missing.group(1)}) is missing"
    if isinstance(exc, RecursionError):
        return "its XML is nested too deeply"
    words = _NAMESPACE.sub("", describe(exc))
    return "damaged" if words == "damaged" else f"damaged ({words})"


def malformed_part(path: Path) -> str | None:
    """ "name is not well-formed XML (line L, column C: why)" for the first XML part of the
    archive at `path` that does not parse, or None when every part parses.

    Parsed as python-docx and python-pptx do: no entities resolved, no DTD loaded, no
    network; `check_archive` has bounded the sizes already.
    """
    import zlib

    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, remove_blank_text=True
    )
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if not info.filename.lower().endswith((".xml", ".rels")):
                    continue
                try:
                    etree.fromstring(archive.read(info), parser)
                except etree.XMLSyntaxError as exc:
                    line, column = exc.position
                    why = str(exc.msg).split(", line ")[0].strip() or "malformed"
                    where = f"line {line}, column {column}: {why}"
                    return f"{info.filename} is not well-formed XML ({where})"
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError):
        return None  # the archive itself is damaged: the caller says so in general words
    return None
