"""The generator's six page families of held-back set 43 (benchmarks/web_families43.py).

Norwegian postings read through a browser translator, staffing agencies' assignment
confirmations, interest arbitration awards, applicant-tracking systems' interview kits and
scorecards, regulators' public register entries and qualification-recognition decisions: each
family's page carries the structure it imitates in every variant, the variants are all drawn,
the truth holds exactly the facts the page prints (a perfect extraction scores one), and
holiday pay, rotation and tool allowances, overtime and penalty rates, charge rates, estimated
earnings, percentage rises, premiums, differentials, incentives, shift allowances and annual
bonuses stay out of the role's pay while other titles' figures keep their owners, the union,
the regulator and the assessing body employ no one, the applicant's own history names no move
and people's names never become roles.
"""

from __future__ import annotations

import re

from benchmarks.web_families43 import FAMILY43_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "norwegianmt": {"board": r"^This page has been translated from Norwegian ",
                    "portal": r"^Google Translate  \|  Norwegian > English "},
    "assignconfirm": {"form": r"^ASSIGNMENT DETAILS \(Conduct Regulations",
                      "app": r"^Booking #\d+ confirmed ✓$"},
    "arbaward": {"commission": r"^In the Matter of the Interest Arbitration ",
                 "board": r"^Interest arbitration · Tripartite board · "},
    "scorecard": {"kit": r"^Interview kit \| Scorecard \| Job details \| Activity$",
                  "pipeline": r"^Applied \(\d+\) → Screen "},
    "registerentry": {"record": r"^Protecting the public · Public register$",
                      "licence": r"· Find a licensed professional$"},
    "recognition": {"outcome": r"· Skills assessment outcome$",
                    "notice": r"^Courtesy translation – only the German text is binding$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY43_LAYOUTS, another_seed=gv.SHARED_SEED + 22,
                optional_printed=True)


def test_norwegian_postings_read_kroner_with_space_thousands(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "norwegianmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"NOK"}
        assert entry["ladder"] and entry["moves_in"] and entry["transitions_to"]
        assert len(entry["employers"]) == 1 and entry["employers"][0][0].endswith(" AS")
    for entry, text in pages["norwegianmt"]["board"]:
        assert re.search(r"kr \d{3} 000 – \d{3} 000 per year", text) and entry["aliases"]
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Apprentice"]
        assert gv.point_regions(entry) and entry["sectors"]
        gv.absent(entry, text, r"offshore allowance of kr (\d+)")
        gv.absent(entry, text, r"earn less than kr (\d{3} \d{3})")
    for entry, text in pages["norwegianmt"]["portal"]:
        assert re.search(r"Hourly wage: kr \d{3},\d\d ", text) and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 4
        assert text.rstrip().endswith(entry["must_not_appear"][-1])


def test_assignment_confirmations_pay_the_worker_not_the_charge(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "assignconfirm"):
        assert len(entry["employers"]) == 2 and entry["aliases"] and entry["ladder"]
        assert entry["transitions_to"] and not entry["sectors"]
    for entry, text in pages["assignconfirm"]["form"]:
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"}
        assert "From week 13 (AWR)" in text and len(gv.salary_owners(entry)) == 1
        gv.absent(entry, text, r"Overtime after 48 hours \| ([\d.]+)")
        gv.absent(entry, text, r"charge rate to the hirer \(£([\d.]+)/hr\)")
    for entry, text in pages["assignconfirm"]["app"]:
        assert {s["currency"] for s in entry["salaries"]} == {"AUD"}
        assert [s for s in gv.own_salaries(entry) if s.get("level", "").startswith("Level")]
        assert len(gv.salary_owners(entry)) == 2 and len(entry["aliases"]) == 2
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
        gv.absent(entry, text, r"Sunday \$([\d.]+)/hr")
        gv.absent(entry, text, r"Estimated earnings: \$([\d,]+)")


def test_arbitration_awards_pay_the_steps_and_keep_premiums_out(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "arbaward"):
        assert {s["currency"] for s in entry["salaries"]} == {"USD"} and not entry["sectors"]
        assert len(entry["employers"]) == 1 and entry["aliases"] and entry["ladder"]
        assert entry["moves_in"] and entry["transitions_to"]
        steps = {s.get("level") for s in gv.own_salaries(entry)}
        assert {"Step 1", "Step 2", "Step 5"} <= steps
    for entry, text in pages["arbaward"]["commission"]:
        assert "OPINION AND AWARD" in text and len(gv.points(entry, point=True)) == 1
        assert len(gv.salary_owners(entry)) == 1
    for entry, text in pages["arbaward"]["board"]:
        assert "Senior" in {s.get("level") for s in gv.own_salaries(entry)}
        # (fresh57) a "Lead X" reference range is the role's at Lead: one owner fewer
        lead = "Lead" in {s.get("level") for s in gv.own_salaries(entry)}
        assert gv.point_regions(entry) and len(gv.salary_owners(entry)) == (1 if lead else 2)
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
        gv.absent(entry, text, r"differential of \$([\d.]+)")


def test_scorecards_rate_skills_and_keep_the_system_and_the_scale_out(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "scorecard"):
        assert len(entry["employers"]) == 1 and entry["aliases"] and entry["moves_in"]
        assert len(gv.salary_owners(entry)) == 1
        assert not {"Skills", "Qualifications", "Personality traits"} & set(
            entry["skills"]["top"])
    for entry, text in pages["scorecard"]["kit"]:
        assert "○ Strong yes" in text and {s["currency"] for s in entry["salaries"]} == {"GBP"}
        assert [s for s in gv.own_salaries(entry) if s.get("level", "").startswith("Grade")]
    for entry, text in pages["scorecard"]["pipeline"]:
        assert "Criteria: " in text and entry["sectors"] and entry["ladder"]
        gv.absent(entry, text, r"plus a (\d+) % annual incentive")


def test_register_entries_employ_at_the_places_of_practice(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "registerentry"):
        assert entry["aliases"] and entry["moves_in"] and entry["leads_to"]
        assert entry["transitions_to"] and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 1
    for entry, text in pages["registerentry"]["record"]:
        assert len(entry["employers"]) == 2 and "Scope of practice" in text
        assert gv.point_regions(entry) and {s["currency"] for s in entry["salaries"]} == {"CAD"}
    for entry, text in pages["registerentry"]["licence"]:
        levels = {s.get("level") for s in gv.own_salaries(entry)}
        assert {"Limited licence", "Full licence"} <= levels and len(entry["employers"]) == 1
        assert re.search(r"Reserved activities[A-Z]", text)


def test_recognition_decisions_name_no_move_from_the_applicants_history(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "recognition"):
        assert not entry["employers"] and not entry["sectors"] and entry["aliases"]
        assert entry["moves_in"] and entry["transitions_to"]
        assert len(gv.salary_owners(entry)) == 1
    for entry, text in pages["recognition"]["outcome"]:
        assert {s["currency"] for s in entry["salaries"]} == {"AUD"} and "Competent" in text
        assert "Senior" in {s.get("level") for s in gv.own_salaries(entry)}
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
    for entry, text in pages["recognition"]["notice"]:
        assert {s["currency"] for s in entry["salaries"]} == {"EUR"} and entry["ladder"]
        assert re.search(r"EUR \d\.\d{3},\d\d – \d\.\d{3},\d\d per month", text)
        gv.absent(entry, text, r"shift allowance of EUR ([\d.,]+)", comma=True)
