"""Generator renderers for the six page families of held-back set 42 (Finnish postings ...).

Held-back set 42 showed six more kinds of page users bring: a Finnish job posting read
through a browser translator (a job board's posting with "2 512,37 €/kk" and a substitute's
"€/h", or a service firm's own careers page with a trial-period hourly rate and medians), a
Hebrew posting read through a translator (a local council's tender with "₪ 7,850 - ₪ 8,600"
before the figure and threshold conditions, or a job board's posting with "9,500-13,000 ₪"
after it and a trainee rate), an Open Badges credential page for one occupation (a badge
platform's public page with tags, criteria, alignment and a labour-market panel, or a
verifier's view of a hosted assertion with its one-line Open Badges 2.0 JSON), an annual
report's workforce section about one job family (a plc's strategic report, or a charity's
report with its remuneration report), a public tender's staffing price schedule (a portal's
day and night rates per grade, or a notice mirror's pay-to-worker, agency fee and charge rate
columns) and an NHS job plan (a consultant's weekly timetable of programmed activities, or an
advanced practitioner's four-pillar plan).  These renderers write such pages from a planned
guide, two variants a family, about occupations that fit them (occupy()); every fact the truth
keeps is printed and what a style does not state is cleared: holiday pay, shift supplements,
standby and kilometre allowances, convalescence pay, the study fund, holiday gifts, wage
increments, bonuses, the workforce median, the CEO pay ratio, charge rates, agency fees,
overtime and plant rates, introduction fees, on-call supplements, awards and enhancements stay
out of the role's pay, other titles' figures keep their owners, issuers, buyers and runners-up
do not employ and people's names are never roles.
"""

from __future__ import annotations

import json
import random
from typing import TYPE_CHECKING

from benchmarks.web_common import _facts, _plural, _prose_list, _salary, occupy, variant_families
from benchmarks.web_kit import (
    _an,
    _cap,
    _cents,
    _fr,
    _grouped,
    _item,
    _legal,
    _no_pay,
    _run,
    _skills,
    _soft,
    _spell,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY42_ALIAS_LAYOUTS", "FAMILY42_LADDER_LAYOUTS", "FAMILY42_LAYOUTS",
           "FAMILY42_RENDERERS"]


# --------------------------------------------------------------------------------------
# A Finnish job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (title as translated (the role), the English rendering (alias), the Finnish title and the
#  Finnish names of the rungs above (`optional`), employer (printed, short), town and region,
#  what it does, duties naming a system or routine (`optional`), requirements (instruments in
#  parentheses, a language), the advantage item, the registration (`optional`), the rungs
#  above, moves in, the lateral post and its unit, the other title "for information", the
#  similar ad with the Finnish title (firm `optional`, town), the other title's "from" ad,
#  sectors)
_FIBOARD = (
    ("Dental assistant", "dental nurse", "hammashoitaja", ("vastaava hammashoitaja",
                                                          "klinikkapäällikkö"),
     ("Vuoksenlaakson hyvinvointialue", "Vuoksenlaakson hyvinvointialue"),
     ("Imatra", "South Karelia"), "runs fourteen dental clinics and two mobile units",
     (("keeps the patient records in", "Effica"),
      ("reprocesses the instruments by the", "sterilisation routine")),
     ("chairside assistance", ("instrument care", ("autoclave", "ultrasonic cleaner")),
      "Swedish"), "digital X-ray imaging", "Valvira registration",
     ("Head dental assistant", "Clinic manager"), ("Dental receptionist", "Care assistant"),
     ("Instrument technician", "the central sterilisation unit"), "Medical secretary",
     ("Hammashoitaja", "Hymyhammas Oy", "Lappeenranta"), ("Laboratory assistant", "Kotka"),
     ("Health care", "Public sector")),
    ("Bus driver", "coach driver", "linja-autonkuljettaja", ("liikenneohjaaja",
                                                            "liikennepäällikkö"),
     ("Järvilinjat Oy", "Järvilinjat"), ("Tampere", "Pirkanmaa"),
     "runs city and regional lines with 210 buses",
     (("plans the day's route in the", "Optiroute app"),
      ("checks the vehicle with the", "daily walkaround routine")),
     ("customer service", ("ticketing devices", ("card reader", "ticket printer")),
      "English"), "winter driving", "D licence and the professional competence card",
     ("Traffic controller", "Traffic manager"), ("Truck driver", "Taxi driver"),
     ("Driving instructor", "the training centre"), "Depot mechanic",
     ("Linja-autonkuljettaja", "Pyöräpiha Oy", "Nokia"), ("Tram driver", "Tampere"),
     ("Transport", "Logistics")),
)


def _fiboard(rng: random.Random, g: Guide) -> list[str]:
    """A Finnish job board's posting through a translator: the translator bar, the board's
    menu, breadcrumb (its category no sector), posting age, deadline and ID, "Save / Share /
    Apply" (chrome), the title as translated (the role) with the English rendering in the body
    (an alias) and the Finnish titles (`optional`), a glued "Salary2 512,37 - 2 790,15 €/kk"
    (the role's band) and the substitutes' "€/h" (the role's), a glued "About us" heading,
    duties naming systems (`optional`), requirements with instruments in parentheses, a
    language and an "advantage" item (skills), holiday pay, evening and Sunday supplements and
    the sports benefit (no pay), prose moves in, up ("you can continue to …, the most
    experienced have gone on to …": a ladder) and across, figures "for information" (theirs),
    the site's average with a region and range (the role's) with a one-sided quartile (no
    fact), similar ads (the Finnish title: the role's, its firm `optional`; another title's
    "from" floor: theirs) and "Industry:"."""
    (job, english, finnish, (fi_leader, fi_head), (printed, short), (town, region), what,
     duties, needs, plus, paper, (leader, head), came, (lateral, unit), other,
     (s_title, s_firm, s_town), (o_title, o_town), sectors) = rng.choice(_FIBOARD)
    occupy(g, job, ladder=[job, leader, head], moves_in=list(came), transitions=[lateral])
    _spell(g, _cap(english))
    _legal(g, printed, short)
    _facts(g, [*_skills(needs), _cap(plus)], [], list(sectors),
           [finnish, fi_leader, fi_head, paper, s_firm, *(s for _, s in duties)])
    band = (_cents(rng, 2380, 2560), _cents(rng, 2700, 2880))
    _salary(g, *band, "EUR", period="month")
    hourly = _cents(rng, 14, 17)
    _salary(g, hourly, hourly, "EUR", period="hour")
    theirs = (int(band[1]) + rng.randrange(180, 320, 5), int(band[1]) + rng.randrange(520, 700, 5))
    _salary(g, *theirs, "EUR", period="month", belongs_to=leader)
    o_rate = int(band[0]) - rng.randrange(60, 140, 5)
    _salary(g, o_rate, o_rate, "EUR", period="month", belongs_to=other)
    average = int(_no_pay(g, int(band[0]) + rng.randrange(80, 160), 7))
    _salary(g, average, average, "EUR", period="month", point=True, region=region)
    site = (int(_no_pay(g, int(band[0]) - 150, 5)), int(_no_pay(g, int(band[1]) + 260, 5)))
    _salary(g, *site, "EUR", period="month")
    similar = int(_no_pay(g, int(band[0]) + 45, 5))
    _salary(g, similar, similar, "EUR", period="month")
    floor = int(_no_pay(g, int(band[0]) - 210, 5))
    _salary(g, floor, None, "EUR", period="month", belongs_to=o_title)
    quartile = int(_no_pay(g, site[0] + 90, 5))
    sports = int(_no_pay(g, rng.choice((300, 400, 450)), 10))
    board = rng.choice(("TyöVirta.fi", "Duunikanava.fi"))
    g.must_not_appear += [board, "Show original", "Report this ad", "lomaraha",
                          "Sunday supplement", "About us"]
    return ["Translated from: Finnish ▸ English · Show original · Never translate this site",
            f"{board}  Työpaikat | Työnantajille | Palkkatieto | Kirjaudu",
            f"Etusivu › Työpaikat › Terveys ja palvelut › {region}",
            job,
            f"{printed} · {town} · Julkaistu {rng.randint(2, 9)} pv sitten · Haku päättyy "
            f"{rng.randint(10, 28)}.1.2027 · ID {rng.randint(1000000, 9999999)}",
            f"Salary{_fr(band[0])} - {_fr(band[1])} €/kk (task-specific salary)",
            f"Substitutes: {_fr(hourly)} €/h",
            "Save   Share   Apply ›",
            f"About us{printed} {what}. We are now looking for {_an(english)} ({finnish}) for "
            f"our {town} unit.",
            "Job description",
            *(f"• {text} {system}" for text, system in duties),
            "We expect",
            *(f"• {_item(n)}" for n in needs),
            f"• {paper}",
            f"• {_cap(plus)} is an advantage",
            "We offer",
            "• holiday pay (lomaraha) and evening, Saturday and Sunday supplement by the "
            "agreement",
            f"• sports and culture benefit {sports} €/year, work clothes",
            "Career path",
            f"Our people have come from {came[0]} and {came[1]} work. From {job} you can "
            f"continue to {leader} ({fi_leader}), and the most experienced have gone on to "
            f"{head} ({fi_head}). One colleague moved over to {unit} as {_an(lateral)}.",
            f"For information: {_an(leader)} earns {_fr(theirs[0])} - {_fr(theirs[1])} €/kk and "
            f"{_an(other)} {_fr(o_rate)} €/kk.",
            f"Salary statistics: {job}",
            f"Average in {region}: {_fr(average)} €/kk · Range on the site: {_fr(site[0])} - "
            f"{_fr(site[1])} €/kk",
            f"25 % of the reported salaries are below {_fr(quartile)} €/kk",
            "Similar jobs",
            f"{s_title} – {s_firm}, {s_town} – {_fr(similar)} €/kk",
            f"{o_title} – {o_town} – from {_fr(floor)} €/kk",
            f"Industry: {', '.join(sectors)}",
            f"Report this ad · Tietosuoja · © 2026 {board}"]


