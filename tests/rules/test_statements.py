"""uncited-claim (PC209) and overstated-certainty (PC212) on the forms real documents take
(issue 10, "Claims without evidence")."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerclaims import load_corpus
from peerclaims.check import check_paths
from tests.helpers import check_diagnostics, check_messages, check_text

UNCITED = ["uncited-claim"]
CERTAIN = ["overstated-certainty"]


@pytest.mark.parametrize(
    "text",
    [
        "Peer support reduces suicide attempts.\n",  # in no corpus claim
        "Peer support saves £4 for every £1 spent.\n",  # a return figure
        "Peer support reduces hospital admissions by 30%.\n",
        "Peer support works.\n",
        "Research shows that peer specialists have a transformative effect on systems.\n",
        "Individuals receiving peer support are more likely to have employment.\n",
        # no outcome, benefit word or figure: said to help, or research said to show it
        "This is where a divorce support group can be helpful.\n",
        "Support groups can really help people with psoriasis.\n",
        "Research shows that mutual help groups are an important part of recovery.\n",
    ],
)
def test_uncited_claims_are_reported(text: str) -> None:
    """A benefit, effect or return with no citation is uncited, known to the corpus or not."""
    assert check_text(text, select=UNCITED) == [(1, 1, "uncited-claim")]


def test_fewer_missed_appointments_is_an_effect() -> None:
    """heldout 2046: attendance's opposite, on a bullet whose subject is the deck's."""
    text = "- CHWs reduce missed appointments.\n- CHWs bridge language barriers.\n"
    assert check_text(text, select=UNCITED) == [(1, 3, "uncited-claim")]


def test_research_named_by_nothing_leaves_its_claim_uncited() -> None:
    """ "One study found" names no source to look up: the claim is uncited, and no vague
    citation is reported for it; "A 2006 study" names a year, a vague citation."""
    bare = "One study found that peer support reduced readmissions by a third.\n"
    assert check_text(bare, select=[*UNCITED, "vague-citation"]) == [(1, 1, "uncited-claim")]
    dated = bare.replace("One study", "A 2006 study")
    assert check_text(dated, select=[*UNCITED, "vague-citation"]) == [(1, 1, "vague-citation")]


@pytest.mark.parametrize(
    "text",
    [
        "We found that peer support reduced readmissions by a third.\n",  # own result
        "One study found a 56% decrease in readmissions, according to Mental Health America.\n",
        "What are the benefits of peer support?\n",
        "## Peer support reduces readmissions\n",
        "Peer support had no significant effect on readmissions.\n",
        "In 2012, peer specialists were hired in 30 states. They work in clinics.\n",
        "Peer support is defined as support from someone with lived experience.\n",
        "The study examined whether peer support reduces readmissions.\n",
        "He said: “Peer support reduced my relapses. It saved my life.”\n",
    ],
)
def test_lookalikes_are_not_reported(text: str) -> None:
    """Own results, named sources, questions, headings, null results, dates, definitions,
    aims and quotations are not uncited claims."""
    assert check_text(text, select=UNCITED) == []


def test_reference_entries_and_their_annotations_are_not_claims() -> None:
    """A reference list's entries (and an entry standing alone) state no benefit."""
    text = (
        "Peer support is valued (Sledge et al., 2011).\n\n## References\n\n"
        "Sledge, W. H., Lawless, M., Sells, D., Wieland, M., O'Connell, M. J., & Davidson, L. "
        "(2011). Effectiveness of peer support in reducing readmissions of persons with "
        "multiple psychiatric hospitalizations. Psychiatric Services, 62(5), 541-544.\n\n"
        "Lawn, S., Smith, A., Hunter, K. (2008). Peer support reduced hospital days by 300 bed "
        "days. Journal of Mental Health, 17(5), 498-508.\n"
    )
    assert check_text(text, select=UNCITED) == []


def test_a_post_with_one_source_at_its_foot() -> None:
    """A post whose only source is the reference at its foot: its claims are that work's."""
    text = (
        "People in a peer support service had a readmission rate of only 17%, against 30%.\n\n"
        "Posted on May 16, 2013.\n\n"
        "Lawn, S., Smith, A., Hunter, K. (2008). Mental health peer support for hospital "
        "avoidance and early discharge. Journal of Mental Health, 17(5), 498-508.\n"
    )
    assert check_text(text, select=UNCITED) == []


