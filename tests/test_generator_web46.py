"""The generator's six page families of held-back set 46 (benchmarks/web_families46.py).

Serbian and Lithuanian postings read through a browser translator, franchisees' staff-handbook
sections, worker cooperatives' member-worker role pages, municipal pay-transparency registers
and grading-appeal outcomes: each family's page carries the structure it imitates in every
variant, the variants are all drawn, the truth holds exactly the facts the page prints (a
perfect extraction scores one), and "on hand" equivalents, holiday allowances, one-sided
shares and quartiles, per-unit payments, premiums, member shares, dividends, employer costs,
back pay and honoraria stay out of the role's pay while other titles' figures keep their
owners, the franchisee employs and the franchisor does not, and a job-evaluation scheme's
factor names are no skills.
"""

from __future__ import annotations

import re

from benchmarks.web_families46 import FAMILY46_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "serbianmt": {"plant": r"^Page in Serbian translated to English · ",
                  "shop": r"^Serbian → English · Translated by your browser"},
    "lithuanianmt": {"office": r"^Translated from Lithuanian · Show original",
                     "factory": r"^Lithuanian » English \| Machine translated"},
    "staffhandbook": {"uk": r"^.+ · TEAM HANDBOOK \(UK\) · Document ",
                      "us": r"^EMPLOYEE HANDBOOK — "},
    "coopmembers": {"uk": r"^Pay in a co-op$", "us": r"^.+ \| Member-owner track \| "},
    "payregister": {"borough": r"^PAY AND GRADING REGISTER \d{4}/\d\d$",
                    "city": r"^Position Classification and Pay Register "},
    "gradeappeal": {"panel": r"^JOB EVALUATION APPEAL PANEL — OUTCOME NOTICE$",
                    "letter": r"^PeopleDesk HR \| Cases \| "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY46_LAYOUTS, another_seed=gv.SHARED_SEED + 25,
                optional_printed=True)


def levels(entry: dict[str, object]) -> set[str]:
    """The levels of the role's own salaries."""
    return {str(s.get("level")) for s in gv.own_salaries(entry) if s.get("level")}


def test_serbian_postings_pay_dinars_not_the_meal_or_the_regres(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "serbianmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"RSD"} and entry["aliases"]
        assert entry["ladder"] and entry["transitions_to"] and entry["moves_in"]
        assert "Trainee" in levels(entry) and entry["sectors"]
    for entry, text in pages["serbianmt"]["plant"]:
        assert re.search(r"^Salary: \d+\.000 – \d+\.000 din\. net per month$", text, re.M)
        assert re.search(r"^We offerSteady ", text, re.M) and len(entry["employers"]) == 2
        assert len(gv.point_regions(entry)) == 1 and len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"\(regres\) (\d+\.\d{3}) din\.", comma=True)
        gv.absent(entry, text, r"offer more than (\d+\.\d{3}) din\.", comma=True)
    for entry, text in pages["serbianmt"]["shop"]:
        assert re.search(r"^What we are looking forCompleted ", text, re.M)
        assert re.search(r"RSD net \+ \d% from each service$", text, re.M)
        assert len(gv.point_regions(entry)) == 4 and len(entry["skills"]["top"]) >= 5
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]


def test_lithuanian_postings_pay_the_gross_range_once(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "lithuanianmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"EUR"} and entry["aliases"]
        assert entry["ladder"] and entry["transitions_to"] and entry["moves_in"]
        assert len(gv.point_regions(entry)) == 2
    for entry, text in pages["lithuanianmt"]["office"]:
        assert re.search(r"^\d \d{3} – \d \d{3} EUR/month\. Gross \(before taxes\)$", text, re.M)
        assert levels(entry) == {"Junior", "Senior"} and len(entry["ladder"][0]) == 4
        assert entry["sectors"] and len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"On hand: ~(\d[\d ]*\d) – ", comma=True)
        gv.absent(entry, text, r"Quarter of offers exceeds (\d \d{3}) EUR", comma=True)
    for entry, text in pages["lithuanianmt"]["factory"]:
        assert re.search(r"^.+ collector \(m/f\)$", text, re.M) and "collector" in entry["title"]
        assert re.search(r"· \d+,\d\d – \d+,\d\d EUR/h gross$", text, re.M)
        assert "Trainee" in levels(entry) and len(entry["transitions_to"]) == 2
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]
        assert re.search(r"^About the company\S", text, re.M) and not entry["sectors"]


