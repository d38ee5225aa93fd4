"""What every graph store offers, and the engine-neutral shapes of its answers.

Both engines' nodes, relationships and paths are turned into :class:`GraphNode`,
:class:`GraphRel` and :class:`GraphPath`, so the CLI renders and dumps them one way.

>>> node = GraphNode(id="4", labels=["CareerGraph", "Role"], properties={"name": "Lead"})
>>> node.label, str(node)
('Role', '(:Role {name: Lead})')
>>> QueryResult(columns=["n"], rows=[[node]]).records()
[{'n': GraphNode(id='4', labels=['CareerGraph', 'Role'], properties={'name': 'Lead'})}]
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

from careergraph.stores.cypher import Engine

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "NAMESPACE_LABEL",
    "GraphCounts",
    "GraphNode",
    "GraphPath",
    "GraphRel",
    "LoadReport",
    "QueryResult",
    "Store",
]

#: Rows sent per ``UNWIND $rows`` statement unless told otherwise.
DEFAULT_BATCH_SIZE = 1000
#: The extra label on every node careergraph writes: its namespace in a shared database.
NAMESPACE_LABEL = "CareerGraph"


class GraphNode(BaseModel):
    """A node in a result."""

    kind: Literal["node"] = Field(default="node", repr=False)
    id: str
    labels: list[str]
    properties: dict[str, Any]

    @property
    def label(self) -> str:
        """The node's type label (its first label other than the namespace)."""
        return next((lbl for lbl in self.labels if lbl != NAMESPACE_LABEL),
                    self.labels[0] if self.labels else "")

    def __str__(self) -> str:
        shown = self.properties.get("name", self.properties.get("id"))
        return f"(:{self.label}" + (f" {{name: {shown}}})" if shown is not None else ")")


class GraphRel(BaseModel):
    """A relationship in a result (``start``/``end`` are node ids of the same engine)."""

    kind: Literal["relationship"] = Field(default="relationship", repr=False)
    id: str
    type: str
    start: str
    end: str
    properties: dict[str, Any]

    def __str__(self) -> str:
        return f"[:{self.type}]"


class GraphPath(BaseModel):
    """A path in a result: nodes and the relationships between them, in order."""

    kind: Literal["path"] = Field(default="path", repr=False)
    nodes: list[GraphNode]
    relationships: list[GraphRel]

    def __str__(self) -> str:
        if not self.nodes:
            return "()"
        parts = [_short(self.nodes[0])]
        for rel, node in zip(self.relationships, self.nodes[1:], strict=False):
            arrow = f"-[:{rel.type}]->" if rel.start != node.id else f"<-[:{rel.type}]-"
            parts += [arrow, _short(node)]
        return "".join(parts)


def _short(node: GraphNode) -> str:
    return f"({node.properties.get('name', node.properties.get('id', node.id))})"


class QueryResult(BaseModel):
    """Columns and rows of a query; values are plain JSON-able data or Graph* models."""

    columns: list[str]
    rows: list[list[Any]]
    #: What a write changed, e.g. ``{"nodes_created": 2}`` (empty for reads).
    summary: dict[str, int] = Field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        """Rows as ``{column: value}`` maps."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """Every row's value of one column."""
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


class GraphCounts(BaseModel):
    """careergraph's nodes and relationships in a store, by label / type."""

    nodes: dict[str, int] = Field(default_factory=dict)
    edges: dict[str, int] = Field(default_factory=dict)

    def as_plan_counts(self) -> dict[str, int]:
        return {**self.nodes, **self.edges}


class LoadReport(BaseModel):
    """What a load did."""

    engine: Engine
    target: str
    replaced: bool
    batch_size: int
    batches: int
    rows: int
    seconds: float
    counts: GraphCounts

    @property
    def rows_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds > 0 else float("inf")


class Store(Protocol):
    """A graph database careergraph loads into and queries (Neo4j or the local engine)."""

    engine: Engine

    @property
    def target(self) -> str:
        """Where the data lives, for messages (URI and database, or graph key)."""
        ...

    def load(self, graph: Any, *, replace: bool = False,
             batch_size: int = DEFAULT_BATCH_SIZE) -> LoadReport:
        """Load a :class:`~careergraph.graph.CareerGraph`, all or nothing."""
        ...

    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> QueryResult:
        """Run one statement; read-only unless ``write``."""
        ...

    def counts(self) -> GraphCounts:
        """careergraph's nodes and relationships currently in the store."""
        ...

    def close(self) -> None:
        ...
