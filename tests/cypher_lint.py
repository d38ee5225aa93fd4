"""Neo4j's own Cypher linter (``tools/cypher-lint``, Node.js), run as a process.

A :class:`Lint` starts at once and is read later, so the slow full lint of ``cypher/`` can run
in the background from the start of the session (conftest.py) while other tests run.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from careergraph.model import EdgeType, NodeType
from careergraph.resources import cypher_dir

LINT = Path(__file__).resolve().parents[1] / "tools" / "cypher-lint"
ALL_FILES = sorted(cypher_dir().rglob("*.cypher"))


class Lint:
    """One run of the linter over ``targets`` with careergraph's labels and types."""

    def __init__(self, *targets: str) -> None:
        self.problem = ""
        self._process: subprocess.Popen[str] | None = None
        node = shutil.which("node")
        if node is None:
            self.problem = ("Node.js is not installed: Neo4j's linter runs on Node.js 18+ "
                            "(scripts/test.sh installs the linter with npm)")
        elif not (LINT / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
            self.problem = "the linter is not installed: run `npm ci --prefix tools/cypher-lint`"
        else:
            labels = ",".join(["CareerGraph", *(t.value for t in NodeType)])
            types = ",".join(t.value for t in EdgeType)
            self._process = subprocess.Popen(
                [node, str(LINT / "lint.js"), *targets, "--labels", labels, "--types", types],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def result(self) -> tuple[int, list[dict[str, object]]]:
        """The exit status and the per-file results (fails the test if it cannot run)."""
        if self._process is None:
            pytest.fail(self.problem)
        try:
            out, err = self._process.communicate(timeout=120)  # a hang guard
        except subprocess.TimeoutExpired:
            self._process.kill()
            out, err = self._process.communicate()
        assert self._process.returncode in (0, 1), err
        results: list[dict[str, object]] = json.loads(out)
        return self._process.returncode, results

    def close(self) -> None:
        """Stop it if no test read it (a run that deselected the test)."""
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
