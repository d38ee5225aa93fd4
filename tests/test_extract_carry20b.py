"""Set-20 generated families carried over: capitalised skill items glued on a portal,
verbs glued to a name's capitals, a role's own workers as a sentence's subject."""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.run_together import page_words, run_together_items

_PORTAL = ("SkillHarbour  |  Find jobs  Explore occupations  Sign in\n"
           "Explore occupations > Technicians > Lab technicians > lab automation technician\n"
           "Occupation profile based on ESCO v1.2 | Add to my profile\n"
           "lab automation technician\n"
           "Preferred labellab automation technician\n"
           "Hidden labelslabautomation technician\n"
           "ISCO-08 code3111 Lab technicians\n"
           "DescriptionLab Automation Technicians keep pipetting robots running.\n"
           "Essential skills (3)Liquid HandlingRobot CalibrationSample Tracking\n"
           "Essential knowledgeBuffer ChemistryPlate Readers\n")


def test_a_portal_cuts_capitalised_skill_items_glued_together() -> None:
    skills = names(parse_text(_PORTAL, "lab-automation-technician.txt").skills)
    assert {"Liquid Handling", "Robot Calibration", "Sample Tracking", "Buffer Chemistry",
            "Plate Readers"} <= skills
    assert not any("HandlingRobot" in name or "ChemistryPlate" in name for name in skills)


def test_a_verb_glued_to_a_names_capitals_opens_the_next_item() -> None:
    words = page_words(["Technicians keep robots running."])
    assert run_together_items("work with LIMSuse Benchlingsuse ELN", words, 3) == [
        "work with LIMS", "use Benchlings", "use ELN"]
    assert run_together_items("calibrate Autosampler", words) == ["calibrate Autosampler"]


def test_the_roles_workers_in_the_plural_are_no_employer() -> None:
    page = ("Director of Fleet Planning\n"
            "Where do directors of fleet planning work?\n"
            "Directors of Fleet Planning employed under a fixed-term contract earn more. "
            "Employers currently recruiting: Kestrel Freight Sp. z o.o.\n")
    employers = names(parse_text(page, "director-of-fleet-planning.txt").employers)
    assert "Directors of Fleet Planning" not in employers


def test_a_quality_nouns_to_complement_stays_in_the_skill() -> None:
    page = ("Ferry Deckhand\n"
            "Skills you need\n"
            "- reliability, tolerance to cold weather and good manners\n")
    skills = names(parse_text(page, "ferry-deckhand.txt").skills)
    assert "tolerance to cold weather" in skills
    assert "tolerance" not in skills


def test_a_use_verb_before_a_capitalised_name_names_the_tool() -> None:
    page = _PORTAL + "Optional skills (2)use SPSSwork with Ansible\n"
    skills = names(parse_text(page, "lab-automation-technician.txt").skills)
    assert {"SPSS", "Ansible"} <= skills
    assert "use SPSS" not in skills


def test_a_works_in_list_parts_its_last_pair_but_not_a_pair_of_unknowns() -> None:
    page = ("Crane Operator\n"
            "Industries\n- ports, quarrying and forestry\n")
    sectors = names(parse_text(page, "crane-operator.txt").sectors)
    assert {"quarrying", "forestry"} <= sectors
    page = ("Crane Operator\n"
            "Industries\n- bridge and tunnel building\n")
    assert "bridge and tunnel building" in names(parse_text(page, "crane-operator.txt").sectors)
