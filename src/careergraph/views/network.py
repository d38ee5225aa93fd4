"""Build the pyvis ``Network`` of a view and turn it into a :class:`Page`.

pyvis holds the nodes and edges (ids, vis-network options, tooltips); :mod:`.page` writes
them into careergraph's offline template.  pyvis is imported here, lazily, so that commands
which draw nothing start fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from careergraph.display import display_name, neutralise_bidi
from careergraph.model import EdgeType, NodeType, Seniority
from careergraph.views import style, text
from careergraph.views.page import assemble

__all__ = [
    "LABEL_WIDTH",
    "Page",
    "add_edge",
    "add_node",
    "base_options",
    "level_bands",
    "new_network",
    "to_page",
]

_LEVEL_NAMES = {Seniority.VP: "VP", Seniority.C_LEVEL: "C-level", Seniority.LEAD: "Lead / Staff"}
#: Labels wrap at this width (px), so long role names do not overlap their neighbours.
LABEL_WIDTH = 150


@dataclass(frozen=True)
class Page:
    """A finished view: the HTML and what it draws."""

    html: str
    title: str
    nodes: int
    edges: int


def new_network() -> Any:
    """An empty directed pyvis network (resources are inlined by :mod:`.page`)."""
    from pyvis.network import Network

    return Network(directed=True, cdn_resources="in_line", height="100%", width="100%")


def add_node(net: Any, node_id: str, attrs: dict[str, Any], *, label: str | None = None,
             note: str | None = None, **extra: Any) -> None:
    """Add a graph node styled by its type (roles sized by rank), with a plain-text tooltip.

    The label is the node's shortened display name unless ``label`` is given (already made
    with :func:`~careergraph.display.display_name`); the full name stays in the node's data.
    """
    type_ = NodeType(attrs["type"])
    options = style.node_options(type_, rank=attrs.get("rank"))
    options.update(extra)
    net.add_node(node_id, label=neutralise_bidi(label or display_name(attrs["name"])),
                 title=text.node_tooltip(attrs, note=note), kind=type_.value,
                 widthConstraint={"maximum": LABEL_WIDTH}, **options)


def add_edge(net: Any, source: str, target: str, type_: EdgeType, attrs: dict[str, Any],
             names: tuple[str, str], *, edge_id: str | None = None, **extra: Any) -> None:
    """Add a graph edge styled by its type, with a plain-text tooltip and a stable id."""
    options = style.edge_options(type_)
    options.update(extra)
    label = style.EDGE_STYLES[type_].label
    net.add_edge(source, target, id=edge_id or f"{type_.value}:{source}->{target}",
                 kind=type_.value, title=text.edge_tooltip(*names, label, attrs), **options)


def level_bands(ranks: dict[int, set[str]], row: float) -> list[dict[str, Any]]:
    """Background bands of a seniority ladder, labelled with the levels present at each rank.

    >>> [b["label"] for b in level_bands({1: {"junior"}, 5: {"principal", "manager"}}, 100.0)]
    ['Junior', 'Principal · Manager']
    """
    from careergraph.views.layout import rank_y

    order = list(Seniority)
    bands = []
    for rank in sorted(ranks):
        levels = sorted((Seniority(v) for v in ranks[rank]), key=order.index)
        label = " · ".join(_LEVEL_NAMES.get(level, level.value.capitalize())
                           for level in levels)
        bands.append({"y": rank_y(rank, row), "height": row, "label": label})
    return bands


def base_options(*, physics: dict[str, Any] | None, nodes: int) -> dict[str, Any]:
    """vis-network options shared by every view."""
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True,
                        "hideEdgesOnDrag": nodes > 400, "hideEdgesOnZoom": nodes > 800},
        "physics": physics if physics is not None else {"enabled": False},
        "edges": {"selectionWidth": 1.5, "hoverWidth": 0.8},
    }


def to_page(net: Any, *, options: dict[str, Any], title: str, subtitle: str,
            legend: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> Page:
    """Render the network into the offline page."""
    data: dict[str, Any] = {"nodes": net.nodes, "edges": net.edges, "options": options}
    data.update(extra or {})
    html = assemble(title=title, subtitle=subtitle, legend=legend, data=data,
                    background=style.BACKGROUND)
    return Page(html=html, title=title, nodes=len(net.nodes), edges=len(net.edges))
