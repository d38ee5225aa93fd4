"""Generator renderers for the six page families of held-back set 52 (Georgian postings ...).

Held-back set 52 showed six more kinds of page users bring: a Georgian job posting read through
a browser translator (a shop's posting with a fixed pay "on hand" plus a "% of sales", the gross
beside it, a training month, glued "About the company…", "We offer…" and "Career growth…"
headings, the board's average and the national average, or a plant's posting with "SalaryGross
a - b GEL, on hand about …", a trainee's first months, a night supplement, the 13th salary, the
board's medians and a sector's average), a Bengali posting read through a translator (a factory's
posting with "Tk. a - b (Monthly)" and the parts the gross includes, festival bonuses and
allowances, a glued "Career scope…" ladder with the first rung's pay, or an NGO's circular with a
probation consolidated salary, the gross at a grade after confirmation and other posts' gross
ranges), a position description questionnaire for one position (a state PDQ exported from PDF
with the class at a number, its pay range, a duties table with percentages of time, the KSA
section and the analyst's comparison and placed step, or a county PDQ in an HR system's print
view with a grade and its hourly range, numbered questions and a state DOT's rate "for market
comparison only"), a recruitment agency's "most placeable candidate" e-mail (a plain e-mail with
the candidate's current package, the "looking for" figure, the history, glued software and a
market note, or a candidate spotlight newsletter with hourly rates, pay in the area by title, a
locum rate and the agency's charge rate), an application receipt for one job (a job board's
"application sent" e-mail with a boxed job card, the posted summary, a salary insight and jobs
you may also like, or an ATS candidate home page with the pay, a differential and a sign-on
bonus and similar jobs) and an off-payroll (IR35) status determination statement for one
contract role (a client's outside-IR35 statement in a word processor with a day rate to the
PSC, or an NHS trust's inside-IR35 statement in an agency portal with a PAYE rate via an
umbrella, the charge rate and Agenda for Change bands).  These renderers write such pages from
a planned guide, two variants a family, about occupations that fit them (occupy()); every fact
the truth keeps is printed and what a style does not state is cleared: the gross beside the
pay on hand, the on-hand figure after a gross, the parts a Bengali gross includes, the "looking
for" figure, a charge rate with the agency's fee, the agency margin, NI and levy are the same
pay or no pay; the % of sales, night supplements, the 13th salary, festival bonuses, provident
fund, mobile bills, daily allowances, bilingual and shift differentials, sign-on bonuses, car
allowances, pension, wellbeing allowances and introduction fees stay out of the role's pay; the
national and sector averages are nobody's pay; training-month, trainee, probation, grade,
class-number, step, Senior, Lead, contract, locum and interim rates are the role's own at their
level, board averages and medians the role's own points, and other titles' figures keep their
owners; glosses, idioms, duties' techniques, diplomas, certifications, experience areas, the
agency, umbrella, PSC and other titles' companies are `optional`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_common import occupation_role
from benchmarks.web_families50 import _gbp, _usd
from benchmarks.web_kit import (
    _an,
    _cap,
    _facts,
    _grouped,
    _legal,
    _no_pay,
    _plural,
    _salary,
    _spell,
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY52_ALIAS_LAYOUTS", "FAMILY52_LADDER_LAYOUTS", "FAMILY52_LAYOUTS",
           "FAMILY52_RENDERERS"]


def _ladder(g: Guide, *titles: str) -> None:
    """A second ladder the page prints besides the progression ("… then A or B")."""
    g.ladders.append([(occupation_role(t), t) for t in titles])


# --------------------------------------------------------------------------------------
# A Georgian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Georgian name (`optional`), the employer (printed, short), town,
#  what the company does, its sector, duties (one with a glossed technique, `optional`), the
#  program (a skill), two more skills, the idiom (`optional`), the senior rung, the deputy, the
#  head, two moves in, two lateral posts, another title's vacancy and its firm (`optional`),
#  the same title's firm (printed, short) and town, the one "by agreement" (`optional` firm),
#  the cut one, the hashtags (`optional`))
_GESHOP = (
    ("Cosmetics Consultant", "კოსმეტიკის კონსულტანტი", ("Aromati LLC", "Aromati"), "Tbilisi",
     "is a chain of perfume and cosmetics shops with 11 stores in Tbilisi and Kutaisi",
     "Perfume and cosmetics retail",
     ("advising the buyers on the skin care and the fragrances",
      "setting out the testers and the shelves (vitrinoba)",
      "ringing up the sale at the cash desk and the loyalty card"),
     "the POS program", ("Customer service", "Skin care basics"),
     "a sugar tongue and a quick eye",
     "Senior Cosmetics Consultant", "Deputy Shop Manager", "Shop Manager",
     ("Cashier", "Promoter"), ("Brand Trainer", "Online Shop Operator"),
     ("Merchandiser", ("Libra Trade LLC", "Libra Trade")),
     (("Beauty Hall LLC", "Beauty Hall"), "Batumi"), ("Makeup Artist", "Glamour Studio LLC"),
     "Storekeeper", "#cosmetics #retail #Tbilisi"),
    ("Tile Sales Consultant", "ფილების გამყიდველ-კონსულტანტი", ("Keramika Plus LLC",
                                                                 "Keramika Plus"),
     "Kutaisi", "is a network of building-material showrooms with 6 halls in Imereti and "
     "Kartli", "Building materials retail",
     ("measuring the customer's room and calculating the boxes of tile",
      "preparing the order and the delivery (transportireba)",
      "keeping the samples in the showroom in order"),
     "the 1C program", ("Customer service", "Reading a floor plan"),
     "golden tongue and iron patience",
     "Senior Tile Sales Consultant", "Showroom Deputy Manager", "Showroom Manager",
     ("Warehouse Operator", "Cashier"), ("Interior Designer", "Purchasing Specialist"),
     ("Forklift Driver", ("Stroimarket LLC", "Stroimarket")),
     (("Domus Ceramics LLC", "Domus Ceramics"), "Zugdidi"), ("Estimator", "Remonti Pro LLC"),
     "Delivery Driver", "#tiles #sales #Kutaisi"),
)


def _geshop(rng: random.Random, g: Guide) -> list[str]:
    """A shop's posting on a Georgian job board through a translator: the translator bar,
    menu, cookie line "(cakes)", breadcrumb, dates, views, buttons, hashtags and footer
    (chrome), "Title (Georgian)" (the role; the Georgian name `optional`), "Pay: fixed N GEL on
    hand + % of sales" (the role's; the percentage no pay), a glued "About the companyX …"
    (employs; a sector), duties (a glossed technique `optional`), requirements (languages and
    skills; the idiom `optional`), a glued "We offerPaid …" with the first month's pay (at
    Training month), the gross beside the on-hand pay (the same pay), a glued "Career growthOur
    path: …" arrow ladder with the senior rung's floor (the role's, open) and the head's range
    (theirs), moves in and lateral moves, the board's average (a point with the town), the
    national average (no pay) and similar jobs (another title's (its firm `optional`), the same
    title's elsewhere (an employer, the role's with the town), one "by agreement", one cut)."""
    (job, local, (printed, short), town, what, sector, duties, program, skills, idiom, senior,
     deputy, head, (came1, came2), (lat1, lat2), (other, (oprinted, _oshort)),
     ((sprinted, sshort), stown), (agreed, agreed_firm), cut, tags) = rng.choice(_GESHOP)
    occupy(g, job, ladder=[job, senior, deputy, head], transitions=[lat1, lat2],
           moves_in=[came1, came2])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, ["Georgian", "Russian", "English", program.removeprefix("the "), *skills], [],
           [sector], [local, duties[1].rsplit("(", 1)[1].rstrip(")"), idiom, oprinted,
                      agreed_firm, tags])
    fixed = rng.randrange(750, 1100, 50)
    _salary(g, fixed, fixed, "GEL", period="month")
    train = fixed - rng.randrange(200, 350, 50)
    _salary(g, train, train, "GEL", period="month", level="Training month")
    floor = fixed + rng.randrange(250, 500, 50)
    _salary(g, floor, None, "GEL", period="month", level="Senior")
    hlow = floor + rng.randrange(500, 900, 100)
    _salary(g, hlow, hlow + rng.randrange(300, 700, 100), "GEL", period="month",
            belongs_to=head)
    hhigh = int(g.salaries[-1]["max"])
    average = fixed + rng.randrange(60, 190, 10)
    _salary(g, average, average, "GEL", period="month", point=True, region=town)
    opay = rng.randrange(700, 950, 50)
    _salary(g, opay, opay, "GEL", period="month", belongs_to=other)
    slow = int(_no_pay(g, fixed + rng.randrange(50, 200, 50), 50))
    _salary(g, slow, slow + 200, "GEL", period="month", region=stown)
    gross = int(_no_pay(g, round(fixed / 0.784 / 10) * 10, 10))
    national = int(_no_pay(g, rng.randrange(1900, 2200, 10), 10))
    site = rng.choice(("jobi.ge", "vakansia.ge"))
    g.must_not_appear += [site, "Report the job", "Geostat", "Read more"]
    return ["Page translated · Georgian → English · Original text · Never translate this site",
            f"☰ {site}   Jobs   Employers   Courses   Resumes   + Add a job   ENG | ქარ",
            "The site uses cookies (cakes) so that everything works. Fine   Read more",
            f"Main › Jobs › Trade › {job}",
            f"{job} ({local})",
            f"Company: {printed}   Posted: 0{rng.randint(1, 6)} December   Until: "
            f"2{rng.randint(0, 9)} December   Seen: {rng.randint(900, 3000)}",
            f"Place: {town}, the central store   Schedule: 5/2 or 6/1, shift 10:00 - 19:00",
            f"Pay: fixed {fixed} GEL on hand, plus % of sales",
            "☆ Favourite   ↗ Send to a friend   ⚐ Report the job",
            f"About the company{short} {what}. Sector: {sector.lower()}.",
            "Duties:",
            *(f"- {d};" for d in duties),
            "Requirements:",
            "• Fluent Georgian;",
            "• Russian and English enough to talk with a customer;",
            f"• Work in {program};",
            *(f"• {s};" for s in skills),
            f"• {_cap(idiom)} (to be pleasant and clever);",
            "• No experience? We will teach you.",
            "We offerPaid training from the first week;",
            f"First month, as an intern: {train} GEL on hand;",
            f"From the second month a fixed {fixed} GEL on hand (gross {_grouped(gross)} GEL, "
            "before the income tax and the pension part) + a percentage of your personal "
            "sales;",
            "Free lunch on working days;",
            "A discount on our goods for you and the family.",
            f"Career growthOur path: {job.lower()} → {senior.lower()} → {deputy.lower()} → "
            f"{head.lower()}. A {senior.lower()} has a fixed part from {_grouped(floor)} GEL on "
            f"hand. The {_plural(head.lower())} get {_grouped(hlow)} - {_grouped(hhigh)} GEL on "
            f"hand with the bonus of the store. Quite a few of our people worked before as "
            f"{_plural(came1.lower())} or {_plural(came2.lower())}; some moved over to "
            f"{lat1.lower()} or {lat2.lower()}.",
            f"Send the CV to hr@{short.lower().replace(' ', '')}.ge with the title of the job.",
            f"Pay on {site}",
            f"{job} — average pay in the ads: {_grouped(average)} GEL ({rng.randint(40, 200)} "
            f"ads, {town})",
            f"Average monthly pay in Georgia (Geostat): {_grouped(national)} GEL",
            "Similar jobs",
            f"{other} · {oprinted} · {town} · {opay} GEL",
            f"{job} · {sprinted} · {stown} · {_grouped(slow)} - {_grouped(slow + 200)} GEL",
            f"{agreed} · {agreed_firm} · {town} · by agreement",
            f"{cut} · {printed} · Rustavi · 1,{rng.randint(0, 9)}",
            tags,
            f"© 2026 {site}   About   Rules   Advertising   Contact"]


# (the translated title (an alias), the Georgian name (`optional`), the short title (an
#  alias), the role, the employer (printed, short), its parent (`optional`), what it does, the
#  sector phrase and its name, region, municipality, duties, skills, the certificate
#  (`optional`), the idiom (`optional`), the senior rung, the head and its other name
#  (`optional`), the chief, the move in, the lateral post and where, another title with a
#  median, another post of the company, the same title's firm (printed, short) and town, the
#  cut one and its firm (`optional`), the town the minibus leaves from)
_GEPLANT = (
    ("Operator of the cement kiln", "ღუმელის ოპერატორი", "Kiln operator", "Cement Kiln Operator",
     ("Rioni Cement LLC", "Rioni Cement"), "Kavkasia Building Materials JSC",
     "makes clinker and cement in two rotary kilns for the building market of Georgia",
     "building materials industry", "Building materials", "Imereti", "Tkibuli municipality",
     ("Watching the kiln's burning zone from the central control room",
      "Taking the clinker samples every two hours",
      "Writing the shift journal of the kiln"),
     ("DCS systems", "Reading process flow diagrams", "MS Excel"),
     "The industrial safety certificate", "to have eyes on the back of the head",
     "Senior Kiln Operator", "Shift Foreman", "foreman of the shift", "Production Chief",
     "Mill Operator", ("Quality Control Technician", "the plant laboratory"),
     "Laboratory Assistant", "Packing Line Operator", (("Samtredia Lime LLC", "Samtredia Lime"),
                                                       "Samtredia"),
     ("Crusher mechanic", "Gori Stone LLC"), "Kutaisi"),
    ("Operator of the passenger ropeway", "საბაგიროს ოპერატორი", "Ropeway operator",
     "Ropeway Operator", ("Mta Lifts JSC", "Mta Lifts"), "Kavkasioni Resorts Holding",
     "runs the gondola and four chairlifts of a mountain resort in winter and summer",
     "mountain tourism sector", "Mountain tourism", "Mtskheta-Mtianeti",
     "Kazbegi municipality",
     ("Starting and stopping the lift from the station's panel",
      "Helping the passengers at boarding and the evacuation drill",
      "Daily inspection of the ropes and the clamps"),
     ("Ropeway control systems", "Reading electrical diagrams", "First aid"),
     "The ropeway operator licence", "to keep ice in the head",
     "Senior Ropeway Operator", "Station Master", "head of the station", "Technical Director",
     "Ski Patroller", ("Rescue Team Member", "the resort's rescue service"),
     "Lift Mechanic", "Snow Groomer Driver", (("Bakuriani Cableway LLC", "Bakuriani Cableway"),
                                              "Bakuriani"),
     ("Ski instructor", "Gudauri Ski School LLC"), "Tbilisi"),
)


def _geplant(rng: random.Random, g: Guide) -> list[str]:
    """A plant's posting on a Georgian job board through a translator: the translator bar,
    menu, cookie line, breadcrumb, the apply line with the HR person, buttons and footer
    (chrome), "Translated title (Georgian) — Firm" (the translated title an alias, the Georgian
    name `optional`), a glued "SalaryGross a - b GEL, on hand about …" (the gross the role's
    band, the on-hand figures the same pay), a glued "About the organizationX …" (employs; its
    parent `optional`; a sector), numbered duties, requirements (skills; the certificate and
    the idiom `optional`), conditions with the trainee's months (at Trainee), a night
    supplement, the 13th salary and free meals (no pay), a glued "Growth in the company…" arrow
    ladder with the head's "from" floor (theirs, open), a move in and a lateral move, the
    board's medians (the role's with the region a point; another title's theirs), a sector's
    average (no pay), the company's other vacancies (the head's floor again, another post's
    band) and similar vacancies (the short title at another firm (an employer, the role's with
    the town), one cut)."""
    (long, local, short_title, job, (printed, short), parent, what, sector_phrase, sector,
     region, municipality, duties, skills, cert, idiom, senior, head, head_alt, chief, came,
     (lateral, where), median_title, post, ((sprinted, sshort), stown), (cut, cut_firm),
     city) = rng.choice(_GEPLANT)
    occupy(g, job, ladder=[job, senior, head, chief], transitions=[lateral], moves_in=[came])
    _spell(g, long, short_title)
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [local, parent, cert, idiom, head_alt, cut_firm])
    low = rng.randrange(1500, 1900, 50)
    high = low + rng.randrange(300, 500, 50)
    _salary(g, low, high, "GEL", period="month")
    trainee = low - rng.randrange(300, 500, 50)
    _salary(g, trainee, trainee, "GEL", period="month", level="Trainee")
    floor = high + rng.randrange(400, 700, 50)
    _salary(g, floor, None, "GEL", period="month", belongs_to=head)
    median = low + rng.randrange(100, 250, 10)
    _salary(g, median, median, "GEL", period="month", point=True, region=region)
    omed = trainee + rng.randrange(100, 250, 10)
    _salary(g, omed, omed, "GEL", period="month", point=True, belongs_to=median_title)
    plow = trainee + rng.randrange(260, 400, 10)
    _salary(g, plow, plow + 300, "GEL", period="month", belongs_to=post)
    slow = int(_no_pay(g, low + rng.randrange(100, 300, 50), 50))
    _salary(g, slow, slow + 400, "GEL", period="month", region=stown)
    hand = (int(_no_pay(g, round(low * 0.784 / 5) * 5, 5)),
            int(_no_pay(g, round(high * 0.784 / 5) * 5, 5)))
    night = int(_no_pay(g, rng.choice((25, 30, 35)), 5))
    average = int(_no_pay(g, rng.randrange(2400, 2800, 10), 10))
    site = rng.choice(("SAMSAKHURI.GE", "WORKGEO"))
    person = rng.choice(("Tamar", "Giorgi", "Eka"))
    g.must_not_appear += [site, "Post a CV", f"{person}, HR", "Night supplement", "13th salary"]
    return ["⟲ Translator: Georgian ▸ English   [Original]   [×]",
            f"{site}  ·  Jobs  ·  Companies  ·  Pay  ·  Articles  ·  Log in  ·  Post a CV",
            "Cookie files help the site to work. OK  |  Choose",
            f"Jobs / Industry, production / {region}",
            f"{long} ({local}) — {printed}",
            f"Apply until: {rng.randint(10, 28)}.12   Region: {region}, {municipality}   Type: "
            "full, rotation 14/14",
            f"SalaryGross {_grouped(low)} - {_grouped(high)} GEL (about {_grouped(hand[0])} - "
            f"{_grouped(hand[1])} GEL on hand)",
            f"About the organization{printed} belongs to {parent} and {what}. The company is a "
            f"member of the {sector_phrase} ({sector.lower()}).",
            "What you will do",
            *(f"{i}) {d}" for i, d in enumerate(duties, 1)),
            "What we require:",
            "- Technical education (college or bachelor);",
            *(f"- {s};" for s in skills),
            f"- {cert} or readiness to get it;",
            f"- Calm and careful, {idiom}.",
            f"Conditions: rotation 14 days at work, 14 days at home. A bed in the workers' "
            f"hostel and meals three times a day free of charge. The first 3 months as trainee "
            f"operator — {_grouped(trainee)} GEL gross. Night supplement — {night} GEL per night "
            f"shift. 13th salary in December if the plan is met. A company minibus "
            f"(marshrutka) brings the shift from {city}.",
            f"Growth with us{job.lower()} → {senior.lower()} → {head.lower()} "
            f"({head_alt}) → {chief.lower()}. The {head.lower()} is paid from {_grouped(floor)} "
            f"GEL gross. Most of our {_plural(job.lower())} come from {_plural(came.lower())}, "
            f"and some later go over to {where} as {lateral.lower()}.",
            f"Press \"Send CV\" or call 5XX {rng.randint(10, 99)} {rng.randint(10, 99)} "
            f"{rng.randint(10, 99)} ({person}, HR).",
            "  Send CV    Save    Print",
            f"Pay statistics {site}",
            f"{job} — median {_grouped(median)} GEL gross ({region}, 2026)",
            f"{median_title} — median {_grouped(omed)} GEL gross",
            f"{sector} sector — average {_grouped(average)} GEL",
            "More jobs at this employer",
            f"{head} · {printed} · {municipality.split()[0]} · from {_grouped(floor)} GEL",
            f"{post} · {printed} · {municipality.split()[0]} · {_grouped(plow)} - "
            f"{_grouped(plow + 300)} GEL",
            "Similar vacancies",
            f"{short_title} · {sprinted} · {stown} · {_grouped(slow)} - {_grouped(slow + 400)} "
            "GEL",
            f"{cut} · {cut_firm} · Rustavi · by agreem",
            f"Share: Facebook  Telegram   © {site} 2026 · Privacy · Rules"]


# --------------------------------------------------------------------------------------
# A Bengali (Bangladeshi) posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), the Bengali name (`optional`), the employer (printed, short), what it
#  is, the place, the sector, duties (one technique `optional`), the diploma (`optional`), two
#  experience areas (`optional`), skills, the idiom (`optional`), the first rung, the two rungs
#  above, the second move in, the lateral post, the Senior's firm (printed, short) and town,
#  another title of the same firm, the "Negotiable" one and its firm (`optional`), the cut
#  firm (`optional`), the business line's association (must not appear))
_BDFACTORY = (
    ("Boiler Operator", "বয়লার অপারেটর", ("Padma Spinning Mills Ltd.", "Padma Spinning Mills"),
     "a cotton yarn spinning mill", "Ashulia, Savar", "Yarn spinning",
     ("Running the gas-fired steam boiler as per the load of the mill.",
      "Water treatment of the boiler feed water (blowdown) and its log.",
      "Daily checking of the safety valves and the gauges."),
     "Diploma in Mechanical Engineering", ("Spinning", "Power plant"),
     ("Boiler operation", "Steam line maintenance", "Gas burner control", "MS Excel"),
     "to keep the fire in the belly and ice on the head",
     "Boiler Helper", ("Boiler In-charge", "Utility Engineer"), "Fitter", "Generator Operator",
     (("Karotoa Yarn Ltd.", "Karotoa Yarn"), "Bogura"), "Ring Frame Operator",
     ("Utility Manager", "Jamuna Fibres Ltd."), "Meghdoot Spinning Ltd.", "BTMA"),
    ("Store Officer", "স্টোর অফিসার", ("Tista Leather Goods Ltd.", "Tista Leather Goods"),
     "an export-oriented leather bag and wallet factory", "Hemayetpur, Savar",
     "Leather goods",
     ("Receiving of the hides, the linings and the accessories against the PO.",
      "Issuing of the materials to the cutting floor (FIFO) and the bin cards.",
      "Monthly physical count of the store."),
     "Bachelor of Commerce", ("Leather", "Footwear"),
     ("Inventory control", "Store documentation", "Stock reconciliation", "ERP"),
     "to keep the account of every needle",
     "Store Assistant", ("Senior Store Officer", "Store Manager"), "Inventory Clerk",
     "Purchase Officer", (("Buriganga Leather Craft Ltd.", "Buriganga Leather Craft"),
                          "Keraniganj"), "Cutting Operator",
     ("Merchandiser", "Surma Footwear Ltd."), "Korotoa Tannery Ltd.", "LFMEAB"),
)


def _bdfactory(rng: random.Random, g: Guide) -> list[str]:
    """A factory posting on a Bangladeshi job board through a translator: the translator bar,
    menu, cookie line, breadcrumb, dates, vacancies, "Only males …", age, the apply procedure,
    the association and footer (chrome), "Title (Bengali)" (the role; the Bengali name
    `optional`), a glued "Job ContextX …" (employs), duties (a technique `optional`), the
    diploma and the experience areas (`optional`), requirements (skills; the idiom `optional`),
    "Salary Tk. a - b (Monthly)" (the role's) with the parts the gross includes (no pay),
    benefits with the mobile bill and the night allowance (no pay), a glued "Career scope…"
    ladder with the first rung's pay (theirs), moves in and a lateral move, the company's
    business (a sector) and similar jobs (the Senior at another firm (an employer, the role's at
    Senior with the town), another title of the firm (theirs), one "Negotiable" (its firm
    `optional`), one cut)."""
    (job, local, (printed, short), what, place, sector, duties, diploma, areas, skills, idiom,
     first, (third, fourth), came2, lateral, ((sprinted, sshort), stown), other,
     (negotiable, neg_firm), cut_firm, association) = rng.choice(_BDFACTORY)
    occupy(g, job, ladder=[first, job, third, fourth], transitions=[lateral],
           moves_in=[first, came2])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector],
           [local, duties[1].rsplit("(", 1)[1].split(")")[0], diploma, *areas, idiom,
            neg_firm, cut_firm])
    low = rng.randrange(22000, 32000, 1000)
    high = low + rng.randrange(6000, 12000, 1000)
    _salary(g, low, high, "BDT", period="month")
    flow = rng.randrange(11000, 15000, 500)
    _salary(g, flow, flow + rng.randrange(2000, 4000, 500), "BDT", period="month",
            belongs_to=first)
    fhigh = int(g.salaries[-1]["max"])
    slow = high + rng.randrange(3000, 8000, 1000)
    _salary(g, slow, slow + rng.randrange(8000, 12000, 1000), "BDT", period="month",
            level="Senior", region=stown)
    shigh = int(g.salaries[-1]["max"])
    opay = int(_no_pay(g, rng.randrange(12000, 14000, 250), 250))
    _salary(g, opay, opay, "BDT", period="month", belongs_to=other)
    mobile = int(_no_pay(g, rng.choice((500, 700, 800)), 100))
    night = int(_no_pay(g, rng.choice((120, 150, 200)), 10))
    site = rng.choice(("Kaj Khuji", "JobBazar BD"))
    g.must_not_appear += [site, "Sign in / Sign up", "Only males can apply", association,
                          "Mobile bill", "Night allowance", "Flag this job"]
    return ["Page translated from Bengali by the browser · Show the original · Always",
            f"{site}  Home  Find jobs  Companies  Courses  Tips  My account  Sign in / Sign up",
            "● Cookies are used on this site. Continuing means you accept.  [Accept]",
            f"Jobs › Factory/Production › {job}",
            f"{job} ({local})",
            printed,
            f"Last date : {rng.randint(15, 28)} Dec 2026   Vacancies : 0{rng.randint(1, 5)}   "
            f"Posted on : 0{rng.randint(1, 6)} Dec 2026",
            f"Job Context{printed} is {what} in {place} with "
            f"{_grouped(rng.randrange(1500, 5000, 100))} workers. The factory needs a "
            "hard-working person for its day and night shifts.",
            "Job Responsibilities",
            *(f"* {d}" for d in duties),
            "Employment Status : Full-time   Workplace : At the factory",
            "Educational Requirements",
            f"{diploma} from a recognised institute.",
            "Experience Requirements",
            f"{rng.randint(2, 5)} to {rng.randint(6, 9)} year(s). Experience in these business "
            f"areas is needed: {areas[0]}, {areas[1]}.",
            "Additional Requirements",
            f"Age {rng.randint(22, 25)} to {rng.randint(35, 40)} years",
            "Only males can apply.",
            f"Knowledge of {skills[0].lower()}, {skills[1].lower()} and "
            f"{skills[2].lower()}.",
            f"Working knowledge of {skills[3]}.",
            f"Should be able {idiom}.",
            f"Job Location {place}",
            f"Salary Tk. {low} - {high} (Monthly)",
            "The gross has basic (60%), medical, conveyance and house rent inside, as the "
            "company's policy.",
            "Compensation & Other Benefits",
            f"Festival bonus 2 (two), provident fund, gratuity, Mobile bill Tk {mobile}, Night "
            f"allowance Tk {night} for each night shift, subsidised lunch, yearly increment.",
            f"Career scopeOur ladder inside the factory: {first} (Tk {_grouped(flow)} - "
            f"{_grouped(fhigh)}) → {job} → {third} → {fourth}. Most of our "
            f"{_plural(job.lower())} come up from the {_plural(first.lower())} and the "
            f"{_plural(came2.lower())}, and some shift over to {lateral.lower()}.",
            "Apply Procedure",
            f"Apply online or send the CV to hr@{short.split()[0].lower()}.com.bd with "
            f"\"{job}\" in the subject.",
            f"Company Information  {printed}  Business : {sector}. Member of {association}.",
            "Similar Jobs",
            f"Senior {job} · {sprinted} · {stown} · Tk. {slow} - {shigh} (Monthly)",
            f"{other} · {printed} · {place.split(', ')[-1]} · Tk. {opay} (Monthly)",
            f"{negotiable} · {neg_firm} · Gazipur · Negotiable",
            f"{job} · {cut_firm} · Narayanganj · Tk. {low - 2000} - 3",
            f"Flag this job   Share  f  in     © 2026 {site} · Privacy · Terms"]


# (the organisation and its short name, two programmes (the first `optional`), the sector
#  (the programme), the title (the role), the Bengali name (`optional`), its other name (an
#  alias), the districts, the division, the move in, duties (one technique `optional`), the
#  diploma (`optional`), skills, the licence (`optional`), the grade, the senior rung, the two
#  posts above (two ladders), the post after, the department and the lateral post, the head
#  office town, two related circulars (must not appear))
_BDCIRCULAR = (
    (("Sabuj Alo Foundation", "SAF"), ("climate resilience", "water, sanitation and hygiene"),
     "WASH", "Community Mobilizer", "কমিউনিটি মোবিলাইজার", "Community Facilitator",
     ("Kurigram", "Lalmonirhat", "Nilphamari"), "Rangpur", "Volunteer",
     ("organising courtyard sessions (uthan boithok) with the mothers",
      "follow-up of the tube-wells and the latrines of the households",
      "reporting of the monthly data in the project format"),
     "HSC", ("MS Excel", "MS Word", "Bangla typing", "Group facilitation"),
     "Bicycle riding", "Grade-9", "Senior Community Mobilizer",
     ("Field Coordinator", "Union Supervisor"), "Project Officer",
     ("monitoring cell", "Monitoring Assistant"), "Lalmonirhat",
     ("Dishari health worker circular 2026", "Prottoy school teacher job 2026")),
    (("Nodi Bangla Unnayan Kendra", "NBUK"), ("river erosion relief", "livestock development"),
     "Livestock", "Livestock Officer", "প্রাণিসম্পদ কর্মকর্তা", "Livestock Extension Officer",
     ("Sirajganj", "Bogura", "Jamalpur"), "Rajshahi", "Paravet",
     ("vaccination camps for the cattle and the goats (tika camp)",
      "training of the farmer groups on the feed and the fodder",
      "keeping of the farmers' register and the beneficiary list"),
     "Diploma in Livestock", ("MS Excel", "MS Word", "Animal health care", "Farmer training"),
     "Motorcycle licence", "Grade-8", "Senior Livestock Officer",
     ("Upazila Coordinator", "Technical Officer"), "Program Manager",
     ("research unit", "Research Assistant"), "Sirajganj",
     ("Alor Pathe health circular 2026", "Gram Shakti field worker job 2026")),
)


def _bdcircular(rng: random.Random, g: Guide) -> list[str]:
    """An NGO's job circular on a Bangladeshi circular site through a translator: the
    translator bar, menu, notice, breadcrumb, the poster and views, the number of posts, age,
    the NGO Affairs Bureau, how to apply, N.B., related circulars, tags and footer (chrome),
    "Org (ABBR) job circular 2026 — Title (Bengali)" (the role; the Bengali name `optional`),
    the NGO's description (employs; its programme and "NGO" sectors, another programme
    `optional`), "Post name: Title (Other name)" (an alias), experience as a move in, lettered
    duties (a technique `optional`), required skills ("computer knowledge" `optional`, the
    licence `optional`), the probation consolidated salary (at Probation) and the gross at a
    grade after confirmation (at the grade) with festival bonuses, provident fund, gratuity,
    the mobile bill and the daily allowance (no pay), and the promotion paths (two ladders) with
    other posts' gross ranges (theirs) and a lateral move."""
    ((org, abbr), (prog1, prog2), sector, job, local, alias, districts, division, came, duties,
     edu, skills, licence, grade, senior, (post_a, post_b), post_c, (dept, lateral), town,
     related) = rng.choice(_BDCIRCULAR)
    occupy(g, job, ladder=[job, senior, post_b], transitions=[lateral], moves_in=[came])
    _ladder(g, job, senior, post_a)
    _spell(g, alias)
    _legal(g, org, abbr)
    _facts(g, list(skills), [], [sector, "NGO"],
           [local, prog1, duties[0].rsplit("(", 1)[1].rstrip(")"), edu, "Computer knowledge",
            licence, f"{division} Division"])
    probation = rng.randrange(13000, 17000, 500)
    _salary(g, probation, probation, "BDT", period="month", level="Probation")
    gross = probation + rng.randrange(4000, 7000, 50)
    _salary(g, gross, gross, "BDT", period="month", level=grade)
    blow = gross + rng.randrange(12000, 16000, 1000)
    _salary(g, blow, blow + 7000, "BDT", period="month", belongs_to=post_b)
    clow = blow + rng.randrange(12000, 16000, 1000)
    _salary(g, clow, clow + 8000, "BDT", period="month", belongs_to=post_c)
    mobile = int(_no_pay(g, rng.choice((300, 400, 500)), 50))
    daily = int(_no_pay(g, rng.choice((120, 150, 180)), 10))
    site = rng.choice(("BD NGO Circular", "Unnayan Jobs"))
    g.must_not_appear += [site, "exam results", "Number of posts", "provident fund",
                          "gratuity", "daily allowance", "NGO Affairs Bureau",
                          "Executive Director", *related]
    return ["[Browser translation · বাংলা → English]  Original ▾",
            f"{site} — home | job circulars | ngo jobs | bank jobs | exam results | contact",
            "Notice: cookies and ads are used on this page. ✕",
            f"Circular  ›  NGO jobs  ›  {division} Division",
            f"{org} ({abbr}) job circular 2026 — {job} ({local})",
            f"Posted by editor · {rng.randint(1, 6)} December 2026 · "
            f"{_grouped(rng.randrange(1200, 6000, 7))} views",
            f"{org} ({abbr}) is a non-government organisation (NGO) with registration from the "
            f"NGO Affairs Bureau. {abbr} works in {prog1} and {prog2} in "
            f"{rng.randint(20, 60)} upazilas. {abbr} will recruit for its {sector} programme "
            "the post below.",
            f"Post name: {job} ({alias})",
            f"Number of posts: {rng.randint(10, 40)}",
            f"Workplace: project areas ({', '.join(districts)})",
            f"Educational qualification: {edu} or above.",
            f"Experience: fresh candidates can apply; those who worked as {_an(came.lower())} "
            "will get preference.",
            f"Age: up to {rng.randint(28, 32)} years as of 31 December 2026.",
            "Duties and responsibilities:",
            *(f"({chr(97 + i)}) {d};" for i, d in enumerate(duties)),
            f"Skills needed: computer knowledge ({skills[0]}, {skills[1]}), {skills[2]}, "
            f"{skills[3].lower()}. {licence} will be preferable.",
            "Salary and benefits:",
            f"Consolidated salary during the probation ({rng.choice((3, 6))} months) Tk. "
            f"{_grouped(probation)}/- a month. On confirmation gross salary Tk. "
            f"{_grouped(gross)}/- a month as per the organisation's pay scale ({grade}), with "
            f"a yearly increment. Other: 2 festival bonuses, provident fund, gratuity, "
            f"Boishakhi allowance, mobile bill Tk. {mobile}, daily allowance Tk. {daily} per "
            "field day.",
            f"Promotion: a {job.lower()} can become {senior.lower()} after two years of good "
            f"work, then {post_a.lower()} or {post_b.lower()}. Gross salary of the "
            f"{post_b.lower()} Tk. {_grouped(blow)} - {_grouped(blow + 7000)}, the "
            f"{post_c.lower()} Tk. {_grouped(clow)} - {_grouped(clow + 8000)}. Some go over to "
            f"the {dept} as {lateral.lower()}.",
            f"How to apply: the application with the CV and two photographs to the Executive "
            f"Director, {org}, Head Office, {town}, by {rng.randint(18, 30)} December 2026. No "
            "TA/DA for the interview.",
            "N.B. Nobody should pay money to anyone for this job. The authority can cancel the "
            "circular at any time.",
            f"Related circulars: {related[0]} | {related[1]}",
            f"Tags: ngo circular, {sector.lower()} job, {division.lower()} job",
            f"Share · WhatsApp        Copyright © {site}. Privacy | Disclaimer"]


