"""Generator renderers for the six page families of held-back set 35 (port careers pages ...).

Held-back set 35 showed six more kinds of page users bring: a port or terminal operator's
shore-side careers page for one role (a terminal's page with a breadcrumb and field line, or a
port company's page with a glued menu and a "•" requirements line), a skills passport (a
verified worker record with dotted endorsed-skills and rate rows, or a learner's own view with
bracketed headings and a private pay record), a Swedish job posting read through a browser
translator (a job board's posting with the site's salary statistics, or a job site's posting
with a median, a regional average and a percentile range), a sector body's or training
charity's "meet the apprentices" gallery for one trade (cards separated by rules, or "CARD n of
5" blocks with fields), a council staff report that creates a position (a US city's
legislative file, or an Ontario town's numbered report) and a conference's speaker page
filtered to a careers track (a panel with speakers' bios, or a symposium's student track with
credentials after the names).  These renderers write such pages from a planned guide, two
variants a family, about occupations that fit them (occupy()); every fact the truth keeps is
printed and what a style does not state is cleared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _facts, _plural, _salary, occupation_role, occupy
from benchmarks.web_families20 import _pl as _sek  # Swedish notation too: "34 500"
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _legal
from benchmarks.web_families31 import _hour
from benchmarks.web_families32 import _an, _dots, _item, _skills
from benchmarks.web_families34 import _apart

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY35_ALIAS_LAYOUTS", "FAMILY35_LADDER_LAYOUTS", "FAMILY35_LAYOUTS",
           "FAMILY35_RENDERERS"]

FAMILY35_LAYOUTS = ("portcareers", "skillspassport", "svenskamt", "apprenticegallery",
                    "councilreport", "speakerbios")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY35_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY35_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _lower(title: str) -> str:
    """A title in running text: lower case but for its acronyms ("EV charger installer")."""
    return " ".join(w if w.isupper() else w.lower() for w in title.split())


def _whole(rng: random.Random, low: int, high: int, step: int = 100) -> int:
    """A whole figure between ``low`` and ``high`` thousands, on ``step``."""
    return rng.randint(low * 1000 // step, high * 1000 // step) * step


# --------------------------------------------------------------------------------------
# A port or terminal operator's shore-side careers page for one role
# --------------------------------------------------------------------------------------
# (role, two "also known as" names, the operator (printed, short), the port, what you'll
#  need (tools in parentheses each), cards and licences (`optional`), the `→` ladder, moves
#  in (joined from the quay as, started as), an earlier non-job (`optional`), lateral titles,
#  the title "for comparison", other employers, sectors)
_TERMINALS = (
    ("Reefer Technician", ("Refrigerated Container Technician", "Reefer Mechanic"),
     ("Saltmarsh Container Terminal Ltd", "Saltmarsh Container Terminal"), "Harwich",
     (("refrigeration fault-finding", ("Carrier controllers", "Thermo King controllers")),
      "electrical testing", "record keeping", "calm under pressure"),
     ("F-Gas certificate", "port pass"),
     ("Reefer Technician", "Senior Reefer Technician", "Reefer Supervisor",
      "Engineering Manager"),
     ("Lasher", "Domestic Appliance Engineer"), "farm work",
     ("Crane Electrician", "Maintenance Planner"), "Mechanical Fitter",
     ("Humber Quay Terminals", "Wyvern Freeport Services"),
     ("Ports and logistics", "Container shipping")),
    ("Port Security Officer", ("ISPS Security Officer", "Gatehouse Officer"),
     ("Eastholme Port Company Ltd", "Eastholme Port Company"), "Eastholme",
     ("access control", ("CCTV systems", ("Genetec", "Milestone")), "vehicle searches",
      "report writing"),
     ("SIA licence", "full driving licence"),
     ("Port Security Officer", "Senior Port Security Officer", "Security Team Leader",
      "Port Facility Security Officer"),
     ("Police Community Support Officer", "Retail Security Guard"), "army cadets",
     ("Vessel Traffic Assistant", "Customs Support Officer"), "Port Control Operator",
     ("Tees Estuary Terminals", "Solent Gateway Ports"),
     ("Port operations", "Maritime security")),
)
_PORT_PEOPLE = ("Dale Ferriby", "Shona Kettle", "Amrit Bains")


def _portcareers(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A terminal operator's careers page: the port's navigation (port status, tide tables),
    breadcrumb, the field line (location, roster, job family, reference), apply, save, share
    and register-your-interest buttons, the open-day note and footer (chrome), the role with
    "Also known as" (spellings), "What you'll need" (skills, tools in parentheses each; cards
    and licences `optional`), a pay block (the role's band a year, the Graduate rate and the
    Senior band the role's, the "for comparison" title's band theirs, shift and meal
    allowances no pay), "joined from the quay as" and "started as" (moves in; an earlier
    non-job `optional`), "Where it can lead" with `→` (a ladder), "move sideways into" and
    "cross-train as" (lateral), "Also hiring" (employers) and a "·" sector line."""
    variant = _begin(rng, g, ("terminal", "portco"))
    if variant == "portco":
        return _portco(rng, g)
    (job, akas, (printed, short), port, needs, papers, ladder, came, before, laterals,
     compared, others, kinds) = rng.choice(_TERMINALS)
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, kinds, [*papers, before])
    band = (_whole(rng, 31, 36, 500), _whole(rng, 40, 45, 500))
    _salary(g, *band, "GBP")
    grad = band[0] - _whole(rng, 4, 6, 500)
    _salary(g, grad, grad, "GBP", level="Graduate")
    senior = (band[1] + _whole(rng, 2, 4, 500), band[1] + _whole(rng, 8, 11, 500))
    _salary(g, *senior, "GBP", level="Senior")
    theirs = (band[0] - _whole(rng, 1, 3, 500), band[1] - _whole(rng, 1, 3, 500))
    _salary(g, *theirs, "GBP", belongs_to=compared)
    shift = int(_no_pay(g, _whole(rng, 3, 5, 250), 250))
    meal = int(_no_pay(g, rng.choice((12, 14, 16)), 1))
    reference = f"{short.split()[0][:3].upper()}-{rng.randint(1000, 9999)}"
    g.must_not_appear += ["Tide tables", "Register your interest", reference]
    return [f"{short.upper()}   Port status: OPEN  ·  Tide tables  ·  Vessel schedule  ·  "
            "Careers  ·  Contact", "",
            f"Home › Careers › Shore-side roles › {job}", "",
            job,
            f"Also known as: {akas[0]}, {akas[1]}",
            f"Location: {port} terminal  |  Roster: 4 on, 4 off (12-hour shifts)  |  Job family: "
            f"Operations  |  Ref: {reference}", "",
            "About the role",
            f"Our {_plural(_lower(job))} keep the terminal moving around the clock, working "
            "alongside the quay and yard teams.", "",
            "What you'll need",
            *(f"- {_item(n)}" for n in needs),
            *(f"- {_cap(p)}" for p in papers), "",
            "Pay and benefits",
            f"- {job}: £{band[0]:,} – £{band[1]:,} a year",
            f"- Graduate {job}: £{grad:,} a year",
            f"- Senior {job}: £{senior[0]:,} – £{senior[1]:,}",
            f"- {compared} (for comparison): £{theirs[0]:,} – £{theirs[1]:,}",
            f"- Shift allowance of £{shift:,} a year and a £{meal} meal allowance per night "
            "shift, paid on top of base pay", "",
            "How people get here",
            f"Many joined from the quay as {_plural(came[0])}; others started as "
            f"{_plural(came[1])}. One of the team came to us straight from {before}.", "",
            "Where it can lead", " → ".join(ladder),
            f"You can also move sideways into {laterals[0]} or cross-train as "
            f"{_an(laterals[1])}.", "",
            f"Also hiring {_plural(_lower(job))}: {others[0]}, {others[1]}",
            f"Sector: {kinds[0]} · {kinds[1]}", "",
            "[ Apply now ]  [ Save ]  [ Share ]  [ Register your interest ]",
            f"Open day: Saturday {rng.randint(2, 28)} March, gate 3. Booking essential.",
            f"© {printed} 2026 · Privacy · Modern slavery statement"]


# (role, its nickname and another name, the port company (printed, short), requirements
#  (brands in parentheses each), licences and clearances (`optional`), the trainee title is
#  the role with Trainee, the other hourly title, the salaried Shift Manager, the `➜` path,
#  earlier jobs (moves in), the lateral titles, other ports hiring, industries)
_PORT_COMPANIES = (
    ("Reach Stacker Operator", ("Stacker Jockey", "Reach Stacker Driver"),
     ("Fundy Bay Terminals Inc.", "Fundy Bay Terminals"),
     (("container handling", ("Kalmar reach stackers", "Hyster reach stackers")),
      "spatial awareness", "radio procedure", "pre-start checks"),
     ("Class 5 driver's licence", "Marine Transportation Security Clearance"),
     "Rubber-Tyred Gantry Operator", "Terminal Shift Manager",
     ("Yard Hand", "Reach Stacker Operator", "Rubber-Tyred Gantry Operator",
      "Terminal Shift Manager"),
     ("Truck Driver", "Forklift Operator"), ("Vessel Checker", "Yard Planner"),
     ("Saint Croix Harbour Corp", "Northumberland Strait Stevedoring"),
     ("Marine cargo handling", "Transportation")),
    ("Mooring Line Handler", ("Linesman", "Mooring Gang Member"),
     ("Cabot Strait Harbour Co. Ltd", "Cabot Strait Harbour Co."),
     (("rope work", ("splicing", "heaving lines")), ("workboat handling", ("twin-screw launches",)),
      "radio procedure", "physical fitness"),
     ("Small Vessel Operator Proficiency", "Marine Emergency Duties A1"),
     "Pilot Boat Deckhand", "Marine Services Shift Manager",
     ("Mooring Line Handler", "Mooring Gang Leader", "Marine Services Shift Manager"),
     ("Deckhand", "Commercial Fisher"), ("Tug Deckhand", "Vessel Traffic Assistant"),
     ("Chignecto Marine Services", "Bras d'Or Port Authority"),
     ("Port services", "Marine transportation")),
)


