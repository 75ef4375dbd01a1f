"""Claim rules: ids, references, vocabularies, evidence; and `# peerclaims: ignore[...]`."""

from __future__ import annotations

import pytest

from tests.helpers import check

BIB = """\
    @article{smith2001x,
      author = {Smith, John},
      title = {Peer support and hope},
      journal = {Psychiatric Services},
      year = {2001},
      studydesign = {rct}
    }
    @article{jones2002y,
      author = {Jones, Kate},
      title = {Peer support and recovery},
      journal = {World Psychiatry},
      year = {2002}
    }
    @techreport{nasmhpd2006,
      author = {{National Association of State Mental Health Program Directors}},
      title = {Peer support report},
      institution = {NASMHPD},
      year = {2006}
    }
    @article{brown2003z,
      author = {Brown, Lee},
      title = {Peer support policy},
      journal = {Policy Review},
      year = {2003},
      studydesign = {report}
    }
"""

CLAIMS = """\
    version: 1
    claims:
      - id: increased-hope
        statement: Peer support increases hope.
        population: mental-health
        outcome: hope
        direction: increase
        evidence:
          - ref: smith2001x
          - ref: jones2002y
      - id: fewer-admissions
        statement: Peer mentors reduced readmissions by 42%.
        kind: finding
        population: mental-health
        outcome: hospitalization
        direction: decrease
        evidence:
          - ref: smith2001x
            locator: Table 2
          - ref: nasmhpd2006
            support: secondary
          - ref: brown2003z
"""

CASES = [
    # --- duplicate-claim-id ---------------------------------------------------------------
    pytest.param(
        "duplicate-claim-id",
        CLAIMS
        + """\
      - id: increased-hope
        statement: Peer support increases hope, again.
        population: general
        outcome: hope
        direction: increase
        evidence: [{ref: jones2002y}]
    """,
        BIB,
        [(23, 9, "duplicate-claim-id", "claim id 'increased-hope' is already used at line 3")],
        id="duplicate-claim-id",
    ),
    pytest.param(
        "duplicate-claim-id",
        CLAIMS
        + """\
      - id: increased-hope-family
        statement: Peer support increases hope in families.
        population: family
        outcome: hope
        direction: increase
        evidence: [{ref: jones2002y}]
    """,
        BIB,
        [],
        id="duplicate-claim-id-pass",
    ),
    # --- unknown-reference ----------------------------------------------------------------
    pytest.param(
        "unknown-reference",
        CLAIMS.replace("- ref: jones2002y", "- ref: jonse2002y"),
        BIB,
        [
            (
                10,
                14,
                "unknown-reference",
                "claim 'increased-hope' cites 'jonse2002y', which is not in references.bib",
                "did you mean 'jones2002y'?",
            )
        ],
        id="unknown-reference-suggestion",
    ),
    pytest.param(
        "unknown-reference",
        CLAIMS.replace("- ref: brown2003z", "- ref: qqqqq"),
        BIB,
        [(22, 14, "unknown-reference", "cites 'qqqqq'", None)],
        id="unknown-reference-no-suggestion",
    ),
    pytest.param(
        "unknown-reference",
        CLAIMS.replace("- ref: jones2002y", "- ref: Jones2002Y"),
        BIB,
        [],
        id="unknown-reference-pass-case-insensitive",
    ),
    pytest.param("unknown-reference", CLAIMS, BIB, [], id="unknown-reference-pass"),
    # --- unknown-vocabulary-value ---------------------------------------------------------
    pytest.param(
        "unknown-vocabulary-value",
        """\
        version: 1
        claims:
          - id: increased-hope
            statement: Peer support increases hope.
            kind: benfit
            population: mental health
            outcome: hopes
            direction: up
            evidence:
              - ref: smith2001x
                support: reviw
              - ref: jones2002y
        """,
        BIB,
        [
            (
                5,
                11,
                "unknown-vocabulary-value",
                "kind 'benfit' is not one of: benefit, finding",
                "did you mean 'benefit'?",
            ),
            (
                6,
                17,
                "unknown-vocabulary-value",
                "population 'mental health' is not one of:",
                "did you mean 'mental-health'?",
            ),
            (
                7,
                14,
                "unknown-vocabulary-value",
                "outcome 'hopes' is not one of:",
                "did you mean 'hope'?",
            ),
            (
                8,
                16,
                "unknown-vocabulary-value",
                "direction 'up' is not one of: increase, decrease, no-difference, mixed, descriptive",
                None,
            ),
            (
                11,
                18,
                "unknown-vocabulary-value",
                "support 'reviw' is not one of: direct, review",
                "did you mean 'review'?",
            ),
        ],
        id="unknown-vocabulary-value-claim-fields",
    ),
    pytest.param(
        "unknown-vocabulary-value",
        CLAIMS,
        BIB.replace("studydesign = {rct}", "studydesign = {systematic-reveiw}"),
        [
            (
                6,
                3,
                "unknown-vocabulary-value",
                "studydesign 'systematic-reveiw' of 'smith2001x' is not one of: rct, cluster-rct",
                "did you mean 'systematic-review'?",
            )
        ],
        id="unknown-vocabulary-value-studydesign",
    ),
    pytest.param("unknown-vocabulary-value", CLAIMS, BIB, [], id="unknown-vocabulary-value-pass"),
    # --- claim-without-evidence -----------------------------------------------------------
    pytest.param(
        "claim-without-evidence",
        """\
        version: 1
        claims:
          - id: increased-hope
            statement: Peer support increases hope.
            population: mental-health
            outcome: hope
            direction: increase
          - id: more-hope
            statement: Peer support increases hope.
            population: mental-health
            outcome: hope
            direction: increase
            evidence: []
        """,
        BIB,
        [
            (3, 9, "claim-without-evidence", "claim 'increased-hope' has no evidence"),
            (8, 9, "claim-without-evidence", "claim 'more-hope' has no evidence"),
        ],
        id="claim-without-evidence",
    ),
    pytest.param("claim-without-evidence", CLAIMS, BIB, [], id="claim-without-evidence-pass"),
    # --- quantitative-claim-without-locator -----------------------------------------------
    pytest.param(
        "quantitative-claim-without-locator",
        CLAIMS.replace("            locator: Table 2\n", ""),
        BIB,
        [
            (
                18,
                7,
                "quantitative-claim-without-locator",
                "claim 'fewer-admissions' states a figure but no evidence gives a locator",
            )
        ],
        id="quantitative-percent-without-locator",
    ),
    pytest.param(
        "quantitative-claim-without-locator",
        """\
        version: 1
        claims:
          - id: fewer-admissions
            statement: Peer mentors reduced readmissions.
            population: mental-health
            outcome: hospitalization
            direction: decrease
            effect: {measure: admissions, relative_change: -0.42}
            evidence:
              - ref: smith2001x
              - ref: jones2002y
        """,
        BIB,
        [(10, 7, "quantitative-claim-without-locator", "'fewer-admissions'")],
        id="quantitative-effect-without-locator",
    ),
    pytest.param(
        "quantitative-claim-without-locator", CLAIMS, BIB, [], id="quantitative-pass-with-locator"
    ),
    pytest.param(
        "quantitative-claim-without-locator",
        """\
        version: 1
        claims:
          - id: increased-hope
            statement: Peer support increases hope in 3 studies.
            population: mental-health
            outcome: hope
            direction: increase
            evidence: [{ref: smith2001x}]
        """,
        BIB,
        [],
        id="quantitative-pass-no-percent",
    ),
    # --- single-study-claim ---------------------------------------------------------------
    pytest.param(
        "single-study-claim",
        """\
        version: 1
        claims:
          - id: increased-hope
            statement: Peer support increases hope.
            population: mental-health
            outcome: hope
            direction: increase
            evidence:
              - ref: smith2001x
              - ref: Smith2001X
                support: review
        """,
        BIB,
        [
            (
                9,
                7,
                "single-study-claim",
                "claim 'increased-hope' rests on a single work (smith2001x)",
            )
        ],
        id="single-study-claim",
    ),
    pytest.param("single-study-claim", CLAIMS, BIB, [], id="single-study-claim-pass"),
    # --- grey-only-evidence ---------------------------------------------------------------
    pytest.param(
        "grey-only-evidence",
        CLAIMS.replace(
            "          - ref: smith2001x\n            locator: Table 2\n",
            "          - ref: missing2000x\n            locator: Table 2\n",
        ),
        BIB,
        [
            (
                18,
                7,
                "grey-only-evidence",
                "claim 'fewer-admissions' rests only on grey literature (nasmhpd2006, brown2003z)",
            )
        ],
        id="grey-only-evidence",
    ),
    pytest.param("grey-only-evidence", CLAIMS, BIB, [], id="grey-only-evidence-pass"),
]


