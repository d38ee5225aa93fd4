"""The generator's six page families of held-back set 48 (benchmarks/web_families48.py).

Latvian and Swahili postings read through a browser translator, employee referral campaigns
for one open role, recruiters' intake notes for one vacancy, online learning platforms'
career-track pages and promotion confirmation letters: each family's page carries the
structure it imitates in every variant, the variants are all drawn, the truth holds exactly
the facts the page prints (a perfect extraction scores one), and "on hand" nets, take-home
after PAYE, NSSF, SHIF and the Housing Levy, an hourly rate's yearly equivalent, commission,
supplements, quarterly bonuses, allowances, referral, sign-on and retention bonuses,
relocation, programme fees, EMIs, subscription prices, premiums and incentive plans stay out of
the role's pay, one-sided bounds ("could stretch to", "sitting around", "Highest CTC", "Top 10%
earn more than") give no band, trial, probation and training rates are the role's own at their
level, other titles' figures (also-hiring rates, other roles to refer for, a letter's current
post, a track's feeder and manager) keep their owners, and an agency, a poach list, the
companies of other titles' postings and a curriculum's modules are `optional`.
"""

from __future__ import annotations

import re

from benchmarks.web_families48 import FAMILY48_LAYOUTS

import generator_variants as gv

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "latvianmt": {"plant": r"^Translated from: Latvian   Show original",
                  "agency": r"^This page is translated from Latvian  ·  Show the original"},
    "swahilimt": {"kenya": r"^Google Translate   ·   Swahili → English",
                  "tanzania": r"^Imetafsiriwa \(translated\) by Google"},
    "referral": {"portal": r"^Ideal referrals have:$", "app": r"^GOOD MATES TO NOMINATE$"},
    "intakenotes": {"crm": r"^VACANCY: ", "form": r"^REQUISITION KICKOFF — "},
    "careertrack": {"us": r"^Skills you'll gain$", "india": r"^Tools you will master$"},
    "promoletter": {"uk": r"^Promotion to .+ — confirmation$",
                    "ca": r"^Re: Promotion to the position of "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
gv.family_tests(globals(), VARIANTS, FAMILY48_LAYOUTS, another_seed=gv.SHARED_SEED + 27,
                optional_printed=True)


def levels(entry: dict[str, object]) -> set[str]:
    """The levels of the role's own salaries."""
    return {str(s.get("level")) for s in gv.own_salaries(entry) if s.get("level")}


def currencies(entry: dict[str, object]) -> set[str]:
    """The currencies of the truth entry's salaries."""
    return {str(s["currency"]) for s in gv.own_salaries(entry)}


def test_latvian_postings_pay_bruto_once_not_the_on_hand_net(pages: gv.Pages) -> None:
    for entry, text in gv.every(pages, "latvianmt"):
        assert currencies(entry) == {"EUR"} and len(entry["aliases"]) == 1
        assert entry["aliases"][0].upper() in text and entry["sectors"]
        assert entry["ladder"] and entry["transitions_to"] and len(entry["moves_in"]) == 2
        floors = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floors) == 1 and floors[0].get("belongs_to")
        assert re.search(r"^About (the company|us)\S", text, re.M)
    for entry, text in pages["latvianmt"]["plant"]:
        assert levels(entry) == {"Trial period"} and len(entry["employers"]) == 2
        assert re.search(r"^We offerStable ", text, re.M) and len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"\(~ (\d[\d ]*\d) – ", comma=True)  # the on-hand net
        gv.absent(entry, text, r"quarterly bonus of (\d+) EUR")
        gv.absent(entry, text, r"Just one offer in ten is above (\d[\d ]*\d) EUR", comma=True)
        assert re.search(r" – SIA Kurzemes$", text, re.M)  # a similar vacancy cut off
    for entry, text in pages["latvianmt"]["agency"]:
        own = gv.own_salaries(entry)
        assert own[0]["min"] == own[0]["max"] and len(entry["employers"]) == 1
        assert re.search(r"EUR fixed part \+ commission$", text, re.M)
        assert {s.get("region") for s in own} >= {"Rīga", "all Latvia"}
        gv.absent(entry, text, r"On hand the fixed part is about (\d[\d ]*\d) EUR", comma=True)
        gv.absent(entry, text, r"Car compensation (\d+) EUR")
        gv.absent(entry, text, r"commissions make more than (\d[\d ]*\d) EUR", comma=True)
        assert re.search(r" · from 1$", text, re.M)


