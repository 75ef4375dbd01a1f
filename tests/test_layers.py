"""A layered corpus: the bundled one (or the configuration's), then a team's or a user's
own files. Precedence, `layer-conflict` with both places, claims citing works of another
layer, every command on the merged corpus, and validate on a repository's own files."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from peerclaims.cli import app
from peerclaims.config import Config, load_config
from peerclaims.corpus.bundled import bundled_paths
from peerclaims.corpus.load import read_layer
from peerclaims.curate import search as search_module
from peerclaims.errors import ConfigError
from peerclaims.runner import layer_paths, load_for, load_layers, validate, validate_for
from tests.helpers import REPO, TESTS

FIXTURE = TESTS / "fixtures" / "layers"
STACKED = """\
claims = "base/claims.yaml"
references = "base/references.bib"
extra-claims = ["clash/claims.yaml", "team/claims.yaml"]
extra-references = ["clash/references.bib", "empty.bib", "zotero/library.bib"]
"""


@pytest.fixture
def layers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the layer fixtures as the working directory, with its own search cache."""
    shutil.copytree(FIXTURE, tmp_path / "work")
    work = tmp_path / "work"
    (work / "empty.bib").write_text("", encoding="utf-8")
    monkeypatch.chdir(work)
    monkeypatch.setenv("PEERCLAIMS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return work


def configure(work: Path, text: str) -> Config:
    (work / "peerclaims.toml").write_text(text, encoding="utf-8")
    return load_config()


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    return result


def line_of(path: Path, pattern: str) -> int:
    """The 1-based line of the first line of `path` matching `pattern`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if re.search(pattern, line))


# --- which layers, in which order ------------------------------------------------------------


def test_layer_order_main_then_extras_in_pairs(layers: Path) -> None:
    """The main corpus first, then extra pairs in order; a longer list gives one-file layers."""
    config = configure(layers, STACKED)
    assert layer_paths(config) == (
        (Path("base/claims.yaml"), Path("base/references.bib")),
        (Path("clash/claims.yaml"), Path("clash/references.bib")),
        (Path("team/claims.yaml"), Path("empty.bib")),
        (None, Path("zotero/library.bib")),
    )


def test_extends_false_replaces_the_bundled_corpus(layers: Path) -> None:
    """The default: `claims` / `references` replace the bundled corpus; nothing of it is left."""
    config = configure(layers, 'claims = "base/claims.yaml"\nreferences = "base/references.bib"\n')
    assert config.extends is False
    corpus = load_for(config).corpus
    assert [c.id for c in corpus.claims] == [
        "mentor-fewer-readmissions",
        "peer-support-review-hope",
    ]
    assert len(corpus.references) == 2 and not corpus.layers


def test_extends_true_layers_the_files_on_the_bundled_corpus(layers: Path) -> None:
    """With `extends = true` the bundled corpus comes first and the named files after it."""
    config = configure(
        layers,
        'extends = true\nclaims = "team/claims.yaml"\nextra-references = ["zotero/library.bib"]\n',
    )
    bundled_claims, bundled_refs = bundled_paths()
    paths = layer_paths(config)
    assert [Path(p).resolve() if p else None for p in paths[0]] == [
        bundled_claims.resolve(),
        bundled_refs.resolve(),
    ]
    assert paths[1:] == ((Path("team/claims.yaml"), None), (None, Path("zotero/library.bib")))
    corpus = load_for(config).corpus
    assert corpus.claim("team-peer-workers-chapter") is not None
    assert corpus.reference("davidson2012peer") is not None  # from the bundled layer
    assert corpus.reference("ostergaard2019training") is not None  # from the Zotero layer


def test_the_first_layer_wins_on_a_repeated_id_or_key(layers: Path) -> None:
    """A claim id and a work key in two layers: the merged corpus keeps the main layer's."""
    corpus = load_for(configure(layers, STACKED)).corpus
    assert corpus.claim("mentor-fewer-readmissions").statement.startswith("A peer recovery mentor")
    assert [c.id for c in corpus.claims].count("mentor-fewer-readmissions") == 1
    sledge = corpus.reference("sledge2011effectiveness")
    assert sledge is not None and sledge.title.startswith("Effectiveness of peer support")
    assert [r.key for r in corpus.references].count("sledge2011effectiveness") == 1
    # what only a later layer has is there, and each item knows its file and line
    assert corpus.claim_origin("team-peer-workers-chapter") == (
        "team/claims.yaml",
        corpus.layers[2].claim_positions[1],
    )
    assert corpus.claim_origin("team-peer-workers-chapter")[1].line == line_of(
        layers / "team/claims.yaml", "id: team-peer-workers-chapter"
    )
    path, position = corpus.reference_origin("sledge2011effectiveness")
    assert (path, position.line) == ("base/references.bib", 2)
    path, position = corpus.reference_origin("chinman2014peer")
    assert (path, position.line) == ("clash/references.bib", 17)


def test_a_file_named_twice_is_one_layer(layers: Path) -> None:
    """Naming the main files again as extras adds nothing (and no conflict with itself)."""
    config = configure(
        layers,
        'claims = "base/claims.yaml"\nreferences = "base/references.bib"\n'
        'extra-claims = ["base/claims.yaml"]\n',
    )
    assert len(layer_paths(config)) == 1


def test_extends_must_be_a_boolean(layers: Path) -> None:
    with pytest.raises(ConfigError, match="extends"):
        configure(layers, 'extends = ["bundled"]\n')


# --- validate: every layer, each finding in its own place ---------------------------------------


def test_conflicts_are_reported_with_both_locations(layers: Path) -> None:
    """A repeated id, a repeated key and one work under two keys: the later file and line,
    and in the message the earlier file and line."""
    diagnostics, _ = validate_for(configure(layers, STACKED))
    conflicts = [(d.path, d.line, d.message) for d in diagnostics if d.name == "layer-conflict"]
    assert conflicts == [
        (
            "clash/claims.yaml",
            4,
            "claim id 'mentor-fewer-readmissions' is also at "
            "base/claims.yaml:4, an earlier layer, which wins",
        ),
        (
            "clash/references.bib",
            2,
            "work key 'sledge2011effectiveness' is also at "
            "base/references.bib:2, an earlier layer, which wins",
        ),
        (
            "clash/references.bib",
            9,
            "'davidson2012review' is the work 'davidson2012peer' at "
            "base/references.bib:14 (the same DOI); cite 'davidson2012peer' instead",
        ),
        (
            "zotero/library.bib",
            6,
            "'davidsonPeerSupportPersons2012' is the work "
            "'davidson2012peer' at base/references.bib:14 (the same DOI); cite "
            "'davidson2012peer' instead",
        ),
    ]
    assert all(
        d.severity == "warning" and d.rule == "PC130"
        for d in diagnostics
        if d.name == "layer-conflict"
    )


def test_every_layer_is_validated_at_its_own_file_and_line(layers: Path) -> None:
    """Findings of a later layer carry that layer's file and line, not the main corpus's."""
    diagnostics, files = validate_for(configure(layers, STACKED))
    malformed = [(d.path, d.line) for d in diagnostics if d.name == "malformed-field"]
    assert malformed == [
        ("clash/references.bib", line_of(layers / "clash/references.bib", "doi = {https"))
    ]
    single = {(d.path, d.line) for d in diagnostics if d.name == "single-study-claim"}
    assert ("team/claims.yaml", line_of(layers / "team/claims.yaml", "ref: ostergaard")) in single
    assert files == 7  # base 2, clash 2, team 1, empty.bib, zotero


def test_a_suppression_comment_works_in_its_own_layer(layers: Path) -> None:
    """`# peerclaims: ignore[...]` in a later layer's file silences that layer's finding."""
    team = layers / "team/claims.yaml"
    team.write_text(
        team.read_text("utf-8").replace(
            "  - id: team-peer-workers-chapter",
            "  - id: team-peer-workers-chapter  # peerclaims: ignore[layer-conflict]",
        ),
        "utf-8",
    )
    team.write_text(
        team.read_text("utf-8").replace(
            "ref: ostergaard2019training",
            "ref: ostergaard2019training  # peerclaims: ignore[single-study-claim]",
        ),
        "utf-8",
    )
    diagnostics, _ = validate_for(configure(layers, STACKED))
    assert not [d for d in diagnostics if d.path == "team/claims.yaml"]


def test_user_claims_may_cite_works_of_another_layer(layers: Path) -> None:
    """A team's claims citing works of the main layer and of a Zotero layer are not
    unknown-reference; a key no layer has still is, at the team file's line."""
    config = configure(layers, STACKED)
    diagnostics, _ = validate_for(config)
    assert not [d for d in diagnostics if d.name == "unknown-reference"]
    team = layers / "team/claims.yaml"
    team.write_text(
        team.read_text("utf-8").replace("ref: davidson2012peer", "ref: nobody2099"), "utf-8"
    )
    diagnostics, _ = validate_for(config)
    unknown = [(d.path, d.line) for d in diagnostics if d.name == "unknown-reference"]
    assert unknown == [("team/claims.yaml", line_of(team, "ref: nobody2099"))]


def test_user_layer_citing_bundled_works(layers: Path) -> None:
    """With `extends = true`, a team's claim rests on a bundled work by its key: validate
    finds no unknown-reference and reports on the team's files only; commands see the claim."""
    config = configure(
        layers,
        'extends = true\nclaims = "team/claims.yaml"\nextra-references = ["zotero/library.bib"]\n',
    )
    diagnostics, files = validate_for(config)
    assert files == 2
    assert {d.path for d in diagnostics} <= {"team/claims.yaml", "zotero/library.bib"}
    assert not [d for d in diagnostics if d.severity == "error"]
    assert not [d for d in diagnostics if d.name in ("unknown-reference", "unused-reference")]
    study = invoke("study", "davidson2012peer", "-f", "json")
    assert study.exit_code == 0, study.stderr
    assert "team-peer-support-admissions-null" in study.stdout


def test_unused_reference_counts_every_layer(layers: Path) -> None:
    """A work cited only by another layer's claims, or a crossref parent, is not unused;
    a work of a paired layer that nothing cites is."""
    diagnostics, _ = validate_for(configure(layers, STACKED))
    unused = [(d.path, d.line) for d in diagnostics if d.name == "unused-reference"]
    assert unused == [("clash/references.bib", 9)]  # davidson2012review; chinman2014peer is cited


def test_library_validate_of_a_merged_corpus(layers: Path) -> None:
    """`validate()` on `load_layers()` (the library's way) sees the same as the command."""
    config = configure(layers, STACKED)
    names = sorted((d.path, d.line, d.name) for d in validate(load_layers(config)))
    assert names == sorted((d.path, d.line, d.name) for d in validate_for(config)[0])


def test_validate_command_plain_output_and_exit(layers: Path) -> None:
    configure(layers, STACKED)
    result = invoke("validate", "-f", "plain")
    assert result.exit_code == 1  # the malformed DOI is an error
    assert (
        "clash/claims.yaml:4:9: warning claim id 'mentor-fewer-readmissions' is also at "
        "base/claims.yaml:4, an earlier layer, which wins [layer-conflict]"
    ) in result.stdout
    assert "in 7 files" in result.stderr


# --- a presenter's Zotero export --------------------------------------------------------------


def test_zotero_export_loads_as_a_layer() -> None:
    """@comment, @string, crossref and LaTeX accents, as Better BibTeX and JabRef write them."""
    layer = read_layer(None, FIXTURE / "zotero/library.bib")
    assert not layer.load_findings and not layer.claims and layer.claims_path == ""
    refs = {r.key: r for r in layer.references}
    assert sorted(refs) == [
        "davidsonPeerSupportPersons2012",
        "lloydevansSystematicReviewMetaanalysis2014",
        "nordic2019handbook",
        "ostergaard2019training",
    ]
    assert refs["lloydevansSystematicReviewMetaanalysis2014"].fields["journal"] == "BMC Psychiatry"
    chapter = refs["ostergaard2019training"]
    assert [p.surname for p in chapter.authors] == ["Østergaard", "Müller", "François"]
    assert chapter.year == "2019" and chapter.fields["publisher"] == "Fictional Academic Press"
    assert chapter.fields["booktitle"] == "Peer Work in Nordic Mental Health Services: A Handbook"
    assert [p.surname for p in chapter.editors] == ["Sjöberg", "Nyström"]
    assert "doi" not in chapter.fields and chapter.raw_fields.get("year") is None


def test_zotero_layer_validates_clean_and_cites_resolve(layers: Path) -> None:
    """The export as a layer: no errors, no unused-reference noise, and a handout citing
    its works resolves them (with the crossref year)."""
    configure(
        layers,
        'claims = "base/claims.yaml"\nreferences = "base/references.bib"\n'
        'extra-references = ["zotero/library.bib"]\n',
    )
    result = invoke("validate", "-f", "json")
    found = [(d["path"], d["name"]) for d in json.loads(result.stdout)["diagnostics"]]
    assert ("zotero/library.bib", "layer-conflict") in found  # Davidson 2012, same DOI
    assert not [f for f in found if f[0] == "zotero/library.bib" and f[1] != "layer-conflict"]
    (layers / "talk.md").write_text(
        "Peer support did not reduce admissions (Lloyd-Evans et al., 2014); training is "
        "described by Østergaard et al. (2019).\n",
        encoding="utf-8",
    )
    cites = invoke("cites", "talk.md", "-f", "plain")
    assert "→ exact lloydevansSystematicReviewMetaanalysis2014" in cites.stdout
    assert "→ exact ostergaard2019training" in cites.stdout
    cite = invoke("cite", "ostergaard2019training", "-f", "plain")
    assert "(Østergaard et al., 2019)" in cite.stdout
    assert "In I. Sjöberg & Å. Nyström (Eds.)" in cite.stdout


# --- every command sees the merged corpus ----------------------------------------------------


def test_search_finds_a_claim_only_in_a_user_layer(layers: Path) -> None:
    """search indexes every layer, and its cache key covers every layer's file."""
    configure(layers, STACKED)
    first = invoke("search", "zanzibarite", "-f", "csv")
    assert first.exit_code == 0, first.stderr
    assert "team-peer-support-admissions-null" in first.stdout
    again = invoke("search", "zanzibarite", "-f", "csv")
    assert again.stdout == first.stdout
    team = layers / "team/claims.yaml"
    team.write_text(team.read_text("utf-8").replace("zanzibarite", "quokkaline"), "utf-8")
    assert "team-peer" not in invoke("search", "zanzibarite", "-f", "csv").stdout
    assert "team-peer-support-admissions-null" in invoke("search", "quokkaline", "-f", "csv").stdout
    zotero = invoke("search", "--kind", "work", "Nordic", "-f", "csv")
    assert "ostergaard2019training" in zotero.stdout


def test_search_cache_key_covers_layer_files(tmp_path: Path) -> None:
    """Adding a layer, or changing which layer holds a file, is another index."""
    base = (FIXTURE / "base/claims.yaml", FIXTURE / "base/references.bib")
    team, zotero = str(FIXTURE / "team/claims.yaml"), str(FIXTURE / "zotero/library.bib")
    alone = search_module.cache_path(*base, tmp_path)
    paired = search_module.cache_path(*base, tmp_path, more=[(team, zotero)])
    apart = search_module.cache_path(*base, tmp_path, more=[(team, ""), ("", zotero)])
    assert len({alone, paired, apart}) == 3 and None not in {alone, paired, apart}
    assert (
        search_module.cache_path(*base, tmp_path, more=[(str(tmp_path / "gone.yaml"), "")]) is None
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["show", "team-peer-workers-chapter", "-f", "json"], "ostergaard2019training"),
        (
            ["study", "lloydevansSystematicReviewMetaanalysis2014", "-f", "json"],
            "team-peer-support-admissions-null",
        ),
        (["impact", "ostergaard2019training", "-f", "json"], "team-peer-workers-chapter"),
        (["report", "-f", "csv"], "team-peer-support-admissions-null"),
        (
            ["cite", "--claim", "team-peer-support-admissions-null", "-f", "plain"],
            "Lloyd-Evans et al., 2014",
        ),
    ],
)
def test_commands_see_the_merged_corpus(layers: Path, args: list[str], expected: str) -> None:
    configure(layers, STACKED)
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    assert expected in result.stdout


