"""The generator's six page families of held-back set 54 (benchmarks/web_families54.py).

Russian and Ethiopian postings read through a browser translator, US temporary labor
certification job orders, UK certificates of sponsorship, notifications of personnel action and
travel healthcare agencies' pay packages: each family's page carries the structure it imitates
in every variant, the variants are all drawn, the truth holds exactly the facts the page prints
(a perfect extraction scores one), and the figure before tax beside the pay on hand, the pay
for a whole vakhta, the net beside a gross, the AEWR, a calculated hourly rate, the basic pay
and locality adjustment, biweekly and annual equivalents, bonuses, compensations, allowances,
per diems, piece rates, overtime rates, meal and housing charges, going rates, stipends, weekly
estimates, blended rates, differentials, minimum wages and calculator examples stay out of the
truth, while probation, Lead, category, assistant, level, grade and step, range, Senior,
Travel, extension, local contract and staff rates are the role's own at their level and other
titles' figures keep their owners.
"""

from __future__ import annotations

import re
from typing import Any

from benchmarks.web_families54 import FAMILY54_LAYOUTS

import generator_variants as gv
from generator_variants import currencies, floors, levels, periods

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "russianmt": {"board": r"^Page translated: Russian → English",
                  "vakhta": r"^Translated from: Russian ▾ · Show the original"},
    "amharicmt": {"board": r"^Page translated from Amharic · Show the original",
                  "telegram": r"^Translated from: Amharic · Original"},
    "h2ajoborder": {"form": r"^ETA-790A · Agricultural clearance order \(H-2A\)",
                    "site": r"^SeasonalJobs\.dol\.gov "},
    "sponsorcos": {"print": r"^CERTIFICATE OF SPONSORSHIP — PRINTABLE VIEW$",
                   "email": r"^Outlook   Search   New message"},
    "personnelaction": {"sf50": r"^NOTIFICATION OF PERSONNEL ACTION$",
                        "paf": r" PAF — Personnel Action Form "},
    "travelpay": {"listing": r"^Weekly pay, 40 guaranteed hours$",
                  "confirm": r"^PAY \(per week, 36 guaranteed hours\)$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY54_LAYOUTS, another_seed=gv.SHARED_SEED + 34,
                optional_printed=True)


def rub(text: str) -> float:
    """A rouble figure with a space between thousands ("185 000")."""
    return float(text.replace(" ", ""))


def absent_rub(entry: dict[str, Any], text: str, pattern: str) -> None:
    """The rouble figure ``pattern`` captures is printed and is no figure of the truth entry."""
    found = re.search(pattern, text)
    assert found, pattern
    assert rub(found[1]) not in gv.amounts(entry), (entry["file"], found[0])


def test_russian_postings_pay_roubles_on_hand_not_the_gross_or_the_vakhta(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "russianmt"):
        assert currencies(entry) == {"RUB"} and len(entry["employers"]) >= 2
    for entry, text in pages["russianmt"]["board"]:
        assert levels(entry) == {"Probation", "Lead"} and periods(entry) == {"month"}
        assert len(entry["ladder"][0]) == 4 and len(entry["aliases"]) == 1
        assert len(entry["employers"]) == 3 and not entry["sectors"]
        ceiling = [s for s in entry["salaries"] if s["min"] is None]
        assert len(ceiling) == 1 and ceiling[0]["level"] == "Lead"
        assert len(floors(entry)) == 2 and len(gv.salary_owners(entry)) == 1
        assert re.search(r"^- paid courses .+\.Growth inside the company:\S", text, re.M)
        assert re.search(r"people\.Responsibilities:$", text, re.M)
        absent_rub(entry, text, r"roughly (\d+ \d{3}) – ")
        absent_rub(entry, text, r"mobile compensation (\d[\d ]*) ₽")
        assert "Income level is not specified" in text
    for entry, text in pages["russianmt"]["vakhta"]:
        assert periods(entry) == {"month", "hour"} and len(entry["sectors"]) == 1
        assert {lv for lv in levels(entry)} == {s["level"] for s in entry["salaries"]
                                                if s["period"] == "hour"}
        assert all(lv.endswith(" category") for lv in levels(entry)) and len(levels(entry)) == 3
        assert len(gv.salary_owners(entry)) == 4 and len(entry["moves_in"]) == 2
        assert len(entry["ladder"][0]) == 3 and len(gv.point_regions(entry)) == 1
        absent_rub(entry, text, r"days that is (\d+ \d{3}) to")
        absent_rub(entry, text, r"Vakhta allowance (\d[\d ]*) ₽")
        absent_rub(entry, text, r"= (\d+ \d{3}) ₽ before tax")
        assert re.search(r"^Growth:\S.+ → .+\.A ", text, re.M)


