"""Search that finds the obvious: stemming, UK/US spelling, grade in the ranking, corrections
only for words found nowhere, on a small corpus made for it and on the bundled one (issue 11).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from peerclaims.corpus.load import Corpus
from peerclaims.curate import search
from peerclaims.curate.search import SearchIndex, build_index
from peerclaims.curate.spelling import us_spelling, us_word
from peerclaims.runner import load_corpus

CLAIMS = """\
version: 1
claims:
  - id: a-weak-opinion
    statement: Peer mentors reduced hospitalisation among adults.
    population: mental-health
    outcome: hospitalization
    direction: decrease
    evidence:
      - ref: opinion2019
    appearances:
      - document: talk.md
        as_written: fewer admissions to hospital
  - id: b-strong-trials
    statement: Peer mentors reduced hospitalisation among adults.
    population: mental-health
    outcome: hospitalization
    direction: decrease
    evidence:
      - ref: trial2018
      - ref: trial2020
    appearances:
      - document: talk.md
        as_written: fewer admissions to hospital
  - id: coaching-behaviour
    statement: Peer coaching changed health behaviour in a programme run by two organisations.
    population: general
    outcome: other
    direction: increase
    evidence:
      - ref: opinion2019
    appearances:
      - document: slides.md
        as_written: Behaviour changed; the programme was favoured by organisations
  - id: hospitalized-fewer-days
    statement: People hospitalized after the programme stayed fewer days.
    population: mental-health
    outcome: hospitalization
    direction: decrease
    evidence:
      - ref: trial2018
    appearances:
      - document: paper.txt
        as_written: A reduction in bed days
"""

REFERENCES = """\
@article{trial2018,
  author = {Alder, Ann and Birch, Ben},
  title = {A randomised trial of peer mentors},
  journal = {Trials},
  year = {2018},
  studydesign = {rct}
}

@article{trial2020,
  author = {Cedar, Cat},
  title = {A second randomised trial of peer mentors},
  journal = {Trials},
  year = {2020},
  studydesign = {rct}
}

