"""Resolution audit (helper audit3): one real-world thing is one node, never two merged.

- A ladder line naming one name with two brackets names two grades ("Tram Driver (Depot) →
  Tram Driver (Mainline)"), unless the brackets only describe the post's terms ("(remote)",
  "(contract)", "(m/f/d)": ``data/qualifiers.yaml``).
- An "-ies" plural shares its "-y" word's key ("agencies" = "agency"), but "Securities" is no
  plural of "Security"; "Teams" (the product) is no plural of "team".
- A legal form is read in any letter case where that case is no word ("plc" = "PLC", but
  "Resort & Spa" is no "SpA").
- A possessive "'s" joins the name without it ("St. Aldric's …" = "St. Aldric …").

The same when resolved by components or rebuilt after an edit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.firm_names import firm_base
from careergraph.graph import CareerGraph
from careergraph.model import NodeType, Source
from careergraph.names import descriptive_bracket, without_possessive
from careergraph.resolve import Mention, resolve_mentions
from test_components import _check
from test_incremental import Builds

PAGES = {
    # A tram operator's grades on one progression line, and the plain driver's own guide.
    "tram-driver.yaml": (
        "role: Tram Driver\nleads_to: [Tram Controller]\n"
        "employers: [Wexcombe Light Rail plc]\n"),
    "tram-grades.yaml": (
        "role: Tram Driver (Mainline)\n"
        "progressions:\n"
        "  - [Tram Driver (Depot), Tram Driver (Mainline), Tram Driver (Express)]\n"
        "employers: [Wexcombe Light Rail PLC, St. Aldric's Depot Services]\n"
        "sectors: [Transport agencies]\n"),
    # Descriptive brackets side by side on one line: one role.
    "ticket-inspector.yaml": (
        "role: Ticket Inspector\n"
        "progressions:\n"
        "  - [Ticket Inspector (remote), Ticket Inspector (m/f/d), Revenue Supervisor]\n"
        "employers: [St. Aldric Depot Services]\n"
        "sectors: [transport agency, Securities]\n"),
    "security-guard.yaml": "role: Security Guard\nsectors: [Security]\n",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _names(graph: CareerGraph, prefix: str) -> list[str]:
    return sorted(data["name"] for node, data in graph.nx.nodes(data=True)
                  if node.startswith(prefix))


def _check_graph(graph: CareerGraph) -> None:
    g = graph.nx
    roles = _names(graph, "role:")
    # Three grades and the plain driver: four nodes; the grades' ladder keeps its steps.
    for grade in ("Tram Driver (Depot)", "Tram Driver (Mainline)", "Tram Driver (Express)"):
        assert grade in roles, roles
    assert "Tram Driver" in roles, roles
    depot = next(n for n, d in g.nodes(data=True) if d.get("name") == "Tram Driver (Depot)")
    assert any(d.get("name") == "Tram Driver (Mainline)" for d in (
        g.nodes[v] for _, v in g.out_edges(depot))), list(g.out_edges(depot))
    # Descriptive brackets: one node with the bare title.
    inspector = next(d for n, d in g.nodes(data=True) if d.get("name") == "Ticket Inspector")
    assert {"Ticket Inspector (remote)", "Ticket Inspector (m/f/d)"} <= set(inspector["aliases"])
    employers = _names(graph, "employer:")
    assert len([e for e in employers if e.startswith("Wexcombe")]) == 1, employers
    assert len([e for e in employers if e.startswith("St. Aldric")]) == 1, employers
    sectors = _names(graph, "sector:")
    assert len([s for s in sectors if "ransport agenc" in s]) == 1, sectors
    assert "Securities" in sectors and "Security" in sectors, sectors


def test_grades_plurals_forms_and_possessives(tmp_path: Path) -> None:
    _check_graph(CareerGraph.from_guides([_corpus(tmp_path / "guides")]))


def test_components_and_a_rebuild_agree_with_a_cold_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guides = _corpus(tmp_path / "guides")
    assert _check(guides)[1] >= 4
    builds = Builds(guides, tmp_path, monkeypatch)
    _check_graph(builds.check("full"))
    edited = guides / "security-guard.yaml"
    edited.write_text("role: Security Guard\nsectors: [Security, Transport agencies]\n",
                      encoding="utf-8")
    _check_graph(builds.check("incremental"))


def _role(text: str, file: str, line: int, *, title: bool = False) -> Mention:
    return Mention(type=NodeType.ROLE, text=text, source=Source(file=file, line=line),
                   is_title=title)


def _ids(mentions: list[Mention]) -> dict[str, str]:
    res = resolve_mentions(mentions)
    return {m.text: res.node_id(m.type, m.text) for m in mentions}


def test_two_grade_brackets_on_one_line_are_two_roles() -> None:
    node = _ids([
        _role("Signal Fitter", "a.txt", 1, title=True),
        _role("Signal Fitter (Trainee Grade)", "b.txt", 7),
        _role("Signal Fitter (Relay Room)", "b.txt", 7),
    ])
    assert len(set(node.values())) == 3, node


def test_descriptive_brackets_on_one_line_still_read_as_the_name() -> None:
    """"X (remote)" and "X (contract)" side by side, "(m/f/d)" and "(37.5 hrs per week)":
    the post's terms, one role."""
    node = _ids([
        _role("Crane Operator", "a.txt", 1, title=True),
        _role("Crane Operator (remote)", "b.txt", 3),
        _role("Crane Operator (contract)", "b.txt", 3),
        _role("Crane Operator (m/f/d)", "c.txt", 5),
        _role("Crane Operator (37.5 hrs per week)", "c.txt", 5),
    ])
    assert len(set(node.values())) == 1, node


