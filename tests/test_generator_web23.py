"""The generator's six page families of held-back set 23 (benchmarks/web_families23.py).

Chinese recruitment notices and job cards read through a machine translator, societies'
salary-survey summaries exported from PDF, job evaluation records and classification memos,
e-mailed digests of job openings, company Q&A tabs filtered to one title and freelance
marketplace profiles: each family's page carries the structure it imitates in every variant,
the variants are all drawn, the truth holds exactly the facts the page prints (a perfect
extraction scores one), and subsidies, premiums, supplements, differentials, allowances,
ceilings, counts of payments, prices per job and fees stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families23 import FAMILY23_LAYOUTS

from generator_variants import Pages, amounts, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "zhmt": {"notice": r"^Announcement on the 2026 Open Recruitment of ",
             "appcard": r"^Job benefits: "},
    "surveypdf": {"society": r"^Table 3\.1  ", "snapshot": r"^SNAPSHOT 2026$"},
    "jobeval": {"record": r"^FACTOR ASSESSMENT$", "memo": r"^MEMORANDUM$"},
    "jobdigest": {"bulletin": r"^THIS WEEK'S LISTINGS$", "mailclient": r"^to me$"},
    "companyqa": {"tabbed": r"^Questions and answers about ",
                  "bylines": r"^Q: What's the starting pay for "},
    "freelanceprofile": {"hourly": r"% Job Success$", "dayrate": r"^Approximate daily rate "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY23_LAYOUTS, optional_printed=True)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_chinese_pages_read_wan_k_and_qian_notation(pages: Pages) -> None:
    for entry, _ in every(pages, "zhmt"):
        assert all(s["currency"] == "CNY" for s in entry["salaries"])
        assert all(re.fullmatch(r".+ \(\w+\)", a) for a in entry["aliases"])
    for entry, text in pages["zhmt"]["notice"]:
        flat = _flat(text)
        yearly = [s for s in entry["salaries"] if s["period"] == "year"]
        assert len(yearly) == 1 and yearly[0].get("point")
        wan = re.search(r"annual income is about ([\d.]+)万", flat)
        if wan:
            assert round(float(wan.group(1)) * 10_000) == yearly[0]["min"]
        assert points(entry, level="probation")
        subsidy = re.search(r"rural post subsidy of (\d+) yuan", flat)
        assert subsidy and float(subsidy.group(1)) not in amounts(entry)
    for entry, text in pages["zhmt"]["appcard"]:
        head = re.search(r"^(\d+)K?-(\d+)K(?:·(\d+) salary|/month)$", text, re.M)
        assert head
        low, high = int(head.group(1)) * 1000, int(head.group(2)) * 1000
        assert any(s["min"] == low and s["max"] == high and s["period"] == "month"
                   and "level" not in s for s in entry["salaries"])
        if head.group(3):
            assert float(head.group(3)) not in amounts(entry)  # a count of payments
        for figure in re.findall(r"about ([\d.]+)万/month", text):
            assert round(float(figure) * 10_000) in points(entry, point=True)
        strip = text[text.index("Similar jobs"):]
        assert all(name in entry["optional"]
                   for name in re.findall(r"^(.+?) \d+-\d+K · ", strip, re.M))


def test_survey_exports_read_quartile_rows_and_keep_premiums_out(pages: Pages) -> None:
    for entry, text in pages["surveypdf"]["society"]:
        assert re.search(r"^\w+ 2026 Compensation Survey +Page \d$", text, re.M)  # a page head
        assert re.search(r"^1 About the survey \.{3,} 2$", text, re.M)  # dotted contents
        rows = re.findall(r"^(\d+(?:–\d+)?\+? years) +\d+ +\$([\d,]+) +\$([\d,]+) +\$([\d,]+)$",
                          text, re.M)
        assert len(rows) >= 3
        for level, low, mid, high in rows:
            assert money(mid) in points(entry, level=level)
            assert any(s["min"] == money(low) and s["max"] == money(high)
                       and s.get("level") == level for s in entry["salaries"])
        premium = re.search(r"credential earned a median \$([\d,]+) more", text)
        assert premium and money(premium.group(1)) not in amounts(entry)
    for entry, text in pages["surveypdf"]["snapshot"]:
        assert all(s["currency"] == "AUD" for s in entry["salaries"])
        strip = re.search(r"^((?:[A-Z]{2,3} \$[\d.]+ {3})*[A-Z]{2,3} \$[\d.]+)$", text, re.M)
        assert strip
        for state, value in re.findall(r"([A-Z]{2,3}) \$([\d.]+)", strip.group(1)):
            assert float(value) in points(entry, region=state)
        allowance = re.search(r"vehicle allowance \(\$(\d+) per week", text)
        assert allowance and float(allowance.group(1)) not in amounts(entry)


def test_evaluation_records_pay_the_grade_and_drop_supplements(pages: Pages) -> None:
    for entry, _ in every(pages, "jobeval"):
        assert len(entry["employers"]) == 1 and not entry["sectors"]
    for entry, text in pages["jobeval"]["record"]:
        assert all(s["currency"] == "GBP" for s in entry["salaries"])
        grade = re.search(r"^Grade (\d+), (?:SCP|spinal points) [\d–]+: £([\d,]+) – "
                          r"£([\d,]+) per annum$", text, re.M)
        assert grade
        assert any(s["min"] == money(grade.group(2)) and s["max"] == money(grade.group(3))
                   and s.get("level") == f"Grade {grade.group(1)}" and "belongs_to" not in s
                   for s in entry["salaries"])
        supplement = re.search(r"^Market supplement: £([\d,]+)", text, re.M)
        assert supplement and money(supplement.group(1)) not in amounts(entry)
    for entry, text in pages["jobeval"]["memo"]:
        rows = re.findall(rf"^Grade (\d+) — {re.escape(entry['title'])} (I{{1,3}}) +"
                          r"\$([\d,.]+) +\$([\d,.]+) +\$([\d,.]+)$", text, re.M)
        assert len(rows) == 3
        for grade, numeral, low, mid, high in rows:
            level = f"{numeral} (Grade {grade})"
            assert money(mid) in points(entry, level=level, point=True)
            assert any(s["min"] == money(low) and s["max"] == money(high)
                       and s.get("level") == level for s in entry["salaries"])
        differential = re.search(r"Shift differential of \$([\d.]+)/hour", text)
        assert differential and float(differential.group(1)) not in amounts(entry)


def test_job_digests_give_the_role_its_listings_and_others_theirs(pages: Pages) -> None:
    for entry, text in pages["jobdigest"]["bulletin"]:
        median = re.search(r"the median advertised salary was \$([\d,]+)", text)
        assert median and money(median.group(1)) in points(entry, point=True)
        fee = re.search(r"Post it for \$(\d+)", text)
        assert fee and float(fee.group(1)) not in amounts(entry)
        for title, firm, value in re.findall(r"^[►•■] (.+) — (.+) \(.+\)\n  \$([\d,]+) · "
                                             r"full-time$",
                                             text, re.M):
            assert money(value) in points(entry, belongs_to=title)
            assert firm in entry["optional"] and firm not in entry["employers"]
    for entry, text in pages["jobdigest"]["mailclient"]:
        assert all(s["currency"] == "CAD" for s in entry["salaries"])
        pair = re.search(r"\$([\d.]+)/hr to start, \$([\d.]+)/hr after probation", text)
        assert pair
        assert {float(pair.group(1)), float(pair.group(2))} <= points(entry, point=True)
        premium = re.search(r"Night shift premium \$([\d.]+)/hr", text)
        assert premium and float(premium.group(1)) not in amounts(entry)


def test_company_qa_tabs_read_answers_and_keep_ceilings_and_perks_out(pages: Pages) -> None:
    for entry, text in every(pages, "companyqa"):
        assert len(entry["employers"]) == 1 and entry["employers"][0] in text
        assert all(s["period"] in ("hour", "year") for s in entry["salaries"])
    for entry, text in pages["companyqa"]["tabbed"]:
        seasons = re.search(r"I started at \$([\d.]+) an hour my first season and got "
                            r"\$([\d.]+) my second", text)
        assert seasons
        assert {float(seasons.group(1)), float(seasons.group(2))} <= points(entry, point=True)
        lead = re.search(r"Lead .+ make around \$(\d+\.\d\d)", text)
        if lead:
            assert float(lead.group(1)) in points(entry, level="Lead")
    for entry, text in pages["companyqa"]["bylines"]:
        levels = re.search(r"(\w+) 1 starts at \$([\d.]+)/hr\. .+ \1 2 at \$([\d.]+)\. \1 3 is "
                           r"capped around \$([\d.]+)\.", _flat(text))
        assert levels
        word = levels.group(1)
        assert float(levels.group(2)) in points(entry, level=f"{word} 1")
        assert float(levels.group(3)) in points(entry, level=f"{word} 2")
        assert float(levels.group(4)) not in amounts(entry)  # a ceiling
        allowance = re.search(r"a \$(\d+) tool allowance", text)
        assert allowance and float(allowance.group(1)) not in amounts(entry)


def test_freelance_profiles_pay_the_rate_and_keep_prices_out(pages: Pages) -> None:
    for entry, text in pages["freelanceprofile"]["hourly"]:
        rate = re.search(r"^\$([\d.]+)/hr$", text, re.M)
        assert rate
        assert entry["salaries"] == [{"min": float(rate.group(1)), "max": float(rate.group(1)),
                                      "currency": "USD", "period": "hour", "point": True}]
        headline = text.split(f"${rate.group(1)}/hr")[0].strip().splitlines()[-1]
        assert entry["title"] in re.split(r" [|&] ", headline)[0]  # the title before | or &
        if entry["ladder"]:
            assert entry["ladder"][0][-1] == entry["title"]  # oldest first, the role last
    for entry, text in pages["freelanceprofile"]["dayrate"]:
        day = re.search(r"^Approximate daily rate +€(\d+)$", text, re.M)
        small = re.search(r"Hourly rate for small jobs: €(\d+)", text)
        assert day and small
        assert float(day.group(1)) in points(entry, period="day", currency="EUR")
        assert float(small.group(1)) in points(entry, period="hour", currency="EUR")
        missions = re.findall(r" · €([\d,]+) · ", text)
        assert missions and not {money(m) for m in missions} & amounts(entry)
