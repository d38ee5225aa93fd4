"""The generator's six page families of held-back set 24 (benchmarks/web_families24.py).

French public-service pay grids read through a browser translator, military-to-civilian
translator results, job-seekers' cover letters, pay league tables of employers, internship
and vacation programs and step salary schedules: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and net pay, bonuses, stipends, allowances,
per diem, one-sided deciles, wished-for figures and legal minimum wages stay out of the
role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families24 import FAMILY24_LAYOUTS

from generator_variants import Pages, amounts, decimal_comma, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "grillemt": {"portal": r"^Expected skills: ",
                 "union": r"^(?:Step|Echelon|Level) 1 : IB \d+ / IM \d+"},
    "miltranslator": {"search": r"^Civilian occupation +\| Median hourly",
                      "skills": r"^Step 2 of 3: "},
    "coverletter": {"posted": r"^Re: ", "email": r"^Subject: "},
    "leaguetable": {"firms": r"^Rank \| ", "grocery": r"^AT A GLANCE$"},
    "internship": {"program": r"^Academic standing +Hourly rate$",
                   "vacation": r"^We acknowledge the Traditional Owners"},
    "stepschedule": {"district": r"^STEP +(?:CLASS I|LANE A|COLUMN 1)\b",
                     "city": r"^\| Class Code \|"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY24_LAYOUTS, optional_printed=True)


def test_french_grids_read_french_notation_and_keep_net_and_bonuses_out(pages: Pages) -> None:
    for entry, text in every(pages, "grillemt"):
        assert all(s["currency"] == "EUR" for s in entry["salaries"])
        assert entry["aliases"] and entry["aliases"][0] in text  # the French title
    for entry, text in pages["grillemt"]["portal"]:
        # (a cell of whole euros prints no cents: "1 915 €")
        cells = re.findall(r"^\d+ \| \d+ \| \d+ \| [^|]+ \| ([\d ]+(?:,\d\d)?) €$", text,
                           re.M)
        assert len(cells) >= 15
        assert {decimal_comma(c) for c in cells} <= points(entry, period="month")
        assert {"principal 2nd class", "principal 1st class"} <= {
            s.get("level") for s in entry["salaries"]}
        net = re.search(r"or about ([\d ]+,\d\d) € net per month", text)
        assert net and decimal_comma(net.group(1)) not in amounts(entry)
        ifse = re.search(r"IFSE varies from ([\d ]+) € to ([\d ]+) €", text)
        assert ifse and not {decimal_comma(g) for g in ifse.groups()} & amounts(entry)
        yearly = re.search(r"receives ([\d ]+) € gross per year", text)
        assert yearly and decimal_comma(yearly.group(1)) in points(entry, period="year")
    for entry, text in pages["grillemt"]["union"]:
        second = entry["ladder"][0][-1]
        owned = points(entry, belongs_to=second)
        rows = re.findall(r"^(?:Step|Echelon|Level) \d+ : IB \d+ / IM \d+.* – ([\d ]+,\d\d) € "
                          r"gross$", text, re.M)
        assert owned and {decimal_comma(r) for r in rows} <= amounts(entry)
        isf = re.search(r"the ISF \(about ([\d ]+(?:,\d\d)?) €", text)
        assert isf and decimal_comma(isf.group(1)) not in amounts(entry)
        mine = re.search(r"I receive ([\d ]+,\d\d) € gross", text)
        assert mine and decimal_comma(mine.group(1)) in points(entry, point=True) - owned


def test_military_translators_move_codes_in_and_keep_other_careers_apart(pages: Pages) -> None:
    for entry, text in every(pages, "miltranslator"):
        assert len(entry["moves_in"]) >= 2 and entry["aliases"]
        top = re.search(r"(?:Top 10% earn|more than) \$([\d,.]+)", text)
        assert top and money(top.group(1)) not in amounts(entry)  # one-sided
    for entry, text in pages["miltranslator"]["search"]:
        rows = re.findall(r"^(.+?) +\| \$([\d.]+) \| \$([\d,]+) \| ", text, re.M)
        assert rows[0][0] == entry["title"]
        for name, hourly, _ in rows[1:]:
            assert name in entry["optional"] and float(hourly) in points(entry, belongs_to=name)
        states = re.findall(r"^(\w+) +\$([\d,]+)   [A-Z]{2}$", text, re.M)
        for state, value in states:
            assert money(value) in points(entry, region=state)
    for entry, text in pages["miltranslator"]["skills"]:
        column = re.search(r"^(.+?) +➜ (?!Civilian wording)", text, re.M)
        assert column and column.group(1).strip() in entry["optional"]
        lead = re.search(r"Austin, TX · \$([\d,.]+) an hour", text)
        assert lead and money(lead.group(1)) in points(entry, level="Lead")


def test_cover_letters_keep_wishes_allowances_and_per_diem_out(pages: Pages) -> None:
    for entry, _ in every(pages, "coverletter"):
        ladder = entry["ladder"][0]
        assert ladder[-1] == entry["title"] and len(ladder) == 3  # oldest first, the role last
        assert len(entry["employers"]) == 2 and entry["leads_to"]
    for entry, text in pages["coverletter"]["posted"]:
        assert all(s["currency"] == "GBP" for s in entry["salaries"])
        wish = re.search(r"would ideally hope for £([\d,]+)", text)
        cpd = re.search(r"CPD allowance of £([\d,]+)", text)
        assert wish and cpd and not {money(wish.group(1)), money(cpd.group(1))} & amounts(entry)
        now = re.search(r"I currently earn £([\d,]+)", text)
        assert now and money(now.group(1)) in points(entry, point=True)
    for entry, text in pages["coverletter"]["email"]:
        diem = re.search(r"plus (?:a )?\$([\d,.]+) (?:per diem|monthly travel allowance)", text)
        assert diem and money(diem.group(1)) not in amounts(entry)
        chief = re.search(r"move up to (.+?) at \$([\d.]+)/hr", text)
        assert chief and float(chief.group(2)) in points(entry, belongs_to=chief.group(1))
        cv = text[text.index("EXPERIENCE"):].splitlines()[1:]
        assert [line.split(" — ")[0] for line in cv] == entry["ladder"][0][::-1]


def test_league_tables_pay_every_ranked_employer_and_keep_benchmarks_out(pages: Pages) -> None:
    for entry, text in pages["leaguetable"]["firms"]:
        ranked = re.findall(r"^(?:\d+=?|–) \| (.+?) \| ", text, re.M)
        assert len(ranked) == 6 and set(ranked) == set(entry["employers"])
        assert re.search(r"^2= \|.*\n2= \|", text, re.M)  # a tie
        for value in re.findall(r"^\d+=? \| .+? \| £([\d,]+)\*? \|", text, re.M):
            assert money(value) in points(entry, region="London")
        floor = re.search(r"for the profession stays at £([\d,]+)", text)
        assert floor and any(s["min"] == money(floor.group(1)) and s.get("open_ended")
                             for s in entry["salaries"])
    for entry, text in pages["leaguetable"]["grocery"]:
        assert all(s["currency"] == "GBP" and s["period"] == "hour" for s in entry["salaries"])
        wage = re.search(r"National Living Wage is £([\d.]+)", text)
        assert wage and float(wage.group(1)) not in amounts(entry)
        for rate, london in re.findall(r"^\d+=?\. .+ – £([\d.]+) an hour \(£([\d.]+) inside "
                                       r"the M25\)$", text, re.M):
            assert float(rate) in points(entry, point=True)
            assert float(london) in points(entry, region="London")
        shared = re.search(r"the rate is for .+ and (.+?) alike", text)
        assert shared and points(entry, belongs_to="Deputy Store Manager")


def test_internships_pay_the_learner_levels_and_keep_stipends_out(pages: Pages) -> None:
    for entry, text in pages["internship"]["program"]:
        rows = re.findall(r"^(Rising \w+|Graduate student) +\$([\d.]+)$", text, re.M)
        assert len(rows) == 4
        assert {float(r) for _, r in rows} == points(entry, level="Intern")
        stipend = re.search(r"\$([\d,]+) housing stipend and a \$([\d,]+) gear", text)
        assert stipend and not {money(stipend.group(1)), money(stipend.group(2))} & amounts(
            entry)
        assert any(s.get("level") == "Staff" and s["max"] for s in entry["salaries"])
    for entry, text in pages["internship"]["vacation"]:
        assert all(s["currency"] == "AUD" for s in entry["salaries"])
        week = re.search(r"at \$([\d,.]+) per week plus", text)
        assert week and money(week.group(1)) in points(entry, level="Vacation Student")
        assert re.search(r"Clerk Grade [\d/]+", text).group(0) in entry["optional"]  # type: ignore[union-attr]
        allowance = re.search(r"study allowance \$([\d,]+)", text)
        assert allowance and money(allowance.group(1)) not in amounts(entry)


def test_step_schedules_pay_every_cell_and_keep_stipends_out(pages: Pages) -> None:
    for entry, text in pages["stepschedule"]["district"]:
        grid = re.findall(r"^ +(\d) +((?:[\d,]+ *)+)$", text, re.M)
        assert len(grid) >= 5
        for step, cells in grid:
            assert {money(c) for c in cells.split()} <= points(entry, level=f"Step {step}")
        intern = re.search(r"are paid ([\d,]+) \(", text)
        assert intern and money(intern.group(1)) in points(entry, level="Intern")
        extra = re.search(r"extra-duty hourly rate \$([\d,.]+)", text)
        assert extra and money(extra.group(1)) not in amounts(entry)
    for entry, text in pages["stepschedule"]["city"]:
        rows = re.findall(r"^\| \d+ \| (.+?) \| (Hourly|Monthly|Annual) \| (.+) \|$", text,
                          re.M)
        assert len(rows) in (12, 18)
        for name, period, cells in rows:
            values = {money(c) for c in cells.split(" | ") if c != "-"}
            unit = {"Hourly": "hour", "Monthly": "month", "Annual": "year"}[period]
            owner = {} if name.startswith(("Trainee", "Senior", entry["title"])) else {
                "belongs_to": name}
            assert values <= points(entry, period=unit, **owner)
        bilingual = re.search(r"bilingual pay \$([\d,]+)", text)
        assert bilingual and money(bilingual.group(1)) not in amounts(entry)
