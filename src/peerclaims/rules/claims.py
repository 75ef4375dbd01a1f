"""Rules on claims and their links to references."""

from __future__ import annotations

import re
from collections.abc import Iterator

from peerclaims.corpus.load import Corpus
from peerclaims.corpus.model import Claim
from peerclaims.corpus.vocab import GREY_DESIGNS, GREY_ENTRY_TYPES, allowed
from peerclaims.diagnostics import Finding, Severity
from peerclaims.rules import Rule
from peerclaims.suggest import closest_one

_PERCENT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|percent)")


def _at(
    corpus: Corpus,
    no: int,
    rule: str,
    message: str,
    *path: str | int,
    suggestion: str | None = None,
) -> Finding:
    pos = corpus.where(no, *path)
    return Finding(rule, corpus.claims_path, pos.line, pos.column, message, suggestion)


def duplicate_claim_id(corpus: Corpus) -> Iterator[Finding]:
    """Two claims share an id; ids must be unique because users cite them.

    FAIL: two claims with `id: increased-hope`
    PASS: `id: increased-hope` and `id: increased-hope-family`
    """
    first: dict[str, int] = {}
    for no, claim in enumerate(corpus.claims):
        if claim.id in first:
            line = corpus.where(first[claim.id], "id").line
            yield _at(
                corpus,
                no,
                "duplicate-claim-id",
                f"claim id '{claim.id}' is already used at line {line}",
                "id",
            )
        else:
            first[claim.id] = no


def unknown_reference(corpus: Corpus) -> Iterator[Finding]:
    """Evidence names a key that is not in references.bib; the closest key is suggested.

    FAIL: `ref: sledge2011effectivness` (no such key)
    PASS: `ref: sledge2011effectiveness`
    """
    if any(
        f.rule == "unreadable-input" and f.path == corpus.references_path
        for f in corpus.load_findings
    ):
        return  # references.bib could not be read: every key would look unknown
    keys = [ref.key for ref in corpus.references]
    for no, claim in enumerate(corpus.claims):
        for i, ev in enumerate(claim.evidence):
            if corpus.reference(ev.ref) is None:
                near = closest_one(ev.ref, keys)
                yield _at(
                    corpus,
                    no,
                    "unknown-reference",
                    f"claim '{claim.id}' cites '{ev.ref}', which is not in "
                    f"{_name(corpus.references_path)}",
                    "evidence",
                    i,
                    "ref",
                    suggestion=near and f"did you mean '{near}'?",
                )


def unknown_vocabulary_value(corpus: Corpus) -> Iterator[Finding]:
    """A closed field has a value outside its vocabulary (docs/schema.md#vocabularies).

    Checks population, outcome, direction, kind, evidence support and certainty in
    claims.yaml, and `studydesign` and each of `outcomes` in references.bib.

    FAIL: `population: mental health` (space instead of hyphen)
    PASS: `population: mental-health`
    """
    for no, claim in enumerate(corpus.claims):
        for name in ("population", "outcome", "direction", "kind"):
            yield from _vocab(corpus, no, name, getattr(claim, name), (name,))
        for i, ev in enumerate(claim.evidence):
            yield from _vocab(corpus, no, "support", ev.support, ("evidence", i, "support"))
            if ev.certainty is not None:
                yield from _vocab(
                    corpus, no, "certainty", ev.certainty, ("evidence", i, "certainty")
                )
    for ref in corpus.references:
        values = [("studydesign", ref.design)] if ref.design is not None else []
        values += [("outcomes", value) for value in ref.outcomes or ()]
        for name, value in values:
            choices = allowed("outcome" if name == "outcomes" else name)
            if value in choices:
                continue
            pos = ref.field_positions.get(name, ref.position)
            near = closest_one(value, choices)
            yield Finding(
                "unknown-vocabulary-value",
                corpus.references_path,
                pos.line,
                pos.column,
                f"{name} '{value}' of '{ref.key}' is not one of: {', '.join(choices)}",
                near and f"did you mean '{near}'?",
            )


