"""The word lists claims are told by: benefit forms without a change word (benefits to named
people, a claim about the evidence, a comparison with usual care), outcome words for what a
service is used for, and methods, which are not claims (issue 10, "Claims without evidence")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text import claimlike
from peerclaims.text.claimlike import Place

BULLET = Place(bullet=True, alone=True, kind="list-item")

# Benefit forms seen on service pages and blogs: whom peer work benefits, that the evidence
# for it grows, and that its outcomes match or beat conventional care.
BENEFIT_FORMS = [
    "Peer work benefits the people who use the service, the peer worker and the organisation.",
    "Peer support benefited both families and staff.",
    "The formal evidence in both mental health and addiction is growing and shows high "
    "satisfaction from services that use all kinds of peer support.",
    "The evidence base for peer recovery coaching is strong.",
    "Outcomes from peer services are as good if not better than conventional services.",
    "Peer-led groups were as effective as usual care.",
    "Peer navigators are no less effective than professional staff.",
    "Peer support is superior to standard treatment for engagement.",
    # the benefits of it, said to be many (heldout 1772, 1783)
    "The benefits of peer support within stroke support groups are numerous.",
    "The benefits of joining a migraine support group aren't just emotional.",
    # mental health disorders as what changes (heldout 1753)
    "Peer support has been shown to reduce the incidence and severity of mental health "
    "disorders among firefighters.",
    # benefits offered, described by kind (heldout 381, 834, 2102)
    "Peer support programs also offer distinct benefits for the health of Native American "
    "communities.",
    "For Veterans who find it hard to trust others, peer support groups may have therapeutic "
    "benefits.",
    "Instead, peer support provides mental health benefits through empathy and acceptance.",
]

# Their neighbours that are not benefit claims.
NOT_BENEFIT_FORMS = [
    "The benefits peers bring are many.",  # "benefits" a noun
    "We describe the benefits the programme offers to peer workers.",
    "The evidence for peer support is mixed.",
    "The benefits of peer support are unclear.",
    "The benefits of peer support groups are limited to those who attend.",
    "The evidence for peer support is limited and growing numbers of services use it.",
    "Safety records of peer programs are comparable to those of clinical staff programs.",
    "Peer support costs less to set up than a conventional service.",  # no outcome compared
]


@pytest.mark.parametrize("sentence", BENEFIT_FORMS)
def test_benefit_forms_are_claims(sentence: str) -> None:
    assert claimlike.is_claim(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_BENEFIT_FORMS)
def test_their_neighbours_are_not(sentence: str) -> None:
    assert not claimlike.is_claim(sentence), sentence


# Benefit bullets whose change word opens them, on the use of services or an ability.
BULLETS = [
    "reduced use of health services, including hospitals",
    "Less use of emergency services",
    "increased ability to communicate with mainstream providers",
    "Improved capacity to manage daily life",
]


@pytest.mark.parametrize("bullet", BULLETS)
def test_change_led_bullets_on_service_use_or_ability_are_claims(bullet: str) -> None:
    assert claimlike.is_claim(bullet, BULLET)


def test_service_and_ability_words_alone_are_no_claim() -> None:
    """Without a change, the use of services and an ability describe, they do not claim."""
    assert not claimlike.is_claim("Use of health services by veterans", BULLET)
    assert not claimlike.is_claim("Peer workers need the ability to listen.")


# A method or an aim: what a study set out to ask is not what it found.
METHODS = [
    "Paul N. Pfeiffer, M.D., of the University of Michigan in Ann Arbor, and colleagues "
    "conducted a meta-analysis to evaluate whether peer support interventions are more "
    "effective at reducing symptoms of depression than usual care or psychotherapy.",
    "A meta-analysis was carried out to evaluate the role of support provided by friends and "
    "colleagues in reducing the intensity of depression.",
    "The team designed a trial to test whether peer mentors reduce readmissions.",
    "The authors wanted to determine if peer support improves quality of life.",
    "Researchers pooled 12 trials to estimate how much peer support reduces relapse.",
]

# The same, with a result stated in a clause of its own.
METHODS_WITH_RESULTS = [
    "They conducted a trial to test whether peer mentors reduce readmissions, and found that "
    "readmissions fell by a third.",
    "A review was carried out to assess peer support, which showed reduced hospital stays.",
    "Peer support reduced readmissions; the trial was conducted to test whether it would.",
]


@pytest.mark.parametrize("sentence", METHODS)
def test_methods_are_not_claims(sentence: str) -> None:
    assert not claimlike.is_claim(sentence), sentence


@pytest.mark.parametrize("sentence", METHODS_WITH_RESULTS)
def test_a_result_beside_a_method_is_still_a_claim(sentence: str) -> None:
    assert claimlike.is_claim(sentence), sentence


_WORDS = st.sampled_from(
    "peer support reduced improved the use of services ability to cope evaluate whether "
    "conducted a trial benefits people as good as usual care evidence is growing".split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=25))
def test_any_word_soup_is_read_without_error(tokens: list[str]) -> None:
    """The lists are regular expressions over arbitrary text: any mix of their words gives
    a verdict, and the same verdict however the words are spaced."""
    sentence = " ".join(tokens) + "."
    assert claimlike.is_claim(sentence) == claimlike.is_claim("  ".join(tokens) + ".")


def _claims(block: str) -> list[str]:
    from peerclaims.text.sentences import sentences

    return [
        block[s.start : s.end]
        for s in sentences(block)
        if claimlike.is_claim(block[s.start : s.end], claimlike.place_of(block, s, "paragraph"))
    ]


def test_the_sums_of_a_benefit_cost_summary_are_claims() -> None:
    """Under a net benefit or a benefit-cost ratio, every sum of benefits or costs is the
    analysis's result; a row that holds a return measure is one by itself."""
    block = (
        "Benefits to:\nTaxpayers $3,086 Benefits minus costs $3,888\n"
        "Participants $6,900 Benefit to cost ratio $1.94\nTotal benefits $8,030\n"
        "Net program cost ($4,142)"
    )
    assert _claims(block) == [
        "Taxpayers $3,086 Benefits minus costs $3,888",
        "Participants $6,900 Benefit to cost ratio $1.94",
        "Total benefits $8,030",
        "Net program cost ($4,142)",
    ]
    assert claimlike.is_claim("Net present value per participant: £12,400.")
    assert claimlike.is_claim("Benefits exceed costs by $2,100 per person served.")


