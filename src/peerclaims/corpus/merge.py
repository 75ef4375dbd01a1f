"""Layering corpora: the bundled one first, then the user's extra claims and works."""

from __future__ import annotations

from collections.abc import Iterable

from peerclaims.corpus.load import Corpus


def merge_corpora(base: Corpus, extras: Iterable[Corpus]) -> Corpus:
    """One corpus from layers, for every command: `base` first, then `extras` in order.

    The first layer that has a claim id or a work key wins; later ones are left out (the
    `layer-conflict` rule reports them). Each layer keeps its files and positions in
    `layers` (`claim_origin`, `reference_origin`), and validate checks each one
    (`layer_views`). With no extras, `base` is returned as it is.
    """
    layers = (base, *extras)
    if len(layers) == 1:
        return base
    claims, references = list(base.claims), list(base.references)
    ids = {c.id for c in claims}
    keys = {r.key.lower() for r in references}
    findings = list(base.load_findings)
    for extra in layers[1:]:
        claims += [c for c in extra.claims if c.id not in ids]
        references += [r for r in extra.references if r.key.lower() not in keys]
        ids |= {c.id for c in extra.claims}
        keys |= {r.key.lower() for r in extra.references}
        findings += [f for f in extra.load_findings if f.rule == "unreadable-input"]
    return Corpus(
        claims=tuple(claims),
        references=tuple(references),
        claims_path=base.claims_path,
        references_path=base.references_path,
        claim_rows=base.claim_rows,
        values=base.values,
        keys=base.keys,
        suppressions=base.suppressions,
        directives=base.directives,
        load_findings=tuple(findings),
        claim_positions=base.claim_positions,
        layers=layers,
    )
