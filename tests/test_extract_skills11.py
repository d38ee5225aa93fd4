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


@pytest.mark.parametrize(("sentence", "named"), [
    # an item cut at "with" keeps its name, and the list goes on to its closing item
    ("The work calls for careful tile setting, grouting with epoxy and cement mixes, and "
     "silicone sealing.", ["careful tile setting", "grouting", "silicone sealing"]),
    # a tail with a bare noun after it ("at height", "on time") is the skill's own idiom and
    # stays; one with a determiner or a name after it is cut off
    ("The work calls for rope access at height, knot tying on the older rigs, and turning "
     "up on time.", ["rope access at height", "knot tying", "turning up on time"]),
])
def test_closing_item_after_a_tail(sentence: str, named: list[str]) -> None:
    """A requirement's list closed by ", and <name>" is read to its closing item."""
    assert prose_skills(sentence, anywhere=True) == named


@pytest.mark.parametrize(("title", "paragraph", "named"), [
    # the same closed list in an overview paragraph
    ("Kiln Technician", "The work calls for glaze mixing, shelf loading for the tall Corvel "
     "40 kilns, and cone reading.", {"glaze mixing", "shelf loading", "cone reading"}),
    # a course named as the subject of "covers" lists its topics in any section
    ("Ferry Deckhand", "The induction at the Harlow quay covers mooring lines, fire drills "
     "and ramp signalling. After that you join a crew.",
     {"mooring lines", "fire drills", "ramp signalling"}),
])
def test_lists_on_a_page(title: str, paragraph: str, named: set[str]) -> None:
    """Both readers give their skills on a page, outside any skills section."""
    page = parse_text(f"{title}\n\n## About the job\n\n{paragraph}\n", "page.txt")
    assert named <= skills(page)


@pytest.mark.parametrize("sentence", [
    # the last part is a clause of its own: the list ends at the long item as before
    "The work calls for hedge laying, fencing for the steep north fields, and the pay is fair.",
    # no Oxford comma before the last item: no marked end, the list stops as before
    "The work calls for hedge laying, fencing for the steep north fields and ditching.",
])
def test_no_closing_item(sentence: str) -> None:
    """Without a closing name after ", and" nothing after the long item is read."""
    assert prose_skills(sentence, anywhere=True) == ["hedge laying", "fencing"]


@pytest.mark.parametrize("sentence", [
    "The allowance covers boots, gloves and a hard hat.",
    "Our insurance covers travel, tools and van hire.",
])
def test_no_course_before_covers(sentence: str) -> None:
    """Something other than a course that "covers" things names no topics."""
    assert course_topics(sentence) == []


def test_list_cut_off_mid_word_drops_its_stub() -> None:
    """A list longer than the reader's window keeps its whole items, never a stub."""
    topics = ", ".join(f"harbour topic {n}" for n in range(1, 20))
    found = course_topics(f"The course covered {topics}, then a final sea trial.")
    assert found and all(name.startswith("harbour topic ") and name[14:].isdigit()
                         for name in found), found
