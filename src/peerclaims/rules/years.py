"""Rules on the year of a cited work: a wrong year (`year-mismatch`, an error) and one the
corpus cannot settle (`year-unconfirmed`, information)."""

from __future__ import annotations

from collections.abc import Iterator

from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.found import FoundCitation, FoundWork
from peerclaims.match.reading import Analysis
from peerclaims.rules import Rule, Scope, fixes
from peerclaims.rules.document import (
    cited_name,
    cited_works,
    corrected,
    finding_at,
    flat,
    reference_of,
)
from peerclaims.rules.reflist import OwnLists


def year_mismatch(a: Analysis) -> Iterator[Finding]:
    """The authors match a work in the corpus but the year differs.

    An error needs a settled year: a work whose corpus entry no public record could confirm
    (`unverified`) and that the document's own reference list does not give is
    `year-unconfirmed`'s, not this rule's. And it needs the same work: a year more than two
    off that is not one typing slip ("2001" for "2011", "2021" for "2012"), co-authors out of
    the work's order, or the same authors cited with the work's year beside it ("Kutash et
    al., 2011, 2013") name another work of theirs, which `unresolved-citation` reports. A
    first author alone ("Munson et al., 2021" when the corpus holds Munson et al. 2022) is
    the same work only when the document confirms it: its reference list gives the work, or
    it cites the work elsewhere with the work's year; otherwise the author's other paper of
    that year is as likely, and `year-unconfirmed` says so. So is a citation among the
    author's several works: a group citing the first author with more than one year, or
    "Fortuna, Naslund, et al., 2018", whose second author tells the author's works apart.

    FAIL: "(Bologna & Pulice, 2010)" when the work is Bologna & Pulice (2011)
    PASS: "(Solomon & Draine, 2001)" when the corpus holds their 1995 paper (another paper)
    PASS: "(Bologna & Pulice, 2011)"
    """
    yield from _year_differences(a, settled=True)


def year_unconfirmed(a: Analysis) -> Iterator[Finding]:
    """The year differs from a work's that neither a public record nor the document settles.

    The entry marked `unverified` took its year from a reference list, and works circulate
    under more than one year (a web version before the journal's): the corpus cannot say
    which is right, so this is information, not an error. So is "Munson et al., 2021" when
    the corpus holds Munson et al. 2022 and nothing else in the document names the work: the
    author may well have a 2021 paper the corpus lacks. When the document's own reference
    list gives the work, or cites it elsewhere with its year, `year-mismatch` reports it.

    FAIL (info): "Mead and MacNeil (2004)" when the unverified entry gives 2006
    PASS: "Mead and McNeil (2006)"
    """
    yield from _year_differences(a, settled=False)


def _year_differences(a: Analysis, *, settled: bool) -> Iterator[Finding]:
    """Citations whose year differs from their work's: those with a settled corpus year
    (verified, or given by the document's own list) or those without."""
    own = OwnLists(a)
    years = _years_cited(a)
    for found, work in cited_works(a):
        for d in work.resolution.differences:
            if d.field != "year":
                continue
            sure = _year_settled(a, work, own)
            same = _same_work(work, d.expected, own, years) and not _among_their_works(found, work)
            if (sure and same) != settled:
                continue
            fix = fixes.year_fix(a, found, work, d.expected)
            fixed = corrected(found.citation.text, [(work.work.year or "", d.expected)])
            name = cited_name(a, work.resolution.key)
            yield finding_at(
                a,
                "year-mismatch" if settled else "year-unconfirmed",
                found,
                work,
                f"'{flat(work.work.text)}' gives {d.written}; the work is {name}"
                if settled
                else f"'{flat(work.work.text)}' gives {d.written}; the corpus gives {name}, "
                + (
                    "from a reference list no public record has confirmed"
                    if not sure
                    else "which may be another of the author's works"
                ),
                (fixes.applied(found, fix) if fix else fixed) if settled else None,
                fix if settled else None,
            )


def _years_cited(a: Analysis) -> set[tuple[str, str]]:
    """(corpus key, year written) of every author-year work the document cites."""
    return {(w.resolution.key or "", w.work.year or "") for _, w in cited_works(a)}


def _same_work(work: FoundWork, year: str, own: OwnLists, cited: set[tuple[str, str]]) -> bool:
    """Whether the citation surely names the corpus work of that `year` whose year it
    misstates: it names a co-author, or the document lists the work or cites it elsewhere
    with the work's year ("Hoagwood et al., 2009" beside "Hoagwood et al., 2010")."""
    key = work.resolution.key or ""
    return len(work.work.authors) > 1 or own.lists_key(key) or (key, year) in cited


def _among_their_works(found: FoundCitation, work: FoundWork) -> bool:
    """Whether the citation names one of an author's several works: its group cites the
    first author with more than one year ("(Fortuna et al., 2018, 2019; Fortuna, Aschbrenner,
    et al., 2018; Fortuna, Naslund, et al., 2018)"), or it names the second author before
    "et al." as APA does only to tell an author's works of one year apart. The corpus work
    of another year is then as likely another of theirs as the one misdated."""
    first = work.work.authors[0].casefold() if work.work.authors else ""
    years = {w.year for w in found.citation.works if w.authors and w.authors[0].casefold() == first}
    return len(years) > 1 or (work.work.et_al and len(work.work.authors) == 2)


def _year_settled(a: Analysis, work: FoundWork, own: OwnLists) -> bool:
    """Whether the corpus year of a cited work can carry an error: its entry is not marked
    `unverified`, or the document's own reference list gives the work."""
    ref = reference_of(a, work.resolution.key)
    if ref is None or "unverified" not in ref.fields:
        return True
    return own.lists_key(work.resolution.key)


RULES = (
    Rule("PC203", "year-mismatch", Severity.ERROR, Scope.DOCUMENT, year_mismatch),
    Rule("PC221", "year-unconfirmed", Severity.INFO, Scope.DOCUMENT, year_unconfirmed),
)
