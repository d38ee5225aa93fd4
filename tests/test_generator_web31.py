"""The generator's six page families of held-back set 31 (benchmarks/web_families31.py).

School careers lesson plans, allied-health award pages, labour-hire ticket guides, fire and
police recruitment FAQs, skills-competition trade pages and church vocations pages: each
family's page carries the structure it imitates in every variant, the variants are all drawn,
the truth holds exactly the facts the page prints (a perfect extraction scores one), and
minimum-wage notes of other jobs, answer keys, allowances, salary packaging, LAFHA, CPD
payments, apprentice percentages, reference stipends and certificate uplifts stay out of the
role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families31 import FAMILY31_LAYOUTS

from generator_variants import (
    SHARED_SEED,
    Pages,
    amounts,
    family_tests,
    money,
    own_salaries,
    points,
)

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "lessonplan": {"ks3": r"^JOB PROFILE: ", "cte": r"^STUDENT HANDOUT$"},
    "healthaward": {"levels": r"^Salary \(per year, from", "hp": r"^Career structure and wage"},
    "tickets": {"mining": r"^Your ticket ladder$", "construction": r"^Pay by ticket class"},
    "rankfaq": {"fire": r"^Q\. What will I be paid\?$", "police": r"^What does the job pay\?$"},
    "skillscomp": {"uk": r"^Occupational standards \(weighting\)$",
                   "contest": r"^CAREER CONNECTIONS$"},
    "vocations": {"diocese": r"^Stipends and benefits", "archdiocese": r"^Salary guidelines"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY31_LAYOUTS, another_seed=SHARED_SEED + 11,
             optional_printed=True)


def test_lesson_plans_give_the_handout_pay_to_the_job(pages: Pages) -> None:
    for entry, text in pages["lessonplan"]["ks3"]:
        assert len(own_salaries(entry)) == 2
        assert all(s["currency"] == "GBP" for s in own_salaries(entry))
        wage = re.search(r"National Living Wage, £([\d.]+) an hour", text)
        assert wage and [s["belongs_to"] for s in entry["salaries"]
                         if s["period"] == "hour"] != []
        assert money(wage.group(1)) not in points(entry, belongs_to=None)
        assert len(entry["aliases"]) == 2 and len(entry["transitions_to"]) == 2
        assert " / " in text and entry["sectors"]
    for entry, text in pages["lessonplan"]["cte"]:
        assert points(entry, point=True) and "[ ] " in text
        key = re.search(r"Answer key: Q1\. \$([\d.]+)", text)
        assert key and money(key.group(1)) not in amounts(entry)
        assert len([s for s in entry["salaries"] if s.get("belongs_to")]) == 2
        assert " -> " in text and len(entry["moves_in"]) == 2


def test_award_pages_read_single_rates_a_year(pages: Pages) -> None:
    for entry, text in pages["healthaward"]["levels"]:
        assert all(s["min"] == s["max"] and s["period"] == "year" for s in entry["salaries"])
        assert len(entry["salaries"]) == 9
        packaging = re.search(r"Salary packaging up to \$([\d,]+)", text)
        assert packaging and money(packaging.group(1)) not in amounts(entry)
        assert len(entry["ladder"][0]) == 3 and len(entry["transitions_to"]) == 2
    for entry, text in pages["healthaward"]["hp"]:
        owners = {s.get("belongs_to") for s in entry["salaries"]}
        assert len(owners - {None}) == 2 and points(entry, level="Senior")
        fortnight = re.findall(r"\| \$([\d,]+\.\d\d) \|", text)
        assert fortnight and not {money(f) for f in fortnight} & amounts(entry)
        assert entry["ladder"][0][0].startswith("Graduate ")


def test_ticket_guides_keep_allowances_out_and_own_rows(pages: Pages) -> None:
    for entry, text in pages["tickets"]["mining"]:
        assert {s["period"] for s in own_salaries(entry)} == {"hour", "year"}
        assert "| salaried |" in text and any(" / " in r for r in entry["ladder"][0])
        lafha = re.search(r"LAFHA \$(\d+)", text)
        assert lafha and money(lafha.group(1)) not in amounts(entry)
        assert len(entry["employers"]) == 3
    for entry, text in pages["tickets"]["construction"]:
        assert len(own_salaries(entry)) == 6
        assert all(s["period"] == "hour" for s in entry["salaries"])
        assert " ➜ " in text and len(entry["employers"]) == 3
        assert any("project" in n for n in entry["must_not_appear"])


def test_recruitment_faqs_give_ranks_their_pay(pages: Pages) -> None:
    for entry, text in pages["rankfaq"]["fire"]:
        assert len(own_salaries(entry)) == 2 and " > " in text
        cpd = re.search(r"A CPD payment of £([\d,]+)", text)
        assert cpd and money(cpd.group(1)) not in amounts(entry)
        assert len({s["belongs_to"] for s in entry["salaries"] if s.get("belongs_to")}) == 3
    for entry, text in pages["rankfaq"]["police"]:
        assert len(own_salaries(entry)) == 4 and " • " in text and " → " in text
        assert "no separate rank" in text and len(entry["moves_in"]) == 3
        assert any(o.startswith("Senior ") for o in entry["optional"])


def test_competition_pages_keep_percentages_out(pages: Pages) -> None:
    for entry, text in pages["skillscomp"]["uk"]:
        assert len(own_salaries(entry)) == 1 and len(entry["salaries"]) == 2
        assert re.search(r"— \d+%$", text, re.M) and len(entry["aliases"]) == 2
    for entry, text in pages["skillscomp"]["contest"]:
        assert points(entry, point=True, period="hour")
        share = re.search(r"about (\d+)% of the journeyperson", text)
        assert share and money(share.group(1)) not in amounts(entry)
        assert entry["moves_in"] and len(entry["transitions_to"]) == 2


def test_vocations_pages_keep_reference_stipends_out(pages: Pages) -> None:
    for entry, text in pages["vocations"]["diocese"]:
        minimum = re.search(r"Stipend \(for reference\): £([\d,]+)", text)
        assert minimum and money(minimum.group(1)) not in amounts(entry)
        assert [s["belongs_to"] for s in entry["salaries"] if s.get("belongs_to")] == ["Curate"]
        assert len(entry["ladder"][0]) == 3 and len(entry["leads_to"]) == 2
    for entry, text in pages["vocations"]["archdiocese"]:
        assert len(own_salaries(entry)) == 2 and len(entry["salaries"]) == 5
        assert re.search(r"Add \d% with the certificate", text) and entry["sectors"]
