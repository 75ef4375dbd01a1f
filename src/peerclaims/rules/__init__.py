"""The rule registry and the engine that turns findings into diagnostics.

Each family module exports `RULES`, a tuple of `Rule`s. The registry below is typed out by
hand (no import-time decorators or entry points), so `peerclaims rules` and docs/rules.md
can list exactly what runs. The engine, not the rule, stamps id and configured severity.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import InitVar, dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from peerclaims.diagnostics import Diagnostic, Finding, Severity


class Scope(StrEnum):
    """What a rule checks: the corpus files, or one document against the corpus."""

    CORPUS = "corpus"
    DOCUMENT = "document"
    BOTH = "both"  # the ignore comments of documents and of the corpus files


@dataclass(frozen=True)
class Rule:
    """One check: a stable id, a kebab-case name, a default severity and its function.

    A rule that is not `on_by_default` runs only when `--select` or the configuration's
    rules table names it (as ruff's RUF100 `unused-noqa`).
    """

    id: str
    name: str
    severity: Severity
    scope_given: InitVar[str]  # a Scope or its value; a misspelt one fails at import
    check: Callable[..., Iterable[Finding]]
    scope: Scope = field(init=False)
    on_by_default: bool = True

    def __post_init__(self, scope_given: str) -> None:
        object.__setattr__(self, "scope", Scope(scope_given))

    def runs_on(self, scope: str) -> bool:
        """Whether the rule checks `scope` ("corpus" or "document")."""
        return self.scope in (scope, Scope.BOTH)

    @property
    def doc(self) -> str:
        """The check's docstring: summary, then FAIL and PASS examples."""
        return inspect.cleandoc(self.check.__doc__ or "")

    @property
    def summary(self) -> str:
        """First line of the docstring."""
        return self.doc.splitlines()[0] if self.doc else ""


@dataclass(frozen=True)
class RuleSettings:
    """Which rules run and at which severity (from options and configuration)."""

    select: frozenset[str] | None = None  # ids or names; None means all
    ignore: frozenset[str] = frozenset()
    extend: frozenset[str] = frozenset()  # added to the selection (ruff's extend-select)
    severities: Mapping[str, Severity | None] = field(default_factory=dict)  # None: off

    def severity_of(self, rule: Rule) -> Severity | None:
        """The severity a rule runs at, or None when it does not run."""
        names = {rule.id, rule.name}
        if rule.name in ALWAYS_ON:
            return rule.severity
        extended = bool(names & self.extend)
        selected = (self.select is not None and bool(names & self.select)) or extended
        if self.select is not None and not selected:
            return None
        if names & self.ignore:
            return None
        for name in (rule.id, rule.name):
            if name in self.severities:
                return self.severities[name]
        return rule.severity if rule.on_by_default or selected else None


@cache
def _registry() -> dict[str, Rule]:
    from peerclaims.rules import (
        citation,
        claims,
        evidence,
        load,
        outcomes,
        references,
        reflist,
        statements,
        suppressions,
        years,
    )

    rules = [
        *load.RULES,
        *claims.RULES,
        *references.RULES,
        *citation.RULES,
        *years.RULES,
        *reflist.RULES,
        *statements.RULES,
        *evidence.RULES,
        *outcomes.RULES,
        *suppressions.RULES,
    ]
    return {rule.id: rule for rule in rules}


def all_rules() -> list[Rule]:
    """Every registered rule, ordered by id."""
    return sorted(_registry().values(), key=lambda r: r.id)


def get(name_or_id: str) -> Rule:
    """Look a rule up by id or name; ValueError names the unknown one."""
    for rule in all_rules():
        if name_or_id in (rule.id, rule.name):
            return rule
    raise ValueError(f'no such rule: "{name_or_id}"')


def by_name() -> dict[str, Rule]:
    """Rules keyed by kebab-case name."""
    return {rule.name: rule for rule in all_rules()}


def stamp(
    findings: Iterable[Finding],
    settings: RuleSettings,
    suppressed: Callable[[Finding], bool] = lambda f: False,
) -> Iterator[Diagnostic]:
    """Turn findings into diagnostics: add id and severity, drop disabled and suppressed ones."""
    names = by_name()
    for finding in findings:
        rule = names[finding.rule]
        severity = settings.severity_of(rule)
        if severity is None or (rule.name != "unreadable-input" and suppressed(finding)):
            continue
        yield Diagnostic(
            path=finding.path,
            line=finding.line,
            column=finding.column,
            rule=rule.id,
            name=rule.name,
            severity=severity,
            message=finding.message,
            suggestion=finding.suggestion,
            location=finding.location,
            end_line=finding.end_line,
            end_column=finding.end_column,
            fix=finding.fix,
        )


def run(scope: str, settings: RuleSettings, *args: Any) -> Iterator[Finding]:
    """Run every enabled rule of a scope (a `Scope`) over its arguments."""
    for rule in all_rules():
        if rule.scope == scope and settings.severity_of(rule) is not None:
            yield from rule.check(*args)


def unknown_rule_names(names: Iterable[str]) -> list[str]:
    """The names among `names` that are neither a rule id nor a rule name."""
    known = {name for rule in all_rules() for name in (rule.id, rule.name)}
    return sorted({name for name in names if name not in known})


ALWAYS_ON = frozenset({"unreadable-input"})
"""Rules that --select, --ignore and configuration cannot switch off: nothing was checked."""


def settings_for(
    select: Iterable[str] | None,
    ignore: Iterable[str],
    severities: Mapping[str, Severity | None],
    extend: Iterable[str] = (),
) -> RuleSettings:
    """Build settings, refusing rule names and ids that do not exist."""
    from peerclaims.errors import ConfigError

    if select is not None and not list(select):
        raise ConfigError("--select names no rule; give rule ids or names")
    unknown = unknown_rule_names([*(select or ()), *ignore, *severities, *extend])
    if unknown:
        raise ConfigError(
            f"unknown rule {', '.join(repr(u) for u in unknown)} (see 'peerclaims rules')"
        )
    return RuleSettings(
        select=frozenset(select) if select is not None else None,
        ignore=frozenset(ignore),
        severities=dict(severities),
        extend=frozenset(extend),
    )
