"""The one table of outcome words: every row names an outcome of the corpus vocabulary, and
the claim detector and the evidence rules both read it."""

from __future__ import annotations

import re

import pytest

from peerclaims.corpus.vocab import Outcome
from peerclaims.match.statement import mentioned_outcomes
from peerclaims.text import claim_words
from peerclaims.text.outcome_words import TERMS


@pytest.mark.parametrize(("pattern", "outcome", "inverted"), TERMS)
def test_each_row_names_a_vocabulary_outcome_and_compiles(
    pattern: str, outcome: str, inverted: bool
) -> None:
    assert outcome in {o.value for o in Outcome}
    assert re.compile(pattern).groups == 0  # rows are joined as named groups by statement


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("length of stay", "hospitalization"),
        ("bed-days", "hospitalization"),
        ("dropout", "treatment-retention"),
        ("arrests", "criminal-justice"),
        ("housing retention", "housing"),
        # heldout 911 and 922: the services named between, and the British noun "spend"
        ("reduces demand on other health and social care services", "service-use"),
        ("less use of acute mental health services", "service-use"),
        ("reduced healthcare spend", "cost"),
        ("were readmitted within a year", "hospitalization"),
        ("fewer were admitted to the hospital", "hospitalization"),
        ("CHWs reduce missed appointments", "engagement"),  # heldout 2046: attendance's opposite
        ("fewer no-shows", "engagement"),
    ],
)
def test_the_claim_detector_knows_every_outcome_the_evidence_rules_read(
    text: str, outcome: str
) -> None:
    assert claim_words.OUTCOME.search(text)
    assert mentioned_outcomes(text) == {outcome}


def test_community_engagement_is_community_integration_not_engagement_in_care() -> None:
    assert mentioned_outcomes("increased community engagement") == {"community-integration"}
    assert mentioned_outcomes("increased engagement in care") == {"engagement"}
