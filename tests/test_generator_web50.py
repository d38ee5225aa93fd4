"""The generator's six page families of held-back set 50 (benchmarks/web_families50.py).

Slovenian and Icelandic postings read through a browser translator, DACUM occupational analysis
charts, employers' replies to a pay information request under the EU Pay Transparency
Directive, TUPE transfer measures letters and shift marketplace apps' listings: each family's
page carries the structure it imitates in every variant, the variants are all drawn, the truth
holds exactly the facts the page prints (a perfect extraction scores one), and a "neto" beside
a "bruto", the *regres*, *malica*, the calculator's example, the stimulation, accommodation,
holiday and December bonuses, total wages with overtime, an industry's average, the monthly
figure a day wage works out about, pay by the trip, gear and housing, percentiles, shift
premiums, the requester's monthly or hourly equivalent, a "work of equal value" average, an
agency's invoice rate, the National Living Wage, enhancements, allowances, standby, boosts,
estimated totals, rates incl. holiday pay, peak bonuses and fees stay out of the truth, while
trial, student, summer, certification-level, entry, apprentice, Senior, bank, days, nights,
tier and permanent rates are the role's own at their level and other titles' figures keep
their owners.
"""

from __future__ import annotations

import re
from typing import Any

from benchmarks.web_families50 import FAMILY50_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "slovenianmt": {"office": r"^Google Translate · Slovenian ➝ English",
                    "season": r"^Translated from Slovenian by Google"},
    "icelandicmt": {"plant": r"^Icelandic → English · translated by Google",
                    "tours": r"^Google Translate: Icelandic to English"},
    "dacumchart": {"chart": r"^DACUM Research Chart for$",
                   "export": r"^DACUM PROFILE :: "},
    "payinforeply": {"portal": r"^Cases › HR-\d+ · Pay transparency",
                     "letter": r"^📄 Beloningsinformatie-antwoord\.pdf"},
    "tupeletter": {"contractor": r"^Reply slip — ", "intranet": r"^\S+ · staff intranet   Home"},
    "shiftapp": {"us": r"^← Back to results$", "uk": r"^‹ Back to .+ shifts$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY50_LAYOUTS, another_seed=gv.SHARED_SEED + 29,
                optional_printed=True)


def own_or_at(entry: dict[str, Any], region: str) -> set[float]:
    """The role's own figures at ``region``; a similar row's figure that equals another of the
    role's own figures (a level's rate, the board's point) is one fact, recorded once without
    the row's town (`_salary` keeps a figure stated twice once), so those count too."""
    return gv.points(entry, region=region) | {float(s["min"]) for s in gv.own_salaries(entry)
                                               if s["min"] is not None and s["min"] == s["max"]}


def levels(entry: dict[str, Any]) -> set[str]:
    """The levels of the role's own salaries."""
    return {str(s.get("level")) for s in gv.own_salaries(entry) if s.get("level")}


def currencies(entry: dict[str, Any]) -> set[str]:
    """The currencies of the truth entry's salaries."""
    return {str(s["currency"]) for s in entry["salaries"]}


def floors(entry: dict[str, Any]) -> list[dict[str, Any]]:
    """The truth entry's open-ended floors ("from N")."""
    return [s for s in entry["salaries"] if s.get("open_ended")]


