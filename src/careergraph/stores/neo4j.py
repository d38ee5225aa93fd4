"""Neo4j as a careergraph store, through the official ``neo4j`` driver.

Any Neo4j 5 works: Desktop, Docker, Aura, a cluster.  ``bolt://`` talks to one server;
``neo4j://`` routes (reads go to readers, writes to the leader); ``+s`` adds TLS with a
verified certificate and ``+ssc`` TLS accepting a self-signed one.

Loads are all-or-nothing: the schema statements run first (each on its own, as Neo4j
requires), then one managed write transaction runs every batch (``--replace`` deletes
careergraph's nodes inside the same transaction).  A failure anywhere rolls the whole
transaction back, so the previously loaded graph stays intact and queryable; readers see the
old graph until the commit.  The cost: the whole graph must fit one transaction's memory
(``db.memory.transaction.max``) and heap: 336,000 rows (10,000 guides) fit a 2 GiB heap.

The password is kept in a :class:`pydantic.SecretStr`: ``repr``, ``str`` and error messages
never show it.

>>> config = Neo4jConfig.resolve(uri="neo4j+s://x.databases.neo4j.io", password="hunter2",
...                              env={})
>>> "hunter2" in repr(config) or "hunter2" in str(config)
False
>>> config.username, config.routing
('neo4j', True)
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, LiteralString
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, SecretStr

from careergraph.errors import StoreError
from careergraph.stores.base import (
    DEFAULT_BATCH_SIZE,
    GraphCounts,
    GraphNode,
    GraphPath,
    GraphRel,
    LoadReport,
    QueryResult,
)
from careergraph.stores.cypher import Engine, statement
from careergraph.stores.rows import LoadPlan, batches, load_plan

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["DATABASE_NOT_FOUND_CODE", "READ_ONLY_CODE", "SCHEMES", "Neo4jConfig", "Neo4jStore"]

#: URI schemes the driver understands.
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
#: What Neo4j 5 answers to a write (data or schema) in a read transaction, over ``bolt://``
#: and ``neo4j://`` alike: "Writing in read access mode not allowed" (seen from 5.26; its
#: GQL status, 50N42, is the generic one and says nothing).
READ_ONLY_CODE = "Neo.ClientError.Statement.AccessMode"
#: A ``--database`` the server does not have.
DATABASE_NOT_FOUND_CODE = "Neo.ClientError.Database.DatabaseNotFound"


class Neo4jConfig(BaseModel):
    """Where and how to connect.  Build it with :meth:`resolve` (flags, then environment)."""

    model_config = ConfigDict(frozen=True)

    uri: str
    username: str = "neo4j"
    password: SecretStr | None = None
    database: str | None = None  # None: the server's default database

    @classmethod
    def resolve(cls, *, uri: str | None = None, username: str | None = None,
                password: str | None = None, database: str | None = None,
                env: Mapping[str, str] | None = None) -> Neo4jConfig:
        """Flags win over ``NEO4J_URI``, ``NEO4J_USERNAME``, ``NEO4J_PASSWORD``,
        ``NEO4J_DATABASE``.

        >>> Neo4jConfig.resolve(env={"NEO4J_URI": "bolt://db:7687"}).uri
        'bolt://db:7687'
        >>> Neo4jConfig.resolve(uri="http://db:7474", env={})
        Traceback (most recent call last):
        ...
        careergraph.errors.StoreError: unsupported URI scheme 'http': use bolt:// or neo4j://
        """
        env = os.environ if env is None else env
        uri = uri or env.get("NEO4J_URI")
        if not uri:
            raise StoreError("no Neo4j URI: pass --uri neo4j://HOST:7687 or set NEO4J_URI")
        parts = urlsplit(uri)
        if parts.scheme not in SCHEMES:
            raise StoreError(f"unsupported URI scheme {parts.scheme!r}: use bolt:// or "
                             f"neo4j://")  # the +s / +ssc TLS forms are in --help and docs
        if parts.password:
            raise StoreError("put the password in NEO4J_PASSWORD (or --password), "
                             "not in the URI")
        secret = password if password is not None else env.get("NEO4J_PASSWORD")
        if parts.username:  # the driver refuses user info in URIs: move it to the username
            uri = parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]).geturl()
        return cls(uri=uri,
                   username=username or parts.username or env.get("NEO4J_USERNAME") or "neo4j",
                   password=SecretStr(secret) if secret is not None else None,
                   database=database or env.get("NEO4J_DATABASE") or None)

    @property
    def routing(self) -> bool:
        """True for ``neo4j://`` URIs (cluster routing; reads go to readers)."""
        return urlsplit(self.uri).scheme.startswith("neo4j")

    @property
    def target(self) -> str:
        return f"{_safe(self.uri)} (database {self.database or 'default'})"


