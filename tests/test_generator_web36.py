"""The generator's six page families of held-back set 36 (benchmarks/web_families36.py).

Library and archive staff-structure pages, Danish postings read through a translator,
fly-in fly-out roster pages, sports clubs' backroom staff directories, hospital rota and
banding explainers and charities' volunteer-to-paid pathways: each family's page carries the
structure it imitates in every variant, the variants are all drawn, the truth holds exactly
the facts the page prints (a perfect extraction scores one), and car, language, site, living-
out, on-call and meal allowances, supplements, bonuses, expenses, premiums and one-sided
deciles stay out of the role's pay while other posts' figures keep their owners.
"""

from __future__ import annotations

import re

from benchmarks.web_families36 import FAMILY36_LAYOUTS

from generator_variants import (
    SHARED_SEED,
    Pages,
    amounts,
    decimal_comma,
    family_tests,
    money,
    own_salaries,
    point_regions,
    points,
    salary_owners,
)

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "libstaff": {"council": r"^Our staff structure$", "citylib": r"^Who's who in "},
    "danskmt": {"jobsite": r"^Translated to English   Original \(Danish\)",
                "kommune": r"^This page is translated from: Danish"},
    "fiforoster": {"mine": r"^THE ROSTER$", "camp": r"^Moving up and across$"},
    "clubstaff": {"rugby": r"^CURRENT VACANCY$", "football": r"^Pay guide \(AUD\): "},
    "rotabanding": {"nhs": r"^Where you sit in the banding table$",
                    "district": r"^Where you sit in the award "},
    "volpathway": {"leaflet": r"^\[front panel\]$", "webpage": r"^The route at a glance: "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY36_LAYOUTS, another_seed=SHARED_SEED + 15,
             optional_printed=True)


def test_staff_structures_give_each_post_its_range(pages: Pages) -> None:
    for entry, text in pages["libstaff"]["council"]:
        assert points(entry, level="Senior") and points(entry, level="Trainee")
        assert len(salary_owners(entry)) == 4 and ">> " in text
        car = re.search(r"car user allowance \(£([\d,]+) a year\)", text)
        assert car and money(car.group(1)) not in amounts(entry)
        assert entry["leads_to"] and len(entry["ladder"][0]) == 3
        assert len(entry["optional"]) == 2 and len(entry["employers"]) == 3
    for entry, text in pages["libstaff"]["citylib"]:
        assert all(s["currency"] == "NZD" for s in entry["salaries"])
        assert points(entry, level="Graduate") and points(entry, level="Senior")
        assert len(salary_owners(entry)) == 2 and " ➝ " in text
        language = re.search(r"language allowance \$([\d,]+) a year", text)
        assert language and money(language.group(1)) not in amounts(entry)
        assert "HomeEvents" in text and len(entry["transitions_to"]) == 2


def test_danish_postings_read_notation_and_owners(pages: Pages) -> None:
    for entry, text in pages["danskmt"]["jobsite"]:
        assert all(s["currency"] == "DKK" and s["period"] == "month"
                   for s in entry["salaries"])
        assert {"newly trained", "experienced", "Senior", "Apprentice"} <= {
            s.get("level") for s in own_salaries(entry)}
        assert len(point_regions(entry)) == 2 and len(salary_owners(entry)) == 2
        deciles = re.search(r"earn under ([\d.]+) DKK   \|   10 % earn over ([\d.]+) DKK", text)
        assert deciles and not {decimal_comma(d) for d in deciles.groups()} & amounts(entry)
        assert "WANTED IN " in text and "you• " in text and len(entry["ladder"][0]) == 4
    for entry, text in pages["danskmt"]["kommune"]:
        assert len([s for s in own_salaries(entry) if str(s.get("level")).startswith("step")]) == 3
        assert points(entry, level="Student") and len(point_regions(entry)) == 2
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]
        assert len([s for s in own_salaries(entry) if s["min"] != s["max"]]) == 1
        supplement = re.search(r"Inconvenience supplement kr\. ([\d.,]+) per hour", text)
        assert supplement and decimal_comma(supplement.group(1)) not in amounts(entry)
        assert len(entry["leads_to"]) == 2 and not entry["ladder"]
        assert "kr. " in text and len(entry["aliases"]) == 3


