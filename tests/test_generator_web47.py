"""The generator's six page families of held-back set 47 (benchmarks/web_families47.py).

Bulgarian and Tagalog postings read through a browser translator, walk-in interview drive
notices, paid trial-shift invitations, outplacement providers' career-transition reports and
internal talent-marketplace role pages: each family's page carries the structure it imitates in
every variant, the variants are all drawn, the truth holds exactly the facts the page prints (a
perfect extraction scores one), and leva equivalents, "clean on hand" nets, monthly take-home
and in-hand equivalents, vouchers, rice allowances, cash advances, incentives, tronc,
differentials, referral bonuses, allowances, redundancy payments, benefits funds and standby
pay stay out of the role's pay, one-sided bounds give no band, age-band, probation, fresher and
training rates are the role's own at their level, other titles' figures keep their owners, a
consultancy posting for its client and a target role's employers are `optional`, and a
marketplace's percentages and requisition ids are no part of any title.
"""

from __future__ import annotations

import re

from benchmarks.web_families47 import FAMILY47_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "bulgarianmt": {"plant": r"^Translated from: Bulgarian   Show original",
                    "resort": r"^Google Translate ▸ Bulgarian → English"},
    "tagalogmt": {"shop": r"^This page has been translated from Filipino \(Tagalog\)",
                  "builder": r"^Translated to: English  ·  Original: Tagalog"},
    "walkindrive": {"india": r"^WALK-IN DRIVE \| ", "gulf": r"^WALK IN INTERVIEW – "},
    "trialshift": {"app": r"^📅 You're invited to a paid trial shift!$",
                   "email": r"^PAY FOR THE INTERVIEW: "},
    "outplacement": {"uk": r"^1\. Your current role$", "us": r"^YOUR STARTING POINT$"},
    "talentmarket": {"marketplace": r"^Pay for this role \(pay transparency\)$",
                     "hub": r"^Profile summaryAlso known as "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY47_LAYOUTS, another_seed=gv.SHARED_SEED + 26,
                optional_printed=True)


def levels(entry: dict[str, object]) -> set[str]:
    """The levels of the role's own salaries."""
    return {str(s.get("level")) for s in gv.own_salaries(entry) if s.get("level")}


def currencies(entry: dict[str, object]) -> set[str]:
    """The currencies of the truth entry's salaries."""
    return {str(s["currency"]) for s in gv.own_salaries(entry)}


def own_min(entry: dict[str, object], i: int) -> float:
    """The minimum of the role's ``i``-th own salary."""
    return float(gv.own_salaries(entry)[i]["min"])


def test_bulgarian_postings_pay_euros_once_not_the_leva_or_the_net(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "bulgarianmt"):
        assert currencies(entry) == {"EUR"} and entry["aliases"] and entry["sectors"]
        assert entry["ladder"] and entry["transitions_to"] and entry["moves_in"]
        assert len(gv.point_regions(entry)) == 1
    for entry, text in pages["bulgarianmt"]["plant"]:
        assert re.search(r"^About the employer\S", text, re.M)
        assert re.search(r"^We offerPermanent ", text, re.M) and len(entry["employers"]) == 2
        assert levels(entry) == {"Trainee"} and len(gv.salary_owners(entry)) == 3
        assert len([s for s in entry["salaries"] if s.get("open_ended")]) == 2
        gv.absent(entry, text, r"EUR net monthly \((\d[\d ]*\d) – ")  # the leva
        gv.absent(entry, text, r"Food vouchers of (\d+) EUR")
        gv.absent(entry, text, r"Every fifth offer exceeds (\d[\d ]*\d) EUR")
        assert re.search(r"– \d \d$", text, re.M)  # a similar offer cut mid-figure
    for entry, text in pages["bulgarianmt"]["resort"]:
        assert re.search(r"^WE SEARCH FOR YOUThe ", text, re.M) and len(entry["employers"]) == 2
        assert levels(entry) == {"Junior"} and len(entry["skills"]["top"]) >= 5
        assert len(gv.salary_owners(entry)) == 2
        gv.absent(entry, text, r"\(approx\. (\d[\d ]*\d) – ")  # the clean on hand net
        gv.absent(entry, text, r"end of the season (\d+) EUR")
        gv.absent(entry, text, r"10% of the offers are over (\d[\d ]*\d) EUR")