# --------------------------------------------------------------------------------------
# A position description questionnaire (PDQ) for one position
# --------------------------------------------------------------------------------------
# (the file's class code, the state (`optional`), the agency (employs), the division, the
#  unit (must not appear), the class title (the role), the working title (an alias), the
#  bargaining unit (`optional`), the purpose, duties (% of time; a system named in them
#  `optional`), knowledge, skills, two abilities (`optional`), the compared class and why,
#  two feeder titles, the supervisor and the manager above, the incumbent, supervisor and
#  analyst (must not appear))
_PDQPDF = (
    ("LS", "State of Calloway", "Department of Professional Regulation", "Licensing Services",
     "Contractor Licensing Unit", "Licensing Specialist", "Contractor Licensing Specialist",
     "Administrative Support", "Reviews applications for contractor, plumber and electrician "
     "licences, verifies the experience and the bonds, and answers the public's questions about "
     "the licence law.",
     ((45, "Y", "Reviews new and renewal applications in the LICENSEtrack system, checks the "
                "bonds, insurance certificates and experience affidavits."),
      (25, "Y", "Answers telephone and e-mail inquiries from applicants and the public."),
      (15, "Y", "Refers possible unlicensed activity to the investigators."),
      (10, "N", "Prepares the monthly licence statistics."),
      (5, "N", "Other work the supervisor assigns.")),
     ("licensing statutes and administrative rules", "records retention"),
     ("document review", "customer service", "Microsoft Word", "Excel"),
     ("explain a denial politely", "keep a steady pace through a heavy queue"),
     ("Compliance Investigator 2", "investigation of complaints requires field work"),
     ("Office Specialist 2", "Permit Technician"), "Licensing Supervisor",
     "Licensing Program Manager", ("Harriet Volkmann", "Dale Prentiss, Licensing Supervisor",
                                   "S. Abernathy-Cho")),
    ("CSO", "State of Westfall", "Department of Human Services", "Child Support Division",
     "Eastside Regional Office", "Child Support Officer", "Child Support Enforcement Officer",
     "Human Services", "Establishes and enforces child support orders for a caseload of about "
     "900 cases, locates non-custodial parents and takes enforcement actions.",
     ((40, "Y", "Opens and manages cases in the KIDSPAY case system, locates parents, "
                "establishes paternity and support orders."),
      (30, "Y", "Takes enforcement actions: income withholding, licence suspension, tax "
                "intercepts."),
      (15, "Y", "Prepares cases for court and testifies at hearings."),
      (10, "N", "Answers parents' calls and letters."),
      (5, "N", "Other work the supervisor assigns.")),
     ("child support guidelines and enforcement remedies", "court procedures"),
     ("case management", "negotiation", "Microsoft Excel"),
     ("stay calm with angry callers", "write clear case notes quickly"),
     ("Paralegal 2", "the legal work requires a paralegal certificate"),
     ("Office Assistant 3", "Case Aide"), "Child Support Supervisor",
     "Child Support Program Manager", ("Loretta Quinlan", "Amos Fairweather, Child Support "
                                       "Supervisor", "P. Nakashima-Boyd")),
)


