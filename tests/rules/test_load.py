"""Load rules: unreadable-input, yaml-syntax, schema, duplicate-yaml-key, bib-syntax, duplicate-bib-key."""

from __future__ import annotations

import textwrap

import pytest

from tests.helpers import check, found

BIB = """\
    @article{smith2001x,
      author = {Smith, John},
      title = {Peer support and hope},
      journal = {Psychiatric Services},
      year = {2001}
    }
    @article{jones2002y,
      author = {Jones, Kate},
      title = {Peer support and recovery},
      journal = {World Psychiatry},
      year = {2002}
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
"""

BOMB = """\
    version: 1
    a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
    i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
    claims: [*i]
"""

YAML_SYNTAX = "yaml-syntax"
SCHEMA = "schema"

CASES = [
    # --- unreadable-input -----------------------------------------------------------------
    pytest.param(
        "unreadable-input",
        "version: 1\x00\x00claims: []\n",
        BIB,
        [(0, 0, "unreadable-input", "binary file")],
        id="unreadable-binary",
    ),
    pytest.param("unreadable-input", CLAIMS, BIB, [], id="unreadable-pass"),
    # --- yaml-syntax ----------------------------------------------------------------------
    pytest.param(
        YAML_SYNTAX,
        """\
        version: 1
        claims:
        \t- id: increased-hope
        """,
        BIB,
        [(3, 1, YAML_SYNTAX, "must use spaces, not tabs")],
        id="yaml-tab",
    ),
    pytest.param(
        YAML_SYNTAX,
        """\
        version: 1
        claims:
          - id: "increased-hope
            statement: Peer support increases hope.
            population: mental-health
        """,
        BIB,
        [(3, 9, YAML_SYNTAX, "is a closing quote missing?")],
        id="yaml-unclosed-quote",
    ),
    pytest.param(
        YAML_SYNTAX,
        """\
        version: 1
        claims:
          - !!python/object:os.system
            id: increased-hope
        """,
        BIB,
        [(3, 5, YAML_SYNTAX, "tag:yaml.org,2002:python/object:os.system is not allowed")],
        id="yaml-python-tag",
    ),
    pytest.param(
        YAML_SYNTAX,
        """\
        version: 1
        claims:
          - id: !!python/name:os.system increased-hope
        """,
        BIB,
        [(3, 9, YAML_SYNTAX, "safe loading only")],
        id="yaml-python-tag-scalar",
    ),
    pytest.param(
        YAML_SYNTAX,
        BOMB,
        BIB,
        [(2, 8, YAML_SYNTAX, "expands too far through aliases")],
        id="yaml-alias-bomb",
    ),
    pytest.param(
        YAML_SYNTAX,
        """\
        version: 1
        base: &base {population: general, outcome: hope, direction: increase}
        claims:
          - id: increased-hope
            statement: Peer support increases hope.
            <<: *base
        """,
        BIB,
        [(6, 5, YAML_SYNTAX, "merge keys ('<<') are not supported")],
        id="yaml-merge-key",
    ),
    pytest.param(YAML_SYNTAX, CLAIMS, BIB, [], id="yaml-pass"),
    pytest.param(
        YAML_SYNTAX,
        """\
        version: 1
        claims:
          - id: increased-hope
            statement: "Peer support increases hope."
            population: mental-health
            outcome: hope
            direction: increase
            evidence: [{ref: smith2001x}, {ref: jones2002y}]
        """,
        BIB,
        [],
        id="yaml-pass-flow-and-quotes",
    ),
    # --- schema ---------------------------------------------------------------------------
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claims:
          - id: increased-hope
            population: mental-health
            outcome: hope
            direction: increase
        """,
        BIB,
        [(3, 5, SCHEMA, "claim 'increased-hope': missing required field 'statement'")],
        id="schema-missing-field",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claims:
          - id: increased-hope
            statment: Peer support increases hope.
            population: mental-health
            outcome: hope
            direction: increase
        """,
        BIB,
        [
            (3, 5, SCHEMA, "missing required field 'statement'"),
            (4, 5, SCHEMA, "unknown field 'statment'"),
        ],
        id="schema-unknown-field",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claims:
          - id: increased-hope
            statement: Peer support increases hope.
            population: mental-health
            outcome: hope
            direction: increase
            tags: hope
            effect:
              measure: hope scale
              n: many
        """,
        BIB,
        [
            (8, 11, SCHEMA, "field 'tags': Input should be a valid tuple"),
            (11, 10, SCHEMA, "field 'effect.n': Input should be a valid integer"),
        ],
        id="schema-wrong-type",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claims:
          - id: Increased Hope
            statement: Peer support increases hope.
            population: [mental-health]
            outcome: hope
            direction: increase
        """,
        BIB,
        [
            (3, 9, SCHEMA, "field 'id': String should match pattern"),
            (5, 17, SCHEMA, "(allowed: general, mental-health, substance-use"),
        ],
        id="schema-bad-id-and-list-for-vocabulary",
    ),
    pytest.param(
        SCHEMA,
        "- increased-hope\n- fewer-admissions\n",
        BIB,
        [(1, 1, SCHEMA, "claims file is a list; expected a mapping")],
        id="schema-file-list",
    ),
    pytest.param(
        SCHEMA,
        "Peer support increases hope.\n",
        BIB,
        [(1, 1, SCHEMA, "claims file is a string")],
        id="schema-file-string",
    ),
    pytest.param(SCHEMA, "", BIB, [(1, 1, SCHEMA, "claims file is empty")], id="schema-file-empty"),
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claim: []
        claims: []
        """,
        BIB,
        [(2, 1, SCHEMA, "unknown top-level key 'claim' (allowed: version, claims)")],
        id="schema-unknown-top-level-key",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: 2
        claims: []
        """,
        BIB,
        [(1, 10, SCHEMA, "unsupported schema version 2")],
        id="schema-wrong-version",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: "1"
        claims: []
        """,
        BIB,
        [(1, 10, SCHEMA, "version must be the number 1, not the string '1'")],
        id="schema-version-string",
    ),
    pytest.param(
        SCHEMA,
        """\
        claims: []
        """,
        BIB,
        [(1, 1, SCHEMA, "missing 'version: 1' at the top")],
        id="schema-no-version",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claims:
          increased-hope: {}
        """,
        BIB,
        [(3, 3, SCHEMA, "'claims' must be a list, not a mapping")],
        id="schema-claims-mapping",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claims:
        """,
        BIB,
        [(2, 8, SCHEMA, "'claims' must be a list, not null")],
        id="schema-claims-null",
    ),
    pytest.param(
        SCHEMA,
        """\
        version: 1
        claims:
          - Peer support increases hope.
          - 42
        """,
        BIB,
        [
            (3, 5, SCHEMA, "claim must be a mapping, not a string"),
            (4, 5, SCHEMA, "claim must be a mapping, not a number"),
        ],
        id="schema-claim-not-mapping",
    ),
    pytest.param(SCHEMA, CLAIMS, BIB, [], id="schema-pass"),
    pytest.param(SCHEMA, "version: 1\nclaims: []\n", BIB, [], id="schema-pass-no-claims"),
    # --- duplicate-yaml-key ---------------------------------------------------------------
    pytest.param(
        "duplicate-yaml-key",
        """\
        version: 1
        claims:
          - id: increased-hope
            statement: Peer support increases hope.
            population: mental-health
            outcome: hope
            direction: increase
            outcome: empowerment
            evidence: [{ref: smith2001x}, {ref: jones2002y}]
        """,
        BIB,
        [(8, 5, "duplicate-yaml-key", "key 'outcome' is repeated (first at line 6)")],
        id="duplicate-yaml-key",
    ),
    pytest.param(
        "duplicate-yaml-key",
        """\
        version: 1
        claims: []
        version: 1
        """,
        BIB,
        [(3, 1, "duplicate-yaml-key", "key 'version' is repeated (first at line 1)")],
        id="duplicate-yaml-key-top-level",
    ),
    pytest.param("duplicate-yaml-key", CLAIMS, BIB, [], id="duplicate-yaml-key-pass"),
    # --- bib-syntax -----------------------------------------------------------------------
    pytest.param(
        "bib-syntax",
        CLAIMS,
        """\
        @article{smith2001x,
          author = {Smith, John},
          title = {Unclosed,
          journal = {Psychiatric Services},
          year = {2001}
        }
        """,
        [(1, 1, "bib-syntax", "could not parse @article starting here")],
        id="bib-unclosed-brace",
    ),
    pytest.param(
        "bib-syntax",
        CLAIMS,
        BIB
        + """\
    @misc{,
      author = {Brown, Lee}
    }
    """,
        [(13, 1, "bib-syntax", "@misc entry has no key")],
        id="bib-entry-without-key",
    ),
    pytest.param(
        "bib-syntax",
        CLAIMS,
        """\
        @article{smith2001x,
          author = {Smith, John},
          title = {Peer support and hope},
          journal = {Psychiatric Services},
          year = {2001},
          year = {2002}
        }
        """,
        [(6, 1, "bib-syntax", "field 'year' is given twice in entry 'smith2001x'")],
        id="bib-duplicated-field",
    ),
    pytest.param("bib-syntax", CLAIMS, BIB, [], id="bib-syntax-pass"),
    # --- duplicate-bib-key ----------------------------------------------------------------
    pytest.param(
        "duplicate-bib-key",
        CLAIMS,
        BIB
        + """\
    @book{Smith2001x,
      author = {Smith, John},
      title = {Another book},
      publisher = {P},
      year = {2001}
    }
    """,
        [
            (
                13,
                1,
                "duplicate-bib-key",
                "key 'Smith2001x' is already used at line 1 (as 'smith2001x'",
            )
        ],
        id="duplicate-bib-key-case-insensitive",
    ),
    pytest.param(
        "duplicate-bib-key",
        CLAIMS,
        BIB
        + """\
    @book{smith2001y,
      author = {Smith, John},
      title = {Another book},
      publisher = {P},
      year = {2001}
    }
    """,
        [],
        id="duplicate-bib-key-pass",
    ),
]


@pytest.mark.parametrize(("rule", "claims", "bib", "expected"), CASES)
def test_rule(rule: str, claims: str, bib: str, expected: list[tuple]) -> None:
    """Each load rule finds exactly the expected problems, and nothing in clean input."""
    check(rule, claims, bib, expected)


def test_clean_corpus_has_no_finding_at_all() -> None:
    """The base corpus of these tests is clean under every rule."""
    assert found(textwrap.dedent(CLAIMS), textwrap.dedent(BIB)) == []


def test_alias_bomb_gives_one_finding_in_all() -> None:
    """An alias bomb gives a single finding across every rule, not a cascade of others."""
    assert found(textwrap.dedent(BOMB), textwrap.dedent(BIB)) == [(2, 8, YAML_SYNTAX)]
