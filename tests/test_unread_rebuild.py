"""A rebuild reads only the guide files whose stat changed (careergraph.cache.FileDigests
vouches for the others, careergraph.stubs.KeptParses gives their stubs unread), and still
gives byte for byte the graph a cold build gives -- also when an edit keeps the file's size
and modification time, or the file is replaced by one of equal size and modification time."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.test_cache import _document

from careergraph import cache
from careergraph.errors import GuideError
from careergraph.graph import CareerGraph
from careergraph.guides import corpus as corpus_module
from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon
from careergraph.resources import guides_dir
from careergraph.storage.parsecache import ParseCache
from careergraph.stubs import KeptParses, StubGuide

EDITED = "mlops-ml-platform-engineer.card.txt"


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    # The files were written a moment ago: let their stat vouch for them at once.
    monkeypatch.setattr(cache, "_RACY_S", 0.0)
    return folder


@pytest.fixture()
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The labels of the guide files read (for the cache key and for the corpus)."""
    seen: list[str] = []
    real = corpus_module.read_guide_bytes

    def counted(path: Path, label: str) -> bytes:
        seen.append(Path(label).name)
        return real(path, label)

    monkeypatch.setattr(corpus_module, "read_guide_bytes", counted)
    return seen


def _same_size_edit(text: str) -> str:
    changed = text.replace("Kubernetes", "Kubernetez", 1)
    assert changed != text and len(changed) == len(text)
    return changed


def _rebuilt(folder: Path) -> CareerGraph:
    graph = cache.cached_build([folder])
    assert graph.rebuild is not None and graph.rebuild.graph == "patched", graph.rebuild
    return graph


def test_a_rebuild_reads_only_the_edited_file(corpus: Path, reads: list[str]) -> None:
    cache.cached_build([corpus])
    guide = corpus / EDITED
    guide.write_text(guide.read_text(encoding="utf-8").replace(
        "Kubernetes", "Kubernetes\nTerraform", 1), encoding="utf-8")
    reads.clear()
    rebuilt = _rebuilt(corpus)
    assert reads and set(reads) == {EDITED}  # the key's digest, then the parse
    assert _document(rebuilt) == _document(CareerGraph.from_guides([corpus]))
    reads.clear()
    guide.write_text(guide.read_text(encoding="utf-8").replace("Terraform", "Ansible", 1),
                     encoding="utf-8")
    again = _rebuilt(corpus)  # the file read last time is vouched for now, not this one
    assert set(reads) == {EDITED}
    assert _document(again) == _document(CareerGraph.from_guides([corpus]))


@pytest.mark.parametrize("how", ["in place", "replaced"])
def test_a_change_keeping_size_and_modification_time_is_read_again(
    corpus: Path, reads: list[str], how: str
) -> None:
    """An edit in place that restores the modification time (the change time moves), and a
    file replaced by one of equal size and modification time (another inode)."""
    cache.cached_build([corpus])
    guide = corpus / EDITED
    before = guide.stat()
    written = guide if how == "in place" else corpus.parent / "replacement.txt"
    written.write_text(_same_size_edit(guide.read_text(encoding="utf-8")), encoding="utf-8")
    os.utime(written, ns=(before.st_atime_ns, before.st_mtime_ns))
    if written != guide:
        os.replace(written, guide)
    after = guide.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert (after.st_ino == before.st_ino) == (how == "in place")
    reads.clear()
    rebuilt = _rebuilt(corpus)
    assert EDITED in reads
    assert "Kubernetez" in {attrs["name"] for _, attrs in rebuilt.nodes()}
    assert _document(rebuilt) == _document(CareerGraph.from_guides([corpus]))


def test_a_tab_in_the_first_line_is_read_for_the_taxonomy_check(
    corpus: Path, reads: list[str]
) -> None:
    """A guide whose first bytes hold a tab could be a table: the taxonomy check reads it
    every time, vouched for or not."""
    tabbed = corpus / "tabbed-engineer.txt"
    tabbed.write_text("Data Engineer\t\nTop Skills for Success\nSQL\n", encoding="utf-8")
    cache.cached_build([corpus])
    guide = corpus / EDITED
    guide.write_text(guide.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    reads.clear()
    rebuilt = _rebuilt(corpus)
    assert set(reads) == {EDITED, tabbed.name}
    assert _document(rebuilt) == _document(CareerGraph.from_guides([corpus]))


def test_a_stub_taken_unread_is_read_to_hydrate_and_must_be_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    parse_cache = ParseCache.open(tmp_path / "parsed.db", print)
    assert parse_cache is not None
    first = KeptParses(parse_cache, {})
    plain = load_corpus([folder], lexicon=load_lexicon(), parse_cache=first).guides
    kept = KeptParses(parse_cache, first.fresh)
    kept.bind(load_lexicon())
    guide = folder / EDITED
    digest = corpus_module.guide_digest(guide)
    outcome = kept.stub(EDITED, guide, guide.suffix, digest)
    assert outcome is not None and all(isinstance(g, StubGuide) for g in outcome.guides)
    assert kept.stub(EDITED, guide, guide.suffix, b"x" * 32) is None  # other bytes: no stubs
    real = [g.model_dump_json() for g in plain if g.file == EDITED]
    assert [g.model_dump_json() for g in kept.hydrate(outcome.guides)] == real
    with sqlite3.connect(tmp_path / "parsed.db") as db:  # the entry lost: read, parsed
        db.execute("DELETE FROM parsed")
    assert [g.model_dump_json() for g in kept.hydrate(outcome.guides)] == real
    guide.write_text(guide.read_text(encoding="utf-8") + "\nSQL\n", encoding="utf-8")
    with pytest.raises(GuideError, match="changed while the graph was being built"):
        kept.hydrate(outcome.guides)
    parse_cache.close()
