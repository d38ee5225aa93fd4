"""Unchanged guide files as stubs (careergraph.stubs): a file whose parse-cache key is the one
the build state recorded gives stubs (file, title, title line, problems) instead of its
cached guides, and hydrating them gives exactly the guides a plain load gives — from the
parse cache, or parsed again when the cache lost the entry."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from careergraph.guides import load_corpus
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide
from careergraph.resources import guides_dir
from careergraph.storage.parsecache import ParseCache
from careergraph.stubs import KeptParses, StubGuide


def _dump(guides: list[Guide]) -> list[str]:
    return [g.model_dump_json() for g in guides]


def _load(folder: Path, cache: ParseCache, kept: dict[str, tuple[str, bytes]]
          ) -> tuple[KeptParses, list[Guide]]:
    parses = KeptParses(cache, kept)
    corpus = load_corpus([folder], lexicon=load_lexicon(), parse_cache=parses)
    return parses, corpus.guides


def test_unchanged_files_give_stubs_that_hydrate_to_the_guides(tmp_path: Path) -> None:
    folder = tmp_path / "guides"
    shutil.copytree(guides_dir(), folder)
    plain = load_corpus([folder]).guides
    cache = ParseCache.open(tmp_path / "parsed.db", print)
    assert cache is not None
    first, guides = _load(folder, cache, {})
    assert not first.stubbed and _dump(guides) == _dump(plain)
    assert set(first.fresh) == {g.file for g in plain}  # every file recorded
    edited = folder / "lead-mlops-engineer.card.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace(
        "Top Skills for Success\n", "Top Skills for Success\nQuantum Annealing\n", 1),
        encoding="utf-8")
    second, guides = _load(folder, cache, first.fresh)
    assert edited.name not in second.stubbed and set(second.fresh) == {edited.name}
    assert second.stubbed == {g.file for g in plain} - {edited.name}
    stubs = [g for g in guides if isinstance(g, StubGuide)]
    assert stubs and all(not g.skills for g in stubs)  # stubs carry no facts
    # Title, title line and problems are the real guide's.
    real = {g.file: g for g in load_corpus([folder]).guides}
    for stub in stubs:
        assert stub.role.text == real[stub.file].role.text
        assert stub.role.source == real[stub.file].role.source
        assert stub.problems == real[stub.file].problems
    fresh = load_corpus([folder]).guides
    assert _dump(second.hydrate(guides)) == _dump(fresh)
    # An entry the parse cache lost (pruned) is parsed again.
    with sqlite3.connect(tmp_path / "parsed.db") as db:
        db.execute("DELETE FROM parsed")
    assert _dump(second.hydrate(guides)) == _dump(fresh)
    cache.close()


def test_a_damaged_record_reads_the_cached_guides(tmp_path: Path) -> None:
    cache = ParseCache.open(tmp_path / "parsed.db", print)
    assert cache is not None
    first, plain = _load(guides_dir(), cache, {})
    damaged = {file: (key, b"not a pickle") for file, (key, _) in first.fresh.items()}
    second, guides = _load(guides_dir(), cache, damaged)
    assert not second.stubbed and _dump(guides) == _dump(plain)
    cache.close()