def test_tagalog_postings_pay_the_day_rate_not_the_take_home(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "tagalogmt"):
        assert currencies(entry) == {"PHP"} and entry["aliases"] and entry["sectors"]
        assert len(entry["ladder"][0]) == 3 and entry["transitions_to"]
        assert len(entry["moves_in"]) == 2 and len(gv.point_regions(entry)) == 1
    for entry, text in pages["tagalogmt"]["shop"]:
        assert len(entry["aliases"]) == 2 and len(entry["employers"]) == 2
        assert len(entry["sectors"]) == 2 and levels(entry) == {"Trainee"}
        assert re.search(r"^ABOUT THE COMPANY\S", text, re.M)
        gv.absent(entry, text, r"Take home about ₱([\d,]+) monthly")
        gv.absent(entry, text, r"Rice allowance ₱([\d,]+)")
        gv.absent(entry, text, r"more than ₱([\d,]+)")
    for entry, text in pages["tagalogmt"]["builder"]:
        assert levels(entry) == {"Probationary"} and len(gv.salary_owners(entry)) == 4
        agreed = re.search(r" · ([^·]+) – by agreement$", text, re.M)
        assert agreed and agreed[1] not in gv.salary_owners(entry)
        assert re.search(r"\(\d+ workers rated\)", text)
        gv.absent(entry, text, r"Vale \(cash advance\) allowed up to ₱([\d,]+)")
        gv.absent(entry, text, r"Highest posts start at ₱([\d,]+)")


def test_walk_in_drives_pay_the_ctc_and_leave_the_consultancy_out(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "walkindrive"):
        assert len(entry["employers"]) == 1 and entry["ladder"] and entry["transitions_to"]
        assert entry["moves_in"] and entry["sectors"]
    for entry, text in pages["walkindrive"]["india"]:
        assert currencies(entry) == {"INR"} and levels(entry) == {"Fresher"}
        assert re.search(r"^Job descriptionRole: ", text, re.M) and entry["aliases"]
        assert re.search(r"^Key Skills: \S.* · ", text, re.M)
        agency = re.search(r"^Posted by: (.+) \(on behalf of client\)$", text, re.M)
        assert agency and agency[1] in entry["optional"]
        assert agency[1] not in str(entry["employers"])
        cap = re.search(r"CTC up to ₹(\d+\.\d) LPA", text)
        assert cap and float(cap[1]) * 100_000 not in gv.amounts(entry)
        gv.absent(entry, text, r"in-hand approx\. ₹([\d,]+) – ")
        gv.absent(entry, text, r"incentives up to ₹([\d,]+)")
    for entry, text in pages["walkindrive"]["gulf"]:
        assert currencies(entry) == {"AED"} and levels(entry) == {"Probation"}
        assert len(entry["sectors"]) == 2 and len(entry["moves_in"]) == 2
        theirs = [s for s in entry["salaries"] if s.get("point") and s.get("belongs_to")]
        assert len(theirs) == 1 and len(gv.point_regions(entry)) == 1
        assert len(gv.salary_owners(entry)) == 3
        assert re.search(r"^Salary check \(.+\): .+ — average AED [\d,]+ per month; .+ — "
                         r"average AED [\d,]+ per month$", text, re.M)


