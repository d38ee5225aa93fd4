"""Structures of set 48's generator families read at scale (carry48): a referral app's and a
course seller's footer strips, "By comparison, Xs: median $…", a referral page's rewards, a
recruiter's job notes ("PACKAGE", "CAREER (selling points)", a monthly chore beside a monthly
allowance, the post's previous holder), a promotion letter's held rate and the next post's
band in sentence case, a course platform's "Hiring now (X job board)" cards and a figure cut
to one digit at the page's end.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.page_money import page_period


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


_REFERRAL = """\
09:41 ●●● 4G                                          Crewbase
‹ Campaigns
BRIGALOW COPPER  ·  MATES REFERRAL
Underground fitter — Mount Quill (NW Qld) — FIFO ex Cairns, 8 on / 6 off
🎁 Bonus for you: $1,800 once your mate passes probation

ABOUT THE ROLE
Brigalow Copper Pty Ltd runs an underground copper mine at Mount Quill. Industry: Copper mining.

RATES (site agreement)
Underground fitter (Level 2): $54.50 per hour

GOT A FITTER IN YOUR CREW? REFER AND EARN $2,500

Also recruiting: Rigger — $48.00/hr · Dogman — $5
T&Cs · Privacy · Crewbase v2.4
"""


def test_an_apps_footer_strip_is_chrome_and_a_one_digit_tail_is_cut() -> None:
    guide = parse_text(_REFERRAL, "underground-fitter.txt")
    assert not {"T&Cs", "Privacy"} & _facts(guide, "employers")
    assert "Crewbase v2.4" not in _facts(guide, "sectors")
    pay = _pay(guide)
    assert (48, 48, "Rigger") in pay
    assert not any(low in (5, 2500) for low, _, _ in pay)  # the cut "$5", the reward


def test_a_whole_figure_at_the_pages_end_stays() -> None:
    page = _REFERRAL.replace("Dogman — $5", "Dogman — $45.00/hr")
    assert (45, 45, "Dogman") in _pay(parse_text(page, "underground-fitter.txt"))


_COURSE_FOOTER = """\
Pipe welder Career Program
Who is a Pipe welder?A Pipe welder joins pipes for plants and pipelines.

Industries hiring the most: Oil and gas, Shipbuilding

Where graduates work
Our graduates have been hired as Pipe welders by Korvane Fabrication and Tidewell Marine.

Mandara Skills Pvt. Ltd. · Cancellation policy · Privacy
"""


def test_a_course_sellers_footer_names_no_sector() -> None:
    guide = parse_text(_COURSE_FOOTER, "pipe-welder.txt")
    assert "Cancellation policy" not in _facts(guide, "sectors")
    assert "Privacy" not in _facts(guide, "employers")


_TRACK = """\
Copy editor Career Track
What does a Copy editor do?Copy editors check and correct texts before they are published.

Pay and demand
Median pay in the US: $61,200 per year
By comparison, Proofreaders: median $52,400.

Hiring now (Quillpath job board)
Copy editor · Harbourlight Press · Remote (US) · $58,000 – $66,000 · [View]
Junior Copywriter · Lanternfish Media · Denver, CO · $44,000 – $51,000 · [View]
"""


def test_by_comparison_names_the_other_title_and_job_cards_own_their_pay() -> None:
    guide = parse_text(_TRACK, "copy-editor.txt")
    pay = _pay(guide)
    assert (52400, 52400, "Proofreaders") in pay
    assert (44000, 51000, "Junior Copywriter") in pay
    assert (61200, 61200, None) in pay
    employers = _facts(guide, "employers")
    assert not {"Denver", "Junior Copywriter", "Remote"} & employers


def test_a_plain_median_label_stays_the_roles() -> None:
    page = _TRACK.replace("By comparison, Proofreaders: median $52,400.",
                          "Senior copy editors: median $72,400.")
    assert (72400, 72400, None) in _pay(parse_text(page, "copy-editor.txt"))


_REWARDS = """\
Tessaly Foods RefersConnect  ·  Open roles  Refer  My referrals  Rewards  FAQ
Refer › Operations › Quality technician

The role
Tessaly Foods makes chilled soups in two plants. We are adding a Quality technician.
Industry: Food manufacturing.

Pay
Quality technician ........ $24.00 – $29.00 / hour
Our total package is a $61,000 reward package with benefits.

More open roles to refer
Forklift driver — $21.00 / hour — $1,200 reward
"""


def test_a_referral_reward_is_no_pay_but_a_reward_package_is() -> None:
    pay = {(low, high) for low, high, _ in _pay(parse_text(_REWARDS, "quality-technician.txt"))}
    assert (21, 21) in pay and (24, 29) in pay
    assert (1200, 1200) not in pay
    assert (61000, 61000) in pay


_JOB_NOTES = """\
Larchmere Talent — RecruitDesk   Home · Vacancies · Contacts   User: Ines Varga
VACANCY: Payroll clerk (aka Payroll Assistant)
Client: Wexcombe Halls Ltd (Derby)    Stage: Open

REASON FOR VACANCY
Replacement — the previous payroll clerk (retiring) earned £26,200.

ESSENTIAL (hiring manager's list)
• Payroll processing (Sage 50)
• Pension auto-enrolment
DESIRABLE
• Excel

PACKAGE
Budget £25,000 – £28,000 basic. Their Payroll Manager is on £41,000.

CAREER (selling points)
Payroll clerk → Senior payroll clerk → Payroll manager.

SOURCING
Job boards: Reed, Totaljobs.
"""


def test_job_notes_package_ends_the_skills_and_the_last_holders_pay_is_the_roles() -> None:
    guide = parse_text(_JOB_NOTES, "payroll-clerk.txt")
    skills = {s.text for s in guide.skills}
    assert "Excel" in skills
    assert not any("Budget" in s or s in ("Reed", "Totaljobs") for s in skills)
    pay = _pay(guide)
    assert (26200, 26200, None) in pay
    assert (25000, 28000, None) in pay


def test_another_titles_previous_holder_keeps_that_title() -> None:
    page = _JOB_NOTES.replace("the previous payroll clerk (retiring) earned £26,200",
                              "the previous Finance Director (retiring) earned £96,200")
    assert (96200, 96200, None) not in _pay(parse_text(page, "payroll-clerk.txt"))


def test_a_monthly_chore_sets_no_monthly_page() -> None:
    page = ("A. First three months\nBuild the schedules and run the monthly update with the "
            "project managers.\n\nE. Pay\nScheduler: $70,000 – $90,000 base\n"
            "Bonus target 8%, vehicle allowance $600/mo, 401(k) match.")
    assert page_period(page) is None
    assert page_period("R9 000 a month for juniors, R12 000 per month for seniors") == "month"


_PROMOTION = """\
Subject: Promotion confirmation – Bakery supervisor
Re: Promotion to the position of Bakery supervisor

Dear Mira,

We are happy to confirm your promotion from Bakery lead to Bakery supervisor.

Pay
• Current rate as Bakery lead: $23.40/hour (hourly)
• New annual base salary: $58,500, paid every two weeks

Your path
The usual next step is Plant production manager (band S4: $82,000 – $99,000).
"""


def test_a_held_rate_in_sentence_case_and_the_next_posts_band() -> None:
    pay = _pay(parse_text(_PROMOTION, "bakery-supervisor.txt"))
    assert (23.4, 23.4, "Bakery Lead") in pay
    assert (58500, 58500, None) in pay
    assert (82000, 99000, "Plant production manager") in pay
