"""Bad inputs from users: no traceback, a clear message naming the file, the documented exit code.

Exit codes (README): 0 clean, 1 findings at or above the fail level, 2 usage, configuration
or unreadable input. Results go to stdout, messages and the summary to stderr, and
`--format json` leaves only JSON on stdout. Most cases run in-process through Typer's
CliRunner; those about streams, encodings, terminals and the environment run a subprocess.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from peerclaims.cli import app

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
FIXTURE = REPO / "tests/fixtures/corpus"
TALK = REPO / "examples/talk.md"
CITED = "Peer support reduces readmissions (Sledge et al., 2011).\n"
WRONG_YEAR = "Peer support reduces readmissions (Bologna & Pulice, 2010).\n"
SUMMARY = re.compile(r"^(no problems|\d+ (error|warning|info)).* in \d+ files?$")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@dataclass
class Out:
    """What one run of the command line produced."""

    rc: int
    out: str
    err: str
    exc: BaseException | None = None

    def clean(self) -> Out:
        """Assert there was no traceback or uncaught exception; return self for chaining."""
        assert self.exc is None or isinstance(self.exc, SystemExit), repr(self.exc)
        both = self.out + self.err
        assert "Traceback" not in both, both[-2000:]
        return self

    def json(self) -> dict:
        """The JSON document on stdout (asserting stdout holds nothing else)."""
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in an empty directory, outside GitHub Actions, with colour settings unset."""
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)


def cli(*args: str | Path, stdin: str | bytes | None = None) -> Out:
    """Invoke the app in-process, stdout and stderr kept apart."""
    result = CliRunner().invoke(app, [str(a) for a in args], input=stdin)
    return Out(result.exit_code, result.stdout, result.stderr, result.exception)


def proc(
    *args: str | Path,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stdin: bytes = b"",
    timeout: float = 60,
    **kwargs: object,
) -> Out:
    """Run `python -m peerclaims` in a subprocess with the tree's code and a private cache."""
    full_env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GITHUB_ACTIONS", "NO_COLOR", "FORCE_COLOR", "COLUMNS")
    }
    full_env.update(PYTHONPATH=str(SRC), PYTHONIOENCODING="utf-8")
    full_env.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "peerclaims", *map(str, args)],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=timeout,
        check=False,
        **kwargs,
    )
    return Out(
        done.returncode,
        done.stdout.decode("utf-8", "replace"),
        done.stderr.decode("utf-8", "replace"),
    )


def corpus(tmp_path: Path, claims: str | None = None, bib: str | None = None) -> list[str]:
    """`--claims`/`--references` for the fixture corpus with either file replaced by text."""
    cpath, rpath = FIXTURE / "claims.yaml", FIXTURE / "references.bib"
    if claims is not None:
        cpath = tmp_path / "claims.yaml"
        cpath.write_text(claims, encoding="utf-8")
    if bib is not None:
        rpath = tmp_path / "references.bib"
        rpath.write_text(bib, encoding="utf-8")
    return ["--claims", str(cpath), "--references", str(rpath)]


def fixture_bib() -> str:
    return (FIXTURE / "references.bib").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- documents


