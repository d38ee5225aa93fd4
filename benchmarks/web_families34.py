"""Generator renderers for the six page families of held-back set 34 (translated postings ...).

Held-back set 34 showed six more kinds of page users bring: a Dutch job posting read through
a browser translator (a job site's posting with its salary check, or a construction board's
posting with its collective agreement's wage table), a pay review body's report chapter or a
salaries commission's advisory for one staff group, a careers fair's exhibitor list filtered
to one role (a fair website's directory or a printed directory's page), an employer's
returnship page for one role (a tech firm's programme or a professional firm's accordion
FAQ), a student's flashcard set on one career (term and definition lines or a question and
answer table), and a video page where a worker talks about the job and its pay (a watch page
with chapters and comments, or a vlog with timestamps).  These renderers write such pages
from a planned guide, two variants a family, about occupations that fit them (occupy());
every fact the truth keeps is printed and what a style does not state is cleared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _facts, _plural, _salary, occupy
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _euro, _legal
from benchmarks.web_families31 import _hour
from benchmarks.web_families32 import _an, _dots, _item, _skills

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY34_ALIAS_LAYOUTS", "FAMILY34_LADDER_LAYOUTS", "FAMILY34_LAYOUTS",
           "FAMILY34_RENDERERS"]

FAMILY34_LAYOUTS = ("vacaturemt", "payreview", "exhibitorlist", "returnship", "flashcards",
                    "videodesc")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY34_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY34_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _apart(g: Guide, value: float, step: float) -> float:
    """``value`` moved by ``step`` until it is no figure of the truth yet: a point printed
    next to pay points must stay its own fact (the truth counts one figure once)."""
    return _no_pay(g, value, step)


def _rupees(amount: int) -> str:
    """An Indian annual figure in lakh as a returnship page prints it ("6.5")."""
    return f"{amount / 100_000:g}"


# --------------------------------------------------------------------------------------
# A Dutch job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (posted title, Dutch title, the translator's rendering, grade letters, the Leading rung,
#  the ladder's rung above it, employer (printed, short), province, duties, requirements
#  (tools in parentheses each), diplomas and registers (`optional`), lateral entrants'
#  earlier jobs, two other titles of the salary check, similar vacancies' firms, branch,
#  subsector)
_VACATURES = (
    ("Pharmacy Assistant", "Apothekersassistent", "pharmacist's assistant", ("C", "D"),
     "Leading Pharmacy Assistant", "Pharmacy Team Manager",
     ("Apotheek De Linde B.V.", "Apotheek De Linde"), "Gelderland",
     ("Dispense medicines and explain their use at the counter",
      "Check prescriptions for interactions", "Order stock and check expiry dates"),
     (("pharmacy systems", ("Pharmacom", "Aposys")), "medication knowledge",
      "customer friendliness", "accuracy"),
     ("MBO-4 diploma", "BIG register"),
     ("Drugstore Employee", "Medical Secretary"),
     ("Pharmacy Technician", "Pharmacist"),
     ("Apotheek Het Veer", "Service Apotheek Rijnzicht"), "Healthcare", "Pharmacy"),
    ("Care Assistant", "Verzorgende IG", "caring IG", ("B", "C"),
     "Leading Care Assistant", "Care Coordinator",
     ("Zorggroep Oosterhout B.V.", "Zorggroep Oosterhout"), "Overijssel",
     ("Support clients with personal care", "Give medication according to the plan",
      "Report changes in the client file"),
     (("client file software", ("Ons", "Nedap")), "lifting techniques", "patience",
      "observation"),
     ("MBO-3 diploma", "first aid certificate"),
     ("Home Help", "Hospitality Employee"),
     ("Nursing Assistant", "Nurse"),
     ("Thuiszorg Vechtdal", "Woonzorg Salland"), "Healthcare", "Elderly care"),
)
_VACATURE_SITES = (("BaanBaken.nl", "Sanne de Groot"), ("WerkPunt Oost", "Ruud Bakker"))


def _vacaturemt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Dutch job site's posting through a translator: the translator's bar, navigation,
    breadcrumb, view and applicant counts, apply/save/share buttons, the contact person and
    footer (chrome), the posted title with its Dutch name and the translator's rendering
    (spellings) and its scale letters (the role at a grade), a pay line in Dutch notation
    (the role's band a month), the scale table (each letter's band the role's own, the
    Leading rung's its own), "Branch"/"Subsector" (sectors), duties ending in ";" (no
    skills), requirements (skills, tools in parentheses each; diplomas `optional`), a growth
    line (a ladder), lateral entrants (moves in), the salary check (province and national
    averages the role's points with their region, a one-sided quartile no fact, other
    titles' averages theirs), the holiday allowance and year-end bonus (no pay) and similar
    vacancies (employers)."""
    variant = _begin(rng, g, ("site", "table"))
    if variant == "table":
        return _wagetable(rng, g)
    (job, dutch, rendered, letters, leading, above, (printed, short), province, duties, needs,
     papers, came, others, similar, branch, subsector) = rng.choice(_VACATURES)
    grades = [f"{job} {letter}" for letter in letters]
    occupy(g, job, ladder=[job, leading, above], moves_in=list(came))
    _spell(g, dutch, _cap(rendered), *grades)
    _legal(g, printed, short)
    _facts(g, _skills(needs), similar, [branch, subsector], papers)
    low = rng.randint(24, 28) * 100 + rng.randint(0, 99)
    rows = []
    for grade in grades:
        band = (low, low + rng.randint(6, 9) * 100 + rng.randint(0, 99))
        _salary(g, *band, "EUR", period="month", level=grade)
        rows.append((grade, band))
        low = band[0] + rng.randint(2, 4) * 100 + rng.randint(0, 99)
    whole = (rows[0][1][0], rows[-1][1][1])
    _salary(g, *whole, "EUR", period="month")
    lead = (rows[-1][1][0] + rng.randint(3, 5) * 100, rows[-1][1][1] + rng.randint(3, 6) * 100)
    _salary(g, *lead, "EUR", period="month", belongs_to=leading)
    rows.append((leading, lead))
    national = rng.randint(28, 33) * 100 + rng.randint(0, 99)
    _salary(g, national, national, "EUR", period="month", point=True, region="the Netherlands")
    local = national + rng.choice((-1, 1)) * rng.randint(40, 120)
    _salary(g, local, local, "EUR", period="month", point=True, region=province)
    averages = []
    for n, other in enumerate(others):
        value = national + (n + 1) * rng.randint(6, 9) * 100 + rng.randint(0, 99)
        _salary(g, value, value, "EUR", period="month", point=True, belongs_to=other)
        averages.append((other, value))
    quartile = int(_no_pay(g, whole[0] - rng.randint(2, 4) * 100, 10))
    bonus = _no_pay(g, rng.choice((8.3, 8.33)), 0.01)
    site, contact = rng.choice(_VACATURE_SITES)
    g.must_not_appear += [site, contact, "Show original", "Always translate Dutch"]
    views, applied = rng.randint(80, 900), rng.randint(3, 40)
    return ["Translated from: Dutch  ▾   ⇄ English   |   Show original   |   Always translate "
            "Dutch   ⚙",
            f"{site}   Vacancies · Employers · Salary check · Log in",
            f"Home › Vacancies › {branch} › {job}", "",
            f"{job} ({dutch}) {letters[0]}/{letters[1]}",
            f"{printed} · {province} · 24-36 hours · {views} views · {applied} applicants",
            f"€ {_euro(whole[0])} - € {_euro(whole[1])} per month  |  Annual contract  |  MBO",
            f"Branch: {branch}   Subsector: {subsector}", "",
            "[ Apply now ]  [ ♡ Save ]  [ Share ]", "",
            "Who are we?",
            f"{short} is a small team where the {rendered} is the heart of the team.", "",
            "What are you going to do?", *(f"- {d};" for d in duties), "",
            "What do we ask?", *(f"- {_item(n)};" for n in needs),
            *(f"- {_cap(p)};" for p in papers), "",
            "What do we offer?",
            *(f"- Scale {grade.rsplit(' ', 1)[1]} ({grade}): € {_euro(a)} - € {_euro(b)} gross "
              "per month;" for grade, (a, b) in rows[:2]),
            f"- {leading}: € {_euro(lead[0])} - € {_euro(lead[1])} per month;",
            f"- {bonus}% holiday allowance and an end-of-year bonus.", "",
            "Growth opportunities",
            f"You can grow to {leading} and, with the right training, to {above}.",
            f"Lateral entrants are welcome: colleagues came from the job of {came[0]} or "
            f"{came[1]}.", "",
            f"Salary check: what does {_an(job.lower())} earn?",
            f"Average in {province}: € {_euro(local)} per month  ·  Average in the Netherlands: "
            f"€ {_euro(national)} per month",
            f"Lowest 25% earn less than € {_euro(quartile)}",
            *(f"{o}: average € {_euro(v)} per month" for o, v in averages), "",
            "Similar vacancies", *(f"{job} – {firm}" for firm in similar), "",
            f"Contact person: {contact}, 06-00000000. Acquisition in response to this "
            "vacancy is not appreciated.",
            f"© 2026 {site} · Privacy · Cookies"]


