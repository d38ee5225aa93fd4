"""The generator's six page families of held-back set 41 (benchmarks/web_families41.py).

Hungarian postings read through a browser translator, Freedom-of-Information disclosures
about one post, parish and congregation profiles, job pages with a schema.org JobPosting
JSON-LD block, municipal budget books' job-class pages and research grants' staff costings:
each family's page carries the structure it imitates in every variant, the variants are all
drawn, the truth holds exactly the facts the page prints (a perfect extraction scores one),
and cafeteria, allowances, housing, tip shares, differentials, budget totals, on-costs and
salary caps stay out of the role's pay while other titles' figures keep their owners, agencies
do not employ and people's names never become roles.
"""

from __future__ import annotations

import json
import re

from benchmarks.web_families41 import FAMILY41_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "hungarianmt": {"board": r"^Translate ▸ Hungarian → English ",
                    "agency": r"^Page translated · Original language: Hungarian "},
    "foiresponse": {"log": r"^Freedom of Information disclosure: ",
                    "thread": r"^FOI request to "},
    "parishprofile": {"diocese": r"^Parish Profile and Statement of Needs: ",
                      "congregation": r"^Position Description: "},
    "jsonldposting": {"pretty": r'^  "@type": "JobPosting",$',
                      "minified": r'^<script type="application/ld\+json">\{"@context"'},
    "budgetbook": {"county": r"^FY \d{4}-\d\d RECOMMENDED BUDGET ",
                   "city": r"^Program SummaryThe "},
    "grantcosting": {"uk": r"^JUSTIFICATION OF RESOURCES \(JoR\)$",
                     "nih": r"^B\. Other Personnel$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY41_LAYOUTS, another_seed=gv.SHARED_SEED + 20,
                optional_printed=True)


def _forint(text: str) -> float:
    """A Hungarian figure with space-grouped thousands: "432 500" is 432500."""
    return float(text.replace(" ", ""))


def test_hungarian_postings_read_forints_and_keep_cafeteria_out(pages: gv.Pages) -> None:
    for family in ("board", "agency"):
        for entry, text in pages["hungarianmt"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"HUF"}
            assert re.search(r"bruttó \d{1,3} \d{3} Ft", text) and entry["aliases"]
            assert entry["ladder"] and entry["moves_in"] and entry["transitions_to"]
            assert gv.point_regions(entry) and len(entry["employers"]) >= 1
    for entry, text in pages["hungarianmt"]["board"]:
        assert len(entry["employers"]) == 2 and len(gv.salary_owners(entry)) == 3
        assert any(s.get("open_ended") for s in entry["salaries"])
        for pattern in (r"cafeteria (\d{3} \d{3}) Ft", r"less than (\d{3} \d{3}) Ft"):
            found = re.search(pattern, text)
            assert found and _forint(found.group(1)) not in gv.amounts(entry)
    for entry, text in pages["hungarianmt"]["agency"]:
        assert {s["period"] for s in gv.own_salaries(entry)} == {"hour", "month"}
        agency = re.search(r"Employment by (.+?) \(", text)
        assert agency and agency.group(1) in entry["optional"]
        assert text.rstrip().endswith(entry["must_not_appear"][-1])
        found = re.search(r"attendance bonus (\d+ \d{3}) Ft", text)
        assert found and _forint(found.group(1)) not in gv.amounts(entry)


def test_foi_responses_give_the_post_its_band_and_others_theirs(pages: gv.Pages) -> None:
    for family in ("log", "thread"):
        for entry, _ in pages["foiresponse"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"GBP"}
            assert len(entry["employers"]) == 1 and not entry["sectors"]
            assert len(gv.salary_owners(entry)) == 2 and len(entry["ladder"][0]) == 3
    for entry, text in pages["foiresponse"]["log"]:
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Senior"]
        assert "section 40(2)" in text and "Person specification:" in text
        gv.absent(entry, text, r"standby allowance of £(\d+)")
        gv.absent(entry, text, r"car user allowance of £([\d,]+)")
    for entry, text in pages["foiresponse"]["thread"]:
        assert [s.get("level") for s in gv.own_salaries(entry)] == ["Band 6"]
        assert "(HTML version)" in text and "section 43(2)" in text
        gv.absent(entry, text, r"supplement of up to £([\d,]+)")


