"""described_subject: the study a sentence's subject describes, and only a subject's;
described_owns and names_no_work: whose description and figure it is; rounded_fits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.match.described import (
    described_before,
    described_owns,
    described_subject,
    names_no_work,
)
from peerclaims.match.design import rounded_fits
from peerclaims.text.citation_types import CitedWork


@pytest.mark.parametrize(
    ("sentence", "kind", "text", "year", "studies", "people"),
    [
        (
            "A 2023 systematic review of 30 studies found that peer support helps (X, 2014).",
            "systematic-review",
            "A 2023 systematic review of 30 studies",
            2023,
            30,
            None,
        ),
        (
            "**Evidence Base**: A 2023 systematic review of 30 studies found that it helps.",
            "systematic-review",
            "A 2023 systematic review of 30 studies",
            2023,
            30,
            None,
        ),
        (
            "A 2019 randomised trial of 300 veterans showed fewer admissions.",
            "rct",
            "A 2019 randomised trial of 300 veterans",
            2019,
            None,
            300,
        ),
        (
            "One meta-analysis found less distress.",
            "meta-analysis",
            "One meta-analysis",
            None,
            None,
            None,
        ),
        (
            "A Cochrane review concluded that it helps.",
            "cochrane",
            "A Cochrane review",
            None,
            None,
            None,
        ),
        (
            "In a study of 1,200 participants, peer support reduced admissions.",
            "study",
            "a study of 1,200 participants",
            None,
            None,
            1200,
        ),
        (
            "In 2019, a large trial of more than 1,200 adults with serious mental illness found less.",
            "study",
            "a large trial of more than 1,200 adults",
            None,
            None,
            1200,
        ),
        ("A 2019 RCT (n = 296) found less.", "rct", "A 2019 RCT (n = 296)", 2019, None, 296),
        (
            "A review of more than 30 studies found less.",
            "study",
            "A review of more than 30 studies",
            None,
            30,
            None,
        ),
        (
            "A 2005 study by Min et al. (2007) found fewer admissions.",
            "study",
            "A 2005 study",
            2005,
            None,
            None,
        ),
        (
            "According to a 2021 meta-analysis, peer support helps.",
            "meta-analysis",
            "a 2021 meta-analysis",
            2021,
            None,
            None,
        ),
        (
            "A 2014 Cochrane review of 11 trials involving 2,796 participants found no change.",
            "cochrane",
            "A 2014 Cochrane review of 11 trials involving 2,796 participants",
            2014,
            11,
            2796,
        ),
        (
            "A systematic review and meta-analysis of 18 trials found less.",
            "meta-analysis",
            "A systematic review and meta-analysis of 18 trials",
            None,
            18,
            None,
        ),
        (
            "In their 2019 trial, Smith et al. (2014) found less.",
            "study",
            "their 2019 trial",
            2019,
            None,
            None,
        ),
    ],
)
def test_described(
    sentence: str, kind: str, text: str, year: int | None, studies: int | None, people: int | None
) -> None:
    d = described_subject(sentence)
    assert d is not None
    assert (d.phrase.kind, d.text, d.year, d.phrase.studies, d.people) == (
        kind,
        text,
        year,
        studies,
        people,
    )
    assert sentence[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Two RCTs found fewer admissions.",  # several
        "Studies show that peer support helps.",
        "The studies found less.",
        "The results of the trial showed less.",  # the subject is the results
        "Peer support reduced admissions in a 2019 study of 300 people.",  # not the subject
        "A trial-based estimate found less.",
        "A review that was never finished.",  # no verb of a finding
    ],
)
def test_not_described(sentence: str) -> None:
    assert described_subject(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("A 12-month trial of 74 veterans found less.", 74),
        ("A trial of 12 sites found less.", None),  # sites are not people
        ("A 10-year study found less.", None),
        ("A 2,000-person study found less.", None),
    ],
)
def test_sizes_are_people(sentence: str, people: int | None) -> None:
    d = described_subject(sentence)
    assert d is None or (d.people == people and d.year is None)


@pytest.mark.parametrize(
    ("between", "owns"),
    [
        (" found that peer support reduced admissions by 18-32%, and enhanced recovery ", True),
        (" by ", True),
        (" found fewer admissions; peer support also helped ", False),
        (" found fewer admissions, for example in one program ", False),
        (" found fewer admissions, e.g. in one program ", False),
        (" found fewer admissions, and the authors credit peers ", False),
        (" found that in one trial admissions fell ", False),
        (" found fewer admissions while others disagreed ", False),
    ],
)
def test_owns(between: str, owns: bool) -> None:
    assert described_owns(between) is owns


def _work(text: str, authors: tuple[str, ...] = ()) -> CitedWork:
    return CitedWork(authors, False, None, None, text, 0, len(text))


@pytest.mark.parametrize(
    ("work", "unnamed"),
    [
        (_work("updated meta-analysis through 2023"), True),
        (_work("unpublished data"), True),
        (_work("Smith, 2019", ("Smith",)), False),
        (_work("SAMHSA toolkit"), False),  # an organisation a reader can look up
        (_work("12"), False),  # a numbered citation
        (_work("ibid"), False),
    ],
)
def test_names_no_work(work: CitedWork, unnamed: bool) -> None:
    assert names_no_work(work) is unnamed


@pytest.mark.parametrize(
    ("stated", "recorded", "qualifier", "fits"),
    [
        (300, 296, None, True),  # a round figure
        (300, 137, None, False),
        (296, 290, None, True),  # randomised and analysed differ
        (296, 200, None, False),
        (1000, 1200, "more than", True),
        (1000, 800, "more than", False),
        (300, 150, "nearly", True),
        (300, 400, "nearly", False),
        (1000, 1140, "about", True),
        (1000, 1400, "about", False),
    ],
)
def test_rounded_fits(stated: int, recorded: int, qualifier: str | None, fits: bool) -> None:
    assert rounded_fits(stated, recorded, qualifier, slack=0.1) is fits


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text(text: str) -> None:
    """Any text: no exception, and a description is a slice at the sentence's start."""
    d = described_subject(text)
    if d is not None:
        assert 0 <= d.start < d.end <= len(text)
        assert d.year is None or 1950 <= d.year <= 2049
        assert d.people is None or d.people >= 0


