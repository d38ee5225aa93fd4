"""The cold cached build (`careergraph build`, through :class:`PartialResolver`) resolves the
roles in a forked process beside the other types: the same resolution, private parts
included, so the build state and the store it records are those of one process."""

from __future__ import annotations

import hashlib
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest

import careergraph.build as build
from careergraph.aside import can_fork
from careergraph.build import GuideMentions, resolve_two_ways
from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon
from careergraph.rebuild import Inputs, build_into
from careergraph.resolve import resolve_mentions
from careergraph.storage.buildstate import BuildState

FIXTURES = Path(__file__).parent / "fixtures"
forks = pytest.mark.skipif(not can_fork(), reason="needs fork and two CPUs")


@forks
@pytest.mark.parametrize("folder", ["taxonomy", "esco", "guides"])
def test_two_ways_is_one_resolution_with_its_private_parts(folder: str) -> None:
    lexicon = load_lexicon()
    mentions = list(GuideMentions(load_corpus([FIXTURES / folder], workers=1).guides))
    both, one = resolve_two_ways(mentions, lexicon), resolve_mentions(mentions, lexicon)
    assert both.model_dump_json() == one.model_dump_json()
    assert list(both.entities) == list(one.entities)
    assert list(both.index) == list(one.index)
    assert both._order == one._order
    assert both._ambiguity_slots == one._ambiguity_slots
    assert (both._learnt, both._teachers) == (one._learnt, one._teachers)


def _dump(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        rows = list(connection.iterdump())
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def _decoded(value: object) -> object:
    """A pickled column's value; other columns (digests, text, numbers) as they are."""
    if isinstance(value, bytes) and value[:1] == pickle.PROTO:
        return pickle.loads(value)
    return value


def _state(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of a build state, its pickled columns decoded: two processes may pickle one
    value to different bytes (the pickler's memo shares what one process happens to share), so
    the state is compared by value; its token rows come in set order, so rows are sorted by
    their plain columns."""
    found: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(path) as connection:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            rows = [tuple(_decoded(v) for v in row)
                    for row in connection.execute(f"SELECT * FROM {table}")]
            found[table] = sorted(rows, key=lambda row: repr(
                [v for v in row if isinstance(v, (str, int, float)) or v is None]))
    return found


def _build(folder: Path, at: Path, *, refresh: bool) -> tuple[str, str, object]:
    """A cached build's graph digest, store dump and build state."""
    state = BuildState.open(at / "state.db")
    assert state is not None
    try:
        graph = build_into(at / "graph.db", Inputs([folder], (), False, None), state=state,
                           parse_cache=None, refresh=refresh)
    finally:
        state.close()
    assert graph.rebuild is not None
    return (graph.digest + graph.rebuild.path, _dump(at / "graph.db"),
            _state(at / "state.db"))


@forks
def test_a_cold_cached_build_records_the_same_state_either_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES / "taxonomy", corpus)
    found = {}
    for minimum in (10**9, 0):  # one process, then the roles aside
        monkeypatch.setattr(build, "ASIDE_MIN_GUIDES", minimum)
        at = tmp_path / str(minimum)
        at.mkdir()
        cold = _build(corpus, at, refresh=True)
        # The state the cold build left serves the next build's incremental resolution.
        edited = next(p for p in sorted(corpus.rglob("*")) if p.is_file())
        kept = edited.read_bytes()
        edited.write_bytes(kept + b"\n")
        again = _build(corpus, at, refresh=False)
        edited.write_bytes(kept)
        found[minimum] = (cold, again)
    assert found[0] == found[10**9]
    assert found[0][1][0].endswith("incremental")
