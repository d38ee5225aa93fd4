"""Generator renderers for the six page families of held-back set 43 (Norwegian postings ...).

Held-back set 43 showed six more kinds of page users bring: a Norwegian job posting read
through a browser translator (a job board's posting with "kr 468 000 – 535 000" a year, or a
public job portal's seasonal posting with "kr 262,50" an hour and a union's tariff table), a
staffing agency's assignment confirmation for one temporary role (an agency worker portal's
assignment details form with the week-13 rate and the charge rate to the hirer, or a labour-hire
app's booking confirmation with a casual rate including loading), an interest arbitration award
for one bargaining unit (a relations commission's opinion with a comparables table and an
awarded step schedule, or a tripartite board's decision with a cut-off dissent), an
applicant-tracking system's interview kit or scorecard for one requisition, a professional
regulator's public register entry for one registrant type (a register search record or a
licence record with bands by licence stage) and a qualification-recognition decision for one
occupation (a skills assessment outcome letter, or a German recognition notice in courtesy
translation with "EUR 3.410,55").  These renderers write such pages from a planned guide, two
variants a family, about occupations that fit them (occupy()); every fact the truth keeps is
printed and what a style does not state is cleared: holiday pay, rotation, subsistence and tool
allowances, overtime and penalty rates, charge rates, estimated earnings, percentage rises,
premiums and differentials, incentives, shift allowances and annual bonuses stay out of the
role's pay, other titles' figures keep their owners, the rating words and the tracking system
are chrome, the applicant's own history names no move and no employer, the union and the
regulator employ no one and people's names are never roles.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_kit import (
    _an,
    _cap,
    _cents,
    _de,
    _facts,
    _fr,
    _grouped,
    _item,
    _legal,
    _no_pay,
    _plural,
    _prose_list,
    _run,
    _salary,
    _skills,
    _soft,
    _spell,
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY43_ALIAS_LAYOUTS", "FAMILY43_LADDER_LAYOUTS", "FAMILY43_LAYOUTS",
           "FAMILY43_RENDERERS"]


# --------------------------------------------------------------------------------------
# A Norwegian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the posted title as translated (the role), the English rendering (alias), the Norwegian
#  title and rung name (`optional`), the firm (printed "… AS", short), town and county, what
#  it does, tasks naming tools (skills), requirements (skills, languages), the certificate
#  and licence (`optional`), the rungs above and the later rung, moves in, the lateral post
#  and its division, the other title "for information", sectors)
_NOBOARD = (
    ("Slaughterhouse operator", "meat processing worker", ("slakteriarbeider", "fagoperatør"),
     ("Fjellgard Kjøtt AS", "Fjellgard Kjøtt"), ("Levanger", "Trøndelag"),
     "processes beef and lamb from 900 farms in the region",
     ("Carcass splitting", ("deboning", ("band saw", "Whizard knife"))),
     ("Knife sharpening", "Food hygiene", "Norwegian"), ("certificate of apprenticeship in "
                                                         "industrial meat processing"),
     ("Line leader", "Production manager", "Plant manager"), ("Butcher", "Farmhand"),
     ("Quality controller", "the quality department"), "Warehouse worker",
     ("Food industry", "Agriculture")),
    ("Ferry deckhand", "able seaman", ("matros", "båtsmann"),
     ("Fjordlinjer Vest AS", "Fjordlinjer Vest"), ("Florø", "Vestland"),
     "runs eleven car ferries on the coastal routes",
     ("Mooring", ("deck maintenance", ("needle gun", "pressure washer"))),
     ("Passenger safety", "Crowd management", "English"), ("STCW basic safety course"),
     ("Boatswain", "Mate", "Captain"), ("Fisherman", "Fish farm worker"),
     ("Ticket inspector", "the shore office"), "Bridge watch officer",
     ("Maritime transport", "Tourism")),
)


def _noboard(rng: random.Random, g: Guide) -> list[str]:
    """A Norwegian job board's posting through a translator: the translator bar, the
    board's menu, breadcrumb (its category no sector), posting age, deadline and FINN code
    (chrome), the title as translated (the role) with the Norwegian title (`optional`), "kr
    468 000 – 535 000 per year" (the role's band) and the apprentice's monthly pay (the role
    at Apprentice), a rotation line with its offshore and rotation allowances (no pay), a
    glued "About us" paragraph naming the firm "… AS" (employs) and the English rendering (an
    alias), tasks with tools in parentheses and requirements with a language (skills; the
    certificate `optional`), holiday pay (feriepenger) and pension (no pay), an arrow path
    with a Norwegian rung name and a later rung (a ladder), moves in and across, a figure
    "for information" (theirs), the site's average with a region and range (the role's), a
    one-sided decile (no fact), "Industry:" (sectors) and the contact (chrome)."""
    (job, english, (no_title, no_rung), (printed, short), (town, county), what, tasks, needs,
     paper, (leader, head, later), came, (lateral, unit), other, sectors) = rng.choice(_NOBOARD)
    occupy(g, job, ladder=[job, leader, head, later], moves_in=list(came),
           transitions=[lateral])
    _spell(g, english)
    _legal(g, printed, short)
    _facts(g, [*_skills(tasks), *needs], [], list(sectors), [no_title, no_rung, paper])
    band = (rng.randrange(455, 480) * 1000, rng.randrange(520, 560) * 1000)
    _salary(g, *band, "NOK")
    apprentice = rng.randrange(13800, 15600, 50)
    _salary(g, apprentice, apprentice, "NOK", period="month", level="Apprentice")
    o_rate = band[0] - rng.randrange(25, 45) * 1000
    _salary(g, o_rate, o_rate, "NOK", belongs_to=other)
    average = int(_no_pay(g, band[0] + rng.randrange(20, 40) * 1000, 1000))
    _salary(g, average, average, "NOK", point=True, region=county)
    site = (int(_no_pay(g, band[0] - 30000, 1000)), int(_no_pay(g, band[1] + 40000, 1000)))
    _salary(g, *site, "NOK")
    decile = int(_no_pay(g, site[0] + 12000, 1000))
    offshore = int(_no_pay(g, rng.choice((420, 480, 515)), 5))
    contact = rng.choice(("Kari Haugland", "Sindre Aasen"))
    code = rng.randint(300000000, 399999999)
    board = rng.choice(("JOBBTORGET.no", "Stillingsbanken.no"))
    g.must_not_appear += [board, "Show original", "Always translate Norwegian", contact,
                          "feriepenger", "About us", f"FINN code {code}"]
    return ["This page has been translated from Norwegian  ·  Show original  ·  Always "
            "translate Norwegian",
            f"{board}   Jobs   Employers   Salary check   My page",
            f"Home › Jobs › Industry and production › {county}",
            f"{job} ({no_title}) – {town}",
            f"{printed}  ·  Posted {rng.randint(2, 8)} days ago  ·  Deadline {rng.randint(5, 28)}"
            f".01.2027  ·  FINN code {code}",
            f"Salary: kr {_fr(band[0])} – {_fr(band[1])} per year",
            f"Apprentice: kr {_fr(apprentice)} per month",
            f"Rotation: 7 days on / 7 days off with an offshore allowance of kr {offshore} per "
            "shift and a rotation allowance",
            "Save   Share   Apply now",
            f"About us{printed} {what}. We need {_an(english)} for our team in {town}.",
            "Job description",
            *(f"• {_item(t)}" for t in tasks),
            "We expect",
            *(f"• {n}" for n in needs),
            f"• {_cap(paper)} (or willing to take it)",
            "We offer",
            "• Holiday pay (feriepenger) 12 %, pension in the collective agreement, canteen and "
            "company cabin",
            "Career",
            f"{job} → {leader} ({no_rung}) → {head}, and some have gone on to be {later}. Many "
            f"of ours come from work as {_an(came[0].lower())} or {_an(came[1].lower())}; one "
            f"moved over to {unit} as {_an(lateral.lower())}.",
            f"For information: {_an(other.lower())} earns kr {_fr(o_rate)} per year.",
            f"Salary statistics for {job.lower()}",
            f"Average in {county}: kr {_fr(average)} · Range: kr {_fr(site[0])} – "
            f"{_fr(site[1])} per year",
            f"10 % earn less than kr {_fr(decile)}",
            f"Industry: {', '.join(sectors)}",
            f"Contact person: {contact}   ·   Report ad"]


# (the posted title (the role), the Norwegian title and the skilled-worker word
#  (`optional`), the firm (printed, short), county, what it does and its public client
#  (`optional`), tasks (skills), requirements (skills), the licence and course (`optional`),
#  the tariff's name, its other groups, the rungs above, moves in, the lateral post and its
#  division, the similar vacancy's title and firm (`optional`), the cut vacancy and its town)
_NOPORTAL = (
    ("Scaffolder", "stillasbygger", "fagarbeider", ("Stillas Nordvest AS", "Stillas Nordvest"),
     "Møre og Romsdal", "builds scaffolding for shipyards and housing", "Ulstein Verft",
     ("Erecting system scaffolding", "Load calculation", "Securing of edges"),
     ("Good balance", "Teamwork", "Norwegian"), ("driving licence class B",
                                                 "scaffolding course"),
     "the Building Industry Agreement", ("Labourer", "Insulator"),
     ("Scaffolding foreman", "Site manager"), ("Summer worker", "Roofer"),
     ("Insulation fitter", "the insulation division"), ("Rope access technician",
                                                        "Tauteknikk Sunnmøre AS"),
     ("Carpenter", "Ålesund")),
    ("Road marking operator", "vegoppmerker", "fagarbeider", ("Linjemerking Innlandet AS",
                                                              "Linjemerking Innlandet"),
     "Innlandet", "paints and maintains road markings on national roads",
     "the county road authority",
     ("Thermoplastic marking", "Sign installation", "Work zone signing"),
     ("Accuracy", "Physical fitness", "English"), ("driving licence class C1",
                                                   "work zone warning course"),
     "the Civil Works Agreement", ("Helper", "Lorry driver"),
     ("Team foreman", "Operations manager"), ("Student worker", "Farmhand"),
     ("Winter road operator", "the operations division"), ("Asphalt raker",
                                                          "Vegdekke Hedmark AS"),
     ("Sign fitter", "Hamar")),
)


def _noportal(rng: random.Random, g: Guide) -> list[str]:
    """A public job portal's seasonal posting through a translator: the translator line, the
    portal's menu and breadcrumb, the reference number (chrome), the title as translated (the
    role; the Norwegian title `optional`), a glued "Who are we?" paragraph (the firm "… AS"
    employs; its public client `optional`), tasks and qualifications (skills; licence and
    course `optional`), "Hourly wage: kr 262,50" and the rate after two seasons (the role's),
    the rate with a certificate (the role at Certified), a pipe tariff table of the groups
    (the role's row its own, the others theirs), subsistence, overtime and tool allowances and
    holiday pay (no pay), prose moves in, up (a ladder through the foreman) and across, the
    contact and a cut-off similar-vacancies line (the first vacancy theirs, its firm
    `optional`)."""
    (job, no_title, skilled, (printed, short), county, what, client, tasks, needs, papers,
     tariff, others, (foreman, manager), came, (lateral, unit), (s_title, s_firm),
     (cut_title, cut_town)) = rng.choice(_NOPORTAL)
    occupy(g, job, ladder=[job, foreman, manager], moves_in=list(came), transitions=[lateral])
    _legal(g, printed, short)
    _facts(g, [*tasks, *needs], [], [], [no_title, skilled, client, *papers, s_firm])
    hourly = _cents(rng, 255, 268)
    after = round(hourly + rng.randrange(1200, 1800) / 100, 2)
    certified = round(after + rng.randrange(900, 1500) / 100, 2)
    _salary(g, hourly, hourly, "NOK", period="hour")
    _salary(g, after, after, "NOK", period="hour")
    _salary(g, certified, certified, "NOK", period="hour", level="Certified")
    rows = [(others[0], round(hourly - rng.randrange(1200, 1600) / 100, 2)), (job, hourly),
            (others[1], round(certified + rng.randrange(300, 700) / 100, 2)),
            (foreman, round(certified + rng.randrange(2000, 2600) / 100, 2))]
    for name, rate in rows:
        if name != job:
            _salary(g, rate, rate, "NOK", period="hour", belongs_to=name)
    similar = (rng.randrange(520, 560) * 1000, rng.randrange(590, 630) * 1000)
    _salary(g, *similar, "NOK", belongs_to=s_title)
    ref = f"{rng.randint(2026, 2027)}/{rng.randint(1000, 9999)}"
    contact = rng.choice(("Trond Eide", "Marte Lien"))
    cut = f"{cut_title} - {cut_town} kommune (fr"
    g.must_not_appear += ["Google Translate", "Show original", f"Reference no.: {ref}",
                          "Who are we", contact, "subsistence allowance", "holiday pay", cut]
    return ["Google Translate  |  Norwegian > English  |  Show original",
            "jobb-i-norge   Vacancies   Employers   Guides   Log in",
            f"Vacancies / Building and construction / {county}",
            f"{job} ({no_title}) for the 2027 season",
            f"{printed}  ·  Seasonal position  ·  Full time  ·  Reference no.: {ref}",
            f"Do you like working outdoors? We are hiring for the season from April.Who are we?"
            f"{printed} {what} and works for {client}.",
            "Working tasks",
            *(f"• {t}" for t in tasks),
            "Qualifications",
            *(f"- {n}" for n in needs),
            f"- {_cap(papers[0])}; the {papers[1]} is given by us",
            "Pay and conditions",
            f"Hourly wage: kr {_fr(hourly)} ({tariff})",
            f"After two seasons: kr {_fr(after)} per hour",
            f"With certificate of apprenticeship ({skilled}): kr {_fr(certified)} per hour",
            f"Tariff table, {tariff} (for information)",
            "Group | Title | Hourly wage",
            *(f"{i} | {name} | kr {_fr(rate)}" for i, (name, rate) in enumerate(rows, 1)),
            "A subsistence allowance, overtime supplement 50 %, tool allowance and holiday pay "
            "12 % come in addition.",
            "Development",
            f"Many start with us as {_plural(came[0].lower())} or come from work as "
            f"{_an(came[1].lower())}. The best go on to be {foreman.lower()} and later "
            f"{manager.lower()}, and some have moved over to {unit} as "
            f"{_an(lateral.lower())}.",
            f"Contact: {contact}   |   Apply through the portal",
            f"Similar vacancies: {s_title} - {s_firm} (kr {_fr(similar[0])} - "
            f"{_fr(similar[1])} per year) | {cut}"]


# --------------------------------------------------------------------------------------
# A staffing agency's assignment confirmation for one temporary role
# --------------------------------------------------------------------------------------
# (the job title (the role), its alias, the agency (printed, short), the hirer (printed,
#  short), the site town, the work (a skill), experience and training items (skills), the
#  certificate and the check (`optional`), the ladder above, the other title of the route,
#  the lateral post)
_ASSIGNFORM = (
    ("Warehouse picker", "order picker", ("Northgate Temps Ltd", "Northgate Temps"),
     ("Brindle Home Retail Ltd", "Brindle Home Retail"), "Daventry", "Voice-directed picking",
     ("Scanner accuracy", "Pallet wrapping", "Stock rotation"), ("counterbalance licence",
                                                                 "right-to-work check"),
     ("Team Leader", "Shift Manager"), "Stock Controller", "Goods-in Clerk"),
    ("Laundry operative", "linen room assistant", ("Sterling Shift Staffing Ltd",
                                                   "Sterling Shift"),
     ("Crestwell Linen Services Ltd", "Crestwell Linen Services"), "Wakefield",
     "Flatwork ironer feeding", ("Stain sorting", "Folding speed", "Infection control"),
     ("COSHH awareness certificate", "basic DBS check"), ("Line Leader", "Production Supervisor"),
     "Quality Checker", "Dispatch Driver"),
)


def _assignform(rng: random.Random, g: Guide) -> list[str]:
    """An agency worker portal's assignment details form: the portal's menu, the form title,
    references, the worker ID, dates, the "Reporting to" and risk lines and the consultant's
    signature (chrome), "Employment business: … Ltd" and "Hirer: … Ltd" (both employ), "Job
    title: A (B)" (the role; B an alias), the work and the skills it needs (skills; the
    certificate and check `optional`), a pipe pay table by day and night with the week-13 rate
    (the role's) and overtime (no pay), holiday accrual and the charge rate to the hirer (no
    pay), the hirer's permanent salary (the role's) and an arrow route (a ladder) with another
    title's range (theirs) and a lateral move."""
    (job, alias, (agency, agency_short), (hirer, hirer_short), town, work, needs, papers,
     (leader, head), other, lateral) = rng.choice(_ASSIGNFORM)
    occupy(g, job, ladder=[job, leader, head], transitions=[lateral])
    _spell(g, alias)
    _legal(g, agency, agency_short)
    _legal(g, hirer, hirer_short)
    _facts(g, [work, *needs], [], [], list(papers))
    day = _cents(rng, 12, 13)
    night = round(day + rng.choice((1.1, 1.35, 1.6)), 2)
    awr = (round(day + rng.randrange(60, 110) / 100, 2), round(night + rng.randrange(60, 110)
                                                              / 100, 2))
    for value in (day, night, *awr):
        _salary(g, value, value, "GBP", period="hour")
    perm = rng.randrange(24500, 26500, 250)
    _salary(g, perm, perm, "GBP")
    theirs = (perm + rng.randrange(2500, 4000, 250), perm + rng.randrange(5000, 7000, 250))
    _salary(g, *theirs, "GBP", belongs_to=other)
    overtime = (_no_pay(g, round(day * 1.5, 2), 0.05), _no_pay(g, round(night * 1.5, 2), 0.05))
    charge = _no_pay(g, round(day * 1.42, 2), 0.05)
    consultant = rng.choice(("Priya Raman", "Tom Kettering"))
    ref = f"AD-{rng.randint(10000, 99999)}"
    g.must_not_appear += ["WorkerHub", f"Assignment ref {ref}", consultant, "Reporting to",
                          "charge rate", "Holiday pay"]
    return ["WorkerHub  ›  My assignments  ›  Documents  ›  Assignment details",
            f"ASSIGNMENT DETAILS (Conduct Regulations, reg. 15) · Assignment ref {ref} · "
            f"Worker ID {rng.randint(400000, 499999)}",
            f"Employment business: {agency}",
            f"Hirer: {hirer}, {town} distribution centre",
            f"Job title: {job} ({alias})",
            f"Start: Monday {rng.randint(2, 28)} November 2026 · Expected duration: 12 weeks · "
            "Hours: 4 on / 4 off, 06:00-18:00 or 18:00-06:00",
            f"Reporting to: the {hirer_short} shift manager on site",
            f"Nature of the work: {_soft(work)} and loading; you will need "
            f"{_prose_list([_soft(n) for n in needs])}.",
            f"Training and checks: {papers[0]}, {papers[1]} (done)",
            "Risks: moving vehicles, manual handling. PPE: safety boots and hi-vis (provided)",
            "Pay | Day (£/hr) | Night (£/hr)",
            f"Basic rate | {day:.2f} | {night:.2f}",
            f"From week 13 (AWR) | {awr[0]:.2f} | {awr[1]:.2f}",
            f"Overtime after 48 hours | {overtime[0]:.2f} | {overtime[1]:.2f}",
            "Holiday pay accrues at 12.07 % of hours worked. The charge rate to the hirer "
            f"(£{charge:.2f}/hr) is shown for transparency only.",
            f"Permanent roles at {hirer_short}: a permanent {job} earns £{perm:,} a year. The "
            f"route is {job} → {leader} → {head}; {_plural(other)} earn £{theirs[0]:,} - "
            f"£{theirs[1]:,}, and two of our workers moved across into {lateral} roles.",
            f"Your consultant: {consultant} · Signed for {agency_short} · I accept the "
            "assignment ☐"]


