"""What the document rule families share: the works cited, where a finding goes, the citation to suggest.

The document rules themselves are in `citation` (in-text citations, PC201-PC205), `reflist`
(the document's own reference lists, PC206-PC208) and `statements` (claim sentences,
PC209-PC213). Each takes an `Analysis` of one document (match/reading.py) and yields
findings; where a correct citation exists it is the suggestion, ready to paste.
"""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.apa import format_references, segments_text
from peerclaims.corpus.model import Reference
from peerclaims.corpus.vocab import Support
from peerclaims.diagnostics import Finding
from peerclaims.match.findings import reports_all, stated_figures
from peerclaims.match.found import ClaimSentence, FoundCitation, FoundWork
from peerclaims.match.reading import Analysis
from peerclaims.text.citations import CitationKind

_INTEXT: dict[tuple[int, bool], tuple[Reference, str]] = {}


def intext(ref: Reference, *, narrative: bool = False) -> str:
    """The APA 7 in-text citation of one work, ready to paste (memoised per work)."""
    hit = _INTEXT.get((id(ref), narrative))
    if hit is not None and hit[0] is ref:
        return hit[1]
    formatted = format_references([ref])[0]
    text = segments_text(formatted.narrative if narrative else formatted.parenthetical)
    _INTEXT[(id(ref), narrative)] = (ref, text)
    return text


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
) -> Finding:
    """A finding at the work (or, without one, at the citation)."""
    offset = work.work.start if work else found.citation.start
    return a.finding(rule, found.block, offset, message, suggestion)


def cited_name(a: Analysis, key: str | None) -> str:
    """A work as a reader knows it: "Bologna and Pulice (2011)"."""
    ref = reference_of(a, key)
    return intext(ref, narrative=True) if ref else str(key)


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
    keys = [e.ref for m in s.matches[:1] for e in m.claim.evidence if e.support == Support.DIRECT]
    figures = stated_figures(s.text)
    if figures:
        outcomes = [m.claim.outcome for m in s.matches[:1]]
        keys = [k for k in keys if reports_all(a.ctx.corpus, k, outcomes, figures, slack=1)]
    refs = [r for r in (reference_of(a, k) for k in keys) if r is not None]
    return "; ".join(intext(r) for r in refs) or None
