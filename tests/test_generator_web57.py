"""The generator's six page families of held-back set 57 (benchmarks/web_families57.py).

Burmese and Azerbaijani postings read through a browser translator, background check reports,
seafarer employment agreements, wage subsidy and on-the-job training agreements and
unemployment insurance claims: each family's page carries the structure it imitates in every
variant, the variants are all drawn, the truth holds exactly the facts the page prints (a
perfect extraction scores one), and the kyat figure and its Burmese-digit gloss, the gross about
a net, a day rate's monthly average, allowances, bonuses, piecework, a one-sided "up to",
reported pay the verification contradicts, credit balances, FOT, leave pay, total monthly
wages, the allotment, reimbursements, subsidies, insurable earnings, vacation and standby pay,
benefit amounts, severance and the desired wage stay out of the truth, while Probation,
Assistant, Trainee, Senior, Junior, Lead, Apprentice, II, Training, Training days, an award
level and the employer's qualifiers are the role's own at their level and other titles'
figures keep their owners.  The module reads the shared corpus only (no second corpus of its
own: the suite's time, stop 64).
"""

from __future__ import annotations

import re
from typing import Any

from benchmarks.web_families57 import FAMILY57_LAYOUTS

import generator_variants as gv
from generator_variants import currencies, floors, levels, periods

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "burmesemt": {"site": r"^Translated from Burmese into English ",
                  "shop": r"^Translate page: Burmese → English "},
    "azerimt": {"office": r"^Translated by the browser: Azerbaijani → English ",
                "craft": r"^Azerbaijani → English \(translated\) "},
    "bgcheck": {"driver": r"^CONSUMER REPORT — YOUR COPY$", "office": r" ⎮ Applicant Center "},
    "seafarerea": {"phil": r"^PHILIPPINES · Department of Migrant Workers · ",
                   "mlc": r"^-+ SEAFARER EMPLOYMENT AGREEMENT \(MLC 2006\) -+$"},
    "wagesubsidy": {"ojt": r"^ON-THE-JOB TRAINING \(OJT\) AGREEMENT",
                    "aus": r"^Wage Subsidy Agreement — Schedule 1 "},
    "uiclaim": {"roe": r"^Record of Employment \(electronic\)Block",
                "portal": r"^CLAIMANT PORTAL — "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs, on the shared
# corpus alone (the cover mode draws every variant whatever the seed).
gv.family_tests(globals(), VARIANTS, FAMILY57_LAYOUTS, optional_printed=True)


def _not_lakhs(entry: dict[str, Any], text: str, pattern: str) -> None:
    """The lakh figure ``pattern`` captures (one lakh is 100,000 kyats) is printed and is no
    figure of the truth entry (a one-sided "up to")."""
    found = re.search(pattern, text)
    assert found, pattern
    assert round(float(found.group(1)) * 100_000) not in gv.amounts(entry), entry["file"]


def test_burmese_postings_pay_lakhs_not_the_allowances_or_the_one_sided_up_to(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "burmesemt"):
        assert currencies(entry) == {"MMK"} and len(entry["sectors"]) == 1
        assert len(gv.point_regions(entry)) == 1 and len(gv.salary_owners(entry)) == 2
    for entry, text in pages["burmesemt"]["site"]:
        assert periods(entry) == {"month", "day"}
        assert levels(entry) == {"Probation", "Assistant", "Senior"}
        assert len(entry["ladder"][0]) == 4 and len(entry["moves_in"]) == 2
        assert len(entry["employers"]) == 2 and len(floors(entry)) == 2
        assert re.search(r"^About the company\S.+\.Job Description-\S", text, re.M)
        assert re.search(r"\([၀-၉.]+ သိန်း - [၀-၉.]+ သိန်း\)", text)
        gv.absent(entry, text, r"Site allowance ([\d,]+) Ks a day")
        gv.absent(entry, text, r"attendance bonus ([\d,]+) Ks")
        gv.absent(entry, text, r"of the state is ([\d,]+) Ks")
        assert re.search(r" · Negotiable$", text, re.M)
    for entry, text in pages["burmesemt"]["shop"]:
        assert periods(entry) == {"month"} and levels(entry) == {"Trainee", "Senior", "Junior"}
        assert len(entry["employers"]) == 3 and len(entry["moves_in"]) == 1
        assert re.search(r"^Requirements1\. .+2\. .+3\. ", text, re.M)
        _not_lakhs(entry, text, r"reach up to ([\d.]+) Lakhs with the repair commission")
        gv.absent(entry, text, r"Ks a day, ([\d,]+) Ks for the phone bill")
        assert re.search(r" \| Negotiable$", text, re.M)


def test_azerbaijani_postings_pay_the_net_not_the_gross_or_piecework(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "azerimt"):
        assert currencies(entry) == {"AZN"} and periods(entry) == {"month"}
        assert len(entry["sectors"]) == 1 and len(gv.point_regions(entry)) == 1
        assert len(entry["employers"]) == 2 and len(gv.salary_owners(entry)) == 2
    for entry, text in pages["azerimt"]["office"]:
        assert levels(entry) == {"Probation", "Lead"} and len(floors(entry)) == 1
        assert len(entry["ladder"][0]) == 4 and len(entry["moves_in"]) == 1
        assert re.search(r"^About us\S.+\.Duties:- ", text, re.M)
        gv.absent(entry, text, r"gross near ([\d ]+) – ")
        gv.absent(entry, text, r"lunch compensation (\d+) AZN")
        assert re.search(r" — By agreement$", text, re.M)
    for entry, text in pages["azerimt"]["craft"]:
        assert levels(entry) == {"Apprentice"} and len(entry["leads_to"]) == 1
        assert len(entry["moves_in"]) == 2 and not floors(entry)
        gv.absent(entry, text, r"manat and (\d+) manat for every")
        gv.absent(entry, text, r"minimal wage for a month: (\d+) manat")
        upto = re.search(r"up to (\d) min (\d+) manat", text)
        assert upto and int(upto[1]) * 1000 + int(upto[2]) not in gv.amounts(entry)


def test_background_checks_pay_the_position_not_the_contradicted_or_credit_figures(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "bgcheck"):
        assert currencies(entry) == {"USD"} and len(entry["sectors"]) == 1
        assert len(entry["aliases"]) == 1 and len(entry["employers"]) == 1
        assert len(gv.salary_owners(entry)) == 2
    for entry, text in pages["bgcheck"]["driver"]:
        assert periods(entry) == {"hour"} and not levels(entry)
        assert len(entry["moves_in"]) == 3
        assert re.search(r"^POSITION INFORMATION \(provided by the client\)Client: ", text, re.M)
        assert re.search(r"^Position requirements \(client\)\S", text, re.M)
    for entry, text in pages["bgcheck"]["office"]:
        assert periods(entry) == {"year", "hour"} and levels(entry) == {"II"}
        assert len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"applicant-reported \$([\d,]+)/yr")
        gv.absent(entry, text, r"Balance \$([\d,]+)")
        gv.absent(entry, text, r"Utility — \$(\d+)")