def test_ethiopian_postings_pay_birr_gross_not_the_net_or_allowances(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "amharicmt"):
        assert currencies(entry) == {"ETB"} and periods(entry) == {"month"}
        assert len(entry["employers"]) == 2 and len(entry["leads_to"]) == 1
    for entry, text in pages["amharicmt"]["board"]:
        assert levels(entry) == {"Probation", "Assistant"} and len(entry["aliases"]) == 1
        assert len(entry["sectors"]) == 1 and len(entry["moves_in"]) == 2
        assert len(gv.salary_owners(entry)) == 1
        assert re.search(r"^About the company\S.+ E\.C\.Main duties$", text, re.M)
        assert re.search(r"^Salary and benefitsGross salary: ", text, re.M)
        gv.absent(entry, text, r"\(7%\) ≈ ([\d,]+) birr")
        gv.absent(entry, text, r"Transport allowance: ([\d,]+) birr")
        assert re.search(r" · accord$", text, re.M) and "Hidar" in text
    for entry, text in pages["amharicmt"]["telegram"]:
        job = entry["title"]
        assert levels(entry) == {f"{job} I", f"{job} II", "Project contract"}
        assert len(gv.salary_owners(entry)) == 4 and not entry["sectors"]
        assert re.search(rf"^▶️ Salary: [\d,]+ birr gross \({job} II\) \| [\d,]+ birr gross "
                         rf"\({job} I\)$", text, re.M)
        gv.absent(entry, text, r"Per diem for .+: ([\d,]+) birr per day")
        assert re.search(r" — 1$", text, re.M)  # a number left after a title


def test_job_orders_pay_the_wage_offer_not_piece_rates_or_overtime(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "h2ajoborder"):
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert len(entry["sectors"]) == 1 and len(entry["leads_to"]) == 1
        assert not levels(entry)
    for entry, text in pages["h2ajoborder"]["form"]:
        assert len(entry["employers"]) == 1 and len(entry["employers"][0]) == 2  # legal, DBA
        assert gv.salary_owners(entry) == set(entry["leads_to"])
        assert re.search(r"^A\.1 Job title: .+   A\.2 Workers requested: ", text, re.M)
        wage = re.search(r"Hourly wage offered: \$([\d.]+)", text)
        aewr = re.search(r"AEWR \(.+, 2027\): \$([\d.]+)", text)
        assert wage and aewr and wage[1] == aewr[1] and float(wage[1]) in gv.amounts(entry)
        gv.absent(entry, text, r"hourly rate → \$([\d.]+)")
        gv.absent(entry, text, r"three meals a day for \$([\d.]+) a day")
        gv.absent(entry, text, r"minimum wage: \$([\d.]+) an hour")
    for entry, text in pages["h2ajoborder"]["site"]:
        assert len(entry["employers"]) == 2 and len(gv.salary_owners(entry)) == 4
        assert re.search(r"^Pay: \$[\d.]+ an hour \(basic\)  \|  \$[\d.]+ an hour \(overtime\)$",
                         text, re.M)
        gv.absent(entry, text, r"\$([\d.]+) an hour \(overtime\)")
        gv.absent(entry, text, r"\$([\d.]+) a week is deducted")
        assert re.search(r" · \$\d+\.$", text, re.M)  # a similar job cut mid-figure


