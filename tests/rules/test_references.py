"""Reference rules: duplicate works, required fields, field formats, names, unused entries."""

from __future__ import annotations

import pytest

from tests.helpers import check

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
"""

BIB = """\
    @article{smith2001x,
      author = {Smith, John},
      title = {Peer support and hope},
      journal = {Psychiatric Services},
      year = {2001},
      volume = {62},
      number = {5},
      pages = {541--544},
      doi = {10.1176/ps.62.5.541},
      pmid = {21532082},
      month = {may},
      n = {74}
    }
    @book{jones2002y,
      editor = {Jones, Kate and {Peer Support Group, Inc.}},
      title = {Peer support and recovery},
      publisher = {Routledge},
      year = {2002b}
    }
"""


def entry(fields: str, kind: str = "misc", key: str = "smith2001x") -> str:
    """A one-entry .bib text: `@kind{key,` then the given field lines, then `}`."""
    body = ",\n".join(f"      {line.strip()}" for line in fields.strip().splitlines())
    return f"    @{kind}{{{key},\n{body}\n    }}\n"


MRF = "missing-required-field"
MF = "malformed-field"
ANF = "author-name-format"

CASES = [
    # --- duplicate-work -------------------------------------------------------------------
    pytest.param(
        "duplicate-work",
        CLAIMS,
        BIB
        + """\
    @misc{smith2001doi,
      author = {Smyth, J.},
      doi = {https://doi.org/10.1176/PS.62.5.541}
    }
""",
        [],
        id="duplicate-work-same-doi-is-shared-doi",
    ),
    pytest.param(
        "shared-doi",
        CLAIMS,
        BIB
        + """\
    @misc{smith2001doi,
      author = {Smyth, J.},
      doi = {10.1176/PS.62.5.541}
    }
""",
        [
            (
                22,
                3,
                "shared-doi",
                "'smith2001doi' has the DOI of 'smith2001x' (line 1): 10.1176/ps.62.5.541",
            )
        ],
        id="shared-doi",
    ),
    pytest.param("shared-doi", CLAIMS, BIB, [], id="shared-doi-pass"),
    pytest.param(
        "unverified-reference",
        CLAIMS,
        BIB
        + """\
    @misc{smith2002v,
      author = {Smith, J.},
      verified = {https://pubmed.ncbi.nlm.nih.gov/1/; not a url}
    }
    @misc{smith2003u,
      author = {Smith, J.},
      verified = {https://example.org/a},
      unverified = {no record}
    }
""",
        [
            (
                1,
                1,
                "unverified-reference",
                "'smith2001x' has neither `verified` (the record's URLs) nor `unverified` (why no "
                "record confirms it)",
            ),
            (
                14,
                1,
                "unverified-reference",
                "'jones2002y' has neither `verified` (the record's URLs) nor `unverified` (why no "
                "record confirms it)",
            ),
            (
                22,
                3,
                "unverified-reference",
                "`verified` of 'smith2002v' must list http(s) URLs separated by ';', not 'not a url'",
            ),
            (
                27,
                3,
                "unverified-reference",
                "'smith2003u' has both `verified` and `unverified`; keep one",
            ),
        ],
        id="unverified-reference",
    ),
    pytest.param(
        "unverified-reference", CLAIMS, BIB, [], id="unverified-reference-pass-no-convention"
    ),
    pytest.param(
        "duplicate-work",
        CLAIMS,
        BIB
        + """\
    @misc{smith2001peer,
      author = {Smith, J. and Brown, Lee},
      title = {Peer Support and Hope.},
      year = {2001}
    }
""",
        [
            (
                20,
                1,
                "duplicate-work",
                "'smith2001peer' and 'smith2001x' (line 1) look like one work: "
                "the same author, year and title",
            )
        ],
        id="duplicate-work-author-year-title",
    ),
    pytest.param(
        "duplicate-work",
        CLAIMS,
        BIB
        + """\
    @misc{smith2001other,
      author = {Smith, John},
      title = {Peer support and employment},
      year = {2001}
    }
    @misc{smith2002peer,
      author = {Smith, John},
      title = {Peer support and hope},
      year = {2002}
    }
""",
        [],
        id="duplicate-work-pass-other-title-or-year",
    ),
    pytest.param("duplicate-work", CLAIMS, BIB, [], id="duplicate-work-pass"),
    # --- missing-required-field -----------------------------------------------------------
    pytest.param(
        MRF,
        CLAIMS,
        entry(
            """
        author = {Smith, John}
        title = {Peer support and hope}
        year = {2001}
        """,
            "article",
        ),
        [(1, 1, MRF, "@article 'smith2001x' lacks required field 'journal'")],
        id="mrf-article-journal",
    ),
    pytest.param(
        MRF,
        CLAIMS,
        entry(
            """
        title = {Peer support and recovery}
        year = {2002}
        """,
            "book",
        ),
        [
            (1, 1, MRF, "@book 'smith2001x' lacks required field 'author' or 'editor'"),
            (1, 1, MRF, "lacks required field 'publisher'"),
        ],
        id="mrf-book-author-or-editor-and-publisher",
    ),
    pytest.param(
        MRF,
        CLAIMS,
        entry(
            """
        author = {{NASMHPD}}
        title = {Peer support report}
        year = {2006}
        """,
            "techreport",
        ),
        [(1, 1, MRF, "@techreport 'smith2001x' lacks required field 'institution'")],
        id="mrf-techreport-institution",
    ),
    pytest.param(
        MRF,
        CLAIMS,
        entry(
            """
        author = {}
        title = {T}
        journal = {J}
        year = {2001}
        """,
            "article",
        ),
        [(1, 1, MRF, "lacks required field 'author'")],
        id="mrf-empty-field",
    ),
    pytest.param(MRF, CLAIMS, BIB, [], id="mrf-pass-article-and-book-with-editor"),
    pytest.param(MRF, CLAIMS, "    @misc{smith2001x}\n", [], id="mrf-pass-misc-needs-nothing"),
    pytest.param(
        MRF,
        CLAIMS,
        entry(
            """
        author = {Smith, John}
        title = {T}
        year = {2001}
        """,
            "newtype",
        ),
        [],
        id="mrf-pass-unknown-type",
    ),
    # --- malformed-field ------------------------------------------------------------------
    pytest.param(
        MF,
        CLAIMS,
        entry("""
        year = {20012}
        pages = {229--215}
        doi = {https://doi.org/10.1176/ps.62.5.541}
        pmid = {PMID 21532082}
        month = {Janu}
        volume = {11(2)}
        number = {no. 2}
        n = {0}
        """),
        [
            (2, 3, MF, "year '20012' of 'smith2001x': expected a four-digit year", None),
            (3, 3, MF, "pages '229--215' of 'smith2001x': the range runs backwards", None),
            (
                4,
                3,
                MF,
                "write the DOI bare, without a URL or 'doi:' prefix",
                "doi = {10.1176/ps.62.5.541}",
            ),
            (5, 3, MF, "pmid 'PMID 21532082' of 'smith2001x': expected digits only", None),
            (6, 3, MF, "month 'Janu' of 'smith2001x': expected a month such as jan or 1", None),
            (7, 3, MF, "volume '11(2)' of 'smith2001x': only the volume itself", None),
            (8, 3, MF, "number 'no. 2' of 'smith2001x': only the number itself", None),
            (9, 3, MF, "n '0' of 'smith2001x': expected a positive whole number", None),
        ],
        id="malformed-every-field",
    ),
    pytest.param(
        MF,
        CLAIMS,
        entry("doi = {doi: 10.1176/ps.62.5.541}"),
        [(2, 3, MF, "without a URL or 'doi:' prefix", "doi = {10.1176/ps.62.5.541}")],
        id="malformed-doi-prefix",
    ),
    pytest.param(
        MF,
        CLAIMS,
        entry("""
        year = {2006b}
        pages = {1179-84}
        month = {September}
        volume = {11}
        number = {2}
        n = {74}
        pmid = {123456}
        doi = {10.1037/0003-066X.59.1.1}
        """),
        [],
        id="malformed-pass-abbreviated-range-and-suffixed-year",
    ),
    pytest.param(
        MF,
        CLAIMS,
        entry("""
        pages = {e1234}
        month = {12}
        """),
        [],
        id="malformed-pass-eloc-page-and-numeric-month",
    ),
    *(
        pytest.param(
            MF, CLAIMS, entry(f"pages = {{{pages}}}"), [], id=f"malformed-pass-pages-{pages}"
        )
        for pages in (
            "CD004807",
            "aac4716",
            "431.e1--431.e12",
            "16:1--16:25",
            "4S-19S",
            "431--456, 791--823",
            "xii--xv",
        )
    ),
    pytest.param(
        MF,
        CLAIMS,
        entry("pages = {pp. 3--9}"),
        [
            (
                2,
                3,
                MF,
                "pages 'pp. 3--9' of 'smith2001x': expected a page, an article "
                "number or a range such as 215--229",
                None,
            )
        ],
        id="malformed-pages-prefix",
    ),
    pytest.param(
        MF,
        CLAIMS,
        entry("pages = {431--456, 823--791}"),
        [(2, 3, MF, "pages '431--456, 823--791' of 'smith2001x': the range runs backwards", None)],
        id="malformed-pages-second-range-backwards",
    ),
    pytest.param(MF, CLAIMS, BIB, [], id="malformed-pass"),
    # --- author-name-format ---------------------------------------------------------------
    pytest.param(
        ANF,
        CLAIMS,
        entry("author = {Smith, John and Jones, K. et al.}"),
        [(2, 3, ANF, "'et al.' in a name list; write 'and others'")],
        id="anf-et-al",
    ),
    pytest.param(
        ANF,
        CLAIMS,
        entry("author = {Smith, J., Jones, K., Brown, L.}"),
        [(2, 3, ANF, "'Smith, J., Jones, K., Brown, L.' looks like several names")],
        id="anf-commas-only",
    ),
    pytest.param(
        ANF,
        CLAIMS,
        entry("author = {Smith, John; Jones, Kate}"),
        [(2, 3, ANF, "names separated by ';' or '&'")],
        id="anf-semicolon",
    ),
    pytest.param(
        ANF,
        CLAIMS,
        entry("editor = {Smith, John & Jones, Kate}"),
        [(2, 3, ANF, "editor of 'smith2001x': names separated by ';' or '&'")],
        id="anf-ampersand-editor",
    ),
    pytest.param(
        ANF,
        CLAIMS,
        entry("author = {Smith, John and Jones others}"),
        [(2, 3, ANF, "'others' must stand alone")],
        id="anf-others-glued",
    ),
    pytest.param(
        ANF, CLAIMS, entry("author = {Smith, John and others}"), [], id="anf-pass-and-others"
    ),
    pytest.param(
        ANF,
        CLAIMS,
        entry("author = {{Smith, Jones; and Brown, et al. Partners}}"),
        [],
        id="anf-pass-braced-organisation",
    ),
    pytest.param(
        ANF,
        CLAIMS,
        entry("author = {Smith \\& Sons and van Os, Jim}"),
        [],
        id="anf-pass-escaped-ampersand",
    ),
    pytest.param(ANF, CLAIMS, BIB, [], id="anf-pass"),
    # --- unused-reference -----------------------------------------------------------------
    pytest.param(
        "unused-reference",
        CLAIMS,
        BIB
        + """\
    @article{kurtz1990self,
      author = {Kurtz, Linda},
      title = {Self-help},
      journal = {J},
      year = {1990}
    }
""",
        [(20, 1, "unused-reference", "no claim cites 'kurtz1990self'")],
        id="unused-reference",
    ),
    pytest.param(
        "unused-reference",
        "version: 1\nclaims: []\n",
        BIB,
        [
            (1, 1, "unused-reference", "no claim cites 'smith2001x'"),
            (14, 1, "unused-reference", "no claim cites 'jones2002y'"),
        ],
        id="unused-reference-no-claims",
    ),
    pytest.param(
        "unused-reference",
        CLAIMS.replace("- ref: jones2002y", "- ref: JONES2002Y"),
        BIB,
        [],
        id="unused-reference-pass-case-insensitive",
    ),
    pytest.param(
        "unused-reference",
        "version: 1\nclaims:\n\t- id: x\n",
        BIB,
        [],
        id="unused-reference-pass-when-claims-do-not-load",
    ),
]


@pytest.mark.parametrize(("rule", "claims", "bib", "expected"), CASES)
def test_rule(rule: str, claims: str, bib: str, expected: list[tuple]) -> None:
    """Each reference rule finds exactly the expected problems, and nothing in clean input."""
    check(rule, claims, bib, expected)


def test_base_corpus_is_clean() -> None:
    """The base corpus of these tests has no finding under any rule."""
    check("malformed-field", CLAIMS, BIB, [], select=None)


SUPPRESSED_BIB = """\
    % peerclaims: ignore[missing-required-field]
    @article{smith2001x,
      author = {Smith, John},
      title = {Peer support and hope},
      year = {20012},  % peerclaims: ignore[malformed-field]
      % peerclaims: ignore[malformed-field]
      pages = {229--215},
      pmid = {PMID 1}
    }
    @misc{jones2002y} % peerclaims: ignore[unused-reference]
    @misc{brown2003z}
"""


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        pytest.param("missing-required-field", [], id="own-line-before-entry"),
        pytest.param(
            "malformed-field",
            [(8, 3, MF, "pmid 'PMID 1'")],
            id="same-line-and-own-line-inside-entry",
        ),
        pytest.param(
            "unused-reference",
            [
                (2, 1, "unused-reference", "'smith2001x'"),
                (11, 1, "unused-reference", "'brown2003z'"),
            ],
            id="same-line-after-entry",
        ),
    ],
)
def test_ignore_comments(rule: str, expected: list[tuple]) -> None:
    """`% peerclaims: ignore[rule]` silences that rule on its line, or on the next when alone."""
    check(rule, "version: 1\nclaims: []\n", SUPPRESSED_BIB, expected)