def _portco(rng: random.Random, g: Guide) -> list[str]:
    """A port company's careers page: a glued menu, a "Roles on the wharf" strip, apply
    buttons, a worker's quotation and name, and the footer (chrome), the role with its
    nickname (spellings), a "•"-glued requirements line (skills, brands in parentheses each;
    licences `optional`), "What you earn" (the trainee rate the role's Trainee rate, the
    qualified hourly range the role's band, another title's hourly range and the salaried
    Shift Manager's band theirs, typical annual earnings "average" the role's point, a night
    penalty and a shift loading no pay), a `➜` path (a ladder), "came to us as" (moves in),
    "cross-train as" and "move into the control room as" (lateral), other ports hiring
    (employers) and "Industry:"."""
    (job, akas, (printed, short), needs, papers, other, manager, path, came, laterals,
     ports, kinds) = rng.choice(_PORT_COMPANIES)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(needs), ports, kinds, papers)
    trainee = _hour(rng, 24, 27)
    _salary(g, trainee, trainee, "CAD", period="hour", level="Trainee")
    band = (_hour(rng, 30, 33), _hour(rng, 36, 40))
    _salary(g, *band, "CAD", period="hour")
    theirs = (_hour(rng, 34, 36), _hour(rng, 42, 46))
    _salary(g, *theirs, "CAD", period="hour", belongs_to=other)
    boss = (_whole(rng, 92, 98, 1000), _whole(rng, 105, 115, 1000))
    _salary(g, *boss, "CAD", belongs_to=manager)
    average = int(_apart(g, _whole(rng, 76, 88, 100), 100))
    _salary(g, average, average, "CAD", point=True)
    penalty = _no_pay(g, rng.choice((2.5, 3.0, 3.25)), 0.25)
    name = rng.choice(_PORT_PEOPLE)
    g.must_not_appear += ["Roles on the wharf", name]
    return ["HomeAbout usPort statusCargoCruiseCommunityCareersContact", "",
            "Roles on the wharf:  Lasher · Checker · Crane Driver · Electrician · "
            f"{job}", "",
            f"{job} – {printed}, Nova Scotia",
            f"Every ship that berths here is met by our {_plural(_lower(job))} (on the wharf "
            f"you'll hear them called the \"{akas[0]}\"; some postings say {akas[1]}).", "",
            "What we look for: " + " • ".join(_item(n) for n in needs) + " • "
            + " • ".join(papers), "",
            "What you earn (CAD)",
            f"Trainee {_plural(job)} start on ${trainee:.2f} an hour.",
            f"Qualified {_plural(_lower(job))}: ${band[0]:.2f}–${band[1]:.2f} per hour.",
            f"{_plural(other)}: ${theirs[0]:.2f}–${theirs[1]:.2f} per hour.",
            f"{manager} (salaried): ${boss[0]:,}–${boss[1]:,} a year.",
            f"Typical annual earnings, overtime included, average ${average:,}.",
            f"A night penalty of ${penalty:.2f} an hour and a shift loading are paid on top.", "",
            "Your path", " ➜ ".join(path), "",
            f"Most of the crew came to us as {_plural(came[0])} or {_plural(came[1])}. Later "
            f"some cross-train as {_plural(laterals[0])}; others move into the control room "
            f"as {_plural(laterals[1])}.", "",
            f"\"No two shifts are the same, and the crew looks after you.\" — {name}", "",
            f"Other ports hiring: {ports[0]}, {ports[1]}",
            f"Industry: {kinds[0]}, {kinds[1]}", "",
            "[ APPLY ]   [ Job alerts ]",
            f"{printed} · Accessibility · Privacy"]


# --------------------------------------------------------------------------------------
# A skills passport: a verified worker record, or a learner's own view of it
# --------------------------------------------------------------------------------------
# (role, "also recorded as" names, the two grades, credentials (`optional`) with their
#  issuers (no employers), endorsed skills (brands in parentheses each), the two verified
#  employers (printed, short), the earlier title and its firm (no employer), a self-declared
#  entry (`optional`), the supervisor, the planned progression, lateral titles, sectors, the
#  median's region)
_RECORDS = (
    ("Steel Erector", ("Structural Steel Erector", "Steelwork Erector"), ("Grade 1", "Grade 2"),
     (("CSCS Blue Skilled Worker card", "Construction Cards Bureau"),
      ("IPAF MEWP 3a/3b", "Powered Access Board"),
      ("Slinger Signaller card", "Lifting Skills Council")),
     (("steel bolting", ("torque wrenches", "shear wrenches")),
      ("MEWP operation", ("scissor lifts", "boom lifts")), "reading erection drawings",
      "load slinging", "working at height"),
     (("Brackley Steelwork Ltd", "Brackley Steelwork"), ("Calder Frame Erectors Ltd",
                                                          "Calder Frame Erectors")),
     ("Groundworker", "Pennine Civils"), "Bar work", "Steel Erection Supervisor",
     ("Steel Erector", "Steel Erection Supervisor", "Site Manager"),
     ("Cladding Fitter", "Crane Supervisor"), ("Commercial construction", "Infrastructure"),
     "North West England"),
    ("Industrial Insulator", ("Thermal Insulation Engineer", "Lagger"), ("Grade 1", "Grade 2"),
     (("Thermal Insulation NVQ Level 2", "Awarding Body for Building Trades"),
      ("Site Safety Passport", "Process Industry Safety Group"),
      ("Asbestos Awareness certificate", "Hazard Training Register")),
     (("pipe lagging", ("mineral wool", "phenolic foam")),
      ("sheet metal cladding", ("swagers", "bead rollers")), "vessel insulation",
      "asbestos awareness"),
     (("Tyneside Thermal Ltd", "Tyneside Thermal"), ("Solway Insulation Services Ltd",
                                                      "Solway Insulation Services")),
     ("Labourer", "Wearmouth Contracts"), "Retail assistant", "Insulation Supervisor",
     ("Industrial Insulator", "Insulation Supervisor", "Contracts Manager"),
     ("Scaffolder", "Fire Stopping Installer"), ("Petrochemical", "Power generation"),
     "Teesside"),
)
_HOLDERS = (("Rhys D. Calloway", "Tariq M. Osei"), ("Ewan P. Lusk", "Dana K. Firth"))


