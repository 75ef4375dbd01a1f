"""The library entry point for documents: check files against the corpus."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peerclaims import rules
from peerclaims.analysis import Analysis, Context
from peerclaims.corpus import Corpus
from peerclaims.diagnostics import Diagnostic, Finding
from peerclaims.documents import Document, iter_document_paths, read_document
from peerclaims.errors import InputError
from peerclaims.rules import RuleSettings


@dataclass(frozen=True)
class CheckResult:
    """Diagnostics of a run over some documents, and how many documents were read."""

    diagnostics: tuple[Diagnostic, ...]
    files: int


def check_document(doc: Document, context: Context, settings: RuleSettings | None = None) -> list[Diagnostic]:
    """Run every enabled document rule on one read document."""
    settings = settings or RuleSettings()
    analysis = Analysis(doc, context)
    findings = rules.run("document", settings, analysis)
    return sorted(rules.stamp(findings, settings, lambda f: _suppressed(doc, f)))


def _suppressed(doc: Document, finding: Finding) -> bool:
    return doc.is_suppressed([finding.rule], finding.line if finding.line > 0 else None)


def check_paths(
    paths: Sequence[str | Path],
    corpus: Corpus,
    settings: RuleSettings | None = None,
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    stdin_format: str = "text",
    settings_for: Callable[[str], RuleSettings] | None = None,
    progress: Callable[[list[Path]], Iterable[Path]] = lambda items: items,
) -> CheckResult:
    """Read and check every document under `paths`; unreadable ones become diagnostics.

    The corpus is indexed once for the whole run. `settings_for` gives per-path rule
    settings (the configuration's overrides); `progress` wraps the list of files.
    """
    settings = settings or RuleSettings()
    context = Context.build(corpus)
    out: list[Diagnostic] = []
    files = 0
    for path in progress(list(iter_document_paths(paths, include, exclude))):
        files += 1
        here = settings_for(str(path)) if settings_for else settings
        try:
            doc = read_document(path, stdin_format=stdin_format)
        except InputError as exc:
            finding = Finding("unreadable-input", "<stdin>" if str(path) == "-" else str(path),
                              0, 0, str(exc))
            # always reported: --select, --ignore and overrides choose document rules only
            out.extend(rules.stamp([finding], RuleSettings()))
            continue
        out.extend(check_document(doc, context, here))
    return CheckResult(tuple(out), files)
