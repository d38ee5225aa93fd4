"""``CareerGraph``: the career-path knowledge graph and its query helpers.

It wraps a networkx ``MultiDiGraph`` (schema in :mod:`careergraph.model`) together with the
build report, or a saved store (:mod:`careergraph.storage`) read partially, the networkx graph
materialised only when :attr:`CareerGraph.nx` is asked for.  It never reads guide files
itself: :meth:`CareerGraph.from_guides` hands that to :mod:`careergraph.guides`.  Routes and
views sit above it: its ``routes``/``skills_gap``/``view``/``render`` methods are thin
delegates that import them when called.

>>> g = CareerGraph.from_guides()
>>> g.match("mlops eng").name
'MLOps Engineer'
>>> g.stats().nodes["Employer"]
19
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import orjson
from pydantic import BaseModel, ValidationError

from careergraph.bulk import paused_gc
from careergraph.errors import DamagedStoreError, InputError
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.lookup import NameIndex, NameMatch
from careergraph.model import EdgeType, NodeType
from careergraph.storage import (
    GraphAccess,
    GraphStore,
    MemoryGraph,
    copy_store,
    digest_of,
    is_store,
    names_fingerprint,
    read_json,
    validate_document,
    write_json,
    write_store,
)
from careergraph.storage.validate import SAVE_FORMAT, SAVE_VERSION

if TYPE_CHECKING:
    import networkx as nx

    from careergraph.build import BuildReport, Resolver
    from careergraph.cards import RoleCard
    from careergraph.guides.corpus import ParseCacheLike
    from careergraph.guides.taxonomy import TaxonomyOptions
    from careergraph.incremental import RebuildInfo
    from careergraph.routing.models import Route, SkillsGap
    from careergraph.storage.content import NameKeys
    from careergraph.views import InlineView, ViewResult

__all__ = ["CareerGraph", "GraphStats", "NameMatch"]



class GuideCoverage(BaseModel):
    file: str
    role: str
    coverage: float
    used_lines: int
    content_lines: int
    problems: int


class GraphStats(BaseModel):
    """Counts by node and edge type, and per-guide coverage."""

    nodes: dict[str, int]
    edges: dict[str, int]
    guides: list[GuideCoverage]
    problems: int
    dropped_edges: int


class _Repairing:
    """A store's lookups that, on finding the store damaged, have the graph rebuilt and
    answer from the rebuilt graph (iterators are read whole so damage shows up here)."""

    def __init__(self, graph: CareerGraph) -> None:
        self._graph = graph

    def __getattr__(self, name: str) -> Any:
        graph = self._graph
        try:
            value = getattr(graph._raw_access(), name)
        except DamagedStoreError as exc:
            graph._repair(exc)
            value = getattr(graph._raw_access(), name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            # Looked up at each call, not bound once: a lookup kept by a lazy index (the
            # routing adjacency) must answer from the rebuilt graph after a repair, not from
            # the closed store it was first read from.
            try:
                result = getattr(graph._raw_access(), name)(*args, **kwargs)
                return iter(list(result)) if isinstance(result, Iterator) else result
            except DamagedStoreError as exc:
                graph._repair(exc)
                return getattr(graph._raw_access(), name)(*args, **kwargs)

        return call


class CareerGraph:
    """The career graph.  Build it with :meth:`from_guides`, open a saved one with :meth:`load`.

    A graph opened from a store answers names, role cards, routes and skill gaps by reading
    only what each question needs; :attr:`nx` materialises the whole networkx graph on first
    use.
    """

    def __init__(
        self, graph: nx.MultiDiGraph | None = None, report: BuildReport | None = None,
        lexicon: Lexicon | None = None, *, store: GraphStore | None = None,
    ) -> None:
        if graph is None and store is None:
            import networkx as nx  # loaded lazily: warm commands read the store, not networkx

            graph = nx.MultiDiGraph()
        self._graph = graph
        self._report = report
        #: The stored report decoded as JSON data (see :meth:`report_data`).
        self._report_data: dict[str, Any] | None = None
        self._lexicon = lexicon
        self._store = store
        self._memory: tuple[tuple[int, int], MemoryGraph] | None = None
        self._name_index: NameIndex | None = None
        #: Per-graph lookups built by the layers above (routing), dropped when the graph
        #: changes in place.
        self.memo: dict[str, Any] = {}
        #: Called with the error when the store turns out damaged while being read; returns
        #: the same graph rebuilt (the cache sets it; without it the error propagates).
        self.on_damage: Callable[[DamagedStoreError], CareerGraph] | None = None
        #: How the build that made this graph resolved names (set by the cache when it
        #: built the graph: ``path`` is ``incremental`` or ``full``, with the reason).
        self.rebuild: RebuildInfo | None = None
        #: A store file this graph, as built, was written to whole (the cache's, set by the
        #: build that saved it): :meth:`save` copies it instead of encoding every row again.
        self.written: Path | None = None

    # -- building, saving, loading -------------------------------------------------------
    @classmethod
    def from_guides(
        cls,
        paths: Sequence[str | Path] | str | Path | None = None,
        *,
        lexicon_dirs: Sequence[str | Path] = (),
        strict: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
        parse_cache: ParseCacheLike | None = None,
        resolver: Resolver | None = None,
        taxonomy: TaxonomyOptions | None = None,
    ) -> CareerGraph:
        """Parse guides (files, folders or globs; default: the bundled corpus) and build.
        Occupation taxonomies among them (ESCO, O*NET, NOC, ISCO-08, SOC 2018) are imported with the
        ``taxonomy`` options (:class:`~careergraph.guides.taxonomy.TaxonomyOptions`).

        Problems in single guides are collected in ``report.problems``; with ``strict=True``
        the first one raises :class:`~careergraph.errors.GuideError`.  ``resolver``
        resolves the names (default :func:`~careergraph.resolve.resolve_mentions`; the cache
        passes one that redoes only what changed, :mod:`careergraph.incremental`).

        >>> CareerGraph.from_guides("data/guides").role("MLOps / ML Platform Engineer").name
        'MLOps Engineer'
        """
        from careergraph.guides import load_corpus

        if isinstance(paths, (str, Path)):
            paths = [paths]
        lexicon = load_lexicon(lexicon_dirs)
        corpus = load_corpus(paths, lexicon=lexicon, strict=strict, progress=progress,
                             parse_cache=parse_cache, taxonomy=taxonomy)
        from careergraph.build import build_graph  # building loads the resolver; reads do not
        from careergraph.resolve import resolve_mentions

        graph, report = build_graph(corpus.guides, lexicon, corpus.problems,
                                    resolver=resolver or resolve_mentions)
        return cls(graph, report, lexicon)

    def to_json(self) -> dict[str, Any]:
        """The graph and its build report as one JSON-able document (the ``.json`` form of
        :meth:`save`)."""
        import networkx as nx

        return {
            "format": SAVE_FORMAT,
            "version": SAVE_VERSION,
            "graph": nx.node_link_data(self.nx, edges="edges"),
            "report": self.report.model_dump(mode="json"),
        }

    def save(self, path: str | Path, *, base: str | Path | None = None,
             name_keys: NameKeys | None = None) -> Path:
        """Write the graph to ``path``: a store (SQLite, read partially by later commands),
        or a JSON document when the name ends in ``.json``.  :meth:`load` reads either back
        unchanged.  The write is atomic (written aside, then renamed).  ``base``: a previous
        store (``path`` itself is allowed) to update by writing only the rows that differ;
        ``name_keys``: name keys kept from an earlier save, reused and updated.
        """
        path = Path(path)
        try:
            if path.suffix.lower() == ".json":
                return write_json(self.to_json(), path)
            if self.written is not None and (base is None or not Path(base).exists()):
                with contextlib.suppress(DamagedStoreError):  # gone or replaced: write it
                    return copy_store(self.written, path)
            report = self.report.model_dump_json().encode("utf-8")
            return write_store(self.nx, report, self.lexicon, path,
                               names_fingerprint=names_fingerprint(), base=base,
                               name_keys=name_keys)
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise InputError(str(path), 0, f"cannot write graph file: {reason}",
                             hint="check the folder exists, is writable and has room") from exc

    @classmethod
    def from_json(cls, document: Any, *, origin: str = "<graph>") -> CareerGraph:
        """A graph from a JSON document (:meth:`to_json`), validated against the schema:
        :class:`~careergraph.errors.InputError` names the first offending node or edge."""
        from careergraph.build import BuildReport

        graph, report = validate_document(document, origin)
        try:
            return cls(graph, BuildReport.model_validate(report))
        except ValidationError as exc:
            raise InputError(origin, 0, f"graph file's build report is damaged: "
                             f"{exc.errors()[0]['msg']}", hint="rebuild it") from exc

    @classmethod
    def load(cls, path: str | Path) -> CareerGraph:
        """Open a graph written by :meth:`save` (or ``careergraph build --out``): a store is
        opened for partial reads, a JSON document is read and validated."""
        path = Path(path)
        if is_store(path):
            return cls(store=GraphStore(path))
        return cls.from_json(read_json(path), origin=str(path))

    @property
    def store(self) -> GraphStore | None:
        """The store this graph reads from, if it was opened from one."""
        return self._store

    @property
    def digest(self) -> str:
        """A content hash of the nodes and edges: equal graphs, equal digests."""
        if self._store is not None:
            return self._store.digest
        return digest_of(self.nx)

    # -- raw access --------------------------------------------------------------------
    @property
    def nx(self) -> nx.MultiDiGraph:
        """The underlying networkx graph (treat as read-only); read from the store on first
        use when the graph was opened from one."""
        if self._graph is None:
            assert self._store is not None
            self._graph = self._store.materialise()
        return self._graph

    @property
    def report(self) -> BuildReport:
        """What the build read, used and left out."""
        from careergraph.build import BuildReport  # the report's schema sits with the builder

        if self._report is None:
            if self._store is None:
                self._report = BuildReport()
            else:
                try:
                    # Tens of thousands of objects at once: collection passes meanwhile
                    # would rescan the whole heap (three quarters of the time here).
                    with paused_gc():
                        self._report = BuildReport.model_validate_json(
                            self._store.report_json())
                except ValidationError as exc:
                    raise DamagedStoreError(str(self._store.path), 0,
                                            f"graph file's build report is damaged: {exc}",
                                            hint="rebuild it") from exc
        return self._report

    @report.setter
    def report(self, value: BuildReport) -> None:
        self._report = value

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    @property
    def access(self) -> GraphAccess:
        """The lookups the layers above use: the store's, or the in-memory graph's."""
        if self._store is not None:
            if self.on_damage is not None:
                return cast("GraphAccess", _Repairing(self))
            if self._store.trusted_names or self._graph is None:
                return self._store
        graph = self.nx
        # Node count only, as routing always did: counting a multigraph's edges is O(E).
        signature = (graph.number_of_nodes(), 0)
        if self._memory is None or self._memory[0] != signature:
            self._memory = (signature, MemoryGraph(graph, self.lexicon))
            self.memo.clear()
            self._name_index = None
        return self._memory[1]

    def _raw_access(self) -> GraphAccess:
        on_damage, self.on_damage = self.on_damage, None
        try:
            return self.access
        finally:
            self.on_damage = on_damage

    def _repair(self, exc: DamagedStoreError) -> None:
        """Replace a damaged store by the rebuilt graph (same inputs, same content)."""
        if self.on_damage is None:
            raise exc
        fresh = self.on_damage(exc)
        self.on_damage = None
        if self._store is not None:
            self._store.close()
        self._store, self._graph = None, fresh.nx
        self._report, self._lexicon = fresh.report, fresh._lexicon
        self._memory, self._name_index = None, None
        self.memo.clear()  # lookups built on the damaged store must not outlive it

    def node(self, node_id: str) -> dict[str, Any]:
        """Attributes of a node by id (``KeyError`` if there is none)."""
        attrs = self.access.node(node_id)
        if attrs is None:
            raise KeyError(node_id)
        return attrs

    def nodes(self, type_: NodeType | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, attributes)`` of every node, or of one type, in id order."""
        return self.access.nodes(type_.value if type_ else None)

    def edges(
        self, type_: EdgeType | None = None
    ) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """``(source, target, attributes)`` of every edge, or of one type."""
        for src, dst, _, attrs in self.access.edges(type_.value if type_ else None):
            yield src, dst, attrs

    def name(self, node_id: str) -> str:
        return self.access.name(node_id)

    def lookup(self, kind: str, key: str) -> list[str]:
        """Node ids under a lookup key (kinds in :mod:`careergraph.storage.content`)."""
        return self.access.lookup(kind, key)

    # -- names -> nodes (the work is in careergraph.lookup) ---------------------------
    def _names(self) -> NameIndex:
        if self._name_index is None:
            self._name_index = NameIndex(self, self.access.normaliser(), self.access.aliases)
        return self._name_index

    def candidates(
        self, name: str, type_: NodeType = NodeType.ROLE, limit: int = 5
    ) -> list[NameMatch]:
        """The nodes of a type whose names are closest to ``name``, best first."""
        return self._names().candidates(name, type_, limit)

    def match(self, name: str, type_: NodeType = NodeType.ROLE) -> NameMatch:
        """Resolve a name, alias or close misspelling to one node.

        A fuzzy match says so (``fuzzy``, ``note``).  Raises
        :class:`~careergraph.errors.ResolveError` (with the closest candidates) when nothing
        matches well enough, and its subclass :class:`~careergraph.errors.AmbiguousNameError`
        when two nodes match about equally (a name two roles claim resolves to neither).
        """
        return self._names().match(name, type_)

    def find(self, name: str, type_: NodeType = NodeType.ROLE) -> str:
        """The node id for a name (see :meth:`match`)."""
        return self.match(name, type_).id

    def role(self, name: str) -> RoleCard:
        """The role card of a role: aliases, level, skills, moves, employers, salary, sources.

        >>> card = CareerGraph.from_guides().role("Lead MLOps Engineer")
        >>> card.level.value, sorted(card.guides)
        ('lead', ['lead-mlops-engineer.card.txt', 'lead-mlops-engineer.longform.txt'])
        """
        from careergraph.cards import role_card

        match = self.match(name, NodeType.ROLE)
        return role_card(self.access, match.id, lookup=match)

    # -- routes and views (thin: the work is in careergraph.routes / careergraph.views) ----
    def routes(self, source: str, target: str, **options: Any) -> list[Route]:
        """Best progression routes from a role to a role or level; options and result as
        :func:`careergraph.routes.find_routes`.

        >>> route = CareerGraph.from_guides().routes("MLOps Engineer", "Director")[0]
        >>> route.moves, route.end.level.value if route.end.level else None
        (2, 'director')
        """
        from careergraph.routes import find_routes

        return find_routes(self, source, target, **options)

    def skills_gap(self, from_role: str, to_role: str, have: Any = ()) -> SkillsGap:
        """Skills ``to_role`` requires beyond ``from_role``; see
        :func:`careergraph.routes.skills_gap`."""
        from careergraph.routes import skills_gap

        return skills_gap(self, from_role, to_role, have)

    def view(self, focus: str | None = None, **options: Any) -> InlineView:
        """An interactive view for a notebook cell (the whole graph, or a role's neighbourhood);
        options as :func:`careergraph.views.render_graph`."""
        from careergraph.views import inline_view

        return inline_view(self, focus, **options)

    def render(self, path: str | Path, focus: str | None = None, **options: Any) -> ViewResult:
        """Write an offline, single-file HTML view; see :func:`careergraph.views.render_graph`."""
        from careergraph.views import render_graph

        return render_graph(self, path, focus=focus, **options)

    # -- summaries -----------------------------------------------------------------------
    def stats(self) -> GraphStats:
        """Counts by node and edge type, and coverage per guide."""
        return GraphStats.model_validate(self.stats_data())

    def stats_data(self) -> dict[str, Any]:
        """:meth:`stats` as JSON data (``stats().model_dump(mode="json")``), taken from
        :meth:`report_data`.

        >>> g = CareerGraph.from_guides()
        >>> g.stats_data() == g.stats().model_dump(mode="json")
        True
        """
        counts = self.access.counts()
        nodes, edges = counts["nodes"], counts["edges"]
        report = self.report_data()
        guides = report["guides"]
        return {
            "nodes": {t.value: nodes.get(t.value, 0) for t in NodeType},
            "edges": {t.value: edges.get(t.value, 0) for t in EdgeType},
            "guides": [{"file": g["file"], "role": g["role"], "coverage": g["coverage"],
                        "used_lines": g["used_lines"], "content_lines": g["content_lines"],
                        "problems": len(g["problems"])} for g in guides],
            "problems": len(report["problems"]) + sum(len(g["problems"]) for g in guides),
            "dropped_edges": len(report["dropped"]),
        }

    def report_data(self) -> dict[str, Any]:
        """The build report as JSON data (``report.model_dump(mode="json")``): a graph
        read from a store decodes the stored report without making its objects (tens of
        thousands at 10,000 guides), unless :attr:`report` made them already.  Decoded
        once and shared: treat it as read-only.

        >>> g = CareerGraph.from_guides()
        >>> g.report_data() == g.report.model_dump(mode="json")
        True
        """
        if self._report is None and self._store is not None:
            if self._report_data is None:
                try:
                    data = orjson.loads(self._store.report_json())
                except orjson.JSONDecodeError:
                    data = None
                self._report_data = data if isinstance(data, dict) else None
            if self._report_data is not None:
                return self._report_data
        report: dict[str, Any] = self.report.model_dump(mode="json")  # reports the damage
        return report

    def report_data_is(self, data: dict[str, Any]) -> None:
        """Take ``data`` as :meth:`report_data` of a graph read from a store: what its
        stored report decodes to, known by whoever just wrote it (a patched rebuild).

        >>> g = CareerGraph.from_guides()
        >>> g.report_data_is({"guides": []})  # no store: the report itself still answers
        >>> g.report_data() == g.report.model_dump(mode="json")
        True
        """
        if self._store is not None:
            self._report_data = data

    def number_of_nodes(self) -> int:
        return sum(self.access.counts()["nodes"].values())

    def number_of_edges(self) -> int:
        return sum(self.access.counts()["edges"].values())

    def __repr__(self) -> str:
        return f"CareerGraph({self.number_of_nodes()} nodes, {self.number_of_edges()} edges)"
