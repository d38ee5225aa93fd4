"""The generator's six page families of held-back set 21 (benchmarks/web_families21.py).

Printed handbooks OCR'd from library scans, career pages saved as HTML source or scraped
with their markup, companies' compensation handbooks, Korean job pages read through a
machine translator, medical specialty-training pathways and residency pay pages, and gig
platforms' "earn with us" pages: each family's page carries the structure it imitates in every
variant, the variants are all drawn, the truth holds exactly the facts the page prints (a
perfect extraction scores one), and ceilings, percentiles, factors, allowances, supplements,
stipends, prices per job and fees stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families21 import FAMILY21_LAYOUTS

from generator_variants import Pages, amounts, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "ocrscan": {"handbook": r"^Nature of the Work$", "careersguide": r"^THE WORK\. "},
    "rawhtml": {"source": r"^<!DOCTYPE html>$", "scraped": r"^&lt;h1&gt;"},
    "payhandbook": {"framework": r"^Compensation Calculator$", "open": r"^Salary formula$"},
    "koreanmt": {"jobinfo": r"^Job name: ",
                 "notice": r"^1\. Recruitment field and number of people$"},
    "specialtytraining": {"pathway": r"^Pay by stage \(basic salary, nodal points\)$",
                          "residency": r"^Training by year$"},
    "gigearn": {"delivery": r"^Guaranteed minimum earnings$",
                "cleaning": r"^Set your own rates$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY21_LAYOUTS, optional_printed=True)


def test_scanned_handbooks_carry_ocr_damage_and_pay_in_its_year(pages: Pages) -> None:
    for entry, text in every(pages, "ocrscan"):
        assert "ﬁ" in text and not entry["ladder"]
        assert not {"Python", "Docker", "Kubernetes"} & set(entry["skills"].get("top", []))
    for entry, text in pages["ocrscan"]["handbook"]:
        lines = text.splitlines()
        head = next(i for i, line in enumerate(lines)
                    if re.fullmatch(r"\d+ +OCCUPATIONAL OUTLOOK HANDBOOK", line))
        assert head < lines.index("Earnings and Working Conditions")  # a running head mid-text
        assert any(len(line) > 60 and "  " in line.strip() for line in lines)  # two columns
        band = re.search(r"ranged from \$([\d,]+) to \$([\d,]+)", " ".join(text.split()))
        assert band and money(band.group(1)) in {s["min"] for s in entry["salaries"]
                                                 if s.get("max") == money(band.group(2))}
    for entry, text in pages["ocrscan"]["careersguide"]:
        flat = " ".join(text.split())
        student = re.search(r"receive E([\d,]+) to £([\d,]+) a year", flat)
        assert student and money(student.group(1)) in points(entry, level="Trainee") | {
            s["min"] for s in entry["salaries"] if s.get("level") == "Trainee"}
        ceiling = re.search(r"up to £([\d,]+)", flat)
        assert ceiling and money(ceiling.group(1)) not in amounts(entry)
        week = re.search(r"start on about £(\d+) a week", flat)
        assert week and float(week.group(1)) in points(entry, level="Apprentice")


def test_raw_html_pages_keep_percentiles_out_and_give_a_slash_row_to_both(
        pages: Pages) -> None:
    for entry, text in pages["rawhtml"]["source"]:
        name = re.search(r'^  "name": "(.+)",$', text, re.M)
        assert name and name.group(1) == entry["title"]
        median = re.search(r'"median": (\d+),', text)
        assert median and float(median.group(1)) in points(entry, point=True)
        for key in ("percentile10", "percentile90"):
            value = re.search(rf'"{key}": (\d+)', text)
            assert value and float(value.group(1)) not in amounts(entry)
    for entry, text in pages["rawhtml"]["scraped"]:
        assert f"&lt;h1&gt;{entry['title']}&lt;/h1&gt;" in text
        assert "&amp;amp;" in text and "&bull; " in text
        slash = re.search(r"<td>Senior / (.+?)</td><td>&pound;([\d,]+) &ndash;", text)
        if slash:
            owners = {s.get("belongs_to") for s in entry["salaries"]
                      if s["min"] == money(slash.group(2))}
            assert owners == {None, slash.group(1)}


def test_pay_handbooks_keep_factors_and_stipends_out_of_pay(pages: Pages) -> None:
    for entry, _ in every(pages, "payhandbook"):
        assert len(entry["employers"]) == 1 and not entry["aliases"]
        assert not re.match(r"(Junior|Senior|Lead|Principal) ", entry["title"])
    for entry, text in pages["payhandbook"]["framework"]:
        factors = re.search(r"^Level factors: (.+)$", text, re.M)
        assert factors
        outputs = re.findall(r"^Your compensation range: \D([\d,]+) – \D([\d,]+) (\w+)", text,
                             re.M)
        assert len(outputs) == 2
        for low, high, currency in outputs:
            assert any(s["min"] == money(low) and s["max"] == money(high) and s.get("region")
                       and s["currency"] == currency for s in entry["salaries"])
        oncall = re.search(r"on-call is paid separately at \$(\d+)", text)
        assert oncall and float(oncall.group(1)) not in amounts(entry)
    for entry, text in pages["payhandbook"]["open"]:
        example = re.search(r"^Worked example: .+ = \$([\d,]+)$", text, re.M)
        assert example and money(example.group(1)) in points(entry, level="Senior")
        stipend = re.search(r"gets a \$([\d,]+) learning stipend", text)
        assert stipend and money(stipend.group(1)) not in amounts(entry)
        rows = re.findall(r"^\| .+ \| (.+) \| L\d \| (.+) \| \D([\d,]+) \|$", text, re.M)
        assert len(rows) >= 3
        for title, city, value in rows:
            assert any(s["min"] == money(value) and s.get("region") == city
                       and s.get("belongs_to") in (None, title) for s in entry["salaries"])


def _won(text: str) -> float:
    """"47.5 million" → 47,500,000."""
    return round(float(text) * 1_000_000)


def test_korean_pages_read_korean_notation(pages: Pages) -> None:
    for entry, _ in every(pages, "koreanmt"):
        assert all(s["currency"] == "KRW" for s in entry["salaries"])
    for entry, text in pages["koreanmt"]["jobinfo"]:
        quartiles = re.search(r"^Lower \(25%\) ([\d.]+) million won \| Middle \(50%\) ([\d.]+) "
                              r"million won \| Upper \(25%\) ([\d.]+) million won$", text, re.M)
        assert quartiles
        assert _won(quartiles.group(2)) in points(entry, point=True)
        assert not {_won(quartiles.group(1)), _won(quartiles.group(3))} & amounts(entry)
    for entry, text in pages["koreanmt"]["notice"]:
        band = re.search(r"Annual salary ([\d,]+) to (\d+) million won", text)
        assert band
        low, high = money(band.group(1)) * 10_000, float(band.group(2)) * 1_000_000
        assert any(s["min"] == low and s["max"] == high for s in entry["salaries"])
        step = re.search(r"\((Level \d, No\. \d) salary base monthly ([\d,]+) won\)", text)
        assert step and money(step.group(2)) in points(entry, level=step.group(1))
        allowance = re.search(r"allowance ([\d,]+) won per month", text)
        assert allowance and money(allowance.group(1)) not in amounts(entry)


def test_training_pages_pay_the_role_by_stage_and_drop_supplements(pages: Pages) -> None:
    for entry, text in pages["specialtytraining"]["pathway"]:
        stages = re.findall(r"^(C|S)T(\d)–(?:C|S)T\d \(.+\) \.+ £([\d,]+)$", text, re.M)
        assert len(stages) == 3
        for letter, first, value in stages:
            code = re.search(rf"^({letter}T{first}–\w+) ", text, re.M)
            assert code and money(value) in points(entry, level=code.group(1))
        foundation = re.findall(r"^FY\d \(foundation doctor\) \.+ £([\d,]+)$", text, re.M)
        assert {money(v) for v in foundation} <= points(entry, belongs_to="Foundation Doctor")
        weighting = re.search(r"London weighting adds £([\d,]+)", text)
        assert weighting and money(weighting.group(1)) not in amounts(entry)
    for entry, text in pages["specialtytraining"]["residency"]:
        rows = re.findall(r"^  (PGY-\d) \.+ \$([\d,]+)$", text, re.M)
        assert len(rows) >= 3
        for level, value in rows:
            assert money(value) in points(entry, level=level)
        housing = re.search(r"a \$([\d,]+) housing allowance", text)
        assert housing and money(housing.group(1)) not in amounts(entry)


def test_gig_pages_keep_prices_per_job_fees_and_ceilings_out(pages: Pages) -> None:
    for entry, _ in every(pages, "gigearn"):
        assert len(entry["employers"]) == 1
        assert all(s["period"] in ("hour", "week") for s in entry["salaries"])
    for entry, text in pages["gigearn"]["delivery"]:
        rows = re.findall(r"^  (.+?) \.+ (C?\$)([\d.]+) per active hour$", text, re.M)
        assert len(rows) == 3
        for city, sign, value in rows:
            currency = "CAD" if sign == "C$" else "USD"
            assert float(value) in points(entry, region=city, currency=currency)
        top = re.search(r"the top 20% earned more than \$(\d+)", text)
        assert top and float(top.group(1)) not in amounts(entry)
    for entry, text in pages["gigearn"]["cleaning"]:
        prices = re.findall(r"^  .+ \.+ €(\d+)", text, re.M)
        assert len(prices) == 2 and not {float(p) for p in prices} & amounts(entry)
        ceiling = re.search(r"can earn up to €([\d,]+) a week", text)
        assert ceiling and money(ceiling.group(1)) not in amounts(entry)
        for city, low, high in re.findall(r"in (\w+) most charge €(\d+) to €(\d+) per hour",
                                          text):
            assert any(s.get("region") == city and s["min"] == float(low)
                       and s["max"] == float(high) for s in entry["salaries"])
