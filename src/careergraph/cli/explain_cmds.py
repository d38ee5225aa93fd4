"""``explain``: why a name resolves as it does (the library work is in careergraph.explain).

The library is imported inside the command so ``careergraph --help`` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

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
from careergraph.cli.render import show
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
        console.print(f"[bold yellow]{show(name)}[/] is an ambiguous "
                      f"{why.type.value.lower()} name: it resolves to none of")
        for node in why.candidates:
            console.print(f"  • {show(graph.name(node))}  [dim]{node}[/]")
        if why.ambiguity is not None:
            for claim in why.ambiguity.claims:
                meant = graph.name(claim.candidate) if claim.candidate else "(no guide)"
                console.print(f"  [dim]{show(claim.file)}:{claim.line}: "
                              f"{show(claim.text)} → {show(meant)}[/]")
        return
    console.print(f"[bold cyan]{show(why.name or '')}[/]  [dim]{why.id}[/]")
    if why.lookup is not None and why.lookup.note:
        console.print(f"[yellow]{show(why.lookup.note, 600)}[/] (fuzzy)")
    console.print("[bold]Joined spellings[/] (guide:line — rule, confidence: evidence)")
    for record in why.spellings:
        console.print(f"  • {show(record.text)}  [dim]{show(record.file)}:{record.line} — "
                      f"{record.rule}, {record.confidence:g}: {show(record.reason, 600)}[/]")
    for merge in why.merges:
        files = ", ".join(f"{t.file}:{t.line}" for t in merge.titles)
        console.print(f"[bold]Merged across guides[/]: {show(files, 600)}")
    if why.not_merged:
        console.print("[bold]Not merged[/]")
        for other in why.not_merged:
            console.print(f"  • {show(other.name)} ({other.score:.0f})  "
                          f"[dim]{show(other.reason, 600)}[/]")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(explain)