# (the booking title (the role), its aliases (a slash pair), the labour-hire app, its
#  company (printed, short), the client (printed, short), the venue, the classification
#  level, the work, matched skills, the checks (`optional`), the supervisor, the manager
#  above, the other booking type, the lateral post)
_ASSIGNAPP = (
    ("Bar attendant", ("Bartender", "Beverage attendant"), "shiftly",
     ("Shiftly Labour Hire Pty Ltd", "Shiftly Labour Hire"),
     ("Riverbank Stadium Pty Ltd", "Riverbank Stadium"), "Riverbank Stadium, Perth",
     "Level 2", "Pouring and serving at the member bars",
     ("Cash handling", "Beer pouring", "Cocktail making"), ("RSA", "Working with Children Check"),
     "Bar Supervisor", "Venue Beverage Manager", "Glassie", "Barista"),
    ("Ticket scanner", ("Gate attendant", "Access control officer"), "gigcrew",
     ("Gigcrew Staffing Pty Ltd", "Gigcrew Staffing"),
     ("Harbourside Festivals Pty Ltd", "Harbourside Festivals"), "Harbourside Park, Sydney",
     "Level 1", "Scanning tickets and wristbands at the gates",
     ("Customer service", "Crowd flow", "Radio protocol"), ("HLTAID011 first aid",
                                                           "Working with Children Check"),
     "Gate Supervisor", "Access Manager", "Cloakroom attendant", "Usher"),
)


