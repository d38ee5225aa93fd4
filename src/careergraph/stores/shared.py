"""Long-running local engines (``careergraph engine start|stop|status``) and the choice every
local ``careergraph cypher`` makes: the running engine for its graph, else a private one.

A long-running engine is a detached :class:`~careergraph.stores.local.LocalEngine` in its own
folder under :func:`runtime_root` (``$CAREERGRAPH_RUNTIME_DIR``, else
``$XDG_RUNTIME_DIR/careergraph``, else ``<tmp>/careergraph-<uid>``), one per graph digest:
``e-<id>/engine.sock`` (the socket), ``engine.pid``, ``engine.json`` (digest, source, start
time) and ``engine.log``.  The root and every engine folder are private (0700; a root that is
not is refused) and the socket is 0700.  Starting and stopping one take a lock file
(``e-<id>.lock``) so two commands never start the same engine twice.

An engine that was killed (SIGKILL, a reboot of ``/tmp``) leaves its folder: any later
``status``, ``start``, ``stop`` or ``cypher`` finds that the socket does not answer and the
pid is gone, and deletes the folder.  A server is stopped through its own socket
(``SHUTDOWN NOSAVE``), never by pid.

>>> EngineInfo(digest="d", source="bundled corpus", pid=1, socket=Path("/r/s"),
...            folder=Path("/r"), started=0.0, state="running").uptime(now=90.0)
'1m 30s'
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from careergraph.errors import EngineUnavailableError
from careergraph.stores.falkor import DEFAULT_GRAPH, FalkorStore
from careergraph.stores.local import PID_NAME, SOCKET_NAME, LocalEngine, alive, read_pid, shutdown
from careergraph.stores.snapshot import META_KEY, Note, identity, start_loaded

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["EngineInfo", "engine_store", "find", "runtime_root", "start", "status", "stop",
           "stop_all"]

_INFO = "engine.json"
_PREFIX = "e-"
#: A unix socket path longer than this cannot be bound (sun_path is 104-108 bytes).
_MAX_SOCKET = 100
State = Literal["running", "not answering", "stale, cleaned up"]


class EngineInfo(BaseModel):
    """A long-running engine as ``careergraph engine status`` shows it."""

    digest: str
    source: str
    pid: int | None
    socket: Path
    folder: Path
    started: float
    state: State

    def uptime(self, now: float | None = None) -> str:
        """Time since start, e.g. ``2h 5m`` or ``1m 30s``."""
        seconds = int((time.time() if now is None else now) - self.started)
        hours, rest = divmod(max(seconds, 0), 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}h {minutes}m" if hours else f"{minutes}m {seconds}s"


def runtime_root(*, create: bool = True) -> Path:
    """The private folder holding long-running engines (created 0700 when missing and
    ``create``)."""
    explicit = os.environ.get("CAREERGRAPH_RUNTIME_DIR")
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if explicit:
        root = Path(explicit)
    elif xdg and Path(xdg).is_dir():
        root = Path(xdg) / "careergraph"
    else:
        root = Path(tempfile.gettempdir()) / f"careergraph-{os.getuid()}"
    try:
        if create:
            root.mkdir(mode=0o700, exist_ok=True)
        info = root.lstat()
    except OSError as exc:
        raise EngineUnavailableError(f"cannot use {root} for the local engine: "
                                     f"{exc.strerror}") from exc
    if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        raise EngineUnavailableError(
            f"{root} is not a private folder of yours (it must be owned by you, mode 0700, "
            f"not a link); remove it or set CAREERGRAPH_RUNTIME_DIR")
    return root


def _folder(digest: str, *, create: bool = True) -> Path:
    folder = runtime_root(create=create) / f"{_PREFIX}{identity(digest)[:16]}"
    if len(str(folder / SOCKET_NAME)) > _MAX_SOCKET:
        raise EngineUnavailableError(
            f"the engine socket path under {folder.parent} is too long for a unix socket; "
            f"set CAREERGRAPH_RUNTIME_DIR to a shorter folder")
    return folder


@contextlib.contextmanager
def _locked(folder: Path, *, wait: bool = True) -> Iterator[bool]:
    """Hold ``<folder>.lock`` (released by the kernel if this process dies)."""
    import fcntl  # POSIX only, like the engine's binaries: imported where it is needed
    descriptor = os.open(folder.with_suffix(".lock"), os.O_RDWR | os.O_CREAT, 0o600)
    with open(descriptor, "r+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        yield True


def _ping(socket_path: Path) -> dict[str, Any] | None:
    """``INFO server`` plus the engine's :data:`META_KEY`, or None when nothing answers."""
    import redis

    if not socket_path.exists():
        return None
    client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=5)
    try:
        found: dict[str, Any] = dict(client.info("server"))
        meta = client.get(META_KEY)
        found["meta"] = meta.decode() if isinstance(meta, bytes) else meta
        return found
    except (redis.exceptions.RedisError, OSError):
        return None
    finally:
        client.close()


