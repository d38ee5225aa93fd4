"""The generator's six page families of held-back set 44 (benchmarks/web_families44.py).

Slovak and Malay postings read through a browser translator, mortgage brokers' "mortgages for
X" guides, tax-refund firms' flat-rate expense pages, job-share vacancies and register
profiles and HR systems' job profile records: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and hardship allowances, diets, piecework,
increments, fixed allowances, COLA, attendance allowances, borrowing amounts, annualised day
rates, flat-rate expenses, tax relief, fees, pro-rata shares, supplements, midpoints and shift
differentials stay out of the role's pay while other titles' figures keep their owners,
lenders, unions and tax agents employ no one and rating words never become skills.
"""

from __future__ import annotations

import re

from benchmarks.web_families44 import FAMILY44_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "slovakmt": {"portal": r"^Translated from Slovak by the browser  \|",
                 "trades": r"^Slovak » English  ·  Translated by the browser"},
    "malaymt": {"public": r"^Translated from: Malay  ·", "private": r"^This page is translated "
                                                                   r"from Malay  ·"},
    "mortgageguide": {"scale": r"^Mortgages for .+: what lenders will offer you in 2027$",
                      "rotation": r"^You are here: Specialist lending / Offshore workers / "},
    "taxrelief": {"uniform": r" FLAT RATE EXPENSE: CLAIM TAX BACK ON YOUR ",
                  "tools": r" — Tool and workwear tax refunds for tradespeople$"},
    "jobshare": {"vacancy": r"^.+ \(Job Share - 2 posts\)$",
                 "register": r"^PARTNER WANTED FOR A JOB SHARE: "},
    "hrisprofile": {"hcm": r"^Job Profile Name  ", "library": r"^JOB PROFILEState: Published"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY44_LAYOUTS, another_seed=gv.SHARED_SEED + 23,
                optional_printed=True)


def test_slovak_postings_read_euros_with_space_thousands_and_decimal_commas(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "slovakmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"EUR"} and entry["ladder"]
        assert len(entry["employers"]) == 1 and entry["sectors"]
    for entry, text in pages["slovakmt"]["portal"]:
        assert re.search(r"Salary: \d \d{3} - \d \d{3} EUR/month", text) and entry["aliases"]
        assert gv.point_regions(entry) >= {"Slovakia"} and entry["moves_in"]
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]
        assert "Salary detailsTariff wage" in text
        gv.absent(entry, text, r"hardship allowance of (\d+,\d+) EUR", comma=True)
        gv.absent(entry, text, r"earn more than (\d \d{3}) EUR", comma=True)
    for entry, text in pages["slovakmt"]["trades"]:
        assert re.search(r"Wage \(gross\): \d,\d\d - \d+,\d\d €/hour", text)
        assert len(gv.salary_owners(entry)) == 3 and entry["transitions_to"]
        assert entry["ladder"][0][0] == "Helper" and not entry["aliases"]
        gv.absent(entry, text, r"Diets (\d+,\d+) €", comma=True)
        gv.absent(entry, text, r"up to (\d \d{3}) € per month", comma=True)


def test_malay_postings_pay_the_grade_and_keep_allowances_out(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "malaymt"):
        assert {s["currency"] for s in entry["salaries"]} == {"MYR"} and entry["aliases"]
        assert len(entry["employers"]) == 1 and entry["moves_in"] and entry["sectors"]
    for entry, text in pages["malaymt"]["public"]:
        assert re.search(r"RM\d,\d{3}\.00 minimum – RM\d,\d{3}\.00 maximum", text)
        assert {s.get("level") for s in gv.own_salaries(entry)} == {
            re.search(r"GRADE (\w+)$", text, re.M)[1].join(("Grade ", ""))}
        assert len(gv.salary_owners(entry)) == 3 and entry["leads_to"] and not entry["ladder"]
        gv.absent(entry, text, r"Annual increment RM([\d,.]+)")
        gv.absent(entry, text, r"COLA RM(\d+)")
    for entry, text in pages["malaymt"]["private"]:
        assert re.search(r"RM \d,\d{3} – RM \d,\d{3} per month", text) and entry["ladder"]
        assert gv.point_regions(entry) and len(gv.salary_owners(entry)) == 2
        assert "Grow with usWe opened" in text and entry["transitions_to"]
        gv.absent(entry, text, r"attendance allowance RM(\d+)")


