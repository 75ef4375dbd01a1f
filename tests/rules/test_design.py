"""design-mismatch (PC219) for a study described by the sentence's subject ("A 2023
systematic review of 30 studies found ... (X)"), and figure-not-in-evidence (PC218) beside a
citation item that names no work, on a small corpus."""

from __future__ import annotations

import pytest

from peerclaims.diagnostics import Diagnostic
from tests.helpers import SmallCorpus, check_text

CLAIMS = """\
version: 1
claims:
  - id: review-hospitalization
    statement: Peer support reduced hospital admissions.
    kind: finding
    population: mental-health
    outcome: hospitalization
    direction: decrease
    evidence:
      - {ref: review2014, support: review}
  - id: trial-readmissions
    statement: Adding a peer mentor reduced readmissions.
    kind: finding
    population: mental-health
    outcome: hospitalization
    direction: decrease
    effect: {measure: admissions per participant, unit: admissions, intervention: 0.89, comparison: 1.53}
    evidence:
      - {ref: trial2011, support: direct}
  - id: cohort-hospitalization
    statement: Fewer admissions among people with a peer.
    kind: finding
    population: mental-health
    outcome: hospitalization
    direction: decrease
    evidence:
      - {ref: cohort2007, support: direct}
"""

BIB = """\
@article{review2014,
  author = {Chinman, M. and George, P. and Dougherty, R. H.},
  title = {Peer support services for individuals with serious mental illnesses},
  journal = {Psychiatric Services}, year = {2014}, studydesign = {systematic-review},
  studies = {20},
}
@article{narrative2011,
  author = {Repper, J. and Carter, T.},
  title = {A review of the literature on peer support in mental health services},
  journal = {Journal of Mental Health}, year = {2011}, studydesign = {narrative-review},
}
@article{trial2011,
  author = {Sledge, W. H. and Lawless, M. and Sells, D.},
  title = {Effectiveness of peer support in reducing readmissions},
  journal = {Psychiatric Services}, year = {2011}, studydesign = {rct}, n = {74},
}
@article{cohort2007,
  author = {Min, S.-Y. and Whitecraft, J. and Rothbard, A. B.},
  title = {Peer support for persons with co-occurring disorders and community tenure},
  journal = {Psychiatric Rehabilitation Journal}, year = {2007}, studydesign = {cohort},
  n = {1200},
}
"""


CORPUS = SmallCorpus(CLAIMS, BIB)


def found(text: str, select: tuple[str, ...] = ("design-mismatch",)) -> list[Diagnostic]:
    return CORPUS.check(text, select)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "A 2023 systematic review of 30 studies found that peer support reduced "
            "hospital admissions (Chinman et al., 2014).",
            "'A 2023 systematic review of 30 studies' describes Chinman et al. (2014), which "
            "pooled 20 studies, not 30, and was published in 2014, not 2023",
        ),
        (
            "A 2019 randomised trial of 300 veterans showed that peer support reduced readmissions "
            "(Sledge et al., 2011).",
            "'A 2019 randomised trial of 300 veterans' describes Sledge et al. (2011), which "
            "was published in 2011, not 2019, and enrolled 74 people, not 300",
        ),
        (
            "One meta-analysis found that peer support reduced readmissions (Sledge et al., 2011).",
            "'One meta-analysis' describes Sledge et al. (2011), which is not a meta analysis "
            "(its design is rct)",
        ),
        (
            "A Cochrane review concluded that peer support reduced admissions "
            "(Chinman et al., 2014).",
            "'A Cochrane review' describes Chinman et al. (2014), which is not a Cochrane "
            "review (published in Psychiatric Services)",
        ),
        (
            "In a study of 150 participants, peer support reduced admissions (Min et al., 2007).",
            "'a study of 150 participants' describes Min et al. (2007), which enrolled 1,200 "
            "people, not 150",
        ),
        (
            "In 2019, a randomised trial found that peer support reduced admissions with a peer (Min et al., 2007).",
            "'a randomised trial' describes Min et al. (2007), which is not a randomised "
            "trial (its design is cohort)",
        ),
        (
            "**Evidence**: A 2023 review found that peer support reduced hospital admissions, "
            "improved engagement, and enhanced recovery (Chinman et al., 2014).",
            "'A 2023 review' describes Chinman et al. (2014), which was published in 2014, "
            "not 2023",
        ),
        (
            "A 2005 study by Min et al. (2007) found that peer support reduced admissions with a peer.",
            "'A 2005 study' describes Min et al. (2007), which was published in 2007, not 2005",
        ),
        # a narrative review neither searched systematically nor pooled
        (
            "A systematic review found that peer support reduced admissions (Repper & Carter, 2011).",
            "'A systematic review' describes Repper and Carter (2011), which is not a systematic "
            "review (its design is narrative-review)",
        ),
    ],
)
def test_subject_describes_the_cited_work(text: str, message: str) -> None:
    """The described year, design and size are compared with the work's record."""
    [d] = found(text)
    assert (d.line, d.name, d.message) == (1, "design-mismatch", message)


