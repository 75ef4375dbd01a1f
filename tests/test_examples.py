"""The example talk: the committed deck is what the build script makes from talk.md."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from peerclaims import load_corpus
from peerclaims.check import check_paths
from peerclaims.documents import read_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def build_script():  # type: ignore[no-untyped-def]
    """Import examples/build_deck.py as a module."""
    spec = importlib.util.spec_from_file_location("build_deck", EXAMPLES / "build_deck.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_deck_matches_a_rebuild(tmp_path: Path) -> None:
    """Rebuilding talk.pptx from talk.md gives the same slides, shapes and text."""
    out = tmp_path / "talk.pptx"
    build_script().build((EXAMPLES / "talk.md").read_text(encoding="utf-8"), out)

    def blocks(path: Path) -> list[tuple[int | None, str | None, str]]:
        return [(b.index, b.shape, b.text) for b in read_document(path).blocks]

    assert blocks(EXAMPLES / "talk.pptx") == blocks(out)


def test_deck_and_markdown_report_the_same_problems() -> None:
    """The .pptx and the Markdown version of the talk raise the same rules."""
    corpus = load_corpus().corpus
    md = check_paths([EXAMPLES / "talk.md"], corpus).diagnostics
    deck = check_paths([EXAMPLES / "talk.pptx"], corpus).diagnostics
    assert sorted(d.name for d in md) == sorted(d.name for d in deck)


def test_deck_findings_are_located_by_slide() -> None:
    """Each finding in the deck names its slide; the uncited "proven" bullet, among cited
    ones, is on slide 4 and the uncited statistic on slide 5."""
    corpus = load_corpus().corpus
    deck = check_paths([EXAMPLES / "talk.pptx"], corpus).diagnostics
    uncited = [d for d in deck if d.name == "uncited-claim"]
    assert [d.location for d in uncited] == ["slide 4 (TextBox 2)", "slide 5 (TextBox 2)"]
    assert all((d.location or "").startswith("slide ") for d in deck)
