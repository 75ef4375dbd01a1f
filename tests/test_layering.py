"""Imports only point down: each part of the package may import the layers below it.

As test_api asserts that `import peerclaims` pulls in neither typer nor rich, this walks
every `import` (top level, inside functions, and under TYPE_CHECKING) of every module and
checks it against the layer table, so a newcomer can trust the tree's shape.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "peerclaims"

LAYERS: dict[str, int] = {
    # shared basics: no knowledge of the corpus or of documents
    "errors": 0,
    "diagnostics": 0,
    "fileio": 1,
    "suggest": 0,
    "cache": 2,
    "text": 2,  # citation and reference-list grammar over plain strings
    "corpus": 3,
    "documents": 3,  # the corpus files; the document readers
    "apa": 4,  # APA 7 formatting of corpus works
    "fix": 4,  # applying the rules' fixes to text, Markdown, .docx and .pptx files
    "match": 5,  # a document read against the corpus
    "rules": 6,  # corpus and document rules
    "config": 7,  # configuration (names rules)
    "runner": 8,
    "check": 8,
    "curate": 8,  # library entry points and curator views
    "render": 9,  # output formats
    "cli": 10,  # the command line
}


def _part(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "peerclaims" or len(parts) < 2:
        return None
    return parts[1]


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "peerclaims":  # from peerclaims import rules
                found += [(node.lineno, f"peerclaims.{alias.name}") for alias in node.names]
    return found


MODULES = sorted(
    p
    for p in PACKAGE.rglob("*.py")
    if p.parent != PACKAGE or p.stem not in ("__init__", "__main__")
)


def test_every_part_has_a_layer() -> None:
    """A new module or subpackage must be placed in the table above."""
    parts = {p.relative_to(PACKAGE).parts[0].removesuffix(".py") for p in MODULES}
    assert parts <= set(LAYERS), sorted(parts - set(LAYERS))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    """Every peerclaims import names its own part or a lower layer."""
    own = path.relative_to(PACKAGE).parts[0].removesuffix(".py")
    upward = []
    for line, module in _imports(path):
        part = _part(module)
        if part is None or part == own or part not in LAYERS:
            continue
        if LAYERS[part] >= LAYERS[own]:
            upward.append(f"line {line}: {module} ({part}, layer {LAYERS[part]} >= {LAYERS[own]})")
    assert not upward, f"{path.relative_to(PACKAGE)} imports upward: " + "; ".join(upward)


def test_no_module_over_400_lines() -> None:
    """STYLE.md's limit: a module past 400 lines is doing more than one job."""
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400
    }
    assert not long, long