def test_staff_handbooks_name_the_franchisee_not_the_franchisor(pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "staffhandbook"):
        assert len(entry["employers"]) == 1 and entry["aliases"] and entry["ladder"]
        franchisor = re.search(r"([^.\s][^.]*? Ltd) does not employ you"
                               r"|([^.\s][^.]*? Inc\.) licenses", text)
        assert franchisor, entry["file"]
        name = franchisor[1] or franchisor[2]
        assert name in entry["optional"] and name not in str(entry["employers"])
        assert entry["transitions_to"] and entry["moves_in"] and not entry["sectors"]
    for entry, text in pages["staffhandbook"]["uk"]:
        assert re.search(r"^Position \| Rate \| Notes$", text, re.M)
        assert len(re.findall(r"^[A-Z][^|\n]+ \| £[\d,.]+", text, re.M)) == 5  # a row a line
        assert len(gv.own_salaries(entry)) == 2 and len(gv.salary_owners(entry)) == 4
        assert len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"plus (\d\d)p per")
        gv.absent(entry, text, r"late-night premium of £(\d\.\d\d)")
    for entry, text in pages["staffhandbook"]["us"]:
        assert re.search(r"^Position summary:The ", text, re.M) and len(entry["aliases"]) == 3
        assert "Trainee" in levels(entry) and len(gv.salary_owners(entry)) == 3
        assert len(entry["ladder"][0]) == 4
        gv.absent(entry, text, r"weekend premium of \$(\d\.\d\d)")
        gv.absent(entry, text, r"\$(\d) spiffs")


def test_cooperatives_pay_the_member_rate_not_shares_or_dividends(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "coopmembers"):
        assert "Candidate member" in levels(entry) and len(entry["employers"]) == 1
        assert entry["sectors"] and entry["transitions_to"] and len(entry["moves_in"]) == 2
    for entry, text in pages["coopmembers"]["uk"]:
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"}
        assert len(gv.own_salaries(entry)) == 3 and not gv.salary_owners(entry)
        assert entry["leads_to"] and not entry["ladder"] and not entry["aliases"]
        gv.absent(entry, text, r"dividend \(£(\d+) each")
        assert "one £1 share" in text
    for entry, text in pages["coopmembers"]["us"]:
        assert {s["currency"] for s in entry["salaries"]} == {"USD"}
        assert len(entry["aliases"]) == 3 and len(entry["ladder"][0]) == 4
        broader = [s for s in entry["salaries"] if s.get("point") and s.get("region")]
        assert len(broader) == 1 and broader[0].get("belongs_to")
        gv.absent(entry, text, r"member share is \$([\d,]+),")
        gv.absent(entry, text, r"\$(\d\.\d\d)/hour weekend differential")


def test_pay_registers_read_rows_as_ranges_and_costs_as_no_pay(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "payregister"):
        assert len(entry["employers"]) == 1 and entry["ladder"] and not entry["sectors"]
        assert "Senior" in levels(entry) and len(entry["transitions_to"]) == 2
    for entry, text in pages["payregister"]["borough"]:
        assert len(re.findall(r"^.+ \| .+ \| .+ \| Grade \d \| £[\d,]+ – £[\d,]+ \| ", text,
                              re.M)) == 4
        assert len(entry["aliases"]) == 2 and len(gv.salary_owners(entry)) == 2
        assert [s for s in gv.own_salaries(entry) if s.get("point") and not s.get("region")]
        gv.absent(entry, text, r"with on-costs \(per FTE\): £([\d,]+)")
    for entry, text in pages["payregister"]["city"]:
        assert len([lv for lv in levels(entry) if re.search(r" (I|II|III)$", lv)]) == 3
        assert len([s for s in gv.own_salaries(entry) if s.get("point")]) == 3
        assert re.search(r"\| by negotiation \| ", text) and len(gv.salary_owners(entry)) == 2
        assert len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"Certification pay: \$(\d+) a month")


def test_grade_appeals_pay_both_grades_and_keep_factors_out_of_skills(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "gradeappeal"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"}
        assert len(entry["employers"]) == 1 and entry["transitions_to"] and entry["moves_in"]
        assert len([lv for lv in levels(entry) if lv.startswith("Grade")]) == 2
        assert len(gv.salary_owners(entry)) == 2
    for entry, text in pages["gradeappeal"]["panel"]:
        assert re.search(r"^Knowledge \d \| Mental Skills \d \| ", text, re.M)
        skills = {s.lower() for s in entry["skills"]["top"]}
        assert not skills & {"knowledge", "mental skills", "physical skills"}
        assert "Mental Skills" in entry["must_not_appear"] and entry["ladder"]
        gv.absent(entry, text, r"Back pay of about £([\d,]+)")
    for entry, text in pages["gradeappeal"]["letter"]:
        assert len(entry["aliases"]) == 3 and entry["leads_to"] and not entry["ladder"]
        assert entry["sectors"] == ["Education"] and len(levels(entry)) == 3
        own_row = re.search(r"^(.+) \| Grade \d \| (£[\d,]+) – ", text.split("Benchmark")[1]
                            .split("\n", 3)[3], re.M)
        assert own_row and own_row[1] == entry["title"]
        gv.absent(entry, text, r"honorarium of £([\d,]+)")
