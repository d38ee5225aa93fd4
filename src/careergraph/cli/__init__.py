"""The ``careergraph`` command: a thin typer layer over the library.

Each group of commands lives in its own module exposing ``register(app)``.
"""

from __future__ import annotations

import importlib
from typing import Annotated

import typer

from careergraph.cli.common import debug_mode

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
    """Console-script entry point."""
    app()
