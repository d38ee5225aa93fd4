"""The generator's six page families of held-back set 53 (benchmarks/web_families53.py).

Persian and Mongolian postings read through a browser translator, verifications of employment
for a mortgage, employers' recruiting chatbots, union job bid postings and public employment
services' job referrals: each family's page carries the structure it imitates in every variant,
the variants are all drawn, the truth holds exactly the facts the page prints (a perfect
extraction scores one), and the rials beside the tomans, the contract gross beside a net
receipt, the in-hand figure after a gross, the child right, the receipt "up to" with overtime,
the minimum wage, the statistics office's sector average, piece rates, lunch money, the
projected annual income, earnings to date, pay increases, differentials, premiums, mileage,
sign-on bonuses, biweekly and weekly equivalents, benefit payments, course prices and one-sided
percentiles stay out of the truth, while trial, junior, Senior, training, assistant, level,
grade, step, certification, ticket and Lead rates are the role's own at their level and other
titles' figures keep their owners.
"""

from __future__ import annotations

import re
from typing import Any

from benchmarks.web_families53 import FAMILY53_LAYOUTS

import generator_variants as gv
from generator_variants import currencies, floors, levels, periods

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "persianmt": {"office": r"^Browser translation · from Persian into English",
                  "factory": r"^Translated to: English   Source language: Persian"},
    "mongolianmt": {"board": r"^This page is translated from Mongolian",
                    "classifieds": r"^Translated from Mongolian into English by the browser"},
    "voeform": {"portal": r" Lender workspace  \|",
                "fax": r"^EMPLOYER VERIFICATION OF EMPLOYMENT AND INCOME - MORTGAGE$"},
    "hirebot": {"widget": r" Careers Assistant   ● Online", "sms": r"^‹ Messages "},
    "bidsheet": {"mill": r"^VACANCY BID POSTING ", "ess": r" \| Employee Self Service "},
    "pesreferral": {"journal": r"^Job referral: apply for the vacancy below$",
                    "jobbank": r"^JOB REFERRAL$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY53_LAYOUTS, another_seed=gv.SHARED_SEED + 33,
                optional_printed=True)


def absent_millions(entry: dict[str, Any], text: str, pattern: str, unit: int) -> None:
    """The figure ``pattern`` captures, in millions of ``unit`` (a toman is ten rials), is
    printed and is no figure of the truth entry."""
    found = re.search(pattern, text)
    assert found, pattern
    assert float(found[1]) * 1_000_000 * unit not in gv.amounts(entry), (entry["file"], found[0])


def test_persian_postings_pay_tomans_as_rials_not_bonuses_or_the_gross(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "persianmt"):
        assert currencies(entry) == {"IRR"} and periods(entry) == {"month"}
        assert all(gv.amounts(entry)) and all(a % 10_000_000 == 0 or a % 5_000_000 == 0
                                              for a in gv.amounts(entry))
        assert len(entry["sectors"]) == 1 and len(entry["moves_in"]) == 2
    for entry, text in pages["persianmt"]["office"]:
        assert levels(entry) == {"Trial period"} and len(entry["employers"]) == 2
        assert len(gv.point_regions(entry)) == 1 and len(gv.salary_owners(entry)) == 1
        assert re.search(r"^Kind of contractFull timeExperience at least\d yearsSalary\d+ to "
                         r"\d+ million tomans$", text, re.M)
        for glued in ("Career pathP", "About the company"):
            assert re.search(rf"^{glued}\S", text, re.M), glued
        gv.absent(entry, text, r"child right \(([\d,]+) tomans")
        gv.absent(entry, text, r"Council of Labour\): ([\d,]+) tomans")
        agreed = re.search(r"^(.+)  \|  (.+)  \|  Karaj  \|  Agreed$", text, re.M)
        assert agreed and {agreed[1], agreed[2]} <= set(entry["optional"])
        assert re.search(r"  \|  from \d+ million tom$", text, re.M)  # a similar ad cut off
    for entry, text in pages["persianmt"]["factory"]:
        assert levels(entry) == {"Junior", "Senior"} and len(entry["aliases"]) == 2
        assert len(entry["employers"]) == 3 and len(entry["transitions_to"]) == 1
        assert len(floors(entry)) == 1 and not floors(entry)[0].get("belongs_to")
        assert re.search(r"^Path of growth.+ ← .+ ← .+ ← .+$", text, re.M)
        assert re.search(r"^Ad at a glanceField: .+ \(net receipt\): \d+ million rials - "
                         r"\d+ million rials, that is \d+ to \d+ million tomans$", text, re.M)
        absent_millions(entry, text, r"a gross of roughly (\d+) to \d+ million tomans", 10)
        absent_millions(entry, text, r"receipt as high as (\d+) million tomans", 10)
        assert re.search(r"   \d+ to 2$", text, re.M)  # another ad cut off


