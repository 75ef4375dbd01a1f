"""Name splitting: the fast path for "Last, First" agrees with bibtexparser's own parser."""

from __future__ import annotations

from bibtexparser.middlewares.names import parse_single_name_into_parts
from hypothesis import given, settings
from hypothesis import strategies as st

from peerclaims.corpus.bib import parse_names

SURNAME = st.from_regex(r"[A-Z][a-z]{1,12}(-[A-Z][a-z]{1,10})?('[a-z]{1,4})?", fullmatch=True)
GIVEN = st.from_regex(r"[A-Z]([a-z]{1,9}|\.)( [A-Z]([a-z]{1,9}|\.)){0,2}", fullmatch=True)


@settings(max_examples=300, deadline=None)
@given(SURNAME, GIVEN)
def test_fast_path_agrees_with_bibtexparser(last: str, first: str) -> None:
    """For any simple "Last, First" name both parsers give the same parts."""
    person = parse_names(f"{last}, {first}")[0]
    parts = parse_single_name_into_parts(f"{last}, {first}", strict=False)
    assert (person.last, person.first, person.von, person.jr) == (
        " ".join(parts.last),
        " ".join(parts.first),
        " ".join(parts.von),
        " ".join(parts.jr),
    )


def test_particles_suffixes_and_organisations_use_bibtexparser() -> None:
    """Names the fast path does not cover are split by bibtexparser, LaTeX decoded."""
    people = parse_names(
        'van Os, Jim and Smith, Jr., John and M{\\"u}ller, J. and {World Health Organization}'
    )
    assert [(p.von, p.last, p.jr, p.first) for p in people] == [
        ("van", "Os", "", "Jim"),
        ("", "Smith", "Jr.", "John"),
        ("", "Müller", "", "J."),
        ("", "World Health Organization", "", ""),
    ]
