"""The generator's six page families of held-back set 32 (benchmarks/web_families32.py).

Licence-ladder pages, defence reserve recruiting pages, agricultural extension fact sheets,
physical demands analyses, total reward statements and collective-agreement schedules: each
family's page carries the structure it imitates in every variant, the variants are all drawn,
the truth holds exactly the facts the page prints (a perfect extraction scores one), and kit
grants, per diems, bounties, retention bonuses, housing notes, premiums and allowances,
standby, overtime, pension and leave values, differentials and shift premiums stay out of the
role's pay.
"""

from __future__ import annotations

import re

from benchmarks.web_families32 import FAMILY32_LAYOUTS

from generator_variants import (
    SHARED_SEED,
    Pages,
    amounts,
    family_tests,
    money,
    own_salaries,
    points,
    salary_owners,
)

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "licenceladder": {"steps": r"^STEP 1 ", "licences": r"^LICENCES AND RATINGS"},
    "reserves": {"army": r"^PAY \(daily rates", "navy": r"^PAY – reservists are paid"},
    "extension": {"landgrant": r"^Related fact sheets:", "authority": r"^CAREER PROGRESSION$"},
    "physdemands": {"pda": r"^3\. TOOLS & EQUIPMENT$", "jta": r"^EQUIPMENT / TOOLS: "},
    "rewardstatement": {"band": r"^YOUR PAY$", "county": r"^SECTION 1 – CASH COMPENSATION$"},
    "cbaannex": {"schedule": r"^SCHEDULE \"A\"", "appendix": r"^APPENDIX B "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY32_LAYOUTS, another_seed=SHARED_SEED + 11,
             optional_printed=True)


def test_licence_ladders_give_other_jobs_their_rows(pages: Pages) -> None:
    for entry, text in pages["licenceladder"]["steps"]:
        assert all(s["period"] == "month" for s in entry["salaries"])
        assert len(own_salaries(entry)) == 2
        assert points(entry, level="Junior") and len(salary_owners(entry)) == 2
        kit = re.search(r"the [€£] ?([\d.,]+) kit grant", text)
        assert kit and money(kit.group(1).replace(".", ",")) not in amounts(entry)
        assert "In short: " in text and len(entry["ladder"][0]) == 5
    for entry, text in pages["licenceladder"]["licences"]:
        assert len(own_salaries(entry)) == 3 and points(entry, level="Senior")
        assert any(" / " in o for o in salary_owners(entry)) and " > " in text
        diem = re.search(r"A \$(\d+)/day per diem", text)
        assert diem and money(diem.group(1)) not in amounts(entry)
        assert len(entry["moves_in"]) == 3 and len(entry["transitions_to"]) == 2


def test_reserve_pages_pay_ranks_a_day(pages: Pages) -> None:
    for entry, text in pages["reserves"]["army"]:
        assert all(s["period"] == "day" for s in entry["salaries"])
        assert len(own_salaries(entry)) == 1 and len(salary_owners(entry)) == 4
        bounty = re.search(r"bounty of £(\d+)", text)
        assert bounty and money(bounty.group(1)) not in amounts(entry)
        assert entry["title"] not in entry["ladder"][0] and entry["leads_to"]
        assert any("Covenant" in n for n in entry["must_not_appear"])
    for entry, text in pages["reserves"]["navy"]:
        assert len(own_salaries(entry)) == 1 and len(salary_owners(entry)) == 3
        bonus = re.search(r"the \$([\d,]+) retention bonus", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
        assert " > " in text and entry["sectors"] and len(entry["employers"]) == 3


def test_extension_sheets_read_medians_and_floors(pages: Pages) -> None:
    for entry, text in pages["extension"]["landgrant"]:
        assert points(entry, point=True) and len(own_salaries(entry)) == 2
        assert len(salary_owners(entry)) == 1 and " -> " in text
        assert "4-H" in entry["optional"] and entry["title"] in entry["ladder"][0]
    for entry, text in pages["extension"]["authority"]:
        assert [s for s in entry["salaries"] if s.get("open_ended")]
        assert points(entry, level="Assistant") and len(own_salaries(entry)) == 3
        assert re.search(r"^SKILLS NEEDED\w", text, re.M) and " → " in text


def test_demands_analyses_keep_allowances_out(pages: Pages) -> None:
    for entry, text in pages["physdemands"]["pda"]:
        assert len(own_salaries(entry)) == 2 and salary_owners(entry) == {"Lead Hand"}
        boots = re.search(r"boot allowance \$(\d+)", text)
        assert boots and money(boots.group(1)) not in amounts(entry)
        assert " | " in text and "Standing" in entry["must_not_appear"]
    for entry, text in pages["physdemands"]["jta"]:
        assert points(entry, level="Trainee") and salary_owners(entry) == {"Leading Hand"}
        cold = re.search(r"\$([\d.]+)/hr cold allowance", text)
        assert cold and money(cold.group(1)) not in amounts(entry)
        assert entry["moves_in"] and len(entry["transitions_to"]) == 3


def test_reward_statements_keep_benefit_values_out(pages: Pages) -> None:
    for entry, text in pages["rewardstatement"]["band"]:
        assert len(own_salaries(entry)) == 3 and points(entry, level="Senior")
        standby = re.search(r"Standby and call-out.* [£€]([\d,]+)$", text, re.M)
        assert standby and money(standby.group(1)) not in amounts(entry)
        assert " > " in text and len(salary_owners(entry)) == 3
    for entry, text in pages["rewardstatement"]["county"]:
        periods = [s["period"] for s in own_salaries(entry)]
        assert periods.count("year") == 1 and periods.count("hour") == 4
        longevity = re.search(r"Longevity pay \.+ \$(\d+)", text)
        assert longevity and money(longevity.group(1)) not in amounts(entry)
        assert len(entry["employers"]) == 2 and len(entry["leads_to"]) == 2


def test_agreement_schedules_read_classes_as_bands(pages: Pages) -> None:
    for entry, text in pages["cbaannex"]["schedule"]:
        assert len(own_salaries(entry)) == 2 and len(salary_owners(entry)) == 3
        premium = re.search(r"Shift premium: \$([\d.]+)/hr", text)
        assert premium and money(premium.group(1)) not in amounts(entry)
        assert " – " in text and entry["moves_in"] and len(entry["leads_to"]) == 2
    for entry, text in pages["cbaannex"]["appendix"]:
        assert len(own_salaries(entry)) == 3 and len(salary_owners(entry)) == 2
        weekend = re.search(r"Weekend differential \$([\d.]+)/hr", text)
        assert weekend and money(weekend.group(1)) not in amounts(entry)
        assert len(entry["moves_in"]) == 2 and len(entry["ladder"][0]) == 3