@article{opinion2019,
  author = {Dogwood, Dan},
  title = {What I think of peer mentoring},
  journal = {Opinion},
  year = {2019},
  studydesign = {expert-opinion}
}
"""


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """An index of the small corpus above (UK spellings in claims, one High and one Very low)."""
    folder: Path = tmp_path_factory.mktemp("ranking")
    (folder / "claims.yaml").write_text(CLAIMS, "utf-8")
    (folder / "references.bib").write_text(REFERENCES, "utf-8")
    corpus = load_corpus(folder / "claims.yaml", folder / "references.bib").corpus
    assert (len(corpus.claims), len(corpus.references)) == (4, 3)
    return build_index(corpus, cache=False)


@pytest.fixture(scope="module")
def bundled() -> Corpus:
    """The bundled corpus (data/)."""
    return load_corpus().corpus


@pytest.fixture(scope="module")
def field(bundled: Corpus) -> SearchIndex:
    """An in-memory index of the bundled corpus."""
    return build_index(bundled, cache=False)


def ids(index: SearchIndex, query: str, **filters: object) -> list[str]:
    """The ids of the hits for a query, best first."""
    return [hit.id for hit in index.search(query, **filters).hits]  # type: ignore[arg-type]


# --- the spelling mapping -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("hospitalisation", "hospitalization"),
        ("hospitalised", "hospitalized"),
        ("randomised", "randomized"),
        ("organisations", "organizations"),
        ("organisational", "organizational"),
        ("recognisable", "recognizable"),
        ("behaviour", "behavior"),
        ("behavioural", "behavioral"),
        ("favoured", "favored"),
        ("neighbourhood", "neighborhood"),
        ("tumour", "tumor"),
        ("labour", "labor"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("centre", "center"),
        ("centred", "centered"),
        ("multicentre", "multicenter"),
        ("defence", "defense"),
        ("licence", "license"),
        ("counselling", "counseling"),
        ("counsellor", "counselor"),
        ("modelling", "modeling"),
        ("enrolment", "enrollment"),
        ("fulfil", "fulfill"),
        ("analyse", "analyze"),
        ("analysed", "analyzed"),
        ("paediatric", "pediatric"),
        ("anaemia", "anemia"),
        ("oestrogen", "estrogen"),
        ("diarrhoea", "diarrhea"),
        ("ageing", "aging"),
        ("judgement", "judgment"),
        ("practise", "practice"),
        ("practising", "practicing"),
        ("grey", "gray"),
        ("sceptical", "skeptical"),
        ("catalogue", "catalog"),
        ("reduction", "reduce"),
        ("reductions", "reduces"),
    ],
)
def test_uk_spellings_fold_to_us(uk: str, us: str) -> None:
    """Each family of the mapping; US spellings are left alone (folding is idempotent)."""
    assert us_word(uk) == us
    assert us_word(us) == us
    assert us_word(uk.capitalize()) == us
    assert us_spelling(f"({uk.capitalize()}) and {uk}-x") == f"({us}) and {us}-x"


@pytest.mark.parametrize(
    "word",
    [
        "advise",
        "exercise",
        "expertise",
        "promise",
        "promising",
        "raise",
        "rise",
        "crises",
        "supervised",
        "surprise",
        "otherwise",
        "stepwise",
        "premises",
        "revised",
        "franchise",
        "four",
        "hour",
        "journal",
        "course",
        "our",
        "literature",
        "genre",
        "acre",
        "controlled",
        "analyses",
        "analysis",
        "crisis",
        "this",
        "basis",
        "enrolled",
        "dialogue",
        "evidence",
    ],
)
def test_words_spelt_alike_are_left_alone(word: str) -> None:
    """Words spelt the same in the US (or not of a folded family) are not changed."""
    assert us_word(word) == word
    assert us_spelling(word.capitalize()) == word.capitalize()


def test_folding_keeps_every_separator() -> None:
    """Only letters change, so the folded text has the same tokens at the same positions."""
    text = "Peer-support REDUCES Hospitalisation; behaviour's colour (1½) organisé, X-centre."
    folded = us_spelling(text)
    assert (
        folded == "Peer-support REDUCES hospitalization; behavior's color (1½) organisé, X-center."
    )
    assert [c for c in folded if not c.isalpha()] == [c for c in text if not c.isalpha()]


# --- stemming and spelling in the index -----------------------------------------------------


def test_stemming_finds_every_form_of_a_word(made: SearchIndex) -> None:
    """reduce, reduces, reduced, reducing and reduction find the same items in the same order."""
    forms = {
        form: ids(made, form)
        for form in ("reduce", "reduces", "reduced", "reducing", "reduction", "reductions")
    }
    assert set(forms["reduce"]) == {"b-strong-trials", "hospitalized-fewer-days", "a-weak-opinion"}
    assert all(found == forms["reduce"] for found in forms.values()), forms


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        ("hospitalisation", "hospitalization"),
        ("behaviour", "behavior"),
        ("programme", "program"),
        ("organisations", "organizations"),
    ],
)
def test_uk_and_us_spellings_give_the_same_results(made: SearchIndex, uk: str, us: str) -> None:
    """Either spelling of the query finds the items written either way, in the same order."""
    assert made.search(uk).hits == made.search(us).hits
    assert made.search(uk).hits
    assert not made.search(us).fuzzy


def test_hospitalised_and_hospitalization_are_one_word(made: SearchIndex) -> None:
    """The US 'hospitalized' and the UK 'hospitalisation' share a stem once folded."""
    assert (
        set(ids(made, "hospitalized"))
        == set(ids(made, "hospitalisation"))
        == {"a-weak-opinion", "b-strong-trials", "hospitalized-fewer-days"}
    )


def test_snippets_quote_the_text_as_written(made: SearchIndex) -> None:
    """A US query marks the UK words in the snippet: the index folds, the snippet does not."""
    hit = next(h for h in made.search("behavior program").hits if h.id == "coaching-behaviour")
    assert (
        f"{search.MARK}Behaviour{search.END} changed; the {search.MARK}programme{search.END}"
        in hit.snippet
    )
    assert "behavior" not in hit.snippet.lower().replace("behaviour", "")


# --- the grade in the ranking --------------------------------------------------------------


def test_a_high_grade_claim_outranks_a_very_low_one_with_the_same_text(made: SearchIndex) -> None:
    """Same words, same fields: the claim on two trials (High) comes before the one on an
    expert's opinion (Very low), though its id sorts after; its score is 1.3 times as high."""
    hits = {h.id: h for h in made.search("mentors hospitalisation").hits}
    strong, weak = hits["b-strong-trials"], hits["a-weak-opinion"]
    assert (strong.grade, weak.grade) == ("High", "Very low")
    assert ids(made, "mentors hospitalisation")[:2] == ["b-strong-trials", "a-weak-opinion"]
    assert strong.score == pytest.approx(weak.score * (1 + 3 * search.GRADE_STEP), rel=1e-3)


def test_works_are_weighted_by_their_design(made: SearchIndex) -> None:
    """Works matching alike: the randomised trials (High) before the expert's opinion (Very low)."""
    assert sorted(ids(made, "peer mentors", kind="work")[:2]) == ["trial2018", "trial2020"]
    assert ids(made, "peer mentors", kind="work")[2:] == ["opinion2019"]


# --- corrections ----------------------------------------------------------------------------