def _zip(members: dict[str, str]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _docx_bytes() -> bytes:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph(CITED.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


DOCUMENTS: list[tuple[str, str, Callable[[], bytes] | None, int, str]] = [
    # (case id, file name, content (None: do not create), exit code, stderr must contain)
    ("missing", "missing.md", None, 2, "no such file"),
    ("empty", "empty.md", lambda: b"", 0, "no problems in 1 file"),
    ("whitespace", "ws.md", lambda: b"  \n\t\n   \n", 0, "no problems in 1 file"),
    ("binary", "bin.md", lambda: bytes(range(256)) * 8, 2, "binary"),
    ("nul-bytes", "nul.md", lambda: b"hello\x00world\n" + CITED.encode(), 2, "binary"),
    ("utf16-bom", "u16.md", lambda: CITED.encode("utf-16"), 2, "UTF-16"),
    ("utf16le-no-bom", "u16le.md", lambda: CITED.encode("utf-16-le"), 2, "UTF-16"),
    ("utf16be-no-bom", "u16be.md", lambda: CITED.encode("utf-16-be"), 2, "UTF-16"),
    ("latin1", "latin1.md", lambda: "Café (Müller, 2010)\n".encode("latin-1"), 2, "not UTF-8"),
    ("utf8-bom", "bom.md", lambda: b"\xef\xbb\xbf" + CITED.encode(), 0, "no problems"),
    (
        "long-line",
        "long.md",
        lambda: ("word (Sledge et al., 2011) " * 20000).encode(),
        0,
        "in 1 file",
    ),
    (
        "code-only",
        "code.md",
        lambda: b"```\n(Sledge et al., 2010)\n```\n\n    (Sledge, 2010)\n",
        0,
        "no problems",
    ),
    ("unsupported-suffix", "notes.rtf", lambda: CITED.encode(), 2, "unsupported file type"),
    ("random-pptx", "deck.pptx", lambda: os.urandom(4000), 2, "not a valid .pptx"),
    ("zip-not-office-pptx", "zip.pptx", lambda: _zip({"hello.txt": "hi"}), 2, "not a valid .pptx"),
    ("empty-docx", "empty.docx", lambda: b"", 2, "not a valid .docx"),
    ("docx-renamed-pptx", "word.pptx", _docx_bytes, 2, "not a valid .pptx"),
    ("random-pdf", "paper.pdf", lambda: os.urandom(4000), 2, "not a valid PDF"),
    ("encrypted-pdf", "locked.pdf", _encrypted_pdf, 2, "encrypted"),
]


@pytest.mark.parametrize(
    ("name", "content", "rc", "message"),
    [pytest.param(*case[1:], id=case[0]) for case in DOCUMENTS],
)
def test_check_document_inputs(
    tmp_path: Path, name: str, content: Callable[[], bytes] | None, rc: int, message: str
) -> None:
    """`check FILE -f json` on a bad or odd document: right exit code, JSON stdout, file named on
    stderr; a missing file is named once, on stderr only (a usage error, not a finding)."""
    if content is not None:
        (tmp_path / name).write_bytes(content())
    result = cli("check", name, "-f", "json").clean()
    assert result.rc == rc, result.err
    assert message in result.err
    if content is None:
        assert result.out == "" and result.err.count(name) == 1
        return
    doc = result.json()
    if rc == 2:
        assert name in result.err
        assert [d["name"] for d in doc["diagnostics"]] == ["unreadable-input"]


@pytest.mark.parametrize("name", ["missing.md", "bin.md", "u16.md"])
def test_cites_unreadable_json(tmp_path: Path, name: str) -> None:
    """`cites -f json` on an unreadable file exits 2 with JSON on stdout and the file named on
    stderr; a missing file is named once, on stderr only."""
    if name != "missing.md":
        (tmp_path / name).write_bytes(
            b"\x00\x01\x02" if name == "bin.md" else CITED.encode("utf-16")
        )
    result = cli("cites", name, "-f", "json").clean()
    assert result.rc == 2
    assert name in result.err
    if name == "missing.md":
        assert result.out == "" and result.err.count(name) == 1
    else:
        assert result.json()["citations"] == []


def test_check_directory_named_like_a_document(tmp_path: Path) -> None:
    """An empty directory called `x.md` is walked, not read, and 'no documents' exits 2."""
    (tmp_path / "x.md").mkdir()
    result = cli("check", "x.md").clean()
    assert result.rc == 2
    assert "no documents" in result.err


def test_check_symlink_loop_terminates(tmp_path: Path) -> None:
    """A directory containing a symlink to itself is walked once, without hanging."""
    folder = tmp_path / "loop"
    folder.mkdir()
    (folder / "a.md").write_text(CITED, encoding="utf-8")
    (folder / "self").symlink_to(folder, target_is_directory=True)
    (folder / "dangling").symlink_to(tmp_path / "nowhere")
    result = proc("check", "loop", "-f", "json", cwd=tmp_path, timeout=30).clean()
    assert result.rc == 0, result.err
    assert result.json()["summary"]["files"] == 1


def test_check_many_citations(tmp_path: Path) -> None:
    """A file with 5,000 citations is checked: one warning each, JSON on stdout."""
    lines = (f"Peer support helps (Smith, {1900 + i % 120}).\n" for i in range(5000))
    (tmp_path / "many.md").write_text("".join(lines), encoding="utf-8")
    result = cli("check", "many.md", "-f", "json").clean()
    assert result.rc == 0
    assert result.json()["summary"]["warning"] >= 5000


def test_check_huge_markdown_table(tmp_path: Path) -> None:
    """A 3,000-row Markdown table is read cell by cell without error."""
    rows = "".join(f"| r{i} (Davidson et al., 2012) | x |\n" for i in range(3000))
    (tmp_path / "table.md").write_text("| a | b |\n|---|---|\n" + rows, encoding="utf-8")
    result = cli("check", "table.md", "-f", "json").clean()
    assert result.rc in (0, 1)
    assert result.json()["summary"]["files"] == 1


@pytest.mark.parametrize(
    ("stdin", "flags", "rc", "expect"),
    [
        pytest.param(b"", [], 0, "no problems in 1 file", id="empty"),
        pytest.param(
            b"# T\n```\n(Sledge et al., 2010)\n```\n" + WRONG_YEAR.encode(),
            ["--stdin-format", "markdown"],
            1,
            "1 error",
            id="markdown-code-skipped",
        ),
        pytest.param(CITED.encode("utf-16"), [], 2, "<stdin>", id="utf16"),
    ],
)
def test_check_stdin(stdin: bytes, flags: list[str], rc: int, expect: str) -> None:
    """`check -` reads standard input; empty is clean, code blocks are skipped, UTF-16 is refused."""
    result = proc("check", "-", "-f", "json", *flags, stdin=stdin).clean()
    assert result.rc == rc, result.err
    assert expect in result.err
    result.json()


# --------------------------------------------------------------------------- messages that mislead


def test_unreadable_location_keeps_line(tmp_path: Path) -> None:
    """A not-UTF-8 file's diagnostic carries the line in its location, not the path again in its message."""
    (tmp_path / "latin1.md").write_bytes(b"ok line\nCaf\xe9\n")
    result = cli("check", "latin1.md", "-f", "json").clean()
    (diag,) = result.json()["diagnostics"]
    assert diag["line"] == 2
    assert not diag["message"].startswith("latin1.md")
    plain = cli("check", "latin1.md", "-f", "plain").clean()
    assert plain.out.count("latin1.md") == 1, plain.out


def test_unreadable_corpus_message_names_file_once(tmp_path: Path) -> None:
    """A not-UTF-8 claims file is named once in the message of every corpus command."""
    (tmp_path / "claims.yaml").write_bytes(b"version: 1\nclaims: []\n# caf\xe9\n")
    result = cli(
        "search", "peer", "--claims", "claims.yaml", "--references", FIXTURE / "references.bib"
    ).clean()
    assert result.rc == 2
    assert result.err.count("claims.yaml") == 1, result.err


@pytest.mark.parametrize(
    ("name", "content"),
    [
        pytest.param("word.pptx", _docx_bytes, id="docx-renamed-pptx"),
        pytest.param("zip.pptx", lambda: _zip({"hello.txt": "hi"}), id="zip-not-pptx"),
        pytest.param("zip.docx", lambda: _zip({"hello.txt": "hi"}), id="zip-not-docx"),
    ],
)
def test_office_errors_hide_python_internals(
    tmp_path: Path, name: str, content: Callable[[], bytes]
) -> None:
    """A broken Office file is explained in words, without object reprs or exception class names."""
    (tmp_path / name).write_bytes(content())
    result = cli("check", name).clean()
    assert result.rc == 2
    for internal in ("object at 0x", "BytesIO", "KeyError", "ValueError"):
        assert internal not in result.err, result.err


def test_pdf_library_warnings_stay_quiet(tmp_path: Path) -> None:
    """Every stderr line for a broken PDF is a peerclaims message or the summary, not pypdf's log."""
    (tmp_path / "paper.pdf").write_bytes(b"%PDF-1.4\n garbage")
    result = proc("check", "paper.pdf", cwd=tmp_path).clean()
    assert result.rc == 2
    stray = [
        line
        for line in result.err.splitlines()
        if line and not line.startswith("peerclaims:") and not SUMMARY.match(line)
    ]
    assert stray == []


def test_schema_version_as_string_is_explained(tmp_path: Path) -> None:
    """`version: '1'` is reported as a string where a number is expected, not as an unsupported version 1."""
    result = cli(
        "validate", *corpus(tmp_path, claims="version: '1'\nclaims: []\n"), "-f", "plain"
    ).clean()
    assert result.rc == 1
    assert "reads version 1" not in result.out or "number" in result.out, result.out


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["show", "qqqqqqqqqqqq"], id="show"),
        pytest.param(["study", "qqqqqqqqqqqq"], id="study"),
        pytest.param(["impact", "qqqqqqqqqqqq"], id="impact"),
        pytest.param(["search", "--ref", "qqqqqqqqqqqq"], id="search-ref"),
    ],
)
def test_unknown_id_without_lookalikes(args: list[str]) -> None:
    """An unknown id with no similar id exits 2 without unrelated 'did you mean' suggestions."""
    result = cli(*args).clean()
    assert result.rc == 2
    assert "qqqqqqqqqqqq" in result.err
    assert "did you mean" not in result.err, result.err