def _vocab(
    corpus: Corpus, no: int, name: str, value: str, path: tuple[str | int, ...]
) -> Iterator[Finding]:
    choices = allowed(name)
    if value not in choices:
        near = closest_one(value, choices)
        yield _at(
            corpus,
            no,
            "unknown-vocabulary-value",
            f"{name} '{value}' is not one of: {', '.join(choices)}",
            *path,
            suggestion=near and f"did you mean '{near}'?",
        )


def claim_without_evidence(corpus: Corpus) -> Iterator[Finding]:
    """A claim lists no evidence at all, so nothing can be checked against it.

    FAIL: a claim with no `evidence:` list
    PASS: `evidence: [{ref: davidson2012peer, support: review}]`
    """
    for no, claim in enumerate(corpus.claims):
        if not claim.evidence:
            yield _at(
                corpus, no, "claim-without-evidence", f"claim '{claim.id}' has no evidence", "id"
            )


def is_quantitative(claim: Claim) -> bool:
    """A claim with an effect, or a percentage in its statement."""
    return claim.effect is not None or bool(_PERCENT.search(claim.statement))


def quantitative_claim_without_locator(corpus: Corpus) -> Iterator[Finding]:
    """A claim states a number but none of its evidence says where that number is printed.

    FAIL: `effect: {measure: admissions, relative_change: -0.42}` and evidence without `locator`
    PASS: the same with `locator: "Table 2"` on the evidence that reports it
    """
    for no, claim in enumerate(corpus.claims):
        if is_quantitative(claim) and claim.evidence and not any(e.locator for e in claim.evidence):
            yield _at(
                corpus,
                no,
                "quantitative-claim-without-locator",
                f"claim '{claim.id}' states a figure but no evidence gives a locator "
                "(page, table or section)",
                "evidence",
            )


def single_study_claim(corpus: Corpus) -> Iterator[Finding]:
    """A claim rests on a single work; worth knowing before quoting it as established.

    FAIL (info): `evidence: [{ref: sledge2011effectiveness}]`
    PASS: two or more independent works in `evidence`
    """
    for no, claim in enumerate(corpus.claims):
        if len({e.ref.lower() for e in claim.evidence}) == 1:
            yield _at(
                corpus,
                no,
                "single-study-claim",
                f"claim '{claim.id}' rests on a single work ({claim.evidence[0].ref})",
                "evidence",
            )


def is_grey(corpus: Corpus, key: str) -> bool:
    """Whether a work is grey literature: a report-like design, or a report-like entry type."""
    ref = corpus.reference(key)
    if ref is None:
        return False
    if ref.design is not None:
        return ref.design in GREY_DESIGNS
    return ref.entry_type in GREY_ENTRY_TYPES


def grey_only_evidence(corpus: Corpus) -> Iterator[Finding]:
    """Every work supporting a claim is a report or other grey literature.

    FAIL: a claim whose only evidence is `@techreport{nasmhpd2006, ...}`
    PASS: a claim also supported by a peer-reviewed `@article`
    """
    for no, claim in enumerate(corpus.claims):
        known = [e.ref for e in claim.evidence if corpus.reference(e.ref) is not None]
        if known and all(is_grey(corpus, key) for key in known):
            yield _at(
                corpus,
                no,
                "grey-only-evidence",
                f"claim '{claim.id}' rests only on grey literature ({', '.join(known)})",
                "evidence",
            )


def _name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


RULES = (
    Rule("PC104", "duplicate-claim-id", Severity.ERROR, "corpus", duplicate_claim_id),
    Rule("PC105", "unknown-reference", Severity.ERROR, "corpus", unknown_reference),
    Rule("PC106", "unknown-vocabulary-value", Severity.ERROR, "corpus", unknown_vocabulary_value),
    Rule("PC107", "claim-without-evidence", Severity.WARNING, "corpus", claim_without_evidence),
    Rule(
        "PC108",
        "quantitative-claim-without-locator",
        Severity.WARNING,
        "corpus",
        quantitative_claim_without_locator,
    ),
    Rule("PC109", "single-study-claim", Severity.INFO, "corpus", single_study_claim),
    Rule("PC110", "grey-only-evidence", Severity.WARNING, "corpus", grey_only_evidence),
)
