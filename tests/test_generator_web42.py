"""The generator's six page families of held-back set 42 (benchmarks/web_families42.py).

Finnish and Hebrew postings (and a council's tender) read through a browser translator, Open
Badges credential pages, annual reports' workforce sections, public tenders' staffing price
schedules and NHS job plans: each family's page carries the structure it imitates in every
variant, the variants are all drawn, the truth holds exactly the facts the page prints (a
perfect extraction scores one), and holiday pay, supplements, convalescence pay, the study
fund, wage increments, bonuses, the workforce median, charge rates, agency fees, plant rates,
on-call supplements and allowances stay out of the role's pay while other titles' figures keep
their owners, issuers, buyers and runners-up do not employ and people's names never become
roles.
"""

from __future__ import annotations

import json
import re

from benchmarks.web_families42 import FAMILY42_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "finnishmt": {"board": r"^Translated from: Finnish ▸ English ",
                  "firm": r"^Page translated from Finnish by the browser "},
    "hebrewmt": {"tender": r"^\u200fThis page was translated from Hebrew ",
                 "board": r"^Translated automatically \(Hebrew → English\) "},
    "openbadge": {"platform": r"^BadgeShelf  Explore ",
                  "verifier": r"^Badge Verifier · Result: VALID$"},
    "annualreport": {"plc": r"\| Annual Report and Accounts \d{4} \| Strategic report \|",
                     "trust": r"^[A-Z' ]+ · Trustees' Annual Report "},
    "tenderrates": {"portal": r"^Tender response \(read only\) ",
                    "notice": r"^Contract award notice · "},
    "jobplan": {"consultant": r"· Appendix B: Job plan · page 1$",
                "acp": r"^JobPlanner › "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY42_LAYOUTS, another_seed=gv.SHARED_SEED + 21,
                optional_printed=True)


def test_finnish_postings_read_euros_with_a_decimal_comma(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "finnishmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"EUR"}
        assert {s["period"] for s in gv.own_salaries(entry)} == {"hour", "month"}
        assert entry["ladder"] and entry["moves_in"] and entry["transitions_to"]
        assert gv.point_regions(entry) and len(entry["employers"]) == 1
    for entry, text in pages["finnishmt"]["board"]:
        assert re.search(r"Salary\d \d{3},\d\d - \d \d{3},\d\d €/kk", text) and entry["aliases"]
        assert len(gv.salary_owners(entry)) == 3
        assert any(s.get("open_ended") for s in entry["salaries"])
        gv.absent(entry, text, r"benefit (\d+) €/year")
        gv.absent(entry, text, r"are below (\d \d{3}) €/kk")
    for entry, text in pages["finnishmt"]["firm"]:
        assert "Finland" in gv.point_regions(entry) and len(gv.salary_owners(entry)) == 1
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
        gv.absent(entry, text, r"päivystyslisä\) (\d+) €/week")


def test_hebrew_pages_read_shekels_before_and_after_the_figure(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "hebrewmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"ILS"}
        assert "Hebrew" in entry["skills"]["top"] and len(entry["employers"]) == 1
        assert len(gv.salary_owners(entry)) == 1 and entry["moves_in"]
    for entry, text in pages["hebrewmt"]["tender"]:
        assert "\u200f" in text and "Salary and conditions)" in text and not entry["sectors"]
        assert re.search(r"₪ \d,\d{3} - ₪ \d,\d{3} per month", text) and entry["leads_to"]
        gv.absent(entry, text, r"clothing grant ₪ (\d+)")
    for entry, text in pages["hebrewmt"]["board"]:
        assert re.search(r"\d{1,2},\d{3}-\d{2},\d{3} ₪ per month", text) and entry["sectors"]
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Trainee"]
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
        gv.absent(entry, text, r"holiday gift of (\d+) ₪")


def test_badges_keep_criteria_optional_and_alignment_names_as_skills(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "openbadge"):
        assert {s["period"] for s in entry["salaries"]} == {"hour"}
        assert len(entry["employers"]) == 2 and entry["sectors"] and entry["aliases"]
        assert gv.point_regions(entry) and len(gv.salary_owners(entry)) == 1
    for entry, text in pages["openbadge"]["platform"]:
        assert "Earning Criteria" in text and len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"wage increment of about \$([\d.]+)/hr")
    for entry, text in pages["openbadge"]["verifier"]:
        line = next(x for x in text.splitlines() if x.startswith("{"))
        badge = json.loads(line)["badge"]
        skills = entry["skills"]["top"]
        assert set(badge["tags"]) <= set(skills)
        assert {a["targetName"] for a in badge["alignment"]} <= set(skills)
        assert badge["alignment"][0]["targetFramework"] in entry["optional"]
        assert entry["moves_in"] and entry["transitions_to"]


def test_annual_reports_keep_the_ratio_the_gap_and_the_median_employee_out(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "annualreport"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and not entry["sectors"]
        assert len(entry["employers"]) == 1 and entry["aliases"] and entry["leads_to"]
    for entry, text in pages["annualreport"]["plc"]:
        assert len(gv.points(entry, point=True)) == 2 and len(gv.salary_owners(entry)) == 1
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Apprentice"]
        assert "CEO pay ratio" in text and len(entry["ladder"][0]) == 4
        gv.absent(entry, text, r"median employee £([\d,]+)")
        gv.absent(entry, text, r"all-employee bonus \(£([\d,]+)\)")
    for entry, text in pages["annualreport"]["trust"]:
        assert gv.salary_owners(entry) >= {"Chief Executive"}
        assert {s["period"] for s in gv.own_salaries(entry)} == {"hour", "year"}
        assert "Charity no." in text
        gv.absent(entry, text, r"whole workforce was £([\d,]+)")


def test_tenders_pay_the_worker_and_keep_charges_and_fees_out(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "tenderrates"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and not entry["sectors"]
        assert len(entry["employers"]) == 1 and len(gv.salary_owners(entry)) == 2
        assert entry["moves_in"] and entry["transitions_to"]
    for entry, text in pages["tenderrates"]["portal"]:
        levels = {s.get("level") for s in gv.own_salaries(entry)}
        assert {"Trainee", "Senior"} <= levels and entry["aliases"]
        assert any(s.get("open_ended") for s in gv.own_salaries(entry))
        gv.absent(entry, text, r"Call-out £(\d+)")
        gv.absent(entry, text, r"cab £(\d+)/day")
    for entry, text in pages["tenderrates"]["notice"]:
        assert len({s.get("level") for s in gv.own_salaries(entry)}) == 2
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
        for fee in re.findall(r"\| £[\d.]+(?: - £[\d.]+)? \| £([\d.]+) \|", text):
            assert float(fee) not in gv.amounts(entry)
        gv.absent(entry, text, r"fee: £([\d,]+)")


def test_job_plans_pay_the_scale_and_keep_supplements_out(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "jobplan"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and not entry["sectors"]
        assert len(entry["employers"]) == 1 and len(gv.salary_owners(entry)) == 1
        assert entry["aliases"] and entry["moves_in"] and entry["transitions_to"]
    for entry, text in pages["jobplan"]["consultant"]:
        assert "Day | AM | PM | PAs" in text and entry["leads_to"]
        gv.absent(entry, text, r"on-call supplement of £([\d,]+)")
    for entry, text in pages["jobplan"]["acp"]:
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Trainee"]
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
        gv.absent(entry, text, r"CPD allowance £([\d,]+)")
