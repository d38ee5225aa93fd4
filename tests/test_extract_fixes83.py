"""Wrong facts and merges left by stop 53 (helper fixes83).

- One bracket over two or more names on one line ("Crew Chief (Dispatch) > Depot Chief
  (Dispatch)") names a branch: each bracketed name is another job than the bare name of
  another guide, while true spellings ("Depot Chief", "Depot chief") still join.  The same
  when resolved by components or rebuilt after an edit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.graph import CareerGraph
from careergraph.model import NodeType, Source
from careergraph.resolve import Mention, branch_brackets, resolve_mentions
from test_components import _check
from test_incremental import Builds

PAGES = {
    # A fuel depot's guide: its chief is a plain "Depot Chief".
    "depot-chief.yaml": (
        "role: Depot Chief\nleads_to: [Area Operations Lead]\n"
        "employers: [Varnholt Fuels]\n"),
    "depot-chief-2.yaml": "role: Depot chief\nemployers: [Kestrow Energy]\n",
    # An emergency dispatch service's ranks: one bracket over four names on one line.
    "dispatch-ranks.yaml": (
        "role: Dispatcher (Dispatch)\n"
        "progressions:\n"
        "  - [Dispatcher (Dispatch), Crew Chief (Dispatch), Depot Chief (Dispatch)]\n"),
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _check_graph(graph: CareerGraph) -> None:
    roles = sorted(d["name"] for n, d in graph.nx.nodes(data=True) if n.startswith("role:"))
    assert "Depot Chief (Dispatch)" in roles, roles
    assert len([r for r in roles if r.lower() == "depot chief"]) == 1, roles
    plain = next(d for n, d in graph.nx.nodes(data=True)
                 if n.startswith("role:") and d["name"].lower() == "depot chief")
    assert not any("(" in a for a in plain.get("aliases", [])), plain


def test_a_branch_bracket_keeps_two_jobs_apart(tmp_path: Path) -> None:
    _check_graph(CareerGraph.from_guides([_corpus(tmp_path / "guides")]))


def test_components_and_a_rebuild_agree_with_a_cold_build(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    guides = _corpus(tmp_path / "guides")
    assert _check(guides)[1] >= 2
    builds = Builds(guides, tmp_path, monkeypatch)
    _check_graph(builds.check("full"))
    edited = guides / "depot-chief-2.yaml"
    edited.write_text("role: Depot chief\nemployers: [Kestrow Energy, Varnholt Fuels]\n",
                      encoding="utf-8")
    _check_graph(builds.check("incremental"))


def _role(text: str, file: str, line: int, *, title: bool = False) -> Mention:
    return Mention(type=NodeType.ROLE, text=text, source=Source(file=file, line=line),
                   is_title=title)


def test_one_bracket_over_two_names_on_one_line_is_a_branch() -> None:
    mentions = [
        _role("Signal Box Manager", "a.txt", 1, title=True),
        _role("Signal Box Manager", "c.txt", 9),
        _role("Signal Box Lead (Relay)", "b.txt", 4),
        _role("Signal Box Manager (Relay)", "b.txt", 4),
    ]
    res = resolve_mentions(mentions)
    assert res.node_id(NodeType.ROLE, "Signal Box Manager (Relay)") != res.node_id(
        NodeType.ROLE, "Signal Box Manager")


def test_one_bracketed_name_alone_or_a_bracket_a_line_still_joins() -> None:
    """Negative cases: a lone bracketed name on its line ("(Harwick)", a listing's town),
    one bracket on two lines, and the post's terms over two names stay the bare role."""
    mentions = [
        _role("Pipe Welder", "a.txt", 1, title=True),
        _role("Pipe Welder (Harwick)", "b.txt", 3),
        _role("Site Foreman (Harwick)", "b.txt", 4),
        _role("Crane Operator", "c.txt", 1, title=True),
        _role("Crane Operator (contract)", "d.txt", 2),
        _role("Banksman (contract)", "d.txt", 2),
    ]
    res = resolve_mentions(mentions)
    assert res.node_id(NodeType.ROLE, "Pipe Welder (Harwick)") == res.node_id(
        NodeType.ROLE, "Pipe Welder")
    assert res.node_id(NodeType.ROLE, "Crane Operator (contract)") == res.node_id(
        NodeType.ROLE, "Crane Operator")


def test_branch_brackets() -> None:
    assert branch_brackets("Watch Manager (Control)") == ["control"]
    assert branch_brackets("Claims Assistant (CA2)") == []  # a grade code
    assert branch_brackets("Nurse (remote)") == []  # the post's terms
    assert branch_brackets("Platform Engineer (e.g. Kubernetes)") == []
    assert branch_brackets("Chief Technology Officer (CTO)") == []  # an acronym defined