def _pdqpdf(rng: random.Random, g: Guide) -> list[str]:
    """A state's reclassification PDQ exported from PDF: the viewer line, form header,
    purpose checkboxes, position number, class codes, FLSA, FTE, signatures, dates, the
    analyst's determination line (except its step's pay) and the appeal line (chrome), the
    glued "SECTION A — POSITION IDENTIFICATIONPosition Number…" with the agency (employs; the
    state and the bargaining unit `optional`, the unit must not appear), the current class at 2
    and the requested class at 3 (the role at those levels) with their ranges, the working
    title (an alias), a pipe table of duties with percentages of time (no skills; the system
    `optional`), the KSA section (skills; the abilities in verb form `optional`), and the
    analyst's section: the classes compared with their monthly ranges (the role's at 2 and 3,
    another class's theirs), the recruitment sources (moves in) with the trainee class's range
    (the role's at 1), the promotional path (a ladder) and the placed step (the role's)."""
    (code, state, agency, division, unit, job, working, bargaining, purpose, duties, knows,
     skills, abilities, (compared, why), (feed1, feed2), supervisor, manager,
     (incumbent, boss, analyst)) = rng.choice(_PDQPDF)
    occupy(g, job, ladder=[job, supervisor, manager], moves_in=[feed1, feed2])
    _spell(g, working)
    g.employers.append(agency)
    system = duties[0][2].split(" in the ")[1].split(" system")[0]
    _facts(g, [_cap(k) for k in (*knows, *skills)], [], [],
           [state, bargaining, f"{system} system", *(_cap(a) for a in abilities)])
    r2 = rng.randrange(38, 50)
    r3, rc = r2 + 3, r2 + 5
    low2 = rng.randrange(3400, 4000, 1)
    high2 = low2 + rng.randrange(1200, 1450)
    _salary(g, low2, high2, "USD", period="month", level=f"{job} 2 (Range {r2})")
    low3 = low2 + rng.randrange(250, 350)
    high3 = high2 + rng.randrange(350, 450)
    _salary(g, low3, high3, "USD", period="month", level=f"{job} 3 (Range {r3})")
    lowc = low3 + rng.randrange(180, 260)
    highc = high3 + rng.randrange(250, 330)
    _salary(g, lowc, highc, "USD", period="month", belongs_to=compared)
    trainee = low2 - rng.randrange(300, 420)
    _salary(g, trainee, low2, "USD", period="month", level=f"{job} 1 (trainee)")
    step = rng.choice("CDE")
    placed = low3 + rng.randrange(350, 550)
    _salary(g, placed, placed, "USD", period="month", level=f"Range {r3} Step {step}")
    g.must_not_appear += [incumbent, boss.split(",")[0], analyst, "Reclassification review",
                          "Non-exempt", "Other work the supervisor assigns", unit]
    stem = f"PDQ_{code}2_pos{rng.randint(10000, 99999)}_rev.pdf"
    return [f"{stem}                                  Page 1 of 3      ⤓  🖶  ⋯",
            f"{state.upper()} — DIVISION OF PERSONNEL SERVICES",
            "POSITION DESCRIPTION QUESTIONNAIRE (PDQ)        Form DPS-20 (Rev. "
            f"0{rng.randint(1, 9)}/2025)",
            "This PDQ is for: ☐ A new position  ☒ Reclassification review  ☐ Annual update",
            f"SECTION A — POSITION IDENTIFICATIONPosition Number: {rng.randint(1000, 9999)}-"
            f"{rng.randint(10, 99)}   Agency: {agency}   Division: {division}   Unit: {unit}",
            f"Current Class Title: {job} 2   Class Code: {rng.randint(3000, 3999)}   Pay Range: "
            f"{r2}",
            f"Working Title: {working}",
            f"Requested Class Title: {job} 3   Class Code: {rng.randint(4000, 4999)}   Pay Range: "
            f"{r3}",
            f"Incumbent: {incumbent}   Supervisor: {boss}",
            f"FLSA: Non-exempt   FTE: 1.0   Bargaining Unit: {rng.randint(10, 30)} ({bargaining})",
            "SECTION B — WHY THE POSITION EXISTS",
            purpose,
            "SECTION C — DUTIES (most important first; percentages add up to 100)",
            "% time | Essential (Y/N) | Duty statement",
            *(f"{pct} | {ess} | {text}" for pct, ess, text in duties),
            "SECTION D — REQUIRED KNOWLEDGE, SKILLS AND ABILITIES (first day)",
            f"Knowledge of: {'; '.join(knows)}.",
            f"Skills in: {'; '.join(skills)}.",
            f"Ability to: {'; '.join(abilities)}.",
            "SECTION E — WORKING CONDITIONSOffice work at a screen; occasional travel to "
            "the field offices.",
            f"SECTION F — SUPERVISOR'S REMARKSThe position carries the unit's hardest cases; the"
            f" duties fit the {job} 3 class.",
            f"Signed: ____________   Dated: 1{rng.randint(0, 2)}/0{rng.randint(1, 9)}/2026",
            "SECTION G — FOR THE HR ANALYST",
            f"Classes compared: {job} 2 (Range {r2}: {_usd(low2)} – {_usd(high2)} monthly) — "
            f"full working level; {job} 3 (Range {r3}: {_usd(low3)} – {_usd(high3)} monthly) — "
            f"lead / complex work; {compared} (Range {rc}: {_usd(lowc)} – {_usd(highc)} "
            f"monthly) — {why}; not a fit.",
            f"Usual recruitment source: {feed1}, {feed2}, or the {job} 1 trainee class "
            f"({_usd(trainee)} – {_usd(low2)} monthly, one-year training).",
            f"Usual promotional path: {job} 3 → {supervisor} (Range {rc + 4}) → {manager}.",
            f"Outcome: ☒ Reallocate the position to {job} 3, Range {r3}, effective 01/0"
            f"{rng.randint(1, 3)}/2027, placed at Step {step} ({_usd(placed)} monthly).",
            f"Analyst: {analyst}, Classification & Pay      Appeal rights: see Personnel Rule "
            f"{rng.randint(10, 19)}.0{rng.randint(1, 9)}",
            "Confidential: personnel record.        Page 3 of 3"]


