"""The generator's six page families of held-back set 19 (benchmarks/web_families19.py).

"Occupation in numbers" pages, search engine results pages, careers-fair handouts,
machine-translated Italian career pages, trade unions' "about the job" pages and Reddit pay
megathreads: each family's page carries the structure it imitates in every variant, the
variants are all drawn, the truth holds exactly the facts the page prints (a perfect
extraction scores one), and percentiles, questions' figures, ceilings and floors, allowances,
net pay, dues, tips and whole-job prices stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families19 import FAMILY19_LAYOUTS

from generator_variants import Pages, amounts, decimal_comma, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "occnumbers": {"jobbank": r"^Community/Area \| Low \| Median \| High$",
                   "stats": r"^Office for National Statistics \(ONS\)$"},
    "serp": {"pay": r"^Featured snippet from the web$", "howto": r"^Microsoft Bing$"},
    "fairhandout": {"card": r"^GAJI / PAY \(gross, per month\)$", "sheet": r"^WHAT WE PAY$"},
    "italianmt": {"guide": r"^This page has been translated from Italian$",
                  "portal": r"^Average gross salary$"},
    "unionleaflet": {"hotel": r"^WHAT YOU EARN$",
                     "council": r"^YOUR JOB\. YOUR PAY\. YOUR UNION\.$"},
    "earnthread": {"comments": r"pay transparency thread", "template": r"RATES MEGATHREAD"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY19_LAYOUTS, optional_printed=True)


def test_occupation_pages_keep_percentiles_deciles_and_bonuses_out(pages: Pages) -> None:
    for entry, text in pages["occnumbers"]["jobbank"]:
        rows = re.findall(r"^(.+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+)$", text, re.M)
        assert len(rows) >= 4 and rows[0][0] == "Canada"
        for place, low, median, high in rows:  # the median a point, the percentiles no band
            assert float(median) in points(entry, region=place, currency="CAD", period="hour")
            assert not {float(low), float(high)} & amounts(entry)
        assert re.search(r"^Top skills \(from job postings\)\n.*[a-z][A-Z]", text, re.M)
    for entry, text in pages["occnumbers"]["stats"]:
        assert not any(entry["skills"].values())
        decile = re.search(r"lowest-paid 10% earned less than £([\d,]+)", text)
        bonus = re.search(r"recruitment bonus of £([\d,]+)", text)
        assert decile and bonus
        assert not {money(decile.group(1)), money(bonus.group(1))} & amounts(entry)
        band = re.search(r"sets (Band \d) .+ pay at £([\d,]+) to £([\d,]+) a year", text)
        assert band and {"min": money(band.group(2)), "max": money(band.group(3)),
                         "currency": "GBP", "period": "year",
                         "level": band.group(1)} in entry["salaries"]
        regions = re.findall(r"([A-Z][A-Za-z ]+) £([\d,]+)(?: \||$)", text, re.M)
        assert len(regions) >= 4
        for region, value in regions:
            assert money(value) in points(entry, region=region.strip())


def test_results_pages_keep_ceilings_questions_and_cut_items_out(pages: Pages) -> None:
    for entry, text in pages["serp"]["pay"]:
        ceiling = re.search(r"make up to £([\d,]+) per year", text)
        question = re.search(r"^Is £([\d,]+) a good salary", text, re.M)
        assert ceiling and question
        assert not {money(ceiling.group(1)), money(question.group(1))} & amounts(entry)
        other = next(o for o in entry["optional"] if o.endswith(" Coordinator"))
        assert any(s.get("belongs_to") == other for s in entry["salaries"])
        assert len(entry["employers"]) == 1  # the role's card only
        cut = re.search(r"Skills that get you hired: .*, ([^,]+)\.\.\.$", text, re.M)
        assert not cut or cut.group(1) in entry["optional"]
    for entry, text in pages["serp"]["howto"]:
        tools = re.search(r" use (.+) and \.\.\.$", text, re.M)
        if tools:  # the tool after "and ..." is cut off, those before it are whole
            assert set(tools.group(1).split(", ")) == set(entry["skills"]["tool"])
        companies = re.findall(r"([^:;]+) \$([\d,]+)(?:;| \.\.\.)", text)
        assert {c.strip() for c, _ in companies} == set(entry["employers"])
        assert {money(v) for _, v in companies} <= points(entry, point=True, period="year")
        assert any(s.get("level") == "GS-9" for s in entry["salaries"])


def test_fair_handouts_pay_by_rung_and_keep_allowances_and_ceilings_out(pages: Pages) -> None:
    for entry, text in pages["fairhandout"]["card"]:
        assert all(s["currency"] == "MYR" and s["period"] == "month" for s in entry["salaries"])
        ceiling = re.search(r": up to RM([\d,]+)$", text, re.M)
        assert ceiling and money(ceiling.group(1)) not in amounts(entry)
        apprentice = re.search(r"^Apprentice \(dual-training\): RM([\d,]+) \+ allowance$",
                               text, re.M)
        assert apprentice
        assert money(apprentice.group(1)) in points(entry, level="Apprentice")
        assert re.search(r"^- .+\w- \w", text, re.M) or len(entry["skills"].get(
            "often_missing", [])) < 2  # two skills glued at "- "
    for entry, text in pages["fairhandout"]["sheet"]:
        assert "treat-\n" not in text and re.search(r"treat-\s*\S.*\ning more than", text)
        allowance = re.search(r"shift allowance S\$(\d+)/month", text)
        assert allowance and money(allowance.group(1)) not in amounts(entry)
        assert any(s.get("level") == "Trainee" for s in entry["salaries"])
        assert len(entry["employers"]) == 1 and not entry["sectors"]
        assert text.count("Page 1 of 2") == 1 and text.count("EXPO HALL 401") == 2


def test_italian_pages_read_italian_notation_and_drop_net_pay(pages: Pages) -> None:
    for entry, text in every(pages, "italianmt"):
        assert all(s["currency"] == "EUR" for s in entry["salaries"])
        for net in re.findall(r"(\d[\d.,]*) (?:euros )?net\b", text):
            assert decimal_comma(net) not in amounts(entry)
    for entry, text in pages["italianmt"]["guide"]:
        levels = re.search(r"goes from € ([\d.]+,\d\d) at the 2nd level to € ([\d.]+,\d\d)",
                           text)
        assert levels
        assert decimal_comma(levels.group(1)) in points(entry, level="2nd level")
        assert decimal_comma(levels.group(2)) in points(entry, level="5th level")
    for entry, text in pages["italianmt"]["portal"]:
        glued = re.findall(r"([A-Z][a-z-]+(?:-[A-Z][a-z]+)?)€ ([\d.]+)", text)
        assert len(glued) >= 3
        for region, value in glued:
            assert decimal_comma(value) in points(entry, region=region)
        limits = re.findall(r"(?:up to|well over) € ([\d.]+)", text)
        assert len(limits) == 2 and not {decimal_comma(v) for v in limits} & amounts(entry)
        assert sum(1 for s in entry["salaries"] if s.get("belongs_to")) == 3
        hour = re.search(r"^€ (\d+(?:,\d\d)?) per hour$", text, re.M)
        assert hour and decimal_comma(hour.group(1)) in points(entry, period="hour")


def test_union_pages_keep_contract_steps_and_drop_dues_and_benefits(pages: Pages) -> None:
    for entry, text in pages["unionleaflet"]["hotel"]:
        steps = re.search(r"\$([\d.]+)/hr now → \$([\d.]+) \(July 2027\) → \$([\d.]+)", text)
        assert steps
        assert {float(v) for v in steps.groups()} <= points(entry, period="hour", point=True)
        dues = re.search(r"pension of \$(\d+) a month .+ capped at \$(\d+) a month", text)
        assert dues and not {float(v) for v in dues.groups()} & amounts(entry)
        assert "$9 more an hour" in text and 9 not in amounts(entry)
        organizing = re.search(r"(?:^| · )([^·\n]+) \(organizing now!\)", text, re.M)
        assert organizing and organizing.group(1) in entry["optional"]
        assert organizing.group(1) not in entry["employers"]
    for entry, text in pages["unionleaflet"]["council"]:
        band = re.search(r"SCP 3–5, £([\d,]+) – £([\d,]+) a year \(£([\d.]+) – £([\d.]+) an hour",
                         text)
        assert band
        lo, hi, hlo, hhi = (money(v) for v in band.groups())
        assert {"min": lo, "max": hi, "currency": "GBP", "period": "year"} in entry["salaries"]
        assert {"min": hlo, "max": hhi, "currency": "GBP", "period": "hour"} in entry["salaries"]
        sub = re.search(r"Join today from £(\d+)\.45 a week", text)
        assert sub and float(sub.group(1)) not in amounts(entry)


def test_pay_threads_give_each_commenter_his_city_and_keep_tips_and_job_prices_out(
        pages: Pages) -> None:
    for entry, _ in every(pages, "earnthread"):
        assert not entry["aliases"] and not entry["sectors"]
        regions = {s.get("region") for s in entry["salaries"] if not s.get("belongs_to")}
        assert len(regions - {None}) >= 4
        assert len({s["currency"] for s in entry["salaries"]}) >= 3
    for entry, text in pages["earnthread"]["comments"]:
        op = re.search(r"I'll start: ([A-Za-z]+), 3 years, \$([\d.]+)/hr", text)
        assert op and float(op.group(2)) in points(entry, region=op.group(1), currency="USD")
        assert "tips add about $4-6/hr" in text and not {4.0, 6.0} & amounts(entry)
        assert any(s.get("level") == "Level 3" and s["currency"] == "AUD"
                   for s in entry["salaries"])
        berlin = re.search(r"Berlin, 4 yrs: (\d+,\d\d) € brutto/h", text)
        assert berlin and decimal_comma(berlin.group(1)) in points(entry, region="Berlin")
    for entry, text in pages["earnthread"]["template"]:
        price = re.search(r"goes out at £([\d,]+) plus materials", text)
        assert price and money(price.group(1)) not in amounts(entry)
        assert re.search(r"^Job: .+Location: .+Years in trade: \d+Status: .+Rate: £\d+/day$",
                         text, re.M)  # one commenter's template run together
        assert re.search(r"^Job: .+ \| Location: Dublin \| .+ \| Rate: €\d+ a day", text, re.M)
        assert len(points(entry, level="Apprentice")) == 2
        gang = re.search(r"on £(\d+)-£(\d+) a day through the agency", text)
        assert gang and any(s["min"] == int(gang.group(1)) and s["max"] == int(gang.group(2))
                            for s in entry["salaries"])
