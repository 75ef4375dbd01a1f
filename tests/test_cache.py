"""The corpus cache: nothing read back runs code, every entry is validated, a directory
others could write to is refused, the bytes hashed are the bytes parsed, and it stays small.

These reproduce the audit of issue 12 (items 1, 3 and 11).
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from peerclaims import cache, runner
from peerclaims.corpus.bundled import bundled_paths
from peerclaims.corpus.load import Corpus, read_corpus
from peerclaims.diagnostics import Severity
from peerclaims.runner import load_counting
from tests.helpers import SRC, TESTS

FIXTURE = TESTS / "fixtures" / "corpus"
Files = tuple[Path, Path]
Entry = Callable[[], Path]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache directory for this test, and notices collected instead of printed."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("PEERCLAIMS_CACHE_DIR", str(directory))
    monkeypatch.setattr(cache, "_noticed", set(), raising=False)
    return directory


@pytest.fixture
def notices(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The notices the cache gives in this test."""
    said: list[str] = []
    monkeypatch.setattr(cache, "notify", said.append, raising=False)
    return said


@pytest.fixture
def files(tmp_path: Path) -> Files:
    """A copy of the fixture corpus that a test may edit."""
    folder = tmp_path / "corpus"
    shutil.copytree(FIXTURE, folder)
    return folder / "claims.yaml", folder / "references.bib"


@pytest.fixture
def entry(home: Path) -> Entry:
    """The one corpus entry in the cache directory (fails when there is not exactly one)."""

    def find() -> Path:
        entries = list(home.glob("corpus-*.json"))
        assert len(entries) == 1, entries
        return entries[0]

    return find


def fresh(files: Files) -> tuple[Corpus, int]:
    """The corpus (without positions) and error count as parsed now, never from the cache."""
    corpus = read_corpus(*files)
    errors = sum(1 for d in runner.validate(corpus) if d.severity is Severity.ERROR)
    return replace(corpus, values={}, keys={}), errors


