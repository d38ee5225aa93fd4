"""Graph views: the whole graph, one role's neighbourhood, or the career map (roles only).

>>> from careergraph.views.samples import sample_graph
>>> page = graph_page(sample_graph(), only=[NodeType.ROLE])
>>> page.title, page.nodes, page.edges
('Career map', 9, 11)
>>> page.html.startswith("<!DOCTYPE html>") and not any(s in page.html for s in (" src=", "<link"))
True
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from careergraph.display import display_name
from careergraph.model import EdgeType, NodeType
from careergraph.output import writing
from careergraph.views import layout, style
from careergraph.views.errors import ViewTooLargeError
from careergraph.views.network import (
    Page,
    add_edge,
    add_node,
    base_options,
    level_bands,
    new_network,
    to_page,
)
from careergraph.views.subset import Selection, select

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["DEFAULT_MAX_NODES", "ViewResult", "graph_page", "render_graph", "resolve_focus",
           "write_page"]

#: Above this many nodes a view is refused with advice (browsers get sluggish past it).
DEFAULT_MAX_NODES = 1500
#: Rows of the seniority ladder are further apart when skills and employers sit between them.
_GRAPH_ROW = 240.0
_GRAPH_SLOT = 250.0


class ViewResult(BaseModel):
    """What was written: the file, the nodes and edges drawn, and its size in bytes."""

    path: Path
    title: str
    nodes: int
    edges: int
    bytes: int


def write_page(page: Page, path: str | Path) -> ViewResult:
    """Write a page to ``path`` (folders created) and describe it.

    Raises :class:`~careergraph.errors.InputError` naming ``path`` when it cannot be written
    (a folder, a read-only place).
    """
    path = Path(path)
    data = page.html.encode("utf-8")
    with writing(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return ViewResult(path=path, title=page.title, nodes=page.nodes, edges=page.edges,
                      bytes=len(data))


def resolve_focus(graph: CareerGraph, focus: str | None) -> str | None:
    """A node id as given, or the role a name, alias or close misspelling means."""
    if focus is None or focus in graph.nx:
        return focus
    return graph.find(focus, NodeType.ROLE)


def _physics(nodes: int) -> dict[str, Any]:
    # Fewer iterations for bigger graphs keep the first paint quick; starting positions
    # are already sensible (see layout.seed_positions).
    iterations = max(120, min(800, 150_000 // max(nodes, 1)))
    return {
        "enabled": True,
        "solver": "forceAtlas2Based",
        "forceAtlas2Based": {"gravitationalConstant": -80, "centralGravity": 0.004,
                             "springLength": 120, "springConstant": 0.04, "damping": 0.5,
                             "avoidOverlap": 0.5},
        "minVelocity": 1.5,
        "maxVelocity": 40,
        "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 20,
                          "fit": True},
    }


def _describe(graph: CareerGraph, sel: Selection, only: set[NodeType] | None,
              depth: int) -> tuple[str, str]:
    if sel.focus is not None:
        title = f"Around {display_name(graph.name(sel.focus))}"
        scope = f"within {depth} step{'s' if depth != 1 else ''}"
    elif only == {NodeType.ROLE}:
        title, scope = "Career map", "roles by seniority: up means senior"
    else:
        title, scope = "Career graph", ""
    parts = [f"{len(sel.nodes)} nodes", f"{len(sel.edges)} edges", scope]
    if only is not None and only != {NodeType.ROLE}:
        parts.append("only " + ", ".join(t.value for t in NodeType if t in only))
    return title, " · ".join(p for p in parts if p)


def graph_page(
    graph: CareerGraph,
    *,
    focus: str | None = None,
    depth: int = 1,
    only: Iterable[NodeType | str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> Page:
    """Build the page of a graph view in memory (see :func:`render_graph`)."""
    # NodeType is a StrEnum: "Role" and NodeType.ROLE are accepted alike.
    types = {NodeType(t) for t in only} if only is not None else None
    sel = select(graph.nx, focus=resolve_focus(graph, focus), depth=depth, only=types)
    if len(sel.nodes) > max_nodes:
        raise ViewTooLargeError(len(sel.nodes), max_nodes)
    g = graph.nx
    roles_only = all(g.nodes[n]["type"] == NodeType.ROLE for n in sel.nodes)
    row = layout.ROW if roles_only else _GRAPH_ROW
    roles = {n: (str(g.nodes[n]["name"]), int(g.nodes[n].get("rank", 1)),
                 str(g.nodes[n].get("track", "")))
             for n in sel.nodes if g.nodes[n]["type"] == NodeType.ROLE}
    moves = [(a, b) for a, b, k in sel.edges if a in roles and b in roles]
    placed = layout.ladder_positions(roles, moves, row=row,
                                     slot=layout.SLOT if roles_only else _GRAPH_SLOT)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b, _ in sel.edges:
        neighbours[a].add(b)
        neighbours[b].add(a)
    positions = placed if roles_only else layout.seed_positions(sel.nodes, neighbours, placed)

    net = new_network()
    for node in sel.nodes:
        attrs = g.nodes[node]
        x, y = positions[node]
        extra: dict[str, Any] = {"x": x, "y": y, "highlighted": node == sel.focus}
        if node in roles:  # the ladder stays a ladder; only skills, employers… float
            extra["fixed"] = True
        if node == sel.focus:
            extra.update(borderWidth=5, shadow={"enabled": True, "size": 12, "x": 0, "y": 2})
            extra["color"] = dict(style.node_options(NodeType.ROLE)["color"],
                                  border=style.ROUTE_COLOURS[0])
        add_node(net, node, attrs, **extra)
    for a, b, key in sel.edges:
        extra = {}
        if a in roles and b in roles and roles[a][1] == roles[b][1]:
            # a move within one rank would run straight through the roles between: arc it
            extra["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25}
        add_edge(net, a, b, EdgeType(key), g.edges[a, b, key], (graph.name(a), graph.name(b)),
                 **extra)

    title, subtitle = _describe(graph, sel, types, depth)
    ranks: dict[int, set[str]] = defaultdict(set)
    for n in roles:
        ranks[roles[n][1]].add(str(g.nodes[n]["level"]))
    legend = style.legend({NodeType(g.nodes[n]["type"]) for n in sel.nodes},
                          {EdgeType(k) for _, _, k in sel.edges})
    physics = None if roles_only else _physics(len(sel.nodes))
    return to_page(net, options=base_options(physics=physics, nodes=len(sel.nodes)),
                   title=title, subtitle=subtitle, legend=legend,
                   extra={"bands": level_bands(ranks, row)})


def render_graph(
    graph: CareerGraph,
    path: str | Path,
    *,
    focus: str | None = None,
    depth: int = 1,
    only: Iterable[NodeType | str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> ViewResult:
    """Write an interactive, offline, single-file HTML view of the graph.

    ``focus`` (a role name, alias or node id) shows the nodes within ``depth`` hops of it;
    ``only`` keeps some node types (``only=[NodeType.ROLE]`` is the career map, laid out by
    level so "up" means senior).  More than ``max_nodes`` nodes raise
    :class:`~careergraph.views.errors.ViewTooLargeError`.

    >>> import tempfile
    >>> from careergraph.views.samples import sample_graph
    >>> out = Path(tempfile.mkdtemp()) / "map.html"
    >>> result = render_graph(sample_graph(), out, focus="Lead MLOps Engineer", depth=1)
    >>> result.title, result.nodes, result.edges
    ('Around Lead MLOps Engineer', 14, 19)
    """
    return write_page(graph_page(graph, focus=focus, depth=depth, only=only,
                                 max_nodes=max_nodes), path)