def _assignapp(rng: random.Random, g: Guide) -> list[str]:
    """A labour-hire app's booking confirmation: the app's header, booking number, shifts,
    the break line, the uniform and the cancel / calendar / message buttons (chrome), the
    client (the hirer) and the labour-hire company (both employ), the booking title (the
    role; the "also listed as" slash pair aliases), the classification (a level), "$A/hr
    including 25% casual loading" (the role's at that level; the loading no separate pay),
    Saturday, Sunday and public-holiday penalty rates, superannuation and the estimated
    earnings (no pay), the work and matched profile skills (skills; checks `optional`), the
    supervisor's and another booking type's rates (theirs), "after 20 bookings … supervisors
    have gone on to …" (a ladder), a lateral move and a cut-off app-store footer."""
    (job, (alias_a, alias_b), app, (company, company_short), (client, client_short), venue,
     level, work, matched, checks, sup, manager, other, lateral) = rng.choice(_ASSIGNAPP)
    occupy(g, job, ladder=[job, sup, manager], transitions=[lateral])
    _spell(g, alias_a, alias_b)
    _legal(g, client, client_short)
    _legal(g, company, company_short)
    _facts(g, [work, *matched], [], [], list(checks))
    casual = _cents(rng, 36, 40)
    _salary(g, casual, casual, "AUD", period="hour", level=level)
    s_rate = round(casual + rng.randrange(400, 650) / 100, 2)
    _salary(g, s_rate, s_rate, "AUD", period="hour", belongs_to=sup)
    o_rate = round(casual - rng.randrange(150, 300) / 100, 2)
    _salary(g, o_rate, o_rate, "AUD", period="hour", belongs_to=other)
    saturday = _no_pay(g, round(casual * 1.25, 2), 0.05)
    sunday = _no_pay(g, round(casual * 1.5, 2), 0.05)
    holiday = _no_pay(g, round(casual * 2.25, 2), 0.05)
    hours = rng.choice((18, 21, 24))
    estimate = int(_no_pay(g, round(casual * hours), 1))
    booking = f"#{rng.randint(100000, 999999)}"
    cut = f"Get the {app} app on Google Pl"
    g.must_not_appear += [f"Booking {booking}", "Add to calendar", "Cancel shift",
                          "Estimated earnings", "penalty rate", cut]
    return [f"{app}   Bookings   Timesheets   Profile   Help",
            f"Booking {booking} confirmed ✓",
            f"{client_short} via {company}",
            f"{job} · also listed as {alias_a} / {alias_b}",
            f"Venue: {venue} · Client: {client}",
            f"Shifts: Fri 16:00-23:30 · Sat 15:00-23:30 · Sun 11:00-19:00 ({hours} hrs, 30 min "
            "unpaid break each)",
            f"Classification: {level} event staff",
            f"Pay: ${casual:.2f}/hr including 25% casual loading",
            f"Saturday ${saturday:.2f}/hr · Sunday ${sunday:.2f}/hr · Public holiday "
            f"${holiday:.2f}/hr (penalty rates)",
            f"Estimated earnings: ${estimate:,} before tax + superannuation 11.5 %",
            "Add to calendar   Message the team   Cancel shift",
            "What you'll do",
            f"{work}, restocking and keeping the area clear.",
            "Requirements",
            f"✓ {checks[0]} (verified) ✓ {checks[1]} (verified) · Uniform: black pants, closed "
            "shoes",
            f"Skills on your profile matched: {', '.join(matched)}",
            "Grow with us",
            f"After 20 bookings you can apply for {sup} shifts (${s_rate:.2f}/hr), and many of "
            f"our supervisors have gone on to be {manager}. {_plural(other)} start at "
            f"${o_rate:.2f}/hr; some of our crew moved across into {lateral} roles.",
            f"© 2026 {company} · ABN {rng.randint(10, 99)} {rng.randint(100, 999)} "
            f"{rng.randint(100, 999)} {rng.randint(100, 999)} · {cut}"]


