"""APA 7 citations: exact strings for each author-count rule and entry type, italics, ordering."""

from __future__ import annotations

import pytest

from peerclaims.apa import Formatted, Segment, format_references, initials, segments_text
from peerclaims.corpus.bib import parse_bib
from peerclaims.corpus.load import read_corpus
from peerclaims.corpus.model import Reference
from peerclaims.render.cite import html, markdown
from tests.helpers import TESTS

FIXTURE = TESTS / "fixtures" / "report"


def refs(bibtex: str) -> list[Reference]:
    """Parse BibTeX text into references."""
    parsed = parse_bib(bibtex, "test.bib")
    assert not parsed.findings, parsed.findings
    return list(parsed.references)


def one(bibtex: str) -> Formatted:
    """Format the single entry of a BibTeX text."""
    (formatted,) = format_references(refs(bibtex))
    return formatted


def by_key(formatted: list[Formatted]) -> dict[str, Formatted]:
    """Formatted works by key."""
    return {f.key: f for f in formatted}


def people(n: int) -> str:
    """A BibTeX author list of n people: "Author1, A. and Author2, B. …"."""
    return " and ".join(f"Author{i}, {chr(64 + (i - 1) % 26 + 1)}." for i in range(1, n + 1))


def listed(numbers: range) -> list[str]:
    """The reference-list forms of people(n)'s authors with these numbers."""
    return [f"Author{i}, {chr(64 + (i - 1) % 26 + 1)}." for i in numbers]


AUTHOR_COUNT_CASES = [
    # (authors, parenthetical, narrative, reference author element)
    ("Mead, Shery", "(Mead, 2006)", "Mead (2006)", "Mead, S."),
    (
        "Mead, Shery and McNeil, Cheryl",
        "(Mead & McNeil, 2006)",
        "Mead and McNeil (2006)",
        "Mead, S., & McNeil, C.",
    ),
    (
        "Yanos, T. P. and Primavera, L. H. and Knight, E. L.",
        "(Yanos et al., 2006)",
        "Yanos et al. (2006)",
        "Yanos, T. P., Primavera, L. H., & Knight, E. L.",
    ),
    (
        "{World Health Organization}",
        "(World Health Organization, 2006)",
        "World Health Organization (2006)",
        "World Health Organization.",
    ),
    ("Reif and others", "(Reif et al., 2006)", "Reif et al. (2006)", "Reif, et al."),
    ("Mead and Hansen", "(Mead & Hansen, 2006)", "Mead and Hansen (2006)", "Mead & Hansen."),
]


@pytest.mark.parametrize(("authors", "paren", "narrative", "element"), AUTHOR_COUNT_CASES)
def test_author_count_rules(authors: str, paren: str, narrative: str, element: str) -> None:
    """One, two, three and more authors, organisations and `and others` in text and list."""
    f = one(f"@misc{{k, author = {{{authors}}}, title = {{Title}}, year = {{2006}}}}")
    assert segments_text(f.parenthetical) == paren
    assert segments_text(f.narrative) == narrative
    assert segments_text(f.reference) == f"{element} (2006). Title."


def test_twenty_authors_are_all_listed() -> None:
    """Up to 20 authors every name is listed, "&" before the last."""
    f = one(f"@misc{{k, author = {{{people(20)}}}, title = {{T}}, year = {{2020}}}}")
    names = listed(range(1, 21))
    assert segments_text(f.reference) == ", ".join(names[:-1]) + ", & " + names[-1] + " (2020). T."
    assert segments_text(f.parenthetical) == "(Author1 et al., 2020)"


