"""The edits that correct a citation, in the document's own citation style.

A fix changes only the wrong part of a citation (the year's digits, a misspelt surname,
the "et al."), so the document's punctuation stays as it is; where a fix must write
something new (a second author's name, a year), it copies what the document does
elsewhere: "&" or "and" between two authors, a comma before the year or not.
The suggestion shown with a finding is the citation with its fix applied.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from peerclaims.diagnostics import Fix
from peerclaims.match.found import FoundCitation, FoundWork
from peerclaims.match.reading import Analysis
from peerclaims.text.citations import CitationKind

_ET_AL = re.compile(r",?\s+et\s+al\b\.?")
_ET_AL_BARE = re.compile(r"\bet\s+al\b(?!\.)")
_TWO = re.compile(r"\S\s+(&|and)\s+\S")
_POSSESSIVE = re.compile(r"['’]s\b")
_YEAR_NEARBY = 100  # characters after a vague citation where its year may already be


@dataclass(frozen=True)
class Style:
    """How a document writes its author-year citations (APA 7 where it does not say)."""

    ampersand: bool = True  # "(Mead & McNeil, 2006)" rather than "(Mead and McNeil, 2006)"
    narrative_ampersand: bool = False  # "Mead & McNeil (2006)" rather than "... and ..."
    year_comma: bool = True  # "(Mead, 2006)" rather than "(Mead 2006)"

    def connector(self, kind: CitationKind) -> str:
        """The word between the last two authors in a citation of this kind."""
        narrative = kind != CitationKind.PARENTHETICAL
        return "&" if (self.narrative_ampersand if narrative else self.ampersand) else "and"


def document_style(a: Analysis) -> Style:
    """The majority style of the document's author-year citations (ties go to APA)."""
    amp: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    comma: Counter[bool] = Counter()
    for found in a.citations:
        kind = found.citation.kind
        if kind not in (CitationKind.PARENTHETICAL, CitationKind.NARRATIVE):
            continue
        for work in (w.work for w in found.works):
            if len(work.authors) >= 2 and not work.et_al:
                joined = _TWO.search(work.text)
                if joined:
                    amp[kind == CitationKind.NARRATIVE][joined.group(1)] += 1
            if kind == CitationKind.PARENTHETICAL and work.year:
                head = work.text[: work.text.rfind(work.year)].rstrip()
                if head:
                    comma[head.endswith(",")] += 1
    return Style(
        ampersand=amp[False]["and"] <= amp[False]["&"],
        narrative_ampersand=amp[True]["&"] > amp[True]["and"],
        year_comma=comma[False] <= comma[True],
    )


def styled(apa: str, style: Style) -> str:
    """An APA 7 in-text citation ("(Mead & McNeil, 2006)", "Mead and McNeil (2006)") in the
    document's style: its word between two authors, its comma before the year or none."""
    if apa.startswith("("):
        if not style.ampersand:
            apa = apa.replace(" & ", " and ")
        if not style.year_comma:
            apa = re.sub(r",(?= (?:\d{4}|n\.d\.))", "", apa)
    elif style.narrative_ampersand:
        apa = apa.replace(" and ", " & ")
    return apa


def edit(a: Analysis, block: int, start: int, end: int, new: str, *, safe: bool = True) -> Fix:
    """Replace text[start:end] of a block with `new`, located for every format."""
    b = a.blocks[block]
    line, column = b.position(start)
    end_line, end_column = b.position(end)
    return Fix(b.text[start:end], new, block, start, end, line, column, end_line, end_column, safe)


def applied(found: FoundCitation, fix: Fix) -> str:
    """The citation's text with `fix` applied: the suggestion that goes with it."""
    text, base = found.citation.text, found.citation.start
    return text[: fix.start - base] + fix.new + text[fix.end - base :]


def _in_work(
    a: Analysis, found: FoundCitation, work: FoundWork, start: int, end: int, new: str
) -> Fix:
    """An edit at offsets relative to the work's text."""
    return edit(a, found.block, work.work.start + start, work.work.start + end, new)


def year_fix(a: Analysis, found: FoundCitation, work: FoundWork, expected: str) -> Fix | None:
    """Replace the written year's digits (the last time the year appears in the work)."""
    written = work.work.year
    at = work.work.text.rfind(written) if written else -1
    if not written or at < 0:
        return None
    return _in_work(a, found, work, at, at + len(written), expected)