def test_impact_repeated_key_counted_once() -> None:
    """The same key given twice (in any case) is withdrawn once."""
    result = cli(
        "impact", "SLEDGE2011effectiveness", "sledge2011effectiveness", "-f", "json"
    ).clean()
    assert result.rc == 0
    assert result.json()["withdrawn"] == ["sledge2011effectiveness"]


# --------------------------------------------------------------------------- malformed corpora

BOMB = (
    "version: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "claims: []\n"
)

YAML_CASES = [
    # (id, claims.yaml text, "line:col" expected in the output, phrase)
    ("tabs", "version: 1\nclaims:\n\t- id: x\n", "3:1", "tabs"),
    (
        "unclosed-quote",
        'version: 1\nclaims:\n  - id: "x\n    statement: y\n',
        "3:9",
        "closing quote",
    ),
    ("alias-bomb", BOMB, "", "aliases"),
    (
        "python-tag",
        'version: 1\nclaims: !!python/object/apply:os.system ["touch pwned"]\n',
        "2:9",
        "not allowed",
    ),
    ("top-level-list", "- a\n- b\n", "1:1", "is a list"),
    ("claims-number", "version: 1\nclaims: 5\n", "2:9", "must be a list"),
    ("claim-string", "version: 1\nclaims:\n  - just a string\n", "3:5", "must be a mapping"),
    ("deep-lists", "version: 1\nclaims: " + "[" * 10000 + "]" * 10000 + "\n", "2:", "nesting"),
    ("duplicate-keys", "version: 1\nclaims: []\nclaims: []\n", "3:1", "repeated"),
    ("empty", "", "1:1", "empty"),
]