# (title as translated (the role), the Finnish title and the Finnish rung names
#  (`optional`), the firm (printed, short), town and region, what it does, glued tasks
#  (systems `optional`), requirements, the card or passport (`optional`), the rungs above,
#  moves in, the lateral post, sectors)
_FIFIRM = (
    ("Lift technician", "hissiasentaja", ("huoltoesimies", "huoltopäällikkö"),
     ("Hissihuolto Kallio Oy", "Hissihuolto Kallio"), ("Oulu", "North Ostrobothnia"),
     "services 2,400 lifts and escalators in northern Finland",
     (("logs the service visits in", "HuoltoNet"), ("follows the alarms through", "Liftwatch")),
     ("electrical safety", ("hydraulics", ("pressure gauge", "multimeter")), "Swedish"),
     "SFS 6002 card", ("Service foreman", "Service manager"),
     ("Electrician", "Maintenance fitter"), "Building automation technician",
     ("Property services", "Construction")),
    ("Cook", "kokki", ("keittiöesimies", "ravintolapäällikkö"),
     ("Ruokapalvelu Lumo Oy", "Ruokapalvelu Lumo"), ("Jyväskylä", "Central Finland"),
     "cooks for 38 schools and day-care centres",
     (("plans the menus in", "MenuPro"), ("records the temperatures by the",
                                        "self-monitoring plan")),
     ("special diets", ("large kitchen equipment", ("combi oven", "tilting kettle")),
      "Finnish"), "hygiene passport", ("Kitchen foreman", "Food service manager"),
     ("Restaurant cook", "Kitchen assistant"), "Purchasing assistant",
     ("Food services", "Hospitality")),
)


def _fifirm(rng: random.Random, g: Guide) -> list[str]:
    """A service firm's careers page through a translator: the translator line and the firm's
    menu (chrome), "Title (Finnish), town", "Pay / Palkka: a - b €/month; trial period c €/h"
    (the role's), a glued "Who we are" heading, a glued `;` tasks line with systems
    (`optional`), requirements (skills; the card `optional`), the standby allowance, kilometre
    allowance and employee bicycle (no pay), a "→" path with Finnish rung names (`optional`),
    the foremen's pay (theirs), moves in and across, a national and a regional median (the
    role's points), "Industry:" and a cut-off data-protection line."""
    (job, finnish, (fi_leader, fi_head), (printed, short), (town, region), what, tasks, needs,
     card, (leader, head), came, lateral, sectors) = rng.choice(_FIFIRM)
    occupy(g, job, ladder=[job, leader, head], moves_in=list(came), transitions=[lateral])
    _legal(g, printed, short)
    _facts(g, _skills(needs), [], list(sectors),
           [finnish, fi_leader, fi_head, card, *(s for _, s in tasks)])
    band = (rng.randrange(2450, 2600, 5), rng.randrange(2900, 3100, 5))
    _salary(g, *band, "EUR", period="month")
    trial = _cents(rng, 15, 18)
    _salary(g, trial, trial, "EUR", period="hour")
    foremen = (band[1] + rng.randrange(250, 400, 5), band[1] + rng.randrange(700, 900, 5))
    _salary(g, *foremen, "EUR", period="month", belongs_to=leader)
    national = int(_no_pay(g, band[0] + rng.randrange(120, 220), 3))
    _salary(g, national, national, "EUR", period="month", point=True, region="Finland")
    regional = int(_no_pay(g, national - rng.randrange(40, 90), 3))
    _salary(g, regional, regional, "EUR", period="month", point=True, region=region)
    standby = int(_no_pay(g, rng.choice((90, 110, 130)), 5))
    cut = f"Tietosuojaseloste: {short} käsittelee hakijoiden henkilötietoja"
    g.must_not_appear += ["Show original", "standby allowance", "Who we are", cut]
    return ["Page translated from Finnish by the browser · Show original",
            f"{short.upper()}   Etusivu | Palvelut | Ura | Yhteystiedot",
            f"Ura › Avoimet työpaikat › {job}",
            f"{job} ({finnish}), {town}",
            f"Pay / Palkka: {_fr(band[0])} - {_fr(band[1])} €/month; trial period "
            f"{_fr(trial)} €/h",
            f"Who we are{printed} {what}.",
            "Tasks: " + "; ".join(f"{text} {system}" for text, system in tasks)
            + "; keeping the van stocked",
            "What we expect",
            *(f"- {_item(n)}" for n in needs),
            f"- {card}",
            "We offer",
            f"- standby allowance (päivystyslisä) {standby} €/week, kilometre allowance and an "
            "employee bicycle",
            f"Career path: {job} → {leader} ({fi_leader}) → {head} ({fi_head})",
            f"Our foremen earn {_fr(foremen[0])} - {_fr(foremen[1])} €/kk. Colleagues have come "
            f"from {came[0]} and {came[1]} jobs, and one moved across to {lateral} work.",
            f"National median (Finland): {_fr(national)} €/kk · {region}: {_fr(regional)} €/kk",
            f"Industry: {', '.join(sectors)}",
            cut]


# --------------------------------------------------------------------------------------
# A Hebrew posting or municipal tender read through a browser translator
# --------------------------------------------------------------------------------------
# (the translated title (the role), its transliteration (`optional`), the council (the
#  employer), the unit, duties, requirements (skills), desirable qualities (skills), the
#  schooling and course lines (`optional`), moves in (title, transliteration `optional`),
#  the up move, the lateral post, the comparison title)
_HETENDER = (
    ("School caretaker", "av bayit", "Nahal Dekel Local Council", "Education Department",
     ("Opens and locks the school buildings", "Reports faults to the maintenance office",
      "Prepares the halls for events"),
     ("Basic electrical work", "Plumbing repairs"),
     ("Reliability", "Initiative", "Physical fitness"), ("12 years of schooling",
                                                         "safety officer course"),
     ("Security guard", "shomer"), "Maintenance manager", "Storekeeper", "School secretary"),
    ("Youth coordinator", "rakaz noar", "Emek Shaked Regional Council", "Youth Department",
     ("Runs the afternoon clubs", "Plans the summer camps", "Keeps contact with the parents"),
     ("Group facilitation", "Event planning"), ("Creativity", "Leadership", "Patience"),
     ("12 years of schooling", "youth leaders course"), ("Youth counsellor", "madrich"),
     "Youth department director", "Community worker", "Programme administrator"),
)


