"""Defects of round 39, each on an invented page: a handover note's recurring-work table names
the role's systems; a translated posting's occupation ending in "staff" is its post."""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text

HANDOVER = """HANDOVER NOTE
Post: Fleet Scheduler, Transport Office
Prepared by: Wren Ashdale          Last working day: 30 January 2027

1. The job in short
I plan the van rounds for the depot and keep the drivers' hours legal.

2. Recurring work
Task                                   | When          | System / where
Plan next week's rounds                 | weekly        | RouteMaster Pro, Fleet Atlas
Check drivers' hours                    | daily         | TachoLink (report "hours_due")
Send the cost summary to finance        | monthly       | charts on DataDeck
Archive old rounds                      | yearly        | shared drive
"""


def _skills(page: str, name: str = "fleet-scheduler.txt") -> set[str]:
    return {s.text for s in parse_text(page, name).skills}


def test_recurring_work_table_names_the_roles_systems() -> None:
    skills = _skills(HANDOVER)
    assert {"RouteMaster Pro", "Fleet Atlas", "TachoLink", "DataDeck"} <= skills
    # (a quoted report, the thing kept in a system and a place that is no product: no tools)
    assert not {"hours_due", "charts on DataDeck", "shared drive", "Archive old rounds"} & skills


def test_a_table_of_tasks_without_a_frequency_column_names_no_systems() -> None:
    page = HANDOVER.replace("| When          ", "| Owner         ").replace(
        "| weekly        ", "| me            ").replace("| daily         ", "| me            ")
    assert not {"RouteMaster Pro", "TachoLink"} & _skills(page)


def test_a_system_column_of_a_table_of_titles_names_no_skills() -> None:
    page = ("Fleet Scheduler\nFleet schedulers plan van rounds.\n\n"
            "Level | Title | System | Salary\n"
            "L1 | Junior Fleet Scheduler | RouteMaster Pro | $38,000\n"
            "L2 | Fleet Scheduler | RouteMaster Pro, Fleet Atlas | $46,000\n")
    guide = parse_text(page, "fleet-scheduler.txt")
    assert not {"RouteMaster Pro", "Fleet Atlas"} & {s.text for s in guide.skills}
    assert {38000, 46000} <= {s.min for s in guide.salaries}


POSTING = """This page has been translated from Japanese   Show original
Job Offer Information (Full-time)

Business name         Kaeda Shoyu Co., Ltd.
Industry              Food manufacturing
Occupation            Soy sauce pressing staff
Place of work         Noda City, Chiba Prefecture
Wage                  180千円 ~ 240千円

Remarks
年収例 350万円（入社3年目）

Job description
・Pressing the moromi mash

Career path: soy sauce pressing staff → Cellar hand (Kurabito) → Head brewer (Toji).
"""


def test_an_occupation_field_ending_in_staff_names_the_post() -> None:
    guide = parse_text(POSTING, "posting.txt")
    assert guide.role.text == "Soy Sauce Pressing Staff"


def test_a_rank_word_before_a_trade_in_sentence_case_is_one_rung() -> None:
    guide = parse_text(POSTING, "posting.txt")
    rungs = [[step.text for step in ladder] for ladder in guide.progressions]
    assert any(ladder[-1] == "Head Brewer" for ladder in rungs), rungs
    assert not any("Head" in ladder for ladder in rungs)


def test_a_japanese_postings_thousands_of_yen_and_annual_income_word_are_read() -> None:
    guide = parse_text(POSTING, "posting.txt")
    pay = {(s.min, s.max, s.period) for s in guide.salaries}
    assert {(180000, 240000, "month"), (3500000, 3500000, "year")} <= pay


def test_staff_alone_in_an_occupation_field_names_no_post() -> None:
    page = POSTING.replace("Soy sauce pressing staff", "Staff")
    with pytest.raises(GuideError, match="no role found"):
        parse_text(page, "posting.txt")


TIPS = """Line Cook
Line cooks prepare the dishes on a restaurant's menu.

Pay
Line cooks earn $17.50 an hour. Kitchen porters earn $2 an hour.
"""


def test_a_figure_below_any_wage_for_its_period_is_no_pay_and_is_reported() -> None:
    guide = parse_text(TIPS, "line-cook.txt")
    assert [(s.min, s.period) for s in guide.salaries] == [(17.5, "hour")]
    assert any("too small to be pay" in p.message and p.line == 5 for p in guide.problems)


def test_a_low_real_wage_stays_pay() -> None:
    page = TIPS.replace("Kitchen porters earn $2 an hour.", "Kitchen porters earn $2.13 an hour.")
    guide = parse_text(page, "line-cook.txt")
    assert 2.13 in {s.min for s in guide.salaries}
    assert not any("too small" in p.message for p in guide.problems)


MAKERS = """Cabinet Maker
A cabinet maker builds fitted furniture.

Where they work
{sentence} Caldera Kitchens employs 40 cabinet makers.
"""


def _employers(sentence: str) -> set[str]:
    return {e.text for e in parse_text(MAKERS.format(sentence=sentence),
                                       "cabinet-maker.txt").employers}


def test_a_person_who_employs_the_role_is_no_employer() -> None:
    assert _employers("Bronwyn employs four cabinet makers; she trained them all.") == {
        "Caldera Kitchens"}
    assert _employers("Bronwyn Adair employs four cabinet makers at her workshop.") == {
        "Caldera Kitchens"}


def test_a_person_someone_works_for_is_no_employer() -> None:
    assert _employers("Lena works for Marta, who runs a joinery.") == {"Caldera Kitchens"}
    assert _employers("Tomas works for his aunt at weekends.") == {"Caldera Kitchens"}


