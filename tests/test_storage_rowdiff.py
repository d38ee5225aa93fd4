"""A store written as a row diff against a previous store holds exactly what a whole write
holds (digest, rows in order, name keys, blobs), touches only the rows that differ, and falls
back to a whole write when the previous store cannot serve: damaged, foreign, of another
version, numbered densely by an older writer, or in another order."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from careergraph.errors import DamagedStoreError
from careergraph.graph import CareerGraph
from careergraph.resources import guides_dir
from careergraph.storage import GraphStore
from careergraph.storage.rowdiff import GAP, Plan, Rebase, plan_rows

CARD = "lead-mlops-engineer.card.txt"


def _export(graph: CareerGraph) -> str:
    return json.dumps(graph.to_json(), ensure_ascii=False)


def _tables(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows without their seq, in seq (or key) order."""
    with sqlite3.connect(path) as db:
        return {
            "nodes": db.execute("SELECT id, type, name, aliases, attrs, degree, crc FROM nodes "
                                "ORDER BY seq").fetchall(),
            "edges": db.execute("SELECT src, dst, key, attrs, crc FROM edges ORDER BY seq"
                                ).fetchall(),
            "lookup": db.execute("SELECT * FROM lookup ORDER BY kind, key, node").fetchall(),
            "blobs": db.execute("SELECT * FROM blobs ORDER BY name").fetchall(),
            "meta": db.execute("SELECT * FROM meta ORDER BY key").fetchall(),
        }