def _hetender(rng: random.Random, g: Guide) -> list[str]:
    """A local council's external tender through a translator, with right-to-left marks and a
    mirrored parenthesis: the translator line, the council's navigation and skip links, the
    tender number, dates, rank and rating, scope and tender type (chrome), the translated
    title (the role) with its transliteration (`optional`), numbered duties (no skills),
    threshold conditions (schooling and the course `optional`, "Languages: Hebrew at a high
    level" the skill Hebrew, "not required" lines naming nothing), requirements and a `|`
    list of desirable qualities (skills), "₪ 7,850 - ₪ 8,600 per month" and "₪ 46 per hour,
    including convalescence pay" (the role's), the travel allowance, clothing grant and study
    fund (no pay), moves in with transliterated titles, an up move, a lateral move and a
    comparison figure (theirs), the submission paragraph and the signatory (chrome)."""
    (job, translit, council, unit, duties, needs, qualities, (school, course),
     (came, came_he), up, lateral, compare) = rng.choice(_HETENDER)
    occupy(g, job, leads=[up], moves_in=[came], transitions=[lateral])
    _facts(g, [*needs, "Hebrew", *qualities], [council], [],
           [translit, school, course, came_he])
    month = (rng.randrange(7400, 7900, 10), rng.randrange(8300, 8900, 10))
    _salary(g, *month, "ILS", period="month")
    hourly = rng.randrange(44, 49) + rng.choice((0, 0.5))
    _salary(g, hourly, hourly, "ILS", period="hour")
    c_rate = (month[1] + rng.randrange(600, 900, 10), month[1] + rng.randrange(1800, 2400, 10))
    _salary(g, *c_rate, "ILS", period="month", belongs_to=compare)
    travel = int(_no_pay(g, rng.choice((12, 14, 16)), 1))
    clothing = int(_no_pay(g, rng.choice((650, 700, 800)), 10))
    number = f"{rng.randint(8, 31)}/2026"
    head = rng.choice(("Avner Mizrahi", "Dalia Ben-Harush"))
    rlm = "\u200f"
    g.must_not_appear += [head, f"Tender No. {number}", "Rank and rating", "convalescence pay",
                          "study fund", "Skip to content"]
    return [f"{rlm}This page was translated from Hebrew · Show original",
            f"Skip to content | Accessibility | {council} | Residents | Tenders and jobs",
            f"{rlm}Tender No. {number} (internal and external){rlm}",
            f"Position: {job} ({translit}) – {unit}",
            f"Rank and rating: 5-7 administrative scale · Scope of employment: 100% · "
            f"Publication: {rng.randint(1, 20)}.11.2026 · Last date: {rng.randint(21, 30)}.11.2026",
            "Job description:",
            *(f"{i}. {d}." for i, d in enumerate(duties, 1)),
            "Threshold conditions:",
            f"{rlm}Education: {school}; {course}",
            "Languages: Hebrew at a high level",
            "Computer applications: not required",
            "Professional license: not required",
            f"Requirements: {needs[0]}; {_soft(needs[1])}",
            "Desirable qualities: " + " | ".join(q.lower() for q in qualities),
            f"{rlm}Salary and conditions)",
            f"₪ {_grouped(month[0])} - ₪ {_grouped(month[1])} per month according to the "
            f"collective agreement; substitutes from the pool ₪ {_grouped(hourly)} per hour, "
            "including convalescence pay.",
            f"Travel allowance ₪ {travel} per day, clothing grant ₪ {clothing} per year and a "
            "study fund after one year.",
            "Professional development:",
            f"Several employees came to us from work as {_an(came.lower())} ({came_he}); one "
            f"moved on to be {up} and another moved over to be {_an(lateral)}. For comparison, "
            f"{_an(compare)} earns ₪ {_grouped(c_rate[0])} - ₪ {_grouped(c_rate[1])} per month.",
            "Submission: candidates shall submit the form with their documents to the "
            "Human Resources Department by the last date.",
            f"{head}, Head of the Council",
            "Share | Print | Back to tenders"]


# (the translated title (the role), its transliteration (`optional`), the firm (printed,
#  short), the town and district, techniques (skills), the machine (`optional`),
#  requirements (skills), the rungs above, moves in (title, transliteration `optional`), the
#  lateral post, the similar job of another title, "Field:")
_HEBOARD = (
    ("Stone setter", "meshabetz", ("Or Yahalom Jewellery Ltd.", "Or Yahalom Jewellery"),
     ("Ramat Gan", "Tel Aviv District"), ("Pavé setting", "Bezel setting", "Channel setting"),
     "pneumatic graver", ("Reading technical drawings", "English"),
     ("Workshop supervisor", "Production manager"), ("Jeweler", "tsoref"), "Quality inspector",
     "Caster", "Jewellery"),
    ("CNC operator", "mafil CNC", ("Galil Precision Parts Ltd.", "Galil Precision Parts"),
     ("Karmiel", "Northern District"), ("Tool offset setting", "G-code editing",
                                        "Deburring"),
     "five-axis machining centre", ("Reading technical drawings", "Russian"),
     ("CNC programmer", "Production manager"), ("Turner", "haratan"), "Quality inspector",
     "Assembly worker", "Metalworking"),
)


def _heboard(rng: random.Random, g: Guide) -> list[str]:
    """A job board's posting through a translator: the translator line, the board's menu
    and share links (chrome), the translated title (the role) with its transliteration
    (`optional`), "9,500-13,000 ₪ per month" (the role's) and the trainees' hourly rate (the
    role's at Trainee), "About the company" (the firm employs), techniques in the job
    description (skills; the machine `optional`), requirements (skills, a language), meals,
    transport and a holiday gift (no pay), a "→" promotion line (a ladder) with the
    supervisor's range (theirs), moves in and across, the site's average with a region and
    range (the role's), "Field:" and a cut-off similar-jobs line."""
    (job, translit, (printed, short), (town, district), techniques, machine, needs,
     (leader, head), (came, came_he), lateral, other, field) = rng.choice(_HEBOARD)
    occupy(g, job, ladder=[job, leader, head], moves_in=[came], transitions=[lateral])
    _legal(g, printed, short)
    _facts(g, [*techniques, *needs, "Hebrew"], [], [field], [translit, machine, came_he])
    band = (rng.randrange(9000, 10000, 100), rng.randrange(12500, 14000, 100))
    _salary(g, *band, "ILS", period="month")
    trainee = rng.randrange(36, 42) + 0.5
    _salary(g, trainee, trainee, "ILS", period="hour", level="Trainee")
    theirs = (band[1] + rng.randrange(500, 1000, 100), band[1] + rng.randrange(3000, 4000, 100))
    _salary(g, *theirs, "ILS", period="month", belongs_to=leader)
    average = int(_no_pay(g, band[0] + rng.randrange(1200, 1800, 10), 10))
    _salary(g, average, average, "ILS", period="month", point=True, region=district)
    site = (int(_no_pay(g, band[0] - 800, 100)), int(_no_pay(g, band[1] + 900, 100)))
    _salary(g, *site, "ILS", period="month")
    gift = int(_no_pay(g, rng.choice((400, 500, 600)), 50))
    cut = f"{other} – {town} – from {(band[0] - 500) // 1000},"
    g.must_not_appear += ["Show original", "holiday gift", "keren hishtalmut", cut]
    return ["Translated automatically (Hebrew → English) · Show original",
            "JOBIM-PLUS  Jobs | Companies | Salaries | Post a job   Login",
            f"{job} ({translit}) – {town}",
            f"{band[0]:,}-{band[1]:,} ₪ per month · Trainees: {trainee:.2f} ₪ per hour for the "
            "first three months",
            "Share   Save   Send CV",
            f"About the company: {printed} is a family workshop in {town}.",
            f"Job description: {_prose_list([_soft(t) for t in techniques])} on the "
            f"{machine}, finishing and checking each piece.",
            "Requirements:",
            *(f"- {n}" for n in needs),
            "- Hebrew at a working level",
            f"Perks: meals, transport, a holiday gift of {gift} ₪ and keren hishtalmut (study "
            "fund).",
            f"Promotion: {job} → {leader} → {head}. {_cap(_plural(leader))} earn {theirs[0]:,}-"
            f"{theirs[1]:,} ₪. Many come from work as {_an(came.lower())} ({came_he}); one of "
            f"ours moved over to be {_an(lateral)}.",
            f"Site statistics: average in {district} {average:,} ₪ · range {site[0]:,}-"
            f"{site[1]:,} ₪",
            f"Field: {field}",
            "Similar jobs",
            cut]


