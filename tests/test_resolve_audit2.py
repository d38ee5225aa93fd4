"""Resolution audit (helper audit2): an alias that is another guide's title with a qualifier
("Lifeguard (Dispatch)" given by a dispatcher's guide) names another role, though no two
guides' titles differ by the qualifier; a skill acronym ending in S is no plural.  The same
when resolved by components or rebuilt after an edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.graph import CareerGraph
from careergraph.model import NodeType, Source
from careergraph.resolve import Mention, resolve_mentions
from test_components import _check
from test_incremental import Builds

PAGES = {
    # The beach lifeguard, and the control room's post the service ranks as a lifeguard.
    "lifeguard.yaml": "role: Lifeguard\nleads_to: [Senior Lifeguard]\nskills:\n  top: [Swimming]\n",
    "beach-dispatcher.yaml": (
        "role: Beach Dispatcher\naliases: [Lifeguard (Dispatch)]\n"
        "progressions:\n  - [Lifeguard (Dispatch), Senior Lifeguard (Dispatch)]\n"
        "skills:\n  top: [Radio procedure]\n"),
    # A descriptive bracket on a mention still reads as the role itself.
    "pool-attendant.yaml": "role: Pool Attendant\nleads_to: [Lifeguard (part-time)]\n",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _role_names(graph: CareerGraph) -> list[str]:
    return sorted(data["name"] for node, data in graph.nx.nodes(data=True)
                  if node.startswith("role:"))


def _check_roles(graph: CareerGraph) -> None:
    g = graph.nx
    assert "role:beach-dispatcher" in g, _role_names(graph)
    dispatcher = g.nodes["role:beach-dispatcher"]
    assert "Lifeguard (Dispatch)" in dispatcher["aliases"]
    assert "Beach Dispatcher" not in g.nodes["role:lifeguard"]["aliases"]
    assert "Lifeguard (part-time)" in g.nodes["role:lifeguard"]["aliases"]


def test_a_qualified_alias_naming_another_guides_title_stays_apart(tmp_path: Path) -> None:
    _check_roles(CareerGraph.from_guides([_corpus(tmp_path / "guides")]))


def test_components_and_a_rebuild_agree_with_a_cold_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guides = _corpus(tmp_path / "guides")
    assert _check(guides)[1] >= 4
    builds = Builds(guides, tmp_path, monkeypatch)
    _check_roles(builds.check("full"))
    edited = guides / "pool-attendant.yaml"
    edited.write_text("role: Pool Attendant\nleads_to: [Lifeguard (part-time), Lifeguard]\n",
                      encoding="utf-8")
    _check_roles(builds.check("incremental"))


def _role(text: str, file: str, line: int, *, title: bool = False,
          of: str | None = None) -> Mention:
    return Mention(type=NodeType.ROLE, text=text, source=Source(file=file, line=line),
                   is_title=title, same_as=of)


def test_two_brackets_of_one_name_on_a_page_still_read_as_the_name() -> None:
    """Pages write one role with several descriptive brackets ("(remote)", "(contract)"):
    two brackets on one page are not enough to tell roles apart."""
    res = resolve_mentions([
        _role("Crane Operator", "b.txt", 1, title=True),
        _role("Crane Operator (contract)", "c.txt", 4),
        _role("Crane Operator (remote)", "c.txt", 9),
    ])
    assert len({res.node_id(NodeType.ROLE, t) for t in (
        "Crane Operator", "Crane Operator (contract)", "Crane Operator (remote)")}) == 1


def test_an_alias_naming_its_own_title_with_a_bracket_still_joins() -> None:
    res = resolve_mentions([
        _role("Harbour Master", "a.txt", 1, title=True),
        _role("Harbour Master (Port Authority)", "a.txt", 2, of="Harbour Master"),
        _role("Pier Supervisor", "b.txt", 1, title=True),
        _role("Harbour Master (Marina)", "b.txt", 2, of="Pier Supervisor"),
    ])
    assert res.node_id(NodeType.ROLE, "Harbour Master (Port Authority)") == res.node_id(
        NodeType.ROLE, "Harbour Master")
    assert res.node_id(NodeType.ROLE, "Harbour Master (Marina)") == res.node_id(
        NodeType.ROLE, "Pier Supervisor")
    assert res.node_id(NodeType.ROLE, "Pier Supervisor") != res.node_id(
        NodeType.ROLE, "Harbour Master")


def _skill(text: str, file: str, line: int) -> Mention:
    return Mention(type=NodeType.SKILL, text=text, source=Source(file=file, line=line))


def test_an_acronym_ending_in_s_is_no_plural_of_a_shorter_one() -> None:
    """"ACLS" (a life-support course) is not the plural of "ACL", nor "CMMS" (maintenance
    software) of "CMM" (a measuring machine); "APIs" is the plural of "API"."""
    res = resolve_mentions([
        _skill("ACL", "a.txt", 1), _skill("ACLS", "b.txt", 1),
        _skill("CMM", "a.txt", 2), _skill("CMMS", "b.txt", 2),
        _skill("Versioned APIs", "a.txt", 3), _skill("versioned API", "b.txt", 3),
        _skill("Tempering chocolate", "a.txt", 4), _skill("chocolate tempering", "b.txt", 4),
    ])
    node = {t: res.node_id(NodeType.SKILL, t) for t in (
        "ACL", "ACLS", "CMM", "CMMS", "Versioned APIs", "versioned API",
        "Tempering chocolate", "chocolate tempering")}
    assert node["ACL"] != node["ACLS"]
    assert node["CMM"] != node["CMMS"]
    assert node["Versioned APIs"] == node["versioned API"]
    assert node["Tempering chocolate"] == node["chocolate tempering"]