def test_swahili_postings_pay_the_gross_not_the_net_or_allowances(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "swahilimt"):
        assert len(entry["aliases"]) == 1 and len(entry["employers"]) == 2
        assert len(entry["ladder"][0]) == 3 and entry["transitions_to"]
        assert len(entry["moves_in"]) == 2 and len(gv.point_regions(entry)) == 1
    for entry, text in pages["swahilimt"]["kenya"]:
        assert currencies(entry) == {"KES"} and levels(entry) == {"Probation"}
        assert re.search(r"^About the Company\S", text, re.M)
        assert re.search(r"^Characteristics of the Applicant \(Sifa za Mwombaji\)$", text, re.M)
        daily = [s for s in entry["salaries"] if s["period"] == "day"]
        assert len(daily) == 1 and daily[0].get("belongs_to")
        assert len(gv.salary_owners(entry)) == 6
        gv.absent(entry, text, r"you receive about KSh ([\d,]+) – ")
        gv.absent(entry, text, r"Lunch allowance KSh (\d+)")
        gv.absent(entry, text, r"Only a few posts pay over KSh ([\d,]+)")
    for entry, text in pages["swahilimt"]["tanzania"]:
        assert currencies(entry) == {"TZS"} and levels(entry) == {"Training"}
        assert len(entry["sectors"]) == 2 and re.search(r"a month \+ commission$", text,
                                                        re.M)
        assert re.search(r"^About the Employer\S", text, re.M)
        assert len(gv.salary_owners(entry)) == 3
        gv.absent(entry, text, r"Take-home after PAYE and NSSF: about TSh ([\d,]+)")
        gv.absent(entry, text, r"Route allowance TSh ([\d,]+) a day")
        gv.absent(entry, text, r"pay above TSh ([\d,]+)")
        assert re.search(r"– TSh 1,0$", text, re.M)


def test_referral_campaigns_keep_rewards_and_bonuses_out_of_pay(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "referral"):
        assert len(entry["employers"]) == 1 and len(entry["sectors"]) == 1
        assert entry["ladder"] and len(entry["transitions_to"]) == 1
    for entry, text in pages["referral"]["portal"]:
        assert currencies(entry) == {"USD"} and len(entry["aliases"]) == 2
        assert len(gv.salary_owners(entry)) == 3
        assert len(levels(entry)) == 3 and "Senior" in levels(entry)
        assert len(entry["moves_in"]) == 3
        gv.absent(entry, text, r"REFER AND EARN \$([\d,]+)")
        gv.absent(entry, text, r"\$([\d,]+) sign-on")
        gv.absent(entry, text, r"relocation up to \$([\d,]+)")
    for entry, text in pages["referral"]["app"]:
        assert currencies(entry) == {"AUD"} and levels(entry) == {"Trainee", "Level 2"}
        assert {s["period"] for s in entry["salaries"]} == {"hour"}
        assert len(gv.salary_owners(entry)) == 2
        assert len(entry["moves_in"]) == 2 and entry["optional"]
        gv.absent(entry, text, r"— about \$([\d,]+) a year")
        gv.absent(entry, text, r"Bonus for you: \$([\d,]+)")
        gv.absent(entry, text, r"Retention bonus up to \$([\d,]+)")


