"""The ``careergraph`` command: a thin typer layer over the library.

Each group of commands lives in its own module exposing ``register(app)``.
"""

from __future__ import annotations

import atexit
import importlib
import os
import sys
import threading
from typing import Annotated

import typer

from careergraph.bulk import leave_to_exit
from careergraph.cli.common import debug_mode, own_process

__all__ = ["app", "main"]

app = typer.Typer(
    name="careergraph",
    help="Career guides in, a career-path knowledge graph out: build it, ask it for routes "
         "and skills, view it, and query it with Cypher.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

#: Command modules, in the order their commands appear in ``--help``.
COMMAND_MODULES = (
    "careergraph.cli.corpus_cmds",
    "careergraph.cli.route_cmds",
    "careergraph.cli.explain_cmds",
    "careergraph.cli.view_cmds",
    "careergraph.cli.cypher_cmds",
    "careergraph.cli.engine_cmds",
    "careergraph.cli.cache_cmds",
)


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
) -> None:
    debug_mode.set(debug)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register_all()


def main() -> None:
    """Console-script entry point.

    When the command is done the process ends without freeing its objects one by one: a
    build of 10,000 guides leaves millions of them, and tearing them down costs seconds of
    CPU for nothing.  Everything is closed and flushed first (the exit handlers run, which
    stop engines and shut logging and worker pools down; then stdout and stderr are
    flushed); with another thread still alive, or output that cannot be flushed, the
    process exits the ordinary way.
    """
    own_process.set(True)
    leave_to_exit()
    try:
        app()
    except SystemExit as exc:
        _exit(exc.code)
    _exit(0)


def _exit(code: object) -> None:
    if threading.active_count() > 1:  # the interpreter's exit would wait for it
        raise SystemExit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as the interpreter does with a message
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # a closed pipe: let the interpreter report it as usual
        raise SystemExit(status) from None
    os._exit(status)
