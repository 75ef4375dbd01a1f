"""Whether a sentence states a benefit or an effect of peer support: a claim that needs a source.

A sentence is a claim when it states

- an effect: a change word close before or after an outcome word ("reduced readmissions",
  "hospital days were reduced", "more likely to have employment"), a verb of benefit before
  a psychosocial outcome ("fosters trust", "helps clients feel seen", "builds hope"), what
  professional care cannot do ("in ways that traditional providers cannot"), or a
  percentage with an outcome and a change or a comparison ("only 17% were readmitted,
  compared with 30%");
- a cost or a return: a sum of money with savings, a return, a cost reduction, a net benefit
  or a benefit-cost ratio ("saves £4 for every £1", "Benefits minus costs $3,888"), and in a
  block that holds a net benefit or a ratio, its sums of benefits and costs ("Total benefits
  $8,030"), which a budget's or a price list's are not;
- a benefit without a named outcome, of peer support by name ("Peer support works.", "is
  effective", "has a transformative effect", "is showing great promise", "benefits the
  people who use the service", "the evidence ... is growing", "as good if not better than
  conventional services"), or research said to show something of it ("Research shows that
  mutual help groups are an important part of recovery");
- a statistic standing alone as a bullet or a slide line ("48 states and DC reimburse peer
  support"): in running prose a count is context, not a claim;
- or it is an item of a list introduced as benefits ("Peer support has been shown to:").

An effect must be of something a document about peer support can mean: peers, a programme, a
service, a pronoun, or an item with no subject ("Reduces hospitalizations"), or research
reporting it with no subject ("Several studies show improvement in self-esteem"). Not claims:
titles and headings, labels over a list ("Reduced re-hospitalization rates"), questions, aims
("The study examined ...") and methods ("conducted a meta-analysis to evaluate whether ..."),
learning objectives, definitions and descriptions, assumptions
("the approach assumes that ..."), debates set out ("two very different ideas about ... can be
put forth"), criteria ("Appropriate strategies will ..."), recommendations in prose ("Launch a
federal initiative to ..."), changes sought ("efforts to find ways to reduce"), names spelt out
before an acronym, datelines, null results, gaps in what is known ("little is known about
..."), quotations and a reference entry's annotation.
The word lists are in `claim_words`, the frames of non-claims in `claim_frames`, the cost and
count forms in `claim_figures`; nothing here depends on where a line of prose wraps
(`claim_place.claim_spans` cuts a sentence only at title lines run into it and a label run
onto it).
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from peerclaims.text import benefit_words as soft
from peerclaims.text import claim_frames as frames
from peerclaims.text import claim_words as words
from peerclaims.text import money_words as money
from peerclaims.text.claim_changes import blanked, change_words
from peerclaims.text.claim_figures import STATISTIC, states_cost, states_figure, states_statistic
from peerclaims.text.claim_lists import glossed_role, is_lead_in, is_list_benefit
from peerclaims.text.claim_place import (
    _WORKS_RUN_ON,
    INLINE_BULLETS,
    Place,
    claim_spans,
    is_entry,
    names_source,
    other_segment,
    place_of,
    points_back,
    quotations,
    sentence_start,
)
from peerclaims.text.claim_titles import is_title, title_case
from peerclaims.text.inherited import continues_sourced
from peerclaims.text.outcome_words import TERMS
from peerclaims.text.peer_words import SUBJECT_OPENING, can_help, might_help, research_finds
from peerclaims.text.sentences import is_heading_like, normalise_typography

__all__ = [
    "INLINE_BULLETS",
    "Place",
    "claim_kind",
    "claim_spans",
    "continues_sourced",
    "ends_list",
    "is_claim",
    "is_entry",
    "is_lead_in",
    "is_list_benefit",
    "might_state",
    "names_source",
    "other_segment",
    "place_of",
    "points_back",
    "quotations",
    "sentence_start",
    "states_benefit",
    "states_cost",
    "states_effect",
    "states_statistic",
]

_LABEL_PREFIX = re.compile(r"^\W*(?:\*\*|__)?[A-Z][\w /&-]{0,30}(?:\*\*|__)?\s*:\s+(?=\S)")
_MARKERS = re.compile(r"^[\s*_#>•▪■◦●➢➤►✓✔❧-]+|[\s*_]+$")


def _plain(sentence: str) -> str:
    """The sentence with typography made plain, markers and a "**Results**:" label off."""
    text = normalise_typography(sentence)
    text = _MARKERS.sub("", _PAGE_NUMBER.sub("", text, count=1))
    return " ".join(_SECTION_NUMBER.sub("", text, count=1).split())


# a number alone on the sentence's first line: a slide's or a page's ("1\nPeer Support Results
# from ..."), not a figure the sentence states
_PAGE_NUMBER = re.compile(r"\A\s*\d{1,3}[^\S\n]*\n(?=\s*\S)")
# a section's number before a short title on a line of its own: "2 Peer Support", "3.1 Methods"
_SECTION_NUMBER = re.compile(
    r"\A\s*\d{1,2}(?:\.\d{1,2})*\.?[^\S\n]+(?=(?:[A-Z][\w'’-]*[^\S\n]*){1,6}\Z)"
)


def _body(text: str) -> str:
    """Without a leading run-in label ("Results: ...", "**Cost**: ...")."""
    return _LABEL_PREFIX.sub("", text, count=1)


ClaimKind = Literal["claim", "count"]


def is_claim(sentence: str, place: Place | None = None) -> bool:
    """Whether the sentence states a benefit, effect, cost or statistic (see the module)."""
    return claim_kind(sentence, place) is not None


def claim_kind(sentence: str, place: Place | None = None) -> ClaimKind | None:
    """ "count" for a count standing alone that states nothing more ("48 states and DC
    reimburse peer support": the field's size, not a benefit), "claim" for any other claim,
    None for none."""
    place = place or Place()
    text = _plain(sentence)
    if not text or is_heading_like(normalise_typography(sentence)) or _not_a_claim(text, place):
        return None
    body = _body(text)
    standing = place.alone and place.kind != "table-cell" and len(body.split()) <= 15
    count: ClaimKind | None = "count" if standing and states_statistic(body) else None
    if is_title(text, place):
        return count
    if states_figure(body, place.returns):
        return "claim"  # a cost, a return or a service's share reaching an outcome, whoever's
    if states_effect(body) or soft.BEYOND_CARE.search(body):
        about = _about_support(body, place, normalise_typography(sentence).strip())
        return "claim" if about else count
    if soft.SURVEY_SHARE.search(body) and words.PEER.search(body):
        return (
            "claim"  # users' verdict on it: "91% of Members believe ... a Peer Program was worth"
        )
    if states_benefit(body) or (
        place.bullet and words.BENEFIT.search(_HOW_IT_WORKS.sub(" ", body))
    ):
        return "claim"  # a bullet's subject is the deck's: "Provides a cost-effective adjunct"
    return "claim" if place.in_benefit_list and is_list_benefit(body) else count


def _not_a_claim(text: str, place: Place) -> bool:
    """Labels, questions, aims, definitions, assumptions, debates, criteria, proposals,
    datelines, null results, quotations, entries."""
    if place.in_duty_list and not _PERCENT.search(text):
        return True  # what a role does or a plan aims at: "Improve mental health of all ..."
    if place.quoted or place.entry or is_entry(text) or len(_WORKS_RUN_ON.findall(text)) > 1:
        return True
    if is_heading_like(text) or glossed_role(text):
        return True
    effect_lead = text.endswith(":") and _effect_lead_in(text)
    if text.endswith(":") and not effect_lead:
        return True
    if _WH_QUESTION.match(text) and not text.endswith(".") and not _HOW_HEADLINE.match(text):
        return True
    unpunctuated = text[-1] not in ".!;,)]" and not text[-1].isdigit()
    if place.labels_list and unpunctuated and len(text.split()) <= 10 and not effect_lead:
        return True
    if frames.PROPOSAL.match(_body(text)) and not (place.bullet or place.in_benefit_list):
        return True  # a recommendation in prose: "Launch a federal initiative to ..."
    return bool(
        frames.AIM.search(text)
        or _framed(text)
        or frames.DEBATE.search(text)
        or frames.CRITERION.match(text)
        or frames.DATELINE.search(text)
        or frames.TEASER.search(text)
        or frames.INVITATION.search(text)
        or frames.KEYWORDS.search(text)
        or frames.NULL_RESULT.search(text)
        or _only_a_gap(text)
        or frames.TARGET.search(text)
    )


def _effect_lead_in(text: str) -> bool:
    """A lead-in that states an effect or a benefit itself: "They can also help reduce
    recidivism by:", "Peer support has been linked with positive outcomes, including:" (a
    clause of six words or more, not a title)."""
    clause = text.rstrip(":").strip()
    if _ANNOUNCES.match(clause):
        return False  # "The following are some of the strategies that have been found effective"
    stated = states_effect(clause) or states_benefit(clause)
    return len(clause.split()) >= 6 and not title_case(clause) and stated


# a list announced, whose items say what is stated: "The following are ...", "Below are ..."
_ANNOUNCES = re.compile(r"\W*(?:the\s+following|below|here)\s+(?:are|is)\b", re.IGNORECASE)


def _only_a_gap(text: str) -> bool:
    """A gap in what is known, with no effect stated in a clause of its own beside it ("PRSS
    are a promising intervention that may increase linkage to care; however, there remains a
    sizable gap in the literature" states one)."""
    if not frames.GAP.search(text):
        return False
    clauses = re.split(r";|,?\s+(?:however|but|yet|though|although|while)\b,?", text)
    return not any(states_effect(c) for c in clauses if not frames.GAP.search(c))


def _framed(text: str) -> bool:
    """A definition, description, assumption or method ("is described as", "assumes that",
    "conducted a meta-analysis to evaluate whether"), unless
    a clause before or after it states an effect of its own ("This is referred to as
    integrated care, and it recognizes that outcomes improve when ...")."""
    for pattern in (frames.DEFINITION, frames.ASSUMPTION, frames.METHOD):
        if match := pattern.search(text):
            clause = frames.NEW_CLAUSE.search(text, match.end())
            rest = text[clause.end() :] if clause else ""
            earlier = [c.start() for c in frames.NEW_CLAUSE.finditer(text, 0, match.start())]
            first = text[: earlier[-1]] if earlier else ""
            return not any(
                part and (states_effect(part) or states_benefit(part)) for part in (rest, first)
            )
    return False


# a headline that states an effect by how it comes about: "How Carelon's peer support program
# improves outcomes for youth", "How Peer Recovery Coaches Save Lives in the Emergency
# Department" (not a question: "How can peer support improve outcomes?")
_HOW_HEADLINE = re.compile(
    r"How\s+(?!(?:can|could|do|does|did|is|are|was|were|will|would|should|might|may|to|much|"
    r"many|often|long)\b)[^?]*\b(?i:improve|reduce|increase|lower|help|boost|cut|prevent|"
    r"strengthen|promote|save|transform|change)s?\b[^?]*\Z"
)
_WH_QUESTION = re.compile(r"^(?:\w+\s+)?(?:what|how|why|which|who|whom|whose)\b", re.IGNORECASE)
# A bullet that opens with a name of its own ("Cognitive Processing Therapy (CPT) ... show",
# "988 Suicide & Crisis Lifeline received ...") is about that, not about peer support; one
# word ("WHAM was associated with ...") may well be a peer programme's name.
_NAMED_SUBJECT = re.compile(r"(?:(?<![\w-])[A-Z][\w-]*\s+[A-Z][\w-]*|(?<![\d,.])\d[\d,.]*\s+[A-Z])")
_BOLD_TERM = re.compile(r"^\W*(?:\*\*|__)[^*_]+(?:\*\*|__)")


def _about_support(text: str, place: Place, raw: str = "") -> bool:
    """The effect can be of peer support: it names peers, a programme or a pronoun, or it
    is an item with no subject of its own ("Reduces hospitalizations"). A bullet led by a
    bold term or a name of its own ("**Community governance models** that prevent ...", "VA
    facilities report ...") is about that."""
    bold = _BOLD_TERM.match(raw)
    if bold and not words.PEER.search(bold.group(0)) and not words.CHANGE.match(text):
        return bool(place.in_benefit_list or words.ABOUT.search(raw, bold.end()))
    if place.cited and _PERCENT.search(text):
        return True  # a figure citing its source states that source's effect
    if place.in_benefit_list or words.names_subject(text) or words.RESEARCH_SAYS.search(text):
        return True
    if words.CHANGE.match(text):
        return True  # "Decreased caregiver stress", "Improved Health and Mental Health Outcomes"
    named = _NAMED_SUBJECT.match(text) and not words.OUTCOME.match(text)
    return place.bullet and not named


def might_state(text: str) -> bool:
    """Whether any sentence of `text` could be a claim (a cheap filter before splitting)."""
    text = normalise_typography(text)
    return bool(
        words.OUTCOME.search(text)
        or words.BENEFIT.search(text)
        or _PERCENT.search(text)
        or money.CURRENCY.search(text)
        or STATISTIC.search(text)
        or might_help(text)
    )


_PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent\b)", re.IGNORECASE)
# fewer people, described, then the outcome they had: "fewer people who received this type of
# support were readmitted to acute care" (the change word counts the people, not the outcome)
_FEWER_WHO = re.compile(
    r"\bfewer\s+(?:of\s+the\s+)?(?:people|patients|participants|clients|members|individuals|"
    r"veterans|youths?|women|men|mothers|adults|consumers|service\s+users)\s+"
    r"(?:who|that|given|receiving|with|in)\b(?:\s+\S+){0,10}?\s+"
    + r"(?:"
    + "|".join(p for p, _, _ in TERMS)
    + r")\b",
    re.IGNORECASE,
)


