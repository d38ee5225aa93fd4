"""The Neo4j 5 server the tests talk to.

By default the suite starts its own, once per session: ``tools/neo4j-server`` (an embedded
Neo4j 5.26 with a Bolt connector on 127.0.0.1, built by ``scripts/test.sh``), with
authentication on and a password generated here.  ``NEO4J_URI`` (with ``NEO4J_USERNAME`` /
``NEO4J_PASSWORD`` / ``NEO4J_DATABASE``) points the tests at a server of your own instead;
they delete careergraph's data (nodes labelled ``CareerGraph``) there.

Java or the built launcher missing is a test failure with the install hint, never a skip.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import subprocess
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

SERVER_DIR = Path(__file__).resolve().parents[1] / "tools" / "neo4j-server"
JAR = SERVER_DIR / "target" / "neo4j-server.jar"
RUN = SERVER_DIR / "run"
#: Start-up takes 15-20 s of CPU; on a loaded machine the wall time can be far longer.
START_TIMEOUT = 240.0  # below pytest-timeout's 300 s, so this message is the one shown
INSTALL_HINT = ("the Neo4j tests start a real Neo4j 5 server and need Java 17+ and the "
                "launcher built with Maven: run `bash scripts/test.sh` (it builds "
                "tools/neo4j-server), or `mvn -q -f tools/neo4j-server/pom.xml package`; on "
                "Debian/Ubuntu `apt-get install openjdk-17-jdk-headless maven`. Or point the "
                "tests at a server of your own with NEO4J_URI and NEO4J_PASSWORD.")


class ServerUnavailable(RuntimeError):
    """The test server cannot be started here (the message says what to install)."""


@dataclass(frozen=True)
class Neo4jServer:
    """Where the tests' Neo4j listens, and its credentials."""

    uri: str
    username: str
    password: str
    database: str | None = None

    def env(self) -> dict[str, str]:
        """The ``NEO4J_*`` variables careergraph reads, pointing at this server."""
        env = {"NEO4J_URI": self.uri, "NEO4J_USERNAME": self.username,
               "NEO4J_PASSWORD": self.password}
        if self.database:
            env["NEO4J_DATABASE"] = self.database
        return env

    def with_scheme(self, scheme: str) -> str:
        """The same server under another URI scheme (``neo4j`` for routing)."""
        return f"{scheme}://{self.uri.split('://', 1)[1]}"


def external(env: Mapping[str, str] | None = None) -> Neo4jServer | None:
    """The server ``NEO4J_URI`` names, if set."""
    env = os.environ if env is None else env
    uri = env.get("NEO4J_URI")
    if not uri:
        return None
    return Neo4jServer(uri=uri, username=env.get("NEO4J_USERNAME", "neo4j"),
                       password=env.get("NEO4J_PASSWORD", ""),
                       database=env.get("NEO4J_DATABASE") or None)


@contextlib.contextmanager
def started(log: Path) -> Iterator[Neo4jServer]:
    """Start ``tools/neo4j-server`` on a free port; stop it (and delete its data) on exit.

    The server watches its standard input: if this process dies, the pipe closes and the
    server stops too, so no test run leaves a Neo4j behind.
    """
    if shutil.which("java") is None:
        raise ServerUnavailable(f"no `java` on PATH: {INSTALL_HINT}")
    if not JAR.is_file():
        raise ServerUnavailable(f"{JAR} is not built: {INSTALL_HINT}")
    password = secrets.token_urlsafe(18)
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [str(RUN), "--watch-stdin"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=stderr, env={**os.environ, "NEO4J_PASSWORD": password})
        try:
            uri = _first_line(process, START_TIMEOUT)
            if not uri.startswith("bolt://"):
                raise ServerUnavailable(f"the Neo4j test server did not start "
                                        f"(exit {process.poll()}); its log: {log}\n"
                                        f"{_tail(log)}")
            yield Neo4jServer(uri=uri, username="neo4j", password=password)
        finally:
            _stop(process)


def _first_line(process: subprocess.Popen[bytes], timeout: float) -> str:
    """The first line the server prints (its URI), or '' if it exits or times out."""
    assert process.stdout is not None
    stdout = process.stdout
    line: list[bytes] = []
    reader = threading.Thread(target=lambda: line.append(stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    return line[0].decode().strip() if line else ""


def _stop(process: subprocess.Popen[bytes]) -> None:
    # Closing stdin is the server's signal to shut down cleanly (Bolt, then the stores,
    # then the temporary data folder); SIGTERM does the same, SIGKILL is the last resort.
    with contextlib.suppress(OSError):
        if process.stdin is not None:
            process.stdin.close()
    for stop, wait in ((None, 60.0), (process.terminate, 30.0), (process.kill, 10.0)):
        if stop is not None:
            stop()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(wait)
            break
    if process.stdout is not None:
        process.stdout.close()


def _tail(log: Path, lines: int = 20) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


class Starting:
    """:func:`started` run in a background thread, so the JVM starts while other tests run.

    :meth:`server` waits for it (the server, or the reason it could not start, exactly as
    :func:`started` gives them); :meth:`stop` stops it, whether or not anyone waited.
    """

    def __init__(self, log: Path) -> None:
        self._context = started(log)
        self._server: Neo4jServer | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._enter, name="neo4j-start", daemon=True)
        self._thread.start()

    def _enter(self) -> None:
        try:
            self._server = self._context.__enter__()
        except BaseException as exc:  # handed to the test that waits, like a direct start
            self._error = exc

    def server(self) -> Neo4jServer:
        """The started server; raises what starting it raised (:class:`ServerUnavailable`)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._server is not None
        return self._server

    def stop(self) -> None:
        self._thread.join()
        if self._server is not None:
            self._server = None
            self._context.__exit__(None, None, None)
