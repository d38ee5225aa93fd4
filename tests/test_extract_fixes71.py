"""Defects this stop's helpers noticed, each on an invented page (helper fixes71)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_SCAFFOLDER = """Scaffolder

Scaffolders put up and take down the platforms builders stand on.

Career path
Labourer → Scaffolder → Scaffolding Supervisor

Site liaison: works manager  |  Worker: [not given]
"""


def test_a_form_records_party_labels_make_no_move() -> None:
    moves = facts_of(parse_text(_SCAFFOLDER, "scaffolder.txt")).moves
    assert ("@self", "Worker") not in moves
    assert ("@self", "Scaffolding Supervisor") in moves
