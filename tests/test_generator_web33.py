"""The generator's six page families of held-back set 33 (benchmarks/web_families33.py).

Brazilian postings read through a translator, occupational map cards and skill councils'
maps, crew grade cards and guild rate guides, franchise crew-to-owner pathways, students'
job-shadowing reports and licensing comparisons: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and meal vouchers, bonuses, per diems, box
rental, meal penalties, per-lesson fees, car allowances, on-call pay, bonds, licence fees,
one-sided top figures and agency billing rates stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families33 import FAMILY33_LAYOUTS

from generator_variants import (
    SHARED_SEED,
    Pages,
    amounts,
    family_tests,
    money,
    own_salaries,
    point_regions,
    points,
    salary_owners,
)

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "vagamt": {"site": r"^SIMILAR VACANCIES$", "runon": r"^WHO WE ARE: "},
    "occmap": {"card": r"^OCCUPATION: ", "council": r"^JOB ROLE: "},
    "crewrates": {"card": r"^MINIMUM DAY RATES", "guide": r"^WEEKLY RATES \("},
    "franchisepath": {"steps": r"^STEP 1 · ", "emoji": r"^YOUR PATHWAY$"},
    "shadowreport": {"report": r"^JOB-SHADOWING REPORT: ", "log": r"^Career ladder: "},
    "licensecompare": {"states": r"^ROUTE TO A LICENSE$", "provinces": r"^Career path: "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY33_LAYOUTS, another_seed=SHARED_SEED + 12,
             optional_printed=True)


def test_translated_postings_read_the_city_block(pages: Pages) -> None:
    for entry, text in pages["vagamt"]["site"]:
        assert all(s["currency"] == "BRL" and s["period"] == "month" for s in entry["salaries"])
        assert len(own_salaries(entry)) == 3
        assert len(point_regions(entry)) == 1 and len(salary_owners(entry)) == 1
        meal = re.search(r"meal voucher of R\$ ([\d.]+),(\d\d)", text)
        assert meal and float(f"{meal.group(1).replace('.', '')}.{meal.group(2)}") not in (
            amounts(entry))
        assert text.startswith("⟲ Translated from Portuguese") and len(entry["ladder"][0]) == 3
        assert len(entry["moves_in"]) == 2 and len(entry["optional"]) >= 5
    for entry, text in pages["vagamt"]["runon"]:
        run = next(line for line in text.splitlines() if line.startswith("level operational"))
        assert run == run.lower() and "," not in run and "salary r$ " in text
        assert len(own_salaries(entry)) == 3
        assert len(point_regions(entry)) == 1 and len(salary_owners(entry)) == 2
        assert " > " in text and len(entry["transitions_to"]) == 2


def test_occupational_maps_give_each_track_its_ladder(pages: Pages) -> None:
    for entry, text in pages["occmap"]["card"]:
        assert points(entry, point=True)
        assert len(own_salaries(entry)) == 2 and not salary_owners(entry)
        assert re.search(r"^K: .* · ", text, re.M) and re.search(r"^B: ", text, re.M)
        assert len(entry["leads_to"]) == 1 and len(entry["moves_in"]) == 2
        assert any("Hub" in n for n in entry["must_not_appear"])
    for entry, text in pages["occmap"]["council"]:
        assert [s for s in entry["salaries"] if s.get("open_ended")]
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 2
        assert len(entry["ladder"]) == 2 and all("—" not in ladder for ladder in entry["ladder"])
        assert " ⇄ " in text and "(metros ₹" in text and " -> " in text


def test_crew_rate_cards_give_each_rate_alone(pages: Pages) -> None:
    for entry, text in pages["crewrates"]["card"]:
        own = own_salaries(entry)
        assert all(s["min"] == s["max"] for s in own) and len(salary_owners(entry)) == 3
        assert {s["period"] for s in own} == {"day", "week"}
        diem = re.search(r"per diems \(£(\d+)\)", text)
        assert diem and money(diem.group(1)) not in amounts(entry)
        assert "—" in text and entry["leads_to"] and len(entry["moves_in"]) == 2
    for entry, text in pages["crewrates"]["guide"]:
        own = own_salaries(entry)
        assert [s["period"] for s in own].count("week") == 6 and len(points(entry,
                                                                            level="Senior")) == 3
        assert [s["period"] for s in own].count("day") == 3 and len(salary_owners(entry)) == 1
        meal = re.search(r"meal penalties \(\$([\d.]+)\)", text)
        assert meal and money(meal.group(1)) not in amounts(entry)
        assert " → " in text and len(entry["transitions_to"]) == 2


def test_franchise_pathways_pay_each_step_its_own(pages: Pages) -> None:
    for entry, text in pages["franchisepath"]["steps"]:
        # (the Assistant row is a differently named rung: its band is that title's)
        assert len(own_salaries(entry)) == 1 and any(
            o.startswith("Assistant ") for o in salary_owners(entry))
        assert len(salary_owners(entry)) == 4 and len(entry["ladder"][0]) == 6
        bonus = re.search(r"quarterly bonus up to \$([\d,]+)", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
        assert any("Franchising LLC" in n for n in entry["optional"])
    for entry, text in pages["franchisepath"]["emoji"]:
        floors = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floors) == 1 and floors[0]["belongs_to"] and "k+" in text
        fee = re.search(r"is paid \$(\d+) on top", text)
        assert fee and not {money(fee.group(1)), 1000 * money(fee.group(1))} & amounts(entry)
        assert " ➜ " in text and entry["leads_to"] and len(entry["employers"]) == 2
        assert entry["ladder"][0][-1] in entry["leads_to"]  # ("… ➜ 🏆 Franchise Owner")


def test_shadowing_reports_keep_allowances_out(pages: Pages) -> None:
    for entry, text in pages["shadowreport"]["report"]:
        assert points(entry, level="Graduate") and points(entry, level="Senior")
        assert salary_owners(entry) == {"Associate"} and " → " in text
        car = re.search(r"car allowance \(about €([\d.]+)\)", text)
        assert car and money(car.group(1).replace(".", "")) not in amounts(entry)
        assert any(n.startswith(("Ms ", "Mr ")) for n in entry["must_not_appear"])
    for entry, text in pages["shadowreport"]["log"]:
        assert points(entry, level="Trainee") and points(entry, level="Senior")
        assert len(own_salaries(entry)) == 3 and len(salary_owners(entry)) == 2 and " > " in text
        oncall = re.search(r"On-call pay \(about £([\d,]+)", text)
        assert oncall and money(oncall.group(1)) not in amounts(entry)
        assert len(entry["moves_in"]) == 2 and len(entry["employers"]) == 2


def test_licensing_comparisons_read_medians_by_place(pages: Pages) -> None:
    for entry, text in pages["licensecompare"]["states"]:
        assert len(point_regions(entry)) == 3 and len(own_salaries(entry)) == 4
        assert salary_owners(entry) and all(s["period"] == "day" for s in entry["salaries"]
                                      if s.get("belongs_to"))
        top = re.search(r"make \$([\d,]+) or more", text)
        assert top and money(top.group(1)) not in amounts(entry)
        bonds = re.findall(r"\$([\d,]+) +\$(\d+) +", text)
        assert bonds and not {money(b) for pair in bonds for b in pair} & amounts(entry)
    for entry, text in pages["licensecompare"]["provinces"]:
        assert len(point_regions(entry)) == 3
        assert all(s["period"] == "hour" for s in own_salaries(entry)
                                                 if s.get("point"))
        billing = re.search(r"bill clients about \$([\d.]+)", text)
        assert billing and money(billing.group(1)) not in amounts(entry)
        assert len([n for n in entry["must_not_appear"] if n[0].isupper()]) >= 3
