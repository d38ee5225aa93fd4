"""Shared fixtures: the bundled corpus graph (built once per session) and a CLI runner."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.resources import guides_dir
from neo4j_server import Neo4jServer, ServerUnavailable, external, started


@pytest.fixture(scope="session")
def corpus_graph() -> CareerGraph:
    """The career graph of the bundled corpus (do not mutate)."""
    return CareerGraph.from_guides(guides_dir())


@pytest.fixture()
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CLI runner whose graph cache lives in a fresh temporary folder."""
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Neo4jServer]:
    """A live Neo4j 5: the server NEO4J_URI names, else one started for this session
    (tests/neo4j_server.py).  Missing Java or launcher fails the test with the install hint."""
    own = external()
    if own is not None:
        yield own
        return
    try:
        with started(tmp_path_factory.mktemp("neo4j") / "server.log") as server:
            yield server
            return
    except ServerUnavailable as exc:
        problem = str(exc)
    pytest.fail(problem, pytrace=False)  # outside the except: the hint alone, no chain
