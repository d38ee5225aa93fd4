"""Snapshots of the local engine: the loaded graph kept as an RDB file, restored at start-up.

Loading every node and relationship into a fresh engine costs seconds on a large corpus;
restoring the engine's own snapshot (FalkorDB persists through Redis' RDB format) costs a
fraction of that.  A snapshot is keyed by the graph's *digest* (given by the caller, see
``careergraph.cli.engine_cmds.source_digest``) and by :func:`engine_fingerprint` (the loader's
statements and code, the engine's module), so it is rebuilt whenever either changes.

:func:`start_loaded` is the one entry point: it restores the snapshot when there is a good
one and only otherwise calls ``load()`` for the graph, loads it, and publishes a new snapshot.

* **Atomic.** The engine ``SAVE``\\ s into its private folder (Redis writes a temporary file
  and renames it), the file is linked or copied into the snapshot folder under a unique
  temporary name, then renamed over the snapshot: readers see the old file or the new one.
* **Concurrent.** Two commands building the same snapshot each publish a complete file; the
  last rename wins.  A restoring engine reads its own hard link, so a snapshot replaced or
  deleted meanwhile does not disturb it.
* **Checked.** Redis refuses a damaged file at start-up (RDB checksum, signature, short
  read); a file that loads but holds another graph fails the marker check (the key
  :data:`META_KEY` must hold the expected identity).  Either way the snapshot is deleted and
  rebuilt, and ``note`` gets one line saying so.

>>> snapshot_path(Path("/cache/engine"), "abc").name.startswith("graph-")
True
>>> folder = Path("/c")
>>> snapshot_path(folder, "abc") == snapshot_path(folder, "abc") != snapshot_path(folder, "abd")
True
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import time
import uuid
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careergraph.cachedir import keep_recent, touch
from careergraph.errors import EngineUnavailableError
from careergraph.stores.falkor import DEFAULT_GRAPH, FalkorStore
from careergraph.stores.local import LocalEngine, find_binaries

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = [
    "META_KEY",
    "default_folder",
    "engine_fingerprint",
    "identity",
    "loaded_identity",
    "publish",
    "snapshot_path",
    "start_loaded",
]

#: The key (a plain string next to the graph) naming the graph an engine holds.
META_KEY = "careergraph:snapshot"
#: Snapshots kept per folder (the most recently used); older ones are deleted.
KEEP = 4
_TMP_MAX_AGE_S = 3600.0

Note = Callable[[str], None]


def default_folder() -> Path:
    """Where snapshots go when the caller names no folder: beside the graph cache."""
    from careergraph.cache import cache_dir

    folder = cache_dir()
    if folder is None:  # no home folder: beside the long-running engines (private, 0700)
        from careergraph.stores.shared import runtime_root

        return runtime_root() / "engine"
    return folder / "engine"


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """A digest of what shapes a snapshot besides the graph: careergraph's version, the
    loader's Cypher files and code, and the engine module (by size and name).

    >>> len(engine_fingerprint())
    64
    """
    from careergraph import __version__
    from careergraph.resources import cypher_dir

    digest = hashlib.sha256(f"careergraph {__version__}\n".encode())
    here = Path(__file__).resolve().parent
    files = [*sorted((cypher_dir() / "load").glob("*.cypher")),
             *sorted(cypher_dir().glob("schema*.cypher")), here / "rows.py", here / "falkor.py"]
    for path in files:
        digest.update(f"{path.name}\n".encode())
        digest.update(path.read_bytes())
    with contextlib.suppress(EngineUnavailableError):
        server, module = find_binaries()
        for binary in (server, module):
            digest.update(f"{binary.name} {binary.stat().st_size}\n".encode())
    return digest.hexdigest()


def identity(digest: str) -> str:
    """What an engine loaded from ``digest`` holds under :data:`META_KEY`.

    >>> identity("abc") == identity("abc") != identity("abd")
    True
    """
    return hashlib.sha256(f"{digest}\n{engine_fingerprint()}".encode()).hexdigest()


def snapshot_path(folder: Path, digest: str) -> Path:
    """The snapshot file of the graph ``digest`` in ``folder``."""
    return folder / f"graph-{identity(digest)[:32]}.rdb"


def loaded_identity(engine: LocalEngine) -> str | None:
    """The identity an engine's data carries (None for an empty or foreign engine)."""
    value: Any = engine.client().connection.get(META_KEY)
    return value.decode() if isinstance(value, bytes) else value


def start_loaded(digest: str, load: Callable[[], CareerGraph], *,
                 folder: Path | None = None, note: Note | None = None,
                 make: Callable[[Path | None], LocalEngine] | None = None) -> LocalEngine:
    """A started engine holding the graph ``digest`` (graph key ``careergraph``).

    Restores the snapshot in ``folder`` (default :func:`default_folder`) when it is good;
    otherwise calls ``load()``, loads the graph and publishes a fresh snapshot (a folder
    that cannot be written only costs the snapshot).  ``make(restore)`` builds the engine
    (default: a private :class:`LocalEngine`); the caller stops it.
    """
    folder = folder or default_folder()
    build = make or (lambda restore: LocalEngine(restore=restore))
    say = note or (lambda _line: None)
    find_binaries()  # a platform without the engine fails here, not as "damaged snapshot"
    path = snapshot_path(folder, digest)
    expected = identity(digest)
    stat = _stat(path)
    if stat is not None:
        engine = build(path)
        try:
            engine.start()
        except EngineUnavailableError as exc:
            say(f"note: the engine snapshot {path} is damaged ({_reason(exc)}); rebuilding it")
        else:
            if loaded_identity(engine) == expected:
                touch(path)  # recently used: kept by the pruning
                return engine
            engine.stop()
            say(f"note: the engine snapshot {path} holds another graph; rebuilding it")
        _discard(path, stat)
    engine = build(None).start()
    try:
        store = FalkorStore(engine.client(), DEFAULT_GRAPH)
        store.load(load())
        store.close()
        engine.client().connection.set(META_KEY, expected)
        try:
            publish(engine, path)
        except OSError as exc:
            say(f"note: cannot keep the engine snapshot in {folder} ({exc.strerror}); "
                f"the next command loads the graph again")
    except BaseException:
        engine.stop()
        raise
    return engine


def publish(engine: LocalEngine, path: Path) -> None:
    """Save the engine's data and put it at ``path`` atomically (see the module docstring)."""
    engine.client().connection.save()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        try:
            os.link(engine.snapshot_file, temporary)  # Redis fsynced the file it saved
        except OSError:
            shutil.copyfile(engine.snapshot_file, temporary)
            with open(temporary, "rb+") as handle:
                os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _prune(path.parent, keep=path)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def _discard(path: Path, seen: os.stat_result) -> None:
    """Delete a bad snapshot unless another command has replaced it meanwhile."""
    now = _stat(path)
    if now is not None and (now.st_ino, now.st_mtime_ns) == (seen.st_ino, seen.st_mtime_ns):
        path.unlink(missing_ok=True)


def _prune(folder: Path, keep: Path) -> None:
    """Keep the :data:`KEEP` most recently used snapshots; drop temporary files that a
    killed command left behind (an hour old)."""
    now = time.time()
    for path in folder.glob(".*.tmp"):
        stat = _stat(path)
        if stat is not None and now - stat.st_mtime > _TMP_MAX_AGE_S:
            path.unlink(missing_ok=True)
    keep_recent(folder, ["graph-*.rdb"], keep=keep, count=KEEP)


def _reason(exc: Exception) -> str:
    text = str(exc).split(": ", 1)[-1]
    return text.split("; run against")[0][:200]
