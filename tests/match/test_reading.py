"""Tests for peerclaims.match.reading: which neighbouring source line backs a statement.

A source caption (a venue and a year on a paragraph of its own, "Psychiatric Services.
(2015)") backs the statement above it, as a figure caption or a slide's source line does; a
lead-in ("According to Mental Health America:") backs the paragraph below it.
"""

from __future__ import annotations

from tests.helpers import check_text

UNCITED = ["uncited-claim"]
CLAIM = "Peer support reduces suicide attempts."
OTHER = "Peer support reduces relapse."


def test_a_caption_backs_the_statement_above_it() -> None:
    assert check_text(f"{CLAIM}\n\nPsychiatric Times (2018)\n", select=UNCITED) == []
    assert check_text(f"{CLAIM}\n\nPsychiatric Services. (2015)\n", select=UNCITED) == []


def test_a_caption_does_not_back_the_statement_below_it() -> None:
    text = f"Psychiatric Times (2018)\n\n{CLAIM}\n"
    assert check_text(text, select=UNCITED) == [(3, 1, "uncited-claim")]


def test_a_column_of_statements_and_captions() -> None:
    """Each caption sources the statement above it; the last statement has none."""
    text = (
        f"{CLAIM}\n\nPsychiatric Times (2018)\n\n{OTHER}\n\n"
        "American Journal of Psychology. (2008)\n\nPeer support reduces loneliness.\n"
    )
    assert check_text(text, select=UNCITED) == [(9, 1, "uncited-claim")]


def test_a_lead_in_backs_the_paragraph_below_it() -> None:
    text = f"According to a recent article in the Psychiatric Times\n\n{CLAIM}\n"
    assert check_text(text, select=UNCITED) == []


def test_a_lead_in_does_not_back_the_statement_above_it() -> None:
    text = f"{CLAIM}\n\nAccording to Mental Health America:\n\n{OTHER}\n"
    assert check_text(text, select=UNCITED) == [(1, 1, "uncited-claim")]


def test_a_heading_with_a_year_is_a_title_not_a_caption() -> None:
    text = f"# Annual Report (2019)\n\n{CLAIM}\n"
    assert (3, 1, "uncited-claim") in check_text(text)
    assert all(name != "vague-citation" for _, _, name in check_text(text))


def test_a_loose_entry_under_a_post_is_its_reference_list() -> None:
    """ "Repper,J. and Carter (2011) A review ..." at the foot of a post, with no heading, is
    an entry of its reference list, not an in-text citation of "Carter (2011)"."""
    text = (
        "The work of Repper and Carter (2011) demonstrates that peer supports reduced "
        "inpatient admissions.\n"
        "Repper,J. and Carter (2011) A review of the literature on peer support in mental "
        "health\nservices. Journal of Mental Health, August 2011; 20(4): 392–411\n"
    )
    found = check_text(text)
    assert all(name not in ("unresolved-citation", "uncited-claim") for _, _, name in found)


def test_items_under_a_duties_lead_in_are_not_claims() -> None:
    """What a role does or a plan aims at is not a finding; the same items under a benefits
    lead-in are claims (tests/realworld/heldout 283, 441)."""
    items = "- Inspire hope that people can and do recover.\n- Reduce hospital admissions.\n"
    assert check_text(f"What do peer support workers do?\n\n{items}", select=UNCITED) == []
    duties = f"The role of a peer support worker may include:\n\n{items}"
    assert check_text(duties, select=UNCITED) == []
    found = check_text(f"Peer support has been shown to:\n\n{items}", select=UNCITED)
    assert found == [(3, 3, "uncited-claim"), (4, 3, "uncited-claim")]


def test_a_figure_under_a_duties_lead_in_is_still_a_claim() -> None:
    text = "What do peer workers do?\n\n- Reduce hospital readmissions by 42%.\n"
    assert check_text(text, select=UNCITED) == [(3, 3, "uncited-claim")]


def test_a_lead_ins_source_backs_the_items_when_one_item_cites_its_own() -> None:
    """One item with a citation of its own does not stop the lead-in's source backing the
    rest (tests/realworld/heldout 491)."""
    text = (
        "According to Mental Health America (2019), the improvements peers bring include:\n\n"
        "- Reduced rehospitalization rates\n- Reduced inpatient days\n"
        "- Peer support lowered the cost of care.\n\n"
        "  Critics point to weak designs; Chinman et al. (2014) reviewed the literature.\n"
    )
    assert check_text(text, select=UNCITED) == []


def test_items_that_mostly_cite_their_own_sources_leave_the_others_uncited() -> None:
    text = (
        "Chinman et al. (2014) identified these outcomes:\n\n"
        "- Fewer readmissions (Sledge et al., 2011).\n"
        "- Less self-stigma (Bologna & Pulice, 2011).\n- More hope.\n"
    )
    assert check_text(text, select=UNCITED) == [(5, 3, "uncited-claim")]


def test_bullets_a_blank_line_apart_are_one_list_under_their_lead_in() -> None:
    """Each bullet of a web page's list may be a paragraph of its own (tests/realworld/heldout
    1232); the lead-in opens them all, and ends at the first paragraph that is no bullet."""
    text = (
        "Some of the positive impacts of this approach are as follows:\n\n"
        "  • Decreasing risk factors associated with mental illness and suicide\n\n"
        "  • Contributing to better child development\n\n"
        "  • Increasing family wellbeing\n\n"
        "Our staff are trained in many areas.\n\n"
        "  • Family wellbeing\n"
    )
    assert check_text(text, select=UNCITED) == [(3, 5, "uncited-claim"), (7, 5, "uncited-claim")]
