"""Which fixes to apply in one file: safe (or also unsafe), each span once, none overlapping."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peerclaims.diagnostics import Diagnostic, Fix


@dataclass(frozen=True)
class Planned:
    """The edits for one file, in document order, and the diagnostics they fix."""

    edits: tuple[Fix, ...]
    fixes: dict[Fix, list[Diagnostic]]

    def fixed_by(self, applied: Iterable[Fix]) -> int:
        """How many diagnostics the `applied` edits fix."""
        return sum(len(self.fixes[f]) for f in applied)


def _key(fix: Fix) -> tuple[int, int, int, str]:
    return (fix.block, fix.start, fix.end, fix.new)


def _overlaps(first: Fix, second: Fix) -> bool:
    """Whether two edits of a block (`first` starting no later) touch the same text.

    Two insertions at one place overlap (their order would be a guess); an insertion
    where a replacement ends does not.
    """
    if first.block != second.block:
        return False
    if second.start < first.end:
        return True
    return second.start == first.start and (first.start == first.end or second.end == second.start)


def plan(diagnostics: Iterable[Diagnostic], *, unsafe: bool = False) -> Planned:
    """The edits to apply for `diagnostics` (of one file).

    A diagnostic without a fix, or with an unsafe one unless `unsafe`, is left alone. Two
    diagnostics with the same edit share it; of two overlapping edits the earlier one (by
    position, then by rule) is kept and the other waits for the next pass.
    """
    fixes: dict[Fix, list[Diagnostic]] = {}
    for d in sorted(diagnostics):
        if d.fix is not None and (d.fix.safe or unsafe) and d.fix.old != d.fix.new:
            fixes.setdefault(d.fix, []).append(d)
    chosen: list[Fix] = []
    for fix in sorted(fixes, key=_key):
        if chosen and _overlaps(chosen[-1], fix):
            continue
        chosen.append(fix)
    return Planned(tuple(chosen), {f: fixes[f] for f in chosen})
