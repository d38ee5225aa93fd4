"""Skills that are not skills (helper prec9): a job's title read as a skill where the page
names that job as a move or a rung, and an article kept before a skill's name.  Every page
here is invented, with its own roles, tools and wording."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.builder import _skill_name
from careergraph.model import Guide


def _guide(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _skills(guide: Guide) -> set[str]:
    return {skill.text.lower() for skill in guide.skills}


def _moves(guide: Guide) -> set[str]:
    return {f.text.lower() for f in (*guide.leads_to, *guide.transitions_to, *guide.moves_in)}


# -- a job's title named as a move is no skill ------------------------------------------------
GLASSBLOWER_BLOG = """Scientific Glassblower Career Guide
Scientific glassblowing turns borosilicate tubing into flasks, condensers and one-off research \
apparatus. This guide covers the work, the skills, the pay and the next steps.
What Does a Scientific Glassblower Do?
Scientific glassblowers build and repair glass apparatus for university and industry labs.
Skills That Matter
The best glassblowers combine lathe work, flame control, annealing schedules and careful \
measurement. Familiarity with drawing software (e.g., AutoCAD, SolidWorks) is expected.
Where the Career Goes
With a few years of practice, glassblowers can advance to Senior Glassblower or Glass Shop \
Supervisor. Others move laterally into adjacent specialities (e.g., Optical Technician, Vacuum \
Systems Technician, Neon Sign Maker).
Salary
In the United Kingdom, glassblower pay typically runs from £27,000 to £34,000 for new starters.
"""

BEEKEEPING_BLOG = """Commercial Beekeeper Career Guide
Commercial beekeepers look after hundreds of hives and move them between orchards. This guide \
covers the work, the skills and where it leads.
Skills That Matter
The best beekeepers combine queen rearing, varroa monitoring and honey extraction. Familiarity \
with hive scales (e.g., BroodMinder, Arnia) helps.
Where the Career Goes
Experienced beekeepers can advance to Apiary Manager. Others move laterally into adjacent \
specialities (e.g., Pollination Brokers, Bee Inspectors).
"""


def test_a_move_target_read_from_a_skills_sentence_is_no_skill() -> None:
    guide = _guide(GLASSBLOWER_BLOG)
    skills, moves = _skills(guide), _moves(guide)
    assert {"lathe work", "flame control", "annealing schedules"} <= skills
    assert {"optical technician", "vacuum systems technician"} <= moves
    assert not skills & moves  # one name is a role or a skill, never both


def test_a_plural_title_is_the_same_role() -> None:
    guide = _guide(BEEKEEPING_BLOG)
    assert "queen rearing" in _skills(guide)
    assert not {"pollination broker", "pollination brokers", "bee inspector"} & _skills(guide)


def test_a_skill_no_move_names_stays() -> None:
    page = """# Sign Writer

Sign writers letter shopfronts, vans and boats by hand.

## Skills
- Brush lettering
- Gilding
- Vinyl Master (layout software)

## Career path
Sign Writer → Senior Sign Writer → Studio Manager
"""
    skills = _skills(_guide(page))
    assert {"brush lettering", "gilding"} <= skills


# -- an article before a skill's name ---------------------------------------------------------
def test_an_article_before_a_name_is_dropped() -> None:
    assert _skill_name("a PTLW card")[0] == "PTLW card"
    assert _skill_name("An Orbit Crane operator ticket")[0] == "Orbit Crane operator ticket"
    assert _skill_name("an NDT Level 2 certification")[0] == "NDT Level 2 certification"


def test_an_article_before_common_words_stays() -> None:
    # (no name follows: the article belongs to the phrase as a page writes it)
    assert _skill_name("a steady hand")[0] == "a steady hand"
    assert _skill_name("A Level Chemistry")[0] == "A Level Chemistry"
    assert _skill_name("A+ certification")[0] == "A+ certification"


def test_an_article_before_a_card_in_a_page() -> None:
    page = """# Rail Track Operative

Rail track operatives lay, inspect and repair railway lines.

## What we want
We want: ballast tamping, sleeper handling, a PTLW card, a full driving licence
"""
    skills = _skills(_guide(page))
    assert "ptlw card" in skills
    assert "a ptlw card" not in skills


# -- a named competency or technique joined by "and" stays one skill ---------------------------
def test_named_pairs_stay_whole() -> None:
    from careergraph.guides.skill_cues import paired_skills

    assert paired_skills("Planning and organising") == ["Planning and organising"]
    assert paired_skills("Ankle taping & bracing") == ["Ankle taping & bracing"]
    assert paired_skills("Erosion and sediment control plans") == [
        "Erosion and sediment control plans"]
    assert paired_skills("Bolt torque and tensioning") == ["Bolt torque and tensioning"]
    # (other pairs still part: two skills)
    assert paired_skills("Stock rotation and cash handling") == ["Stock rotation",
                                                                "cash handling"]


def test_a_competency_row_keeps_its_named_competency() -> None:
    page = """Graduate Depot Supervisor - Assessment Centre Guide
What we assess
Across every exercise our assessors look at five competencies:
Team leadership | Customer focus | Planning and organising | Adaptability
"""
    skills = _skills(_guide(page))
    assert "planning and organising" in skills
    assert not {"planning", "organising"} & skills


def test_a_field_named_as_a_move_stays_a_skill() -> None:
    # (a move into a field, not a person's job: the field is a skill too)
    page = """Food Technologist Career Guide
Food technologists develop recipes and keep factory lines safe and consistent.
Skills That Matter
The best technologists combine sensory evaluation, shelf-life testing and food microbiology.
Where the Career Goes
Experienced technologists can advance to Senior Food Technologist. Others move laterally \
into adjacent fields (e.g., Food Microbiology, Packaging Technologist).
"""
    guide = _guide(page)
    skills = _skills(guide)
    assert "food microbiology" in skills
    assert "packaging technologist" not in skills
