"""A build killed while parsing leaves no worker process behind (issue 12, case 11).

The real CLI parses a generated corpus large enough to use worker processes, its output read
through a pipe as a shell pipeline would; once its workers exist, careergraph alone gets a
real SIGKILL, SIGTERM or SIGINT.  The pipe must then reach its end (the workers held copies of it)
and every worker must be gone.  Timeouts here only guard against a hang.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from benchmarks.generate import generate

from careergraph.guides.pool import PARALLEL_MIN_FILES

SRC = Path(__file__).resolve().parents[1] / "src"


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("big")
    generate(PARALLEL_MIN_FILES * 6, out)
    return out / "guides"


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(part) for part in text.split()]


def _alive(pid: int) -> bool:
    """Running (a zombie waiting to be reaped by init has already exited)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _wait_for_workers(pid: int) -> list[int]:
    deadline = time.monotonic() + 240  # a hang guard, not a measurement
    while time.monotonic() < deadline:
        workers = _children(pid)
        if workers:
            return workers
        time.sleep(0.05)
    pytest.fail("careergraph never started its worker processes")


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_killed_build_leaves_no_workers(big_corpus: Path, tmp_path: Path,
                                        signum: signal.Signals) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "CAREERGRAPH_CACHE_DIR": str(tmp_path)}
    build = subprocess.Popen(
        [sys.executable, "-c", "from careergraph.cli import main; main()", "build",
         str(big_corpus), "--no-cache"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    workers = _wait_for_workers(build.pid)
    build.send_signal(signum)
    try:
        build.communicate(timeout=120)  # ends only when no process holds the pipe
    except subprocess.TimeoutExpired:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        build.kill()
        pytest.fail(f"the pipe never closed: workers {workers} outlived careergraph")
    # careergraph stops the workers itself, then dies of the signal (a shell shows 128 + N).
    assert build.returncode == -signum
    # The pipe closes as a dying worker closes its files, a moment before it is gone.
    deadline = time.monotonic() + 60
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert [pid for pid in workers if _alive(pid)] == []


# Where prctl is missing (macOS, BSD), each worker runs this watchdog instead.  A parent
# forks a child that runs it and reports the child's pid; the parent then gets SIGKILL.
WATCHED = """
import os, sys, time
from careergraph.guides.lifetime import watch_parent as _watch_parent
parent = os.getpid()
child = os.fork()
if child == 0:
    _watch_parent(parent)
    os._exit(0)
print(child, flush=True)
time.sleep(600)
"""


def test_watchdog_ends_a_worker_whose_parent_was_killed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    parent = subprocess.Popen([sys.executable, "-c", WATCHED], stdout=subprocess.PIPE,
                              text=True, env=env)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    assert _alive(child)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 60  # a hang guard, not a measurement
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    if _alive(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail("the watchdog did not end the orphaned worker")