def test_mongolian_postings_pay_the_gross_in_tugriks_not_allowances(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "mongolianmt"):
        assert currencies(entry) == {"MNT"} and periods(entry) == {"month"}
        assert len(entry["employers"]) == 2 and len(entry["sectors"]) == 1
        assert len(entry["transitions_to"]) == 1
    for entry, text in pages["mongolianmt"]["board"]:
        assert levels(entry) == {"Assistant"} and len(entry["ladder"][0]) == 4
        assert len(gv.salary_owners(entry)) == 2 and len(entry["moves_in"]) == 1
        assert re.search(r"^Monthly salary: [\d,]+₮ - [\d,]+₮$", text, re.M)
        assert re.search(r"^Salary and benefitsSalary [\d.]+-[\d.]+ million ₮ gross", text,
                         re.M)
        gv.absent(entry, text, r"take-home around ([\d,]+)₮")
        gv.absent(entry, text, r"gives ([\d,]+)₮ as the mean wage")
        assert re.search(r"pays \d+% of the salary\.$", text, re.M)  # a share: no salary
        assert re.search(r"   [\d,]+₮ - \d,\d$", text, re.M)  # another job cut off
    for entry, text in pages["mongolianmt"]["classifieds"]:
        assert levels(entry) == {"Training period"} and len(entry["moves_in"]) == 2
        assert len(gv.salary_owners(entry)) == 3 and len(entry["aliases"]) == 1
        price = re.search(r"^Price: (\d) million (\d+) thousand ₮", text, re.M)
        assert price and int(price[1]) * 1_000_000 + int(price[2]) * 1000 in gv.amounts(entry)
        gv.absent(entry, text, r"piece rate \((\d+) tugriks a kg\)")
        gv.absent(entry, text, r"lunch allowance of ([\d,]+)₮")
        gv.absent(entry, text, r"minimum wage: ([\d,]+)₮")
        assert re.search(r"   Negotiable$", text, re.M) and "1 million 9" in text


def test_verifications_pay_the_rate_not_earnings_or_projections(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "voeform"):
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
        assert "II" in {lv.split()[0] for lv in levels(entry)}
    for entry, text in pages["voeform"]["portal"]:
        assert levels(entry) == {"II", "Trainee"} and entry["ladder"][0][0].endswith("Trainee")
        assert len(entry["employers"][0]) == 3  # printed, short and the DBA
        gv.absent(entry, text, r"Projected yearly income  \$([\d,.]+)")
        gv.absent(entry, text, r"(?m)^2025 \| \$([\d,.]+)")
        gv.absent(entry, text, r"on-call stipend \(\$(\d+)")
        assert len(gv.salary_owners(entry)) == 1
    for entry, text in pages["voeform"]["fax"]:
        assert len(levels(entry)) == 3 and len(entry["moves_in"]) == 1
        assert gv.salary_owners(entry) == {entry["moves_in"][0], entry["ladder"][0][1]}
        assert "[X] Hourly" in text and re.search(r"^Career ladder\S", text, re.M)
        gv.absent(entry, text, r"approx\. \$([\d.]+)/hr")
        gv.absent(entry, text, r"earn a \$([\d.]+)/hr differential")
        gv.absent(entry, text, r"(?m)^Regular     \$ ([\d,.]+)")


