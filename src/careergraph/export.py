"""Exports that plug into the tools people already use, and readers to re-import them.

- ``json``: networkx node-link JSON (each node with ``type``, ``name``, ``aliases``; each
  edge with ``type``) — :func:`write_json` / :func:`read_json`.
- ``graphml``: GraphML for Gephi, Cytoscape and yEd; list-valued attributes are stored as
  JSON text — :func:`write_graphml` / :func:`read_graphml`.
- ``cypher``: a script ``cypher-shell`` runs to recreate the graph (schema and the
  ``cypher/load`` statements, rows set with ``:param``) — see :mod:`careergraph.cypher_script`.
- ``csv``: the header format of ``neo4j-admin database import full``, one file per label and
  relationship type, plus ``import.sh`` with the exact import command — :func:`write_csv` /
  :func:`read_csv`.

>>> import tempfile
>>> from careergraph import CareerGraph
>>> g = CareerGraph.from_guides()
>>> with tempfile.TemporaryDirectory() as tmp:
...     back = read_graphml(write_graphml(g.nx, f"{tmp}/g.graphml"))
>>> sorted(back.nodes(data=True)) == sorted(g.nx.nodes(data=True))
True
"""

from __future__ import annotations

import csv
import json
import shlex
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careergraph.errors import CareerGraphError
from careergraph.model import EdgeType, NodeType
from careergraph.output import writing

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "ExportFormat",
    "read_csv",
    "read_graphml",
    "read_json",
    "write_csv",
    "write_export",
    "write_graphml",
    "write_json",
]


class ExportFormat(StrEnum):
    JSON = "json"
    GRAPHML = "graphml"
    CSV = "csv"
    CYPHER = "cypher"


_STRUCTURED = ("aliases", "sources", "mentions", "guides", "salaries", "kinds")


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """networkx node-link JSON (``nx.node_link_data(graph, edges="edges")``)."""
    import networkx as nx  # loaded by exports only, not by every command

    path = Path(path)
    data = nx.node_link_data(graph, edges="edges")
    path.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    return path


def read_json(path: str | Path) -> nx.MultiDiGraph:
    import networkx as nx  # loaded by exports only, not by every command

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    graph: nx.MultiDiGraph = nx.node_link_graph(data, directed=True, multigraph=True,
                                                edges="edges")
    return graph


def _flatten(attrs: dict[str, Any]) -> dict[str, Any]:
    # GraphML holds scalars only: lists and maps travel as JSON text, None is left out.
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
            for k, v in attrs.items() if v is not None}


def _unflatten(attrs: dict[str, Any]) -> dict[str, Any]:
    return {k: json.loads(v) if k in _STRUCTURED and isinstance(v, str) else v
            for k, v in attrs.items()}


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> Path:
    """GraphML (edge ids are the edge types)."""
    import networkx as nx  # loaded by exports only, not by every command

    path = Path(path)
    flat = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        flat.add_node(node, **_flatten(attrs))
    for src, dst, key, attrs in graph.edges(keys=True, data=True):
        flat.add_edge(src, dst, key=key, **_flatten(attrs))
    nx.write_graphml(flat, path, encoding="utf-8")
    return path


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    import networkx as nx  # loaded by exports only, not by every command

    raw = nx.read_graphml(path, force_multigraph=True)
    graph = nx.MultiDiGraph()
    for node, attrs in raw.nodes(data=True):
        restored = _unflatten(attrs)
        if restored.get("type") == NodeType.ROLE.value:
            restored.setdefault("summary", None)
        graph.add_node(node, **restored)
    for src, dst, key, attrs in raw.edges(keys=True, data=True):
        graph.add_edge(src, dst, key=key, **_unflatten(attrs))
    return graph


# -- neo4j-admin CSV -------------------------------------------------------------------------
# Scalars keep their Neo4j type in the header; lists of strings become string[] with a
# delimiter that appears in no value; nested data (sources, salaries, mentions) is JSON text.
_NODE_COLUMNS: list[tuple[str, str]] = [
    ("name", "name"), ("aliases", "aliases:string[]"), ("level", "level"),
    ("rank", "rank:int"), ("track", "track"), ("guides", "guides:string[]"),
    ("summary", "summary"), ("salaries", "salaries_json"), ("sources", "sources_json"),
    ("mentions", "mentions_json"),
]
_ROLE_ONLY = frozenset({"level", "rank", "track", "guides", "summary", "salaries"})
_EDGE_COLUMNS: list[tuple[str, str]] = [("kinds", "kinds:string[]"), ("rule", "rule"),
                                        ("score", "score:float"),
                                        ("sources", "sources_json")]
_DELIMITERS = ("|", ";", "¦", "§")


def _pick_delimiter(graph: nx.MultiDiGraph) -> str:
    values = {v for _, attrs in graph.nodes(data=True) for key in ("aliases", "guides")
              for v in attrs.get(key, [])}
    for delimiter in _DELIMITERS:
        if not any(delimiter in v for v in values):
            return delimiter
    raise CareerGraphError("every CSV array delimiter occurs in some name; use --format json")


