"""bibtexparser v2 glue: parse a .bib file into `Reference`s plus load findings.

The only module that imports bibtexparser. Values are decoded from LaTeX for display and
matching (`M{\\"u}ller` becomes `Müller`); the file itself is never rewritten.

Positions come from the text itself, not from bibtexparser's line count (which skips every
newline preceded by a backslash): each block's raw text is found in the file, and field
names are found by walking that raw text by the splitter's own rules.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import bibtexparser
from bibtexparser import model as bm
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)

from peerclaims.corpus.latex import decode_latex
from peerclaims.corpus.model import Person, Position, Reference
from peerclaims.diagnostics import Finding

# bibtexparser logs every failed block at WARNING; we report them as diagnostics instead.
logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)

_NAME_FIELDS = ("author", "editor")
# What bibtexparser's splitter stops at: a delimiter not preceded by a backslash, or a block
# start (`@type` before `{` or `(`). `%` is ours: a comment where it is not inside a value.
_BLOCK_START = r"@\w*[ \t]*(?=[{(])"
_SCAN_MARK = re.compile(r'(?<!\\)[{}")%]|' + _BLOCK_START)
_FIELD_MARK = re.compile(r'(?<!\\)[{}",=)]')
_OUTSIDE, _ENTRY, _COMMENT = 0, 1, 2


@dataclass(frozen=True, slots=True)
class BibParse:
    """What parsing one .bib text gives: references in file order and load findings."""

    references: tuple[Reference, ...]
    findings: tuple[Finding, ...]


class _Text:
    """The file's text with a line-start table: offsets to 1-based (line, column) in O(log n)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        self.cursor = 0  # where the next block's raw text is looked for

    def position(self, offset: int) -> Position:
        line = bisect_right(self.starts, offset)
        return Position(line, offset - self.starts[line - 1] + 1)

    def locate(self, block: bm.Block) -> int | None:
        """Offset of a block's raw text, searched forward from the previous block's end.

        A block that failed to parse may overlap the next one: its raw text runs to where
        the splitter gave up, which is the next block's `@type` when an entry is left
        unclosed (`@misc{` then `@misc{b, …` gives the failed block `@misc{\n@misc`).
        So after a failed block the search resumes just past its start, not its end.
        """
        raw = block.raw or ""
        if not raw:
            return None
        found = self.text.find(raw, self.cursor)
        if found < 0:
            return None
        overlaps = isinstance(block, bm.ParsingFailedBlock)
        self.cursor = found + (1 if overlaps else len(raw))
        return found


def parse_bib(text: str, path: str) -> BibParse:
    """Parse BibTeX text; never raises for bad data."""
    text, restore = _hide_backslash_pairs(text)  # same length and lines: offsets stay
    text = blank_comments(text)  # those of the file
    library = bibtexparser.parse_string(text)  # type: ignore[attr-defined]  # re-exported, untyped
    if restore:
        _restore_backslash_pairs(library.blocks, restore)
    where = _Text(text)
    references: list[Reference] = []
    findings: list[Finding] = []
    seen: dict[str, Reference] = {}
    for block in library.blocks:
        if isinstance(block, bm.ImplicitComment):
            continue  # free text between blocks: never holds a block start
        offset = where.locate(block)
        if isinstance(block, bm.ParsingFailedBlock):
            findings.extend(_failed_block(block, offset, path, seen, references, where))
        elif isinstance(block, bm.Entry):
            ref, block_findings = _entry(block, offset, path, seen, where)
            findings.extend(block_findings)
            if ref is not None:
                references.append(ref)
                seen.setdefault(ref.key.lower(), ref)
    return BibParse(tuple(references), tuple(findings))


