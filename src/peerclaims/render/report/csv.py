"""The evidence map as CSV (RFC 4180, CRLF line ends): one row per claim–work link, with a header.

Claims without evidence have no link and so no row; the other formats list them.
"""

from __future__ import annotations

import csv
import io

from peerclaims.curate.report import EvidenceMap

HEADER = (
    "claim_id",
    "claim_grade",
    "population",
    "outcome",
    "claim_uncited",
    "work_key",
    "support",
    "locator",
    "in_references",
    "citation",
    "design",
    "study_level",
    "cebm_level",
    "grey",
    "work_rank",
    "statement",
)


def render(emap: EvidenceMap) -> str:
    """The whole CSV text."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    for claim in emap.claims:
        for link in claim.works:
            work = emap.work(link.key) if link.known else None
            writer.writerow(
                (
                    claim.id,
                    claim.grade,
                    claim.population,
                    claim.outcome,
                    _flag(claim.uncited),
                    link.key,
                    link.support,
                    link.locator or "",
                    _flag(link.known),
                    work.citation if work else "",
                    (work.design or "") if work else "",
                    work.level if work else "",
                    work.cebm if work else "",
                    _flag(work.grey) if work else "",
                    work.rank if work else "",
                    claim.statement,
                )
            )
    return buffer.getvalue()


def _flag(value: bool) -> str:
    return "yes" if value else "no"
