"""Shared fixtures: the bundled corpus graph (built once per session), a CLI runner, one
headless Chromium for the browser tests and one live Neo4j for the Neo4j tests.

The slow external processes the collected tests need — the Neo4j JVM and Neo4j's Cypher
linter (Node.js) — start in the background when the session starts, so their start-up runs
on the other core while the first tests run instead of in series with them.

``scripts/test.sh`` runs the suite on every core with pytest-xdist (``-n auto --dist
loadfile``): each file runs in one worker (its module fixtures are built once), and the
scheduler below sends every Neo4j file to the same worker (one JVM)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.resources import guides_dir
from careergraph.views.chromium import Chromium
from cypher_lint import ALL_FILES, Lint
from neo4j_server import Neo4jServer, ServerUnavailable, Starting, external

#: The cyclic collector's thresholds for a test process (Python's default: 700, 10, 10).
#: A test process holds a large, long-lived heap (every test module, rewritten and imported,
#: its collected items, the compiled readers and word lists) and makes millions of short-lived
#: objects (ASTs while rewriting asserts, parsed pages); at the default thresholds it ran
#: ~8,000 collections while collecting the suite alone, the older-generation ones traversing
#: that heap again each time (~14 of 50 CPU s).  Fewer, larger young collections free the
#: same garbage: reference cycles are still collected, and ``gc.collect()`` works as ever.
GC_THRESHOLDS = (50_000, 20, 20)
gc.set_threshold(*GC_THRESHOLDS)

if os.environ.get("PYTEST_XDIST_WORKER"):
    # An xdist worker is handed COLUMNS=80; the CLI's output is checked at its piped width
    # (120 columns, careergraph.cli.common), as in one process.  Before the CLI is imported.
    os.environ.pop("COLUMNS", None)

#: The fixture every test that talks to Neo4j depends on (directly or through another fixture).
NEO4J_FIXTURE = "_neo4j_starting"


def neo4j_files(root: Path) -> set[str]:
    """The test files (as node ids start) that talk to Neo4j: those naming its fixture."""
    return {f"tests/{p.name}" for p in sorted((root / "tests").glob("test_*.py"))
            if "neo4j_server" in p.read_text(encoding="utf-8")}


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: absent without xdist
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``--dist loadfile``, with every Neo4j file in one unit of work (one JVM)."""
    if config.getoption("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadScopeScheduling

    together = neo4j_files(config.rootpath)

    class ByFileNeo4jTogether(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            file = nodeid.split("::", 1)[0]
            return "neo4j" if file in together else file

    return ByFileNeo4jTogether(config, log)


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    """In the second xdist worker, rewrite the test modules' asserts from the last module
    backwards before collecting, while the first worker collects (and rewrites) from the
    first onwards: where bytecode may be written (``scripts/test.sh``) each caches what it
    rewrote, and the walk stops at the first module already cached (where the two met, or
    every module of a run whose cache is warm).  Each worker then rewrites about half the
    modules instead of all of them (a test module's rewriting is pytest's, its cache file
    the one pytest writes and reads).  Nothing happens in one process, where bytecode is not
    written, or with ``--assert=plain``."""
    if os.environ.get("PYTEST_XDIST_WORKER") != "gw1" or sys.dont_write_bytecode:
        return
    try:  # (pytest's own rewriting and cache files; absent in another pytest: nothing done)
        from _pytest.assertion.rewrite import (
            PYC_TAIL,
            _read_pyc,
            _rewrite_test,
            _write_pyc,
            assertstate_key,
            get_cache_dir,
        )
    except ImportError:
        return
    state = session.config.stash.get(assertstate_key, None)
    if state is None or state.mode != "rewrite":
        return
    for module in sorted((session.config.rootpath / "tests").glob("test_*.py"), reverse=True):
        folder = get_cache_dir(module)
        cached = folder / (module.name[:-3] + PYC_TAIL)
        if _read_pyc(module, cached) is not None:
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            source_hash, code = _rewrite_test(module, session.config)
        except (OSError, SyntaxError, ValueError):
            return  # (a read-only folder, or a module collection will report as broken)
        _write_pyc(state, code, source_hash, cached)


@pytest.fixture(scope="session", autouse=True)
def _start_early(request: pytest.FixtureRequest) -> None:
    """Start the background fixtures that any collected test uses (after deselection).

    Not in an xdist worker: it collects every test but runs only the groups it is sent, so
    there the fixtures start when a test first needs them (and only in that worker)."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return
    used = {name for item in request.session.items for name in getattr(item, "fixturenames", ())}
    for name in (NEO4J_FIXTURE, "cypher_lint_all"):
        if name in used:
            request.getfixturevalue(name)


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
def _neo4j_starting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Starting | None]:
    """The session's own Neo4j, starting in the background (None when NEO4J_URI is set)."""
    if external() is not None:
        yield None
        return
    starting = Starting(tmp_path_factory.mktemp("neo4j") / "server.log")
    yield starting
    starting.stop()


@pytest.fixture(scope="session")
def neo4j_server(_neo4j_starting: Starting | None) -> Neo4jServer:
    """A live Neo4j 5: the server NEO4J_URI names, else one started for this session
    (tests/neo4j_server.py).  Missing Java or launcher fails the test with the install hint."""
    own = external()
    if own is not None or _neo4j_starting is None:
        assert own is not None
        return own
    try:
        return _neo4j_starting.server()
    except ServerUnavailable as exc:
        problem = str(exc)
    pytest.fail(problem, pytrace=False)  # outside the except: the hint alone, no chain


@pytest.fixture(scope="session")
def cypher_lint_all() -> Iterator[Lint]:
    """Neo4j's linter over every file of cypher/, running from the start of the session."""
    lint = Lint(*(str(p) for p in ALL_FILES))
    yield lint
    lint.close()
