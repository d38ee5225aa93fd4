"""The generator's six page families of held-back set 52 (benchmarks/web_families52.py).

Georgian and Bengali postings read through a browser translator, position description
questionnaires, recruitment agencies' "most placeable candidate" e-mails, application receipts
and off-payroll (IR35) status determination statements: each family's page carries the
structure it imitates in every variant, the variants are all drawn, the truth holds exactly the
facts the page prints (a perfect extraction scores one), and the gross beside the pay on hand,
the on-hand figures after a gross, the national and sector averages, the night supplement, the
mobile bill and the night and daily allowances, the "looking for" and expected figures, car
allowances, a one-sided "up to", the agency's charge rate, wellbeing allowances, shift
differentials and sign-on bonuses stay out of the truth, while training-month, trainee,
Senior, probation, grade, class-number, step, contract, locum, Lead, interim and band rates
are the role's own at their level and other titles' figures keep their owners.
"""

from __future__ import annotations

import re

from benchmarks.web_families52 import FAMILY52_LAYOUTS

import generator_variants as gv
from generator_variants import currencies, floors, levels, periods

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "georgianmt": {"shop": r"^Page translated · Georgian → English",
                   "plant": r"^⟲ Translator: Georgian ▸ English"},
    "bengalimt": {"factory": r"^Page translated from Bengali by the browser",
                  "circular": r"^\[Browser translation · বাংলা → English\]"},
    "pdqform": {"pdf": r"^PDQ_\S+\.pdf ", "hris": r" › Print view$"},
    "mpcmail": {"email": r"^Subject: MPC \| Available now: ",
                "spotlight": r" — CANDIDATE SPOTLIGHT for "},
    "applyreceipt": {"email": r"^Subject: ✅ Application sent: ",
                     "ats": r" Careers — Candidate Home$"},
    "sdsform": {"word": r"^\[Protected View\] \S+\.docx — Word", "portal": r" · Contractor Hub "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY52_LAYOUTS, another_seed=gv.SHARED_SEED + 32,
                optional_printed=True)


def test_georgian_postings_pay_on_hand_or_gross_not_both_nor_supplements(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "georgianmt"):
        assert currencies(entry) == {"GEL"} and periods(entry) == {"month"}
        assert len(entry["employers"]) == 2 and len(entry["sectors"]) == 1
        assert len(entry["ladder"][0]) == 4 and len(floors(entry)) == 1
        assert len(gv.point_regions(entry)) == 1
    for entry, text in pages["georgianmt"]["shop"]:
        assert levels(entry) == {"Training month", "Senior"} and not entry["aliases"]
        assert len(gv.salary_owners(entry)) == 2 and len(entry["moves_in"]) == 2
        for glued in ("About the company", "We offer", "Career growth"):
            assert re.search(rf"^{glued}\S", text, re.M), glued
        assert re.search(r"^Pay: fixed \d+ GEL on hand, plus % of sales$", text, re.M)
        gv.absent(entry, text, r"\(gross ([\d,]+) GEL")
        gv.absent(entry, text, r"\(Geostat\): ([\d,]+) GEL")
        agreed = re.search(r"^.+ · (.+) · .+ · by agreement$", text, re.M)
        assert agreed and agreed[1] in entry["optional"]
        assert re.search(r" · Rustavi · 1,\d$", text, re.M)  # a similar job cut off
    for entry, text in pages["georgianmt"]["plant"]:
        assert levels(entry) == {"Trainee"} and len(entry["aliases"]) == 2
        assert len(gv.salary_owners(entry)) == 3 and floors(entry)[0].get("belongs_to")
        assert re.search(r"^SalaryGross [\d,]+ - [\d,]+ GEL \(about [\d,]+ - [\d,]+ GEL on "
                         r"hand\)$", text, re.M)
        assert re.search(r"^Growth with us\S", text, re.M)
        gv.absent(entry, text, r"\(about ([\d,]+) - ")
        gv.absent(entry, text, r"Night supplement — (\d+) GEL")
        gv.absent(entry, text, r"sector — average ([\d,]+) GEL")
        assert re.search(r" · by agreem$", text, re.M)


def test_bengali_postings_pay_the_monthly_gross_not_bonuses_or_allowances(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "bengalimt"):
        assert currencies(entry) == {"BDT"} and periods(entry) == {"month"}
        assert len(entry["transitions_to"]) == 1 and len(gv.salary_owners(entry)) == 2
    for entry, text in pages["bengalimt"]["factory"]:
        assert levels(entry) == {"Senior"} and len(entry["employers"]) == 2
        assert len(entry["moves_in"]) == 2 and entry["moves_in"][0] == entry["ladder"][0][0]
        assert re.search(r"^Salary Tk\. \d+ - \d+ \(Monthly\)$", text, re.M)
        assert re.search(r"^Career scope\S", text, re.M)
        areas = re.search(r"business areas is needed: (.+), (.+)\.$", text, re.M)
        assert areas and {areas[1], areas[2]} <= set(entry["optional"])
        gv.absent(entry, text, r"Mobile bill Tk (\d+)")
        gv.absent(entry, text, r"Night allowance Tk (\d+)")
        assert re.search(r" · Negotiable$", text, re.M)
        assert re.search(r"Tk\. \d+ - \d$", text, re.M)  # a similar job cut off
    for entry, text in pages["bengalimt"]["circular"]:
        assert "Probation" in levels(entry) and len(levels(entry)) == 2
        assert len(entry["ladder"]) == 2 and len(entry["aliases"]) == 1
        assert "NGO" in entry["sectors"] and len(entry["employers"]) == 1
        gv.absent(entry, text, r"mobile bill Tk\. (\d+)")
        gv.absent(entry, text, r"daily allowance Tk\. (\d+)")


