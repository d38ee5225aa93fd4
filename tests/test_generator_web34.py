"""The generator's six page families of held-back set 34 (benchmarks/web_families34.py).

Dutch postings read through a translator, pay review chapters and salaries commissions'
advisories, careers fairs' exhibitor lists, returnship pages, flashcard sets and video pages:
each family's page carries the structure it imitates in every variant, the variants are all
drawn, the truth holds exactly the facts the page prints (a perfect extraction scores one),
and holiday allowances, travel-time compensation, supplements, weighting, allowances, shift
differentials, joining bonuses, reimbursements, percentile cards and retracted figures stay
out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families34 import FAMILY34_LAYOUTS

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
    "vacaturemt": {"site": r"^Salary check: ", "table": r"^CAO wage table"},
    "payreview": {"chapter": r"^Table \d+\.1 ", "advisory": r"^RE: ADVICE ON "},
    "exhibitorlist": {"website": r"^Exhibitors  ›  Filter: ", "booklet": r"^ROLE INDEX: "},
    "returnship": {"it": r"^Who can apply\?$", "faq": r"^\+ What is the pay\?$"},
    "flashcards": {"set": r"^Terms in this set", "stack": r"^\| Question "},
    "videodesc": {"watch": r"^MY NUMBERS ", "vlog": r"^PAY TALK "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY34_LAYOUTS, another_seed=SHARED_SEED + 13,
             optional_printed=True)


def test_translated_postings_keep_grades_and_the_salary_check(pages: Pages) -> None:
    for entry, text in pages["vacaturemt"]["site"]:
        assert all(s["currency"] == "EUR" and s["period"] == "month" for s in entry["salaries"])
        assert len(point_regions(entry)) == 2 and len(salary_owners(entry)) == 3
        assert len([s for s in own_salaries(entry) if s.get("level")]) == 2
        quartile = re.search(r"less than € ([\d.]+)", text)
        assert quartile and decimal_comma(quartile.group(1)) not in amounts(entry)
        assert text.startswith("Translated from: Dutch") and len(entry["moves_in"]) == 2
    for entry, text in pages["vacaturemt"]["table"]:
        hourly = [s for s in entry["salaries"] if s["period"] == "hour"]
        assert len(hourly) == 5 and len(salary_owners(entry)) == 2
        travel = re.search(r"compensation of € ([\d,]+)", text)
        assert travel and decimal_comma(travel.group(1)) not in amounts(entry)
        assert " | " in text and len(entry["ladder"][0]) == 5 and entry["transitions_to"]


def test_pay_reviews_read_each_point_alone(pages: Pages) -> None:
    for entry, text in pages["payreview"]["chapter"]:
        own = own_salaries(entry)
        assert len([s for s in own if s["min"] == s["max"] and not s.get("point")]) == 8
        assert len(points(entry, point=True)) == 2 and len(salary_owners(entry)) == 2
        extra = re.findall(r"\(£([\d,]+)\)", text)
        assert len(extra) == 2 and not {money(e) for e in extra} & amounts(entry)
        assert any("Pay Review Body" in n for n in entry["must_not_appear"])
    for entry, text in pages["payreview"]["advisory"]:
        assert all(s["currency"] == "KES" and s["period"] == "month" for s in entry["salaries"])
        assert points(entry, level="Senior") and points(entry, level="Principal")
        assert len(salary_owners(entry)) == 4 and len(entry["ladder"][0]) == 6
        allowances = re.findall(r"allowance \(KES ([\d,]+)\)", text)
        assert len(allowances) == 3 and not {money(a) for a in allowances} & amounts(entry)
        assert "|---|" in text and "consolidated stipend" in text


def test_exhibitor_lists_give_each_opening_its_owner(pages: Pages) -> None:
    for entry, text in pages["exhibitorlist"]["website"]:
        assert points(entry, level="Graduate") and len(salary_owners(entry)) == 2
        assert [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(entry["employers"]) == 3 and " → " in text
        assert sum(1 for n in entry["must_not_appear"] if n in text) >= 4
    for entry, text in pages["exhibitorlist"]["booklet"]:
        assert points(entry, level="Trainee") and len(point_regions(entry)) == 1
        assert len(salary_owners(entry)) == 2 and len(entry["optional"]) == 3
        shift = re.search(r"differential \$([\d.]+)/hr", text)
        assert shift and money(shift.group(1)) not in amounts(entry)
        assert re.search(r"page \d+$", text.splitlines()[0]) and "ⓘ" in text


def test_returnships_keep_bonuses_out(pages: Pages) -> None:
    for entry, text in pages["returnship"]["it"]:
        assert {s["period"] for s in own_salaries(entry)} == {"month", "year"}
        assert points(entry, level="Senior") and len(salary_owners(entry)) == 1
        bonus = re.search(r"Joining bonus ₹([\d,]+); creche reimbursement up to ₹([\d,]+)", text)
        assert bonus and not {money(b) for b in bonus.groups()} & amounts(entry)
        assert " LPA" in text and len(entry["moves_in"]) == 2
    for entry, text in pages["returnship"]["faq"]:
        assert len(own_salaries(entry)) == 3 and points(entry, level="Trainee")
        assert len(salary_owners(entry)) == 1 and "(for comparison)" in text
        home = re.search(r"£(\d+) home-working allowance", text)
        assert home and money(home.group(1)) not in amounts(entry)
        assert text.count("\n+ ") >= 4 and len(entry["transitions_to"]) == 2


def test_flashcards_keep_percentiles_and_other_titles_apart(pages: Pages) -> None:
    for entry, text in pages["flashcards"]["set"]:
        assert len(points(entry, point=True)) == 4 and len(salary_owners(entry)) == 2
        assert {s["period"] for s in own_salaries(entry)} == {"year", "hour"}
        top = re.search(r"more than \$([\d,]+)", text)
        assert top and money(top.group(1)) not in amounts(entry)
        assert "\t" in text and " → " in text and len(entry["optional"]) == 2
    for entry, text in pages["flashcards"]["stack"]:
        assert len(point_regions(entry)) == 1 and len(salary_owners(entry)) == 1
        assert len(entry["sectors"]) == 2 and "%)" in text
        assert len(entry["ladder"][0]) == 4 and len(entry["transitions_to"]) == 2


def test_video_pages_keep_retracted_figures_out(pages: Pages) -> None:
    for entry, text in pages["videodesc"]["watch"]:
        assert {s["period"] for s in own_salaries(entry)} == {"day", "year"}
        assert points(entry, level="Trainee") and points(entry, level="Senior")
        assert len(point_regions(entry)) == 0 and len(salary_owners(entry)) == 1
        wrong = re.search(r"I said £(\d+)", text)
        assert wrong and money(wrong.group(1)) not in amounts(entry)
        assert [s for s in entry["salaries"] if s.get("region") and s["currency"] == "USD"]
    for entry, text in pages["videodesc"]["vlog"]:
        assert all(s["period"] == "hour" for s in entry["salaries"])
        assert points(entry, level="Lead") and len(salary_owners(entry)) == 3
        extra = re.search(r"\+\$([\d.]+)/hr on weekend", text)
        assert extra and money(extra.group(1)) not in amounts(entry)
        assert len({s["region"] for s in entry["salaries"] if s.get("region")}) == 2