@pytest.mark.parametrize("count", [21, 23])
def test_twenty_one_or_more_authors_are_elided(count: int) -> None:
    """From 21 authors: the first 19, an ellipsis, then the last, with no "&"."""
    f = one(f"@misc{{k, author = {{{people(count)}}}, title = {{T}}, year = {{2020}}}}")
    expected = ", ".join(listed(range(1, 20))) + ", . . . " + listed(range(count, count + 1))[0]
    assert segments_text(f.reference) == expected + " (2020). T."


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        ("William H.", "W. H."),
        ("Larry", "L."),
        ("K.E.", "K. E."),
        ("Jean-Paul", "J.-P."),
        ("S-Y.", "S.-Y."),
        ("Shimri Hadas", "S. H."),
        ("", ""),
    ],
)
def test_initials(first: str, expected: str) -> None:
    """Initials come from given names, hyphens kept."""
    assert initials(first) == expected


def test_particles_and_suffixes() -> None:
    """ "von" stays with the surname; "Jr." follows the initials."""
    f = one(
        "@misc{k, author = {von Esenwein, S. A. and King, Jr., Martin Luther}, "
        "title = {T}, year = {2010}}"
    )
    assert segments_text(f.reference) == "von Esenwein, S. A., & King, M. L., Jr. (2010). T."
    assert segments_text(f.parenthetical) == "(von Esenwein & King, 2010)"


def test_year_suffixes_follow_title_order() -> None:
    """Same author, same year: a, b by title; in text and in the list."""
    works = by_key(
        format_references(
            refs(
                "@misc{w2, author = {White, W. L.}, title = {The sponsor}, year = {2006}}\n"
                "@misc{w1, author = {White, W. L.}, title = {Let's go}, year = {2006}}\n"
                "@misc{w3, author = {White, W. L.}, title = {Other}, year = {2007}}\n"
            )
        )
    )
    assert segments_text(works["w1"].parenthetical) == "(White, 2006a)"
    assert segments_text(works["w2"].narrative) == "White (2006b)"
    assert segments_text(works["w3"].parenthetical) == "(White, 2007)"
    assert segments_text(works["w2"].reference).startswith("White, W. L. (2006b). ")


def test_written_year_suffix_is_kept_and_not_reused() -> None:
    """A suffix written in the year field stays; the other work takes the next free letter."""
    works = by_key(
        format_references(
            refs(
                "@misc{a, author = {White}, title = {Zeta}, year = {2006a}}\n"
                "@misc{b, author = {White}, title = {Alpha}, year = {2006}}\n"
            )
        )
    )
    assert segments_text(works["a"].parenthetical) == "(White, 2006a)"
    assert segments_text(works["b"].parenthetical) == "(White, 2006b)"


def test_no_date_and_no_date_suffixes() -> None:
    """No year gives "n.d."; two undated works by one author get "n.d.-a" and "n.d.-b"."""
    works = by_key(
        format_references(
            refs(
                "@misc{a, author = {Mead and Hansen}, title = {B}}\n"
                "@misc{b, author = {Mead and Hansen}, title = {A}}\n"
            )
        )
    )
    assert segments_text(works["b"].parenthetical) == "(Mead & Hansen, n.d.-a)"
    assert segments_text(works["a"].narrative) == "Mead and Hansen (n.d.-b)"


def test_colliding_et_al_forms_get_more_names() -> None:
    """Two "Rowe et al., 2007" with different authors: as many names as tell them apart."""
    works = by_key(
        format_references(
            refs(
                "@misc{a, author = {Rowe, M. and Bellamy, C. and Baranoski, M. and Wieland, M. and "
                "Sells, D.}, title = {A}, year = {2007}}\n"
                "@misc{b, author = {Rowe, M. and Bellamy, C. and Sells, D. and Benedict, P. and "
                "Davidson, L.}, title = {B}, year = {2007}}\n"
                "@misc{d, author = {Rowe, M. and Bellamy, C. and Sells, D. and Benedict, P. and "
                "Baranoski, M.}, title = {D}, year = {2007}}\n"
                "@misc{c, author = {Rowe, M. and Benedict, P. and Sells, D.}, title = {C}, "
                "year = {2007}}\n"
            )
        )
    )
    assert segments_text(works["a"].parenthetical) == "(Rowe, Bellamy, Baranoski, et al., 2007)"
    assert (
        segments_text(works["b"].narrative) == "Rowe, Bellamy, Sells, Benedict, and Davidson (2007)"
    )
    assert (
        segments_text(works["d"].parenthetical)
        == "(Rowe, Bellamy, Sells, Benedict, & Baranoski, 2007)"
    )
    assert segments_text(works["c"].parenthetical) == "(Rowe, Benedict, & Sells, 2007)"
    assert segments_text(works["c"].narrative) == "Rowe, Benedict, and Sells (2007)"


