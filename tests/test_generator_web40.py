"""The generator's six page families of held-back set 40 (benchmarks/web_families40.py).

Romanian postings read through a browser translator, applicant-tracking systems' job
requisitions, staff-bank and relief-pool pages, executive-search candidate packs, humanitarian
emergency-roster profiles and national trade-testing pages: each family's page carries the
structure it imitates in every variant, the variants are all drawn, the truth holds exactly
the facts the page prints (a perfect extraction scores one), and meal and holiday vouchers,
differentials, sign-on bonuses, holiday pay, relocation, DSA, hardship and danger pay, test
fees and the minimum wage stay out of the role's pay while other titles' figures keep their
owners and people's names never become roles.
"""

from __future__ import annotations

import re

from benchmarks.web_families40 import FAMILY40_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "romanianmt": {"board": r"^Google Translate   Translated from: Romanian",
                   "hotel": r"^This page was translated from Romanian by Microsoft Translator"},
    "atsreq": {"print": r"^REQUISITION DETAIL ", "export": r"^Field \| Value$"},
    "staffbank": {"bank": r"^What is the Staff Bank\?Our ",
                  "relief": r"^Is it for you\?We look for:"},
    "candidatepack": {"university": r"^Candidate Information Pack ",
                      "trust": r"^PERSON SPECIFICATION +E = essential  D = desirable$"},
    "humroster": {"ngo": r"^Deployment levelsLevel 1 - Team Member: ",
                  "network": r"^Title on contract: "},
    "tradetest": {"authority": r"^Grade structureGrade III: ",
                  "blog": r"^What is the trade test\?The "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY40_LAYOUTS, another_seed=gv.SHARED_SEED + 19,
                optional_printed=True)


def test_romanian_postings_read_lei_and_keep_vouchers_out(pages: gv.Pages) -> None:
    for family in ("board", "hotel"):
        for entry, text in pages["romanianmt"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"RON"}
            assert re.search(r"\d\.\d{3} lei", text) and "Romanian" in text
            assert len(entry["moves_in"]) == 2 and len(entry["transitions_to"]) == 1
            assert len(entry["aliases"]) >= 1 and entry["optional"]
            assert "vouchere de vacanță" in entry["must_not_appear"]
    for entry, text in pages["romanianmt"]["board"]:
        assert len(entry["employers"]) == 2 and len(gv.salary_owners(entry)) == 3
        assert any(s.get("max") is None for s in entry["salaries"]) and gv.point_regions(entry)
        gv.absent(entry, text, r"offer less than ([\d.]+) lei", comma=True)
        gv.absent(entry, text, r"tichete de masă (\d+) lei/day")
    for entry, text in pages["romanianmt"]["hotel"]:
        assert {s["period"] for s in gv.own_salaries(entry)} == {"month", "hour"}
        assert re.search(r"\d+,\d\d lei brut/hour", text) and len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"vouchere de vacanță (\d+) lei")


def test_requisitions_give_the_grid_to_the_role_and_comparators_to_their_titles(
        pages: gv.Pages) -> None:
    for family in ("print", "export"):
        for entry, _ in pages["atsreq"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"USD"}
            points = [s for s in gv.own_salaries(entry) if s.get("point")]
            assert len(points) == 1 and points[0].get("level")
            assert entry["employers"] and entry["sectors"] and entry["moves_in"]
    for entry, text in pages["atsreq"]["print"]:
        assert len(entry["aliases"]) == 2 and len(entry["leads_to"]) == 1
        assert len(gv.salary_owners(entry)) == 2 and len(entry["ladder"][0]) == 5
        gv.absent(entry, text, r"Shift Differential: \$([\d.]+)/hr")
        gv.absent(entry, text, r"Sign-on Bonus: \$([\d,]+)")
    for entry, text in pages["atsreq"]["export"]:
        lower = f"{entry['title']} I"
        assert entry["aliases"] == [f"{entry['title']} II"] and lower in entry["optional"]
        assert [s for s in gv.own_salaries(entry) if s.get("level") == lower]
        assert len(gv.salary_owners(entry)) == 1 and len(entry["transitions_to"]) == 1
        gv.absent(entry, text, r"tuition waiver (\d+) credits")


