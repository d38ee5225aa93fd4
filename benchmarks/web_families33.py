"""Generator renderers for the six page families of held-back set 33 (translated postings ...).

Held-back set 33 showed six more kinds of page users bring: a Brazilian job posting read
through a browser translator (a job site's posting with its city salary block, or a regional
board's posting run together in lower case), an occupational map's card for one occupation
or a sector skill council's map of job roles by track and level, a film crew branch's grade
card or a guild's rate guide for one crew grade, a franchisor's careers pathway from crew to
owner for its site managers, a school student's job-shadowing report on one professional, and
a licensing guide comparing one licensed occupation across states or provinces.  These
renderers write such pages from a planned guide, two variants a family, about occupations
that fit them (occupy()); every fact the truth keeps is printed and what a style does not
state is cleared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _facts, _plural, _salary, occupation_role, occupy
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _euro, _legal
from benchmarks.web_families31 import _hour
from benchmarks.web_families32 import _an, _dots, _item, _skills

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY33_ALIAS_LAYOUTS", "FAMILY33_LADDER_LAYOUTS", "FAMILY33_LAYOUTS",
           "FAMILY33_RENDERERS"]

FAMILY33_LAYOUTS = ("vagamt", "occmap", "crewrates", "franchisepath", "shadowreport",
                    "licensecompare")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY33_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY33_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _brl(value: float) -> str:
    """A real figure as a Brazilian page prints it, with cents ("2.180,00")."""
    return f"{value:,.2f}".translate(str.maketrans(",.", ".,"))


def _chain(names: list[str] | tuple[str, ...]) -> list[tuple[Role, str]]:
    """A further ladder of occupation titles (the truth's LEADS_TO chain)."""
    return [(occupation_role(n), n) for n in names]


# --------------------------------------------------------------------------------------
# A Brazilian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (job, Portuguese title, two translator renderings, employer (printed, short), city and
#  state, activity lines with their acronyms (`optional`), requirements (brands or tools in
#  parentheses each), differentials (`optional`), the career plan's two titles, the
#  positions people came from, the engineer-like title with its own average, firms of
#  similar vacancies (same title), another title's similar vacancy (`optional`) and its
#  firm, the segment hiring most)
_POSTINGS = (
    ("Electromechanical Technician", "Técnico Eletromecânico",
     ("Technician in Electromechanics", "Electromechanical Maintenance Technician"),
     ("Usinagem Serra Azul Ltda", "Usinagem Serra Azul"), "Joinville - SC",
     (("Carry out preventive maintenance according to the plan", "PMP"),
      ("Open and close work orders in the system", "OS"),
      ("Apply lockout before interventions", "LOTO")),
     ("NR-10", "NR-12", ("reading of electrical diagrams", ("CLP", "inverters")),
      ("Pack Office", ("Excel",)), "proactivity", "teamwork"),
     ("hydraulics course", "CNC lathes"),
     ("Maintenance Planner", "Maintenance Supervisor"), ("Industrial Electrician",
                                                           "Maintenance Assistant"),
     "Maintenance Engineer", (("Tornearia Rio Cachoeira", "Jaraguá do Sul - SC"),
                              ("Plásticos Itaum", "Joinville - SC")),
     ("Automation Technician", "Fundição Boa Vista"), "metalworking industry"),
    ("Laboratory Analyst", "Analista de Laboratório",
     ("Analyst of Laboratory", "Quality Control Analyst"),
     ("Laticínios Campo Verde S.A.", "Laticínios Campo Verde"), "Uberlândia - MG",
     (("Collect samples of milk at the reception", "CQ"),
      ("Record results in the quality system", "LIMS"),
      ("Follow the good manufacturing practices", "BPF")),
     ("physical-chemical analyses", ("chromatography", ("HPLC",)), ("Pack Office",
                                                                     ("Excel", "Word")),
      "organization", "attention to detail"),
     ("food technology course", "ISO 17025"),
     ("Laboratory Coordinator", "Quality Manager"), ("Laboratory Assistant",
                                                      "Production Intern"),
     "Food Engineer", (("Frigorífico Tapuirama", "Uberlândia - MG"),
                       ("Doces Serra da Canastra", "Araxá - MG")),
     ("Quality Inspector", "Cervejaria Triângulo"), "food industry"),
)
_JOB_SITES = (("VagaCerta.com.br", "Ana Paula"), ("TrampoJá.com.br", "Sr. Wellington"))


def _vagamt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A job site's posting through a translator: the translator's bar, navigation,
    publication date, application count, the contract and scale strip, apply, save, share
    and report buttons, the contact and footer (chrome), the posted title with its
    Portuguese and translated names (spellings), the salary line (the role's single rate a
    month in reais, "+ Benefits"), activity lines (their acronyms `optional`), requirements
    (skills, brands in parentheses each), differentials (`optional`), benefits with a meal
    voucher in reais and hazard pay in percent (no pay), "Career plan: … can grow to A and
    then to B" (a ladder), "came from the positions of" (moves in), the site's city block
    (the average the role's point for the city, floor and ceiling its band, an engineer's
    average theirs), similar vacancies (the firms of the same title employ; another title
    and its firm `optional`) and the segment hiring most (a sector)."""
    variant = _begin(rng, g, ("site", "runon"))
    if variant == "runon":
        return _runon(rng, g)
    (job, pt, akas, (printed, short), city, activities, needs, extras, plan, came, engineer,
     similar, (other, other_firm), segment) = rng.choice(_POSTINGS)
    occupy(g, job, ladder=[job, *plan], moves_in=list(came))
    _spell(g, pt, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(needs), [firm for firm, _ in similar], [_cap(segment)],
           [*(code for _, code in activities), *extras, other, other_firm])
    pay = rng.randint(32, 48) * 100 + rng.choice((0, 50))
    _salary(g, pay, pay, "BRL", period="month")
    average = round(pay - rng.randint(80, 260) - rng.randint(1, 99) / 100, 2)
    _salary(g, average, average, "BRL", period="month", point=True, region=city.split(" - ")[0])
    band = (rng.randint(24, 29) * 100, rng.randint(58, 66) * 100)
    _salary(g, *band, "BRL", period="month")
    boss = round(band[1] + rng.randint(25, 40) * 100 + rng.randint(1, 99) / 100, 2)
    _salary(g, boss, boss, "BRL", period="month", point=True, belongs_to=engineer)
    meal = _no_pay(g, rng.choice((28.0, 32.5, 35.0)), 0.5)
    site, contact = rng.choice(_JOB_SITES)
    g.must_not_appear += [site, contact, "Show original", "Report this vacancy",
                          "Always translate Portuguese"]
    return ["⟲ Translated from Portuguese   ·   Show original   ·   Always translate Portuguese"
            "   ✕",
            f"{site}   Vacancies | Companies | Salaries | Post a vacancy   Enter",
            f"Home > Vacancies > {city} > {job}", "",
            f"{job.upper()} ({pt.upper()})",
            f"{printed}  ·  Published {rng.randint(2, 9)} days ago  ·  "
            f"{rng.randint(14, 90)} applications",
            f"Salary: R$ {_brl(pay)} + Benefits",
            f"{city} | CLT (effective) | Full time | Scale 5x2 | Level: technical | PCD: yes",
            "",
            "DESCRIPTION",
            f"We are looking for {_an(job)} (also {akas[0]} or {akas[1]}) to act in our plant "
            "with focus in safety and quality.", "",
            "Activities:", *(f"- {text} ({code});" for text, code in activities), "",
            "Requirements:", *(f"- {_item(n)};" for n in needs), "",
            "Differentials:", *(f"- {_cap(e)};" for e in extras), "",
            f"Benefits: meal voucher of R$ {_brl(meal)} per day; transport voucher; health "
            "plan; PLR; hazard pay (periculosidade) of 30%.", "",
            f"Career plan: the professional can grow to {plan[0]} and then to {plan[1]}.",
            f"Our current team came from the positions of {came[0]} and {came[1]}.", "",
            "[ Apply ]  [ Save ]  [ Share ]  Report this vacancy", "",
            f"How much does {_an(job)} earn in {city}?",
            f"Average salary: R$ {_brl(average)} / month  ·  Floor: R$ {_brl(band[0])}  ·  "
            f"Ceiling: R$ {_brl(band[1])}",
            f"{engineer}: average of R$ {_brl(boss)} / month", "",
            "SIMILAR VACANCIES",
            *(f"{job} – {firm} – {town}" for firm, town in similar),
            f"{other} – {other_firm} – {city}", "",
            f"Segment that hires the most: {segment}", "",
            f"Questions? Talk to {contact} in the recruiting team.  © 2026 {site} · Privacy · "
            "Terms"]


# (job, Portuguese title, the translator's alias, employer (printed, short) and network,
#  city (lower-case, and as the reference block prints it), state, the glued requirements
#  (brands in parentheses each), a glued differential course (`optional`), glued activity
#  phrases (`optional`), the path's two upper titles, two lateral titles with their places,
#  other firms hiring, segments)
_RUNON_JOBS = (
    ("Shelf Stocker", "Repositor", "replenisher of goods",
     ("Supermercados Bom Preço Ltda", "Supermercados Bom Preço"), "Rede Bom Preço",
     ("maringá - pr", "Maringá"), "Paraná",
     ("proactivity", "agility", "organization", ("data collector", ("zebra", "honeywell"))),
     "course of forklift", ("price labelling", "stock rotation"),
     ("Sector Leader", "Store Manager"), (("Cashier", "front of store"),
                                          ("Butcher Assistant", "butcher shop")),
     ("Mercado Avenida", "Atacadão Norte Novo", "Supermercado Vila Rica"),
     ("supermarket retail", "wholesale")),
    ("Production Line Operator", "Operador de Produção", "operator of production",
     ("Embalagens Vale Sul Ltda", "Embalagens Vale Sul"), "Grupo Vale Sul",
     ("caxias do sul - rs", "Caxias do Sul"), "Rio Grande do Sul",
     ("attention", "punctuality", "teamwork", ("reading of gauges", ("paquímetro",))),
     "course of NR-12", ("machine feeding", "visual inspection"),
     ("Line Leader", "Production Supervisor"), (("Warehouse Assistant", "shipping"),
                                                ("Quality Inspector", "quality")),
     ("Metalúrgica Serra Gaúcha", "Plásticos Forqueta", "Moldes Ana Rech"),
     ("packaging industry", "plastics")),
)


def _runon(rng: random.Random, g: Guide) -> list[str]:
    """A regional board's posting through a translator, the body lower-cased and run
    together without punctuation: the translator's bar, board name, WhatsApp contact and
    footer (chrome), the posted title with its Portuguese name and the translator's
    rendering (spellings), a salary strip ("r$" the role's single rate a month; commissions
    and hazard pay no pay), glued requirements (each a skill, brands in parentheses each),
    a glued course and activities (`optional`), a "who we are" block with a `>` path (the
    role first) and "move to the X as Y" (lateral), the site's reference block (the city
    average the role's point, the upper titles' averages theirs, a state range its band),
    other firms hiring (employers, with the hiring firm) and the segment (sectors)."""
    (job, pt, rendered, (printed, short), network, (city, place), state, needs, course, tasks,
     upper, laterals, others, segments) = rng.choice(_RUNON_JOBS)
    occupy(g, job, ladder=[job, *upper], transitions=[t for t, _ in laterals])
    _spell(g, pt, _cap(rendered))
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, [_cap(s) for s in segments])
    g.employers.append(network)
    g.optional += [course, *tasks]
    pay = rng.randint(17, 24) * 100 + rng.choice((0, 30, 80))
    _salary(g, pay, pay, "BRL", period="month")
    town = city.split(" - ")[0]
    average = round(pay - rng.randint(40, 160) - rng.randint(1, 99) / 100, 2)
    _salary(g, average, average, "BRL", period="month", point=True, region=place)
    lead = rng.randint(25, 32) * 100
    _salary(g, lead, lead, "BRL", period="month", point=True, belongs_to=upper[0])
    boss = rng.randint(45, 60) * 100
    _salary(g, boss, boss, "BRL", period="month", point=True, belongs_to=upper[1])
    band = (pay - rng.randint(3, 5) * 100, lead - rng.randint(1, 3) * 100)
    _salary(g, *band, "BRL", period="month")
    g.must_not_appear += ["whatsapp", "Always translate Portuguese", "Vagas Já Sul"]
    glued = " ".join(n if isinstance(n, str) else f"{n[0]} ({' '.join(n[1])})" for n in needs)
    return ["This page was translated  ▸  English ✓   |   Always translate Portuguese   ×",
            f"vagasjasul.com.br  |  job vacancies in {town} and region  |  Vagas Já Sul", "",
            f"{job.upper()} ({pt.upper()}) - 2 VACANCIES",
            f"{printed} ({network})",
            f"{city}  |  salary r$ {pay:,.2f} + commissions + periculosidade 30%  |  clt",
            f"level operational schooling complete high school contract clt benefits transport "
            f"voucher food basket description we look for {rendered} for the day shift "
            f"activities {tasks[0]} {tasks[1]} and cleaning of the sector requirements "
            f"experience minimum 6 months {glued} will be a differential {course.lower()}", "",
            f"WHO WE ARE: {network} promotes from within. Path: {job} > {upper[0]} > "
            f"{upper[1]}.",
            f"Some {_plural(job.lower())} move to the {laterals[0][1]} as "
            f"{_plural(laterals[0][0])} or to {laterals[1][1]} as {_plural(laterals[1][0])}.", "",
            f"Salary of {job} in {place} (reference of the site)",
            f"Average salary r$ {average:,.2f} / month   •   {upper[0]} r$ {lead:,.2f} / month   "
            f"•   {upper[1]} r$ {boss:,.2f} / month",
            f"Salary range in the state of {state}: r$ {band[0]:,.2f} to r$ {band[1]:,.2f}", "",
            f"Other firms hiring in {town}: {', '.join(others)}",
            f"segment: {', '.join(segments)}", "",
            "send curriculum by whatsapp (00) 9 0000-0000 from 8 am to 5 pm",
            "Vagas Já Sul - free job ads - we do not charge candidates"]


# --------------------------------------------------------------------------------------
# An occupational map's card, or a sector skill council's map of job roles
# --------------------------------------------------------------------------------------
# (occupation, two "also known as" names, route, pathway, cluster, K, S and B items (tools
#  in parentheses each), apprenticeship standards and T Level (`optional`), related
#  occupations (`optional`), the move across, two entry titles, the Next line (two titles),
#  the higher technical option, trailblazer employers, sectors)
_CARDS = (
    ("Lift Engineer", ("Lift Technician", "Elevator Engineer"),
     "Engineering and manufacturing", "Maintenance, installation and repair",
     "Building services",
     ("lift safety standards", ("control systems", ("relay", "microprocessor"))),
     ("fault finding", ("test instruments", ("multimeter", "insulation tester")),
      "rope inspection"),
     ("safe working at height", "customer care"),
     ("Lift and Escalator Electromechanical Technician (level 3)", "T Level in Maintenance"),
     ("Escalator Technician", "Building Services Engineer"), "Building Services Technician",
     ("Electrical Installer", "Maintenance Operative"),
     ("Lift Supervisor", "Lift Contracts Manager"), "Lift Design Engineer",
     ("Kestrel Lifts", "Pennine Vertical Transport", "Solent Access Systems"),
     ("Commercial buildings", "Housing associations")),
    ("Agricultural Machinery Technician", ("Land-based Service Engineer",
                                           "Farm Machinery Mechanic"),
     "Agriculture, environmental and animal care", "Service and maintenance",
     "Land-based engineering",
     ("hydraulic circuits", ("engine management", ("CAN bus",))),
     ("diagnostics", ("service software", ("laptop diagnostics", "telematics")),
      "welding"),
     ("working alone on farms", "problem solving"),
     ("Land-based Service Engineer (level 3)", "T Level in Agriculture"),
     ("Groundcare Technician", "Forestry Machine Operator"), "Plant Mechanic",
     ("Farm Worker", "Vehicle Technician"),
     ("Master Technician", "Workshop Manager"), "Product Support Engineer",
     ("Wolds Tractors", "Severn Farm Machinery", "Tamar Valley Agri"),
     ("Machinery dealerships", "Contractors")),
)
_HUBS = (("Northgate Careers Hub", "Map explorer"), ("Fenside Skills Hub", "Occupation finder"))


def _occmap(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A careers hub's occupational map card: navigation, breadcrumb of route, pathway and
    cluster (`optional`), status and reference, version, download and "back to map" links,
    "was this helpful", a visitor counter and footer (chrome; the hub never), "also known
    as" names (spellings), a dotted median (the role's point a year) and starting salary
    (its band), K, S and B lines split at "·" (skills, tools in parentheses each; the letters
    `optional`), education products (`optional`), related occupations (`optional`) and "can
    move across to" (lateral), "Entry:" (moves in), a "Next:" line (a ladder with the role)
    and a higher technical option (up), trailblazer employers and typical sectors."""
    variant = _begin(rng, g, ("card", "council"))
    if variant == "council":
        return _council(rng, g)
    (job, akas, route, pathway, cluster, know, skill, behave, products, related, across,
     entry, nxt, higher, firms, kinds) = rng.choice(_CARDS)
    occupy(g, job, ladder=[job, *nxt], leads=[higher], moves_in=list(entry),
           transitions=[across])
    _spell(g, *akas)
    _facts(g, [*_skills(know), *_skills(skill), *_skills(behave)], firms, kinds,
           [route, pathway, cluster, *products, *related, "K", "S", "B"])
    median = rng.randint(31, 42) * 1000 + rng.choice((0, 200, 500, 800))
    _salary(g, median, median, "GBP", point=True)
    start = (rng.randint(20, 24) * 1000, rng.randint(25, 28) * 1000 + 500)
    _salary(g, *start, "GBP")
    hub, finder = rng.choice(_HUBS)
    g.must_not_appear += [hub, finder, "Back to map", "Was this helpful"]
    reference = f"OCC{rng.randint(100, 999)}"
    return [f"{hub.upper()}   Home · {finder} · Routes · Events · Contact", "",
            f"{route} › {pathway} › {cluster}",
            f"Status: approved for delivery   Reference: {reference}   Version "
            f"1.{rng.randint(1, 9)}",
            "", f"OCCUPATION: {job.upper()}", f"Also known as: {akas[0]}; {akas[1]}", "",
            f"{_plural(job)} install, service and repair equipment at customers' sites and keep "
            "it safe and running.", "",
            _dots("Average salary (median)", f"£{median:,} a year", 36),
            _dots("Starting salary", f"£{start[0]:,} – £{start[1]:,}", 36), "",
            "KNOWLEDGE, SKILLS AND BEHAVIOURS",
            "K: " + " · ".join(_item(k) for k in know),
            "S: " + " · ".join(_item(s) for s in skill),
            "B: " + " · ".join(_item(b) for b in behave), "",
            "EDUCATION AND TRAINING PRODUCTS", *(f"  ▪ {p}" for p in products), "",
            f"Related occupations in this cluster: {', '.join(related)}",
            f"With experience you can move across to {across} roles.", "",
            f"Entry: {entry[0]} or {entry[1]}",
            f"Next: {nxt[0]} (level 4) → {nxt[1]} (level 5)",
            f"Higher technical option: {higher}", "",
            f"Trailblazer employers: {', '.join(firms)}",
            f"Typical sectors: {', '.join(k.lower() for k in kinds)}", "",
            "[Download PDF]  [Back to map]   Was this helpful? Yes / No   "
            f"{rng.randint(1200, 9800)} visits",
            f"© {hub} · Disclaimer · Accessibility"]


