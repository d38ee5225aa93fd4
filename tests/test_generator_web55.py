"""The generator's six page families of held-back set 55 (benchmarks/web_families55.py).

Uzbek and Nepali postings read through a browser translator, workers' compensation injury
reports, agency and contractor timesheets, unpaid-wage claims and separation and settlement
agreements: each family's page carries the structure it imitates in every variant, the variants
are all drawn, the truth holds exactly the facts the page prints (a perfect extraction scores
one), and the dollar equivalent of a soum range, the yearly lakh figure and the in-hand after
tax, the average weekly wage, the earnings of 4 and 52 weeks, wages advanced, hours-times-rate
totals, the estimated gross and a final salary's hourly equivalent, allowances, premiums,
compensations, fees, charge and bill rates, standby and on-call fees, overtime rates, penalties,
deductions, severance, PTO, incentives, commissions, notice and ex gratia payments, minimum
wages and compensation rates stay out of the truth, while Middle, Senior, Junior, Intern,
category, Apprentice, Assistant, Journeyperson and a post table's level are the role's own at
their level and other titles' figures keep their owners.
"""

from __future__ import annotations

import re
from typing import Any

from benchmarks.web_families55 import FAMILY55_LAYOUTS

import generator_variants as gv
from generator_variants import currencies, floors, levels, periods

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "uzbekmt": {"board": r"^Page translated: Uzbek → English ",
                "it": r"^This page is translated from Uzbek into English "},
    "nepalimt": {"portal": r"^Google Translate   Nepali → English ",
                 "notice": r"^\[Google translated from: Nepali\] "},
    "injuryreport": {"form": r"^ClaimPoint Employer Center ",
                     "eform": r" Online employer report of injury - Confirmation$"},
    "timesheet": {"app": r"  ·  Locum app$", "vms": r"^Timesheet TS-2026-W\d+-\d+   Period: "},
    "wageclaim": {"state": r"^WAGE CLAIM   Form WC-\d ",
                  "online": r"^Make an employment standards claim   Part 7 of 7"},
    "severance": {"us": r"^SEPARATION AGREEMENT AND GENERAL RELEASE$",
                  "uk": r"^SETTLEMENT AGREEMENT$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY55_LAYOUTS, another_seed=gv.SHARED_SEED + 35,
                optional_printed=True)


def absent_swiss(entry: dict[str, Any], text: str, pattern: str) -> None:
    """The figure ``pattern`` captures, printed the Swiss way ("1'166.36") or with a decimal
    comma ("812,44"), is printed and is no figure of the truth entry."""
    found = re.search(pattern, text)
    assert found, pattern
    raw = found[1]
    value = float(raw.replace("'", "")) if "'" in raw or "." in raw[-3:] else (
        gv.decimal_comma(raw))
    assert value not in gv.amounts(entry), (entry["file"], found[0])


def test_uzbek_postings_pay_soums_in_hand_not_the_dollars_or_compensations(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "uzbekmt"):
        assert "UZS" in currencies(entry) and periods(entry) == {"month"}
        assert len(entry["leads_to"]) == 1 and len(entry["moves_in"]) == 1
        assert len(entry["sectors"]) == 1 and len(floors(entry)) == 2
    for entry, text in pages["uzbekmt"]["board"]:
        assert currencies(entry) == {"UZS"} and len(entry["employers"]) == 2
        assert levels(entry) == {"4th category", "5th category", "6th category", "Apprentice"}
        assert len(entry["ladder"][0]) == 4 and len(gv.salary_owners(entry)) == 3
        assert len(gv.point_regions(entry)) == 1
        assert re.search(r"^About the company\S.+What will be your work:$", text, re.M)
        assert re.search(r"^- .+\S- ", text, re.M)  # two duties glued
        assert re.search(r"^Growth:\S.+ \(from [\d ]+ soums\) → .+ \(up to [\d.]+ mln soums\) "
                         r"→ ", text, re.M)
        gv.absent(entry, text, r"roughly (\d+) to \d+ dollars")
        gv.absent(entry, text, r"up to ([\d.]+) mln soums")
        gv.absent(entry, text, r"minimum monthly wage is ([\d ]+) soums")
        assert re.search(r" · Negotiable$", text, re.M)
    for entry, text in pages["uzbekmt"]["it"]:
        assert currencies(entry) == {"UZS", "USD"} and len(entry["aliases"]) == 1
        assert levels(entry) == {"Middle", "Senior", "Intern", "Junior"}
        assert len(entry["employers"]) == 4 and len(gv.salary_owners(entry)) == 1
        assert entry["aliases"][0] == f"Middle {entry['title']}"
        assert re.search(r"^Requirements:• \S.+ • .+ • ", text, re.M)
        assert re.search(r" c\.u\.$", text, re.M)
        gv.absent(entry, text, r"lunch compensation ([\d ]+) soums")
        gv.absent(entry, text, r"test task \(paid, ([\d ]+) soums\)")
        assert "at the Central Bank rate" in text