def test_staff_banks_pay_the_role_by_band_and_others_by_title(pages: gv.Pages) -> None:
    for family in ("bank", "relief"):
        for entry, text in pages["staffbank"][family]:
            assert {(s["currency"], s["period"]) for s in entry["salaries"]} == {("GBP", "hour")}
            assert "12.07%" in text and entry["aliases"]
    for entry, _ in pages["staffbank"]["bank"]:
        assert len(gv.salary_owners(entry)) == 3 and len(entry["leads_to"]) == 2
        assert len(entry["employers"]) == 1 and len(entry["moves_in"]) == 4
    for entry, text in pages["staffbank"]["relief"]:
        assert len(entry["employers"]) == 2 and len(gv.salary_owners(entry)) == 2
        assert len(entry["ladder"][0]) == 5 and " -> " in text
        assert text.rstrip().endswith(entry["must_not_appear"][-1])


def test_candidate_packs_keep_packages_and_reports_out(pages: gv.Pages) -> None:
    for family in ("university", "trust"):
        for entry, _ in pages["candidatepack"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"GBP"}
            assert len(entry["employers"]) == 1 and len(entry["leads_to"]) == 1
            assert len(entry["transitions_to"]) == 1 and len(entry["moves_in"]) == 2
    for entry, text in pages["candidatepack"]["university"]:
        assert len(gv.own_salaries(entry)) == 1 and len(gv.salary_owners(entry)) == 1
        assert text.count("| Candidate Pack") >= 5 and "..." in text
        gv.absent(entry, text, r"Relocation: up to £([\d,]+)")
    for entry, text in pages["candidatepack"]["trust"]:
        assert gv.own_salaries(entry)[0].get("level") and len(gv.salary_owners(entry)) == 2
        assert entry["ladder"][0][-1] == entry["title"] and re.search(r"\.{3,} [ED]$", text,
                                                                       re.M)
        gv.absent(entry, text, r"Relocation package up to £([\d,]+)")


def test_rosters_keep_allowances_out_and_partners_employ(pages: gv.Pages) -> None:
    for family in ("ngo", "network"):
        for entry, _ in pages["humroster"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"USD"}
            assert len(entry["employers"]) >= 4 and len(entry["sectors"]) == 2
            assert "DSA" in entry["must_not_appear"] and entry["ladder"]
    for entry, text in pages["humroster"]["ngo"]:
        assert {s["period"] for s in entry["salaries"]} == {"month"}
        assert len(gv.salary_owners(entry)) == 1 and len(entry["aliases"]) == 2
        gv.absent(entry, text, r"e\.g\. USD (\d+) per day")
        gv.absent(entry, text, r"Hardship pay: USD (\d+)")
    for entry, text in pages["humroster"]["network"]:
        assert [s.get("level") for s in gv.own_salaries(entry)] == ["P-2"]
        assert len(gv.salary_owners(entry)) == 2 and len(entry["aliases"]) == 3
        assert "NO-A (national) | paid at country office scale" in text
        gv.absent(entry, text, r"danger pay USD ([\d,]+)")


def test_trade_tests_pay_each_grade_and_keep_fees_out(pages: gv.Pages) -> None:
    for entry, text in pages["tradetest"]["authority"]:
        assert {s["currency"] for s in entry["salaries"]} == {"KES"}
        grades = [s for s in gv.own_salaries(entry) if s.get("level", "").startswith("Artisan")]
        # (two grades' cells of one figure are one fact in the truth, which counts a figure
        # once: the wage order prints nine cells, the truth keeps each figure once)
        cells = re.findall(r"^Artisan Grade I+ \| (.+)$", text, re.M)
        printed = {gv.money(v.replace("KSh", "")) for row in cells for v in row.split(" | ")}
        assert len(cells) == 3 and len(grades) == len(printed) >= 8
        assert len({s["region"] for s in grades}) == 3
        assert len(gv.salary_owners(entry)) == 1 and len(entry["employers"]) == 3
        gv.absent(entry, text, r"Grade III: KSh ([\d,]+)")
        gv.absent(entry, text, r"Re-sit of one paper: KSh ([\d,]+)")
    for entry, text in pages["tradetest"]["blog"]:
        assert {s["currency"] for s in entry["salaries"]} == {"NGN"}
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Senior"]
        assert gv.salary_owners(entry) == {f"Chief {entry['title']}"}
        industry = re.search(r"Industry: (.+)\.$", text, re.M)[1]  # (fresh57) its sectors
        assert {p.lower() for p in industry.split(" and ")} <= {
            s.lower() for s in entry["sectors"]}
        gv.absent(entry, text, r"Grade III: N([\d,]+)")
        gv.absent(entry, text, r"minimum wage is N([\d,]+)")
