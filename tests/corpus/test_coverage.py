"""The bundled corpus covers the field (issue 9): counts, verification, findings per work,
and the coverage table in docs/corpus.md, generated from the data and kept current here."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from peerclaims.corpus.load import Corpus
from peerclaims.curate.coverage import REVIEW_DESIGNS, TRIAL_DESIGNS, coverage, markdown_table
from peerclaims.runner import load_corpus
from tests.helpers import REPO
from tests.seeds.corpus_lists import KEY_FOR, LISTED_KEYS, OTHER_CITATIONS

DOC = REPO / "docs" / "corpus.md"
BLOCK = re.compile(r"(<!-- coverage:[^\n]*-->\n)(.*?)(<!-- /coverage -->)", re.S)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return load_corpus().corpus


def test_counts(corpus: Corpus, capsys: pytest.CaptureFixture[str]) -> None:
    """At least 200 works, 40 reviews or meta-analyses, 60 controlled trials, 500 claims."""
    designs = Counter(r.design for r in corpus.references)
    reviews = sum(designs[d] for d in REVIEW_DESIGNS)
    trials = sum(designs[d] for d in TRIAL_DESIGNS)
    with capsys.disabled():
        print(
            f"\ncorpus: {len(corpus.references)} works ({reviews} reviews or meta-analyses, "
            f"{trials} controlled trials), {len(corpus.claims)} claims"
        )
    assert len(corpus.references) >= 200
    assert reviews >= 40
    assert trials >= 60
    assert len(corpus.claims) >= 500


def test_every_work_says_how_it_was_verified(corpus: Corpus) -> None:
    """Each entry has `verified` (record URLs) or `unverified` (why none), never both."""
    missing = [
        r.key for r in corpus.references if ("verified" in r.fields) == ("unverified" in r.fields)
    ]
    assert missing == []
    urls = [u.strip() for r in corpus.references for u in r.fields.get("verified", "").split(";")]
    assert [u for u in urls if u and not u.startswith(("https://", "http://"))] == []


def test_every_work_of_the_field_part_carries_a_finding(corpus: Corpus) -> None:
    """A work added for the field (not cited by a seed) is there for its findings: each has
    at least one claim resting on it, and reviews and trials a directional one or a
    described result (scoping reviews and feasibility pilots report what exists)."""
    seed_keys = {k.lower() for keys in LISTED_KEYS.values() for k in keys}
    seed_keys |= {k.lower() for k in KEY_FOR.values()}
    seed_keys |= {k.lower() for pairs in OTHER_CITATIONS.values() for _, k in pairs}
    used = {e.ref.lower() for c in corpus.claims for e in c.evidence}
    bare = [
        r.key
        for r in corpus.references
        if "verified" in r.fields and r.key.lower() not in seed_keys and r.key.lower() not in used
    ]
    assert bare == []


def test_null_findings_are_recorded(corpus: Corpus) -> None:
    """What did not work is in the corpus too: null findings on hospitalisation, for one."""
    nulls = [c for c in corpus.claims if c.direction == "no-difference"]
    assert len(nulls) >= 50
    assert any(c.outcome == "hospitalization" for c in nulls)


def test_docs_coverage_table_is_current(corpus: Corpus, request: pytest.FixtureRequest) -> None:
    """docs/corpus.md shows the table the data gives; `pytest --update-golden` rewrites it."""
    text = DOC.read_text(encoding="utf-8")
    match = BLOCK.search(text)
    assert match, "docs/corpus.md lost its coverage block"
    table = markdown_table(coverage(corpus))
    if request.config.getoption("--update-golden"):
        DOC.write_text(text[: match.start(2)] + table + text[match.end(2) :], encoding="utf-8")
        return
    assert match.group(2) == table, (
        "docs/corpus.md's coverage table is out of date (rerun with --update-golden)"
    )
