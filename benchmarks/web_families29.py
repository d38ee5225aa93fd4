"""Generator renderers for the six page families of held-back set 29 (acting-up notices ...).

Held-back set 29 showed six more kinds of page users bring: an internal acting-up or
higher-duties notice for one post (a council intranet notice, or a state department's
all-staff e-mail), a Thai job posting read through a browser translator (a board posting with
a monthly band, or a factory posting with a day wage and a career path), a trade-union
branch circular on how one grade is filled (an Indian railway branch's circular with a pay
matrix in lakh notation, or a UK bus branch's circular with a dotted-leader pay list), a
public library's "Job of the Week" (a poster card, or a bilingual teen blog post), a
hospital's residency or graduate programme page for one profession (a US residency with a
stipend, or an Australian graduate programme with award rates) and a new starter's induction
checklist (a trust's paper form, or an HR onboarding portal).  These renderers write such
pages from a planned guide, two variants a family, about occupations that fit them
(occupy()); every fact the truth keeps is printed and what a style does not state is cleared.

>>> _lakh(112_400), _lakh(35_400), _decimal_comma(46.02)
('1,12,400', '35,400', '46,02')
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import _a, _plural, _salary, occupy
from benchmarks.web_families19 import _apart
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY29_ALIAS_LAYOUTS", "FAMILY29_LADDER_LAYOUTS", "FAMILY29_LAYOUTS",
           "FAMILY29_RENDERERS"]

FAMILY29_LAYOUTS = ("actingup", "thmt", "unioncircular", "jobofweek", "residency", "induction")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY29_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY29_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _lakh(amount: int) -> str:
    """A rupee figure in Indian grouping (lakh notation): 112400 → "1,12,400"."""
    digits = str(amount)
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail] if head else [*groups, tail])


def _decimal_comma(amount: float) -> str:
    """A rate typed with a decimal comma, as a pay line sometimes prints one: 46.02 → "46,02"."""
    return f"{amount:.2f}".replace(".", ",")


def _names(items: Sequence[str]) -> str:
    """Items in prose: "a, b and c"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


# --------------------------------------------------------------------------------------
# An internal acting-up or higher-duties notice
# --------------------------------------------------------------------------------------
# (post, feeder title (its Senior form is invited too), essential skills, the system used,
#  desirable certificates, duties, where past post holders went, directorate)
_ACTING_POSTS = (
    ("Parking Services Team Leader", "Civil Enforcement Officer",
     ("PCN challenges", "rota planning", "body-worn video"), "NoticePro",
     ("Level 3 Award in Parking Enforcement", "Conflict Management Certificate"),
     ("allocate beats to the enforcement team", "review informal challenges",
      "run the morning briefing"), ("Parking Operations Manager", "Traffic Management Officer"),
     "Place and Environment"),
    ("Building Control Team Leader", "Building Control Surveyor",
     ("plan checking", "site inspections", "Building Regulations"), "PlanTrack",
     ("RBI registration", "CABE membership"),
     ("sign off completion certificates", "allocate dangerous structure call-outs",
      "check the team's plan assessments"), ("Head of Building Control", "Fire Safety Manager"),
     "Planning and Growth"),
    ("Housing Allocations Team Leader", "Housing Options Officer",
     ("homelessness assessments", "caseload management", "allocations policy"), "HomeLink",
     ("CIH Level 4 Certificate in Housing", "Mental Health First Aid"),
     ("approve priority bands", "chair the weekly panel", "handle councillor enquiries"),
     ("Housing Needs Manager", "Tenancy Services Manager"), "Communities and Housing"),
)
_COUNCILS = ("Harrowfield Borough Council", "Elmstead District Council",
             "North Calder Council")
_HR_CONTACTS = ("Bryony Castle", "Imran Qureshi", "Delyth Rowe", "Marcus Fenn")