# (posted title, Dutch title, alias, the two numbered grades (II below I), the table's
#  other titles (below and above), the ladder's start and the two further rungs, the
#  lateral titles, employer (printed, short), skills (tools in parentheses each), certificates
#  (`optional`), other firms, sector)
_WAGE_JOBS = (
    ("Bricklayer", "Metselaar", "mason", ("Bricklayer II", "Bricklayer I"),
     ("Mason's Labourer", "Site Foreman"), "Mason's Labourer",
     ("Work Planner", "Site Manager"), ("Tiler", "Restoration Worker"),
     ("Bouwbedrijf Ten Brinke B.V.", "Bouwbedrijf Ten Brinke"),
     ("reading drawings", ("levelling", ("laser level",)), "facing brickwork",
      "physical fitness"),
     ("VCA basic", "driving licence B"),
     ("Metselwerken Twente", "Gevelbouw Achterhoek", "Bouwcombinatie IJssel"),
     "Construction"),
    ("Carpenter", "Timmerman", "woodworker", ("Carpenter II", "Carpenter I"),
     ("Carpenter's Mate", "Foreman Carpentry"), "Carpenter's Mate",
     ("Work Planner", "Project Leader"), ("Kitchen Fitter", "Stair Maker"),
     ("Timmerbedrijf Hofstede B.V.", "Timmerbedrijf Hofstede"),
     ("formwork", ("power tools", ("circular saw", "nail gun")), "frame assembly",
      "precision"),
     ("VCA basic", "forklift certificate"),
     ("Houtbouw Salland", "Aannemersbedrijf Veluwezoom", "Bouwgroep Vecht"),
     "Construction"),
)


def _wagetable(rng: random.Random, g: Guide) -> list[str]:
    """A construction board's posting through a translator: the bar, board navigation,
    vacancy number, apply and report buttons, the contact and footer (chrome), a pipe field
    strip, "also called" (spellings), tasks (duties), a "·" skills line (tools in parentheses
    each; certificates `optional`), the posted hourly band (the role's own), a dotted wage
    table (the numbered grades the role's own, the labourer's and the foreman's rates
    theirs), travel-time compensation and a tool allowance (no pay), a "Career in …" line
    (started as … became … grew to, then a step to two further rungs: a ladder), "move to"
    (lateral), the national average a month (the role's point), other firms and "Sector:"."""
    (job, dutch, alias, (second, first), (below, foreman), start, (plan, upper), laterals,
     (printed, short), needs, papers, others, sector) = rng.choice(_WAGE_JOBS)
    occupy(g, job, ladder=[start, job, foreman, plan, upper], transitions=list(laterals))
    _spell(g, dutch, _cap(alias), second, first)
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, [sector], papers)
    base = _hour(rng, 15, 17)
    two = round(base + _hour(rng, 1, 2), 2)
    one = round(two + _hour(rng, 1, 2), 2)
    boss = round(one + _hour(rng, 2, 3), 2)
    _salary(g, base, base, "EUR", period="hour", belongs_to=below)
    _salary(g, two, two, "EUR", period="hour", level=second)
    _salary(g, one, one, "EUR", period="hour", level=first)
    _salary(g, boss, boss, "EUR", period="hour", belongs_to=foreman)
    rows = [(below, base, ""), (second, two, ""), (first, one, ""), (foreman, boss, "")]
    posted = (two, one)
    _salary(g, *posted, "EUR", period="hour")
    average = rng.randint(30, 36) * 100 + rng.randint(0, 99)
    _salary(g, average, average, "EUR", period="month", point=True)
    travel = _no_pay(g, _hour(rng, 9, 12), 0.05)
    number = rng.randint(10000, 99999)
    g.must_not_appear += ["BouwVacaturePlein", "Show original", "Report vacancy"]
    return ["This page has been translated from Dutch  |  Show original  |  Options ▾", "",
            "BouwVacaturePlein   Vacancies | Companies | CAO wages | Log in", "",
            f"{job.upper()} ({dutch})",
            f"{printed} | Full-time | Permanent contract | MBO 2/3 | Vacancy no. {number}",
            f"Also called: {alias} or {dutch.lower()}", "",
            "Function",
            f"As {_an(job.lower())} you work in a fixed team on new-build and renovation "
            "sites.", "",
            "Your tasks",
            "- Prepare the work place and set out the work;",
            "- Work according to drawing and planning;", "",
            "What you bring: " + " · ".join(_item(n) for n in needs) + " · "
            + " · ".join(papers), "",
            f"Offer: € {_euro(posted[0])} to € {_euro(posted[1])} gross per hour, "
            f"travel-time compensation of € {_euro(travel)} per day and a tool allowance.", "",
            "CAO wage table (hourly wages, 2026)",
            *(_dots(title, f"€ {_euro(rate)}", 34) for title, rate, _ in rows), "",
            f"Career in {job.lower()} work",
            f"Our {foreman.lower()} started as {_an(start)}, became {_an(second)} and grew "
            f"to {foreman}; after that the step to {plan} or {upper}.",
            f"Some colleagues move to the job of {laterals[0]} or {laterals[1]}.", "",
            f"Average salary of {_an(job.lower())}: € {_euro(average)} per month", "",
            "Other companies now looking for " + _plural(job.lower()) + ": "
            + ", ".join(others),
            f"Sector: {sector}", "",
            "[ Apply ]  Report vacancy  ·  BouwVacaturePlein © 2026"]


# --------------------------------------------------------------------------------------
# A pay review body's report chapter, or a salaries commission's advisory
# --------------------------------------------------------------------------------------
# (staff group, its aliases, the review body (no employer), the evidence givers, the
#  group above (up move), the group people progress from, the lateral group, the other
#  grades compared, the Senior rung, employers, sectors, the allowances)
_CHAPTERS = (
    ("Coastguard Officer", ("Maritime Rescue Officer", "MRO"),
     "Marine Services Pay Review Body", ("the Maritime Agency", "the Rescue Officers' Union"),
     "Coastguard Station Manager", ("Coastguard Watch Assistant", "Merchant Navy Officer"),
     "Harbour Master", ("Coastguard Watch Assistant", "Coastguard Station Manager"),
     ("Coastguard Agency", "Port of Tyne Authority"), ("Maritime safety", "Emergency services"),
     ("night-shift supplement", "remote location allowance")),
    ("Probation Officer", ("Offender Manager", "Probation Practitioner"),
     "Justice Services Pay Review Body", ("the Justice Ministry", "the Probation Workers' Union"),
     "Probation Team Manager", ("Probation Services Officer", "Youth Worker"),
     "Prison Offender Manager", ("Probation Services Officer", "Head of Probation Delivery Unit"),
     ("Probation Service", "Wessex Community Rehabilitation"), ("Criminal justice",
                                                                   "Public service"),
     ("out-of-hours supplement", "London weighting")),
)


