"""Rules on claim sentences by themselves: uncited, overstated, unknown to the corpus.

Rules that compare a sentence with the evidence it cites are in rules/evidence.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from peerclaims.corpus.grading import Level, grade_claim
from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.found import ClaimSentence, FoundCitation
from peerclaims.match.reading import Analysis
from peerclaims.rules import Rule, Scope
from peerclaims.rules.document import clip, suggest_for, with_citation_fix
from peerclaims.text import claimlike
from peerclaims.text import sentences as claimtext
from peerclaims.text.bylines import OWN_CITATION_LABEL
from peerclaims.text.citations import CitationKind
from peerclaims.text.claim_place import lead_in_backs
from peerclaims.text.researchers import is_this_study
from peerclaims.text.sentences import Span
from peerclaims.text.source_lines import SOURCE_LABEL, labelled_after, links_after, maker_label


def uncited_claim(a: Analysis) -> Iterator[Finding]:
    """A sentence or bullet states a benefit, effect, cost or statistic without a citation.

    A claim is an outcome with a change ("reduces suicide attempts"), a soft benefit (a verb
    of benefit on a psychosocial outcome: "fosters trust", "helps clients feel seen and
    understood"), a percentage of an outcome, a sum saved or returned ("saves £4 for every
    £1"), a benefit of peer support by name ("Peer support works."), or an item of a list
    introduced as benefits; whether the corpus knows the claim does not matter. A count
    standing alone as a bullet is the field's size, not a benefit ("60 percent of peer
    programs focus on mental health"): it is reported only when the corpus holds it, and so
    holds its source to cite. Headings, labels over a list, questions, aims, definitions,
    assumptions, descriptions, debates set out, criteria, recommendations, null results,
    quotations, the document's own results ("we found"), what peers do ("help clients
    navigate services"), learning objectives, job duties and reference-list entries are not
    claims.

    A citation counts in the sentence, in its paragraph, in the same shape of a slide, or
    standing alone on the next line or at the foot of the list or slide; a bullet is not
    covered by a neighbouring bullet's own citation. A source named in the sentence ("according
    to the brief", "The study found") leaves it to `vague-citation`; research named by no
    maker, venue, year or title ("One study found", "New research suggests") names none. A
    sentence that points back to a cited or source-naming sentence just before it ("These
    include ...", "It also found ...") carries that source; one with a subject of its own does
    not.

    FAIL: "Peer support reduces suicide attempts." with no source nearby
    FAIL: "- 48 states and DC reimburse peer support"
    FAIL: "Their presence helps clients feel seen and understood."
    FAIL: "One study found that peer support cut readmissions by a third."
    PASS: "Peer support reduced readmissions (Sledge et al., 2011)."
    PASS: "We found that peer support reduced readmissions by a third."
    PASS: "Peer specialists help clients navigate services."
    PASS: "- 60 percent of peer programs focus on mental health"
    PASS: "... (Repper and Carter, 2011). These include benefits for the peer workers."
    """
    if _single_source(a):
        return
    for s in a.claim_sentences:
        if s.count and not s.matches:
            continue  # the field's size, not a benefit, and not one the corpus holds
        if (
            not _cited(a, s)
            and not claimtext.is_own_work(s.text)
            and not claimlike.names_source(s.text)
        ):
            suggestion = suggest_for(a, s)
            found = a.finding(
                "uncited-claim",
                s.block,
                s.start,
                f"'{clip(s.text)}' states a finding without a citation",
                suggestion,
            )
            yield with_citation_fix(a, s, found) if suggestion else found


def _single_source(a: Analysis) -> bool:
    """A post whose one source is the reference at its foot or its head: no author-year
    citation in the text, and the last block, or one of the first three (a study digest's
    reference under its title and date), and no other is a reference entry ("Lawn, S., Smith,
    A., Hunter, K. (2008). Mental health peer support ..."). Its claims are that work's. So are
    those of a brief about one study that it names as its subject ("Investigators in this
    study conducted a meta-analysis ...", the form of a research agency's publication
    briefs), and of an evaluation's summary that labels its maker ("Evaluated by: Frontier
    Economics")."""
    if not a.blocks:
        return False
    makers = [c for c in a.citations if maker_label(a.blocks[c.block].text, c.citation.start)]
    entries = [i for i, b in enumerate(a.blocks) if claimlike.is_entry(b.text)]
    # a date inside the reference itself ("AIDS and Behavior (September 2013)") cites nothing
    others = [c for c in a.citations if c not in makers and c.block not in entries]
    if any(c.citation.kind not in _NOT_AUTHOR_YEAR for c in others):
        return False
    if makers or any(is_this_study(c.citation.text) for c in a.citations):
        return True
    own = OWN_CITATION_LABEL.search(a.blocks[-1].text)  # "Recommended Citation": its own
    if entries == [len(a.blocks) - 1] and own is None:
        return True
    # a digest of one study heads its summary with the reference, under its title and date
    # (with its year: an author line with none is the document's own byline)
    head = len(entries) == 1 and entries[0] < min(_HEAD_BLOCKS, len(a.blocks) - 1)
    block = a.blocks[entries[0]] if head else None  # a table's cell cites its own row only
    return block is not None and block.kind == "paragraph" and bool(_DATED.search(block.text))


_NOT_AUTHOR_YEAR = frozenset({CitationKind.NUMBERED, CitationKind.VAGUE})
_HEAD_BLOCKS = 3
_DATED = re.compile(r"\b(?:19|20)\d\d\b")


def _cited(a: Analysis, s: ClaimSentence) -> bool:
    """Whether a citation backs the sentence: its own, or one standing alone after it or at
    the foot of its list or slide. Another sentence's citation in the same paragraph is that
    sentence's; for a bullet, one in its group counts unless it is another bullet's own (a
    lead-in's citation covers the list)."""
    if a.attributed_to(s) or _cited_after(a, s) or a.continues_sourced(s):
        return True
    if _source_line_ends(a, s.block):
        return True
    if _named_after(a, s) or _inline_lead_in(a, s):
        return True
    block = a.blocks[s.block]
    if not claimlike.place_of(block.text, Span(s.start, s.end), block.kind).bullet:
        return False
    return any(c.block != s.block and not _other_bullets(a, s, c) for c in a.support_for(s))


def _inline_lead_in(a: Analysis, s: ClaimSentence) -> bool:
    """An item of a list run into its lead-in's paragraph ("The Mental Health Commission of
    Canada (2010) recognizes that ... research evidence connects peer initiatives ... to:\n•
    reduced mental health hospital stays\n• ..."): the lead-in's citations back the items
    that cite none, unless half of the items cite their own, as a lead-in above a list does."""
    text = a.blocks[s.block].text
    before = text[: s.start].rstrip()
    if not before or before[-1] not in claimlike.INLINE_BULLETS:
        return False
    spans = claimtext.sentences(text)
    leads = [p for p in spans if p.end <= s.start and text[p.start : p.end].rstrip().endswith(":")]
    if not leads:
        return False
    starts = [c.citation.start for c in a.citations_in({s.block})]
    if not any(leads[-1].start <= at < leads[-1].end for at in starts):
        return False
    items = [p for p in spans if p.start >= leads[-1].end]
    own = sum(any(p.start <= at < p.end for at in starts) for p in items)
    return lead_in_backs(len(items), own)


# the sentence after a finding names its source: "That's the finding of a study by ..."
_FINDING_OF = re.compile(
    r"\s*(?:That|This|These|Those)(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+)?"
    r"(?:main\s+|key\s+|latest\s+|central\s+)?(?:finding|conclusion|result|message|verdict)s?"
    r"\s+(?:of|from)\b"
)


def _named_after(a: Analysis, s: ClaimSentence) -> bool:
    """Whether the next sentence (in the block, or opening the next block) says whose finding
    this is and names the source ("... may reduce the need for inpatient services. / That's
    the finding of a study by Bevin Croft ... and Nilüfer İsvan ...")."""
    text = a.blocks[s.block].text
    after = [span for span in claimtext.sentences(text) if span.start >= s.end]
    block, span = (s.block, after[0]) if after else (s.block + 1, None)
    if span is None:
        if block >= len(a.blocks) or a.blocks[block].kind == "heading":
            return False
        spans = claimtext.sentences(a.blocks[block].text)
        span = spans[0] if spans else None
    text = a.blocks[block].text
    if span is None or not _FINDING_OF.match(text, span.start):
        return False
    found = a.citations_in({block})
    end = span.end
    rest = [p for p in claimtext.sentences(text) if p.start >= span.end][:1]
    if rest and _only_citations(text, rest[0], found):
        end = rest[0].end  # "... campuses in California. (1)": its note set after the stop
    return any(span.start <= c.citation.start < end for c in found)


def _only_citations(text: str, span: Span, found: list[FoundCitation]) -> bool:
    """Whether the sentence `span` of `text` holds citations and no word besides them."""
    inside = [c.citation for c in found if span.start <= c.citation.start < span.end]
    left = text[span.start : span.end]
    for c in inside:
        left = left.replace(c.text, " ")
    return bool(inside) and not re.search(r"[^\W\d_]", left)


def _cited_after(a: Analysis, s: ClaimSentence) -> bool:
    """A citation standing alone right after the sentence in its block ("... professionals.
    (Hoagwood et al., 2010)" on the next line), or after the quotation it is in: nothing but
    a stop between them, and nothing after it but the end of the block or of its sentence."""
    text = a.blocks[s.block].text
    end = s.end
    for start, stop in claimlike.quotations(text):  # a quotation's sources follow it whole
        if start < s.end and stop > s.start:
            end = max(end, stop)
    after = [c for c in a.citations_in({s.block}) if c.citation.start >= end]
    if not after:
        return False
    first = min(after, key=lambda c: c.citation.start)
    between = text[end : first.citation.start]
    labelled = SOURCE_LABEL.search(between)  # "... a third. Source: Sledge (2011). ..."
    if (between[: labelled.start()] if labelled else between).strip(" \t\n.;,"):
        return False
    opens = text[first.citation.start] in "([" or labelled
    if not opens and not _LINE_ENDS.match(text, first.citation.end):
        return False  # "A 2022 report from SAMHSA noted ...": the next sentence's subject
    return bool(_STANDS_ALONE.match(text, first.citation.end))


def _source_line_ends(a: Analysis, block: int) -> bool:
    """Whether the paragraph ends with its source after a label (`labelled_after`) or with
    lines of links to its sources (`links_after`), which back every sentence before it, as a
    source line under a slide does."""
    found = [c.citation for c in a.citations_in({block})]
    text = a.blocks[block].text
    return labelled_after(text, 0, found) or links_after(text, found)


_STANDS_ALONE = re.compile(r"[\s.;,)\]]*(?:$|\n|[A-Z\"“(])")
_LINE_ENDS = re.compile(r"[\s.;,)\]]*(?:$|\n)")


def _other_bullets(a: Analysis, s: ClaimSentence, c: FoundCitation) -> bool:
    """Whether a citation is another bullet's own: in another list item, or after another
    inline bullet of the sentence's block."""
    if c.block != s.block:
        return a.blocks[c.block].kind == "list-item"
    return claimlike.other_segment(a.blocks[s.block].text, Span(s.start, s.end), c.citation.start)


def overstated_certainty(a: Analysis) -> Iterator[Finding]:
    """Certain wording ("proven", "always", "will eliminate") over evidence below High.

    Certainty words are "proven", "always", "guarantees", "eliminates", "definitely",
    "cures", "will reduce" and the like. The rule fires where the best claim the sentence
    matches is graded below High (GRADE), and where it matches no claim in the corpus at
    all: nothing known backs the certainty. Hedged wording ("may", "can") passes.

    FAIL: "Peer support is proven to increase self-esteem and confidence." (graded Very low)
    FAIL: "Peer support will eliminate the need for hospital care." (no evidence matches)
    PASS: "Peer support may increase self-esteem and confidence."
    """
    for s in a.claim_sentences:
        words = claimtext.certainty_words(s.text)
        if not words:
            continue
        hedge = "hedge it: 'may …', 'early evidence suggests …'"
        if not s.matches:
            message = f"'{words[0]}' states as certain what no evidence in the corpus supports"
            yield a.finding("overstated-certainty", s.block, s.start, message, hedge)
            continue
        best = max(
            ((grade_claim(m.claim, a.ctx.corpus), m.claim.id) for m in s.matches),
            key=lambda pair: pair[0].level,
        )
        if best[0].level < Level.HIGH:
            message = f"'{words[0]}' overstates evidence graded {best[0].label} ({best[1]})"
            yield a.finding("overstated-certainty", s.block, s.start, message, hedge)


def unknown_claim(a: Analysis) -> Iterator[Finding]:
    """A benefit claim that matches nothing in the corpus (for curators to review).

    FAIL (info): "Peer support reduces parking fines by 30%."
    PASS: "Peer support increases hope." (in the corpus)
    """
    for s in a.claim_sentences:
        if not s.matches:
            yield a.finding(
                "unknown-claim",
                s.block,
                s.start,
                f"'{clip(s.text)}' matches no claim in the corpus",
            )


RULES = (
    Rule("PC209", "uncited-claim", Severity.WARNING, Scope.DOCUMENT, uncited_claim),
    Rule("PC212", "overstated-certainty", Severity.WARNING, Scope.DOCUMENT, overstated_certainty),
    Rule("PC213", "unknown-claim", Severity.INFO, Scope.DOCUMENT, unknown_claim),
)