def author_fix(
    a: Analysis, found: FoundCitation, work: FoundWork, names: list[tuple[str, str]]
) -> Fix | None:
    """Respell the misspelt surnames: one edit from the first to the last of them."""
    text, spans = work.work.text, []
    for written, expected in names:
        hit = re.search(rf"(?<!\w){re.escape(written)}(?!\w)", text)
        if hit is None:
            return None
        spans.append((hit.start(), hit.end(), expected))
    spans.sort()
    if any(s[0] < prev[1] for prev, s in itertools.pairwise(spans)):
        return None
    first, last = spans[0][0], spans[-1][1]
    new, done = [], first
    for start, end, expected in spans:
        new += [text[done:start], expected]
        done = end
    new.append(text[done:last])
    return _in_work(a, found, work, first, last, "".join(new))


def et_al_fix(
    a: Analysis, found: FoundCitation, work: FoundWork, authors: list[str], style: Style
) -> Fix | None:
    """Name the authors of a one- or two-author work as APA does, in the document's style.

    "Bologna, et al., 2011" becomes "Bologna & Pulice, 2011"; "Mead, 2006" becomes
    "Mead & McNeil, 2006"; "Smith et al. (2010)" for one author becomes "Smith (2010)".
    """
    text, kind = work.work.text, found.citation.kind
    second = f" {style.connector(kind)} {authors[1]}" if len(authors) == 2 else ""
    if work.work.et_al:
        hit = _ET_AL.search(text)
        return _in_work(a, found, work, hit.start(), hit.end(), second) if hit else None
    first = work.work.authors[0] if work.work.authors else ""
    hit = re.search(rf"(?<!\w){re.escape(first)}(?!\w)", text) if first else None
    if hit is None or not second:
        return None
    return _in_work(a, found, work, hit.end(), hit.end(), second)


def full_stop_fix(a: Analysis, found: FoundCitation, work: FoundWork) -> Fix | None:
    """Add the full stop that "et al" lacks."""
    hit = _ET_AL_BARE.search(work.work.text)
    return _in_work(a, found, work, hit.end(), hit.end(), ".") if hit else None


def vague_fix(a: Analysis, found: FoundCitation, year: str, style: Style) -> Fix | None:
    """Give a vague citation whose work is certain its year, as a narrative citation.

    "review by Chinman et al in Psych Services" becomes "review by Chinman et al. (2014)
    in Psych Services"; "(Chinman et al)" becomes "(Chinman et al., 2014)".
    """
    cit = found.citation
    works = cit.works
    if len(works) != 1 or not works[0].authors:
        return None
    first = works[0].authors[0]
    names = re.compile(
        rf"(?<!\w){re.escape(first)}(?:\s*,?\s+(?:et\s+al\b\.?|and\s+colleagues\b"
        r"|(?:&|and)\s+[A-Z][\w'’-]+))?"
    )
    hit = names.search(cit.text)
    block = a.blocks[found.block].text
    if hit is None or year in block[cit.start : cit.end + _YEAR_NEARBY]:
        return None  # "Reif et al., *Journal of ...*, 2014": the year is there already
    named = _ET_AL_BARE.sub("et al.", hit.group())
    rest = cit.text[hit.end() :]
    possessive = _POSSESSIVE.match(block, cit.start + hit.end())
    if possessive and (not rest.strip() or rest.startswith(possessive.group())):
        # "Lawn et al.'s (2008) trial"; the citation may take in the possessive and the noun
        named += possessive.group()
        hit_end = possessive.end()
        return edit(a, found.block, cit.start + hit.start(), hit_end, f"{named} ({year})")
    if cit.text.startswith("("):
        if rest.strip() != ")":
            return None
        new = f"{named}{', ' if style.year_comma else ' '}{year}"
    else:
        new = f"{named} ({year})"
    return edit(a, found.block, cit.start + hit.start(), cit.start + hit.end(), new)


def cite_fix(a: Analysis, block: int, start: int, sentence: str, apa: str) -> Fix | None:
    """Cite a work at the end of a sentence, before its full stop (an unsafe fix: a person
    should confirm the work says what the sentence does)."""
    body = sentence.rstrip().rstrip(".!?;:").rstrip()
    if not body:
        return None
    at = start + len(body)
    return edit(a, block, at, at, f" {styled(apa, document_style(a))}", safe=False)
