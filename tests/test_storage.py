"""The store: the same answers as a fresh build, partial reads, damage detected and repaired."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.errors import DamagedStoreError
from careergraph.graph import CareerGraph
from careergraph.model import NodeType
from careergraph.resources import guides_dir
from careergraph.storage import GraphStore, is_store

QUERIES = [
    ["path", "MLOps Engineer", "Director", "--routes", "3", "--have", "Python, Docker"],
    ["path", "MLOps Engineer", "Director", "--by", "effort"],
    ["path", "Senior MLOps Engineer", "Machine Learning Operations Manager", "--json"],
    ["role", "MLOps Engineer"],
    ["role", "mlops eng", "--json"],
    ["skills-gap", "MLOps Engineer", "Machine Learning Operations Manager"],
    ["skills-gap", "MLOps Engineer", "Senior MLOps Engineer", "--json", "--have", "k8s"],
    ["stats", "--unused"],
    ["role", "Nobody At All"],
]


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, result.output


@pytest.fixture(scope="module")
def _bundled_built(tmp_path_factory: pytest.TempPathFactory) -> tuple[CareerGraph, Path]:
    """The bundled corpus's graph, built once for the module, and the parse cache its build
    filled (``parsed.db``)."""
    from careergraph.storage.parsecache import ParseCache

    parsed = tmp_path_factory.mktemp("parses") / "parsed.db"
    parses = ParseCache.open(parsed, print)
    assert parses is not None
    try:
        return CareerGraph.from_guides(parse_cache=parses), parsed
    finally:
        parses.close()


@pytest.fixture(scope="module")
def bundled(_bundled_built: tuple[CareerGraph, Path]) -> CareerGraph:
    """The bundled corpus's graph, built once for the module (saving does not change it)."""
    return _bundled_built[0]


@pytest.fixture(scope="module")
def bundled_files(bundled: CareerGraph, tmp_path_factory: pytest.TempPathFactory
                  ) -> tuple[Path, Path]:
    """The bundled graph saved once as a store and as JSON (the tests only read them)."""
    folder = tmp_path_factory.mktemp("saved")
    return bundled.save(folder / "g.db"), bundled.save(folder / "g.json")


@pytest.fixture()
def saved(bundled: CareerGraph, tmp_path: Path) -> tuple[CareerGraph, Path]:
    return bundled, bundled.save(tmp_path / "graph.db")


def test_a_store_reads_back_the_same_graph(saved: tuple[CareerGraph, Path]) -> None:
    graph, path = saved
    assert is_store(path)
    opened = CareerGraph.load(path)
    assert opened.digest == graph.digest
    assert opened.stats() == graph.stats()
    for node_id, attrs in graph.nodes(NodeType.ROLE):
        # ``lookup`` records the query asked (different spellings here), not the role.
        assert opened.role(node_id.removeprefix("role:").replace("-", " ")).model_copy(
            update={"lookup": None}) == graph.role(attrs["name"]).model_copy(
            update={"lookup": None}) or attrs["name"] == ""
        for alias in attrs["aliases"]:
            assert opened.match(alias) == graph.match(alias)
    for _, attrs in graph.nodes(NodeType.SKILL):
        assert opened.match(attrs["name"], NodeType.SKILL) == graph.match(
            attrs["name"], NodeType.SKILL)
    assert json.dumps(nx.node_link_data(opened.nx, edges="edges")) == json.dumps(
        nx.node_link_data(graph.nx, edges="edges"))


def test_a_query_reads_the_store_without_materialising_the_graph(
    saved: tuple[CareerGraph, Path]
) -> None:
    _, path = saved
    opened = CareerGraph.load(path)
    opened.routes("MLOps Engineer", "Director", k=2)
    opened.skills_gap("MLOps Engineer", "Senior MLOps Engineer")
    opened.role("MLOps Engineer")
    assert opened._graph is None


@pytest.mark.parametrize("args", QUERIES, ids=lambda a: " ".join(a)[:40])
def test_every_command_answers_the_same_from_store_json_and_fresh_build(
    args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    bundled_files: tuple[Path, Path], _bundled_built: tuple[CareerGraph, Path]
) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    # The cache starts with the guides' parses alone (as test_same_answers_on_a_generated_
    # corpus's does: a parse is a guide's alone, keyed by its bytes), not parsed again for
    # each command: the first command still builds the graph and stores it cold.
    (tmp_path / "cache").mkdir()
    shutil.copyfile(_bundled_built[1], tmp_path / "cache" / "parsed.db")
    fresh = run(*args)  # no graph cached: built in this process
    warm = run(*args)  # from the cached store
    store, document = bundled_files  # a graph built apart, saved both ways
    from_store = run(*args, "--graph", str(store))
    from_json = run(*args, "--graph", str(document))
    assert fresh == warm == from_store == from_json


