"""PC215 unknown-suppression and PC216 unused-suppression: ignore comments in every
document format and in the corpus files, as `check` and `validate` report them."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerclaims.check import check_paths
from peerclaims.corpus.load import read_corpus
from peerclaims.rules import RuleSettings, get, settings_for
from peerclaims.runner import validate
from tests.helpers import check_diagnostics, check_messages, check_text, write_corpus

STATES = "48 states and DC reimburse peer support services."
CITED = "Peer support offers acceptance and validation (Mead & McNeil, 2006)."


def test_unknown_rule_name_is_reported_at_the_comment_with_did_you_mean() -> None:
    text = f"{STATES} <!-- peerclaims: ignore[uncited-claims] -->\n"
    found = check_diagnostics(text, select=["uncited-claim", "unknown-suppression"])
    assert [(d.line, d.column, d.name, d.rule) for d in found] == [
        (1, 1, "uncited-claim", "PC209"),  # the misspelt comment silenced nothing
        (1, len(STATES) + 7, "unknown-suppression", "PC215"),
    ]
    assert found[1].message == "no rule 'uncited-claims'; did you mean 'uncited-claim'?"


def test_unknown_rule_with_nothing_alike_points_to_the_rule_list() -> None:
    messages = check_messages("<!-- peerclaims: ignore[zzqqxx] -->\n\nHello.\n")
    assert messages == [("unknown-suppression", "no rule 'zzqqxx' (see 'peerclaims rules')", None)]


def test_unknown_suppression_runs_by_default_and_is_a_warning() -> None:
    rule = get("unknown-suppression")
    assert (rule.id, rule.severity.value, rule.on_by_default) == ("PC215", "warning", True)
    assert RuleSettings().severity_of(rule) is not None


def test_rule_ids_silence_like_names() -> None:
    """docs/rules.md: ids or names in ignore comments."""
    assert check_text(f"<!-- peerclaims: ignore[PC209] -->\n{STATES}\n") == []


def test_unused_suppression_is_off_unless_selected() -> None:
    rule = get("unused-suppression")
    assert (rule.id, rule.on_by_default) == ("PC216", False)
    assert RuleSettings().severity_of(rule) is None
    assert RuleSettings(select=frozenset({"PC216"})).severity_of(rule) is not None
    # a severity in the configuration's rules table switches it on too
    assert settings_for(None, [], {"unused-suppression": None}).severity_of(rule) is None
    on = settings_for(None, [], {"unused-suppression": get("schema").severity})
    assert on.severity_of(rule) is not None
    text = f"{CITED} <!-- peerclaims: ignore[uncited-claim] -->\n"
    assert check_text(text) == []


def test_unused_suppression_when_selected() -> None:
    """A comment covers its line and the next; one silencing nothing on either is unused."""
    text = (
        f"{STATES} <!-- peerclaims: ignore[uncited-claim] -->\n\n"
        f"{CITED} <!-- peerclaims: ignore[uncited-claim, year-mismatch] -->\n"
    )
    found = check_diagnostics(text, select=["uncited-claim", "year-mismatch", "unused-suppression"])
    assert [(d.line, d.name, d.message) for d in found] == [
        (
            3,
            "unused-suppression",
            "unused ignore comment: no 'uncited-claim' or 'year-mismatch' finding here to "
            "silence; remove it",
        )
    ]


def test_a_rule_that_did_not_run_is_not_judged() -> None:
    """Selecting one rule must not call every other comment unused."""
    text = f"{CITED} <!-- peerclaims: ignore[year-mismatch] -->\n"
    assert check_text(text, select=["uncited-claim", "unused-suppression"]) == []
    assert check_text(text, select=["year-mismatch", "unused-suppression"]) == [
        (1, len(CITED) + 7, "unused-suppression")
    ]


def test_bare_ignore_is_judged_only_when_every_rule_ran() -> None:
    text = f"{CITED} <!-- peerclaims: ignore -->\n"
    assert check_text(text, select=["uncited-claim", "unused-suppression"]) == []
    every = [r.name for r in all_document_rules()] + ["unused-suppression"]
    assert check_messages(text, select=every) == [
        ("unused-suppression", "unused ignore comment: nothing here to silence; remove it", None)
    ]
    used = f"{STATES} <!-- peerclaims: ignore -->\n"
    assert check_text(used, select=every) == []


def all_document_rules() -> list[object]:
    from peerclaims.rules import all_rules

    return [r for r in all_rules() if r.runs_on("document") and r.on_by_default]


def test_a_corpus_rule_in_a_document_is_always_unused() -> None:
    text = f"{STATES} <!-- peerclaims: ignore[schema, uncited-claim] -->\n"
    assert check_messages(text, select=["uncited-claim", "unused-suppression"]) == [
        (
            "unused-suppression",
            "unused ignore comment: 'schema': corpus rules never run on documents; remove it",
            None,
        )
    ]


def test_the_suppression_rules_can_be_silenced_themselves() -> None:
    text = (
        "<!-- peerclaims: ignore-file[unknown-suppression] -->\n\n"
        f"{STATES} <!-- peerclaims: ignore[uncited-claims] -->\n"
    )
    assert check_text(text, select=["unknown-suppression", "unused-suppression"]) == []


@pytest.mark.parametrize(
    ("suffix", "text", "line"),
    [
        (".txt", f"# peerclaims: ignore[uncited-clam]\n{STATES}\n", 1),
        (".md", f"{STATES}\n<!--\nnote\npeerclaims: ignore[uncited-clam]\n-->\n", 4),
    ],
)
def test_the_comment_line_in_text_formats(suffix: str, text: str, line: int) -> None:
    found = check_diagnostics(text, suffix, select=["unknown-suppression"])
    assert [(d.line, d.name) for d in found] == [(line, "unknown-suppression")]
    assert "did you mean 'uncited-claim'?" in found[0].message


def test_office_and_pdf_comments_are_located(tmp_path: Path) -> None:
    """A .docx comment is named by its paragraph's place, pptx notes by slide, PDF by page."""
    import docx
    from pptx import Presentation

    document = docx.Document()
    document.add_heading("Outcomes", level=1)
    document.add_paragraph(f"{STATES} peerclaims: ignore[uncited-clam]")
    document.save(str(tmp_path / "handout.docx"))
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    slide.notes_slide.notes_text_frame.text = "peerclaims: ignore[uncited-clam]"
    deck.save(str(tmp_path / "deck.pptx"))
    result = check_paths([tmp_path], read_corpus(), RuleSettings(select=frozenset({"PC215"})))
    assert sorted((Path(d.path).name, d.line, d.location) for d in result.diagnostics) == [
        ("deck.pptx", 1, "slide 1 (notes)"),
        ("handout.docx", 2, 'under "Outcomes", paragraph starting "48 states and DC…"'),
    ]


