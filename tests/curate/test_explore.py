"""Claim, study and impact views: evidence levels, citation variants, withdrawn works."""

from __future__ import annotations

import pytest

from peerclaims.corpus.load import Corpus
from peerclaims.curate.explore import (
    NotFoundError,
    citation_variants,
    cited_forms,
    claim_view,
    impact,
    study_view,
    work_line,
)
from peerclaims.errors import InputError
from peerclaims.runner import load_corpus
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "explore"


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """The exploration fixture corpus."""
    return load_corpus(FIXTURE / "claims.yaml", FIXTURE / "references.bib").corpus


@pytest.fixture(scope="module")
def bundled() -> Corpus:
    """The corpus shipped with peerclaims."""
    return load_corpus().corpus


def test_claim_view_lists_works_with_levels(corpus: Corpus) -> None:
    """Each evidence link carries its work, support, locator, CEBM level and starting level."""
    view = claim_view(corpus, "mentor-fewer-readmissions")
    assert view.grade.label == "Moderate"
    rows = [
        (
            w.evidence.ref,
            w.evidence.support,
            w.evidence.locator,
            w.cebm,
            w.level,
            w.work.design if w.work else None,
        )
        for w in view.works
    ]
    assert rows == [
        ("sledge2011effectiveness", "direct", "recovery mentor trial, table 2", 2, "High", "rct"),
        ("davidson2012peer", "review", "ref (32)", 5, "Low", "narrative-review"),
    ]


@pytest.mark.parametrize(
    ("claim_id", "variants"),
    [
        (
            "mentor-fewer-readmissions",
            [
                ("'Chinman et al.' matches no work in the evidence",),
                ("year 2010 vs 2011 (sledge2011effectiveness)",),
            ],
        ),
        ("mentor-fewer-hospital-days", [("'Lawles' vs 'Lawless' (sledge2011effectiveness)",)]),
        ("increased-hope", [("'Ochoka' vs 'Ochocka' (muller2015hope)",)]),
        ("shared-understanding", [("'MacNeil' vs 'McNeil' (mead2006peer)",)]),
        ("workforce-growing", [()]),
        ("case-management-on-par", [()]),
        ("services-reduce-hospitalization", [()]),
        ("mutual-aid-empowerment", [()]),
    ],
)
def test_appearance_variants(
    corpus: Corpus, claim_id: str, variants: list[tuple[str, ...]]
) -> None:
    """Year, spelling and unmatched-author differences are found per appearance, and only those."""
    assert [a.variants for a in claim_view(corpus, claim_id).appearances] == variants


def test_cited_forms_parse_loosely() -> None:
    """Author-year groups split on ';' or ', ' before the next name; et al. and Vancouver forms too."""
    forms = cited_forms("(Kutash et al., 2011, Hoagwood et al., 2009)")
    assert [(f.names, f.year) for f in forms] == [(("Kutash",), 2011), (("Hoagwood",), 2009)]
    forms = cited_forms("(Chinman, Weingarten, & Davidson, 2001; O'Connell, ND)")
    assert [(f.names, f.year) for f in forms] == [
        (("Chinman", "Weingarten", "Davidson"), 2001),
        (("O'Connell",), None),
    ]
    assert [f.names for f in cited_forms("Sells D, Davidson L, Rowe M.")] == [
        ("Sells", "Davidson", "Rowe")
    ]
    assert cited_forms("(32)") == [] == cited_forms(None)


def test_accents_are_not_variants(corpus: Corpus) -> None:
    """'Muller' for 'Müller' is the same folded surname, so it is not reported."""
    work = corpus.reference("muller2015hope")
    assert work is not None
    assert citation_variants("(Muller & Ochocka, 2015)", [work]) == ()


def test_unknown_claim_suggests_the_closest_ids(corpus: Corpus) -> None:
    """An unknown id raises a LookupError-style InputError carrying the ids that are alike."""
    with pytest.raises(NotFoundError) as caught:
        claim_view(corpus, "mentor-readmissions")
    error = caught.value
    assert isinstance(error, LookupError) and isinstance(error, InputError)
    assert error.suggestions == ("mentor-fewer-readmissions",)
    assert (
        str(error)
        == "no claim 'mentor-readmissions' in the corpus; did you mean 'mentor-fewer-readmissions'?"
    )


def test_study_view(corpus: Corpus) -> None:
    """A study lists its levels and every claim resting on it, with support and locator."""
    view = study_view(corpus, "SLEDGE2011effectiveness")
    assert (view.work.key, view.level, view.cebm) == ("sledge2011effectiveness", "High", 2)
    assert [(r.claim.id, r.support, r.locator, r.grade) for r in view.claims] == [
        ("mentor-fewer-readmissions", "direct", "recovery mentor trial, table 2", "Moderate"),
        ("mentor-fewer-hospital-days", "direct", "recovery mentor trial, table 3", "Moderate"),
    ]
    assert work_line(view.work) == (
        "Sledge et al. (2011). Effectiveness of peer support in "
        "reducing readmissions of persons with multiple psychiatric "
        "hospitalizations"
    )


def test_unknown_study_suggests_keys(corpus: Corpus) -> None:
    """An unknown key names the closest keys."""
    with pytest.raises(
        NotFoundError,
        match=r"no work 'sledge2011' in the corpus; did you mean 'sledge2011effectiveness'\?",
    ):
        study_view(corpus, "sledge2011")


