"""The generator's six page families of held-back set 58 (benchmarks/web_families58.py).

Armenian and Lao postings read through a browser translator, resignation and counter-offer
exchanges, sales compensation plans, performance improvement plans and declarations of work
experience for a licence or a skills assessment: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and the dirty gross about a clean net, the dram
equivalent of a dollar figure, the baht equivalent of kip, piecework, bonuses, the service
charge, fees per unit, the index value, sign-on and retention bonuses, the agency's charge rate,
the hourly and annualized equivalents, OTE, quotas, commissions, SPIFFs, draws, car allowances,
the deferred merit increase, the exam fee, the fortnightly gross, the award rate "for
information only" and the application fees stay out of the truth, while Middle, Trial period,
Probation, Apprentice, Senior, Junior, Lead, Contract, I, II, Trainee, a grade, a band, a range
and step, a salary index level and a licence class are the role's own at their level and other
titles' figures keep their owners.  The module reads the shared corpus only (no second corpus of
its own: the suite's time, stop 64).
"""

from __future__ import annotations

import re
from typing import Any

from benchmarks.web_families58 import FAMILY58_LAYOUTS

import generator_variants as gv
from generator_variants import currencies, floors, levels, periods

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "armenianmt": {"craft": r"^Translated from: Armenian → English ",
                   "it": r"^Translated from: Armenian ▸ English "},
    "laomt": {"shop": r"^Translated page \(Lao → English\) ",
              "state": r"^This page was translated from Lao ▸ English "},
    "counteroffer": {"thread": r"^Gmail\t", "hcm": r"^Workhaven HR "},
    "compplan": {"portal": r"^PayLens \| My Plan ", "letter": r"^Schedule 2 – Career routes"},
    "pipplan": {"form": r"^PERFORMANCE IMPROVEMENT PLAN \(PIP\)$", "mail": r"^From: .+\.gov>$"},
    "expverify": {"form": r"^EMPLOYER DECLARATION OF WORK EXPERIENCE — ",
                  "portal": r" · Candidate Hub "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs, on the shared
# corpus alone (the cover mode draws every variant whatever the seed).
gv.family_tests(globals(), VARIANTS, FAMILY58_LAYOUTS, optional_printed=True)


def _spaced(text: str) -> float:
    """A figure printed with spaces or dots between thousands ("1 340 000", "3.600")."""
    return float(text.replace(" ", "").replace(".", ""))


def _absent(entry: dict[str, Any], text: str, pattern: str) -> None:
    """The spaced or dotted figure ``pattern`` captures is printed and is no truth figure."""
    found = re.search(pattern, text)
    assert found, pattern
    assert _spaced(found.group(1)) not in gv.amounts(entry), (entry["file"], found.group(1))


def test_armenian_postings_pay_the_clean_figure_not_the_dirty_or_the_dram_equivalent(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "armenianmt"):
        assert periods(entry) == {"month"} and len(entry["sectors"]) == 1
        assert len(entry["ladder"][0]) == 3 and len(floors(entry)) >= 1
        assert len(gv.point_regions(entry)) == 1
    for entry, text in pages["armenianmt"]["craft"]:
        assert currencies(entry) == {"AMD"} and levels(entry) == {"Probation", "Apprentice"}
        assert len(entry["moves_in"]) == 2 and len(entry["employers"]) == 2
        assert len(gv.salary_owners(entry)) == 2
        assert re.search(r"^About the company\S.+\.Job description:-\S", text, re.M)
        _absent(entry, text, r"near ([\d ]+?) - [\d ]+ AMD\)")
        _absent(entry, text, r"a bonus of ([\d ]+?) ֏ for each")
        _absent(entry, text, r"minimum wage of RA is ([\d ]+?) ֏")
        assert re.search(r" · By agreement$", text, re.M)
    for entry, text in pages["armenianmt"]["it"]:
        assert currencies(entry) == {"USD", "AMD"} and len(entry["aliases"]) == 1
        assert levels(entry) == {"Middle", "Trial period", "Senior", "Junior"}
        assert len(entry["transitions_to"]) == 1 and len(entry["employers"]) == 3
        assert re.search(r"^Requirements:1\. .+2\. .+3\. ", text, re.M)
        _absent(entry, text, r"\(≈ ([\d ]+?) - ")
        _absent(entry, text, r"gross will be near ([\d ]+?) - ")
        _absent(entry, text, r"sport compensation ([\d ]+?) ֏")
        assert re.search(r" · Negotiable$", text, re.M)


def test_lao_postings_pay_the_kip_not_the_baht_service_charge_or_the_fee(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "laomt"):
        assert currencies(entry) == {"LAK"} and periods(entry) == {"month"}
        assert len(entry["sectors"]) == 1 and len(entry["moves_in"]) >= 1
    for entry, text in pages["laomt"]["shop"]:
        assert levels(entry) == {"Probation"} and len(floors(entry)) == 1
        assert len(entry["ladder"][0]) == 3 and len(entry["employers"]) == 2
        assert len(gv.point_regions(entry)) == 1
        assert re.search(r"^About company\S.+\.Job description:-\S", text, re.M)
        _absent(entry, text, r"or about ([\d.]+) - [\d.]+ Baht")
        _absent(entry, text, r"Service charge shared monthly \(about ([\d.]+) Kip")
        _absent(entry, text, r"Diligence money ([\d.]+) Kip")
        _absent(entry, text, r"lowest wage in Lao PDR: ([\d.]+) Kip")
    for entry, text in pages["laomt"]["state"]:
        assert len(levels(entry)) == 2 and "Contract" in levels(entry)
        assert len(entry["leads_to"]) == 1 and len(entry["transitions_to"]) == 1
        assert len(gv.salary_owners(entry)) == 3 and len(entry["employers"]) == 1
        assert re.search(r"^Salary: By the state pay scale$", text, re.M)
        _absent(entry, text, r"× ([\d.]+) Kip =")
        _absent(entry, text, r"Money for petrol ([\d.]+) Kip")
        fee = re.search(r"• Fee (\d+) Kip per ", text)
        assert fee and float(fee[1]) not in gv.amounts(entry)


def test_counter_offers_pay_the_post_not_bonuses_equivalents_or_agency_rates(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "counteroffer"):
        assert len(entry["moves_in"]) == 1 and len(gv.point_regions(entry)) == 1
    for entry, text in pages["counteroffer"]["thread"]:
        assert len(entry["aliases"]) == 1
        assert currencies(entry) == {"USD"} and periods(entry) == {"year", "hour"}
        assert levels(entry) == {"Lead", "II"} and len(entry["employers"]) == 2
        assert len(entry["sectors"]) == 2 and len(entry["leads_to"]) == 1
        gv.absent(entry, text, r"per hour \(\$([\d,]+) annualized\)")
        gv.absent(entry, text, r"Sign-on bonus: \$([\d,]+)")
        gv.absent(entry, text, r"A \$([\d,]+) retention bonus")
    for entry, text in pages["counteroffer"]["hcm"]:
        assert currencies(entry) == {"CAD"} and periods(entry) == {"year"}
        assert len(levels(entry)) == 4 and {"I", "II", "Senior"} <= levels(entry)
        assert len(entry["leads_to"]) == 2 and len(entry["transitions_to"]) == 1
        assert len(gv.salary_owners(entry)) == 1 and len(entry["aliases"]) == 2
        assert re.search(r"^\S.+\)Position: P-\d+ .+IIJob Profile: ", text, re.M)
        gv.absent(entry, text, r"Hourly equivalent: \$([\d.]+)")
        gv.absent(entry, text, r"Midpoint \$([\d,]+)")
        gv.absent(entry, text, r"P25 \$([\d,]+)")
        gv.absent(entry, text, r"charge rate of \$([\d.]+)/hr")


def test_sales_plans_pay_the_base_and_bands_not_ote_quota_or_commission(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "compplan"):
        assert periods(entry) == {"year"} and len(entry["transitions_to"]) == 1
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
    for entry, text in pages["compplan"]["portal"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"I", "II", "Senior"}
        assert len(entry["aliases"]) == 3 and len(entry["ladder"][0]) == 4
        assert len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"On-target earnings \(OTE\): \$([\d,]+)")
        gv.absent(entry, text, r"Annual quota: \$([\d,]+)")
        gv.absent(entry, text, r"Target incentive \(TI\): \$([\d,]+)")
        gv.absent(entry, text, r"draw \(recoverable\): \$([\d,]+)")
    for entry, text in pages["compplan"]["letter"]:
        assert currencies(entry) == {"GBP"} and len(levels(entry)) == 3
        assert "Trainee" in levels(entry) and "Senior" in levels(entry)
        assert len(entry["moves_in"]) == 1 and len(entry["ladder"][0]) == 3
        assert re.search(r"^Schedule 1 – Sales bands 2027/28Trainee ", text, re.M)
        gv.absent(entry, text, r"Car allowance £([\d,]+)")
        gv.absent(entry, text, r"roughly £([\d,]+) at target")
        gv.absent(entry, text, r"monthly threshold of £([\d,]+)")