@pytest.mark.parametrize(
    ("text", "where", "phrase"), [pytest.param(*case[1:], id=case[0]) for case in YAML_CASES]
)
def test_validate_malformed_yaml(tmp_path: Path, text: str, where: str, phrase: str) -> None:
    """`validate` on a malformed claims.yaml exits 1 with `file:line:col` and a helpful phrase."""
    result = cli("validate", *corpus(tmp_path, claims=text), "-f", "plain").clean()
    assert result.rc == 1, result.out + result.err
    assert f"claims.yaml:{where}" in result.out
    assert phrase in result.out
    assert not (tmp_path / "pwned").exists()


CORPUS_COMMANDS = [
    # (id, arguments, exit code, stdout is JSON)
    ("check", ["check", "doc.md", "-f", "json"], 0, True),
    ("search", ["search", "peer", "-f", "json"], 0, True),
    ("show", ["show", "increased-hope", "-f", "json"], 2, False),
    ("study", ["study", "sledge2011effectiveness", "-f", "json"], 0, True),
    ("impact", ["impact", "sledge2011effectiveness", "-f", "json"], 0, True),
    ("report", ["report", "-f", "json"], 0, True),
    ("cite", ["cite", "sledge2011effectiveness", "-f", "json"], 0, True),
]


@pytest.mark.parametrize(
    "claims",
    [
        pytest.param(YAML_CASES[0][1], id="tabs"),
        pytest.param(YAML_CASES[3][1], id="python-tag"),
        pytest.param(BOMB, id="alias-bomb"),
    ],
)
@pytest.mark.parametrize(
    ("args", "rc", "is_json"), [pytest.param(*case[1:], id=case[0]) for case in CORPUS_COMMANDS]
)
def test_commands_on_malformed_corpus(
    tmp_path: Path, claims: str, args: list[str], rc: int, is_json: bool
) -> None:
    """Every corpus command runs on what loaded, says so on stderr, and keeps stdout pure JSON."""
    (tmp_path / "doc.md").write_text(CITED, encoding="utf-8")
    result = cli(*args, *corpus(tmp_path, claims=claims)).clean()
    assert result.rc == rc, result.err
    assert "validation error" in result.err
    if is_json:
        result.json()
    assert not (tmp_path / "pwned").exists()


BIB_CASES = [
    # (id, text appended to the fixture references.bib, exit code, phrase in stdout+stderr)
    (
        "unclosed-brace",
        "\n@article{broken2020,\n  author = {Smith, J.},\n  title = {Open\n",
        1,
        "could not parse @article",
    ),
    (
        "entry-without-key",
        "\n@article{\n  author = {Smith, J.},\n  title = {T},\n  year = {2020}\n}\n",
        1,
        "could not parse @article",
    ),
    (
        "duplicate-field",
        "\n@article{dup2020,\n  author = {Smith, J.},\n  title = {T},\n"
        "  journal = {J},\n  year = {2020},\n  year = {2021}\n}\n",
        1,
        "given twice",
    ),
    (
        "string-macro",
        "\n@string{ps = {Psychiatric Services}}\n@article{m2020,\n  author = {M, J.},\n"
        "  title = {T},\n  journal = ps,\n  year = {2020}\n}\n",
        0,
        "in 2 files",
    ),
    ("comment", "\n@comment{ an aside }\n", 0, "in 2 files"),
    (
        "many-entries",
        "".join(
            f"@article{{k{i},\n  author = {{A{i}, B.}},\n  title = {{T}},\n"
            f"  journal = {{J}},\n  year = {{2000}}\n}}\n"
            for i in range(5000)
        ),
        0,
        "in 2 files",
    ),
]


