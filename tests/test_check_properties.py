"""Property tests: checking any Markdown-ish or text-ish input never raises, and every
diagnostic points inside the document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerclaims.check import check_document
from peerclaims.documents.markdown import read_markdown
from peerclaims.documents.text import read_text
from tests.helpers import context

PIECES = [
    "(Sledge et al., 2011)",
    "(Ochoka, Nelson, Janzen, & Trainor, 2006)",
    "(Corrigan, et al., 2013)",
    "(Bologna & Pulice, 2010; Felton et al., 1995)",
    "Mead (2006)",
    "Davidson et al. (2012)",
    "[1]",
    "[2-4]",
    "(3, 5)",
    "¹²",
    "(n=74)",
    "(p<0.042)",
    "(CPSRP)",
    "WRAP (2008)",
    "Recent review by Chinman et al in Psych Services",
    "reduce readmissions by 42%",
    "48 states and DC reimburse peer support",
    "is proven to",
    "may",
    "increase hopefulness",
    "Peer support",
    "Fewer hospital days",
    "reduced",
    "hope",
    "46 states",
    "(Smith, 2019)",
    "References",
    "## References",
    "Suggested Readings",
    "1. ",
    "- ",
    "* ",
    "> ",
    "# ",
    "| a | b |",
    "|---|---|",
    "`code`",
    "```",
    "<!-- peerclaims: ignore[uncited-claim] -->",
    "<!-- peerclaims: ignore-file -->",
    "peerclaims: ignore[*]",
    "Mead, S., & McNeil, C. (2006). ",
    "Sledge, W. H., Lawless, M. (2011). Title. Psychiatric Services, 62, 541-544.",
    "Kurtz, L. F. (1990). ",
    "et al.",
    "(",
    ")",
    ".",
    ",",
    ";",
    ":",
    "&",
    "\t",
    "  ",
    "\u00a0",
    "é",
    "—",
    "’",
    "…",
    "Ochočka",
    "\r\n",
    "\r",
    "\ufeff",
    "\u2028",
    "\x0c",
]
# Any text a reader accepts: no NUL (a binary file) and no lone surrogates (not UTF-8).
TEXTISH = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.sampled_from(["\n", "\n\n", " "]),
        st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12),
    ),
    max_size=40,
).map("".join)


def _in_document(text: str, fmt: str) -> None:
    reader = read_markdown if fmt == "markdown" else read_text
    doc = reader("doc", text.encode("utf-8"))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for d in check_document(doc, context()):
        assert 1 <= d.line <= len(lines), (d, len(lines))
        assert 1 <= d.column <= len(lines[d.line - 1]) + 1, (d, lines[d.line - 1])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTISH)
def test_markdown_never_raises_and_lines_are_inside(text: str) -> None:
    """Markdown-ish input: check_document returns, every line and column is in the document."""
    _in_document(text, "markdown")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTISH)
def test_text_never_raises_and_lines_are_inside(text: str) -> None:
    """Text-ish input: check_document returns, every line and column is in the document."""
    _in_document(text, "text")