def test_nepali_pages_pay_the_gross_rupees_not_the_in_hand_or_allowances(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "nepalimt"):
        assert currencies(entry) == {"NPR"} and periods(entry) == {"month"}
        assert "Assistant" in levels(entry) and len(entry["leads_to"]) == 1
    for entry, text in pages["nepalimt"]["portal"]:
        assert levels(entry) == {"Assistant"} and len(entry["moves_in"]) == 2
        assert len(entry["employers"]) == 2 and len(entry["sectors"]) == 1
        assert len(floors(entry)) == 2 and len(gv.salary_owners(entry)) == 2
        assert re.search(r"starts from रु\. [०-९,]+ \(Rs\. [\d,]+\)$", text, re.M)
        assert re.search(r"^1\. .+\.2\. ", text, re.M)  # two duties run together
        gv.absent(entry, text, r"Take-home after tax \(1% SST\) is near Rs\. ([\d,]+) - ")
        gv.absent(entry, text, r"Fuel Rs\. ([\d,]+) a month")
        gv.absent(entry, text, r"Application fee Rs\. ([\d,]+)")
        assert re.search(r" · Rs\. \d+,$", text, re.M)  # Senior cut mid-figure
    for entry, text in pages["nepalimt"]["notice"]:
        assert levels(entry) == {"Fifth", "Assistant"} and len(entry["employers"]) == 1
        assert len(entry["ladder"][0]) == 3 and len(gv.salary_owners(entry)) == 2
        assert entry["moves_in"] == [entry["ladder"][0][0]]
        assert "No. | Post name | Service, group | Level | Posts | Remuneration per month" in text
        assert re.search(r"\(रु\. [०-९,]+\) a month", text)
        gv.absent(entry, text, r"dearness allowance of Rs\. ([\d,]+)")
        gv.absent(entry, text, r"grade is Rs\. ([\d,]+) a year")


def test_injury_reports_pay_the_wage_rate_not_the_weekly_wage_or_benefits(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "injuryreport"):
        assert periods(entry) == {"hour"} and len(entry["moves_in"]) == 1
        assert len(entry["sectors"]) == 2 and len(entry["employers"]) == 1
        assert len(gv.salary_owners(entry)) == 1
    for entry, text in pages["injuryreport"]["form"]:
        assert currencies(entry) == {"USD"} and not levels(entry)
        assert len(gv.own_salaries(entry)) == 1
        assert re.search(r"^EMPLOYER15\. Employer  ", text, re.M)
        assert re.search(r"   9\. Wage  \$[\d.]+ per hour   10\. Hours a day", text)
        gv.absent(entry, text, r"Average weekly wage \(52 weeks, overtime included\)  \$([\d,.]+)")
        gv.absent(entry, text, r"compensation rate \(two thirds of the AWW\) \$([\d,]+\.\d\d)")
        gv.absent(entry, text, r"maximum weekly benefit \$([\d,]+\.\d\d)")
        assert re.search(r", sprain, 08/1$", text, re.M)
    for entry, text in pages["injuryreport"]["eform"]:
        assert currencies(entry) == {"CAD"} and levels(entry) == {"Journeyperson", "Apprentice"}
        assert re.search(r"^1 - THE WORKERTitle/occupation: .+ \(Journeyperson\)", text, re.M)
        gv.absent(entry, text, r"4 weeks before the incident: \$([\d,]+\.\d\d)")
        gv.absent(entry, text, r"52 weeks before the incident: \$([\d,]+\.\d\d)")
        gv.absent(entry, text, r"Per day: \$([\d,.]+)")
        gv.absent(entry, text, r"Shift premium: \$([\d.]+)")


