"""Wrong facts and merges left by stop 53 (helper fixes83).

- One bracket over two or more names on one line ("Crew Chief (Dispatch) > Depot Chief
  (Dispatch)") names a branch: each bracketed name is another job than the bare name of
  another guide, while true spellings ("Depot Chief", "Depot chief") still join.  The same
  when resolved by components or rebuilt after an edit.
- A field of work printed like a title over a pay box ("Records Management" / "Salary Range"
  / "€41 - 70") owns no pay: the figures are the page's role's; a title there still owns them.
- A run-in label before an arrow ladder's first rung ("Next step:   Senior X (Grade 5, £…)
  → …") is no part of the rung's title.
- A gazetteer name glued to a handle's underscore ("Jo_R.") or after "@" is no skill.
- An adjective before "and" in a list of workplaces shares the next item's noun ("councils'
  electrical and highways departments"): no lone modifier as a sector.

Every page here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.graph import CareerGraph
from careergraph.guides import parse_text
from careergraph.guides.gazetteer import Gazetteer
from careergraph.guides.hiring_lines import headed_workplaces
from careergraph.guides.roles import field_of_work
from careergraph.lexicon import load_lexicon
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


_PAY_BOX = """Archive Manager

Careers portal  |  Job zone 4

Archive managers run a records office and lead its staff.

€41k > 70
Records Management
Salary Range
(thousands per year)*
€41 - 70

Related Information:
Archive Supervisor: 39 - 58
"""


def _owned(page: str, file: str) -> set[tuple[float | None, float | None, str | None]]:
    return {(s.min, s.max, s.role) for s in parse_text(page, file).salaries}


def test_a_field_of_work_over_a_pay_box_owns_no_pay() -> None:
    pay = _owned(_PAY_BOX, "archive-manager.txt")
    assert (41000, 70000, None) in pay, pay
    assert not any(owner and "Management" in owner for *_, owner in pay), pay


def test_a_title_over_a_pay_box_still_owns_it() -> None:
    pay = _owned(_PAY_BOX.replace("Records Management", "Records Supervisor"),
                 "archive-manager.txt")
    assert (41000, 70000, "Records Supervisor") in pay, pay


def test_field_of_work() -> None:
    assert field_of_work("Records Management") and field_of_work("Estates Administration")
    assert not field_of_work("Middle Management")  # a tier of managers
    assert not field_of_work("Records Manager") and not field_of_work("Management")


_RECORD = """Grounds Technician

Job profile record
Post:         Grounds Technician (Grade 4, £26,100 - £29,900)
Next step:    Senior Grounds Technician (Grade 5, £31,200 - £35,800) → Head Technician (Grade 6)

Grounds technicians keep the college's lawns, pitches and beds.
"""


def test_a_label_before_a_ladders_first_rung_is_no_part_of_its_owner() -> None:
    guide = parse_text(_RECORD, "grounds-technician.txt")
    owners = {s.role for s in guide.salaries}
    assert not any(o and "step" in o.lower() for o in owners), owners
    assert (31200, 35800, "senior") in {(s.min, s.max, s.level) for s in guide.salaries}


def test_a_ladder_with_no_label_keeps_its_rungs_pay() -> None:
    page = _RECORD.replace("Next step:    ", "")
    pay = {(s.min, s.max) for s in parse_text(page, "grounds-technician.txt").salaries}
    assert (31200, 35800) in pay, pay


_COMMENTS = """Lido Attendant

What skills are required?
First aid, pool chemistry and water testing, customer care.

Comments (2)
Jo_R., 03.04.2026: I work at a lido near Trier, grade 4, that's 2.900 € gross.
Pia, 05.04.2026: Same here.
"""


def test_a_commenters_handle_names_no_skill() -> None:
    skills = {s.text for s in parse_text(_COMMENTS, "lido-attendant.txt").skills}
    assert "R" not in skills and "pool chemistry" in skills, skills
    gazetteer = Gazetteer.from_lexicon(load_lexicon())
    assert gazetteer.skills("Jo_R., 03.04.2026: I work at a lido.", section=True) == []
    assert [n for n, _ in gazetteer.skills("We use R, Python and @Go_fan tools.",
                                           section=True)] == ["R", "Python"]


_WORKPLACES = """Plant Fitter

Plant fitters repair and service heavy machines.

Where do plant fitters work?
Plant depots and quarries (e.g. Ostler Plant Ltd, Brenmoor Aggregates), district councils' \
electrical and highways departments, and the informal sector.
"""


def test_an_adjective_before_and_shares_the_next_items_noun() -> None:
    sectors = {s.text for s in parse_text(_WORKPLACES,
                                          "plant-fitter.txt").sectors}
    assert "district councils' electrical departments" in sectors, sectors
    assert "highways departments" in sectors, sectors
    assert not any(s.endswith("electrical") for s in sectors), sectors


def test_two_nouns_before_and_stay_two_workplaces() -> None:
    _, kinds = headed_workplaces("Plant depots and quarries (e.g. Ostler Plant Ltd, Brenmoor "
                                 "Aggregates), hospitals and care homes, and the informal "
                                 "sector.")
    assert "hospitals" in kinds and "care homes" in kinds, kinds