def test_trial_shifts_pay_the_trial_and_the_offer_not_tronc_or_bonuses(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "trialshift"):
        assert len(entry["aliases"]) == 2 and entry["transitions_to"]
        assert len(entry["moves_in"]) == 2 and len(entry["sectors"]) == 1
        own = gv.own_salaries(entry)  # the trial's (or interview's) rate, then the offer's
        assert own[0]["min"] == own[0]["max"] and own[1]["min"] < own[1]["max"]
    for entry, text in pages["trialshift"]["app"]:
        assert currencies(entry) == {"GBP"} and levels(entry) == {"Under-21s"}
        assert re.search(r"^About us\S", text, re.M) and len(entry["employers"]) == 2
        assert len(gv.salary_owners(entry)) == 4 and own_min(entry, 0) == own_min(entry, 1)
        gv.absent(entry, text, r"tronc averaged £(\d+\.\d\d)")
    for entry, text in pages["trialshift"]["email"]:
        assert currencies(entry) == {"USD"} and len(entry["ladder"]) == 2
        broader = [s for s in entry["salaries"] if s.get("point")]
        assert len(broader) == 1 and broader[0].get("belongs_to") and broader[0].get("region")
        gv.absent(entry, text, r"\+\$(\d+\.\d\d)/hour differential")
        gv.absent(entry, text, r"\$(\d+) referral bonus")


def test_outplacement_reports_pay_the_last_salary_and_give_targets_theirs(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "outplacement"):
        assert entry["leads_to"] and len(entry["transitions_to"]) == 4 and entry["ladder"]
        assert entry["aliases"] and len(entry["sectors"]) == 1
        assert set(entry["transitions_to"]) <= gv.salary_owners(entry)
    for entry, text in pages["outplacement"]["uk"]:
        assert currencies(entry) == {"GBP"} and len(entry["employers"]) == 2
        assert gv.point_regions(entry) == {"London"} and len(gv.salary_owners(entry)) == 5
        hiring = re.search(r"region this month: (.+), (.+)\.$", text, re.M)
        assert hiring and {hiring[1], hiring[2]} <= set(entry["optional"])
        gv.absent(entry, text, r"plus £([\d,]+) shift allowance")
        gv.absent(entry, text, r"statutory redundancy £([\d,]+)")
        gv.absent(entry, text, r"pays above £([\d,]+)")
    for entry, text in pages["outplacement"]["us"]:
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 3
        assert "Systems" in entry["optional"] and "Systems" not in entry["skills"]["top"]
        based = [s for s in entry["salaries"] if s.get("belongs_to") and s["min"] == s["max"]]
        assert len(based) == 1 and re.search(r" base \+ commission$", text, re.M)
        gv.absent(entry, text, r"Top 10% earn more than \$([\d,]+)")


def test_talent_marketplaces_keep_percentages_and_ids_out_of_titles(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "talentmarket"):
        assert len(entry["employers"]) == 1 and entry["sectors"] and entry["ladder"]
        assert len(entry["transitions_to"]) == 2 and len(entry["moves_in"]) >= 2
        names = [*entry["moves_in"], *entry["transitions_to"], *entry["ladder"][0]]
        assert not [n for n in names if re.search(r"\d", n)]
    for entry, text in pages["talentmarket"]["marketplace"]:
        assert re.search(r"^About this roleThe ", text, re.M) and len(entry["aliases"]) == 2
        assert levels(entry) >= {"Senior"} and len(levels(entry)) == 2
        assert re.search(r"^Skills you have ✓  \S", text, re.M)
        assert "Graduate scheme" in entry["optional"] and len(gv.salary_owners(entry)) == 1
        assert re.search(r"  ·  Left .+ \d+%$", text, re.M)
        gv.absent(entry, text, r"benefits fund \(£([\d,]+)\)")
    for entry, text in pages["talentmarket"]["hub"]:
        assert len([lv for lv in levels(entry) if re.search(r" I+ \(Grade \d+\)$", lv)]) == 2
        assert [s for s in gv.own_salaries(entry) if s.get("point") and not s.get("region")]
        assert len(entry["moves_in"]) == 3 and re.search(r"^R-\d+ ", text, re.M)
        gv.absent(entry, text, r"\(\$(\d+\.\d\d)/hour standby\)")