def test_a_brief_about_this_study() -> None:
    """A research agency's brief names its one subject as "this study": its bullets of
    results are that study's (tests/realworld/heldout 90). Without the frame they are not."""
    results = (
        "- Seven RCTs comparing peer support vs. usual care showed a significantly greater "
        "reduction in depression scores with peer support.\n"
    )
    frame = "Investigators in this study conducted a meta-analysis of published trials.\n\n"
    assert check_text(frame + results, select=UNCITED) == []
    other = "Investigators in many places conducted trials of peer support.\n\n"
    assert check_text(other + results, select=UNCITED) == [(3, 3, "uncited-claim")]


def test_a_study_digest_headed_by_its_reference() -> None:
    """A clearinghouse's summary of one study gives the reference under its title, with a date
    inside it that cites nothing (tests/realworld/heldout 1601, 1625); a byline with no year
    heads a paper of its own, whose claims stay uncited (heldout 922)."""
    results = "Results indicate that peer support groups reduced symptoms of depression.\n"
    head = (
        "A Peer-Educator Network Trial\n\nHoffman, I.F., Latkin, C.A., et al. AIDS and Behavior "
        "(September 2013), Vol. 17 No. 7, pp. 2510-2520.\n\n"
    )
    assert check_text(head + results, select=UNCITED) == []
    byline = "A Peer-Educator Network Trial\n\nGengler, R., Raval, N., Steel, I.\n\n"
    assert check_text(byline + results, select=UNCITED) == [(5, 1, "uncited-claim")]


def test_an_evaluation_summary_under_its_makers_label() -> None:
    """A page summarising one evaluation labels its maker at its head: its bullets of results
    are that evaluation's (tests/realworld/heldout 1544). Without the label they are not."""
    results = "- Peer advisors are more likely to move into education (36% compared to 6%).\n"
    frame = "Date: 2010\nEvaluated by: Frontier Economics\n\nKey outcomes:\n\n"
    assert check_text(frame + results, select=UNCITED) == []
    other = "Date: 2010\nProgramme: Walk The Talk\n\nKey outcomes:\n\n"
    assert check_text(other + results, select=UNCITED) == [(6, 3, "uncited-claim")]


def test_talking_points_in_quotation_marks_cite_their_sources_after() -> None:
    """Sources after a quotation cover every sentence of it; without them it is uncited."""
    cited = '"Peer support reduces relapse. It saves money." (Chinman et al., 2014)\n'
    assert check_text(cited, select=UNCITED) == []
    assert len(check_text(cited.replace(" (Chinman et al., 2014)", ""), select=UNCITED)) == 2


def test_a_bullet_is_not_covered_by_its_neighbours_citations() -> None:
    """Among bullets that cite their own sources, the one that does not is uncited."""
    text = (
        "- Raised empowerment scores (Ochocka, Nelson, Janzen, & Trainor, 2006)\n"
        "- Decreased self-stigma (Corrigan et al., 2013)\n"
        "- Peer support reduces relapse.\n"
    )
    assert check_text(text, select=UNCITED) == [(3, 3, "uncited-claim")]


def test_a_citation_at_the_foot_covers_the_list() -> None:
    """A list introduced as benefits and sourced once, at its foot, is cited throughout."""
    text = (
        "Peer support has been shown to:\n\n- reduce readmissions\n- increase hope\n\n"
        "(Chinman et al., 2014)\n"
    )
    assert check_text(text, select=UNCITED) == []


def test_a_lead_in_that_names_its_source_covers_the_list() -> None:
    """ "The ... literature scan found that ...:" over bullets that cite nothing backs them
    (tests/realworld/heldout 165); over bullets that cite their own, it backs none."""
    text = (
        "The Health Workforce Australia literature scan found that peer workers complemented "
        "teams in a variety of ways:\n\n"
        "- Peer workers help deliver better outcomes for families and carers\n"
        "- Peer workers help reduce hospitalisations\n"
    )
    assert check_text(text, select=UNCITED) == []
    own = (
        "Here are things to know, according to the brief:\n\n"
        "- One study found a 56% decrease in readmission rates (Sledge et al., 2011).\n"
        "- Peer workers help reduce hospitalisations\n"
    )
    assert check_text(own, select=UNCITED) == [(4, 3, "uncited-claim")]


