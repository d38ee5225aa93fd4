"""Helpers for the browser tests: open a careergraph view in headless Chromium and read it.

The browser itself is :class:`careergraph.views.chromium.Chromium` (DevTools over a pipe,
network blocked, stdlib only).  ``ARTIFACTS`` collects screenshots for a person to look at.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from careergraph.views.chromium import Chromium, Tab

__all__ = ["ARTIFACTS", "READY", "drawn", "hover_tooltip", "open_view"]

ARTIFACTS = Path(__file__).parent / "artifacts"
#: The page sets this once vis-network has drawn and physics has settled and stopped.
READY = "window.careergraph && window.careergraph.ready"


def open_view(browser: Chromium, page: Path, *, shot: str | None = None,
              timeout: float | None = None) -> Tab:
    """Open a view file, wait until it settles, optionally save ``artifacts/<shot>.png``."""
    tab = browser.open(page.resolve().as_uri(), ready=READY, timeout=timeout)
    if shot:
        tab.screenshot(ARTIFACTS / f"{shot}.png")
    return tab


def drawn(tab: Tab) -> dict[str, Any]:
    """What vis-network holds: node and edge counts and ids, and the highlighted node ids."""
    result: dict[str, Any] = tab.evaluate("""(() => {
        const d = network.body.data;
        return {nodes: d.nodes.length, edges: d.edges.length,
                node_ids: d.nodes.getIds().sort(), edge_ids: d.edges.getIds().sort(),
                highlighted: d.nodes.get({filter: n => n.highlighted}).map(n => n.id).sort(),
                physics: network.physics.options.enabled};
    })()""")
    return result


def hover_tooltip(tab: Tab, node_id: str) -> dict[str, Any]:
    """Move the mouse onto a node and return the tooltip's text and element children."""
    point = tab.evaluate(f"network.canvasToDOM(network.getPosition({json.dumps(node_id)}))")
    tab.mouse_move(point["x"], point["y"])
    tab.wait_for("(() => { const t = document.querySelector('div.vis-tooltip');"
                 " return t && t.style.visibility !== 'hidden' && t.innerText.length > 0; })()",
                 timeout=10)
    info: dict[str, Any] = tab.evaluate("""(() => {
        const t = document.querySelector('div.vis-tooltip');
        return {text: t.innerText,
                elements: [...t.querySelectorAll('*')].map(e => e.tagName.toLowerCase())};
    })()""")
    return info
