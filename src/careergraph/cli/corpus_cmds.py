"""Commands about the corpus and the graph itself: build, stats, role, export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from careergraph.cli import render
from careergraph.cli.common import (
    GraphFileOpt,
    GraphSource,
    GuidesOpt,
    JsonOpt,
    LexiconOpt,
    NoCacheOpt,
    StrictOpt,
    console,
    err_console,
    handle_errors,
    print_json,
)
from careergraph.export import ExportFormat

__all__ = ["register"]


@handle_errors
def build(
    paths: Annotated[list[str] | None, typer.Argument(
        metavar="[PATHS]...", help="Guide files, folders or globs (default: the bundled corpus).",
    )] = None,
    guides: GuidesOpt = None,
    out: Annotated[Path | None, typer.Option(
        "--out", "-o", metavar="FILE",
        help="Save the graph here: an indexed store that `--graph FILE` opens in "
             "milliseconds (a JSON document if FILE ends in .json).")] = None,
    lexicon: LexiconOpt = None,
    strict: StrictOpt = False,
    keep_going: Annotated[bool, typer.Option(
        "--keep-going", "-k",
        help="Build from the guides that parse even when some are rejected (exit 0); "
             "without it a rejected guide makes build exit 2 after the report.")] = False,
    no_cache: NoCacheOpt = False,
    as_json: JsonOpt = False,
    onet_min_importance: Annotated[float | None, typer.Option(
        "--onet-min-importance", metavar="RATING", min=1.0, max=5.0,
        help="Lowest O*NET importance rating (1-5) for a Skills/Knowledge element to be "
             "a requirement (default 3.0).")] = None,
) -> None:
    """Parse guides into the career graph and print a summary of every guide: used, partly
    used (coverage) or rejected (why).  A rejected guide makes build exit 2 (bad input)
    unless --keep-going is given, like make -k.  Occupation taxonomies (ESCO CSV, O*NET
    text files, NOC 2021 CSV, ISCO-08, SOC 2018 and UK SOC 2020 saved as CSV, ROME 4.0 CSV,
    OSCA 2024 / ANZSCO 2022 and KldB 2010 CSV, the Skills Framework dataset's sheets saved as
    CSV, Brazil's CBO 2002 CSV download, schema.org JSON-LD) among the paths give one guide
    per occupation.  The paths may
    also be given with --guides, as every other command takes them.

    Example: [bold]careergraph build data/guides --out my-graph.db[/]
    """
    # Positional paths and --guides name guides alike; together they are one list.
    all_paths = [*(paths or []), *(guides or [])] or None
    source = GraphSource(guides=all_paths, lexicon=lexicon or [], strict=strict,
                         use_cache=not no_cache, onet_min_importance=onet_min_importance)
    graph = source.load(show_progress=not as_json)
    if out is not None:
        graph.save(out, base=out)  # a store already there: only the rows that differ
    if as_json:
        from careergraph.build import summary_of

        # The report as JSON data: a graph read from its store need not make the report's
        # objects only to print them again.
        report = graph.report_data()
        rejected = report["rejected"]
        print_json({"stats": graph.stats_data(),
                    "summary": summary_of([(g["used_lines"], g["content_lines"])
                                           for g in report["guides"]], len(rejected)),
                    "rejected": rejected,
                    **{part: report[part] for part in ("problems", "dropped", "merges",
                                                       "ambiguous", "refusals")},
                    # How names were resolved: only what changed, or all (and why); None
                    # when the cached graph was fresh.
                    "rebuild": graph.rebuild.model_dump() if graph.rebuild else None,
                    "out": str(out) if out else None})
    else:
        render.build_summary(console, graph, out)
        rejected = graph.report.rejected
    if rejected and not keep_going:
        err_console.print(f"[bold red]error:[/] {len(rejected)} guide(s) rejected "
                          "(see above); fix them, or pass --keep-going to build without them")
        raise typer.Exit(2)


@handle_errors
def stats(
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    unused: Annotated[bool, typer.Option("--unused",
                                         help="List every content line left unused.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Counts by node and edge type, and how much of each guide became facts.

    Example: [bold]careergraph stats --unused[/]
    """
    graph = GraphSource(guides=guides, graph_file=graph_file).load()
    if as_json:
        print_json(graph.stats())
        return
    render.stats(console, graph, show_unused=unused)


@handle_errors
def role(
    name: Annotated[str, typer.Argument(help="Role name, alias or close misspelling.")],
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """A role card: aliases, level, skills, next roles, employers, salary and sources.

    Example: [bold]careergraph role "MLOps Engineer"[/]
    """
    graph = GraphSource(guides=guides, graph_file=graph_file).load()
    card = render.explain_rejected(graph, name, graph.role)
    if as_json:
        print_json(card)
        return
    render.role_card(console, card)


@handle_errors
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f",
                                              help="json (node-link), graphml, csv "
                                                   "(neo4j-admin import) or cypher "
                                                   "(a cypher-shell script).")],
    out: Annotated[Path, typer.Option("--out", "-o", metavar="FILE_OR_DIR",
                                      help="Output file (a folder for csv).")],
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
) -> None:
    """Export the graph for Gephi, Cytoscape, yEd, networkx or neo4j-admin.

    Example: [bold]careergraph export --format graphml --out career.graphml[/]
    """
    from careergraph.export import write_export

    graph = GraphSource(guides=guides, graph_file=graph_file).load()
    written = write_export(graph.nx, fmt, out)
    console.print(f"Wrote {fmt.value} export to {written} "
                  f"({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


def register(app: typer.Typer) -> None:
    """Add this module's commands to ``app``."""
    app.command()(build)
    app.command()(stats)
    app.command()(role)
    app.command()(export)
