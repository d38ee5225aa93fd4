"""``careergraph engine start|stop|status``: the lifecycle of a long-running engine, its use by
``careergraph cypher``, and clean-up after it is killed.  Real processes and signals."""

from __future__ import annotations

import json
import os
import signal
import stat
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.graph import CareerGraph
from engine_fixtures import (  # noqa: F401
    COUNT,
    ENGINE_ENV,
    built_cache,
    cli,
    processes_naming,
    sandbox,
    warm_sandbox,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def run(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    process = cli(env, *args)
    out, err = process.communicate(timeout=180)
    return process.returncode, out, err


def ok(env: dict[str, str], *args: str) -> str:
    code, out, err = run(env, *args)
    assert code == 0, err
    assert "Traceback" not in err
    return out


def here(env: dict[str, str], *args: str) -> str:
    """A command run in this process (no interpreter to start), for the steps that are not
    what the test checks of a real process (a clean-up stop, a repeated query): the engine
    it talks to is a real process either way."""
    result = CliRunner().invoke(app, list(args), env={k: env[k] for k in ENGINE_ENV})
    assert result.exit_code == 0 and result.exception is None, result.output
    return result.stdout


def engines(env: dict[str, str]) -> list[dict[str, Any]]:
    """``engine status --json`` run in this process (no interpreter to start): the listing is
    checked here; the real binary's ``engine status`` runs in the tests below as well."""
    result = CliRunner().invoke(app, ["engine", "status", "--json"],
                                env={k: env[k] for k in ENGINE_ENV})
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def roles(corpus_graph: CareerGraph) -> int:
    return sum(1 for _, a in corpus_graph.nodes() if a["type"] == "Role")


def test_start_status_query_stop(warm_sandbox: dict[str, str],  # noqa: F811
                                 corpus_graph: CareerGraph) -> None:
    assert engines(warm_sandbox) == []
    # In this process (the real binary's status runs below, and after a kill): the text.
    assert "no long-running engine" in here(warm_sandbox, "engine", "status")
    started = json.loads(ok(warm_sandbox, "engine", "start", "--json"))
    assert started["started_now"] and started["state"] == "running"
    pid, socket = started["pid"], Path(started["socket"])
    # named by the graph's content digest: the same graph whatever the command read it from
    assert started["digest"] == corpus_graph.digest and started["source"] == "the bundled corpus"
    # private: the folder and the socket are the user's alone
    assert stat.S_IMODE(socket.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(socket.parent.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(socket.stat().st_mode) & 0o077 == 0
    [listed] = engines(warm_sandbox)
    assert (listed["pid"], listed["socket"], listed["digest"]) == (pid, str(socket),
                                                                  started["digest"])
    assert listed["uptime"].endswith("s")
    text = ok(warm_sandbox, "engine", "status")
    assert f"pid {pid}" in text and str(socket) in text and "up " in text
    # cypher uses it, and answers like a private engine
    answer = ok(warm_sandbox, "cypher", COUNT, "--json")
    assert json.loads(answer)["rows"] == [{"roles": roles(corpus_graph)}]
    assert f"long-running: pid {pid}" in json.loads(answer)["target"]
    # a write runs on a private engine (a real one, started from this process): the
    # long-running one never changes
    here(warm_sandbox, "cypher", "--write", "MATCH (r:Role) DETACH DELETE r")
    assert json.loads(here(warm_sandbox, "cypher", COUNT, "--json"))["rows"] == [
        {"roles": roles(corpus_graph)}]
    # starting again is harmless
    again = json.loads(here(warm_sandbox, "engine", "start", "--json"))
    assert not again["started_now"] and again["pid"] == pid
    stopped = json.loads(ok(warm_sandbox, "engine", "stop", "--json"))
    assert [s["pid"] for s in stopped] == [pid]
    assert gone(pid) and not socket.parent.exists()
    assert engines(warm_sandbox) == []
    assert "no long-running engine for this graph" in here(warm_sandbox, "engine", "stop")


def test_an_engine_for_another_graph_is_not_used(warm_sandbox: dict[str, str],  # noqa: F811
                                                 tmp_path: Path) -> None:
    guides = Path(__file__).resolve().parents[1] / "data" / "guides"
    one = sorted(p for p in guides.iterdir() if p.is_file())[0]
    # In this process, as the cypher below (the engine is a real detached process either
    # way; real binaries start engines in the other tests): which engine answers is the
    # command's choice, not the process's, and a real binary's cypher answers privately
    # after a kill, below.
    here(warm_sandbox, "engine", "start", "--guides", str(one))
    answer = json.loads(here(warm_sandbox, "cypher", COUNT, "--json"))  # the bundled corpus
    assert "private to this command" in answer["target"]
    assert len(engines(warm_sandbox)) == 1
    here(warm_sandbox, "engine", "stop", "--all")
    assert engines(warm_sandbox) == []


@pytest.mark.parametrize("then", ["status", "cypher", "start"])
def test_a_killed_engine_is_detected_and_cleaned_up(warm_sandbox: dict[str, str],  # noqa: F811
                                                    corpus_graph: CareerGraph,
                                                    then: str) -> None:
    # Started in this process (the engine is redis's own detached daemon, the same process
    # whoever starts it; the real binary's start is checked above and below): the command
    # after the kill is the real process under test.
    started = json.loads(here(warm_sandbox, "engine", "start", "--json"))
    pid, folder = started["pid"], Path(started["socket"]).parent
    os.kill(pid, signal.SIGKILL)
    assert gone(pid)
    assert folder.exists()  # the socket and folder of a killed server stay …
    if then == "status":
        text = ok(warm_sandbox, "engine", "status")
        assert "dead (killed?), cleaned up" in text and f"pid {pid}" in text
        assert engines(warm_sandbox) == []
    elif then == "cypher":  # … until the next command notices, and answers all the same
        answer = json.loads(ok(warm_sandbox, "cypher", COUNT, "--json"))
        assert answer["rows"] == [{"roles": roles(corpus_graph)}]
        assert "private to this command" in answer["target"]
    else:
        restarted = json.loads(ok(warm_sandbox, "engine", "start", "--json"))
        assert restarted["started_now"] and restarted["pid"] != pid
        here(warm_sandbox, "engine", "stop")
    assert not folder.exists() or then == "start"
    assert processes_naming(str(folder)) == [] or then == "start"


def test_no_process_is_left_by_engine_commands(warm_sandbox: dict[str, str]) -> None:  # noqa: F811
    root = warm_sandbox["CAREERGRAPH_RUNTIME_DIR"]
    ok(warm_sandbox, "engine", "start")
    assert len(processes_naming(root)) == 1  # the server alone: no starter, no watchdog
    ok(warm_sandbox, "engine", "stop")
    assert processes_naming(root) == []
    assert processes_naming(warm_sandbox["TMPDIR"]) == []


def test_two_starts_at_once_give_one_engine(sandbox: dict[str, str]) -> None:  # noqa: F811
    starts = [cli(sandbox, "engine", "start", "--json") for _ in range(2)]
    results = []
    for process in starts:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    assert sorted(r["started_now"] for r in results) == [False, True]
    assert results[0]["pid"] == results[1]["pid"]
    assert len(engines(sandbox)) == 1
    assert len([c for c in processes_naming(sandbox["CAREERGRAPH_RUNTIME_DIR"])
                if "redis-server" in c]) == 1
    here(sandbox, "engine", "stop")