def _seqs(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT id, seq FROM nodes"))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CareerGraph]:
    """A store of the bundled corpus, and the graph after a skill is added to one guide:
    built once for the module (two cold builds; saving a graph does not change it), each
    test taking its own copy of the store (:func:`edit`)."""
    folder = tmp_path_factory.mktemp("rowdiff")
    guides = folder / "guides"
    shutil.copytree(guides_dir(), guides)
    base = CareerGraph.from_guides(guides).save(folder / "base.db")
    card = guides / CARD
    card.write_text(card.read_text(encoding="utf-8").replace(
        "Top Skills for Success\n", "Top Skills for Success\nKubeflow Pipelines\n", 1),
        encoding="utf-8")
    return base, CareerGraph.from_guides(guides)


@pytest.fixture()
def edit(tmp_path: Path, built: tuple[Path, CareerGraph]) -> tuple[Path, CareerGraph]:
    """This test's copy of the bundled corpus's store, and the graph after a skill is added
    to one guide (the module's, :func:`built`)."""
    base, graph = built
    return shutil.copyfile(base, tmp_path / "base.db"), graph


def test_a_diff_write_equals_a_whole_write_and_keeps_unchanged_rows(
        tmp_path: Path, edit: tuple[Path, CareerGraph]) -> None:
    base, graph = edit
    whole = graph.save(tmp_path / "whole.db")
    diffed = graph.save(tmp_path / "diffed.db", base=base)
    assert _tables(diffed) == _tables(whole)
    assert GraphStore(diffed).digest == graph.digest
    assert _export(CareerGraph.load(diffed)) == _export(CareerGraph.load(whole))
    GraphStore(diffed).verify()
    # Rows kept their place; the new skill went between two of them.
    before, after = _seqs(base), _seqs(diffed)
    new = set(after) - set(before)
    assert new == {"skill:kubeflow-pipelines"}
    assert all(after[node] == seq for node, seq in before.items())
    assert after["skill:kubeflow-pipelines"] % GAP != 0


def test_a_store_updated_in_place_over_its_own_file(tmp_path: Path,
                                                    edit: tuple[Path, CareerGraph]) -> None:
    base, graph = edit
    graph.save(base, base=base)
    assert _tables(base) == _tables(graph.save(tmp_path / "whole.db"))
    assert list(tmp_path.glob(".*.tmp")) == []


def _damage_header(path: Path) -> None:
    with open(path, "r+b") as handle:
        handle.write(b"not a database at all")


def _other_version(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'version'")


def _dense(path: Path) -> None:
    """Rows numbered 1, 2, 3 … as the writer before row diffs did: no room to insert."""
    with sqlite3.connect(path) as db:
        for table in ("nodes", "edges"):
            db.execute(f"UPDATE {table} SET seq = seq / {GAP}")


def _reordered(path: Path) -> None:
    """Two nodes' places swapped: the kept rows are not in the new graph's order."""
    with sqlite3.connect(path) as db:
        (a, sa), (b, sb) = db.execute("SELECT id, seq FROM nodes ORDER BY seq LIMIT 2")
        db.execute("UPDATE nodes SET seq = -1 WHERE id = ?", (a,))
        db.execute("UPDATE nodes SET seq = ? WHERE id = ?", (sa, b))
        db.execute("UPDATE nodes SET seq = ? WHERE id = ?", (sb, a))


def _foreign(path: Path) -> None:
    path.unlink()
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")


@pytest.mark.parametrize("spoil", [_damage_header, _other_version, _dense, _reordered,
                                   _foreign, Path.unlink])
def test_an_unusable_base_falls_back_to_a_whole_write(
        tmp_path: Path, edit: tuple[Path, CareerGraph], spoil: object) -> None:
    base, graph = edit
    assert callable(spoil)
    spoil(base)
    diffed = graph.save(tmp_path / "diffed.db", base=base)
    assert _tables(diffed) == _tables(graph.save(tmp_path / "whole.db"))
    # A whole write: every row GAP apart again.
    assert sorted(_seqs(diffed).values()) == [GAP * (i + 1) for i in range(len(_seqs(diffed)))]
    assert list(tmp_path.glob(".*.tmp")) == []


def test_a_damaged_row_kept_from_the_base_is_detected_when_read(
        tmp_path: Path, edit: tuple[Path, CareerGraph]) -> None:
    base, graph = edit
    stored = GraphStore(base)
    kept = next(node for node, attrs in graph.nx.nodes(data=True)
                if stored.node(node) == attrs)  # a row the edit leaves as it was
    with sqlite3.connect(base) as db:
        db.execute("UPDATE nodes SET crc = crc + 1 WHERE id = ?", (kept,))
    diffed = graph.save(tmp_path / "diffed.db", base=base)
    with pytest.raises(DamagedStoreError, match="checksum"):
        GraphStore(diffed).node(kept)


def test_plan_rows_gives_up_when_a_gap_is_full() -> None:
    with pytest.raises(Rebase):
        plan_rows(new=[("a", b"", 0), ("b", b"", 1), ("c", b"", 2)],
                  old=[(1, "a", b""), (2, "c", b"")], in_new={"a", "b", "c"}.__contains__,
                  in_old={"a", "c"}.__contains__)


def test_plan_rows_spaces_inserts_evenly_and_appends_after_the_last_row() -> None:
    plan = plan_rows(new=[("a", b"", 0), ("x", b"", 1), ("y", b"", 2), ("b", b"", 3),
                          ("z", b"", 4)],
                     old=[(3, "a", b""), (6, "b", b"")],
                     in_new={"a", "x", "y", "b", "z"}.__contains__,
                     in_old={"a", "b"}.__contains__)
    assert plan.inserts == [(4, 1), (5, 2), (6 + GAP, 4)]
    assert plan.deletes == plan.updates == []


def _cached(guides: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Build ``guides`` through the cache; the path of the store it keeps."""
    from careergraph.cache import cache_key, cached_build

    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(cache))
    cached_build([guides])
    return cache / f"graph-{cache_key([guides])}.db"


def _edit_card(guides: Path, skill: str) -> None:
    card = guides / CARD
    card.write_text(card.read_text(encoding="utf-8").replace(
        "Top Skills for Success\n", f"Top Skills for Success\n{skill}\n", 1), encoding="utf-8")


def test_the_cache_updates_the_previous_store_of_the_same_corpus(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    first = _cached(guides, tmp_path / "cache", monkeypatch)
    _edit_card(guides, "Kubeflow Pipelines")
    second = _cached(guides, tmp_path / "cache", monkeypatch)
    assert second != first and first.exists()
    before, after = _seqs(first), _seqs(second)
    assert set(after) - set(before) == {"skill:kubeflow-pipelines"}
    assert all(after[node] == seq for node, seq in before.items())  # updated, not rewritten
    assert _tables(second) == _tables(_cached(guides, tmp_path / "cold", monkeypatch))


def test_the_cache_writes_whole_when_the_previous_store_is_damaged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    first = _cached(guides, tmp_path / "cache", monkeypatch)
    _damage_header(first)
    _edit_card(guides, "Kubeflow Pipelines")
    second = _cached(guides, tmp_path / "cache", monkeypatch)
    assert _tables(second) == _tables(_cached(guides, tmp_path / "cold", monkeypatch))
    assert sorted(_seqs(second).values()) == [GAP * (i + 1) for i in range(len(_seqs(second)))]


def _apply(old: list[tuple[int, str, bytes]], plan: Plan[tuple[str, bytes]]
           ) -> list[tuple[str, bytes]]:
    rows = {seq: (key, payload) for seq, key, payload in old}
    for seq in plan.deletes:
        del rows[seq]
    for seq, row in plan.updates:
        rows[seq] = row
    for seq, row in plan.inserts:
        assert seq not in rows
        rows[seq] = row
    return [rows[seq] for seq in sorted(rows)]


@pytest.mark.parametrize("seed", range(30))
def test_plan_rows_turns_any_old_sequence_into_the_new_one(seed: int) -> None:
    rng = random.Random(seed)
    keys = [f"k{i}" for i in range(rng.randrange(0, 12))]
    old = [(GAP * (i + 1), key, b"old") for i, key in enumerate(keys)]
    kept = [key for key in keys if rng.random() < 0.6]
    new_keys = list(kept)
    for i in range(rng.randrange(0, 6)):
        new_keys.insert(rng.randrange(len(new_keys) + 1), f"n{i}")
    swapped = len(kept) > 1 and rng.random() < 0.3
    if swapped:  # two kept rows trade places: no row-by-row update keeps the order
        a, b = new_keys.index(kept[0]), new_keys.index(kept[-1])
        new_keys[a], new_keys[b] = new_keys[b], new_keys[a]
    new = [(key, rng.choice([b"old", b"new"])) for key in new_keys]
    rows = [(key, payload, (key, payload)) for key, payload in new]
    if swapped:
        with pytest.raises(Rebase):
            plan_rows(rows, old, set(new_keys).__contains__, set(keys).__contains__)
        return
    plan = plan_rows(rows, old, set(new_keys).__contains__, set(keys).__contains__)
    assert _apply(old, plan) == new
    assert len(plan.updates) == sum(key in keys and p == b"new" for key, p in new)


def test_a_stale_or_damaged_pointer_to_the_previous_store_still_gives_the_cold_store(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The manifest's pointer names the store to diff against; any store serves (only the
    cost depends on it): one two edits old, one of another corpus, or a damaged manifest."""
    guides = tmp_path / "guides"
    shutil.copytree(guides_dir(), guides)
    cache = tmp_path / "cache"
    oldest = _cached(guides, cache, monkeypatch)
    _edit_card(guides, "Kubeflow Pipelines")
    _cached(guides, cache, monkeypatch)
    other = _cached(guides / CARD, cache, monkeypatch)  # another input set's store
    for base, skill in ((oldest, "Ray Serve"), (other, "Feast")):
        with sqlite3.connect(cache / "manifest.db") as db:
            db.execute("UPDATE latest SET key = ?", (base.stem.removeprefix("graph-"),))
        _edit_card(guides, skill)
        cold = _cached(guides, tmp_path / f"cold-{skill}", monkeypatch)
        assert _tables(_cached(guides, cache, monkeypatch)) == _tables(cold)
    (cache / "manifest.db").write_bytes(b"garbage" * 1000)
    _edit_card(guides, "Weights & Biases")
    cold = _cached(guides, tmp_path / "cold-last", monkeypatch)
    assert _tables(_cached(guides, cache, monkeypatch)) == _tables(cold)
