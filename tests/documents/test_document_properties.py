"""Property tests: text and Markdown readers on arbitrary input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.documents import Document
from peerclaims.documents.markdown import read_markdown
from peerclaims.documents.text import read_text
from peerclaims.errors import InputError

# Line fragments that exercise lists, quotes, tables, code, headings and comments.
PIECES = [
    *[
        "- ",
        "* ",
        "1. ",
        "2) ",
        "> ",
        "  ",
        "\t",
        "# ",
        "## ",
        "---",
        "===",
        "```",
        "~~~",
        "    code",
        "\\",
        "\r",
        "•",
        "o ",
        "a",
        "b",
        "`",
    ],
    "| a | b |",
    "|---|---|",
    "a \\| b",
    "`x`",
    "` y `",
    "<!-- peerclaims: ignore[r] -->",
    "<!--",
    "-->",
    "<div>",
    "claim 20%",
    "[link](u)",
    # lines a blank line splits mid-sentence, which the readers join (documents.paragraphs)
    "Office on Drugs and",
    "(Boisvert",
    "et al., 2008;",
    "Min,",
    "2007)",
]
lines = st.lists(st.sampled_from(PIECES), max_size=5).map("".join)
texts = st.one_of(st.text(), st.lists(lines, max_size=12).map("\n".join))


def _source_lines(text: str) -> list[str]:
    """The lines a reader sees: BOM dropped, line breaks normalised."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _check_positions(document: Document, lines: list[str], *, blanked: bool) -> None:
    for block in document.blocks:
        assert 1 <= block.line <= len(lines)
        assert 1 <= block.column <= len(lines[block.line - 1]) + 1
        for offset, char in enumerate(block.text):
            line, column = block.position(offset)
            source = lines[line - 1]
            if char == "\n" and block.rows is None:
                assert column == len(source) + 1
            elif char == "\n":  # a paragraph joined across a blank line (`TextBlock.rows`)
                # ends its line where trailing spaces, or Markdown's blanked code, were trimmed
                lowest = 1 if blanked else len(source.rstrip()) + 1
                assert lowest <= column <= len(source) + 1
            elif not (blanked and char == " "):
                assert source[column - 1] == char, (block, offset)


def _read_or_input_error(reader: object, text: str) -> Document | None:
    try:
        return reader("doc", text.encode("utf-8"))  # type: ignore[operator,no-any-return]
    except InputError:
        assert "\x00" in text
        return None


@settings(max_examples=300, deadline=None)
@given(texts)
def test_text_reader_positions(text: str) -> None:
    document = _read_or_input_error(read_text, text)
    if document is not None:
        _check_positions(document, _source_lines(text), blanked=False)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_markdown_reader_positions(text: str) -> None:
    document = _read_or_input_error(read_markdown, text)
    if document is not None:
        _check_positions(document, _source_lines(text), blanked=True)


@given(st.binary(max_size=200))
def test_arbitrary_bytes_only_raise_input_error(data: bytes) -> None:
    for reader in (read_text, read_markdown):
        try:
            reader("doc", data)
        except InputError as exc:
            message = str(exc)
            assert message.startswith("doc")
            assert any(why in message for why in ("not UTF-8", "UTF-16", "binary file"))
