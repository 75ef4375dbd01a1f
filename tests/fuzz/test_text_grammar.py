"""Fuzz the citation grammar (`find_citations`) and the reference-list parser
(`find_reference_lists`, `parse_reference_list`, `parse_entry`) with text generated from
their own grammars: APA parenthetical and narrative citations, several works, et al.,
suffixed and missing years, locators; APA and Vancouver reference entries under a heading,
bulleted or numbered, in prose of any kind.

Properties: each generated citation is found at exactly the characters written, of the
right kind, with its works' authors, years, et al. and locators; each generated entry is
one list entry spanning exactly what was written, with its authors, year, title and
source fields; spans are sorted and disjoint; the same text gives the same answer.
The existing property tests (tests/text/) cover arbitrary text; these cover the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import assume, given
from hypothesis import strategies as st

from peerclaims.text.citations import CitationKind, find_citations
from peerclaims.text.reflist import (
    find_reference_lists,
    find_untitled_lists,
    parse_entry,
    parse_reference_list,
)
from tests.fuzz.conftest import fuzz, time_limit
from tests.text.test_citations import check_spans, citation_like
from tests.text.test_reflist import check_lists, reflist_like

SURNAMES = [
    "Mead",
    "McNeil",
    "Sledge",
    "Davidson",
    "Chinman",
    "O'Connell",
    "Müller",
    "Smith-Jones",
    "Ochocka",
    "Repper",
    "Solomon",
    "Lloyd-Evans",
    "García",
    "Nguyen",
    "Corrigan",
    "Felton",
    "Kurtz",
    "DeSilva",
    "MacNeil",
    "D'Amico",
    "Øvretveit",
    "Pitt",
]
YEARS = (
    st.integers(1950, 2025).map(str)
    | st.tuples(st.integers(1950, 2025), st.sampled_from("abc")).map(lambda t: f"{t[0]}{t[1]}")
    | st.sampled_from(["n.d.", "in press"])
)
LOCATORS = st.none() | st.sampled_from(["p. 12", "pp. 3-4", "p. 101"])
WORDS = [
    "peer",
    "support",
    "helps",
    "people",
    "in",
    "recovery",
    "we",
    "know",
    "that",
    "it",
    "works",
    "as",
    "shown",
    "by",
    "and",
    "so",
    "more",
    "hope",
    "was",
    "seen",
    "often",
]
PROSE = st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join)


@dataclass(frozen=True)
class Work:
    authors: tuple[str, ...]
    et_al: bool
    year: str
    locator: str | None


WORKS = st.builds(
    Work,
    st.lists(st.sampled_from(SURNAMES), min_size=1, max_size=4).map(tuple),
    st.booleans(),
    YEARS,
    LOCATORS,
).map(lambda w: Work(w.authors[:1], True, w.year, w.locator) if w.et_al else w)


def _names(work: Work, joiner: str) -> str:
    if work.et_al:
        return f"{work.authors[0]} et al."
    *head, last = work.authors
    if not head:
        return last
    if len(head) == 1:
        return f"{head[0]} {joiner} {last}"
    return ", ".join(head) + f", {joiner} {last}"


def parenthetical(works: list[Work], lead: str) -> str:
    parts = [f"{_names(w, '&')}, {w.year}" + (f", {w.locator}" if w.locator else "") for w in works]
    return f"({lead}{'; '.join(parts)})"


def narrative(work: Work) -> str:
    return f"{_names(work, 'and')} ({work.year})"


@fuzz()
@given(
    citations=st.lists(
        st.tuples(
            st.lists(WORKS, min_size=1, max_size=3),
            st.booleans(),
            st.sampled_from(["", "e.g., ", "see "]),
            PROSE,
        ),
        min_size=1,
        max_size=4,
    ),
    end=PROSE,
    newline=st.booleans(),
)
def test_generated_citations_are_found_as_written(
    citations: list[tuple[list[Work], bool, str, str]], end: str, newline: bool
) -> None:
    """Prose with APA citations in it: each is found exactly, with every work's authors,
    year, et al. and locator (a narrative citation names one work, without a locator)."""
    text, expected = "", []
    for works, is_narrative, lead, words in citations:
        text += "we saw " + words + " " + ("\n" if newline else "")
        if is_narrative:
            work = Work(works[0].authors[:2], works[0].et_al, works[0].year, None)
            written, kind, shown = narrative(work), CitationKind.NARRATIVE, [work]
        else:
            written, kind, shown = parenthetical(works, lead), CitationKind.PARENTHETICAL, works
        expected.append(
            (len(text), written, kind, [(w.authors, w.et_al, w.year, w.locator) for w in shown])
        )
        text += written + ". "
    text += end
    with time_limit("find_citations"):
        found = find_citations(text)
    check_spans(text, found)
    assert find_citations(text) == found
    assert [
        (c.start, c.text, c.kind, [(w.authors, w.et_al, w.year, w.locator) for w in c.works])
        for c in found
    ] == expected


@fuzz()
@given(text=citation_like, prefix=PROSE, suffix=PROSE)
def test_citation_like_text_in_prose_keeps_spans(text: str, prefix: str, suffix: str) -> None:
    """Citation fragments in any order, inside prose: spans hold, nothing raises, the
    same text gives the same citations."""
    whole = prefix + " " + text + " " + suffix
    with time_limit("find_citations"):
        found = find_citations(whole)
    check_spans(whole, found)
    assert find_citations(whole) == found


@dataclass(frozen=True)
class Entry:
    authors: tuple[str, ...]
    et_al: bool
    year: str
    title: str
    container: str
    volume: str
    issue: str
    pages: str
    doi: str | None
    style: str

    def text(self) -> str:
        if self.style == "vancouver":
            names = ", ".join(f"{a} {'ABCDEFG'[i % 7]}" for i, a in enumerate(self.authors))
            return (
                f"{names}{', et al' if self.et_al else ''}. {self.title}. {self.container}. "
                f"{self.year};{self.volume}({self.issue}):{self.pages}."
                + (f" doi:{self.doi}" if self.doi else "")
            )
        initials = [f"{a}, {'ABCDEFG'[i % 7]}." for i, a in enumerate(self.authors)]
        if self.et_al:
            names = ", ".join(initials) + ", et al."
        elif len(initials) == 1:
            names = initials[0]
        else:
            names = ", ".join(initials[:-1]) + ", & " + initials[-1]
        return (
            f"{names} ({self.year}). {self.title}. *{self.container}, {self.volume}*({self.issue}), "
            f"{self.pages}." + (f" https://doi.org/{self.doi}" if self.doi else "")
        )


TITLE = (
    st.lists(
        st.sampled_from(
            [
                "peer",
                "support",
                "outcomes",
                "of",
                "a",
                "randomized",
                "trial",
                "recovery",
                "mentors",
                "in",
                "mental",
                "health",
            ]
        ),
        min_size=2,
        max_size=8,
    )
    .filter(lambda w: len(w[0]) > 1)
    .map(lambda w: " ".join(w).capitalize())
)  # a title opening "A." would read as an initial
JOURNAL = st.lists(
    st.sampled_from(
        [
            "Psychiatric",
            "Services",
            "Journal",
            "Mental",
            "Health",
            "Rehabilitation",
            "World",
            "Psychiatry",
        ]
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@st.composite
def reference_entries(draw: st.DrawFn) -> Entry:
    style = draw(st.sampled_from(["apa", "vancouver"]))
    authors = tuple(
        draw(
            st.lists(
                st.sampled_from([s for s in SURNAMES if "'" not in s or style == "apa"]),
                min_size=1,
                max_size=5,
            )
        )
    )
    year = str(draw(st.integers(1950, 2025)))
    if style == "apa":
        year += draw(st.sampled_from(["", "a", "b"]))
    first, span = draw(st.integers(1, 900)), draw(st.integers(0, 40))
    doi = draw(st.none() | st.from_regex(r"10\.[0-9]{4,5}/[a-z0-9.]{3,12}[a-z0-9]", fullmatch=True))
    return Entry(
        authors,
        draw(st.booleans()),
        year,
        draw(TITLE),
        draw(JOURNAL),
        str(draw(st.integers(1, 120))),
        str(draw(st.integers(1, 12))),
        f"{first}-{first + span}" if span else str(first),
        doi,
        style,
    )


@fuzz()
@given(
    entries=st.lists(reference_entries(), min_size=1, max_size=6),
    heading=st.sampled_from(
        ["References", "## References", "REFERENCES", "Bibliography", "# Works Cited"]
    ),
    marker=st.sampled_from(["", "- ", "* ", "1. ", "[1] "]),
    gap=st.sampled_from(["\n", "\n\n"]),
    intro=PROSE,
)
def test_generated_reference_lists_parse_entry_by_entry(
    entries: list[Entry], heading: str, marker: str, gap: str, intro: str
) -> None:
    """A reference list under a heading: one entry per written entry (bulleted, numbered,
    or opening as an entry does), spanning it exactly, with its surnames, et al.,
    year, title, journal, volume, issue, pages and DOI. Entries may follow one another with
    no blank line between, as text from PDFs does."""
    assume(not intro.strip() or len(intro.split()) > 1)
    text = (intro.capitalize() + ".\n\n" if intro else "") + heading + "\n\n"
    starts = []
    for i, entry in enumerate(entries):
        mark = marker.replace("1", str(i + 1))
        starts.append(len(text) + len(mark))
        text += mark + entry.text() + gap
    with time_limit("reference lists"):
        sections = find_reference_lists(text)
        assert len(sections) == 1, sections
        found = parse_reference_list(text, *sections[0])
    check_lists(text)
    assert [(e.start, e.text) for e in found] == [
        (s, e.text()) for s, e in zip(starts, entries, strict=True)
    ]
    for got, entry in zip(found, entries, strict=True):
        assert (got.authors, got.et_al, got.year) == (entry.authors, entry.et_al, entry.year), got
        assert (got.title, got.container, got.volume, got.issue, got.pages, got.doi) == (
            entry.title,
            entry.container,
            entry.volume,
            entry.issue,
            entry.pages,
            entry.doi,
        ), got
        alone = parse_entry(entry.text())  # the entry alone reads as it does in its list
        assert (
            alone.authors,
            alone.year,
            alone.title,
            alone.container,
            alone.pages,
            alone.doi,
        ) == (got.authors, got.year, got.title, got.container, got.pages, got.doi)


@fuzz()
@given(text=reflist_like, heading=st.sampled_from(["References\n", "## Bibliography\n", ""]))
def test_reference_like_text_keeps_spans_under_any_heading(text: str, heading: str) -> None:
    """Reference fragments in any order, under a heading or none: spans hold, parsing any
    single entry returns, the same text gives the same lists."""
    whole = heading + text
    with time_limit("reference lists"):
        check_lists(whole)
        for lo, hi in find_reference_lists(whole):
            for entry in parse_reference_list(whole, lo, hi):
                assert parse_entry(entry.text) == parse_entry(entry.text)
    assert find_reference_lists(whole) == find_reference_lists(whole)


def _fields(text: str) -> list[tuple[object, ...]]:
    """What a reference list's entries read as, wherever their lines wrap."""
    (span,) = find_reference_lists(text)
    return [
        (e.authors, e.et_al, e.year, e.title, e.container, e.volume, e.issue, e.pages, e.doi)
        for e in parse_reference_list(text, *span)
    ]


