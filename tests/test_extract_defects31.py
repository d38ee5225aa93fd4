"""Small extraction defects fixed together (fixes31): kinds of workplace listed in pairs, a
magazine's section label over a pay figure, a record's glued "Preferred label", a known
company with its parent's name in front, a guard's title, and soft skills glued together.

Every page is invented here (people, firms, figures); file names are neutral so the role
must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.headline import page_labels
from careergraph.guides.run_together import glued_names, soft_traits
from careergraph.guides.workplace_kinds import listed_kinds
from careergraph.model import Guide


def _one(text: str) -> Guide:
    guide = parse_text(text, "page.txt")
    return guide[0] if isinstance(guide, list) else guide


# -- kinds of workplace listed in pairs ------------------------------------------------------
def test_a_field_of_service_shared_by_two_words_stays_one_kind() -> None:
    assert listed_kinds("Youth justice and family services") == [
        "Youth justice and family services"]
    assert listed_kinds("Housing and tenancy programmes") == ["Housing and tenancy programmes"]


def test_a_lone_plural_before_a_field_of_service_is_a_kind_of_its_own() -> None:
    assert listed_kinds("Prisons and community reentry programs") == [
        "Prisons", "community reentry programs"]
    # (a plural ending in "ss" is no lone plural kind)
    assert listed_kinds("Fitness and weight loss programs") == [
        "Fitness and weight loss programs"]


def test_two_kinds_sharing_a_workplace_head_still_give_the_second() -> None:
    assert listed_kinds("Village and market bakeries") == [
        "Village and market bakeries", "market bakeries"]


def test_a_bulleted_kind_with_an_aside_in_brackets_is_a_sector_not_an_employer() -> None:
    guide = _one("Speech Therapist\n\nSpeech therapists help children and adults who "
                 "struggle to speak or swallow.\n\nWhere speech therapists work\n"
                 "\u2022 Hospitals (stroke wards and outpatient clinics)\n"
                 "\u2022 Youth justice and family services\n"
                 "\u2022 Prisons and community reentry programs\n")
    sectors = {f.text for f in guide.sectors}
    assert {"Hospitals", "Youth justice and family services", "Prisons",
            "community reentry programs"} <= sectors
    assert not {"family services", "Prisons and community reentry programs"} & sectors
    assert not any(e.text.startswith("Hospitals") for e in guide.employers)


# -- a magazine's section label ------------------------------------------------------------
def test_a_capitals_label_under_a_running_head_is_a_page_label() -> None:
    lines = ["TIMBER TRADES REVIEW | MARCH 2026 | 17", "OBITUARIES", "A carver remembered",
             "Body text.", "TIMBER TRADES REVIEW | MARCH 2026 | 18", "OBITUARIES",
             "17    THE WORKSHOP", "NEWS"]
    assert page_labels(lines) == frozenset({"OBITUARIES", "NEWS"})


def test_a_pay_heading_or_a_label_under_an_ordinary_line_is_no_page_label() -> None:
    assert page_labels(["Wood carver pay", "SALARY", "£24,000 to £31,000"]) == frozenset()
    assert page_labels(["TIMBER TRADES REVIEW | 18", "Carvers who carve"]) == frozenset()


def test_a_pay_survey_under_a_page_label_is_not_labelled_with_it() -> None:
    guide = _one("TIMBER TRADES REVIEW | MARCH 2026 | 17\nOBITUARIES\n"
                 "A life at the lathe: Ivor Penhale, 1939-2025\n"
                 "Ivor Penhale, who died in Truro in May, worked as a woodturner for 50 years.\n"
                 "TIMBER TRADES REVIEW | MARCH 2026 | 18\nOBITUARIES\n"
                 "In the guild's survey, employed woodturners reported earning £24,000 to "
                 "£31,000 a year.\n")
    assert guide.salaries
    assert all(s.label != "OBITUARIES" for s in guide.salaries)


# -- a record's preferred label glued to its value ------------------------------------------
def test_a_glued_preferred_label_with_no_title_line_names_the_role() -> None:
    guide = _one("Preferred labelstove fitter\n"
                 "Alternative labelsflue fitter · stove installer\n"
                 "DescriptionStove fitters install wood burners and line flues.\n"
                 "Essential skillsinspect fluesclean soot trapsfit cowls\n"
                 "Optional skillsadvise on stove safety\n")
    assert guide.role.text == "Stove Fitter"
    assert guide.role_signal == "preferred_label"
    assert "Preferred" not in " ".join(a.text for a in guide.aliases)
    assert {"inspect flues", "clean soot traps", "fit cowls"} <= {
        s.text for s in guide.skills}


def test_a_spaced_preferred_label_still_names_the_role() -> None:
    guide = _one("Occupation register\nPreferred term: bell founder\n"
                 "Bell founders cast and tune bells in sand moulds.\n")
    assert guide.role.text == "Bell Founder"


# -- a known company with its parent's name in front ----------------------------------------
def test_a_parent_named_before_a_known_lab_keeps_the_name_whole() -> None:
    guide = _one("Research Scientist\n\nResearch scientists design and run experiments on "
                 "learning systems.\n\nTop employers\nGoogle DeepMindOpenAIAnthropic\n")
    employers = {e.text for e in guide.employers}
    assert "Google DeepMind" in employers
    assert not {"Google Deep", "Mind"} & employers


# -- a guard's title -------------------------------------------------------------------------
def test_guards_named_among_earlier_jobs_are_a_title() -> None:
    guide = _one("Custody Officer\n\nCustody officers look after detained people.\n"
                 "Among last year's entrants the most common previous occupations were "
                 "door supervisors (21%), security guards (17%) and bus drivers (6%).\n")
    assert {"Security Guard", "Bus Driver"} <= {m.text for m in guide.moves_in}


# -- soft skills glued together ------------------------------------------------------------
def test_a_strip_of_known_traits_is_cut_into_them() -> None:
    assert glued_names("patiencediplomacyresilience under deadlines", soft_traits()) == [
        "patience", "diplomacy", "resilience under deadlines"]
    assert glued_names("networking", soft_traits()) is None  # (one word, no strip)
    assert glued_names("teamworkers", soft_traits()) is None  # ("ers" is no trait)


def test_a_glued_strip_after_a_run_in_label_gives_each_trait() -> None:
    guide = _one("Ferry Deckhand\n\nDeckhands moor the ferry and help passengers board.\n"
                 "You need a sea survival course first. Skills that count most:"
                 "punctualitystaminateamwork in bad weather\n")
    skills = {s.text for s in guide.skills}
    assert {"punctuality", "stamina"} <= skills
    assert "teamwork" in skills or "teamwork in bad weather" in skills


def test_a_piped_row_of_services_under_an_employers_heading_is_names() -> None:
    guide = _one("Combat Medical Technician\n\nCombat medical technicians treat injured "
                 "personnel on exercises.\nTop employers\nArmy  | Navy  | Coast Guard\n")
    assert guide.role is not None and guide.role.text == "Combat Medical Technician"
    assert {"Army", "Navy", "Coast Guard"} <= {e.text for e in guide.employers}


def test_a_service_named_guard_in_prose_is_no_move() -> None:
    guide = _one("Boat Mechanic\n\nBoat mechanics service outboard engines at marinas.\n\n"
                 "Career progression\nExperienced mechanics can become workshop foremen. "
                 "Some leave to join the Coast Guard or the Air National Guard, where "
                 "engine skills are in demand.\n")
    moves = {m.text for m in [*guide.leads_to, *guide.transitions_to]}
    assert not {m for m in moves if m.endswith("Guard")}, moves
    assert "Workshop Foreman" in moves