# --------------------------------------------------------------------------------------
# An interest arbitration award for one bargaining unit
# --------------------------------------------------------------------------------------
# (the classification (the role), its alias, the county (the employer: printed, short), the
#  association (no employer), the proficiencies (skills), the duties (`optional`), the
#  comparable counties (`optional`), moves in, the lateral post, the rank above and the next)
_AWARDCOMM = (
    ("Corrections Officer", "detention officers", ("Brannock County Department of Corrections",
                                                   "Brannock County Department of Corrections"),
     "Brannock County Corrections Guild",
     ("Defensive tactics", "Inmate classification", "Jail management system entries"),
     ("supervise housing units", "transport inmates to court"),
     ("Hadley County", "Wexford County", "Tamsin County"),
     ("Security officers", "Military police"), "State Parole Officer",
     ("Corrections Sergeant", "Corrections Lieutenant")),
    ("Emergency Dispatcher", "911 telecommunicators", ("Calloway County Emergency Communications",
                                                       "Calloway County Emergency Communications"),
     "Calloway Dispatchers Association",
     ("Call triage", "Radio dispatching", "Emergency medical dispatch protocol"),
     ("answer 911 and non-emergency lines", "monitor alarm panels"),
     ("Ferrand County", "Lisle County", "Orrin County"),
     ("Call center agents", "Police records clerks"), "Fire Department Dispatcher",
     ("Dispatch Supervisor", "Communications Manager")),
)


def _awardcomm(rng: random.Random, g: Guide) -> list[str]:
    """A relations commission's interest arbitration opinion and award: the commission's
    menu, the case caption set in a parenthesis column, the case number, the arbitrator,
    appearances and the statute (chrome), the unit's classification (the role; "(… )" an
    alias), testimony naming proficiencies (skills; duties `optional`) and where recruits come
    from and where leavers go (moves in, a lateral move), a pipe comparables table of top-step
    monthly wages (each the role's) with their average (a point), the parties' final offers
    in percentages and premiums (no pay), the awarded step schedule on one pipe line (each
    step the role's at that step) with the sergeant rank's steps (theirs), a promotion clause
    (a ladder) and "Related decisions" (chrome). The county employs; the association does
    not."""
    (job, alias, (printed, short), guild, skills, duties, comparables, came, lateral,
     (rank, next_rank)) = rng.choice(_AWARDCOMM)
    occupy(g, job, ladder=[job, rank, next_rank], moves_in=list(came), transitions=[lateral])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, list(skills), [], [], [*duties, *comparables])
    start, rise = rng.randrange(4700, 5000, 5), rng.randrange(230, 260, 5)
    steps = [start + i * rise for i in range(5)]
    for i, step in enumerate(steps, 1):
        _salary(g, step, step, "USD", period="month", level=f"Step {i}")
    tops = []
    for _ in comparables:
        tops.append(int(_no_pay(g, rng.randrange(5900, 6600, 5), 5)))
        _salary(g, tops[-1], tops[-1], "USD", period="month")
    average = int(_no_pay(g, sum(tops) / len(tops), 1))
    _salary(g, average, average, "USD", period="month", point=True)
    sarge = [int(_no_pay(g, steps[-1] + 600 + i * 280, 5)) for i in range(3)]
    for value in sarge:
        _salary(g, value, value, "USD", period="month", belongs_to=rank)
    premium = rng.choice((3, 4, 5))
    case = f"{rng.randint(30000, 39999)}-I-{rng.randint(23, 26)}"
    arbitrator = rng.choice(("Margaret L. Okafor", "Daniel R. Whitcombe"))
    g.must_not_appear += [guild, arbitrator, f"Case {case}", "Related decisions", "APPEARANCES",
                          "RCW 41.56.430"]
    return ["Public Employment Relations Commission  ›  Decisions  ›  Interest arbitration",
            f"In the Matter of the Interest Arbitration   )   Case {case}",
            "between                                   )",
            f"{guild.upper():41} )   OPINION AND AWARD",
            f"and                                       )   {arbitrator}, Arbitrator",
            f"{short.upper():41} )",
            "APPEARANCES: for the Guild, Hartwell & Pryce LLP; for the County, its chief civil "
            "deputy prosecutor.",
            "I. BACKGROUND",
            f"The bargaining unit is every {job} ({alias}) of {printed}; the statute is RCW "
            "41.56.430.",
            "II. TESTIMONY",
            f"The training coordinator testified that members must show {_soft(skills[0])}, "
            f"{_soft(skills[1])} and {_soft(skills[2])}, besides the daily work to "
            f"{duties[0]} and {duties[1]}. About half of new hires are former "
            f"{came[0].lower()} or {came[1].lower()}. In two years six left the unit to work as "
            f"{_plural(lateral)}.",
            "III. COMPARABLES",
            "Comparable | Top step (monthly)",
            *(f"{c} | ${_grouped(t)}" for c, t in zip(comparables, tops, strict=True)),
            f"Average of comparables | ${_grouped(average)}",
            f"The Guild proposed {premium + 1}.0 % in each year; the County offered "
            f"{premium - 1}.5 %. Both accept a longevity premium of {premium} % after ten "
            "years.",
            "IV. AWARD",
            f"Salary schedule, {job}, effective January 1, 2027: "
            + " | ".join(f"Step {i} ${_grouped(s)}" for i, s in enumerate(steps, 1)),
            f"{rank}: " + " | ".join("$" + _grouped(s) for s in sarge),
            f"Promotion: {_plural(job)} with four years may be promoted to {rank}; "
            f"{_plural(rank)} compete for {next_rank}.",
            "Related decisions: Brannock County (2019) · Calloway County (2021)"]


# (the classification (the role), its licensed title and abbreviation (aliases), the
#  hospital district (employer: printed, short), the union (no employer), the unit's
#  techniques (skills), moves in, the lateral post, the outside classification, the senior
#  rung's next post and the one after)
_AWARDBOARD = (
    ("Respiratory Therapist", ("Registered Respiratory Therapist", "RRT"),
     ("Kestrel Valley Hospital District", "Kestrel Valley Hospital District"),
     "Health Professionals Union Local 412",
     ("Ventilator management", "Arterial blood gas sampling", "Airway clearance"),
     ("Emergency medical technicians", "Military corpsmen"), "Sleep Technologist",
     "Respiratory Care Aide", "Respiratory Care Supervisor", "Director of Cardiopulmonary"),
    ("Surgical Technologist", ("Certified Surgical Technologist", "CST"),
     ("Oakmere Valley Health District", "Oakmere Valley Health District"),
     "Technical Employees Guild Local 77",
     ("Sterile field maintenance", "Instrument counts", "Surgical draping"),
     ("Sterile processing technicians", "Army surgical technicians"), "Endoscopy Technician",
     "Sterile Processing Aide", "Lead Surgical Technologist", "Perioperative Services Manager"),
)


