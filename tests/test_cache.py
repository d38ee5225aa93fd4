"""The cache: keyed by everything that decides the graph, never stale, incremental, and
byte-for-byte the graph a cold build gives."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from careergraph import cache
from careergraph.cli import app
from careergraph.graph import CareerGraph
from careergraph.resources import guides_dir

DE_GUIDE = ("Data Engineer\nCareer GuideKey Responsibilities\n- Build pipelines\n"
            "Top Skills for Success\nSQL\nPython\nCareer Progression\nCan Lead To\n"
            "Senior Data Engineer\n")


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    return folder


@pytest.fixture()
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(folder))
    return folder


def _document(graph: CareerGraph) -> str:
    """The graph and report as one canonical text (what "byte-for-byte" compares)."""
    return json.dumps({"graph": nx.node_link_data(graph.nx, edges="edges"),
                       "report": graph.report.model_dump(mode="json")}, ensure_ascii=False)


def _parsed_entries(folder: Path) -> int:
    with sqlite3.connect(folder / "parsed.db") as db:
        count: int = db.execute("SELECT count(*) FROM parsed").fetchone()[0]
    return count


def test_key_follows_guides_lexicon_options_paths_and_code(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = cache.cache_key([corpus])
    assert cache.cache_key([corpus]) == base
    assert cache.cache_key([corpus], strict=True) != base
    assert cache.cache_key([corpus, tmp_path / "typo"]) != base  # matches nothing, still counts
    lexicon = tmp_path / "lex"
    lexicon.mkdir()
    (lexicon / "roles.yaml").write_text("roles:\n  Data Engineer: {aliases: [DE]}\n")
    assert cache.cache_key([corpus], [lexicon]) != base
    guide = corpus / "lead-mlops-engineer.card.txt"
    guide.write_bytes(guide.read_bytes() + b"\n")
    edited = cache.cache_key([corpus])
    assert edited != base
    monkeypatch.setattr(cache, "_code_fingerprint", lambda: "other code")
    assert cache.cache_key([corpus]) != edited


def test_a_key_after_an_edit_reads_only_files_whose_stat_changed(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Guide digests are kept by stat: an unchanged file's kept digest is used without
    reading the file (shown here with a planted one), an edited file is read again."""
    monkeypatch.setattr(cache, "_RACY_S", 0.0)  # the files were written a moment ago
    first = cache.FileDigests({})
    assert cache.cache_key([corpus], known=first) == cache.cache_key([corpus])
    guide = corpus / "lead-mlops-engineer.card.txt"
    planted = {path: (stamp, b"p" * 32) for path, (stamp, _) in first.new.items()}
    assert cache.cache_key([corpus], known=cache.FileDigests(planted)) != cache.cache_key(
        [corpus])
    guide.write_bytes(guide.read_bytes() + b"\n")
    again = cache.FileDigests(dict(first.new))
    assert cache.cache_key([corpus], known=again) == cache.cache_key([corpus])
    assert list(again.new) == [str(guide.resolve())]  # only the edited file was read


def test_a_warm_build_opens_the_store(corpus: Path, cache_folder: Path) -> None:
    first = cache.cached_build([corpus])
    second = cache.cached_build([corpus])
    assert first.store is None and second.store is not None
    assert _document(first) == _document(second)
    assert len(list(cache_folder.glob("graph-*.db"))) == 1


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_one_changed_guide_is_parsed_again_and_the_graph_equals_a_cold_build(
    corpus: Path, cache_folder: Path, change: str
) -> None:
    cache.cached_build([corpus])
    entries = _parsed_entries(cache_folder)
    assert entries == 5
    if change == "edit":
        guide = corpus / "mlops-ml-platform-engineer.card.txt"
        guide.write_text(guide.read_text(encoding="utf-8").replace(
            "Kubernetes", "Kubernetes\nTerraform", 1), encoding="utf-8")
    elif change == "add":
        (corpus / "data-engineer.txt").write_text(DE_GUIDE, encoding="utf-8")
    else:
        (corpus / "lead-mlops-engineer.card.txt").unlink()
    incremental = cache.cached_build([corpus])
    # Built now, not served stale: the previous store patched (the graph reads the new
    # store), or the graph built whole.
    assert incremental.rebuild is not None and incremental.rebuild.path == "incremental"
    assert incremental.rebuild.graph == "patched", incremental.rebuild
    assert _parsed_entries(cache_folder) == entries + (change != "remove")
    cold = CareerGraph.from_guides([corpus])
    assert _document(incremental) == _document(cold)
    reopened = cache.cached_build([corpus])
    assert reopened.store is not None and _document(reopened) == _document(cold)
    assert reopened.digest == cold.digest


def test_the_cached_report_belongs_to_the_command(
    corpus: Path, cache_folder: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    typo = str(tmp_path / "typo" / "more")
    with_typo = runner.invoke(app, ["build", str(corpus), typo])
    assert with_typo.exit_code == 0 and "no such file or folder" in with_typo.output
    assert typo in with_typo.output.replace("\n", "")
    without = runner.invoke(app, ["build", str(corpus)])
    assert without.exit_code == 0 and "typo" not in without.output


def test_an_unusable_cache_folder_only_costs_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(blocker / "cache"))
    notes: list[str] = []
    graph = cache.cached_build([corpus], note=notes.append)
    assert graph.role("MLOps Engineer").name == "MLOps Engineer"
    assert len(notes) == 1 and "without a cache" in notes[0]
    assert graph.rebuild is not None and graph.rebuild.path == "full"  # no state to keep


def test_no_cache_parses_everything_again_and_replaces_the_store(
    corpus: Path, cache_folder: Path
) -> None:
    cache.cached_build([corpus])
    [store] = cache_folder.glob("graph-*.db")
    store.write_bytes(b"junk")
    rebuilt = cache.cached_build([corpus], use_cache=False)
    assert rebuilt.store is None
    reopened = cache.cached_build([corpus])
    assert reopened.store is not None and reopened.digest == rebuilt.digest
