"""A FalkorDB graph as a careergraph store (the local engine, or any FalkorDB server).

Loads are all-or-nothing: FalkorDB has no multi-statement transactions, so a load copies the
current graph to a private staging key (``GRAPH.COPY``), writes into the copy, checks the
counts, and only then renames the copy over the live key (``RENAME`` is atomic).  A load that
fails half-way deletes the copy: the previously loaded graph was never touched and stays
queryable.  Reads use ``GRAPH.RO_QUERY``, which the server refuses for any write.
"""

from __future__ import annotations

import json
import math
import re
import time
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

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

__all__ = ["DEFAULT_GRAPH", "FalkorStore", "check_params", "params_header"]

#: The graph key careergraph loads into.
DEFAULT_GRAPH = "careergraph"
_INT64 = 2**63


class FalkorStore:
    """careergraph's data in one FalkorDB graph key.

    ``db`` is a ``falkordb.FalkorDB`` client, e.g. ``LocalEngine().start().client()``.
    Examples run against a real engine in ``tests/test_store_local.py``.
    """

    engine: Engine = "falkordb"

    def __init__(self, db: Any, graph: str = DEFAULT_GRAPH, *,
                 where: str = "the local engine") -> None:
        self._db = db
        self.graph = graph
        self._where = where

    @property
    def target(self) -> str:
        return f"graph {self.graph!r} on {self._where}"

    @property
    def where(self) -> str:
        """The server, for messages (e.g. ``the local engine (FalkorDB, …)``)."""
        return self._where

    # -- queries -------------------------------------------------------------------------
    def run(self, query: str, params: Mapping[str, Any] | None = None, *,
            write: bool = False) -> QueryResult:
        """Run one statement; read-only (``GRAPH.RO_QUERY``) unless ``write``."""
        return self._run(self.graph, query, params, write=write)

    def _run(self, key: str, query: str, params: Mapping[str, Any] | None, *,
             write: bool) -> QueryResult:
        from redis.exceptions import RedisError

        values = dict(params or {})
        header = params_header(values)
        if header is None:
            check_params(values)
        # A fresh handle per call: the client caches label/property ids per graph handle,
        # and a RENAME during a load would leave a cached handle reading the wrong names.
        handle = self._db.select_graph(key)
        send = handle.query if write else handle.ro_query
        try:
            result = send(header + query) if header is not None else send(query, values or None)
        except RedisError as exc:
            raise StoreError(_message(exc, write=write, where=self.target)) from exc
        return QueryResult(columns=[str(h[1]) for h in result.header],
                           rows=[[_plain(v) for v in row] for row in result.result_set],
                           summary=_summary(result))

    def counts(self) -> GraphCounts:
        """careergraph's nodes and relationships in the live graph, by type."""
        return self._counts(self.graph)

    def _counts(self, key: str) -> GraphCounts:
        if not self._exists(key):
            return GraphCounts()
        nodes = self._run(key, _text("load/count_nodes"), None, write=False)
        edges = self._run(key, _text("load/count_edges"), None, write=False)
        return GraphCounts(nodes={str(t): int(n) for t, n in nodes.rows},
                           edges={str(t): int(n) for t, n in edges.rows})

    def _exists(self, key: str) -> bool:
        return bool(self._db.connection.exists(key))

    # -- loading -------------------------------------------------------------------------
    def load(self, graph: CareerGraph, *, replace: bool = False,
             batch_size: int = DEFAULT_BATCH_SIZE) -> LoadReport:
        """Load ``graph`` all-or-nothing (see the module docstring); ``replace`` first
        deletes what careergraph loaded before (nodes labelled ``CareerGraph`` only)."""
        return self.load_plan(load_plan(graph), replace=replace, batch_size=batch_size)

    def load_plan(self, plan: LoadPlan, *, replace: bool = False,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> LoadReport:
        """Load prepared rows (:func:`~careergraph.stores.rows.load_plan`) all-or-nothing."""
        list(batches([], batch_size))  # validates the size before anything is written
        started = time.perf_counter()
        staging = f"{self.graph}.staging-{uuid.uuid4().hex[:12]}"
        where = "copying the current graph"
        sent = 0
        try:
            if self._exists(self.graph):
                self._db.connection.execute_command("GRAPH.COPY", self.graph, staging)
            where = "creating the schema"
            self._schema(staging)
            if replace:
                where = "clearing careergraph's previous data"
                self._run(staging, _text("load/clear"), None, write=True)
            for step in plan.steps:
                text = _text(step.statement)
                chunks = list(batches(step.rows, batch_size))
                for number, chunk in enumerate(chunks, 1):
                    where = f"{step.statement} batch {number}/{len(chunks)}"
                    written = self._run(staging, text, {"rows": chunk}, write=True)
                    _check_written(written, len(chunk), step.statement)
                    sent += 1
            where = "checking the loaded counts"
            counts = self._counts(staging)
            _check_counts(counts, plan, exact=replace)
            where = "swapping the loaded graph in"
            self._db.connection.execute_command("RENAME", staging, self.graph)
        except Exception as exc:
            self._drop(staging)
            raise StoreError(
                f"load into {self.target} failed while {where}: {_reason(exc)}; nothing was "
                f"changed: the previously loaded graph is intact and queryable") from exc
        return LoadReport(engine=self.engine, target=self.target, replaced=replace,
                          batch_size=batch_size, batches=sent, rows=plan.rows,
                          seconds=time.perf_counter() - started, counts=counts)

    def _schema(self, key: str) -> None:
        for text in statement("schema", self.engine).statements:
            try:
                self._run(key, text, None, write=True)
            except StoreError as exc:
                if "already indexed" not in str(exc):  # FalkorDB has no IF NOT EXISTS
                    raise

    def _drop(self, key: str) -> None:
        from redis.exceptions import RedisError

        try:
            if self._exists(key):
                self._db.connection.execute_command("GRAPH.DELETE", key)
        except RedisError:
            pass  # best effort: a left-over staging key holds no live data

    def close(self) -> None:
        """Close the client's connections."""
        self._db.connection.close()

    def __repr__(self) -> str:
        return f"FalkorStore({self.target})"


def _text(name: str) -> str:
    return "\n".join(statement(name, "falkordb").statements)


def _check_written(result: QueryResult, expected: int, name: str) -> None:
    written = int(result.rows[0][0]) if result.rows else 0
    if written != expected:
        raise StoreError(f"{name} wrote {written} of {expected} rows (a relationship whose "
                         f"endpoint is not loaded, or a duplicate row)")


def _check_counts(counts: GraphCounts, plan: LoadPlan, *, exact: bool) -> None:
    have = counts.as_plan_counts()
    for kind, expected in plan.expected().items():
        found = have.get(kind, 0)
        if found < expected or (exact and found != expected):
            raise StoreError(f"{kind}: {found} in the store after loading {expected}")


def _reason(exc: Exception) -> str:
    return str(exc).split("\n")[0]


def _message(exc: Exception, *, write: bool, where: str) -> str:
    text = str(exc).strip()
    if "RO_QUERY is to be executed only on read-only queries" in text and not write:
        return (f"refused: the statement writes, and queries are read-only unless --write "
                f"is given ({where})")
    if text.startswith("errMsg:"):
        text = text.removeprefix("errMsg:").strip()
    return f"{where}: {text}"


def _summary(result: Any) -> dict[str, int]:
    names = ("nodes_created", "nodes_deleted", "relationships_created",
             "relationships_deleted", "properties_set", "labels_added", "indices_created")
    stats: dict[str, int] = {}
    for name in names:
        try:
            value = getattr(result, name)
        except (AttributeError, KeyError):
            continue
        if value:
            stats[name] = int(value)
    return stats


_JSON_KEY = re.compile(r'"([A-Za-z_][A-Za-z0-9_]*)":')
#: JSON escapes FalkorDB does not decode as JSON does (it reads \", \\, \n, \r, \t alike).
_UNDECODED = re.compile(r"\\[bfu/]")


def _key_as_cypher(match: re.Match[str]) -> str:
    return match[1] + ":"


def params_header(params: Mapping[str, Any]) -> str | None:
    """The ``CYPHER name=value …`` header FalkorDB reads parameters from, written at C speed
    with ``json.dumps``; None when a value needs the client's exact (slower) path.

    A JSON key ``"name":`` is rewritten to a Cypher key ``name:``; inside a JSON string every
    quote is escaped, so that pattern never occurs in a value.  Values travel as parameters
    either way, never as part of the statement.

    >>> params_header({"rows": [{"id": "role:a", "n": 2}]})
    'CYPHER rows=[{id:"role:a",n:2}] '
    >>> params_header({"bell": "\x07"}) is None
    True
    >>> params_header({"m": {"odd key": 1}}) is None
    True
    """
    if not params:
        return ""
    parts = ["CYPHER"]
    for name, value in params.items():
        if not isinstance(name, str) or not name.isidentifier():
            return None
        try:
            text = json.dumps(value, ensure_ascii=False, allow_nan=False,
                              separators=(",", ":"))
        except (TypeError, ValueError):
            return None
        if _UNDECODED.search(text) or _SUSPECT.search(text):
            return None
        cypher, keys = _JSON_KEY.subn(_key_as_cypher, text)
        # Every '":' not rewritten is a key that is no plain identifier (or a value holding
        # '":'): let the client's exact serializer handle that.
        if text.count('":') != keys:
            return None
        parts.append(f"{name}={cypher}")
    return " ".join(parts) + " "


def check_params(params: Mapping[str, Any]) -> None:
    """Refuse values the FalkorDB client cannot send faithfully (it writes parameters into a
    ``CYPHER name=value`` header, so these would fail or change on the way).

    >>> check_params({"name": "x'}) DETACH DELETE n //", "n": [1, 2.5, True, None]})
    >>> check_params({"bad": "nul\\x00byte"})
    Traceback (most recent call last):
    ...
    careergraph.errors.StoreError: parameter $bad: the local engine cannot take a NUL character
    """
    for name in params:
        if not isinstance(name, str) or not name.isidentifier():
            raise StoreError(f"parameter name {name!r} is not a plain identifier")
    if _plainly_safe(params):
        return
    for name, value in params.items():
        _check_value(f"${name}", value)


_SUSPECT = re.compile(r'\\u0000|`|"":|\d{19,}')


def _plainly_safe(params: Mapping[str, Any]) -> bool:
    """A C-speed pre-check for big load batches: JSON-encodable, finite, and nothing that
    might be a NUL, a backtick, an empty key or a huge integer.  Anything else (including
    false alarms such as a string holding a backtick) gets the exact walk."""
    try:
        text = json.dumps(params, allow_nan=False, ensure_ascii=True)
    except (TypeError, ValueError):
        return False
    return _SUSPECT.search(text) is None


def _check_value(where: str, value: Any) -> None:
    if value is None or isinstance(value, bool):
        return
    if isinstance(value, str):
        if "\x00" in value:
            raise StoreError(f"parameter {where}: the local engine cannot take a NUL character")
    elif isinstance(value, int):
        if not -_INT64 <= value < _INT64:
            raise StoreError(f"parameter {where}: {value} does not fit a 64-bit integer")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise StoreError(f"parameter {where}: {value} is not a finite number")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_value(f"{where}[{index}]", item)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str) or not key or "`" in key:
                raise StoreError(f"parameter {where}: map key {key!r} is not allowed")
            _check_value(f"{where}.{key}", item)
    else:
        raise StoreError(f"parameter {where}: values of type {type(value).__name__} are not "
                         f"supported")


def _plain(value: Any) -> Any:
    """A FalkorDB result value as plain data or a Graph* model."""
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path

    if isinstance(value, Node):
        return _node(value)
    if isinstance(value, Edge):
        return _rel(value)
    if isinstance(value, Path):
        return GraphPath(nodes=[_node(n) for n in value.nodes()],
                         relationships=[_rel(e) for e in value.edges()])
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _node(node: Any) -> GraphNode:
    return GraphNode(id=str(node.id), labels=list(node.labels or []),
                     properties={str(k): _plain(v) for k, v in node.properties.items()})


def _rel(edge: Any) -> GraphRel:
    def end(value: Any) -> str:
        return str(getattr(value, "id", value))

    return GraphRel(id=str(edge.id), type=str(edge.relation), start=end(edge.src_node),
                    end=end(edge.dest_node),
                    properties={str(k): _plain(v) for k, v in edge.properties.items()})