@pytest.mark.parametrize(
    "text",
    [
        # the record agrees, within rounding and a year's slack; "review" fits any review
        "A review found that peer support reduced hospital admissions (Chinman et al., 2014).",
        "A 2014 review of 20 studies found that peer support reduced hospital admissions (Chinman et al., 2014).",
        "A 2013 review found that peer support reduced hospital admissions (Chinman et al., 2014).",
        "A randomised trial of 75 patients found that peer support reduced readmissions (Sledge et al., 2011).",
        "A study of about 1,000 adults found that peer support reduced admissions (Min et al., 2007).",
        "A study of more than 1,000 adults found that peer support reduced admissions (Min et al., 2007).",
        "A 12-month trial of 74 veterans found that peer support reduced readmissions (Sledge et al., 2011).",
        # one of several cited works fits the description
        "A 2011 trial found that peer support reduced admissions (Chinman et al., 2014; Sledge et al., 2011).",
        # separated from the citation: another citation, a new clause, an example, a source
        "A 2019 trial found that peer support reduced admissions (Smith, 2019), as did peer support "
        "(Chinman et al., 2014).",
        "A 2023 review found that peer support reduced admissions; peer support also helped "
        "(Chinman et al., 2014).",
        "A 2023 review found that peer support reduced admissions, for example in one program "
        "(Chinman et al., 2014).",
        "A 2023 review found that peer support reduced admissions, and the authors credit peers "
        "(Chinman et al., 2014).",
        "A 2023 review found that in one trial admissions fell (Sledge et al., 2011).",
        "A 2023 review found that peer support reduced admissions while others disagreed (Chinman et al., 2014).",
        # a work outside the corpus may be the one described
        "A 2023 review found that peer support reduced admissions (Chinman et al., 2014; Smith, 2023).",
        # the year is when, not which: "In 2019, a trial ..."
        "In 2019, a trial found that peer support reduced readmissions (Sledge et al., 2011).",
        # several studies: no one work is described
        "Two 2019 trials found that peer support reduced admissions (Sledge et al., 2011).",
        "Studies of 300 people found that peer support reduced admissions (Sledge et al., 2011).",
        # right before the citation, and fitting it
        "Peer support reduced admissions in a 2011 study of 74 people (Sledge et al., 2011).",
        "Peer support reduced admissions, as a 2019 trial found (Sledge et al., 2011).",
        # a study with nothing the record could contradict
        "A study found that peer support reduced admissions with a peer (Min et al., 2007).",
        # the citation gives the described year: year-mismatch compares it with the record
        "A 2019 trial found that peer support reduced readmissions (Sledge et al., 2019).",
        # a design of no particular kind: "trial" is not "randomised trial"
        "One trial found that peer support reduced admissions with a peer (Min et al., 2007).",
    ],
)
def test_subject_fits_or_is_not_the_cited_work(text: str) -> None:
    assert found(text) == []


def test_description_right_before_the_citation() -> None:
    """Not the subject, but right before the citation: it describes that citation."""
    [d] = found(
        "Peer support reduced admissions in a 2019 study of 300 people (Sledge et al., 2011)."
    )
    assert d.message == (
        "'a 2019 study of 300 people' describes Sledge et al. (2011), which was published "
        "in 2011, not 2019, and enrolled 74 people, not 300"
    )