def _awardboard(rng: random.Random, g: Guide) -> list[str]:
    """An awards library's tripartite board decision: the library's menu, the caption, the
    neutral chair and the partisan members, the issues at impasse and the signatures
    (chrome), the unit description with its techniques (skills; the licensed title and
    abbreviation aliases), recruitment evidence (moves in, a lateral move), an outside
    classification's range (theirs), a comparability median with its region (a point), the
    current range and the awarded hourly steps (the role's), the Senior range (the role at
    Senior) and the supervisor's reference range (theirs; a "Lead X" the role's at Lead),
    shift differentials and the float-pool premium (no pay), "the next step is …, and a few
    have progressed to …" (a ladder) and a cut-off dissent."""
    (job, (licensed, abbr), (printed, short), union, techniques, came, lateral, outside,
     sup, director) = rng.choice(_AWARDBOARD)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, sup, director], moves_in=list(came),
           transitions=[lateral])
    _spell(g, licensed, abbr)
    _legal(g, printed, short)
    _facts(g, list(techniques), [], [], [])
    outside_range = (_cents(rng, 22, 24), _cents(rng, 28, 30))
    _salary(g, *outside_range, "USD", period="hour", belongs_to=outside)
    first, rise = _cents(rng, 35, 37), rng.randrange(160, 175) / 100
    steps = [round(first + i * rise, 2) for i in range(6)]
    for i, step in enumerate(steps, 1):
        _salary(g, step, step, "USD", period="hour", level=f"Step {i}")
    median = _no_pay(g, _cents(rng, 41, 43), 0.05)
    _salary(g, median, median, "USD", period="hour", point=True, region="Western Washington")
    current = (_no_pay(g, round(first / 1.04, 2), 0.05), _no_pay(g, _cents(rng, 44, 45), 0.05))
    _salary(g, *current, "USD", period="hour")
    s_range = (_no_pay(g, steps[-1] + 1.2, 0.05), _no_pay(g, steps[-1] + 5.4, 0.05))
    _salary(g, *s_range, "USD", period="hour", level="Senior")
    ref = (_no_pay(g, s_range[1] + 3.1, 0.05), _no_pay(g, s_range[1] + 9.8, 0.05))
    if sup == f"Lead {job}":
        # (fresh57) "For reference, Lead Surgical Technologist: $…": the role with a
        # seniority word is the role at that level (dev/README.md), not another title
        _salary(g, *ref, "USD", period="hour", level="Lead")
    else:
        _salary(g, *ref, "USD", period="hour", belongs_to=sup)
    night = _no_pay(g, rng.choice((2.75, 3.25, 3.5)), 0.25)
    chair = rng.choice(("Eleanor Vasquez-Hale", "Robert J. Annunzio"))
    dissent = "DISSENT (District member): The majority overstates the recruitment diffi"
    g.must_not_appear += [union, chair, "Neutral Chair", "issues at impasse",
                          "float-pool premium", dissent]
    return ["ArbAwards Library   Search   Browse by state   Alerts",
            f"{printed} and {union}",
            f"Interest arbitration · Tripartite board · {chair}, Neutral Chair",
            "Issues at impasse: wages (Article 14), staffing ratio, mandatory overtime",
            "1. The unit",
            f"The unit is the {job} classification; most members also hold the licensed title "
            f"{licensed} ({abbr}). They provide {_prose_list([_soft(t) for t in techniques])} "
            "on every ward.",
            "2. Recruitment evidence",
            f"The District hires {came[0].lower()} and {came[1].lower()} into the "
            f"classification; four left last year to take jobs as {_plural(lateral)}. The "
            f"District also pointed to the {outside} range of ${_grouped(outside_range[0])} - "
            f"${_grouped(outside_range[1])} an hour.",
            "3. Comparability",
            f"The comparability median for Western Washington is ${_grouped(median)} an hour "
            f"against the current range of ${_grouped(current[0])} - ${_grouped(current[1])}.",
            "4. Award",
            "Step | Hourly",
            *(f"{i} | ${_grouped(s)}" for i, s in enumerate(steps, 1)),
            f"{senior}: ${_grouped(s_range[0])} - ${_grouped(s_range[1])}. For reference, {sup}: "
            f"${_grouped(ref[0])} - ${_grouped(ref[1])}.",
            f"The night shift differential of ${_grouped(night)} an hour, the bilingual premium "
            "and the float-pool premium are unchanged.",
            f"From {senior} the next step is {sup}, and a few have progressed to {director}.",
            "Concurring: Union member · Signed for the board",
            dissent]


# --------------------------------------------------------------------------------------
# An applicant-tracking system's interview kit or scorecard
# --------------------------------------------------------------------------------------
# (the requisition title (the role), its specialism (alias: "title in specialism") and
#  abbreviation (alias), the employer (printed, short), the department, focus attributes
#  (skills), tools in questions (skills), the grade and the next post, moves in, the up posts)
_SCOREKIT = (
    ("Research Technician", "Marine Ecology", "RT",
     ("Westhaven University", "Westhaven University"),
     "School of Ocean Sciences", ("Field sampling", "Laboratory safety", "Data curation"),
     ("QGIS", "PRIMER"), "Grade 6", "Senior Research Technician",
     ("Laboratory assistant", "Field assistant"), ("Laboratory Manager", "Research Officer")),
    ("Clinical Trials Assistant", "Oncology", "CTA", ("Northfleet Cancer Institute",
                                                     "Northfleet Cancer Institute"),
     "Early Phase Trials Unit", ("Case report forms", "Trial master file", "Patient scheduling"),
     ("REDCap", "OpenClinica"), "Grade 5", "Clinical Trials Coordinator",
     ("Medical receptionist", "Pharmacy technician"), ("Data Manager", "Trial Monitor")),
)


def _scorekit(rng: random.Random, g: Guide) -> list[str]:
    """An ATS interview kit: the system's menu, requisition number, the hidden candidate,
    stage, time and room, the tabs, "Download kit as PDF", the interview purpose and notes
    (chrome), the requisition title (the role; the title with its specialism and the
    abbreviation aliases), focus attributes (skills), numbered questions naming tools
    (skills), job details with the employer, department and a grade's spine-point range (the
    role at that grade), moves in and up in prose with the next post's range (theirs), a
    scorecard with rating circles under Skills, Qualifications, Personality traits and Details
    (the rated skills and traits skills; the category labels and rating words chrome; the
    qualification items `optional`) and an overall recommendation (chrome)."""
    (job, field, abbr, (printed, short), dept, focus, tools, grade, senior, came,
     ups) = rng.choice(_SCOREKIT)
    full = f"{job} in {field}"
    occupy(g, job, leads=[senior, *ups], moves_in=list(came))
    _spell(g, full, abbr)
    _legal(g, printed, short)
    traits = rng.sample(("Curiosity", "Attention to detail", "Composure", "Reliability"), 2)
    quals = ("Relevant degree", "Right to work in the UK")
    _facts(g, [*focus, *tools, *traits], [], [], list(quals))
    spine = (rng.randrange(29500, 31500, 7), rng.randrange(34500, 36500, 7))
    _salary(g, *spine, "GBP", level=grade)
    theirs = (spine[1] + rng.randrange(800, 1600, 7), spine[1] + rng.randrange(6000, 8000, 7))
    _salary(g, *theirs, "GBP", belongs_to=senior)
    system = rng.choice(("TalentTrail", "Hireloop"))
    req = f"REQ-{rng.randint(1000, 9999)}"
    g.must_not_appear += [system, req, "Candidate hidden", "Strong yes", "Download kit as PDF",
                          "Personality traits", "Qualifications"]
    return [f"{system}   Jobs   Candidates   Interviews   Reports",
            f"{full} · {req}",
            "Candidate hidden · Stage: Panel interview · Thu 10:30 · Room 2.14",
            "Interview kit | Scorecard | Job details | Activity",
            "Download kit as PDF",
            "Purpose: assess the candidate against the focus attributes below.",
            "Focus attributes: " + ", ".join(focus),
            "Questions",
            f"1. Walk us through a project where you used {tools[0]}.",
            f"2. How would you check a data set in {tools[1]} before it goes to the "
            f"{abbr} lead?",
            "3. Tell us about a time a deadline slipped.",
            "Job details",
            f"{printed} · {dept} · {grade}, spine points {rng.randint(18, 20)}-"
            f"{rng.randint(23, 25)} (£{spine[0]:,} - £{spine[1]:,})",
            f"Prep notes: {_plural(abbr)} often join from {came[0].lower()} or "
            f"{came[1].lower()} jobs. Past {_plural(abbr)} have moved on to {senior} posts "
            f"(£{theirs[0]:,} - £{theirs[1]:,}) and to {ups[0]} and {ups[1]} posts.",
            "Scorecard",
            "Skills",
            *(f"{f}  ○ Strong no  ○ No  ○ Yes  ○ Strong yes" for f in focus),
            "Qualifications",
            *(f"{q}  ○ Yes  ○ No" for q in quals),
            "Personality traits",
            *(f"{t}  ○ Strong no  ○ No  ○ Yes  ○ Strong yes" for t in traits),
            "Details",
            "Available to start in January  ○ Yes  ○ No",
            "Overall recommendation: ○ Strong no ○ No ○ Yes ○ Strong yes   Submit scorecard"]


