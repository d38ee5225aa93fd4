"""Skills stated in items and prose (helper skills8): a task and the products it is done with
("Test automation with Playwright or Selenium"), a tool named with "use" after it ("Multimeter
and megohmmeter use"), a field beside an activity ("Phlebotomy and ECG recording"), a skill
before the setting it is practised in ("Shelf loading at speed"), and cue idioms of practice
and of an employer's offer ("We will support you in learning A and B", "Uses A and B").

Each test writes its own small page or item (invented roles, wording and products), asserts
what is read, and shows a near miss the rule must leave alone.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.item_settings import without_setting
from careergraph.guides.skill_cues import paired_skills
from careergraph.guides.task_products import task_products
from careergraph.guides.tool_use import tool_in_use
from careergraph.model import Guide


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


def _page(*items: str, heading: str = "Skills you need") -> str:
    return "Kiln Technician\n\n" + heading + "\n" + "".join(f"- {i}\n" for i in items)


# -- a task and its products -----------------------------------------------------------------
def test_task_and_alternative_products_in_a_skills_list() -> None:
    found = _skills(parse_text(_page("Meter calibration with Fluxwise or Tempra",
                                     "Glaze chemistry with GlazeCalc"), "k.txt"))
    assert {"Meter calibration", "Fluxwise", "Tempra", "Glaze chemistry", "GlazeCalc"} <= found
    assert "Glaze chemistry with GlazeCalc" not in found  # (the item whole is no skill)


def test_products_after_on_and_in_need_a_mark_of_a_product() -> None:
    assert task_products("Ticket triage on HelpHub, Zendro and Q4desk") == [
        "Ticket triage", "HelpHub", "Zendro", "Q4desk"]
    assert task_products("Model builds in FloodCAD") == ["Model builds", "FloodCAD"]
    # a place, days and a firm's teams are no products
    assert task_products("Fieldwork in Kenya") is None
    assert task_products("Deliveries on Monday and Thursday") is None
    assert task_products("Budget reviews with Finance and Legal") is None


def test_a_requirement_or_a_role_is_left_to_other_readers() -> None:
    assert task_products("Hands-on experience with Ledgr or Paywise") is None
    assert task_products("Knowledge of Ledgr or Paywise") is None
    assert task_products("Shift handover with Kiln Technician",
                         excluded=lambda name: name == "Kiln Technician") is None


def test_a_lexicon_tool_is_a_product_on_its_own() -> None:
    page = _page("Infrastructure as Code with Terraform")
    assert {"Infrastructure as Code", "Terraform"} <= _skills(parse_text(page, "c.txt"))
    assert "Infrastructure as Code with Terraform" not in _skills(parse_text(page, "c.txt"))


# -- a tool named with "use" -----------------------------------------------------------------
def test_two_tools_in_use_are_two_tools() -> None:
    found = _skills(parse_text(_page("Voltmeter and clamp meter use",
                                     "Log splitting and stump grinder use"), "t.txt"))
    assert {"Voltmeter", "clamp meter", "Log splitting", "stump grinder"} <= found
    assert not {"clamp meter use", "stump grinder use"} & found


def test_use_stays_after_a_thing_that_is_no_tool() -> None:
    assert tool_in_use("land use") is None and tool_in_use("safe use") is None
    assert tool_in_use("AED use") == "AED"
    assert paired_skills("Land and water use") == ["Land and water use"]
    # one tool in use alone keeps its wording (a unit may be named so: "Chainsaw use")
    assert "Chainsaw use" in _skills(parse_text(_page("Chainsaw use"), "c.txt"))


# -- a field beside an activity --------------------------------------------------------------
def test_a_field_and_an_activity_are_two_skills() -> None:
    assert paired_skills("Phlebotomy and ECG recording") == ["Phlebotomy", "ECG recording"]
    assert paired_skills("Taxonomy and specimen identification") == [
        "Taxonomy", "specimen identification"]


def test_two_single_words_and_shared_activities_stay_as_they_were() -> None:
    assert paired_skills("Anatomy and physiology") == ["Anatomy and physiology"]
    assert paired_skills("forklift and truck driving") == ["forklift driving", "truck driving"]


# -- a skill and the setting it is practised in ----------------------------------------------
def test_a_setting_after_a_skills_item_is_cut() -> None:
    by_line: dict[int, list[str]] = {}
    page = _page("Kiln repair and shelf grinding in small studios", "Glaze testing on busy days",
                 "Wheel throwing for beginners", "Shelf loading at speed")
    for skill in parse_text(page, "s.txt").skills:
        by_line.setdefault(skill.source.line, []).append(skill.text)
    assert by_line[4] == ["Kiln repair", "shelf grinding"]
    assert by_line[5] == ["Glaze testing"] and by_line[6] == ["Wheel throwing"]
    assert by_line[7] == ["Shelf loading"]


def test_a_tail_that_is_the_skill_or_a_name_stays() -> None:
    assert without_setting("Decision-making under time pressure") is None
    assert without_setting("Working at height") is None
    assert without_setting("An eye for colour in glazes") is None
    assert without_setting("Head for heights") is None
    assert without_setting("Data entry in Ledgr") is None  # (a product: capitalised)
    assert without_setting("Experience in pottery studios") is None  # (a requirement)
    assert without_setting("Skill in centring clay on the wheel") is None
    assert without_setting("basic kiln skills for small repairs") == "basic kiln skills"
    # a list after the opener is what the item names ("… in A, B and C"), no setting
    assert without_setting("Solid grounding in glaze maths, kiln wiring and pyrometry") is None


def test_a_trait_with_its_context_is_left_to_the_gazetteer() -> None:
    page = _page("Patience with nervous learners in evening classes")
    found = _skills(parse_text(page, "p.txt"))
    assert "Patience with nervous learners" not in found


# -- cue idioms in prose ---------------------------------------------------------------------
def test_cue_idioms_of_practice_and_an_employers_offer() -> None:
    page = ("Loom Mechanic\n\nAbout the role\n"
            "We will support you in learning bobbin winding, reed cleaning and LoomTrack.\n"
            "We value patience, teamwork and punctuality.\n"
            "Uses warp tensioning, shuttle repair and Loomsoft every day.\n")
    found = _skills(parse_text(page, "l.txt"))
    assert {"bobbin winding", "reed cleaning", "LoomTrack", "patience", "teamwork",
            "warp tensioning", "shuttle repair", "Loomsoft"} <= found


def test_uses_cues_only_at_a_sentence_start() -> None:
    page = ("Loom Mechanic\n\nAbout the role\n"
            "The mill uses three shifts, two canteens and a night bus.\n")
    assert not {"three shifts", "two canteens", "night bus"} & _skills(parse_text(page, "m.txt"))


# -- two kinds of one activity ---------------------------------------------------------------
def test_two_adjectives_sharing_an_activity_are_two_kinds() -> None:
    assert paired_skills("Manual and robotic welding") == ["Manual welding", "robotic welding"]
    assert paired_skills("invasive and non-invasive monitoring") == [
        "invasive monitoring", "non-invasive monitoring"]


def test_modes_of_communication_and_nouns_sharing_a_head_stay_whole() -> None:
    assert paired_skills("Written and verbal communication") == [
        "Written and verbal communication"]
    assert paired_skills("Printing and dyeing processes") == ["Printing and dyeing processes"]
    assert paired_skills("Medical and legal terminology") == ["Medical and legal terminology"]



def test_imperative_duty_before_its_setting_is_no_skill() -> None:
    # a duty told as an order keeps no skill when its setting is cut (generated long-form
    # pages' duty bullets under numbered topic headings became skills); an activity does
    for duty in ("Secure kiln firing runbooks at scale",
                 "Improve kiln control release checks for regulated customers",
                 "Own glaze batch dashboards with clear ownership"):
        assert without_setting(duty) is None
    assert without_setting("Test automation at scale") == "Test automation"
    assert without_setting("Glaze testing on busy days") == "Glaze testing"