# (the county (employs), the HR system (must not appear), the department line (must not
#  appear), the working title (the role) and its other name (an alias), the class (an alias,
#  with and without II), grade letter, the purpose, duties (% of time; tools there
#  `optional`), KSAs (skills; a manner `optional`), certifications (`optional`), the physical
#  demands (must not appear), the aide (a move in with its rate), the other feeder title, the
#  recruits' source (`optional`), the supervisor class, the other next post and its licence
#  (`optional`), the lateral post, the state's comparison title, the incumbent, supervisor and
#  analyst (must not appear))
_PDQHRIS = (
    ("Brannock County", "TalentDesk", "Environmental Services / Water Resources Division",
     "Stormwater Inspection Technician", "Erosion Control Inspector", "Environmental Technician",
     "E", "Inspects construction sites and county storm drains for compliance with the "
     "stormwater permit and the erosion and sediment control plans.",
     (("40%", "Site inspections of silt fences, inlet protection and basins; inspection "
              "reports with photos in the tablet app."),
      ("25%", "Dry-weather screening of outfalls and water sampling with the turbidity "
              "meter."),
      ("20%", "Mapping of the storm drain assets with the GPS unit; updates in ArcGIS "
              "Online."),
      ("15%", "Follow-up letters to contractors; enforcement files.")),
     ("Plan reading", "Erosion and sediment control practices", "ArcGIS Online",
      "Water sampling procedures", "Report writing"), "dealing with site foremen tactfully",
     ("CPESC within 12 months", "Confined space entry training"),
     ("Lifting up to 40 lbs", "Walking on muddy slopes", "Driving a county truck"),
     "Seasonal Field Aide", "Parks Maintenance Worker", "consulting firms",
     "Environmental Technician Supervisor", ("Watershed Program Coordinator",
                                             "CPESC certification"), "GIS Technician",
     "Environmental Specialist 1", ("Nadia Kowalczyk", "Owen Trelawney", "R. Baptiste")),
    ("Millbrook County", "PeopleWorks", "Utilities / Water Treatment Division",
     "Water Plant Laboratory Technician", "Process Analyst", "Laboratory Technician", "L",
     "Runs the process control and compliance tests of the county water plant and keeps the "
     "laboratory's quality records.",
     (("35%", "Process control tests every shift: turbidity, chlorine residual, pH, "
              "alkalinity with the jar tester and the spectrophotometer."),
      ("30%", "Bacteriological samples from the distribution system; Colilert tests."),
      ("20%", "Data entry in the LIMS and the monthly operating report."),
      ("15%", "Calibration and upkeep of the laboratory instruments.")),
     ("Water chemistry", "Microbiological testing methods", "Quality control records",
      "Microsoft Excel", "LIMS"), "explaining results to the operators patiently",
     ("Water Laboratory Analyst certificate within 18 months", "Grade II Water Treatment "
                                                               "Operator licence"),
     ("Standing at the bench", "Lifting up to 30 lbs", "Climbing plant stairs"),
     "Laboratory Aide", "Treatment Plant Operator", "private environmental labs",
     "Laboratory Supervisor", ("Water Quality Chemist", "chemistry degree"),
     "Compliance Specialist", "Chemist Technician 2", ("Imogen Salcedo", "Victor Haldane",
                                                       "K. Oyelaran")),
)


