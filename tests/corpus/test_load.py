"""The loader turns bad inputs into diagnostics (never exceptions) and keeps positions 1-based."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from peerclaims.corpus.load import bundled_paths
from peerclaims.runner import LoadResult, load_corpus, validate
from tests.helpers import TESTS

FIXTURES = TESTS / "fixtures" / "corpus"
FIXTURE_BIB = FIXTURES / "references.bib"

Files = Callable[[str, str], tuple[Path, Path]]

CLAIM = """\
  - id: claim-{i}
    statement: Peer support increases hope in study {i}.
    population: mental-health
    outcome: hope
    direction: increase
    evidence:
      - ref: davidson2012peer
        support: review
      - ref: mead2006peer
"""
MINIMAL_BIB = "@misc{a2001x,\n  author = {Smith, J.},\n  year = {2001}\n}\n"
MINIMAL_CLAIMS = (
    "version: 1\nclaims:\n  - id: x\n    statement: S\n    population: general\n"
    "    outcome: hope\n    direction: increase\n    evidence: [{ref: a2001x}]\n"
)
BOMB = """\
version: 1
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
claims: [*i]
"""


def triples(result: LoadResult) -> list[tuple[str, int, int]]:
    """(rule name, line, column) of every load diagnostic."""
    return [(d.name, d.line, d.column) for d in result.diagnostics]


def only(result: LoadResult, name: str, line: int, column: int, phrase: str) -> None:
    """Assert that loading gave exactly one diagnostic, of this rule, here, saying `phrase`."""
    assert triples(result) == [(name, line, column)]
    assert phrase in result.diagnostics[0].message


def load_claims_text(corpus_files: Files, text: str) -> LoadResult:
    """Load a claims.yaml text against a minimal references.bib."""
    claims, refs = corpus_files(text, MINIMAL_BIB)
    return load_corpus(claims, refs)


def load_claims_bytes(tmp_path: Path, data: bytes) -> tuple[LoadResult, Path]:
    """Load raw bytes written as claims.yaml against the fixture references."""
    path = tmp_path / "claims.yaml"
    path.write_bytes(data)
    return load_corpus(path, FIXTURE_BIB), path


def load_bib_text(corpus_files: Files, text: str) -> LoadResult:
    """Load a references.bib text against a minimal claims.yaml."""
    claims, refs = corpus_files(MINIMAL_CLAIMS, textwrap.dedent(text))
    return load_corpus(claims, refs)


# --- claims.yaml -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "phrase"),
    [
        ("", 1, 1, "claims file is empty"),
        ("# only a comment\n", 1, 1, "claims file is empty"),
        ("- a\n- b\n", 1, 1, "claims file is a list"),
        ("just a string\n", 1, 1, "claims file is a string"),
    ],
    ids=["empty", "comment-only", "list", "string"],
)
def test_claims_file_of_the_wrong_shape(
    corpus_files: Files, text: str, line: int, column: int, phrase: str
) -> None:
    """A claims file that is empty, a list or a string gives one schema diagnostic at 1:1."""
    result = load_claims_text(corpus_files, text)
    only(result, "schema", line, column, phrase)
    assert result.corpus.claims == ()


def test_tab_indentation(corpus_files: Files) -> None:
    """A tab in the indentation is a yaml-syntax error at the tab, saying to use spaces."""
    result = load_claims_text(corpus_files, "version: 1\nclaims:\n\t- id: x\n")
    only(result, "yaml-syntax", 3, 1, "must use spaces, not tabs")


def test_tab_inside_a_mapping(corpus_files: Files) -> None:
    """A tab indenting a later key of a claim is reported on its own line."""
    text = "version: 1\nclaims:\n  - id: x\n\tstatement: S\n"
    result = load_claims_text(corpus_files, text)
    only(result, "yaml-syntax", 4, 1, "spaces, not tabs")


def test_alias_bomb_is_refused(corpus_files: Files) -> None:
    """A billion-laughs alias bomb gives one yaml-syntax diagnostic, no hang and no MemoryError."""
    result = load_claims_text(corpus_files, BOMB)
    assert [d.name for d in result.diagnostics] == ["yaml-syntax"]
    assert "expands too far through aliases" in result.diagnostics[0].message
    assert result.corpus.claims == ()


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("version: 1\nclaims:\n  - !!python/object:os.system {id: x}\n", 3, 5),
        ("version: 1\nclaims: !!python/object/apply:os.system ['ls']\n", 2, 9),
        ("version: 1\nclaims:\n  - id: !!python/name:os.system x\n", 3, 9),
    ],
    ids=["mapping", "sequence", "scalar"],
)
def test_python_tags_are_refused(corpus_files: Files, text: str, line: int, column: int) -> None:
    """`!!python/...` tags on mappings, sequences and scalars are refused where they stand."""
    result = load_claims_text(corpus_files, text)
    syntax = [(d.line, d.column) for d in result.diagnostics if d.name == "yaml-syntax"]
    assert syntax == [(line, column)]
    message = next(d.message for d in result.diagnostics if d.name == "yaml-syntax")
    assert "is not allowed (safe loading only)" in message
    assert result.corpus.claims == ()


def test_binary_file(tmp_path: Path) -> None:
    """A file with NUL bytes is unreadable-input at line 0, naming the binary content."""
    result, _ = load_claims_bytes(tmp_path, b"version: 1\x00\x01\x02claims: []\n")
    only(result, "unreadable-input", 0, 0, "binary file (contains NUL bytes)")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_file(tmp_path: Path, encoding: str) -> None:
    """A UTF-16 file, with or without a BOM, is unreadable-input saying it is UTF-16."""
    result, _ = load_claims_bytes(tmp_path, "version: 1\nclaims: []\n".encode(encoding))
    only(result, "unreadable-input", 0, 0, "looks like UTF-16; save it as UTF-8")


def test_latin1_file(tmp_path: Path) -> None:
    """Latin-1 bytes are unreadable-input naming the line of the first bad byte."""
    data = "version: 1\nclaims: []\n# café\n".encode("latin-1")
    result, _ = load_claims_bytes(tmp_path, data)
    only(result, "unreadable-input", 3, 1, "not UTF-8 (byte 0xe9")


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    """A UTF-8 BOM is dropped: the fixture claims load with no diagnostic and unchanged lines."""
    data = b"\xef\xbb\xbf" + (FIXTURES / "claims.yaml").read_bytes()
    result, _ = load_claims_bytes(tmp_path, data)
    assert result.diagnostics == ()
    assert [c.id for c in result.corpus.claims] == [
        "recovery-mentor-fewer-admissions",
        "increased-hope",
        "shared-understanding",
    ]
    assert result.corpus.where(1, "id").line == 29


def test_ten_megabyte_claims_file(tmp_path: Path) -> None:
    """A ~10 MB claims file of valid claims loads completely and cleanly."""
    parts, size, count = ["version: 1\nclaims:\n"], 0, 0
    while size < 10_000_000:
        part = CLAIM.format(i=count)
        parts.append(part)
        size += len(part)
        count += 1
    result, _ = load_claims_bytes(tmp_path, "".join(parts).encode())
    assert result.diagnostics == ()
    assert len(result.corpus.claims) == count
    assert result.corpus.claims[-1].id == f"claim-{count - 1}"


def test_missing_path(tmp_path: Path) -> None:
    """A claims path that does not exist is unreadable-input saying so."""
    result = load_corpus(tmp_path / "claims.yml", FIXTURE_BIB)
    only(result, "unreadable-input", 0, 0, "no such file")


def test_directory_path(tmp_path: Path) -> None:
    """A directory given as the claims file is unreadable-input saying it is a directory."""
    result = load_corpus(tmp_path, FIXTURE_BIB)
    only(result, "unreadable-input", 0, 0, "is a directory, expected a file")


def test_missing_references_path(tmp_path: Path) -> None:
    """A references path that does not exist is reported, not a flood of unknown references."""
    missing = tmp_path / "refs.bib"
    result = load_corpus(FIXTURES / "claims.yaml", missing)
    only(result, "unreadable-input", 0, 0, "no such file")
    names = sorted(d.name for d in validate(result.corpus))
    assert names == ["single-study-claim", "unreadable-input"]


def test_unreadable_claims_do_not_make_every_reference_unused(tmp_path: Path) -> None:
    """When claims.yaml cannot be read, validate does not call every reference unused."""
    result, _ = load_claims_bytes(tmp_path, b"\x00\x00")
    assert [d.name for d in validate(result.corpus)] == ["unreadable-input"]


# --- references.bib ----------------------------------------------------------------------


def test_bib_unclosed_brace(corpus_files: Files) -> None:
    """An unclosed brace is bib-syntax at the entry's line; the entries after it still load."""
    result = load_bib_text(
        corpus_files,
        """\
        @misc{a2001x, author = {Smith, J.}, year = {2001}}

        @article{b2002x,
          title = {Unclosed,
          year = {2002}
        }

        @misc{c2003x, author = {Brown, L.}}
        """,
    )
    only(result, "bib-syntax", 3, 1, "could not parse @article starting here")
    assert [r.key for r in result.corpus.references] == ["a2001x", "c2003x"]