# --- the corpus files ------------------------------------------------------------------

CLAIMS = """\
version: 1  # peerclaims: ignore[schema]
# peerclaims: ignore[schma, vague-citation]
claims:
  - id: peer-hope
    statement: Peer support increases hope.
    population: mental-health
    outcome: hope
    direction: increase
    evidence:
      - ref: smith2020hope  # peerclaims: ignore[unknown-reference]
"""
BIB = """\
% peerclaims: ignore[duplicate-bib-kye]
@article{smith2020hope,
  author = {Smith, Jane},
  title = {Hope},
  journal = {Journal of Hope},
  year = {2020},
}
"""


def test_validate_reports_unknown_rules_in_claims_and_references(tmp_path: Path) -> None:
    claims, references = write_corpus(tmp_path, CLAIMS, BIB)
    found = validate(read_corpus(claims, references), RuleSettings())
    unknown = [(Path(d.path).name, d.line, d.column, d.message) for d in found if d.rule == "PC215"]
    assert unknown == [
        ("claims.yaml", 2, 1, "no rule 'schma'; did you mean 'schema'?"),
        ("references.bib", 1, 1, "no rule 'duplicate-bib-kye'; did you mean 'duplicate-bib-key'?"),
    ]
    assert not [d for d in found if d.rule == "PC216"]  # off unless selected


def test_validate_reports_unused_comments_when_selected(tmp_path: Path) -> None:
    claims, references = write_corpus(tmp_path, CLAIMS, BIB)
    settings = settings_for(["schema", "unknown-reference", "unused-suppression"], [], {})
    found = validate(read_corpus(claims, references), settings)
    assert [(Path(d.path).name, d.line, d.message) for d in found] == [
        (
            "claims.yaml",
            1,
            "unused ignore comment: no 'schema' finding here to silence; remove it",
        ),
        (
            "claims.yaml",
            2,
            "unused ignore comment: 'vague-citation': document rules never run on the corpus "
            "files; remove it",
        ),
        (
            "claims.yaml",
            10,
            "unused ignore comment: no 'unknown-reference' finding here to silence; remove it",
        ),
    ]
