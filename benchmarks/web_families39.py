"""Generator renderers for the six page families of held-back set 39 (Greek postings ...).

Held-back set 39 showed six more kinds of page users bring: a Greek job posting read through
a browser translator (a resort's seasonal posting with "1.150,00 €" gross and net monthly
figures, or an office posting paid "× 14 salaries" with its yearly figure), a settlement
agency's guide for internationally trained people (a Canadian province's "Working in X as a
Y" guide, or an Australian fact sheet of "+" questions), an employer's redeployment match for
one post at risk (a council's match report with a vacancy table, or a trust's weekly match
letter), an "understanding your payslip" explainer (pay points and a pipe sample payslip, or
pay by the grade of the site and a coded payslip), a domestic-staffing agency's role guide
(annual live-in and live-out figures, or weekly gross and net figures by area) and a
sponsored-training scheme (a partnership's bursary, or a sponsor's cadetship).  These
renderers write such pages from a planned guide, two variants a family, about occupations
that fit them (occupy()); every fact the truth keeps is printed and what a style does not
state is cleared: bursaries, fees, training allowances, bonds, gifts, meal vouchers, EFKA
stamps, tips, board, enhancements, overtime, supplements, deductions, a sample period's gross
and net pay, pay protection, an agency's fee and a couple's joint salary stay out of the
role's pay, other posts' figures keep their owners and people's names are never roles.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from benchmarks.web_common import NO_LAYOUTS, _facts, _plural, _salary, occupy
from benchmarks.web_families18 import _br, _dotted  # Greek notation: "1.150,00 €", "1.080 €"
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _legal
from benchmarks.web_families32 import _an, _item, _skills
from benchmarks.web_families34 import _apart
from benchmarks.web_families35 import _lower, _whole

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY39_ALIAS_LAYOUTS", "FAMILY39_LADDER_LAYOUTS", "FAMILY39_LAYOUTS",
           "FAMILY39_RENDERERS"]


def _own(g: Guide, low: float, high: float | None, currency: str = "GBP", **keys: Any) -> None:
    """A figure of the page's own role (``keys``: period, level, region), in pounds unless
    ``currency`` says otherwise."""
    _salary(g, low, high, currency, **keys)


def _and(pairs: tuple[tuple[str, str], ...]) -> list[str]:
    """The skills of duty lines that name two things each ("X and Y" gives both)."""
    return [_cap(s) for pair in pairs for s in pair]


def _soft(text: str) -> str:
    """``text`` in running text: its first letter in lower case unless its first word is a
    name ("GIS software", "AutoCAD" stay)."""
    first = text.split()[0]
    return text if first[1:] != first[1:].lower() else text[:1].lower() + text[1:]


def _run(items: tuple[Any, ...], sep: str = "; ") -> str:
    """Skill items in running text: the first capitalised, the others as :func:`_soft`.

    >>> _run(("geological mapping", ("GIS software", ("QGIS",)), "Core logging"))
    'Geological mapping; GIS software (QGIS); core logging'
    """
    return sep.join(_item(n) if i == 0 else _soft(_item(n)) for i, n in enumerate(items))


def _pl(title: str) -> str:
    """A title's plural ("Governesses", "Chauffeurs")."""
    return f"{title}es" if title.endswith(("ss", "sh", "ch")) else _plural(title)


# --------------------------------------------------------------------------------------
# A Greek job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (title, the other gender's title (an alias), Greek title, resort, its hotel group, town,
#  island and its Greek prefecture, languages (the first required), know-how pair, soft pair,
#  the duty's system and its product (`optional`), rungs below and above and the top rung,
#  the lateral post, a similar ad of the same title (firm, town), one of another title (title,
#  firm, town), sectors)
_RESORT = (
    ("Barman", "Barmaid", "Μπάρμαν/Μπαργούμαν", "Elounda Sapphire Resort",
     "Cretan Light Hotels", "Elounda", "Crete (Λασίθι)", ("English", "German", "Italian"),
     ("cocktail preparation", "coffee making"), ("punctuality", "teamwork"),
     ("cash register", "Oracle Symphony"), ("Bar Assistant", "Head Barman", "Bar Manager"),
     "Sommelier", ("Chania Bay Suites", "Chania"), ("Pool Attendant", "Malia Coral Beach",
                                                    "Hersonissos"), ("Hospitality", "Tourism")),
    ("Host", "Hostess", "Οικοδεσπότης/Οικοδέσποινα", "Oia Caldera Suites",
     "Cycladic Stay Hotels", "Oia", "Santorini (Κυκλάδες)", ("English", "French", "Polish"),
     ("table planning", "complaint handling"), ("calmness", "elegance"),
     ("reservation system", "SevenRooms"), ("Runner", "Restaurant Supervisor",
                                            "Restaurant Manager"),
     "Guest Relations Agent", ("Paros Windmill Hotel", "Paros"),
     ("Kitchen Porter", "Naxos Aura Resort", "Naxos"), ("Hospitality", "Restaurants")),
)


