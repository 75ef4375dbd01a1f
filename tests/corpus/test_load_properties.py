"""Property tests: the loader and the rules never raise, and positions stay inside the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerclaims.runner import load_corpus, validate

YAML_FRAGMENTS = [
    "version: 1",
    "claims:",
    "  - id: x",
    "    statement: S",
    "    population: general",
    "    outcome: hope",
    "    direction: increase",
    "    evidence:",
    "      - ref: a2001x",
    "    effect: {measure: m, n: 3}",
    "\t",
    "&a",
    "*a",
    "!!python/object",
    "!!python/object/apply:os.system",
    "{",
    "}",
    "[",
    "]",
    ":",
    "- ",
    "? ",
    "<<: *a",
    "'",
    '"',
    "#",
    "# peerclaims: ignore[schema]",
    "---",
    "...",
    "%YAML 1.1",
    "\n",
    "  ",
    "1",
    "null",
    "true",
    "é",
    "\ufeff",
    "|",
    ">",
    ",",
]
BIB_FRAGMENTS = [
    "@article{",
    "@misc{",
    "@book{",
    "@string{",
    "@comment{",
    "@preamble{",
    "a2001x,",
    "}",
    "{",
    "author = {",
    "title = {",
    "year = ",
    "2001",
    "pages = {229--215}",
    "doi = {10.1/x}",
    "and",
    "others",
    "et al.",
    ",",
    "=",
    '"',
    "%",
    "% peerclaims: ignore[bib-syntax]",
    '\\"u',
    "{\\'e}",
    "$",
    "~",
    "#",
    "\n",
    " ",
    "crossref = {a2001x}",
    'M{\\"u}ller',
    "@",
]

CLAIMS_OK = "version: 1\nclaims:\n  - id: x\n    statement: S\n    population: general\n    outcome: hope\n    direction: increase\n    evidence: [{ref: a2001x}]\n"
BIB_OK = "@misc{a2001x,\n  author = {Smith, J.},\n  year = {2001}\n}\n"

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def fragments(parts: list[str]) -> st.SearchStrategy[str]:
    """Text glued from syntax fragments, with separators, so that most of it almost parses."""
    piece = st.one_of(st.sampled_from(parts), st.text(max_size=5))
    separator = st.sampled_from(["", " ", "\n", "\n  ", "\n    "])
    return st.lists(st.tuples(piece, separator), max_size=40).map(
        lambda items: "".join(p + s for p, s in items)
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One directory for every example of this module (hypothesis and tmp_path do not mix)."""
    return tmp_path_factory.mktemp("properties")


def check_positions(claims: Path, references: Path) -> None:
    """Load and validate a corpus; every position must lie inside the file it names."""
    result = load_corpus(claims, references)
    diagnostics = [*result.diagnostics, *validate(result.corpus)]
    sizes = {
        str(p): len(p.read_text(encoding="utf-8", errors="replace").splitlines()) + 1
        for p in (claims, references)
    }
    for diag in diagnostics:
        assert diag.path in sizes, diag
        assert 0 <= diag.line <= sizes[diag.path] + 1, diag
        assert diag.column >= 0, diag
        if diag.name == "unreadable-input":
            assert diag.line == 0
        else:
            assert diag.line >= 1 and diag.column >= 1, diag


def write(path: Path, text: str) -> None:
    """Write text as UTF-8, surrogates replaced (st.text() may generate lone surrogates)."""
    path.write_bytes(text.encode("utf-8", errors="replace"))


@SETTINGS
@given(text=st.text())
def test_any_text_as_claims_never_raises(workdir: Path, text: str) -> None:
    """Any text as claims.yaml loads and validates without raising, with in-file positions."""
    claims, refs = workdir / "claims.yaml", workdir / "references.bib"
    write(claims, text)
    write(refs, BIB_OK)
    check_positions(claims, refs)


@SETTINGS
@given(text=fragments(YAML_FRAGMENTS))
def test_yamlish_text_as_claims_never_raises(workdir: Path, text: str) -> None:
    """YAML-ish text (tabs, anchors, aliases, python tags, flow brackets) never makes load raise."""
    claims, refs = workdir / "claims.yaml", workdir / "references.bib"
    write(claims, text)
    write(refs, BIB_OK)
    check_positions(claims, refs)


@SETTINGS
@given(text=st.text())
def test_any_text_as_bib_never_raises(workdir: Path, text: str) -> None:
    """Any text as references.bib loads and validates without raising, with in-file positions."""
    claims, refs = workdir / "claims.yaml", workdir / "references.bib"
    write(claims, CLAIMS_OK)
    write(refs, text)
    check_positions(claims, refs)


@SETTINGS
@given(text=fragments(BIB_FRAGMENTS))
def test_bibish_text_as_bib_never_raises(workdir: Path, text: str) -> None:
    """BibTeX-ish text (open braces, @string, %, names) never makes load or validate raise."""
    claims, refs = workdir / "claims.yaml", workdir / "references.bib"
    write(claims, CLAIMS_OK)
    write(refs, text)
    check_positions(claims, refs)