def _skillspassport(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A verified worker record: the passport site's navigation, "Back to search results",
    share and download buttons, the holder's name and ID, record status, the completeness bar,
    the sync date, the endorsers' names, "Employers who viewed this record" and the footer
    (chrome), the occupation with "Also recorded as" (spellings), a credentials table with
    issuer and status columns (credentials `optional`, issuers no employers), dotted endorsed-
    skills rows (skills, brands in parentheses each), a verified work history (the role's two
    employers, an earlier title a move in whose firm employs nobody here, a self-declared entry
    `optional`), dotted rate rows per grade (the role's own at that grade), the supervisor's
    rate "for reference" (theirs), travel and tool allowances (no pay), the sector median (the
    role's point with its region), a planned progression with `→` (a ladder), "moving across
    to" (lateral) and the sectors worked."""
    variant = _begin(rng, g, ("record", "learner"))
    if variant == "learner":
        return _learner(rng, g)
    (job, akas, (one, two), creds, skills, firms, (earlier, old_firm), declared, boss, plan,
     laterals, kinds, region) = rng.choice(_RECORDS)
    occupy(g, job, ladder=list(plan), moves_in=[earlier], transitions=list(laterals))
    _spell(g, *akas)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, _skills(skills), (), kinds, [*(c for c, _ in creds), declared])
    low = rng.randint(17, 20) * 10
    _salary(g, low, low, "GBP", period="day", level=f"{job} {one}")
    band = (low + rng.randint(2, 4) * 10, low + rng.randint(6, 8) * 10)
    _salary(g, *band, "GBP", period="day", level=f"{job} {two}")
    theirs = (band[1] + rng.randint(5, 7) * 10, band[1] + rng.randint(9, 12) * 10)
    _salary(g, *theirs, "GBP", period="day", belongs_to=boss)
    median = _whole(rng, 44, 52, 500)
    _salary(g, median, median, "GBP", point=True, region=region)
    travel = int(_no_pay(g, rng.choice((25, 30, 35)), 5))
    holder, endorser = rng.choice(_HOLDERS)
    passport = f"SP-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"
    g.must_not_appear += [holder, endorser, passport, "Back to search results"]
    width = max(len(c) for c, _ in creds) + 4
    return ["WorkRecord Passport   |   Verified worker record",
            "Log in   Register   For employers   Help", "",
            "< Back to search results        Share record ▾    Download PDF", "",
            job.upper(),
            f"Holder: {holder}      Passport ID: {passport}      Record status: VERIFIED ✓",
            f"Also recorded as: {akas[0]} · {akas[1]}",
            f"Record {rng.randint(70, 95)}% complete  ▓▓▓▓▓▓▓░░   Last synced {rng.randint(2, 9)} "
            "days ago", "",
            f"CURRENT GRADE: {two}", "",
            f"{'CREDENTIALS':<{width}}{'Issued by':<36}Status",
            *(f"{c:<{width}}{issuer:<36}{rng.choice(('Valid', 'Valid', 'Renewal due'))}"
              for c, issuer in creds), "",
            "ENDORSED SKILLS",
            *(_dots(_item(s), f"endorsed x{rng.randint(1, 6)}", 40) for s in skills), "",
            "WORK HISTORY (verified)",
            f"2023–now    {job}, {firms[0][0]}",
            f"2020–2023   {job}, {firms[1][0]}",
            f"2016–2020   {earlier}, {old_firm}",
            f"Self-declared entry (not verified): {declared}", "",
            "RATES RECORDED (holder's own)",
            _dots(f"{two} day rate", f"£{band[0]} – £{band[1]} / day", 30),
            _dots(f"{one} day rate (2022)", f"£{low} / day", 30),
            f"{boss} rate, for reference: £{theirs[0]} – £{theirs[1]} / day",
            f"Travel allowance (£{travel} / day) and tool allowance not counted.",
            f"Sector median for {_plural(_lower(job))} ({region}): £{median:,} a year", "",
            "PLANNED PROGRESSION", " → ".join(plan),
            f"Interested in moving across to: {laterals[0]}, {laterals[1]}", "",
            f"SECTORS WORKED: {kinds[0]} | {kinds[1]}", "",
            f"Endorsed by: {endorser} and {rng.randint(2, 5)} others",
            f"Employers who viewed this record ({rng.randint(3, 19)})",
            "© WorkRecord Passport · Data protection · Terms"]


# (role, other names on the record, credentials with codes (`optional`), skills evidenced
#  (brands in parentheses each), the employer (printed, short), the earlier title (a move in,
#  its rate theirs), the suggested next steps (containing the role), side-steps, job-match
#  firms, sectors, the region of the median)
_LEARNERS = (
    ("Heat Pump Installer", ("Heat Pump Technician", "HVAC Installer"),
     ("Refrigerant handling licence", "Electrical service technician registration",
      "Working at height certificate"),
     (("split system installation", ("Daikin", "Fujitsu")), "brazing", "vacuum testing",
      "customer handover"),
     ("Southern Alps Climate Ltd", "Southern Alps Climate"), "Electrical Trade Assistant",
     ("Heat Pump Installer", "Lead Heat Pump Installer", "HVAC Service Manager"),
     ("Refrigeration Technician", "Energy Auditor"),
     ("Kaikōura Comfort Systems", "Mainland Heat & Cool"),
     ("Residential building services", "Renewable energy"), "Canterbury"),
    ("EV Charger Installer", ("Charge Point Installer", "EV Charging Technician"),
     ("Electrical registration", "EV charging installation micro-credential",
      "First aid certificate"),
     (("charger commissioning", ("Wallbox", "Zappi")), "load calculations",
      "cable sizing", "site surveys"),
     ("Volt Harbour Electrical Ltd", "Volt Harbour Electrical"), "Cable Jointer's Mate",
     ("EV Charger Installer", "Lead EV Charger Installer", "Electrical Contracts Manager"),
     ("Solar Installer", "Battery Storage Technician"),
     ("ChargeNorth Energy", "Waitematā Electrical Services"),
     ("Electrical contracting", "Transport electrification"), "Auckland"),
)


def _learner(rng: random.Random, g: Guide) -> list[str]:
    """A learner's own passport view: bracketed section headings, the learner's name, the
    completeness bar, "Share" and "Download" and the footer (chrome), "Other names on this
    record" (spellings), credentials with codes (`optional`), "> " skills evidenced (brands in
    parentheses each), experience (the role's employer, an earlier title: a move in), a
    private pay record (the holder's own hourly rate, a Lead offer the role's, the earlier
    title's rate theirs, the regional median the role's point with its region, a tool
    allowance no pay), suggested next steps with `→` (a ladder), side-steps (lateral), job
    matches (employers; match counts chrome) and sectors."""
    (job, akas, creds, skills, (printed, short), earlier, steps, sides, matches, kinds,
     region) = rng.choice(_LEARNERS)
    occupy(g, job, ladder=list(steps), moves_in=[earlier], transitions=list(sides))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(skills), matches, kinds, creds)
    own = _hour(rng, 32, 36)
    _salary(g, own, own, "NZD", period="hour")
    lead = round(own + _hour(rng, 4, 7), 2)
    _salary(g, lead, lead, "NZD", period="hour", level="Lead")
    before = _hour(rng, 23, 26)
    _salary(g, before, before, "NZD", period="hour", belongs_to=earlier)
    median = _apart(g, _hour(rng, 31, 37), 1.05)
    _salary(g, median, median, "NZD", period="hour", point=True, region=region)
    tools = _no_pay(g, rng.choice((15.0, 20.0, 25.0)), 5.0)
    learner = rng.choice(("Aroha T.", "Mikaere P.", "Sione L."))
    g.must_not_appear += [learner, "Download my passport"]
    return [f"My SkillPass  ·  {learner}  ·  [ Share ]  [ Download my passport ]",
            f"Profile {rng.randint(60, 90)}% complete", "",
            f"[ Occupation ]  {job}",
            f"Other names on this record: {akas[0]}; {akas[1]}", "",
            "[ Credentials ]",
            *(f"  {c} — code {rng.randint(1000, 9999)}" for c in creds), "",
            "[ Skills evidenced ]",
            *(f"> {_item(s)}" for s in skills), "",
            "[ Experience ]",
            f"  {job} — {printed} (2024–now)",
            f"  {earlier} (2021–2024)", "",
            "[ Pay record — private to you, NZD ]",
            f"  My current rate: ${own:.2f}/hr",
            f"  Lead offer I turned down: ${lead:.2f}/hr",
            f"  As {_an(earlier)}: ${before:.2f}/hr",
            f"  Median for {_plural(_lower(job))} in {region}: ${median:.2f}/hr",
            f"  Tool allowance ${tools:.0f}/week (not counted)", "",
            "[ Suggested next steps ]", "  " + " → ".join(steps),
            f"  Side-steps: {sides[0]}, {sides[1]}", "",
            "[ Job matches ]",
            *(f"  {m} — {rng.randint(70, 97)}% match" for m in matches), "",
            f"[ Sectors ]  {kinds[0]}; {kinds[1]}", "",
            "My SkillPass · Your data, your record"]


# --------------------------------------------------------------------------------------
# A Swedish job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (posted title, Swedish title, the translator's rendering, employer (printed, short), town,
#  the county, duties, who are you (tools in parentheses each), licences (`optional`), the
#  development line (the next step and the further one), earlier jobs (moves in), the two
#  "Compare:" occupations, similar jobs' firms, industry, the union and the employers'
#  organisation (never employers))
_SWEDISH_BOARDS = (
    ("Ventilation Fitter", "Ventilationsmontör", "ventilation installer",
     ("Luftkraft Montage AB", "Luftkraft Montage"), "Helsingborg", "Skåne",
     ("Install duct systems in new and renovated buildings",
      "Adjust air flows together with the commissioning engineer"),
     (("duct fitting", ("spiral ducts", "rectangular ducts")), "reading drawings",
      "lifting equipment", "independence"),
     ("B driving licence", "lift platform certificate"),
     ("Ventilation Foreman", "Project Manager"), ("Sheet Metal Worker", "Plumber"),
     ("Electrician", "Sheet Metal Worker"),
     ("Nordvent Installation AB", "Öresund Klimat AB"), ("Construction", "Installation"),
     ("Installatörsfacket", "Installationsgivarna")),
    ("Roofer", "Takläggare", "roof layer", ("Kustens Tak & Plåt AB", "Kustens Tak & Plåt"),
     "Kalmar", "Kalmar County",
     ("Lay roofing felt and sheet metal on new builds",
      "Replace old roofs in housing associations"),
     (("roofing membranes", ("torch-on felt", "PVC membrane")), "safe work at height",
      "sheet metal folding", "punctuality"),
     ("fall protection course", "B driving licence"),
     ("Roofing Foreman", "Site Manager"), ("Carpenter", "Scaffolder"),
     ("Carpenter", "Scaffolder"),
     ("Smålands Takmästare AB", "Ölands Byggplåt AB"), ("Construction", "Roofing"),
     ("Takarbetarfacket", "Takentreprenörerna")),
)


def _svenskamt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Swedish job board's posting through a translator: the translator's bar, the board's
    navigation and breadcrumb (its category no sector), the pipe field strip (scope, form of
    employment, reference, publication and deadline), the contact person, the union contact,
    "we decline contact with ad sellers", popular searches and the footer (chrome), the posted
    title with its Swedish name and the translator's rendering (spellings), duties ending in
    ";" (nothing), "Who are you?" bullets (skills, tools in parentheses each; licences
    `optional`), "We offer" (the monthly band in Swedish notation the role's, the apprentice's
    "from" the role's open-ended floor, on-call pay and holiday pay no pay), a development
    line ("started as an apprentice …, became … and the next step is X or Y": a ladder, Y a
    further up move), earlier jobs (moves in), the site's salary statistics (national and
    county averages the role's points with their region, one-sided deciles no fact, "Compare:"
    averages theirs), similar jobs (employers) and "Industry:"."""
    variant = _begin(rng, g, ("board", "site"))
    if variant == "site":
        return _svensksite(rng, g)
    (job, swedish, rendered, (printed, short), town, county, duties, needs, papers,
     (nxt, further), came, compared, similar, kinds, (union, owners)) = rng.choice(
        _SWEDISH_BOARDS)
    apprentice = f"Apprentice {job}"
    occupy(g, job, ladder=[apprentice, job, nxt], leads=[further], moves_in=list(came))
    _spell(g, swedish, _cap(rendered))
    _legal(g, printed, short)
    _facts(g, _skills(needs), similar, kinds, papers)
    band = (_whole(rng, 31, 35, 500), _whole(rng, 39, 44, 500))
    _salary(g, *band, "SEK", period="month")
    floor = band[0] - _whole(rng, 6, 9, 100)
    _salary(g, floor, None, "SEK", period="month", level="Apprentice")
    national = int(_apart(g, _whole(rng, 35, 39, 100), 100))
    _salary(g, national, national, "SEK", period="month", point=True, region="Sweden")
    local = int(_apart(g, national + rng.choice((-1, 1)) * _whole(rng, 1, 2, 100), 100))
    _salary(g, local, local, "SEK", period="month", point=True, region=county)
    averages = []
    for n, other in enumerate(compared):
        value = national + (n * 2 - 1) * _whole(rng, 1, 3, 100) + 50
        _salary(g, value, value, "SEK", period="month", point=True, belongs_to=other)
        averages.append((other, value))
    lowest = int(_no_pay(g, band[0] - _whole(rng, 2, 4, 100), 100))
    highest = int(_no_pay(g, band[1] + _whole(rng, 3, 5, 100), 100))
    standby = int(_no_pay(g, rng.choice((1800, 2100, 2400)), 100))
    site = rng.choice(("JobbVästkusten", "Platsbanken Syd"))
    contact = rng.choice(("Johanna Lindqvist", "Mattias Berg"))
    g.must_not_appear += [site, contact, union, owners, "Show original"]
    return ["Translated from: Swedish ▾  →  English   |   Show original   |   Always translate "
            "Swedish", "",
            f"{site}    Find jobs · Employers · Salary statistics · Log in",
            f"Start › Jobs › Installation, operation, maintenance › {town}", "",
            f"{job} ({swedish})",
            f"{printed} · {town} · Published {rng.randint(2, 9)} days ago",
            "Scope: Full-time | Form of employment: Permanent, probation 6 months | Ref: "
            f"{short[:2].upper()}-{rng.randint(100, 999)} | Last application date: "
            f"{rng.randint(2, 28)} May", "",
            "About us",
            f"{short} is a family-owned company where every {rendered} gets a mentor.", "",
            "Your duties", *(f"- {d};" for d in duties), "",
            "Who are you?", *(f"- {_item(n)}" for n in needs),
            *(f"- {_cap(p)}" for p in papers), "",
            "We offer",
            f"- Salary {_sek(band[0])}–{_sek(band[1])} SEK per month according to the "
            "collective agreement",
            f"- Apprentices from {_sek(floor)} SEK per month",
            f"- On-call compensation {_sek(standby)} SEK per week, 13% holiday pay and "
            "pension", "",
            "Development",
            f"Our foreman started as an apprentice {_lower(job)}, became {_an(_lower(job))} "
            f"and for many the next step is {nxt} or {further}.",
            f"Several colleagues previously worked as {_plural(came[0].lower())} or came from "
            f"the job as {_an(came[1].lower())}.", "",
            f"Salary statistics: {_plural(_lower(job))}",
            f"Average salary in Sweden: {_sek(national)} SEK/month",
            f"Average salary in {county}: {_sek(local)} SEK/month",
            f"Lowest 10%: under {_sek(lowest)} SEK   Highest 10%: over {_sek(highest)} SEK",
            "Compare: " + ", ".join(f"{o} {_sek(v)} SEK" for o, v in averages), "",
            "Similar jobs", *(f"{job} – {firm}" for firm in similar), "",
            f"Industry: {kinds[0]}, {kinds[1]}", "",
            f"Contact person: {contact}, 070-000 00 00. Union contact: {union}.",
            f"The employer is a member of {owners}. We decline contact with ad sellers.",
            "Popular searches: electrician · carpenter · warehouse",
            f"© {site} 2026"]


# (posted title, Swedish title, the translator's renderings, employer (printed, short), the
#  region, the job's sentences, qualifications (tools in parentheses each), the licence
#  (`optional`), the title "for information", the career rungs (next and the one above),
#  the lateral title, earlier jobs (moves in), other employers, industry)
_SWEDISH_SITES = (
    ("Physiotherapist", "Fysioterapeut", ("physical therapist", "sjukgymnast"),
     ("Rörelsekliniken i Umeå AB", "Rörelsekliniken i Umeå"), "Västerbotten",
     ("You assess and treat patients with musculoskeletal problems.",
      "You plan rehabilitation together with the patient."),
     (("exercise therapy", ("Redcord", "Keiser")), "manual therapy", "ultrasound therapy",
      "a warm approach"),
     "Swedish licence to practise", "Rehabilitation Assistant",
     ("Specialist Physiotherapist", "Clinic Manager"), "Occupational Health Consultant",
     ("Personal Trainer", "Massage Therapist"),
     ("Norrlands Rehab AB", "Fysiocenter Skellefteå AB"), ("Healthcare", "Rehabilitation")),
    ("Biomedical Analyst", "Biomedicinsk analytiker", ("biomedical scientist", "BMA"),
     ("Laborix Diagnostik AB", "Laborix Diagnostik"), "Örebro County",
     ("You analyse blood and tissue samples.", "You calibrate and check the instruments."),
     (("clinical chemistry analysers", ("Cobas", "Atellica")), "quality control",
      "microscopy", "precision"),
     "Swedish licence to practise", "Laboratory Assistant",
     ("Specialist Biomedical Analyst", "Laboratory Manager"), "Quality Coordinator",
     ("Laboratory Assistant", "Chemistry Technician"),
     ("Mälardalens Labbcentrum AB", "Bergslagens Provsvar AB"), ("Healthcare",
                                                               "Laboratory medicine")),
)


def _svensksite(rng: random.Random, g: Guide) -> list[str]:
    """A Swedish job site's posting through a translator: the bar, navigation, applicant
    count, buttons and the footer (chrome), the posted title with its Swedish name and two
    renderings (spellings), "The job" sentences (nothing), "Your qualifications" (skills,
    tools in parentheses each; the licence `optional`), "What we offer" (the role's monthly
    band, the Senior rate the role's, another title's band "(for information)" theirs, a
    wellness allowance and pension no pay), "Career" ("move on to X; after that Y": a ladder,
    "moved over to": lateral, "came from the job as": moves in), the site's statistics (the
    national median and a region's average the role's points with their region, "Percentile
    10 – 90" the role's band), other employers and "Industry:"."""
    (job, swedish, renders, (printed, short), region, sentences, needs, licence, other,
     (nxt, upper), lateral, came, firms, kinds) = rng.choice(_SWEDISH_SITES)
    occupy(g, job, ladder=[job, nxt, upper], moves_in=list(came), transitions=[lateral])
    _spell(g, swedish, *(_cap(r) if r.islower() else r for r in renders))
    _legal(g, printed, short)
    _facts(g, _skills(needs), firms, kinds, [licence])
    band = (_whole(rng, 34, 38, 500), _whole(rng, 42, 46, 500))
    _salary(g, *band, "SEK", period="month")
    senior = band[1] + _whole(rng, 2, 4, 500)
    _salary(g, senior, senior, "SEK", period="month", level="Senior")
    theirs = (band[0] - _whole(rng, 7, 9, 500), band[0] - _whole(rng, 2, 4, 500))
    _salary(g, *theirs, "SEK", period="month", belongs_to=other)
    median = int(_apart(g, _whole(rng, 39, 42, 100), 100))
    _salary(g, median, median, "SEK", period="month", point=True, region="Sweden")
    local = int(_apart(g, median - _whole(rng, 1, 2, 100), 100))
    _salary(g, local, local, "SEK", period="month", point=True, region=region)
    spread = (band[0] - _whole(rng, 1, 2, 100), band[1] + _whole(rng, 3, 5, 100))
    _salary(g, *spread, "SEK", period="month")
    wellness = int(_no_pay(g, rng.choice((3000, 4000, 5000)), 500))
    site = rng.choice(("Jobbsajten.se", "KarriärNorr"))
    g.must_not_appear += [site, "Show original", "Save the job"]
    return ["This page has been translated from Swedish.  Show original  ·  Options ▾", "",
            f"{site}   Jobs | Companies | Salaries | Log in", "",
            f"{job.upper()} ({swedish}) — {printed}",
            f"{region}  ·  {rng.randint(12, 80)} applicants  ·  [ Apply ]  [ Save the job ]",
            f"Also translated as: {renders[0]}, {renders[1]}", "",
            "Who we are",
            f"{short} is a private clinic group with {rng.randint(20, 90)} employees.", "",
            "The job", *sentences, "",
            "Your qualifications", *(f"• {_item(n)}" for n in needs), f"• {_cap(licence)}",
            "",
            "What we offer",
            f"Salary: {_sek(band[0])} – {_sek(band[1])} SEK/month, individual salary setting.",
            f"Senior {_lower(job)}: {_sek(senior)} SEK/month.",
            f"{other} (for information): {_sek(theirs[0])} – {_sek(theirs[1])} SEK/month.",
            f"Wellness allowance {_sek(wellness)} SEK a year, occupational pension.", "",
            "Career",
            f"Many of our {_plural(_lower(job))} move on to {nxt}; after that {upper}. One "
            f"colleague moved over to {lateral}.",
            f"Colleagues came from the job as {came[0].lower()} or {came[1].lower()}.", "",
            f"Salary statistics for {_plural(_lower(job))}",
            f"Median salary, whole of Sweden: {_sek(median)} SEK/month",
            f"Average salary, {region}: {_sek(local)} SEK/month",
            f"Percentile 10 – 90: {_sek(spread[0])} – {_sek(spread[1])} SEK/month", "",
            f"Other employers looking for {_plural(_lower(job))}: {firms[0]}, {firms[1]}",
            f"Industry: {kinds[0]} / {kinds[1]}", "",
            f"{site} © 2026 · Cookies · About"]


# --------------------------------------------------------------------------------------
# A sector body's or training charity's "meet the apprentices" gallery for one trade
# --------------------------------------------------------------------------------------
# (trade, its other name, the body, three apprentices (first name, age, year of training,
#  employer (printed, short), before (a title: a move in; else `optional`)), their kit
#  (brands in parentheses each, two items a card), the qualified worker (first name, age,
#  employer (printed, short), the next step and the one after, the sideways title), the
#  manager with a "+" floor, where the trade works, training providers (never), the next
#  trade's gallery)
_GALLERIES = (
    ("Stonemason", "Banker Mason", "Stone Crafts Skills Council",
     (("Ellis", 19, 1, ("Cotswold Freestone Ltd", "Cotswold Freestone"), "Bricklayer"),
      ("Priya", 23, 2, ("Hallam Masonry Ltd", "Hallam Masonry"), "Landscape Labourer"),
      ("Joe", 17, 3, ("Ashlar & Son Restoration Ltd", "Ashlar & Son Restoration"),
       "leaving sixth form")),
     (("hand carving", ("claw chisels", "boasters")), "stone dressing",
      ("masonry saws", ("cut-off saws", "bench saws")), "lime mortar pointing",
      "reading templates", "fixing with dowels"),
     ("Marnie", 27, ("Wealden Stone Conservation Ltd", "Wealden Stone Conservation"),
      ("Mason Carver", "Master Mason"), "Stone Conservator"),
     "Masonry Site Manager", ("Heritage restoration", "Cathedral works"),
     ("Westbury Building College", "Heritage Crafts Academy"), "Roof Slaters"),
    ("Plasterer", "Solid Plasterer", "Finishing Trades Council",
     (("Kai", 18, 1, ("Northgate Plastering Ltd", "Northgate Plastering"), "Decorator"),
      ("Sophie", 21, 2, ("Trowelcraft Interiors Ltd", "Trowelcraft Interiors"),
       "Kitchen Porter"),
      ("Dev", 25, 3, ("Fenwick Dry Lining Ltd", "Fenwick Dry Lining"), "a gap year")),
     (("plastering trowels", ("finishing trowels", "hawks")), "dry lining",
      ("mixing kit", ("paddle mixers",)), "ceiling boarding", "setting out",
      "fibrous moulding"),
     ("Lauren", 29, ("Castlegate Ornamental Plaster Ltd", "Castlegate Ornamental Plaster"),
      ("Fibrous Plasterer", "Plastering Contracts Manager"), "Dry Liner"),
     "Finishing Site Manager", ("Housebuilding", "Commercial fit-out"),
     ("Riverside Skills Centre", "Interiors Training Trust"), "Tilers"),
)
_RULE = "─" * 44


def _apprenticegallery(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A sector body's gallery: the body's navigation, hashtags, the filter chip and
    "Showing 4 of N", first names and ages, quotations, the funding note, training providers
    (never employers), the next trade's link and the footer (chrome), the trade with its other
    name (spellings), cards separated by rules (each apprentice's year of training and "Pay
    now" the role's Apprentice rate, the employer employs the role, "Before:" a move in or an
    `optional` non-job, "Kit I use" skills, brands in parentheses each), a qualified former
    apprentice (the pay the role's own; "Next step … then …" a further ladder from the role;
    a sideways move lateral, a travel payment no pay), and the body's facts box (a typical
    route with a bare "Apprentice" rung: the ladder; the average the role's point; the Senior
    band the role's; the site manager's "+" floor theirs) and "Where … work" (sectors)."""
    variant = _begin(rng, g, ("cards", "swipe"))
    if variant == "swipe":
        return _swipe(rng, g)
    (job, alias, body, apprentices, kit, (first, age, (printed, short), (nxt, then), sideways),
     manager, kinds, providers, upcoming) = rng.choice(_GALLERIES)
    route = [f"Apprentice {job}", job, f"Senior {job}", manager]
    titles = [before for *_, before in apprentices if before[:1].isupper()]
    occupy(g, job, ladder=route, moves_in=titles, transitions=[sideways])
    g.ladders.append([(g.role, job), *((occupation_role(n), n) for n in (nxt, then))])
    _spell(g, alias)
    for *_, (firm, firm_short), _before in apprentices:
        _legal(g, firm, firm_short)
    _legal(g, printed, short)
    _facts(g, _skills(kit), (), kinds,
           [before for *_, before in apprentices if not before[:1].isupper()])
    rate = _hour(rng, 6, 7)
    cards = []
    for name, years, year, (firm, _), before in apprentices:
        _salary(g, rate, rate, "GBP", period="hour", level="Apprentice")
        items = kit[2 * (year - 1):2 * year]
        cards += [_RULE, f"{name}, {years}",
                  f"Apprentice {job} · Year {year} · {firm}",
                  f"Before: {before}",
                  "Kit I use: " + "; ".join(_item(i) for i in items),
                  f"Pay now: £{rate:.2f} an hour",
                  f"\"{rng.choice(_QUOTES)}\""]
        rate = round(rate + _hour(rng, 1, 2), 2)
    qualified = _whole(rng, 28, 32, 250)
    _salary(g, qualified, qualified, "GBP")
    travel = int(_no_pay(g, rng.choice((15, 20, 25)), 5))
    senior = (qualified + _whole(rng, 3, 5, 500), qualified + _whole(rng, 9, 12, 500))
    _salary(g, *senior, "GBP", level="Senior")
    average = int(_apart(g, qualified + _whole(rng, 1, 3, 100), 100))
    _salary(g, average, average, "GBP", point=True)
    floor = senior[1] + _whole(rng, 4, 7, 1000)
    _salary(g, floor, None, "GBP", belongs_to=manager)
    total = rng.randint(18, 40)
    g.must_not_appear += [body, *providers, f"Next: meet the apprentices — {upcoming}"]
    return [f"{body.upper()}   Careers · Apprenticeships · Employers · News · Donate", "",
            "#MeetTheApprentices #ApprenticeshipWeek", "",
            f"Meet the apprentices: {_plural(job)} (also called {_plural(alias.lower())})",
            f"Filter: Trade = {job} ✕      Showing 4 of {total}", "",
            *cards, _RULE,
            f"{first}, {age} — finished her apprenticeship in 2023",
            f"{job} · {printed}",
            f"Pay now: £{qualified:,} a year, plus a £{travel} travel payment on far sites",
            f"Next step: {nxt}, then {then}. A sideways move to {sideways} appeals too.",
            _RULE, "",
            f"{body}: the facts",
            "Typical route: Apprentice → " + " → ".join(route[1:]),
            f"Average salary: £{average:,}",
            f"Senior {job}: £{senior[0]:,} – £{senior[1]:,}",
            f"{manager}: £{floor:,}+", "",
            f"Where {_plural(_lower(job))} work: {kinds[0].lower()}, {kinds[1].lower()}", "",
            f"Training providers (not employers): {providers[0]}, {providers[1]}",
            "Apprenticeships funded in part by the national levy.",
            f"Next: meet the apprentices — {upcoming} ›", "",
            f"© {body} · Newsletter · Donate"]


_QUOTES = ("Every day on site teaches me something new.", "I love seeing a job finished.",
           "My mentor never minds a daft question.", "It beats sitting at a desk.")


# (trade, its other name, the charity, three apprentices (first name, age, region, year,
#  employer (printed, short), before (a title: a move in; else `optional`)), their kit,
#  the other title's card (title, its employer and kit: `optional`), the crew leader, the
#  consulting title, the path, sideways titles, where the trade works, the survey's region,
#  partners (never))
_SWIPES = (
    ("Greenkeeper", "Turf Technician", "Fairway Futures Trust",
     (("Mia", 19, "Waikato", 1, ("Rotokauri Golf Club Inc.", "Rotokauri Golf Club"),
       "Groundsperson"),
      ("Tane", 22, "Bay of Plenty", 2, ("Pāpāmoa Links Ltd", "Pāpāmoa Links"), "Farmhand"),
      ("Ruby", 18, "Canterbury", 3, ("Selwyn Park Golf Ltd", "Selwyn Park Golf"),
       "playing club rugby")),
     (("mowers", ("cylinder mowers", "rotary mowers")), "hole changing", "top dressing",
      ("spraying", ("knapsack sprayers",)), "bunker raking", "irrigation checks"),
     ("Irrigation Technician", "Hydrotech Irrigation NZ", ("controller programming",
                                                           "trenching")),
     "Greens Crew Leader", "Turf Consultant",
     ("Apprentice Greenkeeper", "Greenkeeper", "Head Greenkeeper", "Course Superintendent"),
     ("Sports Turf Technician", "Nursery Grower"), ("Golf courses", "Sports turf"),
     "Auckland", ("Turf Growers Guild", "Fairway Foundation")),
    ("Fencer", "Rural Fencer", "Land Trades Trust",
     (("Hemi", 20, "Manawatū", 1, ("Ruahine Fencing Ltd", "Ruahine Fencing"), "Shearer"),
      ("Jess", 24, "Southland", 2, ("Hokonui Rural Contracting Ltd",
                                   "Hokonui Rural Contracting"), "Stock Handler"),
      ("Liam", 17, "Otago", 3, ("Clutha Post & Wire Ltd", "Clutha Post & Wire"),
       "leaving school")),
     (("post drivers", ("tractor-mounted rammers",)), "wire straining", "gate hanging",
      ("chainsaws", ("battery chainsaws",)), "battening", "deer fencing"),
     ("Drainage Contractor", "Tararua Drainage", ("laser levelling", "digger work")),
     "Fencing Crew Leader", "Farm Infrastructure Consultant",
     ("Apprentice Fencer", "Fencer", "Fencing Contractor"),
     ("Agricultural Contractor", "Vineyard Worker"), ("Agriculture", "Rural contracting"),
     "Waikato", ("Rural Skills Network", "Fenceline Foundation")),
)


def _swipe(rng: random.Random, g: Guide) -> list[str]:
    """A training charity's swipe cards: "CARD n of 5" blocks with "Name:/Age:/Region:"
    fields (chrome), three apprentices ("Earning" the role's Apprentice rate, the employer
    employs the role, "Before:" a move in or an `optional` non-job, "Kit" skills), another
    title's card (its rate theirs, its employer and kit `optional`), a crew leader's card
    (theirs), "expected when qualified" (the role's band), a call-out payment (no pay), the
    survey box (the median the role's point, a region's median with its region, the consulting
    title's salary theirs), the path with `→` (a ladder), sideways moves (lateral), where the
    trade works (sectors) and partners "not employers" (never)."""
    (job, alias, charity, apprentices, kit, (other, other_firm, other_kit), crew, consulting,
     path, sideways, kinds, region, partners) = rng.choice(_SWIPES)
    titles = [before for *_, before in apprentices if before[:1].isupper()]
    occupy(g, job, ladder=list(path), moves_in=titles, transitions=list(sideways))
    _spell(g, alias)
    for *_, (firm, firm_short), _before in apprentices:
        _legal(g, firm, firm_short)
    _facts(g, _skills(kit), (), kinds,
           [*(b for *_, b in apprentices if not b[:1].isupper()), other_firm,
            *(_cap(k) for k in other_kit)])
    rate = _hour(rng, 23, 24)
    cards = []
    for n, (name, years, where, year, (firm, _), before) in enumerate(apprentices, start=1):
        _salary(g, rate, rate, "NZD", period="hour", level="Apprentice")
        items = kit[2 * (year - 1):2 * year]
        cards += [f"CARD {n} of 5", f"Name: {name}   Age: {years}   Region: {where}",
                  f"Title: Apprentice {job} (year {year})", f"Employer: {firm}",
                  f"Before: {before}", "Kit: " + ", ".join(_item(i) for i in items),
                  f"Earning: ${rate:.2f}/hr", "Swipe ➜", ""]
        rate = round(rate + _hour(rng, 1, 2), 2)
    theirs = round(rate + _hour(rng, 2, 4), 2)
    _salary(g, theirs, theirs, "NZD", period="hour", belongs_to=other)
    lead = round(theirs + _hour(rng, 3, 5), 2)
    _salary(g, lead, lead, "NZD", period="hour", belongs_to=crew)
    qualified = (round(rate + _hour(rng, 1, 2), 2), round(lead + _hour(rng, 1, 2), 2))
    _salary(g, *qualified, "NZD", period="hour")
    callout = _no_pay(g, rng.choice((40.0, 50.0, 60.0)), 5.0)
    median = _whole(rng, 52, 58, 500)
    _salary(g, median, median, "NZD", point=True)
    local = median + _whole(rng, 2, 4, 500)
    _salary(g, local, local, "NZD", point=True, region=region)
    advice = (local + _whole(rng, 20, 30, 1000))
    _salary(g, advice, advice, "NZD", belongs_to=consulting)
    g.must_not_appear += [charity, *partners, "Swipe ➜"]
    return [f"{charity} · Meet the apprentices · {_plural(job)} · Aotearoa New Zealand", "",
            f"Swipe through five people in {_lower(job)} work (also called "
            f"{_plural(alias.lower())}).", "",
            *cards,
            "CARD 4 of 5", "Name: Aaron   Age: 31   Region: Taranaki", f"Title: {other}",
            f"Employer: {other_firm}", "Kit: " + ", ".join(other_kit),
            f"Earning: ${theirs:.2f}/hr", "Swipe ➜", "",
            "CARD 5 of 5", "Name: Grace   Age: 36   Region: Hawke's Bay", f"Title: {crew}",
            f"Earning: ${lead:.2f}/hr, plus a ${callout:.0f} call-out payment", "",
            f"Expected when qualified: ${qualified[0]:.2f}–${qualified[1]:.2f}/hr", "",
            "SURVEY NUMBERS (industry pay survey 2026, NZD)",
            f"Median salary, all {_plural(_lower(job))}: ${median:,}",
            f"Median salary, {region}: ${local:,}",
            f"{consulting}: ${advice:,} a year", "",
            "Path: " + " → ".join(path),
            f"Sideways move: some switch to {sideways[0]} or {sideways[1]} work.",
            f"Where {_plural(_lower(job))} work: {kinds[0].lower()}, {kinds[1].lower()}", "",
            f"Partners (not employers): {partners[0]}, {partners[1]}",
            f"{charity} · Donate · Newsletter"]


# --------------------------------------------------------------------------------------
# A council staff report that creates a position
# --------------------------------------------------------------------------------------
# (class, its "commonly called" name, the city (the council employs), its state, the
#  department, the class specification's skills (products in parentheses each), minimum
#  qualifications (`optional`), comparable cities and a utility that also employ the class,
#  the ladder's two rungs above, the class a step toward (up), lateral transfers (moves in),
#  the "for reference" class, the consultant (`optional`), sectors)
_STAFF_REPORTS = (
    ("Traffic Signal Technician", "Signal Tech", "City of Maple Rapids", "Minnesota",
     "Public Works",
     (("signal controllers", ("Econolite", "McCain")), "fiber optic splicing",
      "bucket truck operation", "electrical troubleshooting"),
     ("IMSA Traffic Signal Level II", "Class A CDL"),
     ("City of Brennan Falls", "City of Oxbow Grove"), "Tri-County Transit Authority",
     ("Senior Traffic Signal Technician", "Traffic Operations Supervisor"),
     "Traffic Operations Engineer", ("Electrician", "Street Lighting Technician"),
     "Electrical Maintenance Worker", "Corridor Signal Services LLC",
     ("Local government", "Transportation")),
    ("Fleet Services Technician", "Fleet Mechanic", "City of Harlan Springs", "Kansas",
     "Fleet Services",
     (("diagnostic software", ("Cummins INSITE", "JPRO")), "hydraulic repair",
      "preventive maintenance", "welding"),
     ("ASE certification", "Class B CDL"),
     ("City of Mercer Flats", "City of Wolcott Ridge"), "Prairie Rural Water District",
     ("Senior Fleet Services Technician", "Fleet Supervisor"), "Fleet Manager",
     ("Equipment Operator", "Small Engine Mechanic"), "Parts Technician",
     "Midwest Fleet Repair LLC", ("Local government", "Fleet maintenance")),
)
_STAFF = (("Renata Holmqvist", "Derek Amundsen"), ("Lydia Okafor", "Bryce Tollefson"))


def _paid(g: Guide, low: float, high: float, period: str, label: str) -> None:
    """The role's band for the same class at a comparable council, labelled by the city."""
    before = len(g.salaries)
    _salary(g, low, high, "USD", period=period)
    if len(g.salaries) > before:
        g.salaries[-1]["label"] = label


def _councilreport(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A US city's staff report in a legislative portal: the file number, version, status,
    "In control", attachments and RSS, the addressees, the author and preparer, the
    resolution number, reviewers and the motion box (chrome), the class the report
    establishes (the role; "commonly called" a spelling), the consultant's hourly charge (no
    pay; the consultant `optional`), the class specification's knowledge and skills (skills,
    products in parentheses each; minimum qualifications `optional`), comparable cities'
    hourly ranges for the same class (the role's own, labelled by the city), those cities and
    a utility "that also employ" the class and the council itself (employers), "promoted as
    follows: A → B → C" (a ladder), "a step toward" (up), lateral transfers (moves in), a
    fiscal-impact block (the grade's step A–G hourly and annual ranges and the Senior band the
    role's, a "for reference" class's band theirs, the first-year cost no pay) and "Sector:"."""
    variant = _begin(rng, g, ("legistar", "ontario"))
    if variant == "ontario":
        return _ontario(rng, g)
    (job, alias, city, state, department, skills, quals, comparables, utility, above, toward,
     transfers, reference, consultant, kinds) = rng.choice(_STAFF_REPORTS)
    occupy(g, job, ladder=[job, *above], leads=[toward], moves_in=list(transfers))
    _spell(g, alias)
    _facts(g, _skills(skills), [city, *comparables, utility], kinds, [*quals, consultant])
    step_a = _hour(rng, 26, 29)
    step_g = round(step_a * rng.choice((1.32, 1.35, 1.38)), 2)
    _salary(g, step_a, step_g, "USD", period="hour")
    annual = (round(step_a * 2080), round(step_g * 2080))
    _salary(g, *annual, "USD")
    cities = []
    for town in comparables:
        band = (_hour(rng, 25, 29), _hour(rng, 35, 40))
        _paid(g, *band, "hour", town)
        cities.append((town, band))
    senior = (annual[0] + _whole(rng, 8, 11, 100), annual[1] + _whole(rng, 8, 11, 100))
    _salary(g, *senior, "USD", level="Senior")
    theirs = (annual[0] - _whole(rng, 6, 9, 100), annual[1] - _whole(rng, 6, 9, 100))
    _salary(g, *theirs, "USD", belongs_to=reference)
    charge = int(_no_pay(g, rng.randint(95, 140), 1))
    cost = int(_no_pay(g, round(annual[0] * 1.42, -2), 100))
    grade = rng.randint(13, 18)
    author, preparer = rng.choice(_STAFF)
    file_no = f"26-{rng.randint(100, 999):04d}"
    resolution = f"Resolution No. 2026-{rng.randint(10, 99):03d}"
    g.must_not_appear += [author, preparer, file_no, resolution]
    return [f"{city}, {state} — Legislative Information Center",
            "Calendar | City Council | Legislation | Departments      RSS  Alerts",
            f"File #: {file_no}   Version: 1   Type: Consent Item   Status: Agenda Ready",
            "In control: City Council   Attachments: 1. Class Specification, 2. Salary "
            "Schedule", "",
            "TO: Honorable Mayor and Members of the City Council",
            f"FROM: {author}, Director of {department}",
            f"PREPARED BY: {preparer}, Human Resources Analyst",
            f"SUBJECT: Establish the classification of {job} and add one position", "",
            "RECOMMENDATION",
            f"Adopt {resolution} establishing the classification of {job} at pay grade "
            f"{grade}.", "",
            "BACKGROUND",
            f"The work is now done partly by a contractor, {consultant}, at ${charge} per hour. "
            f"The new class is commonly called {_an(alias)} in the field.", "",
            "ANALYSIS",
            f"Minimum qualifications: {quals[0]}; {quals[1]}.",
            "Knowledge and skills listed in the class specification:",
            *(f"  - {_item(s)}" for s in skills),
            "Staff surveyed comparable agencies: "
            + "; ".join(f"in the {town} the {job} is paid ${a:.2f}–${b:.2f} per hour"
                        for town, (a, b) in cities) + ".",
            f"The {comparables[0]}, the {comparables[1]} and the {utility} also employ the "
            "class.", "",
            "CAREER LADDER",
            f"Employees will be promoted as follows: {job} → {above[0]} → {above[1]}. The "
            f"class is also a step toward {toward}. Employees in the {transfers[0]} and "
            f"{transfers[1]} classes are eligible to apply as lateral transfers.", "",
            "FISCAL IMPACT",
            f"Grade {grade}: Step A ${step_a:.2f}/hour (${annual[0]:,} annual) to Step G "
            f"${step_g:.2f}/hour (${annual[1]:,} annual).",
            f"Senior {job} (grade {grade + 2}): ${senior[0]:,}–${senior[1]:,} annual.",
            f"For reference, {reference} (grade {grade - 2}): ${theirs[0]:,}–${theirs[1]:,} "
            "annual.",
            f"First-year cost including benefits: ${cost:,}.", "",
            f"Sector: {kinds[0]} · {kinds[1]}", "",
            "Reviewed by: Finance ✓  City Attorney ✓  City Manager ✓",
            "MOTION: ________  SECOND: ________  VOTE: ________"]


# (class, "commonly called" name, the town (printed, short), comparable municipalities,
#  qualifications (products in parentheses each), papers (`optional`), the seasonal title,
#  the supervisor, the earlier jobs (moves in), the lateral title, the two titles the class
#  sits between (`optional`), the union (never), sectors)
_ONTARIO = (
    ("Animal Services Officer", "Animal Control Officer", "Town of Greyhaven",
     ("Municipality of Port Ardent", "Township of Elmsvale"),
     (("records software", ("CaseTrack", "FieldBook")), "animal handling",
      "conflict de-escalation", "report writing"),
     ("Animal Care Certificate", "G driver's licence"), "Seasonal Park Patrol Officer",
     "Animal Services Supervisor", ("Veterinary Technician", "Kennel Attendant"),
     "Licensing Inspector", ("Animal Care Attendant", "Manager of Enforcement Services"),
     "Municipal Employees' Union Local 0000", ("Municipal government", "Animal welfare")),
    ("Property Standards Officer", "Property Standards Inspector", "Town of Lakeford Mills",
     ("City of Quinte Shores", "Township of North Alder"),
     (("inspection apps", ("FieldBook", "GeoInspect")), "building code knowledge",
      "photographic evidence", "tact"),
     ("OAPSO certification", "G driver's licence"), "Seasonal Grass Enforcement Officer",
     "Enforcement Supervisor", ("Building Inspector", "Insurance Adjuster"),
     "Zoning Examiner", ("Licensing Clerk", "Chief Building Official"),
     "Civic Workers' Union Local 0000", ("Municipal government", "Building regulation")),
)


def _ontario(rng: random.Random, g: Guide) -> list[str]:
    """An Ontario town's report to council: the corporation's header, the report number, the
    author, the strategic-plan goal, consultation with the union and the signatories (chrome),
    numbered sections and "1.1 THAT …" clauses, the class (the role; its numbered classes I
    and II and its "commonly called" name spellings), qualifications (skills, products in
    parentheses each; papers `optional`), a dotted salary grid (classes II and I and the
    Senior class the role's, a seasonal title's hourly rate and the supervisor's band
    theirs), the market median (the role's point), career development ("progress from II to
    I, then to Senior …; the next step is …": a ladder, numbered classes no rungs; "recent
    hires have come from": moves in; "moved sideways into": lateral; "sit between": `optional`),
    comparable municipalities "that also employ" the class and the town (employers), uniform,
    phone and boot allowances and a certification premium (no pay) and "Sector:"."""
    (job, alias, town, comparables, skills, papers, seasonal, supervisor, came, lateral,
     between, union, kinds) = rng.choice(_ONTARIO)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, supervisor], moves_in=list(came),
           transitions=[lateral])
    _spell(g, alias, f"{job} I", f"{job} II")
    _facts(g, _skills(skills), [town, *comparables], kinds, [*papers, *between])
    two = (_whole(rng, 62, 66, 100), _whole(rng, 70, 73, 100))
    one = (two[1] - _whole(rng, 1, 2, 100), two[1] + _whole(rng, 7, 9, 100))
    top = (one[1] + _whole(rng, 1, 2, 100), one[1] + _whole(rng, 8, 11, 100))
    boss = (top[1] + _whole(rng, 2, 4, 100), top[1] + _whole(rng, 12, 15, 100))
    _salary(g, *two, "CAD", level=f"{job} II")
    _salary(g, *one, "CAD", level=f"{job} I")
    _salary(g, *top, "CAD", level="Senior")
    _salary(g, *boss, "CAD", belongs_to=supervisor)
    hourly = _hour(rng, 19, 22)
    _salary(g, hourly, hourly, "CAD", period="hour", belongs_to=seasonal)
    median = int(_apart(g, _whole(rng, 70, 76, 100), 100))
    _salary(g, median, median, "CAD", point=True)
    allowances = int(_no_pay(g, rng.choice((850, 950, 1100)), 50))
    premium = int(_no_pay(g, rng.choice((1200, 1500, 1800)), 100))
    number = f"CS-2026-{rng.randint(10, 60):03d}"
    author = rng.choice(("Harriet Quon", "Marc Deschênes"))
    g.must_not_appear += [number, author, union]
    return [f"THE CORPORATION OF THE {town.upper()}, ONTARIO", "REPORT TO COUNCIL", "",
            f"Report Number: {number}     Prepared by: {author}, Manager of Human Resources",
            f"Date of meeting: {rng.randint(2, 27)} April 2026",
            f"Subject: New position — {job}", "",
            "1. RECOMMENDATIONS",
            f"1.1 THAT Report {number} be received for information; and",
            f"1.2 THAT Council approve the classes of {job} I and {job} II (commonly called "
            f"{_plural(alias)}); and",
            "1.3 THAT the salary grid in Section 5 be approved.", "",
            "2. STRATEGIC PLAN GOAL: Safe and Welcoming Communities", "",
            "3. THE ROLE",
            f"{_plural(job)} respond to complaints, inspect properties and issue orders.", "",
            "4. QUALIFICATIONS",
            *(f"4.{n} {_item(s)}" for n, s in enumerate(skills, start=1)),
            f"4.{len(skills) + 1} {papers[0]}; {papers[1]}", "",
            "5. SALARY GRID (2026, annual, CAD)",
            _dots(f"{job} II", f"${two[0]:,} – ${two[1]:,}", 44),
            _dots(f"{job} I", f"${one[0]:,} – ${one[1]:,}", 44),
            _dots(senior, f"${top[0]:,} – ${top[1]:,}", 44),
            _dots(f"{seasonal} (hourly)", f"${hourly:.2f}", 44),
            _dots(supervisor, f"${boss[0]:,} – ${boss[1]:,}", 44),
            f"The market median for comparable municipalities is ${median:,}.", "",
            "6. CAREER DEVELOPMENT",
            f"Officers progress from {job} II to {job} I, then to {senior}; the next step is "
            f"{supervisor}. Recent hires have come from {_plural(came[0].lower())} and "
            f"{_plural(came[1].lower())}, and one officer moved sideways into {lateral}. The "
            f"classes sit between the {between[0]} and the {between[1]}.",
            f"The {comparables[0]} and the {comparables[1]} also employ the class.", "",
            "7. FINANCIAL IMPACT",
            f"Uniform, phone and boot allowances of ${allowances:,} a year and a certification "
            f"premium of ${premium:,} are funded from the operating budget.", "",
            f"8. CONSULTATION: {union} was consulted.", "",
            f"Sector: {kinds[0]}; {kinds[1]}", "",
            "Respectfully submitted,", author, "Reviewed by: Chief Administrative Officer"]


# --------------------------------------------------------------------------------------
# A conference's speaker page filtered to a careers track
# --------------------------------------------------------------------------------------
# (subject, two "also called" names, the event and city, the track, the speakers' path (the
#  ladder), the title owning a day rate, the two speakers' employers (printed, short), the
#  head of fieldwork's firm (`optional`), tools in a bio (brands in parentheses each), skills
#  a speaker hires for, earlier work (moves in), the lateral title and the up title of
#  colleagues, the adviser's body and the sponsors (never), the median's region, sectors)
_TRACKS = (
    ("Field Archaeologist", ("Site Archaeologist", "Excavator"), ("Heritage Futures Summit",
                                                                  "Leeds"),
     "Careers in Archaeology",
     ("Site Assistant", "Field Archaeologist", "Senior Field Archaeologist", "Project Officer"),
     "Project Officer",
     (("Wolds Archaeology Ltd", "Wolds Archaeology"), ("Pennine Heritage Services Ltd",
                                                      "Pennine Heritage Services")),
     "Trent Valley Fieldwork",
     (("photogrammetry", ("Metashape", "RealityCapture")), ("GIS", ("QGIS",))),
     ("context recording", "section drawing", "finds handling"),
     ("Combat Engineer", "Landscape Gardener"), "Finds Specialist", "Fieldwork Manager",
     "Northern Careers Hub", ("Trowel & Brush Co", "DigSafe Insurance"), "Yorkshire",
     ("Commercial archaeology", "Infrastructure")),
    ("Ecologist", ("Ecological Consultant", "Field Ecologist"), ("Green Careers Forum",
                                                                 "Bristol"),
     "Working in Ecology",
     ("Assistant Ecologist", "Ecologist", "Senior Ecologist", "Principal Ecologist"),
     "Ecology Team Manager",
     (("Severnside Ecology Ltd", "Severnside Ecology"), ("Mendip Wildlife Surveys Ltd",
                                                        "Mendip Wildlife Surveys")),
     "Avon Habitat Partners",
     (("bat detectors", ("Anabat", "Echo Meter")), ("species mapping", ("ArcGIS Field Maps",))),
     ("botanical identification", "habitat surveys", "report writing"),
     ("Zookeeper", "Countryside Ranger"), "GIS Analyst", "Biodiversity Manager",
     "West Careers Service", ("EcoKit Supplies", "FieldWear Outdoor"), "the South West",
     ("Environmental consultancy", "Infrastructure")),
)
_SPEAKERS = ("Dr Hannah Ferris", "Tomasz Wrona", "Aisling Brennan", "Marcus Lyle")


def _speakerbios(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A conference's speaker list filtered to a careers track: the event header, navigation,
    the track filter and count, sort links, session times and rooms, "LinkedIn · X" links,
    the sponsors, "Add to my agenda", the code of conduct and the app (chrome), speakers'
    names and a careers adviser's body (never), the track's subject (the role; "also called"
    names spellings), a panel abstract (the trainee salary the role's Trainee rate, the day
    rates the role's band, the Senior day band the role's, another title's day rate theirs),
    speakers' "title, employer" lines (the employers of speakers doing the job employ it,
    another firm `optional`), a path in a bio (a ladder), tools in a bio and skills hired for
    (skills, brands in parentheses each), "joined … from" and "was … before" (moves in),
    colleagues who "moved across to" (lateral) or "moved into" a manager title (up), a median
    in a quotation (the role's point with its region) and "the big employers now" (sectors)."""
    variant = _begin(rng, g, ("track", "symposium"))
    if variant == "symposium":
        return _symposium(rng, g)
    (job, akas, (event, city), track, path, chief, firms, other_firm, tools, hires, came,
     across, up, adviser, sponsors, region, kinds) = rng.choice(_TRACKS)
    occupy(g, job, ladder=list(path), leads=[up], moves_in=list(came), transitions=[across])
    _spell(g, *akas)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, [*_skills(tools), *(_cap(h) for h in hires)], (), kinds, [other_firm])
    trainee = _whole(rng, 22, 25, 500)
    _salary(g, trainee, trainee, "GBP", level="Trainee")
    days = (rng.randint(15, 18) * 10, rng.randint(20, 23) * 10)
    _salary(g, *days, "GBP", period="day")
    senior = (days[1] + rng.randint(1, 3) * 10, days[1] + rng.randint(6, 8) * 10)
    _salary(g, *senior, "GBP", period="day", level="Senior")
    theirs = senior[1] + rng.randint(4, 6) * 10
    _salary(g, theirs, theirs, "GBP", period="day", belongs_to=chief)
    median = _whole(rng, 30, 34, 500)
    _salary(g, median, median, "GBP", point=True, region=region)
    one, two, three, four = _SPEAKERS
    g.must_not_appear += [*_SPEAKERS, adviser, *sponsors, "Add to my agenda"]
    total = rng.randint(40, 90)
    return [f"{event.upper()} 2026 · {city} · 12–13 May",
            "Agenda   Speakers   Exhibitors   Tickets   Venue", "",
            f"Speakers  ›  Track: {track} ✕   (4 of {total})   Sort: A–Z | Session time", "",
            f"PANEL · Day 2, 14:00 · Room B — So you want to be {_an(_lower(job))}?",
            f"What does {_an(_lower(job))} (also called {_an(akas[0].lower())} or "
            f"{_an(akas[1].lower())}) actually earn? Trainees start on about £{trainee:,} a "
            f"year; contract {_plural(_lower(job))} earn £{days[0]}–£{days[1]} a day, Senior "
            f"{_plural(job)} £{senior[0]}–£{senior[1]} a day and {_an(chief)} about £{theirs} a "
            "day.", "",
            f"{one}", f"Senior {job}, {firms[0][0]}",
            f"{one.split()[1]} began as {_an(path[0])}, worked as {_an(path[1])} for six years "
            f"and now leads site teams as {_an(path[2])}; next year she hopes to step up to "
            f"{path[3]}. She runs {_item(tools[0])} and {_item(tools[1])} on every site.",
            "LinkedIn · X      [ Add to my agenda ]", "",
            f"{two}", f"{job}, {firms[1][0]}",
            f"{two.split()[0]} joined {_lower(job)} work from a job as {_an(came[0])} and "
            f"was {_an(came[1].lower())} before that. \"The median for {_plural(_lower(job))} in "
            f"{region} is about £{median:,} a year, and it is rising,\" he says.",
            "LinkedIn · X      [ Add to my agenda ]", "",
            f"{three}", f"Head of Fieldwork, {other_firm}",
            f"Skills she hires for: {', '.join(hires)}. Two of her colleagues moved across to "
            f"{across} roles; another moved into {up}.",
            "LinkedIn · X      [ Add to my agenda ]", "",
            f"{four}", f"Careers Adviser, {adviser}",
            f"Chairs the panel. The big employers now: {kinds[0].lower()} and "
            f"{kinds[1].lower()}.", "",
            f"Sponsors: {sponsors[0]} · {sponsors[1]}",
            "Code of conduct · Get the app · Contact"]


# (subject, two titles speakers hold (spellings), the symposium, the credentials
#  (`optional`), the employers of two speakers (hospitals) and a third hiring at the event,
#  the university (`optional`) and the recruiter (never), skills programs look for (brands
#  in parentheses each), the field of study (`optional`), the manager (ladder's top), earlier
#  jobs (moves in), the comparison title, the state, work settings)
_SYMPOSIA = (
    ("Respiratory Therapist", ("Staff Respiratory Therapist", "Clinical Respiratory Therapist"),
     "Great Lakes Respiratory Care Conference", ("RRT", "RRT-NPS"),
     ("Lakeshore Regional Medical Center", "Saint Anselm Hospital", "Huron Valley Health"),
     "Northgate State University", "BreathCare Staffing",
     (("ventilator management", ("Hamilton C6", "Servo-u")), "arterial blood gases",
      "airway clearance", "calm communication"),
     "biology degree", "Respiratory Care Manager",
     ("Emergency Medical Technician", "Pharmacy Technician"),
     "Polysomnographic Technologist", "Michigan",
     ("Hospitals", "Long-term acute care")),
    ("Nuclear Medicine Technologist", ("Staff Nuclear Medicine Technologist",
                                       "Clinical Nuclear Medicine Technologist"),
     "Midwest Imaging Careers Symposium", ("CNMT", "NCT"),
     ("Prairie Heart & Vascular Hospital", "Riverside Methodist Imaging", "Cedar Plains Clinic"),
     "Plainsview University", "ScanForce Recruiting",
     (("radiopharmaceutical preparation", ("dose calibrators",)),
      ("SPECT/CT imaging", ("Symbia", "Discovery")), "patient positioning",
      "radiation safety"),
     "chemistry degree", "Imaging Services Manager",
     ("Medical Laboratory Technician", "Radiologic Technologist"),
     "Sonographer", "Iowa", ("Hospitals", "Outpatient imaging centers")),
)


def _symposium(rng: random.Random, g: Guide) -> list[str]:
    """A symposium's student-track speakers: the header, track filter, session times, the
    speakers' names and the recruiter (never), credentials after the names (`optional`), the
    university (`optional`), speakers' Staff and Clinical titles (spellings), a path in a bio
    ("became Senior … and is planning to step up to": a ladder), "came in as" and "many
    applicants come from" (moves in; a field of study `optional`), "skills programs look for"
    (skills, brands in parentheses each), a session comparing offers (the hospital band a year,
    the contract rate and the new-grad rate an hour and the Lead band the role's; sign-on
    bonuses and call pay no pay), a market-update slide (the national and state medians the
    role's points with their region, the comparison title's median theirs), employers hiring
    at the event and work settings (sectors)."""
    (job, titles, symposium, creds, hospitals, university, recruiter, skills, field, manager,
     came, compared, state, settings) = rng.choice(_SYMPOSIA)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, manager], moves_in=list(came))
    _spell(g, *titles)
    _facts(g, _skills(skills), hospitals, settings, [*creds, university, field])
    band = (_whole(rng, 62, 68, 500), _whole(rng, 78, 84, 500))
    _salary(g, *band, "USD")
    contract = _hour(rng, 52, 58)
    _salary(g, contract, contract, "USD", period="hour")
    newgrad = _hour(rng, 29, 32)
    _salary(g, newgrad, newgrad, "USD", period="hour", level="new-grad")
    lead = (band[1] + _whole(rng, 2, 4, 500), band[1] + _whole(rng, 12, 15, 500))
    _salary(g, *lead, "USD", level="Lead")
    national = int(_apart(g, _whole(rng, 72, 78, 100), 100))
    _salary(g, national, national, "USD", point=True, region="United States")
    local = int(_apart(g, national - _whole(rng, 2, 5, 100), 100))
    _salary(g, local, local, "USD", point=True, region=state)
    theirs = int(_apart(g, national - _whole(rng, 9, 14, 100), 100))
    _salary(g, theirs, theirs, "USD", point=True, belongs_to=compared)
    bonus = int(_no_pay(g, rng.choice((5000, 7500, 10000)), 500))
    call = _no_pay(g, rng.choice((4.0, 5.0, 6.0)), 0.5)
    names = ("Olivia Marsh", "Dr. Kenji Oduya", "Beth Lindgren", "Carlos Ybarra")
    g.must_not_appear += [*names, recruiter]
    a, b, c, d = names
    return [f"{symposium.upper()} · Student Track · Speakers", "",
            "Filter: Track = Students & New Grads ✕      4 speakers      Sort by: Time", "",
            f"Becoming {_an(job)}: four speakers on training, first offers and the market.",
            "",
            f"{a}, MS, {creds[0]}",
            f"{titles[0]}, {hospitals[0]}",
            f"Session 9:15 · Ballroom A. {a.split()[0]} came in as {_an(came[0])}, became "
            f"{senior} in 2021 and is planning to step up to {manager}.", "",
            f"{b}, PhD, {creds[0]}, {creds[1]}",
            f"Program Director, {university}",
            "Session 10:30 · Room 204. Skills programs look for: "
            + "; ".join(_item(s) for s in skills) + f". Many applicants come from "
            f"{came[1]} roles or hold a {field}.", "",
            f"{c}, BS, {creds[0]}",
            f"{titles[1]}, {hospitals[1]}",
            "Session 13:00 · Ballroom B — Comparing your first offers: hospital-employed "
            f"{_plural(_lower(job))} ${band[0]:,}–${band[1]:,} a year; contract ${contract:.2f} "
            f"an hour; the new-grad rate ${newgrad:.2f} an hour; Lead {_plural(job)} "
            f"${lead[0]:,}–${lead[1]:,}. Sign-on bonuses of ${bonus:,} and call pay of "
            f"${call:.2f} an hour are extras.", "",
            f"{d}", f"Talent Partner, {recruiter}",
            "Session 15:30 · Room 204 — Market update (slide 4): "
            f"United States median ${national:,}; {state} median ${local:,}; {compared} "
            f"median (comparison) ${theirs:,}.", "",
            f"Employers hiring at the symposium: {', '.join(hospitals)}",
            f"Where {_plural(_lower(job))} work: {settings[0].lower()}, {settings[1].lower()}",
            "", "Add to my agenda · Code of conduct · Download the app"]


FAMILY35_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "portcareers": _portcareers, "skillspassport": _skillspassport, "svenskamt": _svenskamt,
    "apprenticegallery": _apprenticegallery, "councilreport": _councilreport,
    "speakerbios": _speakerbios,
}
