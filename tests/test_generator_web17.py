"""The generator's six page families of held-back set 17 (benchmarks/web_families17.py).

Salary-by-city pages, machine-translated Japanese occupation pages, volunteer role listings,
member-directory profiles, "day in the life" diaries and Q&A question pages: each family's
page carries the structure it imitates in every variant, the variants are all drawn, the
truth holds exactly the facts the page prints (a perfect extraction scores one), and
cost-of-living equivalents, allowances, prices per test, perks, head counts and the asker's
own pay stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families17 import FAMILY17_LAYOUTS

from generator_variants import Pages, amounts, every, family_tests, money

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "citypay": {"table": r"^City/Area \|$", "glued": r"^Average base salary$"},
    "jobtagjp": {"facility": r"^video: \d", "route": r"Starting salary for high school"},
    "volunteerrole": {"uk": r"^What we're looking for$", "us": r"^CAUSE AREAS$"},
    "memberdirectory": {"consultant": r"^Career history$",
                        "interpreter": r"^LANGUAGE COMBINATION$"},
    "dayinlife": {"hospital": r"^\d+:\d\d[ap]m – ", "resort": r"^\d+:\d\d [AP]M[A-Z]"},
    "qanda": {"quora": r"^Quora$", "stack": r"^Stack Exchange "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY17_LAYOUTS, optional_printed=True)


def test_city_pages_give_each_city_the_role_and_keep_living_costs_out(pages: Pages) -> None:
    for entry, text in pages["citypay"]["table"]:
        cities = re.findall(r"^\| (\d+) \|\n(.+)\n\|\n\$([\d,]+) \|\n\$([\d,]+) \| ", text, re.M)
        assert len(cities) == 6, entry["file"]  # one cell a line, " |" ends
        for _, city, avg, entry_level in cities:
            mine = {(s["min"], s.get("level")) for s in entry["salaries"]
                    if s.get("region") == city}
            assert mine == {(money(avg), None), (money(entry_level), "Entry")}
        living = re.search(r"would need about \$([\d,]+) in .+ but only \$([\d,]+) in", text)
        assert living and not {money(g) for g in living.groups()} & amounts(entry)
        assert all(s["currency"] == "USD" for s in entry["salaries"])
    for entry, text in pages["citypay"]["glued"]:
        month = re.search(r"^₱([\d,]+)per month$", text, re.M)
        assert month and 12 * money(month.group(1)) in amounts(entry)  # the annual equivalent
        assert re.search(r"Region₱[\d,]+per month\d+ salaries reported$", text, re.M)
        faq = re.search(r"^Is ₱([\d,]+) a good salary", text, re.M)
        assert faq and not {2000.0, money(faq.group(1))} & amounts(entry)  # allowance, question
        assert all(s["currency"] == "PHP" for s in entry["salaries"])


def test_japanese_pages_read_man_yen_and_keep_allowances_out(pages: Pages) -> None:
    for entry, text in every(pages, "jobtagjp"):
        man = re.search(r"^(\d+(?:\.\d)?)万円$", text, re.M)
        region = re.search(r"\((\w+): (\d+(?:\.\d+)?) million yen\)", text)
        assert man and region
        own = {(s["min"], s.get("region")) for s in entry["salaries"] if s["period"] == "year"}
        assert own == {(round(float(man.group(1)) * 10_000), "National"),
                       (round(float(region.group(2)) * 1_000_000), region.group(1))}
        rows = re.findall(r"^(.+) \d\.\d\d$", text, re.M)
        assert rows and set(rows) <= {s for kind in entry["skills"].values() for s in kind}
        assert all(s["currency"] == "JPY" for s in entry["salaries"])
        assert f"Certified {text.split(' > ')[2]} Practitioner" in entry["optional"]
    for entry, text in pages["jobtagjp"]["facility"]:
        assert "9,000 yen per month" in text and 9000 not in amounts(entry)
        assert any(s["period"] == "hour" for s in entry["salaries"])
    for entry, text in pages["jobtagjp"]["route"]:
        assert "2,500 yen per time" in text and 2500 not in amounts(entry)
        assert len([s for s in entry["salaries"] if s.get("level") == "Entry"]) == 2
    assert {"¥" in t for _, t in every(pages, "jobtagjp")} == {True, False}  # "¥1,180", "1,180 yen"


def test_volunteer_roles_are_unpaid_and_paid_posts_own_their_figures(pages: Pages) -> None:
    for entry, _ in every(pages, "volunteerrole"):
        assert entry["salaries"] and all(s.get("belongs_to") for s in entry["salaries"])
        assert len(entry["employers"]) == 1
    for entry, _ in pages["volunteerrole"]["us"]:
        assert not entry["sectors"]
    for entry, text in pages["volunteerrole"]["uk"]:
        # the organisation's own kind ("… is a registered charity") is the role's one sector
        assert entry["sectors"] == ["registered charity"] and "is a registered charity" in text
        glued = text.split("What we're looking for\n")[1].splitlines()[0]
        assert glued == "".join([*entry["skills"]["top"][3:], *entry["skills"].get("soft", [])])
        assert re.search(r"^Time commitmentOne \d-hour shift", text, re.M)
        assert entry["aliases"] == [f"Volunteer {entry['title']}"]  # the heading's form
    for entry, text in pages["volunteerrole"]["us"]:
        allowance = re.search(r"living allowance of \$([\d,]+) per month", text)
        assert allowance and money(allowance.group(1)) not in amounts(entry)
        assert any(s.get("region", "").endswith(" County") for s in entry["salaries"])


def test_directory_profiles_read_the_history_earliest_first_and_keep_prices_out(
        pages: Pages) -> None:
    for entry, text in every(pages, "memberdirectory"):
        assert not entry["leads_to"] and not entry["transitions_to"]
        for ladder in entry["ladder"]:
            assert ladder[-1] == entry["title"]
            at = [text.index(f"  {name}, ") for name in ladder]
            assert at == sorted(at, reverse=True)  # printed newest first
    for entry, text in pages["memberdirectory"]["consultant"]:
        fees = re.search(r"^Day rate £([\d,]+) \(expert witness work £([\d,]+) an hour\)\. Site "
                         r"test from £([\d,]+) per visit; full assessment report from £([\d,]+)",
                         text, re.M)
        assert fees
        day, hour, test, report = (money(g) for g in fees.groups())
        assert {(s["min"], s["period"]) for s in entry["salaries"]} >= {(day, "day"),
                                                                         (hour, "hour")}
        assert not {test, report} & amounts(entry)
        assert any(s.get("level") == "Principal" for s in entry["salaries"])
    for entry, text in pages["memberdirectory"]["interpreter"]:
        half = re.search(r"^Half day: CHF ([\d,]+) · Travel day: 50%", text, re.M)
        assert half and money(half.group(1)) not in amounts(entry)
        assert {s["currency"] for s in entry["salaries"]} == {"CHF", "EUR"}
        assert {"French", "English", "German"} <= set(entry["optional"])
        assert re.search(r"^Eurozone assignments: (EUR |€)[\d,]+ per day$", text, re.M)
        staff = [s for s in entry["salaries"] if s.get("belongs_to")]
        assert len(staff) == 1 and staff[0]["belongs_to"] == f"Staff {entry['title']}"


def test_diaries_pay_by_level_and_keep_allowances_and_perks_out(pages: Pages) -> None:
    for entry, _ in every(pages, "dayinlife"):
        assert len(entry["employers"]) == 1 and not entry["sectors"]
    for entry, text in pages["dayinlife"]["hospital"]:
        assert len(re.findall(r"^\d+:\d\d[ap]m – ", text, re.M)) == 8
        assert "$48 a night" in text and 48 not in amounts(entry)
        assert any(s.get("level") == "Trainee" for s in entry["salaries"])
        assert all(s["currency"] == "NZD" for s in entry["salaries"])
    notations = {"NZ$" in t for _, t in pages["dayinlife"]["hospital"]}
    assert notations == {True, False}  # "NZ$" on some pages, a bare "$" on the others
    for entry, text in pages["dayinlife"]["resort"]:
        assert len(re.findall(r"^\d+:\d\d [AP]M[A-Z]", text, re.M)) == 8  # time glued
        levels = sorted(s["min"] for s in entry["salaries"]
                        if s.get("level", "").startswith("Level "))
        assert len(levels) == 3 and levels[1] - levels[0] > 2 and levels[2] - levels[1] > 2
        assert "$480 a month" in text and 480 not in amounts(entry)
        assert all(s["currency"] == "CAD" and s["period"] == "hour"
                   for s in entry["salaries"])


def test_question_pages_keep_the_askers_pay_and_sponsors_out(pages: Pages) -> None:
    for entry, text in pages["qanda"]["quora"]:
        grades = {s.get("level") for s in entry["salaries"] if s.get("region") == "DC area"}
        assert grades == {"G-7", "G-9", "G-11", "G-12"}
        assert "free $49 diagnostic" in text and 49 not in amounts(entry)
        assert any(s.get("belongs_to", "").endswith(" Advisor") for s in entry["salaries"])
    for entry, text in pages["qanda"]["stack"]:
        asked = re.search(r"I'm working as a (.+) at a mid-size firm in Toronto \(about \$([\d,]+)",
                          text)
        assert asked and asked.group(1) in entry["optional"]
        assert {"min": money(asked.group(2)), "max": money(asked.group(2)), "currency": "CAD",
                "period": "year", "point": True, "belongs_to": asked.group(1)} in entry["salaries"]
        assert re.search(r"Mar 5 at 18:02$", text, re.M)
        assert any(s.get("level") == "FI-2" for s in entry["salaries"])
        assert all(s["currency"] == "CAD" for s in entry["salaries"])
