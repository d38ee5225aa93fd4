"""The generator's six page families of held-back set 26 (benchmarks/web_families26.py).

Classified job ads, Indonesian postings read through a browser translator, handover notes,
workforce plans, skills-shortage assessments and infographics saved as text: each family's
page carries the structure it imitates in every variant, the variants are all drawn, the
truth holds exactly the facts the page prints (a perfect extraction scores one), and
commission, rents, ad prices, minimum wages, allowances, supplements, agency rates,
all-occupation comparisons, visa thresholds and one-sided "top 10%" figures stay out of the
role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families26 import FAMILY26_LAYOUTS

from generator_variants import (
    SHARED_SEED,
    Pages,
    amounts,
    decimal_comma,
    every,
    family_tests,
    money,
    points,
)

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "classifieds": {"print": r"^490 WORK WANTED \(1 ad", "online": r"^Filter: \[x\] Full time"},
    "indomt": {"board": r"^Salary Insight: ", "blog": r"^Other vacancies in "},
    "handover": {"note": r"^HANDOVER NOTE$", "wiki": r"^Transition notes - "},
    "workforceplan": {"council": r"^Table \d\.1 Establishment by role and grade",
                      "board": r"^Trust Board \(Part 1\)"},
    "shortagelist": {"osl": r"^State and territory ratings$",
                     "mac": r"^Going rate and thresholds$"},
    "infographic": {"ocr": r"^----- text recognised in image -----$",
                    "screenreader": r"^Text version \(for screen readers\)$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY26_LAYOUTS, another_seed=SHARED_SEED + 6,
             optional_printed=True)


def test_classified_ads_share_slash_figures_and_keep_rents_out(pages: Pages) -> None:
    for entry, _ in every(pages, "classifieds"):
        ladder = entry["ladder"][0]
        assert len(ladder) == 3 and ladder[1] == entry["title"]
        # A slash headline with the rung above: one band, the role's at Senior and the rung's.
        shared = [s for s in entry["salaries"] if s.get("belongs_to") == ladder[2]]
        assert shared and any(s["min"] == shared[0]["min"] and s.get("level") == "Senior"
                              for s in entry["salaries"])
    for entry, text in pages["classifieds"]["print"]:
        rent = re.search(r"rent\s+a\s+.+?,\s+\$(\d+)/wk", text)
        assert rent and money(rent.group(1)) not in amounts(entry)
        guar = re.search(r"\$(\d+)/hr\s+guar\.", text)
        assert guar and money(guar.group(1)) in points(entry, period="hour")
        assert len(entry["moves_in"]) == 2 and entry["ladder"][0][0].startswith("Apprentice ")
    for entry, text in pages["classifieds"]["online"]:
        assert all(s["currency"] == "GBP" for s in entry["salaries"])
        assert len(points(entry, level="Trainee", period="hour")) == 2
        rates = re.search(r"Rates\s+£(\d+)-£(\d+)\s+p/h", text)
        assert rates and any(s["min"] == money(rates.group(1)) and not s.get("belongs_to")
                             for s in entry["salaries"])
        hols = re.search(r"pa\s+\+\s+(\d+)\s+days", text)
        assert hols and money(hols.group(1)) not in amounts(entry)


def test_indonesian_postings_read_rupiah_and_keep_minimum_wage_out(pages: Pages) -> None:
    for entry, _ in every(pages, "indomt"):
        assert all(s["currency"] == "IDR" for s in entry["salaries"])
        assert entry["sectors"] and len(entry["employers"]) == 1 and len(entry["aliases"]) >= 2
    for entry, text in pages["indomt"]["board"]:
        band = re.search(r"^Rp ([\d.]+) - Rp ([\d.]+)(?: per month|/month) ", text, re.M)
        assert band and any(s["min"] == decimal_comma(band.group(1))
                            and s["max"] == decimal_comma(band.group(2))
                            and not s.get("belongs_to") for s in entry["salaries"])
        trainee = entry["ladder"][0][0]
        assert points(entry, belongs_to=trainee)
        assert any(s.get("region") and s.get("point") for s in entry["salaries"])
    for entry, text in pages["indomt"]["blog"]:
        umk = re.search(r"UMK .+ 2026: Rp ([\d.]+)", text)
        assert umk and decimal_comma(umk.group(1)) not in amounts(entry)
        meal = re.search(r"meal money Rp ([\d.]+)/day", text)
        assert meal and decimal_comma(meal.group(1)) not in amounts(entry)
        assert points(entry, level="Entry") and points(entry, level="Senior")
        day = [s for s in entry["salaries"] if s["period"] == "day"]
        assert len(day) == 1 and day[0]["belongs_to"] in entry["moves_in"]


def test_handover_notes_give_the_route_and_the_next_job_its_pay(pages: Pages) -> None:
    for entry, text in pages["handover"]["note"]:
        ladder = entry["ladder"][0]
        assert len(ladder) == 4 and ladder[2] == entry["title"]
        assert len(entry["transitions_to"]) == 2 and entry["leads_to"]
        assert points(entry, belongs_to=entry["transitions_to"][1])
        cover = re.search(r"^Interim cover: (.+?) \(", text, re.M)
        assert cover and cover.group(1) in entry["must_not_appear"]
        assert points(entry, level="Senior") and points(entry, belongs_to=ladder[1])
    for entry, _ in pages["handover"]["wiki"]:
        assert any(a.endswith(" II") for a in entry["aliases"])
        own = [s for s in entry["salaries"] if not s.get("belongs_to")]
        assert len(own) == 2 and all(s["period"] == "hour" for s in own)
        assert entry["moves_in"] and entry["transitions_to"]


def test_workforce_plans_give_bands_to_rows_and_keep_supplements_out(pages: Pages) -> None:
    for entry, _ in every(pages, "workforceplan"):
        assert points(entry, level="Apprentice") and entry["moves_in"]
        assert len(entry["employers"]) == 1
    for entry, text in pages["workforceplan"]["council"]:
        assert len(entry["ladder"]) == 2 and entry["ladder"][1][0] == entry["ladder"][0][2]
        assert len(entry["transitions_to"]) == 3
        supplement = re.search(r"market supplement of £([\d,]+)", text)
        assert supplement and money(supplement.group(1)) not in amounts(entry)
        charge = re.search(r"charge rate of £(\d+) an hour", text)
        assert charge and money(charge.group(1)) not in amounts(entry)
    for entry, _ in pages["workforceplan"]["board"]:
        ladder = entry["ladder"][0]
        assert len(ladder) == 6 and ladder[2] == entry["title"]
        assert len(entry["leads_to"]) == 2 and points(entry, level="Senior")
        assert points(entry, belongs_to=ladder[-1])


def test_shortage_assessments_keep_comparisons_and_thresholds_out(pages: Pages) -> None:
    for entry, _ in every(pages, "shortagelist"):
        assert entry["leads_to"] and entry["transitions_to"] and entry["moves_in"]
    for entry, text in pages["shortagelist"]["osl"]:
        weekly = re.search(r"\$([\d,]+) \(all occupations: \$([\d,]+)\)", text)
        assert weekly and money(weekly.group(1)) in points(entry, period="week")
        assert money(weekly.group(2)) not in amounts(entry)
        lateral = entry["transitions_to"][0]
        assert any(s.get("belongs_to") == lateral for s in entry["salaries"])
    for entry, text in pages["shortagelist"]["mac"]:
        going = re.search(r"going rate for this occupation is £([\d,]+)", text)
        visa = re.search(r"Skilled Worker visa is £([\d,]+)", text)
        assert going and visa
        assert {money(going.group(1)), money(visa.group(1))}.isdisjoint(amounts(entry))
        assert points(entry, level="Newly Qualified") and len(entry["employers"]) == 2


def test_infographics_read_figures_over_labels_and_coins_by_level(pages: Pages) -> None:
    for entry, text in pages["infographic"]["ocr"]:
        top = re.search(r"^\$\d+K\s+\$(\d+)K\nENTRY\s+TOP 10%$", text, re.M)
        assert top and money(top.group(1)) * 1000 not in amounts(entry)
        ladder = entry["ladder"][0]
        assert len(ladder) == 5 and points(entry, belongs_to=ladder[0])
        assert points(entry, level="Entry") and points(entry, period="hour")
        # the role's grade titles wrap in their columns: their words are apart in the panel
        panel = text.split("CLIMB THE LADDER")[1].split("WHERE THEY WORK")[0]
        assert f"{entry['title']} I" not in panel and f"Senior {entry['title']}" in text
    for entry, text in pages["infographic"]["screenreader"]:
        levels = [s.get("level") for s in entry["salaries"]]
        assert levels == ["Junior", "Mid-level", "Senior", "Lead"]
        bonus = re.search(r"\"bonus item\": (.+)$", text, re.M)
        assert bonus and bonus.group(1) in entry["skills"]["top"]
        assert len(entry["transitions_to"]) == 2 and len(entry["ladder"][0]) == 6
