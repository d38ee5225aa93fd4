"""prec13: skills that are not — invented pages (own wording) for general shapes.

- a rated list's later group under its own short label ("knowledge", then "Geography 3.12")
  has its level scores cut off like the first group's rows;
"""

from __future__ import annotations

from careergraph.guides import parse_text

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