def _cell(value: Any, header: str, delimiter: str) -> str:
    if value is None:
        return ""
    if header.endswith("_json"):
        return json.dumps(value, ensure_ascii=False)
    if header.endswith("[]"):
        return delimiter.join(value)
    return str(value)


def write_csv(graph: nx.MultiDiGraph, folder: str | Path) -> Path:
    """neo4j-admin import files in ``folder`` and ``import.sh`` with the exact command."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    delimiter = _pick_delimiter(graph)
    args = ["neo4j-admin", "database", "import", "full", "careergraph",
            f"--array-delimiter={delimiter}", "--overwrite-destination=true"]
    for type_ in NodeType:
        name = f"nodes_{type_.value}.csv"
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id:ID", *(h for _, h in _NODE_COLUMNS), ":LABEL"])
            for node, attrs in sorted(graph.nodes(data=True)):
                if attrs["type"] == type_.value:
                    writer.writerow([node, *(_cell(attrs.get(k), h, delimiter)
                                             for k, h in _NODE_COLUMNS), type_.value])
        args.append(f"--nodes={type_.value}=/import/{name}")
    for etype in EdgeType:
        name = f"relationships_{etype.value}.csv"
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([":START_ID", ":END_ID", *(h for _, h in _EDGE_COLUMNS), ":TYPE"])
            for src, dst, key, attrs in sorted(graph.edges(keys=True, data=True)):
                if key == etype.value:
                    writer.writerow([src, dst, *(_cell(attrs.get(k), h, delimiter)
                                                 for k, h in _EDGE_COLUMNS), etype.value])
        args.append(f"--relationships={etype.value}=/import/{name}")
    script = folder / "import.sh"
    script.write_text(
        "#!/bin/sh\n# Import into an empty, stopped Neo4j (files mounted at /import), e.g.\n"
        "#   docker run --rm -v \"$PWD:/import\" -v neo4j-data:/data neo4j:5 sh /import/import.sh\n"
        + " ".join(shlex.quote(a) for a in args) + "\n",
        encoding="utf-8",
    )
    (folder / "array-delimiter.txt").write_text(delimiter, encoding="utf-8")
    return folder


def _parse_cell(text: str, header: str, delimiter: str) -> Any:
    if header.endswith("_json"):
        return json.loads(text) if text else None
    if header.endswith("[]"):
        return text.split(delimiter) if text else []
    if header.endswith(":int"):
        return int(text) if text else None
    if header.endswith(":float"):
        return float(text) if text else None
    return text if text else None


def read_csv(folder: str | Path) -> nx.MultiDiGraph:
    """Read back what :func:`write_csv` wrote (to check an export before importing it)."""
    import networkx as nx  # loaded by exports only, not by every command

    folder = Path(folder)
    delimiter = (folder / "array-delimiter.txt").read_text(encoding="utf-8")
    graph = nx.MultiDiGraph()
    names = dict((h, k) for k, h in _NODE_COLUMNS)
    for type_ in NodeType:
        with (folder / f"nodes_{type_.value}.csv").open(newline="", encoding="utf-8") as fh:
            rows = csv.reader(fh)
            header = next(rows)
            for row in rows:
                attrs: dict[str, Any] = {"type": row[-1]}
                for head, text in zip(header[1:-1], row[1:-1], strict=True):
                    if type_ is NodeType.ROLE or names[head] not in _ROLE_ONLY:
                        attrs[names[head]] = _parse_cell(text, head, delimiter)
                graph.add_node(row[0], **attrs)
    edge_names = dict((h, k) for k, h in _EDGE_COLUMNS)
    for etype in EdgeType:
        path = folder / f"relationships_{etype.value}.csv"
        with path.open(newline="", encoding="utf-8") as fh:
            rows = csv.reader(fh)
            header = next(rows)
            for row in rows:
                attrs = {"type": row[-1]}
                for head, text in zip(header[2:-1], row[2:-1], strict=True):
                    value = _parse_cell(text, head, delimiter)
                    if value not in (None, []) or head == "sources_json":
                        attrs[edge_names[head]] = value
                graph.add_edge(row[0], row[1], key=row[-1], **attrs)
    return graph


def _cypher_script(graph: nx.MultiDiGraph, out: Path) -> Path:
    from careergraph.cypher_script import write_cypher_script

    return write_cypher_script(graph, out)


_WRITERS: dict[ExportFormat, Callable[[nx.MultiDiGraph, Path], Path]] = {
    ExportFormat.JSON: write_json,
    ExportFormat.GRAPHML: write_graphml,
    ExportFormat.CSV: write_csv,
    ExportFormat.CYPHER: _cypher_script,
}



def write_export(graph: nx.MultiDiGraph, fmt: ExportFormat, out: str | Path) -> Path:
    """Write ``graph`` in ``fmt`` to ``out`` (a file; a folder for CSV).

    Raises :class:`~careergraph.errors.InputError` naming ``out`` when it cannot be written.
    """
    out = Path(out)
    with writing(out, folder=fmt is ExportFormat.CSV):
        if fmt is not ExportFormat.CSV:
            out.parent.mkdir(parents=True, exist_ok=True)
        return _WRITERS[fmt](graph, out)
