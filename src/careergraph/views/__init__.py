"""Interactive, offline, single-file HTML views of the career graph (built with pyvis).

- :func:`render_graph`: the whole graph, one role's neighbourhood, or the career map
  (``only=[NodeType.ROLE]``: roles by level, "up" means senior);
- :func:`render_routes`: routes left to right by step, highlighted, skills to learn beside
  each step;
- :func:`inline_view`: the same pages inline in a notebook.

Pages embed vis-network and their data; they fetch nothing, escape every guide text and are
byte-identical for the same graph and options.  See ``docs/views.md``.
"""

from careergraph.views.errors import ViewError, ViewTooLargeError
from careergraph.views.notebook import InlineView, inline_view
from careergraph.views.render import DEFAULT_MAX_NODES, ViewResult, graph_page, render_graph
from careergraph.views.routes import RouteLike, StepLike, render_routes, route_page

__all__ = [
    "DEFAULT_MAX_NODES",
    "InlineView",
    "RouteLike",
    "StepLike",
    "ViewError",
    "ViewResult",
    "ViewTooLargeError",
    "graph_page",
    "inline_view",
    "render_graph",
    "render_routes",
    "route_page",
]
