"""Generator renderers for the six page families of held-back set 27 (organisation charts ...).

Held-back set 27 showed six more kinds of page users bring: an organisation chart exported as
text (a box-drawing reporting tree with one selected position card, or a numbered outline
with pipe-separated shape data and a resolved comment thread about one shape), an employee's
filled-in annual performance appraisal (an HR portal's review with a Roman-numeral title and
a compensation block, or an Indian insurer's form with a KRA table and CTC in lakh), a
parliament's written answer about one profession (a Commons answer with bands in prose, or a
Dáil answer to grouped questions with a point scale), an employment tribunal's or
commission's decision (numbered findings of fact about a claimant's career and pay, or a
commission's bracketed paragraphs), a Vietnamese job posting or careers article read through
a browser translator, and a personal career mind map exported as an outline (tab-indented
text, or markdown with "##" branches and struck-through options).  These renderers write such
pages from a planned guide, two variants a family, about occupations that fit them
(occupy()); every fact the truth keeps is printed and what a style does not state is cleared.

>>> _lakh(960_000), _vnd(15_000_000)
('₹9.6 L', '15.000.000')
>>> _shared_head("luffing-jib and saddle-jib cranes")
['Luffing-jib cranes', 'Saddle-jib cranes']
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _a, _salary, occupy, pick_chance
from benchmarks.web_families19 import _apart
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_studied import indian_grouping

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY27_ALIAS_LAYOUTS", "FAMILY27_LADDER_LAYOUTS", "FAMILY27_LAYOUTS",
           "FAMILY27_RENDERERS"]

FAMILY27_LAYOUTS = ("orgchart", "appraisal", "pqanswer", "tribunal", "vietmt", "mindmap")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY27_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY27_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _lakh(amount: int) -> str:
    """A rupee amount in lakh as an Indian HR form writes a CTC: 960000 → "₹9.6 L"."""
    return f"₹{amount / 100_000:g} L"


def _vnd(amount: int) -> str:
    """A dong amount in Vietnamese dot notation: 15000000 → "15.000.000"."""
    return f"{amount:,}".replace(",", ".")


def _mil(amount: int) -> str:
    """Millions as the translator renders "triệu": 15000000 → "15"."""
    return f"{amount / 1_000_000:g}"


def _shared_head(phrase: str) -> list[str]:
    """The items of "A and B noun" with the shared head noun distributed, first letters
    capitalised ("luffing-jib and saddle-jib cranes" → two kinds of crane)."""
    left, _, right = phrase.partition(" and ")
    head = right.split(" ", 1)[1]
    return [f"{left} {head}".capitalize(), right.capitalize()]


def _cap(text: str) -> str:
    """``text`` with its first letter capitalised and the rest kept ("PAYE checks")."""
    return text[:1].upper() + text[1:]


def _field(label: str, text: str) -> list[str]:
    """A position card's field: the label in a 19-wide column, the value wrapped at 60
    characters (and at its own line breaks) under it, as a chart tool's text export sets it.

    >>> _field("Lateral", "A · B")
    ['Lateral            A · B']
    """
    lines = [w for part in text.split("\n")
             for w in textwrap.wrap(part, 60, break_on_hyphens=False, break_long_words=False)]
    return [f"{(label if i == 0 else ''):<19}{line}" for i, line in enumerate(lines)]


def _spell(g: Guide, *names: str) -> None:
    """Record ``names`` as the role's aliases and spellings."""
    g.aliases = list(names)
    g.role.spellings += [n for n in names if n not in g.role.spellings]


# --------------------------------------------------------------------------------------
# An organisation chart exported as text
# --------------------------------------------------------------------------------------
# (organisation, directorate, team, role, aliases, skills, the up move of "Succession",
#  lateral posts, the apprentice post, earlier posts of internal applicants, the chart's
#  head, manager and team leader, another post of the team, the grade word, the pay
#  framework, the accreditation for the Senior rung, the course before the Trainee rung,
#  the apprenticeship)
_TREES = (
    ("Tilbrook Borough Council", "Resources", "Payroll & Pensions", "Payroll Officer",
     ("Payroll Administrator", "Payroll Clerk"),
     "gross-to-net calculations|PAYE|pension auto-enrolment|statutory sick pay|iTrent|"
     "Excel pivot tables|reconciliations|confidentiality", "Payroll Systems Analyst",
     ("Pensions Officer", "HR Advisor"), "Payroll Apprentice",
     ("Finance Assistant", "HR Administrator"),
     ("Head of Payroll & Pensions", "Payroll Manager", "Payroll Team Leader"),
     "Payroll Trainer", "Grade", "NJC pay spine", "CIPP Foundation Degree",
     "Payroll Technician course", "L3 Payroll Administrator apprenticeship"),
    ("Eastmoor Hospitals NHS Foundation Trust", "Clinical Support Services", "Pharmacy",
     "Pharmacy Technician", ("Pharmacy Tech", "Dispensing Technician"),
     "aseptic dispensing|final accuracy checking|medicines reconciliation|controlled drugs "
     "records|JAC dispensing system|EPMA|stock rotation|patient counselling",
     "Dispensary Manager", ("Procurement Technician", "Clinical Trials Assistant"),
     "Pharmacy Apprentice", ("Pharmacy Assistant", "Healthcare Assistant"),
     ("Chief Pharmacist", "Pharmacy Operations Manager", "Dispensary Team Leader"),
     "Education & Training Technician", "Band", "Agenda for Change",
     "Accredited Checking Technician (ACT)", "GPhC registration course",
     "L3 Pharmacy Services apprenticeship"),
    ("Harrowfield Building Society", "Lending Operations", "Mortgage Servicing",
     "Mortgage Administrator", ("Mortgage Processor", "Lending Administrator"),
     "affordability checks|title deed review|completion processing|anti-money laundering "
     "checks|Mortgage Hub|Salesforce|redemption statements|attention to detail",
     "Mortgage Underwriter", ("Savings Administrator", "Complaints Handler"),
     "Mortgage Apprentice", ("Branch Cashier", "Customer Service Advisor"),
     ("Head of Lending Operations", "Mortgage Servicing Manager", "Completions Team Leader"),
     "Lending Quality Checker", "Grade", "Society pay framework",
     "CeMAP certificate", "Mortgage Foundations course",
     "L3 Financial Services Administrator apprenticeship"),
)
_CHART_PEOPLE = ("Marta Quinlan", "Idris Vane", "Celia Okoro", "Bram Hollis", "Nadia Farrant",
                 "Owen Petrie", "Lucy Abara", "Teodor Lisk", "Fern Adair", "Rami Osei")
_CHART_TOOLS = (("ChartWise", "Meridian People Systems"), ("OrgLens", "Baxter HR Software"),
                ("TreeDesk", "Colgate Workforce Ltd"))


def _orgchart(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("tree", "outline"))
    if variant == "outline":
        return _shape_outline(rng, g)
    (org, directorate, team, title, aliases, skills, succession, laterals, apprentice,
     feeders, (head, manager, leader), other, word, framework, accreditation, course,
     apprenticeship) = rng.choice(_TREES)
    trainee, senior = f"Trainee {title}", f"Senior {title}"
    occupy(g, title, ladder=[trainee, title, senior], leads=[succession],
           transitions=list(laterals), moves_in=[apprentice, *feeders])
    _spell(g, *aliases)
    skill = skills.split("|")
    g.skills = {"top": skill}
    g.employers = [org]
    people = rng.sample(_CHART_PEOPLE, 7)
    tool, vendor = rng.choice(_CHART_TOOLS)
    user = f"{people[6].split()[0][0].lower()}.{people[6].split()[1].lower()}"
    code = "".join(w[0] for w in team.split() if w[0].isalpha()).upper()
    g.must_not_appear += [*people[:4], user, tool, vendor, head, manager, leader, other,
                          f"{directorate} Support Manager", "Business Support Officer",
                          "Cost centre", "Expand all"]
    g.optional += [accreditation, course, apprenticeship, framework]
    grade = rng.randint(3, 5)
    base = rng.randint(24, 29) * 1000 + rng.randint(1, 49) * 20
    band = (base, base + rng.randint(20, 45) * 100)
    low_t = base - rng.randint(25, 40) * 100
    trainee_band = (low_t, low_t + rng.randint(12, 18) * 100)
    low_s = band[1] + rng.randint(8, 15) * 100
    senior_band = (low_s, low_s + rng.randint(50, 80) * 100)
    _salary(g, *band, "GBP")
    _salary(g, *trainee_band, "GBP", level="Trainee")
    _salary(g, *senior_band, "GBP", level="Senior")
    agency = _no_pay(g, rng.randint(3200, 4200) / 100, 1.25)
    dash = ("–", "-")[base % 2]  # from a drawn figure: no draw of its own

    def fmt(b: tuple[int, int]) -> str:
        return f"£{b[0]:,} {dash} £{b[1]:,}"

    n_role, n_trainee = rng.randint(4, 7), rng.randint(2, 3)
    names = people
    tree = [f"{head} — {names[0]} ({word} {grade + 4})  [3 / {rng.randint(30, 50)}]",
            f"├── {manager} — {names[1]} ({word} {grade + 3})  [5 / {rng.randint(18, 28)}]",
            f"│   ├── {succession} — {names[4]} ({word} {grade + 2})",
            f"│   ├── {other} — ⚑ VACANT ({word} {grade + 2})   advertised, closes 0"
            f"{rng.randint(1, 9)}/12",
            f"│   ├── {leader} — {names[2]} ({word} {grade + 1})  [{n_role + n_trainee + 2} / "
            f"{n_role + n_trainee + 2}]",
            f"│   │   ├── {senior} — {names[5]} ({word} {grade + 1})",
            f"│   │   ├── {senior} — ◐ {names[3]} ({word} {grade + 1})",
            f"│   │   ├── {title} ×{n_role} — ({word} {grade})   ⚑ {rng.randint(1, 2)} vacant",
            f"│   │   ├── {trainee} ×{n_trainee} — ({word} {grade - 1})",
            f"│   │   └── {apprentice} — {names[6]} ({word} {grade - 2})   {apprenticeship}",
            f"│   └── {title} ×{rng.randint(2, 4)} — ({word} {grade})   ↻ 1 seconded",
            f"├── {directorate} Support Manager — ({word} {grade + 3})  [2 / 6]",
            f"│   ├── {laterals[0]} ×{rng.randint(2, 4)} — ({word} {grade + 1})",
            f"│   └── {laterals[1]} — ({word} {grade})",
            f"└── Business Support Officer — ({word} {grade})"]
    entry = (f"{trainee} ({word} {grade - 1}, {fmt(trainee_band)}) after the {course} ; "
             f"{apprentice} on completion ; internal applicants from {feeders[0]} and "
             f"{feeders[1]} posts")
    fields = [("Entry", entry),
              ("Succession", f"{senior}  — ready 6-12 months: {rng.randint(1, 3)}\n"
                             f"{succession} — ready 1-2 years: 1"),
              ("Lateral", " · ".join(laterals))]
    if pick_chance(rng, 0.5):  # career fields in another order
        fields = [fields[1], fields[0], fields[2]]
    skills_label = ("Key skills (JD)", "Key skills")[low_t % 2]
    card = [f"▼ POSITION CARD   {title}{'':<30}[Edit] [Share] [⋯]",
            f"{'Position ID':<19}{code}-{rng.randint(100, 999)}       Cost centre   "
            f"{rng.randint(4000, 4999)} {team}",
            f"{'Reports to':<19}{leader}",
            f"{'Grade':<19}{framework} {word} {grade}",
            f"{'Pay range':<19}{fmt(band)}{(' per annum', ' p.a.')[low_t % 3 == 0]} (pro rata for "
            "part-time)",
            f"{'Establishment':<19}{n_role + 3}.0 WTE    In post {n_role + 1}.0 WTE    "
            "Vacancy 2.0 WTE",
            f"{'Also known as':<19}{aliases[0]} ; {aliases[1]}",
            *_field(skills_label, " · ".join(skill)),
            *(line for label, text in fields for line in _field(label, text)),
            f"{'Notes':<19}{accreditation} needed to move up to {word} {grade + 1}.",
            f"{'':<19}{senior} ({word} {grade + 1}) {fmt(senior_band)}.",
            f"{'':<19}Agency staff cover backlog at £{agency:.2f}/hr (not an establishment "
            "post)."]
    rule = "─" * 78
    return [f"{tool}  ▸ {org} ▸ {directorate} ▸ {team}",
            f"Export: outline (plain text)    Generated {rng.randint(10, 28)}/11/2026 09:"
            f"{rng.randint(10, 59)} by {user}    Data as at 31/10/2026",
            "Show: ☑ Positions ☑ People ☑ Vacancies ☑ Grades ☐ Photos        Zoom 80% | "
            "Expand all | Collapse all | Print",
            f"Legend: [direct reports / total reports]   (n) = {word.lower()}   ⚑ = vacancy   "
            "◐ = part-time   ↻ = secondment", "", *tree, "", rule, *card, rule,
            f"Page 1 of 1   ·   {tool} 5.{rng.randint(0, 9)} © {vendor}   ·   Confidential – "
            "internal use"]


