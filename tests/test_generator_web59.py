"""The generator's six page families of held-back set 59 (benchmarks/web_families59.py).

Sri Lankan and Kyrgyz postings read through a browser translator, completed job application
forms, workplace accommodation and adjustment requests, requests to approve outside
employment and employee award nominations: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and the allowances, the attendance bonus, the
dollar equivalent of som, the gross in the contract, the mobile compensation and daily
allowance, the actual salary of a term-time post, the desired salary, the annualized and
hourly equivalents, reimbursements and grants, the midpoint of a band, fees per booking or
file, the cash award, the entry fee and the living wage stay out of the truth, while
Probation, Trainee, Training, Assistant, Junior, Senior, I, II, a grade, a range and step, a
spine point and a band are the role's own at their level and the applicant's and outside
jobs' figures keep their owners.  The module reads the shared corpus only (no second corpus of
its own: the suite's time, stop 64).
"""

from __future__ import annotations

import re

from benchmarks.web_families59 import FAMILY59_LAYOUTS

import generator_variants as gv
from generator_variants import currencies, floors, levels, periods

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "sinhalamt": {"board": r"^Translated from Sinhala → English ",
                  "classified": r"^Page translated \(Sinhala → English\) "},
    "kyrgyzmt": {"shop": r"^Translated page: Kyrgyz → English ",
                 "office": r"^Translated into English from Kyrgyz "},
    "appform": {"council": r"^APPLICATION FOR EMPLOYMENT - SUPPORT STAFF$",
                "ats": r"^Candidate Home › Applications › "},
    "accommreq": {"city": r"^ACCOMMODATION REQUEST AND INTERACTIVE PROCESS RECORD ",
                  "passport": r"^WORKPLACE ADJUSTMENTS PASSPORT "},
    "outsidework": {"portal": r"^Outside Employment Disclosure — ",
                    "state": r"^REQUEST TO APPROVE OUTSIDE EMPLOYMENT$"},
    "nomination": {"mail": r"^Subject: We received your nomination — ",
                   "entry": r"^My entries › Entry \d+ › Preview "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs, on the shared
# corpus alone (the cover mode draws every variant whatever the seed).
gv.family_tests(globals(), VARIANTS, FAMILY59_LAYOUTS, optional_printed=True)


def test_sri_lankan_postings_pay_the_rupees_not_allowances_or_the_minimum_wage(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "sinhalamt"):
        assert currencies(entry) == {"LKR"} and len(entry["sectors"]) == 1
        assert len(entry["employers"]) == 2 and len(entry["moves_in"]) == 2
        assert len(gv.point_regions(entry)) == 1
    for entry, text in pages["sinhalamt"]["board"]:
        assert periods(entry) == {"month"} and levels(entry) == {"Probation", "Assistant"}
        assert len(entry["ladder"][0]) == 3 and len(floors(entry)) == 1
        assert re.search(r"^About the company:\S.+\.Job description:-\S", text, re.M)
        assert re.search(r"^Qualifications:1\. .+ 2\. .+ 3\. ", text, re.M)
        gv.absent(entry, text, r"Attendance bonus Rs\. ([\d,]+)/=")
        gv.absent(entry, text, r"minimum wage is Rs\. ([\d,]+)/=")
        assert re.search(r" · Negotiable · ", text)
    for entry, text in pages["sinhalamt"]["classified"]:
        assert periods(entry) == {"month", "day"} and levels(entry) == {"Trainee", "Training"}
        assert len(entry["leads_to"]) == 1 and len(entry["transitions_to"]) == 1
        assert len(gv.salary_owners(entry)) == 2
        assert re.search(r"^Salary: \d+k - \d+k \+ OT ", text, re.M)
        assert re.search(r"\.We need:.+\.Qualifications:-\* ", text)
        gv.absent(entry, text, r"Relief allowance Rs\. ([\d,]+)/= included")
        gv.absent(entry, text, r"travelling Rs\. ([\d,]+)/=")
        assert re.search(r" \+ vehicle allowance - ", text)


def test_kyrgyz_postings_pay_the_som_to_hand_not_the_gross_dollars_or_piece_rates(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "kyrgyzmt"):
        assert periods(entry) <= {"month", "day"} and len(entry["sectors"]) == 1
        assert len(entry["employers"]) == 2 and len(entry["leads_to"]) == 1
        assert len(gv.point_regions(entry)) == 1 and len(floors(entry)) == 1
    for entry, text in pages["kyrgyzmt"]["shop"]:
        assert currencies(entry) == {"KGS"} and levels(entry) == {"Training", "Senior"}
        assert len(gv.salary_owners(entry)) == 2 and len(entry["moves_in"]) == 1
        assert re.search(r"^Requirements:-.+-.+-", text, re.M)
        gv.absent(entry, text, r"\(about (\d+) - \d+ USD at the NBKR rate\)")
        assert re.search(r" · By agreement · ", text)
    for entry, text in pages["kyrgyzmt"]["office"]:
        assert currencies(entry) == {"KGS", "USD"} and levels(entry) == {"Probation", "Junior"}
        assert len(entry["moves_in"]) == 2 and len(entry["transitions_to"]) == 1
        assert re.search(r"^Requirements:1\..+ 2\..+ 3\.", text, re.M)
        gv.absent(entry, text, r"the gross, near ([\d ]+?) – ")
        gv.absent(entry, text, r"compensation of the mobile ([\d ]+?) som")
        gv.absent(entry, text, r"daily allowance ([\d ]+?) som per day")


def test_application_forms_pay_the_post_and_the_applicants_jobs_their_own(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "appform"):
        assert len(entry["aliases"]) == 1 and len(entry["employers"]) == 1
        assert len(entry["moves_in"]) >= 3 and len(entry["leads_to"]) == 1
        assert "Senior" in levels(entry) and len(gv.salary_owners(entry)) >= 2
    for entry, text in pages["appform"]["council"]:
        assert currencies(entry) == {"GBP"} and periods(entry) == {"hour"}
        assert len(gv.salary_owners(entry)) == 3 and not entry["sectors"]
        assert re.search(r"^\S.+\|.+\|\d\d/\d{4}\|", text, re.M)
        gv.absent(entry, text, r"per hour \(£([\d,.]+) per annum actual salary")
    for entry, text in pages["appform"]["ats"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"II", "Senior"}
        assert len(entry["moves_in"]) == 4 and len(entry["sectors"]) == 1
        gv.absent(entry, text, r"Salary expectation \(USD per year\): ([\d,]+)")


def test_accommodation_requests_pay_the_grade_not_reimbursements_or_grants(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "accommreq"):
        assert len(entry["employers"]) == 1 and len(entry["leads_to"]) == 1
        assert len(gv.salary_owners(entry)) == 2
    for entry, text in pages["accommreq"]["city"]:
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert {"I", "II"} <= levels(entry) and len(levels(entry)) == 3
        assert len(entry["moves_in"]) == 3 and len(entry["transitions_to"]) == 1
        gv.absent(entry, text, r"/hour \(\$([\d,]+) annualized\)")
        gv.absent(entry, text, r"up to \$([\d,.]+) a year\. Agreed")
    for entry, text in pages["accommreq"]["passport"]:
        assert currencies(entry) == {"GBP"} and periods(entry) == {"year"}
        assert len(levels(entry)) == 2 and "Apprentice" in levels(entry)
        assert len(entry["transitions_to"]) == 2 and len(entry["aliases"]) == 1
        assert entry["sectors"] == ["higher education"]
        gv.absent(entry, text, r"a year \(£([\d.]+) an hour\)")
        gv.absent(entry, text, r"Access to Work grant: £([\d,]+)")


def test_outside_work_requests_pay_the_role_and_the_outside_jobs_their_own(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "outsidework"):
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 1
        assert len(entry["leads_to"]) == 2 and len(entry["moves_in"]) == 2
        assert len(gv.salary_owners(entry)) == 2
    for entry, text in pages["outsidework"]["portal"]:
        assert periods(entry) == {"year", "hour"} and "Senior" in levels(entry)
        assert len(levels(entry)) == 3 and len(entry["aliases"]) == 1
        gv.absent(entry, text, r"Midpoint \$([\d,]+)")
        gv.absent(entry, text, r"band \w+, \$[\d,]+ – \$([\d,]+) – ")
    for entry, text in pages["outsidework"]["state"]:
        assert periods(entry) == {"hour"} and len(levels(entry)) == 2
        assert not entry["sectors"]
        gv.absent(entry, text, r"\(\$([\d,]+) a year\)")
        gv.absent(entry, text, r"plus \$([\d.]+) for each extra booking")
        gv.absent(entry, text, r"plus \$([\d.]+) per file")


def test_nominations_pay_the_role_not_awards_fees_or_the_living_wage(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "nomination"):
        assert len(entry["employers"]) == 1 and len(entry["leads_to"]) == 1
        assert len(entry["moves_in"]) == 1
    for entry, text in pages["nomination"]["mail"]:
        assert currencies(entry) == {"USD"} and len(entry["salaries"]) == 1
        assert len(levels(entry)) == 1 and not entry["sectors"]
        gv.absent(entry, text, r"gets a \$([\d,.]+) cash prize")
    for entry, text in pages["nomination"]["entry"]:
        assert currencies(entry) == {"GBP"} and periods(entry) == {"hour", "year"}
        assert levels(entry) == {"Assistant"} and len(entry["sectors"]) == 1
        gv.absent(entry, text, r"above the £([\d.]+) National Living Wage")
        gv.absent(entry, text, r"Entry fee: £(\d+) plus VAT")
        gv.absent(entry, text, r"a trophy and £(\d+) for")
