"""Shared fixtures: the bundled corpus graph (built once per session) and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.resources import guides_dir


@pytest.fixture(scope="session")
def corpus_graph() -> CareerGraph:
    """The career graph of the bundled corpus (do not mutate)."""
    return CareerGraph.from_guides(guides_dir())


@pytest.fixture()
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """A CLI runner whose graph cache lives in a fresh temporary folder."""
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    return CliRunner()
