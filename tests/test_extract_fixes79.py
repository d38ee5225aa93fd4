"""Wrong facts and misses left by stop 51's helpers, each on an invented page (helper fixes79)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_DEGREES_PAGE = """Kennel Supervisor

Skills
- {degree} organisational skills
- {degree} record keeping skills
- kennel hygiene
"""


@pytest.mark.parametrize("degree", ["high", "strong", "excellent", "Highly developed",
                                    "Strong"])
def test_a_degree_word_is_no_part_of_a_skill(degree: str) -> None:
    skills = facts_of(parse_text(_DEGREES_PAGE.format(degree=degree),
                                 "kennel-supervisor.txt")).skills
    assert {"organisational skills", "record keeping skills", "kennel hygiene"} <= set(skills)
    assert not any(degree.split()[0].lower() in skill.lower().split() for skill in skills)


def test_a_kind_of_work_keeps_its_high() -> None:
    page = "Cable Jointer\n\nSkills\n- high voltage switching\n- cable jointing\n"
    skills = facts_of(parse_text(page, "cable-jointer.txt")).skills
    assert "high voltage switching" in skills


_GLUED_TOOLS = """Orchard Mapping Technician

Tools
{tools}

About the job
You fly survey drones over fruit farms.
"""


@pytest.mark.parametrize(("tools", "names"), [
    ("Route plottingTree3DCanopy Scan", {"Route plotting", "Tree3D", "Canopy Scan"}),
    ("Soil samplingGeo5XLeaf Counter", {"Soil sampling", "Geo5X", "Leaf Counter"}),
    ("Yield mappingNikon Z50Lightroom", {"Yield mapping", "Nikon Z50", "Lightroom"}),
    ("Drone logsCropBIFieldbook", {"Drone logs", "CropBI", "Fieldbook"}),
])
def test_a_code_glued_to_the_next_tool_is_cut(tools: str, names: set[str]) -> None:
    skills = facts_of(parse_text(_GLUED_TOOLS.format(tools=tools),
                                 "orchard-mapping-technician.txt")).skills
    assert names <= set(skills)


@pytest.mark.parametrize("tool", ["IW41", "3D modelling", "PostgreSQL", "iOS"])
def test_a_code_or_brand_alone_is_not_cut(tool: str) -> None:
    skills = facts_of(parse_text(_GLUED_TOOLS.format(tools=f"Tree countsPlot sketching\n\n"
                                                     f"Skills\n- {tool}\n- orchard survey"),
                                 "orchard-mapping-technician.txt")).skills
    assert tool in skills