# --------------------------------------------------------------------------------------
# An Open Badges credential page for one occupation
# --------------------------------------------------------------------------------------
# (the occupation (the role), its abbreviation (alias), the issuer (`optional`), skill tags,
#  criteria items (`optional`), competency alignment names (skills), the framework and the
#  O*NET-SOC code (`optional`), the supervisor, the state (median region), another title,
#  top employers, top job titles (`optional`), industries, the endorser, moves in)
_BADGEPAGE = (
    ("Peer Recovery Specialist", "PRS", "Great Lakes Recovery Workforce Institute",
     ("Motivational interviewing", "Recovery planning", "Crisis de-escalation"),
     ("40-hour peer training", "500 supervised practicum hours"),
     ("Ethical responsibility", "Advocacy", "Mentoring"), "National Peer Workforce Framework",
     "21-1019.00", "Peer Supervisor", "Michigan", "Case Manager",
     ("Harborview Recovery Services", "Lakeshore Behavioral Health"),
     ("Peer Support Specialist", "Recovery Coach"), ("Behavioral health", "Social assistance"),
     "Midwest Recovery Coalition", ("Residential Aide", "Behavioral Health Technician")),
    ("Early Childhood Educator", "ECE", "Prairie Early Learning Academy",
     ("Child development", "Classroom management", "Family engagement"),
     ("120 hours of coursework", "observed teaching portfolio"),
     ("Learning environments", "Observation and assessment", "Health and safety"),
     "Core Knowledge Areas", "25-2011.00", "Center Director", "Kansas", "Teacher Assistant",
     ("Bright Acorn Learning Centers", "Sunflower Head Start"),
     ("Preschool Teacher", "Toddler Teacher"), ("Early childhood education", "Child care"),
     "Plains Child Care Alliance", ("Teacher Aide", "Nanny")),
)


def _badgepage(rng: random.Random, g: Guide) -> list[str]:
    """A badge platform's public page for a level-II badge: the platform's menu, the earner,
    issue and expiry dates, "Add to wallet" and share links (chrome), the description naming
    the occupation (the role; its abbreviation and the badge name with its numeral aliases),
    a Type / Level / Time / Cost line, skill tags (skills), earning criteria (`optional`) and
    "Recommended for" (moves in), an alignment to a competency framework (names skills; the
    framework and O*NET-SOC code `optional`), a numbered pathway to the supervisor (a
    ladder), a labour-market panel with a median (the role's point with its region), a range
    (the role's), another title's median (theirs), a wage increment (no pay), top employers
    (employ), top job titles (`optional`) and industries (sectors), and an endorsement
    (chrome)."""
    (job, abbr, issuer, tags, criteria, aligned, framework, onet, sup, state, other, employers,
     titles, industries, endorser, came) = rng.choice(_BADGEPAGE)
    badge = f"{job} II"
    occupy(g, job, ladder=[job, sup], moves_in=list(came))
    _spell(g, abbr, badge)
    _facts(g, [*tags, *aligned], list(employers), list(industries),
           [issuer, *criteria, framework, onet, *titles])
    median = rng.randrange(1720, 1980, 5) / 100
    _salary(g, median, median, "USD", period="hour", point=True, region=state)
    band = (round(median - rng.randrange(200, 300) / 100, 2),
            round(median + rng.randrange(300, 420) / 100, 2))
    _salary(g, *band, "USD", period="hour")
    o_med = round(median + rng.randrange(150, 260) / 100, 2)
    _salary(g, o_med, o_med, "USD", period="hour", point=True, belongs_to=other)
    bump = _no_pay(g, rng.choice((0.75, 1.25, 1.5)), 0.25)
    earner = rng.choice(("Jordan Whitfield", "Ana Beltrán", "Marcus Oyelaran"))
    g.must_not_appear += [earner, "Add to wallet", endorser, "Earning Criteria", "BadgeShelf"]
    return ["BadgeShelf  Explore | Issuers | Pathways | Sign in",
            f"{badge} ({abbr}-II)",
            f"Issued by {issuer} to {earner} · Issued Mar 3, 2026 · Expires Mar 3, 2028",
            "Add to wallet   Share   Download baked image",
            f"This badge recognizes a working {job} ({abbr}) who has completed level II of the "
            "pathway and shown it on the job.",
            "Type: Certification · Level: Intermediate · Time: Months · Cost: Free",
            "Skills",
            "  ".join(f"#{t.replace(' ', '')}" for t in tags) + "  |  " + ", ".join(tags),
            "Earning Criteria",
            *(f"✓ {c}" for c in criteria),
            f"✓ supervisor sign-off on the {abbr} observation form",
            f"Recommended for: {_plural(came[0])}, or anyone with 12 months as {_an(came[1])}",
            "Alignment",
            *(f"• {a} — {framework}" for a in aligned),
            f"• O*NET-SOC {onet}",
            f"Pathway: 1. {abbr}-I  2. {abbr}-II  3. {abbr}-III  4. {sup}",
            "Labor Market Insights",
            f"Median advertised wage in {state}: ${median:.2f}/hr · Advertised range: "
            f"${band[0]:.2f} - ${band[1]:.2f}/hr · {other} median: ${o_med:.2f}/hr",
            f"Badge holders report a wage increment of about ${bump:.2f}/hr.",
            f"Top employers: {', '.join(employers)}",
            f"Top job titles: {', '.join(titles)}",
            f"Industries: {', '.join(industries)}",
            f"Endorsed by {endorser} · Jun 2026",
            "© 2026 BadgeShelf · Privacy · Terms"]


# (the occupation (the role), its abbreviation (alias), the issuer (`optional`), JSON tags
#  (skills), alignment targets (skills) and the framework (`optional`), capabilities (tools
#  in parentheses), hiring partners, hiring sectors, the county, the supervisor, moves in,
#  the lateral post)
_BADGEVERIFY = (
    ("Phlebotomy Technician", "PBT", "Cascade Allied Health College",
     ("Venipuncture", "Specimen labeling"), ("Infection control", "Patient identification"),
     "Allied Health Competency Model",
     ("Order of draw", ("specimen processing", ("centrifuge", "tube rocker"))),
     ("Evergreen Reference Labs", "Mount Alder Medical Center"), ("Health care", "Laboratories"),
     "King County", "Lead Phlebotomist", ("Medical Assistant", "Patient Care Technician"),
     "Laboratory Assistant"),
    ("Solar Panel Installer", "PV installer", "Sunridge Trades Institute",
     ("Racking installation", "DC wiring"), ("Fall protection", "Electrical theory"),
     "Clean Energy Skills Framework",
     ("Roof layout", ("string testing", ("clamp meter", "insulation tester"))),
     ("Brightfield Solar", "Mesa Rooftop Energy"), ("Renewable energy", "Construction"),
     "Maricopa County", "Solar Crew Lead", ("Roofer", "Electrician Helper"),
     "Battery Storage Technician"),
)