def test_an_organisation_that_employs_or_is_worked_for_stays_an_employer() -> None:
    assert "Ashgrove Joinery" in _employers("Lena works for Ashgrove Joinery, which builds "
                                            "kitchens.")
    assert "Ashgrove Joinery" in _employers("Ashgrove Joinery employs four cabinet makers; "
                                            "its yard is in Hull.")


STUDIOS = """Level Designer
A level designer builds the spaces players move through.

Who's hiring?
{sectors}
"""


def _sectors(line: str) -> set[str]:
    return {s.text for s in parse_text(STUDIOS.format(sectors=line),
                                       "level-designer.txt").sectors}


def test_two_lone_words_joined_by_and_are_one_sector() -> None:
    sectors = _sectors("console studios, handheld and cloud-streaming, tabletop and "
                       "simulation.")
    assert {"handheld and cloud-streaming", "tabletop and simulation"} <= sectors
    assert not {"handheld", "cloud-streaming", "simulation"} & sectors


def test_a_kind_with_its_own_noun_after_and_stays_a_sector_of_its_own() -> None:
    sectors = _sectors("console studios, retail and financial services, tourism.")
    assert {"retail", "financial services"} <= sectors
    assert "retail and financial services" not in sectors


SHORTAGE = """Marine Electrician
Marine electricians fit and repair the electrical systems of boats and ships.

Assessment notes
- Applicants lacked fault-finding, shore power repair and testing bilge alarms with testers.
- Typical tasks include rigging navigation lights, chart plotters and autopilots, and
  servicing hybrid and diesel-electric drives.
"""


def test_an_ing_task_list_after_a_gap_or_task_cue_names_skills() -> None:
    skills = _skills(SHORTAGE, "marine-electrician.txt")
    assert {"fault-finding", "shore power repair", "testers", "navigation lights",
            "chart plotters", "autopilots", "hybrid and diesel-electric drives"} <= skills
    assert not {"hybrid", "testing bilge alarms"} & skills


def test_an_ing_list_without_its_cue_names_no_skills() -> None:
    page = SHORTAGE.replace("Applicants lacked", "Applicants were seen for").replace(
        "Typical tasks include", "The crew remember")
    assert not {"fault-finding", "chart plotters", "autopilots"} & _skills(
        page, "marine-electrician.txt")


ADS = """THE DALEHOLM TIMES                                           CLASSIFIEDS
Home > Classifieds > Jobs > Trades

LOCKSMITH WANTED. Busy mobile firm. UPVC lock repair, safe opening for insurers, key
cutting, Abloy & Mul-T-Lock systems. £26k pa + van. Call Teodor, Keyline Ltd, 555-0199.
-----------------------------------------------------------------------------------------
TRAINEE LOCKSMITH. Full training given. £11.80 p/h. Keyline Ltd, 555-0199.
-----------------------------------------------------------------------------------------
SNR LOCKSMITH / SITE LEAD. Estates, schools, letting agents. £31k. Ferro Security.
-----------------------------------------------------------------------------------------
"""


def test_a_classified_ads_bare_list_names_skills() -> None:
    skills = _skills(ADS, "locksmith.txt")
    assert {"UPVC lock repair", "safe opening", "key cutting"} <= skills


def test_a_classified_ads_list_of_plural_clients_names_no_skills() -> None:
    assert not {"Estates", "schools", "letting agents"} & _skills(ADS, "locksmith.txt")


THREAD = """Tilers: what are you on this year?
Wall and floor tiler, 9 years in, employed: £17.40/hr.
What are they paying apprentices at your place?
First-year apprentices start on £8.20/hr, third year £11.90. Improvers get £13.10/hr.
"""


def test_an_apprentices_rate_in_prose_is_the_apprentice_levels() -> None:
    guide = parse_text(THREAD, "tiler.txt")
    levels = {s.min: s.level for s in guide.salaries}
    assert levels[8.2] == "Apprentice"
    assert levels[11.9] == "Apprentice"  # (the same learner's later stage)
    assert levels[17.4] is None
    assert levels[13.1] is None  # (another sentence names no learner)


PLAN = """NORTHFIELD WATER — PEOPLE SERVICES
Personal Development Plan 2027
Job title ........ Network Controller      Depot: Northfield Control Room

Section 3 - Objectives for the coming year
1. Become competent in pressure transient analysis and leak localisation via FlowSense.
                                                 Support: two shadow shifts.
2. Complete the SCADAlink Operator certification.
3. Complete the induction logbook (40 valve operations on NetMap).
4. Teach alarm handling to new controllers.
"""


def test_a_development_objective_to_gain_skills_names_them() -> None:
    skills = _skills(PLAN, "network-controller.txt")
    assert {"pressure transient analysis", "leak localisation", "FlowSense",
            "SCADAlink Operator", "valve operations", "NetMap"} <= skills


def test_an_objective_to_teach_or_a_document_to_complete_names_no_skill() -> None:
    skills = _skills(PLAN, "network-controller.txt")
    assert not {"alarm handling", "induction logbook", "Support"} & skills


FIELDS = """Painter and Decorator
Painters and decorators prepare and finish walls, ceilings and woodwork.

Job details
Company:          {company}        Industry: Construction
Salary: £28,000
"""


def test_a_blank_company_field_followed_by_a_location_field_names_no_employer() -> None:
    guide = parse_text(FIELDS.format(company="Location: Leeds"), "painter-and-decorator.txt")
    assert not {e.text for e in guide.employers}


def test_a_filled_company_field_still_names_the_employer() -> None:
    guide = parse_text(FIELDS.format(company="Hartwell Decorators Ltd"),
                       "painter-and-decorator.txt")
    assert "Hartwell Decorators Ltd" in {e.text for e in guide.employers}