def test_bib_entry_without_key(corpus_files: Files) -> None:
    """An entry without a key is bib-syntax at its line and is left out."""
    result = load_bib_text(
        corpus_files,
        """\
        @misc{a2001x, author = {Smith, J.}}
        @misc{,
          author = {Jones, K.}
        }
        """,
    )
    only(result, "bib-syntax", 2, 1, "@misc entry has no key")
    assert [r.key for r in result.corpus.references] == ["a2001x"]


def test_bib_duplicated_field(corpus_files: Files) -> None:
    """A field given twice is bib-syntax at the second one; the entry is kept."""
    result = load_bib_text(
        corpus_files,
        """\
        @misc{a2001x,
          author = {Smith, J.},
          year = {2001},
          year = {2002}
        }
        """,
    )
    only(result, "bib-syntax", 4, 1, "field 'year' is given twice in entry 'a2001x'")
    assert [r.key for r in result.corpus.references] == ["a2001x"]


def test_bib_string_macros_comments_and_crossref(corpus_files: Files) -> None:
    """@string macros resolve, @comment and % lines are skipped, crossref is kept as a field."""
    result = load_bib_text(
        corpus_files,
        """\
        % A comment line.
        @string{ps = {Psychiatric Services}}
        @comment{an @article{zz, title = {inside a comment}} }
        @article{a2001x,
          author = {Smith, J.},
          % a comment inside the entry
          title = {Title},
          journal = ps,
          year = 2001,
          month = jan,
          crossref = {b2001x}
        }
        @book{b2001x, editor = {Jones, K.}, title = {Book}, publisher = {P}, year = {2001}}
        """,
    )
    assert result.diagnostics == ()
    refs = {r.key: r for r in result.corpus.references}
    assert list(refs) == ["a2001x", "b2001x"]
    a = refs["a2001x"]
    assert a.get("journal") == "Psychiatric Services"
    assert a.get("crossref") == "b2001x"
    assert a.year == "2001"
    assert a.get("month") == "jan"
    assert a.field_positions["title"].line == 7


