"""One firm named with and without its legal form is one Employer node (rule ``legal-form``),
explained in the build report, the same when resolved by components or rebuilt after an edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.explain import explain_name
from careergraph.graph import CareerGraph
from test_components import _check
from test_incremental import Builds

PAGES = {
    "coach-driver.txt": "Coach Driver\n\nEmployers\n- Fenwick Coaches Ltd\n"
                        "- Arlo & Tate Travel, Inc.\n- Mossgiel Tours Pty. Ltd.\n\n"
                        "Skills\n- Route planning\n",
    "coach-mechanic.txt": "Coach Mechanic\n\nEmployers\n- Fenwick Coaches\n- Arlo & Tate Travel\n"
                          "- Mossgiel Tours Pty Ltd\n- Ltd\n\nSkills\n- Diesel engines\n",
    "tour-leader.txt": "Tour Leader\n\nEmployers\n- Fenwick Travel Group\n- Mossgiel Tours\n\n"
                      "Skills\n- Storytelling\n",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _employers(graph: CareerGraph) -> list[str]:
    return sorted(data["name"] for node, data in graph.nx.nodes(data=True)
                  if node.startswith("employer:"))


def test_one_firm_with_and_without_its_legal_form_is_one_employer(tmp_path: Path) -> None:
    graph = CareerGraph.from_guides([_corpus(tmp_path / "guides")])
    # Fenwick Travel Group is another firm; a legal form alone names none.
    assert _employers(graph) == ["Arlo & Tate Travel", "Fenwick Coaches",
                                 "Fenwick Travel Group", "Mossgiel Tours"]


def test_the_join_is_explained_with_its_rule_and_line(tmp_path: Path) -> None:
    graph = CareerGraph.from_guides([_corpus(tmp_path / "guides")])
    found = explain_name(graph, "Fenwick Coaches Ltd")
    joined = [(Path(r.file).name, r.line, r.rule) for r in found.spellings
              if r.text == "Fenwick Coaches Ltd"]
    assert joined == [("coach-driver.txt", 4, "legal-form")], found.spellings


def test_components_resolve_the_legal_form_join_alone(tmp_path: Path) -> None:
    parts, entities = _check(_corpus(tmp_path / "guides"))
    assert parts >= 1 and entities >= 4


def test_an_edit_that_drops_the_bare_name_rebuilds_as_a_cold_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guides = _corpus(tmp_path / "guides")
    builds = Builds(guides, tmp_path, monkeypatch)
    builds.check("full")
    page = guides / "coach-mechanic.txt"
    page.write_text(page.read_text(encoding="utf-8").replace("- Fenwick Coaches\n", ""),
                    encoding="utf-8")
    graph = builds.check("incremental")
    assert "Fenwick Coaches Ltd" in _employers(graph)
