"""Regenerate the README screenshots of the career map and a route view.

Usage (from a checkout, with Chromium installed)::

    python -m careergraph.views.screenshots docs/img

writes ``career-map.png`` and ``route.png`` of the bundled corpus into the folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from careergraph.model import NodeType

__all__ = ["main", "take"]

READY = "window.careergraph && window.careergraph.ready"


def take(folder: str | Path, *, width: int = 1400, height: int = 860) -> list[Path]:
    """Render the corpus's career map and MLOps Engineer -> Director routes, screenshot both."""
    from careergraph.graph import CareerGraph
    from careergraph.routes import find_routes
    from careergraph.views.chromium import Chromium
    from careergraph.views.render import render_graph
    from careergraph.views.routes import render_routes

    folder = Path(folder)
    graph = CareerGraph.from_guides()
    with tempfile.TemporaryDirectory() as tmp:
        pages = {
            "career-map": render_graph(graph, Path(tmp) / "map.html", only=[NodeType.ROLE]),
            "route": render_routes(graph, find_routes(graph, "MLOps Engineer", "Director",
                                                      k=3), Path(tmp) / "route.html"),
        }
        shots = []
        with Chromium() as browser:
            for name, result in pages.items():
                tab = browser.open(result.path.resolve().as_uri(), width=width, height=height,
                                   ready=READY)
                shots.append(tab.screenshot(folder / f"{name}.png"))
                tab.close()
    return shots


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    for path in take(args[0] if args else "docs/img"):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
