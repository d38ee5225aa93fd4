"""The store under real processes: concurrent writers, kills, a full disk, an unusable cache
folder or home.  Every case ends in a usable graph or a one-line message, never a traceback
and never a half-written file."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.graph import CareerGraph
from careergraph.resources import guides_dir
from careergraph.storage import GraphStore
from careergraph.storage.writer import PAUSE_ENV

SRC = str(Path(__file__).resolve().parents[1] / "src")
CARD = "lead-mlops-engineer.card.txt"
#: The role :data:`CARD` is about.
ROLE = "Lead MLOps Engineer"
#: Another card guide of the bundled corpus, and its role.
OTHER, OTHER_ROLE = "mlops-ml-platform-engineer.card.txt", "MLOps / ML Platform Engineer"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": SRC, "CAREERGRAPH_CACHE_DIR": str(tmp_path / "cache"),
           "NO_COLOR": "1", "COLUMNS": "200"}
    env.update(extra)
    return env


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from careergraph.cli import main; main()", *args]


@pytest.fixture()
def card_corpus(tmp_path: Path) -> Path:
    """One card guide of the bundled corpus: what the cases below check of a process (a
    whole file under concurrent writers, a full disk, an unusable cache folder or home) does
    not depend on the corpus, and a fresh process builds it in ~3 CPU s instead of ~5 (the
    bundled corpus's long-form guides are most of its parse).  Its store (~100 KiB) is still
    bigger than the full-disk case's 64 KiB."""
    folder = tmp_path / "cards"
    folder.mkdir()
    shutil.copy(guides_dir() / CARD, folder / CARD)
    return folder


def test_concurrent_builds_never_expose_a_half_written_file(tmp_path: Path,
                                                           card_corpus: Path) -> None:
    out = tmp_path / "shared.db"
    CareerGraph.from_guides([card_corpus]).save(out)
    expected = GraphStore(out).digest
    builds = [subprocess.Popen(_cli("build", str(card_corpus), "--no-cache", "--out", str(out)),
                               env=_env(tmp_path, CAREERGRAPH_CACHE_DIR=str(tmp_path / f"c{i}")),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
              for i in range(3)]
    seen = 0
    while any(b.poll() is None for b in builds):
        store = GraphStore(out)  # raises if a reader ever saw a partial file
        assert store.digest == expected
        store.close()
        seen += 1
    assert [b.wait() for b in builds] == [0, 0, 0]
    assert seen > 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    GraphStore(out).verify()


def test_a_build_killed_mid_write_leaves_the_previous_graph_usable(
    tmp_path: Path, card_corpus: Path
) -> None:
    # The previous graph is another card's (a finished write of the card corpus would show).
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(guides_dir() / OTHER, other / OTHER)
    out = tmp_path / "graph.db"
    CareerGraph.from_guides([other]).save(out)
    before = GraphStore(out).digest
    # The writer of ``out`` pauses with its temporary file filled but not yet in place (the
    # store's test hook): the kill lands inside the write without a corpus big enough to
    # make the write take a moment (a 300-guide corpus parsed ~13 CPU s for it).
    build = subprocess.Popen(_cli("build", str(card_corpus), "--no-cache", "--out", str(out)),
                             env=_env(tmp_path, **{PAUSE_ENV: str(out)}),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Kill it once it has started writing the temporary file.
    deadline = time.monotonic() + 300
    while not list(tmp_path.glob(".graph.db.*.tmp")) and build.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    assert build.poll() is None, "the build ended before its temporary file was seen"
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert GraphStore(out).digest == before
    GraphStore(out).verify()
    # The graph left behind answers a query (in this process: the kill is what is tested).
    query = CliRunner().invoke(app, ["role", OTHER_ROLE, "--graph", str(out)],
                               env={"CAREERGRAPH_CACHE_DIR": str(tmp_path / "cache")})
    assert query.exit_code == 0 and OTHER_ROLE in query.stdout


def test_a_rebuild_killed_while_its_patch_is_under_way_leaves_the_previous_graph(
    tmp_path: Path,
) -> None:
    """A rebuild after an edit writes its patch into a copy of the previous store made on a
    thread (``storage.copyahead``); killed meanwhile, the previous store is untouched and
    the next build finishes the job."""
    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    env, cache = _env(tmp_path), tmp_path / "cache"
    # The builds before and after the kill run in this process (the same cache folder):
    # the killed rebuild is the real process this case is about.
    in_process = {"CAREERGRAPH_CACHE_DIR": str(cache)}
    first = CliRunner().invoke(app, ["build", str(guides)], env=in_process)
    assert first.exit_code == 0, first.output
    [previous] = cache.glob("graph-*.db")
    before = GraphStore(previous).digest
    card = guides / "lead-mlops-engineer.card.txt"
    card.write_text(card.read_text(encoding="utf-8").replace(
        "Top Skills for Success\n", "Top Skills for Success\nQuantum Annealing\n", 1),
        encoding="utf-8")
    build = subprocess.Popen(_cli("build", str(guides)), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not list(cache.glob(".graph-*.tmp")) and build.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.002)
    assert build.poll() is None, "the rebuild ended before its copy was seen"
    build.send_signal(signal.SIGKILL)
    build.wait()
    assert GraphStore(previous).digest == before
    GraphStore(previous).verify()
    again = CliRunner().invoke(app, ["build", str(guides), "--json"], env=in_process)
    assert again.exit_code == 0, again.output
    [rebuilt] = [p for p in cache.glob("graph-*.db") if p != previous]
    assert GraphStore(rebuilt).digest == CareerGraph.from_guides([guides]).digest


def test_a_full_disk_leaves_no_temporary_file_and_says_so(tmp_path: Path,
                                                          card_corpus: Path) -> None:
    out = tmp_path / "out" / "graph.db"

    def small_files() -> None:  # files may not grow past 64 KiB: the disk is "full"
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    done = subprocess.run(_cli("build", str(card_corpus), "--out", str(out)), env=_env(tmp_path),
                          preexec_fn=small_files, capture_output=True, text=True, check=False)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and str(out) in done.stderr.replace("\n", "")
    assert list(out.parent.iterdir()) == []


def _setpriv() -> list[str]:
    """Run as a user with no passwd entry that may read (the interpreter lives under /root)
    but not write anything it does not own."""
    if shutil.which("setpriv") is None or os.geteuid() != 0:
        pytest.fail("these cases run as another user via setpriv (util-linux), as root")
    return ["setpriv", "--reuid", "54321", "--regid", "54321", "--clear-groups",
            "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search"]


def test_an_unusable_cache_folder_goes_on_without_a_cache(tmp_path: Path,
                                                          card_corpus: Path) -> None:
    private = tmp_path / "someone-elses"
    private.mkdir(mode=0o700)
    tmp_path.chmod(0o755)
    env = _env(tmp_path, CAREERGRAPH_CACHE_DIR=str(private / "cache"))
    done = subprocess.run([*_setpriv(), *_cli("role", ROLE, "--guides", str(card_corpus))],
                          env=env, capture_output=True, text=True, check=False, cwd="/")
    assert done.returncode == 0, done.stderr
    assert ROLE in done.stdout
    assert "without a cache" in done.stderr and "Traceback" not in done.stderr


def test_no_home_goes_on_without_a_cache(tmp_path: Path, card_corpus: Path) -> None:
    env = {k: v for k, v in _env(tmp_path).items()
           if k not in ("HOME", "CAREERGRAPH_CACHE_DIR", "XDG_CACHE_HOME")}
    done = subprocess.run([*_setpriv(), *_cli("role", ROLE, "--guides", str(card_corpus))],
                          env=env, capture_output=True, text=True, check=False, cwd="/")
    assert done.returncode == 0, done.stderr
    assert ROLE in done.stdout
    assert "HOME is unset" in done.stderr and "Traceback" not in done.stderr


def test_a_damaged_parse_cache_is_replaced_with_a_note(tmp_path: Path, cli: CliRunner) -> None:
    # In this process (the cache file, not a process, is what is damaged); the cli fixture
    # keeps the cache in tmp_path / "cache".
    first = cli.invoke(app, ["build", str(guides_dir())])
    assert first.exit_code == 0, first.output
    (tmp_path / "cache" / "parsed.db").write_bytes(os.urandom(8192))
    for wal in (tmp_path / "cache").glob("parsed.db-*"):
        wal.unlink()
    again = cli.invoke(app, ["build", "--no-cache", str(guides_dir())])
    assert again.exit_code == 0, again.output
    assert "parse cache" in again.stderr and "Traceback" not in again.stderr
    assert again.stdout == first.stdout