def test_parish_profiles_pay_the_stipend_and_keep_housing_out(pages: gv.Pages) -> None:
    for family in ("diocese", "congregation"):
        for entry, _ in pages["parishprofile"][family]:
            assert len(gv.own_salaries(entry)) == 1 and len(entry["employers"]) == 1
            assert entry["leads_to"] and entry["transitions_to"] and len(entry["moves_in"]) == 2
    for entry, text in pages["parishprofile"]["diocese"]:
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 2 and re.search(r"\.{3,} \d$", text, re.M)
        assert "WelcomeWe " in text
        gv.absent(entry, text, r"Parish Share £([\d,]+)")
        gv.absent(entry, text, r"working expenses \(about £([\d,]+)\)")
    for entry, text in pages["parishprofile"]["congregation"]:
        assert {s["currency"] for s in entry["salaries"]} == {"USD"} and entry["sectors"]
        assert f"{entry['title']}({entry['aliases'][0]})" in text
        gv.absent(entry, text, r"continuing-education allowance of \$([\d,]+)")


def _block(text: str) -> dict:
    """The page's JSON-LD block, parsed."""
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    assert found
    return json.loads(found.group(1))


def test_jsonld_postings_pay_the_role_from_the_block_and_the_text(pages: gv.Pages) -> None:
    for family in ("pretty", "minified"):
        for entry, text in pages["jsonldposting"][family]:
            block = _block(text)
            assert block["title"] == entry["title"] and entry["aliases"]
            value = block["baseSalary"]["value"]
            assert [s for s in gv.own_salaries(entry)
                    if (s["min"], s["max"]) == (value["minValue"], value["maxValue"])]
            assert "JobPosting" in entry["must_not_appear"] and entry["sectors"]
    for entry, text in pages["jsonldposting"]["pretty"]:
        assert {s["period"] for s in entry["salaries"]} == {"hour"}
        assert len(gv.own_salaries(entry)) == 3 and len(gv.salary_owners(entry)) == 1
        assert "&amp;" in text and entry["transitions_to"]
        gv.absent(entry, text, r"tip share \(about \$([\d.]+)/hr\)")
    for entry, text in pages["jsonldposting"]["minified"]:
        assert [s for s in gv.own_salaries(entry) if s.get("level") == "Trainee"]
        assert len(gv.salary_owners(entry)) == 1 and text.rstrip().endswith("$")
        gv.absent(entry, text, r"shift differential of \$([\d.]+)/hr")


def test_budget_books_pay_each_class_numeral_and_keep_totals_out(pages: gv.Pages) -> None:
    for family in ("county", "city"):
        for entry, _ in pages["budgetbook"][family]:
            assert {s["currency"] for s in entry["salaries"]} == {"USD"}
            assert len(entry["employers"]) == 1 and not entry["sectors"]
            assert all(a.startswith(entry["title"]) for a in entry["aliases"])
            assert len(gv.own_salaries(entry)) == 3 and entry["ladder"][0][0] == entry["title"]
    for entry, text in pages["budgetbook"]["county"]:
        assert {s.get("level") for s in gv.own_salaries(entry)} == {"I", "II", "III"}
        assert len(gv.salary_owners(entry)) == 4 and entry["leads_to"]
        gv.absent(entry, text, r"Salaries and Benefits rise to \$([\d,]+)")
        gv.absent(entry, text, r"bilingual pay \(\$(\d+)/month\)")
    for entry, text in pages["budgetbook"]["city"]:
        assert {s["period"] for s in entry["salaries"]} == {"hour"}
        assert "Lead" in {s.get("level") for s in gv.own_salaries(entry)}
        assert len(gv.salary_owners(entry)) == 2 and entry["transitions_to"]
        gv.absent(entry, text, r"uniform allowance of \$(\d+)")
        gv.absent(entry, text, r"Contract services total \$([\d,]+)")


def test_grant_costings_keep_on_costs_and_the_cap_out(pages: gv.Pages) -> None:
    for family in ("uk", "nih"):
        for entry, _ in pages["grantcosting"][family]:
            assert len(entry["employers"]) == 1 and entry["moves_in"]
            assert len(gv.salary_owners(entry)) >= 1 and entry["aliases"]
    for entry, text in pages["grantcosting"]["uk"]:
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and entry["sectors"]
        levels = {s.get("level") for s in gv.own_salaries(entry)}
        assert "Senior" in levels and len(levels) == 3
        gv.absent(entry, text, r"add about £([\d,]+) a year")
        gv.absent(entry, text, r"Consumables: £([\d,]+)")
    for entry, text in pages["grantcosting"]["nih"]:
        assert {s["currency"] for s in entry["salaries"]} == {"USD"} and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 2 and "To Be Named" in text
        gv.absent(entry, text, r"Salary Cap of \$([\d,]+)")
        assert text.rstrip().endswith("$")