@pytest.mark.parametrize(
    ("extra", "rc", "phrase"), [pytest.param(*case[1:], id=case[0]) for case in BIB_CASES]
)
def test_validate_malformed_bib(tmp_path: Path, extra: str, rc: int, phrase: str) -> None:
    """`validate` on an odd references.bib reports it at its line (or accepts valid BibTeX)."""
    result = cli("validate", *corpus(tmp_path, bib=fixture_bib() + extra), "-f", "plain").clean()
    assert result.rc == rc, result.out
    assert phrase in result.out + result.err


def test_validate_bib_not_utf8(tmp_path: Path) -> None:
    """A Latin-1 references.bib exits 2 naming the file and the line."""
    path = tmp_path / "references.bib"
    path.write_bytes((fixture_bib() + "\n@misc{m, title={Müller}}\n").encode("latin-1"))
    result = cli("validate", "--claims", FIXTURE / "claims.yaml", "--references", path).clean()
    assert result.rc == 2
    assert re.search(r"references\.bib:\d+: not UTF-8", result.err)


def test_bib_crossref_supplies_fields(tmp_path: Path) -> None:
    """A field inherited through `crossref` is not reported as missing."""
    extra = (
        "\n@inproceedings{child2020,\n  author = {Smith, J.},\n  title = {T},\n"
        "  crossref = {parent2020}\n}\n@proceedings{parent2020,\n  title = {Proc},\n"
        "  booktitle = {Proc},\n  year = {2020}\n}\n"
    )
    result = cli("validate", *corpus(tmp_path, bib=fixture_bib() + extra), "-f", "plain").clean()
    assert "lacks required field 'year'" not in result.out, result.out


# --------------------------------------------------------------------------- options


OPTION_CASES = [
    # (id, arguments, stderr must contain)
    ("format-bogus", ["check", str(TALK), "-f", "bogus"], "bogus"),
    ("fail-level-bogus", ["check", str(TALK), "--fail-level", "bogus"], "bogus"),
    ("select-nonsense", ["validate", "--select", "nonsense"], "nonsense"),
    ("limit-zero", ["search", "peer", "--limit", "0"], "--limit"),
    ("year-reversed", ["search", "--year", "2012..2005"], "2012..2005"),
    ("year-abc", ["search", "--year", "abc"], "abc"),
    ("population-xyz", ["search", "--population", "xyz"], "mental-health"),
    ("kind-bogus", ["search", "--kind", "bogus"], "claim, work"),
    ("empty-query", ["search", ""], "empty query"),
    ("show-unknown", ["show", "no-such-claim"], "no-such-claim"),
    ("study-unknown", ["study", "nosuchkey"], "nosuchkey"),
    ("cite-unknown", ["cite", "nosuchkey"], "nosuchkey"),
    ("cite-claim-unknown", ["cite", "--claim", "no-such-claim"], "no-such-claim"),
    ("cite-nothing", ["cite"], "KEY"),
    ("impact-nothing", ["impact"], "KEYS"),
    ("impact-unknown", ["impact", "nosuchkey"], "nosuchkey"),
    ("config-missing", ["validate", "--config", "missing.toml"], "missing.toml"),
    ("references-missing", ["check", str(TALK), "--references", "nope.bib"], "nope.bib"),
    ("rules-format-bogus", ["rules", "-f", "bogus"], "'bogus' is not one of"),
    ("stdin-format-bogus", ["check", "-", "--stdin-format", "bogus"], "bogus"),
]


@pytest.mark.parametrize(
    ("args", "message"), [pytest.param(*case[1:], id=case[0]) for case in OPTION_CASES]
)
def test_bad_options_exit_2(args: list[str], message: str) -> None:
    """A bad option value, unknown id or missing argument exits 2 with a message naming it."""
    result = cli(*args).clean()
    assert result.rc == 2, result.out + result.err
    assert message in result.err
    assert result.out == ""


@pytest.mark.parametrize("query", ["*", "AND OR NOT", "((", '"', "NEAR(", "-", ":", "🙂"])
def test_search_punctuation_queries(query: str) -> None:
    """Punctuation and operator-only queries never reach FTS5 as syntax: JSON results or exit 2."""
    result = cli("search", query, "-f", "json").clean()
    assert result.rc in (0, 2), result.err
    if result.rc == 0:
        result.json()
    else:
        assert result.err.startswith("peerclaims:") and result.out == ""