def test_slovenian_postings_pay_the_bruto_or_a_lone_neto_and_no_allowance(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "slovenianmt"):
        assert currencies(entry) == {"EUR"} and len(entry["aliases"]) == 1
        assert entry["aliases"][0].upper() in text and len(entry["sectors"]) == 1
        assert len(entry["employers"]) == 1 and len(entry["transitions_to"]) == 1
        assert len(entry["moves_in"]) == 2 and len(gv.point_regions(entry)) == 1
        assert re.search(r"^About (the employer|us)\S", text, re.M)
        assert re.search(r"^Career with us\S", text, re.M)
    for entry, text in pages["slovenianmt"]["office"]:
        assert levels(entry) == {"Trial period"} and len(gv.salary_owners(entry)) == 3
        assert len(floors(entry)) == 1 and floors(entry)[0].get("belongs_to")
        assert len(entry["ladder"][0]) == 4
        gv.absent(entry, text, r"\(about (\d[\d.]*) – \d[\d.]* EUR neto\)", comma=True)
        gv.absent(entry, text, r"holiday pay \(regres\) of (\d[\d.]*) EUR", comma=True)
        gv.absent(entry, text, r"\(malica\) refunded at (\d+,\d\d) EUR", comma=True)
        gv.absent(entry, text, r"more than (\d[\d.]*) EUR\.", comma=True)
        gv.absent(entry, text, r"calculator: (\d[\d.]*) EUR bruto", comma=True)
        gv.absent(entry, text, r"EUR bruto → (\d[\d.]*) EUR neto", comma=True)
        agreed = re.search(r"^(.+) · Kranj · by agreement$", text, re.M)
        assert agreed and agreed[1] in entry["optional"]
        assert re.search(r" · \d\.\d{3} – 2\.5$", text, re.M)  # a similar ad cut off
    for entry, text in pages["slovenianmt"]["season"]:
        assert levels(entry) == {"Student work"} and "bruto" not in text
        hourly = [s for s in entry["salaries"] if s["period"] == "hour"]
        assert len(hourly) == 1 and hourly[0]["level"] == "Student work"
        same = re.search(rf"^{re.escape(entry['title'])} · (.+) · (\d[\d.]*) EUR net$", text,
                         re.M)
        assert same and gv.decimal_comma(same[2]) in own_or_at(entry, same[1])
        gv.absent(entry, text, r"end of the season \((\d[\d.]*) EUR\)", comma=True)
        gv.absent(entry, text, r"staff room for (\d+) EUR", comma=True)
        gv.absent(entry, text, r"offer is over (\d[\d.]*) EUR", comma=True)
        assert re.search(r" · 1\.2$", text, re.M)


def test_icelandic_postings_pay_the_base_salary_and_the_day_wages_not_bonuses(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "icelandicmt"):
        assert currencies(entry) == {"ISK"} and len(entry["aliases"]) == 1
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
        assert len(entry["transitions_to"]) == 1 and len(entry["moves_in"]) == 2
        assert len(gv.point_regions(entry)) == 1
    for entry, text in pages["icelandicmt"]["plant"]:
        assert levels(entry) == {"Summer work"} and len(gv.salary_owners(entry)) == 2
        assert [f.get("belongs_to") for f in floors(entry)] == ["Shift leader"]
        assert "Base salary (grunnlaun):" in text
        gv.absent(entry, text, r"orlofsuppbót \(holiday bonus\) (\d[\d.]*) kr\.", comma=True)
        gv.absent(entry, text, r"\(December bonus\) (\d[\d.]*) kr\.", comma=True)
        gv.absent(entry, text, r"the overtime about (\d[\d.]*) kr\.", comma=True)
        gv.absent(entry, text, r"the whole country: (\d[\d.]*) kr\.", comma=True)
        assert re.search(r" · 850\.000 – 9$", text, re.M)
    for entry, text in pages["icelandicmt"]["tours"]:
        assert len(levels(entry)) == 4 and "Assistant" in levels(entry)
        assert len(floors(entry)) == 1 and not floors(entry)[0].get("belongs_to")
        assert {s["period"] for s in gv.own_salaries(entry)} == {"day"}
        assert len(re.findall(r"^.+ \.{8} \d[\d.]* kr\./day$", text, re.M)) == 4
        gv.absent(entry, text, r"works out about (\d[\d.]*) kr\. per month", comma=True)
        gv.absent(entry, text, r"paid per trip, (\d[\d.]*) kr\.", comma=True)
        gv.absent(entry, text, r"gear allowance of (\d[\d.]*) kr\.", comma=True)
        gv.absent(entry, text, r"staff house costs (\d[\d.]*) kr\.", comma=True)
        gv.absent(entry, text, r"offer is above (\d[\d.]*) kr\.", comma=True)
        assert re.search(r" · 3$", text, re.M)