# (the requisition title (the role), its slash second title (alias), the employer (printed,
#  short), the site, industry, weighted sections with criteria (skills), the section titles
#  that could be skills (`optional`), must-haves (`optional`), ideal backgrounds (moves in),
#  the ladder above, the lateral post)
_SCOREPIPE = (
    ("Fleet Maintenance Coordinator", "Workshop Scheduler",
     ("Harlow Freight Lines Inc.", "Harlow Freight Lines"), "Joliet terminal", "Trucking",
     (("Maintenance planning", ("PM intervals", "Parts forecasting")),
      ("Systems", ("Fleetio", "Telematics data")),
      ("Communication", ("Driver debriefs", "Vendor follow-up"))),
     ("ASE certification", "CDL class A"), ("Diesel technicians", "Parts counter staff"),
     ("Fleet Maintenance Supervisor", "Fleet Manager"), "Warranty Administrator"),
    ("Facilities Work Coordinator", "Work Order Scheduler",
     ("Brightwater Medical Campus Inc.", "Brightwater Medical Campus"), "east campus",
     "Health care",
     (("Work order control", ("Job prioritisation", "Backlog review")),
      ("Systems", ("Maximo", "Building automation alarms")),
      ("Communication", ("Contractor coordination", "Shift handovers"))),
     ("CFM credential", "OSHA 30 card"), ("HVAC technicians", "Maintenance mechanics"),
     ("Facilities Supervisor", "Facilities Director"), "Energy Analyst"),
)


def _scorepipe(rng: random.Random, g: Guide) -> list[str]:
    """An ATS scorecard with a pipeline strip: the system's menu, the pipeline (Applied →
    Screen → Interview → Offer), candidate initials, tabs, star legends, section weights,
    "Key take-aways", "Private notes" and the save button (chrome), the requisition title (the
    role; its slash second title an alias), weighted sections whose "Criteria:" lines mix
    commas and semicolons (the criteria skills; section titles `optional`), must-have
    checkboxes (`optional`), a salary range (the role's) with an incentive percentage (no
    pay), "Ideal background" (moves in), an arrow career path (a ladder) with the
    supervisor's range (theirs), a lateral move, the employer and "Industry:" (a sector)."""
    (job, slash, (printed, short), site, industry, sections, musts, came, (sup, head),
     lateral) = rng.choice(_SCOREPIPE)
    occupy(g, job, ladder=[job, sup, head], moves_in=list(came), transitions=[lateral])
    _spell(g, slash)
    _legal(g, printed, short)
    criteria = [c for _, cs in sections for c in cs]
    _facts(g, criteria, [], [industry], [*(t for t, _ in sections), *musts])
    band = (rng.randrange(58000, 63000, 500), rng.randrange(72000, 78000, 500))
    _salary(g, *band, "USD")
    theirs = (band[1] + rng.randrange(3000, 6000, 500), band[1] + rng.randrange(14000, 18000, 500))
    _salary(g, *theirs, "USD", belongs_to=sup)
    incentive = rng.choice((5, 6, 8))
    system = rng.choice(("Pipelyne", "RecruitDeck"))
    weights = (40, 35, 25)
    g.must_not_appear += [system, "Key take-aways", "Private notes", "Save draft", "★★★★★"]
    return [f"{system}  ·  Jobs  ·  Talent pool  ·  Settings",
            "Applied (42) → Screen (11) → Interview (4) → Offer (0)",
            f"{job} / {slash} — {site}",
            "Candidate: J. M.   Scorecard | Notes | Emails",
            "Rate each criterion: ★ poor … ★★★★★ outstanding",
            *(line for (title, cs), weight in zip(sections, weights, strict=True)
              for line in (f"{title} ({weight} %)",
                           f"Criteria: {cs[0]}, {_soft(cs[1])}; ☆☆☆☆☆")),
            "Must-haves: " + "  ".join(f"☐ {m}" for m in musts),
            "Key take-aways: ____    Private notes: ____",
            "Job summary",
            f"Employer: {printed} · Salary: ${band[0]:,} - ${band[1]:,} plus a {incentive} % "
            "annual incentive",
            f"Ideal background: {came[0].lower()} or {came[1].lower()} moving off the tools.",
            f"Career path: {job} → {sup} (${theirs[0]:,} - ${theirs[1]:,}) → {head}. One "
            f"coordinator moved across to become {_an(lateral)}.",
            f"Industry: {industry}",
            "Save draft   Submit"]


# --------------------------------------------------------------------------------------
# A professional regulator's public register entry
# --------------------------------------------------------------------------------------
# (the register part (the role), authorised titles (aliases), the regulator (no employer),
#  places of practice (printed, short each), annotations (`optional`), scope items (tools in
#  parentheses: skills), languages (skills), the other parts, the part that bridges in, the
#  up post, the lateral post, province and the other part of the median)
_REGRECORD = (
    ("Dental Hygienist", ("Registered Dental Hygienist", "RDH"),
     "College of Oral Health Professions of Saskatchewan",
     (("Riverside Smiles Dental Corp.", "Riverside Smiles Dental"),
      ("Northern Plains Health Authority", "Northern Plains Health Authority")),
     ("local anaesthetic", "restorative procedures"),
     ("Periodontal assessment", ("scaling", ("ultrasonic scaler", "curettes")),
      "Oral cancer screening"), ("English", "Cree"), ("Dental Assistant", "Dental Therapist"),
     "Dental Assistant", "Clinic Manager", "Public Health Educator", "Saskatchewan",
     "Dental Therapist"),
    ("Occupational Therapist", ("Registered Occupational Therapist", "OT Reg."),
     "Board of Occupational Therapy of Nova Scotia",
     (("Tidewater Rehabilitation Centre Inc.", "Tidewater Rehabilitation Centre"),
      ("Halifax Harbour Home Care Ltd.", "Halifax Harbour Home Care")),
     ("splinting", "driver rehabilitation"),
     ("Functional assessment", ("seating", ("pressure mapping system", "tilt-in-space chair")),
      "Home safety evaluation"), ("English", "French"), ("Occupational Therapist Assistant",
                                                         "Physiotherapist"),
     "Occupational Therapist Assistant", "Clinical Lead", "Case Manager", "Nova Scotia",
     "Physiotherapist"),
)


def _regrecord(rng: random.Random, g: Guide) -> list[str]:
    """A regulator's register search result: the regulator's menu, skip and language links,
    breadcrumb, the registrant's name, number, part, class, status and dates, "Report a
    concern" and the back / new-search / print links (chrome), the register part (the role;
    the authorised titles aliases), annotations with check marks (`optional`), places of
    practice (employ), languages (skills), a scope-of-practice paragraph (skills, tools in
    parentheses), the other register parts on a pipe line (no facts), prose moves (in, up,
    across) and a labour-market panel with the province's median (a point), the range (the
    role's) and another part's median (theirs). The regulator employs no one."""
    (part, (title, abbr), regulator, places, notes, scope, languages, others, bridge, up,
     lateral, province, other) = rng.choice(_REGRECORD)
    occupy(g, part, leads=[up], moves_in=[bridge], transitions=[lateral])
    _spell(g, title, abbr)
    for printed, short in places:
        _legal(g, printed, short)
    _facts(g, [*_skills(scope), *languages], [], [], list(notes))
    median = rng.randrange(78000, 88000, 500)
    _salary(g, median, median, "CAD", point=True, region=province)
    band = (median - rng.randrange(12000, 16000, 500), median + rng.randrange(14000, 19000, 500))
    _salary(g, *band, "CAD")
    o_med = median - rng.randrange(9000, 14000, 500)
    _salary(g, o_med, o_med, "CAD", point=True, belongs_to=other)
    name = rng.choice(("Amrit Dhaliwal", "Colette Arsenault"))
    number = f"{rng.randint(10000, 99999)}"
    g.must_not_appear += [regulator, name, f"Registration no. {number}", "Report a concern",
                          "Print this record", "Skip to content"]
    return [f"Skip to content | Français | {regulator}",
            "Protecting the public · Public register",
            "Home › Public register › Search results › Record",
            f"{name}   Registration no. {number}",
            f"Register part: {part} · Class: Practising · Status: Active · Initial "
            f"registration {rng.randint(2004, 2019)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            f"Authorised titles: {title}, {abbr}",
            "Annotations: " + "  ".join(f"✓ {n}" for n in notes),
            "Places of practice",
            *(f"• {printed}" for printed, _ in places),
            f"Languages of practice: {' · '.join(languages)}",
            "Conditions: none · Discipline history: none",
            "Scope of practice",
            f"A {part} in this register may carry out {_soft(_item(scope[0]))}, "
            f"{_soft(_item(scope[1]))} and {_soft(_item(scope[2]))}.",
            f"Other register parts: {' | '.join(others)} | Temporary",
            f"Each year some {_plural(bridge)} bridge to the {part} part after the college "
            f"course; {_plural(part)} may go on to be {_an(up)}, and some move into teaching "
            f"as {_plural(lateral)}.",
            "Labour market (provincial data)",
            f"Median in {province}: ${median:,} a year · Range: ${band[0]:,} - ${band[1]:,} · "
            f"{other} median: ${o_med:,}",
            "Report a concern   ‹ Back to results   New search   Print this record"]


