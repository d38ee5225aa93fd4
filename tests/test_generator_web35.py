"""The generator's six page families of held-back set 35 (benchmarks/web_families35.py).

Port careers pages, skills passports, Swedish postings read through a translator, "meet the
apprentices" galleries, council staff reports and conference speaker pages: each family's
page carries the structure it imitates in every variant, the variants are all drawn, the
truth holds exactly the facts the page prints (a perfect extraction scores one), and shift,
meal, travel, tool, on-call, wellness, call-out and uniform allowances, penalties, premiums,
sign-on bonuses, call pay, consultants' charges, first-year costs and one-sided deciles stay
out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families35 import FAMILY35_LAYOUTS

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
    "portcareers": {"terminal": r"^Where it can lead$", "portco": r"^Your path$"},
    "skillspassport": {"record": r"^ENDORSED SKILLS$", "learner": r"^\[ Skills evidenced \]$"},
    "svenskamt": {"board": r"^Translated from: Swedish",
                  "site": r"^This page has been translated from Swedish"},
    "apprenticegallery": {"cards": r"^Filter: Trade = ", "swipe": r"^CARD 1 of 5$"},
    "councilreport": {"legistar": r"^File #: ", "ontario": r"^REPORT TO COUNCIL$"},
    "speakerbios": {"track": r"^PANEL · ", "symposium": r"Student Track · Speakers$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY35_LAYOUTS, another_seed=SHARED_SEED + 14,
             optional_printed=True)


def test_port_pages_keep_allowances_and_other_titles_apart(pages: Pages) -> None:
    for entry, text in pages["portcareers"]["terminal"]:
        assert points(entry, level="Graduate") and points(entry, level="Senior")
        assert len(salary_owners(entry)) == 1 and "(for comparison)" in text
        extra = re.search(r"Shift allowance of £([\d,]+) a year and a £(\d+) meal", text)
        assert extra and not {money(x) for x in extra.groups()} & amounts(entry)
        assert " → " in text and len(entry["transitions_to"]) == 2
        assert " › " in text.splitlines()[2] and len(entry["employers"]) == 3
    for entry, text in pages["portcareers"]["portco"]:
        assert points(entry, level="Trainee") and len(salary_owners(entry)) == 2
        assert {s["period"] for s in own_salaries(entry)} == {"hour", "year"}
        assert len(points(entry, point=True)) == 1
        night = re.search(r"night penalty of \$([\d.]+)", text)
        assert night and money(night.group(1)) not in amounts(entry)
        assert " ➜ " in text and " • " in text and len(entry["moves_in"]) == 2


def test_skills_passports_keep_issuers_and_allowances_out(pages: Pages) -> None:
    for entry, text in pages["skillspassport"]["record"]:
        assert all(s["currency"] == "GBP" for s in entry["salaries"])
        assert len([s for s in own_salaries(entry) if s.get("level")]) == 2
        assert len(point_regions(entry)) == 1 and len(salary_owners(entry)) == 1
        travel = re.search(r"Travel allowance \(£(\d+) / day\)", text)
        assert travel and money(travel.group(1)) not in amounts(entry)
        assert "Issued by" in text and "endorsed x" in text and len(entry["moves_in"]) == 1
        assert len(entry["optional"]) == 4
    for entry, text in pages["skillspassport"]["learner"]:
        assert all(s["period"] == "hour" for s in entry["salaries"])
        assert points(entry, level="Lead") and len(point_regions(entry)) == 1
        assert salary_owners(entry) == set(entry["moves_in"])
        tools = re.search(r"Tool allowance \$(\d+)/week", text)
        assert tools and money(tools.group(1)) not in amounts(entry)
        assert text.count("\n> ") == 4 and len(entry["employers"]) == 3


def test_swedish_postings_read_statistics_by_owner(pages: Pages) -> None:
    for entry, text in pages["svenskamt"]["board"]:
        assert all(s["currency"] == "SEK" and s["period"] == "month"
                   for s in entry["salaries"])
        assert [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(point_regions(entry)) == 2 and len(salary_owners(entry)) == 2
        deciles = re.search(r"under ([\d ]+) SEK   Highest 10%: over ([\d ]+) SEK", text)
        assert deciles and not {decimal_comma(d) for d in deciles.groups()} & amounts(entry)
        assert entry["leads_to"] and len(entry["ladder"][0]) == 3
    for entry, text in pages["svenskamt"]["site"]:
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 1
        assert len(point_regions(entry)) == 2
        assert len([s for s in own_salaries(entry) if s["min"] != s["max"]]) == 2
        wellness = re.search(r"Wellness allowance ([\d ]+) SEK", text)
        assert wellness and decimal_comma(wellness.group(1)) not in amounts(entry)
        assert "Percentile 10 – 90" in text and len(entry["aliases"]) == 3


def test_galleries_give_each_card_its_owner(pages: Pages) -> None:
    for entry, text in pages["apprenticegallery"]["cards"]:
        assert len(points(entry, level="Apprentice")) == 3
        assert points(entry, level="Senior") and len(points(entry, point=True)) == 1
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]
        assert len(entry["ladder"]) == 2 and len(entry["employers"]) == 4
        travel = re.search(r"plus a £(\d+) travel payment", text)
        assert travel and money(travel.group(1)) not in amounts(entry)
        assert "Showing 4 of " in text and text.count("─" * 44) == 5
    for entry, text in pages["apprenticegallery"]["swipe"]:
        assert len(points(entry, level="Apprentice")) == 3
        assert len(salary_owners(entry)) == 3 and len(point_regions(entry)) == 1
        callout = re.search(r"plus a \$(\d+) call-out payment", text)
        assert callout and money(callout.group(1)) not in amounts(entry)
        assert text.count("Name: ") == 5 and len(entry["employers"]) == 3
        assert len(entry["optional"]) == 4


def test_council_reports_keep_costs_out(pages: Pages) -> None:
    for entry, text in pages["councilreport"]["legistar"]:
        own = own_salaries(entry)
        assert len([s for s in own if s["period"] == "hour"]) == 3
        assert len([s for s in own if s.get("label")]) == 2
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 1
        cost = re.search(r"benefits: \$([\d,]+)", text)
        charge = re.search(r"at \$(\d+) per hour", text)
        assert cost and charge and not {money(cost.group(1)), money(charge.group(1))} & amounts(
            entry)
        assert entry["leads_to"] and len(entry["moves_in"]) == 2 and len(entry["employers"]) == 4
    for entry, text in pages["councilreport"]["ontario"]:
        assert all(s["currency"] == "CAD" for s in entry["salaries"])
        assert len(salary_owners(entry)) == 2 and len(points(entry, point=True)) == 1
        assert len([s for s in own_salaries(entry) if s.get("level")]) == 3
        extra = re.search(r"allowances of \$([\d,]+) a year and a certification premium of "
                          r"\$([\d,]+)", text)
        assert extra and not {money(x) for x in extra.groups()} & amounts(entry)
        assert "1.1 THAT " in text and len(entry["ladder"][0]) == 3
        assert len(entry["aliases"]) == 3


def test_speaker_pages_keep_bonuses_and_sponsors_out(pages: Pages) -> None:
    for entry, text in pages["speakerbios"]["track"]:
        assert {s["period"] for s in own_salaries(entry)} == {"day", "year"}
        assert points(entry, level="Trainee") and points(entry, level="Senior")
        assert len(point_regions(entry)) == 1 and len(salary_owners(entry)) == 1
        assert entry["leads_to"] and entry["transitions_to"] and len(entry["moves_in"]) == 2
        assert "Sponsors: " in text and len(entry["must_not_appear"]) == 8
        assert "Track: " in text and len(entry["employers"]) == 2
    for entry, text in pages["speakerbios"]["symposium"]:
        assert points(entry, level="Lead") and points(entry, level="new-grad")
        assert len(point_regions(entry)) == 2 and len(salary_owners(entry)) == 1
        extra = re.search(r"Sign-on bonuses of \$([\d,]+) and call pay of \$([\d.]+)", text)
        assert extra and not {money(x) for x in extra.groups()} & amounts(entry)
        assert len(entry["optional"]) == 4 and len(entry["employers"]) == 3
