"""`peerclaims validate` and `peerclaims rules`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from peerclaims.cli.app import (
    ClaimsOpt,
    ConfigOpt,
    DiagnosticsFormat,
    ExtendSelectOpt,
    FailOpt,
    FormatOpt,
    IgnoreOpt,
    OutputFileOpt,
    QuietOpt,
    ReferencesOpt,
    SelectOpt,
    StatisticsOpt,
    app,
    as_format,
    exits_2_on_error,
    finish,
    format_choices,
    format_option,
    read_config,
)
from peerclaims.cli.output import Output, emit
from peerclaims.render import Result

if TYPE_CHECKING:
    from peerclaims.rules import Rule


@app.command()
def validate(
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: FormatOpt = DiagnosticsFormat.AUTO,  # type: ignore[attr-defined]
    fail_level: FailOpt = None,
    select: SelectOpt = None,
    extend_select: ExtendSelectOpt = None,
    ignore: IgnoreOpt = None,
    output_file: OutputFileOpt = None,
    quiet: QuietOpt = False,
    statistics: StatisticsOpt = False,
) -> None:
    """Check the corpus (claims.yaml and references.bib) against every corpus rule.

    Runs on the files --claims/--references or the nearest configuration name, every layer of it (README, Configuration), else on the bundled corpus. Paths print relative to the working directory. Results go to stdout, the summary to stderr.
    """
    with exits_2_on_error():
        from peerclaims import rules
        from peerclaims.runner import validate_for

        cfg = read_config(config)
        settings = cfg.rule_settings(select, ignore, extend=extend_select)
        diagnostics, files = validate_for(cfg, claims, references, settings)
    ran = [r for r in rules.all_rules() if r.runs_on("corpus") and settings.severity_of(r)]
    finish(
        diagnostics,
        as_format(fmt),
        fail_level or cfg.fail_level,
        files=files,
        ran=ran,
        output=Output(output_file, quiet, statistics),
    )


RulesFormat = format_choices(Result.RULES)


def _names(incomplete: str) -> list[str]:
    """Rule names and ids starting with what was typed (shell completion of RULE)."""
    from peerclaims import rules

    names = [n for r in rules.all_rules() for n in (r.name, r.id)]
    return [n for n in names if n.casefold().startswith(incomplete.casefold())]


@app.command("rules")
def list_rules(
    rule: Annotated[
        str | None,
        typer.Argument(
            metavar="RULE",
            help="Explain this rule (id or name) instead of listing them all.",
            show_default=False,
            autocompletion=_names,
        ),
    ] = None,
    fmt: Annotated[
        RulesFormat,  # type: ignore[valid-type]
        format_option(
            Result.RULES,
            "text, json or markdown (the markdown is docs/rules.md, or the rule's section of it).",
        ),
    ] = RulesFormat.AUTO,  # type: ignore[attr-defined]
    output_file: OutputFileOpt = None,
) -> None:
    """List every rule: id, name, default severity, scope and summary; or explain one.

    'peerclaims rules et-al-misuse' explains one rule, as 'ruff rule' does: what it finds
    and why, failing and passing examples, its default severity and scope.
    """
    with exits_2_on_error():
        emit(Result.RULES, as_format(fmt), _rule(rule) if rule else None, output_file)


def _rule(name: str) -> Rule:
    """The rule named by id or name (any case); an unknown one is an InputError with the
    closest names."""
    from peerclaims import rules
    from peerclaims.errors import InputError
    from peerclaims.suggest import closest, did_you_mean

    for rule in rules.all_rules():
        if name.casefold() in (rule.id.casefold(), rule.name.casefold()):
            return rule
    names = [n for r in rules.all_rules() for n in (r.name, r.id)]
    raise InputError(
        f"no rule '{name}'{did_you_mean(closest(name, names))} ('peerclaims rules' lists them)"
    )
