"""Structures of real public career pages (helper real38, 2026-12-06), on invented pages.

Local-government careers pages (a Welsh councils' careers A–Z, an Australian state's
local-government career toolbox, a district council's "day in the life" Q&A), maritime
cadetship pages (a maritime academy's, a cadet-recruitment site's and a graduate job-review
site's cadet review), a hotel careers-insight profile, a sports sector body's occupation card
with an earnings box, course and careers-advice sites on personal trainers, agricultural
extension pages (a knowledge base's worker profile, a university extension service's job
description, a careers blog), library-assistant pages (a career-pathways site, a job-tips site
for disabled job seekers, a job search site's description), a youth job-guide's social care
worker, a local newspaper's supermarket Q&A, cabin-crew explainers and a course platform's
flight-attendant checklist, museum conservator pages and a mirror of a national careers
service's health visitor profile.  What was wrong: "(SOC 11-9013)" beside a proxy occupation's
wage gave a salary of 9,013; "Having IT skills" and "Being flexible and proactive" kept their
gerund in the skill; "Career Overview: Library Assistants (Clerical)" kept the label when the
title had a setting in brackets; "Checklist for Aspiring Flight Attendants" was the role whole.
"""

from __future__ import annotations

from page_facts import parse_page as _parse
from page_facts import pay_pairs as _pay
from page_facts import texts as _texts


def test_a_named_occupation_code_is_no_pay() -> None:
    guide = _parse(
        "Orchard Advisor\n\n"
        "An Orchard Advisor helps fruit growers plan their seasons.\n\n"
        "Salary Range in Canada\n"
        "The census has no separate group for orchard advisors, but the nearest one, Crop "
        "Supervisors (SOC 45-1011), had a median annual wage of $58,300 in 2021.\n")
    assert (58300, 58300) in _pay(guide)
    assert not {pay for pay in _pay(guide) if pay[0] is not None and pay[0] < 10000}


def test_gerund_orders_in_a_skills_list_give_their_traits() -> None:
    guide = _parse(
        "Records Clerk\n\n"
        "Records Clerks file and retrieve papers for a town hall.\n\n"
        "Skills\n\n"
        "• Having IT skills.\n"
        "• Having good filing skills.\n"
        "• Being tidy and punctual.\n")
    skills = _texts(guide.skills)
    assert {"IT skills", "filing skills", "tidy", "punctual"} <= skills
    assert not any(s.startswith(("Having", "Being")) for s in skills)


def test_a_labelled_title_with_its_setting_in_brackets_names_the_title() -> None:
    guide = _parse(
        "Career Overview: Payroll Clerks (Municipal)\n\n"
        "Payroll clerks make sure staff are paid on time.\n")
    assert guide.role.text == "Payroll Clerk"


def test_advice_for_aspiring_workers_names_the_workers() -> None:
    for title in ("Checklist for Aspiring Tram Drivers", "Tips for would-be tram drivers"):
        guide = _parse(f"{title}\n\nTram drivers carry passengers across the city.\n")
        assert guide.role.text == "Tram Driver", title


def test_a_credential_named_by_its_kind_alone_is_no_skill() -> None:
    guide = _parse(
        "Crane Inspector\n\n"
        "Crane inspectors check that cranes on building sites are safe to use.\n\n"
        "To sign off a crane, you will need specific qualifications and certification.\n")
    skills = _texts(guide.skills)
    assert not skills & {"specific qualifications", "certification"}


def test_a_bare_worker_noun_after_a_fuller_title_shares_its_modifier() -> None:
    guide = _parse(
        "Soil Advisor\n\n"
        "A Soil Advisor (also known as a Land Officer or Specialist) helps farmers test and "
        "improve their fields.\n")
    aliases = _texts(guide.aliases)
    assert "Specialist" not in aliases
    assert "Land Officer" in aliases


def test_a_job_description_title_with_the_field_served_names_the_post() -> None:
    guide = _parse(
        "Field Officer for Poultry Job Description\n\n"
        "Main Duty 1:  Farm Visits\n\n"
        "  • Visit poultry farms and advise on flock health.\n\n"
        "Competencies/Skills: planning, record keeping, presentation skills.\n")
    assert guide.role.text == "Field Officer"


def test_an_earnings_box_with_captions_below_its_figures() -> None:
    guide = _parse(
        "Climbing Instructor\n\n"
        "Climbing instructors teach people to climb walls and crags safely.\n\n"
        "What could I earn?\n\n"
        "£26,100\n"
        "Avg. annual earnings\n"
        "£15.20\n"
        "Avg. hourly earnings\n"
        "412\n"
        "total job postings\n")
    pay = {(s.min, s.period) for s in guide.salaries}
    assert (26100, "year") in pay and (15.2, "hour") in pay


def test_a_collective_title_and_its_yearly_income() -> None:
    guide = _parse(
        "Ground Crew\n\n"
        "Ground crews, sometimes called ramp agents, load bags and guide aircraft on the "
        "apron.\n\n"
        "The statistics office says the average, yearly income for ground crews was "
        "$33,900 in 2021.\n")
    assert "Ramp Agent" in _texts(guide.aliases)
    assert (33900, 33900) in _pay(guide)


def test_a_must_have_sentence_in_prose_names_its_skills() -> None:
    guide = _parse(
        "Job profiles\n"
        "Dog groomer\n"
        "Hours\n"
        "40 per week\n\n"
        "Dog groomers wash, clip and style dogs.\n"
        "To become a dog groomer, you will need a love of animals. You must have good "
        "handling and scissoring skills. You will work in a salon or a van.\n")
    assert {"handling", "scissoring skills"} <= _texts(guide.skills)
