"""Wrong facts, second pass (helper prec2, stop 39).

- A web address printed by a site ("harbourjobs.example", "www.taskboard.com.my") or naming
  a job board ("TalentBridgeCareers.com") is the board's or the page's address, never an
  employer; a firm named by its own domain writes it capitalised ("Tripwise.com") and stays.
- A numbered paragraph's outline number ("F.12.3 Newly qualified …") is no part of the
  subject a plural opening names, and "newly qualified" is a stage of the role, not a title.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.builder import GuideBuilder
from careergraph.model import Layout

EMPLOYERS_LIST = (
    "Marine Electrician\n"
    "\n"
    "Marine electricians install and repair wiring on boats and ships.\n"
    "\n"
    "Top employers\n"
    "- Kestrel Boatworks\n"
    "- harbourjobs.example\n"
    "- Tripwise.com\n"
)


def test_a_lower_case_address_in_an_employer_list_is_no_employer() -> None:
    guide = parse_text(EMPLOYERS_LIST, "marine.txt")
    employers = {e.text for e in guide.employers}
    assert "Kestrel Boatworks" in employers
    assert "Tripwise.com" in employers  # a firm named by its domain, capitalised
    assert "harbourjobs.example" not in employers


@pytest.mark.parametrize("text, kept", [
    ("www.taskboard.com.my", False), ("shiftfinder.co.uk/roles", False),
    ("TalentBridgeCareers.com", False), ("Hiring.example", False),
    ("Tripwise.com", True), ("St. Oswin Infirmary", True), ("J.K. Farrow & Sons", True),
])
def test_site_addresses_are_refused_as_employers(text: str, kept: bool) -> None:
    builder = GuideBuilder("x.txt", Layout.LONGFORM)
    assert builder.add("employers", text, 1) is kept


NUMBERED_REVIEW = (
    "Skills Review 2031: annex F, occupation notes\n"
    "F.12 Sonographers (part of group 3119, Allied health n.e.c.)\n"
    "\n"
    "Status: on the shortage list since 2029\n"
    "\n"
    "F.12.1 Only four colleges train sonographers, and few graduates stay in the region.\n"
    "F.12.2 Newly qualified sonographers are employed on Grade 5 (£29,400 - £34,150); "
    "senior sonographers are on Grade 6 (£35,020 - £41,880).\n"
    "F.12.3 Some sonographers later become eye clinic managers.\n"
)


def test_a_numbered_paragraph_names_no_role_with_its_number() -> None:
    # (the page's numbered heading names no role the reader knows: the file name does)
    guide = parse_text(NUMBERED_REVIEW, "sonographer.txt")
    assert guide.role is not None
    assert guide.role.text == "Sonographer"
