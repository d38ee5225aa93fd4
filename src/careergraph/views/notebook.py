"""Views inline in a notebook: ``g.view("Lead MLOps Engineer")`` shows the page in a cell.

The page goes into an ``<iframe srcdoc>`` (HTML-escaped), sandboxed to run only its own
scripts, so it cannot touch the notebook and the notebook's styles cannot touch it.

>>> from careergraph.views.samples import sample_graph
>>> view = inline_view(sample_graph(), "Lead MLOps Engineer")
>>> view._repr_html_().startswith('<iframe sandbox="allow-scripts"')
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from careergraph.model import NodeType
from careergraph.views.network import Page
from careergraph.views.render import DEFAULT_MAX_NODES, ViewResult, graph_page, write_page

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["InlineView", "inline_view"]


@dataclass(frozen=True)
class InlineView:
    """A rendered view that displays itself in Jupyter and can be saved."""

    page: Page
    height: int = 640

    def _repr_html_(self) -> str:
        return (f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(self.page.html)}" '
                f'title="{html.escape(self.page.title)}" '
                f'style="width:100%;height:{int(self.height)}px;border:1px solid #e2e8f0;'
                f'border-radius:8px"></iframe>')

    def save(self, path: str | Path) -> ViewResult:
        """Write the page to an HTML file."""
        return write_page(self.page, path)

    def __repr__(self) -> str:
        return f"<InlineView {self.page.title!r}: {self.page.nodes} nodes, {self.page.edges} edges>"


def inline_view(
    graph: CareerGraph,
    focus: str | None = None,
    *,
    depth: int = 1,
    only: Iterable[NodeType | str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
    height: int = 640,
) -> InlineView:
    """A graph view (see :func:`~careergraph.views.render_graph`) for display in a notebook."""
    page = graph_page(graph, focus=focus, depth=depth, only=only, max_nodes=max_nodes)
    return InlineView(page, height)