def test_a_word_found_nowhere_is_corrected_and_named(made: SearchIndex) -> None:
    """'hospitalsation' matches nothing: it is replaced and reported; 'mentors' is kept."""
    result = made.search("mentors hospitalsation")
    assert result.fuzzy
    assert result.unmatched == ("hospitalsation",)
    assert result.query_used == "mentors hospitalisation"
    assert [h.id for h in result.hits] == ids(made, "mentors hospitalisation")


def test_words_that_exist_are_never_corrected(made: SearchIndex) -> None:
    """Every word exists: no correction, even when a filter leaves nothing or only any-word
    matches; 'hospitalizations' exists by its stem though never written so."""
    assert made.search("hospitalizations").unmatched == ()
    nothing = made.search("coaching", kind="work")
    assert (nothing.hits, nothing.fuzzy, nothing.query_used) == ([], False, "coaching")
    either = made.search("coaching trials")
    assert either.query_used == "coaching OR trials"
    assert not either.fuzzy and either.hits


def test_with_fts5_index_version_is_bumped() -> None:
    """Indexes built before stemming and spelling (version 2) are rebuilt, not trusted."""
    assert search.INDEX_VERSION >= 3


# --- the bundled corpus: what a presenter would type ------------------------------------------

QUERY = "peer support reduces hospitalisation"


def _about_hospitalisation(corpus: Corpus, hit: search.Hit) -> bool:
    """A hospitalisation claim, or a work a hospitalisation claim rests on directly."""
    if hit.kind == "claim":
        claim = corpus.claim(hit.id)
        return claim is not None and claim.outcome == "hospitalization"
    return any(
        c.outcome == "hospitalization" and any(e.ref.lower() == hit.id.lower() for e in c.evidence)
        for c in corpus.claims
    )


def test_bundled_hospitalisation_query_ranks_hospitalisation_first(
    bundled: Corpus, field: SearchIndex
) -> None:
    """Acceptance: the top three are hospitalisation claims, eight of the top ten are
    hospitalisation claims or works they rest on, and the other two speak of hospital
    (admissions under community tenure, and a trial of people hospitalised for suicide
    risk); the query runs as typed (all words)."""
    result = field.search(QUERY, limit=10)
    assert (result.fuzzy, result.query_used) == (False, QUERY)
    about = [_about_hospitalisation(bundled, h) for h in result.hits]
    assert all(h.kind == "claim" for h in result.hits[:3]) and all(about[:3]), result.hits[:3]
    assert sum(about) >= 8, [h.id for h in result.hits]
    assert all(
        a or "hospital" in (h.title + h.snippet).lower()
        for a, h in zip(about, result.hits, strict=True)
    )
    assert not any("cocaine" in (h.title + h.snippet).lower() for h in result.hits)


@pytest.mark.parametrize(
    ("uk", "us"),
    [
        (QUERY, "peer support reduces hospitalization"),
        ("peer support reduced hospitalisations", "peer support reduced hospitalizations"),
        ("behaviour change programme", "behavior change program"),
        ("peer organisations", "peer organizations"),
    ],
)
def test_bundled_uk_and_us_spellings_give_the_same_top_results(
    field: SearchIndex, uk: str, us: str
) -> None:
    """The same hits, in the same order with the same scores, for either spelling."""
    assert field.search(uk, limit=10).hits == field.search(us, limit=10).hits
    assert field.search(uk, limit=10).hits


def test_bundled_stemming(field: SearchIndex) -> None:
    """reduce, reduces and reduction find the same claims."""
    found = [
        ids(field, f"{form} readmissions", limit=50) for form in ("reduce", "reduces", "reduction")
    ]
    assert found[0] and found[0] == found[1] == found[2]


def test_bundled_cochrane_is_not_cocaine(field: SearchIndex) -> None:
    """Issue 11: 'cochrane' exists, so it runs as typed and finds the Cochrane reviews, never
    cocaine; with a filter that leaves nothing, nothing is shown rather than cocaine."""
    result = field.search("cochrane", limit=50)
    assert (result.fuzzy, result.query_used, result.unmatched) == (False, "cochrane", ())
    assert result.hits
    assert all("cocaine" not in (h.title + h.snippet).lower() for h in result.hits)
    works = [h for h in result.hits if h.kind == "work"]
    assert works and all("Cochrane" in h.snippet for h in works)
    filtered = field.search("cochrane", design="qualitative", kind="work")
    assert (filtered.hits, filtered.fuzzy) == ([], False)


def test_bundled_misspelling_is_corrected_with_the_words_named(field: SearchIndex) -> None:
    """'readmisions' exists nowhere: the results are those of 'readmissions', and say so."""
    result = field.search("readmisions")
    assert (result.fuzzy, result.unmatched, result.query_used) == (
        True,
        ("readmisions",),
        "readmissions",
    )
    assert result.hits == field.search("readmissions").hits
    assert result.hits[0].id == "recovery-mentor-fewer-readmissions"
