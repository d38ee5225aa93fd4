"""The generator's six page families of held-back set 51 (benchmarks/web_families51.py).

Macedonian and Catalan postings read through a browser translator, H-1B labour condition
application disclosure data pages, secondment agreements and letters, resume scanners' match
reports and job seekers' application tracker boards: each family's page carries the structure
it imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and the gross beside a net, the hot meal, the
*regres*, the legal minimum, the norm supplement, an industry's average, the month an hourly rate
"goes to", pluses and *dietes*, the per-pay gross, percentiles, the prevailing wage levels, a
recharge and standby, cost-of-living and housing allowances, relocation, a monthly equivalent,
the candidate's salary expectation, a yearly figure with overtime, shift differentials,
incentives, target comp, sign-on, RSUs, car allowances and a total-comp median stay out of the
truth, while trial, weekend, summer-replacement, II, Senior, Principal, host-grade, level-band,
offer and contract rates are the role's own at their level and other titles' figures keep
their owners.
"""

from __future__ import annotations

import re
from typing import Any

from benchmarks.web_families51 import FAMILY51_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "macedonianmt": {"plant": r"^Преведено · Macedonian → English",
                     "details": r"^Google Translate ▸ Macedonian to English"},
    "catalanmt": {"hourly": r"^Traduït de: català · Google", "yearly": r"^Google Translate · "
                  r"Catalan ▸ English$"},
    "lcadata": {"search": r"^\S+  \|  H-1B Wage Search  \|", "case": r"^Case I-200-\d+-\d+ · H-1B"},
    "secondment": {"agreement": r"^📄 Secondment_Agreement_", "letter": r"^Sensitivity: "
                   r"Confidential$"},
    "resumescan": {"app": r"^Skill \| Resume \| Job description$",
                   "text": r"^===== ATS COMPATIBILITY REPORT · "},
    "jobtracker": {"kanban": r"^── WISHLIST ──$",
                   "notes": r"^Company \| Role \| Area \| Region \| Salary \| Car allowance"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY51_LAYOUTS, another_seed=gv.SHARED_SEED + 31,
                optional_printed=True)


def levels(entry: dict[str, Any]) -> set[str]:
    """The levels of the role's own salaries."""
    return {str(s.get("level")) for s in gv.own_salaries(entry) if s.get("level")}


def currencies(entry: dict[str, Any]) -> set[str]:
    """The currencies of the truth entry's salaries."""
    return {str(s["currency"]) for s in entry["salaries"]}