def test_dacum_charts_give_knowledge_and_tools_not_duties_and_the_median_not_percentiles(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "dacumchart"):
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 2
        assert len(entry["sectors"]) == 3 and "Entry" in levels(entry)
        assert len(gv.point_regions(entry)) == 1 and len(gv.salary_owners(entry)) == 1
        assert len(entry["skills"]["top"]) >= 9
        duties = re.findall(r"^(?:[A-C]  |DUTY [A-C]: )([^|\n]+?)(?:  \||$)", text, re.M)
        assert len(duties) == 3 and set(duties) <= set(entry["optional"])
        assert not set(duties) & set(entry["skills"]["top"])
    for entry, text in pages["dacumchart"]["chart"]:
        assert len(entry["aliases"]) == 2 and levels(entry) == {"Entry"}
        assert len(entry["ladder"][0]) == 3 and not entry["moves_in"]
        assert entry["title"].upper() in text.splitlines()
        third = re.findall(r"^.+, .+, (.+)$", text.split("Expert panel\n")[1], re.M)[2]
        assert third in entry["optional"] and third not in entry["employers"]
        gv.absent(entry, text, r"25th percentile \$(\d+\.\d\d)")
        gv.absent(entry, text, r"75th percentile \$(\d+\.\d\d)")
        gv.absent(entry, text, r"a premium of \$(\d+\.\d\d)")
    for entry, text in pages["dacumchart"]["export"]:
        assert len(entry["aliases"]) == 3 and levels(entry) == {"Entry", "Apprentice"}
        assert len(entry["ladder"][0]) == 4 and len(entry["moves_in"]) == 2
        military = re.search(r" and (military [\w ]+ jobs)\.$", text, re.M)
        assert military and military[1] in entry["optional"]
        gv.absent(entry, text, r"25th pct\. \$(\d+\.\d\d)")
        gv.absent(entry, text, r"75th pct\. \$(\d+\.\d\d)")
        gv.absent(entry, text, r"add \$(\d+\.\d\d)/hr as a shift premium")


def test_pay_replies_give_the_requesters_pay_and_averages_not_equal_value_or_agency_rates(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "payinforeply"):
        assert currencies(entry) == {"EUR"} and len(entry["employers"]) == 1
        assert len(entry["ladder"][0]) == 3 and len(gv.salary_owners(entry)) == 1
        assert any(level.startswith("Senior (") for level in levels(entry))
        assert len(entry["sectors"]) >= 1 and entry["transitions_to"]
    for entry, text in pages["payinforeply"]["portal"]:
        assert {s["period"] for s in entry["salaries"]} == {"year"}
        assert len(entry["aliases"]) == 2 and len(entry["moves_in"]) == 3
        assert len([s for s in gv.own_salaries(entry) if s.get("point")]) == 3
        gv.absent(entry, text, r"Work of equal value \(.+\): average €([\d,]+)")
        gv.absent(entry, text, r"which is €([\d,.]+) a month")
        gv.absent(entry, text, r"long-service award of €([\d,]+)")
    for entry, text in pages["payinforeply"]["letter"]:
        assert {s["period"] for s in entry["salaries"]} == {"month"}
        assert len(entry["aliases"]) == 1 and len(entry["moves_in"]) == 2
        assert len([s for s in gv.own_salaries(entry) if s.get("point")]) == 2
        gv.absent(entry, text, r"Work of equal value, .+: € (\d[\d.]*) on average", comma=True)
        gv.absent(entry, text, r", or € (\d+,\d\d) an hour", comma=True)
        gv.absent(entry, text, r"invoices us € (\d+,\d\d) an hour", comma=True)
        agency = re.search(r" an hour for an? (.+); that is the agency's price", text)
        assert agency and agency[1] in entry["optional"]


