"""Time and size of HTML views of synthetic graphs of 100 and 1,000 nodes.

    python benchmarks/bench_views.py [--repeats 5] [--browser]

Writes ``benchmarks/out/views.json``: per size, the median seconds to render and write the
whole-graph view and the career map (roles only), and the file sizes.  ``--browser`` also
times opening the whole-graph page in headless Chromium until physics has settled.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from careergraph.model import NodeType
from careergraph.views import render_graph
from careergraph.views.samples import synthetic_graph

OUT = Path(__file__).parent / "out" / "views.json"
SIZES = (100, 1000)
READY = "window.careergraph && window.careergraph.ready"


def _median_seconds(run: Any, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)


def bench_size(size: int, folder: Path, repeats: int, browser: bool) -> dict[str, Any]:
    """Median render times and sizes for one synthetic graph of ``size`` nodes."""
    graph = synthetic_graph(size)
    whole, ladder = folder / f"g{size}.html", folder / f"m{size}.html"
    row: dict[str, Any] = {
        "nodes": size,
        "edges": graph.nx.number_of_edges(),
        "graph_seconds": _median_seconds(lambda: render_graph(graph, whole), repeats),
        "graph_bytes": whole.stat().st_size,
        "map_seconds": _median_seconds(
            lambda: render_graph(graph, ladder, only=[NodeType.ROLE]), repeats),
        "map_bytes": ladder.stat().st_size,
    }
    if browser:
        from careergraph.views.chromium import Chromium

        with Chromium() as chrome:
            def settle() -> None:
                chrome.open(whole.resolve().as_uri(), ready=READY).close()
            row["browser_settle_seconds"] = _median_seconds(settle, repeats)
    return row


def bench(repeats: int, browser: bool) -> dict[str, Any]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            rows.append(bench_size(size, Path(tmp), repeats, browser))
            print(json.dumps(rows[-1]), file=sys.stderr)
    return {"benchmark": "views", "repeats": repeats, "python": platform.python_version(),
            "machine": platform.machine(), "results": rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--browser", action="store_true",
                        help="also time headless Chromium until the layout settles")
    args = parser.parse_args()
    report = bench(args.repeats, args.browser)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(OUT)


if __name__ == "__main__":
    main()
