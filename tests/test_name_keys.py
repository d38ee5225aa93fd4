"""The store writer's name keys kept between builds (``NameKeys``): reused only under the
same acronym pairs, giving exactly the lookup rows computed afresh, and kept by the cache in
the build state for the next save of the same inputs."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from careergraph.cache import cached_build
from careergraph.graph import CareerGraph
from careergraph.resources import guides_dir
from careergraph.storage.buildstate import BuildState
from careergraph.storage.content import NameKeys, name_rows

CARD = "lead-mlops-engineer.card.txt"


@pytest.fixture(scope="module")
def graph() -> CareerGraph:
    return CareerGraph.from_guides()


def test_kept_keys_give_the_rows_computed_afresh(graph: CareerGraph) -> None:
    memo = NameKeys()
    fresh = name_rows(graph.nx, graph.lexicon)
    first = name_rows(graph.nx, graph.lexicon, memo)
    assert memo.stamp and memo.keys
    again = name_rows(graph.nx, graph.lexicon, memo)
    assert first.rows == again.rows == fresh.rows
    assert first.pairs == again.pairs == fresh.pairs


def test_kept_keys_are_used_under_the_same_pairs_only(graph: CareerGraph) -> None:
    memo = NameKeys()
    name_rows(graph.nx, graph.lexicon, memo)
    # A planted key shows whether the memo is read: under the same pairs it is (the memo
    # is trusted), under other pairs (another stamp) it is not.
    text = next(a["aliases"][0] for _, a in graph.nx.nodes(data=True) if a["type"] == "Skill")
    planted = NameKeys(stamp=memo.stamp,
                       keys={**memo.keys, (text, False): ("planted", "planted")})
    used = name_rows(graph.nx, graph.lexicon, planted).rows
    assert ("Skill", "planted") in {(kind, key) for kind, key, _ in used}
    stale = NameKeys(stamp="another set of acronym pairs",
                     keys={(text, False): ("planted", "planted")})
    rows = name_rows(graph.nx, graph.lexicon, stale).rows
    assert rows == name_rows(graph.nx, graph.lexicon).rows
    assert stale.stamp == memo.stamp and stale.keys[(text, False)] != ("planted", "planted")


def test_the_cache_keeps_name_keys_for_the_next_save(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    first = cached_build([guides])
    [state_path] = (tmp_path / "cache").glob("state-*.db")
    state = BuildState.open(state_path)
    assert state is not None
    kept = state.extra("name keys")
    state.close()
    assert isinstance(kept, NameKeys) and kept.stamp and kept.keys
    card = guides / CARD
    card.write_text(card.read_text(encoding="utf-8").replace(
        "Top Skills for Success\n", "Top Skills for Success\nKubeflow Pipelines\n", 1),
        encoding="utf-8")
    rebuilt = cached_build([guides])
    assert rebuilt.digest != first.digest
    [store] = [p for p in (tmp_path / "cache").glob("graph-*.db")
               if CareerGraph.load(p).digest == rebuilt.digest]
    with sqlite3.connect(store) as db:
        stored = set(db.execute("SELECT kind, key, node FROM lookup"))
    assert stored == set(name_rows(rebuilt.nx, rebuilt.lexicon).rows)
    # A damaged value is a lost shortcut, not an error.
    with sqlite3.connect(state_path) as db:
        db.execute("UPDATE extras SET data = x'00' WHERE name = 'name keys'")
    state = BuildState.open(state_path)
    assert state is not None and state.extra("name keys") is None
    state.close()
