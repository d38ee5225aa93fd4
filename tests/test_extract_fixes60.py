"""Defects noticed this stop, second list (fixes60).

- Job-family rows set with single spaces ("Records Officer Band C £…"), one under another:
  each row's band is its own title's, not the page's role's.
- A page titled in capitals keeps its joining words in lower case ("Tiler and Plasterer").
- A progression card's "Next step: X" and "Higher technical option: Y" fields are moves up,
  and never the page's title.
- A heading naming who is hiring by another noun ("Owners Hiring …") heads employers.
- One piece of kit in a lower-case bracket after a skill ("hose testing (pressure gauge)")
  is a skill too.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest
from tests.guide_facts import names, texts

from careergraph.guides import parse_text


def _owners(page: str) -> dict[float, str | None]:
    """Each band's lower figure and its owner (None: the page's role)."""
    return {band.min: band.role for band in parse_text(page, "page.txt").salaries}


def test_single_spaced_job_family_rows_own_their_bands() -> None:
    owners = _owners("Tree Officer\n\nTree officers protect the trees of a borough and "
                     "answer planning questions about them.\n\nJob family\n\n"
                     "Arboricultural Assistant Band B £21,450 – £23,800\n"
                     "Tree Officer Band C £24,900 – £27,600\n"
                     "Landscape Planner Band E £34,100 – £39,300\n")
    assert owners[24900] is None
    assert (owners[21450] or "").lower() == "arboricultural assistant"
    assert (owners[34100] or "").lower() == "landscape planner"


def test_a_level_after_a_title_is_no_band_cut() -> None:
    from careergraph.guides.pay_leads import graded_cell
    assert graded_cell("Records Clerk Band C") == "Records Clerk"
    assert graded_cell("Records Clerk Level 3") is None
    assert graded_cell("Clerks are paid on Band C") is None


def test_a_capitals_title_keeps_its_joining_words_small() -> None:
    guide = parse_text("GLAZIER AND GLASS CUTTER\n\nGlaziers and glass cutters fit windows "
                       "and shop fronts.\n\nSkills\n\n- Measuring openings\n", "page.txt")
    assert guide.role.text == "Glazier and Glass Cutter"


@pytest.mark.parametrize("label", ["Next step", "Higher technical option"])
def test_a_card_field_above_the_role_is_a_move_up(label: str) -> None:
    guide = parse_text("Tree Surgeon\n\nTree surgeons prune and fell trees in parks and "
                       "gardens.\n\nProgression\n\n"
                       f"{label}: Countryside ranger\n", "page.txt")
    assert guide.role.text == "Tree Surgeon"
    assert [fact.text for fact in guide.leads_to] == ["Countryside Ranger"]


def test_a_card_field_with_a_requirement_is_no_move() -> None:
    guide = parse_text("Tree Surgeon\n\nTree surgeons prune and fell trees in parks and "
                       "gardens.\n\nProgression\n\n"
                       "Next step: a level 3 certificate in countryside management\n", "page.txt")
    assert not guide.leads_to


@pytest.mark.parametrize("heading", ["Owners Hiring Dog Groomers Now",
                                     "Businesses hiring dog groomers"])
def test_a_hiring_heading_by_another_noun_heads_employers(heading: str) -> None:
    guide = parse_text("Dog Groomer\n\nA dog groomer is the person who washes, clips and styles "
                       "dogs.\n\nSkills\n\n- Clipping\n\n"
                       f"{heading}\n\nWaggy Salon Ltd\nBrushwood Pet Spa\nCoat & Collar Co\n",
                       "page.txt")
    assert {"Waggy Salon Ltd", "Brushwood Pet Spa"} <= names(guide.employers)


def test_one_piece_of_kit_in_a_bracket_is_a_skill() -> None:
    guide = parse_text("Fire Appliance Technician\n\nA fire appliance technician is the person "
                       "who services fire engines for a brigade.\n\nSkills\n\n"
                       "- hose testing (pressure gauge)\n- Welding (basic)\n"
                       "- Health & Safety\n", "page.txt")
    skills = texts(guide.skills)
    assert "hose testing" in skills and "pressure gauge" in skills
    assert "basic" not in skills and "Health & Safety" in skills
