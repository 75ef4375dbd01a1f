"""The evidence map as rich tables for a terminal (plain text when piped or written to a file)."""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from peerclaims.curate.report import ClaimEntry, EvidenceMap, Summary

WIDTH = 120  # fixed width for files and pipes, so the output does not depend on a terminal
_GRADE_STYLE = {"High": "bold green", "Moderate": "green", "Low": "yellow", "Very low": "red"}
_SUPPORT_MARK = {"direct": "", "review": " (review)", "secondary": " (secondary)"}


def render_to(emap: EvidenceMap, console: Console) -> None:
    """Print the summary, the claims table and the works table on a console."""
    console.print(Text("Evidence map", style="bold underline"))
    console.print(_summary(emap.summary))
    console.print(_claims_table(emap))
    console.print()
    if emap.coverage:
        console.print(_coverage_table(emap))
        console.print()
    console.print(_works_table(emap))


def render(emap: EvidenceMap, width: int = WIDTH) -> str:
    """The text report without colours, at a fixed width."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False,
                      highlight=False, emoji=False)
    render_to(emap, console)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def _coverage_table(emap: EvidenceMap) -> Table:
    table = Table(title="Coverage: outcome × population", box=box.SIMPLE_HEAD, title_justify="left")
    for name, justify in (("Outcome", "left"), ("Population", "left"), ("Works", "right"),
                          ("Reviews", "right"), ("Trials", "right"), ("↑/↓/null/mixed", "left"),
                          ("Best grade", "left")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for c in emap.coverage:
        table.add_row(c.outcome, c.population, str(c.works), str(c.reviews), str(c.trials),
                      f"{c.increase}/{c.decrease}/{c.null}/{c.mixed}",
                      Text(c.best_label, style=_GRADE_STYLE.get(c.best_label, "")))
    return table


def _ids(label: str, ids: tuple[str, ...]) -> Text:
    text = Text()
    text.append(f"{label} ({len(ids)}): ", style="bold")
    text.append(", ".join(ids) if ids else "none")
    return text


def _summary(summary: Summary) -> Group:
    head = Text(f"{summary.claims} claims, {summary.works} works, {summary.links} claim–work links")
    grades = Text("Grades: ")
    for i, (label, count) in enumerate(summary.grades.items()):
        grades.append(", " if i else "")
        grades.append(f"{label} {count}", style=_GRADE_STYLE.get(label, ""))
    return Group(
        head, grades,
        _ids("Claims resting on a single work", summary.single_work),
        _ids("Claims on grey literature only", summary.grey_only),
        _ids("Claims uncited wherever they appear", summary.uncited),
        _ids("Claims without evidence", summary.no_evidence),
        _ids("Works no claim uses", summary.unused_works),
        Text(""),
    )


def _works_cell(claim: ClaimEntry) -> Text:
    parts = [f"{w.key}{_SUPPORT_MARK.get(w.support, f' ({w.support})')}"
             f"{'' if w.known else ' [not in references]'}" for w in claim.works]
    return Text("\n".join(parts) if parts else "—")


def _claims_table(emap: EvidenceMap) -> Table:
    table = Table(title="Claims (works support directly unless marked)", title_justify="left",
                  box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("Claim", no_wrap=True)
    table.add_column("Grade", no_wrap=True)
    table.add_column("Works", overflow="fold")
    table.add_column("Appear.", justify="right")
    table.add_column("Docs", justify="right")
    table.add_column("Uncited")
    for c in emap.claims:
        table.add_row(c.id, Text(c.grade, style=_GRADE_STYLE.get(c.grade, "")), _works_cell(c),
                      str(c.appearances), str(c.documents), "yes" if c.uncited else "")
    return table


def _works_table(emap: EvidenceMap) -> Table:
    table = Table(title="Load-bearing works (ranked by Sole: claims with no other direct "
                  "evidence, then Direct, then Claims)",
                  title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                  pad_edge=False)
    table.add_column("Rank", justify="right")
    table.add_column("Work", no_wrap=True)
    table.add_column("Citation", overflow="fold", min_width=20)
    table.add_column("Design", overflow="fold")
    table.add_column("GRADE", no_wrap=True)
    for name in ("CEBM", "Sole", "Direct", "Claims"):
        table.add_column(name, justify="right")
    for w in emap.works:
        table.add_row(str(w.rank), w.key, w.citation, w.design or "—", w.level, str(w.cebm),
                      str(w.sole_direct), str(w.direct), str(w.total))
    return table
