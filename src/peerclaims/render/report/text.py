"""The evidence map as tables for a terminal (plain text when piped or written to a file).

The tables are laid out here, not by rich, so that at any width every column stays and no
word is split: a cell wraps at spaces and after hyphens only, each column is at least as
wide as its longest unbreakable piece, and spare width goes to the columns that wrap. When
even that does not fit, the table is printed as one block per row ("Header: value" lines).
Short headers are explained in a line under their table. Lists of claim ids collapse to
their counts unless `verbose`.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from peerclaims.curate.report import ClaimEntry, EvidenceMap, Summary, WorkEntry

WIDTH = 120  # fixed width for files and pipes, so the output does not depend on a terminal
GAP = "  "  # between columns
_GRADE_STYLE = {"High": "bold green", "Moderate": "green", "Low": "yellow", "Very low": "red"}
_SUPPORT_MARK = {"direct": "", "review": " (review)", "secondary": " (secondary)"}


@dataclass(frozen=True, slots=True)
class Column:
    """A column of a text table: its header and which side numbers keep to."""

    header: str
    right: bool = False  # numbers: right-aligned
    whole: bool = False  # never wrapped (short labels such as a grade)


Cell = tuple[str, str]  # text (may hold newlines), rich style ("" for none)


def wrap(text: str, width: int, *, hyphens: bool = True) -> list[str]:
    """Lines of at most `width` characters, broken at spaces (and after hyphens), never
    inside a word: a piece longer than `width` stays whole on its own line."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += textwrap.wrap(
            paragraph, max(width, 1), break_long_words=False, break_on_hyphens=hyphens
        ) or [""]
    return lines


def _shortest(text: str) -> int:
    """The width below which `text` cannot wrap without splitting a word."""
    return max((cell_len(piece) for piece in wrap(text, 1)), default=0)


def _longest(text: str) -> int:
    return max((cell_len(line) for line in text.split("\n")), default=0)


def _widths(
    columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int
) -> list[int] | None:
    """Column widths that fit `width`, or None when the columns cannot all fit."""
    room = width - len(GAP) * (len(columns) - 1)
    cells = [[c.header for c in columns]] + [[text for text, _ in row] for row in rows]
    natural = [max(_longest(r[i]) for r in cells) for i in range(len(columns))]
    least = [
        natural[i] if column.whole else max(_shortest(r[i]) for r in cells)
        for i, column in enumerate(columns)
    ]
    if sum(natural) <= room:
        return natural
    if sum(least) > room:
        return None
    return _share(least, natural, room - sum(least))


