"""cited_journal: the journal a cited item names, and only a journal; same_journal:
abbreviations and initials of the recorded journal fit it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.match.venue import cited_journal, same_journal


@pytest.mark.parametrize(
    ("text", "authors", "journal"),
    [
        (
            "Reif et al., *Journal of Substance Abuse Treatment*, 2014",
            ("Reif",),
            "Journal of Substance Abuse Treatment",
        ),
        ("Chinman et al., _Psychiatric Services_, 2014", ("Chinman",), "Psychiatric Services"),
        ("Chinman et al., Psychiatric Services, 2014", ("Chinman",), "Psychiatric Services"),
        ("Smith, Jones, & Lee, 2014", ("Smith", "Jones", "Lee"), None),  # co-authors
        ("Smith, 2014", ("Smith",), None),
        ("Smith et al., 2014, p. 12", ("Smith",), None),
        ("Psychiatric Services 62:541-544, 2011", (), None),  # a source line: no segment
        ("Smith, see also Jones, 2014", ("Smith",), None),
        (
            "Smith, A Very Long Title Of Some Report On Peer Support In Services, 2014",
            ("Smith",),
            None,
        ),
    ],
)
def test_cited_journal(text: str, authors: tuple[str, ...], journal: str | None) -> None:
    assert cited_journal(text, authors) == journal


@pytest.mark.parametrize(
    ("cited", "recorded", "same"),
    [
        ("Psychiatric Services", "Psychiatric Services", True),
        ("Psych Services", "Psychiatric Services", True),
        ("J Subst Abuse Treat", "Journal of Substance Abuse Treatment", True),
        ("JSAT", "Journal of Substance Abuse Treatment", True),
        ("The Lancet Psychiatry", "Lancet Psychiatry", True),
        (
            "Journal of Psychosocial Rehabilitation and Mental Health",
            "J Psychosoc Rehabil Ment Health",
            True,
        ),
        ("Journal of Substance Abuse Treatment", "Psychiatric Services", False),
        ("BMC Psychiatry", "Psychiatric Services", False),
    ],
)
def test_same_journal(cited: str, recorded: str, same: bool) -> None:
    assert same_journal(cited, recorded) is same


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120), st.lists(st.text(max_size=12), max_size=3))
def test_any_item(text: str, authors: list[str]) -> None:
    """Any item: no exception; a journal found is a capitalised piece of the item."""
    journal = cited_journal(text, tuple(authors))
    if journal is not None:
        assert journal in text and journal[0].isupper()
        assert same_journal(journal, journal)