def blank_comments(text: str) -> str:
    """`%` comments outside values replaced by spaces, keeping every offset and line.

    Outside entries a `%` runs to the end of its line (BibTeX ignores that text anyway;
    blanking it keeps a commented-out `@article{` from being read). Between the fields of
    an entry it does too, as biber reads it. Inside a braced or quoted value a `%` is text
    (`url = {http://example.org/a,%20b}`, or a line of an abstract that starts with `%`),
    and so is all of `@comment{...}`. Blocks are delimited as bibtexparser's splitter does.
    """
    if "%" not in text:
        return text
    pieces: list[str] = []
    kept = 0  # text[kept:] is not yet copied to pieces
    state, closer, depth, quoted = _OUTSIDE, "}", 0, False
    pos = 0
    while (mark := _SCAN_MARK.search(text, pos)) is not None:
        token, at, pos = mark.group(), mark.start(), mark.end()
        if token == "%":
            if state == _OUTSIDE or (state == _ENTRY and depth == 0 and not quoted):
                end = text.find("\n", at)
                end = len(text) if end < 0 else end
                pieces += [text[kept:at], " " * (end - at)]
                kept = pos = end
        elif token[0] == "@":
            # A block start; inside a block only at the start of a line (the splitter aborts
            # the open block there, as a recovery from a missing closing brace).
            if state == _OUTSIDE or _at_line_start(text, at):
                state = _COMMENT if token[1:].lower().startswith("comment") else _ENTRY
                closer = ")" if text[pos] == "(" else "}"
                depth, quoted, pos = 0, False, pos + 1
        elif state == _COMMENT:
            depth, done = _brace(token, depth, closer)
            state = _OUTSIDE if done else state
        elif state == _ENTRY:
            if quoted:  # inside "...", only a closing quote counts ({"} is a literal quote)
                quoted = token != '"' or text[at - 1 : at + 2] == '{"}'
            elif token == '"' and depth == 0:
                quoted = True
            else:
                depth, done = _brace(token, depth, closer)
                state = _OUTSIDE if done else state
    return "".join([*pieces, text[kept:]])


_PRIVATE_USE = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))


def _hide_backslash_pairs(text: str) -> tuple[str, str]:
    """`text` with each LaTeX `\\\\` (a backslash pair, counted from the left) replaced by two
    characters the text does not hold, and those two (or "" when there was none).

    bibtexparser's splitter takes a brace or quote after any backslash as escaped, so after
    the line break `\\\\` a closing brace never closed (`note = {line\\\\}` was lost as
    "could not parse"). In TeX the pair is one command and the brace after it counts, as
    BibTeX counts it; hidden, the splitter counts it too. A lone `\\{` stays escaped.
    """
    if "\\\\" not in text:
        return text, ""
    used = set(text)
    pair = 2 * next(chr(c) for block in _PRIVATE_USE for c in block if chr(c) not in used)
    return text.replace("\\\\", pair), pair


def _restore_backslash_pairs(blocks: list[bm.Block], pair: str) -> None:
    """Put each hidden backslash pair back into the values and keys bibtexparser read."""
    for block in blocks:
        entries = [block, getattr(block, "ignore_error_block", None)]
        for entry in entries:
            if isinstance(entry, bm.Entry):
                entry.key = entry.key.replace(pair, "\\\\")
                for f in entry.fields:
                    if isinstance(f.value, str):
                        f.value = f.value.replace(pair, "\\\\")
            elif isinstance(entry, bm.String) and isinstance(entry.value, str):
                entry.value = entry.value.replace(pair, "\\\\")


def _brace(token: str, depth: int, closer: str) -> tuple[int, bool]:
    """New brace depth after `token`, and whether it closes the block."""
    if token == "{":
        return depth + 1, False
    if token == "}" and depth > 0:
        return depth - 1, False
    return depth, depth == 0 and token == closer


