"""The generator's six page families of held-back set 30 (benchmarks/web_families30.py).

Crewing-agency rank pages, civil-service examination notices, German-language occupation
profiles read through a translator, seasonal farm and vineyard flyers, consultancy terms of
reference and team role charters: each family's page carries the structure it imitates in
every variant, the variants are all drawn, the truth holds exactly the facts the page prints
(a perfect extraction scores one), and tanker allowances, joining bonuses, per diems,
differentials, bilingual bonuses, completion bonuses, piece rates, subsistence allowances and
charter bonuses stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families30 import FAMILY30_LAYOUTS

from generator_variants import SHARED_SEED, Pages, amounts, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "crewrank": {"scale": r"^Wage scale \(USD a month", "dayrate": r"DAY RATES AND CAREER"},
    "civilexam": {"notice": r"^NOTICE OF EXAMINATION$", "bulletin": r"^CLASS SERIES: "},
    "berufmt": {"de": r"^Activity in detail$", "at": r"^Activity characteristics$"},
    "farmflyer": {"ranch": r"^\*\*\* HELP WANTED", "vineyard": r"^The work$"},
    "torconsult": {"individual": r"^TERMS OF REFERENCE$", "appendix": r"^C\.1 Team composition"},
    "rolecharter": {"wiki": r"^Role charter: ", "doc": r"^Capabilities$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY30_LAYOUTS, another_seed=SHARED_SEED + 10,
             optional_printed=True)


def test_crew_ranks_own_their_rows_and_keep_bonuses_out(pages: Pages) -> None:
    for entry, text in pages["crewrank"]["scale"]:
        own = [s for s in entry["salaries"] if not s.get("belongs_to")]
        assert len(own) == 3 and all(s["period"] == "month" for s in own)
        assert len([s for s in entry["salaries"] if s.get("belongs_to")]) == 3
        bonus = re.search(r"Joining bonus: USD (\d+)", text)
        tanker = re.search(r"Tanker allowance: USD (\d+)", text)
        assert bonus and tanker
        assert {money(bonus.group(1)), money(tanker.group(1))}.isdisjoint(amounts(entry))
        assert len(entry["aliases"]) == 2 and entry["transitions_to"] and entry["sectors"]
    for entry, text in pages["crewrank"]["dayrate"]:
        assert {s["currency"] for s in entry["salaries"] if s["period"] == "day"} == {"GBP",
                                                                                  "USD"}
        assert points(entry, level="Staff", period="year")
        diem = re.search(r"Per diem offshore: £(\d+)", text)
        assert diem and money(diem.group(1)) not in amounts(entry)
        assert any(" / " in rung for rung in entry["ladder"][0])
        assert len(entry["employers"]) == 3 and len(entry["transitions_to"]) == 2


def test_exam_notices_give_the_title_its_band_and_feeders_as_moves_in(pages: Pages) -> None:
    for entry, text in pages["civilexam"]["notice"]:
        assert len(entry["salaries"]) == 1 and entry["salaries"][0]["period"] == "year"
        floor = re.search(r"current minimum salary is \$([\d,]+)", text)
        assert floor and money(floor.group(1)) == entry["salaries"][0]["min"]
        differential = re.search(r"A \$([\d,]+) differential", text)
        assert differential and money(differential.group(1)) not in amounts(entry)
        assert len(entry["moves_in"]) == 2 and len(entry["ladder"][0]) == 3
    for entry, text in pages["civilexam"]["bulletin"]:
        assert entry["salaries"][0]["period"] == "month"
        assert not float(entry["salaries"][0]["min"]).is_integer()
        bonus = re.search(r"Bilingual bonus: \$(\d+)", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
        assert entry["ladder"][0][0] in entry["moves_in"] and entry["transitions_to"]


def test_translated_profiles_read_german_euro_figures(pages: Pages) -> None:
    for entry, text in pages["berufmt"]["de"]:
        assert all(s["currency"] == "EUR" and s["period"] == "month"
                   for s in entry["salaries"])
        assert {s.get("region") for s in entry["salaries"] if s.get("point")} >= {"West",
                                                                                 "East"}
        assert any(s.get("belongs_to") in entry["leads_to"] for s in entry["salaries"])
        assert any(a.endswith("(m/f/d)") for a in entry["aliases"])
        activities = text.split("Activity in detail\n", 1)[1].splitlines()[0].split(" · ")
        assert len(activities) >= 4 and set(map(str.lower, activities)) <= {
            s.lower() for s in entry["skills"]["top"]}
    for entry, text in pages["berufmt"]["at"]:
        assert re.search(r"€ \d\.\d{3},- to € \d\.\d{3},-", text)
        assert len([s for s in entry["salaries"] if s.get("level", "").startswith("year")]) == 4
        assert len(entry["ladder"][0]) == 3 and len(entry["moves_in"]) == 2


def test_farm_flyers_keep_bonuses_and_piece_rates_out(pages: Pages) -> None:
    for entry, text in pages["farmflyer"]["ranch"]:
        assert {s["period"] for s in entry["salaries"] if not s.get("belongs_to")} == {
            "day", "month"}
        bonus = re.search(r"\+ \$(\d+) bonus", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
        owners = {s["belongs_to"] for s in entry["salaries"] if s.get("belongs_to")}
        assert entry["leads_to"][0] in owners and len(owners) == 2
    for entry, text in pages["farmflyer"]["vineyard"]:
        assert all(s["period"] == "hour" for s in entry["salaries"])
        assert len([s for s in entry["salaries"] if s.get("belongs_to")]) == 2
        assert "Holiday pay 8%" in text and len(entry["ladder"][0]) == 3 and entry["sectors"]


def test_terms_of_reference_keep_allowances_out_and_own_billing_rows(pages: Pages) -> None:
    for entry, text in pages["torconsult"]["individual"]:
        assert len(entry["salaries"]) == 1 and entry["salaries"][0]["period"] == "day"
        dsa = re.search(r"\(DSA\) of [A-Z]{3} (\d+)", text)
        assert dsa and money(dsa.group(1)) not in amounts(entry)
        assert entry["leads_to"][0].startswith("Senior ") and len(entry["moves_in"]) == 2
    for entry, text in pages["torconsult"]["appendix"]:
        owners = [s.get("belongs_to") for s in entry["salaries"]]
        assert owners.count(None) == 1 and len(owners) == 5
        assert any(o and " / " in o for o in owners)
        assert {s["currency"] for s in entry["salaries"]} == {"PHP", "USD"}
        diem = re.search(r"Per diem for field work: PHP ([\d,]+)", text)
        assert diem and money(diem.group(1)) not in amounts(entry)


def test_role_charters_give_levels_to_their_titles(pages: Pages) -> None:
    for entry, text in pages["rolecharter"]["wiki"]:
        assert points(entry, level="Senior") and len(entry["ladder"][0]) == 3
        assert [s["belongs_to"] for s in entry["salaries"] if s.get("belongs_to")] == [
            entry["ladder"][0][-1]]
        assert "(retired 2025)" in text and len(entry["transitions_to"]) == 2
    for entry, text in pages["rolecharter"]["doc"]:
        assert len([s for s in entry["salaries"] if not s.get("belongs_to")]) == 3
        assert all(s["currency"] == "CAD" for s in entry["salaries"])
        assert "[Suggestion, not approved" in text and len(entry["aliases"]) == 2