# (council, abbreviation, sector, the grid's tracks (name and cells by level, "—" no role;
#  the first track contains the role and its Senior rung), QP codes, the role's aliases,
#  key skills (tools in parentheses each), personal attributes, the lateral role (⇄),
#  entry title, other job roles with pay rows, placements (printed, short), industries)
_COUNCILS = (
    ("Green Jobs Skill Council", "GJSC", "Renewable energy",
     (("Installation", ("Solar PV Installation Helper", "Solar PV Installer",
                        "Senior Solar PV Installer", "Solar Project Supervisor")),
      ("Sales", ("—", "Rooftop Solar Sales Executive", "Solar Business Development Manager",
                 "—"))),
     ("Solar PV Technician", "Solar Panel Fitter"),
     (("module mounting", ("rail", "ballast")), ("string wiring", ("MC4 connectors",)),
      "earthing checks", "inverter commissioning", "site safety"),
     ("physical fitness", "comfort with heights", "punctuality"),
     "Rooftop Solar Sales Executive", "Electrician",
     (("Kiran Solar Solutions Pvt Ltd", "Kiran Solar Solutions"),
      ("Suryodaya Rooftops Pvt Ltd", "Suryodaya Rooftops")),
     ("rooftop solar installers", "solar parks")),
    ("Telecom Skill Council", "TSC", "Telecom",
     (("Network", ("Fibre Helper", "Optical Fibre Splicer", "Senior Optical Fibre Splicer",
                   "Network Maintenance Supervisor")),
      ("Customer", ("—", "Broadband Installation Technician", "Customer Support Executive",
                    "—"))),
     ("Fibre Splicing Technician", "OFC Splicer"),
     (("fusion splicing", ("splicing machine",)), ("fault location", ("OTDR",)),
      "joint closure", "cable routing", "site safety"),
     ("patience", "good eyesight", "teamwork"),
     "Broadband Installation Technician", "Cable Puller",
     (("Meghdoot Networks Pvt Ltd", "Meghdoot Networks"),
      ("Sahyadri Fibre Services Pvt Ltd", "Sahyadri Fibre Services")),
     ("telecom infrastructure", "internet service providers")),
)