def _pdqhris(rng: random.Random, g: Guide) -> list[str]:
    """A county's PDQ in an HR system's print view: the breadcrumb with the system, the skip
    link and user, status checkboxes, the physical demands checkboxes, signatures, the HR line
    and footer (chrome), the glued "POSITION DESCRIPTION QUESTIONNAIREDepartment: …", the
    class with its grade and hourly range (the role's at the grade), the working title (the
    role, with its other name an alias; the class an alias too), the supervisor's grade,
    numbered questions with duties and percentages (no skills; their tools `optional`), KSAs
    (skills; a manner `optional`), certifications (`optional`), where people come from (the
    aide's rate theirs, moves in; the recruits' source `optional`) and go (the next class's
    grade and range the role's at that grade, the supervisor class and another post (leads),
    a lateral move), and the supervisor's comment with the state's rate "for market comparison
    only" (theirs)."""
    (county, system, department, job, other_name, klass, letter, purpose, duties, ksas, manner,
     certs, demands, aide, feeder, source, supervisor, (post, licence), lateral, state_title,
     (incumbent, boss, analyst)) = rng.choice(_PDQHRIS)
    occupy(g, job, ladder=[job, supervisor], leads=[supervisor, post], transitions=[lateral],
           moves_in=[aide, feeder])
    _spell(g, klass, other_name)
    g.employers.append(county)
    _facts(g, list(ksas), [], [], [_cap(manner), *(c.split(" within")[0] for c in certs),
                                   _cap(source), _cap(licence)])
    grade = rng.randrange(10, 16)
    low = round(rng.uniform(21, 27), 2)
    high = round(low + rng.uniform(7, 9), 2)
    _salary(g, low, high, "USD", period="hour", level=f"Grade {letter}-{grade} ({klass} II)")
    low3 = round(low + rng.uniform(2.2, 3.2), 2)
    high3 = round(high + rng.uniform(3, 4), 2)
    _salary(g, low3, high3, "USD", period="hour",
            level=f"Grade {letter}-{grade + 2} ({klass} III)")
    aide_rate = round(low - rng.uniform(4.5, 6.5), 2)
    _salary(g, aide_rate, aide_rate, "USD", period="hour", belongs_to=aide)
    slow = round(low + rng.uniform(3.5, 5), 2)
    shigh = round(high + rng.uniform(5, 7), 2)
    _salary(g, slow, shigh, "USD", period="hour", belongs_to=state_title)
    user = incumbent.split()[0][0].lower() + incumbent.split()[1].lower()
    g.must_not_appear += [system, "Skip to content", f"Sign out ({user})", incumbent, boss,
                          analyst, department, *demands]
    return [f"{county} — {system} › Positions › PD #{letter}{rng.randint(1000, 9999)} › Print "
            "view",
            f"Skip to content   Support   Sign out ({user})",
            f"POSITION DESCRIPTION QUESTIONNAIREDepartment: {department}",
            f"Position title (classification): {klass} II          Grade: {letter}-{grade} "
            f"({_usd(low)} - {_usd(high)} hourly)",
            f"Functional / working title: {job} ({other_name})",
            f"Reports to: {supervisor} (Grade {letter}-{grade + 4})     Supervises: none",
            "Status: ☒ Full-time ☐ Part-time ☐ Temporary     Schedule: days",
            "1. Briefly, why does this position exist?",
            purpose,
            "2. The main duties and about how much of the time each takes.",
            *(f"{pct}  {text}" for pct, text in duties),
            "3. Which knowledge, skills or abilities does the job need?",
            *(f"- {k}" for k in ksas),
            f"- {_cap(manner)}",
            "4. Required licences or certifications?",
            f"{'; '.join(certs)}; a valid driver's licence.",
            "5. Physical demands?" + "  ".join(f"☒ {d}" for d in demands),
            "6. Which jobs do people usually come from, and which jobs do they move on to?",
            f"Most started as {_plural(aide)} ({_usd(aide_rate)} hourly) or "
            f"{_plural(feeder)}; a few come from {source}. Next steps are {klass} III (Grade "
            f"{letter}-{grade + 2}, {_usd(low3)} - {_usd(high3)} hourly), then {supervisor}, or "
            f"{post} with a {licence}. Some move across to the {lateral} position.",
            "7. Supervisor's comments",
            f"I agree with the answers. For reference, the state's {state_title} pays about "
            f"{_usd(slow)} - {_usd(shigh)} hourly for similar work (for market comparison "
            "only).",
            f"Incumbent signature: {incumbent}  0{rng.randint(1, 9)}/1{rng.randint(0, 9)}/2026"
            f"     Supervisor: {boss}  0{rng.randint(1, 9)}/2{rng.randint(0, 8)}/2026",
            f"HR use: Reviewed — classification stays.  Analyst: {analyst}",
            f"© {county} HR Department · Accessibility · Privacy · Runs on {system}"]


# --------------------------------------------------------------------------------------
# A recruitment agency's "most placeable candidate" (MPC) e-mail
# --------------------------------------------------------------------------------------
# (the agency (`optional`), the consultant and the desk, the region, the candidate's title
#  (the role), town and two towns he travels to, two earlier titles with their kinds of
#  employer (`optional`), the kind of employer he holds the role at (a sector), the project,
#  glued software (skills), skill items (skills; the last `optional`), two soft skills (the
#  first a skill, the second `optional`), the next step, a field he is open to (`optional`),
#  the work he will not go back to, the top title's "up to" (`optional`), two other candidates
#  (`optional` titles))
_MPCMAIL = (
    (("Halloway Build Recruitment Ltd", "hallowaybuild.co.uk"), ("Declan Moss", "Planning & "
                                                                 "Project Controls"),
     "Midlands", "Planning Engineer", "Solihull", ("Coventry", "Birmingham"),
     (("Setting Out Engineer", "a groundworks subcontractor"),
      ("Assistant Planner", "a rail contractor")), "civils contractor",
     "a £90m motorway junction upgrade",
     ("Primavera P6", "Asta Powerproject", "Synchro 4D", "MS Project", "Power BI"),
     ("NEC4 programme submissions", "Critical path analysis", "Earned value reporting",
      "Delay analysis", "look-ahead programmes with the site teams"),
     ("Presentation skills", "steady when the programme slips"), "Planning Manager",
     "Project Controls", "site engineering", "Head of Planning",
     ("Site Manager", "Contracts Manager")),
    (("Corbel Engineering Talent Ltd", "corbeltalent.co.uk"), ("Aisha Patel", "Building "
                                                               "Services"),
     "Yorkshire", "Electrical Design Engineer", "Leeds", ("Sheffield", "York"),
     (("Electrical Technician", "an electrical contractor"),
      ("CAD Designer", "a lighting manufacturer")), "building services consultancy",
     "a new 400-bed teaching hospital wing",
     ("Amtech ProDesign", "Dialux evo", "Revit MEP", "AutoCAD", "Hevacomp"),
     ("BS 7671 design", "LV distribution design", "Lighting layouts", "Fire alarm design",
      "site surveys with the contractors"),
     ("Report writing", "patient with demanding clients"), "Building Services Manager",
     "Sustainability", "installation work", "Director of Engineering",
     ("Mechanical Design Engineer", "CAD Technician")),
)


def _mpcmail(rng: random.Random, g: Guide) -> list[str]:
    """A construction recruiter's MPC e-mail: the headers, the external-sender banner, the
    merge field, the candidate reference, notice, right to work, the call to action, the
    signature and the opt-out line (chrome), the candidate's title (the role), the current
    basic (the role's) with a car allowance and pension (no pay), the "looking for" range (no
    pay), the background bullets (two earlier titles: moves in and, with the next step, a
    ladder; their kinds of employer `optional`; the kind of employer the candidate holds the
    role at a sector), glued software and skill items (skills), soft skills, where he wants to
    go (the next step; an open field `optional`), the market note (the role's band with the
    region, the next step's band theirs, a one-sided "up to" nothing, the contract day rate
    at Contract) and other candidates (what they look for: no pay; one cut)."""
    ((agency, domain), (consultant, desk), region, job, town, (t1, t2),
     ((came1, kind1), (came2, kind2)), sector, project, software, items, (soft, soft2), step,
     open_to, back, top, (o1, o2)) = rng.choice(_MPCMAIL)
    occupy(g, job, ladder=[came1, came2, job, step], moves_in=[came1, came2])
    _facts(g, [*software, *items[:-1], soft], [], [sector],
           [agency, kind1.split(" ", 1)[1], kind2.split(" ", 1)[1], items[-1], soft2, open_to,
            _plural(top), o1, o2])
    basic = rng.randrange(38000, 48000, 500)
    _salary(g, basic, basic, "GBP")
    low = basic - rng.randrange(3000, 6000, 500)
    high = basic + rng.randrange(6000, 10000, 500)
    _salary(g, low, high, "GBP", region=region)
    slow = high + rng.randrange(4000, 8000, 1000)
    _salary(g, slow, slow + rng.randrange(10000, 15000, 1000), "GBP", belongs_to=step,
            region=region)
    shigh = int(g.salaries[-1]["max"])
    day = rng.randrange(300, 380, 10)
    _salary(g, day, day + rng.randrange(40, 80, 10), "GBP", period="day", level="Contract")
    dhigh = int(g.salaries[-1]["max"])
    want = int(_no_pay(g, basic + rng.randrange(2000, 4000, 500), 500))
    wants = (want, int(_no_pay(g, want + 3000, 500)))
    car = int(_no_pay(g, rng.choice((3900, 4200, 4800)), 100))
    upto = int(_no_pay(g, shigh + rng.randrange(10000, 20000, 1000), 1000))
    other = int(_no_pay(g, rng.randrange(50000, 60000, 1000), 1000))
    ref = f"{consultant.split()[1][:2].upper()}-{rng.randint(10000, 99999)}"
    years = (rng.randint(2012, 2015), rng.randint(2016, 2018), rng.randint(2019, 2021))
    g.must_not_appear += [consultant, "{{FirstName}}", "Report phishing", ref, "car allowance",
                          "pension", "UK citizen", "reply STOP"]
    return [f"From: {consultant} <{consultant.split()[0].lower()}@{domain}>",
            f"To: Hiring Managers — {region} construction (list)",
            f"Subject: MPC | Available now: {job} | {software[0]} / {software[1]} | {town} | "
            f"{rng.choice((4, 6, 8))} weeks' notice",
            "[External sender] Take care with links and attachments.   Report phishing",
            "Hi {{FirstName}},",
            f"A quick note — I'm representing a strong {job} who is quietly looking, and I "
            "wanted you to see him before he is on the open market.",
            f"CANDIDATE REF: {ref} ({job})",
            f"Location: {town}, will travel to {t1} and {t2}; hybrid 3 days on site",
            f"Current package: {_gbp(basic)} basic + {_gbp(car)} car allowance + "
            f"{rng.choice((5, 6, 7))}% pension",
            f"Looking for: {_gbp(wants[0])} - {_gbp(wants[1])} basic (negotiable for the right "
            "next step)",
            "Notice: 6 weeks   Right to work: UK citizen   Driving licence: full",
            "Background in brief",
            f"- Began as {_an(came1)} with {kind1} ({years[0]} - {years[1]}).",
            f"- Moved to {kind2} as {_an(came2)} in {years[1]}.",
            f"- Joined a Tier 2 {sector} in {years[2]} as {job}; now on {project}.",
            "Key skills / software",
            f"{software[0]}{software[1]} — the main tools{software[2]} | {software[3]} | "
            f"{software[4]}",
            f"{', '.join(items)}.",
            f"Soft skills: {soft.lower()}, {soft2}.",
            "Where he wants to go next",
            f"He is after a clear route to {step} within two or three years, ideally at a firm "
            f"with its own team for it. Would also look at {open_to} roles. No interest in "
            f"going back to {back}.",
            f"Market note from me ({region}, Q4)",
            f"{_plural(job)} are usually on {_gbp(low)} - {_gbp(high)} here; "
            f"{_plural(step)} {_gbp(slow)} - {_gbp(shigh)}; {_plural(top)} up to "
            f"{_gbp(upto)}. Contract {_plural(job)} are on {_gbp(day)} - {_gbp(dhigh)} per day.",
            "Also on my desk this week (details on request)",
            f"• {o1} — {t1} — looking for {_gbp(other)}",
            f"• {o2} — {t2} — {_gbp(other + 5000)} - £{str(other + 9000)[:2]},0",
            "If he's of interest, send me two times for a call and I'll share the anonymised "
            "CV.",
            "Best regards,",
            f"{consultant} | Senior Consultant — {desk}",
            f"{agency} | 01XX XXX XXXX | {domain}",
            f"{agency} acts as an employment agency. If you'd rather not get candidate alerts, "
            "reply STOP."]