def test_a_finding_whose_source_the_next_sentence_names() -> None:
    """ "That's the finding of a study by ..." names the source of the sentence before it,
    in the next paragraph too (tests/realworld/heldout 160); a next sentence on another
    subject does not."""
    text = (
        "Peer respites may reduce the need for inpatient and emergency services.\n\n"
        "That’s the finding of a study by Bevin Croft, M.A., M.P.P., and Nilüfer İsvan, Ph.D., "
        "of one peer respite program.\n"
    )
    assert check_text(text, select=UNCITED) == []
    other = (
        "Peer respites may reduce the need for inpatient and emergency services.\n\n"
        "That is why a study by Bevin Croft, M.A., M.P.P., looked at one program.\n"
    )
    assert check_text(other, select=UNCITED) == [(1, 1, "uncited-claim")]
    # its note set after the naming sentence's stop (tests/realworld/heldout 1060)
    noted = (
        "Student-run groups are having a positive impact on campuses, including reducing "
        "stigma. That’s the conclusion of a new study of the Active Minds program on 12 "
        "campuses in California. (1)\n"
    )
    assert check_text(noted, select=UNCITED) == []
    worded = noted.replace("(1)", "It was led by (1).")
    assert check_text(worded, select=UNCITED) == [(1, 1, "uncited-claim")]


def test_a_citation_on_the_next_line_of_the_paragraph() -> None:
    """ "... professionals.  \\n(Hoagwood et al., 2010)", a fact sheet's layout, is cited."""
    text = (
        "**Increased self-efficacy:** Family support services increase family members' "
        "confidence in their abilities.  \n(Hoagwood et al., 2010)\n"
    )
    assert check_text(text, select=UNCITED) == []


def test_each_sentence_carries_its_own_citation() -> None:
    """Another sentence's citation in the same paragraph is that sentence's, not this one's."""
    text = "Peer support increases hope (Chinman et al., 2014). It also reduces suicide attempts.\n"
    assert check_text(text, select=UNCITED) == [(1, 53, "uncited-claim")]


@pytest.mark.parametrize(
    "text",
    [
        "Reviews reached positive conclusions (Repper and Carter, 2011). These include "
        "benefits for the peer workers and fewer admissions.\n",
        "A 2015 review found six studies. Of the six studies examined, two found reduced "
        "anxiety with online peer support.\n",
        "A trial found fewer readmissions (Sledge et al., 2011). However, it also found "
        "increased hope and empowerment.\n",
    ],
)
def test_a_sentence_continuing_a_cited_one_is_cited(text: str) -> None:
    """A sentence that points back ("These include", "It also found", "Of the six studies")
    to a cited or source-naming sentence of its paragraph carries that source."""
    assert check_text(text, select=UNCITED) == []


def test_a_paragraph_pointing_back_to_the_one_before_is_sourced() -> None:
    """A paragraph that opens by pointing back ("The article also points out") to the
    paragraph before, which names its source, carries that source; after a heading, or
    after a paragraph naming none, it does not."""
    sourced = (
        "Peer support reduces depression, according to a new study by the VA.\n\n"
        "The article also points out that peer support has been found to decrease isolation.\n"
    )
    assert check_text(sourced, select=UNCITED) == []
    unsourced = sourced.replace("according to a new study by the VA", "as many know")
    assert check_text(unsourced, select=UNCITED) == [
        (1, 1, "uncited-claim"),
        (3, 1, "uncited-claim"),
    ]
    headed = sourced.replace("\n\nThe article", "\n\n# Isolation\n\nThe article")
    assert check_text(headed, select=UNCITED) == [(5, 1, "uncited-claim")]


