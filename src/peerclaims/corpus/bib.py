"""bibtexparser v2 glue: parse a .bib file into `Reference`s plus load findings.

The only module that imports bibtexparser. Values are decoded from LaTeX for display and
matching (`M{\\"u}ller` becomes `Müller`); the file itself is never rewritten.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import bibtexparser
from bibtexparser import model as bm
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)

from peerclaims.corpus.model import Person, Position, Reference
from peerclaims.diagnostics import Finding

# bibtexparser logs every failed block at WARNING; we report them as diagnostics instead.
logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)

_LATEX_HINT = re.compile(r"[\\{}~$]")
_NAME_FIELDS = ("author", "editor")
# `%` comments (as biber and LaTeX read them): on a line of their own, or after a field's
# closing `}` or `,`. bibtexparser would glue them to the next field's name or value.
_COMMENT_LINE = re.compile(r"^[ \t]*%[^\n]*", re.MULTILINE)
_TRAILING_COMMENT = re.compile(r"(?<=[,}])[ \t]*%[^\n{}]*$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class BibParse:
    """What parsing one .bib text gives: references in file order and load findings."""

    references: tuple[Reference, ...]
    findings: tuple[Finding, ...]


def parse_bib(text: str, path: str) -> BibParse:
    """Parse BibTeX text; never raises for bad data."""
    if "%" in text:  # blank comments out, keeping every line where it is
        text = _TRAILING_COMMENT.sub("", _COMMENT_LINE.sub("", text))
    library = bibtexparser.parse_string(text)  # type: ignore[attr-defined]  # re-exported, untyped
    lines = text.split("\n")  # as bibtexparser counts lines (not splitlines: \x0c, \x85...)
    references: list[Reference] = []
    findings: list[Finding] = []
    seen: dict[str, Reference] = {}
    for block in library.blocks:
        if isinstance(block, bm.ParsingFailedBlock):
            findings.extend(_failed_block(block, path, seen, references, lines))
        elif isinstance(block, bm.Entry):
            ref, block_findings = _entry(block, path, seen, lines)
            findings.extend(block_findings)
            if ref is not None:
                references.append(ref)
                seen.setdefault(ref.key.lower(), ref)
    return BibParse(tuple(references), tuple(findings))


def _line(block: bm.Block | bm.Field) -> int:
    # bibtexparser's start_line is 0-based; ours are 1-based everywhere.
    start = block.start_line
    return (start or 0) + 1


def _failed_block(
    block: bm.ParsingFailedBlock, path: str, seen: dict[str, Reference], out: list[Reference],
    lines: list[str],
) -> Iterator[Finding]:
    entry = block.ignore_error_block
    if isinstance(block, bm.DuplicateFieldKeyBlock) and isinstance(entry, bm.Entry):
        for key in sorted(block.duplicate_keys):
            line = _duplicate_field_line(entry, key)
            yield Finding(
                "bib-syntax", path, line, 1,
                f"field '{key}' is given twice in entry '{entry.key}'; BibTeX keeps only one",
            )
        ref, more = _entry(entry, path, seen, lines)
        yield from more
        if ref is not None:
            out.append(ref)
            seen.setdefault(ref.key.lower(), ref)
        return
    if isinstance(block, bm.DuplicateBlockKeyBlock):
        # Caught below with the case-insensitive comparison; bibtexparser only sees exact ones.
        if isinstance(entry, bm.Entry):
            _, more = _entry(entry, path, seen, lines)
            yield from more
        return
    yield Finding("bib-syntax", path, _line(block), 1, _failure_message(block))


def _failure_message(block: bm.ParsingFailedBlock) -> str:
    raw = (block.raw or "").lstrip()
    head = raw.split("{", 1)[0].split("(", 1)[0].strip() or "block"
    reason = str(block.error).strip()
    detail = f": {reason}" if reason else ""
    return f"could not parse {head} starting here (unbalanced braces or a missing comma?){detail}"


def _duplicate_field_line(entry: bm.Entry, key: str) -> int:
    lines = [f.start_line for f in entry.fields if f.key.lower() == key.lower()]
    return (sorted(lines)[1] + 1) if len(lines) > 1 else _line(entry)


def _entry(
    entry: bm.Entry, path: str, seen: dict[str, Reference], lines: list[str]
) -> tuple[Reference | None, list[Finding]]:
    line = _line(entry)
    if not entry.key.strip():
        return None, [Finding("bib-syntax", path, line, 1, f"@{entry.entry_type} entry has no key")]
    findings: list[Finding] = []
    earlier = seen.get(entry.key.lower())
    if earlier is not None:
        findings.append(
            Finding(
                "duplicate-bib-key", path, line, 1,
                f"key '{entry.key}' is already used at line {earlier.position.line} "
                f"(as '{earlier.key}'; BibTeX keys are compared case-insensitively)",
            )
        )
        return None, findings
    return _reference(entry, line, lines), findings


def _column(lines: list[str], line: int, name: str) -> int:
    """1-based column of a field name on its line (bibtexparser gives lines only)."""
    if not 0 < line <= len(lines):
        return 1
    found = lines[line - 1].lower().find(name.lower())
    return found + 1 if found >= 0 else 1


def _reference(entry: bm.Entry, line: int, lines: list[str]) -> Reference:
    raw: dict[str, str] = {}
    positions: dict[str, Position] = {}
    for f in entry.fields:
        name = f.key.lower()
        raw.setdefault(name, str(f.value))
        positions.setdefault(name, Position(_line(f), _column(lines, _line(f), name)))
    decoded = {name: decode_latex(value) for name, value in raw.items()}
    return Reference(
        key=entry.key,
        entry_type=entry.entry_type.lower(),
        fields=decoded,
        raw_fields=raw,
        authors=parse_names(raw.get("author", "")),
        editors=parse_names(raw.get("editor", "")),
        position=Position(line, 1),
        field_positions=positions,
    )


@lru_cache(maxsize=4096)
def decode_latex(value: str) -> str:
    """Decode LaTeX accents, escapes and grouping braces to plain Unicode text."""
    if not _LATEX_HINT.search(value):
        return " ".join(value.split())
    from pylatexenc.latex2text import LatexNodes2Text  # imported lazily: slow to import

    try:
        text = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True).latex_to_text(value)
    except Exception:  # pylatexenc raises assorted errors on odd input; fall back to raw text
        text = value.replace("{", "").replace("}", "")
    return " ".join(unicodedata.normalize("NFC", text).split())


# One capitalised last name (hyphens and apostrophes allowed), a comma, then given names or
# initials: what bibtexparser would split the same way, without its general machinery.
_SIMPLE_NAME = re.compile(r"\s*([A-Z][\w'’-]*)\s*,\s*([A-Z][\w.' -]*?)\s*")


def parse_names(raw: str) -> tuple[Person, ...]:
    """Split a BibTeX name list on " and " and each name into its parts (decoded)."""
    if not raw.strip():
        return ()
    people = []
    for name in split_multiple_persons_names(raw):
        simple = _SIMPLE_NAME.fullmatch(name)
        if simple:  # "Last, First" with nothing to decode: the common case, parsed directly
            people.append(Person(last=simple.group(1), first=" ".join(simple.group(2).split()),
                                 raw=name))
            continue
        try:
            parts = parse_single_name_into_parts(name, strict=False)
        except Exception:  # a name bibtexparser cannot split is kept whole as a surname
            people.append(Person(last=decode_latex(name), raw=name))
            continue
        people.append(
            Person(
                last=decode_latex(" ".join(parts.last)),
                first=decode_latex(" ".join(parts.first)),
                von=decode_latex(" ".join(parts.von)),
                jr=decode_latex(" ".join(parts.jr)),
                raw=name,
            )
        )
    return tuple(people)


