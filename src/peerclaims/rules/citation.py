"""Rules on in-text citations: unresolved, misspelt authors, et al., vague sources (the
year rules are in `years`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from peerclaims.diagnostics import Finding, Severity
from peerclaims.match.reading import Analysis
from peerclaims.match.resolve import Status
from peerclaims.rules import Rule, Scope, fixes
from peerclaims.rules.document import (
    cited_name,
    cited_works,
    corrected,
    finding_at,
    flat,
    intext,
    reference_of,
)
from peerclaims.rules.reflist import OwnLists
from peerclaims.text.citations import CitationKind
from peerclaims.text.narrative import STUDY_ID


def unresolved_citation(a: Analysis) -> Iterator[Finding]:
    """A citation that matches no work in the corpus.

    FAIL: "Peer support reduces costs (Smith, 2019)." when the corpus has no Smith 2019
    PASS: "Peer support increases hope (Davidson et al., 2012)."
    """
    own = OwnLists(a)
    for found, work in cited_works(a):
        res = work.resolution
        if res.status == Status.UNRESOLVED and work.work.year is not None:
            if own.list(work):
                continue  # not-in-corpus says it, as info
            yield finding_at(
                a,
                "unresolved-citation",
                found,
                work,
                f"'{work.work.text}' matches no work in the corpus",
            )
        elif res.status == Status.AMBIGUOUS:
            years = sorted({_year(a, k) for k in res.candidates})
            if work.work.year in years:  # two works of one first author and year
                names = "; ".join(
                    f"{cited_name(a, k)}, '{_short_title(a, k)}'" for k in sorted(res.candidates)
                )
                yield finding_at(
                    a,
                    "unresolved-citation",
                    found,
                    work,
                    f"'{work.work.text}' could be any of {len(res.candidates)} works: "
                    f"{names}; APA tells them apart with a letter after the year "
                    "(2022a, 2022b) in the text and the reference list",
                )
            else:
                spelt = "".join(
                    f"; '{d.written}' is spelt '{d.expected}' there"
                    for d in res.differences
                    if d.field == "author"
                )
                yield finding_at(
                    a,
                    "unresolved-citation",
                    found,
                    work,
                    f"'{work.work.text}': no {work.work.authors[0]} work of "
                    f"{work.work.year} in the corpus (it has {', '.join(years)}){spelt}",
                )


def not_in_corpus(a: Analysis) -> Iterator[Finding]:
    """A cited work is in the document's own reference list but not in the corpus.

    The citation is fine as a citation; the corpus just cannot say what the work found, so
    claims credited to it go unchecked. Add the work to a corpus layer to check them.

    FAIL (info): "(Smith, 2019)" with "Smith, J. (2019). Title. Journal." in the document's
    references and no Smith 2019 in the corpus
    PASS: "(Davidson et al., 2012)", which the corpus has
    """
    own = OwnLists(a)
    for found, work in cited_works(a):
        res = work.resolution
        if res.status == Status.UNRESOLVED and work.work.year is not None and own.list(work):
            yield finding_at(
                a,
                "not-in-corpus",
                found,
                work,
                f"'{work.work.text}' is not in the corpus: its claims cannot be "
                "checked (the document's reference list has it)",
            )


def _short_title(a: Analysis, key: str, width: int = 50) -> str:
    ref = reference_of(a, key)
    title = " ".join((ref.title if ref else key).split())
    return title if len(title) <= width else title[: width - 1].rsplit(" ", 1)[0] + "…"


def _year(a: Analysis, key: str) -> str:
    ref = a.ctx.corpus.reference(key)
    return (ref.year if ref else None) or "n.d."


def author_misspelt(a: Analysis) -> Iterator[Finding]:
    """A citation matches a work but spells an author differently.

    Diacritics, hyphens and case do not count as differences. Nor does a spelling that a
    reference list printed for a work no public record could settle (`unverified`, with the
    list's form in `citedas`: "Mead, S., & MacNeil, C. (2006)" beside "Mead & McNeil"): the
    corpus cannot say which of two printed spellings is right.

    FAIL: "(Ochoka, Nelson, Janzen, & Trainor, 2006)" for Ochocka et al. 2006
    PASS: "(Ochocka, Nelson, Janzen, & Trainor, 2006)"
    """
    for found, work in cited_works(a):
        if work.resolution.key is None:
            continue  # no one work: unresolved-citation names the spelling with the works
        unsettled = _unsettled_spellings(a, work.resolution.key)
        names_fixed = [
            (d.written, d.expected)
            for d in work.resolution.differences
            if d.field == "author" and d.written.casefold() not in unsettled
        ]
        if names_fixed:
            names = "; ".join(f"'{w}' is spelt '{e}'" for w, e in names_fixed)
            fix = fixes.author_fix(a, found, work, names_fixed)
            yield finding_at(
                a,
                "author-misspelt",
                found,
                work,
                f"{names} in {cited_name(a, work.resolution.key)}",
                fixes.applied(found, fix) if fix else corrected(found.citation.text, names_fixed),
                fix,
            )


# a reference list's form of a name: "MacNeil, C." (an in-text form has no initials)
_LISTED_NAME = re.compile(r"([^\W\d_][\w'’-]+),\s+(?:[A-Z]\.\s?)+")


def _unsettled_spellings(a: Analysis, key: str | None) -> frozenset[str]:
    """The surnames an unverified work's reference-list forms (`citedas`) print, casefolded."""
    ref = reference_of(a, key) if key else None
    if ref is None or "unverified" not in ref.fields:
        return frozenset()
    return frozenset(
        m.group(1).casefold() for form in ref.cited_as for m in _LISTED_NAME.finditer(form)
    )


def et_al_misuse(a: Analysis) -> Iterator[Finding]:
    """APA 7: "et al." for three or more authors; both names for two.

    A work of three or more authors cited by its first author alone ("Min 2007", "(Min,
    2007)") has lost its "et al.". Full lists of three or more authors, which APA 6 allowed
    at first citation, are not reported, nor is a missing full stop after "et al"
    (`et-al-stop`). `check --fix` writes the missing name in the document's style.

    FAIL: "(Bologna, et al., 2011)" for Bologna & Pulice (2011); "(Mead, 2006)" for Mead &
    McNeil; "(Clarke, 2000; Min 2007)" for Min, Whitecraft, Rothbard and Salzer (2007)
    PASS: "(Bologna & Pulice, 2011)"; "(Davidson et al., 2012)" for four authors;
    "Landers & colleagues, 2011" (prose, not et al.)
    """
    style: fixes.Style | None = None
    for found, work in cited_works(a):
        ref = reference_of(a, work.resolution.key)
        if ref is None or not ref.authors or ref.authors[-1].last.lower() == "others":
            continue
        if not ref.title:  # known only from in-text citations: its author count is unsure
            continue
        count, written = len(ref.authors), work.work
        if count <= 2 and "colleagues" in written.text:
            continue  # "Landers & colleagues, 2011": prose, no et al. to misuse
        if count <= 2 and (written.et_al or (len(written.authors) == 1 and count == 2)):
            style = style or fixes.document_style(a)
            fix = fixes.et_al_fix(a, found, work, [p.surname for p in ref.authors], style)
            right = intext(a, ref, narrative=found.citation.kind == CitationKind.NARRATIVE)
            yield finding_at(
                a,
                "et-al-misuse",
                found,
                work,
                f"'{written.text}' uses et al. for a work with {_n(count)}"
                if written.et_al
                else f"'{written.text}' names one of two authors; APA names both",
                fixes.applied(found, fix) if fix else fixes.styled(right, style),
                fix,
            )
        elif (
            not written.et_al
            and len(written.authors) == 1
            and count >= 3
            and written.year
            and written.locator != STUDY_ID  # "Cook 2012a" in a table of studies
        ):
            style = style or fixes.document_style(a)
            right = intext(a, ref, narrative=found.citation.kind == CitationKind.NARRATIVE)
            yield finding_at(
                a,
                "et-al-misuse",
                found,
                work,
                f"'{flat(written.text)}' names one of {count} authors; APA 7 adds et al.",
                fixes.styled(right, style),
            )


def et_al_stop(a: Analysis) -> Iterator[Finding]:
    """ "et al" is written without its full stop.

    A slip of typography, not of citation: the work is found either way, so this is
    information. `check --fix` adds the stop.

    FAIL (info): "(Davidson et al, 2012)" for Davidson, Bellamy, Guy and Miller (2012)
    PASS: "(Davidson et al., 2012)"
    """
    for found, work in cited_works(a):
        ref = reference_of(a, work.resolution.key)
        if not work.work.et_al or ref is None or len(ref.authors) <= 2 or not ref.title:
            continue  # "et al" for two authors is et-al-misuse's
        if fix := fixes.full_stop_fix(a, found, work):
            yield finding_at(
                a,
                "et-al-stop",
                found,
                work,
                f"'{flat(work.work.text)}': 'et al' takes a full stop ('et al.')",
                fixes.applied(found, fix),
                fix,
            )


def _n(count: int) -> str:
    return "one author" if count == 1 else f"{count} authors"


# a title in quotation marks right after a described source names the work to look up
_QUOTED_TITLE = re.compile(r"[^\S\n]*[,:]?\s*[“\"]\s*[A-Z][^”\"\n]{0,200}?(?:\s+[^”\"\s]+){3}[”\"]")


# where the work appeared, which with its year is enough to look it up by
_VENUE = re.compile(
    r"\bCochrane\b|\b(?:published|appeared|appears|reported)\s+(?:online\s+)?in\b|"
    r"\b(?:in|from)\s+(?:the\s+)?(?:journal\s+)?(?:Journal|JAMA|BMJ|Lancet|Annals)\b"
)


def vague_citation(a: Analysis) -> Iterator[Finding]:
    """A source named without a year or a findable reference.

    A source named only by its kind or its maker ("according to a 2023 report from SAMHSA") is
    vague too: the reader cannot look the work up. One named by where it appeared and when ("A
    2013 Cochrane Review", "a 2010 paper published in the Journal of Psychoactive Drugs") can
    be looked up there, and is not; nor is one followed by its title in quotation marks ("an
    article published in 2015, “Potential Impact of Peer Mentoring on Treatment Choice ...”",
    "A Canadian research study (2005) “Consumer/Survivor Initiatives: Impact, Outcomes and
    Effectiveness”"), which names the work. Research named by no maker, venue, year or title
    ("One study found", "New research suggests", "according to researchers") names no source
    at all: its sentence is reported by `uncited-claim`, not here.

    FAIL: "Recent review by Chinman et al in Psych Services"
    PASS: "(Chinman et al., 2014)"
    """
    style: fixes.Style | None = None
    for found in a.citations:
        if found.citation.kind != CitationKind.VAGUE:
            continue
        text = a.blocks[found.block].text
        if _QUOTED_TITLE.match(text, found.citation.end) or _QUOTED_TITLE.search(
            found.citation.text
        ):
            continue  # "an article published in 2015, “Potential Impact of Peer Mentoring ...”"
        if _VENUE.search(found.citation.text) and any(w.year for w in found.citation.works):
            continue  # "A 2020 Cochrane Review", "a 2010 paper published in the Journal of ..."
        keys = sorted(found.keys)
        # a work the citation resolves to, not a lone candidate it does not ("Chen and
        # Schultz" is not Chien et al.: a misspelt first author and a missing co-author)
        certain = all(w.resolution.key for w in found.works)
        ref = reference_of(a, keys[0]) if len(keys) == 1 and certain else None
        hint = f"; the corpus has {', '.join(keys)}" if len(keys) > 1 else ""
        fix, paste = None, None
        if ref is not None:
            style = style or fixes.document_style(a)
            fix = fixes.vague_fix(a, found, ref.year, style) if ref.year else None
            paste = fixes.styled(intext(a, ref), style)
        lacks = (
            "no author or title to look it up by"
            if any(w.year for w in found.citation.works)
            else "no year or reference"
        )
        yield finding_at(
            a,
            "vague-citation",
            found,
            None,
            f"'{found.citation.text}' names {lacks}{hint}",
            paste,
            fix,
        )


RULES = (
    Rule("PC201", "unresolved-citation", Severity.WARNING, Scope.DOCUMENT, unresolved_citation),
    Rule("PC202", "author-misspelt", Severity.ERROR, Scope.DOCUMENT, author_misspelt),
    Rule("PC204", "et-al-misuse", Severity.WARNING, Scope.DOCUMENT, et_al_misuse),
    Rule("PC205", "vague-citation", Severity.WARNING, Scope.DOCUMENT, vague_citation),
    Rule("PC214", "not-in-corpus", Severity.INFO, Scope.DOCUMENT, not_in_corpus),
    Rule("PC222", "et-al-stop", Severity.INFO, Scope.DOCUMENT, et_al_stop),
)
