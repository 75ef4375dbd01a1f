"""Tests for peerclaims.text.reflist: the seeds' reference lists, entry formats, headings, properties."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.text.reflist import (
    ListEntry,
    find_reference_lists,
    find_untitled_lists,
    parse_entry,
    parse_reference_list,
)
from peerclaims.text.reflist_titles import find_title_lists
from tests.helpers import seed_text

S000 = "000_33dbbf70d0a71f50.txt"
S001 = "001_4c422d85d35658df.txt"
S002 = "002_21d0857b26a648a9.txt"
S003 = "003_b539451294242adb.txt"
S004 = "004_656224a5a6678deb.txt"


def seed(name: str) -> str:
    """Full text of one seed document (skips the test without the seeds)."""
    return seed_text(name)


def fields(e: ListEntry) -> dict[str, object]:
    """The parsed fields of an entry, without its text and offsets."""
    d = dataclasses.asdict(e)
    for key in ("text", "start", "end"):
        d.pop(key)
    return d


EMPTY: dict[str, object] = {
    "authors": (),
    "et_al": False,
    "year": None,
    "title": None,
    "container": None,
    "volume": None,
    "issue": None,
    "pages": None,
    "pmid": None,
    "doi": None,
    "number": None,
}


def spec(**kw: object) -> dict[str, object]:
    """Expected fields: the given ones, every other field absent."""
    assert set(kw) <= set(EMPTY)
    return {**EMPTY, **kw}


def first_authors(entries: list[ListEntry]) -> list[tuple[str, str | None]]:
    """(first surname or "", year) of each entry."""
    return [(e.authors[0] if e.authors else "", e.year) for e in entries]


def seed_lists(name: str) -> list[list[ListEntry]]:
    """The parsed entries of each reference list of a seed."""
    text = seed(name)
    return [parse_reference_list(text, lo, hi) for lo, hi in find_reference_lists(text)]


GENERAL = [
    ("Chinman", "2001"),
    ("Coatsworth-Puspoky", "2006"),
    ("Davidson", "2012"),
    ("Davidson", "1999"),
    ("Dumont", "2002"),
    ("Forchuk", "2005"),
    ("Kurtz", "1990"),
    ("Min", "2007"),
    ("Mead", "2006"),
    ("Nelson", "2006"),
    ("Ochocka", "2006"),
    ("Ratzlaff", "2006"),
    ("Resnick", "2008"),
    ("Salzer", "2002"),
    ("Trainor", "1997"),
    ("Yanos", "2001"),
]
MENTAL_HEALTH = [
    ("Bellamy", "2012"),
    ("Bologna", "2011"),
    ("Chinman", "2015"),
    ("Chinman", "2014"),
    ("Coatsworth-Puspoky", "2006"),
    ("Cook", "2010"),
    ("Corrigan", "2013"),
    ("Davidson", "2012"),
    ("Druss", "2010"),
    ("Felton", "1995"),
    ("Mead", "2006"),
    ("Min", "2007"),
    ("Short", "2012"),
    ("Sledge", "2011"),
    ("Trachtenberg", "2013"),
    ("Walker", "2013"),
]
SUBSTANCE_USE = [
    ("Armitage", "2010"),
    ("Bernstein", "2005"),
    ("Boisvert", "2008"),
    ("Boyd", "2005"),
    ("Ja", "2009"),
    ("Kamon", "2013"),
    ("Mangrum", "2008"),
    ("Min", "2007"),
    ("O'Connell", "2017"),
    ("Rowe", "2007"),
]
FAMILY = [
    ("Eversen", "2012"),
    ("Hoagwood", "2010"),
    ("Koroloff", "1996"),
    ("Kutash", "2011"),
    ("Leggatt", "2015"),
    ("Obrochta", "2011"),
    ("Purdy", "2010"),
    ("Robbins", "2008"),
]


def test_seed_003_four_sections_with_continuations() -> None:
    """003 has four REFERENCES sections; the first two continue under "REFERENCES *cont.*"."""
    text = seed(S003)
    spans = find_reference_lists(text)
    assert len(spans) == 4
    assert all(text[lo:hi].startswith("## REFERENCES\n") for lo, hi in spans)
    assert ["## REFERENCES *cont.*" in text[lo:hi] for lo, hi in spans] == [
        True,
        True,
        False,
        False,
    ]
    assert text[spans[0][1] :].startswith("# Value of Peers, 2017")
    assert spans[3][1] == len(text)
    lists = seed_lists(S003)
    assert [len(entries) for entries in lists] == [16, 16, 10, 8]
    assert [first_authors(entries) for entries in lists] == [
        GENERAL,
        MENTAL_HEALTH,
        SUBSTANCE_USE,
        FAMILY,
    ]


def test_seed_002_plain_text_list() -> None:
    """002's plain "REFERENCES" / "REFERENCES *cont.*" list runs to the end of the text."""
    text = seed(S002)
    spans = find_reference_lists(text)
    assert len(spans) == 1
    assert text[spans[0][0] :].startswith("REFERENCES\n")
    assert spans[0][1] == len(text)
    (entries,) = seed_lists(S002)
    assert first_authors(entries) == GENERAL


