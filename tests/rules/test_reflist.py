"""The reference-list rules (PC206-PC208) on lists as real documents write them: one list at
the end serving the whole document, entries on consecutive lines (text from a PDF), lists
with no heading, and Vancouver entries that abbreviate what the corpus writes out."""

from __future__ import annotations

from tests.helpers import check_text
from tests.rules.test_document import BASSUK_ENTRY, KURTZ_ENTRY, MEAD_ENTRY

LIST_RULES = ["missing-from-reference-list", "uncited-reference", "reference-list-mismatch"]
CITATION_RULES = ["unresolved-citation", *LIST_RULES]


def test_a_pdf_text_with_no_blank_lines_keeps_its_in_text_citations() -> None:
    """Prose, a "References" line and the entries, one line after another: the citations in
    the prose are still read (a work missing from the list is reported, a listed one is
    not), and the entries are not read as citations or claims."""
    text = (
        "Peer support is valued (Mead & McNeil, 2006).\n"
        "Peer coaching is well studied (Bassuk et al., 2016).\n"
        "References\n"
        f"{MEAD_ENTRY}\n"
        f"{KURTZ_ENTRY}\n"
    )
    assert check_text(text, ".txt", select=CITATION_RULES) == [
        (2, 32, "missing-from-reference-list"),
        (5, 1, "uncited-reference"),
    ]


def test_one_list_at_the_end_serves_every_section() -> None:
    """Citations in earlier sections are found in the list at the end, even when a slide
    in between shows a one-entry "References" box of its own."""
    text = (
        "# Background\n\nPeer support is valued (Mead & McNeil, 2006).\n\n"
        "## References\n\n"
        f"{KURTZ_ENTRY}\n\n"
        "# Findings\n\nPeer coaching is well studied (Bassuk et al., 2016); see Kurtz (1990).\n\n"
        "## References\n\n"
        f"{MEAD_ENTRY}\n\n{BASSUK_ENTRY}\n"
    )
    assert check_text(text, select=LIST_RULES) == []


def test_a_work_in_no_list_is_still_missing() -> None:
    text = (
        "# Background\n\nPeer coaching is well studied (Bassuk et al., 2016).\n\n"
        "# Findings\n\nPeer support is valued (Mead & McNeil, 2006).\n\n"
        f"## References\n\n{MEAD_ENTRY}\n"
    )
    assert check_text(text, select=["missing-from-reference-list"]) == [
        (3, 32, "missing-from-reference-list")
    ]


def test_an_annotated_reading_list_without_a_references_heading() -> None:
    """Entries under topic headings, each with an annotation that states a finding: found as
    a list by their shape, so neither the entries nor the annotations are citations or
    claims, and a list with no heading is not held to listing what the text cites."""
    text = (
        "# Resources\n\nPeer support helps (Bassuk et al., 2016).\n\n## Studies\n\n"
        '- Repper, J. & Carter, T. "A Review of the Literature on Peer Support in Mental '
        'Health Services." *Journal of Mental Health* 20, no. 4 (2011): 392-411. - Shows that '
        "peer support reduces hospital admissions.\n"
        '- Shalaby, R. A. H. & Agyapong, V. I. O. "Peer Support in Mental Health: Literature '
        'Review." *JMIR Mental Health* 7, no. 6 (2020): e15572.\n'
    )
    findings = check_text(text)
    assert [f for f in findings if f[0] > 6] == []
    assert not [f for f in findings if f[2] in LIST_RULES]


def test_vancouver_abbreviations_are_not_mismatches() -> None:
    """ "Psychiatr Serv" for Psychiatric Services and "1179-84" for 1179-1184 are how
    Vancouver and PubMed write the same journal and pages."""
    text = (
        "Peer staff build relationships [1].\n\nReferences\n\n"
        "1. Sells D, Davidson L, Jewell C, Falzer P, Rowe M. The treatment relationship in "
        "peer-based and regular case management for clients with severe mental illness. "
        "Psychiatr Serv. 2006;57(8):1179-84.\n"
    )
    assert check_text(text, select=["reference-list-mismatch"]) == []


def test_a_mismatch_in_an_entry_of_the_same_work_is_reported() -> None:
    text = (
        "Peer support is valued (Mead & McNeil, 2006).\n\nReferences\n\n"
        "Mead, S., & McNeil, C. (2006). Peer support: What makes it unique. *International "
        "Journal of Psychosocial Rehabilitation, 11*(2), 29-37.\n"
    )
    assert check_text(text, select=["reference-list-mismatch"]) == [
        (5, 1, "reference-list-mismatch")
    ]


def test_another_work_by_the_same_authors_and_year_is_not_a_mismatch() -> None:
    """Same first author and year as a corpus work, but another title and journal: another
    work, not a mistaken copy of the corpus one."""
    text = (
        "Consumer case managers were studied [1].\n\nReferences\n\n"
        "1. Solomon P, Draine J. One-year outcomes of a randomized trial of consumer case "
        "management. Eval Program Plann. 1995;18(2):117-27.\n"
    )
    assert check_text(text, select=["reference-list-mismatch"]) == []


def test_a_blockquoted_reading_list_is_not_read_as_claims() -> None:
    """Entries quoted as a block, one with an annotation stating a finding."""
    text = (
        "Peer support is valued (Mead & McNeil, 2006).\n\n> **Key readings**\n>\n"
        "> - Sledge, W. H., Lawless, M., Sells, D., Wieland, M., O'Connell, M. J., & "
        "Davidson, L. (2011). Effectiveness of peer support in reducing readmissions of "
        "persons with multiple psychiatric hospitalizations. *Psychiatric Services, 62*, "
        "541-544. Peer support reduced readmissions by 42%.\n"
        f"> - {MEAD_ENTRY}\n"
    )
    assert check_text(text) == []
