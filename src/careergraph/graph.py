"""``CareerGraph``: the career-path knowledge graph and its query helpers.

It wraps a networkx ``MultiDiGraph`` (schema in :mod:`careergraph.model`) together with the
build report.  It never reads guide files itself: :meth:`CareerGraph.from_guides` hands that
to :mod:`careergraph.guides`.

>>> g = CareerGraph.from_guides()
>>> g.match("mlops eng").name
'MLOps Engineer'
>>> g.stats().nodes["Employer"]
19
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from pydantic import BaseModel, ValidationError

from careergraph.build import BuildReport, build_graph
from careergraph.cards import RoleCard, role_card
from careergraph.errors import InputError
from careergraph.lexicon import Lexicon, load_lexicon
from careergraph.lookup import NameIndex, NameMatch
from careergraph.model import EdgeType, NodeType

if TYPE_CHECKING:
    from careergraph.routing.models import Route, SkillsGap
    from careergraph.views import InlineView, ViewResult

__all__ = ["CareerGraph", "GraphStats", "NameMatch"]

SAVE_FORMAT = "careergraph-graph"
SAVE_VERSION = 1


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


class CareerGraph:
    """The career graph.  Build it with :meth:`from_guides` or :meth:`load`."""

    def __init__(
        self, graph: nx.MultiDiGraph, report: BuildReport | None = None,
        lexicon: Lexicon | None = None,
    ) -> None:
        self._graph = graph
        self.report = report or BuildReport()
        self._lexicon = lexicon
        self._name_index: NameIndex | None = None

    # -- building, saving, loading -------------------------------------------------------
    @classmethod
    def from_guides(
        cls,
        paths: Sequence[str | Path] | str | Path | None = None,
        *,
        lexicon_dirs: Sequence[str | Path] = (),
        strict: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
    ) -> CareerGraph:
        """Parse guides (files, folders or globs; default: the bundled corpus) and build.

        Problems in single guides are collected in ``report.problems``; with ``strict=True``
        the first one raises :class:`~careergraph.errors.GuideError`.

        >>> CareerGraph.from_guides("data/guides").role("MLOps / ML Platform Engineer").name
        'MLOps Engineer'
        """
        from careergraph.guides import load_corpus

        if isinstance(paths, (str, Path)):
            paths = [paths]
        lexicon = load_lexicon(lexicon_dirs)
        corpus = load_corpus(paths, lexicon=lexicon, strict=strict, progress=progress)
        graph, report = build_graph(corpus.guides, lexicon, corpus.problems)
        return cls(graph, report, lexicon)

    def to_json(self) -> dict[str, Any]:
        """The graph and its build report as one JSON-able document (see :meth:`save`)."""
        return {
            "format": SAVE_FORMAT,
            "version": SAVE_VERSION,
            "graph": nx.node_link_data(self._graph, edges="edges"),
            "report": self.report.model_dump(mode="json"),
        }

    def save(self, path: str | Path) -> Path:
        """Write the graph to a JSON file; :meth:`load` reads it back unchanged."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # atomic: a reader never sees half a file
        return path

    @classmethod
    def from_json(cls, document: dict[str, Any], *, origin: str = "<graph>") -> CareerGraph:
        if not isinstance(document, dict) or document.get("format") != SAVE_FORMAT:
            raise InputError(origin, 1, "not a careergraph graph file",
                             hint="create one with `careergraph build --out FILE`")
        if document.get("version") != SAVE_VERSION:
            raise InputError(origin, 1, f"graph file version {document.get('version')!r} "
                             f"is not {SAVE_VERSION}", hint="rebuild it with this careergraph")
        try:
            graph = nx.node_link_graph(document["graph"], directed=True, multigraph=True,
                                       edges="edges")
            report = BuildReport.model_validate(document.get("report") or {})
        except (KeyError, TypeError, ValidationError, nx.NetworkXError) as exc:
            raise InputError(origin, 1, f"graph file is damaged: {exc}") from exc
        return cls(graph, report)

    @classmethod
    def load(cls, path: str | Path) -> CareerGraph:
        """Read a graph written by :meth:`save` (or ``careergraph build --out``)."""
        path = Path(path)
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(str(path), 0, f"cannot read graph file: {exc.strerror}") from exc
        except json.JSONDecodeError as exc:
            raise InputError(str(path), exc.lineno, f"not JSON: {exc.msg}") from exc
        return cls.from_json(document, origin=str(path))

    # -- raw access --------------------------------------------------------------------
    @property
    def nx(self) -> nx.MultiDiGraph:
        """The underlying networkx graph (treat as read-only)."""
        return self._graph

    @property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = load_lexicon()
        return self._lexicon

    def node(self, node_id: str) -> dict[str, Any]:
        """Attributes of a node by id."""
        attrs: dict[str, Any] = self._graph.nodes[node_id]
        return attrs

    def nodes(self, type_: NodeType | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(id, attributes)`` of every node, or of one type, in id order."""
        for node_id in sorted(self._graph.nodes):
            attrs = self._graph.nodes[node_id]
            if type_ is None or attrs["type"] == type_.value:
                yield node_id, attrs

    def edges(
        self, type_: EdgeType | None = None
    ) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """``(source, target, attributes)`` of every edge, or of one type."""
        for src, dst, key, attrs in self._graph.edges(keys=True, data=True):
            if type_ is None or key == type_.value:
                yield src, dst, attrs

    def name(self, node_id: str) -> str:
        return str(self._graph.nodes[node_id]["name"])

    # -- names -> nodes (the work is in careergraph.lookup) ---------------------------
    def _names(self) -> NameIndex:
        if self._name_index is None:
            self._name_index = NameIndex(self.nodes(), self.lexicon)
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
        match = self.match(name, NodeType.ROLE)
        return role_card(self._graph, match.id, lookup=match)

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
        nodes = Counter(attrs["type"] for _, attrs in self._graph.nodes(data=True))
        edges = Counter(key for _, _, key in self._graph.edges(keys=True))
        return GraphStats(
            nodes={t.value: nodes.get(t.value, 0) for t in NodeType},
            edges={t.value: edges.get(t.value, 0) for t in EdgeType},
            guides=[
                GuideCoverage(file=g.file, role=g.role, coverage=g.coverage,
                              used_lines=g.used_lines, content_lines=g.content_lines,
                              problems=len(g.problems))
                for g in self.report.guides
            ],
            problems=len(self.report.problems)
            + sum(len(g.problems) for g in self.report.guides),
            dropped_edges=len(self.report.dropped),
        )

    def __repr__(self) -> str:
        return (f"CareerGraph({self._graph.number_of_nodes()} nodes, "
                f"{self._graph.number_of_edges()} edges)")
