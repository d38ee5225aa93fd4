"""Shared fixtures: the bundled corpus graph (built once per session), a CLI runner, one
headless Chromium for the browser tests and one live Neo4j for the Neo4j tests."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.resources import guides_dir
from careergraph.views.chromium import Chromium
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
def chromium() -> Iterator[Chromium]:
    """One headless Chromium for every browser test of the session."""
    if Chromium.find_binary() is None:
        if os.environ.get("CAREERGRAPH_SKIP_BROWSER") == "1":
            pytest.skip("CAREERGRAPH_SKIP_BROWSER=1: browser tests not run on request")
        pytest.fail("no Chromium: apt-get install chromium (scripts/test.sh does, as root), "
                    "set CHROMIUM=/path/to/chrome, or CAREERGRAPH_SKIP_BROWSER=1 to skip")
    with Chromium() as browser:
        yield browser


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
