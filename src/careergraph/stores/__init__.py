"""Graph stores: Neo4j (official driver) and the local Cypher engine (FalkorDB).

Cypher text lives only in ``cypher/`` and is loaded by name (:mod:`.cypher`); the graph
becomes parameter rows in :mod:`.rows`; :func:`open_store` picks a store from a URI.
Heavy client libraries are imported only when a store is opened.
"""

from careergraph.stores.base import (
    DEFAULT_BATCH_SIZE,
    NAMESPACE_LABEL,
    GraphCounts,
    GraphNode,
    GraphPath,
    GraphRel,
    LoadReport,
    QueryResult,
    Store,
)
from careergraph.stores.cypher import Statement, library, statement

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "NAMESPACE_LABEL",
    "GraphCounts",
    "GraphNode",
    "GraphPath",
    "GraphRel",
    "LoadReport",
    "QueryResult",
    "Statement",
    "Store",
    "library",
    "statement",
]
