"""Skills recall (helper recall15): a list piece whose bracket lists its parts ("Excel (pivots,
XLOOKUP, Power Query)" among a run-in skills label's commas, a " · " strip or a semicolon
list) gives the skill and each part, and a requirement item whose bracket names two products
or methods ("Participatory methods (ABCD, EFGH)") gives the skill and each name.  Every page
here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_skills import bracketed_parts, listed_bracket


def _skills(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "page.txt").skills}


_LABELLED = """\
Payroll Associate

What you will do
Run the monthly payroll for our clients and answer their queries.
Skills we look for: Sage 50, Excel (pivots, XLOOKUP, Power Query), clear written English.
"""


def test_a_labelled_comma_list_splits_a_pieces_bracket_of_parts() -> None:
    skills = _skills(_LABELLED)
    assert {"Excel", "pivots", "XLOOKUP", "Power Query", "Sage 50"} <= skills
    assert not any("(" in name for name in skills)


_STRIP = """\
Goat Unit Manager

SKILLS NEEDED
Stockmanship · Kidding and AI (heat detection, tupping) · Feed budgeting
"""


def test_a_dotted_strip_splits_a_pieces_bracket_of_parts() -> None:
    skills = _skills(_STRIP)
    assert {"Kidding and AI", "heat detection", "tupping", "Feed budgeting"} <= skills
    assert "Kidding and AI (heat detection, tupping)" not in skills


_QUALITIES = """\
Tour Guide

Skills we look for: Italian (spoken, written), storytelling, first aid (basic, advanced).
"""


def test_a_bracket_of_qualities_gives_no_parts() -> None:
    skills = _skills(_QUALITIES)
    assert not {"spoken", "written", "basic", "advanced"} & skills


def test_bracketed_parts_shapes() -> None:
    assert bracketed_parts("Excel (pivots, XLOOKUP)") == ["Excel", "pivots", "XLOOKUP"]
    assert bracketed_parts("Practice software (Quillbook, Tallyfox)") == [
        "Practice software", "Quillbook", "Tallyfox"]
    assert bracketed_parts("Watering (drip, ebb and flood)") == [
        "Watering", "drip", "ebb and flood"]  # (two single words joined: one method)
    assert bracketed_parts("Spanish (spoken, written)") is None
    assert bracketed_parts("Forklift licence (counterbalance, reach)") is None
    assert bracketed_parts("2 years experience (hotels, hospitals)") is None
    assert bracketed_parts("Excel (Power Query)") is None  # one part: left to other rules
    assert bracketed_parts("Stakeholder management (residents, councillors)") is None
    assert bracketed_parts("Attention to detail (torque sequence, PSI)") is None  # a trait


_REQUIRED = """\
Sanitation Promotion Officer

Required
- Degree in public health or equivalent
- Participatory methods (FOLKA, TRIPLO)
- Household surveys (Koboform, Odkly)
"""


def test_a_requirement_items_bracket_of_names_gives_each() -> None:
    skills = _skills(_REQUIRED)
    assert {"Participatory methods", "FOLKA", "TRIPLO"} <= skills
    assert {"Household surveys", "Koboform", "Odkly"} <= skills


def test_listed_bracket_shapes() -> None:
    assert listed_bracket("Participatory methods (FOLKA, TRIPLO)")
    assert not listed_bracket("2 years experience (Hotels, Hospitals)")
    assert not listed_bracket("Forklift licence (Counterbalance, Reach)")
    assert not listed_bracket("Confident presenting (yes, on a stage!)")
    assert not listed_bracket("Stock rotation (2 years, hotels)")
    assert not listed_bracket("Chartered surveying (RICS, CIOB or CABE)")  # a standing's bodies


_INITIALS = """\
Peer Mentor

WHAT YOU WILL LEARN
• Reflective Peer Mentoring (RPM)
• Safe Lone Visiting (Level 2)
"""


def test_a_title_case_item_with_its_initials_gives_the_name_and_the_initials() -> None:
    skills = _skills(_INITIALS)
    assert {"Reflective Peer Mentoring", "RPM"} <= skills
    assert "Reflective Peer Mentoring (RPM)" not in skills
    assert "Level 2" not in skills  # (a grade in the bracket: no initials of the name)


_CRITERIA = """\
Head of Facilities

Person Specification
Essential
- Strategic estate planning and capital programme delivery
- Building procurement and contracts (KBR7, Stonewell)
- Engagement with partners (Northgate Council, Riverside Police)
"""


def test_a_criterions_bracket_of_names_gives_each_name() -> None:
    skills = _skills(_CRITERIA)
    assert {"KBR7", "Stonewell"} <= skills
    # (a bracket of the parties a skill deals with: no tools)
    assert not {"Northgate Council", "Riverside Police"} & skills
