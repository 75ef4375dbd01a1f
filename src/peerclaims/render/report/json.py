"""The evidence map as versioned JSON: `{"version": 1, "claims": [...], "works": [...], "summary": {...}}`."""

from __future__ import annotations

import json

from peerclaims.apa import segments_text
from peerclaims.curate.coverage import Cell
from peerclaims.curate.report import ClaimEntry, EvidenceMap, Summary, WorkEntry

JSON_VERSION = 1


def claim_dict(claim: ClaimEntry) -> dict[str, object]:
    """One claim as a JSON-ready mapping with a fixed key order."""
    return {
        "id": claim.id,
        "statement": claim.statement,
        "kind": claim.kind,
        "population": claim.population,
        "outcome": claim.outcome,
        "direction": claim.direction,
        "effect": claim.effect.model_dump(exclude_none=True) if claim.effect else None,
        "grade": {
            "label": claim.grade,
            "level": claim.grade_level,
            "factors": list(claim.factors),
            "best_design": claim.best_design,
        },
        "works": [
            {"key": w.key, "support": w.support, "locator": w.locator, "known": w.known}
            for w in claim.works
        ],
        "appearances": claim.appearances,
        "documents": claim.documents,
        "uncited": claim.uncited,
        "single_work": claim.single_work,
        "grey_only": claim.grey_only,
    }


def work_dict(work: WorkEntry) -> dict[str, object]:
    """One work as a JSON-ready mapping with a fixed key order."""
    return {
        "key": work.key,
        "citation": work.citation,
        "reference": segments_text(work.reference),
        "entry_type": work.entry_type,
        "design": work.design,
        "study_level": work.level,
        "cebm_level": work.cebm,
        "grey": work.grey,
        "claims": [{"id": use.claim_id, "support": use.support} for use in work.claims],
        "weight": {"sole_direct": work.sole_direct, "direct": work.direct, "claims": work.total},
        "rank": work.rank,
    }


def summary_dict(summary: Summary) -> dict[str, object]:
    """The summary as a JSON-ready mapping."""
    return {
        "claims": summary.claims,
        "works": summary.works,
        "links": summary.links,
        "grades": dict(summary.grades),
        "single_work": list(summary.single_work),
        "grey_only": list(summary.grey_only),
        "uncited": list(summary.uncited),
        "no_evidence": list(summary.no_evidence),
        "unused_works": list(summary.unused_works),
    }


def cell_dict(cell: Cell) -> dict[str, object]:
    """One outcome × population cell of the coverage."""
    return {
        "outcome": cell.outcome,
        "population": cell.population,
        "works": cell.works,
        "reviews": cell.reviews,
        "trials": cell.trials,
        "findings": {
            "increase": cell.increase,
            "decrease": cell.decrease,
            "no-difference": cell.null,
            "mixed": cell.mixed,
        },
        "best_grade": cell.best_label,
        "claims": list(cell.claims),
    }


def render(emap: EvidenceMap) -> str:
    """The whole JSON document."""
    payload = {
        "version": JSON_VERSION,
        "claims": [claim_dict(c) for c in emap.claims],
        "works": [work_dict(w) for w in emap.works],
        "summary": summary_dict(emap.summary),
        "coverage": [cell_dict(c) for c in emap.coverage],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