def _council(rng: random.Random, g: Guide) -> list[str]:
    """A sector skill council's occupational map: navigation, version and approval line,
    download link, disclaimer and footer (chrome; the council never), a grid of tracks by
    NSQF level with QP codes under the titles (QP codes `optional`; each track one ladder, a
    "—" cell no rung), a `⇄` lateral move, the job role with "(also: …)" (spellings), key
    skills bullets (tools in parentheses each), personal attributes (skills), "Entry:" (a
    move in; ITI `optional`), a `->` progression, monthly salary rows (each job role's band
    its own, the Senior row the role's, "(metros ₹N+)" the role's open-ended floor),
    incentives (no pay), placements (employers) and "Industry:" (sectors)."""
    (council, abbr, sector, tracks, akas, skills, attributes, lateral, entry, firms,
     kinds) = rng.choice(_COUNCILS)
    main = tracks[0][1]
    job = main[1]
    occupy(g, job, ladder=list(main), moves_in=[entry], transitions=[lateral])
    g.ladders = [_chain([t for t in cells if t != "—"]) for _, cells in tracks[1:]]
    _spell(g, *akas)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, [*_skills(skills), *(_cap(a) for a in attributes)], (), [_cap(k) for k in kinds])
    codes = {t: f"{abbr}/Q{rng.randint(1000, 9999)}" for t in main[:3]}
    g.optional += [*codes.values(), "ITI", sector]
    pay = rng.randint(9, 12) * 1000 + rng.choice((0, 500))
    rows = []
    for n, title in enumerate(main[:3]):
        band = (pay, pay + rng.randint(3, 6) * 1000 + rng.choice((0, 500)))
        if n == 0:
            _salary(g, *band, "INR", period="month", belongs_to=title)
        else:
            _salary(g, *band, "INR", period="month", level="Senior" if n == 2 else None)
        rows.append((title, band))
        pay = band[1] + rng.randint(1, 3) * 1000
    metro = rows[1][1][1] + rng.randint(1, 3) * 1000
    _salary(g, metro, None, "INR", period="month")
    side = tracks[1][1][1]
    side_band = (rows[1][1][0] + 2000, rows[1][1][1] + 1500)
    _salary(g, *side_band, "INR", period="month", belongs_to=side)
    rows.append((side, side_band))
    g.must_not_appear += [council, abbr, "Download PDF", "Training Partners"]

    def cell(title: str) -> str:
        return f"{title} ({codes[title]})" if title in codes else title

    width = max(len(cell(t)) for _, cells in tracks for t in cells) + 2
    grid = [(f"{'Track':<14}| " + "| ".join(f"{f'NSQF L{lv}':<{width}}"
                                             for lv in range(3, 7))).rstrip()]
    for name, cells in tracks:
        grid.append((f"{name:<14}| " + "| ".join(f"{cell(t):<{width}}"
                                                  for t in cells)).rstrip())
    return [f"{abbr} — {council}      Home | About | Qualification Packs | Training Partners | "
            "Contact",
            f"OCCUPATIONAL MAP: {sector.upper()}   Version 2.{rng.randint(0, 9)} | Approved "
            f"{rng.randint(1, 28)}/0{rng.randint(1, 9)}/2026 | Download PDF", "",
            *grid,
            f"Lateral movement: {job} ⇄ {lateral} (with 6 months on the job)", "",
            f"JOB ROLE: {job.upper()}  (also: {akas[0]}, {akas[1]})",
            f"Brief job description: individuals at this job work on {sector.lower()} sites "
            "as per standards.",
            f"Personal attributes: {', '.join(attributes)}.", "",
            "Key skills", *(f"• {_item(s)}" for s in skills),
            f"Entry: Class 10 pass with 1 year as {_an(entry)}, or ITI", "",
            "Career progression: " + " -> ".join(main), "",
            "Indicative monthly salary (placement data, 2025-26)",
            *(f"{t}  ₹{a:,} – ₹{b:,} pm" + (f"  (metros ₹{metro:,}+)" if t == job else "")
              for t, (a, b) in rows),
            "Incentives per job and travel allowance extra.", "",
            "Recent placements: " + ", ".join(p for p, _ in firms),
            f"Industry: {', '.join(kinds)}", "",
            "Disclaimer: salaries are indicative and vary by city."]