def test_pdqs_give_the_class_ranges_and_step_not_the_duties(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "pdqform"):
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 1
        assert not entry["sectors"] and len(entry["moves_in"]) == 2
    for entry, text in pages["pdqform"]["pdf"]:
        assert periods(entry) == {"month"} and len(levels(entry)) == 4
        assert len(gv.salary_owners(entry)) == 1 and len(entry["aliases"]) == 1
        assert any(lv.endswith(" 1 (trainee)") for lv in levels(entry))
        step = re.search(r"placed at Step ([A-Z]) \(\$([\d,]+) monthly\)", text)
        assert step and gv.money(step[2]) in gv.points(entry, level=next(
            lv for lv in levels(entry) if lv.endswith(f"Step {step[1]}")))
        assert re.search(r"^\d+ \| [YN] \| ", text, re.M)  # the duties table
        assert not {d for d in re.findall(r"^\d+ \| [YN] \| (.+)$", text, re.M)} & set(
            entry["skills"]["top"])
    for entry, text in pages["pdqform"]["hris"]:
        assert periods(entry) == {"hour"} and len(entry["aliases"]) == 2
        assert len(gv.salary_owners(entry)) == 2 and all(lv.startswith("Grade ") for lv in
                                                          levels(entry))
        assert len(levels(entry)) == 2 and len(entry["transitions_to"]) == 1
        assert re.search(r"^POSITION DESCRIPTION QUESTIONNAIREDepartment: ", text, re.M)
        assert "for market comparison only" in text


def test_mpc_emails_pay_the_candidates_current_rate_not_what_they_look_for(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "mpcmail"):
        assert currencies(entry) == {"GBP"} and not entry["employers"]
        assert len(entry["sectors"]) == 1 and len(entry["ladder"][0]) == 4
    for entry, text in pages["mpcmail"]["email"]:
        assert levels(entry) == {"Contract"} and len(entry["moves_in"]) == 2
        assert len(gv.salary_owners(entry)) == 1
        gv.absent(entry, text, r"Looking for: £([\d,]+)")
        gv.absent(entry, text, r"\+ £([\d,]+) car allowance")
        gv.absent(entry, text, r" up to £([\d,]+)")
        gv.absent(entry, text, r"looking for £([\d,]+)")
        assert "{{FirstName}}" in entry["must_not_appear"]
    for entry, text in pages["mpcmail"]["spotlight"]:
        assert levels(entry) == {"Senior", "Locum"} and len(gv.salary_owners(entry)) == 3
        assert len([s for s in gv.own_salaries(entry) if s.get("point")]) == 1
        assert len(floors(entry)) == 1 and floors(entry)[0].get("belongs_to")
        gv.absent(entry, text, r"Expected rate: £([\d.]+)")
        gv.absent(entry, text, r"what practices pay us: £([\d.]+)")
        assert re.search(r" · £\d$", text, re.M)  # another candidate cut off


def test_application_receipts_give_the_card_and_similar_jobs_not_bonuses(
        pages: gv.Pages) -> None:
    for entry, text in pages["applyreceipt"]["email"]:
        assert currencies(entry) == {"GBP"} and len(entry["employers"]) == 2
        assert len(gv.salary_owners(entry)) == 2 and len(entry["moves_in"]) == 2
        assert len(gv.point_regions(entry)) == 0 and len(entry["sectors"]) == 1
        assert re.search(r"^│ £[\d,]+ - £[\d,]+ a year", text, re.M)
        gv.absent(entry, text, r"£(\d+) (?:annual|yearly) well")
        assert re.search(r" - £\d$", text, re.M)  # a job cut off
    for entry, text in pages["applyreceipt"]["ats"]:
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 2
        assert len(entry["ladder"]) == 2 and len(entry["transitions_to"]) == 2
        gv.absent(entry, text, r"differential of \+\$([\d.]+)/hr")
        gv.absent(entry, text, r"\$([\d,]+) sign-on bonus")
        assert re.search(r" - \$3$", text, re.M)  # a similar job cut off


def test_status_determinations_pay_the_worker_not_the_charge_rate(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "sdsform"):
        assert currencies(entry) == {"GBP"} and len(entry["employers"]) == 1
        assert not entry["sectors"] and len(gv.salary_owners(entry)) == 1
    for entry, text in pages["sdsform"]["word"]:
        assert levels(entry) == {"Contract (outside IR35)", "Lead"}
        assert len(entry["leads_to"]) == 1 and len(entry["moves_in"]) == 2
        assert re.search(r"^2\. EngagementRole title: ", text, re.M)
        psc = re.search(r"^Worker: .+, via (.+) \(PSC\)$", text, re.M)
        assert psc and psc[1] in entry["optional"]
    for entry, text in pages["sdsform"]["portal"]:
        assert entry["aliases"] == [f"Interim {entry['title']}"]
        assert levels(entry) == {"Interim (PAYE via umbrella)", "Band 8a", "Senior (Band 8b)"}
        gv.absent(entry, text, r"Trust charge rate: £([\d.]+)")
        umbrella = re.search(r"→ (.+) \(umbrella, PAYE employer\)", text)
        assert umbrella and umbrella[1] in entry["optional"]
