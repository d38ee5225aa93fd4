"""Generator renderers for the six page families of held-back set 59 (Sinhala and Kyrgyz ...).

Held-back set 59 showed six more kinds of page users bring: a Sri Lankan job posting read
through a browser translator (a job board's factory posting with "Rs. a/= - b/=" pay, the
probation pay, the assistant rung's range, allowances and incentives, the national minimum
wage, a growth line with a rung's floor and similar jobs, or a newspaper-classifieds site's
advertisement with "45k - 55k + OT", the trainee's pay, the training pay per day, the
allowance "included", the salary in words and a future line), a Kyrgyz job posting read
through a translator (a workshop's posting with som "to hand", piecework with a guaranteed
minimum and a rate per piece, the training day, Senior's floor and the dollar equivalent, or an
office posting with the net, the gross "in the labour contract", the probation and junior pay,
the 13th salary and the board's median), a completed job application form (a council's
support-staff form with the post's grade and hourly pay and the applicant's jobs, or an ATS
application with the posting's range, its DBA-style path and the applicant's experience), a
workplace accommodation or adjustment request (a city's interactive process worksheet with the
class series and a reassignment, or a university's adjustments passport with redeployment
options), a request to approve outside employment (an HR portal's disclosure of outside
activities, or a state agency's ethics form) and an employee award nomination (a form's
confirmation e-mail with the attached job description, or a care awards entry).  These
renderers write such pages from a planned guide, two variants a family, about occupations that
fit them (occupy()); every fact the truth keeps is printed and what a style does not state is
cleared: the gross about a net, the dollar equivalent of som, the salary in words, an hourly
or annualized equivalent and the "actual salary" of a part-year post are the same pay;
allowances, incentives, overtime, piecework rates, the guaranteed minimum, the 13th salary,
reimbursements, grants, gratuities, fees per item, entry fees, cash awards and prizes stay out
of the role's pay; minimum and living wages are nobody's pay; Probation, Trainee, Training,
Assistant, Junior, Senior, I, II, a grade, a range and step, a spine point and a band are the
role's own at their level, board averages and medians its points, an applicant's other jobs
and outside jobs keep their owners; glosses, idioms, referees' and nominators' titles are
chrome, certificates, achievements and outside posts `optional`.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_kit import (
    _cap,
    _facts,
    _legal,
    _no_pay,
    _salary,
    _spell,
    clear_of,
    occupy,
    thousands,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY59_ALIAS_LAYOUTS", "FAMILY59_LADDER_LAYOUTS", "FAMILY59_LAYOUTS",
           "FAMILY59_RENDERERS"]

# The pay figures set 59's pages print, by currency: a generated page in the same shape must
# not repeat one by chance (the 6-word overlap check's figure half).
_SET59 = {
    "LKR": (1_500, 3_500, 4_000, 5_000, 17_500, 38_000, 40_000, 45_000, 47_800, 48_000, 55_000,
            60_000, 65_000, 75_000, 85_000, 95_000, 102_500, 110_000, 120_000, 130_000,
            140_000, 145_000),
    "KGS": (400, 630, 800, 1_000, 1_500, 25_000, 35_000, 40_000, 44_500, 45_000, 50_000,
            55_000, 60_000, 70_000, 75_000, 85_000, 106_000, 120_000),
    "USD": (10.0, 19.85, 21.5, 22.0, 22.35, 22.5, 22.9, 24.18, 24.6, 25.0, 25.77, 26.4, 27.15,
            27.16, 27.8, 28.13, 29.9, 30.15, 32.0, 36.65, 40.0, 300, 750, 1_200, 50_294,
            56_493, 61_000, 64_000, 74_000, 79_500, 82_000, 95_000, 96_400, 100_000, 101_000,
            116_000, 120_000, 127_000, 128_000, 152_000),
    "GBP": (6.5, 10.9, 12.02, 12.21, 12.25, 12.4, 12.45, 12.78, 13.03, 45, 250, 1_850,
            3_200, 4_128.42, 21_405, 23_810, 24_620, 25_138, 27_500, 33_966, 38_205),
}


def _off(value: float, step: float, currency: str) -> float:
    """``value`` moved up by ``step`` until it is no figure set 59 prints in ``currency``."""
    return clear_of(value, step, _SET59[currency])


def _rs(amount: float) -> str:
    """Rupees as a Sri Lankan board prints them: 92000 → "Rs. 92,000/="."""
    return f"Rs. {int(amount):,}/="


def _som(amount: float) -> str:
    """Som with a space between thousands, as a Kyrgyz board prints them: 42000 → "42 000"."""
    return thousands(amount, " ")


def _usd(amount: float) -> str:
    """A dollar figure: cents kept for a rate ("$21.40"), none for a salary ("$64,500")."""
    return f"${amount:,.2f}" if amount < 1_000 else f"${int(amount):,}"


def _gbp(amount: float) -> str:
    """A pound figure: pence kept for a rate ("£11.84"), none for a salary ("£24,310")."""
    return f"£{amount:,.2f}" if amount < 1_000 else f"£{int(amount):,}"


def _rate(rng: random.Random, low: float, spread: int) -> float:
    """An hourly rate ``low`` plus up to ``spread`` cents (in steps of five)."""
    return round(low + rng.randrange(0, spread, 5) / 100, 2)


# --------------------------------------------------------------------------------------
# A Sri Lankan job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Sinhala gloss (must not appear), the company (printed, short)
#  with its district and town, what it does (a sector) and whom it buys from (`optional`),
#  the duty sentence (no skills), the numbered qualifications' know-how (skills), the
#  certificate (`optional`), the idiom (must not appear), the officer and the manager of the
#  growth line, the two supervisors who may apply (moves in), the breadcrumb's categories
#  (must not appear), the similar jobs: the same title's company and town, the officer's firm
#  (`optional`) and town, a "Negotiable" title (`optional`) and the row cut mid-figure)
_LKBOARD = (
    ("Dryer Operator", "වියළන ක්‍රියාකරු",
     ("Kurunegala Coconut Mills (Pvt) Ltd", "Kurunegala Coconut Mills"),
     "Kurunegala district", "Pannala", "desiccated coconut processing",
     "coconut growers of the coconut triangle",
     ("paring", "blanching", "disintegrating", "drying", "sieving", "moisture testing",
      "boiler operation", "GMP", "shift planning"),
     "SLS 1240 certificate", "hands that can feel the heat of the bed without the meter",
     "Production Officer", "Mill Manager",
     ("Paring Section Supervisors", "Packing Section Supervisors"),
     ("Factory - Manufacturing", "Coconut products"),
     (("Chilaw Kernel Products (Pvt) Ltd", "Chilaw Kernel Products"), "Chilaw"),
     ("Wayamba Copra Traders", "Kuliyapitiya"), "Forklift Driver",
     "Quality Inspector · Negombo · Rs. 8"),
    ("Rubber Process Operator", "රබර් සැකසුම් ක්‍රියාකරු",
     ("Kelani Valley Crepe Mills (Pvt) Ltd", "Kelani Valley Crepe Mills"),
     "Kegalle district", "Yatiyantota", "crepe rubber and block rubber manufacture",
     "rubber estates and out-growers",
     ("latex coagulation", "crepe milling", "sheet drying", "DRC testing", "grading",
      "mill maintenance", "effluent treatment", "Excel", "leadership"),
     "NVQ Level 4", "eyes that see the colour of the latex in the dark",
     "Process Officer", "Factory Manager",
     ("Milling Room Supervisors", "Drying Shed Supervisors"),
     ("Factory - Manufacturing", "Rubber industry"),
     (("Avissawella Latex Works (Pvt) Ltd", "Avissawella Latex Works"), "Avissawella"),
     ("Sabaragamuwa Crepe Company", "Ruwanwella"), "Lorry Driver",
     "Lab Assistant · Horana · Rs. 7"),
)


def _lkboard(rng: random.Random, g: Guide) -> list[str]:
    """A Sri Lankan job board's factory posting through a translator: the translator bar,
    menu with the three languages, breadcrumb (its categories must not appear), dates, views,
    buttons, how to apply and footer (chrome), "TITLE (Sinhala gloss) - FACTORY" (the role; the
    gloss must not appear), the company with its registered badge (employs), "Rs. a/= - b/="
    (the role's, "with EPF ETF"), a glued "About the company…Job description:-" (what it does
    a sector, its growers `optional`), numbered qualifications run together (skills; the
    certificate `optional`, the idiom must not appear), salary and benefits (the maximum in
    lakh words the same pay; the probation pay at Probation; EPF, ETF, the attendance
    allowance, the incentive per kilo and the festival advance no pay), the assistant rung's
    range at Assistant, the national minimum wage (nobody's), a glued growth line (the ladder;
    the officer's "from" floor theirs), two supervisors who may apply (moves in), the board's
    district average (the role's point) and similar jobs (the same title elsewhere an employer
    and the role's with its town; the officer's pay theirs with its town, its firm `optional`;
    "Negotiable" `optional`; one cut)."""
    (job, gloss, (printed, short), district, town, sector, growers, skills, cert, idiom,
     officer, manager, (came1, came2), crumbs, ((sprinted, sshort), stown), (ofirm, otown),
     agreed, cut) = rng.choice(_LKBOARD)
    occupy(g, job, ladder=[job, officer, manager], moves_in=[came1[:-1], came2[:-1]])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [f"Assistant {job}", growers, cert, ofirm, agreed])
    low = _off(rng.randrange(70, 90) * 1_000, 5_000, "LKR")
    high = _off(low + rng.randrange(2, 5) * 10_000, 5_000, "LKR")
    _salary(g, low, high, "LKR", period="month")
    probation = _off(low - rng.randrange(1, 2) * 10_000, 2_500, "LKR")
    _salary(g, probation, probation, "LKR", period="month", level="Probation")
    a_low = _off(low - rng.randrange(25, 35) * 1_000, 2_500, "LKR")
    a_high = _off(a_low + 10_000, 2_500, "LKR")
    _salary(g, a_low, a_high, "LKR", period="month", level="Assistant")
    floor = _off(high + rng.randrange(2, 4) * 10_000, 5_000, "LKR")
    _salary(g, floor, None, "LKR", period="month", belongs_to=officer)
    average = _off(low + rng.randrange(2, 8) * 2_500, 2_500, "LKR")
    _salary(g, average, average, "LKR", period="month", point=True, region=district)
    same = _off(low + 10_000, 5_000, "LKR")
    same_high = _off(same + 20_000, 5_000, "LKR")
    _salary(g, same, same_high, "LKR", period="month", region=stown)
    other = _off(floor + 5_000, 5_000, "LKR")
    _salary(g, other, other, "LKR", period="month", belongs_to=officer, region=otown)
    attendance = int(_no_pay(g, rng.choice((3_000, 4_500, 6_000)), 500))
    minimum = int(_no_pay(g, 21_000, 500))
    board = rng.choice(("LankaRakiya.lk", "JobKade.lk"))
    g.must_not_appear += [gloss, idiom, cut, *crumbs, board, "Attendance bonus",
                          "Registered firm"]
    quals = [f"Minimum {rng.randint(3, 6)} years in a {sector.split()[0]} factory",
             f"Sound knowledge of {skills[0]}, {skills[1]}, {skills[2]} and {skills[3]}",
             f"{_cap(skills[4])} and {skills[5]}", f"Ability of {skills[6]}",
             f"{cert} is an added advantage", f"{_cap(skills[7])} for the records",
             f"\"{idiom}\"", f"{_cap(skills[8])} of the shift workers"]
    return ["Translated from Sinhala → English      See the original  ·  Never translate Sinhala",
            f"{board}  ·  vacancies of Sri Lanka      Jobs  Employers  Alerts  Post an ad   "
            "සිං | த | EN",
            f"Home > Vacancies > {crumbs[0]} > {crumbs[1]}",
            f"{job.upper()} ({gloss}) - FACTORY",
            f"{printed}  ✔ Registered firm",
            f"{district} · {town}",
            f"Salary: {_rs(low)} - {high:,}/= (per month, with EPF ETF)",
            f"Permanent · Night and day shifts        Posted: 0{rng.randint(1, 9)}.12.2026   "
            f"Views {rng.randint(400, 2000):,}",
            "[ Apply ]  [ Save ]  [ WhatsApp ]",
            f"About the company:{short} works in {sector} since {rng.randint(1985, 2010)} and "
            f"buys from the {growers}.Job description:-We want a hard-working {job} to run "
            "the section in the rotating shifts.",
            "Qualifications:" + " ".join(f"{n}. {q}" for n, q in enumerate(quals, 1)),
            f"Salary and benefits:• Basic {_rs(low)} - {high:,}/= by the experience (the top "
            f"after two years) • In the probation of 6 months {_rs(probation)} • EPF and ETF "
            f"• Attendance bonus {_rs(attendance)} • Incentive for each kilo over the target "
            "• Free meals in the shift • Festival advance",
            f"Assistant {job.lower()}s are also taken: {_rs(a_low)} - {a_high:,}/=, one year "
            "in the section needed.",
            f"Note: the national minimum wage is {_rs(minimum)} a month; we pay much more.",
            f"Growth:-Assistant {job} → {job} → {officer} (from {_rs(floor)}) → {manager}. "
            f"Experienced {came1.lower()} and {came2.lower()} can also apply.",
            "To apply:Post your CV to the HR Officer or send it by WhatsApp 07X XXX "
            f"{rng.randint(1000, 9999)}.",
            f"Average salary of {job} in {district} ({board} data): {_rs(average)}",
            "Similar jobs",
            f"{job} · {stown} · {_rs(same)} - {same_high:,}/= · {sprinted}",
            f"{officer} · {otown} · {_rs(other)} · {ofirm}",
            f"{agreed} · {town} · Negotiable · {printed}",
            cut,
            f"© 2026 {board}   About · Privacy · Terms"]


# (the title (the role, plural on the page) and its gloss (must not appear), the company
#  (printed, short) and its town, what it does (a sector) and its products (`optional`), the
#  section, the asterisked qualifications (skills; the exams `optional`), the supervisor (a
#  move up), the lateral post, the two staff invited (moves in), the breadcrumb (must not
#  appear), the other jobs: the same title's town and company, another title with its town and
#  company (`optional`), a "Negotiable" title (`optional`) and the row cut mid-figure)
_LKCLASSIFIED = (
    ("Billing Clerk", "බිල්පත් ලිපිකරු",
     ("Ruhunu Agro Distributors PLC", "Ruhunu Agro Distributors"), "Matara",
     "fertiliser and agro chemical distribution", ("seed paddy", "sprayers"),
     "billing section of the main stores",
     ("Tally ERP", "Excel", "Sinhala typing", "invoice checking", "stock reconciliation",
      "customer handling"),
     ("G.C.E. (O/L)", "AAT Level I"), "Billing Supervisor", "Stores Clerk",
     ("Shop assistants", "Receptionists"), ("Office - Clerical", "Accounts"),
     ("Galle", ("Southern Fertiliser Co PLC", "Southern Fertiliser Co")),
     ("Sales Representative", "Hambantota", "Lakdiva Seeds Ltd"), "Van Driver",
     "Billing Clerk - Tangalle - Rs. 4"),
    ("Call Centre Agent", "ඇමතුම් මධ්‍යස්ථාන නියෝජිත",
     ("Kandurata General Insurance PLC", "Kandurata General Insurance"), "Kandy",
     "motor and health insurance", ("motor policies", "health covers"),
     "customer care centre",
     ("Sinhala and English speaking", "typing", "CRM software", "MS Excel",
      "complaint handling", "patience"),
     ("G.C.E. (A/L)", "NVQ Level 3"), "Team Leader", "Claims Assistant",
     ("Bank tellers", "Hotel receptionists"), ("Customer Service", "Call centre"),
     ("Colombo 05", ("Lanka Mutual Assurance PLC", "Lanka Mutual Assurance")),
     ("Insurance Advisor", "Kurunegala", "Ceylon Life Partners Ltd"), "Office Aide",
     "Call Centre Agent - Galle - Rs. 3"),
)


def _lkclassified(rng: random.Random, g: Guide) -> list[str]:
    """A Sri Lankan newspaper-classifieds site's advertisement through a translator: the
    translator bar, site menu, breadcrumb (must not appear), the edition, dates, buttons, the
    address and footer (chrome), "Wanted Titles (gloss) - N vacancies" (the role), the company
    and place (employs), "Salary: ak - bk + OT" (the role's), a glued company paragraph (its
    business a sector, the products `optional`) with "We need:" and asterisked qualifications
    run together (skills; the exams `optional`), salary and other (the trained range the role's;
    the trainee's pay at Trainee; the training pay per day at Training; the allowance
    "included", travelling, overtime, loan and bonus no pay), the salary in words (the same
    pay), a glued future line (the supervisor's band theirs and a move up, a transfer at the
    same salary, two staff invited moves in), the site's national average (the role's point) and
    other jobs (the same title elsewhere an employer and the role's with its town; another title
    "+ vehicle allowance" theirs, its company `optional`; "Negotiable" `optional`; one cut)."""
    (job, gloss, (printed, short), place, sector, products, section, skills, exams, sup,
     across, (came1, came2), crumbs, (stown, (sprinted, sshort)), (other, otown, ofirm),
     agreed, cut) = rng.choice(_LKCLASSIFIED)
    occupy(g, job, leads=[sup], moves_in=[came1[:-1], came2[:-1]], transitions=[across])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [*products, *exams, ofirm, agreed, f"Trainee {job}"])
    low = _off(rng.randrange(36, 50) * 1_000, 1_000, "LKR")
    high = _off(low + rng.randrange(8, 12) * 1_000, 1_000, "LKR")
    _salary(g, low, high, "LKR", period="month")
    trainee = _off(low - rng.randrange(5, 9) * 1_000, 1_000, "LKR")
    _salary(g, trainee, trainee, "LKR", period="month", level="Trainee")
    day = _off(rng.choice((1_200, 1_250, 1_400)), 50, "LKR")
    _salary(g, day, day, "LKR", period="day", level="Training")
    s_low = _off(high + rng.randrange(8, 14) * 1_000, 1_000, "LKR")
    s_high = _off(s_low + 10_000, 1_000, "LKR")
    _salary(g, s_low, s_high, "LKR", period="month", belongs_to=sup)
    average = _off(low + rng.randrange(1, 6) * 700, 100, "LKR")
    _salary(g, average, average, "LKR", period="month", point=True, region="Sri Lanka")
    same = _off(low - 3_000, 1_000, "LKR")
    same_high = _off(same + 9_000, 1_000, "LKR")
    _salary(g, same, same_high, "LKR", period="month", region=stown)
    opay = _off(high + 4_000, 1_000, "LKR")
    _salary(g, opay, opay, "LKR", period="month", belongs_to=other, region=otown)
    relief = int(_no_pay(g, rng.choice((3_500, 3_000)), 500))
    travel = int(_no_pay(g, rng.choice((2_500, 3_000, 5_000)), 500))
    site = rng.choice(("PuwathRakiya.lk", "AdaJobs.lk"))
    words = {0: "", 1: "one ", 2: "two ", 3: "three ", 4: "four ", 5: "five ", 6: "six ",
             7: "seven ", 8: "eight ", 9: "nine "}
    tens = {3: "thirty", 4: "forty", 5: "fifty", 6: "sixty"}

    def spoken(v: float) -> str:
        k = int(v) // 1_000
        return f"{tens[k // 10]} {words[k % 10]}thousand"

    g.must_not_appear += [gloss, cut, *crumbs, site, "Relief allowance"]
    stars = [f"Passed {exams[0]}", f"{_cap(skills[0])} and {skills[1]}",
             f"Knowledge of {skills[2]} and {skills[3]}", f"{_cap(skills[4])}",
             f"Good {skills[5]}", f"{exams[1]} will be an extra qualification", "Age below 35"]
    n = rng.randint(2, 5)
    return ["Page translated (Sinhala → English)   Show original   Settings ▾   ✕",
            f"{site}  |  Classified jobs every day   Paper ads  Web jobs  State sector  "
            "Private sector  Foreign  Sign in",
            f"Home / {crumbs[0]} / {crumbs[1]}",
            f"Wanted {job}s ({gloss}) - {n} vacancies",
            f"Company: {printed}        Place: {place}",
            f"Salary: {low // 1000}k - {high // 1000}k + OT        Type: Permanent        "
            f"Paper ad: Saturday edition 0{rng.randint(1, 5)}.12.2026",
            f"Posted {rng.randint(2, 6)} days ago · {rng.randint(300, 990)} views       "
            "[ Apply ]  [ Call ]",
            f"{short} is a well known company of {sector}, selling {products[0]} and "
            f"{products[1]} through {rng.randint(12, 40)} dealers.We need:{job}s for the "
            f"{section}.Qualifications:-" + " ".join(f"* {s}" for s in stars),
            f"Salary and other:- Salary {_rs(low)} - {high:,}/= for the experienced persons. "
            f"The persons without experience will be the trainee {job.lower()}s at "
            f"{_rs(trainee)} for the first 3 months. In the training of 10 days {_rs(day)} per "
            f"day is paid. Relief allowance {_rs(relief)} included. Overtime, travelling "
            f"{_rs(travel)}, EPF/ETF, festival loan and the yearly bonus.",
            f"(Salary in words: {spoken(low)} to {spoken(high)} rupees)",
            f"The future:A good worker can become the {sup} ({_rs(s_low)} - {s_high:,}/=) in "
            f"2 years. A transfer to the {across} post at the same salary is also possible. "
            f"{came1} and {came2.lower()} who like the office work are welcome.",
            f"Apply:Post your CV and copies of certificates to the HR Manager, {short}, "
            f"{place} within 14 days.",
            f"Tip from {site}: {job}s in Sri Lanka earn on average {_rs(average)} a month.",
            "Other jobs like this",
            f"{job} - {stown} - {_rs(same)} - {same_high:,}/= - {sprinted}",
            f"{other} - {otown} - {_rs(opay)} + vehicle allowance - {ofirm}",
            f"{agreed} - {place} - Negotiable - {printed}",
            cut,
            f"{site} © 2026 · Ads are printed as the advertisers give them · Privacy"]


# --------------------------------------------------------------------------------------
# A Kyrgyz job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Kyrgyz gloss (must not appear), the company (printed, short),
#  its district, what it makes and its trade (a sector), where it sells (`optional`), the
#  piece paid, duties (no skills), the dashed requirements' know-how (skills), the idiom (must not
#  appear), the helpers paid by the piece (their own title), the staff taught (a move in) and
#  the post grown to (a move up), the breadcrumb (must not appear), the similar vacancies: the
#  same title's company, a "By agreement" helper and its company (`optional`), the row cut)
_KGSHOP = (
    ("Upholsterer", "эмеректи каптоочу", ("\"Ala-Too Mebel\" LLC", "Ala-Too Mebel LLC",
                                         "Ala-Too Mebel"),
     "Sverdlov district", "the making of soft furniture (sofas, armchairs, beds)",
     "furniture manufacturing",
     "the furniture markets of Bishkek and Almaty", "each finished seat",
     ("cutting and sewing of the covers", "gluing of the foam", "stapling of the fabric"),
     ("pneumatic stapler", "foam cutting", "sewing machine", "reading of the drawings",
      "frame repair", "accuracy"),
     "the sofa forgives nothing, the customer even less", "Foam Cutter",
     "Carpenters", "Workshop Foreman", ("Furniture, woodwork", "Upholstery"),
     ("\"Jal Mebel\" LLC", "Jal Mebel LLC", "Jal Mebel"),
     ("Upholsterer-helper", "\"Tokmok Divan\" LLC"), "Upholsterer · Tokmok · 30 0"),
    ("Baker", "нан бышыруучу", ("\"Nan-Bereke\" LLC", "Nan-Bereke LLC", "Nan-Bereke"),
     "Pervomai district", "the baking of the bread and the samsa", "bakery",
     "the shops and the canteens of the city", "each tray of the bread",
     ("kneading of the dough by the recipe", "forming of the loaves", "loading of the ovens"),
     ("tandoor oven", "dough kneading machine", "proofing control", "sanitary book",
      "recipe calculation", "punctuality"),
     "the bread is the head of everything at the table", "Packer",
     "Kitchen workers", "Shift Technologist", ("Food industry", "Bakery"),
     ("\"Kant Nan\" LLC", "Kant Nan LLC", "Kant Nan"),
     ("Baker-helper", "\"Kara-Kol Tamak\" LLC"), "Baker · Naryn · 28 0"),
)


def _kgshop(rng: random.Random, g: Guide) -> list[str]:
    """A Kyrgyz job board's workshop posting through a translator: the translator bar, menu
    with languages, breadcrumb (must not appear), dates, views, responses, buttons, contacts and
    footer (chrome), "TITLE (Kyrgyz gloss) IS NEEDED" (the role; the gloss must not appear),
    "a - b som (to hand)" (the role's), the company with its checked badge (employs), the
    piecework line, a glued "About the company…Duties:-" (what it does a sector, where it sells
    `optional`; duties no skills), dashed requirements run together (skills; the idiom must not
    appear), conditions (the rate per piece and the guaranteed minimum no pay; the training day
    at Training; Senior's "from" at Senior; lunch and the Social Fund chrome), the dollar
    equivalent (the same pay), the helpers' piecework range (theirs), a glued growth line (the
    staff taught a move in, the post grown to a move up), the board's Bishkek average (the
    role's point) and similar vacancies (the same title at another LLC: an employer and the
    role's with its town; the grown-to post at the same company theirs; a "By agreement" helper
    `optional`; one cut)."""
    (job, gloss, (printed, legal, short), district, making, sector, market, piece, duties, skills,
     idiom, helper, came, up, crumbs, (sprinted, _, sshort), (agreed, afirm),
     cut) = rng.choice(_KGSHOP)
    occupy(g, job, leads=[up], moves_in=[came[:-1]])
    _legal(g, printed, short)  # '"Name" LLC' as the board quotes it, 'Name LLC' in the text
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector],
           [market, agreed, afirm, f"Senior {job}"])
    low = _off(rng.randrange(30, 40) * 1_000, 1_000, "KGS")
    high = _off(low + rng.randrange(15, 22) * 1_000, 1_000, "KGS")
    _salary(g, low, high, "KGS", period="month")
    day = _off(rng.choice((600, 700, 900)), 50, "KGS")
    _salary(g, day, day, "KGS", period="day", level="Training")
    senior = _off(high + rng.randrange(3, 8) * 1_000, 1_000, "KGS")
    _salary(g, senior, None, "KGS", period="month", level="Senior")
    h_low = _off(low - rng.randrange(10, 14) * 1_000, 1_000, "KGS")
    h_high = _off(h_low + rng.randrange(10, 15) * 1_000, 1_000, "KGS")
    _salary(g, h_low, h_high, "KGS", period="month", belongs_to=helper)
    average = _off(low + rng.randrange(4, 12) * 1_000 + 500, 500, "KGS")
    _salary(g, average, average, "KGS", period="month", point=True, region="Bishkek")
    same = _off(low + rng.randrange(5, 10) * 1_000, 1_000, "KGS")
    same_high = _off(same + rng.randrange(12, 18) * 1_000, 1_000, "KGS")
    _salary(g, same, same_high, "KGS", period="month", region="Bishkek")
    upay = _off(senior + rng.randrange(5, 12) * 1_000, 1_000, "KGS")
    _salary(g, upay, upay, "KGS", period="month", belongs_to=up, region="Bishkek")
    per = rng.choice(("1 som 50 tyiyn", "2 som 40 tyiyn", "3 som"))
    usd_low, usd_high = (int(_no_pay(g, round(v / 87.5, -1), 10)) for v in (low, high))
    board = rng.choice(("JumushTap.kg", "Ishker.kg"))
    g.must_not_appear += [gloss, idiom, cut, *crumbs, board, "checked employer", "Social Fund"]
    reqs = [f"experience from {rng.randint(1, 2)} year", f"work with the {skills[0]}",
            f"{skills[1]} and the {skills[2]}", f"{skills[3]}",
            f"{skills[4]} will be a plus", f"{skills[5]}, no bad habits", f"\"{idiom}\""]
    return ["Translated page: Kyrgyz → English   (Never for this site)   Original",
            f"{board}  — work in your city!     Vacancies   CVs   Companies   Tips   "
            "КЫР | РУС | ENG     Sign in",
            f"Home » Vacancies » {crumbs[0]} » {crumbs[1]}",
            f"{job.upper()} ({gloss}) IS NEEDED IN THE WORKSHOP",
            f"Salary: {_som(low)} - {_som(high)} som (to hand)",
            f"{printed}   ✓ checked employer",
            f"Bishkek, {district}",
            "Shift: day · Experience: a year or more · Pay by the piece with a guaranteed floor",
            f"Posted: 0{rng.randint(1, 9)}.12.2026 · {rng.randint(200, 900)} views · "
            f"{rng.randint(3, 30)} responses        [ Respond ] [ Phone ]",
            f"About the company:Our workshop ({sector}) works since {rng.randint(2005, 2018)} on "
            f"{making} for {market}.Duties:-" + ", ".join(duties) + ".",
            "Requirements:" + "".join(f"-{r}" for r in reqs),
            f"Conditions:• Salary {_som(low)} - {_som(high)} som to the hand by the volume "
            f"({per} for {piece}, the guaranteed minimum {_som(low)} som) • Payment twice a "
            f"month • Training 10 days - {_som(day)} som per day • Senior {job.lower()} - from "
            f"{_som(senior)} som • Free lunch • Registered with the Social Fund from the first "
            "month",
            f"(about {usd_low} - {usd_high} USD at the NBKR rate)",
            f"Also wanted: {helper.lower()}s - {_som(h_low)} - {_som(h_high)} som piecework.",
            f"Growth:{came.lower()} who want to learn the trade we will teach. A strong "
            f"{job.lower()} can grow to the {up} of the workshop.",
            f"Contacts:{legal}, Aigul eje · +996 70{rng.randint(0, 9)} XX XX {rng.randint(10, 99)}",
            f"The average salary of the {job.lower()} in Bishkek by {board}: {_som(average)} som",
            "Similar vacancies",
            f"{job} · Bishkek · {_som(same)} - {_som(same_high)} som · {sprinted}",
            f"{up} · Bishkek · {_som(upay)} som · {printed}",
            f"{agreed} · Tokmok · By agreement · {afirm}",
            cut,
            f"{board} © 2014-2026 · Rules · Advertising · Help"]


# (the title (the role) and its gloss (must not appear), the company (printed, short) with its
#  rating, what it does (a sector) and its clients (`optional`), duties (no skills), the
#  numbered requirements' know-how (skills; the certificate and languages `optional`), the
#  head post (a move up), the lateral post, the staff considered (moves in), the breadcrumb
#  (must not appear), the similar vacancies: the same title's bank in Osh, another title paid
#  in dollars and its company (`optional`), a "By agreement" title (`optional`), the row cut)
_KGOFFICE = (
    ("Accountant", "бухгалтер", ("Kumtor Trans CJSC", "Kumtor Trans"),
     "freight transport and logistics", ("mining companies", "importers"),
     ("keeping of the primary documents", "calculation of the salary",
      "reports to the Tax Service"),
     ("1C:Accounting 8.3", "IFRS", "tax reporting", "payroll calculation",
      "bank client", "Excel", "reconciliation with the contractors", "stress resistance"),
     "CAP certificate", "Chief Accountant", "Financial Analyst",
     ("Cashiers", "Tax consultants"), ("Accounting, finance", "Accountants"),
     ("Ozon Bank OJSC", "Ozon Bank"), ("Economist", "Tulpar Cargo LLC"), "Office Manager",
     "Accountant · Jalal-Abad · 33 0"),
    ("Web Developer", "веб-иштеп чыгуучу", ("Ala-Archa Pay CJSC", "Ala-Archa Pay"),
     "payment terminals and the mobile wallet", ("shops", "utility companies"),
     ("development of the personal cabinet", "integration with the banks",
      "support of the admin panel"),
     ("PHP", "Laravel", "JavaScript", "Vue.js", "MySQL", "Git", "Docker", "REST API"),
     "Zend certificate", "Team Lead", "QA Engineer",
     ("Testers", "Technical support specialists"), ("IT, Internet, software", "Web"),
     ("Issyk-Kul Bank OJSC", "Issyk-Kul Bank"), ("Mobile developer", "Sary-Chelek Soft LLC"),
     "Designer", "Web developer · Karakol · 47 0"),
)


def _kgoffice(rng: random.Random, g: Guide) -> list[str]:
    """A Kyrgyz job board's office posting through a translator: the translator bar, menu with
    languages, breadcrumb (must not appear), dates, views, buttons, the contact and footer
    (chrome), "Title (gloss)" (the role), "a – b som to hand" (the role's), the company with its
    rating (employs), a glued "About the company…Duties:-" (what it does a sector, its clients
    `optional`; duties no skills), numbered requirements run together (skills; the certificate
    `optional`), dashed conditions (the gross "in the labour contract" the same pay; the
    probation pay at Probation; the junior's range at Junior; the 13th salary, the mobile
    compensation and the daily allowance no pay), a glued career line (the head post's floor
    theirs and a move up, a lateral move, two staff considered moves in), the board's median for
    the country (the role's point) and similar vacancies (the same title at a bank in Osh: an
    employer and the role's with its town; another title in dollars theirs with its town, its
    company `optional`; "By agreement" `optional`; one cut)."""
    (job, gloss, (printed, short), sector, clients, duties, skills, cert, head, across,
     (came1, came2), crumbs, (bprinted, bshort), (other, ofirm), agreed,
     cut) = rng.choice(_KGOFFICE)
    occupy(g, job, leads=[head], moves_in=[came1[:-1], came2[:-1]], transitions=[across])
    _legal(g, printed, short)
    _legal(g, bprinted, bshort)
    _facts(g, list(skills), [], [sector], [*clients, cert, ofirm, agreed, f"Junior {job}"])
    low = _off(rng.randrange(45, 60) * 1_000, 1_000, "KGS")
    high = _off(low + rng.randrange(20, 30) * 1_000, 1_000, "KGS")
    _salary(g, low, high, "KGS", period="month")
    probation = _off(low - rng.randrange(5, 10) * 1_000, 1_000, "KGS")
    _salary(g, probation, probation, "KGS", period="month", level="Probation")
    j_low = _off(low - rng.randrange(15, 20) * 1_000, 1_000, "KGS")
    j_high = _off(j_low + 10_000, 1_000, "KGS")
    _salary(g, j_low, j_high, "KGS", period="month", level="Junior")
    floor = _off(high + rng.randrange(25, 40) * 1_000, 5_000, "KGS")
    _salary(g, floor, None, "KGS", period="month", belongs_to=head)
    median = _off(low - rng.randrange(1, 5) * 1_000, 1_000, "KGS")
    _salary(g, median, median, "KGS", period="month", point=True, region="Kyrgyzstan")
    osh = _off(low - rng.randrange(12, 18) * 1_000, 1_000, "KGS")
    osh_high = _off(osh + 15_000, 1_000, "KGS")
    _salary(g, osh, osh_high, "KGS", period="month", region="Osh")
    dollars = _off(rng.randrange(9, 16) * 100, 100, "USD")
    _salary(g, dollars, dollars, "USD", period="month", belongs_to=other, region="Bishkek")
    gross_low, gross_high = (int(_no_pay(g, round(v / 0.8, -3), 1_000)) for v in (low, high))
    mobile = int(_no_pay(g, rng.choice((700, 1_200)), 100))
    daily = int(_no_pay(g, rng.choice((1_300, 1_800, 2_000)), 100))
    board = rng.choice(("IshBar.kg", "KyzmatJob.kg"))
    g.must_not_appear += [gloss, cut, *crumbs, board, "13th salary", "HR specialist"]
    reqs = ["Higher education in the speciality", f"{skills[0]}, {skills[1]}",
            f"{skills[2]} and {skills[3]}", f"{skills[4]}", f"{skills[5]} at a good level",
            f"{skills[6]}", f"{cert} is a plus", "Kyrgyz and Russian languages",
            f"{_cap(skills[7])}"]
    return ["Translated into English from Kyrgyz   ·   Original   ·   Options",
            f"{board}   Jobs   Employees   Companies   Pay   News        КЫРГЫЗЧА  РУССКИЙ  "
            "ENGLISH        👤 Sign in",
            f"Vacancies / {crumbs[0]} / {crumbs[1]} / Bishkek",
            f"{job} ({gloss})",
            f"{_som(low)} – {_som(high)} som to hand",
            f"{printed}  ★ {rng.randint(38, 49) / 10} ({rng.randint(5, 60)} reviews)",
            f"Bishkek, {rng.choice(('Lenin', 'Oktyabr', 'Sverdlov'))} district · office",
            f"Full employment · experience 2–5 years        Published {rng.randint(1, 9)} "
            f"December 2026 · {rng.randint(300, 1500)} views",
            "[ Respond ]   [ ♡ ]   [ Complain ]",
            f"About the company:{short} works in {sector}, our clients are {clients[0]} and "
            f"{clients[1]}.Duties:-" + ", ".join(duties),
            "Requirements:" + " ".join(f"{n}.{r}" for n, r in enumerate(reqs, 1)),
            f"Conditions:-salary {_som(low)} – {_som(high)} som to hand, taxes already paid; the "
            f"contract shows the gross, near {_som(gross_low)} – {_som(gross_high)} som"
            f"-probation 2 months, in the probation {_som(probation)} som to hand"
            f"-junior {job.lower()} (assistant) - {_som(j_low)} – {_som(j_high)} som"
            f"-13th salary in December-compensation of the mobile {_som(mobile)} som"
            f"-business trips with the daily allowance {_som(daily)} som per day",
            f"Career:in 2-3 years the way to the {head} (from {_som(floor)} som) is open. Also "
            f"the move to the {across} inside the company is possible. {came1} and "
            f"{came2.lower()} who want to change the work are also considered.",
            f"Contact person:Elnura, HR specialist, +996 55{rng.randint(0, 9)} XXX "
            f"X{rng.randint(10, 99)}",
            f"Salaries of the {job.lower()}s in Kyrgyzstan ({board}): the median "
            f"{_som(median)} som a month",
            "More vacancies like this",
            f"{job} · Osh · {_som(osh)} – {_som(osh_high)} som · {bprinted}",
            f"{other} · Bishkek · ${_som(dollars)} · {ofirm}",
            f"{agreed} · Bishkek · By agreement · {printed}",
            cut,
            f"© 2026 {board} · User agreement · Confidentiality"]


# --------------------------------------------------------------------------------------
# A completed job application form
# --------------------------------------------------------------------------------------
# (the council (an employer) and its portal name, the post (the role) and its short form (an
#  alias), its directorate and service (`optional`), its place, the grade and its SCP, the
#  essential and desirable criteria (skills) and the criteria the statement mentions
#  (`optional`), the present employer (`optional`) and job (a move in) with its grade, the two
#  previous jobs (moves in) with their firms (`optional`), the qualifications (`optional`), the
#  next post (a move up) and its team (`optional`), the referees' titles (must not appear))
_APPCOUNCIL = (
    ("Harrowfield Metropolitan Borough Council", "Harrowfield Council Jobs",
     "Library Assistant", "Library Customer Assistant", "Communities", "Libraries & Archives",
     "Eastgate Community Library", ("Grade 3", "SCP 5"),
     ("Excellent customer service to the public", "Accurate data entry and cash handling",
      "Confidence with computers and the library management system",
      "Helping people use digital services", "Teamwork", "Flexibility to work Saturdays"),
     ("Experience of working in a library", "Knowledge of children's books"),
     ("Story time", "Shelving"), "Eastgate Post Office", "Counter Clerk",
     (("Pennine Books Ltd", "Bookseller"), ("Harrowfield Leisure Trust", "Leisure Attendant")),
     ("GCSEs (Maths, English)", "Level 2 Certificate in Libraries"),
     "Library Development Officer", "Reader Development Team",
     ("Branch Librarian", "Postmaster")),
    ("Ravensmoor District Council", "Ravensmoor Council Careers",
     "Catering Assistant", "School Kitchen Assistant", "People", "School Meals Service",
     "Holmside Junior School kitchen", ("Grade 1", "SCP 2"),
     ("Food hygiene and safe food handling", "Following recipes and portion control",
      "Working quickly in a busy kitchen", "Cleaning to a schedule",
      "Friendly manner with children", "Teamwork"),
     ("Knowledge of allergen controls", "Experience of cooking in bulk"),
     ("Serving counter", "Pot wash"), "Holmside Care Home", "Kitchen Porter",
     (("Greenway Foods Ltd", "Food Packer"), ("Moorlands Hotel", "Room Attendant")),
     ("Level 2 Food Hygiene Certificate", "GCSEs (English, Science)"),
     "Cook in Charge", "School Meals Team", ("Head Cook", "Hotel Manager")),
)


def _appcouncil(rng: random.Random, g: Guide) -> list[str]:
    """A council recruitment portal's view of a submitted support-staff application form:
    the account menu, breadcrumb, buttons, status, section titles, withheld personal details,
    the eligibility line, equal opportunities, the guaranteed interview line, the declaration
    and the footer (chrome), "Job title:" (the role; its bracketed form an alias), the
    directorate and service (`optional`), "Grade N (SCP S) Salary: £h per hour (£y per annum
    actual salary; …)" (the role's at the grade; the actual salary the same pay), the present
    employment (the job a move in with its rate theirs, the employer `optional`), previous
    employment as a flattened pipe table (two more moves in with their rates, the firms
    `optional`), qualifications (`optional`), the person specification's criteria run together
    (skills) and the applicant's statement (what it mentions `optional`), the job pack's note
    (the Senior rung's rate at Senior, the next post a move up, its team `optional`) and
    referees with their titles (must not appear)."""
    (council, portal, job, bracketed, directorate, service, place, (grade, scp), essential,
     desirable, mentions, employer, present, previous, quals, nxt, team,
     referees) = rng.choice(_APPCOUNCIL)
    occupy(g, job, leads=[nxt], moves_in=[present, *(title for _, title in previous)])
    _spell(g, bracketed)
    _legal(g, council, council)
    _facts(g, [*essential, *desirable], [], [],
           [directorate, service, *mentions, employer, *(firm for firm, _ in previous), *quals,
            f"Senior {job}", team])
    rate = _off(_rate(rng, 12.30, 60), 0.01, "GBP")
    _salary(g, rate, rate, "GBP", period="hour", level=grade)
    senior = _off(round(rate + rng.randrange(25, 45, 1) / 100, 2), 0.01, "GBP")
    _salary(g, senior, senior, "GBP", period="hour", level="Senior")
    now = _off(round(rate - rng.randrange(20, 45) / 100, 2), 0.01, "GBP")
    _salary(g, now, now, "GBP", period="hour", belongs_to=present)
    past = [_off(round(now - rng.randrange(80, 160) / 100, 2), 0.01, "GBP")]
    past.append(_off(round(past[0] - rng.randrange(250, 400) / 100, 2), 0.01, "GBP"))
    for (_, title), pay in zip(previous, past, strict=True):
        _salary(g, pay, pay, "GBP", period="hour", belongs_to=title)
    hours = rng.choice((10, 12.5, 15))
    actual = _no_pay(g, round(rate * hours * 39, 2), 0.01)
    g.must_not_appear += [*referees, "Shortlisting under way",
                          "Withdraw application"]
    ref = f"{job[:3].upper()}{rng.randint(1000, 9999)}"
    crit = " ".join(f"{n}. {c}" for n, c in enumerate(essential, 1))
    des = " ".join(f"{n}. {c}" for n, c in enumerate(desirable, len(essential) + 1))
    return [f"{portal}                                   Home   Profile   Applications   "
            "Alerts   Sign out",
            f"Applications > APP-26-{rng.randint(10000, 99999)} > Submitted form"
            "                 [ Print ]  [ Withdraw application ]",
            f"Status: Submitted 0{rng.randint(1, 9)}/12/2026 · Shortlisting under way",
            "APPLICATION FOR EMPLOYMENT - SUPPORT STAFF",
            "The post",
            f"Job title: {job}    Reference: {ref}    Post as advertised: {bracketed}",
            f"Directorate: {directorate} · Service: {service}",
            f"Workplace: {place}",
            f"Grade: {grade} ({scp})   Salary: {_gbp(rate)} per hour ({_gbp(actual)} per "
            f"annum actual salary; {hours} hrs a week, school terms only)",
            "Contract: Permanent, part-time",
            "Part 1 - Personal details   [not shown to the panel]",
            "Part 2 - UK work permission needed? No",
            "Part 3 - Current or last employment",
            f"Employer: {employer}                Job title: {present}",
            f"From: 0{rng.randint(1, 9)}/2021   To: present       Rate of pay: {_gbp(now)} per "
            "hour   Notice: 1 week",
            "Part 4 - Earlier employment (latest first)",
            "Organisation | Post held | Start | End | Rate | Reason",
            *[f"{firm}|{title}|0{k + 1}/{2017 - 5 * k}|0{k + 3}/{2021 - 5 * k}|{_gbp(pay)} per "
              f"hour|{'Contract ended' if k else 'Wanted local work'}"
              for k, ((firm, title), pay) in enumerate(zip(previous, past, strict=True))],
            "Part 5 - Qualifications",
            " · ".join(quals),
            "Part 6 - Supporting statement",
            "Show how you meet each point of the person specification.",
            f"Essential: {crit} Desirable: {des}",
            f"My statement: I have done {mentions[0].lower()} and {mentions[1].lower()} in my "
            "last jobs and I am never late.",
            f"From the job pack: experienced staff can become Senior {job} on "
            f"{'Grade ' + str(int(grade.split()[1]) + 1)}, {_gbp(senior)} per hour, and some "
            f"move on to {nxt} posts in the {team}.",
            "Part 7 - References",
            f"Referee 1: Ms K. Firth, {referees[0]} · Referee 2: Mr D. Shaw, {referees[1]}",
            "Part 8 - Equal opportunities   [kept apart]     Disability Confident interview: No",
            "Part 9 - Declaration   I confirm the information is correct. ☑   Enhanced DBS check "
            "applies.",
            f"{council} · Civic Centre · Privacy notice · Accessibility"]


# (the company (an employer) and its ATS, the post (the role) with its grade II and its
#  abbreviation (an alias), the department and place (`optional` department), what it sells
#  (a sector) and to whom (`optional`), the tools of the stack (skills), the architect post (a
#  move up) and the principal rung (`optional`), the two backgrounds of the path (moves in),
#  the applicant's two jobs (moves in) with their firms (`optional`), the résumé tags
#  (`optional`), the rated experience (skills), the other open roles (`optional`))
_APPATS = (
    ("Brightwater Analytics", "Brightwater Analytics, Inc.", "HireLoop",
     "Quality Assurance Analyst", "QA Analyst", "Engineering Quality", "Denver, CO",
     "claims analytics software", ("health insurers", "third-party administrators"),
     ("Selenium", "Playwright", "Postman", "Jenkins", "TestRail"),
     "Quality Engineering Architect", ("Support Analysts", "Business Analysts"),
     (("Software Tester", "Ridgeline Health IT"), ("Help Desk Technician", "Aspen Credit Union")),
     ("Agile", "Scrum", "SQL", "Confluence"),
     ("Test automation", "API testing", "Regression testing", "Performance testing",
      "Test planning"), ("Product Owner", "Scrum Master")),
    ("Coldwater Grocers", "Coldwater Grocers Holdings, LLC", "TalentBay",
     "Business Intelligence Developer", "BI Developer", "Enterprise Data", "Boise, ID",
     "grocery retail", ("independent stores", "wholesale buyers"),
     ("Snowflake", "dbt", "Power BI", "Azure Data Factory", "DAX"),
     "Analytics Architect", ("Data Analysts", "Report Developers"),
     (("Reporting Analyst", "Sawtooth Medical Group"),
      ("Financial Analyst", "Treasure Valley Bank")),
     ("Excel", "SAS", "Jira", "Looker"),
     ("Data modeling", "Dimensional modeling", "Query tuning", "Data quality checks",
      "Dashboard design"), ("Data Scientist", "Data Governance Lead")),
)


def _appats(rng: random.Random, g: Guide) -> list[str]:
    """A software company's ATS candidate home with a submitted application: the menu,
    breadcrumb, status, buttons, voluntary disclosures, e-signature and EEO footer (chrome),
    "Job: Title II" (the role at II; its abbreviation an alias), the pay range (the role's at
    II; the bonus target and the 401(k) no pay), about us (what it sells a sector, to whom
    `optional`), the stack (skills) and the path "ABBR I → ABBR II → Senior ABBR ($a – $b) →
    Principal ABBR / Architect" (Senior's range at Senior, the architect a move up, the principal
    rung `optional`), the backgrounds of the path (moves in), two work experience blocks (the
    titles moves in with their ending pay theirs, the firms `optional`), résumé tags
    (`optional`), the rated experience run together (skills), the desired salary (no pay) and
    the other open roles ticked (`optional`)."""
    (short, printed, ats, job, abbr, dept, place, sector, customers, stack, architect,
     (came1, came2), jobs, tags, rated, others) = rng.choice(_APPATS)
    occupy(g, job, leads=[architect], moves_in=[came1[:-1], came2[:-1],
                                                *(title for title, _ in jobs)])
    _spell(g, abbr)
    _legal(g, printed, short)
    _facts(g, [*stack, *rated], [], [sector],
           [*customers, *(firm for _, firm in jobs), *tags, *others, dept, f"Principal {abbr}"])
    low = _off(rng.randrange(86, 110) * 1_000, 1_000, "USD")
    high = _off(low + rng.randrange(20, 30) * 1_000, 1_000, "USD")
    _salary(g, low, high, "USD", period="year", level="II")
    s_low = _off(high + rng.randrange(1, 4) * 1_000, 1_000, "USD")
    s_high = _off(s_low + rng.randrange(20, 28) * 1_000, 1_000, "USD")
    _salary(g, s_low, s_high, "USD", period="year", level="Senior")
    pays = [_off(low - rng.randrange(3, 9) * 1_000 - 400, 100, "USD")]
    pays.append(_off(pays[0] - rng.randrange(25, 35) * 1_000, 1_000, "USD"))
    for (title, _), pay in zip(jobs, pays, strict=True):
        _salary(g, pay, pay, "USD", period="year", belongs_to=title)
    desired = int(_no_pay(g, _off(round(high - 5_000, -3), 1_000, "USD"), 1_000))
    target = rng.choice((6, 10, 12))
    g.must_not_appear += [ats, "Candidate Home", "Hiring manager review", "Equal Opportunity "
                          "Employer"]
    name = rng.choice(("Jordan Alvarez", "Priyanka Rao", "Sam Whitfield"))
    blocks: list[str] = []
    for k, ((title, firm), pay) in enumerate(zip(jobs, pays, strict=True), 1):
        blocks += [f"Position {k}",
                   f"Title: {title}   Company: {firm}   From: 0{k + 2}/20{22 - 4 * k}  To: "
                   f"{'Current' if k == 1 else '02/2018'}",
                   f"Last / current pay: {_usd(pay)} per year"]
    return [f"{printed.upper()} — Careers                      Candidate Home   Jobs   "
            "Profile   Log out",
            f"Candidate Home › Applications › {job} II (JR-{rng.randint(1000, 9999)})",
            "Application status: Hiring manager review        [ Withdraw ]   [ Print ]",
            f"Job: {job} II · {dept} · {place} (hybrid) · Full time",
            f"Pay range: {_usd(low)} – {_usd(high)} a year. Plus a yearly bonus (target "
            f"{target}% of base) and 401(k) matching.",
            f"About us: {short} makes {sector} for {customers[0]} and {customers[1]}.",
            f"What you'll work with: {', '.join(stack)}. Our {abbr} path: {abbr} I → {abbr} II "
            f"→ Senior {abbr} ({_usd(s_low)} – {_usd(s_high)}) → Principal {abbr} / "
            f"{architect}. Many of our {abbr}s came from {came1.lower()} or {came2.lower()} "
            "roles.",
            "MY INFORMATION",
            f"Name: {name} · Source: company website",
            "EMPLOYMENT HISTORY", *blocks,
            f"Skills (parsed from resume): {' · '.join(tags)}",
            "APPLICATION QUESTIONS",
            "Do you have the right to work in the US without sponsorship? Yes",
            "Rate your experience: " + " · ".join(
                f"{r} — {rng.choice(('Advanced', 'Intermediate', 'Beginner'))}" for r in rated),
            f"Salary expectation (USD per year): {desired:,}",
            "Also consider me for: " + " ".join(f"☑ {o}" for o in others),
            "E-SIGNATURE   I certify the information is true.",
            f"EEO: an Equal Opportunity Employer, {printed} · Powered by {ats}"]


# --------------------------------------------------------------------------------------
# A workplace accommodation or adjustment request
# --------------------------------------------------------------------------------------
# (the city (an employer), the class (the role), its department (`optional`), the condition
#  and the aids (`optional`), the KSAs (skills), the physical demands (`optional`), the
#  supervisor class (a move up), the earlier public-contact jobs (moves in), the vacant post
#  (a lateral move), the post not considered and the light-duty desk (`optional`))
_ACCCITY = (
    ("City of Cedar Falls Junction", "Meter Reader", "Public Utilities – Water Division",
     ("chronic knee pain", "knee brace"),
     ("reading of water meters", "handheld meter reading devices", "route books",
      "customer contact", "map reading", "basic computer skills"),
     ("walking up to 12 miles a shift", "lifting meter lids up to 40 lbs"),
     "Meter Reader Supervisor", ("delivery driver", "census enumerator", "security guard"),
     "Utility Billing Clerk", "Water Service Worker", "Utility Billing counter"),
    ("City of Marlow Springs", "Custodian", "General Services – Facilities",
     ("lower back strain", "lumbar support belt"),
     ("floor care machines", "chemical dilution", "safety data sheets", "green cleaning",
      "work order system", "basic computer skills"),
     ("standing up to 8 hours", "lifting up to 50 lbs"),
     "Custodial Supervisor", ("housekeeper", "janitor", "hotel porter"),
     "Mail Clerk", "Building Maintenance Worker", "Central Stores desk"),
)


def _acccity(rng: random.Random, g: Guide) -> list[str]:
    """A city's reasonable accommodation request and interactive process worksheet: the form
    header, confidentiality banner, case line, the supervisor's and the HR analyst's titles,
    medical part withheld, signatures and the non-retaliation footer (chrome), "Job title /
    classification: Title II" (the role), "Range R, Step S — $h/hour ($y annualized)" (the role's
    at the range and step; the annualized figure the same pay), the request and the condition
    (`optional`), numbered essential functions run together (duties, no skills), KSAs (skills),
    physical demands (`optional`), the class series (I and II ranges the role's at I and II, the
    supervisor class's range theirs), the minimum qualifications' examples (moves in), the
    options (a reimbursement "not a wage" no pay; the vacant post's range theirs and a lateral
    move; a post not considered and a light-duty desk `optional`) and the supervisor exam the
    employee wants (the supervisor class a move up)."""
    (city, job, dept, (condition, aid), ksas, physical, sup, earlier, vacant, refused,
     desk) = rng.choice(_ACCCITY)
    occupy(g, job, leads=[sup], moves_in=[e.title() for e in earlier], transitions=[vacant])
    _legal(g, city, city)
    _facts(g, list(ksas), [], [], [dept, condition, aid, *physical, refused, desk])
    r1 = rng.randrange(20, 26)
    i_low = _off(_rate(rng, 21.0, 150), 0.05, "USD")
    i_high = _off(round(i_low + rng.randrange(450, 520, 5) / 100, 2), 0.05, "USD")
    _salary(g, i_low, i_high, "USD", period="hour", level="I")
    ii_low = _off(round(i_low + rng.randrange(150, 220, 5) / 100, 2), 0.05, "USD")
    ii_high = _off(round(ii_low + rng.randrange(480, 560, 5) / 100, 2), 0.05, "USD")
    _salary(g, ii_low, ii_high, "USD", period="hour", level="II")
    step = rng.randint(2, 5)
    rate = _off(round(ii_low + (step - 1) * 0.85, 2), 0.01, "USD")
    _salary(g, rate, rate, "USD", period="hour", level=f"Range {r1 + 3}, Step {step}")
    s_low = _off(round(ii_high + rng.randrange(30, 90, 5) / 100, 2), 0.05, "USD")
    s_high = _off(round(s_low + rng.randrange(550, 650, 5) / 100, 2), 0.05, "USD")
    _salary(g, s_low, s_high, "USD", period="hour", belongs_to=sup)
    v_low = _off(round(i_low - rng.randrange(40, 90, 5) / 100, 2), 0.05, "USD")
    v_high = _off(round(v_low + rng.randrange(450, 500, 5) / 100, 2), 0.05, "USD")
    _salary(g, v_low, v_high, "USD", period="hour", belongs_to=vacant)
    annual = int(_no_pay(g, round(rate * 2080), 1))
    refund = int(_no_pay(g, rng.choice((250, 350, 400)), 5))
    g.must_not_appear += ["HR Analyst", "ADA Coordinator", "Employee Relations"]
    functions = [f"Performs the assigned {job.lower()} route or rounds on foot",
                 "Records the work in the system of the department",
                 "Reports damage and hazards to the supervisor", "Answers questions of residents",
                 "Keeps the equipment and the vehicle clean"]
    return [f"{city.upper()} — HUMAN RESOURCES                              Form "
            f"HR-RA-{rng.randint(1, 9)} (rev. 01/2026)",
            "ACCOMMODATION REQUEST AND INTERACTIVE PROCESS RECORD          CONFIDENTIAL — ADA "
            "file only",
            f"Case no. RA-2026-{rng.randint(100, 999):04d}        ADA Coordinator: Employee "
            "Relations",
            "PART A — WHO IS ASKING",
            f"Name: {rng.choice(('Luis F. Ortega', 'Brenda K. Sowell'))}         ID: "
            f"{rng.randint(10000, 99999)}",
            f"Job title / classification: {job} II        Department: {dept}",
            f"Supervisor: {sup}        Bargaining unit: General Employees Unit",
            f"Pay: Range {r1 + 3}, Step {step} — {_usd(rate)}/hour ({_usd(annual)} annualized)",
            "PART B — WHAT THE EMPLOYEE ASKS",
            f"I have {condition} and wear a {aid}. I ask for shorter walking routes and a "
            "seated break every two hours.",
            "PART C — ESSENTIAL FUNCTIONS (class specification)",
            " ".join(f"{n}. {f}" for n, f in enumerate(functions, 1)),
            f"Knowledge, skills and abilities: {'; '.join(ksas)}",
            f"Physical demands: {', '.join(physical)}",
            f"Class series: {job} I — Range {r1} ({_usd(i_low)} – {_usd(i_high)}/hr) · {job} II"
            f" — Range {r1 + 3} ({_usd(ii_low)} – {_usd(ii_high)}/hr) · {sup} — Range {r1 + 9} "
            f"({_usd(s_low)} – {_usd(s_high)}/hr). Minimum qualifications for {job} I: one year "
            f"of work such as {earlier[0]}, {earlier[1]} or {earlier[2]}.",
            "PART D — MEDICAL   [sealed; ADA Coordinator's file]",
            "PART E — MEETING NOTES",
            "Options discussed:",
            "(1) Shorter routes near the yard for 60 days. Feasible.",
            "(2) A sit-down pause of ten minutes every two hours. Feasible.",
            f"(3) Reimbursement of the {aid} up to {_usd(refund)} a year. Agreed (a refund of "
            "costs, which is no part of pay).",
            f"(4) As a last step, a move to a vacant job: {vacant}, Range {r1 - 1} "
            f"({_usd(v_low)} – {_usd(v_high)}/hr); {refused} — not considered, minimum "
            "qualifications not met.",
            f"(5) Short-term desk duties at the {desk} on the same rate.",
            "OUTCOME: the first three options agreed, to be reviewed after 60 days.",
            f"Employee comments: I still want to sit the {sup} exam next year.",
            "Signatures: Employee ✓ · Supervisor ✓ · HR Analyst ✓ · ADA Coordinator ✓",
            f"The {city} does not retaliate against anyone who asks for an accommodation."]


# (the university (an employer), the job title (the role) and its other name (an alias), the
#  team and condition (`optional`), the grade and spine point, the role profile's skills, the
#  equipment agreed (`optional`), the posts of redeployment (lateral moves: the first at the
#  same pay, the second with its grade range), the contractor (`optional`) and the post held
#  there (a move in), the supervisor post wanted (a move up), the titles of the signatories
#  (must not appear))
_ACCPASSPORT = (
    ("Westmere University", "Maintenance Plumber", "Mechanical Services Operative – Plumbing",
     "Mechanical Services Team", "dyslexia", ("Grade 5", 13),
     ("plumbing and heating repairs", "legionella water temperature checks",
      "thermostatic mixing valves", "pipe bending", "CAFM job system", "working at height",
      "confined space awareness", "customer care"),
     ("text-to-speech app", "coloured overlays"),
     ("Pipework Stores Operative", ("Estates Helpdesk Assistant", "Grade 3")),
     "Ashdown Facilities", "Multi-trade Technician", "Mechanical Services Supervisor",
     ("Wellbeing Adviser", "HR Adviser, Estates")),
    ("Castlebrook University", "Library Assistant", "Customer Services Assistant – Library",
     "Library Customer Services", "arthritis in both hands", ("Grade 3", 9),
     ("enquiry desk service", "library management system", "book processing", "shelf tidying",
      "cash handling", "room bookings", "customer care"),
     ("trolley with a raised shelf", "ergonomic keyboard"),
     ("Records Assistant", ("Reception Assistant", "Grade 2")),
     "Northway Retail Services", "Shop Assistant", "Library Supervisor",
     ("Occupational Health Nurse", "HR Adviser, Libraries")),
)


def _accpassport(rng: random.Random, g: Guide) -> list[str]:
    """A university's workplace adjustments passport: the header with version and review, the
    purpose line, the staff number, the agreement ticks with the signatories' titles (must not
    appear) and the footer (chrome), "Job title: Title (other name)" (the role; the other name
    an alias), the team and condition (`optional`), "Grade N, spine point P — £y a year (£h an
    hour)" (the role's at the grade and point; the hourly figure the same pay), the role
    profile's skills with semicolons, the adjustments (the equipment `optional`; the grant no
    pay), redeployment (a post at the same pay and one with its grade range: lateral moves, the
    range theirs), the career (the contractor's post a move in, the contractor `optional`; the
    mentored apprentice's pay at Apprentice; the supervisor post wanted with its range theirs
    and a move up) and the sector line in the footer."""
    (uni, job, other, team, condition, (grade, point), skills, kit, (same, (ranged, rgrade)),
     contractor, before, sup, signers) = rng.choice(_ACCPASSPORT)
    occupy(g, job, leads=[sup], moves_in=[before], transitions=[same, ranged])
    _spell(g, other)
    _legal(g, uni, uni)
    _facts(g, list(skills), [], ["higher education"],
           [team, condition, *kit, contractor, f"Apprentice {job}", "Access to Work"])
    salary = _off(rng.randrange(24_100, 26_900, 7), 1, "GBP")
    _salary(g, salary, salary, "GBP", period="year", level=f"{grade}, spine point {point}")
    apprentice = _off(salary - rng.randrange(3_200, 4_100, 3), 1, "GBP")
    _salary(g, apprentice, apprentice, "GBP", period="year", level="Apprentice")
    r_low = _off(salary - rng.randrange(1_500, 2_200, 3), 1, "GBP")
    r_high = _off(r_low + rng.randrange(700, 1_000, 3), 1, "GBP")
    _salary(g, r_low, r_high, "GBP", period="year", belongs_to=ranged)
    s_low = _off(salary + rng.randrange(7_000, 9_000, 3), 1, "GBP")
    s_high = _off(s_low + rng.randrange(3_500, 4_500, 3), 1, "GBP")
    _salary(g, s_low, s_high, "GBP", period="year", belongs_to=sup)
    hourly = _no_pay(g, round(salary / 1950, 2), 0.01)
    grant = int(_no_pay(g, rng.choice((1_240, 1_575, 2_110)), 5))
    g.must_not_appear += [*signers, "People and Culture", "Disability Confident Employer"]
    sup_grade = f"Grade {int(grade.split()[1]) + 2}"
    return [f"{uni} · Estates · People and Culture",
            "WORKPLACE ADJUSTMENTS PASSPORT                                 Version 1 · agreed "
            f"{rng.randint(2, 27)} November 2026 · review in six months",
            "This passport records what you and your manager agreed. It moves with you inside "
            "the University and does not change your contract.",
            "1. About me",
            f"Name: {rng.choice(('Owen Bradshaw', 'Helen Marsh-Tully'))}       Staff no. "
            f"00{rng.randint(10000, 99999)}",
            f"Job title: {job} ({other})",
            f"Team: {team}        Line manager: {sup}",
            f"Pay: {grade}, spine point {point} — {_gbp(salary)} a year ({_gbp(hourly)} an "
            "hour)        Contract: full time, 36.5 hours",
            "2. About my condition (in my own words)",
            f"I have {condition}. Some tasks take me longer and I tire quickly by the end of a "
            "shift.",
            "3. What my job needs (role profile)",
            f"Skills and knowledge: {'; '.join(skills)}",
            "4. Adjustments agreed",
            *[f"- {_cap(k)} provided and set up by IT" for k in kit],
            "- Written job instructions as well as spoken ones",
            f"- Access to Work grant: {_gbp(grant)} approved for the equipment (the grant goes to "
            "the employer, never into my wages)",
            "5. Plan B",
            f"First we try other adjustments. Failing that, redeployment could be considered — "
            f"for instance into {same} ({grade}, same pay) or {ranged} ({rgrade}, "
            f"{_gbp(r_low)} – {_gbp(r_high)}), with pay protection for a year.",
            "6. Where I came from and where I am going",
            f"Before coming here in 20{rng.randint(15, 21)} I worked for {contractor} as a "
            f"{before}. I "
            f"help to train an apprentice {job.lower()} on Grade 2 ({_gbp(apprentice)}). I hope "
            f"to apply for the {sup} post ({sup_grade}, {_gbp(s_low)} – {_gbp(s_high)}) when it "
            "is advertised.",
            "7. Agreed by",
            f"Employee ✓        Line manager ✓        {signers[0]} ✓        {signers[1]} ✓",
            f"{uni} is a major employer in higher education in the region. Disability Confident "
            "Employer. Document owner: People and Culture"]


# --------------------------------------------------------------------------------------
# A request to approve outside (secondary) employment
# --------------------------------------------------------------------------------------
# (the employer (printed, short) and its portal, what it does (a sector) and through whom
#  (`optional`), the job profile (the role) and the business title (an alias), the
#  department (`optional`), the band code, the key skills, the typical entry and next roles
#  (moves in, moves up), the paid outside titles with their organisations (`optional`), the
#  volunteer post (`optional`), the reviewers' titles (must not appear))
_OWPORTAL = (
    ("Prairie Farm Credit Cooperative", "Prairie Farm Credit", "prairie|hub",
     "agricultural lending", ("farm operating loans", "crop insurance"),
     "Payroll Specialist", "Payroll Specialist for the Field Offices", "Payroll & Benefits",
     "P3", ("multi-state payroll processing", "Workday Payroll", "garnishment administration",
            "payroll tax filings", "Excel pivot tables", "confidentiality",
            "year-end W-2 reconciliation"),
     ("Payroll Clerk", "HR Assistant"), ("Payroll Manager", "HRIS Analyst"),
     (("Freelance Tax Preparer", "self-employed (about 20 households)"),
      ("Weekend Barista", "Bluestem Coffee Roasters")),
     ("Youth Soccer Registrar", "Ames United Soccer Club"), ("Compliance Officer", "HRBP")),
    ("Lakeshore Mutual Life Company", "Lakeshore Mutual", "lakeshore|me",
     "life insurance and annuities", ("term life policies", "career agents"),
     "Paralegal", "Paralegal to the Deputy General Counsel", "Legal Department",
     "L2", ("contract review", "legal research", "e-discovery", "Relativity",
            "document management", "deadline docketing", "discretion"),
     ("Legal Secretary", "Records Clerk"), ("Contracts Manager", "Compliance Analyst"),
     (("Freelance Notary Signing Agent", "self-employed (title companies)"),
      ("Weekend Wedding Coordinator", "Harborview Event Barn")),
     ("Library Board Secretary", "Maple Ridge Public Library"),
     ("Ethics Reviewer", "HR Business Partner")),
)


def _owportal(rng: random.Random, g: Guide) -> list[str]:
    """An HR portal's disclosure of outside activities awaiting review: the menu, breadcrumb,
    status, buttons, conflict questions, comments, approval chain and footer (chrome; the
    reviewers' titles must not appear), "Job profile: Title II" (the role) with its business
    title (an alias), the pay band "Minimum | Midpoint | Maximum" (one band of the role at the
    band code; the midpoint no pay) and the current base (the role's at II), the role profile's
    key skills with semicolons, typical entry and next roles (moves in, moves up), about the
    employer (a sector; its products and agents `optional`), the outside activities (the paid
    outside titles' rates theirs, the titles and organisations `optional`; gratuities no pay; a
    volunteer post `optional`) and the manager's review with the new Senior post's band "a – mid
    – b" (the role's at Senior; the middle figure no pay)."""
    (printed, short, portal, sector, products, job, business, dept, band, skills, entries,
     nexts, paid, (volunteer, vorg), reviewers) = rng.choice(_OWPORTAL)
    occupy(g, job, leads=list(nexts), moves_in=list(entries))
    _spell(g, business)
    _legal(g, printed, short)
    _facts(g, list(skills), [], [sector],
           [*products, dept, *(t for t, _ in paid), *(o for _, o in paid), volunteer, vorg])
    b_low = _off(rng.randrange(52, 66) * 1_000, 1_000, "USD")
    b_high = _off(b_low + rng.randrange(30, 40) * 1_000, 1_000, "USD")
    _salary(g, b_low, b_high, "USD", period="year", level=band)
    base = _off(round((b_low + b_high) / 2 - rng.randrange(2, 6) * 1_000, -2) + 500, 100, "USD")
    _salary(g, base, base, "USD", period="year", level="II")
    s_low = _off(b_low + rng.randrange(8, 12) * 1_000, 1_000, "USD")
    s_high = _off(b_high + rng.randrange(12, 18) * 1_000, 1_000, "USD")
    _salary(g, s_low, s_high, "USD", period="year", level="Senior")
    rates = [_off(rng.randrange(35, 55), 1, "USD"), _off(_rate(rng, 17.0, 300), 0.05, "USD")]
    for (title, _), rate in zip(paid, rates, strict=True):
        _salary(g, rate, rate, "USD", period="hour", belongs_to=title)
    mid = int(_no_pay(g, round((b_low + b_high) / 2, -3), 1_000))
    s_mid = int(_no_pay(g, round((s_low + s_high) / 2, -3), 1_000))
    code = band[0] + str(int(band[1:]) + 1)
    g.must_not_appear += [*reviewers, portal, "Awaiting review"]
    (t1, o1), (t2, o2) = paid
    return [f"{portal}    Home   Pay   Leave   Training   Ethics   Help",
            "Ethics › Declarations › Outside Employment › OE-2026-"
            f"{rng.randint(1000, 9999)}",
            "Outside Employment Disclosure — Awaiting review            [ Edit ]  [ Withdraw ]",
            f"Employee: {rng.choice(('Carmen Ostrowski', 'Trevor Banda'))}    Employee ID: "
            f"{rng.randint(100000, 999999)}",
            f"Job profile: {job} II        Business title: {business}",
            f"Department: {dept}        Location: Home Office",
            f"Pay band: {band} — Minimum {_usd(b_low)} | Midpoint {_usd(mid)} | Maximum "
            f"{_usd(b_high)}        Current base salary: {_usd(base)}",
            f"Role profile: Key skills: {'; '.join(skills)}. Typical entry: {entries[0]} or "
            f"{entries[1]}. Typical next roles: {nexts[0]}, {nexts[1]}.",
            f"About {short}: {printed} works in {sector}, selling {products[0]} and "
            f"{products[1]}.",
            "PART 1 — ACTIVITIES DISCLOSED",
            "Activity 1 — Paid",
            f"Organization: {o1}    Your title: {t1}    Pay: {_usd(rates[0])} per hour",
            "Activity 2 — Paid",
            f"Organization: {o2}    Your title: {t2}    Pay: {_usd(rates[1])} per hour plus "
            "gratuities",
            "Activity 3 — Unpaid",
            f"Organization: {vorg}    Your title: {volunteer} (volunteer)",
            "PART 2 — CONFLICT QUESTIONS   Any client a customer, vendor or competitor? ☑ No",
            "PART 3 — MANAGER REVIEW",
            f"No concerns from me. The new Senior {job} post (band {code}, {_usd(s_low)} – "
            f"{_usd(s_mid)} – {_usd(s_high)}) opens next quarter and I have asked them to apply.",
            "COMMENTS",
            f"{reviewers[0]}: please confirm no work for {short} customers.",
            f"{reviewers[1]}: gratuities are not {short} pay.",
            f"Approval chain: Manager ✓ → {reviewers[0]} (pending) → {reviewers[1]}",
            f"© 2026 {printed} · Internal use only"]


# (the department (an employer) and its form, the class (the role), its division
#  (`optional`), the outside employer (`optional`) and post with its rate (theirs), the
#  denied post and firm (`optional`) with its owner title (theirs), the competencies (skills),
#  the two next classes (moves up), the entry classes (moves in), the officers' titles (must
#  not appear))
_OWSTATE = (
    ("Wyoming Department of Workforce Services", "WDWS-ETH-4", "Claims Examiner",
     "Unemployment Insurance Division", ("Snowy Range Golf Club", "Golf Starter"),
     (("Seasonal Payroll Processor", "Payroll Processor"), "Sagebrush Staffing"),
     ("unemployment insurance law", "separation fact-finding", "adjudication", "UI claims system",
      "written determinations", "calm customer service", "accuracy"),
     ("Hearing Officer", "Fraud Investigator"), ("Claims Clerk", "Office Assistant"),
     ("Deputy Ethics Officer", "Division Administrator")),
    ("Idaho Department of Lands", "IDL-EX-9", "Forestry Technician",
     "Forest Resources Bureau", ("Clearwater River Outfitters", "Rafting Guide"),
     (("Seasonal Timber Cruiser", "Timber Cruiser"), "Bitterroot Timber Co."),
     ("timber cruising", "GPS mapping", "ArcGIS Field Maps", "fire line construction",
      "chainsaw operation", "contract inspection", "first aid"),
     ("Forester", "Fire Management Officer"), ("Nursery Worker", "Range Aide"),
     ("Ethics Liaison", "Bureau Chief")),
)


def _owstate(rng: random.Random, g: Guide) -> list[str]:
    """A state agency's ethics form to approve outside employment: the form header, the
    instructions, employee lines, conflict ticks, the officers' approvals with their titles (must
    not appear) and the distribution line (chrome), "Classification: Title 2  Pay band: N
    Current rate: $h per hour ($y per year)" (the role's at 2, band N; the yearly figure the same
    pay), the division (`optional`), the proposed outside post with its rate (theirs; the
    post and employer `optional`) and its extra lesson or trip fee (no pay), a denied earlier
    request (the owner title's rate theirs, the seasonal title and the firm `optional`; its fee
    per item no pay), the competencies run together with semicolons (skills), the career ladder
    with two bands (the role's at 1, band N-1 and 2, band N), a lead rung and "A or B" (moves
    up), and the entry classes (moves in)."""
    (dept, form, job, division, (ofirm, opost), ((seasonal, owner), dfirm), skills, nexts,
     entries, officers) = rng.choice(_OWSTATE)
    occupy(g, job, leads=list(nexts), moves_in=list(entries))
    _legal(g, dept, dept)
    _facts(g, list(skills), [], [], [division, ofirm, opost, seasonal, owner, dfirm])
    band = rng.randint(4, 7)
    l1 = _off(_rate(rng, 19.0, 150), 0.01, "USD")
    h1 = _off(round(l1 + rng.randrange(480, 560) / 100, 2), 0.01, "USD")
    _salary(g, l1, h1, "USD", period="hour", level=f"1, band {band - 1}")
    l2 = _off(round(l1 + rng.randrange(180, 240) / 100, 2), 0.01, "USD")
    h2 = _off(round(l2 + rng.randrange(540, 620) / 100, 2), 0.01, "USD")
    _salary(g, l2, h2, "USD", period="hour", level=f"2, band {band}")
    rate = _off(round(l2 + rng.randrange(100, 250) / 100, 2), 0.01, "USD")
    _salary(g, rate, rate, "USD", period="hour", level=f"2, band {band}")
    outside = _off(_rate(rng, 16.0, 400), 0.05, "USD")
    _salary(g, outside, outside, "USD", period="hour", belongs_to=opost)
    denied = _off(_rate(rng, 18.0, 500), 0.05, "USD")
    _salary(g, denied, denied, "USD", period="hour", belongs_to=owner)
    yearly = int(_no_pay(g, round(rate * 2080), 1))
    extra = int(_no_pay(g, rng.choice((35, 45, 60)), 5))
    per_item = int(_no_pay(g, rng.choice((8, 12, 15)), 1))
    g.must_not_appear += [*officers, form, "Page 1 of 1"]
    return [f"{dept.upper()}                                              FORM {form}  "
            "(Rev. 3/2025)",
            "REQUEST TO APPROVE OUTSIDE EMPLOYMENT",
            "Give this form to your supervisor 10 working days before the work starts. An "
            "approval lasts one year.",
            "PART 1 — EMPLOYEE",
            f"Name: {rng.choice(('Dale P. Hoskins', 'Marisol Trujillo'))}        Position no.: "
            f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}        Division: {division}",
            f"Class: {job} 2        Band: {band}        Hourly rate now: "
            f"{_usd(rate)} ({_usd(yearly)} a year)",
            "PART 2 — OUTSIDE EMPLOYMENT PROPOSED",
            f"Employer: {ofirm}        Position: {opost} (seasonal, weekends)",
            f"Rate of pay: {_usd(outside)} per hour, plus {_usd(extra)} for each extra booking",
            "Any use of agency time, tools or data? ☒ No",
            "PART 3 — EARLIER REQUESTS",
            f"2025: {seasonal}, {dfirm}, {_usd(denied)} per hour plus {_usd(per_item)} per "
            "file — DENIED (conflict with the duties of the position).",
            "PART 4 — POSITION DESCRIPTION (extract)",
            f"Required competencies: {'; '.join(skills)}",
            f"Career ladder: {job} 1 (band {band - 1}, {_usd(l1)} – {_usd(h1)}/hr) → {job} 2 "
            f"(band {band}, {_usd(l2)} – {_usd(h2)}/hr) → {job} 3 (band {band + 1}, lead) → "
            f"{nexts[0]} or {nexts[1]}. Typical entry from {entries[0]} or {entries[1]} "
            "positions.",
            "PART 5 — SUPERVISOR",
            "☒ Approve ☐ Deny   Comments: no conflict found; weekend work only.",
            f"PART 6 — {officers[0].upper()}",
            f"☒ Approved for one year   {officers[0]}: signed   {officers[1]}: copied",
            "Copies to: personnel file, employee, supervisor       Page 1 of 1"]


# --------------------------------------------------------------------------------------
# An employee award nomination
# --------------------------------------------------------------------------------------
# (the university (an employer) and its award, the nominee's title (the role, at II), the
#  department (`optional`), the nominator's and letter writers' titles (must not appear), the
#  duties and achievements named (`optional`), the first post (a move in), the next post (a
#  move up), the licence (`optional`), the grade code, the job description's skills)
_NOMMAIL = (
    ("Great Lakes Technical University", "Behind the Scenes Award", "HVAC Technician",
     "Facilities Operations", ("Controls Supervisor", "Dean of Engineering"),
     ("chiller plant", "steam traps", "building automation"), "Maintenance Helper",
     "HVAC Lead Technician", "EPA Section 608 Universal certification", "FM7",
     ("refrigeration systems", "boiler operation", "building automation systems",
      "pneumatic controls", "preventive maintenance", "blueprint reading")),
    ("Mesa Verde State College", "Quiet Achiever Award", "Mail Services Clerk",
     "Campus Mail Services", ("Mail Services Manager", "Registrar"),
     ("package lockers", "outgoing bulk mail", "student mailboxes"), "Student Worker",
     "Mail Services Coordinator", "Postal presort training", "CS4",
     ("package tracking systems", "postage meters", "sorting accuracy", "customer service",
      "forklift operation", "record keeping")),
)


def _nommail(rng: random.Random, g: Guide) -> list[str]:
    """A staff excellence award's confirmation e-mail with the nomination form's responses:
    the e-mail header, the thank-you, the form title, the category, years, the award's cash,
    plaque and eligibility, and the footer (chrome; the nominator's and letter writers' titles
    must not appear), "Nominee's job title: Title II" (the role), the department (`optional`),
    Q1 and Q2 in prose (duties and achievements `optional`), Q3 the career in prose (the first
    post a move in, levels I and II no moves, the next post a move up, the licence `optional`)
    and Q5 the attached job description's extract ("Pay grade: CODE ($a – $b per hour)" the
    role's at II and the grade; knowledge and skills with semicolons; physical demands)."""
    (uni, award, job, dept, (nominator, writer), works, first, nxt, licence, code,
     skills) = rng.choice(_NOMMAIL)
    occupy(g, job, leads=[nxt], moves_in=[first])
    _legal(g, uni, uni)
    _facts(g, list(skills), [], [], [dept, *works, licence])
    low = _off(_rate(rng, 18.0, 400), 0.05, "USD")
    high = _off(round(low + rng.randrange(550, 750, 5) / 100, 2), 0.05, "USD")
    _salary(g, low, high, "USD", period="hour", level=f"II, {code}")
    cash = int(_no_pay(g, rng.choice((500, 1_000)), 50))
    g.must_not_appear += [nominator, writer, award, "Office of Human Resources"]
    name = rng.choice(("Marcus Delgado", "Tanya Whitehorse"))
    y1, y2 = rng.randint(2012, 2016), rng.randint(2018, 2022)
    return [f"From: Staff Awards <staff-awards@{uni.split()[0].lower()}.example>",
            "To: L. Brennan",
            f"Subject: We received your nomination — {award} (Response #{rng.randint(100, 999)})",
            "Thank you! Your answers are copied below. Nominations close on February 1.",
            f"{uni.upper()} — STAFF AWARDS 2027 — YOUR ANSWERS",
            f"Category: {award}",
            f"Nominee name: {name}        Nominee's job title: {job} II        Department: "
            f"{dept}",
            f"Nominator: L. Brennan        Nominator's title: {nominator}",
            "Q1. What does the nominee do day to day?",
            f"{name.split()[0]} looks after the {works[0]}, the {works[1]} and the {works[2]} "
            "across the campus, often before anyone else arrives.",
            "Q2. Give examples of going the extra mile.",
            f"During the January cold snap {name.split()[0]} worked three nights in a row and "
            f"kept every residence hall open. They earned the {licence} on their own time.",
            "Q3. Career with us",
            f"{name.split()[0]} started as a {first} in {y1}, became {job} I in {y2 - 3} and "
            f"{job} II in {y2}. I hope they will be our next {nxt}.",
            f"Q4. Supporting letters: {writer} (attached)",
            f"Q5. Attachment: Job description — {job} II.pdf",
            f"   Extract: Pay grade: {code} ({_usd(low)} – {_usd(high)} per hour) · Knowledge "
            f"and skills: {'; '.join(skills)} · Physical: lift 50 lbs",
            f"The prize: every winner gets a {_usd(cash)} cash prize added to a payslip (taxed "
            "as pay) and a framed certificate.",
            "Questions? Office of Human Resources · Unsubscribe"]


# (the awards and their sponsor (`optional`), the category, the judges' criteria (skills),
#  the nominee's title (the role), the home (`optional`) and its care (a sector), the
#  employer (printed, short), the first post (a move in), the programme items (`optional`),
#  the assistant's title (the role at Assistant), the new lead post (a move up), the organiser
#  (`optional`), the manager's title (must not appear))
_NOMENTRY = (
    ("Pennine Care Sector Awards 2027", "Moorgate Catering Supplies", "The Care Home Cook Award",
     ("menu planning for residents' needs", "texture-modified diets", "allergen management",
      "food hygiene", "working with families", "teamwork"),
     "Cook", "Hollins Court", "nursing care homes",
     ("Brookvale Healthcare Ltd", "Brookvale Healthcare"), "Kitchen Assistant",
     ("finger food menu", "themed tea dances", "hydration stations"), "Assistant Cook",
     "Catering Lead", "Northline Events Ltd", "Home Manager"),
    ("Coastal Care Champions 2027", "Lindenfield Laundry Systems",
     "The Housekeeping Hero Award",
     ("infection prevention and control", "COSHH awareness", "attention to detail",
      "respect for residents' rooms", "teamwork"),
     "Housekeeper", "Seabright Lodge", "residential care homes",
     ("Saltmarsh Care Homes Ltd", "Saltmarsh Care Homes"), "Laundry Assistant",
     ("room makeovers", "lost property board", "linen rota"), "Assistant Housekeeper",
     "Housekeeping Lead", "Tidewater Media Ltd", "Deputy Manager"),
)


def _nomentry(rng: random.Random, g: Guide) -> list[str]:
    """A care awards site's entry previewed before submitting: the site menu, logged-in line,
    breadcrumb, buttons, evidence line, the entry fee, the prize and the terms footer (chrome;
    the category's name and the manager's title must not appear), the judges' criteria with
    semicolons (skills), "Job title:" (the role), the home (`optional`) and its care (a sector),
    the employer with its homes (employs), Q1 (the first post a move in), Q2 (the programme
    `optional`), Q4 the pay (the role's hourly rate; the National Living Wage nobody's; the
    Assistant's rate at Assistant; the new lead post's salary theirs and a move up)."""
    (awards, sponsor, category, criteria, job, home, care, (printed, short), first, programme,
     assistant, lead, organiser, manager) = rng.choice(_NOMENTRY)
    occupy(g, job, leads=[lead], moves_in=[first])
    _legal(g, printed, short)
    _facts(g, list(criteria), [], [care], [sponsor, home, *programme, assistant, organiser])
    rate = _off(_rate(rng, 14.0, 60), 0.01, "GBP")  # more than £1 above the living wage
    _salary(g, rate, rate, "GBP", period="hour")
    arate = _off(round(rate - rng.randrange(8, 21) / 100, 2), 0.01, "GBP")
    _salary(g, arate, arate, "GBP", period="hour", level="Assistant")
    lead_pay = _off(rng.randrange(26, 30) * 1_000 + rng.choice((0, 250, 500, 750)), 250, "GBP")
    _salary(g, lead_pay, lead_pay, "GBP", period="year", belongs_to=lead)
    living = _no_pay(g, 12.71, 0.01)
    fee = int(_no_pay(g, rng.choice((40, 55, 60)), 5))
    prize = int(_no_pay(g, rng.choice((200, 300, 500)), 50))
    g.must_not_appear += [category, manager, "Submit entry", "National Living Wage"]
    name = rng.choice(("Joanne Pickering", "Adebayo Okon"))
    first_name = name.split()[0]
    return [f"{awards} · Home · Enter now · Shortlist · Sponsors · Help        Signed in: "
            f"{home} ▾",
            f"My entries › Entry {rng.randint(1000, 9999)} › Preview        [ Edit ]  [ Submit "
            "entry ]",
            f"Category 4: {category} (sponsored by {sponsor})",
            f"The judges look for: {'; '.join(criteria)}.",
            f"Nominee: {name}        Job title: {job}        Service: {home} "
            f"({rng.randint(30, 70)} beds, {care})",
            f"Employer: {printed}, which runs {rng.randint(4, 12)} homes in the region        "
            f"Entered by: {manager}        Entry fee: £{fee} plus VAT, settled",
            "1. Who is the nominee and what do they do?",
            f"{first_name} joined us as a {first} in 20{rng.randint(14, 20)} and took the "
            f"{job.lower()} post two years later.",
            "2. Why should they win?",
            f"{first_name} started the {programme[0]}, the {programme[1]} and the "
            f"{programme[2]}, and the residents talk about them every week.",
            "3. Anything more for the panel?",
            f"{first_name} did all this on {_gbp(rate)} an hour as our {job} (above the "
            f"{_gbp(living)} National Living Wage), with the {assistant} at {_gbp(arate)}. From "
            f"next month {first_name} becomes our first {lead} ({_gbp(lead_pay)} a year).",
            "Supporting evidence uploaded: 2 files",
            f"Prize for the winner: a trophy and £{prize} for the residents' fund.",
            f"{awards} is run by {organiser} · Terms · Privacy"]


(FAMILY59_RENDERERS, FAMILY59_LAYOUTS, FAMILY59_LADDER_LAYOUTS,
 FAMILY59_ALIAS_LAYOUTS) = variant_families({
    "sinhalamt": {"board": _lkboard, "classified": _lkclassified},
    "kyrgyzmt": {"shop": _kgshop, "office": _kgoffice},
    "appform": {"council": _appcouncil, "ats": _appats},
    "accommreq": {"city": _acccity, "passport": _accpassport},
    "outsidework": {"portal": _owportal, "state": _owstate},
    "nomination": {"mail": _nommail, "entry": _nomentry},
})