_HEADS = st.sampled_from(
    [
        ("systematic review", "systematic-review"),
        ("meta-analysis", "meta-analysis"),
        ("randomized controlled trial", "rct"),
        ("RCT", "rct"),
        ("Cochrane review", "cochrane"),
        ("study", "study"),
        ("trial", "study"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["A", "One", "The", "This", "In a", "Notably, a", "Results: A"]),
    st.one_of(st.none(), st.integers(1950, 2049)),
    st.sampled_from(["", "large ", "small multisite ", "12-month "]),
    _HEADS,
    st.one_of(st.none(), st.integers(2, 99_999)),
    st.sampled_from(["found", "showed that peer support", "(Smith, 2020) reported"]),
)
def test_built_sentences(
    opening: str,
    year: int | None,
    mods: str,
    head: tuple[str, str],
    people: int | None,
    verb: str,
) -> None:
    """Descriptions built from their parts are read back part by part."""
    words, kind = head
    size = f" of {people:,} adults" if people is not None else ""
    year_text = f"{year} " if year is not None else ""
    separator = "," if opening.startswith("In ") else ""
    sentence = f"{opening} {year_text}{mods}{words}{size}{separator} {verb} less distress."
    d = described_subject(sentence)
    assert d is not None
    assert (d.phrase.kind, d.year, d.people) == (kind, year, people)
    assert d.text.endswith(f"{words}{size}")


@pytest.mark.parametrize(
    ("before", "text"),
    [
        (
            "Peer support helps, according to a 2019 randomised trial of 300 veterans ",
            "a 2019 randomised trial of 300 veterans",
        ),
        ("Fewer admissions followed peer support in a 2011 study by ", "a 2011 study"),
        ("Fewer admissions, as a 2019 trial found ", None),  # a verb between
        ("A 2019 trial was small. Later work ", None),
        ("The review found only one 2019 trial ", None),  # what a review found
    ],
)
def test_described_before(before: str, text: str | None) -> None:
    d = described_before(before + "(Smith, 2014)", len(before))
    assert (d.text if d else None) == text
    if d is not None:
        assert before[d.start : d.end] == d.text


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=0, max_value=200))
def test_described_before_any_text(text: str, at: int) -> None:
    """Any text and position: no exception, and the description lies before the position."""
    at = min(at, len(text))
    d = described_before(text, at)
    if d is not None:
        assert 0 <= d.start < d.end <= at
