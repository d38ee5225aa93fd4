"""Missed facts found by a second cause table of every set's misses (helper miss2, stop 42).

- "Duties include A and B" names the job's activities as skills, in any section, as
  "Typical tasks include A and B" already did.
- In such a list, "A and B using C and D" is two tasks and two tools: the item the
  list's "and" leaves as "B using C" is the task B and the tool C.

Every page is invented here (roles, names, bodies, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import prose_skills


def _skills(text: str, name: str) -> set[str]:
    return {f.text.lower() for f in parse_text(text, name).skills}


SCHEDULE = (
    "Harbour Bylaw Officer\n"
    "Salary schedule, effective 1 April 2027\n"
    "\n"
    "Class description\n"
    "Duties include mooring checks and permit audits using Quaylog and a handheld "
    "radio.\n"
    "\n"
    "Step 1  $51,200\n"
    "Step 2  $53,900\n"
)


def test_duties_include_names_the_tasks_and_their_tools() -> None:
    skills = _skills(SCHEDULE, "harbour-bylaw-officer.txt")
    assert {"mooring checks", "permit audits", "quaylog", "handheld radio"} <= skills
    assert not any("using" in skill for skill in skills)


def test_duties_include_a_plain_list() -> None:
    page = ("Kennel Assistant\n\nThe job\nMain duties include kennel cleaning, feed "
            "preparation and exercise rotas.\n")
    assert {"kennel cleaning", "feed preparation", "exercise rotas"} <= _skills(
        page, "kennel-assistant.txt")


def test_duties_include_no_list_names_nothing() -> None:
    assert prose_skills("Duties include, but are not limited to, the following.",
                        anywhere=True) == []
    assert prose_skills("Duties include whatever the shift lead asks.", anywhere=True) == []