def test_timesheets_pay_the_pay_rate_not_the_charge_rate_or_totals(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "timesheet"):
        assert "Senior" in levels(entry) and not entry["sectors"]
    for entry, text in pages["timesheet"]["app"]:
        assert currencies(entry) == {"GBP"} and periods(entry) == {"hour"}
        assert levels(entry) == {"Senior"} and len(entry["aliases"]) == 1
        assert len(entry["employers"]) == 2 and len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"Charge rate £([\d.]+)/hr")
        gv.absent(entry, text, r"\(standby\)  session £([\d.]+)")
        gv.absent(entry, text, r"(?m)^Hours  [\d.]+ h x £[\d.]+ = £([\d,.]+)$")
        gv.absent(entry, text, r"Estimated gross this week  £([\d,.]+)")
        gv.absent(entry, text, r"Refer a friend: £(\d+)")
    for entry, text in pages["timesheet"]["vms"]:
        assert periods(entry) == {"day", "year"} and len(levels(entry)) == 3
        assert len(entry["employers"]) == 1 and len(gv.salary_owners(entry)) == 2
        assert re.search(r"Job title: .+ \(.+\)   Level: Senior$", text, re.M)
        absent_swiss(entry, text, r"bill rate \(with MSP fee\): ([\d'.,]+) ")
        absent_swiss(entry, text, r"on-call flat fee ([\d'.,]+) ")
        absent_swiss(entry, text, r" days x [\d'.,]+ [A-Z]{3} = ([\d'.,]+) ")


def test_wage_claims_pay_the_promised_and_paid_rates_not_penalties(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "wageclaim"):
        assert "USD" in currencies(entry) or "CAD" in currencies(entry)
        assert len(entry["sectors"]) == 1 and len(gv.own_salaries(entry)) >= 2
    for entry, text in pages["wageclaim"]["state"]:
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert len(entry["employers"]) == 2 and len(entry["aliases"]) == 1
        assert len(entry["ladder"][0]) == 3 and len(gv.salary_owners(entry)) == 3
        assert re.search(r"^4\. PAYPromised pay: \$[\d.]+   \[X\] hourly", text, re.M)
        gv.absent(entry, text, r"weeks at \$([\d.]+)\)")
        gv.absent(entry, text, r"Penalty wages \(30 days x \$([\d.]+)\)")
        gv.absent(entry, text, r"minimum wage \(2026\): \$([\d.]+) an hour")
    for entry, text in pages["wageclaim"]["online"]:
        assert len(currencies(entry)) == 2 and periods(entry) == {"hour", "week", "month"}
        assert not entry["employers"] and len(entry["moves_in"]) == 2
        assert len(gv.salary_owners(entry)) == 2
        assert re.search(r"^PAYContract terms: \$[\d.]+ an hour", text, re.M)
        gv.absent(entry, text, r"room \$([\d.]+)/week")
        gv.absent(entry, text, r"meals \$([\d.]+)/week")
        gv.absent(entry, text, r"1\.5x = \$([\d.]+)/hr")
        gv.absent(entry, text, r"placement fee of \$([\d,]+)")


def test_agreements_pay_the_final_salary_not_severance_or_notice(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "severance"):
        assert len(entry["moves_in"]) == 1 and len(entry["transitions_to"]) == 1
        assert gv.salary_owners(entry) == set(entry["transitions_to"])
        assert len(gv.own_salaries(entry)) == 1 and len(entry["employers"]) == 1
    for entry, text in pages["severance"]["us"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"II"}
        gv.absent(entry, text, r"\(\$([\d.]+) an hour, 40-hour week\)")
        gv.absent(entry, text, r"unused PTO balance \(\$([\d,.]+)\)")
        gv.absent(entry, text, r"severance of \$([\d,]+\.\d\d)")
        gv.absent(entry, text, r"incentive plan of \$([\d,]+\.\d\d)")
    for entry, text in pages["severance"]["uk"]:
        assert currencies(entry) == {"GBP"} and periods(entry) == {"year"}
        assert len(entry["skills"]["top"]) == 5
        assert re.search(r"^BACKGROUND\(A\) .+\.\(B\) .+\.\(C\) ", text, re.M)
        gv.absent(entry, text, r"car allowance \(£([\d,]+) a year\)")
        gv.absent(entry, text, r"£([\d,]+) in lieu of three months")
        gv.absent(entry, text, r"ex gratia sum of £([\d,]+)")
        gv.absent(entry, text, r"on-target earnings £([\d,]+)")
        assert text.rstrip().endswith("gave the advice descri")