def test_same_answers_on_a_generated_corpus(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks.generate import generate

    from careergraph.storage.parsecache import ParseCache

    corpus = tmp_path / "corpus"
    generate(120, corpus, seed=3)
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    # The graph that picks the roles parses into the cache the commands use: their first
    # (fresh) build reads the parses, not the guides again, and still builds and stores the
    # graph cold; a parse is a guide's alone (keyed by its bytes), as any later command's.
    (tmp_path / "cache").mkdir()
    parses = ParseCache.open(tmp_path / "cache" / "parsed.db", print)
    assert parses is not None
    try:
        graph = CareerGraph.from_guides([corpus], parse_cache=parses)
    finally:
        parses.close()
    roles = [attrs["name"] for _, attrs in graph.nodes(NodeType.ROLE) if attrs.get("guides")]
    a, b = roles[0], roles[len(roles) // 2]
    for args in (["path", a, "Director", "-k", "2"], ["path", a, b, "--by", "effort"],
                 ["role", b], ["skills-gap", a, b], ["stats"]):
        fresh = run(*args, "--guides", str(corpus))
        warm = run(*args, "--guides", str(corpus))
        assert fresh == warm, args


# -- damage ------------------------------------------------------------------------------


def _cached_store(folder: Path) -> Path:
    [store] = folder.glob("graph-*.db")
    return store


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x5A
    path.write_bytes(bytes(data))


DAMAGE = {
    "header byte": lambda p: _flip(p, 20),
    "byte at 1/3": lambda p: _flip(p, p.stat().st_size // 3),
    "byte at 2/3": lambda p: _flip(p, 2 * p.stat().st_size // 3),
    "last byte": lambda p: _flip(p, p.stat().st_size - 1),
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "random bytes": lambda p: p.write_bytes(os.urandom(p.stat().st_size)),
    "empty": lambda p: p.write_bytes(b""),
    "json shape": lambda p: p.write_text('{"nodes": [1, 2, 3]}'),
    "foreign sqlite": lambda p: (p.unlink(), sqlite3.connect(p).execute(
        "CREATE TABLE t (x)").connection.commit()),
}


DAMAGED_ARGS = ["path", "MLOps Engineer", "Director", "-k", "2"]


@pytest.fixture(scope="module")
def answered_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A cache folder filled by one cold run of :data:`DAMAGED_ARGS`, and its answer: each
    damage test starts from a copy (the cache key of the bundled corpus names no folder)."""
    folder = tmp_path_factory.mktemp("answered") / "cache"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CAREERGRAPH_CACHE_DIR", str(folder))
        code, expected = run(*DAMAGED_ARGS)
    assert code == 0
    return folder, expected


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_cached_store_is_noticed_and_rebuilt(
    damage: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    answered_cache: tuple[Path, str]
) -> None:
    shutil.copytree(answered_cache[0], tmp_path / "cache")
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    args = DAMAGED_ARGS
    code, expected = run(*args)  # from the cached store copied
    assert code == 0 and expected == answered_cache[1]
    store = _cached_store(tmp_path / "cache")
    DAMAGE[damage](store)
    result = CliRunner().invoke(app, args)
    assert (result.exit_code == 0 and result.exception is None) or isinstance(
        result.exception, SystemExit)
    assert result.stdout == expected
    assert result.stderr.count("note:") <= 1
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and again.stdout == expected and "note:" not in again.stderr


def test_build_no_cache_repairs_a_damaged_store(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    assert run("build")[0] == 0
    store = _cached_store(tmp_path / "cache")
    store.write_bytes(os.urandom(4096))
    assert run("build", "--no-cache")[0] == 0
    GraphStore(store).verify()


@pytest.mark.parametrize("damage", ["byte at 1/3", "truncated", "random bytes", "empty",
                                    "foreign sqlite"])
def test_a_damaged_saved_store_is_a_clear_error(damage: str,
                                                saved: tuple[CareerGraph, Path]) -> None:
    _, path = saved
    DAMAGE[damage](path)
    code, output = run("role", "MLOps Engineer", "--graph", str(path))
    if code == 0:  # the changed byte was in a part this answer does not read
        assert "MLOps Engineer" in output
    else:
        assert code == 2 and str(path) in output.replace("\n", "") and "Traceback" not in output


def test_verify_reads_every_page(saved: tuple[CareerGraph, Path]) -> None:
    _, path = saved
    GraphStore(path).verify()
    _flip(path, 4096 * 3 + 8)  # a b-tree page header
    with pytest.raises(DamagedStoreError):
        GraphStore(path).verify()


def test_files_are_written_aside_then_renamed(saved: tuple[CareerGraph, Path]) -> None:
    graph, path = saved
    before = path.stat().st_ino
    graph.save(path)
    assert path.stat().st_ino != before  # a new file renamed over the old one
    assert sorted(p.name for p in path.parent.iterdir()) == ["graph.db"]


def test_guides_dir_is_the_default(saved: tuple[CareerGraph, Path]) -> None:
    graph, _ = saved
    assert graph.report.guides[0].file in {p.name for p in guides_dir().iterdir()}
