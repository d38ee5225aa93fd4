"""The generator's six page families of held-back set 37 (benchmarks/web_families37.py).

Czech postings read through a translator, kitchen-brigade explainers, university promotion
and tenure pages, graduate schemes' assessment-centre guides, temporary recruitment campaigns
and "how to negotiate your salary" articles: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and supplements, meal allowances, attendance
bonuses, tronc, service charge, market supplements, summer salary, company cars, relocation
payments, training fees, campaign totals, CPD allowances and sign-on bonuses stay out of the
role's pay while other posts' figures keep their owners.
"""

from __future__ import annotations

import re

from benchmarks.web_families37 import FAMILY37_LAYOUTS

from generator_variants import (
    SHARED_SEED,
    Pages,
    amounts,
    decimal_comma,
    family_tests,
    money,
    own_salaries,
    point_regions,
    points,
    salary_owners,
)

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "czechmt": {"portal": r"^This page has been translated from Czech\.",
                "agency": r"^Translated from: Czech  ▸  English"},
    "brigade": {"group": r"^join the brigade / back of house / ",
                "hotel": r"^Our kitchen brigadeRank \| what they do$"},
    "tenuretrack": {"uk": r"^Academic career pathway: ", "us": r"^The track: "},
    "assesscentre": {"retail": r"^Your assessment centre day: ",
                     "public": r"^Guidance: the .* assessment centre$"},
    "tempcampaign": {"election": r"^FEES \(set by the Returning Officer\)$",
                     "census": r"CENSUS 2027  ·  Field jobs$"},
    "negotiation": {"blog": r"^MONEY \| How to negotiate your salary as ",
                    "qa": r"^Q: How do I negotiate my salary as "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY37_LAYOUTS, another_seed=SHARED_SEED + 16,
             optional_printed=True)


def test_czech_postings_read_notation_and_keep_allowances_out(pages: Pages) -> None:
    for entry, text in pages["czechmt"]["portal"]:
        assert all(s["currency"] == "CZK" and s["period"] == "month"
                   for s in entry["salaries"])
        assert [s for s in own_salaries(entry) if str(s.get("level")).endswith("salary class")]
        # (fresh54) the next job's "starts at N Kč": its starting pay, a point
        assert [s for s in entry["salaries"] if s.get("point") and s.get("belongs_to")]
        assert len(point_regions(entry)) == 2 and " Kč" in text
        extra = re.search(r"difficult environment ([\d ]+) Kč", text)
        meal = re.search(r"meal allowance (\d+) Kč/shift", text)
        assert extra and meal and not {decimal_comma(extra.group(1)),
                                       float(meal.group(1))} & amounts(entry)
        assert re.search(r"\)[A-ZÁ-Ž]", text) and len(entry["aliases"]) == 3
    for entry, text in pages["czechmt"]["agency"]:
        assert {s["period"] for s in own_salaries(entry)} == {"month", "hour"}
        assert len(salary_owners(entry)) == 1 and " (m/f)" in text
        bonus = re.search(r"attendance bonus ([\d ]+) Kč", text)
        assert bonus and decimal_comma(bonus.group(1)) not in amounts(entry)
        assert len(entry["optional"]) == 3 and entry["leads_to"]


def test_brigades_give_each_rung_its_pay_and_keep_tronc_out(pages: Pages) -> None:
    for entry, text in pages["brigade"]["group"]:
        assert {s.get("region") for s in entry["salaries"]} == {"London", "outside London"}
        assert points(entry, level="Junior") and len(salary_owners(entry)) == 4
        tronc = re.search(r"usually £([\d,]+)–£([\d,]+) a year", text)
        assert tronc and not {money(x) for x in tronc.groups()} & amounts(entry)
        assert " → " in text and len(entry["ladder"][0]) == 5
    for entry, text in pages["brigade"]["hotel"]:
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 2
        assert {s["period"] for s in entry["salaries"]} == {"year", "day", "hour"}
        service = re.search(r"came to about £([\d,]+) a head", text)
        assert service and money(service.group(1)) not in amounts(entry)
        assert "brigadeRank" in text and len(entry["optional"]) == 1


def test_tenure_pages_read_floors_by_rank(pages: Pages) -> None:
    for entry, text in pages["tenuretrack"]["uk"]:
        assert len(salary_owners(entry)) == 3 and " ➜ " in text
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]
        assert [s for s in own_salaries(entry) if str(s.get("level")).startswith("Grade")]
        market = re.search(r"market supplement of up to £([\d,]+)", text)
        assert market and money(market.group(1)) not in amounts(entry)
    for entry, text in pages["tenuretrack"]["us"]:
        assert all(s["currency"] == "USD" for s in entry["salaries"])
        assert len([s for s in entry["salaries"] if s.get("open_ended")]) == 3
        assert len(salary_owners(entry)) == 2 and len(points(entry, point=True)) == 1
        extra = re.search(r"base increase of \$([\d,]+).*\n.*up to \$([\d,]+)", text)
        assert extra and not {money(x) for x in extra.groups()} & amounts(entry)
        assert entry["leads_to"] and len(entry["employers"]) == 3


def test_assessment_centres_keep_the_car_and_relocation_out(pages: Pages) -> None:
    for entry, text in pages["assesscentre"]["retail"]:
        assert len(own_salaries(entry)) == 1 and len(salary_owners(entry)) == 2
        assert "Lunch with current graduates" in text and not entry["aliases"]
        assert len(entry["optional"]) == 3 and len(entry["leads_to"]) == 2
        assert len(entry["ladder"][0]) == 3 and len(entry["employers"]) == 3
    for entry, text in pages["assesscentre"]["public"]:
        assert {s.get("region") for s in entry["salaries"]} == {"London", None}
        relocation = re.search(r"relocation payment of up to £([\d,]+)", text)
        assert relocation and money(relocation.group(1)) not in amounts(entry)
        assert " › " in text and sum(map(len, entry["skills"].values())) == 4
        assert len(entry["aliases"]) == 1 and len(entry["leads_to"]) == 2


def test_campaigns_pay_by_day_and_hour_and_keep_totals_out(pages: Pages) -> None:
    for entry, text in pages["tempcampaign"]["election"]:
        assert [s["period"] for s in own_salaries(entry)] == ["day"]
        assert len(salary_owners(entry)) == 4
        training = re.search(r"Training session \(compulsory\): £([\d.]+)", text)
        assert training and float(training.group(1)) not in amounts(entry)
    for entry, text in pages["tempcampaign"]["census"]:
        assert {s["period"] for s in entry["salaries"]} == {"hour"}
        assert points(entry, region="London") and len(salary_owners(entry)) == 2
        total = re.search(r"earn up to £([\d,]+) over the campaign", text)
        assert total and money(total.group(1)) not in amounts(entry)
        assert len(entry["optional"]) == 2


def test_negotiation_articles_give_anecdote_offers_their_owners(pages: Pages) -> None:
    for entry, text in pages["negotiation"]["blog"]:
        assert len([s for s in own_salaries(entry) if s.get("level")]) == 4
        assert point_regions(entry) == {"UK"} and len(salary_owners(entry)) == 3
        cpd = re.search(r"CPD allowance \(£([\d,]+) is typical\)", text)
        assert cpd and money(cpd.group(1)) not in amounts(entry)
    for entry, text in pages["negotiation"]["qa"]:
        assert points(entry, level="Senior") and len(point_regions(entry)) == 1
        assert len(salary_owners(entry)) == 1 and " → " in text
        bonus = re.search(r"Ignore the £([\d,]+) sign-on bonus", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
