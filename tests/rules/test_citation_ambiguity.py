"""Two works of one first author and year: the citation is ambiguous, and the message says
which works and how APA tells them apart (not "no work of 2022 (it has 2022)")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerclaims.check import check_paths
from peerclaims.runner import load_corpus

CLAIMS = "version: 1\nclaims: []\n"
BIB = """\
@article{gillard2022peer,
  author = {Gillard, S. and Foster, R. and White, S.}, title = {Peer support for discharge from inpatient care},
  journal = {Lancet Psychiatry}, year = {2022}
}
@article{gillard2022impact,
  author = {Gillard, S. and Banach, N. and Barlow, E.}, title = {The impact of working as a peer worker},
  journal = {BJPsych Open}, year = {2022}
}
"""


def test_same_author_and_year(
    tmp_path: Path, corpus_files: Callable[[str, str], tuple[Path, Path]]
) -> None:
    corpus = load_corpus(*corpus_files(CLAIMS, BIB)).corpus
    doc = tmp_path / "talk.md"
    doc.write_text(
        "Peer workers did not reduce readmission (Gillard et al., 2022).\n", encoding="utf-8"
    )
    found = [d for d in check_paths([doc], corpus).diagnostics if d.name == "unresolved-citation"]
    assert [(d.line, d.column) for d in found] == [(1, 42)]
    assert found[0].message == (
        "'Gillard et al., 2022' could be any of 2 works: Gillard et al. (2022), 'The impact of "
        "working as a peer worker'; Gillard et al. (2022), 'Peer support for discharge from "
        "inpatient care'; APA tells them apart with a letter after the year (2022a, 2022b) in "
        "the text and the reference list"
    )


def test_other_year_still_says_what_the_corpus_has(
    tmp_path: Path, corpus_files: Callable[[str, str], tuple[Path, Path]]
) -> None:
    corpus = load_corpus(*corpus_files(CLAIMS, BIB)).corpus
    doc = tmp_path / "talk.md"
    doc.write_text(
        "Peer workers did not reduce readmission (Gillard et al., 2021).\n", encoding="utf-8"
    )
    messages = [d.message for d in check_paths([doc], corpus).diagnostics]
    assert any("2021" in m and "2022" in m for m in messages), messages