def test_select_message_blames_option_not_config() -> None:
    """`--select nonsense` names the option, not an 'invalid config' the user never wrote."""
    result = cli("validate", "--select", "nonsense").clean()
    assert result.rc == 2
    assert "invalid config" not in result.err, result.err


def test_select_empty_is_a_usage_error() -> None:
    """`--select ""` (an empty shell variable) is refused rather than silently running no rules."""
    result = cli("validate", "--select", "").clean()
    assert result.rc == 2, result.err


def test_rules_format_case_insensitive() -> None:
    """`rules -f JSON` is accepted like every other command's `--format JSON`."""
    result = cli("rules", "-f", "JSON").clean()
    assert result.rc == 0, result.err
    result.json()


@pytest.mark.parametrize(
    ("path", "flags", "reason"),
    [
        pytest.param("missing.yaml", [], "no such file", id="missing"),
        pytest.param(".", [], "is a directory", id="directory"),
        pytest.param(
            "missing.yaml", ["--ignore", "unreadable-input"], "no such file", id="ignore-unreadable"
        ),
        pytest.param(
            "missing.yaml", ["--select", "unused-reference"], "no such file", id="select-other"
        ),
    ],
)
def test_missing_corpus_always_exits_2(path: str, flags: list[str], reason: str) -> None:
    """An unreadable claims file exits 2 whatever --select/--ignore say (they choose rules, not inputs)."""
    result = cli("validate", "--claims", path, *flags).clean()
    assert result.rc == 2, result.err
    assert f"{path}: {reason}" in result.err


# --------------------------------------------------------------------------- output formats


def test_sarif_with_unreadable_input(tmp_path: Path) -> None:
    """`check bin.md -f sarif` exits 2 with a SARIF log holding the unreadable-input result."""
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02")
    result = cli("check", "bin.md", "-f", "sarif").clean()
    assert result.rc == 2
    log = result.json()
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["PC001"]


@pytest.mark.skipif(sys.platform != "linux", reason="needs a filesystem taking non-UTF-8 names")
@pytest.mark.parametrize("fmt", ["sarif", "json", "plain", "github"])
def test_non_utf8_file_name(tmp_path: Path, fmt: str) -> None:
    """A file whose name is not UTF-8 is reported in every format without a crash (strict UTF-8 stdout, as in en_US.UTF-8)."""
    name = os.fsdecode(b"caf\xe9.md")
    shutil.copy(TALK, tmp_path / name)
    result = proc("check", name, "-f", fmt, cwd=tmp_path).clean()
    assert result.rc == 1, result.err[-500:]


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
@pytest.mark.parametrize("fmt", ["text", "plain"])
def test_stdout_not_utf8(encoding: str, fmt: str) -> None:
    """On a cp1252 or ASCII stdout (Windows redirects, old terminals) output degrades, never crashes."""
    result = proc("check", TALK, "-f", fmt, env={"PYTHONIOENCODING": encoding}).clean()
    assert result.rc == 1


def test_github_actions_auto_format() -> None:
    """Under GITHUB_ACTIONS=true the default format is workflow commands, the summary on stderr."""
    result = proc("check", TALK, env={"GITHUB_ACTIONS": "true"}).clean()
    assert result.rc == 1
    assert result.out.splitlines() and all(
        line.startswith("::") for line in result.out.splitlines()
    )
    assert SUMMARY.match(result.err.strip().splitlines()[-1])


def test_github_annotation_has_line_for_unreadable(tmp_path: Path) -> None:
    """The annotation for a not-UTF-8 file points at the offending line."""
    (tmp_path / "latin1.md").write_bytes(b"fine\nCaf\xe9\n")
    result = proc("check", "latin1.md", cwd=tmp_path, env={"GITHUB_ACTIONS": "true"}).clean()
    assert result.rc == 2
    assert "file=latin1.md,line=2" in result.out, result.out


# --------------------------------------------------------------------------- report --output


def test_report_output_missing_directory(tmp_path: Path) -> None:
    """`report --output` into a missing directory exits 2 naming the path and leaves nothing behind."""
    target = tmp_path / "no" / "dir" / "x.html"
    result = cli("report", "-f", "html", "--output", target).clean()
    assert result.rc == 2
    assert str(target) in result.err
    assert list(tmp_path.iterdir()) == []


