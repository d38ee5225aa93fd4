"""The generator's six page families of held-back set 49 (benchmarks/web_families49.py).

Estonian and Albanian postings read through a browser translator, compensation teams'
market-pricing memos and job pricing requests, interview feedback e-mails to an unsuccessful
candidate, students' informational-interview records and employers' job-post drafts in a
board's posting editor: each family's page carries the structure it imitates in every
variant, the variants are all drawn, the truth holds exactly the facts the page prints (a
perfect extraction scores one), and "on hand" nets, the employer's cost, old-lek figures,
nets and euro equivalents, the 13th salary, the tip, a percentage of the services, the insured
minimum wage, quartiles and total cash, midpoints, "recruit at up to", stipends, cost
estimates, honoraria, relocation, tuition, sign-on bonuses, allowances, premiums and boost
fees stay out of the role's pay, one-sided bounds ("one offer in ten", "rarely over", "top
10% offer … or more", "employers offering $N+") give nothing, a survey's P50 or median is the
role's point, trial rates are the role's own at Trial period, and other titles' figures
(comparators, the next band, a contract pool, a freelance pool, the candidate's current
title, internal notes, other jobs and similar postings) keep their owners.
"""

from __future__ import annotations

import re

from benchmarks.web_families49 import FAMILY49_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "estonianmt": {"plant": r"^Translated by Google · Estonian → English",
                   "office": r"^This page has been translated from Estonian"},
    "albanianmt": {"salon": r"^Page translated · Albanian › English",
                   "trade": r"^Translator: Albanian to English"},
    "marketpricing": {"wiki": r"^Market Pricing Memo — ", "hr": r"^PRICING REQUEST — "},
    "feedbackmail": {"ats": r"^What impressed the panel$",
                     "assessment": r"^Here is the panel's feedback \("},
    "infointerview": {"form": r"^INFORMATIONAL INTERVIEW LOG$",
                      "notes": r"^▾ How she got here$"},
    "postingdraft": {"review": r"^Review step — check your post",
                     "draft": r"^Post strength "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY49_LAYOUTS, another_seed=gv.SHARED_SEED + 28,
                optional_printed=True)


def levels(entry: dict[str, object]) -> set[str]:
    """The levels of the role's own salaries."""
    return {str(s.get("level")) for s in gv.own_salaries(entry) if s.get("level")}


def currencies(entry: dict[str, object]) -> set[str]:
    """The currencies of the truth entry's salaries."""
    return {str(s["currency"]) for s in gv.own_salaries(entry)}


def test_estonian_postings_pay_the_gross_once_not_the_net_or_the_employers_cost(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "estonianmt"):
        assert currencies(entry) == {"EUR"} and len(entry["aliases"]) == 1
        assert entry["aliases"][0] in text and len(entry["sectors"]) == 1
        assert entry["ladder"] and len(entry["transitions_to"]) == 1
        assert {s["period"] for s in entry["salaries"]} == {"month"}
        assert re.search(r"^About (the employer|us)\S", text, re.M)
    for entry, text in pages["estonianmt"]["plant"]:
        assert levels(entry) == {"Trial period"} and gv.point_regions(entry) == {"Estonia"}
        assert re.search(r"^We offerA steady ", text, re.M) and len(gv.salary_owners(entry)) == 3
        floors = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floors) == 1 and floors[0].get("belongs_to")
        gv.absent(entry, text, r"\(about (\d[\d ]*\d) – \d[\d ]*\d € on hand", comma=True)
        gv.absent(entry, text, r"sport costs refunded up to (\d[\d ]*\d) €", comma=True)
        gv.absent(entry, text, r"goes above (\d[\d ]*\d) €", comma=True)
        assert re.search(r" · from 1 4$", text, re.M)  # a similar ad cut off
    for entry, text in pages["estonianmt"]["office"]:
        assert levels(entry) == {"Senior"} and gv.point_regions(entry) == {"Tallinn"}
        assert len(entry["moves_in"]) == 3 and len(gv.salary_owners(entry)) == 2
        floors = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floors) == 1 and not floors[0].get("belongs_to")
        gv.absent(entry, text, r"Employer's cost (\d[\d ]*\d) – ", comma=True)
        gv.absent(entry, text, r"Few offers exceed (\d[\d ]*\d) €", comma=True)
        commission = re.search(r"^(.+) · Tallinn · commission$", text, re.M)
        assert commission and commission[1] in entry["optional"]


