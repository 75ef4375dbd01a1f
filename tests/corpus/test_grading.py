"""Grades computed from evidence: design levels, imprecision, indirectness, a review's own rating."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from peerclaims.corpus.grading import Level, grade_claim
from peerclaims.runner import load_corpus

BIB = """\
@article{rev2019,
  author = {Chien, W. T.}, title = {Peer support}, journal = {Cochrane}, year = {2019},
  studydesign = {meta-analysis}
}
@article{trial2011,
  author = {Sledge, W. H.}, title = {Mentors}, journal = {PS}, year = {2011},
  studydesign = {rct}
}
"""


def claims(evidence: str) -> str:
    return f"""\
version: 1
claims:
  - id: c
    statement: s
    population: mental-health
    outcome: hospitalization
    direction: no-difference
    evidence:
{evidence}
"""


@pytest.mark.parametrize(
    ("evidence", "level", "factor"),
    [
        (
            "      - {ref: rev2019, support: direct, certainty: very-low}",
            Level.VERY_LOW,
            "rated very low certainty by rev2019 (GRADE)",
        ),
        (
            "      - {ref: rev2019, support: direct, certainty: low}\n"
            "      - {ref: trial2011, support: review, certainty: moderate}",
            Level.MODERATE,
            "rated moderate certainty by trial2011 (GRADE)",
        ),
        ("      - {ref: rev2019, support: direct}", Level.MODERATE, "single study (-1)"),
        (
            "      - {ref: rev2019, support: secondary, certainty: high}",
            Level.VERY_LOW,
            "secondary citations only",
        ),
    ],
)
def test_grade(
    evidence: str, level: Level, factor: str, corpus_files: Callable[[str, str], tuple[Path, Path]]
) -> None:
    """A work's own rating wins over the design-based start; secondary ratings do not count."""
    corpus = load_corpus(*corpus_files(claims(evidence), BIB)).corpus
    grade = grade_claim(corpus.claims[0], corpus)
    assert grade.level is level
    assert factor in grade.factors
