"""Helpers for tests that run careergraph commands as real processes next to real engines:
a sandboxed environment (own cache, runtime folder and TMPDIR; optionally a warm cache) and a
/proc process finder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
#: What says where a sandbox's engines live.
ENGINE_ENV = ("CAREERGRAPH_CACHE_DIR", "CAREERGRAPH_RUNTIME_DIR", "TMPDIR")


@pytest.fixture()
def sandbox() -> Iterator[dict[str, str]]:
    """Environment for CLI subprocesses: own cache, own runtime folder, own TMPDIR (so
    their engines' folders, and the processes naming them, are told apart from others')."""
    root = Path(tempfile.mkdtemp(prefix="cg-"))
    (root / "tmp").mkdir()
    env = {**os.environ, "CAREERGRAPH_CACHE_DIR": str(root / "cache"),
           "CAREERGRAPH_RUNTIME_DIR": str(root / "run"), "TMPDIR": str(root / "tmp"),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    yield env
    # The safety net for a test that failed half-way: the CLI in this process (no new
    # interpreter to start), as stopping is not what these tests check.
    CliRunner().invoke(app, ["engine", "stop", "--all"], env={k: env[k] for k in ENGINE_ENV})
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def built_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder holding the bundled corpus's graph, built once per session in this
    process: the cold build (~5 CPU s in a new interpreter) every fresh sandbox's first
    command would otherwise repeat."""
    folder = tmp_path_factory.mktemp("built-cache") / "cache"
    built = CliRunner().invoke(app, ["build"], env={"CAREERGRAPH_CACHE_DIR": str(folder)})
    assert built.exit_code == 0, built.output
    return folder


@pytest.fixture()
def warm_sandbox(sandbox: dict[str, str], built_cache: Path) -> dict[str, str]:
    """:func:`sandbox` whose cache already holds the bundled corpus's graph (a copy of
    :func:`built_cache`; no engine snapshot): for tests of engines and processes, not of
    builds.  Cold builds by real processes stay tested where the build is the point
    (``test_two_starts_at_once_give_one_engine``, test_storage_faults, test_faults_*)."""
    shutil.copytree(built_cache, sandbox["CAREERGRAPH_CACHE_DIR"])
    return sandbox


def cli(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", MAIN, *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def processes_naming(text: str) -> list[str]:
    """Command lines of live processes that mention ``text`` (Linux /proc)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(
                errors="replace")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if text in cmdline and state not in ("Z", "X"):
            found.append(cmdline)
    return found


MAIN = "import sys; from careergraph.cli import main; sys.argv[0] = 'careergraph'; main()"
COUNT = "MATCH (r:Role) RETURN count(r) AS roles"


