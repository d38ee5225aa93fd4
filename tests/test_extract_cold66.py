"""Stop 66 (cold66): a fresh process compiles only the patterns it runs, and the query
commands on a saved graph never import the extractor."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from careergraph.graph import CareerGraph
from careergraph.guides.lazy_re import Lazy
from careergraph.guides.page_families import family_page, family_words


def test_a_lazy_pattern_compiles_on_its_first_search_and_matches_as_re_does() -> None:
    mark = Lazy(r"^apply\s+(?:now|today)\b", re.IGNORECASE)
    assert mark.compiled is None and (mark.pattern, mark.flags) == (
        r"^apply\s+(?:now|today)\b", re.IGNORECASE)
    found = mark.search("APPLY  today for the post")
    assert found is not None and found.group() == "APPLY  today"
    assert mark.compiled is re.compile(mark.pattern, mark.flags)  # (re's own cache: the same)
    assert mark.match("we apply now") is None and mark.fullmatch("apply now") is not None
    assert Lazy(r"\s*\|\s*").sub(" / ", "Pay | Hours") == "Pay / Hours"


def test_a_bad_lazy_pattern_raises_when_first_run() -> None:
    broken = Lazy(r"(unclosed")
    with pytest.raises(re.error):
        broken.search("text")


def test_every_family_pattern_compiles() -> None:
    # (the families' patterns compile on first use: a data typo must still fail a test)
    for words in family_words():
        patterns = [*words.marks, words.chrome, words.short_chrome, words.cut, words.contents,
                    *words.issuer, words.run_in, words.flanked, words.run_together,
                    *words.title, words.scored, *words.byline, words.trim,
                    *(p for pair in words.sections for p in pair if p is not None)]
        for pattern in patterns:
            assert pattern.regex().pattern == pattern.pattern, words.name


def test_a_page_of_no_family_compiles_no_family_pattern() -> None:
    # A page holding none of the marks' literals runs none of the families' patterns.
    lines = [(1, "Welders join metal parts."), (2, "Most earn $25 an hour.")]
    compiled_before = {id(p) for w in family_words() for p in w.marks if p.compiled is not None}
    assert family_page(lines) is None
    compiled_after = {id(p) for w in family_words() for p in w.marks if p.compiled is not None}
    assert compiled_after == compiled_before


_QUERIES = """
import sys
from careergraph.cli import app
graph = sys.argv[1]
for args in (["path", "Lead MLOps Engineer", "Manager", "--graph", graph],
             ["role", "Lead MLOps Engineer", "--graph", graph]):
    app(args, standalone_mode=False)
print("LOADED", *sorted(m for m in sys.modules
                        if m.startswith("careergraph.guides") or m == "careergraph.build"))
"""


def test_queries_on_a_saved_graph_import_no_extractor(corpus_graph: CareerGraph,
                                                      tmp_path: Path) -> None:
    store = tmp_path / "corpus.graph"
    corpus_graph.save(store)
    done = subprocess.run([sys.executable, "-c", _QUERIES, str(store)], capture_output=True,
                          text=True, check=True)
    loaded = done.stdout.rsplit("LOADED", 1)[1].split()
    assert "Lead MLOps Engineer" in done.stdout and loaded == []