def _payreview(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A GOV.UK report chapter of a pay review body: the cookie banner, breadcrumb, the
    report's header, "Is this page useful?", the licence and the evidence givers (chrome; the
    body and the givers never employers), the staff group with "also called" (spellings),
    numbered paragraphs with progression ("progress to": an up move, "joined from": moves
    in, "move across into": lateral), the recommendation, a pay-point table with current and
    recommended columns (each figure the role's single rate a year), "for comparison" rows
    (other grades' own), the group's mean total earnings and median basic pay (the role's
    points), supplements and weighting (no pay), employers and sectors named in prose."""
    variant = _begin(rng, g, ("chapter", "advisory"))
    if variant == "advisory":
        return _advisory(rng, g)
    (job, akas, body, givers, up, came, across, compared, firms, kinds,
     extras) = rng.choice(_CHAPTERS)
    occupy(g, job, leads=[up], moves_in=list(came), transitions=[across])
    _spell(g, *akas)
    g.employers = list(firms)
    g.sectors = list(kinds)
    point = rng.randint(29, 33) * 1000 + rng.randint(0, 9) * 100 + rng.randint(0, 99)
    points = []
    for n in range(1, 5):
        now = point
        rise = round(now * rng.choice((1.03, 1.035, 1.04)))
        _salary(g, now, now, "GBP")
        _salary(g, rise, rise, "GBP")
        points.append((n, now, rise))
        point = now + rng.randint(15, 25) * 100 + rng.randint(0, 99)
    comparisons = []
    low = points[0][1] - rng.randint(3, 5) * 1000 - rng.randint(0, 99)
    high = points[-1][2] + rng.randint(6, 9) * 1000 + rng.randint(0, 99)
    for title, value in zip(compared, (low, high), strict=True):
        _salary(g, value, value, "GBP", belongs_to=title)
        comparisons.append((title, value))
    mean = int(_apart(g, points[2][2] + rng.randint(2, 4) * 1000 + rng.randint(0, 99), 7))
    _salary(g, mean, mean, "GBP", point=True)
    median = int(_apart(g, points[1][2] + rng.randint(1, 6) * 100, 7))
    _salary(g, median, median, "GBP", point=True)
    supplement = int(_no_pay(g, rng.choice((2150, 2400, 2870)), 10))
    weighting = int(_no_pay(g, rng.choice((3100, 3350, 3680)), 10))
    g.must_not_appear += [body, *(x.removeprefix("the ") for x in givers),
                          "Is this page useful?"]
    chapter = rng.randint(3, 6)
    return ["Cookies on GOV.UK   [Accept additional cookies]  [Reject additional cookies]",
            "GOV.UK   Home › Government › Pay review bodies", "",
            f"{body}: 2026 report",
            f"Chapter {chapter}: {_plural(job)}", "",
            f"{chapter}.1  This chapter covers {_plural(job)} (also called "
            f"{_plural(akas[0])} or {akas[1]}s). We received evidence from {givers[0]} and "
            f"{givers[1]}.",
            f"{chapter}.2  Most {_plural(job)} work for the {firms[0]}; a smaller number work "
            f"for the {firms[1]}. The group belongs to {kinds[0].lower()} and "
            f"{kinds[1].lower()}.",
            f"{chapter}.3  Recruits joined from posts as {_plural(came[0])} or "
            f"{_plural(came[1])}. After some years officers progress to {up}; a few move "
            f"across into {across} posts.", "",
            f"Recommendation {chapter}: we recommend the pay points below from 1 April 2026. "
            f"The {extras[0]} (£{supplement:,}) and {extras[1]} (£{weighting:,}) are outside "
            "this recommendation.", "",
            f"Table {chapter}.1  {job} pay points",
            f"{'Pay point':<12}{'Current (£)':<16}Recommended (£)",
            *(f"{n:<12}{now:<16,}{rise:,}" for n, now, rise in points),
            *(f"{title} (for comparison){'':<4}{value:,}" for title, value in comparisons), "",
            f"{chapter}.4  Mean total earnings of the group were £{mean:,}; median basic pay "
            f"was £{median:,}.", "",
            "Is this page useful?  Yes  No  Report a problem with this page",
            "All content is available under the Open Government Licence v3.0"]


# (cadre, alias, the commission (no employer), the union (no employer), the grades from
#  the intern to the chief (the intern, numbered grades II/I, Senior, Principal, Deputy
#  Chief, Chief), competences, the qualifications (`optional`), where people joined from,
#  the lateral cadre, the compared cadres, employers, sectors, currency and sign, allowances)
_ADVISORIES = (
    ("Public Health Officer", "Environmental Health Officer", "Remuneration Advisory Board",
     "Union of Public Health Officers",
     ("Public Health Officer Intern", "Public Health Officer II", "Public Health Officer I",
      "Senior Public Health Officer", "Principal Public Health Officer",
      "Deputy Chief Public Health Officer", "Chief Public Health Officer"),
     ("inspection", "health education", "report writing", "integrity"),
     ("Diploma in Public Health", "Bachelor of Environmental Health"),
     ("Community Health Assistant", "Laboratory Assistant"), "Occupational Safety Officer",
     ("Community Health Nurse", "Nutritionist"),
     ("Ministry of Health", "Nairobi City County", "Kisumu County"), ("Public health",
                                                                     "Local government"),
     "KES", "KES", ("risk allowance", "commuter allowance", "uniform allowance")),
    ("Agricultural Extension Officer", "Agricultural Officer", "Public Pay Advisory Council",
     "Extension Workers' Association",
     ("Agricultural Extension Officer Intern", "Agricultural Extension Officer II",
      "Agricultural Extension Officer I", "Senior Agricultural Extension Officer",
      "Principal Agricultural Extension Officer", "Deputy Chief Agricultural Extension Officer",
      "Chief Agricultural Extension Officer"),
     ("farmer training", "crop husbandry", "data collection", "communication"),
     ("Diploma in Agriculture", "BSc Agriculture"),
     ("Farm Manager", "Veterinary Assistant"), "Cooperative Officer",
     ("Veterinary Officer", "Fisheries Officer"),
     ("Ministry of Agriculture", "Nakuru County", "Kakamega County"), ("Agriculture",
                                                                       "Public service"),
     "KES", "KES", ("house allowance", "extraneous allowance", "field allowance")),
)


def _advisory(rng: random.Random, g: Guide) -> list[str]:
    """A salaries commission's advisory: letterhead, reference, date, addressees, the
    signatory and the copy list (chrome; the commission and the union never employers), the
    cadre with "also referred to as" (spellings), a scheme of service (entry after an
    internship through the numbered grades to the chief: one ladder of the intern and the
    titled grades), competences (skills; qualifications `optional`), "joined from" (moves
    in), "move across into" (lateral), a pipe table of grades, job groups and monthly
    minima–maxima (the numbered grades', the Senior and Principal rows' the role's own, the
    Deputy Chief's and the Chief's theirs, the intern's consolidated stipend the role's
    single rate), allowances (no pay), other cadres' medians (theirs), the cadre's median
    (the role's point), employers and sectors."""
    (job, alias, board, union, grades, competences, quals, came, across, compared, firms,
     kinds, currency, sign, allowances) = rng.choice(_ADVISORIES)
    intern, second, first, senior, principal, deputy, chief = grades
    occupy(g, job, ladder=[intern, job, senior, principal, deputy, chief], leads=[senior],
           moves_in=list(came), transitions=[across])
    _spell(g, alias, second, first)
    _facts(g, [_cap(c) for c in competences], firms, kinds, quals)
    stipend = rng.randint(30, 40) * 1000 + rng.randint(0, 9) * 10
    _salary(g, stipend, stipend, currency, period="month")
    rows = [(intern, "H", f"{sign} {stipend:,} (consolidated stipend)")]
    low = stipend + rng.randint(2, 6) * 1000 + rng.randint(0, 9) * 10
    groups = iter("JKLMNP")
    for title in (second, first, senior, principal, deputy, chief):
        band = (low, low + rng.randint(12, 22) * 1000 + rng.randint(0, 9) * 10)
        if title in (deputy, chief):
            _salary(g, *band, currency, period="month", belongs_to=title)
        else:
            _salary(g, *band, currency, period="month",
                    level=title.split(" ")[0] if title in (senior, principal) else title)
        rows.append((title, next(groups), f"{sign} {band[0]:,} – {band[1]:,}"))
        low = band[0] + rng.randint(8, 14) * 1000 + rng.randint(0, 9) * 10
    median = rng.randint(55, 70) * 1000 + rng.randint(0, 9) * 100
    _salary(g, median, median, currency, period="month", point=True)
    others = []
    for n, title in enumerate(compared):
        value = median + (n * 2 - 1) * rng.randint(3, 9) * 1000 + rng.randint(0, 9) * 100
        _salary(g, value, value, currency, period="month", point=True, belongs_to=title)
        others.append((title, value))
    amounts = [int(_no_pay(g, rng.randint(3, 12) * 1000, 500)) for _ in allowances]
    reference = f"PAB/ADV/{rng.randint(10, 99)}/VOL.{rng.randint(1, 9)}"
    signatory = rng.choice(("Dr. Amina K. Wanjiru", "Peter O. Ndegwa"))
    g.must_not_appear += [board, union, signatory, reference]
    return [board.upper(), "Harambee Plaza, 9th Floor · P.O. Box 00000 · Nairobi", "",
            f"Ref: {reference}                                   {rng.randint(2, 27)} "
            "March 2026",
            "The Principal Secretary, State Department for Public Service",
            "All County Secretaries", "",
            f"RE: ADVICE ON THE REMUNERATION OF {_plural(job).upper()}", "",
            f"1. The {union} asked the {board} to review the pay of {_plural(job)}, also "
            f"referred to as {_plural(alias)}.",
            f"2. Career structure: entry is at {intern} level; after an internship of one "
            f"year officers are appointed {second}, with progression through {first} to "
            f"{senior}, {principal}, {deputy} and {chief}.",
            f"3. Officers joined from work as {_plural(came[0])} and {_plural(came[1])}; "
            f"some move across into the {across} cadre.",
            f"4. Core competences: {', '.join(competences)}. Entry requires a {quals[0]} or a "
            f"{quals[1]}.", "",
            "5. Recommended salary structure (per month)",
            "| Grade | Job group | Minimum – maximum |",
            "|---|---|---|",
            *(f"| {t} | {grp} | {pay} |" for t, grp, pay in rows), "",
            "6. The " + ", ".join(f"{a} ({sign} {v:,})" for a, v in zip(allowances, amounts,
                                                                      strict=True))
            + " remain as they are and are not part of the basic salary.",
            f"7. The median basic salary of the cadre is {sign} {median:,} a month, against "
            + " and ".join(f"{sign} {v:,} for {_plural(t)}" for t, v in others) + ".",
            f"8. Employers: {', '.join(firms)}. The cadre serves in {kinds[0].lower()} and "
            f"{kinds[1].lower()}.", "",
            f"{signatory}", "CHAIRPERSON", f"Copy to: {union}"]


# --------------------------------------------------------------------------------------
# A careers fair's exhibitor list filtered to one role
# --------------------------------------------------------------------------------------
# (role, "also called" names, the fair and venue, exhibitors (printed, short, the pay
#  opening: own, Graduate or another title), the other titles, we-want items (brands in
#  parentheses each), tickets (`optional`), the seminar's route, earlier jobs (moves in),
#  the lateral title, information stands and an agency (never employers), sectors)
_DIRECTORIES = (
    ("Building Services Engineer", ("MEP Engineer", "Building Services Engineer (HVAC)"),
     ("Future Builders Fair", "Birmingham NEC Hall 3"),
     (("Calloway Mechanical Ltd", "Calloway Mechanical"),
      ("Brightwater Facilities Ltd", "Brightwater Facilities"),
      ("Hexley Engineering Services Ltd", "Hexley Engineering Services")),
     ("Commissioning Manager", "Estimator"),
     (("design software", ("Revit", "AutoCAD")), "heat loss calculations", "site surveys",
      "teamwork"),
     ("CSCS card", "IEng registration"),
     ("Building Services Apprentice", "Building Services Engineer",
      "Senior Building Services Engineer", "Associate Director"),
     ("Plumber", "Electrician"), "Energy Consultant",
     ("Midlands Construction Skills Board", "Talent Bridge Recruitment"),
     ("Commercial construction", "Facilities management")),
    ("Civil Engineering Technician", ("Civils Technician", "Highways Technician"),
     ("Northern Infrastructure Careers Day", "Manchester Central"),
     (("Ribble Civils Ltd", "Ribble Civils"), ("Pennant Highways Ltd", "Pennant Highways"),
      ("Greystone Groundworks Ltd", "Greystone Groundworks")),
     ("Site Supervisor", "Setting Out Engineer"),
     (("drawing software", ("Civil 3D", "MicroStation")), "setting out",
      ("surveying kit", ("total station",)), "report writing"),
     ("CSCS card", "NRSWA ticket"),
     ("Civil Engineering Apprentice", "Civil Engineering Technician",
      "Senior Civil Engineering Technician", "Project Engineer"),
     ("Groundworker", "Surveying Assistant"), "Quantity Surveying Assistant",
     ("North West Skills Partnership", "Civils Direct Staffing"),
     ("Infrastructure", "Highways")),
)


def _exhibitorlist(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A fair website's exhibitor list filtered to one role: the fair's header, navigation,
    the filter chip, facet counts, "Showing N of M", sort links, stand numbers, "Visit
    website" and "Add to my plan" buttons and the footer (chrome), the role with "also
    called" (spellings), A–Z stands with a "Recruiting:" line and one pay line per opening
    (the role's band or floor with the exhibitor, the Graduate opening the role's, other
    openings' theirs), "We want" lines (skills, brands in parentheses each; tickets
    `optional`), information stands and an agency (no employers), a seminar's `→` route
    (a ladder), "came into … as" (moves in), "move into" (lateral), skills in demand and the
    facet sectors."""
    variant = _begin(rng, g, ("website", "booklet"))
    if variant == "booklet":
        return _booklet(rng, g)
    (job, akas, (fair, venue), firms, others, wants, tickets, route, came, across, stands,
     kinds) = rng.choice(_DIRECTORIES)
    occupy(g, job, ladder=list(route), moves_in=list(came), transitions=[across])
    _spell(g, *akas)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, _skills(wants), (), kinds, tickets)
    blocks = []
    for n, (printed, _) in enumerate(firms):
        base = rng.randint(32, 40) * 1000 + rng.choice((0, 500))
        top = base + rng.randint(6, 12) * 1000
        if n == 0:
            _salary(g, base, top, "GBP")
            lines = [f"Recruiting: {job}", f"  {job}: £{base:,} – £{top:,}"]
            other = (top + rng.randint(8, 14) * 1000, top + rng.randint(18, 24) * 1000)
            _salary(g, *other, "GBP", belongs_to=others[0])
            lines += [f"  {others[0]}: £{other[0]:,} – £{other[1]:,}"]
        elif n == 1:
            grad = base - rng.randint(6, 9) * 1000
            _salary(g, grad, grad, "GBP", level="Graduate")
            _salary(g, base, None, "GBP")
            lines = [f"Recruiting: Graduate {job}, {job}",
                     f"  Graduate {job}: £{grad:,}", f"  {job}: from £{base:,}"]
        else:
            _salary(g, base, top, "GBP")
            other = (base - rng.randint(2, 5) * 1000, top + rng.randint(1, 4) * 1000)
            _salary(g, *other, "GBP", belongs_to=others[1])
            lines = [f"Recruiting: {job}, {others[1]}", f"  {job}: £{base:,} – £{top:,} + car "
                     "allowance", f"  {others[1]}: £{other[0]:,} – £{other[1]:,}"]
        want = wants[n % len(wants)]
        blocks.append((printed, lines, want))
    total = rng.randint(40, 90)
    g.must_not_appear += [fair, *stands, "Add to my plan", "Visit website"]
    blocks.sort(key=lambda block: block[0])  # the directory lists stands A–Z
    letters = [p[0] for p, _, _ in blocks]
    return [f"{fair.upper()} · {venue} · 14–15 October 2026 · 10:00–16:00",
            "Home | Exhibitors | Seminars | Visitor info | Register", "",
            f"Exhibitors  ›  Filter: Role = {job} ✕",
            f"Sector: {kinds[0]} (12) · {kinds[1]} (7)   Region: all",
            f"Showing {len(blocks) + len(stands)} of {total} exhibitors   Sort: A–Z | Stand", "",
            f"{job} (also called {akas[0]}; {akas[1]})", "",
            *(line for (printed, lines, want), letter in zip(blocks, letters, strict=True)
              for line in (f"— {letter} —", f"{printed}   Stand {letter}{rng.randint(10, 99)}",
                           *lines, f"  We want: {_item(want)}",
                           "  [Visit website]  [Add to my plan]", "")),
            "Information stands (not recruiting)",
            *(f"  {s}   Stand Z{n}" for n, s in enumerate(stands, start=1)), "",
            f"SEMINAR 11:30 — How I became {_an(job)}",
            "The usual route: " + " → ".join(route) + ".",
            f"Two speakers came into the job as {_plural(came[0])} and {_plural(came[1])}; one "
            f"hopes to move into {across} work.", "",
            "Skills in demand: " + " · ".join(_item(w) for w in wants[len(blocks):]),
            f"Tickets asked for: {tickets[0]}, {tickets[1]}", "",
            f"© {fair} · Privacy · Parking and food"]


# (role, alias, fair, county, booths (printed, short, kind of opening: range, trainee,
#  supervisor, annual), the supervisor title, the other title, requirements (brands in
#  parentheses each), licences (`optional`), the college (`optional`), the workforce board,
#  staffing agency and union (never employers), the panel's ladder, ways in (moves in),
#  lateral titles, industry tags, state)
_BOOKLETS = (
    ("Maintenance Electrician", "Industrial Electrician", "Valley Manufacturing Job Fair",
     "Dauphin County",
     (("Keystone Foods Inc.", "Keystone Foods"), ("Susquehanna Plastics Inc.",
                                                  "Susquehanna Plastics"),
      ("Conewago Steel Inc.", "Conewago Steel")),
     "Maintenance Supervisor", "Controls Technician",
     (("PLC troubleshooting", ("Allen-Bradley", "Siemens")), "motor controls", "blueprints",
      "lockout/tagout"),
     ("state electrical license", "OSHA 10"),
     "Harrisburg Area Technical College",
     ("South Central Workforce Board", "ProTemp Staffing", "IBEW Local 000"),
     ("Electrician Helper", "Maintenance Electrician", "Lead Maintenance Electrician",
      "Maintenance Supervisor"),
     ("HVAC Technician", "Military Electrician"), ("Instrumentation Technician",
                                                   "Facilities Planner"),
     ("Food processing", "Plastics manufacturing"), "Pennsylvania"),
    ("CNC Machinist", "CNC Operator", "Tri-County Careers in Making Expo", "Kent County",
     (("Grand River Precision Inc.", "Grand River Precision"), ("Lakeshore Tooling Inc.",
                                                               "Lakeshore Tooling"),
      ("Thornapple Components Inc.", "Thornapple Components")),
     "Machine Shop Supervisor", "Quality Inspector",
     (("CNC controls", ("Fanuc", "Haas")), "G-code", ("measuring tools", ("micrometers",
                                                                          "calipers")),
      "blueprint reading"),
     ("NIMS credential", "forklift license"),
     "Grand Rapids Community College",
     ("West Michigan Works Board", "StaffLine Industrial", "UAW Local 000"),
     ("Machine Operator", "CNC Machinist", "Senior CNC Machinist", "CNC Programmer"),
     ("Tool Crib Attendant", "Assembler"), ("Quality Inspector", "Maintenance Mechanic"),
     ("Automotive parts", "Aerospace machining"), "Michigan"),
)


def _booklet(rng: random.Random, g: Guide) -> list[str]:
    """A fair's printed exhibitor directory page: a running head with the page number, a
    ★/ⓘ legend, booth numbers and the footer (chrome), booth blocks with openings, pay lines
    (an hourly range the role's band, a trainee rate the role's Trainee rate, a salaried
    supervisor's band theirs, an annual guide the role's band a year, another title's hourly
    range theirs), shift differentials (no pay), requirements (skills, brands in parentheses
    each; licences `optional`), a college (`optional`), a workforce board, a staffing agency
    and a union (no employers), a panel's path (a ladder), "came into … as" (moves in),
    "moved across into" (lateral), industry tags (sectors) and the state median an hour
    (the role's point with its region)."""
    (job, alias, fair, county, firms, supervisor, other, needs, licences, college, stands,
     ladder, came, laterals, kinds, state) = rng.choice(_BOOKLETS)
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(laterals))
    _spell(g, alias)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, _skills(needs), (), kinds, [*licences, college])
    hourly = (_hour(rng, 24, 27), _hour(rng, 30, 34))
    _salary(g, *hourly, "USD", period="hour")
    trainee = _hour(rng, 18, 21)
    _salary(g, trainee, trainee, "USD", period="hour", level="Trainee")
    boss = (rng.randint(68, 75) * 1000, rng.randint(80, 90) * 1000)
    _salary(g, *boss, "USD", belongs_to=supervisor)
    annual = (rng.randint(52, 56) * 1000, rng.randint(62, 68) * 1000)
    _salary(g, *annual, "USD")
    theirs = (_hour(rng, 21, 23), _hour(rng, 27, 29))
    _salary(g, *theirs, "USD", period="hour", belongs_to=other)
    median = _hour(rng, 27, 29)
    _salary(g, median, median, "USD", period="hour", point=True, region=state)
    differential = _no_pay(g, rng.choice((1.5, 2.0, 2.25)), 0.25)
    page = rng.randint(6, 18)
    g.must_not_appear += [*stands, fair]
    (one, _), (two, _), (three, _) = firms
    return [f"{fair.upper()} — EXHIBITOR DIRECTORY{'':>20}{county}   |   page {page}",
            "Legend: ★ hiring today   ⓘ information only", "",
            f"ROLE INDEX: {job.upper()} (also listed as {alias})", "",
            f"★ Booth {rng.randint(100, 140)}  {one}",
            f"   Openings: {job} (2nd shift), Trainee {job}",
            f"   Pay: ${hourly[0]:.2f}–${hourly[1]:.2f}/hr; trainees start at ${trainee:.2f}/hr; "
            f"2nd shift differential ${differential:.2f}/hr",
            f"   Requirements: {_item(needs[0])}; {_item(needs[1])}", "",
            f"★ Booth {rng.randint(141, 180)}  {two}",
            f"   Openings: {job}, {supervisor} (salaried)",
            f"   Pay: {job} ${annual[0]:,}–${annual[1]:,} a year; {supervisor} "
            f"${boss[0]:,}–${boss[1]:,}",
            f"   Requirements: {_item(needs[2])}; {licences[0]}", "",
            f"★ Booth {rng.randint(181, 220)}  {three}",
            f"   Openings: {other} ${theirs[0]:.2f}–${theirs[1]:.2f}/hr; {job} (ask at booth)",
            f"   Requirements: {_item(needs[3])}; {licences[1]}; scheduled overtime", "",
            f"ⓘ Booth 300  {college} — training programs",
            *(f"ⓘ Booth {301 + n}  {s}" for n, s in enumerate(stands)), "",
            "PANEL: FROM THE SHOP FLOOR UP",
            "Path: " + " → ".join(ladder),
            f"Panelists came into the trade as {_plural(came[0])} or {_plural(came[1])}; one "
            f"moved across into {laterals[0]} work and another into {laterals[1]} work.", "",
            f"Industry tags: {', '.join(kinds)}",
            f"{state} median wage for {_plural(job)}: ${median:.2f}/hr", "",
            f"{fair} · free admission · parking in lot C{'':>10}{page}"]


# --------------------------------------------------------------------------------------
# An employer's returnship page for one role
# --------------------------------------------------------------------------------------
# (role, aliases, firm (printed, short), earlier titles (moves in), tools (· line), soft
#  skills, the ISTQB-like certificate (`optional`), the → path (Senior rung and the Lead
#  title), the lateral titles, partner communities (chrome), industry)
_RETURN_IT = (
    ("Data Analyst", ("Business Data Analyst", "BI Analyst"),
     ("Nilgiri Infotech Pvt Ltd", "Nilgiri Infotech"),
     ("Reporting Executive", "Research Associate"),
     ("SQL", "Power BI", "Python", "Excel"), ("curiosity", "clear communication"),
     "Google Data Analytics certificate",
     ("Data Analyst", "Senior Data Analyst", "Analytics Lead"),
     ("Product Analyst", "Data Engineer"), ("SheRestarts Network", "Second Innings Coaching"),
     "IT services"),
    ("Cloud Support Engineer", ("Cloud Operations Engineer", "Cloud Support Associate"),
     ("Deccan Cloudworks Pvt Ltd", "Deccan Cloudworks"),
     ("System Administrator", "Network Engineer"),
     ("AWS", "Linux", "Terraform", "ServiceNow"), ("ownership", "patience with customers"),
     "AWS Solutions Architect Associate",
     ("Cloud Support Engineer", "Senior Cloud Support Engineer", "Cloud Support Lead"),
     ("Site Reliability Engineer", "Solutions Architect"),
     ("Restart Her Career Circle", "Pause Play Coaching"), "Cloud services"),
)


def _returnship(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An IT firm's returnship page: navigation, apply and webinar buttons, the closing
    date, locations, a returner's quotation and name, partner communities, a fraud warning
    and footer (chrome), the role with its other names (spellings), a "who can apply" tick
    list with a break window and earlier titles (moves in), a "·" tools line and soft skills
    (skills; a certificate `optional`), a week plan, the stipend a month (the role's single
    rate), the conversion band in LPA (the role's band a year), the Senior band (the role's)
    and the Lead band (theirs), a joining bonus and a creche reimbursement (no pay), a `→`
    path (a ladder), "moved across into" (lateral), the firm (employer) and "Industry:"."""
    variant = _begin(rng, g, ("it", "faq"))
    if variant == "faq":
        return _returnfaq(rng, g)
    (job, akas, (printed, short), earlier, tools, soft, cert, path, laterals, partners,
     industry) = rng.choice(_RETURN_IT)
    occupy(g, job, ladder=list(path), moves_in=list(earlier), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, [*tools, *(_cap(s) for s in soft)], (), [industry], [cert])
    stipend = rng.randint(35, 60) * 1000
    _salary(g, stipend, stipend, "INR", period="month")
    conversion = (rng.randint(6, 9) * 100_000 + rng.choice((0, 50_000)),
                  rng.randint(11, 14) * 100_000)
    _salary(g, *conversion, "INR")
    senior = (conversion[1] + rng.randint(1, 3) * 100_000, conversion[1]
              + rng.randint(6, 8) * 100_000)
    _salary(g, *senior, "INR", level="Senior")
    lead = (senior[1] + rng.randint(1, 3) * 100_000, senior[1] + rng.randint(6, 9) * 100_000)
    _salary(g, *lead, "INR", belongs_to=path[2])
    bonus = int(_no_pay(g, rng.choice((25000, 30000, 50000)), 5000))
    creche = int(_no_pay(g, rng.choice((8000, 10000, 12000)), 1000))
    name = rng.choice(("Lakshmi R.", "Farah S.", "Meenakshi P."))
    g.must_not_appear += [name, *partners, "Join the webinar"]
    weeks = rng.choice((12, 16))
    return [f"{short.upper()}  Careers · Life at {short} · Students · Returners · Search",
            "", f"RESTART@{short.split()[0].upper()} — a {weeks}-week paid returnship", "",
            f"Returnship for {_plural(job)} ({akas[0]} / {akas[1]})",
            f"Bengaluru · Pune  |  Hybrid  |  Applications close {rng.randint(1, 28)} June 2026",
            "[ Apply now ]  [ Join the webinar ]", "",
            "Who can apply?",
            "✓ A career break of 1 to 10 years",
            f"✓ Earlier experience as {_an(earlier[0])} or {_an(earlier[1])}",
            "✓ Ready to work from our office three days a week", "",
            "What you will work with: " + " · ".join(tools),
            f"Soft skills we value: {soft[0]}, {soft[1]}",
            f"Good to have: {cert}", "",
            "Your weeks",
            "Weeks 1–2  induction and refresher labs",
            f"Weeks 3–{weeks}  live project with a buddy", "",
            "What we pay",
            f"• Fixed stipend of ₹{stipend:,} a month during the returnship",
            f"• On conversion: ₹{_rupees(conversion[0])} – {_rupees(conversion[1])} LPA",
            f"• Senior {job}: ₹{_rupees(senior[0])} – {_rupees(senior[1])} LPA; {path[2]}: "
            f"₹{_rupees(lead[0])} – {_rupees(lead[1])} LPA",
            f"• Joining bonus ₹{bonus:,}; creche reimbursement up to ₹{creche:,} a month", "",
            "Your path: " + " → ".join(path),
            f"Some returners moved across into {laterals[0]} or {laterals[1]} roles.", "",
            f"\"The buddy system made my first week easy.\" — {name}, returner 2025", "",
            f"Our partners: {partners[0]} · {partners[1]}",
            f"Industry: {industry}", "",
            f"{printed} never asks candidates for money. © 2026"]


# (role, aliases, firm (printed, short), earlier posts (moves in), skills, qualifications
#  (`optional`), the trainee title is the role with Trainee, the comparison title, the
#  progression (ladder), in-house moves (lateral), sectors served, regulator, currency)
_RETURN_FAQ = (
    ("Tax Adviser", ("Chartered Tax Adviser", "Tax Consultant (Returner)"),
     ("Haldane Brook LLP", "Haldane Brook"), ("Tax Inspector", "Payroll Manager"),
     ("tax research", "client relationship building", ("tax software", ("Alphatax",
                                                                        "CCH"))),
     ("CTA exams", "ATT qualification"), "Tax Manager",
     ("Trainee Tax Adviser", "Tax Adviser", "Tax Manager", "Tax Partner"),
     ("In-house Tax Manager", "Tax Technology Consultant"),
     ("Private clients", "Family businesses"), "Chartered Tax Standards Board"),
    ("Management Accountant", ("Cost Accountant", "CIMA Accountant"),
     ("Fennimore Pryce LLP", "Fennimore Pryce"), ("Credit Controller", "Finance Officer"),
     ("budgeting", "variance analysis", ("spreadsheet modelling", ("Excel", "Power Query"))),
     ("CIMA papers", "ACCA papers"), "Finance Manager",
     ("Trainee Management Accountant", "Management Accountant", "Finance Manager",
      "Finance Director"),
     ("Business Partner", "Systems Accountant"),
     ("Manufacturing", "Charities"), "Accountancy Conduct Board"),
)


def _returnfaq(rng: random.Random, g: Guide) -> list[str]:
    """A professional firm's returner programme as an accordion FAQ: navigation, brochure
    and apply buttons, the returner's quotation, the coaching partner, the regulator line
    and footer (chrome), the role with its other names (spellings), "+ Who is it for?"
    (earlier posts: moves in), "+ What skills will help?" (skills; exams `optional`), "+
    What is the pay?" with dotted FTE bands (part-qualified and qualified returners the
    role's bands, the Trainee rate the role's, the comparison title's band theirs), a
    pension and a home-working allowance (no pay), "+ What happens after?" (a progression
    ladder and in-house moves: lateral), the firm (employer) and sectors served."""
    (job, akas, (printed, short), earlier, skills, quals, compare, ladder, laterals, kinds,
     regulator) = rng.choice(_RETURN_FAQ)
    occupy(g, job, ladder=list(ladder), moves_in=list(earlier), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(skills), (), kinds, quals)
    part = (rng.randint(36, 42) * 1000, rng.randint(45, 50) * 1000)
    full = (part[1] + rng.randint(2, 5) * 1000, part[1] + rng.randint(14, 20) * 1000)
    trainee = part[0] - rng.randint(5, 8) * 1000
    theirs = (full[1] + rng.randint(4, 8) * 1000, full[1] + rng.randint(20, 28) * 1000)
    _salary(g, *part, "GBP")
    _salary(g, *full, "GBP")
    _salary(g, trainee, trainee, "GBP", level="Trainee")
    _salary(g, *theirs, "GBP", belongs_to=compare)
    home = int(_no_pay(g, rng.choice((300, 450, 600)), 50))
    coach = rng.choice(("Comeback Coaching Co", "Second Wind Careers"))
    g.must_not_appear += [coach, "Download the brochure", regulator]
    return [f"{short.upper()}   About · Services · People · Careers · Contact", "",
            f"Returner Programme: {job} (Returner)",
            f"Restart your career after a break of two years or more. Also open to "
            f"{_plural(akas[0])} and {akas[1]} applicants.",
            "[ Download the brochure ]  [ Apply ]", "",
            "+ Who is it for?",
            f"  Returners who practised as {_plural(job)}, and people with earlier "
            f"experience as {_an(earlier[0])} or {_an(earlier[1])}.",
            "+ What skills will help?",
            "  " + "; ".join(_item(s) for s in skills) + f". {quals[0]} or {quals[1]} help "
            "but are not required.",
            "+ What is the pay?",
            "  " + _dots("Part-qualified returners (FTE)", f"£{part[0]:,} – £{part[1]:,}", 38),
            "  " + _dots("Qualified returners (FTE)", f"£{full[0]:,} – £{full[1]:,}", 38),
            "  " + _dots(f"Trainee {job}", f"£{trainee:,}", 38),
            "  " + _dots(f"{compare} (for comparison)", f"£{theirs[0]:,} – £{theirs[1]:,}",
                         38),
            f"  Pension and a £{home} home-working allowance on top.",
            "+ What happens after?",
            "  Our progression runs " + " → ".join(ladder) + ".",
            f"  Some returners later move in-house as {_plural(laterals[0])} or "
            f"{_plural(laterals[1])}.",
            "+ What support is there?",
            f"  Coaching with {coach} and a returner buddy.", "",
            f"\"I came back after six years and felt at home.\" — returner, {short}", "",
            f"Sectors we serve: {kinds[0]}, {kinds[1]}", "",
            f"{printed} is regulated by the {regulator}. © 2026 {printed}"]


# --------------------------------------------------------------------------------------
# A student's flashcard set on one career
# --------------------------------------------------------------------------------------
# (career, other names, credential (`optional`), skills (tools in parentheses each), the
#  exam (`optional`), the head title and the compared title, work settings, employers,
#  the ladder, ways in (moves in), sideways moves (lateral))
_CARD_SETS = (
    ("Respiratory Therapist", ("RT", "Respiratory Care Practitioner"), "RRT",
     (("ventilator management", ("Hamilton", "Puritan Bennett")), "arterial blood gases",
      "patient education", "calm under pressure"),
     "NBRC exam", "Respiratory Therapy Director", "Pulmonary Function Technologist",
     ("Hospitals", "Sleep labs"), ("Mercy Valley Hospital", "Crestwood Sleep Center"),
     ("Respiratory Therapist", "Senior Respiratory Therapist", "Respiratory Therapy Director"),
     ("Emergency Medical Technician", "Patient Care Technician"),
     ("Clinical Educator", "Sleep Technologist")),
    ("Dental Hygienist", ("RDH", "Oral Hygienist"), "RDH license",
     (("scaling", ("ultrasonic scalers", "curettes")), "radiographs", "charting",
      "empathy"),
     "NBDHE exam", "Dental Practice Manager", "Dental Assistant",
     ("Dental offices", "Community clinics"), ("Brightsmile Family Dental",
                                               "Cedar Park Dental Group"),
     ("Dental Hygienist", "Senior Dental Hygienist", "Dental Practice Manager"),
     ("Dental Assistant", "Sterilization Technician"),
     ("Dental Sales Representative", "Public Health Educator")),
)


def _flashcards(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A flashcard set: the study site's navigation, the set's rating and creator, study
    modes, "Terms in this set", "Students also studied" and the footer (chrome), term and
    definition lines: "other names" (spellings; a credential `optional`), the median a year
    and an hour (the role's points), a percentile card (no band), a starting range (the
    role's band), another title's card with "compare!" (theirs), skills cards (tools in
    parentheses each; the exam `optional`), work settings (sectors), local employers, a
    ladder card with `→`, ways in (moves in) and sideways moves (lateral)."""
    variant = _begin(rng, g, ("set", "stack"))
    if variant == "stack":
        return _stack(rng, g)
    (job, akas, credential, skills, exam, head, compared, settings, firms, ladder, came,
     sideways) = rng.choice(_CARD_SETS)
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(sideways))
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, settings, [credential, exam])
    median = rng.randint(62, 84) * 1000 + rng.randint(0, 9) * 10
    hourly = round(median / 2080, 2)
    _salary(g, median, median, "USD", point=True)
    _salary(g, hourly, hourly, "USD", period="hour", point=True)
    start = (rng.randint(48, 55) * 1000, rng.randint(58, 61) * 1000)
    _salary(g, *start, "USD")
    theirs = median + rng.choice((-1, 1)) * rng.randint(80, 150) * 100
    _salary(g, theirs, theirs, "USD", point=True, belongs_to=compared)
    boss = median + rng.randint(250, 400) * 100
    _salary(g, boss, boss, "USD", point=True, belongs_to=head)
    top = int(_no_pay(g, median + rng.randint(30, 45) * 1000, 1000))
    author = rng.choice(("kayla_studies22", "mr_ortiz_cte", "jen.h.health"))
    g.must_not_appear += [author, "Students also studied", "Flashcards · Learn · Test"]
    cards = [(f"{job}", f"works with patients; other names you might hear: {akas[0]}, "
              f"{akas[1]}"),
             (credential, "a credential after passing the exam, not a job title"),
             ("Median pay", f"${median:,} per year / ${hourly:.2f} per hour (BLS)"),
             ("Top 10%", f"more than ${top:,} (not a range!)"),
             ("Starting salary", f"${start[0]:,} to ${start[1]:,}"),
             (f"{compared} (compare!)", f"median ${theirs:,}"),
             (head, f"median ${boss:,}"),
             *((f"Skill {n}", _item(s)) for n, s in enumerate(skills, start=1)),
             ("Exam", exam),
             ("Work settings", ", ".join(settings)),
             ("Local employers", "; ".join(firms)),
             ("Career ladder", " → ".join(ladder)),
             ("Where they come from", f"{_plural(came[0])}, {_plural(came[1])}"),
             ("Moving sideways", f"{sideways[0]} or {sideways[1]}")]
    return ["StudyDeck   Home · Your library · Create · Search for flashcards", "",
            f"{job} career unit — {credential.split()[0]} review",
            f"★★★★☆ {rng.randint(12, 90)} reviews   Created by {author}", "",
            "Flashcards · Learn · Test · Match", "",
            f"Terms in this set ({len(cards)})",
            *(f"{term}\t{definition}" for term, definition in cards), "",
            "Students also studied",
            "Health careers vocab   Unit 3 quiz", "",
            "© StudyDeck · Honor code · Help"]


# (career, other titles, the licence (`optional`), skills (tools in parentheses each), the
#  state, the technicians' title, industries with shares, employers, the ladder, ways in,
#  lateral moves)
_STACKS = (
    ("Forester", ("Forest Manager", "Forestry Consultant"), "registered forester license",
     (("GIS mapping", ("ArcGIS", "QGIS")), "timber cruising", "map reading",
      "physical stamina"),
     "Oregon", "Forest and Conservation Technicians",
     (("State government", 31), ("Logging", 22)),
     ("Cascade Timberlands", "Willamette Forest Services"),
     ("Forestry Technician", "Forester", "Senior Forester", "District Forester"),
     ("Wildland Firefighter", "Arborist"), ("Conservation Scientist", "Park Ranger")),
    ("Environmental Engineer", ("Environmental Protection Engineer", "Pollution Control "
                                                                     "Engineer"),
     "PE license",
     (("water modeling", ("EPANET", "HEC-RAS")), "permit writing", "sampling",
      "problem solving"),
     "Ohio", "Environmental Engineering Technicians",
     (("Engineering services", 28), ("State government", 19)),
     ("Buckeye Water Consultants", "Miami Valley Environmental"),
     ("Engineer in Training", "Environmental Engineer", "Senior Environmental Engineer",
      "Principal Engineer"),
     ("Lab Technician", "Civil Engineering Intern"), ("Sustainability Manager",
                                                      "Health and Safety Engineer")),
)


def _stack(rng: random.Random, g: Guide) -> list[str]:
    """A study stack's "Question | Answer |" table: the site's navigation, study boxes,
    the creator and footer (chrome), other job titles (spellings), a licence card
    (`optional`), the national median (the role's point) and the state median (the role's
    point with its region), the technicians' median "don't mix up!" (theirs), skills cards
    (tools in parentheses each), top industries with percentages (sectors), employers from
    a handout, a ladder, ways in (moves in) and lateral moves."""
    (job, akas, licence, skills, state, techs, industries, firms, ladder, came,
     laterals) = rng.choice(_STACKS)
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, [name for name, _ in industries], [licence])
    national = rng.randint(64, 96) * 1000 + rng.randint(0, 9) * 10
    local = national + rng.choice((-1, 1)) * rng.randint(20, 70) * 100
    techs_pay = national - rng.randint(200, 300) * 100
    _salary(g, national, national, "USD", point=True)
    _salary(g, local, local, "USD", point=True, region=state)
    _salary(g, techs_pay, techs_pay, "USD", point=True, belongs_to=techs)
    creator = rng.choice(("mrsbeltran", "ag_teacher_okafor"))
    g.must_not_appear += [creator, "StackStudy", "Study Box"]
    rows = [("Career", job), ("Other job titles", f"{akas[0]}; {akas[1]}"),
            ("License", f"{licence} (some states)"),
            ("Median salary (US)", f"${national:,} a year"),
            (f"Median salary ({state})", f"${local:,} a year"),
            (f"{techs} median (don't mix up!)", f"${techs_pay:,}"),
            *(("Skill", _item(s)) for s in skills),
            ("Top industries", ", ".join(f"{n} ({p}%)" for n, p in industries)),
            ("Employers from the handout", " & ".join(firms)),
            ("Career ladder", " > ".join(ladder)),
            ("Common ways in", f"{came[0]} or {came[1]}"),
            ("Lateral moves", f"{laterals[0]}; {laterals[1]}")]
    width = max(len(q) for q, _ in rows) + 1
    return [f"StackStudy   Stacks · Create · Study Box · Log in      by {creator}", "",
            f"{job} Career Research ({len(rows)} cards)", "",
            f"| {'Question':<{width}}| Answer |",
            *(f"| {q:<{width}}| {a} |" for q, a in rows), "",
            "Study Box: 0 of 14 mastered   [Study]  [Quiz]  [Hangman]  [Crossword]",
            "StackStudy is free for teachers and students."]


# --------------------------------------------------------------------------------------
# A video page where a worker talks about the job and its pay
# --------------------------------------------------------------------------------------
# (job, "aka" names, the two numbered grades (2 below 1), the supervisor title, channel,
#  skills (brands in parentheses each), tickets (`optional`), how I got in (moves in), the
#  path's titles, lateral titles, companies (printed, short), where the work is, region and
#  the commenter's region and currency sign)
_WATCH_JOBS = (
    ("Commercial Diver", ("saturation diver", "commercial diving tech"),
     ("Diver Grade 2", "Diver Grade 1"), "Diving Supervisor", "DeepShiftDan",
     (("hot work", ("wet welding", "thermic lance")), "rigging", "hydraulic tools",
      "underwater inspection"),
     ("HSE Surface Supplied", "offshore medical"),
     ("Scaffolder", "Royal Navy Clearance Diver"),
     ("Trainee Commercial Diver", "Commercial Diver", "Senior Commercial Diver",
      "Diving Supervisor"),
     ("Diving Inspector", "Dive Technician"),
     (("Northreach Diving Ltd", "Northreach Diving"), ("Solway Subsea Ltd", "Solway Subsea")),
     ("offshore wind", "harbour works", "decommissioning"), "the North Sea"),
    ("Wind Turbine Technician", ("wind tech", "WTG technician"),
     ("Wind Technician Grade 2", "Wind Technician Grade 1"), "Site Supervisor", "TurbineTess",
     (("torque tools", ("Hytorc", "Norbar")), "electrical fault-finding",
      "rope access", "SCADA monitoring"),
     ("GWO Basic Safety", "IRATA level 1"),
     ("Electrician", "Aircraft Mechanic"),
     ("Trainee Wind Turbine Technician", "Wind Turbine Technician",
      "Senior Wind Turbine Technician", "Site Supervisor"),
     ("Blade Repair Technician", "Substation Technician"),
     (("Pentland Renewables Ltd", "Pentland Renewables"), ("Moray Wind Services Ltd",
                                                           "Moray Wind Services")),
     ("offshore wind", "onshore wind farms"), "Scottish sites"),
)


def _videodesc(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A video watch page: the site's header, subscriber, view and like counts, buttons,
    chapters' times, hashtags, affiliate gear, a discount code, the sponsor, business
    e-mail, comment handles and "Show less" (chrome), the title with an emoji, the creator's
    "aka" names (spellings), day rates per grade (the trainee's the role's Trainee rate, the
    numbered grades' bands the role's own, the Senior band the role's, the supervisor's
    theirs), a staff salary a year (the role's band), an offshore allowance (no pay), skills
    and tickets (brands in parentheses each; tickets `optional`), how I got in (moves in), a
    career path (a ladder), moved across to (lateral), companies (employers), where the work
    is (sectors), a pinned correction (the retracted figure no fact) and a commenter's
    figure with its region (the role's own)."""
    variant = _begin(rng, g, ("watch", "vlog"))
    if variant == "vlog":
        return _vlog(rng, g)
    (job, akas, (two, one), boss, channel, skills, tickets, came, path, laterals, firms,
     areas, region) = rng.choice(_WATCH_JOBS)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas, two, one)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, _skills(skills), (), [_cap(a) for a in areas], tickets)
    trainee = rng.randint(16, 20) * 10
    _salary(g, trainee, trainee, "GBP", period="day", level="Trainee")
    low = trainee + rng.randint(4, 6) * 10
    rates = []
    for grade in (two, one):
        band = (low, low + rng.randint(3, 5) * 10)
        _salary(g, *band, "GBP", period="day", level=grade)
        rates.append((grade, band))
        low = band[1] + rng.randint(2, 4) * 10
    senior = (low, low + rng.randint(5, 7) * 10)
    _salary(g, *senior, "GBP", period="day", level="Senior")
    theirs = (senior[1] + rng.randint(5, 8) * 10, senior[1] + rng.randint(12, 16) * 10)
    _salary(g, *theirs, "GBP", period="day", belongs_to=boss)
    staff = (rng.randint(44, 50) * 1000, rng.randint(56, 64) * 1000)
    _salary(g, *staff, "GBP")
    commenter = rng.randint(48, 60) * 10
    _salary(g, commenter, commenter, "USD", period="day", region="Gulf of Mexico")
    wrong = int(_no_pay(g, rates[0][1][1] - 10, 5))
    g.must_not_appear += [channel, f"@{channel}", "Show less", "Pinned by"]
    views = rng.randint(20, 300)
    return ["▶ VidTube   GB      Search                       🎤   + Create   🔔", "",
            f"What I REALLY Earn as {_an(job)} 💷 | Day Rates, Grades & How I Got In",
            f"{channel} ✔   {rng.randint(10, 90)}.{rng.randint(1, 9)}K subscribers   [ Join ]  "
            f"[ Subscribe ]    👍 {rng.randint(1, 9)}.{rng.randint(1, 9)}K   ↗ Share",
            f"{views}K views  {rng.randint(2, 11)} months ago  #{job.replace(' ', '')} "
            f"#offshore", "",
            f"People keep asking what {_an(job.lower())} (aka {akas[0]} or {akas[1]}) really "
            f"earns, so here are my numbers for {region} in 2026.", "",
            "CHAPTERS", "0:00 Intro", "1:12 Day rates by grade", "6:40 How I got in",
            "9:05 Skills & tickets", "12:30 Q&A", "",
            f"MY NUMBERS ({region}, day rates)",
            f"Trainee {job}: £{trainee}/day",
            *(f"{grade}: £{a} – £{b}/day" for grade, (a, b) in rates),
            f"Senior {job}: £{senior[0]} – £{senior[1]}/day",
            f"{boss}: £{theirs[0]} – £{theirs[1]}/day",
            f"Staff contracts instead: £{staff[0]:,} – £{staff[1]:,} a year (plus an offshore "
            "allowance).", "",
            "SKILLS & TICKETS: " + " · ".join(_item(s) for s in skills)
            + f" | Tickets: {', '.join(tickets)}", "",
            f"HOW I GOT IN: I was {_an(came[0])}; lots of my crew are ex-"
            f"{_plural(came[1])}. Career path I'm following: " + " → ".join(path)
            + f". A mate moved across to {laterals[0]} work and another to "
            f"{laterals[1]} work.", "",
            "COMPANIES I'VE WORKED FOR: " + ", ".join(p for p, _ in firms),
            f"WHERE THE WORK IS: {', '.join(areas)}", "",
            "🎥 Gear (affiliate links): action camera · lav mic — code GEAR10 for 10% off",
            "This video is sponsored by a VPN.   Business: hello@example.com",
            "Show less", "",
            f"{rng.randint(100, 400)} Comments",
            f"📌 Pinned by @{channel}",
            f"@{channel}  Correction: I said £{wrong} for the top of {two}, it's "
            f"£{rates[0][1][1]}.", "",
            f"@gulf_hand_{rng.randint(10, 99)}  {one} in the Gulf of Mexico, ${commenter}/day "
            "here.", ""]


# (job, aka names, the assistant title (its own), the scribe title, the Lead rung, skills
#  (brands in parentheses each), certifications (a chain, `optional`), the higher
#  certification a commenter holds (theirs), the path, how I got in (moves in), lateral
#  titles, employers hiring, work settings, the commenters' states)
_VLOG_JOBS = (
    ("Surgical Technologist", ("surg tech", "scrub tech"), "Sterile Processing Technician",
     "OR Aide", "Lead Surgical Technologist",
     (("instrument sets", ("Mayo stands", "retractors")), "sterile technique",
      "anticipating the surgeon", "staying calm"),
     ("CST", "CSFA"), "CSFA",
     ("Surgical Technologist", "Lead Surgical Technologist", "OR Educator"),
     ("Sterile Processing Technician", "Certified Nursing Assistant"),
     ("Travel Surgical Technologist", "Surgical Device Rep"),
     ("Baypoint Surgical Center", "Lakeview Regional Hospital"),
     ("Hospitals", "Ambulatory surgery centers"), ("Texas", "Ohio")),
    ("Pharmacy Technician", ("pharm tech", "CPhT"), "Pharmacy Clerk",
     "Pharmacy Cashier", "Lead Pharmacy Technician",
     (("dispensing software", ("Pyxis", "QS/1")), "sterile compounding", "insurance billing",
      "attention to detail"),
     ("PTCB", "CSPT"), "CSPT",
     ("Pharmacy Technician", "Lead Pharmacy Technician", "Pharmacy Operations Manager"),
     ("Pharmacy Clerk", "Retail Associate"),
     ("Pharmacy Buyer", "Medication Safety Analyst"),
     ("Riverbend Health Pharmacy", "Prairie Community Hospital"),
     ("Retail pharmacies", "Hospital pharmacies"), ("Arizona", "Kansas")),
)


def _vlog(rng: random.Random, g: Guide) -> list[str]:
    """A worker's vlog page: title and counts, description, timestamps, merch, the
    creator's handle and comment handles (chrome), "aka" names (spellings), a "what I use
    every day" list (skills, brands in parentheses each), a "PAY TALK" list (the scribe's
    and the assistant's hourly rates theirs, the role's own rate, the Lead's the role's),
    a surgery-day differential (no pay), certifications as a chain (`optional`), a path (a
    ladder), how I got in (moves in), moved over to (lateral), employers hiring, work
    settings (sectors) and commenters' rates by state (the role's own with their region; a
    higher certification's theirs)."""
    (job, akas, assistant, scribe, lead, skills, certs, higher, path, came, laterals, firms,
     settings, states) = rng.choice(_VLOG_JOBS)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, settings, certs)
    scribe_pay = _hour(rng, 14, 16)
    assistant_pay = _hour(rng, 17, 19)
    own = _hour(rng, 22, 26)
    lead_pay = _hour(rng, 28, 32)
    _salary(g, scribe_pay, scribe_pay, "USD", period="hour", belongs_to=scribe)
    _salary(g, assistant_pay, assistant_pay, "USD", period="hour", belongs_to=assistant)
    _salary(g, own, own, "USD", period="hour")
    _salary(g, lead_pay, lead_pay, "USD", period="hour", level="Lead")
    comments = []
    for state in states:
        rate = _apart(g, _hour(rng, 21, 27), 1.05)
        _salary(g, rate, rate, "USD", period="hour", region=state)
        comments.append((state, rate))
    theirs = _hour(rng, 33, 38)
    _salary(g, theirs, theirs, "USD", period="hour", belongs_to=higher)
    differential = _no_pay(g, rng.choice((2.0, 2.5, 3.0)), 0.25)
    handle = rng.choice(("ScrubsWithSam", "TechTalkTina"))
    g.must_not_appear += [handle, f"@{handle}", "Up next"]
    return [f"{job.upper()} DAY IN MY LIFE + PAY TALK 💉 (honest numbers)",
            f"{rng.randint(5, 95)}K views · {rng.randint(1, 9)} weeks ago   @{handle}  "
            f"{rng.randint(2, 40)}K subscribers   👍 {rng.randint(1, 5)}K", "",
            f"Hey guys! A full shift as {_an(job.lower())} (aka {akas[0]} / {akas[1]}).", "",
            "TIMESTAMPS", "00:00 intro", "02:15 morning setup", "08:40 pay talk",
            "13:10 certifications", "",
            "WHAT I USE EVERY DAY", *(f"- {_item(s)}" for s in skills), "",
            "PAY TALK (my area, hourly)",
            f"- {scribe}: ${scribe_pay:.2f}/hr",
            f"- {assistant}: ${assistant_pay:.2f}/hr",
            f"- me, {job}: ${own:.2f}/hr (+${differential:.2f}/hr on weekend call days)",
            f"- {_plural(lead)}: ${lead_pay:.2f}/hr", "",
            "Certifications: " + " → ".join(certs) + " (optional but helps)",
            "My path: " + " → ".join(path),
            f"How I got in: I was {_an(came[0])} first, and my coworker was {_an(came[1])}. "
            f"Friends moved over to {laterals[0]} and {laterals[1]} jobs.", "",
            f"Employers always hiring near me: {firms[0]}, {firms[1]}",
            f"Where we work: {settings[0].lower()}, {settings[1].lower()}", "",
            "🛍 merch link in bio", "",
            "Comments",
            *(f"@user{rng.randint(100, 999)}  {job} in {s} here, ${r:.2f}/hr" for s, r in
              comments),
            f"@user{rng.randint(100, 999)}  {higher} here, ${theirs:.2f}/hr 🙌", "",
            "Up next"]


FAMILY34_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "vacaturemt": _vacaturemt, "payreview": _payreview, "exhibitorlist": _exhibitorlist,
    "returnship": _returnship, "flashcards": _flashcards, "videodesc": _videodesc,
}
