"""`peerclaims validate` and `peerclaims rules`."""

from __future__ import annotations

import sys
from typing import Annotated

from peerclaims.cli.app import (
    ClaimsOpt,
    ConfigOpt,
    DiagnosticsFormat,
    FailOpt,
    FormatOpt,
    IgnoreOpt,
    ReferencesOpt,
    SelectOpt,
    app,
    as_format,
    exits_2_on_error,
    finish,
    format_choices,
    format_option,
    read_config,
)
from peerclaims.render import Result, render


@app.command()
def validate(
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: FormatOpt = DiagnosticsFormat.AUTO,  # type: ignore[attr-defined]
    fail_level: FailOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
) -> None:
    """Check the corpus (claims.yaml and references.bib) against every corpus rule.

    Runs on the files --claims/--references or the nearest configuration name, every layer of it (README, Configuration), else on the bundled corpus. Paths print relative to the working directory. Results go to stdout, the summary to stderr.
    """
    with exits_2_on_error():
        from peerclaims import rules
        from peerclaims.runner import validate_for

        cfg = read_config(config)
        settings = cfg.rule_settings(select, ignore)
        diagnostics, files = validate_for(cfg, claims, references, settings)
    ran = [r for r in rules.all_rules() if r.scope == "corpus" and settings.severity_of(r)]
    finish(diagnostics, as_format(fmt), fail_level or cfg.fail_level, files=files, ran=ran)


RulesFormat = format_choices(Result.RULES)


@app.command("rules")
def list_rules(
    fmt: Annotated[RulesFormat, format_option(  # type: ignore[valid-type]
        Result.RULES, "text, json or markdown (the markdown is docs/rules.md).",
    )] = RulesFormat.AUTO,  # type: ignore[attr-defined]
) -> None:
    """List every rule: id, name, default severity, scope and summary."""
    render(Result.RULES, as_format(fmt), None, sys.stdout)