def test_a_count_is_uncited_only_when_the_corpus_holds_it() -> None:
    """A count on a bullet is the field's size, not a benefit: reported when the corpus holds
    it (and a source to cite, suggested), passed when it does not."""
    known = check_text("- 48 states and DC reimburse peer support\n", select=UNCITED)
    assert known == [(1, 3, "uncited-claim")]
    unknown = "- 60 percent of peer programs focus on mental health recovery\n"
    assert check_text(unknown, select=UNCITED) == []
    effect = "- 60 percent of peer programs report fewer readmissions\n"
    assert check_text(effect, select=UNCITED) == [(1, 3, "uncited-claim")]


def test_effects_reported_by_unnamed_studies_are_uncited() -> None:
    """ "Several studies show improvement in ..." names no source, and its effect is the
    document's subject's: an uncited claim, as is what participants reported."""
    text = (
        "# Empowerment\n\nFurthermore, participants reported gaining control of their "
        "symptoms. Several studies show improvement in self-esteem and confidence.\n"
    )
    assert [n for _, _, n in check_text(text, select=UNCITED)] == ["uncited-claim"] * 2


def test_a_new_subject_after_a_cited_sentence_is_uncited() -> None:
    """After a cited sentence, a claim with a subject of its own is a claim of its own."""
    text = (
        "A trial found fewer readmissions (Sledge et al., 2011). Peer support also "
        "increases hope and empowerment.\n"
    )
    assert check_text(text, select=UNCITED) == [(1, 57, "uncited-claim")]


def test_inline_bullets_are_claims_of_their_own() -> None:
    """Web and PDF text runs slide bullets together with "•": each uncited one is reported,
    and the label before them is not."""
    text = "Benefits • Improves quality of life • Reduces hospitalizations • Reduces costs\n"
    assert [line for line, _, _ in check_text(text, select=UNCITED)] == [1, 1, 1]
    messages = [m for _, m, _ in check_messages(text, select=UNCITED)]
    assert not any("Benefits" in m for m in messages)


def test_wrapping_does_not_change_the_findings() -> None:
    """The same paragraph wrapped at other places gives the same findings."""
    one = "Peer support increases hope (Chinman et al., 2014). Peer support reduces relapse.\n"
    wrapped = (
        "Peer support increases\nhope (Chinman et al.,\n2014). Peer support\nreduces relapse.\n"
    )
    assert [n for n, _, _ in check_messages(one, select=UNCITED)] == [
        n for n, _, _ in check_messages(wrapped, select=UNCITED)
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Peer support will eliminate the need for hospital care.\n", "will eliminate"),
        ("Peer support always reduces suicide attempts.\n", "always"),
        ("Peer support guarantees recovery.\n", "guarantees"),
    ],
)
def test_certainty_without_any_evidence_is_overstated(text: str, word: str) -> None:
    """Certain wording where no evidence in the corpus matches at all is overstated."""
    messages = check_messages(text, select=CERTAIN)
    assert [(n, m) for n, m, _ in messages] == [
        (
            "overstated-certainty",
            f"'{word}' states as certain what no evidence in the corpus supports",
        )
    ]


def test_certainty_over_moderate_evidence_is_overstated() -> None:
    """One trial of 74 people is graded Moderate: "will reduce" overstates it."""
    messages = check_messages(
        "Peer support will reduce readmissions by 42% (Sledge et al., 2011).\n", select=CERTAIN
    )
    assert [m for _, m, _ in messages] == [
        "'will reduce' overstates evidence graded Moderate (recovery-mentor-fewer-readmissions)"
    ]


def test_certainty_over_high_evidence_and_hedges_pass() -> None:
    """Certainty over evidence graded High passes; hedged wording passes."""
    assert check_text("Peer recovery support will reduce substance use.\n", select=CERTAIN) == []
    assert check_text("Peer support may eliminate some hospital stays.\n", select=CERTAIN) == []