def test_certificates_pay_the_gross_salary_not_going_rates_or_charges(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "sponsorcos"):
        assert "GBP" in currencies(entry) and len(entry["employers"]) == 1
        assert len(entry["sectors"]) == 1 and len(entry["moves_in"]) == 1
        assert entry["moves_in"][0] in gv.salary_owners(entry)
    for entry, text in pages["sponsorcos"]["print"]:
        assert periods(entry) == {"year", "hour"} and not levels(entry)
        assert len(gv.salary_owners(entry)) == 4 and len(entry["leads_to"]) == 1
        assert len(gv.own_salaries(entry)) == 1
        gv.absent(entry, text, r"Calculated hourly rate: £([\d.]+)")
        gv.absent(entry, text, r"Going rate \(SOC \d+\): £([\d,]+)")
        gv.absent(entry, text, r"pro-rated to \d+ hours a week: £([\d,]+)")
        gv.absent(entry, text, r"£([\d.]+) a week taken from pay")
    for entry, text in pages["sponsorcos"]["email"]:
        assert levels(entry) == {"Assistant", "Senior"} and len(entry["ladder"][0]) == 5
        assert len(currencies(entry)) == 2 and len(floors(entry)) == 1
        assert re.search(r"^Job title.+SOC code\d{4}SOC description", text, re.M)
        gv.absent(entry, text, r"\(SOC \d+, 37\.5 hrs\)£([\d,]+)")
        gv.absent(entry, text, r"the £([\d,]+) relocation payment")


def test_personnel_actions_pay_the_new_position_and_the_old_its_own(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "personnelaction"):
        assert currencies(entry) == {"USD"} and not entry["sectors"]
        rung = entry["ladder"][0][entry["ladder"][0].index(entry["title"]) - 1]
        assert rung in gv.salary_owners(entry)
    for entry, text in pages["personnelaction"]["sf50"]:
        assert periods(entry) == {"year"} and len(entry["employers"]) == 2
        assert len(entry["ladder"][0]) == 3 and entry["ladder"][0][-1] == entry["title"]
        assert all(lv.startswith("GS-") for lv in levels(entry))
        gv.absent(entry, text, r"(?s)— TO —.*?basic \$([\d,]+) \+")
        gv.absent(entry, text, r"(?s)— TO —.*?locality \$([\d,]+) =")
        gv.absent(entry, text, r"(?s)— FROM —.*?basic \$([\d,]+) \+")
    for entry, text in pages["personnelaction"]["paf"]:
        assert periods(entry) == {"hour"} and len(entry["employers"]) == 1
        assert len(entry["ladder"][0]) == 4 and len(entry["moves_in"]) == 2
        assert len(entry["transitions_to"]) == 1 and "Senior" in levels(entry)
        assert len(gv.salary_owners(entry)) == 2
        assert re.search(r"^FROM \(current\) +TO \(new\)$", text, re.M)
        gv.absent(entry, text, r"Biweekly: \$([\d,.]+)")
        gv.absent(entry, text, r"Standby \$([\d.]+) an hour")


def test_pay_packages_pay_the_taxable_rate_not_stipends_or_blends(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "travelpay"):
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert "Travel" in levels(entry) and len(entry["aliases"]) >= 1
    for entry, text in pages["travelpay"]["listing"]:
        assert levels(entry) == {"Travel", "Staff", "Local contract"}
        assert len(entry["employers"]) == 3 and len(entry["moves_in"]) == 2
        assert len(gv.point_regions(entry)) == 1 and not gv.salary_owners(entry)
        gv.absent(entry, text, r"Lodging stipend \(tax-free\) \.+ \$([\d,.]+)")
        gv.absent(entry, text, r"Weekly estimate \.+ \$([\d,.]+)")
        gv.absent(entry, text, r"Blended hourly \.+ \$([\d,.]+)")
        assert re.search(r"^Experience with:\S.+ · ", text, re.M)
    for entry, text in pages["travelpay"]["confirm"]:
        assert len(levels(entry)) == 3 and "Extension" in levels(entry)
        assert len(entry["ladder"][0]) == 3 and len(entry["leads_to"]) == 2
        assert len(entry["aliases"]) == 2 and len(gv.salary_owners(entry)) == 1
        gv.absent(entry, text, r"Lodging stipend, tax-free \$([\d,.]+)")
        gv.absent(entry, text, r"Blended \$([\d,.]+)/hr")
        gv.absent(entry, text, r"posting is \$([\d.]+)/hr top of range")