ENTRY_CASES = [
    (
        "@article{k, author = {Mead, S.}, title = {Peer support: What makes it unique}, "
        "journal = {Psychosocial Journal}, year = {2006}, volume = {10}, number = {2}, "
        "pages = {29--37}, doi = {10.1/abc}}",
        "Mead, S. (2006). Peer support: What makes it unique. *Psychosocial Journal, 10*(2), "
        "29–37. https://doi.org/10.1/abc",
    ),
    (
        "@article{k, author = {Walker, G.}, title = {Metasynthesis}, journal = {Journal}, "
        "year = {2013}, volume = {36}, pages = {28-34}}",
        "Walker, G. (2013). Metasynthesis. *Journal, 36*, 28–34.",
    ),
    (
        "@article{k, author = {Leggatt, M.}, title = {Family work}, journal = {Early Intervention}, "
        "year = {2015}, url = {https://example.org/x}}",
        "Leggatt, M. (2015). Family work. *Early Intervention*. https://example.org/x",
    ),
    (
        "@book{k, author = {Smith, Jane}, title = {A book}, publisher = {Pub}, year = {2000}, "
        "edition = {2}}",
        "Smith, J. (2000). *A book* (2nd ed.). Pub.",
    ),
    (
        "@book{k, editor = {Stroul, B. A.}, title = {Systems of care}, publisher = {Brookes}, "
        "year = {1996}}",
        "Stroul, B. A. (Ed.). (1996). *Systems of care*. Brookes.",
    ),
    (
        "@incollection{k, author = {Koroloff, N. M.}, title = {The role of family members}, "
        "booktitle = {Children's mental health}, editor = {Stroul, B. A.}, "
        "publisher = {Brookes}, year = {1996}, pages = {409--426}}",
        "Koroloff, N. M. (1996). The role of family members. In B. A. Stroul (Ed.), "
        "*Children's mental health* (pp. 409–426). Brookes.",
    ),
    (
        "@incollection{k, author = {Koroloff, N. M.}, title = {Role}, booktitle = {Book}, "
        "editor = {Stroul, B. A. and Friedman, R. M. and Hall, J.}, publisher = {P}, year = {1996}}",
        "Koroloff, N. M. (1996). Role. In B. A. Stroul, R. M. Friedman, & J. Hall (Eds.), *Book*. P.",
    ),
    (
        "@inbook{k, author = {Davidson, L.}, title = {Living outside mental illness}, "
        "chapter = {3}, pages = {40--60}, publisher = {NYU Press}, year = {2003}}",
        "Davidson, L. (2003). *Living outside mental illness* (Chapter 3, pp. 40–60). NYU Press.",
    ),
    (
        "@techreport{k, author = {Trachtenberg, T.}, title = {Is it good value for money?}, "
        "institution = {Centre for Mental Health}, year = {2013}}",
        "Trachtenberg, T. (2013). *Is it good value for money?* Centre for Mental Health.",
    ),
    (
        "@techreport{k, author = {{Centre for Mental Health}}, title = {Peer report}, "
        "institution = {Centre for Mental Health}, number = {7}, year = {2013}}",
        "Centre for Mental Health. (2013). *Peer report* (Report No. 7).",
    ),
    (
        "@report{k, author = {Ja, D. Y.}, title = {PROSPER}, type = {Final evaluation report}, "
        "institution = {DYJ, Inc.}, year = {2009}, number = {4}}",
        "Ja, D. Y. (2009). *PROSPER* (Final evaluation report No. 4). DYJ, Inc.",
    ),
    ("@misc{k, author = {Davidson}, year = {2006}}", "Davidson. (2006)."),
    (
        "@misc{k, title = {A clinical trial}, journal = {Clinical Trials}, year = {2010}, "
        "volume = {7}, number = {4}, pages = {368--379}}",
        "A clinical trial. (2010). *Clinical Trials, 7*(4), 368–379.",
    ),
    (
        "@online{k, author = {{Peer Works}}, title = {Peer hub}, year = {2020}, "
        "organization = {Peer Works}, url = {https://example.org/hub}}",
        "Peer Works. (2020). *Peer hub*. https://example.org/hub",
    ),
    (
        "@online{k, author = {Mead, S.}, title = {Intentional peer support}, year = {2014}, "
        "organization = {IPS}, url = {https://example.org/ips}}",
        "Mead, S. (2014). *Intentional peer support*. IPS. https://example.org/ips",
    ),
]