def _safe(uri: str) -> str:
    """A URI without any user info, fit for messages."""
    parts = urlsplit(uri)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


class Neo4jStore:
    """careergraph's data in a Neo4j database (examples: ``tests/test_store_neo4j.py``)."""

    engine: Engine = "neo4j"

    def __init__(self, config: Neo4jConfig) -> None:
        from neo4j import GraphDatabase

        self.config = config
        auth = (config.username, config.password.get_secret_value()) \
            if config.password is not None else None
        try:
            self._driver = GraphDatabase.driver(config.uri, auth=auth)
        except Exception as exc:  # ConfigurationError, ValueError from a malformed URI
            raise StoreError(f"cannot use Neo4j URI {config.target}: {exc}") from exc

    @property
    def target(self) -> str:
        return self.config.target

    def verify(self) -> None:
        """Connect and authenticate now, turning failures into a clear StoreError."""
        with self._errors("connecting"):
            self._driver.verify_connectivity()

    # -- queries -------------------------------------------------------------------------
    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> QueryResult:
        """Run one statement in a managed transaction: a read transaction (routed to a
        reader on a cluster, and refused by the server if it writes) unless ``write``."""
        from neo4j import RoutingControl

        routing = RoutingControl.WRITE if write else RoutingControl.READ
        with self._errors("running the query", write=write):
            records, summary, keys = self._driver.execute_query(
                _literal(query), dict(params or {}), routing_=routing,
                database_=self.config.database)
        counters = {name: value for name, value in vars(summary.counters).items()
                    if not name.startswith("_") and type(value) is int and value}
        return QueryResult(columns=list(keys),
                           rows=[[_plain(v) for v in record.values()] for record in records],
                           summary=counters)

    def counts(self) -> GraphCounts:
        nodes = self.run("\n".join(statement("load/count_nodes", self.engine).statements))
        edges = self.run("\n".join(statement("load/count_edges", self.engine).statements))
        return GraphCounts(nodes={str(t): int(n) for t, n in nodes.rows},
                           edges={str(t): int(n) for t, n in edges.rows})

    # -- loading -------------------------------------------------------------------------
    def load(self, graph: CareerGraph, *, replace: bool = False,
             batch_size: int = DEFAULT_BATCH_SIZE) -> LoadReport:
        """Load ``graph`` all-or-nothing (see the module docstring)."""
        return self.load_plan(load_plan(graph), replace=replace, batch_size=batch_size)

    def load_plan(self, plan: LoadPlan, *, replace: bool = False,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> LoadReport:
        list(batches([], batch_size))  # validates the size before anything is written
        started = time.perf_counter()
        for text in statement("schema", self.engine).statements:  # schema first, own tx each
            self.run(text, write=True)
        progress: dict[str, Any] = {"where": "starting", "batches": 0}
        with self._errors("loading", progress=progress), \
                self._driver.session(database=self.config.database) as session:
            session.execute_write(_load_transaction, plan, replace, batch_size, progress)
        counts = self.counts()
        return LoadReport(engine=self.engine, target=self.target, replaced=replace,
                          batch_size=batch_size, batches=progress["batches"], rows=plan.rows,
                          seconds=time.perf_counter() - started, counts=counts)

    def close(self) -> None:
        self._driver.close()

    def __enter__(self) -> Neo4jStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Neo4jStore({self.target}, user {self.config.username!r})"

    # -- errors --------------------------------------------------------------------------
    def _errors(self, doing: str, *, write: bool = True,
                progress: dict[str, Any] | None = None) -> _ErrorMapper:
        return _ErrorMapper(self, doing, write, progress)


def _load_transaction(tx: Any, plan: LoadPlan, replace: bool, batch_size: int,
                      progress: dict[str, Any]) -> None:
    """Everything in one transaction: the driver may retry it whole (it is idempotent)."""
    progress["batches"] = 0
    if replace:
        progress["where"] = "clearing careergraph's previous data"
        tx.run(_text("load/clear")).consume()
    for step in plan.steps:
        text = _text(step.statement)
        chunks = list(batches(step.rows, batch_size))
        for number, chunk in enumerate(chunks, 1):
            progress["where"] = f"{step.statement} batch {number}/{len(chunks)}"
            record = tx.run(text, rows=chunk).single()
            written = int(record["written"]) if record is not None else 0
            if written != len(chunk):
                raise StoreError(f"{step.statement} wrote {written} of {len(chunk)} rows "
                                 f"(a relationship whose endpoint is not loaded, or a "
                                 f"duplicate row)")
            progress["batches"] += 1


def _text(name: str) -> LiteralString:
    return _literal("\n".join(statement(name, "neo4j").statements))


def _literal(text: str) -> LiteralString:
    # The driver types queries as LiteralString to discourage building them from values.
    # Ours come from cypher/ files or are the user's own query; values go as parameters.
    return text  # mypy treats LiteralString as str; the annotation documents intent


class _ErrorMapper:
    """Turns driver errors into StoreError with what, where and what to do."""

    def __init__(self, store: Neo4jStore, doing: str, write: bool,
                 progress: dict[str, Any] | None) -> None:
        self.store, self.doing, self.write, self.progress = store, doing, write, progress

    def __enter__(self) -> None:
        return None

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> Literal[False]:
        from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

        if exc is None:
            return False
        target = self.store.target
        if isinstance(exc, StoreError):
            if self.progress is None:
                return False
            message = str(exc)
        elif isinstance(exc, AuthError):
            message = (f"Neo4j at {target} refused the credentials of user "
                       f"{self.store.config.username!r}; set NEO4J_USERNAME / NEO4J_PASSWORD "
                       f"(or --username / --password)")
        elif isinstance(exc, ServiceUnavailable):
            message = (f"cannot reach Neo4j at {target}: {_first_line(exc)}; is the server "
                       f"running, and are the URI's host, port and scheme right?")
        elif isinstance(exc, Neo4jError) and exc.code == READ_ONLY_CODE and not self.write:
            message = (f"refused: the statement writes, and queries are read-only unless "
                       f"--write is given ({target})")
        elif isinstance(exc, Neo4jError) and exc.code == DATABASE_NOT_FOUND_CODE:
            message = (f"no database {self.store.config.database!r} on Neo4j at "
                       f"{_safe(self.store.config.uri)}; check --database / NEO4J_DATABASE "
                       f"(unset, the server's default database is used)")
        elif isinstance(exc, Neo4jError | DriverError):
            message = f"Neo4j at {target}, {self.doing}: {_first_line(exc)}"
        else:
            return False
        if self.progress is not None:
            message = (f"load into {target} failed at {self.progress['where']}: "
                       f"{message}; the transaction was rolled back: the previously loaded "
                       f"graph is intact and queryable")
        raise StoreError(message) from exc


def _first_line(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc)
    return str(message).strip().split("\n")[0]


def _plain(value: Any) -> Any:
    """A driver value as plain data or a Graph* model."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return _node(value)
    if isinstance(value, Relationship):
        return _rel(value)
    if isinstance(value, Path):
        return GraphPath(nodes=[_node(n) for n in value.nodes],
                         relationships=[_rel(r) for r in value.relationships])
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    iso = getattr(value, "iso_format", None)  # neo4j.time values
    return iso() if callable(iso) else str(value)


def _node(node: Any) -> GraphNode:
    return GraphNode(id=str(node.element_id), labels=sorted(node.labels),
                     properties={k: _plain(v) for k, v in dict(node).items()})


def _rel(rel: Any) -> GraphRel:
    start = rel.start_node.element_id if rel.start_node is not None else ""
    end = rel.end_node.element_id if rel.end_node is not None else ""
    return GraphRel(id=str(rel.element_id), type=str(rel.type), start=str(start),
                    end=str(end), properties={k: _plain(v) for k, v in dict(rel).items()})
