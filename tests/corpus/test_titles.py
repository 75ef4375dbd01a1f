"""Document titles from documents.yaml beside claims.yaml; the bundled corpus names its seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerclaims.corpus.bundled import bundled_paths
from peerclaims.corpus.load import read_corpus
from peerclaims.corpus.titles import read_titles, title_of, title_order, titles_for
from peerclaims.errors import InputError


def test_no_file_no_titles(tmp_path: Path) -> None:
    assert read_titles(tmp_path / "claims.yaml") == {}
    assert title_of("talk.md", {}) == "talk.md"


def test_titles_are_read_and_spaces_folded(tmp_path: Path) -> None:
    (tmp_path / "documents.yaml").write_text(
        "version: 1\ndocuments:\n  talk.md: >-\n    A talk\n    on peers\n", encoding="utf-8"
    )
    assert read_titles(tmp_path / "claims.yaml") == {"talk.md": "A talk on peers"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("documents: [a, b]\n", "expected 'documents:' mapping each file name to a title"),
        ("documents:\n  a.md: 3\n", "expected 'documents:' mapping each file name to a title"),
        ("documents:\n  a.md: 'x\n", ":3: not valid YAML"),
    ],
)
def test_a_malformed_file_is_an_input_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "documents.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_titles(tmp_path / "claims.yaml")


def test_the_first_layer_wins(tmp_path: Path) -> None:
    for name, title in (("a", "First"), ("b", "Second")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "documents.yaml").write_text(
            f"documents:\n  talk.md: {title}\n  {name}.md: Only {name}\n", encoding="utf-8"
        )
    titles = titles_for([tmp_path / "a" / "claims.yaml", tmp_path / "b" / "claims.yaml"])
    assert titles == {"talk.md": "First", "a.md": "Only a", "b.md": "Only b"}


def test_titles_are_ordered_as_a_reader_files_them() -> None:
    titles = ["Yale deck", "“Peer Support – Starting with the Why!”", "davidson"]
    assert sorted(titles, key=title_order) == [
        "davidson",
        "“Peer Support – Starting with the Why!”",
        "Yale deck",
    ]


def test_every_document_of_the_bundled_corpus_has_a_title() -> None:
    """The seeds are named by hash; each has a title from the seeds' README."""
    claims_path, _ = bundled_paths()
    titles = read_titles(claims_path)
    documents = {a.document for c in read_corpus().claims for a in c.appearances}
    assert documents <= set(titles)
    assert all(not title.endswith(".txt") for title in titles.values())