def states_effect(sentence: str) -> bool:
    """A change word next to an outcome word, or a percentage of an outcome with a change or
    a comparison: "reduced readmissions by 42%", "only 17% were readmitted"."""
    sentence = normalise_typography(sentence)
    staffing = blanked(sentence, words.WORKFORCE)
    if staffing != sentence and not words.OUTCOME.search(staffing):
        return False  # "The number of peer specialists increased by 40%": the workforce's
    if _change_near_outcome(sentence) or _FEWER_WHO.search(sentence):
        return True
    if _PERCENT.search(sentence):
        strong = any(
            not words.WEAK_CHANGE.match(m.group(0)) for m in words.CHANGE.finditer(sentence)
        )
        compared = bool(words.COMPARISON.search(sentence) and words.OUTCOME.search(sentence))
        return strong or compared
    return False


def states_benefit(sentence: str) -> bool:
    """A benefit of peer support, named or described, reported by research, or said of an
    opening that stands for it, without an outcome: "Peer support works.", "studies show both
    direct and indirect positive effects", "It is cost-effective"."""
    sentence = _HOW_IT_WORKS.sub(" ", normalise_typography(sentence))
    about = words.PEER.search(sentence) or words.REPORTED_BENEFIT.search(sentence)
    about = about or SUBJECT_OPENING.match(sentence)
    benefit = bool(words.BENEFIT.search(sentence) and about)
    return benefit or can_help(sentence) or research_finds(sentence)


