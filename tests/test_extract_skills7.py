"""Tools named outside a duties section (helper skills7): a kit list after "with"/"using" and
a kind of system with its bracketed products, read in an overview, a story or a forum post as
in a duty line; and a model's code ("EK43") inside a listed item, which is part of a name, no
figure.

Each test writes its own small page or sentence (invented roles, wording and products),
asserts what is read, and shows a near miss the rule must leave alone.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import system_products
from careergraph.guides.items import with_tools
from careergraph.guides.skill_cues import cued_skills, labelled_skills
from careergraph.model import Guide


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


# -- a kind of system and its products, in any section ---------------------------------------
def test_system_products_in_an_overview_paragraph() -> None:
    page = ("Land Registry Assistant\n\nWhat the job is like\n"
            "Assistants check plans against titles and record each change in the mapping "
            "systems (ParcelView, TitleTrace) before the deeds go out.\n")
    assert {"ParcelView", "TitleTrace"} <= _skills(parse_text(page, "l.txt"))


def test_a_long_kind_is_named_with_its_products() -> None:
    assert system_products("Loans go through an integrated circulation system "
                           "(ShelfMark, Lendwise or BookLoop).") == [
        "integrated circulation system", "ShelfMark", "Lendwise", "BookLoop"]


def test_a_short_kind_only_when_an_acronym_or_its_own_name_names_it() -> None:
    assert system_products("Rounds are planned in a routing app (VanPath or StopList).") == [
        "VanPath", "StopList"]
    assert system_products("Dosing is set from the PLC system (DoseLink).") == [
        "PLC system", "DoseLink"]
    assert system_products("Fares are sold on a booking terminal (QUAY terminal).") == [
        "booking terminal"]


def test_schemes_acronyms_and_words_of_time() -> None:
    assert system_products("The guild runs a three-tier programme (Bronze, Silver and "
                           "Gold).") == []
    assert system_products("Each site keeps an energy management system (EMS).") == []
    assert system_products("She led the move to a new fleet tracking platform (RouteHawk).") == [
        "fleet tracking platform", "RouteHawk"]


# -- a kit list after "with" or "using", in any section --------------------------------------
def test_kit_list_in_a_handout_paragraph() -> None:
    page = ("Lens Grinder\n\nAbout the work\n"
            "Grinders shape each blank on the lathe and check it with an OCM, radius gauges "
            "and digital calipers before polishing.\n")
    assert {"OCM", "radius gauges", "digital calipers"} <= _skills(parse_text(page, "g.txt"))


def test_one_noun_after_with_outside_a_duty_is_no_kit_list() -> None:
    assert with_tools("A calm trade with a clear ladder.", minimum=2) == []
    assert with_tools("Check the frame with a level and a laser level.", minimum=2) == [
        "level", "laser level"]


def test_a_task_inside_the_list_is_no_kit() -> None:
    assert "lifting using hoists" not in with_tools(
        "Help with lifting using hoists and slide sheets.", minimum=2)


def test_people_ending_in_a_tools_word_are_no_kit() -> None:
    assert with_tools("Buyers deal with shoppers and more with suppliers.", minimum=2) == []


# -- a model's code inside a listed item -----------------------------------------------------
def test_a_model_code_does_not_end_a_cued_list() -> None:
    line = ("Leeds, 3 yrs, roastery café: £12/h. Useful: latte art, V60 brewing, cash "
            "handling.")
    assert labelled_skills(line, lambda label: label == "Useful") == [
        "latte art", "V60 brewing", "cash handling"]


def test_a_figure_still_ends_a_cued_list() -> None:
    assert cued_skills("Roasters look for 5 years in a café and a palate.", ("look for",)) == []
    assert cued_skills("Roasters look for Q4 stock checks and cupping.", ("look for",)) == []


# -- two activities joined in a topic bullet -------------------------------------------------
def test_two_activities_in_a_topic_item_are_two_skills() -> None:
    from careergraph.guides.items import topic_skills

    assert topic_skills("Splicing and net mending") == ["Splicing", "net mending"]
    # a noun before the shared activity is its object: one tail shared
    assert topic_skills("Forklift and crane operation") == [
        "Forklift and crane operation", "crane operation"]
    # an -ing word before a shared noun head keeps the head
    assert topic_skills("Cutting and shaping techniques")[0] == "Cutting and shaping techniques"


def test_a_quantity_before_a_tool_is_no_part_of_its_name() -> None:
    assert with_tools("He trims each peg with a set of chisels and a tenon saw.",
                      minimum=2) == ["chisels", "tenon saw"]


def test_one_tool_noun_among_abstract_items_is_no_kit_outside_duties() -> None:
    # ("level" names a tool, but "quality level" beside "team values" is no kit list)
    assert with_tools("Match the roadmap with team values and quality level.", minimum=2) == []
    assert with_tools("Inspectors check joints with an ultrasonic tester, feeler gauges and a "
                      "torque wrench.", minimum=2) == [
        "ultrasonic tester", "feeler gauges", "torque wrench"]
