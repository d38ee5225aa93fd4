"""Companies' "life at" team pages: tools named in a paragraph of duties ("What our X do"),
two names sharing one use ("Wwise or FMOD implementation"), a practice and a named craft
("field recording and Foley"), and list items that are clauses about people.  Every page
here is invented, three per structure, each with its own roles, tools and wording."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import clause_item
from careergraph.guides.skill_cues import paired_skills
from careergraph.model import Guide


def _skills(page: str, name: str) -> set[str]:
    guide: Guide = parse_text(page, name)
    return {skill.text for skill in guide.skills}


TEAM_ANIMATORS = """Life on the Animation Team
What our Animators do
Animators here own a character from blocking to polish. A sprint means blocking shots in Maya, \
cleaning mocap in MotionBuilder and previewing the result in Unity before review.
What we look for
- Maya or Blender animation
- a reel you are proud of (we're a Maya studio; Houdini folks welcome)
- body mechanics and Mocap
"""

TEAM_DATA = """Careers > Teams > Data
What our Data Engineers do
Data Engineers build the pipelines for reports. Most weeks involve modelling tables in Dataform, \
scheduling jobs with Airflow and checking costs in Snowflake.
What we look for
- Python or Scala development
- stream processing and Kafka
"""

TEAM_NURSES = """Life at Harbour Hospital
What our Theatre Nurses do
Theatre Nurses prepare patients for surgery. A shift might mean logging cases in Theatreman, \
counting swabs with the scrub team and recording implants using TrackCore.
What we look for
- Epic or Cerner charting
- sterile technique and ALS
"""


def test_tools_in_a_paragraph_of_duties() -> None:
    assert {"Maya", "MotionBuilder", "Unity"} <= _skills(TEAM_ANIMATORS, "animator.txt")
    assert {"Dataform", "Airflow", "Snowflake"} <= _skills(TEAM_DATA, "data-engineer.txt")
    skills = _skills(TEAM_NURSES, "theatre-nurse.txt")
    assert {"Theatreman", "TrackCore"} <= skills
    assert not {"Theatre Nurses", "Harbour Hospital"} & skills


def test_pairs_and_clauses_in_a_wish_list() -> None:
    skills = _skills(TEAM_ANIMATORS, "animator.txt")
    assert {"Blender", "body mechanics", "Mocap"} <= skills
    assert not {s for s in skills if "reel" in s or "folks" in s}
    skills = _skills(TEAM_DATA, "data-engineer.txt")
    assert {"Python", "Scala", "stream processing", "Kafka"} <= skills
    assert {"Epic", "Cerner", "sterile technique", "ALS"} <= _skills(TEAM_NURSES,
                                                                      "theatre-nurse.txt")


def test_pair_and_clause_rules() -> None:
    assert paired_skills("Spanish or French fluency") == ["Spanish", "French"]
    assert paired_skills("colour grading and DaVinci") == ["colour grading", "DaVinci"]
    assert paired_skills("Health and Safety") == ["Health and Safety"]
    assert clause_item("a portfolio we can see") and clause_item("Unity people welcome")
    assert not clause_item("Unreal Engine 5")