def test_report_output_replaces_existing_file(tmp_path: Path) -> None:
    """`report --output` onto an existing file replaces it whole, keeps its mode, touches nothing else."""
    (tmp_path / "out.html").write_text("old", encoding="utf-8")
    (tmp_path / "out.html").chmod(0o640)
    (tmp_path / "other.txt").write_text("keep", encoding="utf-8")
    result = cli("report", "-f", "html", "--output", "out.html").clean()
    assert result.rc == 0 and result.out == ""
    assert (tmp_path / "out.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert stat.S_IMODE((tmp_path / "out.html").stat().st_mode) == 0o640
    assert (tmp_path / "other.txt").read_text(encoding="utf-8") == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt", "out.html"]


def test_report_output_through_symlink(tmp_path: Path) -> None:
    """`report --output link` writes the link's target and keeps the symlink."""
    (tmp_path / "real.html").write_text("old", encoding="utf-8")
    (tmp_path / "link.html").symlink_to("real.html")
    result = cli("report", "-f", "html", "--output", "link.html").clean()
    assert result.rc == 0
    assert (tmp_path / "link.html").is_symlink()
    assert (tmp_path / "real.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_report_output_dash_is_stdout(tmp_path: Path) -> None:
    """`report --output -` writes to stdout, as '-' means elsewhere in the CLI, not to a file named '-'."""
    result = cli("report", "-f", "json", "--output", "-").clean()
    assert result.rc == 0
    assert not (tmp_path / "-").exists()
    result.json()


@pytest.mark.parametrize(
    ("target", "bad_phrase"),
    [
        pytest.param("adir", "", id="directory"),
        pytest.param("", "is a directory", id="empty-string"),
    ],
)
def test_report_output_bad_target(tmp_path: Path, target: str, bad_phrase: str) -> None:
    """`report --output` at a directory or an empty name exits 2 with an accurate reason."""
    (tmp_path / "adir").mkdir()
    result = cli("report", "--output", target).clean()
    assert result.rc == 2
    if bad_phrase:
        assert bad_phrase not in result.err, result.err


# --------------------------------------------------------------------------- configuration


CONFIG_CASES = [
    # (id, file name, text, exit code, stderr must contain)
    ("unknown-key", "peerclaims.toml", "bogus = 1\n", 2, "unknown key 'bogus'"),
    ("bad-toml", "peerclaims.toml", "x = [1,\n", 2, "peerclaims.toml"),
    ("wrong-type", "peerclaims.toml", "fail-level = 5\n", 2, "fail-level"),
    ("bad-level", "peerclaims.toml", '[rules]\nunused-reference = "loud"\n', 2, "unused-reference"),
    (
        "pyproject-unknown-key",
        "pyproject.toml",
        "[tool.peerclaims]\nbogus = 1\n",
        2,
        "unknown key 'bogus'",
    ),
    ("pyproject-not-table", "pyproject.toml", "[tool]\npeerclaims = 5\n", 2, "must be a table"),
    ("fail-level-warning", "peerclaims.toml", 'fail-level = "warning"\n', 1, "warning"),
]


@pytest.mark.parametrize("where", ["here", "parent"])
@pytest.mark.parametrize(
    ("name", "text", "rc", "message"),
    [pytest.param(*case[1:], id=case[0]) for case in CONFIG_CASES],
)
def test_config_files(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    where: str,
    name: str,
    text: str,
    rc: int,
    message: str,
) -> None:
    """A configuration file in the working directory or a parent is found and checked strictly."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    monkeypatch.chdir(tmp_path if where == "here" else sub)
    result = cli("validate", "-f", "plain").clean()
    assert result.rc == rc, result.err
    assert message in result.err


@pytest.mark.parametrize(
    ("name", "text"),
    [
        pytest.param("peerclaims.toml", '\ufefffail-level = "warning"\n', id="bom-peerclaims"),
        pytest.param(
            "pyproject.toml",
            '\ufeff[tool.peerclaims]\nfail-level = "warning"\n',
            id="bom-pyproject",
        ),
    ],
)
def test_config_with_utf8_bom(tmp_path: Path, name: str, text: str) -> None:
    """A configuration saved with a UTF-8 BOM (Windows editors) is read like the rest of the inputs."""
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = cli("validate", "-f", "plain").clean()
    assert result.rc == 1, result.err  # the bundled corpus has warnings; fail-level warning


def test_broken_pyproject_is_not_ignored(tmp_path: Path) -> None:
    """A pyproject.toml with a [tool.peerclaims] table that does not parse exits 2, not silently defaults."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.peerclaims\nfail-level = "warning"\n', encoding="utf-8"
    )
    result = cli("validate", "-f", "plain").clean()
    assert result.rc == 2, result.err
    assert "pyproject.toml" in result.err


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('[rules]\nnonexistent-rule = "error"\n', id="rules-table"),
        pytest.param('select = ["nonsense"]\n', id="select"),
    ],
)
def test_config_unknown_rule_names_file(tmp_path: Path, text: str) -> None:
    """An unknown rule in the configuration is reported with the configuration file's name."""
    (tmp_path / "peerclaims.toml").write_text(text, encoding="utf-8")
    result = cli("validate").clean()
    assert result.rc == 2
    assert "peerclaims.toml" in result.err, result.err