def slides(path: Path) -> Path:
    """A deck with a cited outcomes slide holding one uncited bullet, and a title slide."""
    from pptx import Presentation

    deck = Presentation()
    title = deck.slides.add_slide(deck.slide_layouts[0])
    title.shapes.title.text = "Peer Support Works"
    page = deck.slides.add_slide(deck.slide_layouts[1])
    page.shapes.title.text = "Outcomes"
    frame = page.placeholders[1].text_frame
    bullets = [
        "Decreased self-stigma (Corrigan et al., 2013)",
        "Raised empowerment scores (Ochocka, Nelson, Janzen, & Trainor, 2006)",
        "Reduced suicide attempts",
    ]
    for i, text in enumerate(bullets):
        (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).text = text
    deck.save(path)
    return path


def test_uncited_benefit_bullet_on_a_slide(tmp_path: Path) -> None:
    """On a slide whose other bullets cite their sources, the uncited benefit is reported."""
    found = check_paths([slides(tmp_path / "deck.pptx")], load_corpus().corpus).diagnostics
    uncited = [(d.location, d.message) for d in found if d.name == "uncited-claim"]
    assert uncited == [
        (
            "slide 2 (Content Placeholder 2)",
            "'Reduced suicide attempts' states a finding without a citation",
        )
    ]


def test_the_next_sentences_source_is_not_the_claims() -> None:
    """A source that opens the next sentence ("A 2022 report from SAMHSA noted that ...") is
    that sentence's subject, not a source standing alone after the claim before it; one in
    parentheses on the next line still stands alone."""
    claim = "Studies have shown that peer support improves engagement and reduces relapse rates."
    subject = claim + "\nA 2022 report from the Substance Abuse and Mental Health Services "
    subject += "Administration (SAMHSA) noted that people stay in treatment.\n"
    alone = claim + "\n(Reif et al., 2014)\n"
    assert "uncited-claim" in [d.name for d in check_diagnostics(subject)]
    assert "uncited-claim" not in [d.name for d in check_diagnostics(alone)]


def test_soft_benefits_without_a_source_are_uncited() -> None:
    """A verb of benefit on a psychosocial outcome ("fosters trust", "helps clients feel
    seen", "reinforces a culture of hope") is a benefit claim; with no source it is uncited,
    on its own line, and cited it passes."""
    text = (
        "Peer recovery coaches are people with lived experience of recovery.\n\n"
        "Their presence helps clients feel seen and understood on a personal level.\n\n"
        "Coaches help people set goals and navigate services.\n\n"
        "Peer support builds hope and a sense of belonging (Repper and Carter, 2011).\n\n"
        "Incorporating peer recovery support reinforces a culture of hope and resilience.\n"
    )
    assert check_text(text, select=UNCITED) == [(3, 1, "uncited-claim"), (9, 1, "uncited-claim")]


def test_what_peers_do_objectives_and_duties_are_not_uncited_claims() -> None:
    """What peers do, learning objectives, job duties, questions, labels, definitions,
    quotations, reference entries and other subjects' effects state no soft benefit."""
    text = (
        "# Fostering Hope and Trust\n\n"
        "Peer specialists help clients navigate services. Peers provide emotional support.\n\n"
        "By the end of this module, participants will learn how to foster hope.\n\n"
        "As a peer worker, you will be able to build trust with clients.\n\n"
        "Responsibilities: foster hope and resilience in the people the peer service serves.\n\n"
        "A peer specialist's duties include fostering hope and building trust with clients.\n\n"
        "Can peer support build confidence?\n\n"
        "Learning objective: describe how peers build trust.\n\n"
        "Key skills: building trust with peers, fostering hope, and active listening.\n\n"
        "Peer support is a relationship built on trust and mutual respect.\n\n"
        "A peer specialist is someone who helps others build hope.\n\n"
        'She said: "My peer mentor restored my hope and confidence."\n\n'
        "Exercise builds confidence and self-esteem.\n\n"
        "## References\n\n"
        "Repper, J., & Carter, T. (2011). A review of the literature on peer support in mental "
        "health services. Journal of Mental Health, 20(4), 392-411. Peer support fosters "
        "hope and builds trust.\n"
    )
    assert check_text(text, select=UNCITED) == []


