"""How each node and edge type looks: colours, shapes, sizes, line styles, the legend.

One table per enum, so the graph, the legend and the docs agree.

>>> NODE_STYLES[NodeType.ROLE].shape
'dot'
>>> EDGE_STYLES[EdgeType.TRANSITIONS_TO].dashes
True
>>> role_size(8) > role_size(1)
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from careergraph.model import EdgeType, NodeType

__all__ = [
    "BACKGROUND",
    "EDGE_STYLES",
    "NODE_STYLES",
    "ROUTE_COLOURS",
    "EdgeStyle",
    "NodeStyle",
    "edge_options",
    "legend",
    "node_options",
    "role_size",
]

BACKGROUND = "#f8fafc"
_TEXT = "#0f172a"
_HALO = "#ffffff"

#: Route 1, 2, 3… in a route view (cycled past the end).
ROUTE_COLOURS = ("#ea580c", "#7c3aed", "#0d9488", "#db2777", "#65a30d")


@dataclass(frozen=True)
class NodeStyle:
    label: str  # legend text
    colour: str
    border: str
    shape: str  # a vis-network shape with the label underneath
    size: int
    font_size: int


@dataclass(frozen=True)
class EdgeStyle:
    label: str
    colour: str
    width: float
    dashes: bool
    opacity: float
    arrow_scale: float
    smooth: str  # vis-network smooth type; curved types keep parallel edges apart


NODE_STYLES: dict[NodeType, NodeStyle] = {
    NodeType.ROLE: NodeStyle("Role", "#3b82f6", "#1d4ed8", "dot", 16, 15),
    NodeType.SKILL: NodeStyle("Skill", "#34d399", "#059669", "diamond", 8, 11),
    NodeType.SECTOR: NodeStyle("Sector", "#fbbf24", "#b45309", "hexagon", 11, 12),
    NodeType.EMPLOYER: NodeStyle("Employer", "#c084fc", "#7e22ce", "square", 9, 12),
}

EDGE_STYLES: dict[EdgeType, EdgeStyle] = {
    EdgeType.LEADS_TO: EdgeStyle("leads to (progression)", "#334155", 2.5, False, 1.0, 0.9,
                                 "continuous"),
    EdgeType.TRANSITIONS_TO: EdgeStyle("transitions to (lateral move)", "#0284c7", 2.0, True,
                                       1.0, 0.8, "curvedCW"),
    EdgeType.REQUIRES: EdgeStyle("requires (skill)", "#94a3b8", 0.9, False, 0.6, 0.4,
                                 "continuous"),
    EdgeType.HIRES: EdgeStyle("hires", "#a78bfa", 0.9, False, 0.6, 0.4, "continuous"),
    EdgeType.IN_SECTOR: EdgeStyle("in sector", "#f59e0b", 0.9, False, 0.6, 0.4,
                                  "continuous"),
    EdgeType.RELATED_TO: EdgeStyle("related skill (broader → narrower)", "#10b981", 0.8, True,
                                   0.5, 0.4, "continuous"),
}


def role_size(rank: int) -> int:
    """Dot size of a role: grows with seniority rank (1 junior … 8 C-level)."""
    return 10 + 2 * max(1, min(rank, 8))


def node_options(type_: NodeType, *, rank: int | None = None) -> dict[str, Any]:
    """vis-network options of one node of this type (colour, shape, size, font)."""
    style = NODE_STYLES[type_]
    size = role_size(rank) if type_ is NodeType.ROLE and rank is not None else style.size
    return {
        "shape": style.shape,
        "size": size,
        "borderWidth": 1.5,
        "color": {
            "background": style.colour, "border": style.border,
            "highlight": {"background": style.colour, "border": _TEXT},
            "hover": {"background": style.colour, "border": _TEXT},
        },
        "font": {"size": style.font_size, "color": _TEXT, "face": "system-ui, sans-serif",
                 "strokeWidth": 3, "strokeColor": _HALO},
    }


def edge_options(type_: EdgeType) -> dict[str, Any]:
    """vis-network options of one edge of this type (colour, width, dashes, arrow)."""
    style = EDGE_STYLES[type_]
    return {
        "color": {"color": style.colour, "highlight": _TEXT, "hover": _TEXT,
                  "opacity": style.opacity},
        "width": style.width,
        "dashes": style.dashes,
        "arrows": {"to": {"enabled": True, "scaleFactor": style.arrow_scale}},
        "smooth": {"enabled": True, "type": style.smooth, "roundness": 0.15},
    }


def legend(node_types: set[NodeType], edge_types: set[EdgeType]) -> list[dict[str, Any]]:
    """Legend rows for the types present in a view, in enum order (static text only)."""
    rows: list[dict[str, Any]] = []
    for n in NodeType:
        if n in node_types:
            s = NODE_STYLES[n]
            rows.append({"kind": "node", "label": s.label, "colour": s.colour,
                         "border": s.border, "shape": s.shape})
    for e in EdgeType:
        if e in edge_types:
            t = EDGE_STYLES[e]
            rows.append({"kind": "edge", "label": t.label, "colour": t.colour,
                         "width": t.width, "dashes": t.dashes, "opacity": t.opacity})
    return rows
