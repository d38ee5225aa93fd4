"""Checks the taxonomy import tests share."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from careergraph import CareerGraph
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


def check_windows_1252(folder: Path, file: str, text: str, role: str) -> None:
    """A one-table taxonomy ``text`` saved as Windows-1252 under ``folder``/``file`` gives
    the role ``role``, with a note that the table is not UTF-8."""
    (folder / file).write_bytes(text.encode("cp1252"))
    graph = CareerGraph.from_guides(folder)
    [guide] = graph.report.guides
    assert guide.role == role
    assert any("UTF-8" in p.message for p in graph.report.problems if p.file == file)


def line_of(folder: Path, file: str, text: str) -> int:
    """The 1-based line of ``folder``/``file`` where ``text`` first occurs (read as plain
    text, not as CSV)."""
    lines = (folder / file).read_text(encoding="utf-8-sig").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def import_folder(folder: Path) -> dict[str, Guide]:
    """The guides of the taxonomy a folder holds, by role title."""
    bundles, _, _ = claim([(path.name, path) for path in sorted(folder.iterdir())])
    return {guide.role.text: guide for guide in import_bundle(bundles[0]).guides}


def roles(graph: CareerGraph) -> dict[str, dict]:
    """The Role nodes of a built graph, by name."""
    return {a["name"]: a for _, a in graph.nx.nodes(data=True) if a["type"] == "Role"}


def check_no_moves_sectors_or_seniority(graph: CareerGraph) -> None:
    """A classification's hierarchy is no career ladder: no move, sector or seniority."""
    kinds = {d["type"] for _, _, d in graph.nx.edges(data=True)}
    assert not kinds & {"LEADS_TO", "TRANSITIONS_TO", "IN_SECTOR"}
    assert all(role.get("seniority") is None for role in roles(graph).values())


def check_titles_left_out(graph: CareerGraph, file: str, levels: int, others: int) -> None:
    """The notes on ``file``'s line 1 count the alternative titles left out: ``levels``
    naming another level, ``others`` another guide's title."""
    notes = [p.message for p in graph.report.problems if p.file == file and p.line == 1]
    assert any(n.startswith(f"{levels} alternative titles name an occupation at another "
                            "level") for n in notes)
    assert any(n.startswith(f"{others} alternative titles are another guide's title")
               for n in notes)