def test_config_type_errors_speak_toml(tmp_path: Path) -> None:
    """A wrong type is described in TOML terms ('array'/'list'), not pydantic's 'tuple'."""
    (tmp_path / "peerclaims.toml").write_text('ignore = "single-study-claim"\n', encoding="utf-8")
    result = cli("validate").clean()
    assert result.rc == 2
    assert "tuple" not in result.err, result.err


# --------------------------------------------------------------------------- environment


@pytest.mark.parametrize("kind", ["regular-file", "missing-parents", "file-parent"])
def test_cache_dir_unusable(tmp_path: Path, kind: str) -> None:
    """An unusable PEERCLAIMS_CACHE_DIR only costs speed: results and exit code are unchanged."""
    (tmp_path / "afile").write_text("", encoding="utf-8")
    cache = {
        "regular-file": tmp_path / "afile",
        "missing-parents": tmp_path / "a" / "b" / "c",
        "file-parent": tmp_path / "afile" / "sub",
    }[kind]
    result = proc("check", TALK, "-f", "json", env={"PEERCLAIMS_CACHE_DIR": str(cache)}).clean()
    assert result.rc == 1
    assert result.json()["summary"]["error"] == 5  # as examples/talk.md has (README)


def test_corrupt_cache_entry_is_rebuilt(tmp_path: Path) -> None:
    """A cache entry holding the wrong data (another build, a stray write) is rebuilt, not trusted."""
    cache = tmp_path / "cache"
    env = {"PEERCLAIMS_CACHE_DIR": str(cache)}
    assert proc("check", TALK, "-f", "json", env=env).clean().rc == 1
    entries = list(cache.glob("corpus-*.json"))
    assert entries
    for entry in entries:
        entry.write_text(json.dumps([5, 0]), encoding="utf-8")
    result = proc("check", TALK, "-f", "json", env=env).clean()
    assert result.rc == 1
    assert result.json()["summary"]["error"] == 5  # as examples/talk.md has (README)


@pytest.mark.skipif(sys.platform != "linux", reason="removing the working directory is Linux-only")
def test_deleted_working_directory(tmp_path: Path) -> None:
    """Running from a directory that was deleted (config discovery cannot start) gives no traceback."""
    gone = tmp_path / "gone"
    gone.mkdir()
    result = proc("validate", "-f", "plain", cwd=gone, preexec_fn=lambda: os.rmdir(gone)).clean()
    assert result.rc in (0, 2), result.err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_special_file_as_corpus() -> None:
    """`--claims /dev/zero` is refused at the size limit instead of reading until memory runs out."""
    import resource

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    result = proc("validate", "--claims", "/dev/zero", preexec_fn=limit, timeout=30).clean()
    assert result.rc == 2
    assert "/dev/zero" in result.err


def _pty_run(args: list[str], columns: int, env: dict[str, str]) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal `columns` wide; exit code and everything it printed."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    full_env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    full_env.update(PYTHONPATH=str(SRC), TERM="xterm-256color", **env)
    child = subprocess.Popen(
        [sys.executable, "-m", "peerclaims", *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=full_env,
    )
    os.close(slave)
    chunks = []
    try:
        while select.select([master], [], [], 30)[0]:
            data = os.read(master, 65536)
            if not data:
                break
            chunks.append(data)
    except OSError:
        pass
    finally:
        os.close(master)
    return child.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_no_color_on_terminal() -> None:
    """NO_COLOR=1 on a terminal keeps bold and dim but emits no colour codes."""
    rc, out = _pty_run(["check", str(TALK)], 100, {"NO_COLOR": "1"})
    assert rc == 1 and "Traceback" not in out
    params = [p for c in re.findall(r"\x1b\[([0-9;]*)m", out) for p in c.split(";")]
    assert [p for p in params if re.fullmatch(r"(3|4|9|10)\d", p)] == []


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    ("args", "needle"),
    [
        pytest.param(["check", str(TALK)], "misattributed-claim", id="check"),
        pytest.param(["cite", "davidson2012peer"], "davidson2012peer", id="cite"),
    ],
)
def test_narrow_terminal(args: list[str], needle: str) -> None:
    """On a 20-column terminal (COLUMNS=20) output wraps but ids and rule names stay whole."""
    rc, out = _pty_run(args, 20, {"COLUMNS": "20"})
    assert "Traceback" not in out
    assert rc in (0, 1)
    assert needle in ANSI.sub("", out), ANSI.sub("", out)[:1500]
