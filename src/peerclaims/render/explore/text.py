"""Plain text for `search`, `show`, `study` and `impact` when output is piped: no colour.

Matches in search snippets are wrapped in `**`. Every function is pure: results in, text out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from peerclaims.corpus.titles import title_of
from peerclaims.curate.explore import Affected, ClaimView, Impact, StudyView, WorkSupport, work_line
from peerclaims.curate.search import END, MARK, Hit, SearchResult

if TYPE_CHECKING:
    from peerclaims.corpus.model import Appearance, Effect, Reference

INDENT = "    "


def plural(n: int, word: str) -> str:
    """ "1 document", "2 documents"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def marked(snippet: str, start: str = "**", end: str = "**") -> str:
    """Replace the search match markers with `start` / `end` (nothing, to strip them)."""
    return snippet.replace(MARK, start).replace(END, end)


def adds_to_title(hit: Hit) -> bool:
    """Whether the snippet says more than the title line (it often is the work's title)."""
    return bool(hit.snippet) and marked(hit.snippet, "", "").strip("…") not in hit.title


def fuzzy_note(result: SearchResult, query: str = "") -> str:
    """ "no match for 'x'; showing results for 'y'" when words were corrected, else ""."""
    if not result.fuzzy:
        return ""
    missing = ", ".join(f"'{word}'" for word in result.unmatched) or f"'{query}'"
    return f"no match for {missing}; showing results for '{result.query_used}'"


def search(result: SearchResult, query: str) -> str:
    """Numbered hits: id, kind and grade; the title line; the snippet with `**` marks.

    A correction is not said here but on stderr (`fuzzy_note`), so stdout holds only results.
    """
    if not result.hits:
        return f"no matches for '{query}'\n" if query else "nothing matches these filters\n"
    lines = []
    for n, hit in enumerate(result.hits, 1):
        grade = f", {hit.grade}" if hit.grade else ""
        lines.append(f"{n}. {hit.id}  ({hit.kind}{grade})")
        lines.append(INDENT + hit.title)
        if adds_to_title(hit):
            lines.append(INDENT + marked(hit.snippet))
    return "\n".join(lines) + "\n"


def effect_line(effect: Effect) -> str:
    """ "measure: 0.89 (SD 1.35) vs 1.53 (SD 1.53), change -42%, n=74, 9 months"."""
    parts = []
    if effect.value is not None:
        parts.append(f"{effect.value:g}" + (f" {effect.unit}" if effect.unit else ""))
    if effect.intervention is not None and effect.comparison is not None:
        parts.append(
            f"{_sd(effect.intervention, effect.intervention_sd)} vs "
            f"{_sd(effect.comparison, effect.comparison_sd)}"
        )
    if effect.relative_change is not None:
        parts.append(f"change {effect.relative_change:+.0%}")
    if effect.n is not None:
        parts.append(f"n={effect.n}")
    if effect.timeframe:
        parts.append(effect.timeframe)
    return f"{effect.measure}: " + ", ".join(parts)


def _sd(mean: float, sd: float | None) -> str:
    return f"{mean:g}" if sd is None else f"{mean:g} (SD {sd:g})"


def work_facts(support: WorkSupport) -> str:
    """ "direct · rct · n=74 · CEBM 2 · starts High" for one evidence link."""
    work = support.work
    parts = [support.evidence.support]
    if work is None:
        return f"{support.evidence.support} · not in references.bib"
    parts += [work.design or "design unknown"]
    if work.get("n"):
        parts.append(f"n={work.get('n')}")
    parts += [f"CEBM {support.cebm}", f"starts {support.level}"]
    return " · ".join(parts)


def appearance_head(a: Appearance, titles: Mapping[str, str] | None = None) -> str:
    """The document (by its title where it has one), and where in it."""
    return title_of(a.document, titles or {}) + (f" — {a.location}" if a.location else "")


