"""What every command shares: the graph-source options, error handling and output helpers.

Every query command reads the bundled corpus by default, the guides given with
``--guides PATHS``, or a saved graph given with ``--graph FILE`` (a store written by
``build --out``, or a JSON graph, validated before use).  Built graphs are kept in an
indexed store by corpus content (see :mod:`careergraph.cache`), so repeated commands open it
and read only what they need.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeVar

import orjson
import typer
from pydantic import BaseModel
from rich.console import Console
from rich.markup import escape

from careergraph.display import display_name
from careergraph.errors import EXIT_CODES, CareerGraphError

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = [
    "GraphFileOpt",
    "GraphSource",
    "GuidesOpt",
    "JsonOpt",
    "LexiconOpt",
    "NoCacheOpt",
    "StrictOpt",
    "console",
    "debug_mode",
    "err_console",
    "handle_errors",
    "own_process",
    "print_json",
    "print_note",
]



#: Longest error message printed (a message can quote a 100,000-character name).
_ERROR_CHARS = 2000


def _width() -> int | None:
    # A terminal sizes itself; piped output (files, CI logs) gets room for a table row
    # instead of rich's 80 columns, unless COLUMNS says otherwise.
    if os.isatty(1):
        return None
    return int(os.environ.get("COLUMNS", "") or 120)


console = Console(highlight=False, width=_width())
err_console = Console(stderr=True, highlight=False, width=_width())

GuidesOpt = Annotated[
    list[str] | None,
    typer.Option("--guides", "-g", metavar="PATH",
                 help="Guide files, folders or globs to read instead of the bundled corpus "
                      "(repeatable)."),
]
GraphFileOpt = Annotated[
    Path | None,
    typer.Option("--graph", metavar="FILE",
                 help="A saved graph (from `careergraph build --out FILE`) to use instead of "
                      "parsing guides."),
]
LexiconOpt = Annotated[
    list[str] | None,
    typer.Option("--lexicon", metavar="DIR",
                 help="Extra lexicon folder or .yaml file extending data/lexicon (repeatable)."),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Treat any problem in a guide as an error (exit 2).")
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Rebuild the graph instead of using the cache.")
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON (documented shape) instead "
                                                      "of a table.")]


class GraphSource(BaseModel):
    """Where a command's graph comes from (the shared options, gathered)."""

    guides: list[str] | None = None
    graph_file: Path | None = None
    lexicon: list[str] = []
    strict: bool = False
    use_cache: bool = True
    #: O*NET importance threshold (None: the default of careergraph.guides.taxonomy).
    onet_min_importance: float | None = None

    def load(self, *, show_progress: bool = False) -> CareerGraph:
        """Load the saved graph, or build (or fetch from the cache) the corpus's graph."""
        from careergraph.cache import cached_build
        from careergraph.graph import CareerGraph

        if self.graph_file is not None:
            if self.guides:
                raise typer.BadParameter("give --guides or --graph, not both")
            graph = CareerGraph.load(self.graph_file)
        else:
            progress = _progress_printer() if show_progress else None
            taxonomy = None
            if self.onet_min_importance is not None:
                from careergraph.guides.taxonomy import TaxonomyOptions

                taxonomy = TaxonomyOptions(onet_min_importance=self.onet_min_importance)
            graph = cached_build(self.guides, lexicon_dirs=self.lexicon, strict=self.strict,
                                 use_cache=self.use_cache, progress=progress,
                                 note=print_note, taxonomy=taxonomy)
        if own_process.get():
            # Everything made so far (the modules, a built graph) lives until the process
            # ends: frozen, the collector stops rescanning it in each full collection that
            # the command's own tables set off (46,000 roles at 50,000 guides: 0.1 s).
            gc.freeze()
        return graph


def print_note(text: str) -> None:
    """A one-line note on stderr (the cache repaired itself, or is not usable)."""
    err_console.print(f"[yellow]note:[/] {escape(text)}", markup=True, soft_wrap=True,
                      highlight=False)


