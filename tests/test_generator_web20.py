"""The generator's six page families of held-back set 20 (benchmarks/web_families20.py).

ESCO occupation records and portals built on them, military-to-civilian translators, Polish
career pages read through a browser translator, obituaries and trade-magazine tributes,
experience certificates and recommendation letters, and Dictionary of Occupational Titles
entries: each family's page carries the structure it imitates in every variant, the variants
are all drawn, the truth holds exactly the facts the page prints (a perfect extraction scores
one), and net pay, allowances, stipends, piece prices, differentials and other occupations'
wages stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families20 import FAMILY20_LAYOUTS

from generator_variants import Pages, amounts, decimal_comma, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "escoprofile": {"record": r"^Concept URI http", "portal": r"^Preferred label"},
    "vetmatch": {"career": r"^Civilian career match for: ",
                 "translator": r"^MILITARY-TO-CIVILIAN TRANSLATOR$"},
    "polishmt": {"portal": r"^Salary by voivodeship$", "recruit": r"^We offer:$"},
    "tribute": {"obituary": r"Funeral Home & Cremation Services$",
                "magazine": r"^◂ Continued from page \d+$"},
    "refletter": {"certificate": r"^EXPERIENCE CERTIFICATE$",
                  "letter": r"^VERIFICATION OF EMPLOYMENT"},
    "dotentry": {"mirror": r"^Occupational Group: ", "profile": r"^DOT CODE: "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY20_LAYOUTS, optional_printed=True)


def test_esco_records_list_skills_one_a_line_and_portals_glue_them(pages: Pages) -> None:
    for entry, text in pages["escoprofile"]["record"]:
        assert not entry["salaries"] and not entry["employers"]
        assert not entry["transitions_to"] and not entry["moves_in"]
        listed = re.findall(r"^ (\S.*)$", text, re.M)
        assert set(entry["skills"]["top"]) <= set(listed)
        narrower = text.split("Narrower occupations\n")[1].split("\nBroader")[0]
        assert {n.strip() for n in narrower.splitlines()} <= set(entry["optional"])
    for entry, text in pages["escoprofile"]["portal"]:
        assert re.search(r"^Essential skills \(\d+\)\S", text, re.M)
        assert "Salary not stated" in text and "Salary not stated" in entry["must_not_appear"]
        slash = re.search(r"^(.+) / (.+) \(m/f/d\)  ·  .+ € ([\d,]+) – € ([\d,]+) per month",
                          text, re.M)
        assert slash and slash.group(1) == entry["title"]
        band = {"min": money(slash.group(3)), "max": money(slash.group(4))}
        owners = {s.get("belongs_to") for s in entry["salaries"]
                  if s["min"] == band["min"] and s["max"] == band["max"]}
        assert owners == {None, slash.group(2)}  # a slash card gives its band to both


def test_translators_keep_other_matches_and_stipends_out_of_the_role(pages: Pages) -> None:
    for entry, text in pages["vetmatch"]["career"]:
        rows = re.findall(r"^(.+) \((?:Army|Navy|Air Force|Marine Corps|Coast Guard) \w+\)  →",
                          text, re.M)
        assert set(entry["moves_in"]) == set(rows) - {entry["title"]}
        assert entry["title"] in rows  # the military job of the role's own name is no move
        median = re.search(r"^Median pay \(U\.S\.\): \$([\d,]+) per year \| \$([\d.]+)", text,
                           re.M)
        assert median and money(median.group(1)) in points(entry, point=True)
    for entry, text in pages["vetmatch"]["translator"]:
        assert len(entry["moves_in"]) <= 1
        others = re.findall(r"^\d  (.+?)    \d+% match    Median \$([\d,]+)/yr$", text, re.M)
        assert len(others) == 4
        for title, value in others:
            assert title in entry["optional"]
            assert any(s.get("belongs_to") == title and s["min"] == money(value)
                       for s in entry["salaries"])
        first = re.search(r"apprentices typically start at \$([\d.]+) an hour", text)
        assert first and float(first.group(1)) in points(entry, level="Apprentice")
        assert "monthly housing stipend" in entry["must_not_appear"]


def test_polish_pages_read_polish_notation_and_drop_net_pay_and_allowances(
        pages: Pages) -> None:
    for entry, _ in every(pages, "polishmt"):
        assert all(s["currency"] == "PLN" for s in entry["salaries"])
    for entry, text in pages["polishmt"]["portal"]:
        net = re.search(r"\(na rękę\), the median corresponds to about ([\d ]+) zł", text)
        assert net and decimal_comma(net.group(1)) not in amounts(entry)
        glued = re.findall(r"(\D+?)(\d[\d ]*) zł", text.split(
            "Salary by voivodeship\n")[1].splitlines()[0])
        assert len(glued) >= 3
        for region, value in glued:
            assert decimal_comma(value) in points(entry, region=region)
        rows = re.findall(r"^(?:up to 1 year|1 - 5 years|over 10 years)  ([\d ]+,00) zł$", text,
                          re.M)
        assert len(rows) == 3 and {decimal_comma(v) for v in rows} <= points(entry, point=True)
        piece = re.search(r"costs from ([\d ]+) zł", text)
        assert piece and decimal_comma(piece.group(1)) not in amounts(entry)
    for entry, text in pages["polishmt"]["recruit"]:
        course = re.search(r"salary during the course ([\d ]+,\d\d) zł", text)
        assert course and decimal_comma(course.group(1)) in points(entry, level="Trainee")
        average = re.search(r"were PLN ([\d.]+) thousand gross", text)
        assert average and float(average.group(1)) * 1000 in points(entry, point=True)
        national = re.search(r"national economy .+ was PLN ([\d,]+) thousand", text)
        assert national and decimal_comma(national.group(1)) * 1000 not in amounts(entry)


def test_tributes_tell_the_career_in_order_with_historical_pay(pages: Pages) -> None:
    for entry, text in every(pages, "tribute"):
        assert not entry["sectors"] and not entry["moves_in"]
        for ladder in entry["ladder"]:
            places = [text.lower().index(r.lower()) for r in ladder]
            assert entry["title"] in ladder and len(places) >= 2
    for entry, text in pages["tribute"]["obituary"]:
        start = re.search(r"starting at \$([\d.]+) an hour", text)
        assert start and float(start.group(1)) in points(entry, level="Apprentice")
        assert "U.S. Navy" in entry["optional"]
    for entry, text in pages["tribute"]["magazine"]:
        wage = re.search(r"as an? (.+?), sweeping floors for £(\d) (\d+)s a week", text)
        assert wage
        value = int(wage.group(2)) + int(wage.group(3)) / 20
        owner = next(o for o in entry["optional"] if o.lower() == wage.group(1))
        assert value in points(entry, period="week", belongs_to=owner)
        assert text.count("& CRAFT | ") == 3  # running heads, the last cut off


def test_certificates_pay_in_indian_grouping_and_letters_drop_differentials(
        pages: Pages) -> None:
    for entry, text in pages["refletter"]["certificate"]:
        pay = re.findall(r"₹ ([\d,]+)/- per annum", text)
        assert len(pay) == 2
        assert {money(v) for v in pay} <= {float(s["min"]) for s in entry["salaries"]
                                            if s["currency"] == "INR"}
        assert re.search(r"\(Rupees [A-Z][a-z]+( [A-Z][a-z]+)* Only\)", text)
        assert len(entry["employers"]) == 1
    for entry, text in pages["refletter"]["letter"]:
        rate = re.search(r"Base rate of pay: \$([\d.]+) per hour", text)
        assert rate and float(rate.group(1)) in points(entry, level="II", period="hour")
        differential = re.search(r"Shift differential: \$([\d.]+)/hr", text)
        assert differential and float(differential.group(1)) not in amounts(entry)
        assert len(entry["ladder"]) <= 1 and all(len(lad) == 2 for lad in entry["ladder"])


def test_dictionary_entries_give_crosswalk_wages_to_their_occupation(pages: Pages) -> None:
    for entry, text in every(pages, "dotentry"):
        assert entry["salaries"] and all(s.get("belongs_to") for s in entry["salaries"])
        assert not entry["employers"] and not entry["moves_in"]
        assert re.search(r"^GOE: [\d.]+ STRENGTH: [SLM] GED: R\d M\d L\d SVP: \d DLU: \d\d$",
                         text, re.M)
        assert entry["title"].upper() in text
    for entry, text in pages["dotentry"]["profile"]:
        known = re.search(r"May be known as (.+) \(.+\) when working in", text)
        assert known and known.group(1).lower() in [a.lower() for a in entry["aliases"]]


def test_trades_name_the_unlevelled_role_and_no_software(pages: Pages) -> None:
    from benchmarks.generate import TOOLS

    for family in ("tribute", "refletter"):  # "Senior Chemist" held last: the role is Chemist
        for entry, _ in every(pages, family):
            rungs = [rung for ladder in entry["ladder"] for rung in ladder]
            base = re.sub(r"^(Junior|Senior|Lead|Principal) ", "", entry["title"])
            assert base == entry["title"] or base not in rungs, entry["file"]
    assert any(entry["ladder"] and entry["ladder"][0][-1] != entry["title"]
               for entry, _ in pages["refletter"]["certificate"])
    for family in ("tribute", "dotentry"):
        for entry, _ in every(pages, family):
            named = {s for names in entry["skills"].values() for s in names}
            assert not set(TOOLS) & named, entry["file"]


def test_tributes_and_dictionary_entries_name_occupations_of_their_kind(pages: Pages) -> None:
    from benchmarks.web_families20 import _DOT_JOBS, _TRADES

    for family, titles in (("tribute", {t[0] for t in _TRADES}),
                           ("dotentry", {t[0] for t in _DOT_JOBS})):
        for entry, _ in every(pages, family):  # a trade or a dictionary occupation, no tech title
            assert entry["role"].startswith("occ:") and entry["title"] in titles, entry["file"]
