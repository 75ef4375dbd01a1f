"""Rich output for `search`, `show`, `study` and `impact` on a terminal: tables and panels.

Search matches are bold; the plain renderer's helpers supply the wording so both agree.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from peerclaims.corpus.titles import title_of
from peerclaims.curate.explore import ClaimView, Impact, StudyView, work_line
from peerclaims.curate.search import END, MARK, SearchResult
from peerclaims.render.explore import text as plain

MATCH = "bold yellow"
_GRADE = {"High": "green", "Moderate": "cyan", "Low": "yellow", "Very low": "red"}


def highlighted(snippet: str) -> Text:
    """A snippet as rich Text with each match in bold."""
    text = Text()
    bold = False
    for part in snippet.replace(END, MARK).split(MARK):
        text.append(part, style=MATCH if bold else "")
        bold = not bold
    return text


def grade(label: str | None) -> Text:
    """A grade label coloured by strength."""
    return Text(label or "", style=_GRADE.get(label or "", ""))


def _table(title: str | None, *columns: str) -> Table:
    """A table with simple rules; ids and keys are never cut, document titles wrap."""
    table = Table(title=title, title_justify="left", title_style="bold", box=box.SIMPLE_HEAD)
    for name in columns:
        whole = name in ("id", "claim", "ref", "#")
        width = _DOCUMENT_WIDTH if name == "document" else None
        table.add_column(name, no_wrap=whole, overflow="fold", max_width=width)
    return table


_DOCUMENT_WIDTH = 26  # a title wraps within this; a file name this long folds


def search(result: SearchResult, query: str, console: Console) -> None:
    """A table of hits: rank, id, kind, grade, and title over snippet."""
    if not result.hits:
        console.print(plain.search(result, query).rstrip())
        return
    table = _table(None, "#", "id", "kind", "grade", "match")
    for n, hit in enumerate(result.hits, 1):
        body = Text(hit.title, style="bold")
        if plain.adds_to_title(hit):
            body.append("\n").append_text(highlighted(hit.snippet))
        table.add_row(str(n), hit.id, hit.kind, grade(hit.grade), body)
    console.print(table)


def show(view: ClaimView, console: Console) -> None:
    """A panel with the claim, then tables of evidence and appearances."""
    c, g = view.claim, view.grade
    facts = Text(
        f"kind {c.kind} · population {c.population} · outcome {c.outcome} · "
        f"direction {c.direction}\n",
        style="dim",
    )
    facts.append("grade ").append_text(grade(g.label))
    facts.append(f"  {'; '.join(g.factors)}" if g.factors else "")
    extra = [f"effect: {plain.effect_line(c.effect)}"] if c.effect else []
    extra += [f"tags: {', '.join(c.tags)}"] if c.tags else []
    extra += [f"note: {' '.join(c.note.split())}"] if c.note else []
    body = Group(Text(" ".join(c.statement.split()), style="bold"), facts, *map(Text, extra))
    console.print(Panel(body, title=c.id, title_align="left"))
    table = _table(f"Evidence ({len(view.works)})", "ref", "support", "work")
    for w in view.works:
        lines = [work_line(w.work)] if w.work else []
        lines += [f"locator: {w.evidence.locator}"] if w.evidence.locator else []
        table.add_row(w.evidence.ref, plain.work_facts(w), "\n".join(lines))
    console.print(table)
    table = _table(f"Appearances ({len(view.appearances)})", "document", "as written", "cited as")
    for item in view.appearances:
        a = item.appearance
        cited = Text(a.cited_as or "(no citation)", style="" if a.cited_as else "dim")
        for variant in item.variants:
            cited.append(f"\nvariant: {variant}", style="magenta")
        written = Text(" ".join(a.as_written.split()))
        if a.location:
            written.append(f"\n{a.location}", style="dim")
        table.add_row(title_of(a.document, view.titles), written, cited)
    console.print(table)


def study(view: StudyView, console: Console) -> None:
    """A panel with the work's fields, then a table of the claims resting on it."""
    w = view.work
    lines = [Text(work_line(w), style="bold")]
    lines += [Text(f"{label}: {value}") for label, value in plain.study_fields(w)]
    lines.append(Text(f"level: starts {view.level} (GRADE) · CEBM {view.cebm}", style="dim"))
    console.print(Panel(Group(*lines), title=f"{w.key} ({w.entry_type})", title_align="left"))
    table = _table(
        f"Claims resting on it ({len(view.claims)})", "claim", "support", "grade", "statement"
    )
    for r in view.claims:
        locator = f"\nlocator: {r.locator}" if r.locator else ""
        table.add_row(
            r.claim.id, r.support, grade(r.grade), " ".join(r.claim.statement.split()) + locator
        )
    console.print(table)


def impact(result: Impact, console: Console) -> None:
    """Tables of claims left with nothing, losing direct support, weakened; then appearances."""
    console.print(Text(f"Withdrawing: {', '.join(result.withdrawn)}", style="bold"))
    console.print()
    for title, items in plain.impact_groups(result):
        if not items:
            console.print(
                Text(f"{title} (0)", style="bold"), Text("  none\n", style="dim"), sep="\n"
            )
            continue
        table = _table(f"{title} ({len(items)})", "claim", "grade", "loses", "keeps")
        for item in items:
            change = grade(item.before.label).append(" → ").append_text(grade(item.after.label))
            table.add_row(
                item.claim.id, change, ", ".join(item.lost), ", ".join(item.remaining) or "nothing"
            )
        console.print(table)
    table = _table(
        "What presenters would have to change", "document", "claim", "as written", "where"
    )
    for doc, claim, a in result.appearances:
        document = title_of(doc, result.titles)
        table.add_row(document, claim.id, " ".join(a.as_written.split()), a.location or "")
    console.print(table)