def test_chatbots_pay_the_job_and_other_titles_not_premiums_or_bonuses(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "hirebot"):
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 1
        assert len(entry["sectors"]) == 1
    for entry, text in pages["hirebot"]["widget"]:
        assert periods(entry) == {"hour"} and not levels(entry)
        assert len(entry["transitions_to"]) == 2 and len(gv.salary_owners(entry)) == 3
        assert len({s.get("region") for s in gv.own_salaries(entry)}) == 2
        gv.absent(entry, text, r"\$([\d.]+)/hr weekend premium")
        assert "Order picker" in entry["optional"] and re.search(r" – \$1$", text, re.M)
    for entry, text in pages["hirebot"]["sms"]:
        assert len(levels(entry)) == 4 and "Senior" in levels(entry)
        assert len(entry["aliases"]) == 3 and len(entry["moves_in"]) == 2
        assert len(gv.salary_owners(entry)) == 3 and periods(entry) == {"hour", "year"}
        gv.absent(entry, text, r"Plus \$([\d.]+)/mile")
        gv.absent(entry, text, r"a \$(\d+) sign-on bonus")
        assert text.rstrip().endswith("Delivered")


def test_bid_postings_pay_the_class_and_rungs_not_differentials(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "bidsheet"):
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour"}
        assert len(entry["employers"]) == 1
    for entry, text in pages["bidsheet"]["mill"]:
        assert len(entry["ladder"][0]) == 7 and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 6 and len(levels(entry)) == 1
        assert re.search(r"^JOB: .+      JOB CLASS: \d+      RATE: \$[\d.]+/hr", text, re.M)
        rung = re.search(r" - ([^-(]+) / ([^-(]+) \(JC", text)
        assert rung and rung[1] in entry["ladder"][0] and rung[2] in entry["optional"]
        assert "(staff job, outside the unit)" in text and re.search(r"\(JC 9, \$2$", text, re.M)
    for entry, text in pages["bidsheet"]["ess"]:
        assert {lv.split()[0] for lv in levels(entry)} == {"Pay", "Step", "Lead"}
        assert len(entry["leads_to"]) == 1 and len(entry["moves_in"]) == 2
        assert len(entry["aliases"]) == 1 and len(entry["employers"][0]) == 2
        gv.absent(entry, text, r"\(\$([\d,.]+) - \$[\d,.]+ biweekly")
        gv.absent(entry, text, r"weekend \$([\d.]+)/hr")
        gv.absent(entry, text, r"bilingual premium \$(\d+)")
        assert re.search(r"^How bids are awarded\S", text, re.M)


def test_referrals_pay_the_vacancy_not_benefits_or_percentiles(pages: gv.Pages) -> None:
    for entry, text in pages["pesreferral"]["journal"]:
        assert currencies(entry) == {"GBP"} and len(entry["sectors"]) == 2
        assert len(floors(entry)) == 1 and floors(entry)[0]["belongs_to"] == (
            entry["ladder"][0][1])
        assert len(levels(entry)) == 1 and len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"about £([\d,.]+) a week")
        gv.absent(entry, text, r"Next payment: £([\d.]+)")
        gv.absent(entry, text, r"\(around £(\d+)\)")
        agency = re.search(r"(?m)\(the advert was placed on Find a job by (.+)\)$", text)
        assert agency and agency[1] in entry["optional"]
    for entry, text in pages["pesreferral"]["jobbank"]:
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 2
        assert len(gv.point_regions(entry)) == 1 and len(levels(entry)) == 2
        assert len(entry["leads_to"]) == 1 and len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"Bottom 10% earn under \$([\d.]+)")
        gv.absent(entry, text, r"weekly benefit amount: \$(\d+)")
        assert re.search(r"^Required skills and competencies\S.+ \| ", text, re.M)
