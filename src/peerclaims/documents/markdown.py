"""Markdown reader (CommonMark plus tables, via markdown-it-py).

Blocks: paragraphs, headings, list items, table cells; code and HTML blocks are skipped,
except an indented block's paragraphs that read as prose (text pasted from a web page keeps
its indentation; fenced code is always code). A lone "-" on its line is a bullet whose item
is on the next line, not a setext heading's underline.
Block text is the exact source slice from the block's first character to the end of its
last line, with inline code spans, HTML comments and blockquote markers on continuation
lines replaced by spaces, so offsets map straight back to source lines and columns.
Groups: each top-level paragraph, heading, table and list (nested items included) has its
own. A list item with several paragraphs gives one block per paragraph. A cell in a column
whose header names the rows' sources ("Source", "Reference", "Citation", "Study",
"Evidence") is a "table-source" block, so that "SAMHSA, 2024" there is read as a citation.

Suppressions come from HTML comments outside code: `<!-- peerclaims: ignore[a, b] -->`
silences a and b on the comment's lines and the next non-blank line (bare `ignore`:
every rule); `<!-- peerclaims: ignore-file[a] -->` silences a in the whole document.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from peerclaims.diagnostics import Directive
from peerclaims.documents.paragraphs import join_broken
from peerclaims.documents.text import ContentLines, decode_text
from peerclaims.documents.types import (
    SOURCE_HEADER,
    Document,
    TextBlock,
    add_directive,
    find_directives,
    freeze_suppressions,
)

if TYPE_CHECKING:
    from markdown_it.token import Token

_TICKS = re.compile(r"(\\*)(`+)")  # backslashes before a run escape its first backtick
_RUN = re.compile(r"`+")
_QUOTE_MARKERS = re.compile(r"^(?:[ \t]*>)+", re.MULTILINE)
_PREFIX = re.compile(r"[ \t]*(?:(?:>|(?:[-+*]|\d{1,9}[.)]|#{1,6})(?=[ \t]|$))[ \t]*)*")
_PIPE = re.compile(r"(?<!\\)\|")
_CONTAINERS = ("bullet_list", "ordered_list", "list_item", "blockquote")


def read_markdown(label: str, data: bytes) -> Document:
    """Read Markdown into located blocks and comment suppressions."""
    from markdown_it import MarkdownIt

    source = decode_text(label, data)
    reader = _Reader(source.split("\n"))
    # block structure only: the inline parse (links, emphasis ...) is not read, and would
    # more than double the tokens held in memory for a large document
    reader.run(MarkdownIt("commonmark").enable("table").disable("inline").parse(source))
    return Document(
        label,
        "markdown",
        tuple(join_broken(reader.blocks)),
        freeze_suppressions(reader.acc),
        tuple(reader.directives),
    )


class _Reader:
    """Walks the token stream, tracking containers and groups."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.content = ContentLines(lines)
        self.blocks: list[TextBlock] = []
        self.acc: dict[int | None, set[str]] = {}
        self.directives: list[Directive] = []
        self.group = 0
        self.stack: list[str] = []  # open containers, innermost last
        self.sources: set[int] = set()  # the current table's source columns
        self.dash_items = False  # the last block was an item after a lone "-"

    def run(self, tokens: list[Token]) -> None:
        """Emit blocks and suppressions for every token."""
        for i, tok in enumerate(tokens):
            if tok.type.rsplit("_", 1)[0] in _CONTAINERS:
                self._container(tok)
            elif tok.type in ("paragraph_open", "heading_open") and tok.map:
                dashed = self._dashed(tok)
                if not (dashed == "list-item" and self.dash_items):
                    self._new_group()  # items after lone dashes are one list
                self.dash_items = dashed == "list-item"
                self._leaf(tok, tok.map, tokens[i + 1].content, dashed)
            elif tok.type == "table_open":
                self._new_group()
                self.sources = set()
            elif tok.type == "tr_open" and tok.map:
                self._row(
                    tok.map[0], _cell_count(tokens, i), header=tokens[i + 1].type == "th_open"
                )
            elif tok.type == "code_block" and tok.map:
                self._indented(*tok.map)
            elif tok.type == "html_block" and tok.map:
                start, end = tok.map
                self._directives("\n".join(self.lines[start:end]), start + 1, 1)

    def _container(self, tok: Token) -> None:
        if tok.nesting < 0:
            self.stack.pop()
            return
        if tok.type.endswith("_list_open"):
            self._new_group()
        self.stack.append(tok.type.removesuffix("_open"))

    def _new_group(self) -> None:
        if not any(kind.endswith("_list") for kind in self.stack):
            self.group += 1

    def _dashed(self, tok: Token) -> str | None:
        """The kind of a "heading" underlined by a lone "-": a bullet that lost its item to
        the next line, as text pasted from a page keeps it ("-\nImproves quality of life\n-").
        The text under a lone "-" is a list item; the text before the first, a paragraph."""
        if not tok.map or tok.markup.startswith("#"):
            return None
        start, end = tok.map
        after_dash = start > 0 and self.lines[start - 1].strip() == "-"
        if tok.type == "paragraph_open":  # the last item, with no dash under it
            return "list-item" if after_dash and self.dash_items and not self.stack else None
        if self.lines[end - 1].strip() != "-":
            return None
        return "list-item" if after_dash else "paragraph"

    def _leaf(self, tok: Token, span: list[int], content: str, dashed: str | None = None) -> None:
        start, end = span
        first, head = self.lines[start], content.split("\n", 1)[0]
        col = first.find(head) if head else -1
        if col < 0:  # the parser expanded tabs: start after the container markers
            col = next(_PREFIX.finditer(first)).end()
        if tok.type == "heading_open":
            kind = "heading"
            if tok.markup.startswith("#"):  # ATX: one line, closing hashes left out
                text = first[col : col + len(content)] if head else first[col:]
                return self._emit(text, start + 1, col + 1, kind)
            end -= 1  # setext: the underline is not text
            kind = dashed or kind
        else:
            kind = dashed or ("list-item" if self.stack[-1:] == ["list_item"] else "paragraph")
            at = _pipe_table(self.lines[start:end]) if not self.stack else None
            if at is not None:  # a table whose delimiter row was lost, after the text above
                if at:
                    self._leaf(tok, [start, start + at], "\n".join(self.lines[start : start + at]))
                    self._new_group()
                self.sources, top = set(), start + at
                for k in range(top, end):
                    self._row(k, len(_split_row(self.lines[top])), header=k == top)
                return
        rest = "\n".join(self.lines[start + 1 : end])
        if "blockquote" in self.stack:
            rest = _QUOTE_MARKERS.sub(_spaces, rest)
        text = "\n".join([first[col:], rest]) if end > start + 1 else first[col:]
        self._emit(text, start + 1, col + 1, kind)

    def _indented(self, start: int, end: int) -> None:
        """An indented code block's paragraphs that are prose: text pasted from a web page
        keeps the page's indentation, which CommonMark reads as code. Fenced code is code."""
        para: list[int] = []
        for k in [*range(start, end), end]:
            if k < end and self.lines[k].strip():
                para.append(k)
                continue
            if para and _prose(" ".join(self.lines[i] for i in para)):
                first = self.lines[para[0]]
                col = len(first) - len(first.lstrip())
                kind = "list-item" if "list_item" in self.stack else "paragraph"
                self._new_group()
                text = "\n".join([first[col:], *(self.lines[i] for i in para[1:])])
                self._emit(text, para[0] + 1, col + 1, kind)
            para = []

    def _row(self, line_index: int, count: int, *, header: bool) -> None:
        line = self.lines[line_index]
        if self.stack:
            line = _PREFIX.sub(_spaces, line, count=1)
        cells = _split_row(line)[:count]
        if header:  # the columns that name each row's source
            self.sources = {k for k, (_, cell) in enumerate(cells) if SOURCE_HEADER.fullmatch(cell)}
        for k, (col, cell) in enumerate(cells):
            if cell:
                kind = "table-source" if k in self.sources and not header else "table-cell"
                self._emit(cell, line_index + 1, col + 1, kind)

    def _emit(self, text: str, line: int, column: int, kind: str) -> None:
        text = _blank_code(text)
        self._directives(text, line, column)
        text = _blank_comments(text).rstrip()
        if text:
            self.blocks.append(TextBlock(text, kind, line, column, group=self.group))

    def _directives(self, text: str, line: int, column: int) -> None:
        first, pos = line, 0  # lines counted as the comments go by, not from the start each time
        for start, end in _comments(text):
            first += text.count("\n", pos, start)
            last = first + text.count("\n", start, end)
            pos = start
            following = None
            for file_wide, rules, offset in find_directives(text[start + 4 : end - 3]):
                at = start + 4 + offset
                here = first + text.count("\n", start, at)
                newline = text.rfind("\n", 0, at)
                col = at - newline if newline >= 0 else column + at
                if file_wide:
                    add_directive(self.acc, self.directives, rules, [None], here, col)
                    continue
                if following is None:
                    following = self.content.after(last) or 0
                covers = [*range(first, last + 1), *([following] if following else [])]
                add_directive(self.acc, self.directives, rules, covers, here, col)


