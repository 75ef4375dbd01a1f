"""A presenter who cites the field's works correctly gets no author or year finding (issue 9):
the bundled corpus holds the published record, so a correct APA citation of a review or
trial resolves exactly, in parenthetical and narrative form."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerclaims.check import check_paths
from peerclaims.match.listing import list_citations
from peerclaims.runner import load_corpus

HANDOUT = """\
# What the evidence says about peer support

- A meta-analysis found little evidence of effects on hospitalisation (Lloyd-Evans et al., 2014).
- Consumer-providers achieved outcomes like those of professionals (Pitt et al., 2013).
- Peer-delivered interventions showed small effects on hope (Fuhr et al., 2014).
- One-to-one peer support had no effect on clinical outcomes (White et al., 2020).
- Chien et al. (2019) rated the evidence as very low certainty.
- Peer recovery support is associated with reduced relapse (Reif et al., 2014).
- Bassuk et al. (2016) reviewed nine studies of peer-delivered recovery support.
- Peer-supported self-management reduced readmission to crisis care (Johnson et al., 2018).
- Repper and Carter (2011) reviewed the literature on peer support in mental health services.
- Mead et al. (2001) described a theoretical perspective on peer support.
- Solomon (2004) set out the critical ingredients of peer-provided services.
- Eddie et al. (2019) reviewed recovery coaching.
- Dennis et al. (2009) tested telephone peer support for postnatal depression.
- Recovery mentors reduced readmissions (Sledge et al., 2011).
- Self-stigma and quality of life (Corrigan et al., 2013).
"""

CITATION_RULES = {
    "author-misspelt",
    "year-mismatch",
    "et-al-misuse",
    "unresolved-citation",
    "vague-citation",
}


@pytest.fixture(scope="module")
def handout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("talk") / "handout.md"
    path.write_text(HANDOUT, encoding="utf-8")
    return path


def test_no_citation_finding(handout: Path) -> None:
    found = [
        (d.line, d.name, d.message)
        for d in check_paths([handout], load_corpus().corpus).diagnostics
        if d.name in CITATION_RULES
    ]
    assert found == []


def test_every_citation_resolves_exactly(handout: Path) -> None:
    rows = list_citations([handout], load_corpus().corpus).rows
    assert len(rows) == 15
    assert [(r.text, r.status) for r in rows if r.status != "exact"] == []