def test_seafarer_agreements_pay_the_basic_not_fot_leave_or_the_monthly_average(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "seafarerea"):
        assert len(entry["aliases"]) == 1 and len(entry["employers"]) == 1
        assert len(entry["sectors"]) == 1 and len(gv.salary_owners(entry)) == 4
    for entry, text in pages["seafarerea"]["phil"]:
        assert currencies(entry) == {"USD"} and periods(entry) == {"month"}
        assert not levels(entry) and len(entry["leads_to"]) == 1
        assert len(entry["moves_in"]) == 1
        assert re.search(r"^ANNEX D — PROMOTIONAn? \S", text, re.M)
        gv.absent(entry, text, r"\(FOT\): USD ([\d.]+) — ")
        gv.absent(entry, text, r"Leave pay: USD ([\d.]+) a month")
        gv.absent(entry, text, r"Total Monthly Wages: USD ([\d,.]+)")
        gv.absent(entry, text, r"about ₱([\d,]+)")
    for entry, text in pages["seafarerea"]["mlc"]:
        assert currencies(entry) == {"EUR"} and periods(entry) == {"day"}
        assert levels(entry) == {"Training days", "Senior", "Junior"}
        assert len(entry["transitions_to"]) == 1 and len(entry["ladder"][0]) == 2
        assert re.search(r"^APPENDIX 1 — DAY RATES \(EUR\)\S", text, re.M)
        gv.absent(entry, text, r"about EUR ([\d,]+) a month")
        gv.absent(entry, text, r"Seniority bonus EUR (\d+)")
        assert text.rstrip().endswith("addres")


def test_wage_subsidy_agreements_pay_the_wage_not_the_reimbursement_or_subsidy(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "wagesubsidy"):
        assert periods(entry) == {"hour"} and len(entry["leads_to"]) == 1
        assert len(entry["moves_in"]) == 1 and len(gv.salary_owners(entry)) == 2
        assert len(entry["employers"]) == 1 and len(entry["employers"][0]) == 2
    for entry, text in pages["wagesubsidy"]["ojt"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"Training"}
        assert len(entry["sectors"]) == 2
        assert re.search(r"^SECTION 6 — CAREER PATH AND RETENTIONAfter ", text, re.M)
        gv.absent(entry, text, r"not to exceed \$([\d,]+)")
        gv.absent(entry, text, r"Shift differential: \$([\d.]+)/hr")
    for entry, text in pages["wagesubsidy"]["aus"]:
        assert currencies(entry) == {"AUD"} and levels(entry) == {"level 2", "level 3"}
        assert len(entry["transitions_to"]) == 1 and len(entry["aliases"]) == 1
        gv.absent(entry, text, r"Subsidy total: \$([\d,]+) at most")
        gv.absent(entry, text, r"26 weeks: \$([\d,]+), ")
        gv.absent(entry, text, r"National Minimum Wage \$([\d.]+)")


def test_ui_claims_pay_the_rate_not_insurable_earnings_or_benefits(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "uiclaim"):
        assert len(entry["employers"]) == 2 and len(entry["sectors"]) == 1
    for entry, text in pages["uiclaim"]["roe"]:
        assert currencies(entry) == {"CAD"} and periods(entry) == {"hour"}
        assert len(entry["aliases"]) == 1 and not entry["moves_in"]
        assert len(gv.salary_owners(entry)) == 2 and not levels(entry)
        gv.absent(entry, text, r"Insurable earnings: \$([\d,.]+)")
        gv.absent(entry, text, r"Vacation pay: \$([\d,.]+)")
        gv.absent(entry, text, r"Other monies \(standby\) \$([\d,.]+)")
        gv.absent(entry, text, r"weekly benefit rate \$([\d,.]+)")
    for entry, text in pages["uiclaim"]["portal"]:
        assert currencies(entry) == {"USD"} and periods(entry) == {"hour", "year"}
        assert len(levels(entry)) == 2 and len(entry["moves_in"]) == 1
        assert len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"Weekly Benefit Amount: \$([\d,.]+)")
        gv.absent(entry, text, r"Severance: \$([\d,.]+)")
        gv.absent(entry, text, r"Vacation payout: \$([\d,.]+)")
        gv.absent(entry, text, r"Desired wage: \$([\d.]+)/hr")
        gv.absent(entry, text, r"Q1 \$([\d,.]+)")
        assert re.search(r" — posted \$\d$", text, re.M)  # a contact cut mid-figure