def _badgeverify(rng: random.Random, g: Guide) -> list[str]:
    """A verifier's view of a hosted assertion: the result lines (VALID, signature, issuer,
    expiry and revocation checks) and "View JSON" (chrome), a one-line Open Badges 2.0 JSON
    (keys, types and identifiers chrome; its `tags` and alignment `targetName`s skills, the
    framework `optional`), then the issuer's badge page: "What earners can do" (skills, tools
    in parentheses each), an hourly band (the role's) and the county median (the role's point
    with its region), "A → B" path with the crew lead's range (theirs), "many earners start
    as" (moves in), "move across into" (lateral), hiring partners (employ), hiring sectors
    (sectors) and a cut-off related-badges line."""
    (job, abbr, issuer, tags, aligned, framework, can, partners, sectors, county, lead, came,
     lateral) = rng.choice(_BADGEVERIFY)
    occupy(g, job, ladder=[job, lead], moves_in=list(came), transitions=[lateral])
    _spell(g, abbr)
    _facts(g, [*tags, *aligned, *_skills(can)], list(partners), list(sectors),
           [issuer, framework])
    band = (rng.randrange(1800, 2050, 5) / 100, rng.randrange(2400, 2700, 5) / 100)
    _salary(g, *band, "USD", period="hour")
    median = round((band[0] + band[1]) / 2 + 0.35, 2)
    _salary(g, median, median, "USD", period="hour", point=True, region=county)
    theirs = (band[1] + rng.randrange(100, 200) / 100, band[1] + rng.randrange(500, 700) / 100)
    _salary(g, *theirs, "USD", period="hour", belongs_to=lead)
    slug = abbr.lower().replace(" ", "-")
    assertion = {
        "@context": "https://w3id.org/openbadges/v2", "type": "Assertion",
        "id": f"https://badges.example.org/assertions/{rng.randint(10000, 99999)}",
        "recipient": {"type": "email", "hashed": True,
                      "identity": f"sha256${rng.getrandbits(64):016x}"},
        "badge": {"type": "BadgeClass", "name": job, "tags": list(tags),
                  "alignment": [{"targetName": a, "targetFramework": framework}
                                for a in aligned],
                  "issuer": {"type": "Profile", "name": issuer}},
        "verification": {"type": "hosted"}, "issuedOn": "2026-04-11T00:00:00Z"}
    cut = f"Related badges: {job} Refresher, {abbr} Cli"
    g.must_not_appear += ["VALID", "View JSON", "Assertion", "BadgeClass", cut]
    return ["Badge Verifier · Result: VALID",
            "✔ Signature / hosted check passed  ✔ Issuer verified  ✔ Not expired  ✔ Not revoked",
            "View JSON ▾",
            json.dumps(assertion, ensure_ascii=False, separators=(",", ":")),
            f"{issuer} › Badges › {slug}",
            f"{job} ({abbr})",
            "What earners can do",
            *(f"- {_item(c)}" for c in can),
            f"Pay: ${band[0]:.2f} - ${band[1]:.2f} an hour; median in {county} "
            f"${median:.2f}/hr.",
            f"Path: {job} → {lead} (${theirs[0]:.2f} - ${theirs[1]:.2f}/hr). Many earners start "
            f"as {_plural(came[0])} or {_plural(came[1])}, and some move across into "
            f"{lateral} roles.",
            f"Hiring partners: {' · '.join(partners)}",
            f"Hiring sectors: {', '.join(sectors)}",
            cut]


# --------------------------------------------------------------------------------------
# An annual report's workforce section about one job family
# --------------------------------------------------------------------------------------
# (the job family (the role), the alias, the plc (printed, short), techniques (skills), the
#  course (`optional`), the rungs above, moves in, the lateral post and its business, other
#  role families of the table)
_REPORTPLC = (
    ("Wind Turbine Technician", "WTG technicians", ("Northwold Renewables plc",
                                                    "Northwold Renewables"),
     ("Blade inspection", "Torque tightening", "Rescue from height"), "GWO Basic Safety",
     ("Field Team Leader", "Site Manager"), ("Aircraft Mechanic", "Electrician"),
     ("Control Room Operator", "the operations centre"), ("Asset Planners", "Site Admin")),
    ("Water Network Technician", "leakage technicians", ("Greyfell Water plc", "Greyfell Water"),
     ("Acoustic leak detection", "Valve operation", "Pressure logging"), "EUSR water hygiene",
     ("Network Team Leader", "Operations Manager"), ("Plumber", "Groundworker"),
     ("Customer Field Adviser", "the customer service team"), ("Treatment Operators",
                                                              "Meter Readers")),
)


def _reportplc(rng: random.Random, g: Guide) -> list[str]:
    """A plc's strategic report: the running header with the page number, contents and the
    section number (chrome), the job family (the role, "called … in some contracts" an
    alias) with this year's and last year's headcount, the techniques it is trained in
    (skills; the course `optional`), a pipe workforce table of other role families (no
    facts), "median base pay £a (£b last year)" (two points of the role), its range and the
    apprentices' start (the role's, Apprentice), the bonus, standby, van and fuel card (no
    pay), progression counts with the team leader's range (theirs), "the usual route is A →
    Senior A → B → C" (a ladder), recruits' backgrounds (moves in) and a conversion move
    (lateral), a CEO pay ratio, a gender pay gap and the median employee's pay (no facts) and
    the footer."""
    (job, alias, (printed, short), techniques, course, (leader, head), came, (lateral, unit),
     others) = rng.choice(_REPORTPLC)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[job, senior, leader, head], leads=[leader], moves_in=list(came),
           transitions=[lateral])
    _spell(g, alias)
    _legal(g, printed, short)
    _facts(g, list(techniques), [], [], [course])
    median = rng.randrange(36500, 41000, 50)
    last = median - rng.randrange(900, 1600, 50)
    _salary(g, median, median, "GBP", point=True)
    _salary(g, last, last, "GBP", point=True)
    band = (median - rng.randrange(5000, 7000, 100), median + rng.randrange(7000, 9000, 100))
    _salary(g, *band, "GBP")
    apprentice = rng.randrange(21000, 23500, 100)
    _salary(g, apprentice, apprentice, "GBP", level="Apprentice")
    theirs = (band[1] + rng.randrange(1000, 2000, 100), band[1] + rng.randrange(7000, 9000, 100))
    _salary(g, *theirs, "GBP", belongs_to=leader)
    bonus = int(_no_pay(g, rng.choice((900, 1100, 1250)), 50))
    employee = int(_no_pay(g, median + rng.randrange(3000, 6000, 50), 50))
    year = rng.choice((2025, 2026))
    count = rng.randint(280, 520)
    g.must_not_appear += [f"Annual Report and Accounts {year}", "CEO pay ratio",
                          "Gender pay gap", *others, "fuel card"]
    return [f"{printed} | Annual Report and Accounts {year} | Strategic report | "
            f"{rng.randint(30, 60)}",
            "Contents › Strategic report › Our people › Governance › Financial statements",
            f"4.{rng.randint(2, 6)} Our people: {_plural(job)}",
            f"At 31 March {year} we employed {count} {_plural(job)} ({count - rng.randint(8, 30)} "
            f"a year earlier), called {alias} in some contracts. All are trained in "
            f"{_prose_list([_soft(t) for t in techniques])}, and new starters complete "
            f"{course} in their first month.",
            "Role family | Headcount | Prior year | Turnover %",
            f"{_plural(job)} | {count} | {count - 12} | {rng.randint(5, 9)}.{rng.randint(0, 9)}",
            *(f"{o} | {rng.randint(20, 90)} | {rng.randint(20, 90)} | {rng.randint(3, 12)}.0"
              for o in others),
            f"The median base pay of a {job} was £{median:,} (£{last:,} last year), within a "
            f"range of £{band[0]:,} to £{band[1]:,}; apprentices start on £{apprentice:,}. Base "
            f"pay excludes the all-employee bonus (£{bonus:,}), standby payments, the van and "
            "the fuel card.",
            f"{rng.randint(9, 20)} technicians progressed to {leader} roles this year "
            f"(£{theirs[0]:,} - £{theirs[1]:,}); the usual route is {job} → {senior} → "
            f"{leader} → {head}.",
            f"Recruits joined from {came[0]} and {came[1]} roles and from the armed forces; "
            f"{rng.randint(3, 8)} moved into {unit} as {_plural(lateral)}.",
            f"CEO pay ratio {rng.randint(38, 70)}:1 · Gender pay gap {rng.randint(3, 12)}."
            f"{rng.randint(0, 9)}% · median employee £{employee:,}",
            f"{short} · Annual Report and Accounts {year} · {rng.randint(61, 90)}"]