# (the agency (`optional`) and its short name, the sector (printed in the header), the
#  county, the role and its register's short name (`optional`), two towns, the registration
#  and the check (`optional`), the practice the candidate works at, the earlier title and where,
#  the field she moved into, the course (`optional`) and her lead topic, skills, three systems,
#  two soft words (`optional`) and a soft skill, the next course (`optional`), the senior rung,
#  the top, another role she would consider, the comparison title (its plural, its AfC band),
#  two other candidates and the cut one (`optional`), the contact)
_MPCSPOT = (
    (("Bramblewood Dental Staffing Ltd", "Bramblewood"), "dental practices", "Lancashire",
     ("Dental Nurse", "GDC"), ("Preston", "Blackburn"), ("GDC registration", "DBS enhanced"),
     "a six-surgery mixed NHS/private practice", ("Dental Receptionist", "a high-street "
                                                  "practice"), "chairside nursing",
     ("Certificate in Dental Radiography", "infection control"),
     ("Chairside assistance", "Decontamination", "Dental radiography", "Impression taking",
      "Oral health education", "Sedation nursing"),
     ("Dentally", "SOE Exact", "Carestream R4"), ("calm", "tidy"), "patient communication",
     "the Orthodontic Nursing certificate", "Senior Dental Nurse", "Practice Manager",
     "Treatment Coordinator", ("Hospital Dental Nurse", "hospital dental nurses", 4),
     ("Dental Hygienist", "Orthodontic Therapist", "Dental Technician"), "Chloe"),
    (("Meadowgate Pharmacy Locums Ltd", "Meadowgate"), "community pharmacies", "Cheshire",
     ("Pharmacy Technician", "GPhC"), ("Chester", "Crewe"), ("GPhC registration",
                                                             "DBS basic"),
     "a busy community pharmacy with a hub dispensary", ("Dispensing Assistant",
                                                         "a supermarket pharmacy"),
     "registered work", ("Accuracy Checking course", "the repeat dispensing"),
     ("Dispensing", "Accuracy checking", "Medicines reconciliation", "Controlled drugs "
      "handling", "Stock management", "Monitored dosage systems"),
     ("ProScript Connect", "PharmOutcomes", "Titan PMR"), ("friendly", "methodical"),
     "patient counselling", "the Medicines Optimisation training",
     "Senior Pharmacy Technician", "Pharmacy Manager", "Medicines Optimisation Technician",
     ("Hospital Pharmacy Technician", "hospital pharmacy technicians", 5),
     ("Pharmacist Prescriber", "Pre-registration Pharmacist", "Dispensing Driver"), "Tom"),
)


def _mpcspot(rng: random.Random, g: Guide) -> list[str]:
    """A healthcare staffing agency's candidate spotlight newsletter: the browser link,
    header with the week, menu, the candidate ID, hours wanted, the call to action with the
    introduction fee and the footer (chrome), the featured candidate's title (the role; the
    register `optional`), registrations and checks (`optional`), the current hourly rate (the
    role's) at a kind of practice (a sector), the expected rate (no pay), her earlier title (a
    move in; the course `optional`), dotted clinical skills, systems and a soft skill (skills),
    where she is heading (the Senior rung and the top: a ladder; another role she would
    consider: a lead), pay in the area by title (the role's band with the county and its
    median a point, Senior's at Senior, the top's and the earlier title's theirs), an Agenda
    for Change band start for comparison (the hospital title's open floor), the locum rate (at
    Locum) with the charge rate "with our fee" (no pay) and other candidates (one cut)."""
    ((agency, short), sector, county, (job, register), (town1, town2), (registration, check),
     practice, (came, came_where), field, (course, topic), skills, systems, (soft1, soft2),
     soft3, course2, senior, top, lateral, (band_title, band_plural, band), (o1, o2, o3),
     contact) = rng.choice(_MPCSPOT)
    occupy(g, job, ladder=[came, job, senior, top], leads=[senior, lateral], moves_in=[came])
    _facts(g, [*skills, *systems, _cap(soft3)], [], [_cap(sector)],
           [agency, register, registration, check.split()[0], course, course2.removeprefix(
               "the "), soft1, soft2, o1, o2, o3])
    current = round(rng.uniform(13, 17), 2)
    _salary(g, current, current, "GBP", period="hour")
    low = round(current - rng.uniform(0.6, 1.2), 2)
    high = round(current + rng.uniform(2, 3.5), 2)
    _salary(g, low, high, "GBP", period="hour", region=county)
    median = round(current + rng.uniform(0.3, 0.9), 2)
    _salary(g, median, median, "GBP", period="hour", point=True)
    slow = round(high + rng.uniform(0.4, 1.0), 2)
    shigh = round(slow + rng.uniform(2, 3), 2)
    _salary(g, slow, shigh, "GBP", period="hour", level="Senior")
    tlow = round(shigh + rng.uniform(2, 4), 2)
    thigh = round(tlow + rng.uniform(3, 5), 2)
    _salary(g, tlow, thigh, "GBP", period="hour", belongs_to=top)
    clow = round(low - rng.uniform(1.5, 2.5), 2)
    chigh = round(clow + rng.uniform(1, 1.5), 2)
    _salary(g, clow, chigh, "GBP", period="hour", belongs_to=came)
    start = rng.randrange(25000, 30000, 1) if band == 4 else rng.randrange(29000, 32000, 1)
    _salary(g, start, None, "GBP", belongs_to=band_title)
    locum = round(high + rng.uniform(3, 6), 2)
    _salary(g, locum, locum, "GBP", period="hour", level="Locum")
    expected = (_no_pay(g, round(current + 1.3, 2), 0.25), _no_pay(g, round(current + 2.8, 2),
                                                                    0.25))
    year_low = int(_no_pay(g, rng.randrange(27000, 31000, 500), 500))
    yearly = (year_low, int(_no_pay(g, year_low + 3000, 500)))
    charge = _no_pay(g, round(locum * 1.27, 2), 0.5)
    other = (_no_pay(g, round(clow + 0.4, 2), 0.25),)
    cid = f"{short[:2].upper()}-{register[:2]}-{rng.randint(1000, 9999)}"
    week = rng.randint(45, 50)
    g.must_not_appear += ["Read this e-mail online", "Send us a vacancy", "Candidate ID", cid,
                          "Update preferences", "introduction fee", f"Week {week}"]
    rule = "-" * 60
    return ["Read this e-mail online",
            f"{agency.upper().removesuffix(' LTD')} — CANDIDATE SPOTLIGHT for {sector} · "
            f"{county} · Week {week}",
            "Home | Candidates | Send us a vacancy | Locum rates | Contact",
            rule,
            f"⭐ THIS WEEK'S CANDIDATE — {job} ({register}) — {town1} / {town2} — free to start "
            "now",
            rule,
            f"Candidate ID: {cid} · {registration} checked (active) · {check} (update service)",
            f"Available: {rng.choice((24, 30))} - 37.5 hours a week, no Saturdays · permanent, "
            "or a long locum",
            f"Current rate: {_gbp(current)} an hour ({job}, {practice}, {town1})",
            f"Expected rate: {_gbp(expected[0])} - {_gbp(expected[1])} an hour or "
            f"{_gbp(yearly[0])} - {_gbp(yearly[1])} pro rata",
            "About her",
            f"She qualified in {rng.randint(2012, 2017)} after {rng.randint(2, 4)} years as "
            f"{_an(came)} at {came_where}, and moved into {field} in {rng.randint(2018, 2021)}. "
            f"Finished the {course} and now leads on {topic} at the practice.",
            "Clinical skills",
            " · ".join(skills),
            f"Systems: {systems[0]} and {systems[1]} · {systems[2]}",
            f"Also: {soft1}, {soft2}, good at {soft3}.",
            "Where she's heading",
            f"She wants to do {course2} within two years and move up to {senior}, and later to "
            f"{top}. She would also think about a {lateral} post.",
            f"Pay in the area ({short} placements, 2026)",
            f"{job}: {_gbp(low)} - {_gbp(high)} an hour (median {_gbp(median)})",
            f"{senior}: {_gbp(slow)} - {_gbp(shigh)} an hour",
            f"{top}: {_gbp(tlow)} - {_gbp(thigh)} an hour",
            f"{came}: {_gbp(clow)} - {_gbp(chigh)} an hour",
            f"(NHS {band_plural} on Agenda for Change Band {band} start at {_gbp(start)} a "
            "year, for comparison.)",
            f"Locum {job.lower()} sessions: {_gbp(locum)} an hour (what practices pay us: "
            f"{_gbp(charge)} with our fee)",
            rule,
            "ALSO AVAILABLE",
            f"{o1} · {town2} · £{rng.randint(45, 55)}k - £{rng.randint(56, 62)}k · 4 weeks' "
            "notice",
            f"{o2} · {town1} · {_gbp(other[0])}/hr · free now",
            f"{o3} · {county} · £{rng.randint(1, 3)}",
            rule,
            f"Want to meet her? Write back or ring {contact} on 01XX XXX XXXX with the candidate "
            f"ID. A one-off introduction fee ({rng.choice((12, 15, 18))}% of the first year's "
            "salary) applies to permanent hires.",
            f"{agency} · Registered in England · Unsubscribe · Update preferences · Privacy"]


# --------------------------------------------------------------------------------------
# A job board's or an ATS's application receipt for one job
# --------------------------------------------------------------------------------------
# (the board (must not appear), the job (the role), the company (printed, short), the town and
#  postcode, what the company is (its sector printed), the duties' tools (`optional`), asks
#  (skills), the manager, the next rung, two moves in, three benefits (no pay), the same title's
#  firm (printed, short) and town, two other titles with their firms (`optional`) and towns,
#  the cut one (`optional` firm))
_RECEIPTMAIL = (
    ("JobHarbour", "Marketing Coordinator", ("Hollin & Reed Garden Centres Ltd",
                                             "Hollin & Reed"), ("Ripon", "HG4"),
     "a family-run group of garden centres with 6 sites and a growing online shop",
     "Garden centres", ("Mailchimp", "Meta Business Suite"),
     ("Email marketing", "Social media scheduling", "Canva", "Copywriting",
      "Google Analytics 4", "Organised"),
     "Marketing Manager", "Marketing Executive", ("Sales Assistant", "Events Assistant"),
     ("20% staff discount", "£200 annual wellbeing allowance", "monthly team bonus"),
     (("Greenacre Nurseries Ltd", "Greenacre Nurseries"), "Thirsk"),
     (("Content Assistant", "Dalesway Cheese Co", "Skipton"),
      ("CRM Executive", "Northvale Holiday Parks", "Scarborough")),
     ("Brand Manager", "Yore Valley Brewery")),
    ("CareerDock", "Payroll Administrator", ("Castlegate Freight Ltd", "Castlegate Freight"),
     ("Wakefield", "WF2"), "a road haulage and warehousing firm with 900 drivers and "
     "warehouse staff", "Road haulage", ("Sage 200", "the tachograph system"),
     ("Payroll processing", "Sage Payroll", "Excel", "HMRC RTI submissions",
      "Pension auto-enrolment", "Attention to detail"),
     "Payroll Manager", "Payroll Officer", ("Accounts Assistant", "HR Administrator"),
     ("free parking", "£150 yearly wellness allowance", "Christmas team bonus"),
     (("Aire Valley Cold Stores Ltd", "Aire Valley Cold Stores"), "Castleford"),
     (("Credit Controller", "Pontefract Packaging", "Pontefract"),
      ("HR Assistant", "Calder Print Group", "Huddersfield")),
     ("Finance Business Analyst", "Northgate Motor Group")),
)


