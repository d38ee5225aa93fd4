"""The generator's six page families of held-back set 45 (benchmarks/web_families45.py).

Ukrainian and Croatian postings read through a browser translator, competency sign-off
records, US PERM notices of filing, pension member guides for one occupation and recruitment
open-day pages: each family's page carries the structure it imitates in every variant, the
variants are all drawn, the truth holds exactly the facts the page prints (a perfect
extraction scores one), and season "up to" earnings, quality bonuses, gross equivalents in
parentheses, end-of-season bonuses, Christmas bonuses, holiday allowances, on-call payments,
weekend enhancements, holiday bonuses, stipends, contribution tiers, worked examples, actual
pro-rata salaries, allowances and welcome payments stay out of the role's pay while other
titles' figures keep their owners and funds, advisers and clients employ no one.
"""

from __future__ import annotations

import re

from benchmarks.web_families45 import FAMILY45_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "ukrainianmt": {"farm": r"^Page translated from Ukrainian · Show original",
                    "factory": r"^Ukrainian → English \(machine translation\)"},
    "croatianmt": {"coast": r"^Translated from Croatian · Show original",
                   "hotel": r"^Croatian » English \| Translated page"},
    "signoff": {"library": r"^Document library › Clinical competencies › ",
                "app": r"^CompTrack \| "},
    "permnotice": {"intranet": r" Staff Portal \| Rota \| Notices \| ",
                   "board": r"^INTERNAL NOTICE — FILING OF A PERMANENT LABOR CERTIFICATION"},
    "pensionguide": {"adviser": r"^Pensions for .+: a member's guide to the ",
                     "fund": r"^.+ › Members › Your job › "},
    "openday": {"ticketing": r"^Recruitment open day: .+ at ",
                "park": r"^RECRUITMENT DAY: .+ WANTED$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY45_LAYOUTS, another_seed=gv.SHARED_SEED + 24,
                optional_printed=True)


def levels(entry: dict[str, object]) -> set[str]:
    """The levels of the role's own salaries."""
    return {str(s.get("level")) for s in gv.own_salaries(entry) if s.get("level")}


def test_ukrainian_postings_pay_the_posted_range_not_the_season_peak(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "ukrainianmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"UAH"} and entry["aliases"]
        assert len(entry["employers"]) == 1 and entry["sectors"] and entry["ladder"]
        assert entry["moves_in"] and entry["transitions_to"]
    for entry, text in pages["ukrainianmt"]["farm"]:
        assert re.search(r"^\d\d \d{3} – \d\d \d{3} UAH$", text, re.M)
        assert "Working conditions:Salary" in text and gv.point_regions(entry)
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]
        gv.absent(entry, text, r"can reach up to (\d\d \d{3}) UAH", comma=True)
        gv.absent(entry, text, r"offer more than (\d\d \d{3}) UAH", comma=True)
    for entry, text in pages["ukrainianmt"]["factory"]:
        assert "What todo:" in text and len(entry["aliases"]) == 2
        assert "Trainee" in levels(entry) and len(gv.point_regions(entry)) == 3
        assert [s for s in gv.own_salaries(entry) if s.get("open_ended")]
        assert len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"bonus for quality up to (\d \d{3}) UAH", comma=True)


def test_croatian_postings_pay_the_net_figure_not_its_gross_equivalent(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "croatianmt"):
        assert {s["currency"] for s in entry["salaries"]} == {"EUR"} and entry["ladder"]
        assert entry["moves_in"] and entry["transitions_to"] and entry["sectors"]
        assert "Croatia" in {s.get("region") for s in gv.own_salaries(entry)}
    for entry, text in pages["croatianmt"]["coast"]:
        assert re.search(r"^We offer\d\.\d{3},00 € net per month \(gross approx\.", text, re.M)
        assert {s["period"] for s in gv.own_salaries(entry)} == {"month", "day"}
        assert len(gv.point_regions(entry)) == 2 and len(entry["moves_in"]) == 2
        gv.absent(entry, text, r"gross approx\. (\d\.\d{3},00) €", comma=True)
        gv.absent(entry, text, r"End-of-season bonus (\d+,00) €", comma=True)
    for entry, text in pages["croatianmt"]["hotel"]:
        assert re.search(r"^Salary \| \d\.\d{3},00 – \d\.\d{3},00 EUR net/month$", text, re.M)
        assert "Trainee" in levels(entry) and len(entry["employers"]) == 2
        assert "hour" in {s["period"] for s in gv.own_salaries(entry)}
        assert len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"Christmas bonus (\d+,00) EUR", comma=True)
        gv.absent(entry, text, r"\(regres\) (\d+,00) EUR", comma=True)