def test_roster_pages_keep_allowances_out(pages: Pages) -> None:
    for entry, text in pages["fiforoster"]["mine"]:
        assert points(entry, level="Trainee") and points(entry, level="Lead")
        assert {s["period"] for s in own_salaries(entry)} == {"hour", "year"}
        assert len(points(entry, point=True)) == 1 and len(salary_owners(entry)) == 1
        extra = re.search(r"site allowance \$([\d.]+)/hr, paid travel time, and a \$([\d,]+) "
                          "completion bonus", text)
        assert extra and not {money(x) for x in extra.groups()} & amounts(entry)
        assert "Wk1  D D" in text and len(entry["optional"]) == 3
    for entry, text in pages["fiforoster"]["camp"]:
        assert all(s["currency"] == "CAD" for s in entry["salaries"])
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 1
        living = re.search(r"living-out allowance \$(\d+) per day", text)
        assert living and money(living.group(1)) not in amounts(entry)
        assert "What we look forYou bring" in text and len(entry["optional"]) == 3


def test_club_directories_keep_staff_names_and_bonuses_out(pages: Pages) -> None:
    for entry, text in pages["clubstaff"]["rugby"]:
        assert points(entry, level="Graduate") and points(entry, level="Senior")
        assert len(salary_owners(entry)) == 2 and len(entry["employers"]) == 4
        bonus = re.search(r"Win bonus £(\d+) a match", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
        assert "Showing 3 of " in text and len(entry["must_not_appear"]) == 4
    for entry, text in pages["clubstaff"]["football"]:
        assert [s for s in own_salaries(entry) if s.get("open_ended") and
                s.get("level") == "Senior"]
        assert len(salary_owners(entry)) == 1 and " ➔ " in text
        meal = re.search(r"\$(\d+) meal money", text)
        assert meal and money(meal.group(1)) not in amounts(entry)
        assert len(entry["optional"]) == 2 and len(entry["moves_in"]) == 1


def test_rota_pages_read_the_band_table_by_owner(pages: Pages) -> None:
    for entry, text in pages["rotabanding"]["nhs"]:
        assert points(entry, level="Senior") and points(entry, level="Apprentice")
        assert len(salary_owners(entry)) == 3 and "(apprenticeship)" in text
        oncall = re.search(r"on-call payment of £(\d+) per session", text)
        assert oncall and money(oncall.group(1)) not in amounts(entry)
        assert len(entry["ladder"][0]) == 5 and len(entry["optional"]) == 4
    for entry, text in pages["rotabanding"]["district"]:
        assert points(entry, level="1st year") and points(entry, level="2nd year")
        assert [s for s in own_salaries(entry) if s["period"] == "year"]
        assert len(salary_owners(entry)) == 2 and points(entry, level="Trainee")
        oncall = re.search(r"on-call allowance \$([\d.]+) per period", text)
        assert oncall and money(oncall.group(1)) not in amounts(entry)


def test_pathways_keep_expenses_and_signposted_bodies_out(pages: Pages) -> None:
    for entry, text in pages["volpathway"]["leaflet"]:
        assert {s["period"] for s in own_salaries(entry)} == {"hour", "year"}
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 1
        expenses = re.search(r"expenses up to £([\d.]+) a day", text)
        assert expenses and money(expenses.group(1)) not in amounts(entry)
        assert "does NOT employ" in text and len(entry["employers"]) == 3
        assert len(entry["ladder"][0]) == 3
    for entry, text in pages["volpathway"]["webpage"]:
        assert all(s["currency"] == "EUR" for s in entry["salaries"])
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 1
        bonus = re.search(r"€(\d+) Christmas bonus", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
        assert " ▸ " in text and text.count("Learn: ") == 2
