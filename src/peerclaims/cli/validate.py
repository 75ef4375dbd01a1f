"""`peerclaims validate` and `peerclaims rules`."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from peerclaims.cli.app import (
    ClaimsOpt,
    ConfigOpt,
    FailOpt,
    FormatOpt,
    IgnoreOpt,
    ReferencesOpt,
    SelectOpt,
    app,
    exits_2_on_error,
    finish,
    read_config,
    split_names,
)
from peerclaims.render import OutputFormat


@app.command()
def validate(
    claims: ClaimsOpt = None,
    references: ReferencesOpt = None,
    config: ConfigOpt = None,
    fmt: FormatOpt = OutputFormat.AUTO,
    fail_level: FailOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
) -> None:
    """Check the corpus (claims.yaml and references.bib) against every corpus rule.

    Runs on the bundled corpus unless --claims/--references or the configuration name another. Results go to stdout, the summary to stderr.
    """
    with exits_2_on_error():
        from peerclaims import rules
        from peerclaims.engine import load_corpus
        from peerclaims.engine import validate as run_validate

        cfg = read_config(config)
        settings = rules.settings_for(
            split_names(select) if select is not None else cfg.select,
            [*(split_names(ignore) or []), *cfg.ignore],
            cfg.severities(),
        )
        corpus = load_corpus(claims or cfg.claims, references or cfg.references).corpus
        diagnostics = run_validate(corpus, settings)
    ran = [r for r in rules.all_rules() if r.scope == "corpus" and settings.severity_of(r)]
    finish(diagnostics, fmt, fail_level or cfg.fail_level, files=2, ran=ran)


@app.command("rules")
def list_rules(
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json or markdown "
                                     "(the markdown is docs/rules.md).")] = "text",
) -> None:
    """List every rule: id, name, default severity, scope and summary."""
    from peerclaims.render import rules as rules_doc

    renderers = {"text": rules_doc.text, "json": rules_doc.json_doc, "markdown": rules_doc.markdown}
    fmt = fmt.lower()  # like every other --format, case does not matter
    if fmt not in renderers:
        raise typer.BadParameter("choose text, json or markdown", param_hint="--format")
    sys.stdout.write(renderers[fmt]())
