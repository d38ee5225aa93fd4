"""The cache folder does not grow without end: builds keep the most recently used graph
stores, opening a store marks it used, a store pruned under a running command is rebuilt
without a false alarm, and ``careergraph cache info|prune|clear`` report and free it."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph import cache, cachedir
from careergraph.cli import app
from careergraph.graph import CareerGraph
from careergraph.rebuild import TOUCHED
from careergraph.storage import parsecache
from careergraph.storage.buildstate import BuildState

GUIDE = ("Data Engineer\nCareer GuideKey Responsibilities\n- Build pipelines\n"
         "Top Skills for Success\nSQL\nPython\nCareer Progression\nCan Lead To\n"
         "Senior Data Engineer\n")


@pytest.fixture()
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(folder))
    return folder


def _skills(graph: CareerGraph) -> set[str]:
    return {data["name"] for _, data in graph.nx.nodes(data=True) if data["type"] == "Skill"}


def _stores(folder: Path) -> list[Path]:
    return sorted(folder.glob("graph-*.db"))


def _edit(guide: Path, n: int) -> None:
    """A new version of the guide (one more skill), so the next build makes a new store."""
    guide.write_text(GUIDE.replace("Python\n", f"Python\nSkill {n}\n"), encoding="utf-8")
    os.utime(guide, (1_000_000 + n, 1_000_000 + n))  # not "just modified": stat key trusted


def test_builds_keep_the_most_recent_stores(tmp_path: Path, cache_folder: Path) -> None:
    guide = tmp_path / "guides" / "data-engineer.card.txt"
    guide.parent.mkdir()
    digests = []
    for n in range(cachedir.KEEP_STORES + 3):
        _edit(guide, n)
        graph = cache.cached_build([guide.parent])
        digests.append(graph.digest)
        assert f"Skill {n}" in _skills(graph)
    assert len(set(digests)) == cachedir.KEEP_STORES + 3  # each edit made a new store
    assert len(_stores(cache_folder)) == cachedir.KEEP_STORES
    # The newest store is the one kept for these inputs: the next command opens it.
    again = cache.cached_build([guide.parent])
    assert again.store is not None and again.digest == digests[-1]
    assert len(_stores(cache_folder)) == cachedir.KEEP_STORES


def test_opening_a_store_marks_it_used(tmp_path: Path, cache_folder: Path) -> None:
    folders = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "data-engineer.card.txt").write_text(GUIDE.replace("SQL", f"SQL {name}"),
                                                      encoding="utf-8")
        os.utime(folder / "data-engineer.card.txt", (1_000_000, 1_000_000))
        folders.append(folder)
    first = cache.cached_build([folders[0]])
    cache.cached_build([folders[1]])
    store_a = cache_folder / f"graph-{cache.cache_key([folders[0]])}.db"
    for store in _stores(cache_folder):  # "a" built long before "b" ...
        when = 1_000_000 if store == store_a else 2_000_000
        os.utime(store, (when, when))
    assert cache.cached_build([folders[0]]).store is not None  # ... but "a" opened since
    deleted = cachedir.prune_stores(cache_folder, count=1)
    assert len(deleted) == 1
    assert _stores(cache_folder) == [store_a]
    assert cache.cached_build([folders[0]]).digest == first.digest


def test_a_store_pruned_under_an_open_graph(tmp_path: Path, cache_folder: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    guide = tmp_path / "guides" / "data-engineer.card.txt"
    guide.parent.mkdir()
    _edit(guide, 0)
    cache.cached_build([guide.parent])
    notes: list[str] = []
    graph = cache.cached_build([guide.parent], note=notes.append)
    assert graph.store is not None
    cachedir.prune_stores(cache_folder, count=0)
    assert _stores(cache_folder) == []
    # The command that had it open keeps reading the file it opened.
    assert "Skill 0" in _skills(graph)
    # The next command builds it again, with no "damaged" note: nothing was damaged.
    rebuilt = cache.cached_build([guide.parent], note=notes.append)
    assert rebuilt.digest == graph.digest and notes == []
    assert len(_stores(cache_folder)) == 1


def test_prune_keeps_the_store_in_use_whatever_its_size(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    big, small = folder / "graph-big.db", folder / "graph-small.db"
    big.write_bytes(b"x" * 100)
    small.write_bytes(b"x" * 10)
    os.utime(big, (1, 1))
    assert cachedir.prune_stores(folder, keep=big, count=8, max_bytes=50) == [small]
    assert big.exists()


def test_cache_commands(tmp_path: Path, cache_folder: Path) -> None:
    runner = CliRunner()
    guide = tmp_path / "guides" / "data-engineer.card.txt"
    guide.parent.mkdir()
    for n in range(3):
        _edit(guide, n)
        assert runner.invoke(app, ["build", str(guide.parent)]).exit_code == 0
    shown = runner.invoke(app, ["cache", "info", "--json"])
    assert shown.exit_code == 0, shown.output
    usage = json.loads(shown.output)
    assert usage["folder"] == str(cache_folder) and usage["stores"] == 3
    assert usage["store_bytes"] == sum(p.stat().st_size for p in _stores(cache_folder))
    assert usage["parse_cache_bytes"] > 0
    assert usage["total_bytes"] >= usage["store_bytes"] + usage["parse_cache_bytes"]
    assert usage["build_states"] == 1 and usage["build_state_bytes"] > 0
    text = runner.invoke(app, ["cache", "info"]).output
    assert "graph stores: 3" in text and "build states: 1" in text
    pruned = runner.invoke(app, ["cache", "prune", "--keep", "1", "--json"])
    assert len(json.loads(pruned.output)["deleted"]) == 2 and len(_stores(cache_folder)) == 1
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and "freed" in cleared.output
    assert list(cache_folder.iterdir()) == []
    # The cache starts again from nothing.
    assert runner.invoke(app, ["build", str(guide.parent)]).exit_code == 0
    assert len(_stores(cache_folder)) == 1


def _entry_days(folder: Path) -> list[int]:
    with sqlite3.connect(folder / "parsed.db") as db:
        return sorted(day for (day,) in db.execute("SELECT used FROM parsed"))


def _age_entries(folder: Path, days: int) -> None:
    """As if the last builds had run ``days`` days ago: their parse-cache entries' last use,
    and the build states' record of the day they last marked them."""
    with sqlite3.connect(folder / "parsed.db") as db:
        db.execute("UPDATE parsed SET used = used - ?", (days,))
    for path in folder.glob("state-*.db"):
        state = BuildState.open(path)
        assert state is not None
        try:
            if isinstance(day := state.extra(TOUCHED), int):
                state.keep(TOUCHED, day - days)
        finally:
            state.close()


