"""Find in-text citations in plain text: author-year, narrative, numbered and vague.

Pure: standard library only (`re`, `dataclasses`), no I/O, no corpus.
All regular expressions are linear (no nested quantifiers over overlapping classes), and
every candidate is examined within a bounded window, so any input returns quickly.

Kinds, tried in this order; a later match that overlaps an earlier one is dropped:

- ``parenthetical``: a balanced ``( ... )`` group (nesting allowed, 600 characters at most)
  whose ``;``-separated parts all read as ``Author[s], year[, locator]``. A part may start
  with "e.g.", "see", "cf." and so on; several works may also be separated by commas
  ("Chinman, et al., 2013, Cook, et al., 2010"). Organisation authors, nested acronyms and
  all-caps authors ("SAMHSA, 2017") are accepted *inside* parentheses. A group the text
  ends inside, cut before its close ("(Mazzer et al., 2021; Sind"), is read to the end.
- ``narrative``: ``Name (year)``, ``Name and Name (year)``, ``Name et al. (year)``,
  ``Name and colleagues (year)``, possessives ("Solomon’s (2004)"). Precision first: the
  names must be capitalised words with a lower-case letter (so no acronyms such as
  "WRAP (2008)"), not institutional nouns ("Project", "Values", months ...), and the word
  before them must not be another capitalised word unless it is a function word ("In",
  "As", "See", ...). So "Jean Baptiste Pussin (1793)" or "Peer Ethics & Values (2024)" — a
  capitalised, title-like run — is *not* a citation, while "Pussin (1793)" after a
  lower-case word is.
- ``numbered``: ``(9-12)``, ``(3,5)``, ``(1, 4-6)``, ``[3]``, ``[3-5]`` and superscripts
  (``¹``, ``²³`` = 23, ``¹⁻³``). Numbers are 1..300; a range spans at most 50. Rejected:
  a group alone at the start of a line (a list marker), after a colon (an enumeration),
  after a 1-3 digit number (a journal volume: "57 (8)", "7(2-4)"), after "Table", "Figure"
  and similar words, superscripts after a digit or a one- or two-letter word ("m²").
  HTML ``<sup>`` footnote markers are not citations.
- ``vague``: a surname with "et al" / "and colleagues", or after "review by", "study by",
  "according to" (the latter needs "et al" or two names), with no year nearby, e.g.
  "review by Chinman et al in Psych Services" (locator "Psych Services"). A parenthetical
  group with authors but no year counts as vague only with "et al"/"colleagues" or a URL
  ("(Mead & Hansen, http://...)").

Years are kept as written: "2006", "2006b", "n.d.", "ND", "in press". Author strings have
whitespace collapsed and hyphenated line breaks joined ("Coatsworth-\\nPuspoky" ->
"Coatsworth-Puspoky"); all offsets point into the input as given.

Also found: source captions, a paragraph that is only a venue and a year under the
statement it sources ("Psychiatric Services. (2015)"; see `captions`, vague), authors named
in prose by a possessive or a verb of reporting ("Repper and Carter's 2011 systematic
review", "Chen and Schultz explored"; see `mentions`), endnote markers fused to the word before them ("SUD.1", "ratesi"; see
`endnotes`), sources named by kind or maker ("according to a 2023 report from SAMHSA",
"A 2013 Cochrane Review"; see `attributions`, returned as vague citations without
authors), study IDs opening the rows of a table of studies ("Cook 2012a"), author-year
citations without parentheses where "et al." or "&" shows them ("Chinman et al. 2014"),
in square brackets ("[Chinman et al., 2014]") or after "Source:" at the start of a line,
and, in a table cell, a source written without parentheses ("SAMHSA, 2024"). A vague mention whose work
the same sentence cites in full ("Davidson and colleagues ... (Davidson et al., 2012)") is
dropped; sentences are read across line breaks, so wrapping never changes the result.

This module is the entry point and arbitrates overlaps; the grammar is beside it:
`author_year` (parenthetical), `narrative`, `citation_markers` (numbered and superscript),
`vague_citations`, `group_authors`, `endnotes`, `attributions`, and `citation_types`
(what they return).
"""