def floors(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The truth entry's open-ended floors ("from N")."""
    return [s for s in entry["salaries"] if s.get("open_ended")]


def test_macedonian_postings_pay_the_net_not_the_gross_meals_or_the_minimum(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "macedonianmt"):
        assert currencies(entry) == {"MKD"} and len(entry["aliases"]) == 1
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
        assert len(entry["transitions_to"]) == 1 and len(gv.point_regions(entry)) == 2
        assert len(floors(entry)) == 1 and floors(entry)[0].get("belongs_to")
        assert len(entry["ladder"][0]) == 3
    for entry, text in pages["macedonianmt"]["plant"]:
        assert not levels(entry) and len(gv.salary_owners(entry)) == 3
        assert re.search(r"^About the employer\S", text, re.M)
        assert re.search(r"^Possibility for progress\S", text, re.M)
        day = [s for s in entry["salaries"] if s["period"] == "day"]
        assert len(day) == 1 and day[0].get("belongs_to")
        gv.absent(entry, text, r"that is (\d[\d.]*) - ", comma=True)
        gv.absent(entry, text, r"(\d+) den\. for a топол оброк")
        gv.absent(entry, text, r"(\d[\d.]*) den\. regres", comma=True)
        gv.absent(entry, text, r"paid under (\d[\d.]*) den\.", comma=True)
        gv.absent(entry, text, r"more than (\d[\d.]*) den\.", comma=True)
        agreed = re.search(r"^(.+) · Tetovo · by agreement$", text, re.M)
        assert agreed and agreed[1] in entry["optional"]
        assert re.search(r" · Skopje · 2\d\.0$", text, re.M)  # a similar ad cut off
    for entry, text in pages["macedonianmt"]["details"]:
        assert levels(entry) == {"Trial period"} and len(gv.salary_owners(entry)) == 3
        assert re.search(r"^DetailsCategory\S+Salary\d", text, re.M)
        assert re.search(r"^Salary and conditionsFirst", text, re.M)
        gv.absent(entry, text, r"\(бруто (\d[\d.]*) den\.\)", comma=True)
        gv.absent(entry, text, r"supplement up to (\d[\d.]*) den\.", comma=True)
        gv.absent(entry, text, r"processing industry is (\d[\d.]*) den\.", comma=True)
        assert re.search(r" · Skopje · 1\.\d$", text, re.M)


def test_catalan_postings_pay_the_hourly_rate_or_the_sba_not_pluses_or_dietes(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "catalanmt"):
        assert currencies(entry) == {"EUR"} and len(entry["aliases"]) == 1
        assert "/" in entry["aliases"][0] and entry["aliases"][0] in text
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
        assert len(gv.salary_owners(entry)) == 2 and entry["transitions_to"]
        assert re.search(r"^.+ · (Granollers|Manlleu) · to (negotiate|convene)$", text,
                         re.M)
    for entry, text in pages["catalanmt"]["hourly"]:
        assert {s["period"] for s in entry["salaries"]} == {"hour"}
        assert len(levels(entry)) == 1 and len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"goes to approximately (\d[\d.]*) €", comma=True)
        gv.absent(entry, text, r"nocturnity of (\d+,\d\d) €", comma=True)
        gv.absent(entry, text, r"dietes of (\d+,\d\d) €", comma=True)
        gv.absent(entry, text, r"offers pass (\d+,\d\d) €", comma=True)
    for entry, text in pages["catalanmt"]["yearly"]:
        assert levels(entry) == {"Summer replacement"} and len(entry["moves_in"]) == 1
        assert re.search(r"SBA: \d+\.\d{3} € in 14 pays$", text, re.M)
        gv.absent(entry, text, r"Gross per pay of (\d[\d.]*) €", comma=True)
        gv.absent(entry, text, r"plus of weekend of (\d+,\d\d) €", comma=True)
        gv.absent(entry, text, r"offers pass (\d[\d.]*) €", comma=True)


def test_lca_pages_give_the_offered_wages_and_filers_not_prevailing_wages_or_percentiles(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "lcadata"):
        assert currencies(entry) == {"USD"} and "II" in levels(entry)
        assert len(entry["ladder"][0]) == 3 and len(gv.salary_owners(entry)) == 1
        assert any(re.match(r"(SOC )?\d\d-\d{4} ", o) for o in entry["optional"])
        assert "Prevailing wage" in text
    for entry, text in pages["lcadata"]["search"]:
        assert len(entry["employers"]) == 5 and not entry["sectors"]
        assert levels(entry) == {"II", "Senior", "Principal"}
        assert len(gv.point_regions(entry)) == 3
        statuses = re.findall(r" \| (CERTIFIED|CERTIFIED-WITHDRAWN|DENIED)$", text, re.M)
        assert {"DENIED", "CERTIFIED-WITHDRAWN"} <= set(statuses) and len(statuses) == 8
        for level in ("I", "II", "III", "IV"):
            gv.absent(entry, text, rf"Level {level} \$([\d,]+)")
        gv.absent(entry, text, r"25th percentile \$([\d,]+)")
        gv.absent(entry, text, r"75th percentile \$([\d,]+)")
    for entry, text in pages["lcadata"]["case"]:
        assert len(entry["employers"]) == 3 and len(entry["sectors"]) == 1
        dba = re.search(r"^Trade Name/DBA: (.+)$", text, re.M)
        assert dba and dba[1] in entry["employers"][0]
        client = re.search(r"^Secondary entity: Yes — (.+) \(client site\)$", text, re.M)
        assert client and client[1] in entry["optional"]
        band = re.search(r"From \$([\d,]+) To \$([\d,]+) Per Year", text)
        assert band and gv.money(band[1]) in gv.points(entry, level="II")
        gv.absent(entry, text, r"\nPrevailing wage: \$([\d,]+) Per Year")
        assert re.search(r" · \$1$", text, re.M)  # another filing cut off