def test_albanian_postings_pay_the_posted_figure_not_old_lek_net_or_euro(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "albanianmt"):
        assert currencies(entry) == {"ALL"} and len(entry["employers"]) == 1
        assert len(entry["sectors"]) == 1 and entry["ladder"] and entry["transitions_to"]
        assert len(gv.point_regions(entry)) == 1
    for entry, text in pages["albanianmt"]["salon"]:
        assert len(entry["aliases"]) == 2 and levels(entry) == {"Trial period"}
        daily = [s for s in entry["salaries"] if s["period"] == "day"]
        assert len(daily) == 1 and not daily[0].get("belongs_to")
        old = re.search(r"\((\d+) – (\d+) thousand old lek\)", text)
        own = gv.own_salaries(entry)[0]
        assert old and float(old[1]) * 1000 == own["min"] * 10
        assert float(old[1]) * 1000 not in gv.amounts(entry)
        gv.absent(entry, text, r"minimum wage of (\d[\d ]*\d) lek", comma=True)
        gv.absent(entry, text, r"go past (\d[\d ]*\d) lek", comma=True)
        assert len(gv.salary_owners(entry)) == 3
        assert re.search(r" – 7$", text, re.M)  # a similar job cut off
    for entry, text in pages["albanianmt"]["trade"]:
        assert len(entry["aliases"]) == 1 and not levels(entry)
        assert len(entry["moves_in"]) == 3 and len(gv.salary_owners(entry)) == 3
        assert "13th salary" in text
        gv.absent(entry, text, r"\(≈ (\d[\d ]*\d) – ", comma=True)
        gv.absent(entry, text, r"or roughly (\d[\d ]*\d) – ", comma=True)
        gv.absent(entry, text, r"Rarely over (\d[\d ]*\d) lekë", comma=True)
        assert re.search(r" · Tiran$", text, re.M)


def test_market_pricing_gives_medians_and_ranges_not_quartiles_or_total_cash(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "marketpricing"):
        assert len(entry["employers"]) == 1 and len(entry["transitions_to"]) == 2
        assert len(entry["moves_in"]) == 3 and len(gv.salary_owners(entry)) == 2
        assert "Senior" in levels(entry) and len(entry["ladder"][0]) == 3
    for entry, text in pages["marketpricing"]["wiki"]:
        assert currencies(entry) == {"USD"} and len(entry["aliases"]) == 3
        assert len(entry["sectors"]) == 2 and gv.point_regions(entry) == {"US national"}
        for row in re.finditer(r"^.+ \| \$([\d,]+) \| \$([\d,]+) \| \$([\d,]+) \| \$([\d,]+)$",
                               text, re.M):
            assert gv.money(row[2]) in gv.amounts(entry)  # P50, the role's point
            for column in (1, 3, 4):  # P25, P75 and total cash: nothing
                assert gv.money(row[column]) not in gv.amounts(entry)
        mids = {gv.money(m) for m in re.findall(r"\$[\d,]+ – \$([\d,]+) – \$[\d,]+", text)}
        singles = {float(s["min"]) for s in entry["salaries"] if s["min"] == s["max"]}
        assert len(mids) >= 3 and not mids & singles  # a midpoint is no salary
        gv.absent(entry, text, r"on-call pay: \$([\d,]+)")
        gv.absent(entry, text, r"Estimated cost: \$([\d,]+)")
    for entry, text in pages["marketpricing"]["hr"]:
        assert currencies(entry) == {"GBP"} and not entry["aliases"]
        assert len(entry["sectors"]) == 3
        assert gv.point_regions(entry) == {"national excl. London", "London"}
        gv.absent(entry, text, r"(?m)^.+ \| £([\d,]+) \| £[\d,]+ \| ")  # a lower quartile
        gv.absent(entry, text, r"\(midpoint £([\d,]+)\)")
        gv.absent(entry, text, r"at up to £([\d,]+)")