# (the job family (the role), the alias, the trust (employer), techniques (skills), the
#  course (`optional`), the promoted post, the lateral post and its team, moves in)
_REPORTTRUST = (
    ("Countryside Ranger", "estate wardens", "Fellside Landscapes Trust",
     ("Dry stone walling", "Footpath repair", "Habitat surveying"), "chainsaw ticket",
     "Area Ranger", ("Volunteer Coordinator", "the engagement team"),
     ("Gardener", "Farm Worker")),
    ("Visitor Guide", "heritage interpreters", "Old Quay Heritage Trust",
     ("Storytelling", "Group management", "Object handling"), "first aid at work course",
     "Learning Officer", ("Collections Assistant", "the collections team"),
     ("Tour Guide", "Retail Assistant")),
)


def _reporttrust(rng: random.Random, g: Guide) -> list[str]:
    """A charity's annual report and accounts: the running header, charity and company
    numbers (chrome), an aligned staff-number table (no facts), the job family (the role;
    "also …" an alias) trained in techniques (skills; the course `optional`), its band and
    the seasonal hourly rates (first and third season: the role's), the clothing allowance
    (no pay), promotions to a post with its range (an up move; theirs), a lateral move and
    recruits' backgrounds (moves in), the remuneration report with the Chief Executive's band
    (his) and the workforce median (no fact)."""
    (job, alias, trust, techniques, course, promoted, (lateral, team), came) = rng.choice(
        _REPORTTRUST)
    occupy(g, job, leads=[promoted], moves_in=list(came), transitions=[lateral])
    _spell(g, alias)
    _facts(g, list(techniques), [trust], [], [course])
    band = (rng.randrange(24100, 25500, 10), rng.randrange(27500, 29500, 10))
    _salary(g, *band, "GBP")
    seasonal = rng.randrange(1240, 1300) / 100
    third = round(seasonal + rng.randrange(30, 70) / 100, 2)
    _salary(g, seasonal, seasonal, "GBP", period="hour")
    _salary(g, third, third, "GBP", period="hour")
    theirs = (band[1] + rng.randrange(500, 1500, 10), band[1] + rng.randrange(4500, 6000, 10))
    _salary(g, *theirs, "GBP", belongs_to=promoted)
    ceo = rng.choice(((85001, 90000), (90001, 95000), (95001, 100000)))
    _salary(g, *ceo, "GBP", belongs_to="Chief Executive")
    median = int(_no_pay(g, band[0] + rng.randrange(1500, 3000, 10), 10))
    clothing = int(_no_pay(g, rng.choice((120, 150, 180)), 10))
    year = rng.choice(("2025/26", "2026/27"))
    g.must_not_appear += [f"Trustees' Annual Report {year}", "Charity no.", "clothing allowance"]
    return [f"{trust.upper()} · Trustees' Annual Report {year} · page {rng.randint(8, 20)}",
            f"Charity no. {rng.randint(1100000, 1199999)} · Company no. "
            f"{rng.randint(10000000, 12999999):08d}",
            "Our staff",
            "                     This year   Last year",
            f"Permanent staff         {rng.randint(60, 140):>4}        {rng.randint(60, 140):>4}",
            f"Seasonal staff          {rng.randint(20, 60):>4}        {rng.randint(20, 60):>4}",
            f"Our {_plural(job)} (also {alias}) are trained in "
            f"{_prose_list([_soft(t) for t in techniques])}; each holds a {course}.",
            f"{_plural(job)} are paid on a band of £{band[0]:,} - £{band[1]:,}; seasonal staff "
            f"earn £{seasonal:.2f} an hour, or £{third:.2f} when returning for a third season, "
            f"with a clothing allowance of £{clothing}.",
            f"This year {rng.randint(2, 5)} {_plural(job)} were promoted to {promoted} posts "
            f"(£{theirs[0]:,} - £{theirs[1]:,}) and one moved to {team} as {_an(lateral)}. "
            f"Most recruits joined from {came[0]} or {came[1]} roles.",
            "Remuneration report",
            f"The Chief Executive's salary fell in the band £{ceo[0]:,} - £{ceo[1]:,}. The "
            f"median pay of the whole workforce was £{median:,}.",
            f"{trust} · Registered charity · {year}"]


# --------------------------------------------------------------------------------------
# A public tender's staffing price schedule
# --------------------------------------------------------------------------------------
# (the grade (the role), its abbreviation (alias), the supplier (printed, short), the
#  authority (`optional`), the scheme card (`optional`), techniques (skills), the
#  supervisor, the slash row's two titles, moves in, the lateral post)
_TENDERPORTAL = (
    ("Road Marking Operative", "RMO", ("Linewise Highways Ltd", "Linewise Highways"),
     "Eastholm County Council", "Sector Scheme 7 card",
     ("Thermoplastic application", "Setting out", "Stud installation"),
     "Road Marking Supervisor", ("Marshal", "Banksman"), "HGV driver", "Highway Inspector"),
    ("Grounds Maintenance Operative", "GMO", ("Greenreach Services Ltd", "Greenreach Services"),
     "Vale of Ashby District Council", "NPTC pesticide certificate",
     ("Ride-on mowing", "Hedge cutting", "Weed control"),
     "Grounds Supervisor", ("Litter Picker", "Driver"), "Farm worker", "Tree Surgeon"),
)


