"""Finding taxonomies among guide files: one folder mixing ESCO, O*NET, schema.org and
ordinary guides; CSV rows spanning lines; files that look like tables but are not."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

from careergraph import CareerGraph
from careergraph.cli import app
from careergraph.guides.tables import Table
from careergraph.guides.taxonomy import claim
from careergraph.model import Severity
from careergraph.resources import guides_dir

FIXTURES = Path(__file__).parent / "fixtures"
TAXONOMY = FIXTURES / "taxonomy"


def _mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    for name in ("esco", "onet", "schemaorg"):
        shutil.copytree(TAXONOMY / name, folder / name)
    shutil.copy(FIXTURES / "guides" / "data-engineer.yaml", folder / "data-engineer.yaml")
    shutil.copy(guides_dir() / "lead-mlops-engineer.card.txt", folder / "lead.card.txt")
    return folder


def test_a_folder_mixing_taxonomies_and_guides_builds_them_all(tmp_path: Path) -> None:
    graph = CareerGraph.from_guides(_mixed(tmp_path))
    layouts = {g.layout.value for g in graph.report.guides}
    assert layouts == {"esco", "onet", "schema_org", "structured", "card"}
    assert len([g for g in graph.report.guides if g.layout.value == "esco"]) == 12
    assert len([g for g in graph.report.guides if g.layout.value == "onet"]) == 12
    assert not graph.report.rejected
    # One node for the job each source names (labels relative to the folder given).
    role = graph.nx.nodes[graph.role("Data Engineers").id]
    places = {(s["file"], s["line"]) for s in role["sources"]}
    assert {("onet/Occupation Data.txt", 2), ("esco/occupations_en.csv", 2),
            ("data-engineer.yaml", 2)} <= places


def test_the_cli_builds_a_mixed_folder(cli: CliRunner, tmp_path: Path) -> None:
    folder = _mixed(tmp_path)
    result = cli.invoke(app, ["build", str(folder)])
    assert result.exit_code == 0, result.output
    assert "0 rejected" in result.output
    assert "esco/ISCOGroups_en.csv:1: warning: skipped" in result.output


def test_csv_rows_start_on_the_line_after_the_previous_row(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b'id,label\r\n1,"two\nlines"\r\n\r\n2,"three\r\nmore\nlines"\r\n3,x\r\n'
                     b'4,"a","b"\r\n')
    table = Table(path, "t.csv", ",")
    assert [(row.line, row["id"]) for row in table.rows()] == [(2, "1"), (5, "2"), (8, "3")]
    assert table.broken == [(9, "3 cells, header has 2")]


def test_csv_files_that_are_no_taxonomy_are_skipped_or_refused(tmp_path: Path) -> None:
    other = tmp_path / "prices.csv"
    other.write_text("item,price\ntea,3\n", encoding="utf-8")
    # Found in a folder it is ignored, as any data file; named directly it is refused.
    assert claim([("prices.csv", other)]) == ([], [], [])
    _, _, problems = claim([("prices.csv", other)], named={"prices.csv"})
    assert [(p.file, p.severity) for p in problems] == [("prices.csv", Severity.ERROR)]
    assert "no ESCO occupations, skills or relations table" in problems[0].message


def test_a_table_named_for_another_kind_is_an_error(tmp_path: Path) -> None:
    wrong = tmp_path / "skills_en.csv"
    shutil.copy(TAXONOMY / "esco" / "occupations_en.csv", wrong)
    _, _, problems = claim([("skills_en.csv", wrong)])
    assert [(p.file, p.line, p.severity) for p in problems] == [
        ("skills_en.csv", 1, Severity.ERROR)]
    assert "named like the ESCO skills table" in problems[0].message