_SENTENCE_END = re.compile(r"[a-z)][.!?][\"”’)]?(?:\s|$)")
_CODE_SIGNS = re.compile(r"[{}=<>|]|\(\)|->|::|^\s*(?:def|import|class|return|function)\b")
_LINE_END_SEMICOLON = re.compile(r";[ \t]*$", re.MULTILINE)


def _prose(text: str) -> bool:
    """Whether an indented block's paragraph reads as prose, not code: eight words or more,
    a sentence's end, mostly letters and spaces, and none of code's signs. A semicolon is
    code's where it ends most lines; prose has them inside its lines ("Wheeler, Jason;
    Mathews, Jenna", "(Smith, 2010; Jones, 2012)")."""
    words = text.split()
    letters = sum(c.isalpha() or c.isspace() for c in text)
    lines = text.count("\n") + 1
    return (
        len(words) >= 8
        and _SENTENCE_END.search(text) is not None
        and letters >= 0.85 * len(text)
        and not _CODE_SIGNS.search(text)
        and 2 * len(_LINE_END_SEMICOLON.findall(text)) <= lines
    )


def _cell_count(tokens: list[Token], start: int) -> int:
    """The cells of the table row opened at tokens[start] (read from there, not from 0)."""
    count = 0
    for tok in (tokens[i] for i in range(start + 1, len(tokens))):
        if tok.type == "tr_close":
            break
        count += tok.type in ("th_open", "td_open")
    return count