def _receiptmail(rng: random.Random, g: Guide) -> list[str]:
    """A job board's "application sent" e-mail: the sender, subject, browser link, menu,
    greeting, what happens next, the rating and response line, the CV line, the alerts line,
    the tip and footer (chrome), a boxed job card with the title (the role), the company
    (employs), the place and the pay (the role's with the town), the posted summary (the
    company's kind a sector; duties with marketplaces `optional`; asks (skills), progression
    (a ladder) and moves in), benefits with a wellbeing allowance and a team bonus (no pay),
    the board's salary insight (the role's with the town) and jobs you may also like (the same
    title at another firm: an employer and the role's pay with its town; other titles' pay
    theirs, their firms `optional`; one cut)."""
    (board, job, (printed, short), (town, postcode), what, sector, tools, asks, manager, step,
     (came1, came2), perks, ((sprinted, sshort), stown), others, (cut, cut_firm)) = rng.choice(
        _RECEIPTMAIL)
    occupy(g, job, ladder=[job, step, manager], moves_in=[came1, came2])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(asks), [], [sector], [*tools, *(firm for _, firm, _ in others), cut_firm])
    low = rng.randrange(24000, 28000, 500)
    high = low + rng.randrange(2000, 4000, 500)
    _salary(g, low, high, "GBP", region=town)
    ilow = low - rng.randrange(1000, 2000, 500)
    _salary(g, ilow, high - rng.randrange(500, 1500, 500), "GBP", region=town)
    ihigh = int(g.salaries[-1]["max"])
    same = int(_no_pay(g, low + rng.randrange(500, 2000, 500), 500))
    _salary(g, same, same, "GBP", region=stown)
    pays = []
    for title, _, _ in others:
        olow = int(_no_pay(g, rng.randrange(22000, 32000, 500), 500))
        _salary(g, olow, olow + 2000, "GBP", belongs_to=title)
        pays.append((olow, olow + 2000))
    name = rng.choice(("Sam", "Alex", "Robin"))
    cv = f"{name}_CV_2026.pdf"
    g.must_not_appear += [board, cv, "Open in browser", "Get the app", "My Applications",
                          "wellbeing allowance" if "wellbeing" in perks[1] else
                          "wellness allowance", "team bonus", "Finish your profile"]
    return [f"From: {board} <no-reply@mail.{board.lower()}.co.uk>",
            f"Subject: ✅ Application sent: {job} at {short}",
            f"Date: {rng.choice(('Tue', 'Wed', 'Thu'))}, {rng.randint(1, 9)} Dec 2026 "
            f"{rng.randint(10, 22)}:{rng.randint(10, 59)}",
            "Can't see this e-mail properly? Open in browser",
            f"{board}   Jobs   Pay   Employer reviews   Get the app ▸",
            f"Hi {name},",
            f"Your application is on its way to {short}. Fingers crossed! 🍀",
            "What happens next: the employer looks at your CV. Follow it in My Applications. "
            "Most employers answer within two weeks.",
            "┌──────────────────────────────────────────────",
            f"│ {job}",
            f"│ {printed} · {town} {postcode} (hybrid)",
            f"│ {_gbp(low)} - {_gbp(high)} a year · Permanent · Full-time",
            f"│ ★ 4.{rng.randint(0, 6)} ({rng.randint(40, 300)} reviews) · Usually replies within "
            "a week",
            f"│ You applied with: {cv}",
            "└──────────────────────────────────────────────",
            "Job summary (as posted)",
            f"{short} is {what}. We need {_an(job)} to keep things moving every day.",
            f"What you'll do: run the weekly jobs in {tools[0]} and {tools[1]}, keep the "
            "records tidy, report to the team each Monday.",
            "What we're after:",
            *(f"- {a}" for a in asks),
            f"Progression: you'll report to our {manager}, with a clear path to {step} and "
            f"then {manager}. A good move for {_an(came1)} or {_an(came2)} who wants an office "
            "role.",
            f"Benefits: {', '.join(perks)}, 25 days' holiday.",
            f"Salary insight for {job} in {town}",
            f"Usual pay here: {_gbp(ilow)} - {_gbp(ihigh)} a year · This job pays more than most",
            "Jobs you may also like",
            f"• {job} — {sprinted} — {stown} — {_gbp(same)} a year",
            *(f"• {title} — {firm} — {where} — {_gbp(a)} - {_gbp(b)} a year"
              for (title, firm, where), (a, b) in zip(others, pays, strict=True)),
            f"• {cut} — {cut_firm} — Leeds — £{rng.randint(30, 39)},000 - £4",
            "Not for you? Change your job alerts.",
            "Tip: a finished profile gets more replies. Finish your profile ›",
            f"You get this because you applied on {board}. E-mail settings · Unsubscribe · "
            "Privacy"]


# (the company (printed, short), the sectors, the job (the role), the unit in parentheses,
#  the shift, two sites (code, name) with their towns, what the job does, functions (tools
#  `optional`), qualifications (skills), certifications (`optional`), the Lead rung, the
#  supervisor, the manager and where they started, two lateral posts and the school
#  (`optional`), another title at the first site, the cut one)
_RECEIPTATS = (
    (("Coyote Freight Systems, Inc.", "Coyote Freight Systems"), ("Freight transportation",
                                                                   "Third-party logistics"),
     "Yard Jockey", "Distribution Center", "Nights",
     (("DEN", "Denver Commerce City DC", "Denver"), ("SLC", "Salt Lake City West DC",
                                                     "Salt Lake City")),
     "moves trailers between the doors and the yard, keeps the yard in order and checks the "
     "seals and the paperwork",
     ("Move trailers with the yard tractor (hostler)", "Hook and unhook trailers, check the "
      "kingpin and the air lines", "Update trailer moves in the yard management system",
      "Radio contact with the dock office"),
     ("Pre-trip inspections", "Trailer hooking", "Basic computer skills", "Safety awareness",
      "Forklift experience"),
     ("Class A CDL", "DOT medical card"), "Lead Yard Jockey", "Yard Supervisor",
     ("Site Manager", "in the yard"), ("Dispatcher", "Diesel Technician"),
     "diesel technology school", "Dock Loader"),
    (("Bluegill Pool Services, Inc.", "Bluegill Pool Services"), ("Residential pool service",
                                                                   "Commercial pool "
                                                                   "maintenance"),
     "Pool Technician", "Field Service", "Weekends",
     (("TUS", "Tucson branch", "Tucson"), ("MSA", "Mesa branch", "Mesa")),
     "cleans and balances pools and spas on a weekly route and fixes small equipment faults",
     ("Test and balance the water with the test kit and the chemicals",
      "Brush, vacuum and skim pools; clean the filters",
      "Replace pump seals and valves", "Log each stop in the route app"),
     ("Water chemistry", "Pump and filter repair", "Customer service", "Time management",
      "Basic plumbing"),
     ("CPO certification", "Valid driver's licence"), "Lead Pool Technician",
     "Route Supervisor", ("Branch Manager", "on a route"), ("Customer Care Representative",
                                                            "Pool Equipment Installer"),
     "the installer training programme", "Pool Cleaner"),
)


def _receiptats(rng: random.Random, g: Guide) -> list[str]:
    """An ATS candidate home page after applying: the menu, thank-you, requisition, status,
    the video-interview line, buttons and legal footer (chrome), "Application received: R-N
    Title (Unit) - Shift" (the role), the job details with the pay (the role's with the first
    site's town), a shift differential and a sign-on bonus (no pay), about the company (employs;
    two sectors), essential functions (duties; tools `optional`), qualifications (skills;
    certifications `optional`), career growth (the Lead rung and supervisor a ladder, the
    manager who "started" there a second ladder, two lateral moves; the school `optional`) and
    similar jobs (the same title on another shift at the same site (the same pay) and at a
    second site (the role's with its town), another title (theirs), one cut)."""
    ((printed, short), sectors, job, unit, shift, ((c1, site1, town1), (c2, site2, town2)),
     what, functions, quals, certs, lead, supervisor, (manager, where), (lat1, lat2), school,
     other) = rng.choice(_RECEIPTATS)
    occupy(g, job, ladder=[job, lead, supervisor], leads=[lead], transitions=[lat1, lat2])
    _ladder(g, job, manager)
    _legal(g, printed, short)
    tool = functions[0].split(" with the ")[1].split(" (")[0]
    _facts(g, list(quals), [], list(sectors), [*certs, school, _cap(tool)])
    low = round(rng.uniform(17, 21) * 4) / 4
    high = low + rng.choice((2.5, 3, 3.5))
    _salary(g, low, high, "USD", period="hour", region=town1)
    second = _no_pay(g, low + rng.choice((0.75, 1.25)), 0.25)
    _salary(g, second, second, "USD", period="hour", region=town2)
    opay = _no_pay(g, low - rng.choice((1.25, 1.75)), 0.25)
    _salary(g, opay, opay, "USD", period="hour", belongs_to=other)
    diff = _no_pay(g, rng.choice((1.5, 2.0)), 0.25)
    bonus = int(_no_pay(g, rng.choice((500, 750, 1000)), 250))
    req = rng.randint(10000, 19999)
    g.must_not_appear += ["Candidate Home", "Log Out", "In Review",
                          "Shift differential", "sign-on bonus", "Withdraw Application",
                          "equal opportunity workplace"]
    return [f"{short} Careers — Candidate Home",
            "Search Jobs   Applications   Profile   Log Out   EN ▾",
            "Thanks for applying!",
            f"Application received: R-{req} {job} ({unit}) - {shift}",
            f"Submitted: 12/0{rng.randint(1, 6)}/2026 {rng.randint(1, 11)}:{rng.randint(10, 59)}"
            " PM   Status: In Review ●○○○",
            f"{printed} thanks you for your interest. A recruiter will look at your "
            "application; if it fits, you will get a text link to a recorded video interview.",
            "Job Details",
            f"{job} ({unit}) - {shift}",
            f"Locations: {c1} - {site1}   Time Type: Full time   Requisition: R-{req}",
            f"Pay: {_usd(low)} - {_usd(high)} / hour (DOE). Shift differential of +{_usd(diff)}/hr "
            f"on {shift.lower()}. {_usd(bonus)} sign-on bonus after 90 days of work.",
            f"About {short}: {printed} works in {sectors[0].lower()} and "
            f"{sectors[1].lower()} across {rng.randint(6, 20)} sites in the Mountain West.",
            f"The {job} {what}.",
            "Essential Functions",
            *(f"• {f}" for f in functions),
            "Qualifications",
            *(f"• {q}" for q in quals),
            *(f"• {c} (or within 60 days of hire)" for c in certs),
            f"Career Growth: {_plural(job)} progress to {lead} and {supervisor}; many of our "
            f"{_plural(manager)} started {where}. {_plural(job)} also move across into {lat1} "
            f"roles, and some go on to {school} with our tuition help and become "
            f"{_plural(lat2)}.",
            "Similar Jobs",
            f"R-{req - 7}  {job} ({unit}) - Days   {c1}   {_usd(low)} - {_usd(high)}/hr",
            f"R-{req + 13}  {job}   {c2} - {site2}   {_usd(second)}/hr",
            f"R-{req + 4}  {other}   {c1}   {_usd(opay)}/hr",
            f"R-{req + 21}  {supervisor}   {c2}   $2{rng.randint(0, 9)}.00 - $3",
            "Withdraw Application   |   View Application   |   Add Documents",
            f"{short}: an equal opportunity workplace. © 2026 TalentFlow ATS. Privacy   "
            "Cookies"]


# --------------------------------------------------------------------------------------
# An off-payroll (IR35) status determination statement for one contract role
# --------------------------------------------------------------------------------------
# (the client (employs) and its town, the agency and the worker's company (`optional`), the
#  worker (must not appear), the hiring manager (`optional`), the role and its qualifier, the
#  deliverable, statement-of-work items (`optional`), requisition skills, the Lead rung, the
#  title the last employee moved to (a lead; its day rates), two sources (moves in) and
#  their industry (`optional`), the regulator line (must not appear))
_SDSWORD = (
    (("Wrenfield Mutual Insurance", "Kingsbridge"), ("Lapwing Contract Solutions Ltd",
                                                     "Osei Data Ltd"), "Kwame Osei",
     "Head of Data, Claims Transformation", "Data Architect", "Claims Data Platform",
     "the target data architecture for the move of the claims data to a cloud lakehouse",
     ("the conceptual, logical and physical data models",
      "the data lineage and the retention rules", "the migration runbooks"),
     ("Data Vault 2.0 modelling", "Snowflake", "dbt", "Azure Data Factory",
      "Erwin Data Modeler", "Stakeholder management"), "Lead Data Architect",
     "Data Governance Manager", ("Senior Data Engineer", "BI Developer"), "insurance",
     "Wrenfield Mutual Insurance is authorised and regulated by the Prudential Regulation "
     "Authority."),
    (("Rivermeet Water plc", "Hallam"), ("Tarn Interim IT Ltd", "Varga Networks Ltd"),
     "Eszter Varga", "Head of Infrastructure, Digital Services", "Network Architect",
     "WAN Refresh", "the target network design for the refresh of the wide area network of "
                    "the treatment works and the offices",
     ("the network designs at high and low level", "the cut-over plan per site",
      "the operational handover pack"),
     ("SD-WAN", "Cisco Catalyst", "Palo Alto firewalls", "BGP", "IEC 62443",
      "Stakeholder management"), "Lead Network Architect", "Infrastructure Manager",
     ("Network Engineer", "Infrastructure Engineer"), "utilities",
     "Rivermeet Water plc is an appointed water undertaker regulated by Ofwat."),
)