def test_one_bracket_a_line_is_not_enough() -> None:
    """A listing's one post in two places, each on its own line ("(Leeds)", "(Bristol)"),
    has the shape of two grades on two lines: it stays one role."""
    node = _ids([
        _role("Pipe Welder", "a.txt", 1, title=True),
        _role("Pipe Welder (Harwick)", "b.txt", 3),
        _role("Pipe Welder (Dunmore)", "b.txt", 4),
    ])
    assert len(set(node.values())) == 1, node


def test_descriptive_bracket_vocabulary() -> None:
    assert all(descriptive_bracket(t) for t in (
        "remote", "Contract", "Full-time, Permanent", "m/w/d", "Remote - UK", "nights",
        "12 month fixed-term", "product-focused", "Immediate start"))
    assert not any(descriptive_bracket(t) for t in (
        "Goods", "Shunting", "Band 6", "Control", "Mail/Express", "Relay Room", "12", ""))


def _named(type_: NodeType, *texts: str) -> dict[str, str]:
    mentions = [Mention(type=type_, text=t, source=Source(file=f"{i}.txt", line=1))
                for i, t in enumerate(texts)]
    return _ids(mentions)


def test_ies_plurals_share_the_y_key_but_securities_is_no_security() -> None:
    node = _named(NodeType.SECTOR, "Recruitment agencies", "recruitment agency",
                  "Quarries", "quarry", "Securities", "Security", "patisseries", "Patisserie")
    assert node["Recruitment agencies"] == node["recruitment agency"]
    assert node["Quarries"] == node["quarry"]
    assert node["patisseries"] == node["Patisserie"]
    assert node["Securities"] != node["Security"]


def test_teams_the_product_is_no_plural_of_team() -> None:
    node = _named(NodeType.SKILL, "Teams", "team", "teams")
    assert node["Teams"] != node["team"]
    assert node["teams"] == node["team"]


def test_legal_forms_in_any_case_where_safe() -> None:
    assert firm_base("Brackley Haulage plc") == "Brackley Haulage"
    assert firm_base("BRACKLEY HAULAGE PLC") == "BRACKLEY HAULAGE"
    assert firm_base("Ostrava Tools s.R.O.") == "Ostrava Tools"
    assert firm_base("Palmcrest Resort & Spa") == ""  # "Spa" is no "SpA"
    assert firm_base("Fjellvik Fisk as") == ""  # "as" is a word; "AS" only in capitals
    node = _named(NodeType.EMPLOYER, "Brackley Haulage plc", "Brackley Haulage PLC",
                  "Brackley Haulage", "Palmcrest Resort & Spa", "Palmcrest Resort")
    assert node["Brackley Haulage plc"] == node["Brackley Haulage PLC"] == node[
        "Brackley Haulage"]
    assert node["Palmcrest Resort & Spa"] != node["Palmcrest Resort"]


def test_a_possessive_joins_the_name_without_it() -> None:
    assert without_possessive("Rigger's Mate") == "Rigger Mate"
    assert without_possessive("Riggers Mate") == ""
    res = resolve_mentions([
        _role("Rigger's Mate", "a.txt", 3), _role("Rigger Mate", "b.txt", 4),
        _role("Riggers Mate", "c.txt", 2),
        _role("Accounts Manager", "d.txt", 1), _role("Account Manager", "e.txt", 1),
    ])
    node = res.node_id(NodeType.ROLE, "Rigger Mate")
    assert res.node_id(NodeType.ROLE, "Rigger's Mate") == node
    assert res.node_id(NodeType.ROLE, "Riggers Mate") == node  # the key's own join
    assert res.node_id(NodeType.ROLE, "Accounts Manager") != res.node_id(
        NodeType.ROLE, "Account Manager")  # no apostrophe: two jobs
    rules = {r.text: r.rule for r in res.entity(node).mentions}
    assert "possessive" in rules.values(), rules


def test_no_bare_spelling_no_possessive_join() -> None:
    node = _named(NodeType.EMPLOYER, "St. Aldric's Hospice", "St. Aldric Hospital")
    assert node["St. Aldric's Hospice"] != node["St. Aldric Hospital"]
