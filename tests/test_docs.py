"""Every CLI command has help with an example and is documented in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from careergraph.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    assert hasattr(group, "commands")
    return sorted(group.commands)


def test_the_cli_has_the_commands_the_issues_name() -> None:
    assert {"build", "stats", "role", "export"} <= set(_commands())


@pytest.mark.parametrize("command", _commands())
def test_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


@pytest.mark.parametrize("command", _commands())
def test_command_is_in_the_readme(command: str) -> None:
    assert f"careergraph {command}" in README


def test_ci_runs_the_readme_test_command() -> None:
    root = Path(__file__).resolve().parents[1]
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    assert "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in ci