def test_seed_000_suggested_readings() -> None:
    """000's two "Suggested Readings" slides form one list of seven items, ending at the next slide."""
    text = seed(S000)
    (span,) = find_reference_lists(text)
    assert text[span[0] :].startswith(" Suggested\xa0Readings\n")
    assert text[span[1] :].startswith(" For\xa0more\xa0information")
    (entries,) = seed_lists(S000)
    assert first_authors(entries) == [
        ("Rowe", "2007"),
        ("", "2010"),
        ("Davidson", "2012"),
        ("Bellamy", "2012"),
        ("Sells", "2006"),
        ("Rowe", "2007"),
        ("Rowe", "2009"),
    ]
    assert [e.pmid for e in entries] == [None, "20571133", None, None, "16870970", "17602012", None]


@pytest.mark.parametrize("name", [S001, S004])
def test_seeds_without_lists(name: str) -> None:
    """001 (a footnote only) and 004 (body text only) have no reference-list section."""
    assert find_reference_lists(seed(name)) == []


@pytest.mark.parametrize("name", [S000, S002, S003])
def test_entry_offsets(name: str) -> None:
    """Each entry's text is its span of the input with whitespace collapsed."""
    text = seed(name)
    for entries in seed_lists(name):
        for e in entries:
            assert " ".join(text[e.start : e.end].split()) == e.text
            assert not text[e.start].isspace() and not text[e.end - 1].isspace()


def entry(name: str, section: int, index: int) -> ListEntry:
    """One parsed entry of a seed's reference list."""
    return seed_lists(name)[section][index]