# --------------------------------------------------------------------------------------
# A film crew branch's grade card, or a guild's rate guide for one crew grade
# --------------------------------------------------------------------------------------
# (grade, department names (aliases), two lower grades in the table (the first steps up),
#  the "arrive from" title, next grades, lateral moves, the ranged grade, skills (brands in
#  parentheses each), lens-like kinds (`optional`), productions hiring, work areas)
_GRADES = (
    ("Boom Operator", ("1st Assistant Sound", "Boom Op"), ("Sound Assistant", "Sound Trainee"),
     "Radio Mic Technician", ("Production Sound Mixer", "Supervising Sound Editor"),
     ("Sound Recordist", "Podcast Producer"), "Playback Operator",
     (("boom technique", ("fishpoles", "booms")), ("radio mics", ("Lectrosonics", "Wisycom")),
      "mic placement", "timecode", "quiet discretion on set"),
     ("shotgun", "cardioid"),
     ("Holloway Lane Pictures", "Brine Street Films", "Marram Coast Productions"),
     ("scripted drama", "documentaries", "commercials")),
    ("Key Grip", ("Head Grip", "Chief Grip"), ("Best Boy Grip", "Grip Trainee"),
     "Rigging Technician", ("Grip Department Head", "Rigging Supervisor"),
     ("Crane Technician", "Dolly Grip"), "Crane Operator",
     (("camera support", ("dollies", "sliders")), ("rigging", ("speed rail", "clamps")),
      "track laying", "car mounts", "safety judgement"),
     ("scissor", "hydraulic"),
     ("Gorse Hill Studios", "Carrow Road Films", "Tenterden Productions"),
     ("feature films", "high-end TV", "music videos")),
)
_BRANCHES = (("CREW ALLIANCE (SOUTH WEST)", "Mira Tennant"),
             ("SCREEN TECHNICIANS' BRANCH (MIDLANDS)", "Owain Pugh"))
_PRODUCTIONS = ("Major feature (>£30m)", "Feature / HETV drama", "Low-budget feature (<£2m)",
                "Commercials & promos", "Factual / docs")


def _crewrates(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A crew branch's grade card: navigation, agreement date, the rates contact, the branch
    secretary, the welfare line and footer (chrome), the grade with department names in
    parentheses (spellings), a day-rate table by production type (each of the role's rates
    one single rate a day; the two lower grades' columns theirs, a "—" cell no figure), a
    weekly engagement (a single rate a week), a ranged grade's day range (theirs), overtime,
    a per diem and box rental (no pay), skills split at "•" (brands in parentheses each;
    kinds `optional`), "step up" and "arrive from … as" (moves in), "Next grades:" (a ladder
    and an up move), "move across to" (lateral), productions hiring (employers) and "Work is
    in" (sectors)."""
    variant = _begin(rng, g, ("card", "guide"))
    if variant == "guide":
        return _rateguide(rng, g)
    (grade, akas, lower, arrive, nxt, across, ranged, skills, kinds, firms,
     areas) = rng.choice(_GRADES)
    occupy(g, grade, ladder=[grade, *nxt], leads=[nxt[0]], moves_in=[lower[0], arrive],
           transitions=list(across))
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, [_cap(a) for a in areas], kinds)
    rows = []
    for n, kind in enumerate(_PRODUCTIONS):
        own = rng.randint(36, 52) * 10 + rng.choice((0, 5))
        mid = own - rng.randint(9, 14) * 10
        low = mid - rng.randint(8, 12) * 10
        _salary(g, own, own, "GBP", period="day")
        _salary(g, mid, mid, "GBP", period="day", belongs_to=lower[0])
        cells = [f"£{own}", f"£{mid}", "—" if n == 4 else f"£{low}"]
        if n != 4:
            _salary(g, low, low, "GBP", period="day", belongs_to=lower[1])
        rows.append((kind, cells))
    week = rng.randint(19, 24) * 100 + rng.choice((0, 25, 50))
    _salary(g, week, week, "GBP", period="week")
    span = (rng.randint(38, 42) * 10, rng.randint(45, 48) * 10)
    _salary(g, *span, "GBP", period="day", belongs_to=ranged)
    diem = int(_no_pay(g, rng.choice((30, 35, 40)), 5))
    box = int(_no_pay(g, rng.choice((45, 50, 60)), 5))
    branch, secretary = rng.choice(_BRANCHES)
    g.must_not_appear += [branch.title(), secretary, "Crew welfare line", "Rate queries"]
    return [f"{branch}  ·  Rate cards  ·  Grade guides  ·  Crew list  ·  Join",
            f"Grade guides / {'Sound' if 'Sound' in akas[0] else 'Grip'} department / {grade}",
            "", f"{grade.upper()}  ({akas[0]}, \"{akas[1]}\")",
            f"Grade card 2026/27 · agreed {rng.randint(2, 27)} March 2026 · labour only", "",
            f"The {grade} runs the department's kit on set and answers to the head of "
            "department.", "",
            "MINIMUM DAY RATES (10+1 hour day)",
            f"{'Production type':<28}{grade:<18}{lower[0]:<18}{lower[1]}",
            *(f"{k:<28}{c[0]:<18}{c[1]:<18}{c[2]}" for k, c in rows),
            f"Weekly engagement (5-day week): {grade} £{week:,}.",
            f"{ranged} £{span[0]}–£{span[1]} per day.",
            f"Overtime at time and a half; per diems (£{diem}) and box rental (£{box}/day) are "
            "not part of the rate.", "",
            "SKILLS THE GRADE EXPECTS",
            " • ".join(_item(s) for s in skills),
            f"Kinds you should know: {', '.join(kinds)}", "",
            "HOW PEOPLE GET HERE",
            f"{_plural(lower[0])} usually step up after 3–5 years; a few arrive from hire "
            f"houses as {_plural(arrive)}.",
            f"Next grades: {nxt[0]} → {nxt[1]}. Some move across to {across[0]} or "
            f"{across[1]} work.", "",
            "WHO'S HIRING MEMBERS THIS QUARTER", " · ".join(firms),
            f"Work is in {', '.join(areas[:-1])} and {areas[-1]}.", "",
            f"Rate queries: the rates desk · Branch secretary: {secretary} · Crew welfare line "
            "0800 000 000", f"© {branch.title()} — minimums, not maximums."]


# (grade, aliases, the third column's grade, skills, equipment and software (brands in
#  parentheses each), the → pathway (containing the grade), entry points, lateral moves,
#  productions (printed, short), work areas)
_GUILD_GRADES = (
    ("Props Buyer", ("Property Buyer", "Buyer (Props)"), "Props Assistant",
     ("budget tracking", "sourcing", "negotiation", "continuity of props"),
     ("props software", ("Airtable", "Movie Magic Budgeting")),
     ("Props Assistant", "Props Buyer", "Props Master", "Art Director"),
     ("Set Dresser", "Antiques Dealer"), ("Set Decorator", "Production Buyer"),
     (("Wattle Flat Films Pty Ltd", "Wattle Flat Films"),
      ("Southerly Buster Productions Pty Ltd", "Southerly Buster Productions")),
     ("drama series", "feature films")),
    ("Costume Standby", ("Standby Costumer", "Wardrobe Standby"), "Costume Assistant",
     ("continuity of costume", "fittings", "ageing and breakdown", "calm on set"),
     ("costume continuity apps", ("SyncOnSet", "Kitsu")),
     ("Costume Assistant", "Costume Standby", "Costume Supervisor", "Costume Designer"),
     ("Dressmaker", "Theatre Dresser"), ("Costume Buyer", "Wardrobe Supervisor"),
     (("Kurrajong Pictures Pty Ltd", "Kurrajong Pictures"),
      ("Bluegum Screen Pty Ltd", "Bluegum Screen")),
     ("drama series", "commercials")),
)
_TIERS = ("Tier A (budget over $20m)", "Tier B ($5m–$20m)", "Tier C (under $5m)")


def _rateguide(rng: random.Random, g: Guide) -> list[str]:
    """A screen guild's rate guide page: guide title, page number, agreement reference,
    disclaimer and footer (chrome), the grade with aliases, weekly rates by budget tier in
    three columns (the grade's and the Senior grade's rates the role's single rates a week,
    the third grade's theirs), daily casual rates (the role's single rates a day), casual
    loading, superannuation, meal penalties and location allowance (no pay), an "Equipment &
    software" line and a skills line (skills, brands in parentheses each), a `→` pathway,
    entry points (moves in) and "go on to become" (lateral); the productions employ and
    "Work areas" name sectors."""
    (grade, akas, third, skills, kit, path, entry, later, firms, areas) = rng.choice(
        _GUILD_GRADES)
    occupy(g, grade, ladder=list(path), moves_in=list(entry), transitions=list(later))
    _spell(g, *akas)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, [*_skills((kit,)), *(_cap(s) for s in skills)], (), [_cap(a) for a in areas])
    rows = []
    own = rng.randint(215, 240) * 10
    for _tier in _TIERS:
        own -= rng.randint(12, 25) * 10
        senior = own + rng.randint(4, 10) * 10  # below the tier above's rate
        other = own - rng.randint(30, 45) * 10
        _salary(g, own, own, "AUD", period="week")
        _salary(g, senior, senior, "AUD", period="week", level="Senior")
        _salary(g, other, other, "AUD", period="week", belongs_to=third)
        rows.append((own, senior, other))
    daily = []
    for own, _, _ in rows:
        day = round(own / 5 * 1.25, 2)
        _salary(g, day, day, "AUD", period="day")
        daily.append(day)
    meal = _no_pay(g, rng.choice((21.5, 24.0, 26.5)), 0.5)
    g.must_not_appear += ["Screen Technicians Guild", "Rate Guide 2026"]
    width = 30
    return [f"SCREEN TECHNICIANS GUILD — RATE GUIDE 2026{'':>30}Page {rng.randint(10, 40)}",
            "Minimum rates under the Screen Crew Agreement, effective 1 July 2026", "",
            f"{grade.upper()}",
            f"Also: {akas[0]} / {akas[1]}", "",
            "WEEKLY RATES (50-hour week, AUD)",
            f"{'Budget tier':<{width}}{grade:<20}{'Senior ' + grade:<26}{third}",
            *(f"{t:<{width}}${a:,}{'':<14}${b:,}{'':<20}${c:,}"
              for t, (a, b, c) in zip(_TIERS, rows, strict=True)),
            "DAILY (CASUAL) RATES: " + "; ".join(f"{t.split(' (')[0]} ${d:.2f}"
                                                 for t, d in zip(_TIERS, daily, strict=True)),
            f"Casual loading of 25% is included above. Superannuation, meal penalties "
            f"(${meal:.2f}) and location allowance are paid on top and are not rates.", "",
            f"Equipment & software: {_item(kit)}",
            f"Skills: {', '.join(skills)}", "",
            "Pathway: " + " → ".join(path),
            f"Entry points: {entry[0]}; {entry[1]}",
            f"Members go on to become {_plural(later[0])} or {_plural(later[1])}.", "",
            "Productions engaging members: " + "; ".join(p for p, _ in firms),
            f"Work areas: {', '.join(areas)}", "",
            "These are minimums. The guild accepts no liability for errors."]


