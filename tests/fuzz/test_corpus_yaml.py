"""Fuzz the corpus YAML: claims.yaml mutated byte by byte, nested deep, full of anchors and
aliases, odd scalars and foreign encodings, loaded from files with `load_corpus` and
validated; and `yamlpos.load_yaml` against PyYAML's own safe loader.

Properties: loading never raises (problems are diagnostics), every diagnostic is inside
its file, two loads agree, the bytes given directly load as the file does, and positions
point at the text they name.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

from peerclaims.corpus.load import corpus_from_bytes
from peerclaims.corpus.yamlpos import MAX_DEPTH, load_yaml
from peerclaims.diagnostics import Diagnostic
from peerclaims.runner import load_corpus, validate
from tests.corpus.test_load_properties import YAML_FRAGMENTS
from tests.fuzz.conftest import (
    FIXTURES,
    assert_inside,
    fuzz,
    keyed,
    lines_of,
    mutations,
    time_limit,
)

CLAIMS = (FIXTURES / "corpus" / "claims.yaml").read_bytes()
REFERENCES = (FIXTURES / "corpus" / "references.bib").read_bytes()
CLAIM_LINES = CLAIMS.decode("utf-8").split("\n")

# Values that YAML 1.1 resolves to something other than the string they look like, or that
# stretch a constructor: non-finite and huge numbers, sexagesimals, dates, binary, tags.
ODD_SCALARS = [
    ".nan",
    ".NaN",
    ".inf",
    "-.Inf",
    "+.inf",
    "1e400",
    "-1e400",
    "0x_1F",
    "0b1010",
    "0o777",
    "017",
    "1_000_000",
    "190:20:30",
    "-0",
    "0.",
    ".5",
    "1e",
    "9" * 400,
    "-" + "9" * 5000,
    "2001-02-30",
    "2001-12-14t21:59:43.10-05:00",
    "2001-13-45",
    "~",
    "null",
    "Null",
    "NULL",
    "y",
    "yes",
    "Off",
    "on",
    "no",
    "true",
    "False",
    "=",
    "<<",
    "!!binary aGk=",
    "!!binary *",
    "!!float 1",
    "!!float x",
    "!!int x",
    "!!int 0x",
    "!!str",
    "!!bool true",
    "!!null x",
    "!!timestamp 2001-01-01",
    "!!set {a}",
    "!!omap [a: 1]",
    "!!pairs [a: 1]",
    "!!python/name:os.system",
    "!!python/object/apply:os.system [echo]",
    "!custom x",
    "!<tag:x,2000:y> z",
    '"\\ud800"',
    '"\\x00"',
    '"\\U0010FFFF"',
    '"\\N\\_\\L\\P"',
    "'it''s'",
    "|\n  block",
    ">-\n  folded",
    "[]",
    "{}",
    "[a, [b, {c: d}]]",
    "{a: 1, a: 2}",
    "&x 1",
    "*x",
    "? a",
    "- a",
    "%",
    "@",
    "`",
    "\t",
    "'",
    '"',
    "é",
    "\u2028",
    "\x85",
    "\ufeff",
]

FRAGMENT_BYTES = [f.encode("utf-8") for f in YAML_FRAGMENTS] + [
    b"&a",
    b"*a",
    b"*undefined",
    b"<<: *a",
    b"!!binary",
    b".nan",
    b"\t",
    b"\xff",
    b"\xc3",
    b"\xe2\x80\xa8",
    b"\r",
    b"\r\n",
    b"\x00",
    b"\xef\xbb\xbf",
    b": ",
    b"- ",
    b"[" * 80,
]


def load(workdir: Path, claims: bytes, references: bytes = REFERENCES) -> list[Diagnostic]:
    """Load and validate a corpus from files; check what must hold for any input.

    Returns what `validate` reports (the load diagnostics among them, as the CLI shows).
    """
    cpath, rpath = workdir / "claims.yaml", workdir / "references.bib"
    cpath.write_bytes(claims)
    rpath.write_bytes(references)
    with time_limit("loading the corpus"):
        first = load_corpus(cpath, rpath)
        diagnostics = validate(first.corpus)
    assert set(first.diagnostics) <= set(diagnostics)
    assert_inside(diagnostics, {str(cpath): lines_of(claims), str(rpath): lines_of(references)})
    again = load_corpus(cpath, rpath)
    assert keyed(validate(again.corpus)) == keyed(diagnostics)
    given_bytes = corpus_from_bytes(claims, references, cpath, rpath)
    assert given_bytes.load_findings == first.corpus.load_findings
    assert given_bytes.claims == first.corpus.claims
    return diagnostics


@fuzz()
@given(claims=mutations(CLAIMS, FRAGMENT_BYTES))
def test_mutated_claims_load_and_validate(workdir: Path, claims: bytes) -> None:
    """Byte flips, cuts, inserted YAML syntax, repeated spans: never an exception."""
    load(workdir, claims)


@fuzz()
@given(references=mutations(REFERENCES, [b"@", b"{", b"}", b"%", b"\\", b'"', b"\xff"]))
def test_mutated_references_load_and_validate(workdir: Path, references: bytes) -> None:
    """The same for references.bib beside a valid claims.yaml."""
    load(workdir, CLAIMS, references)


def _nested(style: str, depth: int) -> str:
    if style == "flow-list":
        return "[" * depth + "x" + "]" * depth
    if style == "flow-map":
        return "{a: " * depth + "x" + "}" * depth
    if style == "unclosed":
        return "[{" * depth
    indent = "\n" + " " * 8
    out = ""
    for level in range(depth):  # block style: the indentation grows with depth
        out += indent + "  " * level + ("- " if style == "block-list" else f"k{level}:")
    return out + " x"


@fuzz()
@given(
    style=st.sampled_from(["flow-list", "flow-map", "unclosed", "block-list", "block-map"]),
    depth=st.integers(1, 400)
    | st.sampled_from([MAX_DEPTH - 2, MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, 3000, 20_000]),
    field=st.sampled_from(["tags", "effect", "evidence", "statement"]),
)
def test_deep_nesting_is_refused_or_loaded(
    workdir: Path, style: str, depth: int, field: str
) -> None:
    """A deeply nested value in a claim (flow or block, closed or not) loads or is one
    `yaml-syntax` finding; past MAX_DEPTH it is refused."""
    if style.startswith("block"):
        depth = min(depth, 400)  # the indentation alone is quadratic in the depth
    text = CLAIMS.decode("utf-8").replace(
        f"    {field}:", f"    {field}: {_nested(style, depth)}\n    old_{field}:", 1
    )
    diagnostics = load(workdir, text.encode("utf-8"))
    if depth > MAX_DEPTH + 2:
        assert any(d.name == "yaml-syntax" for d in diagnostics), diagnostics


@st.composite
def aliased(draw: st.DrawFn) -> str:
    """A claims file whose tags expand through anchors and aliases (a "billion laughs"
    when deep enough), with aliases used as keys, undefined, redefined or recursive."""
    levels = draw(st.integers(1, 12))
    fan = draw(st.integers(1, 10))
    head = ["version: 1", "x0: &a0 [lol]"]
    head += [f"x{i}: &a{i} [{', '.join([f'*a{i - 1}'] * fan)}]" for i in range(1, levels)]
    extra = draw(
        st.lists(
            st.sampled_from(
                [
                    "r: &r [*r]",
                    "m: &m {k: *m}",
                    "u: *undefined",
                    "d: &a0 again",
                    "? *a0\n: v",
                    "<<: *a0",
                    "s: &s x\nt: {*s : y}",
                    "e: &e\nf: *e",
                    "a: &",
                    "b: *",
                ]
            ),
            max_size=3,
        )
    )
    use = draw(st.sampled_from(["tags", "statement", "evidence", "claims"]))
    body = CLAIMS.decode("utf-8").split("\n", 1)[1]
    if use == "claims":
        body = f"claims: *a{levels - 1}\n"
    else:
        body = body.replace(f"    {use}:", f"    {use}: *a{levels - 1}\n    old_{use}:", 1)
    return "\n".join([*head, *extra, body])


@fuzz()
@given(text=aliased())
def test_anchors_and_aliases_are_bounded(workdir: Path, text: str) -> None:
    """Aliases never expand past the node budget, loop, or raise."""
    load(workdir, text.encode("utf-8"))


def _value_lines() -> list[int]:
    """Indices of the lines of the valid claims that hold `key: value`."""
    return [i for i, line in enumerate(CLAIM_LINES) if re.match(r"\s*(- )?\w+: \S", line)]


VALUE_LINES = _value_lines()


@fuzz()
@given(row=st.sampled_from(VALUE_LINES), scalar=st.sampled_from(ODD_SCALARS) | st.text(max_size=8))
def test_odd_scalars_in_any_field(workdir: Path, row: int, scalar: str) -> None:
    """Any field of a valid claim set to an odd scalar (NaN, inf, huge ints, dates, tags,
    escapes, block scalars): loads, validates, positions inside; NaN/inf never pass."""
    lines = list(CLAIM_LINES)
    key = lines[row].split(":", 1)[0]
    lines[row] = f"{key}: {scalar}"
    diagnostics = load(workdir, "\n".join(lines).encode("utf-8", errors="replace"))
    if key.strip() in (
        "intervention",
        "comparison",
        "relative_change",
        "intervention_sd",
        "comparison_sd",
    ) and scalar.lower().lstrip("+-") in (".nan", ".inf"):
        assert any(d.severity == "error" for d in diagnostics), diagnostics


@pytest.mark.parametrize(
    "scalar",
    [
        "!!bool maybe",
        "!!bool ''",
        "!!timestamp nope",
        "!!timestamp 2001-1-1x",
        "!!int ''",
        "!!int _",
        "!!int +",
        "!!float ''",
        "!!float _",
    ],
)
def test_a_value_that_does_not_fit_its_tag_is_a_finding(workdir: Path, scalar: str) -> None:
    """`note: !!bool maybe` in claims.yaml is a `yaml-syntax` finding at the value."""
    text = f"version: 1\nclaims: []\nnote: {scalar}\n".encode()
    found = [d for d in load(workdir, text) if d.name == "yaml-syntax"]
    assert [(d.line, d.column) for d in found] == [(3, 7)], found


WORD = st.from_regex(r"[a-z]{3,10}(-[a-z]{2,8})?", fullmatch=True)


@fuzz()
@given(
    field=st.sampled_from(["population", "outcome", "direction"]),
    claim=st.integers(0, 2),
    word=WORD,
    quoted=st.booleans(),
    before=st.sampled_from(["", "  # a comment", " "]),
)
def test_unknown_vocabulary_is_reported_at_the_value(
    workdir: Path, field: str, claim: int, word: str, quoted: bool, before: str
) -> None:
    """A vocabulary field set to an unknown word is reported at that word."""
    from peerclaims.corpus.vocab import VOCABULARIES

    assume(word not in {v for values in VOCABULARIES.values() for v in values})
    rows = [i for i, line in enumerate(CLAIM_LINES) if line.startswith(f"    {field}:")]
    row = rows[claim]
    written = f"'{word}'" if quoted else word
    lines = list(CLAIM_LINES)
    lines[row] = f"    {field}: {written}{before}"
    text = "\n".join(lines)
    found = [d for d in load(workdir, text.encode()) if d.name == "unknown-vocabulary-value"]
    assert [(d.line, d.column) for d in found] == [(row + 1, len(f"    {field}: ") + 1)], found


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\u2028" * 3])
def test_line_separators_in_a_value_do_not_shift_positions(workdir: Path, separator: str) -> None:
    """A statement holding LINE SEPARATOR (as pasted text does): the file loads (the
    character is text, as in YAML 1.2, not a line break that breaks the plain scalar), the
    statement keeps it, and the unknown word below it is reported on its own line."""
    lines = list(CLAIM_LINES)
    statement = next(i for i, line in enumerate(lines) if "statement:" in line)
    lines[statement] = lines[statement].replace(" reduced", " reduced" + separator)
    row = next(i for i, line in enumerate(lines) if line.startswith("    population:"))
    lines[row] = "    population: nobody"
    diagnostics = load(workdir, "\n".join(lines).encode())
    found = [d for d in diagnostics if d.name == "unknown-vocabulary-value"]
    assert [(d.line, d.column) for d in found] == [(row + 1, 17)], found
    assert not [d for d in diagnostics if d.name == "yaml-syntax"]
    corpus = load_corpus(workdir / "claims.yaml", workdir / "references.bib").corpus
    assert any(" reduced" + separator in c.statement for c in corpus.claims)


@pytest.mark.parametrize(
    "text", ["a: [b", "a: {b", "version: 1\nclaims: [", "claims:\n  - id: x\n    s"]
)
def test_an_error_at_the_end_of_a_file_is_on_its_last_line(workdir: Path, text: str) -> None:
    """A claims.yaml cut short with no final newline: the syntax error is on a line it has
    (libyaml finds it at the line break it adds to end the stream, the line after the last)."""
    cpath = workdir / "claims.yaml"
    cpath.write_text(text, encoding="utf-8")
    found = load_corpus(cpath, FIXTURES / "corpus" / "references.bib").diagnostics
    assert [d.name for d in found] == ["yaml-syntax"]
    assert_inside(found, {str(cpath): lines_of(text)})


ENCODINGS = [
    "latin-1",
    "cp1252",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "shift_jis",
    "utf-8-sig",
]


@fuzz()
@given(
    encoding=st.sampled_from(ENCODINGS),
    row=st.integers(0, len(CLAIM_LINES) - 2),
    word=st.sampled_from(["Bicêtre", "naïve", "Müller", "½", "–", "“quoted”", "日本"]),
    ending=st.sampled_from(["\n", "\r\n"]),
)
def test_foreign_encodings_are_one_diagnostic(
    workdir: Path, encoding: str, row: int, word: str, ending: str
) -> None:
    """claims.yaml saved in another encoding: one `unreadable-input`, at the line that
    holds the first byte that is not UTF-8 when there is one; never an exception."""
    lines = list(CLAIM_LINES)
    lines[row] += " # " + word
    text = ending.join(lines)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        assume(False)
    unreadable = [d for d in load(workdir, data) if d.name == "unreadable-input"]
    if encoding.startswith(("utf-16", "utf-32")):
        assert [(d.line, d.column) for d in unreadable] == [(0, 0)], unreadable
        return
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        assert [(d.line, d.column) for d in unreadable] == [
            (data.count(b"\n", 0, exc.start) + 1, 1)
        ], unreadable
    else:
        assert not unreadable, unreadable


# --- yamlpos.load_yaml against PyYAML ---------------------------------------------------------

KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_ -]{0,12}", fullmatch=True).map(str.strip).filter(bool)
# U+0085, U+2028, U+2029 included: positions must hold whatever a value holds.
SCALARS = (
    st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
    | st.integers()
    | st.booleans()
    | st.none()
    | st.floats(allow_nan=False, allow_infinity=False)
)
TREES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=30,
)


@fuzz()
@given(
    tree=st.dictionaries(KEYS, TREES, min_size=1, max_size=5),
    flow=st.sampled_from([None, True, False]),
    width=st.sampled_from([20, 80, 10_000]),
    indent=st.integers(2, 6),
    unicode=st.booleans(),
)
def test_load_yaml_agrees_with_pyyaml_and_positions_name_the_text(
    tree: dict[str, object], flow: bool | None, width: int, indent: int, unicode: bool
) -> None:
    """Any tree PyYAML dumps is built as PyYAML's safe loader builds it, with no findings;
    each key's position holds that key and each plain scalar's position holds its value."""
    text = yaml.safe_dump(
        tree,
        default_flow_style=flow,
        width=width,
        indent=indent,
        allow_unicode=unicode,
        sort_keys=False,
    )
    doc = load_yaml(text, "c.yaml")
    assert doc.findings == []
    if not re.search("[\x85\u2028\u2029]", text):
        assert _same(doc.data, yaml.safe_load(text))
    # else PyYAML may have written one raw in a quoted value (allow_unicode), as a line break
    # that it reads back folded; peerclaims reads it as text (YAML 1.2, docs/schema.md)
    lines = text.split("\n")
    for path, value in _leaves(tree):
        key, pos = path[-1], doc.keys.get(path) if isinstance(path[-1], str) else None
        if pos is not None:
            at = lines[pos.line - 1][pos.column - 1 :]
            assert at.lstrip("'\"").startswith(str(key)[:1]), (path, pos, at)
        if isinstance(value, str) and value and value.isalnum() and value.isascii():
            pos = doc.values[path]
            at = lines[pos.line - 1][pos.column - 1 :]
            assert at.lstrip("'\"").startswith(value[:1]), (path, pos, at)


def _leaves(
    node: object, path: tuple[str | int, ...] = ()
) -> list[tuple[tuple[str | int, ...], object]]:
    """(path, value) of every node below `node`, in document order."""
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node)
        if isinstance(node, list)
        else ()
    )
    out: list[tuple[tuple[str | int, ...], object]] = []
    for key, value in items:
        out.append(((*path, key), value))
        out += _leaves(value, (*path, key))
    return out


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same, a, b))
    return type(a) is type(b) and a == b


YAMLISH = st.lists(st.sampled_from(YAML_FRAGMENTS) | st.text(max_size=4), max_size=30).map(
    "\n".join
)


@fuzz()
@given(text=YAMLISH)
def test_load_yaml_never_raises_and_agrees_when_clean(text: str) -> None:
    """YAML-ish text: findings inside the text; without findings, the data is PyYAML's."""
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    doc = load_yaml(text, "c.yaml")
    lines = lines_of(text)
    for f in doc.findings:
        assert f.path == "c.yaml"
        assert 1 <= f.line <= len(lines), (f, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, (f, lines[f.line - 1])
    # PyYAML (YAML 1.1) breaks lines at U+0085, U+2028 and U+2029; peerclaims (as YAML 1.2)
    # does not, so the two agree only on text without them.
    if not doc.findings and not re.search("[\x85\u2028\u2029]", text):
        try:
            expected = yaml.load(text, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            return
        assert _same(doc.data, expected)
