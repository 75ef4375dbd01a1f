"""The words `attributions` tells a named source by: what a source is called ("report",
"researchers"), an organisation's words, the words that name no maker ("a new randomized
trial"), venues and the words of a journal's name, and the words that point back or name no
source ("according to the table")."""

from __future__ import annotations

import re

from peerclaims.text.patterns import word_set

SOURCE_NOUNS = word_set(
    """
    report reports brief briefs study studies survey surveys review reviews analysis
    analyses meta-analysis evaluation data statistics estimates figures research publication
    findings results
    letter guidance guidelines factsheet census poll article articles paper papers editorial
    commentary researchers experts scientists investigators authors evaluators academics
    author researcher scientist investigator psychologist psychiatrist professor release
    announcement filing
    """
)
ORG_WORDS = word_set(
    """
    america american association administration institute institutes center centers centre
    centres department alliance council foundation organization organisation network agency
    commission services society coalition university office bureau board trust academy
    partnership collaboration group government ministry bank fund forum federation league
    union nhs cochrane lancet journal jama bmj kff gallup times post news magazine gazette
    herald tribune campaign
    """
)
NOT_MAKERS = word_set(
    """
    a an the new recent large landmark randomized randomised controlled systematic pilot
    qualitative quantitative clinical national longitudinal comparative literature scoping
    rapid narrative peer peers support recovery mental health community cohort case
    feasibility outcome outcomes effectiveness cost economic trial study review evaluation
    report analysis survey meta-analysis one first second third final annual uk us usa u.s.
    eu
    """
)
# where a work appeared, not who made it
VENUES = word_set(
    "cochrane lancet journal jama bmj times post news magazine gazette herald tribune"
)
# a word of a journal's name: where any work "was published in" a place might be named
# instead ("in JAMA Network Open", "in the journal Psycho-Oncology", not "in London")
JOURNAL_WORD = re.compile(
    r"\b(?:Journal|Annals|Lancet|JAMA|BMJ|Review|Medicine|Health|Psychiatry|Psychology|"
    r"Pediatrics|Services|Research|Science|Nature|Cochrane|Proceedings|Bulletin|Quarterly|"
    r"Reports|Care|Nursing|Studies|Therapy|Addiction|Archives|Behaviou?r|Open|PLOS|ONE|"
    r"\w+olog(?:y|ie))\b"
)
# the last word of an institution's name, which may make research: "DePaul University Studies
# Find", "Drexel University research shows"
INSTITUTION = (
    r"(?:University|Institute|College|Foundation|Corporation|Center|Centre|Trust|Council|"
    r"Department|Agency)"
)
TITLES = word_set("dr dr. doctor professor prof prof. mr mr. mrs mrs. ms ms.")
NOT_SOURCES = word_set(
    "table tables figure fig appendix law laws section chapter page step their his her its "
    "chart self-reported self-report"  # how a study measured: "according to chart review"
    " these those"  # pointing back: "According to these authors", "according to those data"
)
# a work named before, pointed back to by its kind alone ("according to the study, ...")
POINTING = word_set("the this that")
KIND_ALONE = word_set(
    "study research data report review survey analysis evaluation findings results trial paper"
)