def test_mortgage_guides_pay_the_scale_not_the_borrowing(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "mortgageguide"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and not entry["skills"]
        assert entry["aliases"] and entry["ladder"] and entry["moves_in"]
        assert entry["transitions_to"] and len(entry["employers"]) == 2
    for entry, text in pages["mortgageguide"]["scale"]:
        assert all(s.get("level") for s in gv.own_salaries(entry)) and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 1
        gv.absent(entry, text, r"about £([\d,]+) at 4\.5x")
        gv.absent(entry, text, r"London allowance \(£([\d,]+) a year\)")
        gv.absent(entry, text, r"joint income was £([\d,]+)")
    for entry, text in pages["mortgageguide"]["rotation"]:
        assert {s["period"] for s in gv.own_salaries(entry)} == {"year", "day"}
        assert entry["sectors"] and len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"days = £([\d,]+) a year")
        gv.absent(entry, text, r"Worked example: £([\d,]+) basic")
        gv.absent(entry, text, r"= up to £([\d,]+)")


def test_tax_relief_pages_pay_the_typical_pay_not_the_expense(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "taxrelief"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and entry["skills"]
        assert entry["aliases"] and entry["leads_to"] and len(entry["transitions_to"]) == 2
        assert not entry["sectors"] and len(gv.salary_owners(entry)) >= 1
        gv.absent(entry, text_of(entry, pages), r"flat rate (?:expense )?(?:of )?£(\d+) a year")
    for entry, text in pages["taxrelief"]["uniform"]:
        assert re.search(r"^Who counts as an? [a-z ]+\?$", text, re.M) and not entry["employers"]
        levels = {s.get("level") for s in gv.own_salaries(entry)}
        assert "Trainee" in levels and levels & {"Lead", "Senior"}
        gv.absent(entry, text, r"laundry allowance of £(\d+)")
    for entry, text in pages["taxrelief"]["tools"]:
        assert "Apprentice" in {s.get("level") for s in gv.own_salaries(entry)}
        assert gv.point_regions(entry) == {"UK"} and len(entry["employers"]) == 2
        assert len(entry["aliases"]) == 2 and "Unite" in entry["must_not_appear"]
        gv.absent(entry, text, r"often £(\d+) a week")


def text_of(entry: dict[str, object], pages: gv.Pages) -> str:
    """The page of a truth entry among the family pages."""
    return next(t for e, t in gv.every(pages, str(entry["layout"])) if e is entry)


def test_job_shares_pay_the_full_time_band_not_the_pro_rata_share(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "jobshare"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and entry["skills"]
        assert entry["leads_to"] and entry["moves_in"] and entry["sectors"]
        assert len(gv.own_salaries(entry)) == 1 and gv.own_salaries(entry)[0].get("level")
    for entry, text in pages["jobshare"]["vacancy"]:
        assert "(FTE)" not in text and len(gv.salary_owners(entry)) == 3
        assert len(entry["moves_in"]) == 3
        gv.absent(entry, text, r"paid pro rata: £([\d,]+)")
    for entry, text in pages["jobshare"]["register"]:
        assert entry["aliases"] and len(entry["transitions_to"]) == 2
        assert len(entry["employers"]) == 1 and len(entry["leads_to"]) == 3
        gv.absent(entry, text, r"WTE share is £([\d,]+)")
        gv.absent(entry, text, r"I am on £([\d,]+)")
        gv.absent(entry, text, r"supplement of £([\d,]+)")


def test_hr_profiles_band_each_region_and_keep_the_midpoint_out(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "hrisprofile"):
        assert len(entry["aliases"]) == 2 and entry["ladder"] and entry["moves_in"]
        assert len(entry["transitions_to"]) == 2 and len(entry["employers"]) == 1
        assert entry["sectors"] and not {"Proficient", "Developing"} & set(
            s for kind in entry["skills"].values() for s in kind)
    for entry, text in pages["hrisprofile"]["hcm"]:
        assert {s["currency"] for s in entry["salaries"]} == {"USD"}
        assert len({s.get("region") for s in gv.own_salaries(entry)}) == 2
        assert len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"\| USD \| [\d.]+ \| ([\d.]+) \|")
        gv.absent(entry, text, r"Nights \(\$([\d.]+)/hr\)")
    for entry, text in pages["hrisprofile"]["library"]:
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"}
        assert not gv.salary_owners(entry) and len(entry["moves_in"]) == 3
        assert any(s.get("level", "").startswith("Senior") for s in gv.own_salaries(entry))
        assert text.rstrip().endswith("Next review due 0")