# (venue, its group, town, industry, role, the rungs above (assistant head, head, the post
#  the heads went on to), the night post, feeders paid by the hour, laterals, the chart's
#  top and middle posts, competencies (tools, two languages, local knowledge, two tasks),
#  the membership named on a row, an extra paid on top that is no pay)
_SHAPES = (
    ("The Larchmont", "Keswick Inns", "York", "Hospitality & leisure", "Chef de Partie",
     ("Sous Chef", "Head Chef", "Executive Chef"), "Breakfast Chef",
     ("Commis Chef", "Kitchen Porter"), ("Banqueting Chef", "Pastry Chef"),
     ("General Manager", "Food & Beverage Manager", "Restaurant Manager"),
     ("Nutritics", "Tenzo"), ("Italian", "Polish"), "knife skills",
     ("allergen management", "menu costing"), "Craft Guild of Chefs", "tronc"),
    ("Aberfell Leisure Centre", "Cardale Leisure Trust", "Brecon", "Sport & leisure",
     "Lifeguard", ("Pool Supervisor", "Duty Manager", "Centre Manager"), "Relief Lifeguard",
     ("Leisure Assistant", "Swim Teacher"), ("Fitness Instructor", "Leisure Receptionist"),
     ("Area Manager", "Operations Manager", "Facilities Manager"),
     ("Legend booking system", "Lane Planner"), ("Welsh", "Polish"), "pool rescue",
     ("pool plant checks", "first aid"), "RLSS UK", "unsocial hours supplement"),
    ("Rosebank House", "Alder Care Group", "Harrogate", "Health & social care",
     "Care Assistant", ("Care Team Leader", "Deputy Manager", "Registered Manager"),
     "Night Care Assistant", ("Domestic Assistant", "Kitchen Assistant"),
     ("Activities Coordinator", "Care Administrator"),
     ("Regional Director", "Home Manager", "Clinical Lead"),
     ("Nourish care records", "eMAR"), ("Polish", "Romanian"), "moving and handling",
     ("dementia care", "care planning"), "Skills for Care", "weekend enhancement"),
)
_SHAPE_PEOPLE = ("Ailsa Crerar", "Joachim Berg", "Fraser Lowrie", "Morven Doig", "Piotr Zielinski",
                 "Hassan Ali", "Rhona Keir", "Elspeth Cairns", "Kit Munro")


