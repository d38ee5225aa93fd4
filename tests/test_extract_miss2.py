"""Missed facts found by a second cause table of every set's misses (helper miss2, stop 42).

- "Duties include A and B" names the job's activities as skills, in any section, as
  "Typical tasks include A and B" already did.
- In such a list, "A and B using C and D" is two tasks and two tools: the item the
  list's "and" leaves as "B using C" is the task B and the tool C.
- A person's strengths as others name them are skills: "she is known for A and B", an
  alumni note's ", known there for A, B and C", "colleagues cite his A and B"; a place's
  ("the town is known for its A and B") are not.
- "Brewer" and "Decorator" end role titles (data/lexicon/roles.yaml), so an arrow ladder
  through "Master Brewer" or "Improver Decorator" is read.

Every page is invented here (roles, names, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.items import prose_skills


def _skills(text: str, name: str) -> set[str]:
    return {skill.lower() for skill in names(parse_text(text, name).skills)}


SCHEDULE = "\n".join((
    "Harbour Bylaw Officer", "Salary schedule, effective 1 April 2027", "",
    "Class description",
    "Duties include mooring checks and permit audits using Quaylog and a handheld radio.",
    "", "Step 1  $51,200", "Step 2  $53,900", ""))


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



ALUMNI = (
    "Mill Engineer\n"
    "Class notes\n"
    "\n"
    "'17  Petra Vane is a mill engineer at Corrow Paper, known there for felt changes, "
    "Valmet DNA and roll grinding.\n"
    "'18  Colleagues cite her shutdown planning and vibration analysis.\n"
)


def test_a_persons_strengths_named_by_others_are_skills() -> None:
    skills = _skills(ALUMNI, "mill-engineer.txt")
    assert {"felt changes", "valmet dna", "roll grinding", "shutdown planning",
            "vibration analysis"} <= skills
    assert prose_skills("They were known for quick turnarounds and tidy sites.",
                        anywhere=True) == ["quick turnarounds", "tidy sites"]


def test_a_places_fame_and_a_lone_praise_name_no_skill() -> None:
    assert prose_skills("The valley is known for its orchards and cider.", anywhere=True) == []
    assert prose_skills("Kelso, known there for its abbey and its bridge.", anywhere=True) == []
    assert prose_skills("Colleagues cite his long service.", anywhere=True) == []


def test_a_ladder_through_a_brewer_title_is_read() -> None:
    page = ("Fermentation Technician\n\nCareer ladder\nYeast Room Assistant → Fermentation "
            "Technician → Master Brewer\n\nPay\nAbout £31,000 a year.\n")
    guide = parse_text(page, "fermentation-technician.txt")
    assert [[step.text for step in chain] for chain in guide.progressions] == [
        ["Yeast Room Assistant", "Fermentation Technician", "Master Brewer"]]