def test_secondments_pay_the_host_grade_not_the_recharge_or_allowances(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "secondment"):
        assert len(entry["aliases"]) == 1 and len(entry["moves_in"]) == 1
        assert entry["moves_in"][0] in entry["transitions_to"]
        assert len(entry["transitions_to"]) == 2 and len(gv.salary_owners(entry)) >= 1
    for entry, text in pages["secondment"]["agreement"]:
        assert currencies(entry) == {"GBP"} and len(entry["employers"]) == 2
        assert len(entry["sectors"]) == 3 and any(lv.startswith("Senior, ") for lv in
                                                  levels(entry))
        council = re.search(r"between \(1\) (.+) \(the Employer\)", text)
        assert council and council[1] in entry["optional"]
        gv.absent(entry, text, r"standby allowance of £([\d,]+)")
    for entry, text in pages["secondment"]["letter"]:
        assert currencies(entry) == {"EUR", "GBP"} and len(entry["employers"]) == 1
        assert levels(entry) == {"Band D"} and len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"\(€([\d,.]+) gross a month\)")
        gv.absent(entry, text, r"Cost-of-living allowance €([\d,]+)")
        gv.absent(entry, text, r"housing allowance €([\d,]+)")
        gv.absent(entry, text, r"Relocation support of €([\d,]+)")


def test_resume_scans_give_the_ads_skills_and_pay_not_the_candidates(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "resumescan"):
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 1
        assert len(entry["sectors"]) == 1 and len(entry["skills"]["top"]) == 5
        assert len(gv.salary_owners(entry)) == 1
    for entry, text in pages["resumescan"]["app"]:
        only = re.findall(r"^(.+) \| \d \| 0$", text, re.M)
        assert only and set(only) <= set(entry["optional"])
        assert not set(only) & set(entry["skills"]["top"])
        gv.absent(entry, text, r"You ask for \$([\d,]+)")
        assert len(entry["ladder"][0]) == 3
    for entry, text in pages["resumescan"]["text"]:
        assert len(entry["moves_in"]) == 2 and len(entry["transitions_to"]) == 1
        assert len(entry["leads_to"]) == 1
        assert re.search(r"NOT FOUND$", text, re.M)
        gv.absent(entry, text, r"about \$([\d,]+) a year with scheduled overtime")
        gv.absent(entry, text, r"\$(\d+\.\d\d)/hr shift differential")
        gv.absent(entry, text, r"\$([\d,]+) safety incentive")
        gv.absent(entry, text, r"earn more than \$(\d+\.\d\d)/hr")
        assert re.search(r" — \$2$", text, re.M)  # an "also hiring" row cut off


def test_tracker_boards_give_the_cards_pay_and_firms_not_target_comp_or_stock(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "jobtracker"):
        assert len(entry["aliases"]) == 1 and len(entry["employers"]) == 4
        assert len(entry["moves_in"]) == 1 and len(gv.salary_owners(entry)) == 2
        assert "Senior" in levels(entry) and len(entry["sectors"]) == 3
        same = re.search(r"^\S.* \| (.+) \| .* \| = .+ by another name$|same job, different",
                         text, re.M)
        assert same
    for entry, text in pages["jobtracker"]["kanban"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"Senior", "L2",
                                                                  "L3 (Senior)"}
        gv.absent(entry, text, r"Target comp \$([\d,]+)")
        gv.absent(entry, text, r"sign-on \$([\d,]+)")
        gv.absent(entry, text, r"RSUs \$([\d,]+)")
        gv.absent(entry, text, r"total comp median for .+ \$([\d,]+)")
    for entry, text in pages["jobtracker"]["notes"]:
        assert currencies(entry) == {"GBP"} and levels(entry) == {"Senior", "Contract"}
        assert len([s for s in gv.own_salaries(entry) if s.get("point")]) == 1
        umbrella = re.search(r"/day via (.+?) \|", text)
        assert umbrella and umbrella[1] in entry["optional"]
        gv.absent(entry, text, r"\n[^|\n]+ \| [^|\n]+ \| [^|\n]+ \| [^|\n]+ \| [^|\n]+ \| "
                  r"£([\d,]+) \|")
