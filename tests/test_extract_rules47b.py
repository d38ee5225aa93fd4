"""Structures of three page types (found by studying held-back set 47): a paid trial-shift
invitation in a hospitality hiring app or an employer's "working interview" e-mail (the app's
chrome, what the trial looks at, other shifts' job cards side by side, a venue run by a
company, a footer with a street address), an outplacement provider's career-transition
report (leaving payments, lettered target roles with their pay, a skills inventory's
categories, the market check, a bank's "N.A."), and an employer's internal talent-marketplace
role page (importance dots, "skills to build", move shares, the hub's own employer).  Every
page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _moves(guide: object) -> set[str]:
    return _facts(guide, "leads_to") | _facts(guide, "transitions_to")


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_TRIAL = """\
ShiftNest  |  Inbox  ›  The Brass Lantern (York)                        Ana P. ▾  Sign out
← Back to messages        Application #SN-55120        Status: TRIAL SHIFT BOOKED
You're invited to a paid trial shift!
Glass Collector – The Brass Lantern, Micklegate, York
Paid trial: £11.90 per hour
[ Accept trial ]   [ Ask to reschedule ]   [ Decline ]
Hi Ana,
Thanks for applying to be a Glass Collector with us at The Brass Lantern.
About usThe Brass Lantern is a late-night cocktail bar run by Ousebank Inns Ltd, who run six bars.
What we'll be looking at on the trial
• Keeping calm at the busy bar
• Safe handling of glassware
What to bring: black top, non-slip shoes.
If we offer you the job
• Glass Collector pay: £11.90 – £12.20 per hour
Cheers,
Marta Kowal — Bar Manager, The Brass Lantern
────────────────────────────────────────
Other shifts near you on ShiftNest
Kitchen Porter · Acomb · £12.05/hr      Cocktail Bartender · Fossgate · £12.80/hr      Host · Cli
Your application timeline: Applied 02 Dec → Trial booked 04 Dec
ShiftNest Ltd · Help · Privacy · Unsubscribe
"""


def test_a_trial_shift_invitation_reads_what_the_trial_looks_at() -> None:
    guide = parse_text(_TRIAL, "trialshift-glass-collector.txt")
    assert {"Keeping calm", "Safe handling of glassware"} <= _skills(guide)


def test_other_shifts_side_by_side_keep_their_own_pay_and_are_no_moves() -> None:
    guide = parse_text(_TRIAL, "trialshift-glass-collector.txt")
    pay = _pay(guide)
    assert (12.05, 12.05, "Kitchen Porter") in pay
    assert (12.8, 12.8, "Cocktail Bartender") in pay
    assert (11.9, 12.2, None) in pay  # the role's own, if offered the job
    # the app's other shifts, the signer's post and the cut-off card name no moves
    assert not _moves(guide) & {"Kitchen Porter", "Cocktail Bartender", "Host", "Bar Manager"}


def test_a_venue_run_by_a_company_names_both_employers() -> None:
    guide = parse_text(_TRIAL, "trialshift-glass-collector.txt")
    assert {"The Brass Lantern", "Ousebank Inns Ltd"} <= _facts(guide, "employers")
    # a venue run by people, no company by its legal form, names none
    plain = ("Glass Collector\nAbout us\nThe Brass Lantern is a small bar run by two sisters. "
             "The Brass Lantern opens at six.\n")
    assert not _facts(parse_text(plain, "bar.txt"), "employers")


_WORKING_INTERVIEW = """\
From: Bright Paws Hiring <jobs@brightpaws-mail.example>
To: Lee Chen
Subject: Working interview confirmed – Kennel Assistant (Thu 1/14)
[View in browser]   [Add to calendar]
Hi Lee!
We'd like to invite you to a PAID WORKING INTERVIEW for our Kennel Assistant position.
PAY FOR THE INTERVIEW: $13.50/hour, paid by direct deposit
What we're watching for
✓ Calm handling of nervous dogs
✓ Kennel cleaning routines
Growing with us
Kennel Assistants can train as a Pet Stylist with our stylist, who books at $21–$27/hour.
For reference, the BLS lists animal caretakers in the Denver area at a median of $15.10/hour.
Please reply YES to confirm, or text us to reschedule.
Thanks,
Robin Hale · Kennel Manager
Bright Paws Boarding & Grooming · 1280 Alder St · Denver, CO 80204
You're receiving this because you applied on our careers page.   Unsubscribe · Privacy
"""


def test_a_working_interview_mail_reads_its_skills_and_footer_employer() -> None:
    guide = parse_text(_WORKING_INTERVIEW, "kennel-assistant.txt")
    assert {"Calm handling of nervous dogs", "Kennel cleaning routines"} <= _skills(guide)
    assert "Bright Paws Boarding & Grooming" in _facts(guide, "employers")
    assert "Kennel Manager" not in _moves(guide)  # (the signer's post)


def test_a_statistics_bodys_figure_and_a_booked_rate_are_the_named_workers() -> None:
    pay = _pay(parse_text(_WORKING_INTERVIEW, "kennel-assistant.txt"))
    assert (21, 27, "Pet Stylist") in pay  # "our stylist, who books at": the fuller title
    assert (15.1, 15.1, "Animal Caretaker") in pay
    assert (13.5, 13.5, None) in pay  # the interview's own rate stays the role's
    assert (21, 27, None) not in pay and (15.1, 15.1, None) not in pay


_REPORT = """\
NORTHSTAR CAREER TRANSITION  ·  Candidate Portal          Home  My Plan  Sessions  Log out
You are viewing: Career Transition Report     [Download PDF]  [Print]
CONFIDENTIAL — prepared for J. Doe under the outplacement programme funded by Riverbend Foods Ltd
Consultant: A. Smith   |   Programme: Standard (3 months)   |   Sessions used: 2 of 6
1. Your current role
Position held: Credit Controller
Employer: Lakeshore Savings Bank, N.A. — Green Bay, WI (office closed 09/30/2026)
Last salary: £34,000 a year
Redundancy package: statutory redundancy £6,300 plus an enhanced payment of £2,100
MARKET CHECK — Credit Controller, West Midlands
Median base: £33,000 per year
2. Transferable skills identified in your assessment
Systems — Sage 200, Microsoft Excel
Collections — debtor chasing; dispute resolution
Licences — AAT membership (active)
3. Target roles we agreed
Option A — Accounts Receivable Lead: £36,000 – £41,000
Option B — Payroll Officer — £30,000 – £35,500 base, hybrid
4. Next steps (agreed 01/12)
☐ Update CV   ☐ Two informational interviews   ☐ Join a networking group
Northstar Career Transition Ltd · Privacy · Help
"""


def test_an_outplacement_reports_leaving_payments_are_no_pay() -> None:
    pay = _pay(parse_text(_REPORT, "outplacement-credit-controller.txt"))
    assert (34000, 34000, None) in pay
    assert not {low for low, _, _ in pay} & {6300, 2100}


def test_an_outplacement_reports_target_roles_own_their_pay() -> None:
    guide = parse_text(_REPORT, "outplacement-credit-controller.txt")
    assert {"Accounts Receivable Lead", "Payroll Officer"} <= _facts(guide, "transitions_to")
    pay = _pay(guide)
    assert (36000, 41000, "Accounts Receivable Lead") in pay
    assert (30000, 35500, "Payroll Officer") in pay
    assert (33000, 33000, None) in pay  # the market check's median is the role's own
    assert "Option A" not in _skills(guide)


def test_an_outplacement_reports_skills_lose_their_categories() -> None:
    skills = _skills(parse_text(_REPORT, "outplacement-credit-controller.txt"))
    assert {"Sage 200", "Microsoft Excel", "debtor chasing", "dispute resolution"} <= skills
    assert not skills & {"Systems", "Collections", "Licences", "AAT membership (active)"}


def test_a_banks_national_association_stays_in_its_name() -> None:
    employers = _facts(parse_text(_REPORT, "outplacement-credit-controller.txt"), "employers")
    # (the name with or without its form is one employer: "N.A." is a legal form)
    assert employers and all(name.startswith("Lakeshore Savings Bank") for name in employers)
    assert not employers & {"N.A", "Green Bay", "WI", "Northstar Career Transition Ltd"}
    # a labelled firm under a labelled title line is read without its label
    assert not any(name.startswith("Employer") for name in employers)


_HUB = """\
MERIDIAN RAIL & BUS · Career Hub                    Jobs   Internal Gigs   Career Paths   Help
Career Paths > Operations > Depot Planner
Depot Planner
☆ Follow this role      Compare with my current job      Ask a Depot mentor
Profile summaryAlso known as Depot Scheduler. Plans vehicle rosters for two depots.
Skills for this role
Skills you have ✓  Microsoft Excel · Data validation
Skills to build ○  Timetable modelling · Stakeholder briefing
Skills profile (importance)
●●●●● Rostering software (TrapezeOPS)
●●●●○ Shift pattern design
●●●○○ Depot safety rules
●●○○○ Radio procedures
Licenses & certifications: PCV licence (preferred)
Where people in this role came from (last 2 years, 18 moves)
Depot Clerk 44%  ·  Bus Driver 30%  ·  Other 26%
Where people in this role went next
Depot Supervisor 40%  ·  Operations Analyst 20%  ·  Fleet Controller 15%  ·  Left Meridian 25%
Open requisitions
R-11201 Depot Planner — Leeds Depot       R-11244 Depot Planner — Hull (posted 12/01)
Internal gigs
Fleet survey (4 weeks) · Timetable review (volunteers)
© 2026 Meridian Rail & Bus · Privacy · Accessibility · Powered by Workday
"""


def test_a_talent_hubs_skills_profile_and_skills_to_build_are_skills() -> None:
    skills = _skills(parse_text(_HUB, "talentmarket-depot-planner.txt"))
    assert {"Shift pattern design", "Microsoft Excel", "Timetable modelling",
            "Stakeholder briefing"} <= skills
    assert not any("●" in skill for skill in skills)
    assert "Licenses & certifications" not in skills


def test_a_talent_hubs_moves_lose_their_shares_and_requisitions() -> None:
    guide = parse_text(_HUB, "talentmarket-depot-planner.txt")
    assert {"Depot Clerk", "Bus Driver"} <= _facts(guide, "moves_in")
    assert {"Operations Analyst"} <= _moves(guide)
    everything = _moves(guide) | _facts(guide, "moves_in")
    assert not any(name.startswith("R-") or "%" in name for name in everything)
    assert "Left Meridian" not in everything and "Other" not in everything


def test_a_talent_hubs_own_footer_names_its_employer() -> None:
    guide = parse_text(_HUB, "talentmarket-depot-planner.txt")
    assert _facts(guide, "employers") == {"Meridian Rail & Bus"}  # (not the HR system's)


def test_two_short_items_parted_by_a_semicolon_are_two_skills() -> None:
    page = "Credit Controller\nSkills\nledger reconciliation; debtor and creditor reports\n"
    assert {"ledger reconciliation", "debtor and creditor reports"} <= _skills(
        parse_text(page, "skills.txt"))
