"""``python -m careergraph`` runs the same command line as the ``careergraph`` script."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SRC = str(Path(__file__).resolve().parents[1] / "src")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": _SRC}
    return subprocess.run([sys.executable, "-m", "careergraph", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_module_lists_the_commands() -> None:
    done = _run("--help")
    assert done.returncode == 0, done.stderr
    for command in ("build", "path", "role", "cypher"):
        assert command in done.stdout


def test_module_reports_a_bad_command_like_the_script() -> None:
    done = _run("no-such-command")
    assert done.returncode == 2
    assert "no-such-command" in done.stderr
