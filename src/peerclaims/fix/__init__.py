"""Applying the fixes the document rules attach to their findings (`check --fix`, `--diff`).

A `Fix` (diagnostics.py) names one span of a document and its replacement. `plan` picks,
per file, the fixes to apply: safe ones (and unsafe ones when asked), each span at most
once, never two that overlap. `textfix` applies them to text and Markdown files (by line
and column, keeping the file's line endings and byte-order mark); `officefix` to .docx and
.pptx, inside the runs of each paragraph so fonts, bullets and layout survive. `run`
ties them together: fix, re-check what changed, and fix again until nothing is left to
fix, so a second `--fix` changes nothing. PDF and standard input cannot be fixed.
"""

from __future__ import annotations

from peerclaims.fix.plan import plan
from peerclaims.fix.run import FixRun, fix_documents, fixed_copy

__all__ = ["FixRun", "fix_documents", "fixed_copy", "plan"]