from __future__ import annotations

import re
from dataclasses import replace

from peerclaims.text.attributions import attributions
from peerclaims.text.author_year import parenthetical, source_cell
from peerclaims.text.bodies import bodies
from peerclaims.text.bylines import in_byline, in_credit, in_running_head
from peerclaims.text.captions import captions
from peerclaims.text.citation_markers import (
    NUM_LIST_RE,
    bracketed,
    footnote_marks,
    numbered_paren,
    superscripts,
)
from peerclaims.text.citation_types import Citation, CitationKind, CitedWork
from peerclaims.text.claim_place import is_entry
from peerclaims.text.endnotes import fused_endnotes
from peerclaims.text.group_authors import organisations
from peerclaims.text.links import links
from peerclaims.text.mentions import mentions
from peerclaims.text.named_twice import drop_named_again, joined
from peerclaims.text.narrative import bare, narrative, study_ids
from peerclaims.text.news import news_sources
from peerclaims.text.page_citations import page_citations
from peerclaims.text.reader_refs import reader_refs
from peerclaims.text.reflist_entry import parse_entry
from peerclaims.text.researchers import researchers
from peerclaims.text.source_lines import source_lines
from peerclaims.text.vague_citations import split_instruments, vague

__all__ = ["Citation", "CitationKind", "CitedWork", "find_citations"]

_PAREN_RE = re.compile(r"[()]")
_MAX_PAREN = 600


