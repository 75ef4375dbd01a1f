"""The library entry point for documents: check files against the corpus."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from peerclaims import rules
from peerclaims.corpus.load import Corpus
from peerclaims.diagnostics import Diagnostic, Finding
from peerclaims.documents import Document, iter_document_paths, read_document
from peerclaims.errors import InputError, reason
from peerclaims.match.context import Context
from peerclaims.match.reading import Analysis
from peerclaims.rules import RuleSettings
from peerclaims.rules.suppressions import for_document


@dataclass(frozen=True)
class CheckResult:
    """Diagnostics of a run over some documents, and how many documents were read."""

    diagnostics: tuple[Diagnostic, ...]
    files: int


def check_document(
    doc: Document, context: Context, settings: RuleSettings | None = None
) -> list[Diagnostic]:
    """Run every enabled document rule on one read document."""
    settings = settings or RuleSettings()
    analysis = Analysis(doc, context)
    findings = rules.run("document", settings, analysis)
    silencer = for_document(doc.display_path, doc.directives, doc.suppressions)
    out = list(rules.stamp(findings, settings, silencer))
    # then the ignore comments themselves: unknown rule names, and unused ones if selected
    out += rules.stamp(silencer.findings(settings, "document"), settings, silencer)
    return sorted(out)


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
    jobs: int | None = 1,
    max_archive_entries: int | None = None,
) -> CheckResult:
    """Read and check every document under `paths`; unreadable ones become diagnostics.

    The corpus is indexed once for the whole run. `settings_for` gives per-path rule
    settings (the configuration's overrides); `progress` wraps the list of files. With
    `jobs` > 1 (None: one per CPU) and enough files, documents are checked in worker
    processes forked after the corpus is indexed, so each worker starts with it.
    `max_archive_entries`: see `read_document`.
    """
    settings = settings or RuleSettings()
    files = list(iter_document_paths(paths, include, exclude))
    job = _Job(Context.build(corpus), settings, settings_for, stdin_format, max_archive_entries)
    workers = _workers(jobs, files)
    if workers <= 1:
        results = map(job.run, progress(files))
        return CheckResult(tuple(d for found in results for d in found), len(files))
    global _JOB
    _JOB = job
    try:
        context = multiprocessing.get_context("fork")
        with context.Pool(workers) as pool:
            chunks = pool.imap(_run_in_worker, files, chunksize=max(1, len(files) // (workers * 8)))
            out = [d for found in progress_over(progress, files, chunks) for d in found]
    finally:
        _JOB = None
    return CheckResult(tuple(out), len(files))


@dataclass(frozen=True)
class _Job:
    """What checking one file needs; shared with forked workers."""

    context: Context
    settings: RuleSettings
    settings_for: Callable[[str], RuleSettings] | None
    stdin_format: str
    max_archive_entries: int | None = None

    def run(self, path: Path) -> list[Diagnostic]:
        """Diagnostics of one file (an unreadable file is one diagnostic)."""
        here = self.settings_for(str(path)) if self.settings_for else self.settings
        try:
            doc = read_document(
                path, stdin_format=self.stdin_format, max_archive_entries=self.max_archive_entries
            )
        except InputError as exc:
            shown = "<stdin>" if str(path) == "-" else str(path)
            finding = Finding(
                "unreadable-input", shown, exc.line, 1 if exc.line else 0, reason(exc, shown)
            )
            # always reported: --select, --ignore and overrides choose document rules only
            return list(rules.stamp([finding], RuleSettings()))
        return check_document(doc, self.context, here)


_JOB: _Job | None = None
_MIN_FILES_PER_WORKER = 8


def _run_in_worker(path: Path) -> list[Diagnostic]:
    assert _JOB is not None  # set before the pool forks
    return _JOB.run(path)


def _workers(jobs: int | None, files: list[Path]) -> int:
    """How many processes: 1 for few files, stdin, or where fork is unavailable."""
    if jobs == 1 or any(str(f) == "-" for f in files):
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    wanted = jobs or os.cpu_count() or 1
    return max(1, min(wanted, len(files) // _MIN_FILES_PER_WORKER))


def progress_over(
    progress: Callable[[list[Path]], Iterable[Path]],
    files: list[Path],
    results: Iterable[list[Diagnostic]],
) -> Iterable[list[Diagnostic]]:
    """Advance `progress` (which wraps the file list) in step with results as they arrive."""
    for _, found in zip(progress(files), results, strict=True):
        yield found