def _shape_outline(rng: random.Random, g: Guide) -> list[str]:
    """A chart tool's outline export: numbered shapes with pipe-separated data (each row's
    pay its own title's), then a resolved comment thread about the role's shape giving its
    competencies, route in, route on and sideways moves."""
    (venue, group, town, industry, title, (assistant, head, beyond), night, feeders,
     laterals, (top, middle, other), tools, languages, local, tasks, body,
     perk) = rng.choice(_SHAPES)
    occupy(g, title, ladder=[title, assistant, head, beyond], moves_in=list(feeders),
           transitions=list(laterals))
    g.skills = {"top": [*tools, *languages, f"Local knowledge of {town}", _cap(local), *tasks]}
    g.employers, g.sectors = [venue], [industry]
    people = rng.sample(_SHAPE_PEOPLE, 7)
    tool = rng.choice(("Lucidchart", "Creately", "draw.io"))
    editor = people[6].split()[0] + " " + people[6].split()[1][0] + "."
    req = f"req {rng.choice(('OP', 'HR', 'FO'))}-{rng.randint(100, 199)}"
    g.must_not_appear += [*people[:6], editor, top, middle, other, _cap(perk), req,
                          f"Comments ({rng.randint(3, 6)})"]
    comments = g.must_not_appear[-1]
    g.optional += [group, body, "a second language"]
    own = rng.randint(23, 27) * 1000 + rng.choice((0, 200, 400, 600, 800))
    vac = (own - rng.randint(2, 4) * 100, own + rng.randint(6, 12) * 100)
    a_pay = own + rng.randint(20, 30) * 100
    h_pay = a_pay + rng.randint(30, 50) * 100
    _salary(g, own, own, "GBP", point=True)
    _salary(g, *vac, "GBP")
    _salary(g, h_pay, h_pay, "GBP", point=True, belongs_to=head)
    _salary(g, a_pay, a_pay, "GBP", point=True, belongs_to=assistant)
    n_rate = rng.randint(1250, 1390) / 100
    f_rate = rng.randint(1200, 1240) / 100
    _salary(g, n_rate, n_rate, "GBP", period="hour", point=True, belongs_to=night)
    for feeder in feeders:
        _salary(g, f_rate, f_rate, "GBP", period="hour", point=True, belongs_to=feeder)
    extra = _no_pay(g, rng.randint(90, 160) / 100, 0.5)
    sep = ("-", " - ", "–")[own // 200 % 3]  # a band glued or spaced (no draw of its own)
    rows = [("1", f"{top} | {people[0]} | H7 |  |"),
            ("1.1", f"{middle} | {people[1]} | H6 |  | dotted line to Finance"),
            ("1.1.1", f"{head} | {people[2]} | H5 | £{h_pay:,} | {body} member"),
            ("1.1.1.1", f"{assistant} | {people[3]} | H4 | £{a_pay:,} | runs late shift"),
            ("1.1.1.2", f"{title} | {people[4]} | H3 | £{own:,} |"),
            ("1.1.1.3", f"{title} | (vacant) | H3 | £{vac[0]:,}{sep}£{vac[1]:,} | hiring, {req}"),
            ("1.1.1.4", f"{night} | {people[5]} | H3 | £{n_rate:.2f}/hr | + night "
                        "enhancement"),
            ("1.1.1.5", f"{feeders[0]} ×3 | — | H2 | £{f_rate:.2f}/hr | {perk} on top, about "
                        f"£{extra:.2f}/hr"),
            ("1.1.1.6", f"{feeders[1]} ×{rng.randint(2, 5)} | — | H1 | £{f_rate:.2f}/hr |"),
            ("1.1.2", f"{other} | Vacant | H5 |  |"),
            ("1.1.2.1", f"{laterals[0]} | — | H3 |  |"),
            ("1.1.2.2", f"{laterals[1]} ×2 | — | H2 |  |")]
    shape = "1.1.1.2"
    if pick_chance(rng, 0.5):  # the vacancy row numbered before the filled one
        rows[4], rows[5] = (rows[4][0], rows[5][1]), (rows[5][0], rows[4][1])
        shape = "1.1.1.3"
    pipe = [f"{n:<9}{row}" for n, row in rows]
    return [f"Structure v{rng.randint(3, 9)} — {venue}, {town} (a {group} property)",
            f"Exported from {tool} as outline · Page 2 of 3 · last edited by {editor} "
            f"{rng.randint(2, 6)} days ago",
            f"Industry: {industry}        Shape data shown: Title | Name | Grade | Pay | Notes",
            "", *pipe, "",
            f"Comment thread on shape {shape} \"{title}\"  (resolved ✓)",
            f"  {editor}: Role card for the new {title} req, please check before it goes to "
            "the careers page.",
            f"  {people[1].split()[0]} {people[1].split()[1][0]}.: Competencies: "
            f"{tools[0]}, {tools[1]}, a second language ({languages[0]} or {languages[1]}), "
            f"local knowledge of {town}, {local}, {tasks[0]}, {tasks[1]}.",
            f"    Route in: most of ours started as {feeders[0].lower()}s or "
            f"{feeders[1].lower()}s. Route on: {title} > {assistant} > {head}, and the last "
            f"two {head}s went on to {beyond}.",
            f"    Good sideways moves are {laterals[0]} or {laterals[1]}.",
            f"  {editor}: 👍 adding. {_cap(perk)} and nights stay off the advert.", "",
            "Legend: H1–H7 grades · solid line = line management · dotted = matrix",
            f"{tool} · Share · Present · {comments} · © 2026 {group} — internal"]


# --------------------------------------------------------------------------------------
# An employee's filled-in annual performance appraisal
# --------------------------------------------------------------------------------------
# (company, industry, role, earlier role, the longer-term rung, the rotation's title and
#  team, competencies (two plain, one with items in parentheses, the tools, two soft), goals
#  (one a course), the certificate of the development actions)
_REVIEWS = (
    ("Quillon & Marsh Software, Inc.", "Enterprise software", "Technical Writer",
     "Support Specialist", "Documentation Manager", ("Developer Advocate", "DevRel"),
     ("information architecture", "release notes", "API documentation",
      ("OpenAPI", "Postman"), ("MadCap Flare", "Jira", "Confluence"),
      ("Cross-team collaboration", "Prioritization")),
     "Plain Language workshop", "Google Technical Writing cert"),
    ("Harlow Ridge Health Partners", "Healthcare services", "Financial Analyst",
     "Staff Accountant", "FP&A Manager", ("Treasury Analyst", "treasury"),
     ("variance analysis", "month-end close support", "forecasting",
      ("driver-based models", "Adaptive Planning"), ("Excel", "Power BI", "NetSuite"),
      ("Business partnering", "Time management")),
     "Advanced Excel course", "FMVA certificate"),
    ("Oakhurst Creative Group", "Branding & design services", "Graphic Designer",
     "Production Artist", "Art Director", ("Motion Designer", "motion"),
     ("layout and typography", "print production", "brand systems",
      ("style guides", "Figma libraries"), ("InDesign", "Illustrator", "After Effects"),
      ("Giving and receiving feedback", "Time management")),
     "Color theory refresher", "Adobe Certified Professional"),
)
_REVIEW_PEOPLE = ("Jordan Pell", "Maya Castellanos", "Riley Brandt", "Tessa Okafor",
                  "Devin Marsh", "Sam Whitlock")


def _appraisal(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("portal", "kra"))
    if variant == "kra":
        return _kra_form(rng, g)
    (company, industry, title, earlier, longer, (rotation, team), (c1, c2, c3, items, tools,
     soft), goal, cert) = rng.choice(_REVIEWS)
    senior = f"Senior {title}"
    grade2, grade3 = f"{title} II", f"{title} III"
    occupy(g, title, ladder=[title, senior, longer], moves_in=[earlier],
           transitions=[rotation])
    _spell(g, grade2)
    g.skills = {"top": [_cap(c1), _cap(c2), _cap(c3), *items, *tools],
                "soft": list(soft)}
    short = company.split(",")[0].removesuffix(" Inc.")
    g.employers, g.sectors = [short], [industry]
    g.printed_employers[short] = company
    employee, manager = rng.sample(_REVIEW_PEOPLE, 2)
    boss = rng.choice(("Creative Director", "Director of Operations", "Department Head"))
    portal = rng.choice(("People Portal", "TalentHub", "Workday-style HR"))
    g.must_not_appear += [employee, manager, boss, portal, "Exceeds Expectations",
                          "Needs improvement", "Proficient", "Spot bonus", "Employee signature"]
    g.optional += [goal, cert, grade3]
    base = rng.randint(58, 84) * 1000 + rng.choice((0, 200, 400, 600, 800))
    merit = rng.choice((2.5, 3.0, 3.5, 4.0))
    new = round(base * (1 + merit / 100))
    r_low = (base // 1000 - rng.randint(6, 10)) * 1000
    r_high = r_low + rng.randint(16, 22) * 1000
    s_low = r_high - rng.randint(1, 3) * 1000
    s_high = s_low + rng.randint(20, 26) * 1000
    _salary(g, base, base, point=True)
    _salary(g, new, new, point=True)
    _salary(g, r_low, r_high)
    _salary(g, s_low, s_high, level="Senior")
    spot = _no_pay(g, rng.choice((1000, 1500, 2000)), 250)

    def usd(low: int, high: int) -> str:
        """A grade range in full or in thousands ("$61K – $79K"), by the drawn base."""
        if base % 400:
            return f"${low:,} – ${high:,}"
        return f"${low // 1000}K – ${high // 1000}K"

    last, first = employee.split()[1], employee.split()[0]
    comps = [(_cap(c1), 4, 4), (_cap(c2), 4, 5), (f"{_cap(c3)} ({items[0]}, {items[1]})", 3, 4),
             (f"Tools: {', '.join(tools)}", 3, 3), (soft[0], 4, 4), (soft[1], 3, 3)]
    comp_rows = [f" {name} {'.' * max(2, 44 - len(name))} self {s} / mgr {m}"
                 for name, s, m in comps]
    ideal = ("Where do you want to be in 1–3 years?", "Career goals (next 1–3 years)")[base % 2]
    return [f"{short.upper()}  |  {portal}  >  Reviews  >  FY2026 Annual Review  >  {last}, "
            f"{first}",
            "Status: SIGNED OFF (employee ✓ 11/20 · manager ✓ 11/22 · HR ✓ 11/25)       "
            "[Download PDF]  [Print]", "", "FY2026 ANNUAL PERFORMANCE REVIEW",
            f"Employee: {employee}          Employee ID: {rng.randint(10000, 39999)}        "
            f"Title: {grade2}",
            f"Manager/Reviewer: {manager}, {boss}     Review period: 10/01/2025 – 09/30/2026",
            f"Company: {company}          Industry: {industry}", "",
            "SECTION 1 – SELF-ASSESSMENT OF CORE RESPONSIBILITIES",
            f" I moved over from the {earlier} role in March 2024 and this is my first full "
            f"year in the {title.lower()} seat.",
            "How would you rate your overall effectiveness?   ( ) Exceeded  (•) Met  ( ) "
            "Partially met  ( ) Below", "",
            "SECTION 2 – GOALS / KPIs",
            " # | Goal                                   | Status       | Mgr rating",
            f" 1 | Own the {c2} process{'':<{max(1, 19 - len(c2))}}| Completed    | 4",
            f" 2 | Finish {goal:<31}| Postponed    | n/a", "",
            "SECTION 3 – COMPETENCY EVALUATION  (1 Needs improvement · 2 Developing · 3 "
            "Proficient · 4 Advanced · 5 Expert)", *comp_rows, "",
            "SECTION 4 – CAREER ASPIRATIONS & DEVELOPMENT", f" {ideal}",
            f" I'd like to be considered for {senior} next cycle and, longer term, {longer}. "
            f"I'd also like a 3-month rotation with the {team} team to try the {rotation} "
            "track before deciding.",
            f" Development actions: {cert}; {goal} (carried).", "",
            "SECTION 5 – MANAGER COMMENTS",
            f" Recommend promotion to {senior} effective 1/1 if budget allows; otherwise "
            f"{grade3} in this cycle. Rotation approved for Q3.",
            " Overall rating:  4 – EXCEEDS EXPECTATIONS", "",
            "SECTION 6 – COMPENSATION (HR USE ONLY)",
            f" Current base salary ........... ${base:,}",
            f" Merit increase ................ {merit}%   → New base ${new:,} eff. 01/01/2027",
            f" Range, {grade2} {'.' * max(2, 22 - len(grade2))} {usd(r_low, r_high)}",
            f" Range, {senior} {'.' * max(2, 22 - len(senior))} {usd(s_low, s_high)}",
            f" Spot bonus (launch) ........... ${spot:,.0f}", "",
            "Employee signature ____________   Manager signature ____________   Date ________",
            f"This form is confidential. {portal} v4.{rng.randint(1, 9)} | Privacy | Log out"]


# (company, industry, role, department, earlier job and firm, the rung after Senior, the
#  rotation teams and titles, KRAs (technique with two methods in parentheses, a standard,
#  tools, a review task), competencies (technical knowledge items, a tool, a language with
#  a library, two soft), exams, trainings, appointed reviewer's title)
_KRAS = (
    ("Kaveri Finance Ltd.", "Non-banking finance", "Credit Analyst", "Credit – SME Lending",
     ("Loan Officer", "Vardhan Cooperative Bank"), "Assistant Manager – Credit",
     (("Collections", "Collections Analyst"), ("Risk", "Risk Analyst")),
     ("cash-flow based appraisal", ("CMA data", "ratio analysis"), "RBI KYC norms",
      ("Excel", "CIBIL reports"), "Peer review of sanction notes"),
     (("credit appraisal", "financial statement analysis"), "SQL", ("Python", "pandas"),
      "Negotiation", "Attention to detail"),
     ("CFA Level I", "CFA Level II"), ("Credit risk modelling", "IFRS 9 expected losses"),
     "Chief Credit Officer"),
    ("Vaigai Auto Components Pvt. Ltd.", "Automotive components", "Quality Engineer",
     "Quality – Machining", ("Production Supervisor", "Ranade Forgings"),
     "Assistant Manager – Quality", (("Supplier Quality", "Supplier Quality Engineer"),
                                    ("Process", "Process Engineer")),
     ("PPAP submissions", ("PFMEA", "control plans"), "IATF 16949",
      ("Minitab", "CMM reports"), "Peer review of audit findings"),
     (("statistical process control", "gauge R&R"), "SAP QM", ("Python", "NumPy"),
      "Problem solving", "Attention to detail"),
     ("Six Sigma Green Belt", "Six Sigma Black Belt"), ("Core tools refresher",
                                                        "Root cause analysis workshop"),
     "Plant Head"),
)
_KRA_PEOPLE = ("Aditya Kulkarni", "Meera Nair", "R. Subramanian", "Pooja Bhatt",
               "Sandeep Rao", "Kavita Menon")


def _kra_form(rng: random.Random, g: Guide) -> list[str]:
    """An Indian company's appraisal form: employee details with the earlier job, a KRA
    table with weightage and three ratings, "|"-separated competencies with items in
    parentheses, exams as training needs and an exam allowance, aspirations and a rotation,
    a promotion recommendation, and HR's CTC in lakh with the next band's range."""
    (company, industry, title, dept, (earlier, firm), after, rotations,
     (kra1, methods, standard, tools, review), (tech, tool, (lang, lib), soft1, soft2),
     exams, trainings, reviewer) = rng.choice(_KRAS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[title, senior, after], moves_in=[earlier],
           transitions=[t for _, t in rotations])
    g.skills = {"top": [_cap(kra1), *(_cap(m) for m in methods), standard, *tools,
                        *(_cap(t) for t in tech), tool, lang, lib],
                "soft": [soft1, soft2]}
    short = company.removesuffix(" Pvt. Ltd.").removesuffix(" Ltd.")
    g.employers, g.sectors = [short], [industry]
    g.printed_employers[short] = company
    employee, appraiser, chief = rng.sample(_KRA_PEOPLE, 3)
    manager = after.replace("Assistant ", "")
    g.must_not_appear += [employee, appraiser, chief, reviewer, "HRMS", "Weightage",
                          "Normalisation bucket", "Variable pay", "Role model"]
    g.optional += [firm, *exams, *trainings, "Technical knowledge", review]
    band = rng.choice(("A2", "B1", "M2"))
    next_band = band[0] + str(int(band[1]) + 1)
    current = rng.randint(62, 98) * 10_000
    increment = rng.choice((8, 9, 10, 11, 12))
    revised = current * (100 + increment) // 100
    low = (revised // 100_000) + rng.randint(1, 2)
    high = low + rng.randint(3, 5)
    _salary(g, current, current, "INR", point=True)
    _salary(g, revised, revised, "INR", point=True)
    _salary(g, low * 100_000, high * 100_000, "INR", level="Senior")
    allowance = int(_no_pay(g, rng.choice((15_000, 20_000, 25_000)), 5000))
    years = rng.randint(2, 4)
    kra_rows = [(f"Quarterly {kra1} ({methods[0]},", 30, "4", "4", "4"),
                (f" {methods[1]}) for the year", 0, "", "", ""),
                (f"{standard} compliance checks", 25, "3", "3", "3"),
                (f"Automate checks in {tools[0]} and {tools[1]}", 20, "5", "4", "4"),
                (review, 15, "3", "3", "—")]
    table = ["S.No | KRA                                        | Weightage | Self | "
             "Appraiser | Reviewer"]
    n = 0
    for text, weight, s, a, r in kra_rows:
        n += 1 if weight else 0
        table.append(f"{(str(n) if weight else ''):<5}| {text:<43}| "
                     f"{(f'{weight}%' if weight else ''):<10}| {s:<5}| {a:<10}| {r}")
    return [f"{company}{'':<30}HRMS ▸ PMS ▸ Appraisal 2025-26",
            "ANNUAL PERFORMANCE APPRAISAL FORM (FY 2025-26)             Form PMS-03 Rev.2   "
            "Page 1/3", "", "PART A : EMPLOYEE DETAILS",
            f"Emp. Code: {rng.choice(('KF', 'VA', 'EM'))}{rng.randint(10000, 19999)}      "
            f"Name: {employee}          Designation: {title}",
            f"Band/Grade: {band}           Department: {dept}     Location: Pune (HO)",
            f"Appraiser: {appraiser} ({manager})     Reviewer: {chief} ({reviewer})",
            f"Previous experience: {years} yrs as {earlier}, {firm}",
            f"Industry: {industry}          Employment type: Permanent", "",
            "PART B : KEY RESULT AREAS (KRAs)", *table,
            f"{'':<42}Weighted score :  3.{rng.randint(40, 90)} / 5", "",
            "PART C : COMPETENCIES (1 = Basic, 5 = Role model)",
            f"Technical knowledge ({tech[0]}, {tech[1]}) - 4 | {tool} - 4 | {lang} ({lib}) - 3 "
            f"| {soft1} - 3 | {soft2} - 4", "",
            "PART D : TRAINING & DEVELOPMENT NEEDS",
            f"- Exams: {exams[0]} cleared. Next attempt: {exams[1]}.",
            f"- Exam allowance Rs. {allowance:,} per paper cleared.",
            f"- Training requested: {trainings[0]}, {trainings[1]}.", "",
            "PART E : CAREER ASPIRATIONS (by employee)",
            f"I wish to become {senior} after clearing {exams[1]}, and later {after}. I am "
            f"also open to a rotation to the {rotations[0][0]} team as {rotations[0][1]} or "
            f"to {rotations[1][0]} as {rotations[1][1]} for 12 months.", "",
            "PART F : APPRAISER'S COMMENTS",
            f"Recommended for promotion to {senior} (Band {next_band}) w.e.f. 01-Apr-2026.",
            "", "PART G : REVIEWER / HR (to be filled by HR)",
            f"Current CTC: {_lakh(current)} p.a.     Increment: {increment}%     Revised CTC: "
            f"₹{indian_grouping(revised)} p.a.",
            f"Band {next_band} CTC range: "
            + (f"₹{low} – {high} LPA" if current % 20_000 else f"₹{low}-{high} lakh p.a.")
            + " (applies on promotion)    "
            "Variable pay: as per policy", f"Normalisation bucket: {rng.randint(1, 5)} of 5", "",
            "Employee sign: __________   Appraiser sign: __________   Reviewer sign: ________",
            "Confidential | Generated by HRMS on 28-03-2026 18:42 | Page 1/3"]


# --------------------------------------------------------------------------------------
# A parliament's written answer about one profession
# --------------------------------------------------------------------------------------
# (profession, the question's heading, specialisms of the Band 6 staff, the advanced and
#  consultant titles, the apprenticeship's feeder posts, what the retrainees become and
#  what they retrain in, the other staff group of the grouped question, what advanced
#  practitioners do)
_COMMONS = (
    ("Physiotherapist", "Physiotherapy: Workforce",
     ("musculoskeletal outpatients", "respiratory care", "neurological rehabilitation"),
     ("Advanced Practitioner Physiotherapist", "Consultant Physiotherapist"),
     ("Therapy Assistant", "Rehabilitation Assistant"), ("Orthotist", "orthotics"),
     "Occupational therapists", "run first-contact clinics and request scans"),
    ("Dietitian", "Dietitians: Recruitment and Pay",
     ("enteral feeding", "diabetes education", "renal nutrition"),
     ("Advanced Practitioner Dietitian", "Consultant Dietitian"),
     ("Dietetic Assistant", "Healthcare Assistant"), ("Public Health Nutritionist",
                                                      "public health"),
     "Speech and language therapists", "lead nutrition support teams"),
    ("Operating Department Practitioner", "Operating Theatres: Staff",
     ("anaesthetic support", "scrub practice", "post-anaesthetic care"),
     ("Advanced Operating Department Practitioner",
      "Consultant Operating Department Practitioner"),
     ("Theatre Support Worker", "Healthcare Assistant"), ("Anaesthesia Associate",
                                                          "anaesthesia"),
     "Theatre nurses", "run pre-operative assessment"),
)
_MEMBERS = (("Helen Drury", "Wexcombe"), ("Arun Batra", "Solent North"),
            ("Gwen Pryce-Morgan", "Tarrant Vale"), ("Colin Featherstone", "Amblebury"))
_PARTIES = ("Liberal Democrat", "Conservative", "Labour", "Green Party")
_MINISTERS = ("Dr Ruth Okonedo", "Karen Ashworth", "Lewis Gadd")


def _pqanswer(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("commons", "dail"))
    if variant == "dail":
        return _dail_answer(rng, g)
    (title, heading, specialisms, (advanced, consultant), feeders, (retrained, field),
     other, tasks) = rng.choice(_COMMONS)
    plural = f"{title.lower()}s"
    occupy(g, title, ladder=[title, advanced, consultant], moves_in=list(feeders),
           transitions=[retrained])
    g.skills = {"top": [_cap(s) for s in specialisms]}
    # (fresh60) "The NHS in England employed …": set 27's hand truth accepts the name with
    # its region ("[NHS, NHS in England, NHS England]"), the page prints no other
    g.employers = ["NHS"]
    g.printed_employers["NHS"] = "NHS"
    g.more_spellings["NHS"] = ["NHS in England"]
    (member, seat), party = rng.choice(_MEMBERS), rng.choice(_PARTIES)
    minister = rng.choice(_MINISTERS)
    uin = rng.randint(40000, 59999)
    g.must_not_appear += [member, seat, party, "Minister of State",
                          "Department of Health and Social Care",
                          "Written questions, answers and statements", f"UIN {uin}",
                          "Named day", "High cost area supplement", other, "Cookie policy"]
    g.optional += ["Agenda for Change", f"{title} degree apprenticeship"]
    b5 = rng.randint(29, 32) * 1000 + rng.randint(1, 99) * 10
    bands = [(b5, b5 + rng.randint(60, 75) * 100)]
    for _ in range(2):
        low = bands[-1][1] + rng.randint(7, 12) * 100 + rng.randint(1, 9) * 10
        bands.append((low, low + rng.randint(70, 90) * 100))
    floor = bands[-1][1] + rng.randint(10, 15) * 100 + rng.randint(1, 9) * 10
    _salary(g, *bands[0], "GBP", level="Newly Qualified")
    _salary(g, *bands[1], "GBP")
    _salary(g, *bands[2], "GBP", belongs_to=advanced)
    _salary(g, floor, None, "GBP", belongs_to=consultant)
    spend = rng.randint(20, 60) + rng.randint(1, 9) / 10
    rate = int(_no_pay(g, rng.randint(55, 75), 1))
    fte = rng.randint(8000, 30000)
    joint = ("to", "–")[fte % 2]  # from a drawn figure: no draw of its own

    def fmt(b: tuple[int, int]) -> str:
        return f"£{b[0]:,} {joint} £{b[1]:,}"

    places = rng.randint(150, 600)
    steps = [f"To widen entry, the Department is funding {places} further places on the "
             f"{title.lower()} degree apprenticeship this year. Many apprentices are already "
             f"in the workforce as {feeders[0].lower()}s or {feeders[1].lower()}s, and NHS "
             f"England's career framework sets out how {plural} can progress to {advanced} "
             f"and then to {consultant}. Some {plural} also retrain in {field} to work as "
             f"{retrained.lower()}s, and that route is supported through the same framework."]
    pay = [f"{_cap(plural)} are employed on Agenda for Change terms. A newly qualified "
           f"{title.lower()} starts at Band 5, which from 1 April 2026 is {fmt(bands[0])} a "
           f"year. {_cap(plural)} working at Band 6, usually after specialising in "
           f"{specialisms[0]}, {specialisms[1]} or {specialisms[2]}, earn {fmt(bands[1])}. "
           f"{advanced}s, who {tasks}, are at Band 7 ({fmt(bands[2])}), and {consultant}s at "
           f"Band 8a and above (from £{floor:,}). Staff in inner London also receive a high "
           "cost area supplement."]
    body = [*pay, "", *steps] if pick_chance(rng, 0.5) else [*steps, "", *pay]
    return ["UK Parliament  |  Written questions, answers and statements",
            f"Home > Written questions > {heading}",
            "Search questions ▾   Filter: House of Commons · Answered · Department of Health "
            "and Social Care", "", heading,
            f"Question for Department of Health and Social Care          UIN {uin}, tabled on "
            f"{rng.randint(2, 9)} November 2026", "", f"{member} ({seat}) — {party}",
            "To ask the Secretary of State for Health and Social Care, what the pay range is "
            f"for {plural} in the NHS in England; and what steps his Department is taking to "
            "improve career progression in that profession.", "",
            f"Answered on {rng.randint(10, 20)} November 2026",
            f"{minister}, Minister of State (Department of Health and Social Care)", "",
            f"The NHS in England employed {fte:,} full-time equivalent {plural} in August "
            f"2026. The vacancy rate for the staff group in the same quarter was "
            f"{rng.randint(40, 120) / 10}%.", "", *body, "",
            f"Expenditure on agency {plural} fell to £{spend} million in 2025-26; capped "
            f"agency rates are £{rate} an hour.", "",
            f"Grouped questions: UIN {uin + 1} ({other}: numbers) — answered together.", "",
            "Attachment: none                 Statement made? No          Named day? No", "",
            "Share: X / Facebook / Email          Is this page useful? Yes · No          Print",
            "© UK Parliament 2026    Cookie policy    Accessibility statement    Contact us"]


# (profession, abbreviation, the body that employs them (or none), the kinds of employer
#  named instead (sectors), how the answer says who employs them, care tasks, what they
#  qualify as (up), where others moved (lateral), feeder jobs, the comparison grade, the
#  training programme, the question's other topic, the minister asked)
_DAIL = (
    ("Home Support Worker", "HSW", "Health Service Executive", (),
     "are employed by the Health Service Executive and by voluntary providers funded by it",
     ("personal care", "meal preparation", "medication prompting", "companionship",
      "errand running"), "Registered Nurse", "Community Support Officer",
     ("Care Assistant", "Household Worker"), "Multi-Task Attendant",
     "QQI Level 5 Health Service Skills programme", "Home Help Hours", "Minister for Health"),
    ("School Bus Escort", "SBE", "", ("primary schools", "post-primary schools",
                                      "special schools"),
     "are employed by the boards of management of primary schools, post-primary schools "
     "and special schools",
     ("safe boarding", "seatbelt checks", "behaviour support", "first aid",
      "wheelchair clamping"), "Special Needs Assistant", "Transport Liaison Officer",
     ("Taxi Driver", "Childminder"), "School Secretary",
     "QQI Level 5 Passenger Assistance programme", "School Transport Tenders",
     "Minister for Education"),
    ("Early Years Educator", "EYE", "", ("community childcare services",
                                          "private childcare services"),
     "are employed by community childcare services and private childcare services",
     ("play-based learning", "child observation", "nappy changing", "healthy eating",
      "Aistear planning"), "Primary School Teacher", "Early Years Specialist",
     ("Childminder", "Au Pair"), "Clerical Officer",
     "QQI Level 6 Early Childhood Care and Education programme", "Capitation Grants",
     "Minister for Children"),
)
_DEPUTIES = ("Siobhán Ní Bhriain", "Declan Furlong", "Aoife Kinsella", "Pádraig Mulcahy")
_COUNTIES = ("County Laois", "County Sligo", "County Louth", "County Leitrim")


def _dail_answer(rng: random.Random, g: Guide) -> list[str]:
    """A Dáil written answer: three grouped questions with references and "View answer",
    "I propose to take Questions … together", a point scale from its first point to its
    maximum, a temporary cover hourly rate, a comparison grade's scale, care tasks in a
    "such as" list, moves out by qualifying or moving into posts, and feeder jobs."""
    (title, abbr, employer, kinds, employed, tasks, qualify, moved, feeders, comparison,
     programme, other, minister) = rng.choice(_DAIL)
    plural = f"{title}s"
    occupy(g, title, leads=[qualify], transitions=[moved], moves_in=list(feeders))
    _spell(g, abbr)
    g.skills = {"top": [_cap(t) for t in tasks]}
    if employer:  # a body employs the role
        g.employers = [employer]
    else:  # only kinds of employer: sectors
        g.sectors = [_cap(k) for k in kinds]
    if "boards of management" in employed:
        g.optional.append("Boards of management")
    deputies = rng.sample(_DEPUTIES, 2)
    county = rng.choice(_COUNTIES)
    q = rng.randint(300, 600)
    refs = [f"[{rng.randint(40000, 59999)}/26]" for _ in range(3)]
    g.must_not_appear += [*deputies, minister, "Houses of the Oireachtas",
                          "Dáil Éireann", "Written answers", "View answer", county, other,
                          "Long service increment", refs[0]]
    g.optional += [programme, "Level 7 degree"]
    points = rng.randint(10, 14)
    low = rng.randint(27000, 31000)
    high = low + rng.randint(150, 190) * 100 + rng.randint(1, 99)
    c_low = _apart(float(low + rng.randint(5, 15) * 100 + rng.randint(1, 9)), [float(low)])
    c_high = high + rng.randint(5, 15) * 100 + rng.randint(1, 9)
    hourly = rng.randint(1700, 2100) / 100
    _salary(g, low, high, "EUR")
    _salary(g, hourly, hourly, "EUR", period="hour", point=True)
    _salary(g, int(c_low), c_high, "EUR", belongs_to=comparison)
    posts = rng.randint(3000, 25000)
    questions = [
        (deputies[0], f"{q}. Deputy {deputies[0]} asked the {minister} the current "
                      f"salary scale for {plural.lower()}; the number of points on the scale; "
                      f"and if she will make a statement on the matter. {refs[0]}"),
        (deputies[1], f"{q + 1}. Deputy {deputies[1]} asked the {minister} the "
                      f"career progression available to {plural.lower()}; and if she will "
                      f"make a statement on the matter. {refs[1]}"),
        (deputies[1], f"{q + 2}. Deputy {deputies[1]} asked the {minister} the "
                      f"number of {abbr}s employed in {county}. {refs[2]}")]
    out = ["Skip to main content                                              Gaeilge | Normal "
           "View | Text only",
           f"Houses of the Oireachtas  ›  Debates  ›  Dáil Éireann  ›  Written answers  ›  "
           f"{plural}", "", plural,
           f"Dáil Éireann Debate, Tuesday - {rng.randint(3, 24)} November 2026",
           f"Questions ({q}, {q + 1}, {q + 2})", ""]
    for deputy, text in questions:
        out += [deputy, "Question:", text, "View answer", ""]
    return [*out, "Written answers", "",
            f"I propose to take Questions Nos. {q} to {q + 2}, inclusive, together.", "",
            f"{plural} ({abbr}s) {employed}, and are paid through my Department's grant. "
            f"There are currently {posts:,} {abbr} posts allocated nationally.", "",
            f"The {abbr} salary scale has {points} points. From 1 October 2026 the scale runs "
            f"from €{low:,} on the first point to €{high:,} on the maximum, with a long "
            f"service increment after 15 years' service. {abbr}s employed on a temporary "
            f"basis to cover absences are paid an hourly rate of €{hourly:.2f}. For "
            f"comparison, the {comparison} scale in the wider public service runs from "
            f"€{int(c_low):,} to €{c_high:,}.", "",
            f"{abbr}s provide support such as {tasks[0]}, {tasks[1]} and {tasks[2]}, "
            f"{tasks[3]} and {tasks[4]}.", "",
            f"There is no promotional grade within the {abbr} grade itself. My Department "
            f"funds the {programme} for serving {abbr}s, and {abbr}s who hold a level 7 degree "
            f"may go on to qualify as {qualify}s. Others have moved into posts as {moved}s. "
            f"Many people come to the role from work as {feeders[0]}s or {feeders[1]}s.", "",
            "I trust this clarifies the matter for the Deputies.", "",
            f"Next: {other}   Previous: Teacher Supply", "",
            "Oireachtas.ie  ·  Contact us  ·  Privacy statement  ·  Cookies  ·  © Houses of "
            "the Oireachtas"]


# --------------------------------------------------------------------------------------
# An employment tribunal's or commission's decision
# --------------------------------------------------------------------------------------
# (post, first post, second post, supervisor, the top post, respondent, its business (a
#  phrase naming the sector), sector, duties (four techniques, then "A and B noun"), the
#  card held, the job after dismissal and its employer)
_TRIBUNALS = (
    ("Scaffolder", "Scaffolding Labourer", "Trainee Scaffolder", "Scaffolding Supervisor",
     "Contracts Manager", "Pellow Access Scaffolding Ltd",
     "erects and dismantles scaffolding for the construction industry", "Construction",
     ("pre-erection site checks", "reading scaffold drawings", "load-bearing calculations",
      "handover inspections", "independent and birdcage scaffolds"), "CISRS card",
     ("Rope Access Technician", "Highline Rope Access Ltd")),
    ("Bus Driver", "Bus Cleaner", "Depot Shunter", "Depot Supervisor", "Operations Manager",
     "Weaverdale Buses Ltd", "runs scheduled passenger transport services", "Passenger transport",
     ("pre-departure vehicle checks", "ticket machine operation", "wheelchair ramp deployment",
      "defensive driving", "single-deck and double-deck buses"), "Driver CPC card",
     ("Coach Driver", "Moorland Coaches Ltd")),
    ("Commercial Electrician", "Electrician's Mate", "Apprentice Electrician",
     "Electrical Supervisor", "Contracts Engineer", "Brightwire Installations Ltd",
     "carries out electrical installation in commercial buildings",
     "Electrical installation",
     ("cable containment", "inspection and testing", "fault finding", "isolation procedures",
      "three-phase and single-phase distribution boards"), "ECS gold card",
     ("Maintenance Electrician", "Fenwick Facilities Ltd")),
)
_CLAIMANTS = ("Mr J Okonkwo", "Ms P Delaney", "Mr S Varga", "Ms A Ruddock")
_JUDGES = ("Employment Judge Brannigan", "Employment Judge Solberg", "Employment Judge Kettle")
_TOWNS = ("Leeds", "Bristol", "Nottingham", "Newcastle")


def _tribunal(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("govuk", "commission"))
    if variant == "commission":
        return _commission(rng, g)
    (title, first, second, supervisor, top, respondent, business, sector, duties, card,
     (after, after_firm)) = rng.choice(_TRIBUNALS)
    occupy(g, title, ladder=[first, second, title, supervisor, top], transitions=[after])
    g.skills = {"top": [*(_cap(d) for d in duties[:4]), *_shared_head(duties[4])]}
    g.employers, g.sectors = [respondent.removesuffix(" Ltd")], [sector]
    g.printed_employers[g.employers[0]] = respondent
    claimant, judge = rng.choice(_CLAIMANTS), rng.choice(_JUDGES)
    comparator = f"Mr {rng.choice(('Ashby', 'Ferris', 'Hanley', 'Bose'))}"
    town = rng.choice(_TOWNS)
    reps = rng.sample(("Ms F Obuya", "Mr T Rooke", "Ms C Lerner", "Mr D Amis"), 2)
    g.must_not_appear += [claimant, comparator, judge, *reps, "HM Courts & Tribunals Service",
                          "Employment Tribunal", "Unfair Dismissal", "Reserved Judgment",
                          "Open Government Licence v3.0", town]
    g.optional += [card, after_firm, after_firm.removesuffix(" Ltd"), duties[4]]
    first_rate = rng.randint(1150, 1450) / 100
    rate = rng.randint(1800, 2500) / 100
    hours = rng.choice((39, 40, 42, 45))
    per = ("per hour", "an hour")[hours % 2]  # from a drawn figure: no draw of its own
    weekly = round(rate * hours * rng.uniform(1.05, 1.25), 2)
    sup = rng.randint(42, 58) * 1000 + rng.choice((0, 500))
    after_rate = rng.randint(1300, 1800) / 100
    _salary(g, rate, rate, "GBP", period="hour", point=True)
    _salary(g, weekly, weekly, "GBP", period="week", point=True)
    _salary(g, first_rate, first_rate, "GBP", period="hour", point=True, belongs_to=first)
    _salary(g, sup, sup, "GBP", point=True, belongs_to=supervisor)
    _salary(g, after_rate, after_rate, "GBP", period="hour", point=True, belongs_to=after)
    cap = _no_pay(g, rng.randint(700, 760), 1)
    net = _no_pay(g, round(weekly * 0.78), 1)
    case = f"{rng.randint(1800000, 1899999)}/2025"
    n = rng.randint(11, 16)
    findings = [
        f"{n}. The respondent {business} and employs about {rng.randint(60, 300)} people.",
        f"{n + 1}. The claimant began work for the respondent on 3 March 2015 as "
        f"{_a(first)} {first.lower()} and was paid £{first_rate:.2f} per hour.",
        f"{n + 2}. From May 2017 the claimant worked as {_a(second)} {second}. Having obtained "
        f"a {card}, on 1 October 2019 the claimant was appointed {title}, the post held until "
        "dismissal.",
        f"{n + 3}. The tribunal accepts the respondent's evidence, not disputed, that staff "
        f"usually progress from {second} to {title} and from there to {supervisor}, and that "
        f"{supervisor}s may go on to become {top}, which is a salaried role.",
        f"{n + 4}. A {title}'s duties, as set out in the job description at page "
        f"{rng.randint(100, 300)} of the bundle, include {duties[0]}, {duties[1]}, "
        f"{duties[2]}, {duties[3]} and work on {duties[4]}. The claimant worked mostly on "
        f"{_shared_head(duties[4])[0].lower()} in 2024.",
        f"{n + 5}. At dismissal the claimant's basic rate was £{rate:.2f} {per} for a "
        f"{hours}-hour week. With overtime the claimant's average gross weekly pay over the 12 "
        f"weeks before dismissal was £{weekly:,.2f}.",
        f"{n + 6}. In March 2024 the claimant applied for a vacancy as {supervisor}. The post "
        f"was given to {comparator}. {comparator}'s salary as {supervisor} was £{sup:,} a "
        "year."]
    remedy = [f"{n + 40}. The basic award is calculated on a week's pay capped at the "
              f"statutory maximum of £{cap:.0f}.",
              f"{n + 41}. For the compensatory award the tribunal takes the claimant's net "
              f"weekly pay of £{net:.0f}.",
              f"{n + 42}. The claimant obtained work with {after_firm} as {_a(after)} {after} "
              f"from 2 February 2026 at £{after_rate:.2f} {per}, and the claimant's loss "
              "ends then."]
    return ["GOV.UK  Home > Employment > Employment tribunal decisions",
            f"{claimant} v {respondent}: {case}",
            "From: HM Courts & Tribunals Service and Employment Tribunal      Published 2 "
            "October 2026", "Country: England and Wales          Jurisdiction code: Unfair "
            "Dismissal", "", f"[PDF] {claimant} v {respondent} - {case} - Reserved Judgment "
            f"(PDF, {rng.randint(200, 600)} KB)", "", "EMPLOYMENT TRIBUNALS",
            f"Claimant: {claimant}                Respondent: {respondent}",
            f"Heard at: {town}     On: 8, 9 and 10 July 2026", f"Before: {judge}",
            f"Representation  Claimant: {reps[0]} (counsel)   Respondent: {reps[1]} "
            "(solicitor)", "", "RESERVED JUDGMENT",
            "1. The complaint of unfair dismissal is well founded and succeeds.", "",
            "REASONS", "Findings of fact", *findings, "...", "Remedy", *remedy, "",
            f"{judge} — Date 19 September 2026", "",
            "Is this page useful?  Yes  No    Report a problem with this page",
            "OGL  All content is available under the Open Government Licence v3.0   © Crown "
            "copyright"]


# (post, what the employer's documents also call it, first post, the certificate, the
#  up move offered, where colleagues moved and as what, the job after dismissal, the
#  respondent, its business (naming the sector), the sector, duties (techniques, then a
#  system), a duty with that system, the word for one of its workplaces)
_COMMISSIONS = (
    ("Veterinary Nurse", "vet nurse", "Kennel Hand", "Certificate IV in Veterinary Nursing",
     "Clinic Manager", ("the pathology laboratory", "Laboratory Assistant"),
     "Pet Store Attendant", "Greenpaw Veterinary Group Pty Ltd", "a veterinary services group",
     "Veterinary services", ("anaesthetic monitoring", "radiography positioning",
                             "post-operative care", "dental scaling", "VetPulse"),
     "processing invoices in VetPulse", "clinic"),
    ("Dental Assistant", "dental nurse", "Receptionist", "Certificate III in Dental Assisting",
     "Practice Coordinator", ("the sterilisation unit", "Sterilisation Technician"),
     "Medical Receptionist", "Brightsmile Dental Pty Ltd", "a dental care group",
     "Dental care", ("chairside assisting", "instrument sterilisation",
                     "intraoral radiography", "impression taking", "ToothBase"),
     "keeping patient charts in ToothBase", "clinic"),
    ("Pharmacy Assistant", "dispensary assistant", "Shop Assistant",
     "Certificate III in Community Pharmacy", "Store Manager",
     ("the distribution centre", "Stock Controller"), "Cafe Attendant",
     "Healthwise Pharmacy Pty Ltd", "a community pharmacy chain", "Community pharmacy",
     ("prescription intake", "Pharmacist Only medicine referrals", "webster-pak packing",
      "stock rotation", "RxOne"), "recording scripts in RxOne", "store"),
)
_APPLICANTS = ("Ms Chloe Nguyen", "Ms Dana Fitzroy", "Ms Priya Raman", "Ms Jade Kowalski")
_MEMBERS_FWC = ("DEPUTY PRESIDENT HALLORAN", "COMMISSIONER ABERLE", "DEPUTY PRESIDENT MUNRO")


def _commission(rng: random.Random, g: Guide) -> list[str]:
    """A commission's unfair-dismissal decision: bracketed paragraphs, a catchwords line, the
    applicant's first post, a certificate, the post "also called" another name, a Senior
    post's annual salary "plus superannuation", duties from the position description, a
    usual promotion, colleagues moving across, the high income threshold, weekly
    remuneration and the casual job taken after dismissal with its hourly rate."""
    (title, also, first, certificate, offered, (unit, across), after, respondent, business,
     sector, duties, with_system, place) = rng.choice(_COMMISSIONS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[first, title, senior], leads=[offered],
           transitions=[across, after])
    _spell(g, _cap(also))
    g.skills = {"top": [_cap(d) for d in duties]}
    g.employers, g.sectors = [respondent.removesuffix(" Pty Ltd")], [sector]
    g.printed_employers[g.employers[0]] = respondent
    applicant, member = rng.choice(_APPLICANTS), rng.choice(_MEMBERS_FWC)
    surname = applicant.split()[-1]
    manager = f"Mr {rng.choice(('Gerard', 'Patrick', 'Colin'))} {rng.choice(('Healy', 'Tran'))}"
    city = rng.choice(("MELBOURNE", "SYDNEY", "BRISBANE"))
    g.must_not_appear += [surname, member.title(), manager, "Area Manager",
                          "Fair Work Commission", "Fair Work Act 2009", "High income threshold",
                          "Decision signature", "Member search"]
    g.optional += [certificate, "Superannuation", "Second-in-charge", with_system]
    salary = rng.randint(58, 76) * 1000
    weekly = round(salary / 52, 2)
    casual = rng.randint(2650, 3150) / 100
    _salary(g, salary, salary, "AUD", point=True, level="Senior")
    _salary(g, weekly, weekly, "AUD", period="week", point=True)
    _salary(g, casual, casual, "AUD", period="hour", point=True, belongs_to=after)
    threshold = _no_pay(g, rng.randint(175, 190) * 1000 + 100, 100)
    award = _no_pay(g, rng.randint(40, 140) * 100 + 50, 50)
    stores = rng.randint(12, 60)
    return [f"Fair Work Commission | Decisions | Document search       Home › Decisions › "
            f"[2026] FWC {rng.randint(1000, 6000)}",
            "Print · Download DOCX · Cite                              Member search  |  "
            "Decision signature", "", "DECISION", "Fair Work Act 2009",
            "s.394 - Application for unfair dismissal remedy", "", applicant.split(" ", 1)[1],
            "v", respondent, f"(U2026/{rng.randint(1000, 9999)})", "",
            f"{member}{'':<30}{city}, {rng.randint(2, 28)} OCTOBER 2026", "",
            f"Application for an unfair dismissal remedy – {title.lower()} – dismissal for "
            "alleged misconduct – no valid reason – compensation ordered.", "",
            f"[1] {applicant} (the Applicant) has applied under s.394 of the Fair Work Act "
            f"2009 for a remedy, alleging she was unfairly dismissed by {respondent} (the "
            f"Respondent), {business} with {stores} {place}s.", "", "Background",
            f"[7] The Applicant commenced employment with the Respondent in February 2018 as "
            f"{_a(first)} {first}. In 2019 she enrolled in a {certificate}, and on completing "
            f"it she was appointed {title} (also called {_a(also)} {also} in the Respondent's "
            "position descriptions).",
            f"[8] In July 2023 she became {senior} and the {place}'s second-in-charge. Her "
            f"contract set her remuneration at ${salary:,} per annum plus superannuation.",
            f"[9] The position description in evidence lists {duties[0]}, {duties[1]}, "
            f"{duties[2]}, {duties[3]} and {with_system}.",
            f"[10] The Respondent's Area Manager, {manager}, gave evidence that staff who "
            f"perform well are usually offered {_a(offered)} {offered} role within two years. "
            f"Two of the Applicant's former colleagues had moved across to {unit} as "
            f"{across}s.", "",
            f"[14] The Applicant's annual rate of earnings was below the high income threshold "
            f"of ${threshold:,.0f}.", "", "...", "", "Remedy",
            f"[62] I am satisfied the Applicant's weekly remuneration was ${weekly:,.2f}. Since "
            f"her dismissal she has worked casually as {_a(after)} {after} at "
            f"${casual:.2f} an hour, a matter I take into account.",
            f"[65] I order the Respondent to pay the Applicant ${award:,.0f} less tax within 14 "
            "days.", "", member.split()[0] + (" " + member.split()[1] if "PRESIDENT" in member
                                              else ""),
            "Printed by authority of the Commonwealth Government Printer"]


# --------------------------------------------------------------------------------------
# A Vietnamese job posting or careers article read through a browser translator
# --------------------------------------------------------------------------------------
# (translated title, Vietnamese title, company, its Vietnamese name, town, industries,
#  duties' skills (four trade terms and techniques) and the two duty lines naming them,
#  software, translated soft skills, earlier positions (two "in the position", one "worked
#  as"), the rungs above, majors, similar jobs (two titles with bands, one with a dollar top))
_POSTINGS = (
    ("Purchasing Staff", "Nhân viên Mua hàng", "An Khang Furniture Co., Ltd",
     "Công ty TNHH Nội Thất An Khang", "Binh Duong", ("Wood - Furniture", "Purchasing - Supply"),
     ("RFQ", "MOQ", "PO tracking", "supplier evaluation"),
     ("Send RFQ to suppliers, check MOQ and lead time before ordering.",
      "Do PO tracking until the goods arrive and supplier evaluation every quarter."),
     ("SAP", "Excel"), ("Carefulness", "Honesty", "Pressure bearing"),
     ("Sales Admin", "Warehouse Clerk", "QC"), ("Purchasing Team Leader", "Purchasing Manager"),
     ("Business Administration", "Foreign trade"),
     ("Warehouse Staff", "Import - Export Staff", "Sourcing Executive")),
    ("Production Planning Staff", "Nhân viên Kế hoạch sản xuất", "Tan Phat Footwear JSC",
     "Công ty CP Giày Tân Phát", "Dong Nai", ("Footwear", "Manufacturing - Production"),
     ("MRP", "capacity planning", "line balancing", "material shortage reports"),
     ("Run MRP every week and do capacity planning for the stitching lines.",
      "Support line balancing with the engineers, send material shortage reports to "
      "purchasing."),
     ("Oracle ERP", "Excel"), ("Carefulness", "Teamwork spirit", "Pressure bearing"),
     ("Production Clerk", "Warehouse Clerk", "Line Leader"),
     ("Planning Supervisor", "Planning Manager"), ("Industrial engineering", "Economics"),
     ("Purchasing Executive", "Production Statistics Staff", "Planning Executive")),
    ("Warehouse Staff", "Nhân viên Kho", "Minh Long Logistics Co., Ltd",
     "Công ty TNHH Logistics Minh Long", "Long An", ("Logistics - Warehousing", "Transportation"),
     ("inbound inspection", "FIFO", "pick lists", "stock counting"),
     ("Receive goods by inbound inspection and arrange the stock by FIFO.",
      "Prepare pick lists for each truck and do stock counting at the end of the month."),
     ("WMS", "Excel"), ("Carefulness", "Honesty", "Sense of responsibility"),
     ("Loader", "Checker", "Forklift Driver"), ("Warehouse Supervisor", "Warehouse Manager"),
     ("Logistics", "Business Administration"),
     ("Delivery Coordinator", "Inventory Controller", "Logistics Executive")),
)
_VN_BOARDS = ("ViecTot.vn", "TimViecNhanh24.vn", "JobSaigon.vn")
_VN_BARS = ("Translated from: Vietnamese ▸ English     Show original     Always translate "
            "Vietnamese     ✕", "Google Translate   Vietnamese > English   Show original   "
            "Rate this translation")


def _vietmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("board", "magazine"))
    if variant == "magazine":
        return _vn_magazine(rng, g)
    (title, vn, company, vn_company, town, industries, terms, duties, software, soft,
     earlier, rungs, majors, similar) = rng.choice(_POSTINGS)
    occupy(g, title, ladder=[title, *rungs], moves_in=list(earlier))
    _spell(g, vn)
    g.skills = {"top": [*(_cap(t) for t in terms), *software, "English"], "soft": list(soft)}
    short = company.removesuffix(" Co., Ltd").removesuffix(" JSC")
    g.employers, g.sectors = [short], list(industries)
    g.printed_employers[short] = company
    board, bar = rng.choice(_VN_BOARDS), rng.choice(_VN_BARS)
    park = rng.choice(("VSIP I Industrial Park", "My Phuoc 3 Industrial Park",
                       "Nhon Trach 2 Industrial Park"))
    tag = "#" + title.split()[0].lower()
    g.must_not_appear += [board, "Show original", "Create CV", "Save news", "Apply now",
                          "13th month salary", "Allowance for lunch", "Report this job", park,
                          tag, "Number of recruits"]
    g.optional += ["TOEIC", vn_company, *majors, "Social insurance", "Health insurance"]
    low = rng.randint(9, 16) * 1_000_000
    high = low + rng.randint(4, 8) * 1_000_000
    _salary(g, low, high, "VND", period="month")
    bands = []
    for name in similar[:2]:
        s_low = rng.randint(8, 14) * 1_000_000
        s_high = s_low + rng.randint(2, 5) * 1_000_000
        _salary(g, s_low, s_high, "VND", period="month", belongs_to=name)
        bands.append(f"{_mil(s_low)} - {_mil(s_high)} million")
    top = rng.randint(9, 16) * 100
    g.salaries.append({"min": None, "max": top, "currency": "USD", "period": "month",
                       "belongs_to": similar[2]})
    lunch = int(_no_pay(g, rng.choice((25_000, 30_000, 35_000)), 5000))
    header = (f"{_mil(low)} - {_mil(high)} million", f"{_mil(low)}-{_mil(high)} million")[
        low % 3_000_000 == 0]  # from a drawn figure: no draw of its own
    path = " → ".join([title, *rungs])
    return [bar, f"{board}  Find jobs | Companies | Create CV | Career handbook | For "
            "employers       Login  Register",
            f"Home / Jobs {town} / Jobs {industries[0]} / {title}", "", title.upper(),
            vn.upper(), f"{company} ({vn_company})",
            f"💰 Salary: {header}      📍 Location: {town}      ⏳ Experience: 1 year",
            f"Application deadline: 31/12/2026        👁 {rng.randint(300, 3000):,} views      "
            "♡ Save news      [Apply now]", "", "General information",
            f"Rank: Staff       Number of recruits: {rng.randint(1, 4)} people       Working "
            "form: Full time",
            f"Gender: Not required        Industry: {industries[0]} / {industries[1]}",
            f"Workplace: - {town}: {park}", "", "Job description",
            *(f"- {d}" for d in duties),
            f"- Make the weekly report on the {software[0]} software and {software[1]}.",
            "", "Candidate requirements",
            f"- Graduated College / University majoring in {majors[0]}, {majors[1]}.",
            f"- At least 1 year experience in the position {earlier[0].lower()} or "
            f"{earlier[1].lower()} in the same industry. Candidates who have worked as "
            f"{earlier[2]} are also considered.",
            "- Communicate English (TOEIC 550 or more is an advantage).",
            f"- {soft[0]}, {soft[1].lower()}, {soft[2].lower()} well.", "", "Benefits",
            f"- Income: {_vnd(low)} - {_vnd(high)} VND/month (negotiate according to capacity)",
            f"- 13th month salary, bonus of the holidays Tet, allowance for lunch "
            f"{_vnd(lunch)} VND/meal",
            "- Full social insurance, health insurance according to the Labor Law",
            f"- Roadmap for promotion: {path} (review 2 times / year)", "", "How to apply",
            "Candidates apply online by the button \"Apply now\" below.", "", "Similar jobs",
            f"  {similar[0]} · {town} · {bands[0]}",
            f"  {similar[1]} · Thu Duc · {bands[1]}",
            f"  {similar[2]} · Ho Chi Minh · Up to ${top:,}", "",
            f"Report this job  |  {tag} #{town.lower().replace(' ', '')}",
            f"© 2026 {board} – Business license No. 03xxxxxxxx"]


# (title, Vietnamese title, abbreviation, what large companies divide it into, duties'
#  skills, tools, soft skills, what the person does, the rungs above (the first with the
#  abbreviation), lateral moves (department, titles), earlier positions, kinds of
#  enterprise, recruiters, documents)
_ARTICLES = (
    ("Customer Service Staff", "Nhân viên chăm sóc khách hàng", "CSKH",
     ("hotline staff", "after-sales staff"),
     ("handling complaints", "call scripts", "ticket follow-up", "customer data entry"),
     ("CRM", "CareDesk", "Excel"), ("Negotiation", "Patience", "Listening skill"),
     "answers customers' questions and complaints by phone, chat and e-mail",
     ("CSKH team leader", "Customer service manager", "Customer experience director"),
     ("sales", ("Telesales Staff", "Sales Executive")), ("Receptionist", "Cashier"),
     ("E-commerce", "Banking", "Telecommunications"),
     ("Sao Viet Telecom", "Minh An Commerce", "Phuong Dong Bank"),
     ("Warranty card", "Complaint form")),
    ("Accounting Staff", "Nhân viên kế toán", "KT",
     ("payment accountant", "warehouse accountant"),
     ("VAT declaration", "bank reconciliation", "debt tracking", "fixed asset depreciation"),
     ("MISA", "Fast Accounting", "Excel"), ("Carefulness", "Honesty", "Pressure bearing"),
     "records the enterprise's vouchers, books and tax declarations",
     ("KT team leader", "Chief accountant", "Finance director"),
     ("audit", ("Auditor", "Tax Consultant")), ("Cashier", "Sales Admin"),
     ("Manufacturing", "Trading", "Audit firms"),
     ("Hung Thinh Trading JSC", "Nam Viet Audit", "Lac Hong Plastics"),
     ("Invoice", "Payment voucher")),
)
_MAGAZINES = ("ViecLamPlus", "NgheNghiep365", "CamNangViec")


def _vn_magazine(rng: random.Random, g: Guide) -> list[str]:
    """A careers magazine's article read through a translator: a table of contents, the
    Vietnamese title and abbreviation, the abbreviation inside a rung's title, documents,
    a salary table by experience with other titles' rows, an FDI dollar band, an arrow
    roadmap, lateral moves and moves in in prose, kinds of enterprise and recruiters."""
    (title, vn, abbr, kinds, duties, tools, soft, does, rungs, (dept, laterals), earlier,
     enterprises, recruiters, documents) = rng.choice(_ARTICLES)
    rung_titles = [" ".join(w if w.isupper() else w.capitalize() for w in r.split())
                   for r in rungs]
    occupy(g, title, ladder=[title, *rung_titles], moves_in=list(earlier),
           transitions=list(laterals))
    _spell(g, vn, f"NV {abbr}")
    g.skills = {"top": [*(_cap(d) for d in duties), *tools, "English"], "soft": list(soft)}
    g.employers, g.sectors = list(recruiters), list(enterprises)
    site = rng.choice(_MAGAZINES)
    g.must_not_appear += [site, "Career compass", "Table of contents", "Rate the article",
                          "Zalo", "Soft skills", f"Editorial board {site}"]
    g.optional += [*documents, "FDI enterprises", *kinds]
    subject = title.lower()
    fresher = rng.randint(5, 7) * 1_000_000
    mid = (fresher + rng.randint(2, 3) * 1_000_000, fresher + rng.randint(7, 9) * 1_000_000)
    lead = (mid[1] + rng.randint(2, 4) * 1_000_000, mid[1] + rng.randint(9, 12) * 1_000_000)
    boss = (lead[1] + rng.randint(4, 7) * 1_000_000, lead[1] + rng.randint(18, 24) * 1_000_000)
    fresher_band = (fresher, fresher + 2_000_000)
    _salary(g, *fresher_band, "VND", period="month", level="Fresher")
    _salary(g, *mid, "VND", period="month", level="1 - 3 years")
    _salary(g, *lead, "VND", period="month", belongs_to=rung_titles[0])
    _salary(g, *boss, "VND", period="month", belongs_to=rung_titles[1])
    fdi = rng.randint(5, 8) * 100
    fdi_high = fdi + rng.randint(3, 5) * 100
    _salary(g, fdi, fdi_high, "USD", period="month", region="FDI enterprises")
    rows = [("Fresher / intern", fresher_band), ("1 - 3 years", mid), (rungs[0], lead),
            (rungs[1], boss)]
    table = ["| Experience               | Salary level (VND/month) |",
             *(f"| {_cap(label):<24} | {_mil(lo) + ' - ' + _mil(hi) + ' million':<24} |"
               for label, (lo, hi) in rows)]
    path = " → ".join([title, *rungs])
    return ["This page has been translated from Vietnamese  ·  Original  ·  Options ▾",
            f"{site} | Career compass › Career handbook › {enterprises[0]}",
            f"Posted: 0{rng.randint(1, 9)}/11/2026 · Author: Editorial board {site} · ⏱ "
            f"{rng.randint(5, 12)} minutes to read · 👁 {rng.randint(2, 30)}.{rng.randint(1, 9)}k",
            "", f"What is {title}? Salary, skills and roadmap to advance in {abbr} 2026", "",
            "Table of contents", f"1. What is {subject}?", "2. Detailed job description",
            "3. Necessary skills", f"4. How much is the salary of {subject}?",
            "5. Roadmap for promotion", "6. Where to work?", "",
            f"1. What is {subject}?",
            f"{_cap(subject)} ({vn}, often written \"NV {abbr}\") is the person who {does}. "
            "Large companies divide into "
            f"{kinds[0]} and {kinds[1]}.", "", "2. Detailed job description",
            f"▸ {_cap(duties[0])} and {duties[1]}; prepare the {documents[0]} and "
            f"{documents[1]}", f"▸ {_cap(duties[2])} and {duties[3]} on the {tools[0]}", "",
            "3. Necessary skills", f"- Software: {tools[1]}, {tools[2]}",
            "- English reading and writing of e-mail with partners",
            f"- Soft skills: {soft[0].lower()}, {soft[1].lower()}, {soft[2].lower()}", "",
            f"4. How much is the salary of {subject}?", *table,
            f"In FDI enterprises, {subject} with good English can receive {fdi} - "
            f"{fdi_high:,} USD/month.",
            f"(Reference salary, synthesized from recruitment news on {site}.)", "",
            "5. Roadmap for promotion", path,
            f"Many people also turn to the {dept} department as {laterals[0]} or "
            f"{laterals[1]}. Some come into the profession from the position of "
            f"{earlier[0].lower()} or {earlier[1].lower()}.", "", "6. Where to work?",
            f"{enterprises[0]} enterprises, {enterprises[1].lower()} companies, "
            f"{enterprises[2].lower()} and FDI enterprises. Some large recruiters: "
            f"{', '.join(recruiters)}.", "",
            f">> See more: What is {dept}? | How to write a CV | Top 10 employers",
            f"Share: Facebook · Zalo · Copy link          Rate the article ★★★★☆ "
            f"(4.{rng.randint(1, 9)}/5 – {rng.randint(50, 400)} votes)",
            f"Hotline 1900 xxxx | © {site} JSC | Terms | Privacy"]


# --------------------------------------------------------------------------------------
# A personal career mind map exported as an outline
# --------------------------------------------------------------------------------------
# (title, qualifier, the author's workplace and town, skills had, skills needed (one
#  "maybe"), the route in (two rungs), an earlier job and where, the touring title, a
#  sideways title, the hire company's title, a struck option, the long game, the venue's
#  head, a skipped title, hire companies, sectors (the last a "(?)"), the extra per day
#  that is no pay, the author's wording (hours, what adds to the pay, the next moves' kind,
#  what a sideways move shares, where the route began, where it went on, the foreign work
#  paid in euros and its region, the kind of firm hiring))
_MAPS = (
    ("Lighting Technician", "Theatre", ("The Granary Theatre", "Norwich"),
     ("grandMA3 programming", "rigging and focusing", "DMX addressing", "PAT testing",
      "working at height"), ("Capture visualisation", "Vectorworks Spotlight",
                             "video mapping", "pyrotechnics"),
     ("Crew Member", "Lighting Assistant"), ("Electrician's Mate", "events firm"),
     "Lighting Programmer", "Video Technician", "Rental Technician", "Production Electrician",
     "Lighting Designer", "Head of Lighting", "Stage Door Keeper",
     ("BrightRig Hire", "Lumen Rental", "Northstar Productions"),
     ("theatres", "concert venues", "rental companies", "cruise lines"), "per diems",
     ("5 nights a week", "the extra nights", "touring", "same tours", "at uni SU",
      "the same venue", "EU festival season", "EU festivals", "a hire co")),
    ("Video Editor", "Promo", ("Tidewater Media", "Bristol"),
     ("Premiere Pro", "Avid Media Composer", "colour correction", "sound syncing",
      "storytelling"), ("DaVinci Resolve", "After Effects", "Frame.io workflows",
                        "drone footage"),
     ("Runner", "Assistant Editor"), ("Camera Assistant", "wedding films"),
     "Offline Editor", "Colourist", "Post-production Coordinator", "Camera Operator",
     "Post-production Supervisor", "Head of Post", "Media Librarian",
     ("Quayside Post", "Harbourlight Pictures", "Redkite Studios"),
     ("broadcasters", "post houses", "corporate video agencies", "wedding studios"),
     "kit fees", ("4 days a week", "the weekend jobs", "freelance", "same clients",
                  "on student films", "the same company", "EU co-production work",
                  "EU co-productions", "a post house")),
)
_MAP_APPS = (("MindNest", "mindnest.app"), ("ThinkTree", "thinktree.io"),
             ("Branchly", "branchly.app"))
_FRIENDS = ("Jess", "Marcus", "Ade", "Rosa", "Tam")


def _mindmap(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("tabs", "markdown"))
    if variant == "markdown":
        return _markdown_map(rng, g)
    (title, qual, (venue, town), have, need, (start, step), (earlier, where), touring,
     sideways, hire_title, struck, long_game, head, skipped, hirers, sectors,
     extra, (hours, extras, kind, shared, began, went, abroad, region,
             firm)) = rng.choice(_MAPS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[start, step, title, senior, head], leads=[long_game],
           moves_in=[earlier], transitions=[touring, sideways, hire_title])
    _spell(g, f"{qual} {title}")
    g.skills = {"top": [_cap(s) for s in (*have, *need[:3])]}
    g.employers, g.sectors = [venue, *hirers], [_cap(s) for s in sectors[:3]]
    app, domain = rng.choice(_MAP_APPS)
    friends = rng.sample(_FRIENDS, 2)
    g.must_not_appear += [app, "Free plan", "Upgrade for PDF/OPML export", struck,
                          f"~~{struck}~~", *friends, "#todo", _cap(extra), "Skills ✓ (have)",
                          "Skills ✗ (need)", "Who hires", town]
    g.optional += [need[3], _cap(sectors[3]), "Level 2 cert"]
    hourly = rng.randint(1250, 1550) / 100
    yearly = rng.randint(22, 27) * 1000
    d_low = rng.randint(18, 26) * 10
    d_high = d_low + rng.randint(10, 18) * 10
    eu = int(_apart(float(rng.randint(24, 34) * 10), [float(d_low), float(d_high)]))
    h_low = rng.randint(28, 32) * 1000
    h_high = h_low + rng.randint(3, 6) * 1000
    head_pay = yearly + rng.randint(8, 12) * 1000
    skip_pay = yearly - rng.randint(3, 5) * 1000
    _salary(g, hourly, hourly, "GBP", period="hour", point=True)
    _salary(g, yearly, yearly, "GBP", point=True)
    _salary(g, d_low, d_high, "GBP", period="day", belongs_to=touring)
    _salary(g, eu, eu, "EUR", period="day", point=True, belongs_to=touring,
            region=region)
    _salary(g, h_low, h_high, "GBP", belongs_to=hire_title)
    _salary(g, head_pay, head_pay, "GBP", point=True, belongs_to=head)
    _salary(g, skip_pay, skip_pay, "GBP", point=True, belongs_to=skipped)
    diem = int(_no_pay(g, rng.choice((25, 30, 35, 40)), 5))
    nodes = rng.randint(30, 60)
    tab = "\t"
    need_nodes = [f"{need[0]} [!1]", f"{need[1]} [!1]", need[2], f"{need[3]} — maybe"]
    return [f"{app} — \"where next? ({title.split()[0].lower()})\" — exported as Text outline "
            "(.txt)",
            f"Free plan · 3 of 3 maps used · Upgrade for PDF/OPML export · Exported "
            f"0{rng.randint(1, 9)} Dec 2026 22:{rng.randint(10, 59)}", "",
            f"{title.upper()}  ({qual.lower()} + freelance) ✨", f"{tab}What I do now",
            f"{tab * 2}{qual} {title.lower()} at {venue}, {town} ({hours})",
            f"{tab * 2}pay: £{hourly:.2f}/hr, ~£{yearly // 1000}k if I count {extras}",
            f"{tab}Skills ✓ (have)", *(f"{tab * 2}{s}" for s in have),
            f"{tab * 2}Dante networking (Level 2 cert ✓)" if title.startswith("Sound") else
            f"{tab * 2}Level 2 cert ✓ (first aid at work)",
            f"{tab}Skills ✗ (need)", *(f"{tab * 2}{s}" for s in need_nodes),
            f"{tab}How I got in",
            f"{tab * 2}{start.lower()} {began} → {step.lower()} at {went}",
            f"{tab * 2}{earlier} ({where}) for 1 yr, hated the early starts lol",
            f"{tab}Next moves",
            f"{tab * 2}→ {kind} {touring}",
            f"{tab * 3}day rate £{d_low}–£{d_high}/day (asked {friends[0]})",
            f"{tab * 3}+ {extra} £{diem} (not pay really)",
            f"{tab * 2}→ {sideways} (sideways, {shared})",
            f"{tab * 2}→ {hire_title} for {firm} ({hirers[0]}? {hirers[1]}?)",
            f"{tab * 3}£{h_low:,} – £{h_high:,} salary, Mon–Fri-ish",
            f"{tab * 2}~~{struck}~~ (no: shifts + needs degree)",
            f"{tab * 2}Long game: {long_game} (10 yrs??)",
            f"{tab}Ladder (here)", f"{tab * 2}{step} → {title} → {senior} → {head}",
            f"{tab * 2}{head} at {venue.removeprefix('The ')} gets about "
            f"£{head_pay // 1000}k",
            f"{tab}Money notes 💷",
            f"{tab * 2}{skipped.lower()} (Leeds) ~£{skip_pay // 1000}k — skip, worse than now",
            f"{tab * 2}{abroad} €{eu}/day as {touring} (via agency)",
            f"{tab}Who hires",
            f"{tab * 2}{', '.join(sectors[:3])}, {sectors[3]} (?)",
            f"{tab * 2}names: {', '.join(hirers)}",
            f"{tab}#todo", f"{tab * 2}email {friends[1]} re: dep gigs",
            f"{tab * 2}update CV + portfolio", "",
            f"[nodes: {nodes}]  [collapsed: 2]  ·  {app} v3.4 · {domain}/m/"
            f"{rng.randint(1000, 9999)} · Share · Present"]


# (title, qualifier, aliases, the look-alike parked, training (a skill with a method, a
#  target), certifications, skills, the freelance, staff and chief titles, the staff
#  employer, the price per job, the sideways title with an hourly rate, another sideways
#  title, a struck title, feeders (two who retrain, one, one "← me?"), agencies, sectors)
_MARKDOWNS = (
    ("Translator", "Spanish > English", ("linguist", "language services specialist"),
     "Transcriptionist", ("source-text analysis", "Nida method"),
     ("ATA certification", "court interpreter exam"),
     ("CAT tools", "Trados Studio", "memoQ", "terminology management", "legal terminology",
      "medical terminology", "style guides", "back translation"),
     ("Freelance Translator", "In-house Translator", "Chief Translator"),
     "Westgate Translations", ("word", "rush fee"), "Localization Specialist", "Subtitler",
     "Tour Guide", ("Bilingual Customer Service Agent", "Paralegal", "Language Teacher",
                    "Proofreader"), ("Lingua Bridge Services", "Harbor Legal Language"),
     ("legal", "healthcare", "publishing")),
    ("Photographer", "news + events", ("photojournalist", "press photographer"),
     "Photo Retoucher", ("off-camera flash", "two-light setups"),
     ("CPP certification", "drone pilot licence"),
     ("Lightroom", "Photo Mechanic", "IPTC captioning", "news judgment", "sports action",
      "low-light shooting", "ethical image editing", "FTP transmission"),
     ("Freelance Photographer", "Staff Photographer", "Chief Photographer"),
     "Daily Clarion", ("image", "kill fee"), "Photo Editor", "Videographer",
     "Portrait Studio Manager", ("Second Shooter", "Camera Store Associate",
                                 "Yearbook Photographer", "Photo Assistant"),
     ("Harbor News Agency", "Eastline Wire"), ("news media", "sports", "events")),
)
_MD_APPS = ("Whimsy Maps", "Mapnote", "OutlineOwl")


def _markdown_map(rng: random.Random, g: Guide) -> list[str]:
    """A mind map's markdown export: "##" branches with emoji, an "aka" line, a parked
    look-alike, training and certifications, pay notes for the staff, freelance (a price per
    job) and sideways work and a median, "in" and "up / across" paths, a struck-through
    option, who hires and to-do check boxes."""
    (title, qual, aliases, parked, (technique, method), certs, skills, (free, staff, chief),
     employer, (unit, fee), sideways, other, struck, feeders, agencies,
     sectors) = rng.choice(_MARKDOWNS)
    occupy(g, title, ladder=[free, staff, chief], moves_in=list(feeders),
           transitions=[sideways, other])
    _spell(g, *(_cap(a) for a in aliases))
    g.skills = {"top": [_cap(technique), _cap(method), *(_cap(s) for s in skills)]}
    g.employers, g.sectors = [employer, *agencies], [_cap(s) for s in sectors]
    app = rng.choice(_MD_APPS)
    mentor = f"Mrs. {rng.choice(('Alvarado', 'Brennan', 'Kowal'))}"
    classmate = rng.choice(_FRIENDS)
    g.must_not_appear += [app, mentor, classmate, parked, struck, f"~~{struck}~~",
                          "Next actions", "Who hires", _cap(fee)]
    g.optional += [*certs, "Eastbrook Community College", f"{title.lower()}s' association"]
    s_low = rng.randint(42, 62) * 1000 + rng.choice((0, 500))
    s_high = s_low + rng.randint(10, 18) * 1000
    hourly = rng.randint(45, 95)
    median = int(_apart(float(rng.randint(44, 70) * 1000 + rng.randint(1, 9) * 100),
                        [float(s_low), float(s_high)]))
    _salary(g, s_low, s_high, belongs_to=staff)
    _salary(g, hourly, hourly, period="hour", point=True, belongs_to=sideways)
    _salary(g, median, median, point=True)
    price = _no_pay(g, rng.choice((0.12, 0.14, 35.0, 40.0)), 1)
    fee_amount = int(_no_pay(g, rng.choice((40, 50, 150)), 10))
    unit_price = f"${price:.2f}/{unit}" if price < 1 else f"${price:.0f}/{unit}"
    tick = ("✔", "✓")[hourly % 2]
    return [f"# {title.upper()} ({qual}) — my plan 2027",
            f"<!-- exported from {app} · markdown outline · map id {title[:2].lower()}-plan-v"
            f"{rng.randint(2, 5)} · {rng.randint(5, 20)} nodes hidden -->", "",
            "## 🧭 What it is", f"- aka **{aliases[0]}** / {aliases[1]}",
            f"- NOT the same as {_a(parked)} {parked.lower()} (pays less) – parking that", "",
            "## 🎓 Training (Eastbrook Community College, evening program)",
            f"- {technique} ({method}) {tick}",
            f"- certs: {certs[0]} first, then {certs[1]} maybe", "",
            "## 🛠 Skills / tools", *(f"- {s}" for s in skills[:4]),
            f"- {skills[4]}; {skills[5]} (big one!!)", f"- {skills[6]} & {skills[7]}", "",
            f"## 💵 Pay (notes from the {title.lower()}s' association survey + {mentor})",
            f"- {staff.lower()}, {employer}: ${s_low:,} – ${s_high:,} salary + overtime",
            f"- {free.lower()}: {unit_price} + ${fee_amount} {fee} (not a salary, per job)",
            f"- {sideways}: ${hourly}/hr remote",
            f"- state median for {title.lower()}s ~${median:,}", "",
            "## 🔀 Paths", "### in (how people get here)",
            f"- {feeders[0].lower()}s & {feeders[1].lower()}s who retrain",
            f"- {feeders[2].lower()} ({classmate} from class did this)",
            f"- working as {_a(feeders[3])} {feeders[3].lower()} while building experience ← me?",
            "### up / across",
            f"- freelance → {staff.split()[0].lower()} (they want 2–3 yrs)",
            f"- {staff} → {chief} (runs the team)",
            f"- sideways: {sideways}, {other}", f"- ~~{struck}~~ (different job, lower pay)",
            "", "## 🏢 Who hires", f"- agencies: {', '.join(agencies)}",
            f"- sectors: {', '.join(sectors)}", "", "## ✅ Next actions",
            f"- [ ] pass the {certs[0]} (Feb)", f"- [ ] shadow {mentor} for a week",
            "- [x] join the association's student membership", "", "---",
            f"Made with {app} · Free · Edit · Share · Export again"]


FAMILY27_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "orgchart": _orgchart, "appraisal": _appraisal, "pqanswer": _pqanswer,
    "tribunal": _tribunal, "vietmt": _vietmt, "mindmap": _mindmap,
}
