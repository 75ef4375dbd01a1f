"""Versioned JSON for `search`, `show`, `study` and `impact`.

Every document is `{"version": 1, ...}` (shapes in docs/commands.md). Keys keep a fixed order.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from peerclaims.corpus.grading import Grade
from peerclaims.curate.explore import Affected, ClaimView, Impact, StudyView, WorkSupport, work_line
from peerclaims.curate.search import END, MARK, Hit, SearchResult

if TYPE_CHECKING:
    from peerclaims.corpus.model import Appearance, Reference

JSON_VERSION = 1


def dump(payload: dict[str, Any]) -> str:
    """A JSON document with the version first, indented, UTF-8 kept as is."""
    return json.dumps({"version": JSON_VERSION, **payload}, indent=2, ensure_ascii=False) + "\n"


def spans(snippet: str) -> tuple[str, list[list[int]]]:
    """The snippet without markers, and [start, end) offsets of each match in it."""
    text: list[str] = []
    found: list[list[int]] = []
    for char in snippet:
        if char == MARK:
            found.append([len(text), len(text)])
        elif char == END and found:
            found[-1][1] = len(text)
        else:
            text.append(char)
    return "".join(text), found


def hit_dict(hit: Hit) -> dict[str, Any]:
    """One search hit."""
    text, matches = spans(hit.snippet)
    return {
        "kind": hit.kind,
        "id": hit.id,
        "title": hit.title,
        "grade": hit.grade,
        "score": hit.score,
        "snippet": text,
        "matches": matches,
    }


def search(result: SearchResult, query: str, filters: dict[str, Any]) -> str:
    """The search document: query, the query run, fuzzy flag, corrected words, filters, hits."""
    return dump(
        {
            "query": query,
            "query_used": result.query_used,
            "fuzzy": result.fuzzy,
            "unmatched": list(result.unmatched),
            "filters": filters,
            "hits": [hit_dict(h) for h in result.hits],
        }
    )


def grade_dict(grade: Grade) -> dict[str, Any]:
    """A computed grade."""
    return {
        "label": grade.label,
        "level": int(grade.level),
        "factors": list(grade.factors),
        "direct_works": grade.direct_works,
        "best_design": grade.best_design,
    }


def work_dict(work: Reference) -> dict[str, Any]:
    """A work's fields, decoded."""
    people = [{"first": p.first, "last": p.surname} for p in work.creators]
    container = next(
        (
            work.get(k)
            for k in ("journal", "booktitle", "institution", "publisher", "school")
            if work.get(k)
        ),
        None,
    )
    return {
        "key": work.key,
        "type": work.entry_type,
        "line": work_line(work),
        "authors": people,
        "title": work.title or None,
        "container": container,
        "year": work.year,
        "design": work.design,
        "n": _number(work.get("n")),
        "doi": work.get("doi"),
        "pmid": work.get("pmid"),
        "url": work.get("url"),
        "cited_as": list(work.cited_as),
        "note": work.get("note"),
    }


def _number(text: str | None) -> int | str | None:
    return int(text) if text and text.isdigit() else text


def _support(item: WorkSupport) -> dict[str, Any]:
    work = item.work
    return {
        "ref": item.evidence.ref,
        "found": work is not None,
        "support": item.evidence.support,
        "locator": item.evidence.locator,
        "design": work.design if work else None,
        "n": _number(work.get("n")) if work else None,
        "cebm": item.cebm,
        "level": item.level,
        "line": work_line(work) if work else None,
    }


def appearance_dict(
    a: Appearance, variants: tuple[str, ...] | None = None, titles: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """One appearance, its document's title (null when it has none); `variants` only where
    they were computed."""
    row: dict[str, Any] = {
        "document": a.document,
        "title": (titles or {}).get(a.document),
        "as_written": a.as_written,
        "cited_as": a.cited_as,
        "location": a.location,
    }
    if variants is not None:
        row["variants"] = list(variants)
    return row


def show(view: ClaimView) -> str:
    """The `show` document."""
    c = view.claim
    claim = {
        "id": c.id,
        "statement": " ".join(c.statement.split()),
        "kind": c.kind,
        "population": c.population,
        "outcome": c.outcome,
        "direction": c.direction,
        "effect": c.effect.model_dump(exclude_none=True) if c.effect else None,
        "tags": list(c.tags),
        "note": c.note,
    }
    return dump(
        {
            "claim": claim,
            "grade": grade_dict(view.grade),
            "evidence": [_support(w) for w in view.works],
            "appearances": [
                appearance_dict(a.appearance, a.variants, view.titles) for a in view.appearances
            ],
        }
    )


def study(view: StudyView) -> str:
    """The `study` document."""
    claims = [
        {
            "id": r.claim.id,
            "statement": " ".join(r.claim.statement.split()),
            "support": r.support,
            "locator": r.locator,
            "grade": r.grade,
        }
        for r in view.claims
    ]
    return dump(
        {"work": work_dict(view.work), "level": view.level, "cebm": view.cebm, "claims": claims}
    )


def _affected(item: Affected, titles: Mapping[str, str]) -> dict[str, Any]:
    return {
        "id": item.claim.id,
        "statement": " ".join(item.claim.statement.split()),
        "lost": list(item.lost),
        "remaining": list(item.remaining),
        "grade_before": item.before.label,
        "grade_after": item.after.label,
        "appearances": [appearance_dict(a, titles=titles) for a in item.claim.appearances],
    }


def impact(result: Impact) -> str:
    """The `impact` document: withdrawn keys, the three groups of claims (worst first, each
    claim in one), appearances by document."""
    documents: dict[str, list[dict[str, Any]]] = {}
    for doc, claim, a in result.appearances:
        row = appearance_dict(a, titles=result.titles)
        del row["title"]  # said once, with the document
        documents.setdefault(doc, []).append({"claim": claim.id, **row})
    return dump(
        {
            "withdrawn": list(result.withdrawn),
            "no_evidence": [_affected(i, result.titles) for i in result.no_evidence],
            "loses_all_direct": [_affected(i, result.titles) for i in result.loses_direct],
            "weakened": [_affected(i, result.titles) for i in result.weakened],
            "documents": [
                {"document": d, "title": result.titles.get(d), "appearances": rows}
                for d, rows in documents.items()
            ],
        }
    )
