"""Documents written the way curricula are, beyond the seeds: what is reported, and no more.

False alarms cost as much as misses; these pin both down on two handouts that mix citation
styles (APA group authors, page locators, et al. in lists, Vancouver-free prose) with
statistics, quotations and study questions.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from peerclaims import load_corpus
from peerclaims.check import check_paths
from peerclaims.diagnostics import Diagnostic
from tests.helpers import TESTS

DOCUMENTS = TESTS / "fixtures" / "documents"


@cache
def found(name: str) -> tuple[Diagnostic, ...]:
    """Diagnostics of one fixture document against the bundled corpus."""
    return check_paths([DOCUMENTS / name], load_corpus().corpus).diagnostics


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "handout.md",
            [
                (4, "unresolved-citation"),  # SAMHSA 2015: not in the corpus
                (6, "unresolved-citation"),  # CMS 2007
                (6, "missing-from-reference-list"),
                (10, "unknown-claim"),  # "showed moderate evidence of effectiveness"
                (11, "unknown-claim"),  # "found positive effects on substance use"
                (15, "misattributed-claim"),  # relapse credited to Bernstein, not Boisvert
                (15, "missing-from-reference-list"),
                (16, "missing-from-reference-list"),
                (17, "uncited-claim"),  # its neighbours' own citations are not its
                (17, "unknown-claim"),
                (19, "unknown-claim"),  # "a promising practice"; Eddie et al. 2019 resolves
            ],
        ),
        (
            "module.md",
            [
                # Solomon (2004), Lloyd-Evans et al. (2014), Repper and Carter (2011) resolve: they are
                # in the field corpus
                (12, "not-in-corpus"),  # SAMHSA [SAMHSA] (2017): in its own list only
                (17, "statistic-mismatch"),  # 20% against the trial's 42%
                # line 24's workforce count in running prose is context, not a claim
            ],
        ),
    ],
)
def test_exactly_these_findings(name: str, expected: list[tuple[int, str]]) -> None:
    """Each handout yields exactly the findings listed, at the lines listed."""
    assert [(d.line, d.name) for d in found(name)] == expected


def test_figure_checked_against_the_cited_trial() -> None:
    """A 20% reduction credited to Sledge et al. is compared with that trial's own means."""
    [stat] = [d for d in found("module.md") if d.name == "statistic-mismatch"]
    assert stat.message == (
        "20% does not follow from the study's figures (0.89 vs 1.53 admissions: a 42% reduction)"
    )


def test_not_citations() -> None:
    """Page locators, p-values, sample sizes, quotations and questions raise nothing."""
    lines = {d.line for d in found("module.md")} | {d.line for d in found("handout.md")}
    assert not lines & {21, 23, 27, 31, 32}


def conference_deck(path: Path) -> Path:
    """A typical conference deck: title, agenda, a cited outcomes slide with a source footer,
    an uncited numbers slide, a quotation, tips and a questions slide."""
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()

    def slide(title: str, bullets: list[str], foot: str | None = None) -> None:
        page = deck.slides.add_slide(deck.slide_layouts[1])
        page.shapes.title.text = title
        frame = page.placeholders[1].text_frame
        for i, text in enumerate(bullets):
            (frame.paragraphs[0] if i == 0 else frame.add_paragraph()).text = text
        if foot:
            box = page.shapes.add_textbox(Inches(0.5), Inches(6.8), Inches(9), Inches(0.4))
            box.text_frame.text = foot

    slide(
        "Peer Support Works: Evidence Update",
        ["Presented by Jane Doe, MSW", "Annual Conference, October 2024"],
    )
    slide("Agenda", ["What is peer support?", "The evidence", "Implementation", "Q&A"])
    slide(
        "What is peer support?",
        [
            "Support from someone with lived experience",
            "Mutuality and shared experience (Mead & McNeil, 2006)",
        ],
    )
    slide(
        "Outcomes",
        [
            "Reduced hospital admissions",
            "Increased hope and empowerment",
            "Greater engagement in care",
        ],
        foot="Source: Chinman et al. (2014), Psychiatric Services",
    )
    slide(
        "By the numbers",
        [
            "Peer support reduced readmissions by 42%",
            "Over 30,000 trained peer supporters nationwide",
        ],
    )
    slide("Quote", ["“My peer specialist believed in me when I didn't.” – Program participant"])
    slide("Implementation tips", ["Train supervisors", "Define the role clearly"])
    slide("Questions?", ["jane.doe@example.org"])
    deck.save(path)
    return path


def test_conference_deck(tmp_path: Path) -> None:
    """A "Source:" footer cites its slide; only slide 5's two bare figures are reported."""
    found = check_paths(
        [conference_deck(tmp_path / "conference.pptx")], load_corpus().corpus
    ).diagnostics
    assert [(d.location, d.name, d.suggestion) for d in found] == [
        ("slide 5 (Content Placeholder 2)", "uncited-claim", "(Sledge et al., 2011)"),
        ("slide 5 (Content Placeholder 2)", "uncited-claim", None),
    ]
