"""What the cache folder holds, and keeping it from growing without end.

The cache folder (:func:`careergraph.cache.cache_dir`) holds one graph store per input set
and version of the inputs a command has seen (``graph-<key>.db``), the parse cache
(``parsed.db``), the stat manifest (``manifest.db``), the build states of incremental
resolution (``state-<inputs>.db``, the most recently used :data:`KEEP_STORES` kept) and the
local Cypher engine's snapshots (``engine/graph-<digest>.rdb``).  Every edit of a corpus
makes a new store, and a store of 50,000 guides weighs more than a gigabyte, so stores are
kept like the engine's snapshots:
the most recently *used* ones (opening a store from the cache touches it), at most
:data:`KEEP_STORES` of them and :data:`MAX_STORE_BYTES` together, the one in use always
kept.  Deleting a store another command has open is safe: it keeps reading the file it opened
(POSIX), and a command that finds its store gone builds it again.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> for n, used in enumerate([300, 100, 200]):  # graph-a.db used last
...     store = folder / f"graph-{'abc'[n]}.db"
...     _ = store.write_bytes(b"x" * 10)
...     os.utime(store, (used, used))
>>> [p.name for p in prune_stores(folder, count=2)]
['graph-b.db']
>>> usage(folder).stores, usage(folder).store_bytes
(2, 20)
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = ["KEEP_PARSED_DAYS", "KEEP_STORES", "MAX_STORE_BYTES", "STATE_GLOB", "STORE_GLOB",
           "CacheUsage", "ParsedPruned", "clear", "keep_recent", "prune_parsed", "prune_states",
           "prune_stores", "touch", "usage"]

#: Graph stores kept in the cache folder (the most recently used ones) ...
KEEP_STORES = 8
#: ... and at most this many bytes of them (the store in use is kept whatever its size).
MAX_STORE_BYTES = 4 * 1024**3
#: Graph stores of every format this and earlier versions wrote.
STORE_GLOB = ("graph-*.db", "graph-*.json")
#: Build states of incremental resolution, one per input set (kept like the stores).
STATE_GLOB = ("state-*.db",)
#: Parsed guides not used for this many days are forgotten by the next build.
KEEP_PARSED_DAYS = 30


@dataclass(frozen=True)
class CacheUsage:
    """Files and bytes in a cache folder, by kind."""

    folder: Path
    stores: int = 0
    store_bytes: int = 0
    parse_cache_bytes: int = 0
    snapshots: int = 0
    snapshot_bytes: int = 0
    build_states: int = 0
    build_state_bytes: int = 0
    other_bytes: int = 0

    @property
    def total_bytes(self) -> int:
        return (self.store_bytes + self.parse_cache_bytes + self.snapshot_bytes
                + self.build_state_bytes + self.other_bytes)


@dataclass(frozen=True)
class ParsedPruned:
    """What :func:`prune_parsed` freed."""

    entries: int
    freed_bytes: int


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None  # removed by another command meanwhile


def _matching(folder: Path, patterns: Iterable[str]) -> list[Path]:
    return [path for pattern in patterns for path in folder.glob(pattern)]


def usage(folder: Path) -> CacheUsage:
    """How much each kind of cache file takes in ``folder`` (nothing when it is absent).

    >>> usage(Path("/nonexistent")).total_bytes
    0
    """
    if not folder.is_dir():
        return CacheUsage(folder)
    stores = [s for s in map(_size, _matching(folder, STORE_GLOB)) if s is not None]
    snapshots = [s for s in map(_size, _matching(folder / "engine", ["graph-*.rdb"]))
                 if s is not None]
    states = [s for s in map(_size, _matching(folder, STATE_GLOB)) if s is not None]
    parse_cache = sum(s or 0 for s in map(_size, folder.glob("parsed.db*")))
    everything = sum(s or 0 for s in map(_size, (p for p in folder.rglob("*") if p.is_file())))
    return CacheUsage(folder, stores=len(stores), store_bytes=sum(stores),
                      parse_cache_bytes=parse_cache, snapshots=len(snapshots),
                      snapshot_bytes=sum(snapshots), build_states=len(states),
                      build_state_bytes=sum(states),
                      other_bytes=(everything - sum(stores) - sum(snapshots) - parse_cache
                                   - sum(states)))


def touch(path: Path) -> None:
    """Mark ``path`` as just used, so that pruning keeps it (best effort)."""
    with contextlib.suppress(OSError):
        os.utime(path)


def keep_recent(folder: Path, patterns: Iterable[str], *, keep: Path | None, count: int,
                max_bytes: int | None = None) -> list[Path]:
    """Delete all but the ``count`` most recently used files of ``folder`` matching
    ``patterns`` (and, with ``max_bytes``, the oldest of those beyond that many bytes);
    ``keep`` is always kept and counted.  Returns the paths deleted."""
    found: list[tuple[int, Path, int]] = []
    for path in _matching(folder, patterns):
        with contextlib.suppress(OSError):
            stat = path.stat()
            found.append((stat.st_mtime_ns, path, stat.st_size))
    found.sort(key=lambda item: (item[1] != keep, -item[0], item[1].name))
    kept_bytes, deleted = 0, []
    for n, (_, path, size) in enumerate(found):
        if path == keep or (n < count and (max_bytes is None or kept_bytes + size <= max_bytes)):
            kept_bytes += size
            continue
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            deleted.append(path)
    return deleted


def prune_stores(folder: Path, keep: Path | None = None, *, count: int = KEEP_STORES,
                 max_bytes: int = MAX_STORE_BYTES) -> list[Path]:
    """Keep the most recently used graph stores of the cache ``folder`` (see the module
    docstring); returns the stores deleted."""
    return keep_recent(folder, STORE_GLOB, keep=keep, count=count, max_bytes=max_bytes)


def prune_states(folder: Path, keep: Path | None = None, *, count: int = KEEP_STORES
                 ) -> list[Path]:
    """Keep the ``count`` most recently used build states (one per input set); a pruned
    state only costs the next build of its inputs a full name resolution."""
    return keep_recent(folder, STATE_GLOB, keep=keep, count=count)


def prune_parsed(folder: Path, days: int = KEEP_PARSED_DAYS) -> ParsedPruned:
    """Forget the parsed guides of ``folder``'s parse cache not used in the last ``days``
    days, and shrink the file (a build only reuses the space).

    >>> import tempfile
    >>> prune_parsed(Path(tempfile.mkdtemp()))
    ParsedPruned(entries=0, freed_bytes=0)
    """
    from careergraph.storage.parsecache import ParseCache

    path = folder / "parsed.db"
    if not path.is_file():
        return ParsedPruned(0, 0)
    before = usage(folder).parse_cache_bytes
    cache = ParseCache.open(path, lambda _message: None)
    if cache is None:
        return ParsedPruned(0, 0)
    try:
        entries = cache.forget_unused(days)
        cache.compact()
    finally:
        cache.close()
    return ParsedPruned(entries, max(0, before - usage(folder).parse_cache_bytes))


def clear(folder: Path) -> int:
    """Delete the cache folder's contents; returns the bytes freed.  Commands running at the
    same time finish with the files they opened; the next command starts a new cache."""
    before = usage(folder).total_bytes
    if folder.is_dir():
        for path in folder.iterdir():
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
    return before - usage(folder).total_bytes