def test_several_works_none_fitting() -> None:
    """A singular description credited to several works: reported when it fits none."""
    [d] = found(
        "A 2023 review of 30 studies found that peer support reduced admissions "
        "(Chinman et al., 2014; Sledge et al., 2011)."
    )
    assert d.message.startswith(
        "'A 2023 review of 30 studies' fits none of the works cited: Chinman et al. (2014) "
        "pooled 20 studies, not 30, and was published in 2014, not 2023; Sledge et al. "
        "(2011) was published in 2011, not 2023"
    )


SENTENCE = (
    "A 2023 systematic review of 30 studies found that peer support services reduced "
    "psychiatric hospitalization by 18-32% (Chinman et al., 2014; updated meta-analysis "
    "through 2023)."
)


def test_an_item_naming_no_work_owns_nothing() -> None:
    """'updated meta-analysis through 2023' names no work a reader could look up: the
    description and the figure are checked against the one work the citation names."""
    [figure, design] = found(SENTENCE, ("design-mismatch", "figure-not-in-evidence"))
    assert design.message == (
        "'A 2023 systematic review of 30 studies' describes Chinman et al. (2014), which "
        "pooled 20 studies, not 30, and was published in 2014, not 2023 (also cited: "
        "'updated meta-analysis through 2023', which names no work)"
    )
    assert figure.name == "figure-not-in-evidence"
    assert figure.message.startswith("18-32% is not a figure Chinman et al. (2014) reports")
    assert figure.message.endswith(
        "also cited: 'updated meta-analysis through 2023', which names no work"
    )


def test_a_named_work_outside_the_corpus_may_hold_the_figure() -> None:
    text = SENTENCE.replace("updated meta-analysis through 2023", "Smith, 2023")
    assert found(text, ("design-mismatch", "figure-not-in-evidence")) == []


def test_subject_on_the_bundled_corpus() -> None:
    """The realworld sentence, against the bundled corpus's record of Chinman et al."""
    names = [r for *_, r in check_text(SENTENCE + "\n", select=["design-mismatch"])]
    assert names == ["design-mismatch"]


def test_journal_in_the_citation() -> None:
    """A journal named inside the parentheses is compared with the work's."""
    [d] = found(
        "Peer support reduced admissions (Chinman et al., *Journal of Substance Abuse "
        "Treatment*, 2014)."
    )
    assert d.message == (
        "'Journal of Substance Abuse Treatment' is not where Chinman et al. (2014) "
        "appeared (Psychiatric Services)"
    )
    assert found("Peer support reduced admissions (Chinman et al., *Psych Services*, 2014).") == []


def test_journal_it_was_published_in_before_the_citation() -> None:
    """ "published in <journal> (X)" is compared with the work's journal, and the design words
    before it still describe X (tests/realworld/heldout 143)."""
    messages = [
        d.message
        for d in found(
            "A systematic review published in Psychiatric Services (Repper & Carter, 2011) "
            "found that peer support improved hope."
        )
    ]
    assert messages == [
        "'Psychiatric Services' is not where Repper and Carter (2011) appeared "
        "(Journal of Mental Health)",
        "'systematic review' describes Repper and Carter (2011), which is not a systematic "
        "review (its design is narrative-review)",
    ]
    assert (
        found(
            "A review published in the Journal of Mental Health (Repper & Carter, 2011) found that "
            "peer support improved hope."
        )
        == []
    )


def test_a_possessive_citation_carries_its_own_design_words() -> None:
    """ "Repper and Carter's 2011 systematic review": the words after the possessive
    describe the work as much as words before a parenthetical citation do."""
    wrong = "Repper and Carter's 2011 systematic review showed that peer support helps.\n"
    right = "Repper and Carter's 2011 review showed that peer support helps.\n"
    [d] = found(wrong)
    assert d.message == (
        "'systematic review' describes Repper and Carter (2011), which is not a systematic "
        "review (its design is narrative-review)"
    )
    assert found(right) == []