def _inspect(folder: Path, *, have_lock: bool = False) -> EngineInfo | None:
    """The engine in ``folder``; a dead one's folder is deleted (reported once).  Without
    ``have_lock`` the clean-up is skipped while another command holds the folder's lock."""
    try:
        saved = json.loads((folder / _INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    info = EngineInfo(digest=str(saved.get("digest", "?")), source=str(saved.get("source", "?")),
                      pid=read_pid(folder / PID_NAME), socket=folder / SOCKET_NAME,
                      folder=folder, started=float(saved.get("started", 0.0)),
                      state="running")
    answer = _ping(info.socket)
    if answer is not None:
        info.pid = int(answer["process_id"])
        return info
    if info.pid is not None and alive(info.pid) and _is_engine(info.pid, folder):
        info.state = "not answering"
        return info
    with contextlib.nullcontext(True) if have_lock else _locked(folder, wait=False) as mine:
        if not mine or not folder.exists():
            return None  # being started or stopped right now
        shutil.rmtree(folder, ignore_errors=True)
    info.state = "stale, cleaned up"
    return info


def _is_engine(pid: int, folder: Path) -> bool:
    """Whether ``pid`` is the server of ``folder`` (its command line names the socket)."""
    try:
        return str(folder) in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return not Path("/proc/self").exists()  # no /proc (macOS): trust the live pid


def status() -> list[EngineInfo]:
    """Every long-running engine of this user, cleaning up the folders of dead ones."""
    root = runtime_root()
    found = [_inspect(folder) for folder in sorted(root.glob(f"{_PREFIX}*"))
             if folder.is_dir()]
    return [info for info in found if info is not None]


def find(digest: str, *, have_lock: bool = False) -> EngineInfo | None:
    """The running engine holding the graph ``digest``, if there is one."""
    try:
        folder = _folder(digest, create=False)
    except EngineUnavailableError:
        return None  # no usable runtime folder: no long-running engine either
    if not folder.is_dir():
        return None
    answer = _ping(folder / SOCKET_NAME)
    if answer is None:
        _inspect(folder, have_lock=have_lock)  # cleans it up if it is dead
        return None
    if answer.get("meta") != identity(digest):
        return None
    info = _inspect(folder, have_lock=have_lock)
    return info if info is not None and info.state == "running" else None


def start(digest: str, load: Callable[[], CareerGraph], *, source: str,
          snapshots: Path | None = None, note: Note | None = None) -> tuple[EngineInfo, bool]:
    """Start a long-running engine for ``digest`` (restored from its snapshot when there is
    one); ``(info, False)`` when one is already running."""
    folder = _folder(digest)
    with _locked(folder):
        running = find(digest, have_lock=True)
        if running is not None:
            return running, False
        if folder.exists():  # dead, or another graph's engine in a digest-prefix collision
            _stop_folder(folder)
        engine = start_loaded(digest, load, folder=snapshots, note=note,
                              make=lambda restore: LocalEngine(restore=restore, folder=folder,
                                                               detached=True))
        saved = {"digest": digest, "source": source, "started": time.time()}
        temporary = folder / f".{_INFO}.tmp"
        temporary.write_text(json.dumps(saved), encoding="utf-8")
        os.replace(temporary, folder / _INFO)
        return EngineInfo(**saved, pid=engine.pid, socket=engine.socket_path, folder=folder,
                          state="running"), True


def stop(digest: str) -> EngineInfo | None:
    """Stop the long-running engine for ``digest``; None when there was none."""
    folder = _folder(digest)
    if not folder.is_dir():
        return None
    with _locked(folder):
        info = _inspect(folder, have_lock=True)
        if info is not None and info.state != "stale, cleaned up":
            _stop_folder(folder)
        return info


def stop_all() -> list[EngineInfo]:
    """Stop every long-running engine of this user."""
    stopped = []
    for info in status():
        with _locked(info.folder):
            if info.state != "stale, cleaned up":
                _stop_folder(info.folder)
        stopped.append(info)
    return stopped


def _stop_folder(folder: Path) -> None:
    shutdown(folder / SOCKET_NAME, read_pid(folder / PID_NAME))
    shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def engine_store(digest: str | None, load: Callable[[], CareerGraph], *,
                 snapshots: Path | None = None, shared: bool = True,
                 note: Note | None = None) -> Iterator[FalkorStore]:
    """The store a local ``careergraph cypher`` runs on.

    The running long-running engine for ``digest`` when there is one and ``shared``;
    otherwise a private engine, restored from the snapshot of ``digest`` (``load`` is
    called only when the snapshot is missing, stale or damaged), stopped on exit.  Without
    a digest the private engine loads ``load()`` and keeps no snapshot.
    """
    running = find(digest) if digest is not None and shared else None
    if running is not None:
        from falkordb import FalkorDB

        store = FalkorStore(FalkorDB(unix_socket_path=str(running.socket)), DEFAULT_GRAPH,
                            where=f"the local engine (FalkorDB, long-running: pid "
                                  f"{running.pid}; `careergraph engine stop` ends it)")
        try:
            yield store
        finally:
            store.close()
        return
    if digest is None:
        engine = LocalEngine().start()
        try:
            FalkorStore(engine.client(), DEFAULT_GRAPH).load(load())
        except BaseException:
            engine.stop()
            raise
    else:
        engine = start_loaded(digest, load, folder=snapshots, note=note)
    with engine:
        store = FalkorStore(engine.client(), DEFAULT_GRAPH,
                            where="the local engine (FalkorDB, private to this command)")
        try:
            yield store
        finally:
            store.close()
