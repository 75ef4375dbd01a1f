"""Fuzz the whole `check` (`check_paths`) on folders of generated documents of every
format, damaged and empty files among them, against the bundled corpus.

Properties: `check` never raises (an unreadable file is one `unreadable-input`); it reads
every supported file and only those; each diagnostic names one of them, at a line and
column inside a text file or at the paragraph, slide or page of an Office file or PDF;
two runs agree, and so do one and two worker processes; a citation planted anywhere is
reported where it was written.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from peerclaims.check import check_paths
from peerclaims.diagnostics import Diagnostic
from peerclaims.documents.discovery import FORMATS_BY_SUFFIX
from tests.fuzz.conftest import (
    FIXTURES,
    PROSE,
    assert_inside,
    bundled_corpus,
    fuzz,
    keyed,
    lines_of,
    mutations,
    time_limit,
)
from tests.fuzz.test_documents import DOCX_ITEM, PDF_TEXT, SLIDE, _escape, build_docx, build_pptx
from tests.helpers import build_pdf
from tests.test_check_properties import TEXTISH

UNITS = {".docx": "paragraph", ".pptx": "slide", ".pdf": "page"}


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, bytes]:
    """(file name, bytes) of one document of any kind, or of something that is not one."""
    kind = draw(
        st.sampled_from(
            [
                "md",
                "txt",
                "md",
                "docx",
                "pptx",
                "pdf",
                "junk",
                "empty",
                "unsupported",
                "hidden",
                "damaged",
            ]
        )
    )
    if kind in ("md", "txt"):
        return "doc." + kind, draw(TEXTISH).encode("utf-8")
    if kind == "docx":
        return "doc.docx", build_docx(draw(st.lists(DOCX_ITEM, max_size=4)))[0]
    if kind == "pptx":
        return "deck.pptx", build_pptx(draw(st.lists(SLIDE, max_size=2)))[0]
    if kind == "pdf":
        return "paper.pdf", build_pdf(
            [_escape(p) for p in draw(st.lists(PDF_TEXT, min_size=1, max_size=3))]
        )
    suffix = draw(st.sampled_from(sorted(FORMATS_BY_SUFFIX)))
    if kind == "junk":
        return "junk" + suffix, draw(st.binary(max_size=200))
    if kind == "empty":
        return "empty" + suffix, b""
    if kind == "hidden":  # skipped when a folder is walked
        return ".hidden" + suffix, b"Peer support (Qwxyzk, 1987)."
    if kind == "damaged":
        base = (
            build_pdf(["Peer support (Qwxyzk, 1987)."])
            if suffix == ".pdf"
            else b"Peer support\n(Qwxyzk, 1987).\n"
        )
        return "damaged" + suffix, draw(mutations(base, [b"\xff", b"\x00", b"(", b")"]))
    return draw(st.sampled_from(["notes.rtf", "slides.key", "doc.md.bak", "README"])), b"text"


def run(folder: Path, jobs: int = 1) -> tuple[list[Diagnostic], int]:
    with time_limit("check_paths"):
        result = check_paths([folder], bundled_corpus(), jobs=jobs)
    return list(result.diagnostics), result.files


def assert_located(diagnostics: list[Diagnostic], files: dict[str, bytes]) -> None:
    """Text files: a line and column inside the file. Office and PDF: the paragraph,
    slide or page number as the line, column 0, and a location naming it."""
    texts = {p: lines_of(b) for p, b in files.items() if Path(p).suffix.lower() not in UNITS}
    assert_inside(
        [d for d in diagnostics if d.path in texts or d.line == 0],
        {**texts, **{p: [] for p in files if p not in texts}},
    )
    for d in diagnostics:
        unit = UNITS.get(Path(d.path).suffix.lower())
        if unit is None or d.line == 0:
            continue
        assert d.column == 0, d
        if unit == "paragraph":  # Word shows no numbers: named by heading and first words
            assert d.location is not None and _PLACE.search(d.location), d
        else:
            assert d.location is not None and d.location.startswith(f"{unit} {d.line}"), d


_PLACE = re.compile(r'(?:^heading|(?:paragraph|list item|cell)(?: starting)?) "[^\n]+"')


@fuzz(scale=0.5)
@given(
    docs=st.lists(documents(), max_size=6), nested=st.lists(st.booleans(), min_size=6, max_size=6)
)
def test_check_on_a_folder_of_anything(
    workdir: Path, docs: list[tuple[str, bytes]], nested: list[bool]
) -> None:
    """A folder of generated, damaged, empty, hidden and unsupported files: check returns,
    reads exactly the supported visible files, locates every diagnostic, and agrees with
    itself on a second run and file by file."""
    folder = workdir / "docs"
    shutil.rmtree(folder, ignore_errors=True)
    files: dict[str, bytes] = {}
    for i, ((name, data), deeper) in enumerate(zip(docs, nested, strict=False)):
        visible = not name.startswith(".")
        path = folder / (f"sub{i}" if deeper else "") / (f"{i}-{name}" if visible else name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        if not path.name.startswith(".") and path.suffix.lower() in FORMATS_BY_SUFFIX:
            files[str(path)] = data
    folder.mkdir(exist_ok=True)
    diagnostics, count = run(folder)
    assert count == len(files)
    assert_located(diagnostics, files)
    again, _ = run(folder)
    assert keyed(again) == keyed(diagnostics)
    for name in files:  # a file checked alone gets what it got in the folder
        alone = check_paths([name], bundled_corpus()).diagnostics
        assert keyed(list(alone)) == keyed([d for d in diagnostics if d.path == name])


@fuzz(scale=0.125)
@given(texts=st.lists(TEXTISH, min_size=16, max_size=20))
def test_two_workers_report_what_one_does(workdir: Path, texts: list[str]) -> None:
    """Enough files for worker processes: `jobs=2` gives exactly what `jobs=1` gives."""
    folder = workdir / "many"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"{i:02}.{'md' if i % 2 else 'txt'}").write_text(text, encoding="utf-8")
    one, count = run(folder, jobs=1)
    two, _ = run(folder, jobs=2)
    assert count == len(texts)
    assert keyed(two) == keyed(one)


def test_output_does_not_depend_on_the_hash_seed(workdir: Path) -> None:
    """`check` and `validate` print the same bytes in processes with different hash seeds
    (set and dict orders must not leak into messages or their order)."""
    import os
    import subprocess
    import sys

    from tests.helpers import REPO

    folder = workdir / "seeded"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    shutil.copy(REPO / "examples" / "talk.md", folder / "talk.md")
    shutil.copy(REPO / "examples" / "talk.pptx", folder / "talk.pptx")
    (folder / "mixed.md").write_text(
        " ".join(PROSE) + "\n\n" + "\n\n".join(PROSE), encoding="utf-8"
    )
    faults = FIXTURES / "corpus_faults"
    commands = [
        ["check", str(folder), "--format", "json", "-j", "1"],
        [
            "validate",
            "--claims",
            str(faults / "claims.yaml"),
            "--references",
            str(faults / "references.bib"),
            "--format",
            "json",
        ],
    ]
    for command in commands:
        outputs = set()
        for seed in ("1", "2"):
            env = {
                **os.environ,
                "PYTHONHASHSEED": seed,
                "PEERCLAIMS_CACHE_DIR": str(workdir / f"cache{seed}"),
            }
            done = subprocess.run(
                [sys.executable, "-m", "peerclaims", *command],
                capture_output=True,
                env=env,
                cwd=workdir,
                timeout=120,
                check=False,
            )
            assert done.returncode in (0, 1), done.stderr.decode(errors="replace")
            outputs.add(done.stdout)
        assert len(outputs) == 1, command


# Prose with nothing that hides text from the rules: no code, HTML, directives or
# reference-list headings.
SENTENCES = [
    p for p in PROSE if "peerclaims" not in p and p != "References" and "Qwxyzk" not in p
] + ["Peer support helps people.", "We saw more hope.", "Mead (2006) described it.", "It works."]
SEPARATORS = [" ", "\n", "\n\n", "\n- ", "\n1. ", "\n> ", "\n\n* ", "\n  "]
PLANTED = [
    "(Qwxyzk, 1987)",
    "Qwxyzk (1987)",
    "(Qwxyzk & Zyxwq, 1987)",
    "(see Qwxyzk et al., 1987, p. 4)",
]


@fuzz()
@given(
    before=st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(SEPARATORS)), max_size=8),
    after=st.lists(st.tuples(st.sampled_from(SENTENCES), st.sampled_from(SEPARATORS)), max_size=4),
    planted=st.sampled_from(PLANTED),
    lead=st.sampled_from(["as shown ", "so ", ""]),
    suffix=st.sampled_from([".md", ".txt"]),
    ending=st.sampled_from(["\n", "\r\n"]),
)
def test_a_planted_citation_is_reported_where_it_is_written(
    workdir: Path,
    before: list[tuple[str, str]],
    after: list[tuple[str, str]],
    planted: str,
    lead: str,
    suffix: str,
    ending: str,
) -> None:
    """A citation of an unknown work, written anywhere in prose, lists or quotes, is
    reported once as unresolved, at the line and column of its first author."""
    head = "".join(s + sep for s, sep in before)
    text = (
        head
        + "\n\nPeer support works "
        + lead
        + planted
        + "."
        + "".join(sep + s for s, sep in after)
        + "\n"
    )
    path = workdir / ("planted" + suffix)
    data = text.replace("\n", ending).encode("utf-8")
    path.write_bytes(data)
    diagnostics, _ = run(path)
    assert_located(diagnostics, {str(path): data})
    found = [d for d in diagnostics if d.name == "unresolved-citation" and "Qwxyzk" in d.message]
    assert len(found) == 1, [(d.name, d.message) for d in diagnostics]
    line = lines_of(data)[found[0].line - 1]
    assert line[found[0].column - 1 :].startswith(("Qwxyzk", "see Qwxyzk")), (found[0], line)


@fuzz(scale=0.5)
@given(
    before=st.lists(st.sampled_from(SENTENCES), max_size=4),
    after=st.lists(st.sampled_from(SENTENCES), max_size=3),
    planted=st.sampled_from(PLANTED),
    fmt=st.sampled_from([".docx", ".pptx", ".pdf"]),
)
def test_a_planted_citation_in_office_and_pdf_names_its_unit(
    workdir: Path, before: list[str], after: list[str], planted: str, fmt: str
) -> None:
    """The same in a .docx paragraph, a slide or a PDF page: the diagnostic names the
    paragraph, slide or page that holds the citation."""
    units = [*before, f"Peer support works {planted}.", *after]
    unit = len(before) + 1
    if fmt == ".docx":  # a .docx numbers only the paragraphs with text
        unit = len([u for u in before if u.strip()]) + 1
    if fmt == ".docx":
        data = build_docx([("paragraph", [u], None) for u in units])[0]
    elif fmt == ".pptx":
        data = build_pptx(
            [
                {
                    "layout": 6,
                    "title": "",
                    "boxes": [(1, 1, [(u, 0)])],
                    "table": None,
                    "group": [],
                    "notes": None,
                }
                for u in units
            ]
        )[0]
    else:
        data = build_pdf([_escape(u.encode("ascii", "replace").decode()) for u in units])
    path = workdir / ("planted" + fmt)
    path.write_bytes(data)
    diagnostics, _ = run(path)
    assert_located(diagnostics, {str(path): data})
    found = [d for d in diagnostics if d.name == "unresolved-citation" and "Qwxyzk" in d.message]
    assert [d.line for d in found] == [unit], [(d.name, d.location, d.message) for d in diagnostics]
    if fmt == ".docx":  # named by its first words, as a reader finds it
        assert found[0].location is not None
        assert re.match(r'paragraph (?:starting )?"Peer support works', found[0].location), found
