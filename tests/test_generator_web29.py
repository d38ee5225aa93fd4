"""The generator's six page families of held-back set 29 (benchmarks/web_families29.py).

Acting-up and higher-duties notices, Thai postings read through a browser translator, union
branch circulars on promotion, library "Job of the Week" cards and blog posts, hospital
residency and graduate programme pages and induction checklists: each family's page carries
the structure it imitates in every variant, the variants are all drawn, the truth holds
exactly the facts the page prints (a perfect extraction scores one), and acting-up
allowances, superannuation, diligence and shift allowances, night-duty allowances, Sunday
enhancements, top-10% figures, waived fees, meal cards, salary packaging, lead premiums and
referral bonuses stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families29 import FAMILY29_LAYOUTS

from generator_variants import SHARED_SEED, Pages, amounts, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "actingup": {"intranet": r"^Acting-up opportunity: ",
                 "eoi": r"^Subject: EOI - Higher duties"},
    "thmt": {"board": r"^Property$", "factory": r"^Career path: "},
    "unioncircular": {"railway": r"^1\. Channel of promotion$", "bus": r"^PROMOTION LINE$"},
    "jobofweek": {"card": r"^★ JOB OF THE WEEK", "blog": r"^JOB OF THE WEEK: "},
    "residency": {"us": r"^What residents learn: ", "graduate": r"^Rotation 1 – "},
    "induction": {"form": r"^LOCAL INDUCTION CHECKLIST", "portal": r"^Station path: "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY29_LAYOUTS, another_seed=SHARED_SEED + 9,
             optional_printed=True)


def test_acting_up_notices_give_the_feeder_its_band_and_keep_allowances_out(
        pages: Pages) -> None:
    for entry, text in pages["actingup"]["intranet"]:
        owned = [s for s in entry["salaries"] if s.get("belongs_to")]
        assert len(owned) == 1 and owned[0]["belongs_to"] in entry["moves_in"]
        allowance = re.search(r"acting-up allowance of £(\d+) a month", text)
        assert allowance and money(allowance.group(1)) not in amounts(entry)
        assert len(entry["leads_to"]) == 2 and entry["employers"]
    for entry, text in pages["actingup"]["eoi"]:
        sup = re.search(r"superannuation of up to \$([\d,]+)", text)
        assert sup and money(sup.group(1)) not in amounts(entry)
        assert len(entry["moves_in"]) == 3 and len(entry["aliases"]) == 1
        assert str(entry["salaries"][0].get("level", "")).startswith("AO")


def test_thai_postings_read_baht_bands_and_keep_allowances_out(pages: Pages) -> None:
    for entry, text in pages["thmt"]["board"]:
        assert all(s["currency"] == "THB" and s["period"] == "month"
                   for s in entry["salaries"])
        assert any(s.get("open_ended") and s.get("belongs_to") for s in entry["salaries"])
        diligence = re.search(r"Diligence allowance ([\d,]+) baht/month", text)
        assert diligence and money(diligence.group(1)) not in amounts(entry)
        assert entry["leads_to"] and len(entry["moves_in"]) == 2 and entry["skills"]["soft"]
    for entry, text in pages["thmt"]["factory"]:
        day = re.search(r"^Wage: (\d+) - (\d+) baht/day$", text, re.M)
        assert day and money(day.group(1)) in points(entry, period="day")
        shift = re.search(r"Shift allowance (\d+) baht/day", text)
        assert shift and money(shift.group(1)) not in amounts(entry)
        assert len(entry["ladder"][0]) == 3 and len(entry["aliases"]) == 3
        assert {s["period"] for s in entry["salaries"] if s.get("belongs_to")} == {"month",
                                                                                   "day"}


def test_union_circulars_give_pay_rows_to_their_posts(pages: Pages) -> None:
    for entry, text in pages["unioncircular"]["railway"]:
        assert "1,12,400" in text or "92,300" in text or "81,100" in text
        assert len([s for s in entry["salaries"] if s.get("belongs_to")]) == 2
        assert all(s["currency"] == "INR" and s["period"] == "month"
                   for s in entry["salaries"])
        night = re.search(r"night duty allowance \(₹(\d+) per night\)", text)
        assert night and money(night.group(1)) not in amounts(entry)
        assert len(entry["transitions_to"]) == 2 and entry["ladder"][0][1] == entry["title"]
    for entry, text in pages["unioncircular"]["bus"]:
        assert points(entry, level="Senior", period="hour")
        assert points(entry, belongs_to=entry["moves_in"][0], period="hour")
        sunday = re.search(r"Sunday enhancement \(£([\d.]+) an hour\)", text)
        assert sunday and money(sunday.group(1)) not in amounts(entry)
        assert entry["ladder"][0][0] == entry["title"] and len(entry["moves_in"]) == 2


def test_job_of_the_week_keeps_the_top_ten_percent_and_the_books_out(pages: Pages) -> None:
    for entry, text in pages["jobofweek"]["card"]:
        top = re.search(r"Top 10% earn more than \$([\d,]+)", text)
        assert top and money(top.group(1)) not in amounts(entry)
        assert points(entry, level="median", period="year")
        assert points(entry, level="median", period="hour")
        assert len(entry["aliases"]) == 2 and len(entry["moves_in"]) == 3
    for entry, text in pages["jobofweek"]["blog"]:
        assert all(s["currency"] == "CAD" and s["period"] == "hour"
                   for s in entry["salaries"])
        assert points(entry, level="apprentice") and entry["transitions_to"]
        assert "open their own shop" in text and "Job Bank" in entry["must_not_appear"]


def test_residency_pages_give_the_resident_the_stipend_and_grade_rates(pages: Pages) -> None:
    for entry, text in pages["residency"]["us"]:
        stipend = re.search(r"stipend of \$([\d,]+) per year", text)
        assert stipend and money(stipend.group(1)) in points(entry, point=True)
        fee = re.search(r"The \$(\d+) application fee", text)
        assert fee and money(fee.group(1)) not in amounts(entry)
        assert entry["ladder"][0][0] == entry["title"] and entry["title"].endswith("Resident")
    for entry, text in pages["residency"]["graduate"]:
        assert {s.get("level") for s in entry["salaries"]} == {"Grade 1", "Grade 2"}
        assert not any(s.get("belongs_to") for s in entry["salaries"])
        packaging = re.search(r"salary packaging of up to \$([\d,]+)", text)
        assert packaging and money(packaging.group(1)) not in amounts(entry)
        assert entry["title"].startswith("Graduate ") and len(entry["transitions_to"]) == 2


def test_induction_checklists_read_the_senior_band_and_keep_premiums_out(
        pages: Pages) -> None:
    for entry, text in pages["induction"]["form"]:
        assert any(s.get("level") == "Senior" and not s.get("belongs_to")
                   for s in entry["salaries"])
        assert "* Infection prevention incl." in text
        assert len(entry["ladder"][0]) == 3 and entry["moves_in"] and entry["transitions_to"]
    for entry, text in pages["induction"]["portal"]:
        assert len(points(entry, period="hour", point=True)) == 2
        floor = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floor) == 1 and floor[0]["belongs_to"] == entry["ladder"][0][-1]
        premium = re.search(r"Leads earn a \$([\d.]+)/hr premium", text)
        referral = re.search(r"earn \$([\d,]+) after their 90 days", text)
        assert premium and referral
        assert {money(premium.group(1)), money(referral.group(1))}.isdisjoint(amounts(entry))