def show(view: ClaimView) -> str:
    """A claim: statement, facts, grade, evidence with levels, appearances with variants."""
    c, g = view.claim, view.grade
    lines = [
        c.id,
        INDENT + " ".join(c.statement.split()),
        f"{INDENT}kind: {c.kind} · population: {c.population} · outcome: {c.outcome} · "
        f"direction: {c.direction}",
    ]
    factors = f" ({'; '.join(g.factors)})" if g.factors else ""
    lines.append(f"{INDENT}grade: {g.label}{factors}; direct works: {g.direct_works}")
    if c.effect:
        lines.append(f"{INDENT}effect: {effect_line(c.effect)}")
    if c.tags:
        lines.append(f"{INDENT}tags: {', '.join(c.tags)}")
    if c.note:
        lines.append(f"{INDENT}note: {' '.join(c.note.split())}")
    lines += ["", f"Evidence ({len(view.works)})"]
    for w in view.works:
        lines.append(f"  {w.evidence.ref}  {work_facts(w)}")
        lines += [INDENT + text for text in _work_lines(w.work, w.evidence.locator)]
    lines += ["", f"Appearances ({len(view.appearances)})"]
    for item in view.appearances:
        lines.append("  " + appearance_head(item.appearance, view.titles))
        lines += [INDENT + text for text in _appearance_lines(item.appearance, item.variants)]
    return "\n".join(lines) + "\n"


def _work_lines(work: Reference | None, locator: str | None) -> list[str]:
    lines = [work_line(work)] if work else []
    return lines + ([f"locator: {locator}"] if locator else [])


def _appearance_lines(a: Appearance, variants: Iterable[str]) -> list[str]:
    lines = [
        f'"{" ".join(a.as_written.split())}"',
        f"cited as: {a.cited_as}" if a.cited_as else "cited as: (no citation)",
    ]
    return lines + [f"variant: {v}" for v in variants]


def study_fields(work: Reference) -> list[tuple[str, str]]:
    """The fields worth showing for a work, as (label, value) pairs in a fixed order."""
    names = "; ".join(" ".join(filter(None, (p.first, p.surname, p.jr))) for p in work.creators)
    fields = (
        "journal",
        "booktitle",
        "institution",
        "publisher",
        "school",
        "year",
        "studydesign",
        "n",
        "doi",
        "pmid",
        "url",
    )
    pairs = [("authors" if work.authors else "editors", names)]
    pairs += [(name, work.get(name) or "") for name in fields]
    pairs += [("cited as", "; ".join(work.cited_as)), ("note", work.get("note") or "")]
    return [(label, value) for label, value in pairs if value]


def study(view: StudyView) -> str:
    """A work: its fields, levels, and the claims resting on it."""
    w = view.work
    lines = [f"{w.key}  ({w.entry_type})", INDENT + work_line(w)]
    lines += [f"{INDENT}{label}: {value}" for label, value in study_fields(w)]
    lines.append(f"{INDENT}level: starts {view.level} (GRADE) · CEBM {view.cebm}")
    lines += ["", f"Claims resting on it ({len(view.claims)})"]
    for r in view.claims:
        lines.append(f"  {r.claim.id}  {r.support} · grade {r.grade}")
        lines.append(INDENT + " ".join(r.claim.statement.split()))
        if r.locator:
            lines.append(f"{INDENT}locator: {r.locator}")
    return "\n".join(lines) + "\n"


def affected_line(item: Affected) -> str:
    """ "id  Moderate → Low  (loses a; keeps b, c)"."""
    keeps = ", ".join(item.remaining) or "nothing"
    return (
        f"{item.claim.id}  {item.before.label} → {item.after.label}  "
        f"(loses {', '.join(item.lost)}; keeps {keeps})"
    )


def impact_groups(result: Impact) -> tuple[tuple[str, tuple[Affected, ...]], ...]:
    """The groups of affected claims with their headings, worst first."""
    return (
        ("Left with no evidence", result.no_evidence),
        ("Lose all direct support", result.loses_direct),
        ("Weakened", result.weakened),
    )


def impact(result: Impact) -> str:
    """Claims left with no evidence, losing all direct support, weakened; appearances to revise."""
    lines = [f"Withdrawing: {', '.join(result.withdrawn)}", ""]
    for title, items in impact_groups(result):
        lines.append(f"{title} ({len(items)})")
        if not items:
            lines.append("  none")
        for item in items:
            lines += ["  " + affected_line(item), INDENT + " ".join(item.claim.statement.split())]
        lines.append("")
    rows = result.appearances
    docs = list(dict.fromkeys(doc for doc, _, _ in rows))  # in the rows' order: by title
    lines.append(
        f"What presenters would have to change ({plural(len(rows), 'appearance')} in "
        f"{plural(len(docs), 'document')})"
    )
    for doc in docs:
        lines.append(f"  {title_of(doc, result.titles)}")
        for _, claim, a in (row for row in rows if row[0] == doc):
            where = f" ({a.location})" if a.location else ""
            lines.append(f'{INDENT}{claim.id}: "{" ".join(a.as_written.split())}"{where}')
    return "\n".join(lines) + "\n"