def _tenderportal(rng: random.Random, g: Guide) -> list[str]:
    """An e-tendering portal's read-only tender response: the portal's menu, the
    opportunity's reference, CPV code, procedure, evaluation weights and status (chrome), the
    authority (`optional`) and the supplier (employs), a pipe labour-rate schedule with
    grades, cards and day and night rates (the Trainee, the grade and the Senior rows the
    role's, the supervisor's theirs, a slash row its first title's), overtime, call-out and
    plant rates (no pay), "no less than £x per hour" (the role's open floor), a quality answer
    naming techniques (skills), "progress from Trainee A to A, then to Senior A and on to B" (a
    ladder), moves in and across."""
    (job, abbr, (printed, short), authority, card, techniques, sup, (first, second), came,
     lateral) = rng.choice(_TENDERPORTAL)
    trainee, senior = f"Trainee {job}", f"Senior {job}"
    occupy(g, job, ladder=[trainee, job, senior, sup], moves_in=[came], transitions=[lateral])
    _spell(g, abbr)
    _legal(g, printed, short)
    _facts(g, list(techniques), [], [], [authority, card])
    rows = []
    day = rng.randrange(195, 215)
    for name, level, add in ((trainee, "Trainee", -30), (job, None, 0), (senior, "Senior", 28)):
        rate = (day + add, day + add + rng.choice((35, 40, 45)))
        for value in rate:
            _salary(g, value, value, "GBP", period="day", **({"level": level} if level else {}))
        rows.append((name, rate))
    for name, add in ((sup, 62), (f"{first} / {second}", -45)):
        rate = (day + add, day + add + 40)
        for value in rate:
            _salary(g, value, value, "GBP", period="day", belongs_to=name.split(" / ")[0])
        rows.append((name, rate))
    floor = _no_pay(g, rng.randrange(1300, 1390) / 100, 0.05)
    _salary(g, floor, None, "GBP", period="hour")
    overtime = int(_no_pay(g, rng.choice((38, 42, 46)), 1))
    callout = int(_no_pay(g, rng.choice((150, 175, 190)), 5))
    plant = int(_no_pay(g, rng.choice((320, 360, 410)), 5))
    ref = f"ECC-{rng.randint(1000, 9999)}-{rng.choice(('HW', 'GM'))}"
    g.must_not_appear += [ref, "CPV", "Lot 1", "call-out", "ProcureHub"]
    return ["ProcureHub  Opportunities | My responses | Messages | Help",
            f"Tender response (read only) · {ref} · Status: Submitted",
            f"Contracting authority: {authority} · Procedure: Open · CPV 45233221 · Evaluation: "
            "60% quality / 40% price",
            f"Tenderer: {printed}",
            f"Lot 1 – Schedule 4: Labour rates ({_plural(job)})",
            "Grade | Card | Day rate (£) | Night / weekend rate (£)",
            *(f"{name} | {card if i < 3 else '-'} | {rate[0]:.2f} | {rate[1]:.2f}"
              for i, (name, rate) in enumerate(rows)),
            f"Overtime £{overtime}/hour · Call-out £{callout} per attendance · Plant: gang "
            f"truck with crew cab £{plant}/day",
            f"Fair pay: every {abbr} shall be paid no less than £{floor:.2f} per hour.",
            "Quality answer Q3 (workforce)",
            f"Our {_plural(abbr)} are trained in {_prose_list([_soft(t) for t in techniques])}. "
            f"They progress from {trainee} to {job}, then to {senior} and on to {sup}. We "
            f"recruit service leavers and former {_plural(came)}; two moved across to become "
            f"{_plural(lateral)}.",
            "Documents: Schedule 4.xlsx · Method statement.pdf"]


# (the grade (the role), its two pay ranges (levels), the buyer (`optional`), the awarded
#  supplier (printed, short), the runner-up (`optional`), other roles' rows, skills (tools in
#  parentheses), the check (`optional`), the up post, the lateral post, the returner's former
#  title)
_TENDERNOTICE = (
    ("Supply Nurse", ("Band 5", "Band 6"), "Westerby Community Health Partnership",
     ("Carewell Staffing Ltd", "Carewell Staffing"), "MedLocum Partners Ltd",
     ("Healthcare Assistant", "Mental Health Nurse"),
     ("Wound care", ("electronic records", ("SystmOne", "EMIS")), "Medicines administration"),
     "enhanced DBS check", "Charge Nurse", "Practice Nurse", "Staff Nurse"),
    ("Interim Housing Officer", ("Grade 6", "Grade 7"), "Borough of Kingsmead",
     ("Keystone Interim Ltd", "Keystone Interim"), "Civic Resourcing Ltd",
     ("Housing Assistant", "Tenancy Enforcement Officer"),
     ("Rent arrears recovery", ("housing systems", ("Northgate", "Orchard")),
      "Void inspections"), "basic DBS check", "Housing Team Leader", "Homelessness Officer",
     "Neighbourhood Officer"),
)


def _tendernotice(rng: random.Random, g: Guide) -> list[str]:
    """A procurement notice mirror's award page: the mirror's menu, notice identifiers,
    dates and CPV (chrome), the buyer and the runner-up (`optional`) and the awarded supplier
    (employs), a price schedule with pay rate to worker, agency fee and charge rate columns
    (only the pay rates are pay: the role's by pay range, the other roles' theirs), AWR,
    introduction-fee and check lines (no pay), a specification with tools in parentheses
    (skills; the check `optional`), the supplier's retention answer (moves in, up and
    across) and a cut-off clarification answer."""
    (job, (range_a, range_b), buyer, (printed, short), runner, others, spec, check, up,
     lateral, former) = rng.choice(_TENDERNOTICE)
    occupy(g, job, leads=[up], moves_in=[former], transitions=[lateral])
    _legal(g, printed, short)
    _facts(g, _skills(spec), [], [], [buyer, runner, check])
    low = rng.randrange(1800, 1950) / 100
    rows = []
    for level, start in ((range_a, low), (range_b, low + 3.4)):
        pay = (round(start, 2), round(start + rng.randrange(250, 380) / 100, 2))
        _salary(g, *pay, "GBP", period="hour", level=level)
        rows.append((f"{job} – {level}", pay))
    for name, start in ((others[0], low - 5.6), (others[1], low + 1.7)):
        pay = (round(start, 2), round(start, 2))
        _salary(g, *pay, "GBP", period="hour", belongs_to=name)
        rows.append((name, pay))
    lines = []
    for name, (a, b) in rows:
        fee = _no_pay(g, rng.randrange(310, 460) / 100, 0.05)
        c_low, c_high = _no_pay(g, a + fee + 4.0, 0.05), _no_pay(g, b + fee + 4.0, 0.05)
        pay_text = f"£{a:.2f} - £{b:.2f}" if a != b else f"£{a:.2f}"
        charge = f"£{c_low:.2f} - £{c_high:.2f}" if a != b else f"£{c_low:.2f}"
        lines.append(f"{name} | {pay_text} | £{fee:.2f} | {charge}")
    intro = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 50))
    cut = f"Clarification 7: Q. Will the {short} rates apply to bank holi"
    g.must_not_appear += ["TenderMirror", "Agency fee", "Charge rate", cut]
    return ["TenderMirror  Search notices | Alerts | Sign in",
            f"Contract award notice · {buyer} · Notice ID {rng.randint(100000, 999999)}-2026",
            f"Buyer: {buyer} · CPV 79624000 · Published {rng.randint(1, 28)} October 2026",
            f"Awarded supplier: {printed}. Runner-up: {runner}.",
            f"Price schedule ({_plural(job)}, per hour)",
            "Role | Pay rate to worker | Agency fee | Charge rate",
            *lines,
            "All rates comply with the Agency Workers Regulations from week 13. Introduction "
            f"(temp-to-perm) fee: £{intro:,}; recruitment checks at the supplier's cost.",
            f"Specification: {_run(spec)}; each worker holds a current {check}.",
            f"Retention (supplier's answer): several of our workers come back to us as "
            f"{_plural(former)} after a break, three took up permanent {up} posts and one "
            f"moved across into {lateral} work.",
            cut]


# --------------------------------------------------------------------------------------
# An NHS job plan
# --------------------------------------------------------------------------------------
# (the post (the role), its full title with the specialty (alias), the trust (employer),
#  the base, the timetable's activities (`optional`), person specification items (skills),
#  the memberships (`optional`), the team's other post, moves in, the up and lateral posts)
_JOBPLANCONS = (
    ("Consultant Geriatrician", "Consultant Physician in Geriatric Medicine",
     "Ashbourne Vale NHS Foundation Trust", "Ashbourne General Hospital",
     ("Frailty ward round", "Falls clinic", "Care home liaison"),
     ("Comprehensive geriatric assessment", "Delirium management", "Advance care planning"),
     "MRCP (UK)", "Specialty Doctor", ("Locum Consultant", "Specialty Registrar"),
     "Clinical Director", "Consultant in Acute Medicine"),
    ("Consultant Anaesthetist", "Consultant in Anaesthesia and Perioperative Medicine",
     "Northmere Hospitals NHS Trust", "Northmere Royal Infirmary",
     ("Elective orthopaedic list", "Pre-assessment clinic", "Obstetric cover"),
     ("Regional anaesthesia", "Airway management", "Perioperative risk assessment"),
     "FRCA", "Specialty Doctor", ("Locum Consultant", "Specialty Registrar"),
     "Clinical Director", "Consultant in Intensive Care Medicine"),
)