def _two_guides(tmp_path: Path) -> Path:
    folder = tmp_path / "guides"
    folder.mkdir()
    _edit(folder / "data-engineer.card.txt", 0)
    (folder / "ml-engineer.card.txt").write_text(GUIDE.replace("Data", "ML"), encoding="utf-8")
    return folder


def test_parsed_guides_record_their_last_use(tmp_path: Path, cache_folder: Path) -> None:
    guides = _two_guides(tmp_path)
    cache.cached_build([guides])
    today = parsecache.today()
    assert _entry_days(cache_folder) == [today, today]
    _age_entries(cache_folder, 20)
    # An edit re-parses one guide and reads the other from the cache: both used today; the
    # edited guide's old version keeps its last use (forgotten 30 days after it).
    _edit(guides / "data-engineer.card.txt", 1)
    cache.cached_build([guides])
    assert _entry_days(cache_folder) == [today - 20, today, today]


def test_builds_forget_parsed_guides_unused_for_a_month(tmp_path: Path,
                                                       cache_folder: Path) -> None:
    guides = _two_guides(tmp_path)
    cache.cached_build([guides])
    _age_entries(cache_folder, cachedir.KEEP_PARSED_DAYS + 1)
    other = tmp_path / "other"
    other.mkdir()
    _edit(other / "data-engineer.card.txt", 7)
    cache.cached_build([other])  # another corpus: the two old entries are forgotten
    assert _entry_days(cache_folder) == [parsecache.today()]
    # Forgotten entries cost a parse, never a wrong answer.
    assert "Skill 0" in _skills(cache.cached_build([guides], use_cache=False))


def test_cache_prune_forgets_parsed_guides_and_shrinks_the_file(
        tmp_path: Path, cache_folder: Path) -> None:
    guides = _two_guides(tmp_path)
    runner = CliRunner()
    assert runner.invoke(app, ["build", str(guides)]).exit_code == 0
    _age_entries(cache_folder, 10)
    kept = runner.invoke(app, ["cache", "prune", "--parsed-days", "30", "--json"])
    assert kept.exit_code == 0, kept.output
    assert json.loads(kept.output)["parsed_entries_deleted"] == 0
    assert len(_entry_days(cache_folder)) == 2
    pruned = runner.invoke(app, ["cache", "prune", "--parsed-days", "7", "--json"])
    assert json.loads(pruned.output)["parsed_entries_deleted"] == 2
    assert _entry_days(cache_folder) == []
    text = runner.invoke(app, ["cache", "prune", "--parsed-days", "7"]).output
    assert "forgot 0 parsed guides unused for 7 days" in text


def test_a_parse_cache_from_before_last_use_was_kept(tmp_path: Path) -> None:
    path = tmp_path / "parsed.db"
    with sqlite3.connect(path) as db:  # the layout earlier versions wrote
        db.execute("CREATE TABLE parsed (key TEXT PRIMARY KEY, data BLOB NOT NULL, "
                   "crc INTEGER NOT NULL) WITHOUT ROWID")
        db.execute("INSERT INTO parsed VALUES ('k', x'00', 0)")
    opened = parsecache.ParseCache.open(path, print)
    assert opened is not None
    try:
        assert opened.forget_unused(30) == 1  # never marked used: the oldest there is
    finally:
        opened.close()
