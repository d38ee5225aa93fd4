"""The generator's six page families of held-back set 27 (benchmarks/web_families27.py).

Organisation charts exported as text, filled-in annual appraisals, parliamentary written
answers, tribunal and commission decisions, Vietnamese pages read through a browser
translator and career mind maps exported as outlines: each family's page carries the
structure it imitates in every variant, the variants are all drawn, the truth holds exactly
the facts the page prints (a perfect extraction scores one), and agency charges, tronc,
spot bonuses, exam allowances, agency rates, statutory caps, net pay, awards, thresholds,
lunch allowances, per diems and prices per job stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families27 import FAMILY27_LAYOUTS

from generator_variants import SHARED_SEED, Pages, amounts, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "orgchart": {"tree": r"^▼ POSITION CARD ", "outline": r"^Comment thread on shape "},
    "appraisal": {"portal": r"^SECTION 6 – COMPENSATION", "kra": r"^PART B : KEY RESULT AREAS"},
    "pqanswer": {"commons": r"^UK Parliament  \|  Written questions",
                 "dail": r"^I propose to take Questions Nos\."},
    "tribunal": {"govuk": r"^EMPLOYMENT TRIBUNALS$", "commission": r"^Fair Work Act 2009$"},
    "vietmt": {"board": r"^Similar jobs$", "magazine": r"^Table of contents$"},
    "mindmap": {"tabs": r"^\tSkills ✓ \(have\)$", "markdown": r"^## 🔀 Paths$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY27_LAYOUTS, another_seed=SHARED_SEED + 7,
             optional_printed=True)


def test_org_charts_take_moves_from_the_card_and_pay_from_each_row(pages: Pages) -> None:
    for entry, text in pages["orgchart"]["tree"]:
        ladder = entry["ladder"][0]
        assert ladder == [f"Trainee {entry['title']}", entry["title"],
                          f"Senior {entry['title']}"]
        assert len(entry["moves_in"]) == 3 and len(entry["transitions_to"]) == 2
        agency = re.search(r"at £([\d.]+)/hr \(not an establishment", text)
        assert agency and money(agency.group(1)) not in amounts(entry)
        assert points(entry, level="Trainee") and points(entry, level="Senior")
        # the manager and team leader of the tree name no move
        reports = re.search(r"^Reports to +(.+)$", text, re.M)
        assert reports and reports.group(1) in entry["must_not_appear"]
    for entry, text in pages["orgchart"]["outline"]:
        assert len(entry["ladder"][0]) == 4 and len(entry["moves_in"]) == 2
        hourly = [s for s in entry["salaries"] if s["period"] == "hour"]
        assert len(hourly) == 3 and all(s.get("belongs_to") for s in hourly)
        extra = re.search(r"\| \w[\w ]+ on top, about £([\d.]+)/hr", text)
        assert extra and money(extra.group(1)) not in amounts(entry)
        assert entry["sectors"] and {"Italian", "Polish", "Welsh", "Romanian"} & set(
            entry["skills"]["top"])


def test_appraisals_give_ctc_and_ranges_and_keep_bonuses_out(pages: Pages) -> None:
    for entry, text in pages["appraisal"]["portal"]:
        assert entry["aliases"] == [f"{entry['title']} II"]
        own = [s for s in entry["salaries"] if not s.get("level") and s.get("point")]
        assert len(own) == 2 and points(entry, level="Senior")
        spot = re.search(r"Spot bonus \(launch\) \.+ \$([\d,]+)", text)
        assert spot and money(spot.group(1)) not in amounts(entry)
        assert f"{entry['title']} III" in entry["optional"]
    for entry, text in pages["appraisal"]["kra"]:
        assert all(s["currency"] == "INR" for s in entry["salaries"])
        ctc = re.search(r"Current CTC: ₹([\d.]+) L p\.a\.", text)
        assert ctc and round(float(ctc.group(1)) * 100_000) in points(entry, point=True)
        allowance = re.search(r"Exam allowance Rs\. ([\d,]+)", text)
        assert allowance and money(allowance.group(1)) not in amounts(entry)
        assert len(entry["moves_in"]) == 1 and len(entry["transitions_to"]) == 2


def test_written_answers_give_bands_to_their_titles_and_keep_supplements_out(
        pages: Pages) -> None:
    for entry, text in pages["pqanswer"]["commons"]:
        ladder = entry["ladder"][0]
        assert points(entry, level="Newly Qualified") and points(entry, belongs_to=ladder[1])
        floor = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floor) == 1 and floor[0]["belongs_to"] == ladder[2]
        rate = re.search(r"capped agency rates are £(\d+) an hour", text)
        assert rate and money(rate.group(1)) not in amounts(entry)
        # (the NHS with its printed spelling "NHS in England", as set 27's hand truth has it)
        assert entry["employers"] == [["NHS", "NHS in England"]] and len(entry["moves_in"]) == 2
    for entry, text in pages["pqanswer"]["dail"]:
        assert len(entry["aliases"]) == 1 and entry["leads_to"] and entry["transitions_to"]
        assert bool(entry["employers"]) != bool(entry["sectors"])
        compared = re.search(r"comparison, the (.+?) scale in the wider public service", text)
        assert compared and points(entry, belongs_to=compared.group(1))
        assert points(entry, period="hour")


def test_decisions_read_a_career_from_the_findings(pages: Pages) -> None:
    for entry, text in pages["tribunal"]["govuk"]:
        ladder = entry["ladder"][0]
        assert len(ladder) == 5 and ladder[2] == entry["title"]
        assert points(entry, period="week") and points(entry, belongs_to=ladder[0])
        assert points(entry, belongs_to=entry["transitions_to"][0])
        cap = re.search(r"statutory maximum of £(\d+)", text)
        net = re.search(r"net weekly pay of £(\d+)", text)
        assert cap and net
        assert {money(cap.group(1)), money(net.group(1))}.isdisjoint(amounts(entry))
    for entry, text in pages["tribunal"]["commission"]:
        assert points(entry, level="Senior") and points(entry, period="week")
        assert entry["leads_to"] and len(entry["transitions_to"]) == 2
        threshold = re.search(r"high income threshold of \$([\d,]+)", text)
        assert threshold and money(threshold.group(1)) not in amounts(entry)


def test_vietnamese_pages_read_millions_and_keep_allowances_out(pages: Pages) -> None:
    for entry, text in pages["vietmt"]["board"]:
        band = re.search(r"Income: ([\d.]+) - ([\d.]+) VND/month", text)
        assert band and any(s["min"] == float(band.group(1).replace(".", ""))
                            and not s.get("belongs_to") for s in entry["salaries"])
        lunch = re.search(r"allowance for lunch ([\d.]+) VND/meal", text)
        assert lunch and float(lunch.group(1).replace(".", "")) not in amounts(entry)
        top = [s for s in entry["salaries"] if s["min"] is None]
        assert len(top) == 1 and top[0]["belongs_to"] and top[0]["currency"] == "USD"
    for entry, _ in pages["vietmt"]["magazine"]:
        assert any(s.get("region") == "FDI enterprises" for s in entry["salaries"])
        assert len(entry["aliases"]) == 2 and entry["aliases"][1].startswith("NV ")
        assert points(entry, level="Fresher") and len(entry["employers"]) == 3


def test_mind_maps_strike_options_and_give_figures_to_their_titles(pages: Pages) -> None:
    for entry, text in every(pages, "mindmap"):
        struck = re.search(r"~~(.+?)~~", text)
        assert struck and struck.group(1) in entry["must_not_appear"]
        assert struck.group(1) not in entry["transitions_to"] + entry["leads_to"]
    for entry, text in pages["mindmap"]["tabs"]:
        assert len(entry["ladder"][0]) == 5 and entry["leads_to"]
        assert any(s["currency"] == "EUR" and s["period"] == "day" for s in entry["salaries"])
        extra = re.search(r"^\t+\+ .+? £(\d+) \(not pay really\)$", text, re.M)
        assert extra and money(extra.group(1)) not in amounts(entry)
        maybe = re.search(r"^\t+(.+) — maybe$", text, re.M)
        assert maybe and maybe.group(1) in entry["optional"]
    for entry, text in pages["mindmap"]["markdown"]:
        assert entry["title"] not in entry["ladder"][0] and len(entry["moves_in"]) == 4
        price = re.search(r": \$([\d.]+)/\w+ \+ \$(\d+) ", text)
        assert price and {money(price.group(1)), money(price.group(2))}.isdisjoint(
            amounts(entry))
        assert points(entry, belongs_to=entry["transitions_to"][0], period="hour")