def _actingup(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A council intranet's acting-up notice: reference and dates, the post's grade band, an
    acting-up allowance (no pay), duties (`optional`), feeder grades invited with one
    feeder's band, essential criteria with a system, desirable certificates, past post
    holders' up moves and the return to the substantive post."""
    variant = _begin(rng, g, ("intranet", "eoi"))
    if variant == "eoi":
        return _eoi_email(rng, g)
    (title, feeder, essential, system, certs, duties, onward, directorate) = rng.choice(
        _ACTING_POSTS)
    senior = f"Senior {feeder}"
    occupy(g, title, leads=list(onward), moves_in=[feeder, senior])
    g.skills = {"top": [_cap(s) for s in essential] + [system]}
    council = rng.choice(_COUNCILS)
    g.employers = [council]
    g.optional += [*certs, *duties]  # duties and desirable certificates are no asks
    contact = rng.choice(_HR_CONTACTS)
    grade = rng.randint(8, 10)
    low = rng.randint(38, 46) * 1000 + rng.choice((112, 356, 604, 871))
    high = low + rng.randint(3, 5) * 1000 + rng.choice((0, 245, 530))
    f_low = low - rng.randint(6, 9) * 1000 + rng.choice((0, 314))
    f_high = f_low + rng.randint(2, 4) * 1000 + rng.choice((0, 624))
    _salary(g, low, high, "GBP", level=f"Grade {grade}")
    _salary(g, f_low, f_high, "GBP", belongs_to=feeder, level=f"Grade {grade - 2}")
    allowance = int(_no_pay(g, rng.randint(180, 420), 10))
    ref = f"ACT/{rng.randint(100, 999)}/26"
    g.must_not_appear += [council + " Intranet", f"Reference: {ref}", directorate,
                          "Internal applicants only", contact, "Acting-up and honoraria policy"]
    months = rng.choice((4, 6, 9))
    return [f"{council} Intranet  |  Home  |  News  |  HR & Pay  |  Vacancies  |  "
            "Search the intranet [        ]",
            "Home > HR & Pay > Internal opportunities > Acting-up", "",
            f"Acting-up opportunity: {title}",
            f"Reference: {ref}    Directorate: {directorate}    Closing date: 11 December 2026",
            f"Duration: up to {months} months    Hours: 37 per week", "Internal applicants only",
            "",
            f"Grade: Grade {grade} (£{low:,} – £{high:,} a year)",
            f"An acting-up allowance of £{allowance} a month is paid with your substantive "
            "salary for the period you act up.", "",
            "About the post",
            f"We need someone to act up as {title} while the post holder is on a secondment. "
            "You will:", *(f"- {_cap(d)}" for d in duties), "",
            "Who can apply",
            f"The opportunity suits substantive {senior}s and {feeder}s (Grade {grade - 2}, "
            f"£{f_low:,} – £{f_high:,}) with at least a year in post.", "",
            "Essential",
            f"- Sound experience of {essential[0]} and {essential[1]}",
            f"- A working knowledge of {essential[2]}",
            f"- Able to run case reports using {system}", "",
            "Desirable", *(f"- {c}" for c in certs), "",
            "Where it can lead",
            f"Past post holders have gone on to become {onward[0]} and {onward[1]}.",
            "When the arrangement ends you return to your substantive post and grade.", "",
            "How to apply",
            f"Send a short statement (500 words at most) to {contact}, HR Business Partner, by "
            "the closing date, and let your line manager know.", "",
            "Related links: Acting-up and honoraria policy | Secondments | Pay scales 2026/27"]


# (post, its abbreviation, feeder titles (two anticipated, one encouraged), technical skills
#  with the standard in parentheses or none, the system, mandatory licences, the later post,
#  the department, a partner named only as eligible)
_EOI_POSTS = (
    ("Bridge Maintenance Coordinator", "BMC",
     ("Bridge Inspector", "Works Supervisor", "Technical Officer (Structures)"),
     (("concrete repair", "AS 3600"), ("protective coatings", "AS 2312"),
      ("timber bridge maintenance", "")), "Maximo", ("C class driver licence", "White Card"),
     "Structures Asset Manager"),
    ("Traffic Signals Coordinator", "TSC",
     ("Signals Technician", "Electrical Supervisor", "Technical Officer (Electrical)"),
     (("electrical testing", "AS/NZS 3000"), ("signal lantern upgrades", "AS 2144"),
      ("controller fault finding", "")), "SCATS", ("C class driver licence", "Electrical licence"),
     "Network Operations Manager"),
    ("Fleet Maintenance Coordinator", "FMC",
     ("Heavy Vehicle Mechanic", "Workshop Supervisor", "Technical Officer (Mechanical)"),
     (("heavy vehicle inspections", "VSB 6"), ("brake testing", "ADR 35"),
      ("hydraulic systems", "")), "Ellipse", ("HR class driver licence", "Forklift licence"),
     "Fleet Services Manager"),
)
_DEPARTMENTS = (("Department of Regional Roads", "Coastline Water"),
                ("Department of Transport Networks", "the Northern Rivers Joint Organisation"),
                ("Department of Highways and Freight", "Inland Rail Authority"))
_CAPABILITIES = (("Delivers results", "plans the work and sees it through"),
                 ("Builds relationships", "works openly with crews, contractors and residents"),
                 ("Acts with integrity", "makes fair calls and owns the outcome"),
                 ("Thinks ahead", "spots risks on the network before they become faults"))
_SENDERS = ("Kirra Dawson", "Lachlan Moss", "Priya Nandakumar", "Sione Taufa")


def _eoi_email(rng: random.Random, g: Guide) -> list[str]:
    """A state department's all-staff e-mail seeking expressions of interest for higher
    duties: a classification band plus superannuation (no pay), the abbreviation as a
    spelling, eligibility by level codes (no move) and feeder titles "anticipated" and
    "encouraged", capability labels with descriptions (`optional`), technical skills with
    standards in parentheses, a system, mandatory licences and a "progressed to" up move."""
    (title, abbr, feeders, technical, system, licences, onward) = rng.choice(_EOI_POSTS)
    occupy(g, title, leads=[onward], moves_in=list(feeders))
    _spell(g, abbr)
    g.skills = {"top": [_cap(s) for s, _ in technical] + [std for _, std in technical if std]
                + [system]}
    department, partner = rng.choice(_DEPARTMENTS)
    g.employers = [department]
    capabilities = rng.sample(_CAPABILITIES, 3)
    g.optional += [*licences, partner, *(label for label, _ in capabilities)]
    sender = rng.choice(_SENDERS)
    level = rng.randint(5, 7)
    low = rng.randint(98, 112) * 1000 + rng.choice((146, 402, 719))
    high = low + rng.randint(6, 9) * 1000 + rng.choice((0, 388))
    _salary(g, low, high, "AUD", level=f"AO{level}")
    sup = int(_no_pay(g, round(high * 0.1275), 50))
    depot = rng.choice(("Toowong depot", "Gympie depot", "Mackay depot", "Roma depot"))
    position = f"{rng.randint(30000000, 39999999)}"
    g.must_not_appear += [sender, f"Position number: {position}", depot,
                          f"AO{level - 1}", f"AO{level - 2}", "People and Capability",
                          "All Staff"]
    (s1, d1), (s2, d2), (s3, _) = technical
    return [f"From: {sender} <people.capability@example.gov.au>",
            f"Sent: Monday, 30 November 2026 {rng.randint(8, 11)}:{rng.randint(10, 59)} AM",
            f"To: All Staff - {department}",
            f"Subject: EOI - Higher duties - {title} ({abbr}), {depot}", "",
            "[This message came from inside the organisation. Do not forward it outside.]", "",
            "Hi all,", "",
            f"Expressions of interest are sought from permanent officers to relieve at level as "
            f"{title} ({abbr}) at the {depot} for about 12 weeks from January.", "",
            f"Classification: AO{level} (${low:,} - ${high:,} p.a.) plus employer "
            f"superannuation of up to ${sup:,}",
            f"Position number: {position}    Hours: 36.25 per week", "",
            "About the role",
            f"The {abbr} plans and coordinates maintenance works across the district, "
            "manages the works program and supervises contractors on site.", "",
            "Who can apply",
            f"Officers at AO{level - 2} / AO{level - 1} level are eligible, and officers seconded "
            f"from {partner} may also apply. We anticipate interest from {feeders[0]}s and "
            f"{feeders[1]}s; any {feeders[2]} is also encouraged to apply.", "",
            "Capabilities we are looking for",
            *(f"- {label} – {_cap(text)}" for label, text in capabilities), "",
            "Technical skills",
            f"- {_cap(s1)} ({d1})", f"- {_cap(s2)} ({d2})",
            f"- {_cap(s3)}, with works scheduled using {system}", "",
            "Mandatory", *(f"- Current {lic}" for lic in licences), "",
            "Development",
            f"Officers who have relieved in this role have progressed to {onward}.", "",
            "To apply, reply with a one-page EOI and your supervisor's endorsement by COB "
            "Friday 11 December.", "", "Kind regards", sender,
            f"Senior Advisor | People and Capability | {department}"]


# --------------------------------------------------------------------------------------
# A Thai job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (translator's title, board's English title (the role), Thai title, company, business type,
#  machine types (a "such as" list), brands, techniques, translated soft skills, earlier jobs,
#  the up move, other postings)
_THAI_POSTS = (
    ("Air conditioner repair technician", "Air Conditioning Technician", "ช่างซ่อมแอร์",
     "Siam Cool Engineering Co., Ltd.", "Building services",
     ("wall-type air conditioners", "cassette air conditioners", "chillers"),
     ("Daikin", "Mitsubishi Electric"), ("refrigerant recovery", "vacuum pumping"),
     ("honest", "tidy", "willing to learn"), ("Electrician", "Refrigeration Mechanic"),
     "Service Supervisor", ("Electrical Technician", "Service Coordinator")),
    ("Forklift repair technician", "Forklift Service Technician", "ช่างซ่อมรถโฟล์คลิฟท์",
     "Chonburi Lift Service Co., Ltd.", "Machinery rental",
     ("electric forklifts", "diesel forklifts", "reach trucks"), ("Toyota", "Komatsu"),
     ("hydraulic troubleshooting", "battery maintenance"),
     ("diligent", "careful", "able to travel upcountry"), ("Auto Mechanic", "Forklift Driver"),
     "Workshop Foreman", ("Parts Storekeeper", "Service Advisor")),
    ("Lathe technician", "CNC Lathe Operator", "ช่างกลึง CNC",
     "Rayong Precision Parts Co., Ltd.", "Automotive parts",
     ("CNC lathes", "manual lathes", "milling machines"), ("Mazak", "Okuma"),
     ("G-code editing", "drawing reading"), ("patient", "punctual", "can work in shifts"),
     ("Machine Operator", "Manual Lathe Turner"), "Machining Team Leader",
     ("QC Inspector", "Maintenance Technician")),
)
_TH_BOARDS = ("JobSiam", "NganDee.com", "ThaiWorkHub")
_TH_BARS = ("Translated from: Thai ▸ English    Show original    Always translate Thai    ✕",
            "Google Translate   Thai > English   Show original   Options ▾")
_KHUN = ("Khun Nok", "Khun Ploy", "Khun Somchai", "Khun Ying")


def _thmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Thai board's posting through a translator: translated, English and Thai titles, a
    bare monthly band, "Property" qualifications with a "such as" list of machines, brands,
    techniques and translated soft skills, moves in from "If you used to be …", welfare with
    allowances (no pay) and an up move, the business type and other postings' figures."""
    variant = _begin(rng, g, ("board", "factory"))
    if variant == "factory":
        return _th_factory(rng, g)
    (translated, title, thai, company, business, machines, brands, techniques, soft, earlier,
     up, others) = rng.choice(_THAI_POSTS)
    occupy(g, title, leads=[up], moves_in=list(earlier))
    _spell(g, translated, thai)
    g.skills = {"top": [_cap(m) for m in machines] + list(brands)
                + [_cap(t) for t in techniques], "soft": [_cap(s) for s in soft]}
    g.employers, g.sectors = [company], [business]
    board, bar, khun = rng.choice(_TH_BOARDS), rng.choice(_TH_BARS), rng.choice(_KHUN)
    low = rng.randint(14, 20) * 1000
    high = low + rng.randint(4, 8) * 1000
    _salary(g, low, high, "THB", period="month")
    o_low = rng.randint(13, 19) * 1000
    o_high = o_low + rng.randint(3, 6) * 1000
    floor = rng.randint(15, 25) * 1000  # another posting's own figure: no clash to avoid
    _salary(g, o_low, o_high, "THB", period="month", belongs_to=others[0])
    _salary(g, floor, None, "THB", period="month", belongs_to=others[1])
    diligence = int(_no_pay(g, rng.choice((500, 700, 800, 1000)), 100))
    line_id = f"@{company.split()[0].lower()}hr"
    g.must_not_appear += [board, "Show original", khun, line_id, "Report this job",
                          "Interesting jobs from this company", "Verified employer"]
    band = (f"Salary (baht): {low:,} - {high:,}" if low % 2000 == 0
            else f"Salary: {low:,} - {high:,} baht")
    return [bar, f"{board}  ☰  Find jobs | Companies | Salary survey | Post a job     Sign in",
            f"Home > Jobs > Chonburi > {business}", "",
            translated, title, thai,
            f"{company}  ✔ Verified employer  ★ 4.{rng.randint(1, 9)}",
            f"Posted 2 Dec 69 · Viewed {rng.randint(200, 2000):,} times · "
            f"{rng.randint(5, 80)} applicants    [Save] [Share] [Apply now]", "",
            band, "Location: Si Racha, Chonburi (company bus from Bang Saen)", "",
            "Job description",
            f"1. Install, repair and service {machines[0]} at customer sites",
            "2. Record work in the daily job sheet", "",
            "Property",
            "1. Male / Female, age 20 - 40 years",
            f"2. Experienced in repairing machines such as {_names(machines)}",
            f"3. Familiar with {brands[0]} and {brands[1]} brands",
            f"4. Can do {techniques[0]} and {techniques[1]}",
            f"5. {_cap(', '.join(soft))}",
            f"6. If you used to be {_a(earlier[0])} {earlier[0]} or {_a(earlier[1])} "
            f"{earlier[1]}, you can apply", "",
            "Welfare",
            f"- Diligence allowance {diligence:,} baht/month, overtime pay, annual bonus",
            "- Social security, provident fund, uniform",
            f"- Growth opportunity to {up}", "",
            f"How to apply: press Apply or add Line ID {line_id}, contact {khun}", "",
            "Company information",
            f"Business type: {business}    Company size: 200 - 500 people", "",
            "Interesting jobs from this company",
            f"  {others[0]}   {o_low:,} - {o_high:,} baht",
            f"  {others[1]}   {floor:,}+ baht", "",
            f"Report this job  |  Terms  |  © 2026 {board}"]


# (translator's title, the English title in brackets (the role), Thai title, company,
#  industry, duties' techniques, instruments, safety practices, the licence, translated soft
#  skills, the career path's next rung and its Thai word, the top rung, recommended postings
#  (a monthly one, a daily one))
_TH_FACTORIES = (
    ("Wastewater system control officer", "Wastewater Treatment Operator",
     "พนักงานควบคุมระบบบำบัดน้ำเสีย", "Golden Grain Foods Co., Ltd.", "Food processing",
     ("sludge dewatering", "jar testing"), ("pH meters", "dissolved oxygen meters"),
     ("confined space entry", "chemical handling"),
     "wastewater system controller certificate", ("responsible", "careful with records"),
     ("Shift Leader", "หัวหน้ากะ"), "Utilities Supervisor",
     ("Utility Technician", "General Worker")),
    ("Packing machine control staff", "Packaging Machine Operator",
     "พนักงานควบคุมเครื่องบรรจุ", "Blue Lotus Beverage Co., Ltd.", "Beverages",
     ("format changeover", "film splicing"), ("checkweighers", "metal detectors"),
     ("5S", "machine guarding"), "forklift driving licence",
     ("alert", "able to stand for long periods"), ("Line Leader", "หัวหน้าไลน์"),
     "Production Supervisor", ("Maintenance Technician", "Packer")),
)


def _th_factory(rng: random.Random, g: Guide) -> list[str]:
    """A factory's posting through a translator: the title with the English one in brackets
    and a Thai line, a day wage band, duties naming techniques (`optional`), instruments and
    safety practices as skills, a licence (`optional`), a ">" career path with a Thai word
    in brackets, shift and diligence allowances (no pay), the industry and recommended
    postings with a monthly and a daily figure."""
    (translated, title, thai, company, industry, techniques, instruments, safety, licence,
     soft, (rung, thai_word), top, (monthly, daily)) = rng.choice(_TH_FACTORIES)
    occupy(g, title, ladder=[title, rung, top])
    _spell(g, f"{translated} ({title})", translated, thai)
    g.skills = {"top": [_cap(i) for i in instruments] + [_cap(s) for s in safety],
                "soft": [_cap(s) for s in soft]}
    g.employers, g.sectors = [company], [industry]
    g.optional += [*techniques, licence]
    board, bar = rng.choice(_TH_BOARDS), rng.choice(_TH_BARS)
    low = rng.randint(380, 460)
    high = low + rng.randint(40, 90)
    _salary(g, low, high, "THB", period="day")
    m_low = rng.randint(15, 22) * 1000
    m_high = m_low + rng.randint(3, 7) * 1000
    d_low = rng.randint(350, 420)
    d_high = d_low + rng.randint(20, 50)
    _salary(g, m_low, m_high, "THB", period="month", belongs_to=monthly)
    _salary(g, d_low, d_high, "THB", period="day", belongs_to=daily)
    shift = int(_no_pay(g, rng.choice((40, 50, 60, 80)), 5))
    g.must_not_appear += [board, "Show original", thai_word, "Recommended positions",
                          "Amata City", "Number of positions"]
    return [bar, f"{board} | Jobs by province | Jobs by industry | Part-time", "",
            f"Home › Rayong › {industry}", "",
            f"{translated} ({title})", thai, company,
            f"Wage: {low} - {high} baht/day",
            "Workplace: Amata City Industrial Estate, Rayong    Number of positions: 3", "",
            "Job details",
            f"- Run the line and keep the shift log; carry out {techniques[0]} as scheduled",
            f"- Assist the technician with {techniques[1]}",
            "- Report abnormal readings to the shift leader immediately", "",
            "Qualifications",
            "- Vocational certificate (Por Wor Chor) or higher",
            f"- Able to read {instruments[0]} and {instruments[1]}",
            f"- Knowledge of {safety[0]} and {safety[1]}",
            f"- Holding a {licence} will be given special consideration",
            f"- {_cap(', '.join(soft))}", "",
            f"Career path: {title} > {rung} ({thai_word}) > {top}", "",
            "Welfare",
            f"- Shift allowance {shift} baht/day, diligence allowance, free lunch",
            "- Social security, annual health check, company bus", "",
            f"Industry: {industry}", "",
            "Recommended positions",
            f"  {monthly} · Rayong · {m_low:,} - {m_high:,} baht",
            f"  {daily} · Chonburi · {d_low} - {d_high} baht/day", "",
            f"Report  ·  Privacy  ·  © {board}"]


# --------------------------------------------------------------------------------------
# A union branch circular on how one grade is filled
# --------------------------------------------------------------------------------------
# (post, abbreviation, the channel's lower rung and its abbreviation, the higher rung and its
#  abbreviation, the direct feeder, test subjects, the course, the certificate, pay levels
#  (lower, post, higher), other avenues, the railway zone and division)
_RAIL_POSTS = (
    ("Station Master", "SM", ("Assistant Station Master", "ASM"),
     ("Station Superintendent", "SS"), "Senior Commercial Clerk",
     ("block working", "interlocking", "operating manual rules",
      "fire fighting"), "Station Master promotional course", "safety competency certificate",
     (5, 6, 7), ("Section Controller", "Yard Master"), ("South Western Railway", "Hubballi")),
    ("Train Manager (Goods)", "TM(G)", ("Senior Goods Clerk", "Sr. GC"),
     ("Train Manager (Passenger)", "TM(P)"), "Ticket Examiner",
     ("train signalling", "brake power certificates", "accident manual procedures",
      "commercial rules"), "Train Manager promotional course", "competency certificate",
     (4, 5, 6), ("Yard Master", "Section Controller"), ("East Coast Railway", "Waltair")),
)
# 7th CPC pay-matrix levels: (first cell, last cell) in rupees a month.
_MATRIX = {4: (25_500, 81_100), 5: (29_200, 92_300), 6: (35_400, 112_400),
           7: (44_900, 142_400)}
_RAIL_UNIONS = (("All India Railwaymen's Union", "National Federation of Railwaymen"),
                ("Indian Railway Employees' Sangh", "Bharatiya Mazdoor Federation"))
_COMRADES = ("K. Venkatesh", "S. R. Patnaik", "M. Ansari", "P. Lakshmi")


def _unioncircular(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An Indian railway union branch's circular: letterhead, circular number, addressees,
    "Sub:" and "Ref:" lines, a channel of promotion with abbreviations (a ladder), a direct
    feeder (a move in), test subjects (skills), a course and a certificate (`optional`), a
    7th CPC pay-matrix table in lakh notation (each row its title's), allowances (no pay),
    other avenues with a slash of two posts (lateral) and "Comradely yours"."""
    variant = _begin(rng, g, ("railway", "bus"))
    if variant == "bus":
        return _bus_circular(rng, g)
    (title, abbr, (lower, lower_abbr), (higher, higher_abbr), direct, subjects, course, cert,
     levels, avenues, (zone, division)) = rng.choice(_RAIL_POSTS)
    occupy(g, title, ladder=[lower, title, higher], moves_in=[direct],
           transitions=list(avenues))
    _spell(g, abbr)
    g.skills = {"top": [_cap(s) for s in subjects]}
    g.employers = [zone]
    g.optional += [course, cert]
    union, federation = rng.choice(_RAIL_UNIONS)
    secretary = rng.choice(_COMRADES)
    rows = []
    for name, level in zip((lower, title, higher), levels, strict=True):
        first, last = _MATRIX[level]
        cell = round(first * 1.03 ** rng.randint(0, 2), -2)
        _salary(g, cell, last, "INR", period="month", level=f"Level-{level}",
                belongs_to=None if name == title else name)
        rows.append(f"| {name:<26} | Level-{level}  | {_lakh(int(cell))} – {_lakh(last)} |")
    night = int(_no_pay(g, rng.choice((180, 220, 260)), 10))
    number = f"{rng.randint(10, 60)}/2026"
    g.must_not_appear += [union, federation, f"Circular No. {number}", secretary,
                          "Dear Comrades", "Comradely yours", f"{division} Division",
                          "Long live the Union"]
    return [union.upper(), f"(Regd. No. {rng.randint(1000, 9999)} · Affiliated to "
            f"{federation})", f"{division} Division Branch", "",
            f"Circular No. {number}{'':<20}Date: 27.11.2026", "",
            "To: All Branch Secretaries, Office Bearers and Members",
            f"Sub: Filling up of the post of {title} ({abbr}) – channel, eligibility and "
            "selection.",
            f"Ref: Railway Board's letter No. E(NG)I/2026/PM1/{rng.randint(10, 99)} dated "
            "14.10.2026.", "", "Dear Comrades,", "",
            f"The {division} Division of {zone} has notified {rng.randint(6, 24)} vacancies of "
            f"{title} ({abbr}). After our meeting with the administration the position is as "
            "below.", "",
            "1. Channel of promotion",
            f"   {lower} ({lower_abbr}) → {title} ({abbr}) → {higher} ({higher_abbr})", "",
            "2. Eligibility",
            f"   {lower_abbr}s with three years' regular service are eligible. {direct}s with "
            "minimum five years may also apply directly.", "",
            "3. Written test",
            f"   The written test covers {_names(subjects)}. Selected staff must "
            f"pass the {course} and hold a valid {cert}.", "",
            "4. Pay (7th CPC pay matrix, per month)",
            f"| {'Post':<26} | Pay level | Pay range (₹)       |", *rows,
            f"   Running allowance and night duty allowance (₹{night} per night) are over and "
            "above and do not count as pay.", "",
            "5. Other avenues",
            f"   A serving {abbr} may also opt for {avenues[0]} / {avenues[1]} posts through the "
            "general selection.",
            "   Staff who do not clear the trial revert to their old post without loss of "
            "seniority.", "",
            "Comradely yours,", f"({secretary})", "Branch Secretary", "",
            f"Copy to: Divisional Secretary, {union}.   Long live the Union!"]


# (post, staff groups eligible with a PCV licence, test subjects, interview subjects, the
#  salaried post above the Senior rung, lateral posts, funded courses)
_BUS_POSTS = (
    ("Bus Driving Instructor", ("Bus Driver", "Spare Driver"),
     ("the Highway Code", "vehicle defect checks", "coaching techniques"),
     ("assessment feedback", "equality and diversity"), "Training Manager",
     ("Driver Assessor", "Road Safety Trainer"),
     ("instructor qualification course", "Level 3 Award in Education and Training")),
    ("Service Controller", ("Bus Driver", "Engineering Shunter"),
     ("route knowledge", "disruption management", "radio procedures"),
     ("customer complaints", "duty rota rules"), "Operations Manager",
     ("Network Planner", "Depot Allocator"),
     ("Level 3 Certificate in Passenger Transport", "transport manager CPC course")),
)
_BUS_COMPANIES = ("Redline Buses Ltd", "Severn Valley Coaches Ltd", "Metrolink Bus Company")
_BUS_REPS = ("Gary Holt", "Nadia Begum", "Steve O'Rourke", "Leanne Price")


def _bus_circular(rng: random.Random, g: Guide) -> list[str]:
    """A UK bus branch circular: staff groups who may apply with a PCV licence (moves in),
    test and interview subjects (skills), a trial and a return, a dotted-leader pay list (a
    driver's rate for comparison, the post's rate, its Senior rung's, a salaried manager's),
    enhancements (no pay), an agreed promotion line (a ladder), transfers across, funded
    courses (`optional`) and reps' names."""
    (title, groups, tests, interview, manager, laterals, courses) = rng.choice(_BUS_POSTS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[title, senior, manager], moves_in=list(groups),
           transitions=list(laterals))
    g.skills = {"top": [_cap(s.removeprefix("the ")) for s in (*tests, *interview)]}
    company = rng.choice(_BUS_COMPANIES)
    g.employers = [company]
    g.optional += list(courses)
    reps = rng.sample(_BUS_REPS, 2)
    driver = rng.randint(1480, 1620) / 100
    rate = _apart(round(driver + rng.randint(180, 320) / 100, 2), [driver])
    top = _apart(round(rate + rng.randint(120, 220) / 100, 2), [driver, rate])
    salaried = rng.randint(38, 46) * 1000 + rng.choice((0, 250, 500))
    _salary(g, driver, driver, "GBP", period="hour", point=True, belongs_to=groups[0])
    _salary(g, rate, rate, "GBP", period="hour", point=True)
    _salary(g, top, top, "GBP", period="hour", point=True, level="Senior")
    _salary(g, salaried, salaried, "GBP", point=True, belongs_to=manager)
    sunday = _no_pay(g, rng.choice((1.75, 2.1, 2.4)), 0.25)
    depot = rng.choice(("Wharf Road", "Millbrook", "Eastgate"))
    number = f"{rng.randint(12, 48)}/26"
    g.must_not_appear += [*reps, f"Branch circular {number}", "Dear Members",
                          "In solidarity", f"{depot} garage", "Not a member?"]
    dots = 36

    def row(label: str, figure: str) -> str:
        return f"{label} {'.' * max(3, dots - len(label))} {figure}"

    return [f"UNITE THE UNION — {depot} Bus Branch", f"Branch circular {number}", "",
            f"To all members at {depot} garage", "", "Dear Members,", "",
            f"RE: {title.upper()} POSTS — WHAT HAS BEEN AGREED", "",
            f"After talks with {company} the company will fill {rng.randint(2, 6)} "
            f"{title} posts at {depot} garage this winter. Here is how it will work.", "",
            "WHO CAN APPLY",
            f"{groups[0]}s and {groups[1]}s may apply only if they hold a full PCV licence "
            "and have two years' clean record.", "",
            "THE SELECTION",
            f"A written test on {_names(tests)}, then an interview on {interview[0]} and "
            f"{interview[1]}. Successful applicants do a six-week trial; anyone who does not "
            "complete it goes back to their old job with no loss of seniority.", "",
            "PAY FROM 1 JANUARY 2027",
            row(f"{groups[0]} (for comparison)", f"£{driver:.2f} an hour"),
            row(title, f"£{rate:.2f} an hour"), row(senior, f"£{top:.2f} an hour"),
            row(f"{manager} (salaried)", f"£{salaried:,} a year"),
            f"The Sunday enhancement (£{sunday:.2f} an hour) and the plain-clothes allowance "
            "are paid on top and are not part of the rate.", "",
            "PROMOTION LINE",
            f"The agreed promotion line is {title} → {senior} → {manager}. {title}s may also "
            f"transfer across to {laterals[0]} or {laterals[1]} posts at the same rate.", "",
            "COURSES",
            f"The company will fund the {courses[0]} and the {courses[1]}.", "",
            f"Your reps: {reps[0]} (Branch Secretary), {reps[1]} (Equality Officer)", "",
            "In solidarity,", reps[0], "",
            "Not a member? Join online today — together we are stronger."]


# --------------------------------------------------------------------------------------
# A library's "Job of the Week"
# --------------------------------------------------------------------------------------
# (job, occupational group, nickname, skills & tools, education, kinds of place, nearby
#  employers, titles people start as, a title people come over from, the up move)
_WEEKLY_JOBS = (
    ("Court Reporter", "Court Reporters & Simultaneous Captioners", "Steno Pro",
     ("stenotype machine", "CAT software", "realtime captioning", "legal terminology"),
     "court reporting certificate", ("courts", "law firms", "captioning companies"),
     ("Marion County Circuit Court", "Lakeside Captioning"),
     ("Legal Assistant", "Transcriptionist"), "Medical Transcriptionist",
     "Official Court Reporter"),
    ("Wind Turbine Technician", "Wind Turbine Service Technicians", "Windtech",
     ("climbing gear", "multimeters", "hydraulics", "torque wrenches"),
     "one-year wind energy certificate", ("wind farms", "turbine makers", "utilities"),
     ("Prairie Gust Energy", "Tallgrass Wind Services"),
     ("Electrician's Helper", "Farm Equipment Mechanic"), "Aircraft Mechanic",
     "Wind Site Manager"),
    ("Arborist", "Tree Trimmers & Pruners", "Tree Doctor",
     ("chainsaws", "rigging", "climbing harnesses", "tree identification"),
     "ISA certification", ("tree care companies", "city parks departments", "utilities"),
     ("Oakridge Tree Care", "Millbrook Urban Forestry"),
     ("Landscaping Laborer", "Groundskeeper"), "Line Clearance Trimmer", "City Forester"),
)
_LIBRARIES = ("Cedar Falls Public Library", "Hollis County Library", "Brookline Park Library")
_BOOKS = (("331.702 RUS", "Cool Careers Without College", "Rustin"),
          ("650.14 BOL", "What Color Is Your Parachute? for Teens", "Bolles"),
          ("331.7 FAR", "Jobs for People Who Like to Work Outdoors", "Farrow"),
          ("371.42 DEL", "The Trade School Handbook", "Delgado"))


def _jobofweek(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A US library's "Job of the Week" poster card: the library header and hours, the job
    with its occupational group in brackets and a quoted nickname, a " · " skills line,
    median pay a year and an hour (points), an entry band, a one-sided top 10% (no band),
    education (`optional`), places (sectors) and nearby employers, moves in and up, a book
    list, database offers, an event and next week's job (chrome)."""
    variant = _begin(rng, g, ("card", "blog"))
    if variant == "blog":
        return _teen_blog(rng, g)
    (title, group, nickname, skills, education, kinds, employers, starts, came_from,
     up) = rng.choice(_WEEKLY_JOBS)
    occupy(g, title, leads=[up], moves_in=[*starts, came_from])
    _spell(g, group, nickname)
    g.skills = {"top": [_cap(s) for s in skills]}
    g.employers, g.sectors = list(employers), [_cap(k) for k in kinds]
    g.optional += [education]
    library = rng.choice(_LIBRARIES)
    books = rng.sample(_BOOKS, 2)
    following = rng.choice([j[0] for j in _WEEKLY_JOBS if j[0] != title])
    yearly = rng.randint(46, 68) * 1000 + rng.randint(1, 9) * 10
    hourly = round(yearly / 2080, 2)
    e_low = yearly - rng.randint(14, 20) * 1000
    e_high = e_low + rng.randint(6, 10) * 1000
    _salary(g, yearly, yearly, point=True, level="median")
    _salary(g, hourly, hourly, period="hour", point=True, level="median")
    _salary(g, e_low, e_high, level="entry")
    top = int(_no_pay(g, yearly + rng.randint(25, 40) * 1000, 1000))
    week = rng.randint(10, 48)
    g.must_not_appear += [library, f"Week {week}", f"Next week's job: {following}",
                          *(b for _, b, _ in books), "LinkedIn Learning", "Resume Lab"]
    return [f"{library} · Teen & Career Corner · 2nd floor",
            "Open Mon–Thu 9–8 · Fri–Sat 10–5 · Sun closed      #JobOfTheWeek #CareerExplorer",
            "", f"★ JOB OF THE WEEK · Week {week} ★", "", title.upper(),
            f"({group}) — a.k.a. \"{nickname.lower()}s\"", "",
            f"Skills & tools: {' · '.join(skills)}", "",
            "PAY (U.S.)",
            f"  Median: ${yearly:,} a year (${hourly:.2f} an hour)",
            f"  Entry level: ${e_low:,}–${e_high:,}",
            f"  Top 10% earn more than ${top:,}", "",
            f"Education: {_cap(education)} (most jobs)", "",
            f"Where do they work? {_cap(', '.join(kinds))}",
            f"Hiring nearby: {employers[0]}, {employers[1]}", "",
            "How do people get started?",
            f"Many start out as {_plural(starts[0])} or {_plural(starts[1])}, and some come over "
            f"from {came_from} jobs. With experience they could become {_a(up)} {up}.", "",
            "📚 Check these out:", *(f"  {c}  {b} / {a}" for c, b, a in books), "",
            "Free with your card: LinkedIn Learning · Gale Courses · Xello",
            "This week: Resume Lab, Thursday 4 pm, Room B", "",
            f"Next week's job: {following}",
            "Source: U.S. Bureau of Labor Statistics · Scan the QR code for more ▣"]


# (job, its French titles, skill bullets (a verb and the names it takes), the licence, titles
#  people start as, a start without a title, a title people come over from, the up move, the
#  lateral move, kinds of employer, local employers)
_BLOG_JOBS = (
    ("Welder", ("soudeur", "soudeuse"),
     (("reading", ("blueprints", "weld symbols")), ("running", ("MIG welders", "TIG welders")),
      ("cutting steel with", ("plasma cutters",))), "Red Seal certification",
     "Welder Helper", "sweeping the floor at a fab shop", "Auto Body Repairer",
     "Welding Inspector", "Pipefitter", ("fabrication shops", "shipyards", "pipeline contractors"),
     ("Northbay Steel Fabricators", "Harbourview Shipyard")),
    ("Hairstylist", ("coiffeur", "coiffeuse"),
     (("cutting with", ("scissors", "clippers")), ("applying", ("hair colour", "foils")),
      ("styling with", ("flat irons",))), "Certificate of Qualification",
     "Shampoo Assistant", "booking appointments at a salon", "Cosmetics Sales Associate",
     "Salon Manager", "Barber", ("salons", "spas", "film sets"),
     ("Chez Mireille Salon", "Riverside Day Spa")),
    ("Baker", ("boulanger", "boulangère"),
     (("shaping", ("sourdough loaves", "croissants")), ("running", ("deck ovens", "proofers")),
      ("scaling recipes with", ("baker's percentages",))), "food handler certificate",
     "Bakery Helper", "packing bread at a grocery store", "Line Cook", "Head Baker",
     "Pastry Cook", ("bakeries", "grocery stores", "hotels"),
     ("Pain d'Or Bakery", "Maple Crust Breads")),
)
_LIBRARIES_CA = (("Riverbend Public Library", "Bibliothèque publique de Riverbend"),
                 ("Lac-Vert Public Library", "Bibliothèque publique de Lac-Vert"))
_COMMENTERS = ("maya_reads", "jb2009", "Mme Tremblay", "skaterkid")


def _teen_blog(rng: random.Random, g: Guide) -> list[str]:
    """A Canadian library's bilingual teen blog post: the job with its French titles
    (spellings), skill bullets whose clause names one or two skills, a licence and a police
    check (`optional`), moves in (a titleless start `optional`), a Job Bank band, a median
    and an apprentice start an hour, an up and a lateral move, "open your own shop" (no
    move), "Who hires?" kinds (sectors) and local employers, the display, comments and
    previous / next links (chrome)."""
    (title, french, bullets, licence, start, untitled, came_from, up, lateral, kinds,
     employers) = rng.choice(_BLOG_JOBS)
    occupy(g, title, leads=[up], moves_in=[start, came_from], transitions=[lateral])
    _spell(g, *french)
    g.skills = {"top": [_cap(n) for _, names in bullets for n in names]}
    g.employers, g.sectors = list(employers), [_cap(k) for k in kinds]
    g.optional += [licence, "clean police check", untitled]
    library, bibliotheque = rng.choice(_LIBRARIES_CA)
    commenters = rng.sample(_COMMENTERS, 2)
    low = rng.randint(1700, 2000) / 100
    high = round(low + rng.randint(1200, 1800) / 100, 2)
    median = round((low + high) / 2 + rng.randint(-100, 100) / 100, 2)
    apprentice = _apart(round(low + rng.randint(-150, -50) / 100, 2), [low, high, median])
    _salary(g, low, high, "CAD", period="hour")
    _salary(g, median, median, "CAD", period="hour", point=True, level="median")
    _salary(g, apprentice, apprentice, "CAD", period="hour", point=True, level="apprentice")
    province = rng.choice(("Ontario", "New Brunswick"))
    previous, following = rng.sample([j[0] for j in _BLOG_JOBS if j[0] != title], 2)
    g.must_not_appear += [library, bibliotheque, *commenters, "Job Bank", f"Previous: {previous}",
                          f"Next: {following}", "Teen Zone"]
    return [f"{library} / {bibliotheque}",
            "Teen Zone › Blog › Job of the Week / L'emploi de la semaine", "",
            f"JOB OF THE WEEK: {title} / {french[0]} / {french[1]}",
            f"Posted by Teen Services · 1 December 2026 · {rng.randint(2, 6)} comments", "",
            f"Ever wondered what {_a(title)} {title.lower()} actually does all day? This week's "
            "display by the front desk has the answer.", "",
            "Skills you'd use",
            *(f"- {verb} {_names(names)}" for verb, names in bullets), "",
            "Getting in",
            f"Most learn through an apprenticeship and finish with a {licence}. Some employers "
            "also ask for a clean police check.",
            f"Many start as {_a(start)} {start}; some come over from {came_from} jobs, and "
            f"one of our regulars started by {untitled}.", "",
            f"Pay (Job Bank, {province})",
            f"Wages run from ${low:.2f} to ${high:.2f} an hour, with a median of ${median:.2f}. "
            f"Apprentices start at about ${apprentice:.2f} an hour.", "",
            "Where next?",
            f"With experience you could become {_a(up)} {up}. Some specialize and move over to "
            f"{lateral} work, and some open their own shop.", "",
            "Who hires?",
            f"{_cap(_names(kinds))}. Local: {employers[0]}, {employers[1]}.", "",
            "On our display: Trades Rock! (331.7 TRA) and a stack of career magazines.", "",
            "Comments", f"  {commenters[0]}: didn't know this was a trade, cool",
            f"  {commenters[1]}: my cousin does this!", "",
            f"← Previous: {previous}      Next: {following} →"]


# --------------------------------------------------------------------------------------
# A hospital's residency or graduate programme page
# --------------------------------------------------------------------------------------
# (resident title, its other forms, the bare profession, rotations (unit, skills), what
#  residents learn, the admission degree, the licence, the field people come from and its
#  titles, the path's two rungs after the residency, the up move, the board certification,
#  employers, kinds)
_RESIDENCIES = (
    ("Pharmacy Resident", ("PGY1 Pharmacy Resident", "Resident Pharmacist"), "Pharmacist",
     (("Internal Medicine", ("anticoagulation dosing", "renal dose adjustment")),
      ("Critical Care", ("vasopressor titration", "sedation protocols")),
      ("Informatics", ("Epic Willow", "smart pump libraries"))),
     ("antimicrobial stewardship", "medication reconciliation"), "PharmD degree",
     "pharmacist licensure", ("community pharmacy", ("Staff Pharmacist", "Pharmacy Manager")),
     ("Clinical Pharmacist", "Clinical Pharmacy Manager"), "Antimicrobial Stewardship Pharmacist",
     "BCPS certification", ("Mercy Valley Health", "St. Anselm Medical Center"),
     ("hospitals", "ambulatory clinics", "universities")),
    ("Medical Physics Resident", ("Resident Physicist", "Physics Resident"), "Medical Physicist",
     (("Treatment Planning", ("IMRT planning", "VMAT planning")),
      ("Brachytherapy", ("HDR afterloaders", "source calibration")),
      ("Imaging", ("CT quality assurance", "MRI safety"))),
     ("linac commissioning", "TG-142 testing"), "CAMPEP-accredited graduate degree",
     "state physicist registration",
     ("research physics", ("Postdoctoral Fellow", "Research Scientist")),
     ("Clinical Medical Physicist", "Chief Medical Physicist"), "Radiation Safety Officer",
     "ABR board certification", ("Lakeshore Cancer Institute", "Bayview Radiation Oncology"),
     ("cancer centers", "academic hospitals", "equipment vendors")),
)
_HOSPITALS = ("Northridge University Hospital", "Saint Columba Medical Center",
              "Granite Valley Health")
_DIRECTORS = ("Dr. Ellen Marsh", "Dr. Tomás Ibarra", "Dr. Grace Whitfield")


def _residency(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A US hospital's residency page: the hospital site's chrome, the resident title (the
    role with a trainee word) and its other forms, rotations (units `optional`, their
    techniques skills), what residents learn, a stipend a year (the role's point) beside
    waived fees and meals (no pay), the degree and licence (`optional`), moves in from a
    field's titles, an arrow path from the resident, an up move, board certification
    (`optional`), employers of graduates and kinds of place (sectors)."""
    variant = _begin(rng, g, ("us", "graduate"))
    if variant == "graduate":
        return _graduate_programme(rng, g)
    (title, others, bare, rotations, learn, degree, licence, (field, came_from), path, up,
     board, employers, kinds) = rng.choice(_RESIDENCIES)
    occupy(g, title, ladder=[title, *path], leads=[up], moves_in=list(came_from))
    _spell(g, *others, bare)  # the bare profession is the resident's own title too
    g.skills = {"top": [_cap(s) for _, names in rotations for s in names]
                + [_cap(s) for s in learn]}
    hospital = rng.choice(_HOSPITALS)
    g.employers, g.sectors = [hospital, *employers], [_cap(k) for k in kinds]
    g.optional += [unit for unit, _ in rotations] + [degree, licence, board, field]
    director = rng.choice(_DIRECTORS)
    stipend = rng.randint(48, 66) * 1000 + rng.choice((0, 200, 500, 800))
    _salary(g, stipend, stipend, point=True)
    fee = int(_no_pay(g, rng.choice((75, 100, 150)), 25))
    meals = int(_no_pay(g, rng.choice((1200, 1500, 1800)), 100))
    positions = rng.randint(2, 6)
    g.must_not_appear += [director, "Find a Doctor", "MyChart", "Pay My Bill",
                          f"{positions} positions", "Nondiscrimination notice"]
    return [f"{hospital}   Find a Doctor | Locations | MyChart | Pay My Bill | Careers   A- A A+",
            f"Home > Education & Training > Residencies > {title} Program", "",
            f"{title} Program", "",
            f"Our {title}s (also called {others[0]}s or {others[1]}s) spend twelve months "
            f"working alongside our clinical teams, practising as {bare}s under supervision.",
            f"Program at a glance: 12 months · {positions} positions · starts July 1", "",
            "Rotations",
            *(f"- {unit}: {_names(names)}" for unit, names in rotations), "",
            f"What residents learn: {_names(learn)}", "",
            "Stipend and benefits",
            f"Residents receive a stipend of ${stipend:,} per year with medical and dental "
            f"cover. The ${fee} application fee is waived and a ${meals:,} meal card and free "
            "parking are provided.", "",
            "Who we are looking for",
            f"- A {degree}", f"- Eligible for {licence}", "",
            f"Many residents have come to us from {field} ({came_from[0]}s and "
            f"{came_from[1]}s).", "",
            "After the residency",
            f"The usual path is {title} → {path[0]} → {path[1]}. Graduates have progressed to "
            f"{up} and many hold {board}.",
            f"Recent graduates work at {employers[0]} and {employers[1]}, and in "
            f"{_names(kinds)}.", "",
            f"Questions? Contact {director}, Residency Program Director.", "",
            f"Nondiscrimination notice · © 2026 {hospital}"]


# (the profession, its discipline, rotations (unit, skills), titles graduates worked as
#  before, the up move, the roles graduates move into, the profession they go on to train
#  as, private providers)
_GRADUATES = (
    ("Physiotherapist", "physiotherapy",
     (("Orthopaedics", ("post-operative mobilisation", "CPM machines")),
      ("Respiratory", ("airway clearance", "incentive spirometry")),
      ("Neurology", ("gait retraining", "Lokomat")),
      ("Outpatients", ("exercise prescription", "hydrotherapy"))),
     ("Allied Health Assistant", "Personal Trainer"), "Physiotherapy Team Leader",
     "Clinical Educator", "Exercise Physiologist",
     ("Coastal Physio Group", "ActiveMotion Rehab")),
    ("Occupational Therapist", "occupational therapy",
     (("Acute Medicine", ("cognitive screening", "discharge planning")),
      ("Hand Therapy", ("thermoplastic splinting", "oedema management")),
      ("Mental Health", ("sensory modulation", "group facilitation")),
      ("Community", ("home modifications", "pressure care equipment"))),
     ("Allied Health Assistant", "Disability Support Worker"),
     "Occupational Therapy Team Leader", "Case Manager", "Hand Therapist",
     ("Bright Path OT", "Horizon Home Care")),
)
_HEALTH_SERVICES = ("Southern Coast Health Service", "Riverina Local Health District",
                    "Metro North Allied Health")


def _graduate_programme(rng: random.Random, g: Guide) -> list[str]:
    """An Australian health service's graduate programme: four rotations with techniques and
    equipment after colons (units `optional`), support and eligibility (`optional`), moves
    in, the Grade 1 award rate as an hourly and a yearly band, a Grade 2 hourly band with a
    decimal comma (the role at a grade), superannuation and packaging (no pay), an up move,
    moves into other roles (lateral) and private providers employing graduates."""
    (profession, discipline, rotations, before, up, into, train, providers) = rng.choice(
        _GRADUATES)
    title = f"Graduate {profession}"
    occupy(g, title, leads=[up], moves_in=list(before), transitions=[into, train])
    _spell(g, profession, f"{profession} Grade 1")  # a trainee word or the grade apart
    g.skills = {"top": [_cap(s) for _, names in rotations for s in names]}
    service = rng.choice(_HEALTH_SERVICES)
    g.employers = [service, *providers]
    g.optional += [unit for unit, _ in rotations] + ["Ahpra registration"]
    h_low = rng.randint(3700, 4100) / 100
    h_high = round(h_low + rng.randint(300, 500) / 100, 2)
    y_low = round(h_low * 38 * 52.18 / 100) * 100
    y_high = round(h_high * 38 * 52.18 / 100) * 100
    g2_low = _apart(round(h_high + rng.randint(100, 300) / 100, 2), [h_low, h_high])
    g2_high = _apart(round(g2_low + rng.randint(400, 700) / 100, 2), [h_low, h_high, g2_low])
    _salary(g, h_low, h_high, "AUD", period="hour", level="Grade 1")
    _salary(g, y_low, y_high, "AUD", level="Grade 1")
    _salary(g, g2_low, g2_high, "AUD", period="hour", level="Grade 2")
    packaging = int(_no_pay(g, rng.choice((9010, 15900)), 100))
    coordinator = rng.choice(_DIRECTORS)
    g.must_not_appear += [coordinator, "Allied Health Education Network", "Apply now",
                          "Acknowledgement of Country"]
    lines = [f"{service} — Careers", f"Home › Careers › Graduates › {profession}", "",
             f"{title} Program 2027", "",
             f"Our 12-month program gives each {title} four supervised rotations across the "
             "service.", "", "Rotations"]
    for n, (unit, names) in enumerate(rotations, start=1):
        lines.append(f"Rotation {n} – {unit}: {_names(names)}")
    return [*lines, "",
            "Support: weekly supervision, a tutorial program and the Allied Health Education "
            "Network.", "",
            "Eligibility",
            f"A degree in {discipline} and Ahpra registration by February. We welcome "
            f"graduates who have previously worked as {before[0]}s or {before[1]}s.", "",
            "Pay",
            f"Graduates are employed as {profession} Grade 1: ${h_low:.2f} – ${h_high:.2f} "
            f"per hour (${y_low:,} – ${y_high:,} per year).",
            f"After the program most move to {profession} Grade 2: "
            f"${_decimal_comma(g2_low)} – ${g2_high:.2f} per hour.",
            f"Plus 11.5% superannuation and salary packaging of up to ${packaging:,}.", "",
            "Where it leads",
            f"Past graduates have progressed to {up}; others move into {into} roles or go on "
            f"to train as {train}s.",
            f"Our graduates also work at {providers[0]} and {providers[1]}.", "",
            f"Enquiries: {coordinator}, Graduate Program Coordinator   [Apply now]", "",
            "Acknowledgement of Country: we acknowledge the Traditional Custodians of the land."]


# --------------------------------------------------------------------------------------
# A new starter's induction checklist
# --------------------------------------------------------------------------------------
# (job, band, infection-control items, job-specific items (label, items), the handheld
#  system, a certificate, the earlier job, the supervisor rung, the lateral job, department)
_INDUCTIONS = (
    ("Domestic Assistant", 2, ("hand hygiene", "colour-coded cleaning", "spill kits"),
     (("Floor care", ("rotary scrubber", "steam cleaner", "microfibre mops")),
      ("Waste segregation", ("clinical waste", "sharps bins"))), "CleanTrack",
     "Care Certificate", "Hotel Room Attendant", "Domestic Supervisor", "Ward Housekeeper",
     "Facilities"),
    ("Sterile Services Technician", 2, ("hand hygiene", "PPE donning and doffing",
                                        "zoning"),
     (("Decontamination", ("washer-disinfectors", "autoclaves", "ultrasonic baths")),
      ("Tray assembly", ("instrument checklists", "tray wrapping"))), "T-DOC",
     "Level 2 Certificate in Decontamination", "Laboratory Assistant",
     "Decontamination Supervisor", "Endoscopy Decontamination Technician",
     "Sterile Services"),
)
_TRUSTS = ("Kingsbridge Hospitals NHS Foundation Trust", "Avonmere NHS Trust",
           "West Pennine Health NHS Trust")


def _induction(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A trust's local induction checklist: a starter block with the band, mandatory items
    marked `*` with tick, initials and date columns, training items whose lists after
    "incl." and colons give one skill each, a handheld job system, a certificate
    (`optional`), a development conversation with an earlier job (a move in), a ladder, the
    Senior rung's band (the role's own) and a lateral move."""
    variant = _begin(rng, g, ("form", "portal"))
    if variant == "portal":
        return _portal(rng, g)
    (title, band, infection, specific, system, cert, earlier, supervisor, lateral,
     department) = rng.choice(_INDUCTIONS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[title, senior, supervisor], moves_in=[earlier],
           transitions=[lateral])
    # each training item names a skill, and so does each item of its list
    g.skills = {"top": ["Infection prevention", *(_cap(s) for s in infection),
                        "Moving and handling",
                        *(_cap(s) for label, names in specific for s in (label, *names)),
                        system]}
    trust = rng.choice(_TRUSTS)
    g.employers = [trust]
    g.optional += [cert]
    low = rng.randint(24, 25) * 1000 + rng.randint(10, 99) * 10 + 5
    high = low + rng.randint(900, 1500)
    s_low = high + rng.randint(200, 900)
    s_high = s_low + rng.randint(1500, 2500)
    _salary(g, low, high, "GBP", level=f"Band {band}")
    _salary(g, s_low, s_high, "GBP", level="Senior")
    years = rng.randint(2, 8)
    manager = rng.choice(_HR_CONTACTS)
    g.must_not_appear += [manager, "Learning & Development", "Assignment no",
                          "Employee signature", "ESR"]

    def item(text: str, mandatory: bool = False) -> str:
        return f"| {'* ' if mandatory else '  '}{text:<64}| ☐ | ____ | __/__ |"

    head = f"| {'Item':<66}| ✓ | Init | Date  |"
    return [trust, f"LOCAL INDUCTION CHECKLIST — {department}",
            "Complete within the first four weeks and return to Learning & Development.", "",
            f"Name: ________________   Job title: {title}   Band: {band} (£{low:,} – £{high:,})",
            f"Department: {department}   Manager: {manager}   Assignment no (ESR): ________",
            "Items marked * are mandatory.", "",
            "DAY ONE", head,
            item("Shown where to go when the fire alarm sounds", True),
            item("ID badge, uniform and locker issued", True),
            item("Tour of the department and introductions"), "",
            "MANDATORY TRAINING", head,
            item(f"Infection prevention incl. {_names(infection)}", True),
            item("Moving and handling", True), "",
            "JOB-SPECIFIC SIGN-OFF", head,
            *(item(f"{label}: {', '.join(names)}") for label, names in specific),
            item(f"Using the {system} handheld to accept and close jobs"),
            item(f"{cert} enrolled (complete within 12 weeks)"), "",
            "DEVELOPMENT CONVERSATION (week 4)",
            f"Notes: worked {years} years as a {earlier} before joining. Interested in "
            f"becoming a {senior} and later a {supervisor}.",
            f"{senior} posts are Band {band + 1} (£{s_low:,} – £{s_high:,}). Has also asked "
            f"about moving across to {lateral}.", "",
            "Employee signature ____________   Manager signature ____________   "
            "Date __/__/____"]


# (job, its level suffix and team, the company, its kind (the sector), training modules
#  (label, items), the certification, earlier jobs, the lateral jobs, the supervisor)
_PORTAL_JOBS = (
    ("Aircraft Fueler", "I", "Into-Plane Team", "SkyFlow Fueling Services",
     "aviation fueling",
     (("Fuel quality control", ("sump checks", "water detection capsules")),
      ("Into-plane fueling", ("hydrant dispensers", "refueler trucks"))),
     "airside driving permit", ("Line Service Technician", "Baggage Handler"),
     ("Fuel Farm Operator", "Deicing Technician"), "Fueling Supervisor"),
    ("Fulfillment Associate", "I", "Outbound Team", "Parcelwise Logistics",
     "third-party logistics",
     (("Pick and pack", ("RF scanners", "pick-to-light")),
      ("Warehouse safety", ("pallet jacks", "safe lifting"))),
     "powered industrial truck certification", ("Retail Stock Associate", "Delivery Driver"),
     ("Inventory Control Associate", "Shipping Clerk"), "Operations Supervisor"),
)
_PORTALS = ("WorkBridge Onboarding", "HireFlow", "StartRight HR")
_STARTERS = ("Jordan", "Avery", "Dakota", "Riley")


def _portal(rng: random.Random, g: Guide) -> list[str]:
    """A company's HR onboarding portal: a progress bar, the title with its level and team
    (spellings), a starting rate and a rate after 90 days (two points), a task table with
    statuses and owners (chrome), a training plan whose modules list skills, a
    certification (`optional`), a "›" station path (a ladder), a lead premium (no pay), a
    supervisor's salary floor (theirs), cross-training (lateral), moves in and a referral
    bonus."""
    (title, grade, team, company, kind, modules, cert, starts, laterals,
     supervisor) = rng.choice(_PORTAL_JOBS)
    lead = f"Lead {title}"
    occupy(g, title, ladder=[title, lead, supervisor], moves_in=list(starts),
           transitions=list(laterals))
    _spell(g, f"{title} {grade}")
    g.skills = {"top": [_cap(s) for label, names in modules for s in (label, *names)]}
    g.employers, g.sectors = [company], [_cap(kind)]
    g.optional += [cert]
    portal, starter = rng.choice(_PORTALS), rng.choice(_STARTERS)
    rate = rng.randint(1700, 2100) / 100
    later = _apart(round(rate + rng.randint(100, 200) / 100, 2), [rate])
    floor = rng.randint(52, 62) * 1000
    _salary(g, rate, rate, period="hour", point=True)
    _salary(g, later, later, period="hour", point=True)
    _salary(g, floor, None, belongs_to=supervisor)
    premium = _no_pay(g, rng.choice((1.5, 2.0, 2.5)), 0.25)
    referral = int(_no_pay(g, rng.choice((500, 750, 1000)), 50))
    done = rng.randint(40, 80)
    bar = "█" * (done // 10) + "░" * (10 - done // 10)
    g.must_not_appear += [portal, f"Welcome, {starter}", "Form I-9", "W-4", "Direct deposit",
                          "Refer a friend"]
    return [f"{portal}  ·  {company} People Portal          [Profile ▾]  [Sign out]", "",
            f"Welcome, {starter}!  Onboarding {done}% complete  [{bar}]", "",
            f"Position: {title} {grade} ({team})    Start date: 12/07/2026",
            f"{company} is {_a(kind)} {kind} company.",
            f"Starting rate: ${rate:.2f}/hr · ${later:.2f}/hr after 90 days", "",
            "MY TASKS",
            "| Task                         | Status      | Owner      | Due        |",
            "| Form I-9 and W-4             | Complete    | HR         | 12/07/2026 |",
            "| Direct deposit               | Complete    | Payroll    | 12/07/2026 |",
            "| Badge and background check   | In progress | Security   | 12/10/2026 |",
            "| Uniform and PPE issue        | Not started | Supervisor | 12/14/2026 |", "",
            "TRAINING PLAN",
            "| Module                                              | Type          |",
            *(f"| {label}: {', '.join(names):<40} | {kind_of:<13} |"
              for (label, names), kind_of in zip(modules, ("eLearning", "On the job"),
                                                 strict=True)),
            f"| {_cap(cert):<51} | Certification |", "",
            "YOUR CAREER HERE",
            f"Station path: {title} › {lead} › {supervisor}",
            f"Leads earn a ${premium:.2f}/hr premium. {supervisor}s are salaried from "
            f"${floor:,}.",
            f"After six months you can cross-train into {laterals[0]} / {laterals[1]}.",
            f"Many teammates started as {starts[0]}s or {starts[1]}s.", "",
            f"Refer a friend and earn ${referral:,} after their 90 days.", "",
            f"© 2026 {portal} · Privacy · Help"]


FAMILY29_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "actingup": _actingup, "thmt": _thmt, "unioncircular": _unioncircular,
    "jobofweek": _jobofweek, "residency": _residency, "induction": _induction,
}
