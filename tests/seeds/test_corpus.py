"""The bundled corpus is evidence: everything it records can be found in the seed documents."""

from __future__ import annotations

import re
from functools import cache

import pytest

from peerclaims import Severity, load_corpus, validate
from tests.helpers import require_seeds
from tests.seeds.corpus_lists import CITED_WORKS, KEY_FOR, LISTED_KEYS, LISTED_WORKS

SEEDS = require_seeds()
SEED_NAMES = sorted(p.name for p in SEEDS.glob("0*.txt"))
CORPUS = load_corpus().corpus
_HYPHENS = "-\u2010\u2011"


def squash(text: str) -> str:
    """Collapse every run of whitespace to one space."""
    return " ".join(text.split())


@cache
def seed_forms(name: str) -> tuple[str, str]:
    """A seed, normalised two ways: end-of-line hyphens joined away, and kept."""
    raw = (SEEDS / name).read_text(encoding="utf-8")
    joined = re.sub(rf"[{_HYPHENS}][ \t]*\n\s*", "", raw)
    kept = re.sub(rf"([{_HYPHENS}])[ \t]*\n\s*", r"\1", raw)
    return squash(joined), squash(kept)


def occurs(words: str, seed: str) -> bool:
    """Whether `words` occur in `seed`, up to whitespace, line breaks and line-end hyphens."""
    needle = squash(words)
    return any(needle in form for form in seed_forms(seed))


def test_seeds_are_present() -> None:
    """The five seed documents sit beside the repository, as CI lays them out."""
    assert len(SEED_NAMES) == 5, f"expected the five seeds in {SEEDS}"


def appearances() -> list[tuple[str, str, str, str | None]]:
    """(claim id, document, as_written, cited_as) for every appearance in the corpus."""
    return [
        (claim.id, a.document, a.as_written, a.cited_as)
        for claim in CORPUS.claims
        for a in claim.appearances
    ]


@pytest.mark.parametrize(("claim", "document", "as_written", "cited_as"), appearances())
def test_appearance_occurs_in_its_seed(
    claim: str, document: str, as_written: str, cited_as: str | None
) -> None:
    """Each recorded wording, and the citation as written, occurs in the named seed."""
    assert document in SEED_NAMES, f"{claim}: unknown document {document}"
    assert occurs(as_written, document), f"{claim}: wording not in {document}: {as_written!r}"
    if cited_as is not None:
        assert occurs(cited_as, document), f"{claim}: citation not in {document}: {cited_as!r}"


def test_every_claim_appears_somewhere() -> None:
    """Every claim records where it appears, or rests on a work that states it itself.

    A seed claim has appearances; a finding of the field part (a review's or trial's own
    result) has none, and rests directly on a verified work with a locator instead.
    """

    def stated_by_a_verified_work(claim_id: str) -> bool:
        claim = CORPUS.claim(claim_id)
        assert claim is not None
        return any(
            e.support in ("direct", "review")
            and e.locator
            and (ref := CORPUS.reference(e.ref)) is not None
            and "verified" in ref.fields
            for e in claim.evidence
        )

    assert [
        c.id for c in CORPUS.claims if not c.appearances and not stated_by_a_verified_work(c.id)
    ] == []


def test_corpus_size() -> None:
    """The corpus holds the expected scale of claims and works (issue #3)."""
    assert len(CORPUS.claims) >= 140
    assert len(CORPUS.references) >= 74


def in_any_seed(words: str) -> bool:
    """Whether the words occur in some seed, with `-` and U+2010 treated alike."""
    needle = squash(words).replace("\u2010", "-")
    return any(
        needle in form.replace("\u2010", "-") for name in SEED_NAMES for form in seed_forms(name)
    )


@pytest.mark.parametrize(
    ("key", "variant"),
    [(ref.key, v) for ref in CORPUS.references for v in ref.cited_as],
)
def test_citedas_variant_occurs_in_a_seed(key: str, variant: str) -> None:
    """Every recorded citation variant is copied from a seed, not made up."""
    assert in_any_seed(variant), f"{key}: citedas {variant!r} occurs in no seed"


@pytest.mark.parametrize(
    ("key", "field", "value"),
    [
        (ref.key, name, ref.fields[name])
        for ref in CORPUS.references
        for name in ("doi", "pmid", "url")
        if name in ref.fields and "verified" not in ref.fields
    ],
)
def test_identifier_occurs_in_a_seed(key: str, field: str, value: str) -> None:
    """No DOI, PMID or URL that no seed prints, in an entry no public record confirmed."""
    assert in_any_seed(value), f"{key}: {field} {value!r} occurs in no seed"


@pytest.mark.parametrize("seed", sorted(LISTED_KEYS))
def test_every_listed_work_has_an_entry(seed: str) -> None:
    """Each item of each seed's reference or reading list has an entry in references.bib."""
    assert len(LISTED_KEYS[seed]) == len(LISTED_WORKS[seed])
    missing = [key for key in LISTED_KEYS[seed] if CORPUS.reference(key) is None]
    assert missing == []


@pytest.mark.parametrize("seed", sorted(CITED_WORKS))
def test_every_cited_work_has_an_entry(seed: str) -> None:
    """Each author–year citation in a seed's running text maps to an entry."""
    missing = [form for form in CITED_WORKS[seed] if CORPUS.reference(KEY_FOR[form]) is None]
    assert missing == []


def test_listed_surnames_occur_in_their_seed() -> None:
    """The test's own lists are copied from the seeds (surname and year as written)."""
    absent = [
        (seed, surname, year)
        for seed, items in LISTED_WORKS.items()
        for surname, year in items
        if surname and not (occurs(surname, seed) or occurs(surname.replace("-", "\u2010"), seed))
    ]
    assert absent == []


def test_bundled_corpus_validates_without_errors() -> None:
    """`peerclaims validate` on the bundled corpus reports no error."""
    errors = [d for d in validate(CORPUS) if d.severity is Severity.ERROR]
    assert errors == []


def _dashes(text: str) -> str:
    """Page ranges compared with any dash: "123--128", "123‐128" and "123–128" alike."""
    return re.sub(r"[\u2010\u2011\u2013\u2014]|--", "-", text)


@pytest.mark.parametrize(
    ("key", "field", "value"),
    [
        (ref.key, name, ref.raw_fields[name])
        for ref in CORPUS.references
        for name in ("volume", "number", "pages")
        if name in ref.raw_fields and "verified" not in ref.fields
    ],
)
def test_volume_issue_and_pages_occur_in_a_seed(key: str, field: str, value: str) -> None:
    """No volume, issue or page range that no seed prints, in an entry no record confirmed."""
    haystack = _dashes(" ".join(squash(form) for name in SEED_NAMES for form in seed_forms(name)))
    assert _dashes(value) in haystack, f"{key}: {field} {value!r} occurs in no seed"