def test_latex_is_decoded_but_the_file_is_untouched(corpus_files: Files) -> None:
    """`M{\\"u}ller` decodes to the surname Müller and title braces go; the file stays as written."""
    text = textwrap.dedent("""\
        @article{a2001x,
          author = {M{\\"u}ller, J{\\"o}rg and van Os, Jim},
          title = {The {Peer} {S}upport Study of {\\'E}mile},
          journal = {J},
          year = {2001}
        }
        """)
    claims, refs = corpus_files(MINIMAL_CLAIMS, text)
    before = refs.read_bytes()
    result = load_corpus(claims, refs)
    (ref,) = result.corpus.references
    assert [p.surname for p in ref.authors] == ["Müller", "van Os"]
    assert ref.authors[0].first == "Jörg"
    assert ref.title == "The Peer Support Study of Émile"
    assert ref.raw_fields["title"] == "The {Peer} {S}upport Study of {\\'E}mile"
    assert refs.read_bytes() == before


def test_bib_lines_are_one_based(corpus_files: Files) -> None:
    """An entry on line 5 is at line 5, and so are the diagnostics about it."""
    claims, refs = corpus_files(
        MINIMAL_CLAIMS,
        textwrap.dedent("""\
        % line 1
        % line 2
        @misc{a2001x, author = {Smith, J.}, year = {2001}}

        @article{b2002x,
          author = {Jones, K.},
          title = {T},
          year = {2002}
        }
        """),
    )
    result = load_corpus(claims, refs)
    assert [(r.key, r.position.line) for r in result.corpus.references] == [
        ("a2001x", 3),
        ("b2002x", 5),
    ]
    assert result.corpus.references[1].field_positions["year"].line == 8
    found = [(d.line, d.name) for d in validate(result.corpus) if d.path == str(refs)]
    assert found == [(5, "missing-required-field"), (5, "unused-reference")]


# --- the bundled corpus ------------------------------------------------------------------


def test_bundled_paths() -> None:
    """With no arguments the loader uses the bundled data/claims.yaml and data/references.bib."""
    claims, refs = bundled_paths()
    assert claims.as_posix().endswith("data/claims.yaml")
    assert refs.as_posix().endswith("data/references.bib")
    assert claims.is_file()
    assert refs.is_file()
    result = load_corpus()
    assert result.corpus.claims_path == str(claims)
    assert result.corpus.references_path == str(refs)


def test_ignore_comment_after_a_form_feed_lands_on_its_entry(
    corpus_files: Callable[[str, str], tuple[Path, Path]],
) -> None:
    """A form feed inside a BibTeX value is not a line break: the ignore comment below it
    still silences the entry it stands above (lines counted as the parser counts them)."""
    bib = (
        "@misc{a,\n  author = {A, B.},\n  note = {x\x0cy}\n}\n"
        "% peerclaims: ignore[unused-reference]\n@misc{b,\n  author = {C, D.},\n  title = {t}\n}\n"
    )
    corpus = load_corpus(*corpus_files("version: 1\nclaims: []\n", bib)).corpus
    unused = [d.line for d in validate(corpus) if d.name == "unused-reference"]
    assert unused == [1]
