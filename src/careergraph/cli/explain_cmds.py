"""``explain``: why a name resolves as it does (the library work is in careergraph.explain).

The library is imported inside the command so ``careergraph --help`` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from careergraph.cli.common import (
    GraphFileOpt,
    GraphSource,
    GuidesOpt,
    JsonOpt,
    LexiconOpt,
    console,
    handle_errors,
    print_json,
)
from careergraph.model import NodeType

__all__ = ["register"]


@handle_errors
def explain(
    name: Annotated[str, typer.Argument(help="A role, skill, sector or employer name.")],
    type_: Annotated[NodeType | None, typer.Option(
        "--type", "-t", case_sensitive=False,
        help="Node type to look in (default: Role, then Skill, Sector, Employer).")] = None,
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    lexicon: LexiconOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Why a name resolves as it does: every spelling joined to its node (guide, line, rule,
    confidence), merges across guides, and why close candidates were NOT merged.

    Example: [bold]careergraph explain "MLOps / ML Platform Engineer"[/]
    """
    from careergraph.explain import explain_name

    graph = GraphSource(guides=guides, graph_file=graph_file, lexicon=lexicon or []).load()
    why = explain_name(graph, name, type_)
    if as_json:
        print_json(why)
        return
    if why.status == "ambiguous":
        console.print(f"[bold yellow]{escape(name)!s}[/] is an ambiguous "
                      f"{why.type.value.lower()} name: it resolves to none of")
        for node in why.candidates:
            console.print(f"  • {escape(graph.name(node))}  [dim]{node}[/]")
        if why.ambiguity is not None:
            for claim in why.ambiguity.claims:
                meant = graph.name(claim.candidate) if claim.candidate else "(no guide)"
                console.print(f"  [dim]{escape(claim.file)}:{claim.line}: "
                              f"{escape(claim.text)!s} → {escape(meant)}[/]")
        return
    console.print(f"[bold cyan]{escape(why.name or '')}[/]  [dim]{why.id}[/]")
    if why.lookup is not None and why.lookup.note:
        console.print(f"[yellow]{escape(why.lookup.note)}[/] (fuzzy)")
    console.print("[bold]Joined spellings[/] (guide:line — rule, confidence: evidence)")
    for record in why.spellings:
        console.print(f"  • {escape(record.text)}  [dim]{escape(record.file)}:{record.line} — "
                      f"{record.rule}, {record.confidence:g}: {escape(record.reason)}[/]")
    for merge in why.merges:
        files = ", ".join(f"{t.file}:{t.line}" for t in merge.titles)
        console.print(f"[bold]Merged across guides[/]: {escape(files)}")
    if why.not_merged:
        console.print("[bold]Not merged[/]")
        for other in why.not_merged:
            console.print(f"  • {escape(other.name)} ({other.score:.0f})  "
                          f"[dim]{escape(other.reason)}[/]")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(explain)
