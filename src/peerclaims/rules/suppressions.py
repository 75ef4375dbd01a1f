"""The ignore comments themselves: one naming no rule (PC215) and, when asked, one that
silences nothing (PC216, off unless selected, as ruff's RUF100 `unused-noqa`).

Both look at `peerclaims: ignore[...]` comments in documents (Markdown and HTML comments,
text lines, .pptx notes, .docx paragraphs, PDF pages) and `# peerclaims: ignore[...]` /
`% peerclaims: ignore[...]` in claims.yaml and references.bib. A `Silencer` decides which
findings the comments silence and remembers which comment names were used; after a file's
rules have run, it reports the comments.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from peerclaims.diagnostics import Directive, Finding, Severity
from peerclaims.rules import ALWAYS_ON, Rule, RuleSettings, all_rules, by_name, get
from peerclaims.suggest import closest, did_you_mean

_OWN = ("unknown-suppression", "unused-suppression")


def unknown_suppression(*_: object) -> Iterator[Finding]:
    """An ignore comment names a rule that does not exist, so it silences nothing.

    Reported at the comment, with the closest rule names. A misspelt name in
    `peerclaims: ignore[...]` would otherwise leave the finding shown and the reader
    believing it silenced. Ids (`PC209`) and names (`uncited-claim`) are both accepted.

    FAIL: `<!-- peerclaims: ignore[uncited-claims] -->` (the rule is `uncited-claim`)
    PASS: `<!-- peerclaims: ignore[uncited-claim] -->`
    """
    return iter(())  # reported by `Silencer.findings` once a file's rules have run


def unused_suppression(*_: object) -> Iterator[Finding]:
    """An ignore comment silences nothing: no finding of the rule it names is where it applies.

    Off unless selected (`--select unused-suppression`, or a severity for it in the
    configuration's rules table), as ruff's RUF100 `unused-noqa` is: a comment left behind
    after the text was fixed hides the next real problem on that line. Only rules that ran
    are judged (a comment naming a rule switched off is not reported), a bare `ignore` only
    when every rule ran; a comment naming a rule of the other kind (a corpus rule in a
    document, a document rule in the corpus) is always unused.

    FAIL: `Peer support helps (Smith, 2020). <!-- peerclaims: ignore[year-mismatch] -->`
    when the year is right
    PASS: the comment removed, or kept where the rule it names reports something
    """
    return iter(())  # reported by `Silencer.findings` once a file's rules have run


class Silencer:
    """Which findings the ignore comments of some files silence; called as `stamp`'s
    `suppressed`. Remembers each comment name that silenced something."""

    def __init__(self, directives: Mapping[str, Sequence[Directive]]) -> None:
        self.directives = directives
        self.used: set[tuple[str, int, str]] = set()  # (path, comment number, name)
        self._rules = by_name()
        self._at: dict[tuple[str, int | None], list[int]] = defaultdict(list)
        for path, comments in directives.items():
            for no, comment in enumerate(comments):
                for key in comment.covers:
                    self._at[(path, key)].append(no)

    def __call__(self, finding: Finding) -> bool:
        """Whether a comment silences `finding` (and note the names that did)."""
        if not self._at:
            return False
        rule = self._rules[finding.rule]
        # a bare `ignore` does not silence what is reported about the comment itself
        names = (rule.name, rule.id) if rule.name in _OWN else (rule.name, rule.id, "*")
        line = finding.line if finding.line > 0 else None
        keys = [(finding.path, None), *([(finding.path, line)] if line is not None else [])]
        hit = False
        for key in keys:
            for no in self._at.get(key, ()):
                comment = self.directives[finding.path][no]
                for name in comment.names:
                    if name in names:
                        self.used.add((finding.path, no, name))
                        hit = True
        return hit

    def findings(self, settings: RuleSettings, scope: str) -> Iterator[Finding]:
        """Unknown names in the comments, and unused ones when `unused-suppression` runs."""
        judge = settings.severity_of(get("unused-suppression")) is not None
        ran = {r.name for r in all_rules() if r.runs_on(scope) and settings.severity_of(r)}
        everything = all(r.name in ran for r in all_rules() if r.runs_on(scope) and r.on_by_default)
        known = {n for r in all_rules() for n in (r.id, r.name)}
        for path, comments in self.directives.items():
            for no, comment in enumerate(comments):
                unknown = [n for n in comment.names if n != "*" and n not in known]
                for name in unknown:
                    found = closest(name, sorted(known))
                    hint = did_you_mean(found) or " (see 'peerclaims rules')"
                    yield _at(comment, path, "unknown-suppression", f"no rule '{name}'{hint}")
                if judge:
                    unused = [
                        n
                        for n in comment.names
                        if n not in unknown and self._unused(path, no, n, ran, everything, scope)
                    ]
                    if unused:
                        yield _at(
                            comment, path, "unused-suppression", _unused_message(unused, scope)
                        )

    def _unused(
        self, path: str, no: int, name: str, ran: set[str], everything: bool, scope: str
    ) -> bool:
        if name == "*":
            return everything and (path, no, name) not in self.used
        rule = get(name)
        if rule.name in _OWN or rule.name in ALWAYS_ON:
            return False
        if not rule.runs_on(scope):
            return True
        return rule.name in ran and (path, no, name) not in self.used


def _unused_message(names: list[str], scope: str) -> str:
    other = [f"'{n}'" for n in names if n != "*" and not get(n).runs_on(scope)]
    named = [f"'{n}'" for n in names if n != "*" and f"'{n}'" not in other]
    parts = ["nothing here to silence"] if "*" in names else []
    parts += [f"no {' or '.join(named)} finding here to silence"] if named else []
    if other:
        kind = "corpus" if scope == "document" else "document"
        where = "documents" if scope == "document" else "the corpus files"
        parts.append(f"{', '.join(other)}: {kind} rules never run on {where}")
    return f"unused ignore comment: {'; '.join(parts)}; remove it"


def _at(comment: Directive, path: str, rule: str, message: str) -> Finding:
    return Finding(rule, path, comment.line, comment.column, message, location=comment.location)


def for_document(
    path: str, directives: Sequence[Directive], suppressions: Mapping[int | None, frozenset[str]]
) -> Silencer:
    """The silencer of one document; a document built without `directives` (by a library
    caller) is silenced by its `suppressions` alone."""
    if not directives and suppressions:
        directives = [
            Directive(tuple(sorted(names)), key or 0, covers=(key,))
            for key, names in suppressions.items()
        ]
    return Silencer({path: directives})


RULES = (
    Rule("PC215", "unknown-suppression", Severity.WARNING, "both", unknown_suppression),
    Rule(
        "PC216",
        "unused-suppression",
        Severity.WARNING,
        "both",
        unused_suppression,
        on_by_default=False,
    ),
)