# (the licence type (the role), the definition's paraphrase (alias), the regulator, the
#  reserved activities (`optional`), the firms (current: printed, short; previous: optional),
#  the previous position (`optional`), the diploma (`optional`), moves in, the up and lateral
#  posts, skills with a tool, the other title of the band line)
_REGLICENCE = (
    ("Licensed Surveyor", "a cadastral land surveyor", "Land Surveying Standards Board",
     ("boundary determination", "subdivision plan certification"),
     ("Corveth Geomatics Ltd", "Corveth Geomatics"), "Ashlow Surveys Ltd",
     "Senior Survey Technician", "Diploma in Surveying",
     ("Survey Technician", "Drafter"), "Principal Surveyor", "Planning Officer",
     ("Boundary law", ("GNSS surveying", ("Trimble R12",)), "Plan drafting"), "Survey Technician"),
    ("Licensed Electrical Inspector", "a wiring inspector", "Electrical Safety Licensing Authority",
     ("certificate of compliance issue", "high-voltage testing"),
     ("Voltcheck Inspections Ltd", "Voltcheck Inspections"), "Greenline Electrical Ltd",
     "Electrical Supervisor", "Diploma in Electrical Inspection",
     ("Electrician", "Electrical Estimator"), "Chief Inspector", "Energy Auditor",
     ("Wiring regulations", ("insulation testing", ("Megger MFT1741",)), "Defect reporting"),
     "Electrician"),
)


def _reglicence(rng: random.Random, g: Guide) -> list[str]:
    """A regulator's licence record: the licence number, type and history lines, the status,
    compensation-fund cover, complaint links and the footer (chrome), the licence type (the
    role; the definition's paraphrase an alias), a glued reserved-activities line
    (`optional`), the current firm (employs; the previous firm and position `optional`), a
    route in with the diploma (`optional`) naming moves in, a skills sentence with a tool in
    parentheses (skills), bands by licence stage (the role at Limited licence and Full
    licence) with another title's band on one "·" line (theirs), up and lateral moves. The
    regulator employs no one."""
    (job, paraphrase, regulator, reserved, (firm, firm_short), previous, position, diploma,
     came, up, lateral, skills, other) = rng.choice(_REGLICENCE)
    occupy(g, job, leads=[up], moves_in=list(came), transitions=[lateral])
    _spell(g, paraphrase)
    _legal(g, firm, firm_short)
    _facts(g, _skills(skills), [], [], [*reserved, previous, position, diploma])
    limited = (rng.randrange(38000, 41000, 500), rng.randrange(45000, 48000, 500))
    full = (limited[1] + rng.randrange(4000, 6000, 500), limited[1] + rng.randrange(16000,
                                                                                   20000, 500))
    _salary(g, *limited, "GBP", level="Limited licence")
    _salary(g, *full, "GBP", level="Full licence")
    theirs = (limited[0] - rng.randrange(9000, 12000, 500), limited[0] - rng.randrange(2000,
                                                                                     4000, 500))
    _salary(g, *theirs, "GBP", belongs_to=other)
    name = rng.choice(("Gareth Pennock", "Yasmin Okonjo"))
    number = f"L{rng.randint(1000, 9999)}"
    g.must_not_appear += [regulator, name, f"Licence number: {number}", "Make a complaint",
                          "Compensation fund"]
    return [f"{regulator} · Find a licensed professional",
            f"{name} · Licence number: {number}",
            f"Licence type: {job} · Status: Current, no conditions",
            f"Licence history: limited licence {rng.randint(2012, 2016)} · full licence "
            f"{rng.randint(2017, 2021)}",
            f"Reserved activities{_cap(reserved[0])}; {reserved[1]}",
            f"Practising at: {firm}",
            f"Previous practice: {previous} ({position})",
            "Compensation fund: covered   ·   Make a complaint",
            "About this licence",
            f"A {job} is {paraphrase}: the only professional licensed to carry out the reserved "
            f"activities above. Most start as {_plural(came[0])} and take the {diploma}; "
            f"{_plural(came[1])} also qualify this way. Licensees are expected to show "
            f"{_run(skills, ', ')}.",
            f"Earnings: limited licence £{limited[0]:,} - £{limited[1]:,} · full licence "
            f"£{full[0]:,} - £{full[1]:,} · {other} £{theirs[0]:,} - £{theirs[1]:,}",
            f"Licensees may become {_plural(up)} or move across to become {_plural(lateral)}.",
            f"© 2026 {regulator}"]


# --------------------------------------------------------------------------------------
# A qualification-recognition decision for one occupation
# --------------------------------------------------------------------------------------
# (the occupation (the role), its alias, the assessing body, the units (code, title), the
#  assessor's noted skills, the qualification issued (`optional`), the applicant's history
#  (titles and workplaces `optional`), the award and levels, the manager above, moves in,
#  the up and lateral posts)
_RECOGOUTCOME = (
    ("Baker", "pastry cook", "BAKESKILL Assessments",
     (("FBPRBK3005", "Produce laminated pastry products"), ("FBPRBK3008", "Produce sponge cake "
                                                                           "products"),
      ("FBPRBK3012", "Control fermentation processes")),
     ("Dough scaling", "Oven management"), "Certificate III in Baking",
     (("Bread baker", "Panadería Sol"), ("Head baker", "Horno Real")), "Level 4",
     "Bakery Manager", "Kitchen hand", "Bakery Supervisor", "Food Technologist"),
    ("Furniture Upholsterer", "upholsterer", "TRADEMARK Skills Recognition",
     (("MSFUP3001", "Fit springs and webbing"), ("MSFUP3004", "Apply covering materials"),
      ("MSFUP3007", "Cut and sew upholstery fabric")),
     ("Pattern matching", "Buttoning"), "Certificate III in Furniture Upholstery",
     (("Upholsterer", "Tapicería Montes"), ("Workshop lead", "Muebles Luna")), "Level 5",
     "Workshop Manager", "Furniture removalist", "Leading Hand", "Furniture Restorer"),
)