def test_intake_notes_pay_the_budget_and_leave_the_poach_list_optional(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "intakenotes"):
        assert len(entry["aliases"]) == 2 and len(entry["employers"]) == 1
        assert len(entry["sectors"]) == 1 and len(entry["moves_in"]) == 4
        assert "Senior" in levels(entry) and len(gv.salary_owners(entry)) == 1
    for entry, text in pages["intakenotes"]["crm"]:
        assert currencies(entry) == {"GBP"} and entry["leads_to"]
        poach = re.search(r"^Approach \(OK with HM\): (.+)\. Off-limits: (.+) \(", text, re.M)
        assert poach and set(poach[1].split(", ")) | {poach[2]} <= set(entry["optional"])
        agency = re.search(r"^(.+) — RecruitDesk ", text, re.M)
        assert agency and agency[1] in entry["optional"]
        assert agency[1] not in str(entry["employers"])
        leaver = re.search(r"\(relocating\) earned £([\d,]+)\.", text)
        assert leaver and gv.money(leaver[1]) in gv.amounts(entry)
        stretch = re.search(r"could stretch to £(\d+)k", text)
        assert stretch and float(stretch[1]) * 1000 not in gv.amounts(entry)
        gv.absent(entry, text, r"Christmas bonus \(~£(\d+)\)")
    for entry, text in pages["intakenotes"]["form"]:
        assert currencies(entry) == {"USD"} and entry["transitions_to"]
        floors = [s for s in entry["salaries"] if s.get("open_ended")]
        assert len(floors) == 1 and floors[0].get("belongs_to")
        targets = re.search(r"^Target companies: (.+)\. Do not source from (.+) \(", text, re.M)
        assert targets and set(targets[1].split(", ")) <= set(entry["optional"])
        around = re.search(r"sitting around \$(\d+)k", text)
        assert around and float(around[1]) * 1000 not in gv.amounts(entry)
        gv.absent(entry, text, r"vehicle allowance \$(\d+)/mo")


def test_career_tracks_pay_the_role_not_fees_and_give_other_postings_theirs(
        pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "careertrack"):
        assert len(entry["aliases"]) == 2 and len(entry["transitions_to"]) == 2
        assert len(entry["moves_in"]) == 3 and len(entry["sectors"]) == 3
        assert len(entry["skills"]["top"]) >= 8
    for entry, text in pages["careertrack"]["us"]:
        assert currencies(entry) == {"USD"} and len(entry["employers"]) == 4
        assert levels(entry) == {"Entry-level", "Senior"} and gv.point_regions(entry) == {"US"}
        theirs = [s for s in entry["salaries"] if s.get("point") and s.get("belongs_to")]
        assert len(theirs) == 1 and len(gv.salary_owners(entry)) == 2
        assert not [n for n in entry["moves_in"] if re.search(r"\d|Other", n)]
        gv.absent(entry, text, r"make over \$([\d,]+)")
        gv.absent(entry, text, r"Plus at \$(\d+) a month")
    for entry, text in pages["careertrack"]["india"]:
        assert currencies(entry) == {"INR"} and len(entry["employers"]) == 4
        assert re.search(r"^Who is an? .+\?An? ", text, re.M)
        assert [m for m in entry["optional"] if re.match(r"M1 ", m)]
        assert len(gv.salary_owners(entry)) == 2
        highest = re.search(r"Highest CTC: ₹(\d+(?:\.\d)?) LPA", text)
        assert highest and float(highest[1]) * 100_000 not in gv.amounts(entry)
        gv.absent(entry, text, r"Fee: ₹([\d,]+) \+ 18% GST")
        gv.absent(entry, text, r"EMI from ₹([\d,]+)/month")


def test_promotion_letters_give_the_current_post_its_pay(pages: gv.Pages) -> None:
    for entry, _ in gv.every(pages, "promoletter"):
        assert len(entry["employers"]) == 1 and len(entry["moves_in"]) == 1
        current = entry["moves_in"][0]
        assert current in gv.salary_owners(entry) and current in entry["ladder"][0]
        assert entry["transitions_to"] and len(gv.salary_owners(entry)) == 2
    for entry, text in pages["promoletter"]["uk"]:
        assert currencies(entry) == {"GBP"} and not entry["sectors"]
        assert len([lv for lv in levels(entry) if lv.startswith("spinal point ")]) == 1
        assert re.search(r"a charitable trust running (.+) for (.+)$", text, re.M)
        gv.absent(entry, text, r"first-aider allowance of £(\d+)")
    for entry, text in pages["promoletter"]["ca"]:
        assert currencies(entry) == {"CAD"} and levels(entry) == {"band S2"}
        hourly = [s for s in entry["salaries"] if s["period"] == "hour"]
        assert len(hourly) == 1 and hourly[0]["belongs_to"] == entry["moves_in"][0]
        assert len(entry["ladder"][0]) == 4 and len(entry["transitions_to"]) == 2
        gv.absent(entry, text, r"Night premium \(\$(\d+\.\d\d)/hour")