@pytest.mark.parametrize(("rule", "claims", "bib", "expected"), CASES)
def test_rule(rule: str, claims: str, bib: str, expected: list[tuple]) -> None:
    """Each claim rule finds exactly the expected problems, and nothing in clean input."""
    check(rule, claims, bib, expected)


def test_base_corpus_is_clean() -> None:
    """The base corpus of these tests has no finding under any rule."""
    check("schema", CLAIMS, BIB, [], select=None)


SUPPRESSED = """\
    version: 1
    claims:
      # peerclaims: ignore[claim-without-evidence]
      - id: no-evidence
        statement: Peer support increases hope.
        population: mental health  # peerclaims: ignore[unknown-vocabulary-value]
        outcome: hopes  # peerclaims: ignore[single-study-claim, unknown-vocabulary-value]
        direction: up  # peerclaims: ignore
        kind: benfit  # peerclaims: ignore[schema]
      - id: other
        statement: Peer support increases hope.
        population: general
        outcome: hope
        direction: increase
        evidence:
          # peerclaims: ignore[unknown-reference]
          - ref: nosuchkey
          - ref: smith2001x
          - ref: alsomissing
"""


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        pytest.param("claim-without-evidence", [], id="own-line-before"),
        pytest.param(
            "unknown-vocabulary-value",
            [(9, 11, "unknown-vocabulary-value", "kind 'benfit'")],
            id="same-line-with-list-and-other-rule",
        ),
        pytest.param(
            "unknown-reference",
            [(19, 14, "unknown-reference", "'alsomissing'")],
            id="own-line-in-list",
        ),
    ],
)
def test_ignore_comments(rule: str, expected: list[tuple]) -> None:
    """`# peerclaims: ignore[rule]` silences that rule on its line, or on the next when alone."""
    check(rule, SUPPRESSED, BIB, expected)