# --------------------------------------------------------------------------------------
# A franchisor's careers pathway from crew to owner
# --------------------------------------------------------------------------------------
# (brand, its menu, manager post, two other names, STEP titles (crew, shift lead, assistant is the
#  role with Assistant, the role, the multi-unit title, owner), the ✔ requirements
#  (brands in parentheses each), where people joined from, the support-centre title,
#  franchisees hiring (printed, short), industries, currency word)
_STEP_BRANDS = (
    ("Burrito Bay", "Menu · Find a location · Gift cards", "Restaurant Manager",
     ("General Manager", "GM"),
     ("Crew Member", "Shift Lead", "Multi-Unit Manager", "Franchise Partner"),
     (("point-of-sale systems", ("Toast", "Square")), "food safety", "scheduling",
      "coaching a team"),
     ("Hotel Front Desk Agent", "Retail Supervisor"), "Operations Trainer",
     (("Saguaro Eats LLC", "Saguaro Eats"), ("Redrock Fresh Foods LLC", "Redrock Fresh Foods")),
     ("quick-service restaurants", "food service")),
    ("BrightPath Learning", "Programs · Find a center · Book an assessment", "Center Manager",
     ("Center Director", "Site Lead"),
     ("Tutor", "Lead Tutor", "Regional Manager", "Franchise Owner"),
     (("scheduling software", ("Calendly", "Pike13")), "parent communication",
      "sales conversations", "organization"),
     ("Classroom Teacher", "Admissions Counselor"), "Curriculum Coordinator",
     (("Maple Grove Education LLC", "Maple Grove Education"),
      ("Lakeview Tutoring Group LLC", "Lakeview Tutoring Group")),
     ("tutoring", "education services")),
)


