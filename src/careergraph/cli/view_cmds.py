"""``careergraph view``: write an interactive, offline HTML view of the graph."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from careergraph.cli.common import (
    GraphFileOpt,
    GraphSource,
    GuidesOpt,
    JsonOpt,
    LexiconOpt,
    NoCacheOpt,
    console,
    handle_errors,
    print_json,
)
from careergraph.model import NodeType

__all__ = ["parse_only", "register"]


def parse_only(text: str | None) -> list[NodeType] | None:
    """``"Role,skill"`` -> ``[NodeType.ROLE, NodeType.SKILL]`` (case-insensitive).

    >>> parse_only("role, Skill")
    [<NodeType.ROLE: 'Role'>, <NodeType.SKILL: 'Skill'>]
    >>> parse_only(None) is None
    True
    """
    if text is None:
        return None
    by_name = {t.value.lower(): t for t in NodeType}
    wanted = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [w for w in wanted if w not in by_name]
    if unknown or not wanted:
        raise typer.BadParameter(f"unknown node type {', '.join(unknown) or text!r}; "
                                 f"choose from {', '.join(t.value for t in NodeType)}",
                                 param_hint="--only")
    return [by_name[w] for w in dict.fromkeys(wanted)]


@handle_errors
def view(
    role: Annotated[str | None, typer.Argument(
        help="Show this role's neighbourhood (name, alias or close misspelling); "
             "default: the whole graph.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE",
                                      help="The HTML file to write.")] = Path("careergraph.html"),
    depth: Annotated[int, typer.Option("--depth", "-d", min=0,
                                       help="With ROLE: how many hops around it.")] = 1,
    only: Annotated[str | None, typer.Option(
        "--only", metavar="TYPES",
        help="Keep these node types, comma-separated (Role, Skill, Sector, Employer); "
             "--only Role is the career map, laid out by seniority.")] = None,
    max_nodes: Annotated[int, typer.Option("--max-nodes", min=1,
                                           help="Refuse views with more nodes.")] = 1500,
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
    as_json: JsonOpt = False,
) -> None:
    """Write an interactive HTML view: one offline file to open, share or email.

    Examples: [bold]careergraph view --only Role --out ladder.html[/] ·
    [bold]careergraph view "Lead MLOps Engineer" --depth 2 --out lead.html[/]
    """
    from careergraph.views import render_graph

    types = parse_only(only)
    graph = GraphSource(guides=guides, graph_file=graph_file, lexicon=lexicon or [],
                        use_cache=not no_cache).load()
    result = render_graph(graph, out, focus=role, depth=depth, only=types,
                          max_nodes=max_nodes)
    if as_json:
        print_json(result)
        return
    console.print(f"Wrote {escape(str(result.path))}: {escape(result.title)}, "
                  f"{result.nodes} nodes, {result.edges} edges, {result.bytes / 1024:,.0f} KiB")


def register(app: typer.Typer) -> None:
    """Add the ``view`` command to the app."""
    app.command("view")(view)