def test_a_policy_named_by_title_sources_only_its_own_sentence() -> None:
    """'The 2010 National Mental Health Strategy states ...' (tests/realworld/heldout 363) is
    the source of what it states, not of the paragraph's later claims, as a body named as a
    source is."""
    text = (
        "The 2010 National Mental Health Strategy states that consumers should be involved. "
        "Peer workers reduce stigma and improve hope.\n"
    )
    assert check_text(text, select=UNCITED) == [(1, 84, "uncited-claim")]


def test_a_source_line_ending_the_paragraph_backs_its_sentences() -> None:
    """'Higher Employment. Studies have shown ... Source: Macias, Kinney and Rodican (1995)'
    (tests/realworld/heldout 436): a source after a label, ending the paragraph, backs each
    sentence before it; a source in the middle of the paragraph backs only its own."""
    text = (
        "Reduced Hospitalization. Peer support reduced hospital admissions by a third. "
        "Source: Sledge, Lawless and Sells (2011)\n"
    )
    assert check_text(text, select=UNCITED) == []
    middle = (
        "Peer support reduced hospital admissions by a third. Source: Sledge (2011). "
        "Peer support also improves hope and reduces stigma.\n"
    )
    assert [col for _, col, _ in check_text(middle, select=UNCITED)] == [77]


def test_bullets_under_a_lead_in_that_points_back_carry_its_source() -> None:
    """tests/realworld/heldout 442: 'A 2005 report ... found that .... It also found that'
    over its bullets, with no colon: the bullets are the report's findings."""
    text = (
        "A 2005 Canadian report found that peer support improves health (Nelson, 2005). "
        "It also found that\n\n"
        "- hospital days dropped from about 48 to 4 days after joining a peer program\n"
        "- peer programs saved more than $12 million in reduced hospital stays\n"
    )
    assert check_text(text, select=UNCITED) == []
    alone = (
        "Peers are people with lived experience.\n\n"
        "- hospital days dropped from about 48 to 4 days after joining a peer program\n"
    )
    assert [line for line, _, _ in check_text(alone, select=UNCITED)] == [3]


def test_bullets_under_a_lead_in_about_the_study_sample_carry_its_source() -> None:
    """tests/realworld/heldout 2062: '... (Youthsight, 2013). Of those who contacted their
    Nightline:' over figures: "Of those who" points back to the study's sample."""
    text = (
        "A study of 1,000 students found that 72% felt distressed at night (Youthsight, 2013). "
        "Of those who contacted their university Nightline services:\n\n"
        "- 87% felt their mental wellbeing had improved\n"
        "- 79% felt better able to deal with the problem\n"
    )
    assert check_text(text, select=UNCITED) == []
    unsourced = text.replace(" (Youthsight, 2013)", "").replace("A study of", "Of")
    assert [line for line, _, _ in check_text(unsourced, select=UNCITED)] == [3, 4]


def test_lines_of_links_under_a_paragraph_are_its_sources() -> None:
    """ "... support behavioural changes.\nUNAIDS http://...pdf\nWHO, http://...pdf": the
    links under the prose back it, as a source line does (tests/realworld/heldout 504)."""
    text = (
        "Peer support reduces suicide attempts.\n"
        "UNAIDS http://data.unaids.org/publications/IRC-pub01/jc291-peereduc_en.pdf\n"
        "WHO, http://whqlibdoc.who.int/publications/2004/9241591528.pdf\n"
    )
    assert check_text(text, select=UNCITED) == []
    alone = "Peer support reduces suicide attempts.\n"
    assert check_text(alone, select=UNCITED) == [(1, 1, "uncited-claim")]


def test_a_lead_in_run_into_its_list_backs_the_items() -> None:
    """A list whose lead-in shares its paragraph (tests/realworld/heldout 715): the lead-in's
    source backs the items that cite none, unless half the items cite their own."""
    text = (
        "The Mental Health Commission of Canada (2010) recognizes that research connects peer "
        "initiatives to:\n• reduced mental health hospital stays\n• lessened distress\n"
        "• increased quality of life (CMHA Ontario et al., 2005)\n"
    )
    assert check_text(text, select=UNCITED) == []
    text = "Peer support leads to:\n• reduced hospital stays\n• lessened distress\n"
    assert [line for line, _, _ in check_text(text, select=UNCITED)] == [2, 3]  # no source
