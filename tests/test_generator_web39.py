"""The generator's six page families of held-back set 39 (benchmarks/web_families39.py).

Greek postings read through a browser translator, settlement agencies' guides for newcomers,
redeployment matches for one post at risk, payslip explainers, domestic-staffing agencies'
role guides and sponsored-training schemes: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and gifts, EFKA stamps, meal vouchers,
supplements, a sample payslip's gross and net pay, babysitting rates, a couple's joint salary,
bursaries, training allowances and bonds stay out of the role's pay while other posts' figures
keep their owners and people's names never become roles.
"""

from __future__ import annotations

import re

from benchmarks.web_families39 import FAMILY39_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "greekmt": {"resort": r"^Μετάφραση: Ελληνικά → Αγγλικά",
                "office": r"^Translated page · Original: Greek"},
    "newcomer": {"province": r"^Skip to main content$",
                 "factsheet": r"^\+ Is my qualification recognised\?$"},
    "redeployment": {"report": r"^SUITABLE ALTERNATIVE EMPLOYMENT — MATCH REPORT$",
                     "letter": r"^Redeployment Register — Weekly Match Letter$"},
    "payslip": {"bands": r"^Understanding your payslip as ",
                "boxes": r"^YOUR PAYSLIP EXPLAINED: "},
    "domesticagency": {"annual": r"Role guide & salary survey 2026$",
                       "weekly": r" — role guide for candidates \(2026/27\)$"},
    "bursary": {"scheme": r"^THE SCHEME IN BRIEF", "cadetship": r"^The sponsorship package$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY39_LAYOUTS, another_seed=gv.SHARED_SEED + 18,
                optional_printed=True)


def test_greek_postings_read_euro_notation_and_keep_benefits_out(pages: gv.Pages) -> None:
    for family in ("resort", "office"):
        for entry, text in pages["greekmt"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"EUR"}
            assert re.search(r"\d\.\d{3},00 €", text) and re.search(r"[a-z][\u0370-\u03ff]|"
                                                                  r"[\u0370-\u03ff][A-Z]", text)
            assert "EFKA" in entry["must_not_appear"] and entry["transitions_to"]
            assert len(entry["employers"]) == 2
    for entry, text in pages["greekmt"]["resort"]:
        assert gv.point_regions(entry) and entry["aliases"] and entry["sectors"]
        assert len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"offer less than ([\d.]+) €", comma=True)
    for entry, text in pages["greekmt"]["office"]:
        assert {s["period"] for s in gv.own_salaries(entry)} == {"month", "year"}
        assert len(gv.point_regions(entry)) == 2 and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"Meal vouchers (\d+) € per month")


def test_newcomer_guides_keep_licensing_optional_and_alternatives_lateral(
        pages: gv.Pages) -> None:
    for entry, text in pages["newcomer"]["province"]:
        assert {s["currency"] for s in entry["salaries"]} == {"CAD"}
        assert len(entry["transitions_to"]) == 5 and len(entry["moves_in"]) == 2
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Senior"]
        assert len(gv.salary_owners(entry)) == 3 and len(entry["optional"]) == 6
        assert "EN | FR" in text and entry["aliases"]
    for entry, text in pages["newcomer"]["factsheet"]:
        assert {s["currency"] for s in entry["salaries"]} == {"AUD"}
        assert {s["period"] for s in entry["salaries"]} == {"year", "week", "hour"}
        assert len(entry["leads_to"]) == 3 and len(entry["transitions_to"]) == 4
        assert text.count("\n+ ") >= 5 and "  › " in text


def test_redeployment_matches_give_vacancies_their_figures(pages: gv.Pages) -> None:
    for entry, text in pages["redeployment"]["report"]:
        assert len(gv.salary_owners(entry)) == 4 and len(entry["transitions_to"]) == 3
        assert {s.get("level", "")[:5] for s in gv.own_salaries(entry)} == {"Grade"}
        below = [o for o in entry["optional"] if o in gv.salary_owners(entry)]
        assert len(below) == 1 and below[0] not in entry["transitions_to"]
        assert "| Match | Outcome" in text and entry["moves_in"]
    for entry, text in pages["redeployment"]["letter"]:
        assert {s["period"] for s in gv.own_salaries(entry)} == {"year", "hour"}
        assert len(entry["leads_to"]) == 2 and len(gv.salary_owners(entry)) == 3
        assert "→ SUITABLE" in text and "→ POSSIBLE" in text and entry["aliases"]
        assert text.rstrip().endswith(entry["must_not_appear"][-1])


def test_payslips_keep_enhancements_and_totals_out(pages: gv.Pages) -> None:
    for family in ("bands", "boxes"):
        for entry, text in pages["payslip"][family]:
            assert {s["period"] for s in gv.own_salaries(entry)} == {"year", "hour", "month"}
            assert len(entry["aliases"]) == 2 and entry["employers"]
            gross = re.search(r"^\|?\|? ?(?:Gross pay|TOTAL GROSS) \|.*?([\d,]+\.\d\d)$", text,
                              re.M)
            net = re.search(r"^\|?\|? ?(?:Net pay|NET PAY) \|.*?([\d,]+\.\d\d)$", text, re.M)
            assert gross and net
            assert not {gv.money(gross.group(1)), gv.money(net.group(1))} & gv.amounts(entry)
    for entry, text in pages["payslip"]["bands"]:
        assert len(gv.salary_owners(entry)) == 3 and len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"min £([\d,]+), max")
    for entry, _ in pages["payslip"]["boxes"]:
        assert len(gv.salary_owners(entry)) == 1 and entry["transitions_to"]
        assert len([s for s in gv.own_salaries(entry) if s.get("level")]) == 4


def test_household_agencies_pay_the_role_and_never_name_households(pages: gv.Pages) -> None:
    for family in ("annual", "weekly"):
        for entry, _ in pages["domesticagency"][family]:
            assert not entry["employers"] and len(entry["sectors"]) >= 3
            assert any(s.get("max") is None for s in entry["salaries"])
            assert {"week", "year"} <= {s["period"] for s in entry["salaries"]}
    for entry, text in pages["domesticagency"]["annual"]:
        assert len(gv.salary_owners(entry)) == 4 and "Couple" in entry["must_not_appear"]
        joint = re.search(r"£(\d+)k joint", text)
        assert joint and int(joint.group(1)) * 1000 not in gv.amounts(entry)
    for entry, text in pages["domesticagency"]["weekly"]:
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Senior"]
        assert len({s.get("region") for s in gv.own_salaries(entry)} - {None}) == 2
        gv.absent(entry, text, r"babysitting evenings \(£(\d+) an hour\)")


def test_training_schemes_keep_bursaries_and_bonds_out(pages: gv.Pages) -> None:
    for entry, text in pages["bursary"]["scheme"]:
        assert {s.get("level") for s in gv.own_salaries(entry)} == {"Trainee", None, "Senior",
                                                                    "Principal"}
        assert not gv.salary_owners(entry) and len(entry["moves_in"]) == 3
        for pattern in (r"bursary of £([\d,]+)", r"up to £([\d,]+)\)", r"about £([\d,]+) a"):
            gv.absent(entry, text, pattern)
    for entry, text in pages["bursary"]["cadetship"]:
        assert len(gv.salary_owners(entry)) == 2 and len(entry["aliases"]) == 2
        assert any(s.get("max") is None for s in gv.own_salaries(entry))
        for pattern in (r"up to £([\d,]+) a month", r"typically £([\d,]+)", r"bonus of £(\d+)"):
            gv.absent(entry, text, pattern)
