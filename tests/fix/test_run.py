"""fix.run: passes until nothing is left to fix; --diff writes nothing; what cannot be fixed."""

from __future__ import annotations

from pathlib import Path

from peerclaims.diagnostics import Diagnostic, Fix, Severity
from peerclaims.fix import fix_documents, fixed_copy


def finding(path: Path, old: str, new: str, column: int) -> Diagnostic:
    fix = Fix(old, new, 0, column - 1, column - 1 + len(old), 1, column, 1, column + len(old))
    return Diagnostic(str(path), 1, column, "PC203", "year-mismatch", Severity.ERROR, "m", fix=fix)


def test_an_edit_that_waited_for_an_overlapping_one_is_applied_in_the_next_pass(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.md"
    path.write_text("(Smith, 2010)\n")
    first = finding(path, "Smith, 2010", "Smith, 2011", 2)
    second = finding(path, "2010", "2012", 9)  # overlaps the first: waits, then is stale
    seen: list[list[Path]] = []

    def recheck(changed: list[Path]) -> list[Diagnostic]:
        seen.append(changed)
        text = path.read_text()
        return [finding(path, "Smith", "Smyth", 2)] if "Smith" in text else []

    run = fix_documents([path], [first, second], recheck)
    assert path.read_text() == "(Smyth, 2011)\n"
    assert (run.fixed, run.diagnostics, len(seen)) == (2, [], 2)  # the last recheck finds none


def test_diff_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text("(Smith, 2010)\n")
    run = fix_documents([path], [finding(path, "2010", "2011", 9)], lambda _: [], write=False)
    assert path.read_text() == "(Smith, 2010)\n"
    assert run.diffs and "+(Smith, 2011)" in run.diffs[0]
    assert run.written == {}


def test_pdf_findings_are_counted_not_fixed(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    run = fix_documents([path], [finding(path, "2010", "2011", 9)], lambda _: [])
    assert run.unfixable == {"PDF files": 1}
    assert run.fixed == 0 and len(run.diagnostics) == 1


def test_the_fixed_copy_sits_beside_the_original() -> None:
    assert fixed_copy(Path("slides/talk.pptx")) == Path("slides/talk.fixed.pptx")
