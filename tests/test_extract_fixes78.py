"""Wrong facts left by this stop's helpers, each on an invented page (helper fixes78)."""

import pytest
from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_COVERS_PAGE = """Dredger Mate

{heading}
- {lead} hull surveys, winch checks and bridge watchkeeping
- {lead} cargo stowage
- Steady nerves
"""


@pytest.mark.parametrize("heading", ["Skills", "What you need"])
@pytest.mark.parametrize("lead", ["Training covers", "The role covers", "The job involves"])
def test_a_work_lead_in_is_no_word_of_a_skills_bullet(heading: str, lead: str) -> None:
    skills = facts_of(parse_text(_COVERS_PAGE.format(heading=heading, lead=lead),
                                 "dredger-mate.txt")).skills
    assert {"hull surveys", "winch checks", "bridge watchkeeping", "cargo stowage"} <= set(
        skills)
    assert not any(lead.split()[-1] in skill.split() for skill in skills)
