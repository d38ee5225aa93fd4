"""Checks the taxonomy import tests share."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.guides.taxonomy import claim, import_bundle
from careergraph.model import Guide


def check_cli_build_and_role(cli: CliRunner, folder: Path, built: str, query: str,
                             name: str) -> None:
    """``careergraph build`` of a downloaded taxonomy says ``built``, and ``careergraph
    role`` finds the role ``name`` under another of its titles, ``query``."""
    result = cli.invoke(app, ["build", str(folder)])
    assert result.exit_code == 0, result.output
    assert built in result.output
    role = cli.invoke(app, ["role", query, "--guides", str(folder), "--json"])
    assert role.exit_code == 0, role.output
    assert f'"name": "{name}"' in role.output


def import_folder(folder: Path) -> dict[str, Guide]:
    """The guides of the taxonomy a folder holds, by role title."""
    bundles, _, _ = claim([(path.name, path) for path in sorted(folder.iterdir())])
    return {guide.role.text: guide for guide in import_bundle(bundles[0]).guides}