FULL: list[tuple[str, int, int, dict[str, object]]] = [
    (
        S003,
        0,
        8,
        spec(  # APA, italic journal with volume inside the italics
            authors=("Mead", "McNeil"),
            et_al=False,
            year="2006",
            title="Peer support: What makes it unique",
            container="International Journal of Psychosocial Rehabilitation",
            volume="10",
            issue="2",
            pages="29-37",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S003,
        0,
        4,
        spec(  # issue that is a season
            authors=("Dumont", "Jones"),
            et_al=False,
            year="2002",
            title="Findings from a consumer/survivor defined alternative to psychiatric hospitalization",
            container="Outlook",
            volume="3",
            issue="Spring",
            pages="4-6",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S003,
        1,
        10,
        spec(  # title ending in "?", no issue
            authors=("Mead", "MacNeil"),
            et_al=False,
            year="2006",
            title="Peer support: What makes it unique?",
            container="International Journal of Psychosocial Rehabilitation",
            volume="10",
            issue=None,
            pages="29-37",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S003,
        1,
        14,
        spec(  # Vancouver names, "(2013)" without a period, publisher after "London:"
            authors=("Trachtenberg", "Parsonage", "Shepherd", "Boardman"),
            et_al=False,
            year="2013",
            title="Peer Support in mental health: Is it good value for money?",
            container="Centre for Mental Health",
            volume=None,
            issue=None,
            pages=None,
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S003,
        2,
        3,
        spec(  # ". . ." elides authors; italic journal, volume outside
            authors=(
                "Boyd",
                "Moneyham",
                "Murdaugh",
                "Phillips",
                "Tavakoli",
                "Jackwon",
                "Vyavaharkar",
            ),
            et_al=True,
            year="2005",
            title="A peer-based substance abuse intervention for HIV+ rural women: A pilot study",
            container="Archives of Psychiatric Nursing",
            volume="19",
            issue="1",
            pages="10–7",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S003,
        2,
        4,
        spec(  # report: italic title, "City, ST: Publisher"
            authors=("Ja", "Gee", "Savolainen", "Wu", "Forghani"),
            et_al=False,
            year="2009",
            title="Peers Reaching Out Supporting Peers to Embrace Recovery (PROSPER): A final evaluation report",
            container="DYJ, Inc., for Walden House, Inc., and the Center for Substance Abuse Treatment, "
            "Substance Abuse and Mental Health Services Administration",
            volume=None,
            issue=None,
            pages=None,
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S003,
        2,
        7,
        spec(  # "doi: ..." after the pages
            authors=("Min", "Whitecraft", "Rothbard", "Salzer"),
            et_al=False,
            year="2007",
            title="Peer support for persons with co-occurring disorders and community tenure: A survival analysis",
            container="Psychiatric Rehabilitation Journal",
            volume="30",
            issue="3",
            pages="207–213",
            pmid=None,
            doi="10.2975/30.3.2007.207.213",
            number=None,
        ),
    ),
    (
        S003,
        2,
        8,
        spec(  # DOI inside a dx.doi.org URL, no volume
            authors=("O'Connell", "Flanagan", "Delphin-Rittmon", "Davidson"),
            et_al=False,
            year="2017",
            title="Enhancing outcomes for persons with co-occurring disorders through skills training and peer "
            "recovery support",
            container="Journal of Mental Health",
            volume=None,
            issue=None,
            pages=None,
            pmid=None,
            doi="10.1080/09638237.2017.1294733",
            number=None,
        ),
    ),
    (
        S003,
        3,
        1,
        spec(  # no year after the authors: "*Journal* (2010) 13:1-45"
            authors=("Hoagwood", "Cavaleri", "Olin", "Burns", "Slaton", "Gruttadaro", "Hughes"),
            et_al=False,
            year="2010",
            title="Family Support in Children's Mental Health: A Review and Synthesis",
            container="Clinical Child and Family Psychology Review",
            volume="13",
            issue=None,
            pages="1-45",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S003,
        3,
        3,
        spec(  # a given name written in full: "Ferron, John M."
            authors=("Kutash", "Duchnowski", "Green", "Ferron"),
            et_al=False,
            year="2011",
            title="Supporting Parents Who Have Youth with Emotional Disturbances Through a Parent-to-Parent Support "
            "Program: A Proof of Concept Study Using Random Assignment",
            container="Administrative Policy in Mental Health and Mental Health Services Research",
            volume="38",
            issue=None,
            pages="412-427",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S000,
        0,
        1,
        spec(  # authors lost in extraction; PMID; journal without italics
            authors=(),
            et_al=False,
            year="2010",
            title="A Clinical Trial of Peer‐Based Culturally Responsive Person‐Centered Care for Psychosis for "
            "African Americans and Latinos",
            container="Clinical Trials: Journal of the Society for Clinical Trials",
            volume="7",
            issue="4",
            pages="368‐379",
            pmid="20571133",
            doi=None,
            number=None,
        ),
    ),
    (
        S000,
        0,
        3,
        spec(  # issue range with U+2010
            authors=("Bellamy", "Rowe", "Benedict", "Davidson"),
            et_al=False,
            year="2012",
            title="Giving Back and Getting Something Back: The Role of Mutual‐Aid Groups for Individuals in Recovery "
            "From Incarceration, Addiction, and Mental Illness",
            container="Journal of Groups in Addiction & Recovery",
            volume="7",
            issue="2‐4",
            pages="223‐236",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        S000,
        0,
        4,
        spec(  # Vancouver/PubMed, year before volume, PMID, commentary after
            authors=("Sells", "Davidson", "Jewell", "Falzer", "Rowe"),
            et_al=False,
            year="2006",
            title="The treatment relationship in peer‐based and regular case management services for clients with "
            "severe mental illness",
            container="Psychiatric Services",
            volume="57",
            issue="8",
            pages="1179‐1184",
            pmid="16870970",
            doi=None,
            number=None,
        ),
    ),
    (
        S000,
        0,
        5,
        spec(  # Vancouver with "et al."
            authors=("Rowe", "Bellamy", "Baranoski", "Wieland"),
            et_al=True,
            year="2007",
            title="A peer support, group intervention to reduce substance use and criminality among persons with "
            "severe mental illness",
            container="Psychiatric Services",
            volume="58",
            issue="7",
            pages="955‐961",
            pmid="17602012",
            doi=None,
            number=None,
        ),
    ),
]


@pytest.mark.parametrize(("name", "section", "index", "expected"), FULL)
def test_fully_parsed_entries(
    name: str, section: int, index: int, expected: dict[str, object]
) -> None:
    """Selected entries of the seeds, every field."""
    assert fields(entry(name, section, index)) == expected


BRIEF_FORMATS: list[tuple[str, dict[str, object]]] = [
    (
        "Surname, A. B., Other, C., & Last, D. (2006). Title. *Journal, 10*(2), 29-37.",
        spec(
            authors=("Surname", "Other", "Last"),
            et_al=False,
            year="2006",
            title="Title",
            container="Journal",
            volume="10",
            issue="2",
            pages="29-37",
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        "Sells D, Davidson L, Jewell C. Title. Psychiatric Services, 2006, 57 (8), 1179-1184. PMID: 16870970.",
        spec(
            authors=("Sells", "Davidson", "Jewell"),
            et_al=False,
            year="2006",
            title="Title",
            container="Psychiatric Services",
            volume="57",
            issue="8",
            pages="1179-1184",
            pmid="16870970",
            doi=None,
            number=None,
        ),
    ),
    (
        "Surname, A. (2010). Title. Publisher.",
        spec(
            authors=("Surname",),
            et_al=False,
            year="2010",
            title="Title",
            container="Publisher",
            volume=None,
            issue=None,
            pages=None,
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (
        "1. Smith J, Jones K. Title of paper. J Name. 2006 Aug;57(8):1179-84. doi:10.1000/xyz.1.",
        spec(
            authors=("Smith", "Jones"),
            et_al=False,
            year="2006",
            title="Title of paper",
            container="J Name",
            volume="57",
            issue="8",
            pages="1179-84",
            pmid=None,
            doi="10.1000/xyz.1",
            number=1,
        ),
    ),
    (
        "[2] van Os, J., & de Leon, P. (2009b). A title? *Some Journal*, 3, 1-9.",
        spec(
            authors=("van Os", "de Leon"),
            et_al=False,
            year="2009b",
            title="A title?",
            container="Some Journal",
            volume="3",
            issue=None,
            pages="1-9",
            pmid=None,
            doi=None,
            number=2,
        ),
    ),
    (
        "Müller, K. (n.d.). *A report*. Berlin: Verlag.",
        spec(
            authors=("Müller",),
            et_al=False,
            year="n.d.",
            title="A report",
            container="Verlag",
            volume=None,
            issue=None,
            pages=None,
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
    (  # Chicago-like: quoted title, "volume, no. issue (year): pages"
        'Johnson, S., Lamb, D., et al. "Peer-Supported Self-Management: A Trial." '
        "*The Lancet* 392, no. 10145 (2018): 409-418. <https://doi.org/10.1000/abc>",
        spec(
            authors=("Johnson", "Lamb"),
            et_al=True,
            year="2018",
            title="Peer-Supported Self-Management: A Trial",
            container="The Lancet",
            volume="392",
            issue="10145",
            pages="409-418",
            pmid=None,
            doi="10.1000/abc",
            number=None,
        ),
    ),
    (
        'White, W. L. "Peer-Based Addiction Recovery Support." *Great Lakes Center* (2009).',
        spec(
            authors=("White",),
            et_al=False,
            year="2009",
            title="Peer-Based Addiction Recovery Support",
            container="Great Lakes Center",
            volume=None,
            issue=None,
            pages=None,
            pmid=None,
            doi=None,
            number=None,
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRIEF_FORMATS)
def test_parse_entry_formats(text: str, expected: dict[str, object]) -> None:
    """APA, Vancouver/PubMed, Chicago-like, book and numbered entries."""
    assert fields(parse_entry(text)) == expected


def test_parse_entry_collapses_whitespace() -> None:
    """An entry broken over lines is read as one; text is whitespace-collapsed."""
    e = parse_entry(
        "Kurtz, L. F. (1990).\n  The self-help\nmovement. *Social Work, 13*(3),\n 101-115."
    )
    assert e.text == "Kurtz, L. F. (1990). The self-help movement. *Social Work, 13*(3), 101-115."
    assert (e.title, e.container, e.pages) == ("The self-help movement", "Social Work", "101-115")


DOC = """Intro (Smith, 2006).

**Bibliography**

1. Smith J, Jones K. Title one. J Name. 2006;57(8):1179-84.
2. Brown A. Title two. J Other. 2007;1:1-2.
3. Green B. Title
   three. J Third. 2008;2(1):3-4.

# Further Reading

• White, W. (2009). *Peer-based addiction recovery support*. Chicago, IL: Great Lakes.

## Further Reading (continued)

- Solomon, P. (2004). Peer support/peer provided services. *Psychiatric Rehabilitation Journal, 27*(4),
  392-401.

Black, C.,
  & Red, D. (2001). Entry after a blank line. *J X, 1*, 2-3.

## Appendix

Not an entry.
"""


def test_headings_numbering_and_continuations() -> None:
    """Bold and Markdown headings, "(continued)", numbered and bulleted entries, blank-line starts."""
    spans = find_reference_lists(DOC)
    assert [DOC[lo:hi].split("\n", 1)[0] for lo, hi in spans] == [
        "**Bibliography**",
        "# Further Reading",
    ]
    assert DOC[spans[1][1] :].startswith("## Appendix")
    numbered = parse_reference_list(DOC, *spans[0])
    assert [(e.number, e.authors, e.title) for e in numbered] == [
        (1, ("Smith", "Jones"), "Title one"),
        (2, ("Brown",), "Title two"),
        (3, ("Green",), "Title three"),
    ]
    further = parse_reference_list(DOC, *spans[1])
    assert first_authors(further) == [("White", "2009"), ("Solomon", "2004"), ("Black", "2001")]
    assert further[1].pages == "392-401"
    assert further[0].container == "Great Lakes"


@pytest.mark.parametrize(
    "heading",
    [
        "References",
        "REFERENCES",
        "Reference List",
        "Bibliography",
        "Suggested Readings",
        "Further Reading",
        "# References",
        "## **References**",
        "**REFERENCES**",
        "• References",
        "- References:",
        "\uf0ec Suggested Readings",
        "References cont.",
        "## REFERENCES *cont.*",
        "References (continued)",
        "## references",  # a Markdown heading, whatever its case
    ],
)
def test_reference_headings(heading: str) -> None:
    """Heading spellings that open a references section."""
    text = f"Body text.\n\n{heading}\n\n- Smith, J. (2006). Title. Publisher.\n"
    spans = find_reference_lists(text)
    assert len(spans) == 1
    assert text[spans[0][0] :].startswith(heading)
    assert first_authors(parse_reference_list(text, *spans[0])) == [("Smith", "2006")]


@pytest.mark.parametrize(
    "line",
    [
        "The references below are selective.",
        "See the reference list.",
        "References to peers abound in the text",
        "references",  # a site's filter label in lower case (tests/realworld/heldout 475)
    ],
)
def test_prose_is_not_a_heading(line: str) -> None:
    """A sentence mentioning references does not open a section."""
    assert find_reference_lists(f"{line}\n\n- Smith, J. (2006). Title.\n") == []


def test_references_in_a_table_of_contents_opens_no_list() -> None:
    """ "References" under other section titles, with prose after it, is a contents entry
    (heldout 338); a heading under a paragraph's last line, or over entries, opens a list."""
    contents = (
        "Table of Contents\n\nIntroduction\nResults and conclusions\nReferences\n\n"
        "Review conducted using a system for rating rigor (Farkas, Rogers and Anthony, 2008).\n"
    )
    assert find_reference_lists(contents) == []
    listed = "Introduction\nResults\nReferences\n\nSmith, J. (2006). Title. Pub.\n"
    assert len(find_reference_lists(listed)) == 1
    after_prose = "Peers help people.\nReferences\nSee the work by us for more.\n"
    assert len(find_reference_lists(after_prose)) == 1


def test_plain_heading_ends_section() -> None:
    """In plain text a short title line after a sentence end closes the list."""
    text = "Suggested Readings\n• Smith, J. (2006). Title. Pub.\nFor more information\n\nmail us."
    (span,) = find_reference_lists(text)
    assert text[span[0] : span[1]] == "Suggested Readings\n• Smith, J. (2006). Title. Pub.\n"


@pytest.mark.parametrize("marker", ["## ", "**", ""])
def test_category_headings_inside_a_list_continue_it(marker: str) -> None:
    """A heading whose next line opens an entry groups the list's entries; one followed by
    prose (an appendix) closes the list. In Markdown, plain text and bold alike."""
    end = "**" if marker == "**" else ""
    text = (
        f"{marker}References{end}\n\n"
        f"{marker}Algorithmic Harm{end}\n\n"
        "- Tufekci, Z. (2018). *YouTube, the Great Radicalizer*\n"
        "- Zuboff, S. (2019). *The Age of Surveillance Capitalism*\n\n"
        f"{marker}Peer Support Research{end}\n\n"
        "- Solomon, P. (2004). Peer support/peer provided services. Psychiatric Rehabilitation "
        "Journal, 27(4), 392-401.\n\n"
        f"{marker}Appendix{end}\n\n"
        "We thank the reviewers for their time.\n"
    )
    (span,) = find_reference_lists(text)
    listed = text[span[0] : span[1]]
    assert "Solomon" in listed and "Appendix" not in listed
    assert first_authors(parse_reference_list(text, *span))[-3:] == [
        ("Tufekci", "2018"),
        ("Zuboff", "2019"),
        ("Solomon", "2004"),
    ]


def test_chicago_entries_with_given_names_open_without_bullets() -> None:
    """Chicago style names the first author in full ("Morland, Leslie A., et al."); with no
    bullet (a Markdown list read as paragraphs) each such line still opens its own entry.
    The entries are a real reference list's (tests/realworld/miscites/57)."""
    text = (
        "References\n\n"
        "Bastian, Lori A., et al. \"Evaluating Women Veterans' Health Care.\" *Women's Health "
        "Issues* 24, no. 1 (2014): e15-e19.\n\n"
        'Byrne, Thomas, et al. "Predictors of Homelessness Among Families and Single Adults After '
        'Exit from Homelessness Prevention and Rapid Re-Housing Programs." *Housing Policy '
        "Debate* 26, no. 1 (2016): 252-275.\n\n"
        'Chinman, Matthew, et al. "Peer Support Services for Individuals with Serious Mental '
        'Illnesses." *Psychiatric Services* 68, no. 5 (2017): 500-507.\n\n'
        'Morland, Leslie A., et al. "Telemedicine for Anger Management Therapy in a Rural '
        'Population of Combat Veterans with PTSD." *Journal of Clinical Psychology* 66, no. 11 '
        "(2020): 1108-1118.\n"
    )
    (span,) = find_reference_lists(text)
    assert first_authors(parse_reference_list(text, *span)) == [
        ("Bastian", "2014"),
        ("Byrne", "2016"),
        ("Chinman", "2017"),
        ("Morland", "2020"),
    ]


def test_wrapped_entry_line_does_not_end_section() -> None:
    """A short capitalised continuation line (a journal name) is not taken for a heading."""
    text = "References\n\nSmith, J. (2006). A title.\nJournal Name\n, 3(1), 2-4.\n"
    (span,) = find_reference_lists(text)
    assert span[1] == len(text)
    (e,) = parse_reference_list(text, *span)
    assert (e.container, e.volume, e.issue, e.pages) == ("Journal Name", "3", "1", "2-4")


def test_lost_authors_line_starts_entry() -> None:
    """A line opening "(2010)." starts a new entry even without a bullet."""
    text = "- Rowe, M. (2007). Reducing use:\n (2010). A trial. Trials, 7(4), 368-379."
    assert first_authors(parse_reference_list(text)) == [("Rowe", "2007"), ("", "2010")]


# --------------------------------------------------------------------------- properties

FRAGMENTS = [
    "References",
    "REFERENCES *cont.*",
    "# ",
    "## ",
    "**",
    "- ",
    "• ",
    "\uf0ec ",
    "1. ",
    "[2] ",
    "\n",
    "\n\n",
    "Smith, J. ",
    "Smith J, ",
    "(2006). ",
    "Title. ",
    "*Journal, 10*(2), 29-37.",
    "PMID: 123456 ",
    "doi:10.1/x ",
    " et al. ",
    ". . . ",
    "& ",
    "(2010).",
    "Publisher.",
    "City, ST: ",
    "For more information",
    " ",
]
reflist_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=60).map("".join)


def check_lists(text: str) -> None:
    """Sections and entries lie within the text, sorted and non-overlapping."""
    prev = 0
    for lo, hi in find_reference_lists(text):
        assert prev <= lo < hi <= len(text)
        prev = hi
    prev = 0
    for e in parse_reference_list(text):
        assert prev <= e.start < e.end <= len(text)
        assert " ".join(text[e.start : e.end].split()).startswith(e.text[:1])
        prev = e.end
    titled = find_reference_lists(text)
    prev = 0
    for lo, hi in find_untitled_lists(text, titled):
        assert prev <= lo < hi <= len(text)
        assert not any(a < hi and lo < b for a, b in titled)
        prev = hi
    prev = 0
    for lo, hi in find_title_lists(text, titled):
        assert prev <= lo < hi <= len(text)
        assert not any(a <= lo < b for a, b in titled)
        prev = hi


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_property_any_text(text: str) -> None:
    """Never raises; spans are consistent."""
    check_lists(text)


@settings(max_examples=300, deadline=None)
@given(reflist_like)
def test_property_reference_like_text(text: str) -> None:
    """Reference-like text exercises headings and entry starts; spans are consistent."""
    check_lists(text)


@settings(max_examples=100, deadline=None)
@given(st.text(), st.integers(-5, 50), st.integers(-5, 50) | st.none())
def test_property_any_bounds(text: str, start: int, end: int | None) -> None:
    """Out-of-range bounds are clamped; entries stay within [start, end)."""
    entries = parse_reference_list(text, start, end)
    hi = len(text) if end is None else min(end, len(text))
    assert all(max(0, min(start, hi)) <= e.start < e.end <= hi for e in entries)


@pytest.mark.parametrize(
    "text",
    [
        "(" * 200_000,
        "Smith, " * 30_000,
        "References\n" + "Smith, J. " * 20_000,
        "References\n" + "- Smith, J. (2006). Title. *J, 1*(2), 3-4.\n" * 4_500,
        "# References\n" * 15_000,
        "-\n" * 100_000,
        "\n" * 200_000,
        "Smith J, " * 25_000,
        ". . . " * 33_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_inputs_return(text: str) -> None:
    """200 KB of pathological input returns."""
    check_lists(text)
    parse_entry(text[:50_000])


# --------------------------------------------------------------------------- entries on consecutive lines


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # APA from a PDF: no blank line, the second entry's author list wrapped after a comma
            [
                "Mead, S., & McNeil, C. (2006). Peer support: What makes it unique.",
                "International Journal of Psychosocial Rehabilitation, 10(2), 29-37.",
                "Chinman, M., George, P., Dougherty, R. H., Daniels, A. S.,",
                "Ghose, S. S., Swift, A., & Delphin-Rittmon, M. E. (2014). Peer support",
                "services. Psychiatric Services, 65(4), 429-441.",
            ],
            [("Mead", "2006"), ("Chinman", "2014")],
        ),
        (  # Vancouver/PubMed, one author included, a title wrapped
            [
                "Mead S, McNeil C. Peer support. Int J Psychosoc Rehabil. 2006;10(2):29-37.",
                "Sells D. The treatment relationship in peer-based and regular case",
                "management. Psychiatr Serv. 2006;57(8):1179-84.",
                "Solomon P, Draine J. One-year outcomes. Eval Program Plann. 1995;18(2):117-27.",
            ],
            [("Mead", "2006"), ("Sells", "2006"), ("Solomon", "1995")],
        ),
        (  # the last author's initials end a line: the year on the next continues the entry
            [
                "Davidson, L., Bellamy, C., Guy, K., & Miller, R.",
                "(2012). Peer support among persons with severe mental illnesses.",
                "World Psychiatry, 11(2), 123-128. https://doi.org/10.1016/j.wpsyc.2012.05.009",
                "Repper, J., & Carter, T. (2011). A review of the literature on peer support.",
                "Journal of Mental Health, 20(4), 392-411.",
            ],
            [("Davidson", "2012"), ("Repper", "2011")],
        ),
        (  # an annotation on the line after its entry is part of that entry
            [
                "Sells D, Davidson L. The treatment relationship. Psychiatr Serv. 2006;57(8):1179-84.",
                "At a time when the practice was new, this article reported positive findings.",
                "Rowe M, Bellamy C. A peer support group intervention. Psychiatr Serv. 2007;58:955-61.",
            ],
            [("Sells", "2006"), ("Rowe", "2007")],
        ),
    ],
)
def test_entries_on_consecutive_lines(lines: list[str], expected: list[tuple[str, str]]) -> None:
    """With no blank line between entries, an entry opens where a line is shaped like an
    entry's opening and the line before could close one; a wrapped line continues."""
    text = "References\n" + "\n".join(lines) + "\n"
    (span,) = find_reference_lists(text)
    assert first_authors(parse_reference_list(text, *span)) == expected


# --------------------------------------------------------------------------- lists without a heading


def untitled(text: str) -> list[str]:
    return [text[lo:hi] for lo, hi in find_untitled_lists(text, find_reference_lists(text))]


def test_untitled_list_between_prose_paragraphs() -> None:
    """Whole entries with no heading form a list; prose before and after stays prose."""
    entries = (
        "Lawn, S., Smith, A., & Hunter, K. (2008). Mental health peer support for hospital "
        "avoidance. Journal of Mental Health, 17(5), 498-508.\n\n"
        "Sells D, Davidson L. The treatment relationship. Psychiatr Serv. 2006;57(8):1179-84."
    )
    text = (
        f"Peer support helps (Lawn et al., 2008).\n\nFrom the source:\n\n{entries}\n\nMore prose.\n"
    )
    assert untitled(text) == [entries]


@pytest.mark.parametrize(
    "text",
    [
        # a running head: a journal and its year are not authors
        "Community Mental Health Journal (2020) 56:568-580 https://doi.org/10.1007/s1 Title",
        # prose opening with a name is not an entry without year, title and source
        "Davidson, L. said peer support matters.",
        "Smith, J. (2010) found that peer support reduces readmissions.",
        # a whole page of text is not one entry
        "Mead, S., & McNeil, C. (2006). Peer support. " + "Words and more words. " * 80,
    ],
)
def test_not_untitled_lists(text: str) -> None:
    assert untitled(text) == []


def test_a_heading_between_entries_splits_the_run() -> None:
    a = "Mead, S., & McNeil, C. (2006). Peer support. *Int J Psychosoc Rehabil, 10*(2), 29-37."
    b = "Kurtz, L. F. (1990). The self-help movement. *Social Work with Groups, 13*(3), 101-115."
    assert untitled(f"{a}\n\nMeta-Analyses and Reviews\n\n{b}\n") == [a, b]


def test_a_wrapped_page_number_alone_on_its_line_is_not_a_list_number() -> None:
    """ "1." alone after "(1)," is the entry's pages, wrapped; "2." after a closed entry is
    the next entry's number."""
    text = (
        "References\n1.\nMead, S. (2006). Peer support. *Journal, 10*(2),\n29.\n2.\n"
        "Kurtz, L. F. (1990). Self-help. *Social Work with Groups, 13*(3), 101-115.\n"
    )
    found = parse_reference_list(text, *find_reference_lists(text)[0])
    assert [(e.authors, e.pages) for e in found] == [(("Mead",), "29"), (("Kurtz",), "101-115")]


def test_a_list_of_titles_with_publisher_and_year() -> None:
    """Two or more lines in a row of "Title, Publisher (Year)" are a list of sources; one
    such line in prose is not."""
    titles = (
        "Evidence for Peer Support, Mental Health America (2019)\n"
        "Value of Peers, SAMHSA (2017)\n"
        "Peer support among persons with severe mental illnesses: a review, World Psychiatry (2012)"
    )
    text = f"Peer support helps.\n{titles}\n\nMore prose, as SAMHSA (2017) says.\n"
    assert [text[lo:hi] for lo, hi in find_title_lists(text)] == [titles]
    assert find_title_lists("Peer support reduces costs, as shown by SAMHSA (2017)\n") == []


# ---------------------------------------------------------------- entries written loosely

LOOSE = (
    "Repper,J. and Carter (2011) A review of the literature on peer support in mental health\n"
    "services. Journal of Mental Health, August 2011; 20(4): 392–411"
)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (LOOSE, ("Repper", "Carter")),
        (
            "Smith, J. and Jones, K. (2011). A title here. Journal of Things, 2(3), 1-9.",
            ("Smith", "Jones"),
        ),
        (
            "Smith, J. & Jones, K. (2011). A title here. Journal of Things, 2(3), 1-9.",
            ("Smith", "Jones"),
        ),
    ],
)
def test_an_initial_followed_by_and_a_surname_continues_the_authors(
    text: str, authors: tuple[str, ...]
) -> None:
    entry = parse_entry(text)
    assert (entry.authors, entry.year) == (authors, "2011")
    assert entry.title is not None and entry.title.startswith("A ")


def test_a_loose_entry_after_a_post_is_a_list_without_a_heading() -> None:
    post = "The work of Repper and Carter (2011) demonstrates that peer supports help.\n"
    text = post + LOOSE
    assert find_untitled_lists(text) == [(len(post), len(text))]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=30, max_value=120))
def test_property_a_loose_entry_parses_the_same_however_it_wraps(width: int) -> None:
    import textwrap

    wrapped = "\n".join(textwrap.wrap(" ".join(LOOSE.split()), width, break_long_words=False))
    entry = parse_entry(wrapped)
    assert (entry.authors, entry.year, entry.volume, entry.pages) == (
        ("Repper", "Carter"),
        "2011",
        "20",
        "392–411",
    )


@pytest.mark.parametrize(
    "entry",
    [
        "Felton CJ, Stastny P. Consumers as peer specialists. Psychiatr Serv 1995; 46(10): 1037-44.",
        "Felton CJ, Stastny P. Consumers as peer specialists. Psychiatr Serv 1995 Oct;46(10):1037-44.",
        "Felton CJ, Stastny P. Consumers as peer specialists. Psychiatr Serv. 1995;46(10):1037-44.",
    ],
)
def test_a_vancouver_year_with_or_without_a_stop_after_the_journal(entry: str) -> None:
    parsed = parse_entry(entry)
    assert (parsed.authors, parsed.year, parsed.container, parsed.volume) == (
        ("Felton", "Stastny"),
        "1995",
        "Psychiatr Serv",
        "46",
    )
