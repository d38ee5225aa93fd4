"""Check a saved JSON graph against the schema before using it.

A hand-made or damaged file must give one clear error naming the first offending node or
edge, never a traceback or a wrong answer: unknown node or edge types, bad levels, edges to
undeclared nodes, duplicate ids or edges, names that are not strings, numbers out of range,
an undirected graph.

>>> doc = {"format": "careergraph-graph", "version": 1, "graph": {"directed": True,
...        "multigraph": True, "nodes": [{"id": "role:a", "type": "Boss", "name": "A",
...        "aliases": ["A"]}], "edges": []}}
>>> try:
...     validate_document(doc, "g.json")
... except InputError as exc:
...     print(exc.problem)
node 1 ('role:a'): type: Input should be 'Role', 'Skill', 'Sector' or 'Employer'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    ValidationError,
)

from careergraph.errors import InputError
from careergraph.model import EdgeType, NodeType, Seniority, SkillKind, Track

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["SAVE_FORMAT", "SAVE_VERSION", "validate_document"]

SAVE_FORMAT = "careergraph-graph"
SAVE_VERSION = 1
_MAX_TEXT = 100_000
_MAX_LINE = 10_000_000
_MAX_MONEY = 10**12

Text = Annotated[StrictStr, Field(max_length=_MAX_TEXT)]
Id = Annotated[StrictStr, Field(min_length=1, max_length=_MAX_TEXT)]
Line = Annotated[StrictInt, Field(ge=0, le=_MAX_LINE)]
# Whole units, or cents on an hourly wage (model.money_amount); never NaN or infinite.
Money = (Annotated[StrictInt, Field(ge=0, le=_MAX_MONEY)]
         | Annotated[StrictFloat, Field(ge=0, le=_MAX_MONEY, allow_inf_nan=False)])


class _Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    file: Text
    line: Line


class _Mention(BaseModel):
    text: Text
    file: Text
    line: Line
    reason: Text


class _Salary(BaseModel):
    level: Text | None = None
    label: Text = ""
    currency: Text = "USD"
    min: Money | None = None
    max: Money | None = None
    open_ended: StrictBool = False
    period: Text = "year"
    note: Text | None = None
    source: _Source


class _Node(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: Id
    type: NodeType
    name: Text
    aliases: Annotated[list[Text], Field(min_length=1)]
    sources: list[_Source] = []
    mentions: list[_Mention] = []


class _Role(_Node):
    # Optional (a role whose level is unknown has none), but never null or out of range.
    level: Seniority = Seniority.MID
    rank: Annotated[StrictInt, Field(ge=0, le=100)] = 0
    track: Track = Track.IC
    guides: list[Text] = []
    salaries: list[_Salary] = []
    summary: Text | None = None


class _Edge(BaseModel):
    model_config = ConfigDict(extra="allow")
    source: Id
    target: Id
    key: EdgeType
    type: EdgeType
    sources: list[_Source] = []
    kinds: list[SkillKind] = []


#: Which node types each edge type joins.
ENDS = {
    EdgeType.LEADS_TO: (NodeType.ROLE, NodeType.ROLE),
    EdgeType.TRANSITIONS_TO: (NodeType.ROLE, NodeType.ROLE),
    EdgeType.REQUIRES: (NodeType.ROLE, NodeType.SKILL),
    EdgeType.HIRES: (NodeType.EMPLOYER, NodeType.ROLE),
    EdgeType.IN_SECTOR: (NodeType.ROLE, NodeType.SECTOR),
    EdgeType.RELATED_TO: (NodeType.SKILL, NodeType.SKILL),
}


def _first(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(p) for p in error["loc"])
    return f"{where}: {error['msg']}" if where else str(error["msg"])


def _fail(origin: str, problem: str) -> InputError:
    return InputError(origin, 0, problem[:500], hint="rebuild it with `careergraph build --out "
                                                     "FILE`, or fix that entry")


def validate_document(document: Any, origin: str) -> tuple[nx.MultiDiGraph, dict[str, Any]]:
    """The graph and raw report of a saved JSON document, or :class:`InputError` naming the
    first problem (``origin`` is the file name shown)."""
    if not isinstance(document, dict) or document.get("format") != SAVE_FORMAT:
        raise InputError(origin, 0, "not a careergraph graph file",
                         hint="create one with `careergraph build --out FILE`")
    if document.get("version") != SAVE_VERSION:
        raise InputError(origin, 0, f"graph file version {str(document.get('version'))[:40]!r}"
                         f" is not {SAVE_VERSION}", hint="rebuild it with this careergraph")
    data = document.get("graph")
    if not isinstance(data, dict):
        raise _fail(origin, "graph file has no 'graph' object")
    if data.get("directed") is not True or data.get("multigraph") is not True:
        raise _fail(origin, "graph must be directed and a multigraph "
                            "('directed': true, 'multigraph': true)")
    nodes, edges = data.get("nodes"), data.get("edges")
    if not isinstance(nodes, list) or not isinstance(edges, list):
        raise _fail(origin, "graph needs 'nodes' and 'edges' lists")
    import networkx as nx  # loaded when a saved JSON graph is read

    graph = nx.MultiDiGraph()
    types: dict[str, NodeType] = {}
    for number, raw in enumerate(nodes, 1):
        label = f"node {number}" + (f" ({raw.get('id')!r})" if isinstance(raw, dict)
                                    and isinstance(raw.get("id"), str) else "")
        if not isinstance(raw, dict):
            raise _fail(origin, f"{label}: not an object")
        try:
            model = _Node.model_validate(raw)
            if model.type is NodeType.ROLE:
                _Role.model_validate(raw)
        except ValidationError as exc:
            raise _fail(origin, f"{label}: {_first(exc)}") from exc
        if model.id in types:
            raise _fail(origin, f"{label}: duplicate node id")
        types[model.id] = model.type
        graph.add_node(model.id, **{k: v for k, v in raw.items() if k != "id"})
    for number, raw in enumerate(edges, 1):
        label = f"edge {number}"
        if not isinstance(raw, dict):
            raise _fail(origin, f"{label}: not an object")
        try:
            edge = _Edge.model_validate(raw)
        except ValidationError as exc:
            raise _fail(origin, f"{label}: {_first(exc)}") from exc
        label += f" ({edge.source} -> {edge.target})"
        for end in (edge.source, edge.target):
            if end not in types:
                raise _fail(origin, f"{label}: {end!r} is not a declared node")
        if edge.type is not edge.key:
            raise _fail(origin, f"{label}: key {edge.key.value} and type {edge.type.value} "
                                "differ")
        wanted = ENDS[edge.key]
        if (types[edge.source], types[edge.target]) != wanted:
            raise _fail(origin, f"{label}: a {edge.key.value} edge joins {wanted[0].value} to "
                                f"{wanted[1].value}")
        if edge.source == edge.target:
            raise _fail(origin, f"{label}: an edge from a node to itself")
        if graph.has_edge(edge.source, edge.target, key=edge.key.value):
            raise _fail(origin, f"{label}: duplicate {edge.key.value} edge")
        attrs = {k: v for k, v in raw.items() if k not in ("source", "target", "key")}
        graph.add_edge(edge.source, edge.target, key=edge.key.value, **attrs)
    report = document.get("report") or {}
    if not isinstance(report, dict):
        raise _fail(origin, "graph file's 'report' is not an object")
    return graph, report
