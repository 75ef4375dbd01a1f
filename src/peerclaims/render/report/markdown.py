"""The evidence map as Markdown: summary, claims table, load-bearing works table."""

from __future__ import annotations

from peerclaims.apa import Segment
from peerclaims.curate.coverage import markdown_table
from peerclaims.curate.report import ClaimEntry, EvidenceMap, Summary, WorkEntry
from peerclaims.render.cite import markdown


def _md(text: str) -> str:
    """Escape text for a Markdown table cell (one line, pipes and emphasis escaped)."""
    return markdown([Segment(" ".join(text.split()))])


def _code_list(ids: tuple[str, ...]) -> str:
    return ", ".join(f"`{i}`" for i in ids) if ids else "none"


def _summary(summary: Summary) -> str:
    grades = "".join(f"| {label} | {count} |\n" for label, count in summary.grades.items())
    lists = (
        ("Claims resting on a single work", summary.single_work),
        ("Claims on grey literature only", summary.grey_only),
        ("Claims uncited wherever they appear", summary.uncited),
        ("Claims without evidence", summary.no_evidence),
        ("Works no claim uses", summary.unused_works),
    )
    items = "".join(f"- **{label}** ({len(ids)}): {_code_list(ids)}\n" for label, ids in lists)
    return (
        f"## Summary\n\n{summary.claims} claims, {summary.works} works, {summary.links} "
        f"claim–work links.\n\n| Grade | Claims |\n|---|---:|\n{grades}\n{items}"
    )


def _claim_row(c: ClaimEntry) -> str:
    works = (
        "<br>".join(
            f"`{w.key}` ({w.support}{'' if w.known else ', not in references'})" for w in c.works
        )
        or "—"
    )
    grade = c.grade + (f" ({_md('; '.join(c.factors))})" if c.factors else "")
    return (
        f"| `{c.id}` | {_md(c.statement)} | {c.population} | {c.outcome} | {grade} | "
        f"{works} | {c.appearances} | {c.documents} | {'yes' if c.uncited else 'no'} |\n"
    )


def _work_row(w: WorkEntry) -> str:
    used = ", ".join(f"`{u.claim_id}` ({u.support})" for u in w.claims) or "—"
    return (
        f"| {w.rank} | `{w.key}` | {markdown(w.reference)} | {w.design or '—'} | {w.level} | "
        f"{w.cebm} | {w.sole_direct} | {w.direct} | {w.total} | {used} |\n"
    )


def _coverage(emap: EvidenceMap) -> str:
    if not emap.coverage:
        return ""
    return (
        "\n## Coverage\n\nOutcome × population: works reporting findings (reviews, "
        "controlled trials), findings by direction, best grade (docs/corpus.md).\n\n"
        + markdown_table(emap.coverage)
    )


def render(emap: EvidenceMap) -> str:
    """The whole Markdown document."""
    claims = "".join(_claim_row(c) for c in emap.claims)
    works = "".join(_work_row(w) for w in emap.works)
    return (
        "# Evidence map\n\n" + _summary(emap.summary) + "\n## Claims\n\n"
        "| Claim | Statement | Population | Outcome | Grade | Works | Appearances | Documents "
        "| Uncited |\n|---|---|---|---|---|---|---:|---:|---|\n"
        + claims
        + _coverage(emap)
        + "\n## Load-bearing works\n\n"
        "Ranked by the number of claims for which the work is the only direct evidence, then "
        "the claims it supports directly, then all claims resting on it (docs/report.md).\n\n"
        "| Rank | Key | Reference (APA 7) | Design | GRADE start | CEBM | Sole direct | Direct "
        "| Claims | Used by |\n|---:|---|---|---|---|---:|---:|---:|---:|---|\n" + works
    )