def _franchisepath(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A franchisor's crew-to-owner careers page: navigation, find-a-location and gift-card
    links, a member's quotation, apply and inquiry buttons, a benefits line, the franchise
    fee and capital line, the equal-opportunity line and footer (chrome), "we also say"
    names (spellings), a STEP list from crew to owner (a ladder with the role; each step's
    pay its title's, the Assistant row's too, the role's band and an hourly
    a quarterly bonus no pay), ✔ requirements (brands in parentheses each), "joined
    us as … from" (moves in), "move to our support center as" (lateral), franchisees
    hiring (employers, printed with their legal form; the brand `optional`) and
    "Industries:" (sectors)."""
    variant = _begin(rng, g, ("steps", "emoji"))
    if variant == "emoji":
        return _emojipath(rng, g)
    (brand, menu, job, akas, (crew, shift, multi, owner), needs, came, support, firms,
     kinds) = rng.choice(_STEP_BRANDS)
    assistant = f"Assistant {job}"
    ladder = [crew, shift, assistant, job, multi, owner]
    occupy(g, job, ladder=ladder, moves_in=list(came), transitions=[support])
    _spell(g, *akas)
    for printed, short in firms:
        _legal(g, printed, short)
    _facts(g, _skills(needs), (), [_cap(k) for k in kinds], [brand, f"{brand} Franchising LLC"])
    crew_pay = (_hour(rng, 14, 15), _hour(rng, 16, 17))
    _salary(g, *crew_pay, "USD", period="hour", belongs_to=crew)
    shift_pay = (_hour(rng, 17, 18), _hour(rng, 19, 21))
    _salary(g, *shift_pay, "USD", period="hour", belongs_to=shift)
    asst = (rng.randint(40, 44) * 1000, rng.randint(46, 50) * 1000)
    # (the Assistant row is a differently named rung: its band is that title's, as the
    # fixtures' README says of "Assistant Controller")
    _salary(g, *asst, "USD", belongs_to=assistant)
    own = (asst[1] + rng.randint(4, 8) * 1000, asst[1] + rng.randint(16, 22) * 1000)
    _salary(g, *own, "USD")
    top = (own[1] + rng.randint(6, 10) * 1000, own[1] + rng.randint(20, 28) * 1000)
    _salary(g, *top, "USD", belongs_to=multi)
    bonus = int(_no_pay(g, rng.choice((1500, 2000, 2500)), 100))
    fee = int(_no_pay(g, rng.choice((35000, 40000, 45000)), 1000))
    member = rng.choice(("Jordan P.", "Maria L.", "Dev S."))
    g.must_not_appear += [member, *menu.split(" · ")[1:], "Inquire about owning"]
    steps = [(crew, f"${crew_pay[0]:.2f}–${crew_pay[1]:.2f}/hr"),
             (shift, f"${shift_pay[0]:.2f}–${shift_pay[1]:.2f}/hr"),
             (assistant, f"${asst[0]:,}–${asst[1]:,} a year"),
             (job, f"${own[0]:,}–${own[1]:,} a year + quarterly bonus up to ${bonus:,}"),
             (multi, f"${top[0]:,}–${top[1]:,} a year"),
             (owner, "your own location")]
    return [f"{brand.upper()}   {menu} · Careers · Own a {brand}", "",
            "FROM CREW TO OWNER: YOUR CAREER PATH", "",
            f"Our {_plural(job)} (we also say {akas[0]} or {akas[1]}) run one location from "
            "open to close.", "",
            *(f"STEP {n} · {t} — {p}" for n, (t, p) in enumerate(steps, start=1)), "",
            "WHAT WE LOOK FOR", *(f"✔ {_item(n)}" for n in needs), "",
            f"\"I started on the line and now I run the place.\" — {member}", "",
            f"Many of our managers joined us as {_plural(crew)} from jobs as {_an(came[0])} or "
            f"{_an(came[1])}. Some move to our Franchise Support Center as "
            f"{_plural(support)}.", "",
            "INDEPENDENT FRANCHISEES HIRING NOW", *(f"• {p}" for p, _ in firms),
            f"Industries: {', '.join(kinds)}", "",
            "Benefits: paid time off, tuition help, team events.",
            f"Franchise fee ${fee:,}; liquid capital required. [ Apply ] [ Inquire about "
            "owning ]",
            f"Each location is independently owned and operated by a franchisee of {brand} "
            f"Franchising LLC. Equal opportunity employer."]


# (brand, manager post, two "sometimes" names, the ➜ pathway's lower steps, the head-office
#  title and the owner title, skills split at "|" (brands in parentheses each), first aid
#  and registration (`optional`), where managers moved in from, the sideways title,
#  studios with their owners (printed, short), sectors, currency, the unit of the fee)
_EMOJI_BRANDS = (
    ("SplashStart Swim", "Swim School Manager", ("Aquatics Lead", "Pool Manager"),
     ("Swim Teacher", "Senior Swim Teacher", "Deputy Swim School Manager"),
     "Area Manager", "Franchise Owner",
     (("booking systems", ("Swimdesk", "Mindbody")), "pool plant basics", "staff rostering",
      "parent service"),
     ("pool lifeguard award", "first aid certificate"), ("Lifeguard", "Leisure Centre Supervisor"),
     "Programme Developer",
     (("Northshore", ("Harbourline Aquatics Ltd", "Harbourline Aquatics")),
      ("Riverside", ("Tui Swim Co Ltd", "Tui Swim Co"))),
     ("Swim schools", "Leisure"), "NZD", "lesson"),
    ("Crown & Comb", "Salon Manager", ("Salon Lead", "Studio Manager"),
     ("Salon Assistant", "Stylist", "Senior Stylist"),
     "Regional Salon Coach", "Franchise Owner",
     (("salon software", ("Timely", "Kitomba")), "colour consultation", "retail targets",
      "team coaching"),
     ("hairdressing certificate", "first aid certificate"), ("Barber", "Retail Supervisor"),
     "Education Coordinator",
     (("Ponsonby", ("Glasshouse Hair Ltd", "Glasshouse Hair")),
      ("Hamilton East", ("Kowhai Salons Ltd", "Kowhai Salons"))),
     ("Hair and beauty", "Retail services"), "NZD", "booked client"),
)


def _emojipath(rng: random.Random, g: Guide) -> list[str]:
    """A studio franchisor's careers page: menu, find-a-studio and book buttons, the
    benefits line and footer (chrome), "sometimes" names (spellings), an emoji `➜` pathway
    (a ladder with the role), a dotted pay guide with "k" figures (each step's band its
    title's, the role's band, "$95k+" an open-ended floor of the area title; a per-lesson fee
    with no period left out), a "|" skills line (brands in parentheses each), first aid and
    certificates (`optional`), "moved into the role from" (moves in), "buy in as Franchise
    Owners" (up), "move sideways into" (lateral) and studios with their owners (the owners
    employ, the studios and the brand `optional`)."""
    (brand, job, akas, lower, area_title, owner, skills, certs, came, sideways, studios,
     kinds, currency, unit) = rng.choice(_EMOJI_BRANDS)
    ladder = [*lower, job, area_title]
    # (the printed pathway ends "➜ 🏆 Franchise Owner": the area title's next step too)
    occupy(g, job, ladder=[*ladder, owner], leads=[owner], moves_in=list(came),
           transitions=[sideways])
    _spell(g, *akas)
    for _, (printed, short) in studios:
        _legal(g, printed, short)
    _facts(g, _skills(skills), (), kinds,
           [*certs, brand, *(f"{brand} {place}" for place, _ in studios)])
    rows = []
    pay = rng.randint(44, 50)
    for title in lower:
        band = (pay, pay + rng.randint(4, 7))
        _salary(g, band[0] * 1000, band[1] * 1000, currency, belongs_to=title)
        rows.append((title, f"${band[0]}k–${band[1]}k"))
        pay = band[1] + rng.randint(1, 3)
    own = (pay, pay + rng.randint(10, 14))
    _salary(g, own[0] * 1000, own[1] * 1000, currency)
    rows.append((job, f"${own[0]}k–${own[1]}k + quarterly bonus"))
    floor = own[1] + rng.randint(12, 18)
    _salary(g, floor * 1000, None, currency, belongs_to=area_title)
    rows.append((area_title, f"${floor}k+"))
    fee = rng.choice((28, 32, 36))
    while any(fee * 1000 in (s["min"], s["max"]) for s in g.salaries):
        fee += 1
    g.must_not_appear += ["Find a studio", "Book a free trial"]
    return [f"{brand}  ·  Find a studio  ·  Book a free trial  ·  Careers", "",
            f"Careers at {brand}: lead a studio, then own one", "",
            f"{_plural(job)} (sometimes {akas[0]} or {akas[1]}) run the timetable, the team "
            "and the numbers.", "",
            "YOUR PATHWAY", "  ➜  ".join(f"🌱 {t}" if n == 0 else t
                                        for n, t in enumerate(ladder)) + f"  ➜  🏆 {owner}", "",
            f"PAY GUIDE ({currency}, a year)",
            *(_dots(t, p, 34) for t, p in rows),
            f"Each {unit} you take yourself is paid ${fee} on top (not salary).", "",
            "Skills: " + " | ".join(_item(s) for s in skills),
            f"Must-haves: {certs[0]} and a current {certs[1]}", "",
            f"Who moves into the role? Often a {came[0]} or a {came[1]}.",
            f"Top managers buy in as {_plural(owner)}; others move sideways into head office "
            f"as {_an(sideways)}.", "",
            "STUDIOS HIRING NOW",
            *(f"  {brand} {place} — independently owned by {p}" for place, (p, _) in studios),
            f"Sectors: {', '.join(k.lower() for k in kinds)}", "",
            f"© {brand} · Privacy · Each studio is independently owned and operated."]


# --------------------------------------------------------------------------------------
# A school student's job-shadowing report on one professional
# --------------------------------------------------------------------------------------
# (profession, the host's title and "also called" names, the person shadowed, host firm
#  (printed, short), log entries with tools (`optional`), skills noticed, software, standards
#  (`optional`), education (`optional`), the career path (containing the role), other
#  routes (moves in), the lateral move and the council post, firms recruiting, sectors,
#  the associate title)
_SHADOW_JOBS = (
    ("Quantity Surveyor", ("Cost Consultant", "Construction Cost Manager"), "Ms Gráinne Kehoe",
     ("Ormond Cost Partners Ltd", "Ormond Cost Partners"),
     ("measuring drawings", "pricing a bill", "a site valuation"),
     ("numeracy", "negotiation", "attention to detail", "report writing"),
     ("CostX", "Buildsoft Cubit", "Excel"), ("RICS New Rules of Measurement",),
     ("degree in Quantity Surveying", "Leaving Certificate Maths"),
     ("Graduate Quantity Surveyor", "Quantity Surveyor", "Senior Quantity Surveyor",
      "Commercial Manager"),
     ("Site Engineer", "Estimator"), "Project Manager", "Housing Cost Officer",
     ("Lissadell Building Contractors", "Ferrycarrig Construction"),
     ("construction", "property development")),
    ("Landscape Architect", ("Landscape Designer", "Landscape Planner"), "Mr Eoin Daly",
     ("Whitethorn Landscape Studio Ltd", "Whitethorn Landscape Studio"),
     ("a site survey", "planting plans", "a client meeting"),
     ("drawing by hand", "creativity", "plant knowledge", "presentation"),
     ("AutoCAD", "SketchUp", "Photoshop"), ("landscape character guidance",),
     ("degree in Landscape Architecture", "portfolio course"),
     ("Graduate Landscape Architect", "Landscape Architect", "Senior Landscape Architect",
      "Studio Director"),
     ("Horticulturist", "Garden Designer"), "Urban Designer", "Parks Officer",
     ("Greenway Design Partnership", "Slaney Parks Consultancy"),
     ("design consultancies", "public realm")),
)


def _shadowreport(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A transition-year job-shadowing report: school header, module, student, teacher,
    word count, the log's times, the reflection, the teacher's comment and grade (chrome;
    the person shadowed and the school never), the host's title and "also called" names
    (spellings), a timed daily log (duties; its tools `optional`), "skills and qualities I
    noticed" (skills; software after "software:" each, standards `optional`), education
    (`optional`), a `→` career path from the interview (a ladder with the role), "came from
    other routes" (moves in), "move into" and "become … with a council" (lateral), a pay list
    (the Graduate row, the role by years and the Senior row the role's bands; an Associate's
    "around" figure theirs; a car allowance and bonus no pay), the host and the firms
    recruiting (employers) and "Sectors:"."""
    variant = _begin(rng, g, ("report", "log"))
    if variant == "log":
        return _shadowlog(rng, g)
    (job, akas, person, (printed, short), log, noticed, software, standards, education, path,
     routes, lateral, council, firms, kinds) = rng.choice(_SHADOW_JOBS)
    occupy(g, job, ladder=list(path), moves_in=list(routes), transitions=[lateral, council])
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, [*(_cap(n) for n in noticed), *software], firms, [_cap(k) for k in kinds],
           [*log, *standards, *education])
    grad = (rng.randint(30, 34) * 1000, rng.randint(36, 39) * 1000)
    _salary(g, *grad, "EUR", level="Graduate")
    own = (grad[1] + rng.randint(2, 5) * 1000, grad[1] + rng.randint(14, 20) * 1000)
    _salary(g, *own, "EUR")
    senior = (own[1] + rng.randint(2, 5) * 1000, own[1] + rng.randint(14, 20) * 1000)
    _salary(g, *senior, "EUR", level="Senior")
    associate = senior[1] + rng.randint(8, 15) * 1000
    _salary(g, associate, associate, "EUR", belongs_to="Associate")
    car = int(_no_pay(g, rng.choice((6000, 7500, 8000)), 500))
    student = rng.choice(("Aoife Brennan", "Cian Murphy", "Saoirse Walsh"))
    school = rng.choice(("St Declan's Community College", "Coláiste Bhríde"))
    g.must_not_appear += [person, student, school, "Word count", "Teacher's comment"]
    return [f"{school} — Transition Year Work Experience Module",
            f"Student: {student}     Teacher: Mr P. Hanlon     Word count: "
            f"{rng.randint(900, 1400)}", "",
            f"JOB-SHADOWING REPORT: {job.upper()}",
            f"Host: {printed}    Person shadowed: {person} ({akas[0]})",
            f"{_plural(job)} are also called {_plural(akas[0])} or {_plural(akas[1])}.", "",
            "MY DAY (log)",
            f"9:00  Team meeting, then {log[0]}.",
            f"11:30 Helped with {log[1]}.",
            f"14:00 Went out for {log[2]}.", "",
            "SKILLS AND QUALITIES I NOTICED",
            f"{', '.join(_cap(n) for n in noticed)}; software: {', '.join(software)}; "
            f"everything follows the {standards[0]}.", "",
            f"EDUCATION: a {education[0]}; at school a good {education[1]} grade helps.", "",
            "CAREER PATH (from my interview)", " → ".join(path),
            f"Colleagues came from other routes: one was {_an(routes[0])}, another "
            f"{_an(routes[1])}. Later some move into work as {_an(lateral)} or become "
            f"{_an(council)} with a council.", "",
            "PAY (what I was told)",
            f"- Graduate {job}: €{_euro(grad[0])} – €{_euro(grad[1])}",
            f"- {job} (3–6 years): €{_euro(own[0])} – €{_euro(own[1])}",
            f"- Senior {job}: €{_euro(senior[0])} – €{_euro(senior[1])}",
            f"- Associate: around €{_euro(associate)}",
            f"A car allowance (about €{_euro(car)}) and a bonus come on top.", "",
            f"WHO EMPLOYS THEM: {short} and firms always looking for people such as "
            f"{firms[0]} and {firms[1]}.",
            f"Sectors: {', '.join(kinds)}.", "",
            "REFLECTION: I would like to do this job.",
            "Teacher's comment: a careful report. Grade: A"]