@pytest.mark.parametrize(("bibtex", "expected"), ENTRY_CASES)
def test_reference_entries(bibtex: str, expected: str) -> None:
    """Each entry type's reference-list entry, with italics shown as Markdown."""
    assert markdown(one(bibtex).reference) == expected


def test_no_author_cites_the_title() -> None:
    """A work without author cites its title: italic for standalone works, quoted for articles."""
    report = one("@misc{k, title = {Peer hub}, year = {2020}}")
    article = one("@article{k, title = {Trial}, journal = {J}, year = {2010}}")
    assert report.parenthetical == (Segment("("), Segment("Peer hub", True), Segment(", 2020)"))
    assert segments_text(article.narrative) == "“Trial” (2010)"


def test_titles_are_kept_as_written() -> None:
    """Neither sentence case nor title case is applied to titles or journal names."""
    f = one(
        "@article{k, author = {Chinman, M. J.}, title = {Chronicity reconsidered: improving "
        "fit}, journal = {Community mental health journal}, year = {2001}}"
    )
    assert segments_text(f.reference) == (
        "Chinman, M. J. (2001). Chronicity reconsidered: improving fit. "
        "Community mental health journal."
    )


def test_reference_list_order() -> None:
    """Alphabetical by author, undated before dated, then year; apostrophes ignored."""
    keys = [
        f.key
        for f in format_references(
            refs(
                "@misc{c, author = {O'Connell, M.}, title = {X}, year = {2001}}\n"
                "@misc{b, author = {Obrochta, C.}, title = {X}, year = {2001}}\n"
                "@misc{d, author = {Mead, S. and Zed, A.}, title = {X}, year = {2001}}\n"
                "@misc{e, author = {Mead, S.}, title = {X}, year = {2009}}\n"
                "@misc{f, author = {Mead, S.}, title = {X}}\n"
            )
        )
    ]
    assert keys == ["f", "e", "d", "b", "c"]


def test_segments_in_each_output_form() -> None:
    """Italic runs become <i> in HTML and *…* in Markdown; text is escaped in both."""
    segments = (Segment("A & B <x> "), Segment("Journal_1, 2", True), Segment("(3)"))
    assert html(segments) == "A &amp; B &lt;x&gt; <i>Journal_1, 2</i>(3)"
    assert markdown(segments) == "A & B \\<x\\> *Journal\\_1, 2*(3)"
    assert segments_text(segments) == "A & B <x> Journal_1, 2(3)"


