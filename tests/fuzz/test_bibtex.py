"""Fuzz `parse_bib`: generated files of entries (braced, quoted, bare and macro values,
LaTeX accents, `%` in values and between entries, backslash-newlines, @string,
@comment, @preamble, crossref), random BibTeX-ish text, and real .bib files mutated.

Properties: parsing never raises; a well-formed file loads every entry, in order, with
no findings and each value as written; every entry and field is reported at a line that
holds it; findings lie inside the file; two parses agree; crossref lending never loops.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from hypothesis import given, note
from hypothesis import strategies as st

from peerclaims.corpus.bib import parse_bib
from peerclaims.corpus.load import inherit_crossref
from peerclaims.corpus.model import Reference
from tests.corpus.test_bib_decode import ACCENTED
from tests.corpus.test_bib_positions import misplaced as misplaced_fields
from tests.corpus.test_load_properties import BIB_FRAGMENTS
from tests.fuzz.conftest import FIXTURES, fuzz, mutations, time_limit

TYPES = [
    "article",
    "book",
    "misc",
    "inproceedings",
    "techreport",
    "online",
    "report",
    "phdthesis",
    "incollection",
    "Article",
    "MISC",
]
FIELDS = [
    "author",
    "editor",
    "title",
    "year",
    "journal",
    "journaltitle",
    "date",
    "pages",
    "doi",
    "url",
    "note",
    "abstract",
    "publisher",
    "volume",
    "booktitle",
    "month",
]
# Pieces of a braced value that keep it balanced (a group is added by `braced`). `%` is
# text inside a value; a backslash-newline is a line break inside it.
VALUE_PIECES = [
    "Peer",
    "support",
    " ",
    " ",
    ",",
    ".",
    "=",
    ":",
    "--",
    "---",
    "``",
    "''",
    "\\'e",
    '{\\"u}',
    "\\c{c}",
    "{\\ss}",
    "{\\o}",
    "\\&",
    "\\%",
    "%",
    "50%",
    "a,%20b",
    "\\$",
    "$x^2$",
    "~",
    "\\\\",
    "\\\n",
    "\n",
    "\n  ",
    "\n% not a comment",
    "@",
    "a@b.org",
    "\\emph{x}",
    "{\\noopsort{1973b}}",
    "{WHO}",
    "é",
    "—",
    "’",
    "\t",
    "#",
    "(",
    ")",
    '"',
    "Müller",
]


def braced(depth: int = 0) -> st.SearchStrategy[str]:
    """A value for `{...}`: pieces and balanced groups, never a line starting with `@`
    (there bibtexparser, and so peerclaims, starts a new block: a recovery, as documented)."""
    piece = st.sampled_from(VALUE_PIECES)
    if depth < 2:
        piece = piece | braced(depth + 1).map(lambda v: "{" + v + "}")
    # A backslash pair may stand before a brace (test_a_backslash_pair_before_a_brace);
    # a lone backslash may not end the value (it would escape the closing brace).
    return (
        st.lists(piece, max_size=8)
        .map("".join)
        .map(lambda v: _strip_odd_backslash(re.sub(r"\n[ \t]*@", "\n a@", v)))
    )


def _strip_odd_backslash(value: str) -> str:
    """`value` without a final backslash that no other one pairs with."""
    trailing = len(value) - len(value.rstrip("\\"))
    return value[:-1] if trailing % 2 else value


# A quoted value may hold braces (balanced) and a quote only inside them.
QUOTED = braced().map(lambda v: v.replace('"', '{"}'))


@dataclass(frozen=True)
class Entry:
    """One generated entry: its text and what it must load as."""

    text: str
    key: str
    entry_type: str
    raw: dict[str, str]


@st.composite
def entries(draw: st.DrawFn, number: int, macros: tuple[str, ...]) -> Entry:
    entry_type = draw(st.sampled_from(TYPES))
    key = draw(st.from_regex(r"[A-Za-z][A-Za-z0-9_:.+/-]{0,12}", fullmatch=True)) + f"n{number}"
    opener, closer = draw(st.sampled_from([("{", "}"), ("(", ")")]))
    names = draw(st.lists(st.sampled_from(FIELDS), unique=True, max_size=6))
    raw: dict[str, str] = {}
    written = []
    for name in names:
        form = draw(st.sampled_from(["braced", "quoted", "number", "macro"]))
        if name == "year":  # an empty year would be read from `date`, at the date's line
            form = "number"
        if form == "macro" and macros:
            macro = draw(st.sampled_from(macros))
            value, raw[name] = macro, f"Value of {macro}"
        elif form == "number":
            value = raw[name] = str(draw(st.integers(0, 10**6)))
        elif form == "quoted":
            raw[name] = draw(QUOTED)
            value = '"' + raw[name] + '"'
        else:
            raw[name] = draw(braced())
            value = "{" + raw[name] + "}"
        space = draw(st.sampled_from([" ", "", "\t"]))
        after = draw(st.sampled_from([" ", "", "\n    "]))
        written.append(f"{name}{space}={after}{value}")
    separator = draw(st.sampled_from([",\n  ", ", ", ",\n% a comment between fields\n  "]))
    trailing = draw(st.sampled_from(["", ",", ",\n"]))
    body = separator.join(written)
    text = f"@{entry_type}{opener}{key},\n  {body}{trailing}\n{closer}"
    if not written:
        text = f"@{entry_type}{opener}{key}{closer}"
    return Entry(text, key, entry_type.lower(), raw)


BETWEEN = [
    "\n",
    "\n\n",
    "\n% a comment with @misc{fake, title={x}}\n",
    "\nfree text, no block\n",
    "\n@comment{anything {nested} @misc{x,} here}\n",
    '\n@preamble{"\\newcommand{\\noopsort}[1]{}"}\n',
    "\n%\n",
    "\n  \t\n",
]


@st.composite
def bib_files(draw: st.DrawFn) -> tuple[str, list[Entry]]:
    """A well-formed .bib text and the entries in it."""
    macros = tuple(f"mac{i}" for i in range(draw(st.integers(0, 3))))
    parts = [f'@string{{{m} = "Value of {m}"}}' for m in macros]
    made = [draw(entries(i, macros)) for i in range(draw(st.integers(0, 6)))]
    for entry in made:
        parts += [draw(st.sampled_from(BETWEEN)), entry.text]
    text = "".join(parts) + draw(st.sampled_from(["", "\n", "\n% trailing comment"]))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text, made


def misplaced(text: str, references: tuple[Reference, ...]) -> list[str]:
    """`misplaced` of tests/corpus, for fields whose name is a word: a mutation can make a
    name of junk across lines (`\\x00\\n  year`), which that line-by-line check cannot hold."""
    named = tuple(
        replace(
            r,
            field_positions={
                k: v for k, v in r.field_positions.items() if re.fullmatch(r"[\w-]+", k)
            },
        )
        for r in references
    )
    return misplaced_fields(text, named)


def parse(text: str) -> tuple[tuple[Reference, ...], tuple[object, ...]]:
    """parse_bib under the time limit; positions inside the text; the same twice.

    Lines are counted at \\n only, as for BibTeX (a file's \\r\\n and \\r are \\n by the
    time parse_bib sees them).
    """
    with time_limit("parse_bib"):
        result = parse_bib(text, "refs.bib")
    lines = text.split("\n")
    for f in result.findings:
        assert f.path == "refs.bib"
        assert 1 <= f.line <= len(lines), (f, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, (f, lines[f.line - 1])
    for ref in result.references:
        for pos in (ref.position, *ref.field_positions.values()):
            assert 1 <= pos.line <= len(lines), (ref.key, pos)
    assert parse_bib(text, "refs.bib") == result
    return result.references, result.findings


@fuzz()
@given(bib_files())
def test_well_formed_files_load_every_entry_as_written(generated: tuple[str, list[Entry]]) -> None:
    """Every generated entry loads, in order, with its type and each value as written, no
    findings, and every entry and field at a line that holds it."""
    text, made = generated
    note(f"text: {text!r}")
    references, findings = parse(text)
    assert findings == ()
    assert [(r.key, r.entry_type) for r in references] == [(e.key, e.entry_type) for e in made]
    for ref, entry in zip(references, made, strict=True):
        crlf = "\r\n" in text
        expected = {k: v.replace("\n", "\r\n") if crlf else v for k, v in entry.raw.items()}
        assert ref.raw_fields == expected
    assert misplaced(text, references) == []


@fuzz()
@given(
    st.lists(ACCENTED | st.sampled_from(VALUE_PIECES), max_size=6).map("".join),
    st.sampled_from(["author", "title", "year", "date", "pages", "editor"]),
)
def test_any_value_text_parses_and_decodes(value: str, field: str) -> None:
    """Unbalanced braces, lone backslashes, accents and math in any field: parse_bib
    returns (LaTeX decoding and name splitting included), positions hold."""
    text = f"@misc{{k,\n  {field} = {{{value}}},\n  note = {{after}}\n}}\n@book{{b, title={{T}}}}\n"
    references, _ = parse(text)
    assert misplaced(text, references) == []


@fuzz()
@given(st.lists(st.sampled_from(BIB_FRAGMENTS) | st.text(max_size=5), max_size=40).map("".join))
def test_bibish_text_parses(text: str) -> None:
    """Random BibTeX syntax soup: never raises, positions hold."""
    references, _ = parse(text)
    assert misplaced(text, references) == []


REAL = [
    (FIXTURES / "bib" / name).read_bytes()
    for name in ("backslash-newlines.bib", "ogcore-citations.bib", "ogcore-references.bib")
]
BIB_BYTES = [
    b"@",
    b"@misc{",
    b"{",
    b"}",
    b"%",
    b"\\",
    b'"',
    b",",
    b"=",
    b"\n",
    b"\r",
    b"#",
    b"@string{",
    b"@comment{",
    b"crossref = {",
    b"\\\n",
    b"\n@",
]


@fuzz()
@given(st.sampled_from(REAL).flatmap(lambda base: mutations(base, BIB_BYTES)))
def test_mutated_real_files_parse(data: bytes) -> None:
    """Real .bib files with bytes flipped, cut, inserted, deleted or repeated: never
    raises; entries still found are at lines that hold them."""
    text = data.decode("utf-8", errors="replace")
    references, _ = parse(text)
    assert misplaced(text, references) == []


@fuzz()
@given(
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.integers(0, 5) | st.none(),
            st.sampled_from(["year", "publisher", "title", "volume"]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_crossref_lends_fields_and_never_loops(links: list[tuple[int, int | None, str]]) -> None:
    """Entries that cross-reference each other (cycles and self-references too): each
    child gets the lendable fields it lacks from its parent, and nothing more."""
    blocks = []
    for i, (_, parent, field) in enumerate(links):
        cross = f"crossref = {{e{parent}}}, " if parent is not None else ""
        blocks.append(f"@incollection{{e{i}, {cross}{field} = {{{field} of e{i}}}}}")
    references, _ = parse("\n".join(blocks))
    by_key = {r.key: r for r in references}
    for ref in inherit_crossref(references):
        parent = by_key.get(ref.fields.get("crossref", ""))
        own = by_key[ref.key].fields
        if parent is None or parent is by_key[ref.key]:
            assert ref.fields == own
            continue
        for name, value in ref.fields.items():
            if name not in own:
                assert value == parent.fields.get(
                    name, parent.title if name == "booktitle" else None
                )
        assert "title" not in ref.fields or ref.fields["title"] == own.get("title")


def test_files_on_disk_load_through_the_corpus_loader(tmp_path: Path) -> None:
    """The generated shapes above reach `parse_bib` through `load_corpus` unchanged: a
    BOM and CRLF line ends give the same entries at the same lines."""
    from peerclaims.runner import load_corpus

    text = "@misc{a,\r\n  title = {T\\\r\n  x},\r\n  year = 2001\r\n}\r\n@book{b, title={U}}\r\n"
    path = tmp_path / "references.bib"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    corpus = load_corpus(FIXTURES / "corpus" / "claims.yaml", path).corpus
    assert [(r.key, r.position.line) for r in corpus.references] == [("a", 1), ("b", 6)]


@pytest.mark.parametrize(
    "value", ["{\\\\}", "{line\\\\}", "{a {b\\\\} c}", "{\\\\{x}}", '"line\\\\"']
)
def test_a_backslash_pair_before_a_brace(value: str) -> None:
    """`note = {line\\\\}` is valid BibTeX: the entry loads with that note and its year.
    bibtexparser's splitter takes a brace or quote after any backslash as escaped; the
    LaTeX line break `\\\\` is hidden from it, so the brace after it counts, as in BibTeX."""
    references, findings = parse(f"@misc{{a,\n  note = {value},\n  year = 2001\n}}\n")
    assert findings == ()
    assert [r.raw_fields for r in references] == [{"note": value[1:-1], "year": "2001"}]


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("@misc{a, note = {x\\\ny}}\n@misc{@misc{b, title = {T}}\n", 3, 7),
        ("@misc{@misc{b, title = {T}}\n", 1, 7),
        ("@misc{a, note = {x\\\ny}}\n@misc{\n@misc{b, title = {T}}\n", 4, 1),
    ],
)
def test_the_entry_after_an_unclosed_one_is_at_its_own_line(
    text: str, line: int, column: int
) -> None:
    """bibtexparser's failed block ('@misc{@misc', or '@misc{\\n@misc' for an unclosed
    entry) overlaps the entry after it: that entry is still found at its own `@type{key`."""
    references, _ = parse(text)
    assert [(r.key, r.position.line, r.position.column) for r in references][-1] == (
        "b",
        line,
        column,
    )


UNCLOSED = ["@misc{", "@article{x,", "@book{y, title = {Open", '@misc{z, note = "open', "@misc{@"]


@fuzz()
@given(bib_files(), st.data())
def test_entries_after_unclosed_ones_keep_their_lines(
    generated: tuple[str, list[Entry]], data: st.DataObject
) -> None:
    """A well-formed file with unclosed entries put at the start of lines between its
    entries: every entry is still loaded, each at the line of its own `@type{key`, and each
    unclosed one is a finding at its own line."""
    text, made = generated
    lines = text.split("\n")
    heads = [i for i, row in enumerate(lines) if row.startswith("@") and not row.startswith("@s")]
    chosen = data.draw(st.lists(st.sampled_from(heads), unique=True, max_size=3)) if heads else []
    broken = {i: data.draw(st.sampled_from(UNCLOSED)) for i in chosen}
    text = "\n".join(
        part for i, row in enumerate(lines) for part in ([broken[i], row] if i in broken else [row])
    )
    note(f"text: {text!r}")
    references, findings = parse(text)
    assert misplaced(text, references) == []
    assert [r.key for r in references] == [e.key for e in made]
    shifted = sorted(i + n for n, i in enumerate(sorted(broken)))  # the inserted lines
    assert sorted({f.line - 1 for f in findings}) == shifted