def _recogoutcome(rng: random.Random, g: Guide) -> list[str]:
    """A skills assessment outcome letter: the assessing body's letterhead, RTO and file
    numbers, the date, the applicant's name and personal data, the pathway, the outcome
    line, the review paragraph, the signature and a cut-off verification link (chrome), the
    occupation (the role; "also called" an alias), the applicant's employment history (one
    person's path: its titles and workplaces `optional`, no move), a pipe table of units with
    codes and "Competent" (the unit titles skills; codes `optional`), the assessor's noted
    skills, the qualification issued (`optional`), an information section with the award's
    rate for the role (the role at its level), the Senior rung (Senior) and the manager's
    (theirs), prose moves in, up and across."""
    (job, alias, body, units, noted, qualification, history, level, manager, came, up,
     lateral) = rng.choice(_RECOGOUTCOME)
    occupy(g, job, leads=[up], moves_in=[came], transitions=[lateral])
    _spell(g, alias)
    _facts(g, [*(t for _, t in units), *noted], [], [],
           [*(c for c, _ in units), qualification, *(x for pair in history for x in pair)])
    rate = _cents(rng, 29, 31)
    senior = round(rate + rng.randrange(180, 260) / 100, 2)
    m_rate = round(senior + rng.randrange(300, 450) / 100, 2)
    _salary(g, rate, rate, "AUD", period="hour", level=level)
    _salary(g, senior, senior, "AUD", period="hour", level="Senior")
    _salary(g, m_rate, m_rate, "AUD", period="hour", belongs_to=manager)
    applicant = rng.choice(("Lucía Fernández Ortega", "Tomás Ibarra Ruiz"))
    file_no = f"{rng.randint(100000, 999999)}"
    cut = "Verify this letter at https://verify.example/outco"
    g.must_not_appear += [body, applicant, f"File no. {file_no}", "Outcome: SUITABLE",
                          "Evidence considered", cut]
    return [f"{body} · RTO {rng.randint(40000, 49999)} · Skills assessment outcome",
            f"File no. {file_no} · {rng.randint(1, 28)} November 2026 · page 1 of 2",
            f"Applicant: {applicant} · Date of birth withheld · Pathway: Offshore technical "
            "skills record",
            f"Occupation assessed: {job} (also called {alias}) · ANZSCO code withheld",
            "Outcome: SUITABLE",
            "Evidence considered",
            "Employment history (as declared): "
            + "; ".join(f"{t}, {w}, {2012 + 4 * i}-{2016 + 4 * i}"
                        for i, (t, w) in enumerate(history)),
            "Code | Unit | Result",
            *(f"{c} | {t} | Competent" for c, t in units),
            f"The assessor noted strong {_soft(noted[0])} and {_soft(noted[1])} in the "
            "practical.",
            f"Qualification issued: {qualification}",
            "Information about working in Australia",
            f"Under the award a {job.lower()} at {level} earns ${rate:.2f} an hour, a Senior "
            f"{job} ${senior:.2f} and a {manager} ${m_rate:.2f}.",
            f"Many {_plural(job.lower())} started as {_an(came.lower())}; later some move up to "
            f"{up}, and others move sideways into {lateral} roles.",
            "If you disagree with this outcome you may apply for a review within 60 days.",
            "Assessment Manager · for the assessing body",
            cut]


# (the occupation in English (the role), the German titles (`optional`), the authority
#  (chrome), the "in English also" alias, the law (`optional`), the compensation measure
#  (`optional`), substantially different areas (skills), equivalent areas (skills), the
#  facility (`optional`), the assistant post and its German word, the German route (English
#  rungs and German names), moves in, the lateral post, the pay group)
_RECOGNOTICE = (
    ("Physiotherapist", ("Physiotherapeutin", "Physiotherapeut"),
     "Landesprüfungsamt für Gesundheitsfachberufe Weser-Ems", "physical therapist",
     "MPhG", "adaptation period of six months",
     ("Manual lymphatic drainage", "Neurological rehabilitation"),
     ("Anatomy", "Movement therapy", "Massage techniques"), "Reha-Zentrum Am Kurpark gGmbH",
     ("Physiotherapy assistant", "Physiotherapiehelfer"),
     (("Senior Physiotherapist", "leitende Physiotherapeutin"),
      ("Head of Therapy", "Therapieleitung")), "Masseur", "Sports therapist", "EG 9a"),
    ("Operating Room Technician", ("Operationstechnische Assistentin",
                                   "Operationstechnischer Assistent"),
     "Landesamt für Gesundheitsberufe Rhein-Lahn", "surgical assistant", "ATA-OTA-G",
     "knowledge examination", ("Sterile goods logistics", "Endoscopic surgery assistance"),
     ("Instrument preparation", "Patient positioning", "Wound care"),
     "Klinikum Talsperre gGmbH", ("Operating room assistant", "OP-Helfer"),
     (("OR Shift Lead", "Schichtleitung OP"), ("OR Manager", "OP-Management")),
     "Sterile supply assistant", "Anaesthesia technician", "EG 8"),
)


def _recognotice(rng: random.Random, g: Guide) -> list[str]:
    """A German recognition notice in courtesy translation: the authority's letterhead, file
    number, "Courtesy translation – only the German text is binding", the applicant's data,
    the fee, the legal-remedy paragraph and the footer with the address (chrome), the
    occupation in English (the role; the German titles `optional`, "in English also" an
    alias), a numbered decision with the compensation measure (`optional`), lettered
    substantially different areas and a list of equivalent ones (skills), the adaptation
    period at a facility (`optional`) with the assistant's pay (theirs), "EUR 3.410,55 –
    4.120,30" (the role's at its pay group), the shift allowance and the annual bonus
    (Jahressonderzahlung) (no pay), a moves-in sentence and an arrow route with German rung
    names (a ladder; the German names `optional`) and a lateral move."""
    (job, (de_f, de_m), authority, alias, law, measure, different, equivalent, facility,
     (assistant, assistant_de), ((lead, lead_de), (head, head_de)), came, lateral,
     group) = rng.choice(_RECOGNOTICE)
    occupy(g, job, ladder=[job, lead, head], moves_in=[came], transitions=[lateral])
    _spell(g, alias)
    _facts(g, [*different, *equivalent], [], [],
           [de_f, de_m, law, measure, facility, assistant_de, lead_de, head_de])
    band = (_cents(rng, 3300, 3500), _cents(rng, 4050, 4250))
    _salary(g, *band, "EUR", period="month", level=group)
    a_pay = _cents(rng, 2500, 2700)
    _salary(g, a_pay, a_pay, "EUR", period="month", belongs_to=assistant)
    shift = _no_pay(g, rng.choice((105.0, 120.0, 155.0)), 5)
    applicant = rng.choice(("Ana Lúcia Moreira", "Irina Kovalenko"))
    file_no = f"{rng.randint(40, 49)}.{rng.randint(100, 999)}-{rng.randint(1000, 9999)}/26"
    g.must_not_appear += [authority, applicant, f"Az. {file_no}", "Courtesy translation",
                          "Legal remedy", "Jahressonderzahlung"]
    return [f"{authority} · Az. {file_no}",
            "Courtesy translation – only the German text is binding",
            f"Notice on the recognition of the professional qualification of {applicant}",
            f"Occupation: {de_f} / {de_m} (in English also: {alias}) – here: {job}",
            "Decision",
            f"1. The equivalence of the training with the German training under the {law} "
            "cannot yet be established.",
            f"2. The substantial differences can be compensated by {_an(measure)}.",
            "Reasons",
            "The comparison found the following areas substantially different:",
            *(f"{chr(97 + i)}) {d}" for i, d in enumerate(different)),
            "The following areas were found equivalent: " + ", ".join(equivalent) + ".",
            f"The {measure} can take place at {facility}, where you are employed as "
            f"{_an(assistant.lower())} ({assistant_de}) at EUR {_de(a_pay)} per month.",
            "Information",
            f"After recognition, {_plural(job.lower())} are paid in pay group {group}: EUR "
            f"{_de(band[0])} – {_de(band[1])} per month. A shift allowance of EUR "
            f"{_de(shift)} and the annual bonus (Jahressonderzahlung) come on top.",
            f"{_plural(came)} can shorten the German training. The route continues {job} → "
            f"{lead} ({lead_de}) → {head} ({head_de}); some move sideways into "
            f"{lateral.lower()} roles.",
            "Legal remedy: an action may be brought before the administrative court within "
            "one month.",
            f"{authority} · Postfach {rng.randint(1000, 9999)} · {rng.randint(26000, 56999)}"]


(FAMILY43_RENDERERS, FAMILY43_LAYOUTS, FAMILY43_LADDER_LAYOUTS,
 FAMILY43_ALIAS_LAYOUTS) = variant_families({
    "norwegianmt": {"board": _noboard, "portal": _noportal},
    "assignconfirm": {"form": _assignform, "app": _assignapp},
    "arbaward": {"commission": _awardcomm, "board": _awardboard},
    "scorecard": {"kit": _scorekit, "pipeline": _scorepipe},
    "registerentry": {"record": _regrecord, "licence": _reglicence},
    "recognition": {"outcome": _recogoutcome, "notice": _recognotice},
})
