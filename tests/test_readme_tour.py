"""Every command in the README's quick tour runs as written, in a folder laid out like a
fresh clone (the bundled data and Cypher library at the top)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _tour_commands() -> list[str]:
    section = README.split("## Quick tour", 1)[1].split("\n## ", 1)[0]
    commands: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S):
        for line in block.splitlines():
            command = line.split("  #", 1)[0].strip()
            if command.startswith("careergraph "):
                commands.append(command)
    return commands


def test_the_tour_has_commands() -> None:
    assert len(_tour_commands()) >= 5


@pytest.mark.parametrize("command", _tour_commands())
def test_tour_command_runs(command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    needs_neo4j = "--uri" in command or command.startswith("careergraph load")
    if needs_neo4j and not os.environ.get("NEO4J_URI"):
        pytest.skip("needs a Neo4j server: set NEO4J_URI (see README, Neo4j with Docker)")
    for folder in ("data", "cypher"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CAREERGRAPH_CACHE_DIR", str(tmp_path / ".cache"))
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 0, f"{command}\n{result.output}"
    assert result.output.strip()