def _jobplancons(rng: random.Random, g: Guide) -> list[str]:
    """A consultant job pack's job-plan appendix: the appendix header and footer with page
    numbers and the reference (chrome), post, base and contract lines with the consultant
    scale (the role's; its full title with the specialty an alias), a pipe weekly timetable of
    AM / PM sessions with PA counts (activities `optional`), the on-call supplement and the
    excellence awards (no pay), the team with the specialty doctor's range (theirs), a person
    specification with (E) / (D) markers (skills; the membership and the register
    `optional`), career development with moves in, up and across."""
    (post, full, trust, base, activities, spec, member, team, came, up,
     lateral) = rng.choice(_JOBPLANCONS)
    occupy(g, post, leads=[up], moves_in=list(came), transitions=[lateral])
    _spell(g, full)
    _facts(g, list(spec), [trust], [], [*activities, member, "GMC Specialist Register"])
    scale = (rng.randrange(105500, 106500, 4), rng.randrange(139500, 141000, 4))
    _salary(g, *scale, "GBP")
    theirs = (rng.randrange(58000, 62000, 4), rng.randrange(95000, 99000, 4))
    _salary(g, *theirs, "GBP", belongs_to=team)
    oncall = int(_no_pay(g, round(scale[0] * 0.03), 1))
    ref = f"{rng.randint(200, 399)}-CON-{rng.randint(1000, 9999)}"
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    slots = [*activities, "SPA: audit and teaching", "Admin", "Ward round"]
    g.must_not_appear += [ref, "Appendix B", "Clinical Excellence Awards", "on-call supplement",
                          "DCC"]
    return [f"{trust} · Job reference {ref} · Appendix B: Job plan · page 1",
            f"Post: {full} ({post})",
            f"Base: {base} · Contract: Consultant Contract (2003), 10 PAs",
            f"Salary: £{scale[0]:,} - £{scale[1]:,} per annum, with thresholds by years as a "
            "consultant",
            "Day | AM | PM | PAs",
            *(f"{d} | {slots[i % len(slots)]} | {slots[(i + 2) % len(slots)]} | 2.0"
              for i, d in enumerate(days)),
            "Total: 8.5 DCC + 1.5 SPA = 10.0 PAs",
            f"On-call 1 in {rng.randint(6, 10)}, category A: an on-call supplement of "
            f"£{oncall:,} a year. Clinical Excellence Awards are not part of the offer.",
            f"The team: two consultants and a {team} (£{theirs[0]:,} - £{theirs[1]:,}).",
            "Person specification",
            *(f"{s} (E)" if i < 2 else f"{s} (D)" for i, s in enumerate(spec)),
            f"{member}; GMC Specialist Register (E)",
            f"Career development: recent appointees came from {came[0]} and {came[1]} posts; "
            f"former colleagues have gone on to be {up}, and one moved to a {lateral} post.",
            f"{trust} · Appendix B · page 2"]


# (the post (the role), its abbreviation (alias), the trust (employer), the department,
#  capability items (tools in parentheses), the prescribing qualification (`optional`), the
#  post above, moves in, the lateral post)
_JOBPLANACP = (
    ("Advanced Critical Care Practitioner", "ACCP", "Kingsbridge Teaching Hospitals NHS Trust",
     "Critical Care Unit",
     ("Arterial line insertion", ("ventilator management", ("Hamilton C6", "Servo-u")),
      "Ultrasound-guided cannulation"), "V300 prescribing", "Consultant Practitioner",
     ("Critical Care Nurse", "Physiotherapist"), "Outreach Team Lead"),
    ("Surgical Care Practitioner", "SCP", "Riverside Wharf NHS Foundation Trust",
     "Trauma and Orthopaedics",
     ("Surgical assisting", ("theatre systems", ("Bluespier", "ORMIS")), "Wound closure"),
     "independent prescribing", "Consultant Practitioner",
     ("Theatre Practitioner", "Operating Department Practitioner"), "Perioperative Lead"),
)


def _jobplanacp(rng: random.Random, g: Guide) -> list[str]:
    """A job-planning system's summary for an advanced practitioner: the system's
    breadcrumb, version and sign-off lines and the withheld name (chrome), the post (the role;
    its abbreviation an alias) with its Agenda for Change band and the Trainee's band during
    training (the role's, Trainee), the unsocial hours enhancement and the CPD allowance (no
    pay), a four-pillar allocation table (chrome), a rota week on one line, a capability
    paragraph with tools in parentheses (skills; prescribing `optional`), numbered
    objectives, an arrow career framework with the consultant practitioner's band (a ladder;
    theirs), moves in and across and a cut-off print footer."""
    (post, abbr, trust, dept, capability, prescribing, above, came,
     lateral) = rng.choice(_JOBPLANACP)
    trainee = f"Trainee {post}"
    occupy(g, post, ladder=[trainee, post, above], moves_in=list(came), transitions=[lateral])
    _spell(g, abbr)
    _facts(g, _skills(capability), [trust], [], [prescribing])
    band = (rng.randrange(53700, 54800, 5), rng.randrange(60500, 61800, 5))
    _salary(g, *band, "GBP", level="Band 8a")
    during = (rng.randrange(46100, 47200, 5), rng.randrange(52100, 53200, 5))
    _salary(g, *during, "GBP", level="Trainee")
    theirs = (band[1] + rng.randrange(2500, 3500, 5), band[1] + rng.randrange(9500, 11000, 5))
    _salary(g, *theirs, "GBP", belongs_to=above)
    cpd = int(_no_pay(g, rng.choice((750, 1000, 1200)), 50))
    version = f"v{rng.randint(2, 5)}.{rng.randint(0, 9)}"
    cut = f"Printed from JobPlanner {version} on 0{rng.randint(1, 9)}/12/2026 by a"
    g.must_not_appear += ["JobPlanner", "Signed off", "Name withheld", "Four pillars", cut]
    return [f"JobPlanner › {trust} › {dept} › Job plans › {abbr}",
            f"Job plan {version} · Signed off by clinical lead and manager · Name withheld",
            f"Post: {post} ({abbr}) · Agenda for Change Band 8a (£{band[0]:,} - £{band[1]:,})",
            f"{trainee}s are paid Band 7 (£{during[0]:,} - £{during[1]:,}) during the two-year "
            "training.",
            f"Unsocial hours enhancement applies; CPD allowance £{cpd:,} a year.",
            "Four pillars | Hours per week",
            f"Clinical practice | {rng.randint(28, 31)}",
            "Education | 3 · Leadership | 2 · Research | 2",
            "Rota week: Mon long day · Tue long day · Wed off · Thu night · Fri night · Sat "
            "off · Sun off",
            f"Clinical scope and capability: {_run(capability)}; holds {prescribing}.",
            "Objectives: 1. complete the audit cycle 2. teach on the simulation programme "
            "3. lead one service review",
            f"Career framework: {trainee} → {post} → {above} (£{theirs[0]:,} - "
            f"£{theirs[1]:,}). Most {_plural(abbr)} enter from {came[0]} or {came[1]} posts; "
            f"one moved to {_an(lateral)} post.",
            cut]


(FAMILY42_RENDERERS, FAMILY42_LAYOUTS, FAMILY42_LADDER_LAYOUTS,
 FAMILY42_ALIAS_LAYOUTS) = variant_families({
    "finnishmt": {"board": _fiboard, "firm": _fifirm},
    "hebrewmt": {"tender": _hetender, "board": _heboard},
    "openbadge": {"platform": _badgepage, "verifier": _badgeverify},
    "annualreport": {"plc": _reportplc, "trust": _reporttrust},
    "tenderrates": {"portal": _tenderportal, "notice": _tendernotice},
    "jobplan": {"consultant": _jobplancons, "acp": _jobplanacp},
})