def _share(widths: list[int], natural: list[int], spare: int) -> list[int]:
    """Spread `spare` characters: first whole to the columns that need little to stop
    wrapping, then to the rest in proportion to what each lacks."""
    widths = list(widths)
    lacking = sorted((natural[i] - w, i) for i, w in enumerate(widths) if w < natural[i])
    while lacking and lacking[0][0] <= spare // len(lacking):
        need, i = lacking.pop(0)
        widths[i] += need
        spare -= need
    total = sum(need for need, _ in lacking)
    for need, i in lacking:
        share = spare * need // total
        widths[i] += share
    for _, i in lacking[: spare - sum(spare * need // total for need, _ in lacking)]:
        widths[i] += 1  # what rounding left over
    return widths


def table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int) -> list[Text]:
    """The lines of a table at most `width` wide (wider only where one word is)."""
    widths = _widths(columns, rows, width)
    if widths is None:
        return _blocks(columns, rows, width)
    out = [_line([(c.header, "bold") for c in columns], columns, widths)]
    out.append(Text("─" * min(width, sum(widths) + len(GAP) * (len(widths) - 1))))
    out += [line for row in rows for line in _row(row, columns, widths)]
    return out


def _row(row: Sequence[Cell], columns: Sequence[Column], widths: list[int]) -> list[Text]:
    wrapped = [wrap(text, w) for (text, _), w in zip(row, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    return [
        _line(
            [
                (lines[n] if n < len(lines) else "", style)
                for lines, (_, style) in zip(wrapped, row, strict=True)
            ],
            columns,
            widths,
        )
        for n in range(height)
    ]


def _line(cells: Sequence[Cell], columns: Sequence[Column], widths: list[int]) -> Text:
    line = Text()
    for i, ((text, style), column, w) in enumerate(zip(cells, columns, widths, strict=True)):
        pad = " " * max(w - cell_len(text), 0)
        if i:
            line.append(GAP)
        if column.right:
            line.append(pad)
        line.append(text, style=style)
        if not column.right and i < len(cells) - 1:
            line.append(pad)
    line.rstrip()
    return line


def _blocks(columns: Sequence[Column], rows: Sequence[Sequence[Cell]], width: int) -> list[Text]:
    """Too narrow for columns: each row as its first cell, then "Header: value" lines."""
    out: list[Text] = []
    for row in rows:
        (first, style), rest = row[0], row[1:]
        out += [Text(line, style=style) for line in wrap(first, width)]
        for column, (text, style) in zip(columns[1:], rest, strict=True):
            if not text:
                continue
            label = f"{column.header}: "
            lines = textwrap.wrap(
                label + text.replace("\n", "; "),
                max(width, 8),
                initial_indent="  ",
                subsequent_indent="    ",
                break_long_words=False,
            )
            head = Text("  ")
            head.append(label, style="bold")
            head.append(lines[0][2 + len(label) :], style=style)
            out += [head, *(Text(line, style=style) for line in lines[1:])]
    return out


def _title(text: str, width: int) -> list[Text]:
    return [Text(line, style="bold") for line in wrap(text, width)]


def _legend(text: str, width: int) -> list[Text]:
    return [Text(line, style="dim") for line in wrap(text, width)]


def render_to(emap: EvidenceMap, console: Console, *, verbose: bool = False) -> None:
    """Print the summary, the claims, the coverage and the works at the console's width."""
    for line in lines(emap, console.width, verbose=verbose):
        console.print(line, no_wrap=True, overflow="ignore", crop=False)


def render(emap: EvidenceMap, width: int = WIDTH, *, verbose: bool = False) -> str:
    """The text report without colours, at a fixed width."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        color_system=None,
        force_terminal=False,
        highlight=False,
        emoji=False,
    )
    render_to(emap, console, verbose=verbose)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def lines(emap: EvidenceMap, width: int, *, verbose: bool = False) -> list[Text]:
    """Every line of the report, `width` columns wide."""
    out = [Text("Evidence map", style="bold underline")]
    out += _summary(emap.summary, width, verbose)
    out += [Text(), *_title("Claims", width), *_claims(emap, width)]
    out += _legend(
        "Grade: GRADE certainty. Works support the claim directly unless marked "
        "(review) or (secondary). App.: appearances in documents; Docs: distinct "
        "documents; Unc.: uncited wherever it appears.",
        width,
    )
    if emap.coverage:
        out += [Text(), *_title("Coverage: outcome × population", width), *_coverage(emap, width)]
        out += _legend(
            "Works with direct findings; Rev.: of them systematic reviews or "
            "meta-analyses; Trials: controlled trials. Findings ↑ increase, "
            "↓ decrease, = no difference, ~ mixed.",
            width,
        )
    out += [Text(), *_title("Load-bearing works", width), *_works(emap, width)]
    out += _legend(
        "Ranked by S: claims for which the work is the only direct evidence, "
        "then D: claims it supports directly, then T: all claims resting on it. "
        "Design: study design, GRADE starting level, Oxford CEBM level.",
        width,
    )
    return out


_LISTS = (
    ("Claims resting on a single work", "single_work"),
    ("Claims on grey literature only", "grey_only"),
    ("Claims uncited wherever they appear", "uncited"),
    ("Claims without evidence", "no_evidence"),
    ("Works no claim uses", "unused_works"),
)


def _summary(summary: Summary, width: int, verbose: bool) -> list[Text]:
    out = [
        Text(line)
        for line in wrap(
            f"{summary.claims} claims, {summary.works} works, {summary.links} claim–work links",
            width,
        )
    ]
    grades = Text("Grades: ")
    for i, (label, count) in enumerate(summary.grades.items()):
        grades.append(", " if i else "")
        grades.append(f"{label} {count}", style=_GRADE_STYLE.get(label, ""))
    out += grades.wrap(Console(width=width), width) if grades.cell_len > width else [grades]
    for label, field in _LISTS:
        ids: tuple[str, ...] = getattr(summary, field)
        if not verbose:
            out += _counted(label, len(ids), width)
            continue
        out += [Text(line, style="bold") for line in wrap(f"{label} ({len(ids)}):", width)]
        listed = ", ".join(ids) if ids else "none"
        fits = all(cell_len(i) <= width - 2 for i in ids)  # ids whole where they fit
        out += [Text("  " + line) for line in wrap(listed, width - 2, hyphens=not fits)]
    if not verbose and any(getattr(summary, field) for _, field in _LISTS):
        out += _legend("peerclaims report --verbose lists them.", width)
    return out


def _counted(label: str, count: int, width: int) -> list[Text]:
    text = f"{label}: {count}"
    if cell_len(text) <= width:
        line = Text(f"{label}: ", style="bold")
        line.append(str(count))
        return [line]
    return [Text(line) for line in wrap(text, width)]


def _grade(label: str) -> Cell:
    return label, _GRADE_STYLE.get(label, "")


def _works_cell(claim: ClaimEntry, emap: EvidenceMap) -> str:
    parts = []
    for link in claim.works:
        work = emap.work(link.key) if link.known else None
        name = work.citation if work else f"{link.key} [not in references]"
        parts.append(name + _SUPPORT_MARK.get(link.support, f" ({link.support})"))
    return "\n".join(parts) or "—"


def _claims(emap: EvidenceMap, width: int) -> list[Text]:
    columns = (
        Column("Claim"),
        Column("Grade", whole=True),
        Column("Works"),
        Column("App.", right=True, whole=True),
        Column("Docs", right=True, whole=True),
        Column("Unc.", whole=True),
    )
    rows = [
        [
            (c.id, ""),
            _grade(c.grade),
            (_works_cell(c, emap), ""),
            (str(c.appearances), ""),
            (str(c.documents), ""),
            ("yes" if c.uncited else "", ""),
        ]
        for c in emap.claims
    ]
    return table(columns, rows, width)


def _coverage(emap: EvidenceMap, width: int) -> list[Text]:
    columns = (
        Column("Outcome"),
        Column("Population"),
        Column("Works", right=True, whole=True),
        Column("Rev.", right=True, whole=True),
        Column("Trials", right=True, whole=True),
        Column("↑/↓/=/~", whole=True),
        Column("Best grade"),
    )
    rows = [
        [
            (c.outcome, ""),
            (c.population, ""),
            (str(c.works), ""),
            (str(c.reviews), ""),
            (str(c.trials), ""),
            (f"{c.increase}/{c.decrease}/{c.null}/{c.mixed}", ""),
            _grade(c.best_label),
        ]
        for c in emap.coverage
    ]
    return table(columns, rows, width)


def _design(work: WorkEntry) -> str:
    return f"{work.design or '—'}\n{work.level}, CEBM {work.cebm}"


def _works(emap: EvidenceMap, width: int) -> list[Text]:
    columns = (
        Column("Rank", right=True, whole=True),
        Column("Work"),
        Column("Design"),
        Column("S", right=True, whole=True),
        Column("D", right=True, whole=True),
        Column("T", right=True, whole=True),
    )
    rows = [
        [
            (str(w.rank), ""),
            (f"{w.citation}\n{w.key}", ""),
            (_design(w), ""),
            (str(w.sole_direct), ""),
            (str(w.direct), ""),
            (str(w.total), ""),
        ]
        for w in emap.works
    ]
    return table(columns, rows, width)