def _comments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each HTML comment, as `<!--(.*?)-->` finds them; once no "-->" is
    left, no later "<!--" is tried (the regular expression would scan to the end from each)."""
    pos = text.find("<!--")
    while pos >= 0:
        close = text.find("-->", pos + 4)
        if close < 0:
            return
        yield pos, close + 3
        pos = text.find("<!--", close + 3)


def _blank_comments(text: str) -> str:
    """`text` with its HTML comments turned into spaces (line breaks kept)."""
    pieces, done = [], 0
    for start, end in _comments(text):
        pieces += [text[done:start], _spaces(text[start:end])]
        done = end
    return "".join([*pieces, text[done:]]) if pieces else text


def _pipe_table(lines: list[str]) -> int | None:
    """Where a paragraph's last lines are a table whose delimiter row was lost on the way
    from a web page ("Study | Program Description | ... |"): two or more lines, each split by
    pipes into the same number (three or more) of cells, the first a header naming a source
    column. None when they are not."""
    if "|" not in lines[-1]:
        return None
    counts = [len(_split_row(line)) if "|" in line else 0 for line in lines]
    at = len(lines) - 1
    while at > 0 and counts[at - 1] == counts[-1]:
        at -= 1
    if len(lines) - at < 2 or counts[-1] < 3:
        return None
    header = _split_row(lines[at])
    return at if any(SOURCE_HEADER.fullmatch(cell) for _, cell in header) else None


def _split_row(line: str) -> list[tuple[int, str]]:
    """(0-based column, stripped text) of each cell of a table row."""
    bounds = [-1, *(m.start() for m in _PIPE.finditer(line)), len(line)]
    cells = [(bounds[k] + 1, line[bounds[k] + 1 : bounds[k + 1]]) for k in range(len(bounds) - 1)]
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if len(bounds) > 2 and not line[bounds[-2] + 1 :].strip():
        cells = cells[:-1]
    return [(col + len(raw) - len(raw.lstrip()), raw.strip()) for col, raw in cells]


def _blank_code(text: str) -> str:
    """Replace inline code spans (backticks included) with spaces, keeping line breaks.

    A span closes at the next run of as many backticks; runs are indexed by length once, and
    the text is assembled once, so a block with many spans stays linear.
    """
    if "`" not in text:
        return text
    runs: dict[int, list[int]] = {}  # run length → starts, in order
    for run in _RUN.finditer(text):
        runs.setdefault(len(run.group()), []).append(run.start())
    pieces, done, pos = [], 0, 0
    while match := _TICKS.search(text, pos):
        start, width = match.start(2), len(match.group(2))
        if len(match.group(1)) % 2:
            pos = start + 1
            continue
        starts = runs.get(width, [])
        after = bisect.bisect_left(starts, match.end())
        if after == len(starts):
            pos = match.end()
            continue
        end = starts[after] + width
        pieces += [text[done:start], _spaces(text[start:end])]
        done = pos = end
    pieces.append(text[done:])
    return "".join(pieces)


def _spaces(chunk: str | re.Match[str]) -> str:
    """`chunk` with every character but line breaks turned into a space."""
    text = chunk if isinstance(chunk, str) else chunk.group()
    return re.sub(r"[^\n]", " ", text)
