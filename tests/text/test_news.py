"""Tests for peerclaims.text.news: sources as news items name them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from peerclaims.text.citations import find_citations
from peerclaims.text.news import news_sources

# tests/realworld/heldout 137, 151, 152 and their forms
FOUND = [
    # the makers named after a comma, or as examples (tests/realworld/heldout 1229, 1209)
    (
        "The research, carried out by Aisling McGrath of Waterford Institute of Technology, "
        "highlights that",
        "The research, carried out by Aisling McGrath of Waterford Institute of Technology",
    ),
    (
        "Studies by researchers like Phyllis Solomon, have shown that peer support helps.",
        "Studies by researchers like Phyllis Solomon",
    ),
    (
        "A study by the University of Leeds found fewer readmissions.",
        "A study by the University of Leeds",
    ),
    # a headline drops the article (tests/realworld/heldout 254)
    ("Peer support reduces NHS costs but improves outcomes, states report\n", "states report"),
    # people named as the source with their role (tests/realworld/heldout 251, 255, 256)
    (
        "It may lead to better recovery, argue Glenn Landers and Mei Zhou, researchers at GSU.",
        "Glenn Landers and Mei Zhou",
    ),
    (
        "According to lead author Paul Pfeiffer, peers help.",
        "According to lead author Paul Pfeiffer",
    ),
    (
        "It could save cash, according to clinical psychologist Dr Rachel Perkins.",
        "according to clinical psychologist Dr Rachel Perkins",
    ),
    ("It helps, according to the study's authors.", "according to the study's authors"),
    ("A UK study has found that fewer people were readmitted.", "A UK study"),
    ("A new US trial suggests that peers help.", "A new US trial"),
    ("The benefits have been highlighted in a new report.", "highlighted in a new report"),
    ("as shown in a 2019 national survey of members", "a 2019 national survey"),
    (
        "The findings are in a report compiled by experts from Anglia Ruskin University which",
        "a report compiled by experts from Anglia Ruskin University",
    ),
    (
        "That's the finding of a study by Bevin Croft, M.A., M.P.P., and Nilüfer İsvan, Ph.D., of",
        "a study by Bevin Croft, M.A., M.P.P., and Nilüfer İsvan, Ph.D.",
    ),
    (
        "In a groundbreaking letter to Medicaid directors in 2007, Dennis G. Smith, director of CMS,",
        "a groundbreaking letter to Medicaid directors in 2007, Dennis G. Smith",
    ),
    (
        "In research conducted by PRCH, peer interventions have been associated with fewer days.",
        "In research conducted by PRCH",
    ),
    (
        "Their study, involving 400 people and published today in The Lancet, was the first.",
        "published today in The Lancet",
    ),
    (
        "Peer support may help curb readmission, suggests a randomised controlled trial* of 400.",
        "suggests a randomised controlled trial*",
    ),
    (  # the venue opening the sentence on the study (tests/realworld/heldout 774, 776)
        "Published in the Cochrane Library, the review suggests that AA can help.",
        "Published in the Cochrane Library",
    ),
    (  # led by a person, the sentence opening on it (tests/realworld/heldout 791)
        "A study led by Professor Sonia Johnson, Consultant Psychiatrist, has shown that peers "
        "reduce readmission.",
        "A study led by Professor Sonia Johnson",
    ),
    (  # an office speaking in its dated report (tests/realworld/heldout 856)
        "The U.S. Surgeon General stated in a 2016 report on addiction that evidence is strong.",
        "The U.S. Surgeon General stated in a 2016 report on addiction",
    ),
    (  # the news's study, dated by its day (tests/realworld/heldout 774)
        "A new scientific review released Wednesday wades into the debate about AA.",
        "A new scientific review released Wednesday",
    ),
    (  # tests/realworld/heldout 641
        "Peer-led programs can help improve carer well-being, reveals a new study.",
        "reveals a new study",
    ),
    # makers named mid-sentence, by kind, or before the research (heldout 2023, 2024, 2032)
    (
        "For DBSA's groups, research conducted by Pepperdine University showed, members gained.",
        "research conducted by Pepperdine University",
    ),
    (
        "The study, conducted by the third party evaluation firm See Change Evaluation, found it.",
        "The study, conducted by the third party evaluation firm See Change Evaluation",
    ),
    (
        "That is what a new study led by the Center for Hunger-Free Communities shows.",
        "a new study led by the Center for Hunger-Free Communities",
    ),
    (
        "People on welfare can earn more money, Drexel University research shows.",
        "Drexel University research",
    ),
    # a body as the speaker after its words (heldout 1743, 2014, 2126)
    ("“Peer support groups reduce stigma,” said the DOH.", "said the DOH"),
    (
        "Peer groups help, added the World Health Organization.",
        "added the World Health Organization",
    ),
]


@pytest.mark.parametrize(("text", "cited"), FOUND, ids=lambda v: str(v)[:30])
def test_news_sources_are_vague_citations(text: str, cited: str) -> None:
    (c,) = find_citations(text)
    dated = "2007" in cited or "2016" in cited
    assert (c.kind, c.text) == ("narrative" if dated else "vague", cited)
    assert text[c.start : c.end] == c.text


@pytest.mark.parametrize(
    "text",
    [
        "The report has found that those who trained improved.",  # anaphora: points back
        "According to the report, peers help.",  # the same
        "The researchers noted that more than half were readmitted.",
        "in the report",
        "A study is planned for next year.",
        "The new report will be published next month.",
        "will highlight research conducted by QUERI investigators",  # no source of a statement
        "It helps, said John Smith, a peer worker in Leeds.",  # a speaker, not a researcher
        "Published in Insights\n\nPeer support roles grew.",  # a page's own venue line
        "Published in Wiley Online Library",
        "He said in a 2016 interview that it helped.",  # a person's interview is no document
        "The report by the team was long.",  # no maker named
        "The team led by the coach won the cup.",
        # the people's work named before (tests/realworld/heldout 160)
        "Their findings were published March 1 in Psychiatric Services in Advance.",
        "Many studies by now show it.",
        "She joined research conducted by Pepperdine University last year.",  # found nothing
        "Drexel University research funding grew.",
        # people who said it, with an office or an affiliation (heldout 1551, 402)
        "“It helps,” said SAMHSA Administrator Terry Cline.",
        "It helps, said Keith Humphreys of Stanford University.",
        "It helps, said the HHS Secretary Xavier Becerra.",
    ],
)
def test_not_news_sources(text: str) -> None:
    assert news_sources(text) == []


@given(
    st.text(
        st.sampled_from("aA new report UK study has found, according to researchers "), max_size=200
    )
)
def test_sources_are_slices_of_the_text(text: str) -> None:
    assert all(text[c.start : c.end] == c.text for c in news_sources(text))


@pytest.mark.parametrize(
    "text",
    [
        "a study by Bevin Croft, M.A., " * 5000,
        "In a letter to the directors in 2007, " * 5000,
        "according to the researchers " * 10000,
        "recognized by agencies such as SAMHSA and " * 5000,
        "(SAMHSA, 2017, in Gagne, 2018) " * 5000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_inputs_return(text: str) -> None:
    """Long runs of news-like sources return, each found one a slice of the text."""
    assert all(text[c.start : c.end] == c.text for c in find_citations(text))
