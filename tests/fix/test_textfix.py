"""fix.textfix: edits by line and column, keeping line endings and a byte-order mark."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from peerclaims.diagnostics import Fix
from peerclaims.fix.textfix import apply_text


def at(line: int, column: int, end_line: int, end_column: int, old: str, new: str) -> Fix:
    return Fix(old, new, 0, 0, 0, line, column, end_line, end_column)


def test_an_edit_on_the_second_line() -> None:
    data = b"one\r\n(Bologna & Pulice, 2010)\r\n"
    out, applied = apply_text(data, [at(2, 20, 2, 24, "2010", "2011")])
    assert out == b"one\r\n(Bologna & Pulice, 2011)\r\n" and len(applied) == 1


def test_a_stale_edit_is_skipped() -> None:
    data = b"(Bologna & Pulice, 2012)\n"
    out, applied = apply_text(data, [at(1, 20, 1, 24, "2010", "2011")])
    assert (out, applied) == (data, [])


def test_an_edit_across_a_crlf_line_break() -> None:
    data = "\ufeff(Ochoka,\r\nNelson, 2006)\r\n".encode()
    fix = at(1, 2, 2, 7, "Ochoka,\nNelson", "Ochocka,\nNelson")
    out, _ = apply_text(data, [fix])
    assert out == "\ufeff(Ochocka,\r\nNelson, 2006)\r\n".encode()


def test_edits_outside_the_file_are_skipped() -> None:
    assert apply_text(b"x\n", [at(9, 1, 9, 2, "x", "y")]) == (b"x\n", [])


@given(st.text(alphabet="ab \n\r", max_size=40), st.integers(0, 40), st.sampled_from(["", "Z"]))
def test_an_insertion_changes_only_its_place(text: str, where: int, new: str) -> None:
    """Inserting at any (line, column) of a file adds the text there and nothing else."""
    data = text.encode()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    position, line = where, 1
    while line < len(lines) and position > len(lines[line - 1]):
        position -= len(lines[line - 1]) + 1
        line += 1
    position = min(position, len(lines[line - 1]))
    out, applied = apply_text(data, [at(line, position + 1, line, position + 1, "", new)])
    assert len(applied) == 1
    assert len(out) == len(data) + len(new)
    assert out.replace(new.encode(), b"", 1) == data if new else out == data
