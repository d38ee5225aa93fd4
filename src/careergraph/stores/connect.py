"""Open the right store: Neo4j for a ``bolt://``/``neo4j://`` URI, else the local engine.

>>> describe_target(None)
'the local engine (FalkorDB, private to this command)'
>>> describe_target("neo4j+s://user@xyz.databases.neo4j.io")
'neo4j+s://xyz.databases.neo4j.io'
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from careergraph.stores.base import DEFAULT_BATCH_SIZE, Store

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["describe_target", "local_store", "neo4j_store"]


def describe_target(uri: str | None) -> str:
    """Where a command will run, for messages (never shows credentials)."""
    if uri is None:
        return "the local engine (FalkorDB, private to this command)"
    from careergraph.stores.neo4j import _safe

    return _safe(uri)


@contextlib.contextmanager
def local_store(graph: CareerGraph | None = None, *,
                batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Store]:
    """Start a private local engine, load ``graph`` into it, yield the store, then stop it.

    Raises :class:`~careergraph.errors.EngineUnavailableError` where the engine cannot run.
    """
    from careergraph.stores.falkor import FalkorStore
    from careergraph.stores.local import LocalEngine

    with LocalEngine() as engine:
        store = FalkorStore(engine.client())
        try:
            if graph is not None:
                store.load(graph, batch_size=batch_size)
            yield store
        finally:
            store.close()


@contextlib.contextmanager
def neo4j_store(*, uri: str | None = None, username: str | None = None,
                password: str | None = None, database: str | None = None,
                env: Mapping[str, str] | None = None) -> Iterator[Store]:
    """Connect to Neo4j (flags first, then ``NEO4J_*`` variables) and check the connection
    at once, so a wrong URI or password fails fast with a clear message."""
    from careergraph.stores.neo4j import Neo4jConfig, Neo4jStore

    config = Neo4jConfig.resolve(uri=uri, username=username, password=password,
                                 database=database, env=env)
    store = Neo4jStore(config)
    try:
        store.verify()
        yield store
    finally:
        store.close()
