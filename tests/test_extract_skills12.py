"""A duty that opens with its verb and a list of named tools ("Use A, B and C to …") names
every tool of the list, not only the first (:func:`careergraph.guides.duty_tools.duty_tools`).

Each page is invented for the test; a list of groups of people after the verb ("Brief
Sales and Marketing teams") names no tool.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import duty_tools


def skills(text: str) -> set[str]:
    """The skills a page with one duties section holding ``text`` names, in lower case."""
    guide = parse_text(f"Kiln Engineer\n\n## What you will do\n\n{text}\n", "page.txt")
    return {fact.text.lower() for fact in guide.skills}


@pytest.mark.parametrize(("line", "named"), [
    ("- Use Quillbook and Harrow Ledger to answer a tenant's question on a lease.",
     {"quillbook", "harrow ledger"}),
    ("- Use Marrowline, Tessel and Brackwater for the weekly firing report.",
     {"marrowline", "tessel", "brackwater"}),
    ("- Configure Pellgate or Dunmore Vault before each shift.", {"pellgate", "dunmore vault"}),
])
def test_opening_verb_list_names_every_tool(line: str, named: set[str]) -> None:
    """Every name of the list after the duty's opening verb is a skill."""
    assert named <= skills(line)


def test_opening_verb_before_groups_names_no_tool() -> None:
    """Groups of people listed after the verb are no tools."""
    assert duty_tools("Brief Sales and Marketing teams on each release") == []


def test_single_name_after_opening_verb_unchanged() -> None:
    """One name after the verb is still read alone, the clause after it ignored."""
    assert duty_tools("Use Quillbook to log every kiln firing") == ["Quillbook"]


@pytest.mark.parametrize(("line", "named"), [
    ("- Operate forklifts, order pickers and stacker cranes.",
     {"forklifts", "order pickers", "stacker cranes"}),
    ("- Use a moisture meter, pry bars and tack lifters.",
     {"moisture meter", "pry bars", "tack lifters"}),
])
def test_equipment_list_goes_on_past_its_heads(line: str, named: set[str]) -> None:
    """A list after a verb of use opened by a head of equipment is read to its end."""
    assert named <= skills(line)


@pytest.mark.parametrize(("line", "wrong"), [
    ("- Use a moisture meter and read damp survey sheets.", "read damp survey sheets"),
    ("- Operate forklifts, sack trucks and dollies carefully.", "dollies carefully"),
    ("- Operates bandsaws and mincers, and scrubs floors.", "scrubs floors"),
])
def test_equipment_list_stops_at_a_duty(line: str, wrong: str) -> None:
    """A verb phrase, an adverb or a second clause after the list is no equipment."""
    assert wrong not in skills(line)
