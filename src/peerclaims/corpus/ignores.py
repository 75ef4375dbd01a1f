"""Ignore comments in the corpus files: `# peerclaims: ignore[rule]` in claims.yaml and
`% peerclaims: ignore[rule]` in references.bib (moved here from corpus/load.py)."""

from __future__ import annotations

import re

from peerclaims.diagnostics import Directive

__all__ = ["ignore_comments", "suppressions"]

_IGNORE = re.compile(r"[#%]\s*peerclaims:\s*ignore(?:\[([^\]]*)\])?")
_LINE_END = re.compile("\r\n|[\r\n]")


def suppressions(text: str) -> dict[int, frozenset[str]]:
    """`# peerclaims: ignore[rule]` (`%` in BibTeX) silences rules on its line, or the next.

    A comment alone on its line applies to the line below it, as yamllint's
    `disable-line` does; `ignore` without a list silences every rule ("*"). Lines are
    counted as an editor shows them and as every position peerclaims reports counts them,
    at "\n", "\r\n" and "\r" only: in claims.yaml too, although YAML 1.1 also ends a line
    at U+0085, U+2028 and U+2029 (see `yamlpos`).
    """
    out: dict[int, frozenset[str]] = {}
    for comment in ignore_comments(text):
        for target in comment.covers:
            assert target is not None  # the corpus files have no file-wide comments
            out[target] = out.get(target, frozenset()) | frozenset(comment.names)
    return out


def ignore_comments(text: str) -> tuple[Directive, ...]:
    """The ignore comments of `suppressions`, each at its own line and column, covering the
    line it silences."""
    if "peerclaims" not in text:
        return ()
    lines = _LINE_END.split(text)
    out = []
    for number, line in enumerate(lines, start=1):
        match = _IGNORE.search(line)
        if not match:
            continue
        listed = (n.strip() for n in (match.group(1) or "*").split(","))
        names = tuple(dict.fromkeys(n for n in listed if n))
        target = number + 1 if line.lstrip()[:1] in ("#", "%") else number
        out.append(Directive(names, number, match.start() + 1, covers=(target,)))
    return tuple(out)
