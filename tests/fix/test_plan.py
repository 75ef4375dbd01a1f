"""fix.plan: safe fixes only (unless asked), each edit once, never two that overlap."""

from __future__ import annotations

from peerclaims.diagnostics import Diagnostic, Fix, Severity
from peerclaims.fix import plan


def diag(fix: Fix, rule: str = "PC203", column: int = 1) -> Diagnostic:
    return Diagnostic("t.md", 1, column, rule, "x", Severity.ERROR, "m", fix=fix)


def edit(start: int, end: int, new: str, *, safe: bool = True, block: int = 0) -> Fix:
    return Fix("x" * (end - start), new, block, start, end, 1, start + 1, 1, end + 1, safe)


def test_overlapping_edits_keep_the_first() -> None:
    first, second = edit(0, 5, "a"), edit(3, 8, "b")
    assert plan([diag(second), diag(first)]).edits == (first,)


def test_edits_that_touch_do_not_overlap() -> None:
    replace, insert = edit(0, 5, "a"), edit(5, 5, ".")
    assert plan([diag(insert), diag(replace)]).edits == (replace, insert)


def test_two_insertions_at_one_place_overlap() -> None:
    assert len(plan([diag(edit(5, 5, ".")), diag(edit(5, 5, "!"))]).edits) == 1


def test_other_blocks_never_overlap() -> None:
    assert len(plan([diag(edit(0, 5, "a")), diag(edit(0, 5, "b", block=1))]).edits) == 2


def test_one_edit_fixes_every_diagnostic_that_carries_it() -> None:
    shared = edit(0, 4, "2011")
    planned = plan([diag(shared, "PC203"), diag(shared, "PC204")])
    assert planned.edits == (shared,)
    assert planned.fixed_by(planned.edits) == 2


def test_unsafe_edits_wait_to_be_asked() -> None:
    unsafe = edit(9, 9, " (Sledge et al., 2011)", safe=False)
    assert plan([diag(unsafe)]).edits == ()
    assert plan([diag(unsafe)], unsafe=True).edits == (unsafe,)


def test_a_diagnostic_without_a_fix_is_left_alone() -> None:
    assert plan([Diagnostic("t.md", 1, 1, "PC209", "x", Severity.WARNING, "m")]).edits == ()
