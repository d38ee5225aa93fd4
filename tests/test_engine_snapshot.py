"""Engine snapshots: a restored engine answers like a fresh load, a changed graph gets a new
snapshot, a damaged one is rebuilt with a note, concurrent commands never see a broken one,
and a private engine leaves no process or folder behind.  Real engines and processes."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.graph import CareerGraph
from careergraph.resources import cypher_dir, guides_dir
from careergraph.stores.connect import local_store
from careergraph.stores.cypher import parse_statement
from careergraph.stores.falkor import DEFAULT_GRAPH, FalkorStore
from careergraph.stores.local import LocalEngine
from careergraph.stores.snapshot import snapshot_path, start_loaded
from cypher_fixtures import synthetic_graph
from engine_fixtures import (  # noqa: F401
    COUNT,
    built_cache,
    cli,
    processes_naming,
    sandbox,
    warm_sandbox,
)

QUERIES = sorted((cypher_dir() / "queries").glob("*.cypher"))
#: Values for every parameter the query library declares, on the bundled corpus.
VALUES = {"from": "MLOps Engineer", "to": "Director of MLOps", "level": "director",
          "role": "Lead MLOps Engineer", "skill": "Agile Methodology", "limit": 5}
OVERRIDES = {"skills_gap.cypher": {"from": "Senior MLOps Engineer", "to": "Lead MLOps Engineer"}}


class Loader:
    """``load`` for :func:`start_loaded` that counts its calls."""

    def __init__(self, graph: CareerGraph) -> None:
        self.graph = graph
        self.calls = 0

    def __call__(self) -> CareerGraph:
        self.calls += 1
        return self.graph


def _answers(store: FalkorStore) -> dict[str, Any]:
    found = {}
    for path in QUERIES:
        stmt = parse_statement(path)
        values = {**VALUES, **OVERRIDES.get(path.name, {})}
        params = stmt.bind({p.name: values[p.name] for p in stmt.params if p.name in values})
        found[path.name] = store.run(stmt.statements[0], params).rows
    return found


def _count_roles(engine: LocalEngine) -> int:
    store = FalkorStore(engine.client(), DEFAULT_GRAPH)
    return int(store.run("MATCH (r:Role) RETURN count(r)").rows[0][0])


@pytest.fixture()
def notes() -> list[str]:
    return []


def _start(digest: str, loader: Loader, folder: Path, notes: list[str]) -> LocalEngine:
    return start_loaded(digest, loader, folder=folder, note=notes.append)


def test_restored_engine_answers_every_library_query_like_a_fresh_load(
        corpus_graph: CareerGraph, tmp_path: Path, notes: list[str]) -> None:
    loader = Loader(corpus_graph)
    with local_store(corpus_graph) as fresh:
        expected = _answers(fresh)  # type: ignore[arg-type]
    assert all(expected.values()), "every query answers something on the bundled corpus"
    with _start("bundled", loader, tmp_path, notes) as first:
        assert loader.calls == 1 and snapshot_path(tmp_path, "bundled").is_file()
        assert _answers(FalkorStore(first.client(), DEFAULT_GRAPH)) == expected
    with _start("bundled", loader, tmp_path, notes) as restored:
        assert loader.calls == 1  # restored: the graph was never asked for
        assert _answers(FalkorStore(restored.client(), DEFAULT_GRAPH)) == expected
    assert notes == []
    assert oct(snapshot_path(tmp_path, "bundled").stat().st_mode & 0o777) == "0o600"


def test_a_changed_graph_gets_its_own_snapshot(tmp_path: Path, notes: list[str]) -> None:
    small, other = synthetic_graph(tracks=2, seed=1), synthetic_graph(tracks=3, seed=2)
    first, second = Loader(small), Loader(other)
    with _start("v1", first, tmp_path, notes) as engine:
        assert _count_roles(engine) == 16
    with _start("v2", second, tmp_path, notes) as engine:  # the graph changed: new digest
        assert second.calls == 1 and _count_roles(engine) == 24
    with _start("v1", first, tmp_path, notes) as engine:  # the old one is still good
        assert first.calls == 1 and _count_roles(engine) == 16
    assert snapshot_path(tmp_path, "v1") != snapshot_path(tmp_path, "v2")


def _flip_a_byte(path: Path, _other: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _truncate(path: Path, _other: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _random_bytes(path: Path, _other: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _empty(path: Path, _other: Path) -> None:
    path.write_bytes(b"")


def _another_graphs_snapshot(path: Path, other: Path) -> None:
    shutil.copyfile(other, path)


@pytest.mark.parametrize("damage", [_flip_a_byte, _truncate, _random_bytes, _empty,
                                    _another_graphs_snapshot],
                         ids=["flipped-byte", "truncated", "random-bytes", "empty",
                              "another-graph"])
def test_a_damaged_snapshot_is_rebuilt_with_a_one_line_note(
        damage: Callable[[Path, Path], None], tmp_path: Path, notes: list[str]) -> None:
    loader, decoy = Loader(synthetic_graph(tracks=2, seed=1)), Loader(synthetic_graph(tracks=3))
    _start("decoy", decoy, tmp_path, notes).stop()
    _start("graph", loader, tmp_path, notes).stop()
    path = snapshot_path(tmp_path, "graph")
    damage(path, snapshot_path(tmp_path, "decoy"))
    with _start("graph", loader, tmp_path, notes) as engine:
        assert _count_roles(engine) == 16  # the right graph, loaded again
    assert loader.calls == 2
    assert len(notes) == 1 and "rebuilding it" in notes[0] and "\n" not in notes[0]
    with _start("graph", loader, tmp_path, notes) as engine:  # the rebuilt file restores
        assert _count_roles(engine) == 16
    assert loader.calls == 2 and len(notes) == 1


def test_an_unwritable_snapshot_folder_costs_only_the_snapshot(tmp_path: Path,
                                                               notes: list[str]) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    loader = Loader(synthetic_graph(tracks=2, seed=1))
    with _start("graph", loader, blocker / "engine", notes) as engine:
        assert _count_roles(engine) == 16
    assert len(notes) == 1 and "cannot keep the engine snapshot" in notes[0]


# -- whole commands, as real processes ---------------------------------------------------------
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_concurrent_commands_share_one_good_snapshot_and_leave_nothing_behind(
        warm_sandbox: dict[str, str], corpus_graph: CareerGraph) -> None:  # noqa: F811
    roles = sum(1 for _, a in corpus_graph.nodes() if a["type"] == "Role")
    # The graph cache is warm (a copy of the one built once in this process); no snapshot yet.
    assert not (Path(warm_sandbox["CAREERGRAPH_CACHE_DIR"]) / "engine").exists()
    for _ in range(2):  # first round builds the snapshot at once, second restores it at once
        runs = [cli(warm_sandbox, "cypher", COUNT, "--json") for _ in range(3)]
        for run in runs:
            out, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
            assert f'"roles": {roles}' in out
            assert "damaged" not in err and "rebuilding" not in err
    folder = Path(warm_sandbox["CAREERGRAPH_CACHE_DIR"]) / "engine"
    assert [p.name for p in folder.iterdir() if p.suffix == ".rdb"]
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert processes_naming(warm_sandbox["TMPDIR"]) == []  # no server, no watchdog
    assert list(Path(warm_sandbox["TMPDIR"]).iterdir()) == []  # no engine folder


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_command_killed_mid_query_leaves_no_process_and_no_folder(
        warm_sandbox: dict[str, str]) -> None:  # noqa: F811
    import signal
    import time

    slow = "UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(x)"
    run = cli(warm_sandbox, "cypher", slow)
    deadline = time.monotonic() + 60
    while not any("redis-server" in c for c in processes_naming(warm_sandbox["TMPDIR"])):
        assert run.poll() is None and time.monotonic() < deadline, run.communicate()
        time.sleep(0.05)
    time.sleep(0.3)
    run.send_signal(signal.SIGKILL)
    run.communicate(timeout=30)
    deadline = time.monotonic() + 15
    while (processes_naming(warm_sandbox["TMPDIR"])
           or list(Path(warm_sandbox["TMPDIR"]).iterdir())) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert processes_naming(warm_sandbox["TMPDIR"]) == []
    assert list(Path(warm_sandbox["TMPDIR"]).iterdir()) == []  # the watchdog removed the folder


# -- the CLI picks the right snapshot ----------------------------------------------------------
def _roles(cli: CliRunner, *args: str) -> int:
    result = cli.invoke(app, ["cypher", COUNT, "--json", *args])
    assert result.exit_code == 0, result.output
    return int(json.loads(result.stdout)["rows"][0]["roles"])


def _snapshots(cache: Path) -> set[str]:
    return {p.name for p in (cache / "engine").glob("*.rdb")}


def test_editing_the_guides_never_serves_a_stale_snapshot(cli: CliRunner, tmp_path: Path,
                                                         corpus_graph: CareerGraph) -> None:
    cache = Path(os.environ["CAREERGRAPH_CACHE_DIR"])
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    everything = sum(1 for _, a in corpus_graph.nodes() if a["type"] == "Role")
    assert _roles(cli, "--guides", str(folder)) == everything
    [first] = _snapshots(cache)
    for path in sorted(folder.iterdir())[1:]:
        path.unlink()  # keep one guide
    fewer = _roles(cli, "--guides", str(folder))
    assert fewer < everything
    assert len(_snapshots(cache)) == 2 and first in _snapshots(cache)
    assert _roles(cli, "--guides", str(folder)) == fewer  # and that one is reused


def test_a_saved_graph_file_has_its_own_snapshot(cli: CliRunner, tmp_path: Path) -> None:
    cache = Path(os.environ["CAREERGRAPH_CACHE_DIR"])
    saved = tmp_path / "graph.json"
    one = sorted(p for p in guides_dir().iterdir() if p.is_file())[0]
    assert cli.invoke(app, ["build", str(one), "--out", str(saved)]).exit_code == 0
    small = _roles(cli, "--graph", str(saved))
    assert len(_snapshots(cache)) == 1
    assert cli.invoke(app, ["build", "--out", str(saved)]).exit_code == 0  # the file changes
    assert _roles(cli, "--graph", str(saved)) > small
    assert len(_snapshots(cache)) == 2
    both = cli.invoke(app, ["cypher", COUNT, "--graph", str(saved), "--guides", str(one)])
    assert both.exit_code == 2 and "not both" in both.output  # no snapshot hides the mistake
