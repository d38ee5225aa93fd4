"""Where a rebuild after one edit spends its time, stage by stage (CPU seconds, one process).

    python -m benchmarks.bench_rebuild_stages CORPUS_DIR [--cache DIR]

Fills a parse cache for ``CORPUS_DIR/guides`` (or ``CORPUS_DIR``), edits one card guide (a
skill added), then times each stage of the rebuild the way ``careergraph build`` runs it:
the cache key (reads every file), loading the corpus (every cached parse unpickled, the
edited one parsed), the mentions, resolution, resolution redoing only the touched components
against the build state a cold build wrote (``careergraph.incremental``, what ``build``
does; the cold build that wrote it is timed too), the components of resolution
(``careergraph.components``, what an incremental build would keep), the whole graph build,
the report's JSON and the store write, whole and as a row diff against the store of the
corpus before the edit (what ``careergraph build`` does).  The corpus is edited in place:
pass a copy.  Prints JSON.  See ``docs/incremental.md``.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from careergraph.build import _mentions, build_graph  # noqa: E402
from careergraph.bulk import paused_gc  # noqa: E402
from careergraph.cache import cache_key  # noqa: E402
from careergraph.components import components  # noqa: E402
from careergraph.guides import load_corpus  # noqa: E402
from careergraph.incremental import PartialResolver  # noqa: E402
from careergraph.lexicon import load_lexicon  # noqa: E402
from careergraph.resolve import learnt_acronyms, resolve_mentions  # noqa: E402
from careergraph.storage import write_store  # noqa: E402
from careergraph.storage.buildstate import BuildState  # noqa: E402
from careergraph.storage.parsecache import ParseCache  # noqa: E402

T = TypeVar("T")


def _timed(stages: dict[str, float], name: str, work: Callable[[], T]) -> T:
    start = time.process_time()
    with paused_gc():  # as `careergraph build` runs every stage
        result = work()
    stages[name] = round(time.process_time() - start, 3)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args(argv)
    guides = args.corpus / "guides" if (args.corpus / "guides").is_dir() else args.corpus
    cache = args.cache or Path(tempfile.mkdtemp(prefix="careergraph-stages-"))
    lexicon = load_lexicon()
    parse_cache = ParseCache.open(cache / "parsed.db", print)
    before = load_corpus([guides], lexicon=lexicon, parse_cache=parse_cache)  # fills the cache
    # The store of the corpus before the edit: the base of the row-diff write.
    # The build state of the corpus before the edit (a cold build's resolution writes it).
    state = BuildState.open(cache / "state.db")
    stages: dict[str, float] = {}
    base_graph, base_report = _timed(
        stages, "build_graph, cold, writing the build state", functools.partial(
            build_graph, before.guides, lexicon, before.problems,
            resolver=PartialResolver(state)))
    base = write_store(base_graph, base_report.model_dump_json().encode(), lexicon,
                       cache / "base.db")
    del before, base_graph, base_report
    card = sorted(guides.rglob("*.card.txt"))[0]
    card.write_text(card.read_text(encoding="utf-8").replace(
        "Top Skills for Success\n", "Top Skills for Success\nQuantum Annealing\n", 1),
        encoding="utf-8")
    _timed(stages, "cache_key", lambda: cache_key([guides]))
    corpus = _timed(stages, "load_corpus", lambda: load_corpus(
        [guides], lexicon=lexicon, parse_cache=parse_cache))
    ordered = sorted(corpus.guides, key=lambda g: (g.file, g.role.source.line))
    mentions = _timed(stages, "mentions", lambda: list(_mentions(ordered)))
    _timed(stages, "resolve_mentions", lambda: resolve_mentions(mentions, lexicon))
    partial = PartialResolver(state)
    _timed(stages, "resolution, incremental (build state)", lambda: partial(mentions, lexicon))
    assert partial.info.path == "incremental", partial.info
    learnt = learnt_acronyms(mentions)
    parts = _timed(stages, "components", lambda: components(mentions, lexicon, learnt))
    graph, report = _timed(stages, "build_graph (resolution included)", lambda: build_graph(
        corpus.guides, lexicon, corpus.problems))
    data = _timed(stages, "report JSON", lambda: report.model_dump_json().encode())
    _timed(stages, "write_store (whole)", lambda: write_store(graph, data, lexicon,
                                                              cache / "stages.db"))
    _timed(stages, "write_store (row diff)", lambda: write_store(
        graph, data, lexicon, cache / "diffed.db", base=base))
    largest = max(parts, key=len)
    _timed(stages, "largest component alone", lambda: resolve_mentions(
        largest, lexicon, learnt=learnt))
    json.dump({"guides": len(corpus.guides), "mentions": len(set(mentions)),
               "components": len(parts), "largest_component": len(largest),
               "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
               "stages_cpu_s": stages}, sys.stdout, indent=1)
    sys.stdout.write("\n")
    if parse_cache is not None:
        parse_cache.close()


if __name__ == "__main__":
    main()
