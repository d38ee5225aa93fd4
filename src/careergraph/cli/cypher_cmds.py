"""Cypher commands: ``careergraph cypher`` (query) and ``careergraph load`` (into Neo4j)."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from careergraph.cli.common import (
    GraphFileOpt,
    GraphSource,
    GuidesOpt,
    JsonOpt,
    LexiconOpt,
    NoCacheOpt,
    console,
    err_console,
    handle_errors,
    print_json,
)
from careergraph.errors import StoreError
from careergraph.stores.base import DEFAULT_BATCH_SIZE, GraphNode, GraphPath, GraphRel, QueryResult
from careergraph.stores.params import check_text, check_values, parse_params

__all__ = ["format_value", "parse_params", "register"]

UriOpt = Annotated[str | None, typer.Option(
    "--uri", metavar="URI",
    help="Neo4j to use: bolt://, neo4j:// (cluster routing), +s / +ssc for TLS.")]
UserOpt = Annotated[str | None, typer.Option(
    "--username", "-u", help="Neo4j user (default: NEO4J_USERNAME, else neo4j).")]
PasswordOpt = Annotated[str | None, typer.Option(
    "--password", help="Neo4j password (default: NEO4J_PASSWORD; prefer the variable: "
                       "flags show in process lists).", show_default=False)]
DatabaseOpt = Annotated[str | None, typer.Option(
    "--database", "-d", help="Neo4j database (default: NEO4J_DATABASE, else the server's).")]


def format_value(value: Any) -> str:
    """A result value as short readable text.

    >>> format_value(["a", "b"]), format_value(None), format_value({"k": 1})
    ('a, b', '', '{k: 1}')
    """
    if isinstance(value, GraphNode | GraphRel | GraphPath):
        return str(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {format_value(v)}" for k, v in value.items()) + "}"
    return str(value)


def _table(out: Console, result: QueryResult, where: str) -> None:
    table = Table(*[escape(c) for c in result.columns], show_lines=False)
    for row in result.rows:
        table.add_row(*[escape(format_value(v)) for v in row])
    if result.columns:
        out.print(table)
    changed = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result.summary.items())
    rows = f"{len(result.rows)} row{'s' * (len(result.rows) != 1)}"
    out.print(f"[dim]{rows}{'; ' + changed if changed else ''} — {escape(where)}[/]")


def _result_json(result: QueryResult, engine: str, where: str) -> dict[str, Any]:
    return {"engine": engine, "target": where, "columns": result.columns,
            "rows": [{c: _dump(v) for c, v in zip(result.columns, row, strict=True)}
                     for row in result.rows],
            "summary": result.summary}


def _dump(value: Any) -> Any:
    if isinstance(value, GraphNode | GraphRel | GraphPath):
        return value.model_dump(mode="json")
    if isinstance(value, list):
        return [_dump(v) for v in value]
    if isinstance(value, dict):
        return {k: _dump(v) for k, v in value.items()}
    return value


@handle_errors
def cypher(
    query: Annotated[str | None, typer.Argument(
        help="The Cypher statement (or give a file with -f).", show_default=False)] = None,
    file: Annotated[Path | None, typer.Option(
        "--file", "-f", metavar="FILE", help="Read the statement from a .cypher file "
        "(e.g. one of cypher/queries/); its header's parameter types and defaults apply.")] = None,
    param: Annotated[list[str] | None, typer.Option(
        "--param", "-p", metavar="KEY=VALUE",
        help="A parameter: key=value (text, or the type the file declares) or key:=json "
             "(repeatable).")] = None,
    uri: UriOpt = None,
    username: UserOpt = None,
    password: PasswordOpt = None,
    database: DatabaseOpt = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Allow the statement to write (read-only otherwise).")] = False,
    as_json: JsonOpt = False,
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Run Cypher on the career graph: locally (no server needed) or on Neo4j with --uri.

    Without --uri it runs on the long-running engine for this graph if one is running
    (`careergraph engine start`), else on a private local engine that stops when the command
    ends; that engine restores its snapshot of the graph (kept beside the graph cache,
    rebuilt when the graph changes) instead of loading every row.  --write always runs on a
    private engine, so writes never reach later commands.  Read-only unless --write.

    Example: [bold]careergraph cypher -f cypher/queries/top_skills.cypher -p limit=5[/]
    """
    from careergraph.stores.cypher import parse_statement

    if (query is None) == (file is None):
        raise typer.BadParameter("give a query or --file FILE (one of them)")
    if query is not None:
        check_text("the statement", query)
    given = parse_params(param or [])
    if file is not None:
        # An engine-specific variant next to the file wins (docs/cypher.md).
        variant = file.with_name(f"{file.stem}.{'neo4j' if uri else 'falkordb'}.cypher")
        stmt = parse_statement(variant if variant.is_file() else file)
        parts = stmt.statements
        if len(parts) != 1:
            raise StoreError(f"{file} holds {len(parts)} statements; run one at a time")
        text, params = parts[0], stmt.bind(given)
        check_values(params)  # a declared list/map type turned text into JSON
    else:
        assert query is not None
        text, params = query, given
    result, engine, where = _run(text, params, write=write, uri=uri, username=username,
                                 password=password, database=database,
                                 source=GraphSource(guides=guides, graph_file=graph_file,
                                                    lexicon=lexicon or [],
                                                    use_cache=not no_cache))
    if as_json:
        print_json(_result_json(result, engine, where))
    else:
        _table(console, result, where)