def _progress_printer() -> Callable[[int, int, str], None]:
    """A progress bar for building many files (quiet for a handful)."""
    from rich.progress import Progress

    bar: dict[str, Any] = {}

    def update(done: int, total: int, label: str) -> None:
        if total < 20:
            return
        if "progress" not in bar:
            bar["progress"] = Progress(console=err_console, transient=True)
            bar["progress"].start()
            bar["task"] = bar["progress"].add_task("Reading guides", total=total)
        bar["progress"].update(bar["task"], completed=done, description=f"Reading {label}"[:60])
        if done >= total:
            bar["progress"].stop()

    return update


def print_json(value: Any) -> None:
    """Print a pydantic model (``model_dump(mode="json")``) or plain data as JSON."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    elif isinstance(value, list):
        value = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    typer.echo(indented_json(value))


def indented_json(value: Any) -> str:
    r"""``json.dumps(value, indent=2, ensure_ascii=False)``, written by orjson when that
    gives the same text (Python's encoder with an indent is pure Python: 0.6 s for the
    statistics of a 10,000-guide build), else by ``json``.

    >>> indented_json({"a": [1, 0.25, None], "b": {}})
    '{\n  "a": [\n    1,\n    0.25,\n    null\n  ],\n  "b": {}\n}'
    >>> indented_json([1e-05, float("nan")])  # exponents and NaN are json's to write
    '[\n  1e-05,\n  NaN\n]'
    """
    if _same_in_orjson(value):
        with contextlib.suppress(orjson.JSONEncodeError):  # a lone surrogate, say
            return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8")
    return json.dumps(value, indent=2, ensure_ascii=False)


#: Values both encoders write alike whatever they are (no check needed).
_PLAIN = frozenset({str, bool, type(None)})
_KEYS = frozenset({str})


def _same_in_orjson(value: Any) -> bool:
    """True when orjson writes ``value`` as ``json`` does: string keys, integers within 64
    bits, floats that both write in plain decimal form (``json`` writes ``1e-05``, orjson
    ``1e-5``), and only JSON's own types (str, int, float, bool, None, list, tuple, dict).

    Containers are checked a whole at a time where they can be (the types of their keys and
    values gathered in C): ``build --json`` of 10,000 guides prints half a million values.
    """
    pending: list[Iterable[Any]] = [(value,)]
    while pending:
        values = pending.pop()
        if set(map(type, values)) <= _PLAIN:
            continue
        for item in values:
            kind = type(item)
            if kind is dict:
                if not set(map(type, item)) <= _KEYS:
                    return False
                pending.append(item.values())
            elif kind is list or kind is tuple:
                pending.append(item)
            elif kind is float:
                if not (item == 0 or 1e-4 <= abs(item) < 1e16):  # also NaN and infinities
                    return False
            elif kind is int:
                if not -(2**63) <= item < 2**64:
                    return False
            elif kind not in _PLAIN:
                return False
    return True


P = ParamSpec("P")
R = TypeVar("R")


def handle_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Turn careergraph's errors into a short red message and the documented exit code.

    ``--debug`` (or ``CAREERGRAPH_DEBUG=1``) shows the traceback instead.
    """

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except CareerGraphError as exc:
            if _debugging():
                raise
            code = next(c for cls, c in EXIT_CODES.items() if isinstance(exc, cls))
            # The message quotes paths and names: "[ab]*.txt" is text, not markup.
            message = escape(display_name(exc, _ERROR_CHARS))
            err_console.print(f"[bold red]error:[/] {message}", markup=True, soft_wrap=True,
                              highlight=False)
            raise typer.Exit(code) from None

    return wrapper


#: True in the ``careergraph`` process itself (set by :func:`careergraph.cli.main`, which
#: ends the process after one command), False where the CLI runs inside another program.
own_process: ContextVar[bool] = ContextVar("careergraph_own_process", default=False)

#: ``careergraph --debug`` for the command being run (set by the root callback).
debug_mode: ContextVar[bool] = ContextVar("careergraph_debug", default=False)


def _debugging() -> bool:
    return debug_mode.get() or os.environ.get("CAREERGRAPH_DEBUG", "") not in ("", "0")