def test_check_resolves_a_work_of_a_user_layer(layers: Path) -> None:
    configure(layers, STACKED)
    (layers / "talk.md").write_text(
        "Peer support did not reduce admissions (Lloyd-Evans et al., 2014).\n", encoding="utf-8"
    )
    result = invoke("check", "talk.md", "-f", "json")
    names = [d["name"] for d in json.loads(result.stdout)["diagnostics"]]
    assert "unresolved-citation" not in names


# --- a repository's own corpus -----------------------------------------------------------------


def test_validate_prints_paths_relative_to_the_working_directory(
    layers: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the configuration's directory, and from below it."""
    configure(layers, STACKED)
    top = invoke("validate", "-f", "plain").stdout
    assert top and all(
        line.startswith(("base/", "clash/", "team/", "zotero/")) for line in top.splitlines()
    )
    (layers / "slides" / "week1").mkdir(parents=True)
    monkeypatch.chdir(layers / "slides" / "week1")
    below = invoke("validate", "-f", "plain").stdout
    assert below == re.sub(r"\b(base|clash|team|zotero)/", r"../../\1/", top)


def test_this_repository_validates_its_own_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """The repository's peerclaims.toml names data/, which is the bundled corpus of a source
    checkout: from the root, validate checks data/ and prints data/... paths."""
    config = load_config(REPO / "peerclaims.toml")
    assert (config.claims, config.references) == (
        REPO / "data/claims.yaml",
        REPO / "data/references.bib",
    )
    assert config.extends is False and not config.extra_claims and not config.extra_references
    monkeypatch.chdir(REPO)
    assert layer_paths(load_config()) == ((Path("data/claims.yaml"), Path("data/references.bib")),)


def test_bundled_corpus_validates_from_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a configuration (as .ci/run's last step runs it), validate checks the
    bundled copy, both files."""
    monkeypatch.chdir(tmp_path)
    config = load_config()
    assert config == Config()
    ((claims, references),) = layer_paths(config)
    assert (claims, references) == bundled_paths()