def _greekmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Greek job board's seasonal posting through a translator: the translator bar, the
    board's menu, breadcrumb, posting line and contract line (chrome), the title with its other
    gender's form (an alias) and its Greek original (never a name), "Earnings: 1.150,00 € gross
    monthly + meals" (the role's), glued "Description of the position" and "Similar ads"
    headings, duties with a system (`optional`), required qualifications (languages, know-how,
    soft skills; the health certificate `optional`), "We offer" (the net figure the role's;
    gifts, EFKA, board and tips no pay), the usual path in `→` with the rungs' figures "for
    information" (theirs), the site's average (the role's point in the town) and range (the
    role's band) with a one-sided quartile (no fact), similar ads (the same title's figure the
    role's and its hotel an employer; another title's figure theirs and its hotel `optional`)
    and "Industry:"; or an office posting (:func:`_greekoffice`)."""
    variant = _begin(rng, g, ("resort", "office"))
    if variant == "office":
        return _greekoffice(rng, g)
    (job, other, greek, resort, group, town, island, langs, know, soft, (system, product),
     (below, up, top), lateral, (same_firm, same_town), (o_title, o_firm, o_town),
     sectors) = rng.choice(_RESORT)
    occupy(g, job, ladder=[below, job, up, top], transitions=[lateral])
    _spell(g, other)
    _facts(g, [_cap(s) for s in (*langs, *know, *soft)], [resort, same_firm], list(sectors),
           [group, system, product, "Health certificate", o_firm])
    gross = rng.randrange(1050, 1301, 10)
    net = int(round(gross * 0.85 / 5) * 5)
    _own(g, gross, gross, "EUR", period="month")
    _own(g, net, net, "EUR", period="month")
    low = gross - rng.randrange(180, 261, 10)
    high = gross + rng.randrange(200, 301, 10)
    _salary(g, low, low, "EUR", period="month", belongs_to=below)
    _salary(g, high, high, "EUR", period="month", belongs_to=up)
    average = int(_apart(g, net + rng.randrange(20, 81, 10), 10))
    _salary(g, average, average, "EUR", period="month", point=True, region=town)
    band = (int(_apart(g, net - rng.randrange(100, 151, 10), 10)),
            int(_apart(g, gross + rng.randrange(100, 151, 10), 10)))
    _own(g, *band, "EUR", period="month")
    similar = int(_apart(g, net + rng.randrange(40, 101, 10), 10))
    _own(g, similar, similar, "EUR", period="month", region=same_town)
    theirs = int(_apart(g, gross + rng.randrange(30, 91, 10), 10))
    _salary(g, theirs, theirs, "EUR", period="month", belongs_to=o_title)
    quartile = int(_no_pay(g, band[0] + 50, 10))
    board = rng.choice(("DouleiesTora.gr", "NisiaJobs.gr"))
    code = rng.randint(30000, 89999)
    g.must_not_appear += [board, greek, "Εμφάνιση πρωτοτύπου", "Seasonal", "Easter gift",
                          "Holiday allowance", "EFKA", "Full board", "Tips", "Report the ad",
                          "Similar ads"]
    return ["Μετάφραση: Ελληνικά → Αγγλικά  ·  Εμφάνιση πρωτοτύπου  ·  Translated by Google",
            f"{board}   Αγγελίες | Μισθοί | Εταιρείες | Είσοδος  Login",
            f"Αρχική › Jobs › Τουρισμός › {island.split(' (')[0]}",
            f"{job} / {other} ({greek}) - Season 2027",
            f"{resort} ★★★★★ · {town}, {island}",
            f"Published {rng.randint(2, 9)} days ago · Ad code {code} · "
            f"{rng.randint(12, 70)} applications · Save ☆  Share",
            "Type of contract: Seasonal (May - October)   Employment: Full time",
            f"Earnings: {_br(gross)} € gross monthly + meals + accommodation",
            f"Description of the positionThe {resort}, member of the group {group}, is looking "
            f"for {_an(_lower(job))} or {_lower(other)} for the summer season 2027.",
            "Responsibilities",
            f"- Daily work with the {system} ({product})",
            f"- Cooperation with the {_lower(up)} and the rest of the team",
            "Απαιτούμενα προσόντα / Required qualifications",
            f"- Experience (προϋπηρεσία) of at least {rng.randint(2, 3)} seasons",
            f"- Very good knowledge of {langs[0]}; {langs[1]} or {langs[2]} will be considered "
            "an additional qualification",
            f"- Knowledge of {know[0]} and {know[1]}",
            "- Health certificate (βιβλιάριο υγείας) in force",
            f"- {_cap(soft[0])} and {soft[1]}",
            "We offer",
            f"• Earnings {_br(gross)} € gross per month (about {_br(net)} € net monthly)",
            "• Δώρα: Easter gift and holiday allowance pro rata",
            "• Insurance in EFKA from the first day (ένσημα)",
            "• Room in the staff house and full board",
            "• Tips (φιλοδωρήματα) shared every week",
            "Η εξέλιξη / The evolution in our group",
            f"The usual path: {below} → {job} → {up} → {top}. After a season some of them "
            f"move to the work of {_an(_lower(lateral))}.",
            f"For information: {_lower(below)} {_br(low)} € gross, {_lower(up)} "
            f"{_br(high)} € gross per month.",
            "Μισθολογικά στοιχεία / Salary statistics",
            f"Average salary for {job} in {town}: {_dotted(average)} € net per month",
            f"Range in {board}: {_dotted(band[0])} € - {_dotted(band[1])} € per month",
            f"25% of the ads offer less than {_dotted(quartile)} €",
            "Παρόμοιες αγγελίεςSimilar ads",
            f"{job} - {same_firm} - {same_town} - {_dotted(similar)} € net + room",
            f"{o_title} - {o_firm} - {o_town} - {_dotted(theirs)} € gross",
            f"Κλάδος / Industry: {' - '.join(sectors)}",
            f"Report the ad   Terms   Cookies   © 2026 {board}"]


# (title, Greek title, employer (printed, short), place, town, what the firm does, duties
#  (each with a system, `optional`), products (either), Excel's features, knowledge, soft
#  skills, degree (`optional`), ladder with Greek names of the upper rungs, lateral post,
#  the earlier job (a move in) with its Greek word, similar same-title firm and town, the
#  lateral's firm and town, a cut-off title)
_OFFICE = (
    ("Warehouse Clerk", "Υπάλληλος Αποθήκης",
     ("Attiki Pharma Distribution S.A.", "Attiki Pharma Distribution"), "Aspropyrgos, Attica",
     "Athens", "a pharmaceutical wholesaler with 180 employees",
     (("Entry of goods receipts in the", "WMS"), ("Dispatch notes in", "myDATA")),
     ("Entersoft", "Singular Logic"), ("filters", "pivot tables"), "stock control",
     ("accuracy", "consistency", "speed"), "Lyceum diploma or IEK in logistics",
     ("Warehouse Assistant", "Warehouse Supervisor", "Προϊστάμενος Αποθήκης",
      "Logistics Manager", "Διευθυντής Logistics"), "Purchasing Officer",
     ("Picker", "συλλέκτης"), ("Hermes Cargo S.A.", "Koropi"), ("Aigaio Foods", "Schimatari"),
     "Inventory Controller"),
    ("Customer Service Agent", "Εκπρόσωπος Εξυπηρέτησης Πελατών",
     ("Thessalia Energy Supply S.A.", "Thessalia Energy Supply"), "Larissa (Θεσσαλία)",
     "Larissa", "an electricity and gas supplier with 95,000 customers",
     (("Recording of requests in the", "CRM"), ("Issuing of payment codes through", "DIAS")),
     ("Salesforce", "Zendesk"), ("conditional formatting", "VLOOKUP"), "energy billing",
     ("patience", "courtesy", "resilience"), "Degree of a university or college",
     ("Call Centre Assistant", "Customer Service Team Leader", "Υπεύθυνος Ομάδας",
      "Customer Experience Manager", "Διευθυντής Εξυπηρέτησης"), "Billing Officer",
     ("Sales Assistant", "πωλητής"), ("Volos Gas Networks S.A.", "Volos"),
     ("Pinios Water Utility", "Larissa"), "Retention Specialist"),
)


def _greekoffice(rng: random.Random, g: Guide) -> list[str]:
    """An office posting through a translator: the bar, menu, breadcrumb and contract line
    (chrome), a glued "ΜικτέςGross earnings: 1.300,00 € per month x 14 salaries (18.200,00 €
    gross per year)" (both the role's), the net figure (the role's) beside meal vouchers (no
    pay), a glued "About the company" paragraph, numbered duties naming systems (`optional`),
    "•" qualifications (software either, Excel's features in parentheses, knowledge, soft
    skills after a Greek word; the degree `optional`), benefits (bonuses, EFKA and insurance no
    pay), the career line in `→` with Greek names and the next rung's starting figure (theirs),
    a move across and a move in, two averages (the role's points in the town and Greece), a
    one-sided quartile (no fact) and similar jobs (the same title's figure the role's and its
    firm an employer, the lateral's band theirs and its firm `optional`, a cut-off line)."""
    (job, greek, (printed, short), place, town, what, duties, products, excel, know, soft,
     degree, (below, up, up_gr, top, top_gr), lateral, (came, came_gr), (s_firm, s_town),
     (l_firm, l_town), cut) = rng.choice(_OFFICE)
    occupy(g, job, ladder=[below, job, up, top], leads=[up], moves_in=[came],
           transitions=[lateral])
    _legal(g, printed, short)
    skills = [*products, "MS Excel", *excel, know, "English", *soft]
    _facts(g, [_cap(s) for s in skills], [s_firm], [],
           [system for _, system in duties] + [degree, l_firm])
    gross = rng.randrange(1150, 1401, 10)
    _own(g, gross, gross, "EUR", period="month")
    _own(g, gross * 14, gross * 14, "EUR", period="year")
    net = int(round(gross * 0.82 / 5) * 5)
    _own(g, net, net, "EUR", period="month")
    start = gross + rng.randrange(250, 401, 10)
    _salary(g, start, start, "EUR", period="month", belongs_to=up)
    local = int(_apart(g, net + rng.randrange(30, 91, 10), 10))
    _salary(g, local, local, "EUR", period="month", point=True, region=town)
    country = int(_apart(g, local + rng.randrange(40, 81, 10), 10))
    _salary(g, country, country, "EUR", period="month", point=True, region="Greece")
    similar = int(_apart(g, gross + rng.randrange(-60, 61, 20), 10))
    _own(g, similar, similar, "EUR", period="month", region=s_town)
    lat = (int(_apart(g, gross + rng.randrange(60, 121, 10), 10)),
           int(_apart(g, gross + rng.randrange(200, 301, 10), 10)))
    _salary(g, *lat, "EUR", period="month", belongs_to=lateral)
    vouchers = int(_no_pay(g, rng.choice((150, 180, 200)), 10))
    quartile = int(_no_pay(g, net - 120, 10))
    site = rng.choice(("ThesiErgasias.gr", "KarieraTwra.gr"))
    stub = f"{cut} · {rng.choice(('Delta Frost', 'Olympia Pack'))[:9]}"
    g.must_not_appear += [site, greek, "Always translate Greek", "Meal vouchers",
                          "Christmas bonus", "EFKA", "Group health insurance", "Permanent",
                          "Salary data", stub]
    return ["Translated page · Original: Greek · Always translate Greek ☑  · Show original",
            f"{site} | Θέσεις εργασίας | Βιογραφικό | For employers",
            f"Home > Jobs > {town} > {greek}",
            f"{job} ({greek})",
            f"{printed} — {place}",
            f"Full time · Permanent (αορίστου χρόνου) · Ref. {rng.randint(100, 999)} · "
            f"{rng.randint(2, 4)} weeks ago",
            f"ΜικτέςGross earnings: {_br(gross)} € per month x 14 salaries "
            f"({_br(gross * 14)} € gross per year)",
            f"Net about {_dotted(net)} € per month · Meal vouchers {vouchers} € per month",
            f"Η εταιρεία / About the company{short} is {what}. It seeks {_an(_lower(job))}.",
            "Αρμοδιότητες / Duties",
            *(f"{i}. {text} {system}" for i, (text, system) in enumerate(duties, 1)),
            "Προσόντα / Qualifications",
            f"• {degree}",
            f"• Very good knowledge of {products[0]} or {products[1]}",
            f"• Very good knowledge of MS Excel ({', '.join(excel)})",
            f"• Knowledge of {know}",
            "• Good knowledge of English",
            f"• Ευσυνειδησία - {soft[0]}, {soft[1]} and {soft[2]}",
            "Παροχές / Benefits",
            "- Christmas bonus, Easter bonus and holiday allowance by law",
            "- Insurance in EFKA and group health insurance",
            f"- Meal vouchers {vouchers} € net per month (not part of the salary)",
            "Εξέλιξη / Career",
            f"In the company: {below} → {job} → {up} ({up_gr}) → {top} ({top_gr}). For "
            f"information, a new {_lower(up)} starts at {_br(start)} € gross per month.",
            f"Some of our {_plural(_lower(job))} moved across as {lateral}. Many came from "
            f"{_an(_lower(came))} ({came_gr}) position.",
            "Στατιστικά μισθών / Salary data",
            f"Average salary {job} in {town}: {_dotted(local)} € net per month",
            f"Average salary {job} in Greece: {_dotted(country)} € net per month",
            f"Lower 25%: less than {_dotted(quartile)} €",
            "Similar jobs",
            f"{job} · {s_firm} · {s_town} · {_dotted(similar)} € gross",
            f"{lateral} · {l_firm} · {l_town} · {_dotted(lat[0])} - {_dotted(lat[1])} € gross",
            stub]


# --------------------------------------------------------------------------------------
# A settlement agency's guide for internationally trained people
# --------------------------------------------------------------------------------------
# (occupation, province, protected title (an alias), regulator (name, short), exams
#  (`optional`), bridging programme and its provider (`optional`), what employers look for,
#  alternative careers (lateral; the first two also moves in), the provisional status, the
#  Senior rung and the top rung, employers, sectors, related guides' roles)
_CANADA = (
    ("Geoscientist", "Saskatchewan", "Professional Geoscientist",
     ("Association of Professional Engineers and Geoscientists of Saskatchewan", "APEGS"),
     ("Professional Practice Exam", "IELTS"),
     ("Geoscience Bridging Certificate", "Wascana Technical Institute"),
     ("geological mapping", "core logging", ("GIS software", ("ArcGIS", "QGIS")),
      "groundwater assessment", "report writing in English"),
     ("Geological Technologist", "Environmental Technician", "Field Assistant",
      "GIS Analyst", "Drill Core Technician"),
     "Geoscientist-in-Training", ("Senior Geoscientist", "Chief Geologist"),
     ("Prairie Potash Corp.", "Northwind Environmental Ltd.", "City of Regina"),
     ("Mining", "Environmental consulting", "Municipal government"),
     ("Welder", "Pharmacist")),
    ("Land Surveyor", "Ontario", "Ontario Land Surveyor",
     ("Association of Ontario Land Surveyors", "AOLS"),
     ("Professional Surveying Exams", "CELPIP"),
     ("Surveying Bridge for Newcomers", "Trillium Polytechnic"),
     ("boundary surveys", ("survey instruments", ("total station", "GNSS")), "AutoCAD",
      "legal descriptions", "field safety"),
     ("Survey Technician", "CAD Technician", "Construction Layout Technician",
      "GIS Technician", "Title Searcher"),
     "Surveyor-in-Training", ("Senior Land Surveyor", "Survey Manager"),
     ("Lakehead Geomatics Inc.", "Tri-County Surveying Ltd.", "City of Hamilton"),
     ("Construction", "Land development", "Municipal government"),
     ("Plumber", "Dental Hygienist")),
)


def _newcomer(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Canadian settlement agency's guide "Working in X as a Y": the agency's menu with a
    language switcher, "Skip to main content", the breadcrumb and reading time (chrome), the
    protected-title note (the protected title an alias), the regulator and the steps to a
    licence (exams `optional`), optional bridging programmes (the programme and its provider
    `optional`), "What employers look for" in `;` items (skills, tools in parentheses each),
    "Alternative careers while you get licensed" (lateral), "worked first as … once registered
    as" (moves in), the career path in `→` with the provisional status, the pay range and median
    (the role's, in the province), the provisional status's band (theirs), the alternatives'
    figures "for comparison" (theirs), the Senior rung's band (the role's), employers named and
    "Industries:"; related guides, "Was this page helpful?" and the funder (chrome); or an
    Australian fact sheet (:func:`_factsheet`)."""
    variant = _begin(rng, g, ("province", "factsheet"))
    if variant == "factsheet":
        return _factsheet(rng, g)
    (job, province, protected, (regulator, abbr), exams, (bridge, provider), needs, alts,
     provisional, (senior, top), employers, sectors, related) = rng.choice(_CANADA)
    occupy(g, job, ladder=[provisional, job, senior, top], moves_in=list(alts[:2]),
           transitions=list(alts))
    _spell(g, protected)
    _facts(g, _skills(needs), list(employers), list(sectors),
           [regulator, abbr, *exams, bridge, provider])
    band = (_whole(rng, 72, 82, 500), _whole(rng, 118, 132, 500))
    _own(g, *band, "CAD", region=province)
    median = int(_apart(g, _whole(rng, 94, 102, 100), 100))
    _salary(g, median, median, "CAD", point=True, region=province)
    prov = (_whole(rng, 58, 64, 500), _whole(rng, 70, 76, 500))
    _salary(g, *prov, "CAD", belongs_to=provisional)
    first = int(_apart(g, _whole(rng, 66, 74, 100), 100))
    _salary(g, first, first, "CAD", point=True, belongs_to=alts[0])
    second = (_whole(rng, 55, 62, 500), _whole(rng, 80, 88, 500))
    _salary(g, *second, "CAD", belongs_to=alts[2])
    sen = (band[1] - _whole(rng, 8, 12, 500), band[1] + _whole(rng, 18, 24, 500))
    _own(g, *sen, "CAD", level="Senior")
    agency = rng.choice(("Maple Doorway Settlement Services", "Northern Lights Newcomer Centre"))
    g.must_not_appear += [agency, "Skip to main content", "Was this page helpful?",
                          "Related guides", *related, "Donate"]
    return [f"{agency}  Home  Settle  Work  Learn English  Donate  EN | FR | Tagalog | 中文",
            "Skip to main content",
            f"Work › Regulated professions › {job}",
            f"Working in {province} as {_an(job)}",
            f"For internationally trained professionals · Updated {rng.choice(('May', 'June'))} "
            f"2026 · {rng.randint(6, 12)} min read",
            f"In {province} the title \"{protected}\" is protected: until you are licensed "
            f"you may work only under the supervision of a licensed {_lower(job)}.",
            "Who regulates the profession?",
            f"The {regulator} ({abbr}) licenses the profession. Before full registration most "
            f"newcomers register as {_an(provisional)}.",
            "Steps to your licence",
            "Step 1 — Assessment of your academic record against the Canadian standard.",
            f"Step 2 — The {exams[0]} on law and ethics.",
            "Step 3 — Supervised experience, at least one year of it in Canada.",
            f"Step 4 — Proof of English ({exams[1]}) if you studied in another language.",
            "Bridging programs (optional)",
            f"• {bridge}, {provider} — {rng.randint(12, 20)} weeks with a work placement",
            "What employers look for",
            f"Job ads in {province} most often ask for: {_run(needs)}.",
            "Alternative careers while you get licensed",
            "Newcomers from our program have worked as:", *(f"- {a}" for a in alts),
            f"Several clients worked first as {alts[0]} or {alts[1]} and moved into "
            f"{_an(_lower(job))} post once registered as {provisional}.",
            f"Career path in Canada: {provisional} → {job} → {senior} → {top}.",
            "How much will I earn?",
            f"{_plural(job)} in {province} earn ${band[0]:,} to ${band[1]:,} a year; the median "
            f"is ${median:,}.",
            f"{provisional} posts: ${prov[0]:,} – ${prov[1]:,} a year.",
            f"For comparison, {_plural(alts[0])} earn a median of ${first:,} and "
            f"{_plural(alts[2])} ${second[0]:,} – ${second[1]:,}.",
            f"{_plural(senior)}: ${sen[0]:,} – ${sen[1]:,}.",
            "Where newcomers find work",
            f"Firms such as {employers[0]} and {employers[1]}, and the {employers[2]}. "
            f"Industries: {', '.join(s.lower() for s in sectors)}.",
            "Related guides: " + " · ".join(f"Working as {_an(r)}" for r in related),
            "Was this page helpful?  Yes  No",
            f"Funded by the Government of Canada. Charity {rng.randint(80000, 89999)} RR0001"]


# (occupation, "also called" (an alias), regulator and national assessor (`optional`), English
#  test (`optional`), skills, alternative roles with their certificates (lateral; the
#  certificates `optional`), the role registered separately (lateral), Senior rung and top,
#  speciality titles by further study (up), employers, sectors, the migrant's name, cities)
_AUSTRALIA = (
    ("Veterinarian", "Veterinary Surgeon", ("Veterinary Surgeons Board", "AVBC"),
     "OET", ("small animal surgery", "anaesthesia", "diagnostic imaging",
             ("practice software", ("RxWorks", "ezyVet")), "client communication"),
     (("Veterinary Nurse", "Certificate IV in Veterinary Nursing"),
      ("Animal Technician", "Certificate IV in Animal Technology"),
      ("Biosecurity Officer", None)),
     "Veterinary Technologist", ("Senior Veterinarian", "Practice Principal"),
     ("Veterinary Pathologist", "Veterinary Anaesthetist"),
     ("Bayside Animal Hospitals", "Outback Vet Partners"),
     ("Companion animal practice", "Rural mixed practice"), "Farhan",
     ("Karachi", "Ballarat", "Mildura")),
    ("Physiotherapist", "Physical Therapist", ("Physiotherapy Board of Australia",
                                               "Australian Physiotherapy Council"),
     "IELTS", ("manual therapy", "exercise prescription", "falls prevention",
               ("clinical notes software", ("Cliniko", "Nookal")), "patient education"),
     (("Allied Health Assistant", "Certificate IV in Allied Health Assistance"),
      ("Remedial Massage Therapist", "Diploma of Remedial Massage"),
      ("Pilates Instructor", None)),
     "Exercise Physiologist", ("Senior Physiotherapist", "Allied Health Manager"),
     ("Sports Physiotherapist", "Paediatric Physiotherapist"),
     ("Coastline Physio Group", "Southern Health Network"),
     ("Private practice", "Hospitals", "Aged care"), "Lucía",
     ("Bogotá", "Geelong", "Bendigo")),
)


def _factsheet(rng: random.Random, g: Guide) -> list[str]:
    """An Australian migrant careers fact sheet: the menu, breadcrumb, fact-sheet number and
    "Download PDF" (chrome), "also called" (an alias), the regulator and the assessment route
    (`optional`), "+" questions (chrome), skills in one sentence (tools in parentheses each),
    "›" alternative roles with their certificates in parentheses (lateral; the certificates
    `optional`), a role registered separately (lateral), the year range and weekly median
    (the role's), the alternatives' hourly range and "around" figure (theirs), the `→`
    progression and specialities "with further study" (up), employers, "Most work in …"
    sectors and a migrant's story (the name never a role)."""
    (job, called, (board, assessor), english, needs, alts, separate, (senior, top), specials,
     employers, sectors, person, (home, first, later)) = rng.choice(_AUSTRALIA)
    occupy(g, job, ladder=[job, senior, top], leads=[senior, *specials],
           moves_in=[alts[0][0]], transitions=[a for a, _ in alts] + [separate])
    _spell(g, called)
    _facts(g, _skills(needs), list(employers), list(sectors),
           [board, assessor, english, *(c for _, c in alts if c)])
    band = (_whole(rng, 92, 100, 1000), _whole(rng, 150, 175, 1000))
    _own(g, *band, "AUD")
    weekly = rng.randrange(2150, 2501, 10)
    _salary(g, weekly, weekly, "AUD", period="week", point=True)
    hourly = (rng.randint(27, 30), rng.randint(33, 36))
    _salary(g, *hourly, "AUD", period="hour", belongs_to=alts[0][0])
    around = _whole(rng, 70, 80, 1000)
    _salary(g, around, around, "AUD", belongs_to=alts[1][0])
    sheet = rng.randint(10, 40)
    g.must_not_appear += ["Download PDF", f"Fact sheet {sheet}", "Find a service near you",
                          person, "Was this information useful?"]
    alt_lines = [f"  › {a} ({c})" if c else f"  › {a}" for a, c in alts]
    return ["☰ Menu   SkillBridge Australia — Overseas Qualified Careers   🔍  "
            "Find a service near you",
            "Home / Careers / Health and animal professions / " + job,
            f"Working in Australia as {_an(job)}",
            f"Overseas-qualified {_plural(_lower(job))} · Fact sheet {sheet} · Reviewed "
            f"{rng.randint(1, 28):02d}/08/2026 · Download PDF",
            f"{_plural(job)} (also called {_plural(_lower(called))}) must be registered with "
            f"the {board} before they practise.",
            "+ Is my qualification recognised?",
            f"Most overseas graduates sit the {assessor} assessment: documents first, then a "
            "written exam and a clinical exam.",
            "+ What about English?",
            f"You need {english} results at the level the Board sets.",
            "+ What do employers expect?",
            f"{_run(needs)}.",
            "+ Can I work while I sit the exams?",
            "Yes, in roles that do not need registration. Many take work as:", *alt_lines,
            f"Some register separately as {_an(separate)}.",
            "+ What will I earn?",
            f"{_plural(job)}: ${band[0]:,} – ${band[1]:,} a year. Median weekly earnings: "
            f"${weekly:,} before tax.",
            f"{_plural(alts[0][0])}: ${hourly[0]} – ${hourly[1]} an hour. "
            f"{_plural(alts[1][0])}: around ${around:,}.",
            "+ Career progression",
            f"{job} → {senior} → {top}. With further study some become {_an(specials[0])} "
            f"or {_an(specials[1])}.",
            "+ Where are the jobs?",
            f"Employers include {employers[0]} and {employers[1]}. Most work in "
            f"{sectors[0].lower()}; others in {', '.join(s.lower() for s in sectors[1:])}.",
            f"Listen to {person}'s story: from {_lower(job)} in {home} to "
            f"{_lower(alts[0][0])} in {first} to registered {_lower(job)} in {later} ▶ 3:48",
            "Was this information useful? 👍 👎"]


# --------------------------------------------------------------------------------------
# An employer's redeployment match for one post at risk
# --------------------------------------------------------------------------------------
# (council, service, the post, grade of the post and of the earlier post (a move in), the
#  acted-up Senior grade, skills, vacancies (title, service, grade, offset of the grade's
#  band), the below-threshold vacancy, gaps (`optional`), chart's top rung, sectors)
_COUNCIL = (
    ("Harrowgate Vale Borough Council", "Licensing & Regulatory Services", "Licensing Officer",
     ("Licensing Assistant", 5), 7, 9,
     ("licence applications", "premises inspections", "enforcement casework",
      ("case management software", ("Uniform", "Idox")), "hearing preparation"),
     (("Trading Standards Officer", "Regulatory Services", 7),
      ("Business Support Officer", "Corporate Support", 6),
      ("Environmental Protection Officer", "Environmental Health", 7)),
     ("Customer Contact Adviser", "Contact Centre", 4),
     ("noise monitoring", "air quality law"), "Licensing Manager",
     ("Local government", "Regulatory services")),
    ("Eastbrook District Council", "Revenues & Benefits", "Revenues Officer",
     ("Revenues Assistant", 4), 6, 8,
     ("council tax billing", "business rates", "debt recovery",
      ("revenues systems", ("Academy", "Northgate")), "customer correspondence"),
     (("Benefits Officer", "Revenues & Benefits", 6),
      ("Debt Recovery Assistant", "Finance", 5),
      ("Parking Services Officer", "Environment", 6)),
     ("Reception Officer", "Customer Services", 3),
     ("penalty charge appeals", "traffic regulation orders"), "Revenues Manager",
     ("Local government", "Public finance")),
)


def _grade_band(rng: random.Random, grade: int) -> tuple[int, int]:
    """A council grade's band a year (grades a few thousand pounds apart)."""
    low = 21_000 + grade * 2_150 + rng.randrange(0, 300, 3)
    return low, low + 2_400 + rng.randrange(0, 400, 7)


def _redeployment(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A council's suitable-alternative-employment match report: the intranet's menu, breadcrumb,
    security marking, case header and officer's name (chrome), the post at risk with its grade
    and band (the role's at its grade), the postholder's history (the earlier post a move in;
    the acted-up Senior post's band the role's at its grade), matched skills in `;` items
    (tools in parentheses each), a pipe table of matched vacancies with grades, salaries, match
    scores and outcomes (lateral moves owning their salaries; one below the threshold
    `optional` but owning its figure), skills gaps (`optional`), pay protection and the trial
    period (no pay), action boxes (chrome), the structure chart in `→` and "Sector:"; or a
    trust's weekly match letter (:func:`_matchletter`)."""
    variant = _begin(rng, g, ("report", "letter"))
    if variant == "letter":
        return _matchletter(rng, g)
    (council, service, post, (came, came_grade), grade, senior_grade, needs, vacancies,
     (below, below_service, below_grade), gaps, top, sectors) = rng.choice(_COUNCIL)
    senior = f"Senior {post}"
    occupy(g, post, ladder=[came, post, senior, top], moves_in=[came],
           transitions=[v for v, _, _ in vacancies])
    _facts(g, _skills(needs), [council], list(sectors), [below, *gaps])
    own = _grade_band(rng, grade)
    _own(g, *own, level=f"Grade {grade}")
    acted = _grade_band(rng, senior_grade)
    _own(g, *acted, level=f"Grade {senior_grade}")
    rows, bands = [], {grade: own}
    for title, where, vg in (*vacancies, (below, below_service, below_grade)):
        band = bands[vg] if vg in bands else bands.setdefault(vg, _grade_band(rng, vg))
        _salary(g, *band, "GBP", belongs_to=title)
        rows.append((title, where, vg, band))
    officer = rng.choice(("K. Fairbairn", "J. Oduya", "M. Lisowska"))
    case = f"RD/2027/{rng.randint(100, 399)}"
    g.must_not_appear += ["Staff Intranet", "OFFICIAL-SENSITIVE", officer, case,
                          "Below threshold", "Pay protection", "Trial period",
                          "Employee Assistance Programme"]
    scores = (rng.randint(80, 92), rng.randint(70, 79), rng.randint(61, 69), rng.randint(40, 55))
    outcomes = ("Suitable alternative — trial period offered", "Suitable; pay protection applies",
                "Suitable with training", "Below threshold (60%) – not suitable")
    return [f"{council} — Staff Intranet   My HR | Policies | Redeployment | Log out",
            f"Intranet > HR > Organisational change > {service} restructure > Redeployment",
            "OFFICIAL-SENSITIVE (PERSONAL)",
            "SUITABLE ALTERNATIVE EMPLOYMENT — MATCH REPORT",
            f"HR case ref: {case}   Employee no: {rng.randint(30000, 59999)}   Redeployment "
            f"Officer: {officer}",
            "1. POST AT RISK",
            f"Post title: {post}   Service: {service}",
            f"Grade: Grade {grade}   Salary: £{own[0]:,} – £{own[1]:,} per annum   Hours: 37",
            f"Postholder's history: joined as {came} (Grade {came_grade}); {post} since "
            f"{rng.randint(2015, 2020)}; acted up as {senior} (Grade {senior_grade}, "
            f"£{acted[0]:,} – £{acted[1]:,}) for {rng.choice(('four', 'six', 'nine'))} months.",
            "2. SKILLS PROFILE",
            f"Matched skills: {_run(needs)}",
            "3. MATCHED VACANCIES",
            "Vac ref | Post | Service | Grade | Salary | Match | Outcome",
            *(f"V{4100 + 7 * i} | {t} | {w} | Grade {vg} | £{b[0]:,} – £{b[1]:,} | "
              f"{s}% | {o}"
              for i, ((t, w, vg, b), s, o) in enumerate(zip(rows, scores, outcomes,
                                                            strict=True))),
            "4. SKILLS GAPS",
            f"V4114: {gaps[0]} and {gaps[1]} — gaps, covered by a 6-week training plan.",
            "5. PAY PROTECTION",
            "If you accept a lower grade your salary is protected for 12 months (Policy HR-31).",
            "6. TRIAL PERIOD",
            "Statutory trial period: 4 weeks, extendable by agreement for retraining.",
            "7. ACTIONS   ☐ Decide on V4100   ☐ Book the interview clinic",
            f"Career note from the structure chart: {came} → {post} → {senior} → {top}.",
            f"Sector: {' / '.join(s.lower() for s in sectors)}.",
            "Employee Assistance Programme: 0800 … · Do not forward."]


# (trust, the post, alias, band, skills, suitable vacancies (title, band), the possible one
#  and its gaps (`optional`), higher-band posts (up; the first with a band), where staff went
#  (lateral) and the post they trained for)
_TRUST = (
    ("Kingsmere Hospitals NHS Foundation Trust", "Pathology Reception Officer",
     "Specimen Reception Officer", 3,
     ("specimen booking", ("laboratory system", ("WinPath",)), "labelling checks",
      "courier logging", "Data Protection Act"),
     (("Main Reception Officer", 3), ("Laboratory Support Assistant", 2)),
     ("Phlebotomist", ("venepuncture", "needle safety")),
     ("Pathology Office Supervisor", "Specimen Reception Team Leader"),
     "Ward Clerk", "Medical Laboratory Assistant"),
    ("Hollin Valley Community NHS Trust", "Estates Helpdesk Officer",
     "Facilities Helpdesk Coordinator", 3,
     ("job logging", ("CAFM system", ("Planon",)), "contractor liaison", "telephone manner",
      "permit records"),
     (("Transport Booking Officer", 3), ("Security Control Room Operator", 2)),
     ("Procurement Assistant", ("purchase orders", "catalogue management")),
     ("Estates Planning Officer", "Helpdesk Team Leader"),
     "Switchboard Operator", "Fire Safety Adviser"),
)


def _afc(rng: random.Random, band: int) -> tuple[int, int]:
    """A pay band a year (a band's bottom and top points)."""
    low = 19_000 + band * 2_600 + rng.randrange(0, 200, 3)
    return low, low + (0 if band <= 2 else 1_500 + rng.randrange(0, 600, 7))


def _matchletter(rng: random.Random, g: Guide) -> list[str]:
    """A trust's weekly redeployment match letter: the staff site's menu, breadcrumb,
    reference, assignment number and "Dear colleague" (chrome), the post at risk with its band
    (the role's at its band) and the hourly rate at the bottom point (the role's), "Also known
    in the job description as" (an alias), skills in `;` items, indented vacancy lines "criteria
    met N of M (P%) → SUITABLE" (lateral moves owning their figures; a "POSSIBLE" one without a
    figure whose gaps are `optional`), posts at a higher band (up; the first owning its band),
    protection and trial (no pay), where staff have gone before (lateral) and a cut-off
    ending."""
    (trust, post, called, band, needs, suitable, (possible, gaps), higher, went,
     trained) = rng.choice(_TRUST)
    occupy(g, post, leads=list(higher),
           transitions=[t for t, _ in suitable] + [possible, went, trained])
    _spell(g, called)
    _facts(g, _skills(needs), [trust], [], list(gaps))
    own = _afc(rng, band)
    _own(g, *own, level=f"Band {band}")
    hourly = round(own[0] / 52.143 / 37.5, 2)
    _own(g, hourly, hourly, period="hour", level=f"Band {band} bottom point")
    lines = []
    for i, (title, vb) in enumerate(suitable):
        b = own if vb == band else _afc(rng, vb)
        _salary(g, b[0], b[1], "GBP", belongs_to=title)
        money = f"£{b[0]:,}–£{b[1]:,}" if b[1] != b[0] else f"£{b[0]:,}"
        met = (7 - i, 8 - i)
        lines.append(f"  Vacancy {rng.randint(300, 499)}-{rng.randint(1000, 9999)} {title}, "
                     f"Band {vb}, {money} — criteria met {met[0]} of {met[1]} "
                     f"({round(100 * met[0] / met[1])}%) → SUITABLE")
    up = _afc(rng, band + 1)
    _salary(g, *up, "GBP", belongs_to=higher[0])
    ref = f"WF/MOC/{rng.randint(1000, 9999)}"
    stub = "Please reply by Friday using form RR-4 on the Sta"
    g.must_not_appear += [ref, "Dear colleague", "Weekly Match Letter", "Unsocial hours",
                          "Redeployment Hub", stub]
    return [f"{trust}  |  StaffNet  |  Search…  |  A–Z  |  IT Service Desk",
            "StaffNet › Workforce › Management of Change › Redeployment register",
            "Redeployment Register — Weekly Match Letter",
            f"Our ref: {ref}   ESR assignment: {rng.randint(20000000, 29999999)}-1",
            "Dear colleague (name withheld in this copy),",
            "Following the consultation your post has been placed at risk. This letter lists "
            "the vacancies matched to you this week.",
            "SECTION A — YOUR POST AT RISK",
            f"{post}, Agenda for Change Band {band} (£{own[0]:,} – £{own[1]:,} a year; "
            f"£{hourly:.2f} an hour at the bottom point), 37.5 hours.",
            f"Also known in the job description as {called}.",
            f"Skills taken from your job description: {_run(needs)}.",
            "SECTION B — VACANCIES MATCHED THIS WEEK",
            *lines,
            f"  Vacancy {rng.randint(300, 499)}-{rng.randint(1000, 9999)} {possible}, Band "
            f"{band} — criteria met 5 of 8 (63%) → POSSIBLE; gap: {gaps[0]} and {gaps[1]}",
            "SECTION C — POSTS AT A HIGHER BAND (apply competitively)",
            f"  {higher[0]}, Band {band + 1}, £{up[0]:,} – £{up[1]:,}",
            f"  {higher[1]}, Band {band + 1}",
            "SECTION D — PROTECTION AND TRIAL",
            "Pay protection: two years of protected basic pay if you move to a lower band; "
            "unsocial hours payments are not protected. Trial period: four weeks.",
            "SECTION E — WHERE STAFF HAVE GONE BEFORE",
            f"In the last restructure staff moved to {went} posts, and two trained as "
            f"{trained}.",
            "Contact the Redeployment Hub or your union. " + stub]


# --------------------------------------------------------------------------------------
# An "understanding your payslip" explainer
# --------------------------------------------------------------------------------------
# (employer, the job, aliases, band, skills, the ladder's other rungs with their bands,
#  moves in, sector)
_BANDS = (
    ("Northfell Ambulance Service NHS Trust", "Emergency Call Handler",
     ("999 Call Handler", "EOC Call Taker"), 3,
     (("call triage", ("NHS Pathways",)), "address verification", "calm questioning",
      "typing speed", "safeguarding referrals"),
     (("Emergency Medical Dispatcher", 4), ("Clinical Hub Supervisor", 5),
      ("Control Room Manager", 6)),
     ("Call Centre Agent", "Receptionist"), "NHS ambulance control rooms"),
    ("Westvale Maternity Hospitals NHS Trust", "Maternity Support Worker",
     ("Maternity Care Assistant", "MSW"), 3,
     ("newborn observations", "infant feeding support", "postnatal checks",
      ("maternity records", ("BadgerNet",)), "infection control"),
     (("Maternity Assistant Practitioner", 4), ("Midwife", 5), ("Senior Midwife", 6)),
     ("Healthcare Assistant", "Nursery Nurse"), "NHS maternity services"),
)


def _payslip(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A trust's payslip explainer for one job: the menu and breadcrumb (chrome), "also
    called" names (aliases), a glued "Your basic payBasic pay is …" heading, the band's entry
    and top points (the role's at their level) and the basic hourly rate worked out from the
    salary (the role's), enhancements, overtime, a supplement with its minimum and maximum and
    a meal allowance (no pay), deductions, a pipe sample payslip whose Basic Pay line is the
    role's monthly figure (enhancement, overtime, gross, tax and net no pay), skills in a
    sentence (tools in parentheses each), the `→` ladder of bands with the other rungs'
    ranges (theirs), moves in and "Sector:"; or pay by the grade of the site
    (:func:`_boxgrades`)."""
    variant = _begin(rng, g, ("bands", "boxes"))
    if variant == "boxes":
        return _boxgrades(rng, g)
    (employer, job, called, band, needs, rungs, came, sector) = rng.choice(_BANDS)
    occupy(g, job, ladder=[job, *(r for r, _ in rungs)], moves_in=list(came))
    _spell(g, *called)
    _facts(g, _skills(needs), [employer], [sector])
    entry, top = _afc(rng, band)
    _own(g, entry, entry, level=f"Band {band} entry point")
    _own(g, top, top, level=f"Band {band} top point")
    hourly = round(entry / 52.143 / 37.5, 2)
    _own(g, hourly, hourly, period="hour")
    monthly = round(entry / 12, 2)
    _own(g, monthly, monthly, period="month")
    theirs = [(title, their, *_afc(rng, their)) for title, their in rungs]
    for title, _, low, high in theirs:
        _salary(g, low, high, "GBP", belongs_to=title)
    ush = _no_pay(g, round(monthly * 0.25, 2), 0.01)
    hcas = _no_pay(g, round(monthly * 0.05, 2), 0.01)
    overtime = _no_pay(g, round(hourly * 1.5 * 10, 2), 0.01)
    gross = _no_pay(g, round(monthly + ush + hcas + overtime, 2), 0.01)
    tax, ni, pension = round(gross * 0.12, 2), round(gross * 0.06, 2), round(monthly * 0.065, 2)
    net = _no_pay(g, round(gross - tax - ni - pension, 2), 0.01)
    floor, ceiling = int(_no_pay(g, 1_150, 10)), int(_no_pay(g, 2_050, 10))
    g.must_not_appear += ["Staff login", "Your basic pay", "Unsocial hours", "Overtime",
                          "High cost area supplement", "Meal allowance", "Deductions",
                          "Gross pay", "Net pay", "Payroll Services"]
    ladder = f"{job} (Band {band}) → " + " → ".join(
        f"{t} (Band {b}, £{lo:,} – £{hi:,})" for t, b, lo, hi in theirs)
    return [f"{employer}   Careers | Working for us | Pay & benefits | Staff login",
            f"Pay & benefits > Understanding your payslip > {job}",
            f"Understanding your payslip as {_an(job)}",
            f"For new starters. {_plural(job)} are also called {called[0]}s or {called[1]}s."
            f"Last updated {rng.randint(2, 27)} June 2026",
            f"Your basic payBasic pay is set by your band and pay point. {_plural(job)} are "
            f"Band {band}: you start on the entry point of £{entry:,} a year and move to the "
            f"top point of £{top:,} after two years. Your basic hourly rate at entry is "
            f"£{hourly:.2f} (annual salary ÷ 52.143 ÷ 37.5).",
            "Enhancements and extras (not part of your salary)",
            "• Unsocial hours: 25% of basic pay for regular work outside 7am–7pm.",
            "• Overtime: time and a half; double time on bank holidays.",
            f"• High cost area supplement: 5% of basic pay, min £{floor:,}, max £{ceiling:,} "
            "a year.",
            "• Meal allowance when a shift overruns (not taxable).",
            "Deductions",
            "Income tax (PAYE), National Insurance, NHS Pension and union subscriptions.",
            "Sample payslip (month 3, entry point, one overtime shift)",
            "Description | Hours | Rate | Amount",
            f"Basic Pay | 162.95 | {hourly:.4f} | {monthly:,.2f}",
            f"USH 25 PCT | | | {ush:,.2f}",
            f"HCAS | | | {hcas:,.2f}",
            f"OT 1.5 | 10.00 | {hourly * 1.5:.4f} | {overtime:,.2f}",
            f"Gross pay | | | {gross:,.2f}",
            f"PAYE Tax | | | -{tax:,.2f}",
            f"NI Employee | | | -{ni:,.2f}",
            f"Net pay | | | {net:,.2f}",
            "What the job needs",
            f"{_run(needs[:-1], ', ')} and {_soft(_item(needs[-1]))}.",
            "Moving up the bands", ladder,
            f"Many of our staff joined as {_an(_lower(came[0]))} or {_an(_lower(came[1]))}.",
            f"Sector: {sector}.",
            "Questions about your pay? Contact Payroll Services. Related: Pension explained"]


# (employer (printed, short), the job, aliases, the site word, grades, skills, the ladder
#  (earlier post, the role, the manager's post, top), the department (`optional`), a
#  lateral post, moves in, sectors)
_BOXES = (
    (("Trentside Waterways Trust Ltd", "Trentside Waterways Trust"), "Lock Keeper",
     ("Lock Operative", "Lockie"), "lock", ("Class C", "Class B", "Class A (tidal)"),
     ("water level management", "boat handling", ("sluice controls", ("paddle gear",)),
      "customer care", "first aid"),
     ("Seasonal Lock Assistant", "Waterway Supervisor", "Waterway Operations Manager"),
     "Asset Inspection", "Volunteer Coordinator", ("Boatyard Hand", "Ranger"),
     ("Inland waterways", "Leisure")),
    (("Marshfield Water Services plc", "Marshfield Water Services"), "Pumping Station Operator",
     ("Pump Station Technician", "Station Operator"), "station",
     ("Category 1", "Category 2", "Category 3 (major)"),
     (("telemetry alarms", ("SCADA",)), "pump changeovers", "confined space entry",
      "log keeping", "water quality sampling"),
     ("Plant Attendant", "Shift Controller", "Operations Manager"),
     "Asset Planning", "Process Trainer", ("Maintenance Fitter's Mate", "Farm Hand"),
     ("Water supply", "Utilities")),
)


def _boxgrades(rng: random.Random, g: Guide) -> list[str]:
    """A company's payslip guide paid by the grade of the site worked (a lock, a station): the
    people hub's menu (chrome), "(also: …)" names (aliases), a glued "1) Basic salaryYour
    basic…" heading, one figure a site grade (the role's at that grade) and the hourly rate of
    one grade (the role's), shift and rostered payments (no pay), deductions, a coded sample
    payslip whose BASIC SALARY is the role's monthly figure (the rest no pay), skills assessed,
    "Where X go next" in `→` with the manager's figure (theirs), a move across into a
    department (`optional`), a lateral post, moves in, "Industry:" and a cut-off disclaimer."""
    ((printed, short), job, called, site, grades, needs, (came, boss, top), dept, lateral,
     earlier, sectors) = rng.choice(_BOXES)
    occupy(g, job, ladder=[came, job, boss, top], moves_in=[came, *earlier],
           transitions=[lateral])
    _legal(g, printed, short)
    _spell(g, *called)
    _facts(g, _skills(needs), [], list(sectors), [dept])
    base = _whole(rng, 29, 33, 10)
    pay = [base + i * _whole(rng, 3, 4, 10) for i in range(3)]
    for grade, value in zip(grades, pay, strict=True):
        _own(g, value, value, level=f"{grade.split(' (')[0]} {site}")
    hourly = round(pay[1] / 52.143 / 37, 2)
    _own(g, hourly, hourly, period="hour", level=f"{grades[1]} {site}")
    monthly = round(pay[1] / 12, 2)
    _own(g, monthly, monthly, period="month")
    manager = _whole(rng, 48, 55, 100)
    _salary(g, manager, manager, "GBP", belongs_to=boss)
    night = _no_pay(g, round(hourly * 0.25 * 40, 2), 0.01)
    relief = _no_pay(g, round(hourly * 1.25 * 12, 2), 0.01)
    gross = _no_pay(g, round(monthly + night + relief, 2), 0.01)
    paye, pension = round(gross * 0.15, 2), round(monthly * 0.08, 2)
    net = _no_pay(g, round(gross - paye - pension, 2), 0.01)
    stub = "This guide does not form part of your contract of empl"
    g.must_not_appear += ["People Hub", "Sign out", "Night allowance", "Rest Day Working",
                          "Deductions", "TOTAL GROSS", "NET PAY", stub]
    return [f"People Hub — {printed}   Home | Rosters | My Pay | Sign out",
            "My Pay › Guides › Operational grades",
            f"YOUR PAYSLIP EXPLAINED: {job.upper()}",
            f"This guide walks {_an(_lower(job))} (also: {', '.join(called)}) through the "
            "lines of a monthly payslip for the 2026/27 pay year.",
            f"1) Basic salaryYour basic salary depends on the grade of your {site}, not on "
            f"you: the busier the {site}, the higher the grade.",
            *(f"{grade} {site}: £{value:,} a year" for grade, value in zip(grades, pay,
                                                                            strict=True)),
            f"Your hourly rate is your annual basic ÷ 52.143 ÷ 37. For {grades[1]} that is "
            f"£{hourly:.2f} an hour.",
            "2) Shift and rostered payments (not basic salary)",
            "- Night allowance: 25% of your hourly rate between 22:00 and 06:00",
            "- Rest Day Working: time and a quarter, voluntary",
            "- Call-out payment when you are called in off shift",
            "3) Deductions",
            "PAYE income tax, National Insurance, the pension scheme and union subs.",
            f"4) Sample payslip — period 5, {grades[1]} {site}, 4 nights and one rest day",
            "Code | Element | Units | Rate | Value",
            f"0100 | BASIC SALARY | | | {monthly:,.2f}",
            f"0415 | NIGHT ALLOW | 40.00 | {hourly * 0.25:.4f} | {night:,.2f}",
            f"0520 | RDW 1.25 | 12.00 | {hourly * 1.25:.4f} | {relief:,.2f}",
            f"|| TOTAL GROSS | | | {gross:,.2f}",
            f"9001 | PAYE | | | -{paye:,.2f}",
            f"9110 | PENSION | | | -{pension:,.2f}",
            f"|| NET PAY | | | {net:,.2f}",
            "5) Getting to the next grade",
            f"Skills assessed: {_run(needs)}.",
            f"Where {_plural(_lower(job))} go next: {came} → {job} → {boss} → {top}. "
            f"{_cap(_an(boss))} earns £{manager:,}. Some move across into {dept} or "
            f"become {_an(_lower(lateral))}.",
            f"Most new starters join from {came} posts or as {_an(_lower(earlier[0]))} or "
            f"{_an(_lower(earlier[1]))}.",
            f"Industry: {' / '.join(s.lower() for s in sectors)}.",
            f"Still stuck? Raise a query with Payroll. {stub}"]


# --------------------------------------------------------------------------------------
# A domestic-staffing agency's role guide
# --------------------------------------------------------------------------------------
# (agency, the post, duty pairs ("X and Y", both skills), courses (`optional`), the ladder
#  (the post third), where they come from (place (`optional`), titles (moves in)), lateral
#  posts, sectors, the testimonial's name)
_HOUSEHOLD = (
    ("MAYFAIR & MARLOW DOMESTIC STAFF", "Housekeeper",
     (("laundry", "pressing"), ("care of antiques", "fine fabrics"), ("silver care", "polishing"),
      ("guest suites", "turndown service"), ("inventories", "supplier orders")),
     ("Housekeeping course", "Full UK driving licence"),
     ("Housekeeping Assistant", "Head Housekeeper", "House Manager", "Estate Manager"),
     (("Five-star hotels", ("Room Attendant", "Floor Supervisor")),
      ("Cruise lines", ("Cabin Steward",))),
     ("Lady's Maid", "Yacht Stewardess"),
     ("Private households", "Family offices", "Embassies", "Luxury hotels"), "Agnieszka"),
    ("KNIGHTSBRIDGE PRIVATE SERVICE", "Chauffeur",
     (("defensive driving", "route planning"), ("vehicle valeting", "maintenance records"),
      ("luggage handling", "airport meet-and-greet"), ("discretion", "punctuality")),
     ("Advanced driving certificate", "Close protection training"),
     ("Driver", "Head Chauffeur", "Transport Manager", "Estate Manager"),
     (("Police forces", ("Traffic Officer",)), ("Armed forces", ("Military Driver",))),
     ("Security Driver", "Travel Coordinator"),
     ("Private households", "Family offices", "Embassies", "Corporate hospitality"), "Marcus"),
)


def _domesticagency(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A household-staffing agency's role guide with annual figures: the agency's header with a
    telephone, candidate and client buttons, rating and membership badge and the breadcrumb
    (chrome), a glued "HOUSEKEEPERRole guide & salary survey" heading, live-in and live-out
    gross figures a year (the role's, with their area) with a net weekly range (the role's), a
    country "from £N + accommodation" floor (the role's, open-ended), the Head rung's band
    (theirs), benefits (no pay), em-dash duties "X and Y" (both skills), courses (`optional`),
    "The ladder in private service" in `→` with every other rung's pay (theirs; one "£N+"),
    moves sideways (lateral), where they come from (places `optional`, titles moves in), who
    employs them (sectors, never employers), the fee (no pay), a testimonial (the name never a
    role), latest jobs (the role's figures with their place; a couple's joint salary not the
    role's) and the footer; or weekly figures by area (:func:`_weeklyagency`)."""
    variant = _begin(rng, g, ("annual", "weekly"))
    if variant == "weekly":
        return _weeklyagency(rng, g)
    (agency, job, duties, courses, (below, head, manager, estate), sources, laterals, sectors,
     person) = rng.choice(_HOUSEHOLD)
    titles = [t for _, ts in sources for t in ts]
    occupy(g, job, ladder=[below, job, manager, estate], moves_in=titles,
           transitions=list(laterals))
    _facts(g, _and(duties), [], list(sectors), [*courses, *(p for p, _ in sources)])
    live_in = (_whole(rng, 38, 44, 1000), _whole(rng, 52, 58, 1000))
    live_out = (live_in[0] - _whole(rng, 3, 5, 1000), live_in[1] - _whole(rng, 5, 8, 1000))
    region = "London & Home Counties"
    _own(g, *live_in, region=region)
    _own(g, *live_out, region=region)
    net = (rng.randrange(560, 621, 10), rng.randrange(740, 811, 10))
    _own(g, *net, period="week")
    country = int(_apart(g, live_in[0] - _whole(rng, 2, 4, 1000), 1000))
    _own(g, country, None, region="Country estates")
    head_band = (live_in[1] + _whole(rng, 4, 8, 1000), live_in[1] + _whole(rng, 18, 24, 1000))
    _salary(g, *head_band, "GBP", belongs_to=head)
    below_band = (live_out[0] - _whole(rng, 8, 10, 1000), live_out[0] - _whole(rng, 2, 4, 1000))
    _salary(g, *below_band, "GBP", belongs_to=below)
    mgr = (head_band[0] + _whole(rng, 6, 10, 1000), head_band[1] + _whole(rng, 10, 15, 1000))
    _salary(g, *mgr, "GBP", belongs_to=manager)
    est = mgr[1] - _whole(rng, 3, 6, 1000)
    _salary(g, est, None, "GBP", belongs_to=estate)
    jobs = [(int(_apart(g, live_in[0] + _whole(rng, 4, 8, 1000), 1000)), "Surrey"),
            (int(_apart(g, live_out[0] + _whole(rng, 2, 5, 1000), 1000)), "Chelsea")]
    for value, place in jobs:
        _own(g, value, value, region=place)
    joint = int(_no_pay(g, live_in[1] + _whole(rng, 20, 30, 1000), 1000))
    fee = rng.choice((12, 15, 18))
    phone = f"+44 (0)20 7946 0{rng.randint(100, 999)}"
    g.must_not_appear += [agency, "Register as a candidate", "Client login", "REC member",
                          "Role guide & salary survey", "Accommodation", "Christmas bonus",
                          person, "Couple", "Modern Slavery Statement"]
    places = "; ".join(f"{p} ({', '.join(ts)})" for p, ts in sources)
    return [f"{agency}  ☎ {phone}   Register as a candidate   Client login",
            f"Est. {rng.randint(1985, 2005)} · ★★★★★ 4.{rng.randint(6, 9)} · REC member",
            f"Home / Candidates / Role guides / {job}",
            f"{job.upper()}Role guide & salary survey 2026",
            f"The {_lower(job)} keeps a private residence running to the family's standard and, "
            "in larger houses, works alongside a team of household staff.",
            f"WHAT OUR CLIENTS PAY ({region}, full time)",
            f"Live-in:   £{live_in[0]:,} – £{live_in[1]:,} gross per annum  |  approx. "
            f"£{net[0]} – £{net[1]} net per week",
            f"Live-out:  £{live_out[0]:,} – £{live_out[1]:,} gross per annum",
            f"Country estates: from £{country:,} gross + accommodation",
            f"{head} (staff of 4+): £{head_band[0]:,} – £{head_band[1]:,} gross",
            "Accommodation, a household car, uniform and a Christmas bonus are often added; "
            "they are benefits, not salary.",
            "DUTIES & SKILLS", *(f"— {_cap(a)} and {b}" for a, b in duties),
            f"A {_lower(courses[0])} and a {_lower(courses[1])} are valued.",
            "THE LADDER IN PRIVATE SERVICE",
            f"{below} → {job} → {manager} → {estate}",
            f"Typical pay on the other rungs: {below} £{below_band[0]:,} – £{below_band[1]:,}; "
            f"{manager} £{mgr[0]:,} – £{mgr[1]:,}; {estate} £{est:,}+.",
            f"{_pl(job)} also move sideways to become {_an(laterals[0])} or "
            f"{_an(laterals[1])}.",
            f"WHERE {_pl(job).upper()} COME FROM", f"{places}.",
            "WHO EMPLOYS THEM",
            f"{sectors[0]} (never named), {', '.join(s.lower() for s in sectors[1:-1])} and "
            f"{sectors[-1].lower()}.",
            f"Our fee is {fee}% of the first year's gross salary, payable by the client.",
            f"\"They placed me in my first house in 2020.\" — {person}, {job}",
            f"Latest {_lower(job)} jobs: Live-in {job}, {jobs[0][1]}, £{jobs[0][0] // 1000}k | "
            f"{job}, {jobs[1][1]}, £{jobs[1][0] // 1000}k | Couple ({job} & Gardener), "
            f"Cotswolds, £{joint // 1000}k joint",
            f"Privacy · Terms · Modern Slavery Statement · {agency.title()} Ltd"]


# (agency, menu, the post, areas (two), skills ("•" items; the qualifications `optional`),
#  the ladder (the post second, a Senior rung third, a Head rung fourth, a manager last),
#  earlier posts (moves in), lateral posts, sectors, interview towns)
_WEEKLY = (
    ("Oak & Thistle Household Staff", "Families | Carers | Governesses | Blog | Contact",
     "Governess", ("Edinburgh & Lothians", "London"),
     ("phonics teaching", "11+ preparation", "French conversation", "music practice"),
     ("PGCE or QTS", "Enhanced DBS check"),
     ("Teaching Assistant", "Senior Governess", "Head Governess", "Education Director"),
     ("Primary Teacher",), ("Tutor", "Nanny"),
     ("Private households", "Family offices", "Boarding schools"), ("Perth", "Marylebone")),
    ("Hearthside Care at Home", "Clients | Carers | Live-in care | News | Contact",
     "Companion Carer", ("Yorkshire", "London"),
     ("personal care", "medication prompting", "dementia care", "meal preparation"),
     ("Care Certificate", "Moving and handling training"),
     ("Care Assistant", "Senior Companion Carer", "Head Carer", "Care Manager"),
     ("Healthcare Assistant",), ("Activities Coordinator", "Private Nurse"),
     ("Private households", "Retirement villages", "Respite services"), ("Harrogate", "Putney")),
)


def _weeklyagency(rng: random.Random, g: Guide) -> list[str]:
    """A household agency's role guide with weekly figures: the menu, telephone, badge and
    breadcrumb (chrome), a glued "What does a X do?A X…" heading, gross weekly ranges by area and
    arrangement with net weekly ranges beside some (the role's, with their area), an hourly range
    (the role's), a Senior "and over" floor (the role's at that level), extras (no pay), "•"
    skills and qualifications (`optional`), the career ladder in `→` with the Head rung's band and
    the manager's "from" floor (theirs), moves in and across, who employs them (sectors) and a
    cut-off registration line (the towns never names)."""
    (agency, menu, job, (area_a, area_b), needs, quals, (below, senior, head, manager), came,
     laterals, sectors, towns) = rng.choice(_WEEKLY)
    occupy(g, job, ladder=[below, job, senior, head, manager], moves_in=[below, *came],
           transitions=list(laterals))
    _facts(g, [_cap(n) for n in needs], [], list(sectors), list(quals))
    rows = []
    for place, extra in ((area_a, 0), (area_b, rng.randrange(120, 181, 10))):
        out = (rng.randrange(520, 561, 10) + extra, rng.randrange(620, 661, 10) + extra)
        inn = (out[0] - 100, out[1] - 100)
        net = (int(_apart(g, round(out[0] * 0.82 / 10) * 10, 10)),
               int(_apart(g, round(out[1] * 0.8 / 10) * 10, 10)))
        _own(g, *out, period="week", region=place)
        _own(g, *net, period="week", region=place)
        _own(g, *inn, period="week", region=place)
        rows.append((place, out, net, inn))
    hourly = (rng.randint(14, 16), rng.randint(18, 20))
    _own(g, *hourly, period="hour")
    floor = int(_apart(g, rows[1][1][1] + rng.randrange(50, 101, 10), 10))
    _own(g, floor, None, period="week", level="Senior", region=area_b)
    head_band = (_whole(rng, 50, 56, 1000), _whole(rng, 62, 68, 1000))
    _salary(g, *head_band, "GBP", belongs_to=head)
    from_ = head_band[0] + _whole(rng, 5, 8, 1000)
    _salary(g, from_, None, "GBP", belongs_to=manager)
    sitting = int(_no_pay(g, rng.choice((12, 13, 14)), 1))
    stub = f"Interviews in {towns[0]} and {towns[1]} every Tuesday an"
    g.must_not_appear += [agency, "Contact", "Overtime", "Your career",
                          "Register with us", towns[0], towns[1]]
    lines = []
    for place, out, net, inn in rows:
        lines += [f"{place}, live-out: £{out[0]} – £{out[1]} gross per week (about "
                  f"£{net[0]} – £{net[1]} net)",
                  f"{place}, live-in: £{inn[0]} – £{inn[1]} gross per week"]
    return [f"{agency}   {menu}   ☎ 0161 496 0{rng.randint(100, 999)}",
            "Registered agency · Manchester · Edinburgh · London",
            f"Home › {_pl(job)} › Becoming {_an(_lower(job))} › Salary & role guide",
            f"{job} — role guide for candidates (2026/27)",
            f"What does {_an(_lower(job))} do?{_cap(_an(_lower(job)))} works in the family's "
            "home and plans each day around the people in it.",
            "Pay we see in 2026 (full time)", *lines,
            f"Hourly, for part-time posts: £{hourly[0]} – £{hourly[1]} gross per hour",
            f"{_pl(senior)} with 10+ years: £{floor} gross per week and over ({area_b}).",
            f"Overtime, babysitting evenings (£{sitting} an hour) and travel with the family "
            "are extras, not salary.",
            "Skills and qualifications families ask for",
            *(f"• {_cap(n)}" for n in needs),
            f"• {quals[0]} — preferred", f"• {quals[1]} — required",
            "Your career",
            f"{below} → {job} → {senior} → {head} → {manager}",
            f"{_pl(head)} earn £{head_band[0]:,} – £{head_band[1]:,} a year gross; "
            f"{_pl(_lower(manager))} from £{from_:,}.",
            f"Many started as {_an(below)} or {_an(came[0])}; some move on to "
            f"{laterals[0]} work or become {_an(laterals[1])}.",
            f"Who employs {_pl(_lower(job))}",
            f"{sectors[0]}, {sectors[1].lower()} and {sectors[2].lower()}. We never disclose "
            "client names.",
            f"Register with us: upload your CV and two references. {stub}"]


# --------------------------------------------------------------------------------------
# A sponsored-training scheme
# --------------------------------------------------------------------------------------
# (partnership, its short name, the role, abbreviation, the universities (`optional`), the
#  registration body (`optional`), the scale word, skills (tests in parentheses each),
#  earlier jobs (moves in), a field (`optional`), lateral post, partner employers (the first
#  also printed short), the top rung's title word, sectors)
_SCHEMES = (
    ("Lowland Trusts Speech Therapy Training Consortium", "LTSTTC",
     "Speech and Language Therapist", "SLT",
     ("University of Carrick", "Tweedbank University"), "Health and Care Professions Council",
     (("dysphagia assessment", ("videofluoroscopy",)), "language assessment",
      ("standardised tests", ("CELF-5",)), "AAC", "report writing"),
     ("Speech and Language Therapy Assistant", "Teaching Assistant", "Care Worker"),
     "Audiology", "Clinical Lead for Children's Services",
     (("Carrick and Tweed Health Board", "Carrick and Tweed HB"), "Lothian Fringe Health Board",
      "Border Hills Council"),
     ("Health services", "Education")),
    ("Midland Councils Occupational Therapy Partnership", "MCOTP",
     "Occupational Therapist", "OT",
     ("Severn Bridge University", "University of Wrekin"), "Health and Care Professions Council",
     (("functional assessment", ("AMPS",)), "home adaptations", "moving and handling plans",
      ("seating assessment", ("pressure mapping",)), "goal setting"),
     ("Occupational Therapy Assistant", "Support Worker", "Physiotherapy Assistant"),
     "Ergonomics", "Reablement Service Manager",
     (("Wrekin Metropolitan Borough Council", "Wrekin MBC"), "Stour County Council",
      "Malvern Edge Council"),
     ("Adult social care", "Housing adaptations")),
)


def _bursary(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A partnership's funded training scheme: the menu with "Apply ›" and key dates (chrome), a
    "Train as a X with a £Y bursary" heading, a glued "THE SCHEME IN BRIEF…" paragraph (the
    universities `optional`), bursaries, fees and travel (no pay), a trainee's salary scale (the
    role's at the Trainee level), the tied service with a repayment (no pay), scales on
    qualifying (the role's, the Senior's and the Principal's at their level), the point most
    start on (the role's), allowances that are no pay, the `→` route, a move across into a
    field (`optional`) and a lateral post, "had worked as" (moves in), "What we look for" in `;`
    items (tests in parentheses each), partner employers (one also printed short in the hosting
    line) and "Sector:"; or a sponsor's cadetship (:func:`_cadetship`)."""
    variant = _begin(rng, g, ("scheme", "cadetship"))
    if variant == "cadetship":
        return _cadetship(rng, g)
    (partnership, short, job, abbr, unis, body, needs, came, field_, lateral, partners,
     sectors) = rng.choice(_SCHEMES)
    ladder = [f"Trainee {job}", job, f"Senior {job}", f"Principal {job}"]
    occupy(g, job, ladder=ladder, moves_in=list(came), transitions=[lateral])
    _spell(g, abbr)
    (host, host_short), *others = partners
    _legal(g, host, host_short)
    _facts(g, _skills(needs), list(others), list(sectors), [*unis, body, field_])
    trainee = (_whole(rng, 27, 30, 10), _whole(rng, 31, 33, 10))
    _own(g, *trainee, level="Trainee")
    scale = (_whole(rng, 38, 42, 10), _whole(rng, 50, 55, 10))
    _own(g, *scale)
    senior = (scale[1] - _whole(rng, 3, 5, 10), scale[1] + _whole(rng, 6, 9, 10))
    _own(g, *senior, level="Senior")
    principal = (senior[1] + _whole(rng, 4, 7, 10), senior[1] + _whole(rng, 14, 18, 10))
    _own(g, *principal, level="Principal")
    start = int(_apart(g, scale[0] + _whole(rng, 2, 3, 10), 10))
    _own(g, start, start)
    bursary = int(_no_pay(g, _whole(rng, 14, 17, 100), 100))
    placement = int(_no_pay(g, bursary + _whole(rng, 1, 3, 100), 100))
    fees = int(_no_pay(g, _whole(rng, 9, 11, 100), 100))
    repay = int(_no_pay(g, _whole(rng, 18, 25, 1000), 1000))
    allowance = int(_no_pay(g, _whole(rng, 2, 3, 100), 100))
    g.must_not_appear += [partnership, short, "Key dates", "Apply", "Bursary", "Tuition fees",
                          "The tied service", "Who can apply", "What we look for",
                          "Scheme administrator"]
    return [f"{partnership} ({short})",
            "Home | The scheme | Placements | Key dates | FAQs | Apply ›",
            f"Train as {_an(job)} with a £{bursary:,} bursary and your fees paid",
            f"Applications for the 2027 intake close {rng.randint(1, 28)} November 2026.",
            f"THE SCHEME IN BRIEFA funded programme at {unis[0]} or {unis[1]}, with "
            "placements in our partner organisations. Tuition fees (about "
            f"£{fees:,} a year) are paid for you.",
            "WHAT YOU RECEIVE (this is funding, not a salary)",
            f"Year 1: a tax-free bursary of £{bursary:,}",
            f"Year 2: a placement bursary of £{placement:,} — OR, where trainees are employed, "
            f"a salary as a Trainee {job} of £{trainee[0]:,} – £{trainee[1]:,}",
            "Travel to placement: 45p a mile, reimbursed",
            "THE TIED SERVICE",
            f"You agree to work as {_an(_lower(job))} in a partner organisation for two years "
            f"after qualifying, or repay a share of the funding (up to £{repay:,}).",
            "AFTER YOU QUALIFY",
            f"Once registered with the {body} you are appointed on the scale:",
            f"{job}: £{scale[0]:,} – £{scale[1]:,}",
            f"Senior {job}: £{senior[0]:,} – £{senior[1]:,}",
            f"Principal {job}: £{principal[0]:,} – £{principal[1]:,}",
            f"Most newly qualified {abbr}s start on £{start:,}. Specialist allowances of about "
            f"£{allowance:,} are not part of the scale.",
            f"Route: {' → '.join(ladder)}. Some later move across into {field_} or become "
            f"{_an(lateral)}.",
            "WHO CAN APPLY",
            f"Successful applicants had worked as: {', '.join(came)}.",
            "WHAT WE LOOK FOR",
            f"{_run(needs)}.",
            "PARTNERS", " · ".join([host, *others]),
            f"Sector: {' and '.join(s.lower() for s in sectors)}.",
            f"Email the scheme administrator · Privacy · {short} is hosted by {host_short}"]


# (finder, the role, "also called" names, the qualifying rank (an alias), the ranks (cadet,
#  qualifying, two above), the college and certificates (`optional`), skills, lateral posts,
#  moves in, sponsors, sectors, the subsector with a higher floor)
_CADETS = (
    ("DeckRoutes Sponsorship Finder", "Deck Officer", "navigating officer", "Third Officer",
     ("Deck Cadet", "Third Officer", "Second Officer", "Chief Officer"),
     ("Humber Nautical College", "Officer of the Watch Certificate of Competency"),
     ("bridge watchkeeping", "passage planning", ("electronic charts", ("ECDIS",)),
      "cargo operations", "mooring operations"),
     ("Harbour Master", "Marine Pilot"),
     ("Ferry Deckhand", "Marina Assistant", "Yacht Crew Member"),
     ("Northern Isles Ferries Ltd", "Dogger Bank Offshore Services", "Pentland Tankers plc"),
     ("Merchant shipping", "Offshore energy support"), "tankers"),
    ("WingPath Engineering Cadetships", "Aircraft Maintenance Engineer", "licensed engineer",
     "B1 Licensed Engineer",
     ("Engineering Cadet", "B1 Licensed Engineer", "Licensed Shift Supervisor",
      "Base Maintenance Manager"),
     ("Solway Aviation College", "Part-66 B1 licence"),
     ("engine borescope inspection", "hydraulic systems", ("maintenance records", ("AMOS",)),
      "torque procedures", "human factors"),
     ("Technical Services Engineer", "Quality Auditor"),
     ("Motor Vehicle Technician", "Electrician", "RAF Aircraft Technician"),
     ("Cloudline Airways Ltd", "Northern Rotary Services", "Vale Aero Maintenance plc"),
     ("Aviation", "Aircraft maintenance"), "line stations"),
)


def _cadetship(rng: random.Random, g: Guide) -> list[str]:
    """A sponsor's cadetship page: the finder's menu, "[ Log in ]", breadcrumb and closing date
    (chrome), "Train as a X — fully sponsored, with a training allowance" (no pay), a glued
    "What is a X?" paragraph ("also called" an alias), "→" package lines (fees, the allowance by
    year, travel, a bonus: no pay), a bond with a repayment (no pay), skills in `;` items (tools
    in parentheses each), the qualifying rank (an alias) and certificates (`optional`), the salary
    on qualifying (the role's) with a higher "from" floor (the role's, open-ended), the ranks in
    `→` with the other ranks' figures (theirs), posts ashore (lateral), trades sponsored (moves
    in), sponsors (employers), a college (`optional`), "Sectors:" and a cut-off footer."""
    (finder, job, called, rank, ranks, (college, cert), needs, laterals, came, sponsors,
     sectors, sub) = rng.choice(_CADETS)
    occupy(g, job, ladder=[ranks[0], job, *ranks[2:]], moves_in=list(came),
           transitions=list(laterals))
    _spell(g, rank, _cap(called))
    _facts(g, _skills(needs), list(sponsors), list(sectors), [college, cert])
    band = (_whole(rng, 30, 34, 500), _whole(rng, 38, 42, 500))
    _own(g, *band)
    floor = int(_apart(g, band[0] + _whole(rng, 3, 5, 500), 500))
    _own(g, floor, None)
    second = (band[1] + _whole(rng, 10, 14, 1000), band[1] + _whole(rng, 24, 30, 1000))
    _salary(g, *second, "GBP", belongs_to=ranks[2])
    chief = (second[1] + _whole(rng, 6, 10, 1000), second[1] + _whole(rng, 30, 40, 1000))
    _salary(g, *chief, "GBP", belongs_to=ranks[3])
    allowance = [int(_no_pay(g, v, 10)) for v in (rng.randrange(1050, 1151, 10),
                                                  rng.randrange(1200, 1251, 10),
                                                  rng.randrange(1300, 1401, 10))]
    bonus = int(_no_pay(g, rng.choice((400, 500, 600)), 50))
    bond = int(_no_pay(g, _whole(rng, 10, 14, 1000), 1000))
    stub = f"Share this cadetship  ✉  in  f   Report an error   © {finder.split()[0]} 2026 · Coo"
    g.must_not_appear += [finder, "Log in", "Training allowance", "Closing date",
                          "The sponsorship package", "The tied service", "Who can apply",
                          "Sponsors recruiting now", stub]
    return [f"{finder}   Cadetships | Sponsors A–Z | Colleges   [ Log in ]",
            f"Cadetships › {sectors[0]} › {ranks[0]}",
            f"Train as {_an(job)} — fully sponsored, with a training allowance of up to "
            f"£{allowance[2]:,} a month",
            f"Sponsored cadetship · 3 years · start September 2027 · Closing date: "
            f"{rng.randint(1, 30)} April 2027",
            f"What is {_an(_lower(job))}?{_plural(job)} (also called {_plural(called)}) keep the "
            "operation safe and run the work of their department.",
            "The sponsorship package",
            "→ Your college tuition fees are paid in full by your sponsor",
            f"→ Training allowance: £{allowance[0]:,} a month in year 1, £{allowance[1]:,} in "
            f"year 2, £{allowance[2]:,} in year 3",
            "→ Travel, uniform and safety courses paid",
            f"→ A bonus of £{bonus} on completing each training phase",
            "None of this is a salary: you are a cadet, not an employee.",
            "The tied service",
            f"Most sponsors ask for a bond: serve two years after qualifying or repay part of "
            f"the training cost (typically £{bond:,}).",
            "What you will learn",
            f"{_run(needs)}.",
            "Qualifying and pay",
            f"You qualify at {college} with the {cert}. Newly qualified cadets join as "
            f"{rank}.",
            f"Salary on qualifying: £{band[0]:,} – £{band[1]:,} a year ({sub} pay from "
            f"£{floor:,}).",
            f"The ranks: {' → '.join(ranks)}",
            f"{_plural(ranks[2])} earn £{second[0]:,} – £{second[1]:,}; "
            f"{_plural(_lower(ranks[3]))} £{chief[0]:,} – £{chief[1]:,}.",
            f"Many later move ashore as {_an(laterals[0])} or {_an(laterals[1])}.",
            "Who can apply",
            f"School leavers with 5 GCSEs, and career changers: we regularly sponsor "
            f"{', '.join(_plural(c) for c in came[:-1])} and former {_plural(came[-1])}.",
            "Sponsors recruiting now", " · ".join(sponsors),
            f"Sectors: {', '.join(s.lower() for s in sectors)}",
            stub]


FAMILY39_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "greekmt": _greekmt, "newcomer": _newcomer, "redeployment": _redeployment,
    "payslip": _payslip, "domesticagency": _domesticagency, "bursary": _bursary,
}
FAMILY39_LAYOUTS = tuple(FAMILY39_RENDERERS)
# Each renderer sets its page's ladder and spellings itself (occupy()), so none of the six is
# a ladder or alias layout of the planned guide.
FAMILY39_LADDER_LAYOUTS = FAMILY39_ALIAS_LAYOUTS = NO_LAYOUTS
