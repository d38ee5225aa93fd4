"""`careergraph build --out FILE` copies the store the cache just wrote whole instead of
encoding every row again: the same store content as a write of the graph."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from careergraph import CareerGraph
from careergraph.errors import DamagedStoreError
from careergraph.resources import guides_dir
from careergraph.storage import copy_store, names_fingerprint, write_store


def _dump(path: Path) -> str:
    """The store's content (SQL dump), which two writes of one graph share byte for byte."""
    with sqlite3.connect(path) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


def _build(*args: str, cache: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CAREERGRAPH_CACHE_DIR": str(cache), "COLUMNS": "100"}
    return subprocess.run([sys.executable, "-c", "from careergraph.cli import main; main()",
                           "build", *args], capture_output=True, text=True, env=env,
                          check=True, timeout=600)


def test_cold_build_out_is_the_cache_store_copied(tmp_path: Path) -> None:
    out, cache = tmp_path / "mine.db", tmp_path / "cache"
    done = _build(str(guides_dir()), "--no-cache", "--out", str(out), cache=cache)
    assert "Saved graph to" in done.stdout
    stores = sorted(cache.glob("graph-*.db"))
    assert len(stores) == 1
    assert _dump(out) == _dump(stores[0])
    # ... and what writing the graph whole (no copy) gives.
    graph = CareerGraph.from_guides(guides_dir())
    again = write_store(graph.nx, graph.report.model_dump_json().encode(), graph.lexicon,
                        tmp_path / "again.db", names_fingerprint=names_fingerprint())
    assert _dump(out) == _dump(again)


def test_a_graph_saves_by_copy_only_while_its_written_store_is_there(tmp_path: Path) -> None:
    graph = CareerGraph.from_guides(guides_dir())
    first = graph.save(tmp_path / "first.db")
    graph.written = first
    copied = graph.save(tmp_path / "copied.db")
    assert _dump(copied) == _dump(first)
    first.unlink()  # gone: the graph is written again, with the same content
    rewritten = graph.save(tmp_path / "rewritten.db")
    assert _dump(rewritten) == _dump(copied)
    # An existing target is updated row by row as before, never replaced by a copy.
    graph.written = rewritten
    assert graph.save(copied, base=copied) == copied
    assert CareerGraph.load(copied).digest == graph.digest


def test_copying_a_file_that_is_not_a_store_fails_and_leaves_nothing(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a store" * 20)
    with pytest.raises(DamagedStoreError):
        copy_store(junk, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()
    assert not list(tmp_path.glob(".out.db.*"))
