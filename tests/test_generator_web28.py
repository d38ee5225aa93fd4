"""The generator's six page families of held-back set 28 (benchmarks/web_families28.py).

Easy-read job guides, prevailing wage determinations, Turkish postings read through a browser
translator, prison and reentry job sheets, careers action plans and exit survey responses:
each family's page carries the structure it imitates in every variant, the variants are all
drawn, the truth holds exactly the facts the page prints (a perfect extraction scores one),
and tips, penalty rates, fringes, foreman premiums, minimum-wage notes, meal cards, shift
premiums, van money, per diems, car allowances, transit passes, super and night
differentials stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families28 import FAMILY28_LAYOUTS

from generator_variants import SHARED_SEED, Pages, amounts, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "easyread": {"booklet": r"^Easy read job guide - ", "sheet": r"^A job guide in Easy English$"},
    "wagedet": {"federal": r"^General Decision Number: ", "state": r"^Apprentice wage schedule \("},
    "trmt": {"board": r"^GENERAL QUALIFICATIONS$", "factory": r"^Career path: "},
    "resettle": {"prison": r"^JOB INFORMATION SHEET: ", "reentry": r"^PATHWAY: "},
    "actionplan": {"email": r"^Subject: Your careers action plan",
                   "casefile": r"^1\. EMPLOYMENT GOALS$"},
    "exitform": {"hris": r"^HR NOTES \(internal\)$", "gforms": r"^Position title \*$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY28_LAYOUTS, another_seed=SHARED_SEED + 8,
             optional_printed=True)


def test_easy_read_guides_read_pay_in_words_and_keep_tips_out(pages: Pages) -> None:
    for entry, text in pages["easyread"]["booklet"]:
        pence = re.search(r"about £(\d+) and (\d+)p for each hour", text)
        assert pence and float(f"{pence.group(1)}.{int(pence.group(2)):02d}") in points(
            entry, period="hour")
        tips = re.search(r"You might get about £(\d+) a week", text)
        assert tips and money(tips.group(1)) not in amounts(entry)
        assert len(entry["ladder"][0]) == 3 and len(entry["transitions_to"]) == 2
        assert len(entry["aliases"]) == 2
    for entry, text in pages["easyread"]["sheet"]:
        assert [s["period"] for s in entry["salaries"]] == ["hour", "year"]
        sunday = re.search(r"On a Sunday you might get \$([\d.]+) an hour", text)
        assert sunday and money(sunday.group(1)) not in amounts(entry)
        assert "↓" in text and len(entry["ladder"][0]) == 3 and len(entry["moves_in"]) == 2


def test_wage_determinations_give_other_classifications_their_rates(pages: Pages) -> None:
    for entry, text in pages["wagedet"]["federal"]:
        zones = [s for s in entry["salaries"] if s.get("region", "").startswith("Zone")]
        assert len(zones) == 2 and not any(s.get("belongs_to") for s in zones)
        assert len([s for s in entry["salaries"] if s.get("belongs_to")]) == 5
        fringes = re.findall(r"\$ [\d.]+(?: \*\*)? +([\d.]+)$", text, re.M)
        assert fringes and not {money(f) for f in fringes} & amounts(entry)
        premium = re.search(r"Foreman: \$([\d.]+) per hour", text)
        floor = re.search(r"at least \$([\d.]+) per hour", text)
        assert premium and floor
        assert {money(premium.group(1)), money(floor.group(1))}.isdisjoint(amounts(entry))
        assert entry["ladder"][0] == [f"Apprentice {entry['title']}", entry["title"]]
    for entry, _ in pages["wagedet"]["state"]:
        steps = [s for s in entry["salaries"] if s.get("level", "").startswith("Apprentice")]
        assert len(steps) == 4 and not any(s.get("belongs_to") for s in steps)
        assert len([s for s in entry["salaries"] if s.get("belongs_to")]) == 2


def test_turkish_pages_read_dot_thousands_and_keep_benefits_out(pages: Pages) -> None:
    for entry, text in pages["trmt"]["board"]:
        band = re.search(r"^([\d.]+)(?: TL)? ?- ?([\d.]+) TL \(Net / Monthly\)$", text, re.M)
        assert band and any(s["min"] == money(band.group(1).replace(".", ""))
                            and not s.get("belongs_to") for s in entry["salaries"])
        meal = re.search(r"Meal card \((\d+) TL daily\)", text)
        assert meal and money(meal.group(1)) not in amounts(entry)
        assert entry["leads_to"] and len(entry["moves_in"]) == 2 and entry["skills"]["soft"]
        assert all(s["currency"] == "TRY" for s in entry["salaries"])
    for entry, text in pages["trmt"]["factory"]:
        gross = re.search(r"Gross ([\d.]+) TL for the beginning", text)
        assert gross and money(gross.group(1).replace(".", "")) in points(entry, point=True)
        shift = re.search(r"Shift premium ([\d.]+) TL", text)
        assert shift and money(shift.group(1).replace(".", "")) not in amounts(entry)
        assert len(entry["ladder"][0]) == 3 and len(entry["aliases"]) == 2
        trainer = re.search(r"trained by our (.+?) for two weeks", text)
        assert trainer and trainer.group(1) in entry["must_not_appear"]


def test_job_sheets_give_prison_pay_to_the_prison_job(pages: Pages) -> None:
    for entry, text in pages["resettle"]["prison"]:
        weekly = [s for s in entry["salaries"] if s["period"] == "week"]
        assert len(weekly) == 1 and weekly[0]["belongs_to"] in entry["moves_in"]
        assert points(entry, level="Improver", period="day")
        van = re.search(r"a van or £(\d+) a week", text)
        assert van and money(van.group(1)) not in amounts(entry)
        assert {"ROTL", "DBS"} <= set(entry["must_not_appear"])
    for entry, text in pages["resettle"]["reentry"]:
        assert len(entry["ladder"]) == 2 and entry["ladder"][1][1] == entry["title"]
        assert points(entry, level="median", period="year")
        diem = re.search(r"per diem of \$(\d+)/day", text)
        assert diem and money(diem.group(1)) not in amounts(entry)
        shop = [s for s in entry["salaries"] if s.get("belongs_to") in entry["moves_in"]]
        assert len(shop) == 1 and shop[0]["min"] < 2


def test_action_plans_read_the_clients_route_and_rule_out_options(pages: Pages) -> None:
    for entry, text in pages["actionplan"]["email"]:
        assert len(entry["ladder"]) == 2 and entry["ladder"][0][-1] == entry["title"]
        ruled = re.search(r"ruled out training as a (.+?) for now", text)
        assert ruled and ruled.group(1) in entry["must_not_appear"]
        car = re.search(r"car allowance of £([\d,]+)", text)
        assert car and money(car.group(1)) not in amounts(entry)
        assert points(entry, period="day", point=True)
    for entry, text in pages["actionplan"]["casefile"]:
        backup = re.search(r"Back-up plan: (.+?) \(", text)
        assert backup and backup.group(1) in entry["must_not_appear"]
        assert backup.group(1) not in entry["leads_to"] + entry["transitions_to"]
        assert points(entry, level="median") and entry["leads_to"]
        transit = re.search(r"Transit pass \$([\d.]+)", text)
        assert transit and money(transit.group(1)) not in amounts(entry)


def test_exit_responses_give_the_new_job_its_pay_and_keep_extras_out(pages: Pages) -> None:
    for entry, text in pages["exitform"]["hris"]:
        new = entry["leads_to"][0]
        assert points(entry, belongs_to=new) and entry["ladder"][0][1] == entry["title"]
        sup = re.search(r"\+ super \(\$([\d,]+)\)", text)
        assert sup and money(sup.group(1)) not in amounts(entry)
        assert any(s.get("level", "").startswith("Band") for s in entry["salaries"])
    for entry, _ in every(pages, "exitform"):
        assert entry["employers"] and len(entry["optional"]) >= 1
    for entry, text in pages["exitform"]["gforms"]:
        assert points(entry, belongs_to=entry["transitions_to"][0], period="hour")
        night = re.search(r"night differential \(\$([\d.]+)/hr\)", text)
        assert night and money(night.group(1)) not in amounts(entry)
        assert entry["leads_to"][0].startswith("Lead ") and len(entry["moves_in"]) == 1
