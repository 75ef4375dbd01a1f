"""The pre-commit hooks the repository publishes in .pre-commit-hooks.yaml."""

from __future__ import annotations

import re

import pytest
import yaml

from peerclaims.documents import FORMATS_BY_SUFFIX
from tests.helpers import REPO

HOOKS_FILE = REPO / ".pre-commit-hooks.yaml"


@pytest.fixture(scope="module")
def hooks() -> dict[str, dict[str, object]]:
    """The hooks by id."""
    data = yaml.safe_load(HOOKS_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return {hook["id"]: hook for hook in data}


def test_hook_ids_and_entries(hooks: dict[str, dict[str, object]]) -> None:
    """Two python hooks: `peerclaims check` on files, `peerclaims validate` on the corpus."""
    assert {i: (h["entry"], h["language"]) for i, h in hooks.items()} == {
        "peerclaims-check": ("peerclaims check", "python"),
        "peerclaims-validate": ("peerclaims validate", "python"),
    }
    assert hooks["peerclaims-validate"]["pass_filenames"] is False
    assert hooks["peerclaims-check"].get("pass_filenames", True) is True


def test_hooks_have_required_keys(hooks: dict[str, dict[str, object]]) -> None:
    """Every hook has the keys pre-commit requires (id, name, entry, language) and a files regex."""
    for hook in hooks.values():
        assert {"id", "name", "entry", "language", "files"} <= set(hook)


@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("talk.md", True),
        ("docs/handout.markdown", True),
        ("notes.txt", True),
        ("slides/deck.pptx", True),
        ("handout.docx", True),
        ("paper.pdf", True),
        ("README.rst", False),
        ("deck.ppt", False),
        ("talk.md.bak", False),
        ("claims.yaml", False),
        ("notes.odt", False),
        ("src/app.py", False),
    ],
)
def test_check_files_regex(hooks: dict[str, dict[str, object]], name: str, matches: bool) -> None:
    """The check hook runs on the document types `peerclaims check` reads, and only those."""
    assert bool(re.search(str(hooks["peerclaims-check"]["files"]), name)) is matches


def test_check_files_regex_covers_every_reader(hooks: dict[str, dict[str, object]]) -> None:
    """Each suffix with a document reader is matched by the check hook."""
    pattern = str(hooks["peerclaims-check"]["files"])
    assert [s for s in FORMATS_BY_SUFFIX if not re.search(pattern, f"file{s}")] == []


@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("data/claims.yaml", True),
        ("claims.yml", True),
        ("data/references.bib", True),
        ("extra.bib", True),
        ("claims.yaml.orig", False),
        ("other.yaml", False),
        ("talk.md", False),
        ("bibliography.txt", False),
    ],
)
def test_validate_files_regex(
    hooks: dict[str, dict[str, object]], name: str, matches: bool
) -> None:
    """The validate hook runs when claims.yaml/.yml or a .bib file changes."""
    assert bool(re.search(str(hooks["peerclaims-validate"]["files"]), name)) is matches
