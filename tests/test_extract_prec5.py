"""Wrong facts found over every development set (prec5).

- Level words joined by a slash before one title in a card's move list ("Senior/Lead
  Hydrologist") are two titles, as in long-form lists: the slash title itself never comes out.
- "Skills licensing boards and employers list" (skills, then who lists them) heads skills:
  its items are no sectors, and the bodies it names employ no one.
- A publisher's legal or accessibility notice in a "who hires" section ("Large-print copies
  are available upon request", "An Equal Opportunity Program") names no sector; nor does a
  line of perks ("Benefits vary by depot: …") or a passive clause saying who runs the places
  ("owned and operated by independent franchisees").
- An employer's other openings in a paragraph ("We're also hiring at the lodge: A, B.") are
  no moves into the role.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import moves

from careergraph.guides import parse_text
from careergraph.guides.headings import load_headings
from careergraph.guides.sector_noise import notice_line, perks_line

_CARD = ("Hydrologist\n"
         "Career GuideA Hydrologist studies how water moves through catchments."
         "Key Responsibilities\n"
         "- Model river flows for flood warnings\n"
         "Top Skills for Success\n"
         "Hydraulic modelling\n"
         "Career Progression\n"
         "Can Lead To\n"
         "Senior/Lead Hydrologist\n"
         "Water Resources Manager\n"
         "Transition Opportunities\n"
         "Flood Risk Consultant\n")


def test_a_card_slash_level_title_is_two_moves() -> None:
    found = moves(parse_text(_CARD, "card.txt"))
    assert ("@self", "Senior Hydrologist") in found
    assert ("@self", "Lead Hydrologist") in found
    assert ("@self", "Water Resources Manager") in found
    assert not any("/" in b for _, b in found)


def test_a_slash_between_words_of_no_level_stays_one_title() -> None:
    card = _CARD.replace("Senior/Lead Hydrologist", "Groundwater/Surface Water Analyst")
    found = moves(parse_text(card, "card.txt"))
    assert ("@self", "Senior Hydrologist") not in found
    assert not any(b in ("Groundwater Analyst", "Surface Water Analyst") for _, b in found)


def test_skills_then_who_lists_them_heads_skills() -> None:
    vocabulary = load_headings()
    assert vocabulary.classify("Skills examiners and agencies list") == "skills"
    assert vocabulary.classify("Skills our studio clients ask for") == "skills"
    assert vocabulary.classify("Skills and employers") != "skills"  # two sections' words


_SKILLS_LISTED = ("Court Stenographer\n\n"
                  "A Court Stenographer records hearings word for word.\n\n"
                  "Skills certification panels and courts look for\n"
                  "machine shorthand · realtime captioning · legal vocabulary · "
                  "transcript formatting\n\n"
                  "Who hires stenographers?\n"
                  "Reporting agencies such as Verbatim North and Ledger Court Services hire "
                  "them.\n")


def test_a_skills_list_under_such_a_heading_names_no_sector() -> None:
    guide = parse_text(_SKILLS_LISTED, "page.txt")
    skills = [s.text.lower() for s in guide.skills]
    assert "realtime captioning" in skills
    assert "legal vocabulary" in skills
    sectors = [s.text.lower() for s in guide.sectors]
    assert not any("captioning" in s or "shorthand" in s for s in sectors)


def test_a_notice_line_is_known() -> None:
    assert notice_line("Braille copies are available upon request from the front desk.")
    assert notice_line("HARBOUR SKILLS HUB  ·  hub.example  ·  An Equal Opportunity Program")
    assert not notice_line("Most rangers work for parks agencies and land trusts.")


_NOTICE_PAGE = ("Park Ranger\n\n"
                "A Park Ranger patrols trails and teaches visitors.\n\n"
                "WHO IS HIRING\n"
                "Rangers work for regional park agencies, land trusts and outdoor centres.\n"
                "Large-print copies and interpreters are available upon request to any "
                "visitor.\n"
                "GREENVALE CAREERS OFFICE  ·  greenvale.example  ·  An equal opportunity "
                "program\n")


def test_a_notice_in_a_hiring_section_names_no_sector() -> None:
    guide = parse_text(_NOTICE_PAGE, "page.txt")
    sectors = [s.text.lower() for s in guide.sectors]
    assert any("land trusts" in s for s in sectors)
    assert not any("copies" in s or "interpreters" in s or "opportunity" in s
                   for s in sectors)


_PERKS_PAGE = ("Depot Supervisor\n\n"
               "A Depot Supervisor runs a parcel depot's night shift.\n\n"
               "WHO'S HIRING\n"
               "Swiftbox depots are owned and operated by independent licensees. Open roles:\n"
               "Kestrel Parcels Ltd (Leeds) · Northline Logistics (York)\n"
               "Industries: parcel delivery, warehousing\n"
               "Benefits vary by licensee: free parking, pension match, cycle scheme\n")


def test_a_perks_line_is_known() -> None:
    assert perks_line("Staff benefits: gym, bike loan")
    assert not perks_line("Benefits advisers work for councils and charities.")


def test_perks_and_who_runs_the_places_name_no_sector() -> None:
    sectors = [s.text.lower() for s in parse_text(_PERKS_PAGE, "page.txt").sectors]
    assert "parcel delivery" in sectors
    assert "warehousing" in sectors
    assert not any("parking" in s or "match" in s or "cycle" in s or " by " in s
                   for s in sectors)


_OPENINGS_PAGE = ("Line Cook\n\n"
                  "A Line Cook runs one station of a busy grill.\n\n"
                  "WHERE OUR COOKS CAME FROM\n"
                  "Most of our line cooks joined from catering college; one came up from "
                  "dishwasher.\n"
                  "We're also hiring at the lodge: Pastry Cook, Night Porter. Other inns in our "
                  "group: The Gull Inn.\n")


def test_other_openings_are_no_moves() -> None:
    found = moves(parse_text(_OPENINGS_PAGE, "page.txt"))
    assert not any(a in ("Pastry Cook", "Night Porter") or b in ("Pastry Cook", "Night Porter")
                   for a, b in found)
