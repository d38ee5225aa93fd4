"""``careergraph cache info|prune|clear``: what the cache folder holds, and freeing it.

The library side is :mod:`careergraph.cachedir`; this module only turns options into calls
and prints.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from careergraph.cachedir import KEEP_PARSED_DAYS
from careergraph.cli.common import JsonOpt, console, handle_errors, print_json

__all__ = ["cache_app", "register"]

cache_app = typer.Typer(
    name="cache", no_args_is_help=True, rich_markup_mode="rich",
    help="The cache of built graphs and parsed guides: how big it is, and freeing it.\n\n"
         "Example: [bold]careergraph cache info[/]")


def _folder() -> Path:
    from careergraph.cache import cache_dir

    folder = cache_dir()
    if folder is None:
        raise typer.BadParameter("there is no cache folder (HOME and CAREERGRAPH_CACHE_DIR "
                                 "are unset)")
    return folder


def _mib(size: int) -> str:
    return f"{size / 1024**2:,.1f} MiB"


def _usage_row(usage: Any) -> dict[str, Any]:
    return {**asdict(usage), "folder": str(usage.folder), "total_bytes": usage.total_bytes}


@cache_app.command("info")
@handle_errors
def info(as_json: JsonOpt = False) -> None:
    """Show the cache folder and what its graph stores, parse cache and engine snapshots
    take.

    Example: [bold]careergraph cache info --json[/]
    """
    from careergraph.cachedir import usage

    found = usage(_folder())
    if as_json:
        print_json(_usage_row(found))
        return
    console.print(f"cache folder {escape(str(found.folder))}: {_mib(found.total_bytes)}",
                  soft_wrap=True)
    console.print(f"  graph stores: {found.stores}, {_mib(found.store_bytes)}")
    console.print(f"  parsed guides: {_mib(found.parse_cache_bytes)}")
    console.print(f"  engine snapshots: {found.snapshots}, {_mib(found.snapshot_bytes)}")
    console.print(f"  build states: {found.build_states}, {_mib(found.build_state_bytes)}")
    console.print(f"  other: {_mib(found.other_bytes)}")


@cache_app.command("prune")
@handle_errors
def prune(
    keep: Annotated[int, typer.Option("--keep", min=0,
                                      help="Graph stores and build states to keep (the most "
                                           "recently used).")]
    = 1,
    parsed_days: Annotated[int, typer.Option(
        "--parsed-days", min=0,
        help="Forget parsed guides not used for this many days (builds forget after "
             f"{KEEP_PARSED_DAYS}) and shrink the parse cache.")] = KEEP_PARSED_DAYS,
    as_json: JsonOpt = False,
) -> None:
    """Delete all but the most recently used graph stores and build states (builds keep 8 of
    each on their own), and the parsed guides no build used for --parsed-days days.

    Example: [bold]careergraph cache prune --keep 2 --parsed-days 7[/]
    """
    from careergraph.cachedir import prune_parsed, prune_states, prune_stores

    folder = _folder()
    if not folder.is_dir():
        deleted: list[Path] = []
        states: list[Path] = []
        entries, freed = 0, 0
    else:
        deleted = prune_stores(folder, count=keep)
        states = prune_states(folder, count=keep)
        pruned = prune_parsed(folder, parsed_days)
        entries, freed = pruned.entries, pruned.freed_bytes
    if as_json:
        print_json({"deleted": [str(path) for path in deleted],
                    "deleted_states": [str(path) for path in states],
                    "parsed_entries_deleted": entries, "parsed_bytes_freed": freed})
        return
    console.print(f"deleted {len(deleted)} graph store{'' if len(deleted) == 1 else 's'} "
                  f"and {len(states)} build state{'' if len(states) == 1 else 's'} "
                  f"from {escape(str(folder))}", soft_wrap=True)
    console.print(f"forgot {entries} parsed guide{'' if entries == 1 else 's'} unused for "
                  f"{parsed_days} days: {_mib(freed)} freed")


@cache_app.command("clear")
@handle_errors
def clear(as_json: JsonOpt = False) -> None:
    """Delete everything in the cache folder: stores, parsed guides, engine snapshots.  The
    next command builds again.

    Example: [bold]careergraph cache clear[/]
    """
    from careergraph.cachedir import clear as clear_folder

    folder = _folder()
    freed = clear_folder(folder)
    if as_json:
        print_json({"folder": str(folder), "freed_bytes": freed})
        return
    console.print(f"cleared {escape(str(folder))}: {_mib(freed)} freed", soft_wrap=True)


def register(app: typer.Typer) -> None:
    """Add the ``cache`` command group to ``app``."""
    app.add_typer(cache_app, name="cache")
