"""The public library API: what `peerclaims` exports, and that it stays free of the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import peerclaims

SRC = Path(__file__).resolve().parents[1] / "src"
FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


def test_all_is_exactly_the_public_api() -> None:
    """`peerclaims.__all__` lists exactly the documented names, each of which exists."""
    assert sorted(peerclaims.__all__) == sorted(
        [
            "ConfigError",
            "Diagnostic",
            "FailLevel",
            "InputError",
            "LoadResult",
            "PeerclaimsError",
            "RuleSettings",
            "Severity",
            "__version__",
            "check_document",
            "check_paths",
            "load_corpus",
            "read_document",
            "validate",
        ]
    )
    for name in peerclaims.__all__:
        assert hasattr(peerclaims, name), name


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter with src/ on the path."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_import_does_not_load_the_cli() -> None:
    """`import peerclaims` imports neither typer nor rich."""
    proc = run_python("""\
        import sys
        import peerclaims
        print(sorted(m for m in ("typer", "rich", "peerclaims.cli") if m in sys.modules))
        """)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"


def test_load_and_validate_do_not_load_the_cli() -> None:
    """load_corpus() and validate() run without importing typer or rich."""
    proc = run_python(f"""\
        import sys
        from peerclaims import load_corpus, validate
        result = load_corpus({str(FIXTURES / "claims.yaml")!r}, {str(FIXTURES / "references.bib")!r})
        found = validate(result.corpus)
        print(len(result.corpus.claims), [d.name for d in found])
        print(sorted(m for m in ("typer", "rich", "peerclaims.cli") if m in sys.modules))
        """)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["3 ['single-study-claim']", "[]"]


def test_import_is_lazy() -> None:
    """`import peerclaims` loads none of pydantic, PyYAML or bibtexparser until a name is used."""
    result = run_python(
        """
        import sys, peerclaims
        heavy = [m for m in ("pydantic", "yaml", "bibtexparser") if m in sys.modules]
        assert heavy == [], heavy
        peerclaims.load_corpus
        assert "pydantic" in sys.modules
        """
    )
    assert result.returncode == 0, result.stderr


def test_lazy_exports_match_all() -> None:
    """Every name in __all__ (but the version) is one the lazy loader knows, and back."""
    assert sorted(peerclaims._EXPORTS) == sorted(
        n for n in peerclaims.__all__ if n != "__version__"
    )


def test_the_suite_imports_the_source_tree() -> None:
    """pytest's `pythonpath` puts src/ first, so the tests exercise this tree, not an install."""
    assert Path(peerclaims.__file__).resolve().is_relative_to(SRC), peerclaims.__file__
