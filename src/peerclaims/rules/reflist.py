"""Rules on a document's own reference lists: works missing, entries never cited, entries that differ."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz import fuzz

from peerclaims.corpus.model import Reference
from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.found import FoundCitation, FoundWork, ListedWork
from peerclaims.match.reading import Analysis
from peerclaims.rules import Rule, Scope
from peerclaims.rules.document import cited_works, finding_at, reference_of
from peerclaims.text.citations import CitationKind
from peerclaims.text.folding import fold
from peerclaims.text.names import abbreviates

_SUGGESTED = re.compile(r"suggested|further|recommended|additional|reading", re.IGNORECASE)


def _cited_keys_and_forms(a: Analysis, blocks: set[int]) -> list[tuple[FoundCitation, FoundWork]]:
    return [(f, w) for f, w in cited_works(a) if f.block in blocks]


def _same_work(work: FoundWork, listed: ListedWork) -> bool:
    if work.resolution.key and work.resolution.key == listed.resolution.key:
        return True
    written, entry = work.work, listed.entry
    if not written.authors or not entry.authors or written.year is None:
        return False
    return (_same_author(written.authors[0], entry.authors[0])
            and (entry.year or "").lower()[:4] == written.year.lower()[:4])


def _same_author(written: str, listed: str) -> bool:
    """Same surname up to a typo, or an organisation and its acronym ("SAMHSA")."""
    a, b = fold(written), fold(listed)
    return fuzz.ratio(a, b) >= 80 or abbreviates(a, b) or abbreviates(b, a)


def missing_from_reference_list(a: Analysis) -> Iterator[Finding]:
    """A work cited in the text is absent from the section's own reference list.

    FAIL: "(Bassuk et al., 2016)" in a section whose REFERENCES do not list Bassuk 2016
    PASS: the same citation with "Bassuk, E. L., ... (2016). ..." in the list
    """
    for section in a.sections:
        if not section.listed or _is_reading_list(a, section.listed[0]):
            continue
        text_blocks = set(range(section.first, section.last + 1)) - section.list_blocks
        for found, work in _cited_keys_and_forms(a, text_blocks):
            if not any(_same_work(work, listed) for listed in section.listed):
                yield finding_at(a, "missing-from-reference-list", found, work,
                                 f"'{work.work.text}' is not in this section's reference list")


def uncited_reference(a: Analysis) -> Iterator[Finding]:
    """An entry of the document's reference list that its text never cites.

    Reading lists ("Suggested Readings", "Further Reading") are not expected to be cited.

    FAIL: "References: Kurtz, L. F. (1990). ..." and no "(Kurtz, 1990)" in the text
    PASS: the text cites "(Kurtz, 1990)"
    """
    for section in a.sections:
        if not section.listed or _is_reading_list(a, section.listed[0]):
            continue
        text_blocks = set(range(section.first, section.last + 1)) - section.list_blocks
        cited = _cited_keys_and_forms(a, text_blocks)
        by_number = {id(a.numbered[n]) for c in a.citations_in(text_blocks)
                     if c.citation.kind == CitationKind.NUMBERED for n in c.citation.numbers if n in a.numbered}
        for listed in section.listed:
            if id(listed) in by_number:
                continue
            if listed.entry.authors and not any(_same_work(w, listed) for _, w in cited):
                yield a.finding("uncited-reference", listed.block, listed.offset,
                                f"'{_short(listed)}' is listed but never cited in the text")


def _is_reading_list(a: Analysis, first: ListedWork) -> bool:
    start = a.starts[first.block] + first.offset
    heading = a.joined[max(0, start - 200):start].rsplit("\n\n", 3)
    return any(_SUGGESTED.search(part) for part in heading[-3:])


def _short(listed: ListedWork) -> str:
    authors = listed.entry.authors
    name = authors[0] + (" et al." if len(authors) > 2 else f" & {authors[1]}" if len(authors) == 2 else "")
    return f"{name} ({listed.entry.year or 'n.d.'})"


def reference_list_mismatch(a: Analysis) -> Iterator[Finding]:
    """A reference-list entry disagrees with the corpus on year, authors, journal or pages.

    Volume and page ranges are compared as numbers, journals up to small differences.

    FAIL: "Mead, S., & MacNeil, C. (2006)." when the corpus has Mead & McNeil
    PASS: "Mead, S., & McNeil, C. (2006). Peer support: What makes it unique. ..."
    """
    for section in a.sections:
        for listed in section.listed:
            ref = reference_of(a, listed.resolution.key)
            if ref is None:
                continue
            problems = _entry_differences(listed, ref)
            if problems:
                yield a.finding("reference-list-mismatch", listed.block, listed.offset,
                                f"'{_short(listed)}' differs from {ref.key}: {'; '.join(problems)}")


def _entry_differences(listed: ListedWork, ref: Reference) -> list[str]:
    entry = listed.entry
    out = [f"{d.field} {d.written} (corpus: {d.expected})" for d in listed.resolution.differences]
    pairs = [("journal", entry.container, ref.get("journal")),
             ("volume", entry.volume, ref.get("volume")),
             ("pages", entry.pages, ref.get("pages"))]
    for name, written, expected in pairs:
        if written and expected and _differs(name, written, expected):
            out.append(f"{name} {written} (corpus: {expected.replace('--', '–')})")
    return out


def _differs(name: str, written: str, expected: str) -> bool:
    if name == "pages":
        return re.sub(r"\D+", "-", written).strip("-") != re.sub(r"\D+", "-", expected).strip("-")
    if name == "journal":
        return fuzz.token_set_ratio(fold(written), fold(expected)) < 85
    return fold(written) != fold(expected)


RULES = (
    Rule("PC206", "missing-from-reference-list", Severity.WARNING, Scope.DOCUMENT,
         missing_from_reference_list),
    Rule("PC207", "uncited-reference", Severity.INFO, Scope.DOCUMENT, uncited_reference),
    Rule("PC208", "reference-list-mismatch", Severity.WARNING, Scope.DOCUMENT, reference_list_mismatch),
)