def _run(text: str, params: dict[str, Any], *, write: bool, uri: str | None,
         username: str | None, password: str | None, database: str | None,
         source: GraphSource) -> tuple[QueryResult, str, str]:
    from careergraph.stores.connect import neo4j_store
    from careergraph.stores.shared import engine_store

    if uri is None:
        # The graph is opened once: its store gives the digest that names the snapshot, and
        # is read again only if the snapshot must be (re)built.
        load = functools.cache(source.load)
        digest = load().digest if source.use_cache else None
        with engine_store(digest, load, shared=not write, note=_note) as store:
            return store.run(text, params, write=write), store.engine, store.where
    with neo4j_store(uri=uri, username=username, password=password,
                     database=database) as store:
        return store.run(text, params, write=write), store.engine, store.target


def _note(line: str) -> None:
    err_console.print(escape(line), style="yellow", soft_wrap=True)


@handle_errors
def load(
    uri: Annotated[str | None, typer.Option(
        "--uri", metavar="URI", help="Neo4j to load into (default: NEO4J_URI): bolt://, "
        "neo4j:// (cluster routing), +s / +ssc for TLS.")] = None,
    username: UserOpt = None,
    password: PasswordOpt = None,
    database: DatabaseOpt = None,
    replace: Annotated[bool, typer.Option(
        "--replace", help="First delete what careergraph loaded before (its CareerGraph-"
                          "labelled nodes only; other data is never touched).")] = False,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1, help="Rows per UNWIND batch.")] = DEFAULT_BATCH_SIZE,
    as_json: JsonOpt = False,
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    lexicon: LexiconOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Load the career graph into Neo4j: schema first, then one all-or-nothing transaction.

    Loading twice gives the same graph; a failed load leaves the previous one intact.

    Example: [bold]NEO4J_PASSWORD=… careergraph load --uri neo4j://localhost:7687 --replace[/]
    """
    from careergraph.stores.connect import neo4j_store

    graph = GraphSource(guides=guides, graph_file=graph_file, lexicon=lexicon or [],
                        use_cache=not no_cache).load(show_progress=not as_json)
    with neo4j_store(uri=uri, username=username, password=password,
                     database=database) as store:
        if not as_json:
            err_console.print(f"Loading {graph.nx.number_of_nodes()} nodes and "
                              f"{graph.nx.number_of_edges()} relationships into "
                              f"{escape(store.target)} …")
        report = store.load(graph, replace=replace, batch_size=batch_size)
    if as_json:
        print_json(report)
        return
    console.print(f"Loaded {report.rows} rows in {report.batches} batches "
                  f"({report.seconds:.2f}s, {report.rows_per_second:,.0f} rows/s)"
                  f"{' after clearing the previous careergraph data' if replace else ''}.")
    console.print("  nodes: " + ", ".join(f"{k} {v}" for k, v in report.counts.nodes.items()))
    console.print("  relationships: " + ", ".join(f"{k} {v}"
                                                  for k, v in report.counts.edges.items()))


def register(app: typer.Typer) -> None:
    """Add ``cypher`` and ``load`` to ``app``."""
    app.command()(cypher)
    app.command()(load)