class _Taken:
    """Accepted spans, non-overlapping, as a map of the characters they cover: checking and
    adding cost the span's length, not the spans taken, so a long block stays linear."""

    def __init__(self, size: int) -> None:
        self.covered = bytearray(size)

    def free(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps no accepted span."""
        return self.covered.find(1, start, end) < 0

    def add(self, start: int, end: int) -> None:
        """Record an accepted span (caller checked `free`)."""
        self.covered[start:end] = b"\x01" * (end - start)


def _paren_pairs(text: str) -> list[tuple[int, int]]:
    """Balanced (open, close+1) pairs, sorted by start.

    Kept only when at most _MAX_PAREN long and holding at most one level of nested
    parentheses ("(... (DMHAS), 2002)"), so each character is examined a bounded number
    of times.
    """
    stack: list[list[int]] = []  # [open offset, depth of parentheses nested inside]
    pairs: list[tuple[int, int]] = []
    for m in _PAREN_RE.finditer(text):
        if m.group() == "(":
            stack.append([m.start(), 0])
        elif stack:
            o, depth = stack.pop()
            if stack:
                stack[-1][1] = max(stack[-1][1], depth + 1)
            if depth <= 1 and m.end() - o <= _MAX_PAREN:
                pairs.append((o, m.end()))
    pairs.sort()
    return pairs


def _unclosed_tail(text: str) -> int | None:
    """Where a group opens that the text ends inside, cut before its close: "... tested with
    gay and bisexual men (French, Power, & Mitchell, 2000; Hays, Rebchook, & Kege" (a page
    stored up to a length, an excerpt, a slide's overflow)."""
    o = text.rfind("(")
    if o < 0 or ")" in text[o:] or len(text) - o > _MAX_PAREN:
        return None
    return o


def _classify(text: str, o: int, c: int) -> Citation | None:
    """The citation built on the group text[o:c], trying only the plausible kind."""
    inner = text[o + 1 : c - 1].strip()
    if NUM_LIST_RE.fullmatch(inner):
        return numbered_paren(text, o, c)
    if inner[:1].isdigit() or inner[:2] in ("n.", "ND", "in", "In", "fo", "Re"):
        return parenthetical(text, o, c) or narrative(text, o, c)
    return parenthetical(text, o, c)


def _from_parens(text: str, taken: _Taken, out: list[Citation]) -> None:
    """Parenthetical, narrative and numbered citations built on parentheses; author-year
    citations in square brackets ("[Chinman et al., 2014]") too."""
    for o, c in _paren_pairs(text):
        if not taken.free(o, c):
            continue
        cit = _classify(text, o, c)
        if cit is not None and taken.free(cit.start, cit.end):
            taken.add(cit.start, cit.end)
            out.append(cit)
    tail = _unclosed_tail(text)
    if tail is not None and taken.free(tail, len(text)):
        cut = parenthetical(text + ")", tail, len(text) + 1)  # closed where the text was cut
        if cut is not None:
            taken.add(tail, len(text))
            out.append(replace(cut, text=cut.text[:-1], end=len(text)))
    if "[" not in text:
        return
    for m in _SQUARE_RE.finditer(text):
        if taken.free(m.start(), m.end()) and not NUM_LIST_RE.fullmatch(m.group()[1:-1].strip()):
            cit = parenthetical(text, m.start(), m.end())
            if cit is not None and cit.kind == CitationKind.PARENTHETICAL:
                taken.add(cit.start, cit.end)
                out.append(cit)


_SQUARE_RE = re.compile(r"\[[^\[\]()\n]{6,300}\]")
# A line that gives its source: "Source: Chinman et al., 2014", "Data from SAMHSA, 2019", in
# emphasis or not ("*Sources: National Empowerment Center, 2023; ...*", "**Source:** ...").
_SOURCE_LINE_RE = re.compile(
    r"(?:^[ \t]*(?:[-*•][ \t]+)?(?:\*{1,2}|_{1,2})?(?i:sources?|references?|citations?|"
    r"adapted[ \t]+from|data[ \t]+from)[ \t]*[:\-–](?:\*{1,2}|_{1,2})?|(?<=[.!?] )Sources?:)"
    r"[ \t]*(?P<rest>[^\n]{4,400}?)(?:\*{1,2}|_{1,2})?[ \t]*$",
    re.MULTILINE,
)


def _source_lines(text: str, taken: _Taken, out: list[Citation]) -> None:
    """Sources written without parentheses after "Source:" at the start of a line."""
    for m in _SOURCE_LINE_RE.finditer(text):
        lo, hi = m.span("rest")
        if not taken.free(lo, hi):
            continue
        cit = source_cell(m["rest"]) if hi - lo <= 200 else None
        if cit is None and m[0].lstrip(" \t-*•").lower().startswith("source"):
            cit = _cell_entry(m["rest"])  # "... Source: Macias, C., Rodican, C.F., ... (2006)"
        if cit is not None:
            cit = cit.shifted(lo)
            taken.add(cit.start, cit.end)
            out.append(cit)


def find_citations(text: str, *, cell: bool = False) -> list[Citation]:
    """All citations in `text`, sorted by start and non-overlapping.

    A table `cell` may also be a source with no parentheses ("SAMHSA, 2024") or a bare
    reference number ("[3]"): the column says it is a source.
    """
    if cell:
        whole = source_cell(text) or _cell_number(text) or _cell_entry(text)
        if whole is not None:
            return [whole]
    taken = _Taken(len(text))
    out: list[Citation] = []
    if "[" in text or "'" in text or "’" in text:
        for cit in organisations(text):
            if taken.free(cit.start, cit.end):
                taken.add(cit.start, cit.end)
                out.append(cit)
    for cit in [*links(text), *reader_refs(text)]:  # before the parentheses:
        # "([source](https://doi.org/...))"; "Reference Fuhr, Salisbury ... and Rahman3"
        if taken.free(cit.start, cit.end):
            taken.add(cit.start, cit.end)
            out.append(cit)
    for cit in captions(text):  # before the parentheses: "Outlook. (Vol. Spring 2002)"
        if taken.free(cit.start, cit.end):
            taken.add(cit.start, cit.end)
            out.append(cit)
    _from_parens(text, taken, out)
    if ":" in text:
        _source_lines(text, taken, out)
    for cit in [
        *mentions(text),  # before `vague`: "Chinman et al.'s 2014 review" has its year
        *page_citations(text),  # before `vague` too: "(Chinman et al. 12)" has its page
        *bracketed(text),
        *footnote_marks(text),
        *superscripts(text),
        *vague(text),
        *fused_endnotes(text),
        *bare(text),  # before attributions: "a review by Sartore et al. 2021" has its year
        *attributions(text),
        *bodies(text),
        *researchers(text),
        *news_sources(text),
        *source_lines(text),
        *study_ids(text),
    ]:
        if taken.free(cit.start, cit.end):
            taken.add(cit.start, cit.end)
            out.append(cit)
    out.sort(key=lambda c: c.start)
    out = [c for c in out if c.kind != CitationKind.NUMBERED or not in_byline(text, c.start)]
    out = [c for c in out if not (in_credit(text, c.start) or in_running_head(text, c.start))]
    if "[^" in text:  # a Markdown footnote's definition is a reference entry, not the text
        defined = [m.span() for m in _FOOTNOTE_DEFINITION_RE.finditer(text)]
        out = [c for c in out if not any(lo <= c.start < hi for lo, hi in defined)]
    out = _paren_runs(text, out)
    return [split_instruments(c) for c in drop_named_again(text, joined(text, out))]


def _paren_runs(text: str, found: list[Citation]) -> list[Citation]:
    """Numbers in brackets set side by side, "(4) (7) (10)" or "(24)(25)", as one group of
    notes, as "[9] [10]" is (`bracketed`)."""
    out: list[Citation] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.kind == prev.kind == CitationKind.NUMBERED
            and prev.text.startswith("(")
            and c.text.startswith("(")
            and prev.numbers
            and c.numbers
            and not text[prev.end : c.start].strip(" \t")
        ):
            numbers = (*prev.numbers, *(n for n in c.numbers if n not in prev.numbers))
            out[-1] = Citation(
                CitationKind.NUMBERED, text[prev.start : c.end], prev.start, c.end, (), numbers
            )
        else:
            out.append(c)
    return out


_FOOTNOTE_DEFINITION_RE = re.compile(r"^[ \t]*\[\^\d{1,3}\]:[^\n]*", re.MULTILINE)


_CELL_NUMBER_RE = re.compile(rf"\s*\[\s*({NUM_LIST_RE.pattern})\s*\]\s*")


def _cell_entry(text: str) -> Citation | None:
    """A source cell holding a whole reference ("Felton CJ, Stastny P, Shern DL, et al.
    Consumers as peer specialists ... Psychiatr Serv 1995; 46(10): 1037-44."): its first
    authors and year, as a citation of the row."""
    if not is_entry(text):
        return None
    entry = parse_entry(text.strip())
    if not entry.authors or not entry.year:
        return None
    lo = len(text) - len(text.lstrip())
    hi = len(text.rstrip())
    work = CitedWork(entry.authors, entry.et_al, entry.year, None, text[lo:hi], lo, hi)
    return Citation(CitationKind.PARENTHETICAL, text[lo:hi], lo, hi, (work,))


def _cell_number(text: str) -> Citation | None:
    """A cell holding only a bracketed reference number: "[3]", "[2, 5]"."""
    m = _CELL_NUMBER_RE.fullmatch(text)
    if m is None:
        return None
    found = bracketed(f"x {m.group().strip()}")
    if not found:
        return None
    start = text.index("[")
    return Citation(
        CitationKind.NUMBERED,
        m.group().strip(),
        start,
        start + len(m.group().strip()),
        (),
        found[0].numbers,
    )


# A sentence ends at ".", "!" or "?" (closing quotes and brackets allowed) before a capital,
# unless the full stop ends an abbreviation ("et al.", "e.g.", "Dr.", an initial); a blank
# line ends it too. Line breaks inside a sentence are spaces.
