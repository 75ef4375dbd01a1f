"""One work named twice in a sentence, read as one citation.

"A 2014 Cochrane review (Lloyd-Evans et al.)" is one citation with its year, and "Davidson and
colleagues found ... (Davidson et al., 2012)" or "Fisher et al. propose ... [10]" name their
work in full once: the mention without a year is not a vague citation of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from peerclaims.text.bodies import is_body
from peerclaims.text.citation_types import Citation, CitationKind
from peerclaims.text.source_lines import labelled_after


def joined(text: str, found: list[Citation]) -> list[Citation]:
    """A described source with its year, then its authors without one, as one citation: "A
    2014 Cochrane review (Lloyd-Evans et al.)" cites Lloyd-Evans et al., 2014."""
    out: list[Citation] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind != CitationKind.PARENTHETICAL
            and len(prev.works) == 1
            and not prev.works[0].authors
            and prev.works[0].year
            and c.kind == CitationKind.VAGUE
            and len(c.works) == 1
            and c.works[0].authors
            and not text[prev.end : c.start].strip()
        ):
            w = c.works[0]
            body = text[prev.start : c.end]
            work = replace(w, year=prev.works[0].year, text=body, start=prev.start, end=c.end)
            out[-1] = Citation(CitationKind.NARRATIVE, body, prev.start, c.end, (work,))
        else:
            out.append(c)
    return out


_SENTENCE_END_RE = re.compile(r"(?P<word>\S*?)[.!?][\"”’)\]]*\s+(?=[\"“‘(]?[A-Z])|\n[^\S\n]*\n")
_ABBREVIATIONS = frozenset("al e.g i.e cf vs dr prof mr mrs ms st no fig eds ed".split())
_SENTENCE_WINDOW = 600
_BLANK_LINE_RE = re.compile(r"\n[^\S\n]*\n")


def _sentence_ends(text: str, lo: int, hi: int) -> int | None:
    """How many sentence ends text[lo:hi] crosses ("et al." and "Dr." are none), or None when
    it crosses a paragraph's end."""
    if _BLANK_LINE_RE.search(text, lo, hi):
        return None
    ends = 0
    for m in _SENTENCE_END_RE.finditer(text, lo, min(len(text), hi + 2)):  # see the capital
        if m.start() >= hi:
            break
        word = (m.group("word") or "").lower().lstrip('("“‘')
        ends += not (word in _ABBREVIATIONS or len(word) == 1)
    return ends


def _one_sentence(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] crosses no sentence end (and is not long)."""
    return hi - lo <= _SENTENCE_WINDOW and _sentence_ends(text, lo, hi) == 0


def _another_body(body: str, c: Citation) -> bool:
    """Whether an author-year citation names another body than `body` (not its initials):
    "HRSA projects ... (AAMC, 2023)" has two sources, where people's names are the body's
    document's writers ("The Mental Health Commission of Canada defines ... (Sunderland et
    al. 2013: 11)")."""
    authors = [w.authors[0] for w in c.works if w.authors]
    if not authors:
        return False  # "SAMHSA defines ... [2]": the number is the body's work
    if not any(is_body(a) for a in authors):
        return False  # "The Commission defines ... (Sunderland et al. 2013)": its writers' work
    folded = body.casefold()
    initials = "".join(w[0] for w in body.split() if w[0].isupper()).casefold()
    return not any(a.casefold() in folded or a.casefold() == initials for a in authors)


def drop_named_again(text: str, found: list[Citation]) -> list[Citation]:
    """Without the vague mentions (and a body's dated mentions) whose work the same sentence
    cites in full.

    "Davidson and colleagues found ... (Davidson et al., 2012)." names the work twice: the
    year is there, so the mention is not a vague citation, wherever the lines wrap.
    """
    full = [c for c in found if not _described(c)]
    named = [c for c in found if any(w.authors or w.locator for w in c.works)]
    if not full and not named:
        return found

    numbered_at = {c.start for c in found if c.kind == CitationKind.NUMBERED}

    def named_again(v: Citation) -> bool:
        if "personal communication" in v.text.lower():
            return False  # a source of its own, whatever else the sentence cites
        if numbered_at & {v.end, v.end + 1, v.end + 2}:
            return True  # "Davidson et al. [8]": the authors of the numbered citation after them
        first = _first_authors(v)
        body = next((w.locator for w in v.works if w.locator and is_body(w.locator)), None)
        if body and re.search(r"\bpublished\s+in\b", v.text):
            body = None  # "A systematic review published in Psychiatric Services": a journal
        # a study named by its design alone ("One study found ..., according to Mental Health
        # America") is the work any other source in its sentence names
        bare = not first and not any(w.locator for w in v.works)
        if bare and labelled_after(text, v.end, full):
            return True  # "Another study found ... Source: Johnson and Hickey (1999)"
        for c in full + ([n for n in named if n is not v] if bare else []):
            number = bool(c.numbers) and c.start > v.end  # "Fisher et al. propose ... [10]"
            if first and not number and not first & _first_authors(c):
                continue  # a named author must be the full citation's; a described source
                # ("a 2013 Cochrane review") is the work any full citation beside it names
            if body and _another_body(body, c):
                continue  # "HRSA projects a shortage ... (AAMC, 2023)": two sources
            lo, hi = (v.end, c.start) if v.end <= c.start else (c.end, v.start)
            if _one_sentence(text, lo, hi):
                return True
        return False

    kept = [c for c in found if not _described(c) or not named_again(c)]
    return [c for i, c in enumerate(kept) if not _venue_of_named(text, kept[:i], c)]


# the work named before, its venue added: "The study ... was published in JAMA Network Open"
_VENUE_ADDED_RE = re.compile(r"(?:(?:was|were|is|are)\b[^.]*\bpublished|appear)\b")


def _venue_of_named(text: str, before: list[Citation], c: Citation) -> bool:
    """Whether `c` only adds where a work named in the sentence before it appeared: "...,
    according to a Rutgers Health study. The study ... was published in JAMA Network Open."
    names one work. Named by nothing before ("Study Finds ...", then "This new study was
    recently published in Annals of ..."), the venue is its citation."""
    if not (_described(c) and _VENUE_ADDED_RE.match(c.text)) or not before:
        return False
    prev = before[-1]
    ends = _sentence_ends(text, prev.end, c.start)  # None: another paragraph
    return _described(prev) and ends is not None and ends <= 1


def _first_authors(c: Citation) -> set[str]:
    return {w.authors[0].casefold() for w in c.works if w.authors}


def _described(c: Citation) -> bool:
    """A mention rather than a citation in full: a vague one, or a body and its year with no
    author to look up ("In 2007, the Centers for Medicare and Medicaid Services (CMS)
    identified ... (1)": the number is the citation, the sentence names its work again)."""
    if c.kind == CitationKind.VAGUE:
        return True
    return c.kind == CitationKind.NARRATIVE and all(not w.authors for w in c.works)