# an indirect question about how it works, not a verdict that it does: "to understand how peer
# support actually works", "whether peer support works for men" ("does work" is a verdict)
_HOW_IT_WORKS = re.compile(
    r"\b(?:how|why|whether|if|what\s+makes)\s+(?:\S+\s+){0,5}?(?:\w+ly\s+)?"
    r"(?<!\bdo\s)(?<!\bdid\s)(?<!\bdoes\s)works?\b(?!\s+because\b)",
    re.IGNORECASE,
)


def _change_near_outcome(sentence: str, gap: int = 4, weak_gap: int = 3) -> bool:
    """A change word within `gap` words of an outcome word, either way round; a weak one
    ("more", "help", "builds") only within `weak_gap` words before it. A verb of benefit
    before a psychosocial outcome is one ("fosters trust", "builds confidence"), and a soft
    verb ("builds") is a change word of nothing else (`benefit_words`).

    For each outcome word only the nearest change word before it and the nearest strong one
    after it can be the closest, so each outcome looks at two: a long sentence takes linear
    time, not a comparison of every pair.
    """
    sentence, changes = change_words(sentence)
    if not changes:
        return False
    ends = [end for _, end, _ in changes]
    strong = [(start, end) for start, end, weak in changes if not weak]
    strong_ends = [end for _, end in strong]
    outcomes = [(m.span(), False) for m in words.OUTCOME.finditer(sentence)]
    outcomes += [(m.span(), True) for m in soft.PSYCHOSOCIAL.finditer(sentence)]
    for (o_start, o_end), psychosocial in outcomes:
        before = bisect.bisect_right(ends, o_start)  # changes[:before] end before the outcome
        if before:
            start, end, weak = changes[before - 1]
            verb = sentence[start:end]
            pairs = (
                soft.BENEFIT_VERB.match(verb) if psychosocial else not soft.SOFT_ONLY.match(verb)
            )
            if pairs and _few_words(sentence, end, o_start, weak_gap if weak else gap):
                return True
        after = bisect.bisect_right(strong_ends, o_start)
        if not psychosocial and after < len(strong):
            start, _ = strong[after]  # overlapping the outcome ("empowers"), or after it
            if start < o_end or _few_words(sentence, o_end, start, gap):
                return True
    return False


def _few_words(text: str, start: int, end: int, most: int) -> bool:
    """Whether `text[start:end]` holds at most `most` words, counted no further than one past;
    measures ("the rates and effects of") and counts ("helped 41 participants") don't count."""
    count = 0
    for word in re.finditer(r"\S+", text[start : max(start, end)]):
        bare = word.group().lower().strip(",;")
        count += bare not in _MEASURES and not bare.replace(",", "").isdigit()
        if count > most:
            return False
    return True


_MEASURES = frozenset(
    "rate rates number numbers risk risks likelihood level levels effect effects frequency "
    "severity incidence amount amounts length duration".split()
)


def ends_list(text: str) -> bool:
    """A title among the items ("Key Factors for Implementation"): the benefits list a
    lead-in opened ends there, as when slides taken from a PDF run on as one list."""
    text = _plain(text)
    return bool(text) and title_case(text, 3) and not words.CHANGE.search(text)