def _at_line_start(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def _field_offsets(raw: str) -> list[tuple[str, int]]:
    """(name, offset in raw) of each field of a parsed entry's raw text, in order.

    Walks the text as bibtexparser's splitter does: the key runs to the first top-level
    comma; each field name to its `=`; each value to the next top-level `,` or the closer.
    """
    opener = re.match(r"@\w*[ \t]*([{(])", raw)
    if opener is None:
        return []
    closer = ")" if opener.group(1) == "(" else "}"
    marks = _FIELD_MARK.finditer(raw, opener.end())
    out: list[tuple[str, int]] = []
    depth, quoted, start = 0, False, None  # start: where the current field's name begins
    for mark in marks:
        token, at = mark.group(), mark.start()
        if token == ")" and closer != ")":
            continue
        if quoted:
            quoted = token != '"' or raw[at - 1 : at + 2] == '{"}'
        elif token == '"' and depth == 0:
            quoted = True
        elif token == "{":
            depth += 1
        elif token == "}" and depth > 0:
            depth -= 1
        elif depth > 0:
            continue
        elif token == ",":
            start = at + 1
        elif token == "=" and start is not None:
            name = raw[start:at]
            out.append((name.strip(), start + len(name) - len(name.lstrip())))
            start = None
        elif token == closer:
            break
    return out


def _failed_block(
    block: bm.ParsingFailedBlock,
    offset: int | None,
    path: str,
    seen: dict[str, Reference],
    out: list[Reference],
    where: _Text,
) -> Iterator[Finding]:
    entry = block.ignore_error_block
    if isinstance(block, bm.DuplicateFieldKeyBlock) and isinstance(entry, bm.Entry):
        fields = _field_offsets(entry.raw or "") if offset is not None else []
        for key in sorted(block.duplicate_keys):
            pos = _second(fields, key, offset, where) or _fallback(entry)
            yield Finding(
                "bib-syntax",
                path,
                pos.line,
                1,
                f"field '{key}' is given twice in entry '{entry.key}'; BibTeX keeps only one",
            )
        ref, more = _entry(entry, offset, path, seen, where)
        yield from more
        if ref is not None:
            out.append(ref)
            seen.setdefault(ref.key.lower(), ref)
        return
    if isinstance(block, bm.DuplicateBlockKeyBlock):
        # Caught below with the case-insensitive comparison; bibtexparser only sees exact ones.
        if isinstance(entry, bm.Entry):
            _, more = _entry(entry, offset, path, seen, where)
            yield from more
        return
    pos = where.position(offset) if offset is not None else _fallback(block)
    yield Finding("bib-syntax", path, pos.line, pos.column, _failure_message(block))


def _fallback(block: bm.Block | bm.Field) -> Position:
    """bibtexparser's own line (0-based there), when the raw text could not be found."""
    return Position((block.start_line or 0) + 1, 1)


def _second(
    fields: list[tuple[str, int]], key: str, offset: int | None, where: _Text
) -> Position | None:
    at = [o for name, o in fields if name.lower() == key.lower()]
    if offset is None or len(at) < 2:
        return None
    return where.position(offset + at[1])


def _failure_message(block: bm.ParsingFailedBlock) -> str:
    raw = (block.raw or "").lstrip()
    head = raw.split("{", 1)[0].split("(", 1)[0].strip() or "block"
    reason = str(block.error).strip()
    detail = f": {reason}" if reason else ""
    return f"could not parse {head} starting here (unbalanced braces or a missing comma?){detail}"


def _entry(
    entry: bm.Entry, offset: int | None, path: str, seen: dict[str, Reference], where: _Text
) -> tuple[Reference | None, list[Finding]]:
    pos = where.position(offset) if offset is not None else _fallback(entry)
    if not entry.key.strip():
        return None, [
            Finding(
                "bib-syntax", path, pos.line, pos.column, f"@{entry.entry_type} entry has no key"
            )
        ]
    earlier = seen.get(entry.key.lower())
    if earlier is not None:
        return None, [
            Finding(
                "duplicate-bib-key",
                path,
                pos.line,
                pos.column,
                f"key '{entry.key}' is already used at line {earlier.position.line} "
                f"(as '{earlier.key}'; BibTeX keys are compared case-insensitively)",
            )
        ]
    return _reference(entry, pos, _field_positions(entry, offset, where)), []


def _field_positions(entry: bm.Entry, offset: int | None, where: _Text) -> dict[str, Position]:
    """Position of each field's name (the first, for a repeated one), from the raw text."""
    positions: dict[str, Position] = {}
    if offset is not None:
        for name, at in _field_offsets(entry.raw or ""):
            positions.setdefault(name.lower(), where.position(offset + at))
    for f in entry.fields:  # not found in the text (never expected): bibtexparser's line
        positions.setdefault(f.key.lower(), _fallback(f))
    return positions


def _reference(entry: bm.Entry, position: Position, positions: dict[str, Position]) -> Reference:
    raw: dict[str, str] = {}
    for f in entry.fields:
        raw.setdefault(f.key.lower(), str(f.value))
    decoded = {name: decode_latex(value) for name, value in raw.items()}
    year = year_of_date(decoded.get("date", "")) if not decoded.get("year") else None
    if year:  # biblatex: `date = {2014-03-01}` gives the year where `year` is absent
        decoded["year"] = year
        positions = {**positions, "year": positions.get("date", position)}
    return Reference(
        key=entry.key,
        entry_type=entry.entry_type.lower(),
        fields=decoded,
        raw_fields=raw,
        authors=parse_names(raw.get("author", "")),
        editors=parse_names(raw.get("editor", "")),
        position=position,
        field_positions=positions,
    )


_DATE_YEAR = re.compile(r"\s*(\d{4})(?![\d])")


def year_of_date(date: str) -> str | None:
    """The (first) year of a biblatex date: `2014-03-01`, `1997/1998`, `2004-02~` give 2014..."""
    match = _DATE_YEAR.match(date)
    return match.group(1) if match else None


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
            people.append(
                Person(last=simple.group(1), first=" ".join(simple.group(2).split()), raw=name)
            )
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
