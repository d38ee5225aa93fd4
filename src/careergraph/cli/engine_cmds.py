"""``careergraph engine start|stop|status``: a long-running local Cypher engine.

The library side is :mod:`careergraph.stores.shared`; this module only turns options into
calls and prints.  :func:`source_digest` names the graph a command's options give.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape

from careergraph.cli.common import (
    GraphFileOpt,
    GraphSource,
    GuidesOpt,
    JsonOpt,
    LexiconOpt,
    console,
    err_console,
    handle_errors,
    print_json,
)

__all__ = ["describe_source", "engine_app", "register", "source_digest"]

engine_app = typer.Typer(
    name="engine", no_args_is_help=True, rich_markup_mode="rich",
    help="A long-running local Cypher engine for many queries: `careergraph cypher` uses it "
         "instead of starting a private engine per command.\n\n"
         "Example: [bold]careergraph engine start && careergraph cypher \"MATCH (r:Role) "
         "RETURN count(r)\" && careergraph engine stop[/]")


def source_digest(source: GraphSource) -> str | None:
    """The content digest of the graph ``source`` gives, read from its on-disk store (a
    metadata read: the graph is neither rebuilt when the store is fresh nor decoded), or None
    with ``--no-cache``.  This is the one place that decides which engine snapshot and which
    long-running engine a command uses: equal graphs share them whatever their source.
    """
    if not source.use_cache:
        return None
    return source.load().digest


def describe_source(source: GraphSource) -> str:
    """A short label for ``engine status``.

    >>> describe_source(GraphSource())
    'the bundled corpus'
    """
    if source.graph_file is not None:
        return f"graph file {source.graph_file}"
    if source.guides:
        return "guides " + ", ".join(source.guides)
    return "the bundled corpus"


def _source(guides: list[str] | None, graph_file: Any, lexicon: list[str] | None) -> GraphSource:
    return GraphSource(guides=guides, graph_file=graph_file, lexicon=lexicon or [])


def _digest(source: GraphSource) -> str:
    digest = source_digest(source)
    if digest is None:
        source.load()  # raises the reason (an unreadable or missing file)
        raise typer.BadParameter("cannot name this graph")
    return digest


def _note(line: str) -> None:
    err_console.print(escape(line), style="yellow", soft_wrap=True)


def _row(info: Any) -> dict[str, Any]:
    return {"state": info.state, "pid": info.pid, "socket": str(info.socket),
            "digest": info.digest, "source": info.source, "started": info.started,
            "uptime": info.uptime()}


def _show(info: Any, verb: str) -> None:
    console.print(f"{verb}: pid {info.pid}, socket {escape(str(info.socket))}, graph digest "
                  f"{escape(info.digest)}, up {info.uptime()} ({escape(info.source)})",
                  soft_wrap=True)


@engine_app.command("start")
@handle_errors
def start(
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    lexicon: LexiconOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Start a long-running engine for the graph (restored from its snapshot when there is
    one); it runs until `careergraph engine stop`.

    Example: [bold]careergraph engine start --guides my-guides/[/]
    """
    from careergraph.stores.shared import start as start_engine

    source = _source(guides, graph_file, lexicon)
    info, started = start_engine(_digest(source), source.load, source=describe_source(source),
                                 note=_note)
    if as_json:
        print_json({**_row(info), "started_now": started})
    else:
        _show(info, "started" if started else "already running")


@engine_app.command("stop")
@handle_errors
def stop(
    every: Annotated[bool, typer.Option("--all", help="Stop every engine of yours.")] = False,
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
    lexicon: LexiconOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Stop the long-running engine for the graph (or --all of them).

    Example: [bold]careergraph engine stop --all[/]
    """
    from careergraph.stores.shared import stop as stop_engine
    from careergraph.stores.shared import stop_all

    if every:
        stopped = stop_all()
    else:
        found = stop_engine(_digest(_source(guides, graph_file, lexicon)))
        stopped = [found] if found is not None else []
    if as_json:
        print_json([_row(info) for info in stopped])
        return
    for info in stopped:
        _show(info, "stopped" if info.state != "stale, cleaned up" else
              "was already dead (killed?); cleaned up its folder")
    if not stopped:
        console.print("no long-running engine" + ("" if every else " for this graph"))


@engine_app.command("status")
@handle_errors
def status(as_json: JsonOpt = False) -> None:
    """Show your long-running engines: pid, socket, graph digest, uptime (and clean up after
    engines that were killed).

    Example: [bold]careergraph engine status --json[/]
    """
    from careergraph.stores.shared import status as engines

    found = engines()
    if as_json:
        print_json([_row(info) for info in found])
        return
    for info in found:
        _show(info, {"running": "running", "not answering": "NOT ANSWERING",
                     "stale, cleaned up": "dead (killed?), cleaned up"}[info.state])
    if not found:
        console.print("no long-running engine")


def register(app: typer.Typer) -> None:
    """Add the ``engine`` command group to ``app``."""
    app.add_typer(engine_app, name="engine")
