"""prec13: skills that are not — invented pages (own wording) for general shapes.

- a rated list's later group under its own short label ("knowledge", then "Geography 3.12")
  has its level scores cut off like the first group's rows;
- a person specification's time in a post ("Successful leadership as a Site Manager or
  Facilities Officer") names jobs held before, no skills;
- a running head of any case printed on every page of a pack ("Appointment of … | Candidate
  Pack   9") is no text, so no skill is read from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.requirement_items import post_held

LOOM_PROFILE = """Loom Tuner
Loom tuners set up and repair weaving looms in textile mills, on day and night shifts.
What kind of job is it?
Loom tuners keep the weaving shed running, changing warps and repairing shuttles.
Skills
Skills required to carry out this job (numerical values show the level required)
Warp Tension Setting 3.61
Shuttle Repair 3.48
Heddle Threading 3.12
Pattern Card Punching 2.90
knowledge
Jacquard Programming 3.40
Yarn Grading 2.75
Related qualifications
Certified Loom Technician
"""


def test_a_rated_lists_later_group_loses_its_scores() -> None:
    found = {skill.text for skill in parse_text(LOOM_PROFILE, "page.txt").skills}
    assert {"Warp Tension Setting", "Heddle Threading", "Jacquard Programming",
            "Yarn Grading"} <= found
    assert not {"Jacquard Programming 3.40", "Yarn Grading 2.75"} & found


def test_one_version_after_a_label_stays() -> None:
    page = LOOM_PROFILE.replace("Jacquard Programming 3.40\nYarn Grading 2.75\n",
                                "Python 3.11\n").replace("knowledge\n", "Tools\n")
    found = {skill.text for skill in parse_text(page, "page.txt").skills}
    assert "Jacquard Programming" not in found
    assert "Python" not in found


ESTATES_PACK = """Ridgeway Learning Trust
HEAD OF ESTATES
Recruitment Pack
THE ROLE
The Head of Estates is accountable to the Chief Operating Officer.
PERSON SPECIFICATION                        E = essential  D = desirable
IOSH Managing Safely ........................................... E
Successful leadership as a Site Manager or Facilities Officer ... E
Capital bid writing ............................................ E
Grounds contracts (Tascomi, Excel) ............................. D
PAY AND BENEFITS
Pay range: points 30 - 34 (£50,770 - £54,980)
"""


def test_time_in_a_post_names_no_skill() -> None:
    found = {skill.text for skill in parse_text(ESTATES_PACK, "page.txt").skills}
    assert {"IOSH Managing Safely", "Capital bid writing"} <= found
    assert not {"Successful leadership as a Site Manager", "Facilities Officer",
                "Site Manager"} & found


def test_post_held_needs_known_posts() -> None:
    known = {"Kiln Supervisor", "Glaze Technician"}.__contains__
    assert post_held("Proven experience as a Kiln Supervisor or Glaze Technician", known)
    assert post_held("Experience as a Kiln Supervisor.", known)
    # a skill that merely mentions a role, and an unknown object, stay skills
    assert not post_held("Glaze mixing as a Kiln Supervisor's task", known)
    assert not post_held("Experience as a Raku Firing Enthusiast", known)


KILN_PACK = """Teign Valley Potteries
HEAD OF KILNS
Recruitment Brief - March 2027 start
The Head of Kilns leads the firing team of six and reports to the Works Director.
Appointment of Head of Kilns and Glazes | Recruitment Brief                      2
Person Specification
Essential
- Kiln firing schedules and cone reading
- Glaze chemistry
Desirable
- Raku firing
We expect interest from kiln managers at larger potteries and from studio owners.
Appointment of Head of Kilns and Glazes | Recruitment Brief                      3
Salary and Terms
Salary: £41,000 - £46,000 per annum
Appointment of Head of Kilns and Glazes | Recruitment Brief                      4
"""


def test_a_running_head_of_any_case_is_no_skill() -> None:
    found = {skill.text for skill in parse_text(KILN_PACK, "page.txt").skills}
    assert {"Glaze chemistry", "Raku firing"} <= found
    assert not any("Appointment" in name or "Recruitment Brief" in name for name in found)
