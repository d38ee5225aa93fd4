"""Parsing in worker processes gives exactly the corpus parsed in this process: the same
guides in the same order, the same problems (bad files included), the same graph."""

from __future__ import annotations

from pathlib import Path

from benchmarks.generate import generate

from careergraph.build import build_graph
from careergraph.guides import load_corpus
from careergraph.guides.pool import PARALLEL_MIN_FILES, auto_workers


def test_workers_give_the_same_corpus_and_graph(tmp_path: Path) -> None:
    generate(60, tmp_path / "corpus")
    folder = tmp_path / "corpus" / "guides"
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "no-role.txt").write_text("Key Responsibilities\n- nothing else\n", encoding="utf-8")
    duplicate = sorted(folder.glob("*.txt"))[3]
    (folder / "zz-copy.txt").write_bytes(duplicate.read_bytes())

    alone = load_corpus([folder], workers=1)
    pooled = load_corpus([folder], workers=2)
    assert pooled.model_dump() == alone.model_dump()
    # Guides come back from workers in a compact wire form: the same objects, down to which
    # fields were set (what exclude_unset dumps and the parse cache's pickles see).
    assert pooled.guides == alone.guides
    assert [g.model_dump(exclude_unset=True) for g in pooled.guides] == [
        g.model_dump(exclude_unset=True) for g in alone.guides]
    assert len(alone.guides) >= 60
    messages = {p.file: p.message for p in alone.problems if p.severity == "error"}
    assert {"empty.txt", "binary.txt", "no-role.txt", "zz-copy.txt"} <= set(messages)
    assert "duplicate guide" in messages["zz-copy.txt"]
    pooled_graph, alone_graph = build_graph(pooled.guides)[0], build_graph(alone.guides)[0]
    assert dict(pooled_graph.nodes(data=True)) == dict(alone_graph.nodes(data=True))
    assert list(pooled_graph.edges(keys=True, data=True)) == list(
        alone_graph.edges(keys=True, data=True))


def test_small_corpora_parse_in_this_process() -> None:
    assert auto_workers(PARALLEL_MIN_FILES - 1) == 1
    assert auto_workers(PARALLEL_MIN_FILES) >= 1