@fuzz()
@given(
    entries=st.lists(reference_entries(), min_size=1, max_size=5),
    heading=st.sampled_from(["References", "REFERENCES", "## Bibliography"]),
    gap=st.sampled_from(["\n", "\n\n"]),
    data=st.data(),
)
def test_where_entries_wrap_does_not_change_the_entries_found(
    entries: list[Entry], heading: str, gap: str, data: st.DataObject
) -> None:
    """Entries one after another with no bullet (text from a PDF): breaking any of their
    spaces into line breaks, or joining every entry onto one line, finds the same entries
    with the same fields."""

    def wrap(text: str) -> str:
        spaces = [i for i, ch in enumerate(text) if ch == " "]
        if not spaces:
            return text
        breaks = data.draw(st.sets(st.sampled_from(spaces)), label="breaks")
        return "".join("\n" if i in breaks else ch for i, ch in enumerate(text))

    one_line = heading + "\n" + gap.join(e.text() for e in entries) + "\n"
    wrapped = heading + "\n" + gap.join(wrap(e.text()) for e in entries) + "\n"
    with time_limit("reference lists"):
        expected = _fields(one_line)
        assert len(expected) == len(entries)
        assert _fields(wrapped) == expected


@fuzz()
@given(
    entries=st.lists(reference_entries(), min_size=1, max_size=5),
    gap=st.sampled_from(["\n", "\n\n"]),
    before=PROSE,
    after=PROSE,
)
def test_entries_with_no_heading_are_one_list_and_prose_stays_out(
    entries: list[Entry], gap: str, before: str, after: str
) -> None:
    """Generated entries with no heading, between prose paragraphs: one untitled list,
    spanning exactly the entries, whose entries are the ones written."""
    body = gap.join(e.text() for e in entries)
    head = before.capitalize() + ".\n\n" if before.strip() else ""
    tail = "\n\n" + after.capitalize() + "." if after.strip() else ""
    text = head + body + tail
    with time_limit("reference lists"):
        spans = find_untitled_lists(text, find_reference_lists(text))
        assert spans == [(len(head), len(head) + len(body))]
        found = parse_reference_list(text, *spans[0])
    assert [(e.authors, e.year) for e in found] == [(e.authors, e.year) for e in entries]


def test_a_single_author_vancouver_entry_after_a_blank_line_is_its_own_entry() -> None:
    text = (
        "References\n\nMead S, McNeil C. Peer support. Int J Psychosoc Rehabil. 2006;10(2):29-37.\n\n"
        "Sells D. The treatment relationship. Psychiatr Serv. 2006;57(8):1179-84.\n"
    )
    found = parse_reference_list(text, *find_reference_lists(text)[0])
    assert [e.authors for e in found] == [("Mead", "McNeil"), ("Sells",)]