def test_feedback_mails_give_the_current_pay_to_the_current_title(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "feedbackmail"):
        assert len(entry["aliases"]) == 1 and len(entry["employers"]) == 1
        assert len(entry["sectors"]) == 2 and len(entry["skills"]["top"]) >= 5
        hourly = [s for s in entry["salaries"] if s["period"] == "hour"]
        assert len(hourly) == 1 and hourly[0].get("belongs_to")
    for entry, text in pages["feedbackmail"]["ats"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"Junior"}
        current = re.search(r"You said you earn about \$([\d,]+) as an? (.+) today", text)
        assert current and current[2] in entry["moves_in"]
        assert {s.get("belongs_to") for s in entry["salaries"]
                if s["min"] == gv.money(current[1])} == {current[2]}
        gv.absent(entry, text, r"\(The \$(\d+) honorarium")
    for entry, text in pages["feedbackmail"]["assessment"]:
        assert currencies(entry) == {"EUR"} and len(levels(entry)) == 1
        assert len(entry["ladder"][0]) == 4 and len(entry["transitions_to"]) == 2
        assert re.search(r"^– Limited exposure to ", text, re.M)
        agency = re.search(r"pass your CV to (.+), who run", text)
        assert agency and agency[1] in entry["optional"]
        assert agency[1] not in str(entry["employers"])
        gv.absent(entry, text, r"€([\d,]+) to help with relocation")


def test_informational_interviews_quote_the_roles_pay_loosely(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "infointerview"):
        assert len(entry["aliases"]) == 2 and len(entry["transitions_to"]) == 2
        assert len(entry["moves_in"]) == 2 and len(entry["sectors"]) >= 3
        assert entry["employers"]
    for entry, text in pages["infointerview"]["form"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"New graduate"}
        assert gv.point_regions(entry) == {"US (national)"}
        assert len(gv.salary_owners(entry)) == 1 and len(entry["employers"]) == 1
        thinking = re.search(r"she's considering becoming an? (.+) one day", text)
        assert thinking and thinking[1] in entry["optional"]
        assert thinking[1] not in entry["transitions_to"]
        tuition = re.search(r"tuition was ~\$(\d+)k", text)
        assert tuition and float(tuition[1]) * 1000 not in gv.amounts(entry)
    for entry, _ in pages["infointerview"]["notes"]:
        assert currencies(entry) == {"GBP"} and len(entry["employers"]) == 2
        assert levels(entry) == {"Graduate", "3–5 years", "Senior", "Principal"}
        assert gv.point_regions(entry) == {"UK"} and len(entry["ladder"][0]) == 5
        floors = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floors) == 1 and floors[0]["level"] == "Senior"


def test_posting_drafts_pay_the_role_and_leave_the_boards_suggestions_optional(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "postingdraft"):
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
        assert {s["period"] for s in entry["salaries"]} == {"hour"}
        assert len(entry["ladder"][0]) == 3 and entry["transitions_to"]
        assert len(gv.point_regions(entry)) <= 1
    for entry, text in pages["postingdraft"]["review"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"Apprentice"}
        assert not entry["aliases"] and len(entry["moves_in"]) == 3
        tip = re.search(r"Title tip: \"(.+)\" gets .+ Other titles job seekers use: (.+), (.+)\.",
                        text)
        assert tip and {tip[1], tip[2], tip[3]} <= set(entry["optional"])
        chips = re.findall(r"\[\+ ([^\]]+)\]", text)
        assert chips and set(chips) <= set(entry["optional"])
        assert not set(chips) & set(entry["skills"]["top"])
        gv.absent(entry, text, r"Employers offering \$(\d+)\+")
        gv.absent(entry, text, r"Sign-on bonus of \$([\d,]+)")
        gv.absent(entry, text, r"Sponsor for \$(\d+) a day")
    for entry, text in pages["postingdraft"]["draft"]:
        assert currencies(entry) == {"CAD"} and len(entry["aliases"]) == 2
        assert len(gv.salary_owners(entry)) == 3 and len(entry["moves_in"]) == 2
        ai = re.search(r"Come join us as an? (.+)! ", text)
        assert ai and ai[1] in entry["optional"]
        gv.absent(entry, text, r"top 10% offer \$(\d+\.\d\d) or more")
        gv.absent(entry, text, r"uniform allowance \$(\d+)/yr")
        gv.absent(entry, text, r"for 30 days — \$(\d+) \+ HST")