@pytest.mark.parametrize(
    "block",
    [
        # a budget: salaries, fringe benefits and a total cost are what is spent
        "Peer specialist salary $45,000\nFringe benefits $12,000\nTotal program cost $57,000",
        # a price list and a fee schedule
        "Training course $350\nCertification exam $125\nRenewal fee $50",
        "Peer support (H0038) is billed at $12.50 per 15-minute unit.",
        "The program's total cost was $1.2 million in its first year.",
    ],
)
def test_budgets_and_price_lists_are_not_claims(block: str) -> None:
    assert _claims(block) == []


def test_savings_in_round_sums_are_cost_claims() -> None:
    """'in the millions of dollars' is a sum: saved, it is a return; spent, it is not."""
    assert claimlike.is_claim("The cost savings were in the millions of dollars.")
    assert claimlike.is_claim("Peer respites saved thousands of pounds a year.")
    assert not claimlike.is_claim("Hospitals spend millions of dollars on readmissions each year.")


@pytest.mark.parametrize(
    "sentence",
    [
        # an activity with a purpose is no method: its result is a claim
        "Peers conducted home visits to assess needs and reduced readmissions by 30%.",
        "Peer specialists ran groups to identify early signs of relapse, which reduced "
        "hospital admissions.",
    ],
)
def test_an_activity_to_assess_is_no_method(sentence: str) -> None:
    assert claimlike.is_claim(sentence)


def test_no_better_than_usual_care_is_a_null_result() -> None:
    assert not claimlike.is_claim("Peer support was no better than usual care.")
    assert not claimlike.is_claim("Peer-led groups were not more effective than standard care.")