BUNDLED = {
    "davidson2012peer": (
        "(Davidson et al., 2012)",
        "Davidson, L., Bellamy, C., Guy, K., & Miller, R. (2012). Peer support among persons "
        "with severe mental illnesses: a review of evidence and experience. World Psychiatry, "
        "11(2), 123–128. https://doi.org/10.1016/j.wpsyc.2012.05.009",
    ),
    "mead2006peer": (
        "(Mead & McNeil, 2006)",
        "Mead, S., & McNeil, C. (2006). Peer support: What makes it unique. International "
        "Journal of Psychosocial Rehabilitation, 10(2), 29–37.",
    ),
    "trachtenberg2013peer": (
        "(Trachtenberg et al., 2013)",
        "Trachtenberg, M., Parsonage, M., Shepherd, G., & Boardman, J. (2013). Peer support in "
        "mental health care: is it good value for money? Centre for Mental Health.",
    ),
    "nasmhpd2006morbidity": (
        "(National Association of State Mental Health Program Directors Medical Directors "
        "Council, 2006)",
        "National Association of State Mental Health Program Directors Medical Directors "
        "Council. (2006). Morbidity and Mortality in People with Serious Mental Illness. National "
        "Association of State Mental Health Program Directors (NASMHPD) Medical Directors "
        "Council.",
    ),
    "meadnd": (
        "(Mead & Hansen, n.d.)",
        "Mead & Hansen. (n.d.). http://www.intentionalpeersupport.org/",
    ),
    "reif2014": (
        "(Reif et al., 2014)",
        "Reif, S., Braude, L., Lyman, D. R., Dougherty, R. H., Daniels, A. S., Ghose, S. S., "
        "Salim, O., & Delphin-Rittmon, M. E. (2014). Peer recovery support for individuals with "
        "substance use disorders: assessing the evidence. Psychiatric Services, 65(7), 853–861. "
        "https://doi.org/10.1176/appi.ps.201400047",
    ),
}


@pytest.fixture(scope="module")
def bundled() -> dict[str, Formatted]:
    """The bundled corpus's works, formatted as one reference list."""
    return by_key(format_references(read_corpus().references))


@pytest.mark.parametrize("key", sorted(BUNDLED))
def test_bundled_references(key: str, bundled: dict[str, Formatted]) -> None:
    """A few bundled works in text and in the reference list, exactly."""
    paren, entry = BUNDLED[key]
    assert segments_text(bundled[key].parenthetical) == paren
    assert segments_text(bundled[key].reference) == entry


def test_davidson2012peer_italics(bundled: dict[str, Formatted]) -> None:
    """Journal and volume are one italic run; the issue and pages are not italic."""
    italic = [s.text for s in bundled["davidson2012peer"].reference if s.italic]
    assert italic == ["World Psychiatry, 11"]
    assert bundled["davidson2012peer"].reference[-1] == Segment(
        "(2), 123–128. https://doi.org/10.1016/j.wpsyc.2012.05.009"
    )


def test_bundled_et_al_collision(bundled: dict[str, Formatted]) -> None:
    """The two Rowe 2007 works are told apart by their third authors."""
    assert (
        segments_text(bundled["rowe2007peer"].parenthetical)
        == "(Rowe, Bellamy, Baranoski, et al., 2007)"
    )
    assert (
        segments_text(bundled["rowe2007reducing"].parenthetical)
        == "(Rowe, Bellamy, O’Connell, et al., 2007)"
    )


def test_fixture_year_suffixes() -> None:
    """The report fixture's two White 2006 works are 2006a and 2006b."""
    works = by_key(
        format_references(
            read_corpus(FIXTURE / "claims.yaml", FIXTURE / "references.bib").references
        )
    )
    assert works["white2006lets"].short == "White, 2006a"
    assert segments_text(works["white2006sponsor"].reference) == (
        "White, W. L. (2006b). Sponsor, recovery coach, counselor: The importance of role "
        "clarity. In J. F. Kelly & J. D. Yeterian (Eds.), Recovery support services (pp. 10–20). "
        "Recovery Press."
    )