def test_a_hit_equals_a_fresh_load(
    home: Path, files: Files, entry: Entry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second run reads the JSON entry instead of parsing, and gets the same corpus."""
    first = load_counting(*files)
    assert first == fresh(files)
    assert json.loads(entry().read_bytes())["version"] == 1

    def no_parse(*args: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(runner, "_load", no_parse)
    assert load_counting(*files) == first


def test_the_bundled_corpus_reads_back_equal(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every claim, work, position, suppression and finding of the bundled corpus survives JSON."""
    paths = bundled_paths()
    built = load_counting(*paths)
    monkeypatch.setattr(runner, "_load", None)  # a second parse would fail
    assert load_counting(*paths) == built
    assert len(built[0].claims) > 100


class _Planted:
    """A pickle that makes a directory when it is unpickled: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.mkdir, (str(self.marker),)


def test_a_planted_pickle_runs_nothing(
    home: Path, files: Files, entry: Entry, tmp_path: Path
) -> None:
    """Pickles under the old and the new entry names are never unpickled, and are replaced."""
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Planted(marker))
    home.mkdir(mode=0o700)
    old_name = home / f"corpus-{cache.content_key('corpus', files)}.pickle"  # pickle-era name
    old_name.write_bytes(payload)
    assert load_counting(*files) == fresh(files)
    assert not marker.exists()
    entry().write_bytes(payload)
    assert load_counting(*files) == fresh(files)
    assert not marker.exists()
    assert entry().read_bytes() != payload
    assert not old_name.exists()  # pruned: nothing reads pickles any more


def _edit(path: str, value: object) -> Callable[[dict[str, object]], object]:
    def apply(data: dict[str, object]) -> object:
        *parents, last = path.split(".")
        node: object = data
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]  # type: ignore[index]
        if isinstance(node, list):
            node[int(last)] = value
        else:
            node[last] = value  # type: ignore[index]
        return data

    return apply


PLANTED_JSON: dict[str, Callable[[dict[str, object]], object]] = {
    "errors as text": _edit("errors", "0"),
    "negative errors": _edit("errors", -1),
    "errors as true": _edit("errors", True),
    "a later version": _edit("version", 2),
    "an unknown field": _edit("corpus.__reduce__", ["os.system", "touch x"]),
    "jsonpickle style": lambda data: {"py/reduce": [{"py/function": "os.system"}, ["touch x"]]},
    "a claim that is not a claim": _edit("corpus.claims.0.id", "Not A Slug"),
    "a claim with an unknown field": _edit("corpus.claims.0.exec", "x"),
    "a line as text": _edit("corpus.references.0.position.line", "1"),
    "a field as a number": _edit("corpus.references.0.fields.title", 5),
    "authors as text": _edit("corpus.references.0.authors", "Smith"),
    "rows short of the claims": _edit("corpus.claim_rows", []),
    "positions kept": _edit("corpus.values", {"x": {"line": 1, "column": 1}}),
    "another file's entry": _edit("corpus.claims_path", "/elsewhere/claims.yaml"),
    "a list": lambda data: [data, data],
    "null": lambda data: None,
}


@pytest.mark.parametrize("change", PLANTED_JSON.values(), ids=PLANTED_JSON.keys())
def test_planted_json_is_a_miss(
    home: Path, files: Files, entry: Entry, change: Callable[[dict[str, object]], object]
) -> None:
    """An entry with odd types, shapes or contents is rebuilt and replaced, never used."""
    load_counting(*files)
    good = entry().read_bytes()
    entry().write_text(json.dumps(change(json.loads(good))), encoding="utf-8")
    assert load_counting(*files) == fresh(files)
    assert entry().read_bytes() == good


PLANTED_BYTES = {
    "empty": b"",
    "truncated": None,  # the first half of the good entry
    "not UTF-8": b"\xff\xfe{\x00",
    "deeply nested": b"[" * 200_000 + b"]" * 200_000,
    "a huge number": b'{"version": 1, "errors": 1' + b"0" * 100_000 + b"}",
    "NaN": b'{"version": 1, "errors": NaN}',
    "not JSON": b"cos\nsystem\n(S'touch x'\ntR.",
}


@pytest.mark.parametrize("raw", PLANTED_BYTES.values(), ids=PLANTED_BYTES.keys())
def test_planted_bytes_are_a_miss(
    home: Path, files: Files, entry: Entry, raw: bytes | None
) -> None:
    """Bytes that are not a valid entry are rebuilt, whatever they are."""
    load_counting(*files)
    good = entry().read_bytes()
    entry().write_bytes(good[: len(good) // 2] if raw is None else raw)
    assert load_counting(*files) == fresh(files)
    assert entry().read_bytes() == good


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_planted_fifo_does_not_block(home: Path, files: Files, entry: Entry) -> None:
    """A FIFO in an entry's place is neither read (which would block) nor written through."""
    load_counting(*files)
    path = entry()
    path.unlink()
    os.mkfifo(path)
    done: list[object] = []
    thread = threading.Thread(target=lambda: done.append(load_counting(*files)), daemon=True)
    thread.start()
    thread.join(timeout=30)
    assert done == [fresh(files)]
    assert stat.S_ISREG(path.lstat().st_mode)


def test_a_planted_symlink_is_not_followed_on_write(
    home: Path, files: Files, entry: Entry, tmp_path: Path
) -> None:
    """A link in an entry's place is replaced; the file it points to is left alone."""
    load_counting(*files)
    path = entry()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    path.unlink()
    path.symlink_to(victim)
    assert load_counting(*files) == fresh(files)
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not path.is_symlink()


def test_the_hashed_bytes_are_the_parsed_bytes(
    home: Path, files: Files, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An editor saving between the hash and the parse cannot file new content under the old key."""
    claims, _ = files
    before = claims.read_bytes()
    after = before.replace(b"readmissions over nine months", b"readmissions over ten years")
    assert after != before
    read = cache.read_regular

    def save_right_after_reading(path: Path, limit: int) -> bytes | None:
        data = read(path, limit)
        if path == claims:
            claims.write_bytes(after)  # the save lands just after the bytes were hashed
        return data

    monkeypatch.setattr(cache, "read_regular", save_right_after_reading)
    corpus, _ = load_counting(*files)
    assert "nine months" in corpus.claims[0].statement  # parsed from the bytes hashed
    monkeypatch.setattr(cache, "read_regular", read)
    claims.write_bytes(before)  # the old content again: its key must hold the old corpus
    again, _ = load_counting(*files)
    assert "nine months" in again.claims[0].statement
    claims.write_bytes(after)
    edited, _ = load_counting(*files)
    assert "ten years" in edited.claims[0].statement


def test_the_same_content_at_another_path_names_its_own_files(
    home: Path, files: Files, tmp_path: Path
) -> None:
    """A copy of the corpus elsewhere is reported under its own path, not the first one's."""
    load_counting(*files)
    copy = tmp_path / "copy"
    shutil.copytree(files[0].parent, copy)
    corpus, _ = load_counting(copy / "claims.yaml", copy / "references.bib")
    assert corpus.claims_path == str(copy / "claims.yaml")


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        (0o777, "it is writable by others"),
        (0o1777, "it is writable by others"),
        (0o770, "it is writable by its group"),
    ],
)
@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_directory_others_can_write_is_not_used(
    home: Path, files: Files, notices: list[str], mode: int, reason: str
) -> None:
    """Such a directory is neither read nor written; one notice says why, and all still works."""
    home.mkdir()
    home.chmod(mode)
    planted = home / "corpus-planted.json"
    planted.write_text("{}", encoding="utf-8")
    for _ in range(3):
        assert load_counting(*files) == fresh(files)
    assert notices == [f"peerclaims: not using the cache at {home}: {reason}"]
    assert [p.name for p in home.iterdir()] == ["corpus-planted.json"]


@pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="chown needs root")
def test_a_directory_of_another_user_is_not_used(
    home: Path, files: Files, notices: list[str]
) -> None:
    """A directory owned by someone else (not root) is refused as ssh refuses such files."""
    home.mkdir(mode=0o700)
    os.chown(home, 12345, -1)
    assert load_counting(*files) == fresh(files)
    assert notices == [f"peerclaims: not using the cache at {home}: it is owned by another user"]
    assert not list(home.iterdir())


def test_without_owners_the_check_is_skipped(
    home: Path, files: Files, notices: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where os.getuid does not exist (Windows), modes mean nothing: the directory is used."""
    home.mkdir()
    home.chmod(0o777)
    monkeypatch.delattr(os, "getuid", raising=False)
    load_counting(*files)
    assert notices == []
    assert list(home.glob("corpus-*.json"))


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_new_directory_is_private(home: Path, files: Files, notices: list[str]) -> None:
    """The directory peerclaims creates is 0700 whatever the umask, so it is never refused."""
    old = os.umask(0o002)
    try:
        load_counting(*files)
        load_counting(*files)
    finally:
        os.umask(old)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert notices == []


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_one_notice_per_process_on_stderr(tmp_path: Path) -> None:
    """`peerclaims search` with a world-writable cache says so once, then works uncached."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    args = [
        sys.executable,
        "-m",
        "peerclaims",
        "search",
        "readmissions",
        "--claims",
        str(FIXTURE / "claims.yaml"),
        "--references",
        str(FIXTURE / "references.bib"),
    ]
    env = {**os.environ, "PYTHONPATH": str(SRC), "PEERCLAIMS_CACHE_DIR": str(shared)}
    result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"peerclaims: not using the cache at {shared}: it is writable by others"
    ]
    assert "recovery-mentor-fewer-admissions" in result.stdout
    assert not list(shared.iterdir())


def _variant(files: Files, number: int) -> None:
    claims = files[0]
    text = claims.read_text(encoding="utf-8").split("\n# variant")[0]
    claims.write_text(f"{text}\n# variant {number}\n", encoding="utf-8")


def test_the_cache_stays_bounded(home: Path, files: Files) -> None:
    """After 20 distinct corpora only the newest KEEP entries remain, the last among them."""
    for number in range(20):
        _variant(files, number)
        load_counting(*files)
    entries = list(home.glob("corpus-*.json"))
    assert len(entries) == cache.KEEP
    last = cache.read_inputs(files)
    assert last is not None
    assert home / f"corpus-{last.key('corpus', names=True)}.json" in entries


def test_an_entry_in_use_is_kept(home: Path, files: Files) -> None:
    """Pruning goes by last use: a corpus loaded on every run survives many others."""
    _variant(files, 0)
    load_counting(*files)
    kept = set(home.glob("corpus-*.json"))
    for number in range(1, 20):
        _variant(files, number)
        load_counting(*files)
        _variant(files, 0)
        time.sleep(0.002)  # distinct modification times
        load_counting(*files)
    assert kept <= set(home.glob("corpus-*.json"))


def test_leftovers_are_pruned_and_strangers_kept(home: Path, files: Files) -> None:
    """Pickle-era entries and temporary files of killed writes go; other files stay."""
    home.mkdir(mode=0o700)
    pickled = home / f"corpus-{'a' * 64}.pickle"
    stale = home / f".corpus-{'b' * 64}.json.x1y2.tmp"
    young = home / f".corpus-{'c' * 64}.json.x3y4.tmp"
    stranger = home / "notes.txt"
    for path in (pickled, stale, young, stranger):
        path.write_bytes(b"x")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    load_counting(*files)
    assert not pickled.exists() and not stale.exists()
    assert young.exists() and stranger.exists()


def test_a_value_that_does_not_read_back_equal_is_not_stored(home: Path, tmp_path: Path) -> None:
    """NaN, which JSON cannot hold faithfully, is returned but never stored."""
    source = tmp_path / "source.txt"
    source.write_text("x", encoding="utf-8")
    value = cache.cached(
        "probe",
        cache.read_inputs([source]),
        lambda: float("nan"),
        encode=lambda v: json.dumps(v).encode(),
        decode=lambda b: json.loads(b),
    )
    assert value != value  # NaN
    assert not list(home.glob("probe-*"))


def test_an_unreadable_corpus_is_still_reported(home: Path, tmp_path: Path) -> None:
    """A missing file is not cached; the loader says why it cannot be read."""
    from peerclaims.errors import InputError

    with pytest.raises(InputError, match="no such file"):
        load_counting(tmp_path / "missing.yaml", FIXTURE / "references.bib")
    assert not home.exists() or not list(home.iterdir())


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions and fds")
def test_the_notice_never_lands_on_stdout(tmp_path: Path) -> None:
    """A library run started with stderr closed says nothing rather than print to stdout."""
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    code = (
        "from peerclaims.runner import load_counting; "
        f"load_counting({str(FIXTURE / 'claims.yaml')!r}, {str(FIXTURE / 'references.bib')!r})"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC), "PEERCLAIMS_CACHE_DIR": str(shared)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.close(2),
    )  # Python starts with no stderr
    assert result.returncode == 0
    assert result.stdout == b""