def test_tupe_letters_name_both_employers_and_the_new_title_and_pay_no_enhancement(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "tupeletter"):
        assert currencies(entry) == {"GBP"} and len(entry["employers"]) == 2
        assert len(entry["aliases"]) == 1 and len(entry["sectors"]) == 3
        assert len(entry["skills"]["top"]) == 4 and entry["transitions_to"]
    for entry, text in pages["tupeletter"]["contractor"]:
        assert levels(entry) == {"Days", "Nights"} and len(gv.salary_owners(entry)) == 3
        assert len(entry["leads_to"]) == 2 and not entry["ladder"]
        new = re.search(r"will call the post (.+) and proposes £(\d+(?:\.\d\d)?) an hour", text)
        assert new and new[1] in entry["aliases"]
        assert float(new[2]) in gv.points(entry, level="Days")
        client = re.search(r"^To: all .+ on the (.+) contract$", text, re.M)
        assert client and client[1] in entry["optional"]
        gv.absent(entry, text, r"National Living Wage of £(\d+\.\d\d)")
        gv.absent(entry, text, r"Weekend enhancement £(\d+(?:\.\d\d)?)")
        gv.absent(entry, text, r"standby £(\d+) a night")
    for entry, text in pages["tupeletter"]["intranet"]:
        assert "Casual relief (bank)" in levels(entry) and len(gv.salary_owners(entry)) == 1
        assert any(level.startswith("Senior (") for level in levels(entry))
        assert len(entry["ladder"][0]) == 3 and len(entry["moves_in"]) == 2
        own = re.search(r"pays its own .+ £(\d+(?:\.\d\d)?) per hour", text)
        assert own and float(own[1]) in {float(s["min"]) for s in gv.own_salaries(entry)}
        gv.absent(entry, text, r"first aid allowance \(£(\d+) per year\)")
        gv.absent(entry, text, r"standby at £(\d+) per night")


def test_shift_listings_pay_the_rate_and_tiers_not_boosts_totals_or_bonuses(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "shiftapp"):
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
        agency = re.search(r"(?:employer of record is|employed for these shifts by) (.+?)"
                           r"(?: \(agency\))?[.,]", text)
        assert agency and agency[1] in entry["optional"]
        assert not any(agency[1] in str(e) for e in entry["employers"])
        assert len(entry["moves_in"]) == 2
    for entry, text in pages["shiftapp"]["us"]:
        assert currencies(entry) == {"USD"} and levels(entry) == {"Gold Pro"}
        assert len(entry["leads_to"]) == 1 and len(gv.point_regions(entry)) == 1
        also = re.search(r"also work: \[(.+)\] \[(.+)\]$", text, re.M)
        assert also and {also[1], also[2]} <= set(entry["optional"])
        gv.absent(entry, text, r"\+\$([\d.]+)/hr boost")
        gv.absent(entry, text, r"Est\. total \$([\d,.]+)")
        gv.absent(entry, text, r"Parking reimbursed up to \$(\d+)")
        gv.absent(entry, text, r"Instant pay fee \$(\d+\.\d\d)")
    for entry, text in pages["shiftapp"]["uk"]:
        assert currencies(entry) == {"GBP"} and levels(entry) == {"Days", "Permanent"}
        assert len(entry["ladder"][0]) == 3 and len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"£(\d+(?:\.\d\d)?)/hr incl\. holiday pay")
        gv.absent(entry, text, r"peak bonus £(\d+) when")
        same = re.search(rf"^{re.escape(entry['title'])} · (.+) · £(\d+(?:\.\d\d)?)/hr$",
                         text, re.M)
        assert same and float(same[2]) in own_or_at(entry, same[1])
