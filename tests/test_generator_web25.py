"""The generator's six page families of held-back set 25 (benchmarks/web_families25.py).

Japanese job postings read through a browser translator, histories of an occupation,
programme-outcome disclosures, individual development plans, competency matrices and German
public-service pay explainers read through a translator: each family's page carries the
structure it imitates in every variant, the variants are all drawn, the truth holds exactly the
facts the page prints (a perfect extraction scores one), and allowances, bonuses, historical
pay, fees, per diem, study budgets, per-word rates and net pay stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families25 import FAMILY25_LAYOUTS

from generator_variants import Pages, amounts, decimal_comma, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "kyujinmt": {"board": r"^■ Career step$", "sheet": r"^Wage \(a \+ b\) "},
    "occhistory": {"encyclopedia": r"^Present day\[edit\]$",
                   "heritage": r"^\d\. \d{4}s — the age of "},
    "outcomes": {"gainful": r"Gainful Employment Disclosure$",
                 "college": r"^Graduates work as$"},
    "idpform": {"federal": r"^INDIVIDUAL DEVELOPMENT PLAN ",
                "nhs": r"^APPRAISAL AND PERSONAL DEVELOPMENT PLAN$"},
    "competencymatrix": {"export": r"^Exported from ", "council": r"^PAY GUIDANCE \(hourly"},
    "tvodmt": {"tvod": r"^Pay group \| Level 1 ", "tvl": r"^EG? \d+ level 1: "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY25_LAYOUTS, optional_printed=True)


def test_japanese_postings_read_yen_every_way_and_keep_allowances_out(pages: Pages) -> None:
    for entry, text in every(pages, "kyujinmt"):
        assert all(s["currency"] == "JPY" for s in entry["salaries"])
        monthly = [s for s in entry["salaries"] if s["period"] == "month"
                   and not s.get("belongs_to")]
        assert len(monthly) == 1 and monthly[0]["max"]  # the chip and the line: one band
        commute = re.search(r"up to ([\d,]+) yen", text)
        assert commute and money(commute.group(1)) not in amounts(entry)
    for entry, text in pages["kyujinmt"]["board"]:
        band = re.search(r"^年収 (\d+)万円～(\d+)万円$", text, re.M)
        assert band and any(s["min"] == int(band.group(1)) * 10_000
                            and s["max"] == int(band.group(2)) * 10_000
                            and s["period"] == "year" for s in entry["salaries"])
        floor = re.search(r"^(.+) class: annual income of ([\d.]+) million yen or more$",
                          text, re.M)
        assert floor and any(s.get("open_ended") and s.get("belongs_to") == floor.group(1)
                             for s in entry["salaries"])
        fixed = re.search(r"fixed overtime pay ([\d,]+) yen", text)
        assert fixed and money(fixed.group(1)) not in amounts(entry)
        assert entry["ladder"][0][0] == entry["title"] and len(entry["ladder"][0]) == 4
    for entry, text in pages["kyujinmt"]["sheet"]:
        example = re.search(r"年収例 (\d+)万円（入社(\d)年目）", text)
        assert example and int(example.group(1)) * 10_000 in points(
            entry, level=f"{example.group(2)}th year")
        basic = re.search(r"^a Basic salary +([\d,]+) yen", text, re.M)
        assert basic and money(basic.group(1)) not in amounts(entry)
        assert points(entry, level="1st grade technician")


def test_histories_keep_dated_pay_and_fees_out(pages: Pages) -> None:
    for entry, _ in every(pages, "occhistory"):
        assert len(entry["aliases"]) == 2 and entry["transitions_to"] and entry["moves_in"]
        assert entry["ladder"][0][0].startswith("Apprentice ")
    for entry, text in pages["occhistory"]["encyclopedia"]:
        old = re.search(r"In \d{4} a .+? was paid \$([\d,]+) a year", text)
        assert old and money(old.group(1)) not in amounts(entry)
        half = re.search(r"the middle half earned \$([\d,]+) to \$([\d,]+)", text)
        assert half and any(s["min"] == money(half.group(1)) and s["max"] == money(
            half.group(2)) for s in entry["salaries"])
        fee = re.search(r"charge about \$(\d+) a job", text)
        assert fee and money(fee.group(1)) not in amounts(entry)
    for entry, text in pages["occhistory"]["heritage"]:
        rung = entry["ladder"][0][-1]
        assert points(entry, belongs_to=rung)
        assert all(s["currency"] == "GBP" for s in entry["salaries"])
        visit = re.search(r"A visit is charged about £(\d+)", text)
        assert visit and money(visit.group(1)) not in amounts(entry)


def test_outcome_disclosures_give_other_occupations_their_medians(pages: Pages) -> None:
    for entry, text in pages["outcomes"]["gainful"]:
        rows = re.findall(r"^\d\d-\d{4}  (.+?)  \$([\d,]+)$", text, re.M)
        assert len(rows) == 3
        for name, value in rows[1:]:
            assert name in entry["optional"] and money(value) in points(entry, belongs_to=name)
        start = re.search(r"Average starting wage: \$([\d.]+)", text)
        assert start and float(start.group(1)) in points(entry, level="Entry", period="hour")
        diem = re.search(r"a \$(\d+) per diem", text)
        assert diem and money(diem.group(1)) not in amounts(entry)
    for entry, text in pages["outcomes"]["college"]:
        shares = re.findall(r"^(.+?) \.+ \d+%$", text, re.M)
        assert shares[0] == entry["title"] and set(shares[1:]) <= set(entry["optional"])
        assert len(entry["ladder"][0]) == 3 and all(s["currency"] == "AUD"
                                                    for s in entry["salaries"])
        assert points(entry, period="day", belongs_to=entry["ladder"][0][-1])


def test_development_plans_give_target_bands_to_their_posts(pages: Pages) -> None:
    for entry, _ in every(pages, "idpform"):
        ladder = entry["ladder"][0]
        assert len(ladder) == 5 and ladder[2] == entry["title"]
        assert len(entry["transitions_to"]) == 1
    for entry, text in pages["idpform"]["federal"]:
        short = entry["ladder"][0][3]
        band = re.search(r"vacancy announcement band \$([\d,]+)", text)
        assert band and money(band.group(1)) in points(entry, belongs_to=short)
        assert re.search(r"detail to a (.+) office", text).group(1) in entry["optional"]  # type: ignore[union-attr]
    for entry, text in pages["idpform"]["nhs"]:
        senior = re.search(r"\(Band \d, £([\d,]+) – £([\d,]+)\)", text)
        assert senior and money(senior.group(1)) in points(entry, level="Senior")
        budget = re.search(r"Study budget agreed: £([\d,]+)", text)
        assert budget and money(budget.group(1)) not in amounts(entry)


def test_competency_matrices_pay_each_stage_and_keep_rates_out(pages: Pages) -> None:
    for entry, _ in every(pages, "competencymatrix"):
        ladder = entry["ladder"][0]
        assert len(ladder) == 4 and ladder[1] == entry["title"]
        assert points(entry, belongs_to=ladder[-1]) and points(entry, level="Senior")
        assert entry["leads_to"] and entry["transitions_to"] and entry["moves_in"]
    for entry, text in pages["competencymatrix"]["export"]:
        row = re.search(r"^Salary \(£\)\t(.+)$", text, re.M)
        assert row and len(row.group(1).split("\t")) == 4
        rate = re.search(r"£([\d.]+) per word", text)
        assert rate and float(rate.group(1)) not in amounts(entry)
    for entry, text in pages["competencymatrix"]["council"]:
        guidance = re.findall(r"^ [A-Z]\d  £([\d.]+) – £([\d.]+)$", text, re.M)
        assert len(guidance) == 4
        assert all(s["period"] == "hour" for s in entry["salaries"])
        weighting = re.search(r"weighting (\d+)%", text)
        assert weighting and float(weighting.group(1)) not in amounts(entry)


def test_german_explainers_read_german_notation_and_keep_net_pay_out(pages: Pages) -> None:
    for entry, _ in every(pages, "tvodmt"):
        assert all(s["currency"] == "EUR" for s in entry["salaries"])
        assert len(points(entry, level="Trainee")) == 3
        other = [s for s in entry["salaries"] if s.get("belongs_to")]
        assert len(other) == 6 and {s["belongs_to"] for s in other} <= set(entry["optional"])
    for entry, text in pages["tvodmt"]["tvod"]:
        rows = re.findall(r"^(E(?:G)? \d+a?) \| (.+)$", text, re.M)
        assert len(rows) == 3
        for group, cells in rows:
            values = {decimal_comma(c) for c in cells.split(" | ")}
            assert values <= {float(s["min"]) for s in entry["salaries"]
                              if s.get("level", "").startswith(f"{group} Level")}
        net = re.search(r"about ([\d.,]+) € remain", text)
        assert net and decimal_comma(net.group(1)) not in amounts(entry)
    for entry, text in pages["tvodmt"]["tvl"]:
        prose = re.search(r"around ([\d,]+) euros a month", text)
        assert prose and money(prose.group(1)) in points(entry, period="month", point=True)
        industry = re.search(r"earns ([\d.]+) to ([\d.]+) € a month", text)
        assert industry and any(s["min"] == decimal_comma(industry.group(1)) and s.get("label")
                                for s in entry["salaries"])
