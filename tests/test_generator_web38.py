"""The generator's six page families of held-back set 38 (benchmarks/web_families38.py).

Gulf postings read through a translator from Arabic, companies' open pay pages, succession
plans for one critical post, gazette notices of appointments and promotions, job-carving
sheets and heritage-crafts register entries: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and housing, transport and food allowances,
profit shares, retention premiums, uniform allowances, bus stipends, Access to Work grants
and training bursaries stay out of the role's pay while other posts' figures keep their
owners and people's names never become roles.
"""

from __future__ import annotations

import re

from benchmarks.web_families38 import FAMILY38_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "arabicmt": {"board": r"^Google Translate  \|  Original: Arabic",
                 "agency": r"^Translated by your browser · العربية → English"},
    "openpay": {"grid": r"^How we work it outPay = grid point",
                "table": r"^\| Level \| Title \| Grid point \| Range \|$"},
    "successionplan": {"review": r"^TALENT REVIEW & SUCCESSION SUMMARY",
                       "matrix": r"^Succession plan: "},
    "gazette": {"india": r"^NOTIFICATION$", "scale": r"^[A-Z ]+ GAZETTE  ·  Vol\. "},
    "jobcarving": {"profile": r"^Customized Job Profile #", "tasksheet": r"^JOB CARVING SHEET: "},
    "craftentry": {"register": r"^THE HERITAGE TRADES REGISTER",
                   "card": r" — a heritage craft card   \[Find a maker\]"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY38_LAYOUTS, another_seed=gv.SHARED_SEED + 17,
             optional_printed=True)


def test_gulf_postings_keep_allowances_out_and_points_regional(pages: gv.Pages) -> None:
    for entry, text in pages["arabicmt"]["board"]:
        assert {s["currency"] for s in entry["salaries"]} == {"QAR"}
        assert len(gv.point_regions(entry)) == 2 and len(gv.salary_owners(entry)) == 2
        housing = re.search(r"Housing allowance: QAR ([\d,]+)", text)
        transport = re.search(r"Transportation allowance: QAR (\d+)", text)
        assert housing and transport and not {gv.money(housing.group(1)),
                                              gv.money(transport.group(1))} & gv.amounts(entry)
        assert re.search(r"[a-z][\u0600-\u06ff]", text) and "\u200f" in text
        assert not entry["aliases"]  # Arabic words left in the text are never names
    for entry, text in pages["arabicmt"]["agency"]:
        assert {s["currency"] for s in entry["salaries"]} == {"AED"}
        assert gv.point_regions(entry) >= {"UAE"} and len(gv.salary_owners(entry)) == 2
        food = re.search(r"food allowance AED (\d+)", text)
        assert food and gv.money(food.group(1)) not in gv.amounts(entry)
        assert len(entry["employers"]) == 2 and entry["leads_to"]


def test_open_pay_pages_give_levels_examples_and_owners(pages: gv.Pages) -> None:
    for family in ("grid", "table"):
        for entry, text in pages["openpay"][family]:
            # (a worked example that lands on another level's grid point is that point's one
            # fact in the truth, which counts a figure once: its level and place go with it)
            example = re.search(r"(?:= |earns )£([\d,]+)", text)
            assert example
            twice = [s for s in gv.own_salaries(entry) if not s.get("region")
                     and s["min"] == s["max"] == gv.money(example.group(1))]
            assert len([s for s in gv.own_salaries(entry) if s.get("level")]) == 7 - len(twice)
            assert twice or [s for s in gv.own_salaries(entry) if s.get("region")]
            assert len(gv.salary_owners(entry)) == 3 and len(entry["ladder"][0]) == 4
            share = re.search(r"profit share of up to £([\d,]+)", text)
            assert share and gv.money(share.group(1)) not in gv.amounts(entry)


def test_succession_plans_give_successors_grades(pages: gv.Pages) -> None:
    for family in ("review", "matrix"):
        for entry, text in pages["successionplan"][family]:
            assert len(gv.own_salaries(entry)) == 1 and len(gv.salary_owners(entry)) == 2
            assert all(s.get("level") for s in entry["salaries"])
            assert len(entry["moves_in"]) == 2 and len(entry["optional"]) == 1
            assert "not part of the" in text and entry["must_not_appear"]


def test_gazettes_read_pay_levels_and_never_people(pages: gv.Pages) -> None:
    for entry, text in pages["gazette"]["india"]:
        assert {s["currency"] for s in entry["salaries"]} == {"INR"}
        assert re.search(r"₹\d\d,\d{3}—\d,\d\d,\d{3}", text)
        assert len(gv.salary_owners(entry)) == 2 and len(entry["ladder"][0]) == 4
        assert any(n.startswith(("Shri", "Sri")) for n in entry["must_not_appear"])
        assert not entry["sectors"] and len(entry["optional"]) == 1
    for entry, text in pages["gazette"]["scale"]:
        assert {s["currency"] for s in entry["salaries"]} == {"XCD"}
        assert len(gv.salary_owners(entry)) == 1 and entry["transitions_to"]
        uniform = re.search(r"uniform allowance of EC\$(\d+)", text)
        assert "conversant with" in text and sum(map(len, entry["skills"].values())) == 5
        assert uniform and gv.money(uniform.group(1)) not in gv.amounts(entry)
        assert any(n.startswith("Mr.") for n in entry["must_not_appear"])
        assert not entry["sectors"] and len(entry["employers"]) == 2


def test_job_carving_sheets_pay_by_the_hour_and_keep_grants_out(pages: gv.Pages) -> None:
    for family in ("profile", "tasksheet"):
        for entry, text in pages["jobcarving"][family]:
            assert {s["period"] for s in entry["salaries"]} == {"hour"}
            assert len(gv.own_salaries(entry)) == 1 and len(gv.salary_owners(entry)) == 2
            assert entry["leads_to"] and len(entry["employers"]) == 1
            assert re.search(r"(/hour|an hour)\b", text) and " job" in text.lower()
    for entry, text in pages["jobcarving"]["profile"]:
        stipend = re.search(r"a \$(\d+) monthly bus stipend", text)
        assert stipend and gv.money(stipend.group(1)) not in gv.amounts(entry)
    for entry, text in pages["jobcarving"]["tasksheet"]:
        grant = re.search(r"Access to Work paid £([\d,]+)", text)
        assert grant and gv.money(grant.group(1)) not in gv.amounts(entry)


def test_craft_entries_pay_by_stage_and_keep_bursaries_out(pages: gv.Pages) -> None:
    for family in ("register", "card"):
        for entry, text in pages["craftentry"][family]:
            assert {s.get("level") for s in gv.own_salaries(entry)} == {"Apprentice",
                                                                    "Journeyman", "Master"}
            assert {s["period"] for s in gv.own_salaries(entry)} == {"hour", "day"}
            assert len(gv.salary_owners(entry)) == 2 and "for comparison" in text.lower()
            bursary = re.search(r"bursaries of up to £([\d,]+)", text)
            assert bursary and gv.money(bursary.group(1)) not in gv.amounts(entry)
