"""Resolution audit (helper audit1): British and American spellings of one name are one node;
the government and the firms that sell to it are two sectors.  The same when resolved by
components or rebuilt after an edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.graph import CareerGraph
from careergraph.model import NodeType, Source
from careergraph.names import Normaliser, american
from careergraph.resolve import Mention, resolve_mentions
from test_components import _check
from test_incremental import Builds

PAGES = {
    "paediatric-physiotherapist.txt": (
        "Paediatric Physiotherapist\n\nIndustries\n- Public Sector\n- Leisure Centres\n\n"
        "Skills\n- Colour vision testing\n- Behavioural assessment\n"),
    "pediatric-physiotherapist.txt": (
        "Pediatric Physiotherapist\n\nIndustries\n- Leisure Center\n"
        "- Government Contractors\n\nSkills\n- Color vision testing\n"),
    "rink-attendant.txt": (
        "Rink Attendant\n\nIndustries\n- Government\n\nSkills\n- Behavioral assessment\n"
        "- Ice resurfacing\n"),
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _names(graph: CareerGraph, kind: str) -> list[str]:
    return sorted(data["name"] for node, data in graph.nx.nodes(data=True)
                  if node.startswith(f"{kind}:"))


@pytest.mark.parametrize(("british", "american_"), [
    ("Labour Market Analyst", "Labor Market Analyst"),
    ("Organisational Psychologist", "Organizational Psychologist"),
    ("Theatre Technicians", "Theater Technician"),
    ("Jewellery Designer", "Jewelry Designer"),
    ("Data Modeller", "Data Modeler"),
])
def test_british_and_american_spellings_share_a_key(british: str, american_: str) -> None:
    normaliser = Normaliser({})
    assert normaliser.key(british, role=True) == normaliser.key(american_, role=True)


def test_words_outside_the_table_keep_their_spelling() -> None:
    # "-our", "-re" and "-ise" are not rules: "Tour", "Acre" and "Expertise" are words.
    assert [american(w) for w in ("tour", "acre", "expertise", "meter")] == [
        "tour", "acre", "expertise", "meter"]
    normaliser = Normaliser({})
    assert normaliser.key("Acre Recruitment") != normaliser.key("Acer Recruitment")


def test_an_acronym_learnt_in_one_spelling_reads_the_other() -> None:
    normaliser = Normaliser({"LMI": ["Labour Market Information"]})
    assert normaliser.key("Labor Market Information") == normaliser.key("LMI")


def test_one_node_per_spelling_pair_and_government_apart(tmp_path: Path) -> None:
    graph = CareerGraph.from_guides([_corpus(tmp_path / "guides")])
    roles = _names(graph, "role")
    assert len([r for r in roles if "Physiotherapist" in r]) == 1, roles
    sectors = _names(graph, "sector")
    assert len([s for s in sectors if "Leisure" in s]) == 1, sectors
    # The public sector is the government; its contractors are another sector.
    government = [s for s in sectors if s.startswith("Government") or s == "Public Sector"]
    assert sorted(government) == ["Government", "Government Contractors"], sectors
    skills = _names(graph, "skill")
    assert len([s for s in skills if "vision testing" in s]) == 1, skills
    assert len([s for s in skills if "assessment" in s]) == 1, skills


def test_components_and_a_rebuild_agree_with_a_cold_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The spelling joins need no token of their own: components resolve them alone, and an
    edit that drops one spelling rebuilds as a cold build does."""
    guides = _corpus(tmp_path / "guides")
    assert _check(guides)[1] >= 6
    builds = Builds(guides, tmp_path, monkeypatch)
    builds.check("full")
    edited = guides / "pediatric-physiotherapist.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("- Leisure Center\n", ""),
                      encoding="utf-8")
    sectors = _names(builds.check("incremental"), "sector")
    assert len([s for s in sectors if "Leisure" in s]) == 1, sectors



def _role(text: str, line: int, *, title: bool = False, of: str | None = None) -> Mention:
    return Mention(type=NodeType.ROLE, text=text, source=Source(file=f"{line}.txt", line=line),
                   is_title=title, same_as=of)


def test_an_umbrella_page_naming_two_guides_roles_joins_neither() -> None:
    res = resolve_mentions([
        _role("Harbour Pilot", 1, title=True), _role("River Pilot", 2, title=True),
        _role("Pilots and Boatmasters", 3, title=True),
        *(_role(alias, 3, of="Pilots and Boatmasters")
          for alias in ("Harbour Pilot", "River Pilot", "Launch Master")),
        _role("Ferry Deckhand", 4, title=True), _role("Deck Crew", 4, of="Ferry Deckhand"),
    ])
    node = {name: res.node_id(NodeType.ROLE, name) for name in (
        "Harbour Pilot", "River Pilot", "Pilots and Boatmasters", "Launch Master")}
    # Two guides' roles stay two; the umbrella keeps its own alias.
    assert len({node["Harbour Pilot"], node["River Pilot"],
                node["Pilots and Boatmasters"]}) == 3, node
    assert node["Launch Master"] == node["Pilots and Boatmasters"]
    assert res.node_id(NodeType.ROLE, "Deck Crew") == res.node_id(NodeType.ROLE,
                                                                   "Ferry Deckhand")


def test_an_alias_naming_one_other_guides_title_still_joins_it() -> None:
    res = resolve_mentions([
        _role("Harbour Pilot", 1, title=True), _role("Marine Pilot", 2, title=True),
        _role("Harbour Pilot", 2, of="Marine Pilot"),
    ])
    assert res.node_id(NodeType.ROLE, "Harbour Pilot") == res.node_id(NodeType.ROLE,
                                                                      "Marine Pilot")