def test_sign_off_records_read_units_as_skills_and_bands_as_the_roles(
        pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "signoff"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and entry["aliases"]
        assert entry["ladder"] and entry["transitions_to"] and entry["moves_in"]
        assert len(entry["employers"]) == 1 and len(entry["skills"]["top"]) >= 5
        assert "Not started" in entry["must_not_appear"] and "Not started" in text
    for entry, text in pages["signoff"]["library"]:
        assert re.search(r"^\d \| .+ \(.+\) \| \| \| \| $", text, re.M)
        assert {lv.split(",")[0] for lv in levels(entry)} >= {"Trainee", "Senior"}
        assert len(entry["moves_in"]) == 3 and len(gv.salary_owners(entry)) == 1
        gv.absent(entry, text, r"paid £(\d+) each")
    for entry, text in pages["signoff"]["app"]:
        assert re.search(r"^PROGRESS: \d of 5 tasks signed off ▓+░+ \d+%$", text, re.M)
        assert levels(entry) == {"L1 (trainee)", "L2"} and len(entry["aliases"]) == 2
        pair = re.search(r"^L3 \| (.+) / (.+) \| £", text, re.M)
        # one rung under two names (stop 55): the first owns the rate, the second `optional`
        assert pair and pair[1] in gv.salary_owners(entry)
        assert pair[2] not in gv.salary_owners(entry) and pair[2] in entry["optional"]
        assert re.search(r"^Client / sector: (.+) / ", text, re.M)[1] in entry["optional"]
        gv.absent(entry, text, r"weekend enhancement £(\d+\.\d\d)/hr")


def test_perm_notices_pay_the_rate_and_the_prevailing_wage(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "permnotice"):
        assert {s["currency"] for s in entry["salaries"]} == {"USD"} and entry["moves_in"]
        assert len(entry["aliases"]) == 2 and len(entry["employers"]) == 1
        assert [s for s in gv.own_salaries(entry) if s.get("region") and s.get("level")]
    for entry, text in pages["permnotice"]["intranet"]:
        assert re.search(r"^EMPLOYER:\S", text, re.M) and ", " in entry["title"]
        assert {s["period"] for s in gv.own_salaries(entry)} == {"hour"}
        assert isinstance(entry["employers"][0], list) and len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"holiday bonus of \$(\d+)")
    for entry, text in pages["permnotice"]["board"]:
        assert re.search(r"^SALARY:\S", text, re.M) and len(entry["leads_to"]) == 3
        assert gv.points(entry, belongs_to="Teacher", point=True) and entry["sectors"]
        assert entry["transitions_to"] and not entry["ladder"]
        gv.absent(entry, text, r"a \$([\d,]+) stipend")


def test_pension_guides_pay_the_bands_not_the_contribution_tiers(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "pensionguide"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and not entry["skills"]
        assert entry["ladder"] and len(entry["transitions_to"]) == 2 and entry["moves_in"]
        assert len(entry["aliases"]) >= 2
    for entry, text in pages["pensionguide"]["adviser"]:
        assert len(entry["employers"]) == 2 and not entry["sectors"]
        assert len(gv.salary_owners(entry)) == 3 and gv.point_regions(entry)
        gv.absent(entry, text, r"(?m)^Up to £([\d,]+) \|")
        gv.absent(entry, text, r"pensionable pay of £([\d,]+)")
        gv.absent(entry, text, r"builds £([\d,]+) of")
    for entry, text in pages["pensionguide"]["fund"]:
        assert len(levels(entry)) == 3 and len(entry["employers"]) == 3 and entry["sectors"]
        assert len(entry["ladder"][0]) == 2 and "Main section" in text
        gv.absent(entry, text, r"actual salary might be £([\d,]+)")
        gv.absent(entry, text, r"allowance of £([\d,]+)")


def test_open_days_pay_the_role_and_keep_welcome_payments_out(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "openday"):
        assert {s["currency"] for s in entry["salaries"]} == {"GBP"} and entry["skills"]
        assert len(entry["aliases"]) == 2 and entry["ladder"]
        assert len(entry["transitions_to"]) == 2 and len(entry["ladder"][0]) == 4
    for entry, text in pages["openday"]["ticketing"]:
        assert re.search(r"^Agenda10:00 ", text, re.M) and entry["moves_in"]
        assert any(lv.startswith("Trainee") for lv in levels(entry))
        assert [s for s in entry["salaries"] if s.get("open_ended") and s.get("belongs_to")]
        gv.absent(entry, text, r"welcome payment of £([\d,]+)")
    for entry, text in pages["openday"]["park"]:
        assert re.search(r"^Pay: 18\+ £\d+\.\d\d/hr \| 16–17 £", text, re.M)
        assert len(gv.own_salaries(entry)) == 2 and len(entry["employers"]) == 2
        assert entry["sectors"] and not entry["moves_in"]
        gv.absent(entry, text, r"end-of-season bonus of £(\d+)")