def test_improvement_plans_pay_the_grade_and_step_not_the_merit_or_fee(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "pipplan"):
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert len(entry["transitions_to"]) == 1 and len(entry["ladder"][0]) == 2
        assert len(gv.salary_owners(entry)) == 1 and len(entry["employers"]) == 1
        assert not entry["sectors"] and entry["aliases"] == [f"{entry['title']} II"]
    for entry, text in pages["pipplan"]["form"]:
        assert len(levels(entry)) == 2 and "II" in levels(entry)
        assert len(entry["moves_in"]) == 2
        merit = re.search(r"\(planned ([\d.]+)%\)", text)
        assert merit and float(merit[1]) not in gv.amounts(entry)
    for entry, text in pages["pipplan"]["mail"]:
        assert "Senior" in levels(entry) and len(levels(entry)) == 3
        assert re.search(r"^Performance standards and expectations:1\. .+\.2\. ", text, re.M)
        gv.absent(entry, text, r"/hour; \$([\d,]+)/year\)")
        gv.absent(entry, text, r"paid exam fee \(\$(\d+)\)")


def test_experience_declarations_pay_the_rates_not_fees_equivalents_or_the_award(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "expverify"):
        assert periods(entry) == {"hour"} and len(entry["employers"]) == 1
        assert len(entry["employers"][0]) == 2 and "Apprentice" in levels(entry)
    for entry, text in pages["expverify"]["form"]:
        assert currencies(entry) == {"CAD"} and len(levels(entry)) == 3
        assert len(entry["aliases"]) == 1 and len(entry["leads_to"]) == 1
        assert len(entry["moves_in"]) == 1 and len(entry["sectors"]) == 1
        gv.absent(entry, text, r"Application fee \$([\d.]+)")
    for entry, text in pages["expverify"]["portal"]:
        assert len(currencies(entry)) == 1 and len(entry["ladder"][0]) == 3
        assert len(entry["sectors"]) == 3 and len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"gross fortnightly pay [A-Z]{3} ([\d,.]+);")
        gv.absent(entry, text, r"approximately [A-Z]{3} ([\d,]+)\)")
        gv.absent(entry, text, r"award minimum for this trade is AUD ([\d.]+)")
        gv.absent(entry, text, r"Step 1 AUD ([\d,]+)")
