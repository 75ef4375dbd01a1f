"""The evidence map: its data, the load-bearing ranking, links and the bundled corpus's map.

Its formats are tested in tests/render/test_report.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from peerclaims.corpus.load import read_corpus
from peerclaims.curate.report import EvidenceMap, evidence_map
from peerclaims.runner import load_corpus, validate
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "report"


@pytest.fixture(scope="module")
def emap() -> EvidenceMap:
    """The evidence map of the report fixture corpus."""
    return evidence_map(read_corpus(FIXTURE / "claims.yaml", FIXTURE / "references.bib"))


def test_fixture_corpus_has_no_errors() -> None:
    """The fixture is a valid corpus (warnings are expected: it has gaps on purpose)."""
    corpus = read_corpus(FIXTURE / "claims.yaml", FIXTURE / "references.bib")
    assert [d for d in validate(corpus) if d.severity.value == "error"] == []


def test_summary(emap: EvidenceMap) -> None:
    """Counts and the lists a curator acts on."""
    s = emap.summary
    assert (s.claims, s.works, s.links) == (7, 8, 9)
    assert s.single_work == (
        "increased-hope",
        "peer-workforce-growing",
        "intentional-peer-support-tasks",
    )
    assert s.grey_only == ("peer-workforce-growing", "intentional-peer-support-tasks")
    assert s.uncited == ("increased-hope", "peer-support-saves-money")
    assert s.no_evidence == ("peer-support-saves-money",)
    assert s.unused_works == ("peerworks2020hub",)
    assert s.grades == {"High": 0, "Moderate": 1, "Low": 0, "Very low": 6}


def test_claim_entries(emap: EvidenceMap) -> None:
    """Grade with its factors, works with support, appearances and documents."""
    claims = {c.id: c for c in emap.claims}
    mentor = claims["recovery-mentor-fewer-admissions"]
    assert (mentor.grade, mentor.factors, mentor.best_design) == (
        "Moderate",
        ("single study (-1)",),
        "rct",
    )
    assert [(w.key, w.support, w.locator) for w in mentor.works] == [
        ("sledge2011effectiveness", "direct", "Table 2"),
        ("davidson2012peer", "review", None),
    ]
    assert (mentor.appearances, mentor.documents, mentor.uncited) == (2, 2, False)
    hope = claims["increased-hope"]
    assert (hope.appearances, hope.documents, hope.uncited) == (2, 1, True)
    assert claims["intentional-peer-support-tasks"].factors == ("secondary citations only",)
    assert claims["peer-support-saves-money"].factors == ("no evidence",)


def test_load_bearing_ranking(emap: EvidenceMap) -> None:
    """Rank by (only direct evidence for, directly supports, supports at all); ties share a rank."""
    ranked = [(w.rank, w.key, w.weight) for w in emap.works]
    assert ranked == [
        (1, "nasmhpd2006peer", (1, 1, 2)),
        (2, "mead2006peer", (1, 1, 1)),
        (2, "sledge2011effectiveness", (1, 1, 1)),
        (4, "white2006lets", (0, 1, 1)),
        (4, "white2006sponsor", (0, 1, 1)),
        (6, "davidson2012peer", (0, 0, 2)),
        (7, "meadnd", (0, 0, 1)),
        (8, "peerworks2020hub", (0, 0, 0)),
    ]


def test_work_entries(emap: EvidenceMap) -> None:
    """Short APA citation, design, GRADE start and CEBM level, and the claims resting on it."""
    sledge = emap.work("SLEDGE2011effectiveness")
    assert sledge is not None
    assert (sledge.citation, sledge.design, sledge.level, sledge.cebm) == (
        "Sledge et al., 2011",
        "rct",
        "High",
        2,
    )
    nasmhpd = emap.work("nasmhpd2006peer")
    assert nasmhpd is not None and nasmhpd.grey
    assert [(u.claim_id, u.support) for u in nasmhpd.claims] == [
        ("shared-understanding", "secondary"),
        ("peer-workforce-growing", "direct"),
    ]
    white = emap.work("white2006sponsor")
    assert white is not None and white.citation == "White, 2006b"


CLAIMS_EDGE = """\
version: 1
claims:
  - id: twice
    statement: The same work is listed twice, once as a review.
    population: general
    outcome: hope
    direction: increase
    evidence:
      - ref: a2001x
        support: review
      - ref: A2001X
      - ref: missing2000x
    appearances:
      - document: d.md
        as_written: hope
        cited_as: ""
"""
BIB_EDGE = "@article{a2001x, author = {A, B.}, title = {T}, journal = {J}, year = {2001}}\n"


def test_links_are_deduplicated_and_unknown_keys_kept(
    corpus_files: Callable[[str, str], tuple[Path, Path]],
) -> None:
    """One link per distinct key with the strongest support; unknown keys stay, flagged."""
    claims, bib = corpus_files(CLAIMS_EDGE, BIB_EDGE)
    result = evidence_map(load_corpus(claims, bib).corpus)
    (claim,) = result.claims
    assert [(w.key, w.support, w.known) for w in claim.works] == [
        ("a2001x", "direct", True),
        ("missing2000x", "direct", False),
    ]
    assert claim.uncited  # an empty cited_as is no citation
    assert [w.key for w in result.works] == ["a2001x"]
    assert result.works[0].weight == (1, 1, 1)


def test_bundled_corpus_map() -> None:
    """On the bundled corpus the map agrees with validate's unused-reference findings."""
    corpus = read_corpus()
    result = evidence_map(corpus)
    unused = sorted(
        d.message.split("'")[1] for d in validate(corpus) if d.name == "unused-reference"
    )
    assert sorted(result.summary.unused_works) == unused
    assert sum(result.summary.grades.values()) == result.summary.claims == len(corpus.claims)
    assert [w.rank for w in result.works] == sorted(w.rank for w in result.works)
