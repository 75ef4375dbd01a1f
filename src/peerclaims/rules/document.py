"""What the document rule families share: the works cited, where a finding goes, the citation to suggest.

The document rules themselves are in `citation` (in-text citations, PC201-PC205), `reflist`
(the document's own reference lists, PC206-PC208) and `statements` (claim sentences,
PC209-PC213). Each takes an `Analysis` of one document (match/reading.py) and yields
findings; where a correct citation exists it is the suggestion, ready to paste.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from peerclaims.corpus.model import Reference
from peerclaims.corpus.vocab import Support
from peerclaims.diagnostics import Finding, Fix
from peerclaims.match.described import names_no_work
from peerclaims.match.findings import reports_all, stated_figures
from peerclaims.match.found import ClaimSentence, FoundCitation, FoundWork
from peerclaims.match.reading import Analysis
from peerclaims.rules import fixes
from peerclaims.text.citations import CitationKind

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def intext(a: Analysis, ref: Reference, *, narrative: bool = False) -> str:
    """The APA 7 in-text citation of one work, ready to paste."""
    return a.ctx.intext(ref, narrative=narrative)


@dataclasses.dataclass(frozen=True)
class Credited:
    """What a claim sentence is credited to, as the evidence rules judge it."""

    keys: tuple[str, ...]  # the corpus works, in order, each once
    unknown: bool  # a named work the corpus lacks stands beside them: it may be the source
    vague: bool  # a vague source ("a recent study") stands beside them
    unnamed: tuple[FoundWork, ...] = ()  # items that name no work, left out of `keys`


def credited(a: Analysis, s: ClaimSentence) -> Credited:
    """The works `attributed_to` credits a sentence to. An item that names no work
    ("updated meta-analysis through 2023") vouches for nothing and is left out; a named work
    outside the corpus ("Galanter, 1988") may be the one the claim is from, so the rules
    that accuse a cited work say nothing when `unknown` is set."""
    keys: dict[str, None] = {}
    unnamed: list[FoundWork] = []
    unknown = vague = False
    for found in a.attributed_to(s):
        vague = vague or found.citation.kind == CitationKind.VAGUE
        for work in found.works:
            if work.resolution.key:
                keys.setdefault(work.resolution.key, None)
            elif names_no_work(work.work):
                unnamed.append(work)
            else:
                unknown = True
    return Credited(tuple(keys), unknown, vague, tuple(unnamed))


def cited_works(a: Analysis) -> Iterator[tuple[FoundCitation, FoundWork]]:
    """Each work of each author-year citation (numbered and vague ones have their own rules)."""
    for found in a.citations:
        if found.citation.kind not in (CitationKind.NUMBERED, CitationKind.VAGUE):
            for work in found.works:
                yield found, work


def finding_at(
    a: Analysis,
    rule: str,
    found: FoundCitation,
    work: FoundWork | None,
    message: str,
    suggestion: str | None = None,
    fix: Fix | None = None,
) -> Finding:
    """A finding at the work (or, without one, at the citation), with its fix if it has one."""
    offset = work.work.start if work else found.citation.start
    finding = a.finding(rule, found.block, offset, message, suggestion)
    return dataclasses.replace(finding, fix=fix) if fix else finding


def cited_name(a: Analysis, key: str | None) -> str:
    """A work as a reader knows it: "Bologna and Pulice (2011)"."""
    ref = reference_of(a, key)
    return intext(a, ref, narrative=True) if ref else str(key)


def reference_of(a: Analysis, key: str | None) -> Reference | None:
    """The corpus work with this key, if any."""
    return a.ctx.corpus.reference(key) if key else None


def clip(text: str, width: int = 80) -> str:
    """The text on one line, cut to `width` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def suggest_for(a: Analysis, s: ClaimSentence) -> str | None:
    """The in-text citations of the direct evidence of the sentence's best-matching claim.

    Where the sentence quotes a percentage or a multiple, only works whose findings on the
    claim's outcome report that figure, or one within a point of it (48% for 47.1%, which
    statistic-mismatch then corrects), are suggested: pasting a citation must not lend a
    figure to a work that never gave it.
    """
    return "; ".join(intext(a, r) for r in _direct_evidence(a, s)) or None


def _direct_evidence(a: Analysis, s: ClaimSentence) -> list[Reference]:
    """The direct evidence of the best-matching claim, less works that do not report a
    figure the sentence quotes (the suggestion and the unsafe fix alike)."""
    keys = [e.ref for m in s.matches[:1] for e in m.claim.evidence if e.support == Support.DIRECT]
    figures = stated_figures(s.text)
    if figures:
        outcomes = [m.claim.outcome for m in s.matches[:1]]
        keys = [k for k in keys if reports_all(a.ctx.findings, k, outcomes, figures, slack=1)]
    return [r for r in (reference_of(a, k) for k in keys) if r is not None]


def with_citation_fix(a: Analysis, s: ClaimSentence, finding: Finding) -> Finding:
    """An uncited claim's finding with an unsafe fix (`--unsafe-fixes`) that cites the one
    work certain to back it, at the sentence's end; no fix where it is not exactly one."""
    refs = _direct_evidence(a, s)
    if len(refs) != 1 or _YEAR.search(s.text):  # a year: it may name a source already
        return finding
    fix = fixes.cite_fix(a, s.block, s.start, s.text, intext(a, refs[0]))
    return dataclasses.replace(finding, fix=fix) if fix else finding


def flat(text: str) -> str:
    """The text on one line: a citation broken across lines, as a message quotes it."""
    return " ".join(text.split())


def corrected(text: str, fixes: list[tuple[str, str]]) -> str:
    """The text with each written form replaced by the expected one, as whole words."""
    for written, expected in fixes:
        text = re.sub(rf"(?<!\w){re.escape(written)}(?!\w)", expected, text)
    return text
