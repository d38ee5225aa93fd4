"""A list of skills closed by ", and <name>" at the end of its sentence
(:func:`careergraph.guides.items.prose_skills`, :func:`careergraph.guides.items.covered_skills`).

Each sentence is invented for the test.  The Oxford comma before the last item marks where
the list ends, so an item in the middle that reads as a phrase (a name with "on …", "with …"
or "such as …" after it) is cut or passed over and the items after it are still read; a
closing clause (", and the pay is good") or a list with no closing item ends where it did.
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.items import course_topics, covered_skills, prose_skills
from careergraph.model import Guide


def skills(guide: Guide) -> set[str]:
    return {fact.text.lower() for fact in guide.skills}


def test_closing_item_after_a_phrase_in_a_course() -> None:
    """The topics after a long item of a course's list are still its topics; the long
    item keeps its name, cut before "on" (the stock it is done on is no topic)."""
    found = covered_skills("The induction at the Brackwater depot covers route planning, "
                           "coupling checks on the older Mk2 and Mk3 stock, cab radio "
                           "procedure, and brake testing.")
    assert found == ["route planning", "coupling checks", "cab radio procedure",
                     "brake testing"], found


def test_closing_item_after_a_tail_in_a_requirement() -> None:
    """An item cut at "with" keeps its name, and the list goes on to its closing item."""
    found = prose_skills("The work calls for careful tile setting, grouting with epoxy and "
                         "cement mixes, and silicone sealing.", anywhere=True)
    assert found == ["careful tile setting", "grouting", "silicone sealing"], found


def test_closing_item_on_a_page() -> None:
    """The same list in an overview paragraph gives the skills after the long item."""
    page = parse_text("Kiln Technician\n\n## About the job\n\nThe work calls for glaze "
                      "mixing, shelf loading for the tall Corvel 40 kilns, and cone "
                      "reading.\n", "page.txt")
    assert {"glaze mixing", "shelf loading", "cone reading"} <= skills(page)


@pytest.mark.parametrize("sentence", [
    # the last part is a clause of its own: the list ends at the long item as before
    "The work calls for hedge laying, fencing for the steep north fields, and the pay is fair.",
    # no Oxford comma before the last item: no marked end, the list stops as before
    "The work calls for hedge laying, fencing for the steep north fields and ditching.",
])
def test_no_closing_item(sentence: str) -> None:
    """Without a closing name after ", and" nothing after the long item is read."""
    assert prose_skills(sentence, anywhere=True) == ["hedge laying", "fencing"]


def test_idiom_tail_stays_with_its_skill() -> None:
    """A tail with a bare noun after it ("at height", "on time") is the skill's own idiom
    and stays; one with a determiner or a name after it is cut off."""
    found = prose_skills("The work calls for rope access at height, knot tying on the older "
                         "rigs, and turning up on time.", anywhere=True)
    assert found == ["rope access at height", "knot tying", "turning up on time"], found


def test_course_covers_in_any_section() -> None:
    """A course named as the subject of "covers" lists its topics in any section."""
    page = parse_text("Ferry Deckhand\n\n## Life on board\n\nThe induction at the Harlow "
                      "quay covers mooring lines, fire drills and ramp signalling. After "
                      "that you join a crew.\n", "page.txt")
    assert {"mooring lines", "fire drills", "ramp signalling"} <= skills(page)


@pytest.mark.parametrize("sentence", [
    "The allowance covers boots, gloves and a hard hat.",
    "Our insurance covers travel, tools and van hire.",
])
def test_no_course_before_covers(sentence: str) -> None:
    """Something other than a course that "covers" things names no topics."""
    assert course_topics(sentence) == []