# (profession, aliases, the trust or lab (printed, short), the private employer, log tools
#  (`optional`), the "·" skills line, the Knowledge line, training (`optional`), the `>`
#  ladder (Trainee first, the role, the Senior and the manager), where colleagues started,
#  the sideways move, the consultant title, sectors)
_LOG_JOBS = (
    ("Audiologist", ("Hearing Scientist", "Clinical Audiologist"),
     ("Ashbourne Valley NHS Foundation Trust", "Ashbourne Valley NHS"), "SoundWise Hearing",
     ("otoscope", "tympanometer", "real-ear probe"),
     ("patience", "clear explaining", "hand steadiness", "record keeping"),
     ("hearing aid fitting", "tinnitus counselling"),
     ("BSc Healthcare Science (Audiology)", "NHS Practitioner Training Programme"),
     ("Trainee Audiologist", "Audiologist", "Senior Audiologist", "Audiology Service Manager"),
     ("Healthcare Assistant", "Hearing Aid Dispenser"), "Research Assistant",
     "Consultant Audiologist", ("healthcare science", "hearing care")),
    ("Cardiac Physiologist", ("Cardiac Scientist", "Cardiology Technician"),
     ("Brackenfield NHS Foundation Trust", "Brackenfield NHS"), "Heartline Diagnostics",
     ("ECG machine", "Holter monitor", "treadmill"),
     ("calm manner", "precision", "teamwork", "communication"),
     ("ECG interpretation", "echocardiography"),
     ("BSc Healthcare Science (Cardiac)", "NHS Practitioner Training Programme"),
     ("Trainee Cardiac Physiologist", "Cardiac Physiologist", "Senior Cardiac Physiologist",
      "Cardiac Services Manager"),
     ("Healthcare Assistant", "Paramedic"), "Clinical Trials Coordinator",
     "Consultant Cardiac Physiologist", ("healthcare science", "diagnostics")),
)


def _shadowlog(rng: random.Random, g: Guide) -> list[str]:
    """A sixth-form reflective shadowing log: placement header, student, supervisor
    signature, the log's times, the reflection and the careers lead's comment (chrome),
    "also called" names (spellings), tools in the log (`optional`), a "·" skills line and a
    "Knowledge:" line (skills), training (`optional`), "start as … and transfer across"
    (moves in), a `>` career ladder (the Trainee and Senior rungs the role's, with their
    bands), "move sideways into" (lateral), bands by title (the role's Trainee, own and
    Senior bands its own, the manager's and the consultant's theirs; on-call pay no pay),
    the trust and a private firm (employers; the kinds of employer `optional`) and
    "Sectors:"."""
    (job, akas, (printed, short), private, tools, qualities, knowledge, training, ladder,
     started, sideways, consultant, kinds) = rng.choice(_LOG_JOBS)
    occupy(g, job, ladder=list(ladder), moves_in=list(started), transitions=[sideways])
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, [*(_cap(q) for q in qualities), *(_cap(k) for k in knowledge)], [private],
           [_cap(k) for k in kinds], [*tools, *training, "NHS hospitals", "private clinics"])
    base = rng.randint(26, 29) * 1000 + rng.choice((0, 282, 514))
    rows = []
    for title, level, belongs in ((ladder[0], "Trainee", None), (job, None, None),
                                  (ladder[2], "Senior", None), (ladder[3], None, ladder[3]),
                                  (consultant, None, consultant)):
        band = (base, base + rng.randint(6, 9) * 1000 + rng.choice((0, 311, 604)))
        _salary(g, *band, "GBP", level=level, belongs_to=belongs)
        rows.append((title, band))
        base = band[1] - rng.randint(1, 2) * 1000 + rng.choice((0, 120, 433))
    oncall = int(_no_pay(g, rng.choice((2400, 3100, 3600)), 100))
    g.must_not_appear += ["Careers lead", "Supervisor signature", "Harewood Sixth Form"]
    bands = ("Band 5", "Band 6", "Band 7", "Band 8a", "Band 8c")
    return ["Harewood Sixth Form — Work Experience Reflective Log",
            "Student: Year 12   Placement: 3 days   Supervisor signature: ____________", "",
            f"Placement: {printed}, {job} department",
            f"Before this week I thought {_plural(job.lower())} only tested people; they are "
            f"also called {_plural(akas[0])} or {_plural(akas[1])}.", "",
            "LOG",
            f"Mon 09:15  Clinic with the {tools[0]}; watched history taking.",
            f"Tue 10:40  Used the {tools[1]} with a supervisor.",
            f"Wed 13:30  Saw a {tools[2]} test; wrote up notes.", "",
            "Skills I saw being used: " + " · ".join(_cap(q) for q in qualities),
            "Knowledge: " + "; ".join(knowledge), "",
            f"Training route: {training[0]}, or the {training[1]}.",
            f"Some start as {_an(started[0])} or {_an(started[1])} and transfer across.", "",
            "Career ladder: " + " > ".join(ladder),
            f"One scientist moved sideways into research as {_an(sideways)}.", "",
            "Pay (Agenda for Change, 2026)",
            *(f"  {b}  {t}: £{a:,} – £{c:,}" for b, (t, (a, c)) in zip(bands, rows,
                                                                    strict=True)),
            f"  On-call pay (about £{oncall:,} a year) is extra.", "",
            f"Where they work: NHS hospitals (mine was {short}) and private clinics such as "
            f"{private}. Sectors: {', '.join(kinds)}.", "",
            "Reflection: I now want to apply for the degree.",
            "Careers lead: well observed."]


# --------------------------------------------------------------------------------------
# A licensing guide comparing one occupation across states or provinces
# --------------------------------------------------------------------------------------
# (occupation, "also" names, the apprentice stage, the owner rung (printed with a slash),
#  the up move, the helper title, skills (platforms in parentheses each), schools
#  (`optional`), backgrounds (moves in), lateral moves, firms hiring, industries, states
#  with their regulator)
_STATE_JOBS = (
    ("Home Inspector", ("Property Inspector", "Building Inspector (private)"),
     "Associate Home Inspector", ("Inspection Company Owner", "Managing Inspector"),
     "Commercial Property Inspector", "Inspection Assistant",
     (("report software", ("Spectora", "HomeGauge")), "building science",
      ("moisture meters", ("Protimeter",)), "plain-language reporting"),
     ("pre-licensing course (120 hours)",),
     ("Carpenter", "Real Estate Agent"), ("Insurance Adjuster", "Energy Auditor"),
     ("Keystone Home Checks", "Bayou Property Inspections", "Granite State Inspectors"),
     ("real estate services", "insurance"),
     (("Texas", "State Real Estate Licensing Office"), ("Virginia", "Board of Home Inspectors"),
      ("Florida", "Department of Professional Licensing"))),
    ("Pest Control Technician", ("Exterminator", "Pest Management Professional"),
     "Apprentice Pest Control Technician", ("Pest Control Business Owner", "Qualifier"),
     "Branch Manager", "Fumigation Crew Helper",
     (("pest identification", ("termites", "rodents")), "label reading",
      ("route software", ("PestPac", "GorillaDesk")), "customer service"),
     ("certified applicator course",),
     ("Landscaper", "Farm Worker"), ("Lawn Care Technician", "Sanitation Inspector"),
     ("Palmetto Pest Pros", "Sonoran Pest Solutions", "Cascade Termite Co"),
     ("pest control services", "property management"),
     (("California", "Structural Pest Control Board"), ("Arizona", "Pest Management Office"),
      ("Georgia", "Department of Agriculture Licensing Unit"))),
)