def _sdsword(rng: random.Random, g: Guide) -> list[str]:
    """A client's outside-IR35 status determination statement open in a word processor: the
    title bar, the protective marking, the reference, version and dates, the worker, the
    determination and its reasons, the tool's result, the disagreement process, the signature
    and the regulator line (chrome), the parties (the client employs; the agency and the
    worker's company `optional`), a glued "2. EngagementRole title: X (Qualifier)" (the role)
    with the day rate to the PSC (the role's at Contract), the statement of work's items
    (`optional`), the requisition's skills, and the panel's context (the permanent staff's
    range the role's own, the Lead band at Lead with a car allowance (no pay), an employee's
    move up, that title's day rates (theirs), where the role's recruits come from: moves in,
    their industry `optional`)."""
    ((client, town), (agency, psc), worker, manager, job, qualifier, deliverable, sow, skills,
     lead, moved, (src1, src2), industry, regulator) = rng.choice(_SDSWORD)
    occupy(g, job, ladder=[job, lead], leads=[moved], moves_in=[src1, src2])
    g.employers.append(client)
    _facts(g, list(skills), [], [], [agency, psc, manager.split(",")[0], *(_cap(s) for s in sow),
                                     _cap(industry)])
    day = rng.randrange(550, 700, 25)
    _salary(g, day, day, "GBP", period="day", level="Contract (outside IR35)")
    low = rng.randrange(70000, 82000, 1000)
    high = low + rng.randrange(12000, 16000, 1000)
    _salary(g, low, high, "GBP")
    llow = high + rng.randrange(3000, 6000, 1000)
    _salary(g, llow, llow + rng.randrange(12000, 16000, 1000), "GBP", level="Lead")
    lhigh = int(g.salaries[-1]["max"])
    mlow = day + rng.randrange(100, 200, 25)
    _salary(g, mlow, mlow + 100, "GBP", period="day", belongs_to=moved)
    ref = f"ENG-{rng.randint(1000, 9999)}"
    stem = client.split()[0]
    g.must_not_appear += ["Protected View", "OFFICIAL — SENSITIVE", worker, "PSC",
                          "OUTSIDE IR35", "Mutuality of obligation", "HMRC CEST",
                          "car allowance", regulator.split(" is ")[0] + " is"]
    return [f"[Protected View] {stem}_SDS_{ref}_v{rng.randint(2, 4)}.docx — Word   File  Home  "
            "Review  View",
            "OFFICIAL — SENSITIVE (COMMERCIAL)",
            client.upper(),
            "STATUS DETERMINATION STATEMENT (OFF-PAYROLL WORKING RULES, IR35)",
            f"Reference: {ref}          Issued: {rng.randint(20, 30)} November 2026"
            f"          Version {rng.randint(2, 4)}",
            "1. Parties",
            f"Client: {client} ({town})",
            f"Agency (fee-payer): {agency}",
            f"Worker: {worker}, via {psc} (PSC)",
            f"Engaging manager: {manager}",
            f"2. EngagementRole title: {job} ({qualifier})     Start: 0{rng.randint(1, 9)}/01/"
            f"2027     End: 3{rng.randint(0, 1)}/0{rng.randint(5, 7)}/2027",
            f"Rate: {_gbp(day)} a day to the PSC (outside IR35). The agency's margin is not shown "
            "here.",
            "Working pattern: as needed, up to five days a week.",
            "3. Services (summary of the statement of work)",
            f"The contractor will deliver {deliverable}, including:",
            *(f"- {s};" for s in sow),
            "- the review of the designs by the Design Authority.",
            f"Skills named in the requisition: {'; '.join(skills)}.",
            "4. Our determination",
            "Result: OUTSIDE IR35. Were it a direct engagement, it would not be employment.",
            "Substitution: the PSC may send a substitute with the same skills.",
            "Control: the client sets the deliverables; the contractor decides how and when.",
            "Mutuality of obligation: none beyond this statement of work.",
            f"Tool used: HMRC CEST run {rng.randint(10, 28)}/11/2026 — the off-payroll rules "
            "do not apply.",
            "5. Context (for the panel only)",
            f"{client}'s permanent {_plural(job)} earn {_gbp(low)} - {_gbp(high)} and the "
            f"{lead} band is {_gbp(llow)} - {_gbp(lhigh)}, plus a car allowance. The last "
            f"{job.lower()} on the staff, an employee, moved to {moved}. Day rates for "
            f"{_plural(moved)} in the market are {_gbp(mlow)} - {_gbp(mlow + 100)} per day. "
            f"The role usually recruits {_plural(src1)} and {_plural(src2)} from {industry}.",
            "6. If you disagree",
            f"Write to ir35@{stem.lower()}.co.uk within 45 days with your reasons.",
            "Signed for the client: Procurement Lead  ____________",
            f"{regulator} Page 1 of 2"]


# (the agency and its short name (`optional`), the trust (printed, short) and its site, the
#  umbrella (`optional`), the role and the division, the manager it reports to, duties
#  (`optional`), the qualification (`optional`) and person specification (skills), the bands
#  (the role's, Senior's) and another post with its band, the body the substantive holder is
#  seconded to and as what (`optional`), the path above (two posts), the user and consultant
#  (must not appear))
_SDSPORTAL = (
    (("Harrowgate Interim Health Ltd", "Harrowgate Interim"), ("Pennine Moors NHS Foundation "
                                                               "Trust", "Pennine Moors"),
     "Skelton site", "Keystone Umbrella Ltd", "Procurement Business Partner",
     "Estates & Facilities Division", "Head of Procurement",
     ("tender planning", "contract award reports", "supplier reviews"),
     "CIPS qualified",
     ("Public Contracts Regulations knowledge", "Tender evaluation", "Contract management",
      "Atamis", "Spend analysis", "Supplier negotiation"),
     ("8a", "8b"), ("Procurement Officer", "6"), ("the regional procurement hub",
                                                  "Category Lead"),
     ("Head of Procurement", "Director of Finance"), ("j.okafor", "Megan")),
    (("Beacon Locum Managers Ltd", "Beacon Locum"), ("Wyre Estuary Hospitals NHS Trust",
                                                     "Wyre Estuary Hospitals"),
     "Fleetwood Road site", "Anchorpay Umbrella Ltd", "Capital Projects Manager",
     "Estates Division", "Director of Estates",
     ("the ward refurbishment programme", "project boards", "the capital plan returns"),
     "RICS or CIOB membership",
     ("NEC4 contract management", "HTM and HBN knowledge", "Project cost control",
      "MS Project", "Risk registers", "Stakeholder engagement"),
     ("8a", "8b"), ("Project Surveyor", "7"), ("the new hospital programme",
                                               "Design Manager"),
     ("Head of Capital Projects", "Director of Estates"), ("s.haddad", "Owen")),
)


def _sdsportal(rng: random.Random, g: Guide) -> list[str]:
    """An NHS trust's inside-IR35 statement in an agency's contractor portal: the portal's menu
    and user, breadcrumb, the determination and its date, the tool, the reasons, the right to
    disagree, the buttons and the footer (chrome), "Assignment: Interim X — Division" (the role;
    "Interim X" an alias; the trust employs), the agency and the umbrella (`optional`), the
    PAYE pay rate via the umbrella (the role's at Interim) with the employer's NI and levy and
    the charge rate with the agency margin (no pay), the role summary (duties `optional`), the
    person specification (skills; the qualification `optional`), the Agenda for Change pay
    context (the substantive band the role's at its band, the Senior post's at Senior, another
    post's theirs), the cover note (the secondment elsewhere `optional`) and the path up (a
    ladder from the other post: a move in)."""
    ((agency, agency_short), (printed, short), site, umbrella, job, division, manager, duties,
     qualification, skills, (band, senior_band), (other, other_band), (body, seconded_as),
     (up1, up2), (user, consultant)) = rng.choice(_SDSPORTAL)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[other, job, senior, up1, up2], leads=[senior], moves_in=[other])
    _spell(g, f"Interim {job}")
    _legal(g, printed, short)
    _facts(g, list(skills), [], [], [agency, umbrella, *(_cap(d) for d in duties),
                                     qualification, body.removeprefix("the "), seconded_as])
    rate = round(rng.uniform(38, 52) * 4) / 4
    _salary(g, rate, rate, "GBP", period="hour", level="Interim (PAYE via umbrella)")
    blow = rng.randrange(50000, 56000)
    bhigh = blow + rng.randrange(6000, 8000)
    _salary(g, blow, bhigh, "GBP", level=f"Band {band}")
    slow = bhigh + rng.randrange(1200, 2500)
    shigh = slow + rng.randrange(9000, 11000)
    _salary(g, slow, shigh, "GBP", level=f"Senior (Band {senior_band})")
    olow = blow - rng.randrange(6000, 9000)
    ohigh = olow + rng.randrange(6000, 7500)
    _salary(g, olow, ohigh, "GBP", belongs_to=other)
    charge = _no_pay(g, round(rate * 1.3, 2), 0.5)
    ref = f"A-{rng.randint(10000, 99999)}"
    g.must_not_appear += ["My timesheets", "Pay advice", user, "INSIDE IR35", "CEST",
                          "employer's NI", "apprenticeship levy", "charge rate",
                          "agency margin", f"consultant ({consultant})"]
    return [f"{agency_short} · Contractor Hub   Home  My timesheets  My documents  Pay advice  "
            f"Support   Signed in: {user}",
            f"My documents › Assignment {ref} › Status Determination Statement (preview)",
            "-" * 80,
            printed,
            "SDS — off-payroll working in the public sector",
            f"Assignment: Interim {job} — {division}",
            "Determination:  INSIDE IR35 (the off-payroll rules apply)",
            f"Determined on: {rng.randint(10, 28)}/11/2026   By: the Trust's IR35 panel   Tool: "
            f"CEST (ref. {rng.randint(100, 999)}-{rng.choice('ABCDEFG')}{rng.randint(10, 99)})",
            "-" * 80,
            "ASSIGNMENT DETAILS",
            f"Engaged through: {agency} (agency) → {umbrella} (umbrella, PAYE employer)",
            f"Start: 0{rng.randint(1, 9)}/01/2027   End: 31/0{rng.choice((5, 7))}/2027   "
            "Hours: 37.5 a week, on "
            f"the {site} at least 3 days",
            f"Pay rate: {_gbp(rate)} per hour (PAYE via the umbrella, before the employer's NI "
            "and the apprenticeship levy come off)",
            f"Trust charge rate: {_gbp(charge)} per hour (agency margin included)",
            f"Reports to: {manager}",
            "REASONS",
            "The worker will do the same job as the substantive post-holder, use Trust systems "
            "and a Trust e-mail account, be managed inside the team and cannot send a "
            "substitute. Taken together: employment.",
            f"ROLE SUMMARY (substantive JD, Band {band})",
            f"The {job} supports the {division.lower()}: {', '.join(duties)}.",
            f"Person specification: {qualification} (essential); "
            f"{'; '.join(skills)}.",
            "AGENDA FOR CHANGE PAY (2026/27, for context)",
            f"Band {band} (the substantive post): {_gbp(blow)} to {_gbp(bhigh)} per annum.",
            f"{senior}: Band {senior_band} — {_gbp(slow)} to {_gbp(shigh)} per annum (to be "
            "recruited next year).",
            f"{other}: Band {other_band} — {_gbp(olow)} to {_gbp(ohigh)} per annum.",
            f"The interim covers the substantive {job}, who is seconded to {body} as "
            f"{seconded_as}. Our {_plural(job)} normally come up from {other} posts, and move on "
            f"to {senior}, {up1}, and then {up2}.",
            "CHALLENGING THIS DETERMINATION",
            "You can challenge this determination in writing within 45 days; we will answer "
            "within 45 days.",
            "-" * 80,
            f"⬇ Download PDF    ✔ Confirm receipt    ✉ Message your consultant ({consultant})",
            f"{agency} (recruitment business) · Company registered in England & Wales · Terms | "
            "Privacy | Cookies"]


(FAMILY52_RENDERERS, FAMILY52_LAYOUTS, FAMILY52_LADDER_LAYOUTS,
 FAMILY52_ALIAS_LAYOUTS) = variant_families({
    "georgianmt": {"shop": _geshop, "plant": _geplant},
    "bengalimt": {"factory": _bdfactory, "circular": _bdcircular},
    "pdqform": {"pdf": _pdqpdf, "hris": _pdqhris},
    "mpcmail": {"email": _mpcmail, "spotlight": _mpcspot},
    "applyreceipt": {"email": _receiptmail, "ats": _receiptats},
    "sdsform": {"word": _sdsword, "portal": _sdsportal},
})
