"""Structures of real public career pages (helper real39, 2026-12-06), on invented pages.

Police recruitment and career-portal pages for one rank (an Indian career portal's constable
card, a national occupation classification's constable card, a jobs blog's constable pay
page), fire-service career guides (a job board's summary card, a career-guide site), energy
and utilities careers pages (a clean-energy workforce body's lineman card, a line school's
state page on utility lineworkers, a remote-jobs site's and a career-test site's wind turbine
technician guides), veterinary-nursing pages (a CV writer's mirror of a national careers
profile, a South African animal-careers profile, a vet-nursing blog), translation and
interpreting pages (a course blog's and a careers magazine's interpreter / translator job
descriptions), beauty-therapy profiles (a graduate platform's, a Scottish careers service's,
a county careers hub's), call-centre and BPO pages (a firm's L1–L10 career map, a job
specification site's agent card), bus-driver pages (a graduate careers site's, a recruitment
agency's) and a legal glossary's trainee-solicitor entry.  What was wrong: "401K plan with
company match" in a pay section's benefits list gave a salary of 401,000; "technicians often
work in isolated environments" and "usually work in special treatment rooms" gave sectors;
"working shifts covering evenings, weekends and public holidays" gave the times as skills;
"receive a salary set at or above the SRA minimum" gave the sector "above the SRA minimum";
"Their job duties include maintaining, repairing, or installing wind turbines" gave the bare
verbs "maintaining" and "repairing" as skills; the titles "Qualifications to be a Veterinary
Nurse" and "Interpreter / Translator Job Description, Salary, and Skills" named no role.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_retirement_plan_in_a_pay_list_is_no_pay() -> None:
    guide = _parse(
        "Substation Electrician\n\n"
        "Substation electricians keep switchgear and relays in working order.\n\n"
        "What does a substation electrician earn?\n"
        "- A Substation Electrician in Ohio earns about $71,400 per year.\n"
        "- Benefits include:\n"
        "- 403(b) plan\n"
        "- 401K plan with company match\n"
        "- Dental insurance\n")
    assert (71400, 71400) in _pay(guide)
    assert not {pay for pay in _pay(guide) if pay[0] in (401000, 403000)}


def test_a_hardship_place_and_a_room_are_no_sectors() -> None:
    guide = _parse(
        "Hydrographic Surveyor\n\n"
        "Hydrographic surveyors map the beds of harbours and rivers.\n\n"
        "Many hydrographic surveyors work in isolated environments for weeks at a time.\n\n"
        "Back ashore, hydrographic surveyors usually work in dedicated chart rooms. They "
        "share the data with pilots.\n")
    sectors = {s.lower() for s in _texts(guide.sectors)}
    assert not {"isolated environments", "dedicated chart rooms"} & sectors


def test_times_of_work_are_no_skills() -> None:
    guide = _parse(
        "Tram Conductor\n\n"
        "Tram conductors check tickets and help riders on city trams.\n\n"
        "Most posts involve rota work covering nights, weekends and bank holidays, and "
        "induction training covering fare rules and conflict handling.\n")
    skills = {s.lower() for s in _texts(guide.skills)}
    assert not {"nights", "weekends", "bank holidays", "weekends and bank holidays"} & skills


def test_a_level_of_pay_is_no_sector() -> None:
    guide = _parse(
        "Pupil Barrister\n\n"
        "A pupil barrister is in the final stage of training at the bar.\n\n"
        "Pupils are employed by the chambers and receive an award set at or above the Bar "
        "Council minimum.\n")
    assert not any(s.lower().startswith(("above", "below")) for s in _texts(guide.sectors))


def test_lone_verbs_share_the_object_of_the_last_task() -> None:
    guide = _parse(
        "Escalator Technician\n\n"
        "Escalator technicians keep moving stairways safe in stations and malls.\n\n"
        "Their main duties include inspecting, lubricating, or replacing step chains, and "
        "testing brakes with load gauges.\n")
    skills = _texts(guide.skills)
    assert {"inspecting step chains", "lubricating step chains", "replacing step chains"} <= (
        skills)
    assert not {"inspecting", "lubricating"} & skills


def test_qualifications_to_be_a_worker_name_the_worker() -> None:
    guide = _parse(
        "Qualifications to be a Farrier\n\n"
        "To shoe horses you need a recognised diploma and an apprenticeship with a master.\n")
    assert guide.role.text == "Farrier"


def test_two_titles_joined_by_a_slash_before_a_page_tail_name_the_first() -> None:
    guide = _parse(
        "Proofreader / Copy Editor Job Description, Salary, and Skills\n\n"
        "Both jobs check text for errors before it is printed.\n")
    assert guide.role.text == "Proofreader"
