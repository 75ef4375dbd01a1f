"""read_document dispatch and errors, stdin, path walking, TextBlock helpers, lazy imports."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerclaims.documents import (
    FORMATS_BY_SUFFIX,
    Document,
    TextBlock,
    iter_document_paths,
    read_document,
)
from peerclaims.errors import InputError


def test_formats_by_suffix() -> None:
    assert FORMATS_BY_SUFFIX == {
        ".md": "markdown",
        ".markdown": "markdown",
        ".txt": "text",
        ".text": "text",
        ".pptx": "pptx",
        ".docx": "docx",
        ".pdf": "pdf",
    }


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.md: no such file$"):
        read_document(tmp_path / "nope.md")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r": is a directory$"):
        read_document(tmp_path)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = tmp_path / "notes.rtf"
    path.write_text("claim", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.rtf: unsupported file type"):
        read_document(path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * (3 * 1024 * 1024))
    with pytest.raises(InputError, match=r"big\.txt: 3\.0 MB exceeds the 2 MB limit"):
        read_document(path, max_bytes=2 * 1024 * 1024)


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "TALK.MD"
    path.write_text("# Title\n", encoding="utf-8")
    assert read_document(path).format == "markdown"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize(("fmt", "kind"), [("text", "paragraph"), ("markdown", "heading")])
def test_stdin(monkeypatch: pytest.MonkeyPatch, fmt: str, kind: str) -> None:
    _stdin(monkeypatch, b"# Claim\n")
    document = read_document("-", stdin_format=fmt)
    assert (document.path, document.display_path, document.format) == ("-", "<stdin>", fmt)
    assert [b.kind for b in document.blocks] == [kind]


def test_stdin_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"\xff\xfeX")
    with pytest.raises(InputError, match=r"^<stdin>: looks like UTF-16"):
        read_document("-")
    _stdin(monkeypatch, b"x" * 100)
    with pytest.raises(InputError, match=r"^<stdin>: .* MB exceeds"):
        read_document("-", max_bytes=10)
    with pytest.raises(InputError, match=r"unsupported stdin format 'pdf'"):
        read_document("-", stdin_format="pdf")


def test_location_formats() -> None:
    text = TextBlock("ab\ncd", "paragraph", line=4, column=3)
    assert [text.position(i) for i in range(6)] == [(4, 3), (4, 4), (4, 5), (5, 1), (5, 2), (5, 3)]
    assert text.location("talk.md", 4) == "talk.md:5:2"
    assert text.position(-5) == (4, 3)
    page = TextBlock("x", "page", unit="page", index=2, group=2)
    assert page.location("paper.pdf") == "paper.pdf: page 2"
    assert page.position(0) == (0, 0)


def test_is_suppressed_without_entries() -> None:
    document = Document("a.md", "markdown", ())
    assert not document.is_suppressed(["uncited-claim"], 1)


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def test_iter_document_paths_walks_sorted_and_skips(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        [
            "b.md",
            "a.txt",
            "image.png",
            "sub/z.pptx",
            "sub/deep/y.docx",
            "sub/~$lock.pptx",
            ".git/x.md",
            ".hidden.md",
            "node_modules/pkg/readme.md",
            "paper.PDF",
        ],
    )
    found = [p.relative_to(tmp_path).as_posix() for p in iter_document_paths([tmp_path])]
    assert found == ["a.txt", "b.md", "paper.PDF", "sub/z.pptx", "sub/deep/y.docx"]


def test_iter_document_paths_include_exclude(tmp_path: Path) -> None:
    _tree(tmp_path, ["talk.md", "draft/old.md", "draft/keep.txt", "deck.pptx"])

    def walk(include: list[str], exclude: list[str]) -> list[str]:
        paths = iter_document_paths([tmp_path], include=include, exclude=exclude)
        return [p.relative_to(tmp_path).as_posix() for p in paths]

    assert walk(["*.md"], []) == ["talk.md", "draft/old.md"]
    assert walk([], ["draft/*"]) == ["deck.pptx", "talk.md"]
    assert walk(["*.md", "*.pptx"], ["old.md"]) == ["deck.pptx", "talk.md"]


def test_iter_document_paths_keeps_explicit_files(tmp_path: Path) -> None:
    _tree(tmp_path, ["notes.rtf", "talk.md"])
    explicit = [tmp_path / "notes.rtf", tmp_path / "missing.md", "-", tmp_path / "notes.rtf"]
    found = list(iter_document_paths(explicit, exclude=["*"]))
    assert found == [tmp_path / "notes.rtf", tmp_path / "missing.md", Path("-")]
    assert list(iter_document_paths([tmp_path], exclude=["*"])) == []


def test_import_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys, peerclaims.documents, peerclaims.documents.markdown, "
        "peerclaims.documents.pptx, peerclaims.documents.docx, peerclaims.documents.pdf\n"
        "heavy = {'pptx', 'docx', 'pypdf', 'markdown_it', 'lxml'} & set(sys.modules)\n"
        "print(sorted(heavy))"
    )
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": src}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", env=env, check=True
    )
    assert out.stdout.strip() == "[]"
