"""The career graph as parameter rows for the ``cypher/load/`` statements.

Graph stores keep flat properties only (strings, numbers, booleans and lists of them), so:
``sources`` become ``"file:line"`` strings, nested values (``salaries``) are kept as a JSON
string under ``<name>_json``, ``None`` values are left out, and the node ``type`` becomes
the label.  Resolution internals (``mentions``) are not exported.

>>> import networkx as nx
>>> from careergraph.graph import CareerGraph
>>> g = nx.MultiDiGraph()
>>> g.add_node("role:a", type="Role", name="A", aliases=["A"],
...            sources=[{"file": "a.txt", "line": 1}], summary=None)
>>> g.add_node("skill:s", type="Skill", name="S", aliases=["S"], sources=[])
>>> g.add_edge("role:a", "skill:s", key="REQUIRES", type="REQUIRES", sources=[], kinds=["top"])
'REQUIRES'
>>> plan = load_plan(CareerGraph(g))
>>> [(step.statement, len(step.rows)) for step in plan.steps]
[('load/nodes_role', 1), ('load/nodes_skill', 1), ('load/edges_requires', 1)]
>>> plan.steps[0].rows[0]
{'id': 'role:a', 'aliases': ['A'], 'name': 'A', 'sources': ['a.txt:1']}
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from careergraph.errors import StoreError
from careergraph.model import EdgeType, NodeType

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["LoadPlan", "LoadStep", "batches", "edge_statement", "load_plan", "node_statement"]

#: Node attributes not written to a store: ``type`` is the label, ``mentions`` is internal.
_SKIPPED = frozenset({"type", "mentions"})


class LoadStep(BaseModel):
    """Rows for one load statement (``cypher/load/<name>.cypher``): a node row is the node's
    property map (with ``id``); an edge row is ``{src, dst, props}``."""

    statement: str
    kind: str  # the node label or relationship type these rows write
    rows: list[dict[str, Any]] = Field(default_factory=list)


class LoadPlan(BaseModel):
    """Everything a load writes, in order: every node type, then every edge type."""

    steps: list[LoadStep] = Field(default_factory=list)

    @property
    def rows(self) -> int:
        return sum(len(step.rows) for step in self.steps)

    def expected(self) -> dict[str, int]:
        """Rows per label / relationship type (what the store must hold afterwards)."""
        return {step.kind: len(step.rows) for step in self.steps}


def node_statement(type_: NodeType) -> str:
    """``load/nodes_role`` for ``NodeType.ROLE``: labels cannot be parameters, so one file each."""
    return f"load/nodes_{type_.value.lower()}"


def edge_statement(type_: EdgeType) -> str:
    """``load/edges_leads_to`` for ``EdgeType.LEADS_TO``."""
    return f"load/edges_{type_.value.lower()}"


def _flat(key: str, value: Any) -> Iterator[tuple[str, Any]]:
    """A store-ready ``(name, value)`` for one attribute (nothing for ``None``)."""
    if value is None:
        return
    if key == "sources" and isinstance(value, list):
        yield key, [f"{s['file']}:{s['line']}" if isinstance(s, dict) else str(s)
                    for s in value]
    elif _primitive(value) or (isinstance(value, list) and _homogeneous(value)):
        yield key, value
    else:
        yield f"{key}_json", json.dumps(value, ensure_ascii=False, sort_keys=True)


def _primitive(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str | int | bool)


def _homogeneous(values: list[Any]) -> bool:
    return all(_primitive(v) for v in values) and len({type(v) for v in values}) <= 1


def _props(attrs: dict[str, Any]) -> dict[str, Any]:
    props: dict[str, Any] = {}
    for key in sorted(attrs):
        if key in _SKIPPED:
            continue
        value = attrs[key]
        # The shapes the schema uses (text, whole numbers, lists of text) take the short way;
        # anything else gets the general rules of _flat.
        kind = type(value)
        plain_list = kind is list and key != "sources" and all(type(v) is str for v in value)
        if kind is str or kind is int or kind is bool or plain_list:
            props[key] = value
        else:
            props.update(_flat(key, value))
    return props


def load_plan(graph: CareerGraph) -> LoadPlan:
    """The rows that load ``graph``: one step per node type, then one per edge type.

    Raises :class:`~careergraph.errors.StoreError` for a node without a known ``type``.
    """
    by_type: dict[NodeType, list[dict[str, Any]]] = {t: [] for t in NodeType}
    for node_id, attrs in graph.nx.nodes(data=True):
        try:
            type_ = NodeType(attrs.get("type"))
        except ValueError:
            raise StoreError(f"node {node_id!r} has no valid type ({attrs.get('type')!r}); "
                             f"cannot load it") from None
        props = {"id": node_id, **_props(attrs)}
        props["id"] = node_id  # an attribute called "id" never overrides the graph's id
        by_type[type_].append(props)  # a node row is its property map (id included)
    steps = [LoadStep(statement=node_statement(t), kind=t.value,
                      rows=sorted(rows, key=lambda r: str(r["id"])))
             for t, rows in by_type.items() if rows]
    edges: dict[EdgeType, list[dict[str, Any]]] = {t: [] for t in EdgeType}
    for src, dst, key, attrs in graph.nx.edges(keys=True, data=True):
        try:
            type_e = EdgeType(key)
        except ValueError:
            raise StoreError(f"edge {src!r} -> {dst!r} has unknown type {key!r}") from None
        edges[type_e].append({"src": src, "dst": dst, "props": _props(attrs)})
    steps += [LoadStep(statement=edge_statement(t), kind=t.value, rows=rows)
              for t, rows in edges.items() if rows]
    return LoadPlan(steps=steps)


def batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Consecutive slices of at most ``size`` rows.

    >>> [len(b) for b in batches([{}] * 5, 2)]
    [2, 2, 1]
    """
    if size < 1:
        raise StoreError(f"batch size must be at least 1, not {size}")
    for start in range(0, len(rows), size):
        yield rows[start:start + size]