def _licensecompare(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A licensing guide's state comparison: navigation, search, a stats strip, "showing N
    of 51", sort links, affiliate and exam-prep links, the reciprocity paragraph, sources and
    "report an error" (chrome; the regulators never), "also" names (spellings), a table of
    exams, bonds and fees (no pay), the national median (the role's point a year) and each
    state's median (points with their region), a one-sided top figure (no fact), the
    helper's day range (theirs), a numbered route with the apprentice stage first and an
    "Owner / X" rung (the owner a rung, the other name `optional`) and an up move, skills
    (platforms in parentheses each), courses (`optional`), "common backgrounds" (moves in),
    "lateral moves" and firms hiring (employers) with "Industries:"."""
    variant = _begin(rng, g, ("states", "provinces"))
    if variant == "provinces":
        return _provinces(rng, g)
    (job, akas, apprentice, (owner, other), up, helper, skills, courses, backgrounds,
     laterals, firms, kinds, states) = rng.choice(_STATE_JOBS)
    occupy(g, job, ladder=[apprentice, job, owner], leads=[up], moves_in=list(backgrounds),
           transitions=list(laterals))
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, [_cap(k) for k in kinds], [*courses, other])
    national = rng.randint(52, 66) * 1000 + rng.choice((0, 240, 610))
    _salary(g, national, national, "USD", point=True)
    medians = []
    for state, _ in states:
        median = national + rng.randint(-8, 9) * 1000 + rng.choice((130, 370, 820))
        while median in medians:  # two states at one figure would be one fact, one region
            median += 100
        _salary(g, median, median, "USD", point=True, region=state)
        medians.append(median)
    helper_day = (rng.randint(12, 15) * 10, rng.randint(20, 26) * 10)
    _salary(g, *helper_day, "USD", period="day", belongs_to=helper)
    top = int(_no_pay(g, rng.choice((95000, 105000, 110000)), 1000))
    table = []
    for state, _ in states:
        bond = int(_no_pay(g, rng.choice((5000, 10000, 15000)), 500))
        fee = int(_no_pay(g, rng.randint(15, 45) * 10, 5))
        table.append((state, rng.choice(("Yes", "Yes", "No")), bond, fee))
    g.must_not_appear += [r for _, r in states] + ["Report an error", "LicenseLedger"]
    return ["LicenseLedger   Guides · States · Exam prep · Search 🔍", "",
            f"{job} License Requirements by State (2026)",
            f"Quick answer: most states license {_plural(job.lower())}; rules, exams and fees "
            "differ.",
            f"31 states license  ·  19 need an exam  ·  Showing {len(states)} of 51  ·  Sort: "
            "A–Z | fee", f"Also: {akas[0]}; {akas[1]}", "",
            f"{'State':<14}{'Exam':<8}{'Bond':<12}{'License fee':<14}Regulator",
            *(f"{s:<14}{e:<8}${b:<11,}${f:<13}{r}" for (s, e, b, f), (_, r) in
              zip(table, states, strict=True)), "",
            "WHAT THEY EARN",
            f"National median: ${national:,} a year. State medians: "
            + "; ".join(f"{s} ${m:,}" for (s, _), m in zip(states, medians, strict=True)) + ".",
            f"Top earners who own a firm make ${top:,} or more. {_plural(helper)} earn "
            f"${helper_day[0]}–${helper_day[1]} per day.", "",
            "ROUTE TO A LICENSE",
            f"1. Work as {_an(apprentice)} under supervision (1–2 years).",
            f"2. Complete the {courses[0]} and pass the state exam.",
            f"3. {job} → {owner} / {other}.",
            f"Experienced licensees also step up to {up}.", "",
            "SKILLS", " · ".join(_item(s) for s in skills), "",
            f"Firms hiring now: {', '.join(firms)}",
            f"Common backgrounds: {backgrounds[0]}, {backgrounds[1]}.",
            f"Lateral moves: {laterals[0]}, {laterals[1]}.",
            f"Industries: {', '.join(kinds)}", "",
            "Reciprocity: some states accept each other's licenses; check before you move.",
            "Sources: state boards, 2026. Report an error · Exam prep (affiliate link)"]


# (occupation, "also" names with the French title, provinces with regulators, skills in
#  prose (tools in parentheses each), diploma (`optional`), the `→` career path (the
#  role second), backgrounds (moves in), the move across, agencies hiring, sectors)
_PROVINCE_JOBS = (
    ("Security Guard", ("Security Officer", "agent de sécurité"),
     (("Ontario", "ON", "Private Security Registry"), ("Alberta", "AB",
                                                        "Security Programs Office"),
      ("Quebec", "QC", "Bureau de la sécurité privée")),
     (("report writing", ("incident apps",)), "patrol", ("access control", ("card readers",)),
      "de-escalation"),
     "college security diploma",
     ("Security Guard Trainee", "Security Guard", "Site Supervisor", "Security Manager"),
     ("Retail Associate", "Military Veteran"), "Loss Prevention Officer",
     ("Maplestone Security", "Northern Shield Protection", "Prairie Watch Services"),
     ("private security", "facilities management")),
    ("Mobile Crane Operator", ("Crane Operator", "grutier"),
     (("British Columbia", "BC", "Trades Certification Office"),
      ("Alberta", "AB", "Apprenticeship Office"), ("Nova Scotia", "NS",
                                                   "Apprenticeship Agency")),
     (("load charts", ("LMI",)), "rigging", ("signalling", ("radio",)), "pre-use inspection"),
     "hoisting course",
     ("Apprentice Crane Operator", "Mobile Crane Operator", "Lift Supervisor",
      "Crane Superintendent"),
     ("Truck Driver", "Rigger"), "Tower Crane Operator",
     ("Cascadia Crane Rentals", "Foothills Lifting", "Bluenose Hoisting"),
     ("construction", "energy")),
)


def _provinces(rng: random.Random, g: Guide) -> list[str]:
    """A Canadian licensing guide: navigation, the province table's fees, hours and
    regulators (no pay; the regulators never), "also" names with the French title
    (spellings), provincial medians an hour (points with their region), an in-house salary
    range (the role's band a year), agency billing rates (no pay), skills in prose (tools
    in parentheses each), a diploma (`optional`), a `→` career path, "often come from"
    (moves in), "move across to" (lateral), agencies hiring (employers) and sectors."""
    (job, akas, provinces, skills, diploma, path, came, across, firms,
     kinds) = rng.choice(_PROVINCE_JOBS)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=[across])
    _spell(g, *akas)
    _facts(g, _skills(skills), firms, [_cap(k) for k in kinds], [diploma])
    rows = []
    middle = rng.randint(21, 30)
    for name, code, regulator in provinces:
        median = _hour(rng, middle - 2, middle + 2)
        while median in [row[3] for row in rows]:  # one figure a province (its own fact)
            median = round(median + 0.05, 2)
        _salary(g, median, median, "CAD", period="hour", point=True, region=name)
        rows.append((name, code, regulator, median, rng.randint(40, 240)))
    house = (rng.randint(42, 50) * 1000, rng.randint(58, 68) * 1000)
    _salary(g, *house, "CAD")
    billing = _no_pay(g, _hour(rng, 38, 46), 0.5)
    g.must_not_appear += [r for _, _, r in provinces] + ["ProvinceGuide", "Report an error"]
    return ["ProvinceGuide.ca   Careers · Licensing · Provinces · FR", "",
            f"How to get licensed as a {job.lower()} in Canada",
            f"Also: {akas[0]} · {akas[1]} (French)", "",
            f"{'Province':<22}{'Hours':<12}{'Licence fee':<13}{'Median wage':<14}"
            "Regulator",
            *(f"{n + ' (' + c + ')':<22}{h:<12}${rng.randint(40, 120):<12}"
              f"${m:.2f}/hr{'':<5}{r}" for n, c, r, m, h in rows), "",
            f"In-house employers pay ${house[0]:,}–${house[1]:,} a year; agencies bill clients "
            f"about ${billing:.2f} an hour, which is not what the worker earns.", "",
            f"The job asks for {', '.join(_item(s).lower() for s in skills[:-1])} and "
            f"{_item(skills[-1]).lower()}; most employers want a {diploma}.", "",
            "Career path: " + " → ".join(path),
            f"People often come from work as {_an(came[0])} or {_an(came[1])}, and some move "
            f"across to {across} roles.", "",
            f"Hiring now: {', '.join(firms)}",
            f"Sectors: {', '.join(kinds)}", "",
            "Licences are not transferable between provinces without an application. Report an "
            "error."]


FAMILY33_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "vagamt": _vagamt, "occmap": _occmap, "crewrates": _crewrates,
    "franchisepath": _franchisepath, "shadowreport": _shadowreport,
    "licensecompare": _licensecompare,
}