def test_impact_of_a_trial(corpus: Corpus) -> None:
    """Withdrawing the only direct work: a claim with nothing left comes first, then one that
    keeps a review; grades drop."""
    result = impact(corpus, ["sledge2011effectiveness"])
    assert [
        (a.claim.id, a.before.label, a.after.label, a.remaining) for a in result.no_evidence
    ] == [
        ("mentor-fewer-hospital-days", "Moderate", "Very low", ()),
    ]
    assert [
        (a.claim.id, a.before.label, a.after.label, a.remaining) for a in result.loses_direct
    ] == [
        ("mentor-fewer-readmissions", "Moderate", "Very low", ("davidson2012peer",)),
    ]
    assert result.weakened == ()
    assert [a.claim.id for a in result.affected] == [
        "mentor-fewer-hospital-days",
        "mentor-fewer-readmissions",
    ]
    # by the documents' titles (the fixture's documents.yaml): "Peer support: …" (talk.md)
    # before "Recovery mentors …" (paper.txt)
    assert [(doc, claim.id, a.as_written) for doc, claim, a in result.appearances] == [
        ("talk.md", "mentor-fewer-hospital-days", "reduce days in hospital by 48%"),
        ("talk.md", "mentor-fewer-readmissions", "reduce readmissions by 42%"),
        ("paper.txt", "mentor-fewer-readmissions", "readmissions fell from 1.53 to 0.89"),
    ]
    assert result.titles["paper.txt"] == "Recovery mentors and readmissions (working paper)"


def test_impact_of_a_review_weakens(corpus: Corpus) -> None:
    """Withdrawing a review weakens the claims citing it without taking their direct support."""
    result = impact(corpus, ["davidson2012peer"])
    assert result.no_evidence == result.loses_direct == ()
    assert [(a.claim.id, a.lost, a.before.label, a.after.label) for a in result.weakened] == [
        ("mentor-fewer-readmissions", ("davidson2012peer",), "Moderate", "Moderate"),
        ("increased-hope", ("davidson2012peer",), "Low", "Low"),
        ("services-reduce-hospitalization", ("davidson2012peer",), "Moderate", "Moderate"),
    ]


def test_impact_of_several_works(corpus: Corpus) -> None:
    """Several works can be withdrawn together; claims left with nothing are listed first."""
    result = impact(corpus, ["muller2015hope", "nasmhpd2006", "mead2006peer"])
    assert [a.claim.id for a in result.no_evidence] == [
        "mutual-aid-empowerment",
        "shared-understanding",
        "workforce-growing",
    ]
    assert {a.after.factors for a in result.no_evidence} == {("no evidence",)}
    assert [a.claim.id for a in result.loses_direct] == ["increased-hope"]
    assert result.weakened == ()


def test_impact_orders_no_evidence_then_no_direct_then_weakened(corpus: Corpus) -> None:
    """Each affected claim is in one group, worst first, whatever the corpus order."""
    result = impact(
        corpus, ["chinman2014peer", "davidson2012peer", "solomon1995consumer", "muller2015hope"]
    )
    groups = {
        "no evidence": [a.claim.id for a in result.no_evidence],
        "no direct": [a.claim.id for a in result.loses_direct],
        "weakened": [a.claim.id for a in result.weakened],
    }
    assert groups == {
        # services-reduce-hospitalization rested on two reviews only: nothing is left of it
        "no evidence": [
            "increased-hope",
            "mutual-aid-empowerment",
            "services-reduce-hospitalization",
        ],
        "no direct": ["case-management-on-par"],
        "weakened": ["mentor-fewer-readmissions"],
    }
    assert [a.claim.id for a in result.affected] == [
        *groups["no evidence"],
        *groups["no direct"],
        *groups["weakened"],
    ]
    assert all(not a.remaining for a in result.no_evidence)
    assert all(a.remaining for a in (*result.loses_direct, *result.weakened))


def test_impact_unknown_key(corpus: Corpus) -> None:
    """An unknown key is an error with suggestions, not an empty impact."""
    with pytest.raises(
        NotFoundError,
        match=r"no work 'davidson2012' in the corpus; did you mean 'davidson2012peer'\?",
    ):
        impact(corpus, ["davidson2012"])


def test_bundled_study_lists_the_recovery_mentor_claim(bundled: Corpus) -> None:
    """Acceptance: the recovery-mentor trial carries the readmissions claim."""
    ids = [r.claim.id for r in study_view(bundled, "sledge2011effectiveness").claims]
    assert "recovery-mentor-fewer-readmissions" in ids
    assert "recovery-mentor-fewer-hospital-days" in ids


def test_bundled_impact_of_the_davidson_review(bundled: Corpus) -> None:
    """Acceptance: withdrawing davidson2012peer strands its direct claims and weakens many more."""
    result = impact(bundled, ["davidson2012peer"])
    nothing = {a.claim.id for a in result.no_evidence}
    stranded = nothing | {a.claim.id for a in result.loses_direct}
    weakened = {a.claim.id for a in result.weakened}
    assert {
        "hiring-stability-criteria-discriminatory",
        "peer-support-influences-agency-culture",
        "implementation-strategies-found-effective",
    } <= nothing
    # it rested on this review alone (support: review): withdrawn, nothing is left of it
    assert "peer-services-reduce-hospitalization" in nothing
    assert {
        "recovery-mentor-fewer-readmissions",
        "pussin-hired-recovered-patients-as-staff",
    } <= weakened
    assert not stranded & weakened
    assert len(result.appearances) >= len(stranded | weakened)
