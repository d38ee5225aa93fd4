"""Generator renderers for the six page families of held-back set 56 (Kazakh postings ...).

Held-back set 56 showed six more kinds of page users bring: a Kazakh job posting read through a
browser translator (a regional board's seasonal posting with the pay "on hand", the accrued
figure before IPN and OPV, the assistant's and the off-season pay and an arrow growth line with a
rung's floor, or an oil-and-gas board's vakhta posting with the pay "to hand", the pay for the
whole vakhta, Junior's floor and Senior's range), a Cambodian posting read through a translator
(a factory posting in US dollars with the riel equivalent, the probation day wage with its
Khmer-digit gloss and a career path with a rung's "$N up", or an IT board's net range with the
gross "about", the riel in Khmer digits, Senior's floor and the intern's pay), a tenancy (rental)
application at its employment and income step (a UK referencing portal with the employer's
reference and a co-applicant, or a US apartment portal with the leasing office's verification),
a statutory flexible working request and its outcome (an employer's form with meeting notes and
a decision letter, or a council HR e-mail with the outcome letter and the alternatives offered),
a trade union's online joining form (a public service union's form for a contracted-out worker,
or a rail union's form with its pay deal panel) and an earned wage access app's screens (a
tipped worker's transfer app, or a care chain's draw app).  These renderers write such pages
from a planned guide, two variants a family, about occupations that fit them (occupy()); every
fact the truth keeps is printed and what a style does not state is cleared: the accrued figure,
the pay for the vakhta, the riel equivalent, the gross "about" a net, the monthly take-home, the
calculated monthly and annual income and the pro-rata salary are the same pay; piecework, the
vakhta supplement, bonuses in MRP, 13th salaries, allowances, indemnities, overtime, other
income, income requirements, combined income, savings, fees, deposits, car allowances,
subscription bands and rates, commission, campaign demands, balances, draws, transfer fees,
projected paychecks, tips, premiums, differentials and incentives stay out of the role's pay;
minimum wages are nobody's pay; Assistant, Off-season, Junior, Senior, Probation, Intern, Lead,
a grade, a band and a spinal point are the role's own at their level, board averages and medians
its points, and other titles' figures keep their owners; glosses, idioms, key-skill chips,
certificates, clients, workplaces, suggestions, unticked boxes, credentials and the trainings
wanted are `optional` or must not appear.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from benchmarks.web_families54 import _rub
from benchmarks.web_kit import (
    _an,
    _cap,
    _facts,
    _legal,
    _no_pay,
    _plural,
    _salary,
    _spell,
    native_digits,
    occupy,
    variant_families,
)

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY56_ALIAS_LAYOUTS", "FAMILY56_LADDER_LAYOUTS", "FAMILY56_LAYOUTS",
           "FAMILY56_RENDERERS"]

def _khmer(amount: int) -> str:
    """A figure in Khmer digits, as a Cambodian page glosses the Latin one: 4100000 →
    "៤,១០០,០០០"."""
    return native_digits(f"{amount:,}", "០")


# The pay figures set 56's Kazakh and Cambodian pages print: a generated posting in the same
# shape must not repeat one by chance (the 6-word overlap check's figure half).
_KZ56 = (260_000, 300_000, 320_000, 400_000, 410_000, 450_000, 500_000, 530_000, 600_000,
         650_000, 700_000, 705_000, 750_000, 900_000, 1_100_000, 1_120_000, 1_200_000,
         1_310_000, 1_395_000, 1_400_000, 1_500_000, 1_650_000, 1_745_000, 1_800_000,
         2_200_000)
_KH56 = (210, 250, 260, 280, 300, 310, 320, 350, 380, 450, 600, 900, 1_000, 1_010, 1_050,
         1_200, 1_300, 1_480, 1_500, 1_800)


def _off(value: int, step: int, *taken: int) -> int:
    """``value`` moved up by ``step`` until it is none of ``taken`` (a figure set 56 prints
    beside the same label: the generated page must not repeat it by chance)."""
    while value in taken:
        value += step
    return value


# --------------------------------------------------------------------------------------
# A Kazakh job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role), its "machinist" rendering (an alias) and its Kazakh gloss (must not
#  appear), the employer (printed in capitals, short), the district and the region, what the
#  firm does (a sector) and its size, duties (no skills), the machines and know-how (skills),
#  the certificate (`optional`), the idiom (must not appear), the ladder (the rung below: a
#  move in; the next rung with a floor; the head), the unit of piecework and the off-season
#  work, the key-skill chips (`optional`), the similar vacancies: the same title's firm and its
#  region, another title and its firm (`optional`), the "By agreement" row (title and firm
#  `optional`) and the cut one)
_KZREGION = (
    ("Grain Dryer Operator", "Grain Dryer Machinist", "Астық кептіргіш операторы",
     ("TAIYNSHA ASTYK KABYLDAU LLP", "Taiynsha Astyk Kabyldau LLP"), "Taiynsha district",
     "North Kazakhstan region", "Grain storage and drying",
     "takes in, dries and stores the wheat and flax of forty farms in two elevators for "
     "120 thousand tonnes",
     ("to start and stop the column dryer and to hold the temperature of the agent of drying",
      "to take the samples of the grain every hour and to write the humidity in the journal",
      "to clean the burners and the chambers when the campaign ends"),
     ("Cimbria", "Stela", "Moisture analyser", "Burner adjustment", "Conveyor repair"),
     "certificate of the operator of gas-using installations",
     "eyes of an eagle on the thermometer",
     ("Elevator worker", "Shift master of the elevator", "Head of the elevator"),
     "tonne of grain dried", "the repair of the dryers and the norias",
     ("Grain dryer", "Elevator", "Gas burner"),
     (("Kyzylzhar Dan Terminaly LLP", "Kyzylzhar Dan Terminaly LLP"), "Akmola region"),
     ("Laboratory technician of grain", "Yessil Sapa Astyk LLP"),
     ("Weigher", "Shal Akyn Elevator JSC"),
     "Grain dryer operator · Mamlyut Agro LLP · Mamlyut · from 420 0"),
    ("Excavator Operator", "Excavator Machinist", "Экскаваторшы",
     ("KARKARALY TAS KARIER LLP", "Karkaraly Tas Karier LLP"), "Bukhar-Zhyrau district",
     "Karaganda region", "Crushed stone production",
     "breaks and crushes granite for the road builders in two open pits with its own crushing "
     "and screening plant",
     ("to dig the blasted rock and to load the dump trucks in the face",
      "to keep the benches and the haul road level after every blast",
      "to grease the machine and to change the teeth of the bucket on the shift"),
     ("Hitachi", "Komatsu", "Hydraulic systems", "Bucket change", "Slope profiling"),
     "machinist certificate of the excavator of category \"E\"",
     "the hands that feel the bucket like a spoon",
     ("Loader driver", "Foreman of the quarry site", "Head of the quarry"),
     "cubic metre loaded", "the repair shop of the crushing plant",
     ("Excavator", "Quarry", "Heavy machinery"),
     (("Saran Karier Kurylys LLP", "Saran Karier Kurylys LLP"), "Karaganda"),
     ("Blaster", "Temirtau Zhol Kurylys LLP"),
     ("Dump truck driver", "Osakarov Inert Materials LLP"),
     "Excavator operator · Balkhash Tas LLP · Balkhash · from 480 0"),
)


def _kzregion(rng: random.Random, g: Guide) -> list[str]:
    """A Kazakh regional board's seasonal posting through a translator: the translator bar,
    menu with languages, breadcrumb (its category no sector), experience and schedule line,
    posting date and views, verification and rating, buttons and footer (chrome), "Title
    (machinist rendering) for the season — gloss" (the role; the rendering an alias, the gloss
    must not appear), "a – b ₸ on hand per month" (the role's), the employer in capitals
    (employs), a glued "About the company…Duties:-" (what the firm does a sector; duties no
    skills), requirements (machines and know-how skills, the certificate `optional`, the idiom
    must not appear), conditions (the accrued figure before IPN and OPV the same pay;
    piecework, the bonus in MRP and the 13th salary no pay; the assistant's pay at Assistant,
    the off-season basic salary at Off-season), the minimum wage (nobody's), a glued "Growth:"
    arrow line (the rung below a move in, the next rung's "(from N ₸)" its open floor), the
    retraining line (the move in), key-skill chips (`optional`), the board's regional average
    (the role's point with the region) and similar vacancies (the same title at another firm: an
    employer and the role's with its region; the rung below at the same firm, theirs; another
    title's floor, theirs (its firm `optional`); "By agreement" `optional`; one cut
    mid-figure)."""
    (job, machinist, gloss, (caps, short), district, region, sector, what, duties, skills,
     cert, idiom, (below, nxt, head), unit, offwork, chips, ((sprinted, sshort), sregion),
     (other, ofirm), (agreed, afirm), cut) = rng.choice(_KZREGION)
    occupy(g, job, ladder=[below, job, nxt, head], moves_in=[below])
    _spell(g, machinist)
    _legal(g, caps, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [cert, *chips, ofirm, agreed, afirm])
    low = _off(rng.randrange(36, 52) * 10_000 + rng.choice((0, 5_000)), 5_000, *_KZ56)
    high = _off(low + rng.randrange(12, 20) * 10_000, 10_000, *_KZ56)
    _salary(g, low, high, "KZT", period="month")
    assistant = _off(low - rng.randrange(10, 16) * 10_000, 5_000, *_KZ56)
    _salary(g, assistant, assistant, "KZT", period="month", level="Assistant")
    offseason = _off(assistant - rng.randrange(4, 8) * 10_000, 5_000, *_KZ56)
    _salary(g, offseason, offseason, "KZT", period="month", level="Off-season")
    nfloor = _off(high + rng.randrange(3, 9) * 10_000, 10_000, *_KZ56)
    _salary(g, nfloor, None, "KZT", period="month", belongs_to=nxt)
    average = _off(low - rng.randrange(2, 6) * 10_000 + 5_000, 10_000, *_KZ56)
    _salary(g, average, average, "KZT", period="month", point=True, region=region)
    same = _off(low + rng.randrange(3, 8) * 10_000, 5_000, *_KZ56)
    same_high = _off(same + rng.randrange(15, 25) * 10_000, 10_000, *_KZ56)
    _salary(g, same, same_high, "KZT", period="month", region=sregion)
    bpay = _off(assistant + rng.randrange(1, 4) * 10_000 - 5_000, 10_000, *_KZ56)
    _salary(g, bpay, bpay, "KZT", period="month", belongs_to=below)
    ofloor = _off(low - rng.randrange(1, 4) * 10_000 - 5_000, 10_000, *_KZ56)
    _salary(g, ofloor, None, "KZT", period="month", belongs_to=other)
    accrued = (int(_no_pay(g, round(low * 1.18, -3), 1_000)),
               int(_no_pay(g, round(high * 1.18, -3), 1_000)))
    piece = int(_no_pay(g, rng.choice((800, 1_200, 1_400)), 100))
    minimum = int(_no_pay(g, rng.choice((86_000, 88_000)), 1_000))
    mrp = rng.choice((15, 25, 30))
    board = rng.choice(("Enbek-Ait.kz", "JumysDala.kz"))
    g.must_not_appear += [gloss, idiom, cut, "Show the original", "employer checked",
                          "Similar vacancies"]
    return ["Kazakh → English (machine translation)    Show the original    Never for Kazakh",
            f"{board}   Work   CVs   Companies   Courses   ҚАЗ | РУС | ENG   Sign in",
            f"Main / Work / Agriculture and industry / {region} / {district}",
            f"{_cap(job.lower())} ({machinist.lower()}) for the season — {gloss}",
            f"{_rub(low)} – {_rub(high)} ₸ on hand per month",
            f"{region}, {district} · Experience from 1 year · Seasonal, shift work",
            f"Published {rng.randint(2, 28)} August 2026 · {rng.randint(90, 400)} views · "
            f"{rng.randint(3, 20)} responded",
            f"{caps}  ✔ employer checked  ★ {rng.randint(40, 49) / 10} "
            f"({rng.randint(8, 40)} reviews)",
            "Respond   Phone number   To favourites",
            f"About the company{short} is an enterprise of {sector.lower()}: it {what}.Duties:- "
            f"{duties[0]};- {duties[1]};- {duties[2]}.",
            "Requirements:",
            f"• work on the {skills[0]} or {skills[1]} equipment for at least one season",
            f"• {skills[2].lower()}, {skills[3].lower()} and {skills[4].lower()}",
            f"• {cert}",
            f"• sober, punctual, {idiom}",
            "Conditions:",
            f"— salary {_rub(low)} – {_rub(high)} tenge on hand (accrued before IPN and OPV "
            f"about {_rub(accrued[0])} – {_rub(accrued[1])} ₸)",
            f"— piecework on top: {_rub(piece)} ₸ for each {unit} above the shift norm",
            f"— the assistant of the {job.lower()} gets {_rub(assistant)} ₸ on hand a month",
            f"— out of the season the basic salary at {offwork} is {_rub(offseason)} ₸",
            f"— the bonus after the season {mrp} MRP, the 13th salary by the results of the year",
            "— hot meals at the site, a hostel for those from far villages, work clothes",
            f"For information: the minimum wage (MZP) for 2026 is {_rub(minimum)} ₸.",
            f"Growth:{below.lower()} → {job.lower()} → {nxt.lower()} (from {_rub(nfloor)} ₸) → "
            f"{head.lower()}",
            f"We retrain {_plural(below.lower())} who want to grow: the course is at the "
            "company's expense.",
            "Key skills: " + "  ".join(chips),
            f"Average pay of {_plural(job.lower())} in the {region} ({board} statistics): "
            f"{_rub(average)} ₸",
            "Similar vacancies",
            f"{_cap(job.lower())} · {sprinted} · {sregion} · {_rub(same)} – "
            f"{_rub(same_high)} ₸",
            f"{_cap(below.lower())} · {short} · {district} · {_rub(bpay)} ₸",
            f"{_cap(other.lower())} · {ofirm} · {region} · from {_rub(ofloor)} ₸",
            f"{_cap(agreed.lower())} · {afirm} · {region} · By agreement",
            cut,
            f"© {board}, 2026 · Ads · Support · Rules"]


# (the title as printed (an alias), the role, its Kazakh gloss (must not appear), the
#  rotation, the employer, the district and region, the town the crews fly from, the firm's
#  industry (a sector), its customers (`optional`), duties (no skills), the numbered
#  requirements: schooling (`optional`), the standard and the equipment and tools (skills),
#  the certificates (`optional`), the quality (a skill), the ladder (the rung below, Senior,
#  the supervisor), the title the engineers come from (a move in) and its idiom (must not
#  appear), the similar vacancies: the same title's firm and town, another title at the same
#  firm, a third title's floor and its firm (`optional`), the "Negotiated" firm (`optional`)
#  and the Senior row cut mid-figure)
_KZVAKHTA = (
    ("Well Cementing Engineer", "Cementing Engineer", "Ұңғымаларды цементтеу инженері",
     "14/14", ("Ustirt Cementing Services LLP", "Ustirt Cementing Services LLP"),
     "Mangystau district", "Mangystau region", "Aktau", "Oilfield services",
     "the field operators of the peninsula",
     ("design and testing of the cement slurries with the laboratory before every job",
      "supervision of the primary and the remedial cementing of the casing strings",
      "the job report and the chart of the pressure to the company man"),
     "higher education in drilling or petroleum engineering",
     ("API RP 10B", "Cementing units", "Batch mixers", "Excel"),
     ("well control", "H2S"), "Attention to detail",
     ("Cement laboratory technician", "Senior Cementing Engineer",
      "Cementing operations supervisor"),
     "Cementing unit operator", "who swallowed enough dust of the pad",
     (("Beineu Well Services LLP", "Beineu Well Services LLP"), "Beineu"),
     "Cement laboratory technician", ("Bulk plant operator", "Karakiya Logistika LLP"),
     "Zhanaozen Burgylau JSC",
     "Senior cementing engineer · Tupkaragan Oil Tools LLP · Aktau · 2 100 000 – 2 4"),
    ("Operator of Gas Compressor Units", "Compressor Station Operator",
     "Газ айдау станциясының операторы", "15/15",
     ("Aral Gaz Tasymaldau LLP", "Aral Gaz Tasymaldau LLP"), "Kazaly district",
     "Kyzylorda region", "Kyzylorda", "Gas transportation",
     "the gas distribution companies of the south",
     ("start, load and stop of the gas turbine units by the dispatcher's schedule",
      "rounds of the compressor shop with the record of the vibration and the temperatures",
      "the preparation of the units for the repair and the permit of the works"),
     "secondary technical education in the thermal power or the gas equipment",
     ("SCADA", "Gas turbine units", "Centrifugal compressors", "Vibration monitoring"),
     ("industrial safety", "fire-technical minimum"), "Discipline",
     ("Machinist of the boiler house", "Senior Compressor Station Operator",
      "Shift supervisor of the compressor station"),
     "Linear fitter", "who got enough wind of the steppe on the route",
     (("Syr Darya Gas Transit LLP", "Syr Darya Gas Transit LLP"), "Baikonur"),
     "Machinist of the boiler house", ("Electrician of the substation", "Aral Energo LLP"),
     "Kazaly Kompressor Servis LLP",
     "Senior compressor station operator · Shieli Gas LLP · Shieli · 1 300 000 – 1 5"),
)


def _kzvakhta(rng: random.Random, g: Guide) -> list[str]:
    """A Kazakh oil-and-gas board's vakhta posting through a translator: the translation bar,
    menu, breadcrumb, schedule line, "documents checked", views, buttons and footer (chrome),
    "Printed title (role), vakhta N/N" with the Kazakh gloss on its own line (the role, the
    printed title an alias; the gloss must not appear), "from a to b tenge to hand" (the
    role's), the company (employs), a glued "About us…What is necessary to do-" (the industry a
    sector, the customers `optional`, duties no skills), numbered requirements run together
    (the standard, equipment and quality skills; schooling and certificates `optional`), the
    offer (the accrued figure and the pay for the whole vakhta the same pay; the vakhta
    supplement, the coefficient and the annual bonus no pay; Junior's floor at Junior and
    Senior's range at Senior), a glued growth line (the ladder; the title the engineers come
    from a move in; its idiom must not appear), the white salary line, the board's regional
    average (the role's point) and similar vacancies (the same title at another firm: an
    employer and the role's with its town; the rung below at the same firm, theirs; another
    title's floor, theirs; "Negotiated" `optional`; Senior cut mid-figure)."""
    (printed, job, gloss, rotation, (legal, short), district, region, town, sector, customers,
     duties, school, skills, certs, quality, (below, senior, head), came, idiom,
     ((sprinted, sshort), stown), same_firm_title, (other, ofirm), nfirm,
     cut) = rng.choice(_KZVAKHTA)
    occupy(g, job, ladder=[below, job, senior, head], moves_in=[came])
    _spell(g, printed)
    _legal(g, legal, short)
    _legal(g, sprinted, sshort)
    _facts(g, [*skills, quality], [], [sector], [customers, school, *certs, ofirm, nfirm])
    low = _off(rng.randrange(95, 130) * 10_000, 10_000, *_KZ56)
    high = _off(low + rng.randrange(25, 40) * 10_000, 10_000, *_KZ56)
    _salary(g, low, high, "KZT", period="month")
    junior = _off(low - rng.randrange(35, 50) * 10_000, 10_000, *_KZ56)
    _salary(g, junior, None, "KZT", period="month", level="Junior")
    slow = _off(high + rng.randrange(20, 35) * 10_000, 10_000, *_KZ56)
    shigh = _off(slow + rng.randrange(30, 45) * 10_000, 10_000, *_KZ56)
    _salary(g, slow, shigh, "KZT", period="month", level="Senior")
    average = _off(low + rng.randrange(3, 12) * 10_000 + 5_000, 10_000, *_KZ56)
    _salary(g, average, average, "KZT", period="month", point=True, region=region)
    same = _off(low + rng.randrange(10, 20) * 10_000, 10_000, *_KZ56)
    same_high = _off(same + rng.randrange(20, 30) * 10_000, 10_000, *_KZ56)
    _salary(g, same, same_high, "KZT", period="month", region=stown)
    bpay = _off(junior + rng.randrange(10, 25) * 10_000, 10_000, *_KZ56)
    _salary(g, bpay, bpay, "KZT", period="month", belongs_to=same_firm_title)
    ofloor = _off(junior + rng.randrange(2, 8) * 10_000 + 5_000, 10_000, *_KZ56)
    _salary(g, ofloor, None, "KZT", period="month", belongs_to=other)
    accrued = (int(_no_pay(g, round(low * 1.16, -3), 1_000)),
               int(_no_pay(g, round(high * 1.16, -3), 1_000)))
    days = int(rotation.split("/")[0])
    vakhta = (_off(int(_no_pay(g, round(low * days / 30, -4), 10_000)), 10_000, *_KZ56),
              _off(int(_no_pay(g, round(high * days / 30, -4), 10_000)), 10_000, *_KZ56))
    supplement = int(_no_pay(g, rng.choice((7_000, 8_500, 11_000)), 500))
    board = rng.choice(("MunaiJob.kz", "NeftVakhta.kz"))
    g.must_not_appear += [gloss, idiom, cut, "Papers verified", "Similar vacancies",
                          "Labour Code of RK"]
    reqs = [f"Higher or {school}" if school.startswith("secondary") else _cap(school),
            f"Experience as {_an(job.lower())} from 2 years on the field",
            f"Knowledge of {skills[0]} and work with the {skills[1].lower()}",
            f"Skills with the {skills[2].lower()}",
            f"Confident user of {skills[3]}" if skills[3] == "Excel" else
            f"Experience of {skills[3].lower()}",
            f"Certificates: {certs[0]}, {certs[1]} — an advantage",
            f"{quality}, readiness for the vakhta method"]
    return ["Translated into English from Kazakh by your browser   Original text   ⚙   ✕",
            f"{board}    Vacancies   Rotation work   Employers   For HR   ҚАЗ / РУС",
            f"Home › Jobs › Oil, gas and energy › {region}",
            f"{_cap(printed.lower())} ({job.lower()}), vakhta {rotation}",
            gloss,
            f"from {_rub(low)} to {_rub(high)} tenge to hand",
            f"{region}, {district} · rotation (vakhta) · full time",
            f"{legal}      ✓ Papers verified",
            f"Posted {rng.randint(1, 6)} days ago    Views: {rng.randint(150, 900)}",
            "[ Apply ]  [ Message the company ]",
            f"About us{short} works in {sector.lower()} for {customers}; crews fly in from "
            f"{town}.Your tasks- {duties[0]};- {duties[1]};- {duties[2]}.",
            "What we expect from the applicant" + "".join(f"{n}. {r}." for n, r in
                                                         enumerate(reqs, 1)),
            "Conditions we give",
            f"▪ pay {_rub(low)} – {_rub(high)} ₸ to hand (gross, before IPN, OPV and VOSMS are "
            f"withheld: {_rub(accrued[0])} – {_rub(accrued[1])} ₸)",
            f"▪ one vakhta ({days} days) gives {_rub(vakhta[0])} – {_rub(vakhta[1])} ₸ to the "
            "card",
            f"▪ vakhta supplement {_rub(supplement)} ₸ for each day on the site",
            "▪ harmfulness coefficient 1,15 on the tariff rate",
            f"▪ junior {job.lower()} (new graduates after our school) — from {_rub(junior)} ₸",
            f"▪ {senior.lower()} — {_rub(slow)} – {_rub(shigh)} ₸ on hand",
            f"▪ flight from {town} and back, a camp with four meals, a year-end bonus of up to "
            "two monthly salaries",
            f"Growth with the company{_cap(below.lower())} → {job.lower()} → "
            f"{senior.lower()} → {head.lower()}. Many of our people came from the "
            f"{_plural(came.lower())} {idiom}.",
            "Everything is official (white pay twice a month), the contract under the Labour Code "
            "of RK.",
            f"Mean pay of the profession in the {region}: {_rub(average)} ₸ (by {board})",
            "Similar vacancies",
            f"{_cap(job.lower())} · {sprinted} · {stown} · {_rub(same)} – {_rub(same_high)} ₸",
            f"{_cap(same_firm_title.lower())} · {short} · {town} · {_rub(bpay)} ₸",
            f"{_cap(other.lower())} · {ofirm} · {town} · from {_rub(ofloor)} ₸",
            f"{_cap(job.lower())} · {nfirm} · {town} · Negotiated",
            cut,
            f"© {board}, 2026 · Privacy · Contact us"]


# --------------------------------------------------------------------------------------
# A Cambodian (Khmer) job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (the title (the role) and its Khmer gloss (must not appear), the company (printed, short),
#  the province, district and town, what it makes (a sector) and how, duties naming machines
#  (`optional`), the requirements' know-how (skills), the ladder (the rung below, the next rung
#  with its "$N up" floor, the supervisor), where workers may train from (`optional`), the
#  similar jobs: the same title's company and town, another title at the same company, a
#  "Negotiable" title and company (`optional`) and the row cut mid-figure)
_KHFACTORY = (
    ("Boiler Operator", "អ្នកដុតឡចំហាយ",
     ("Chamkar Leu Starch Co., Ltd.", "Chamkar Leu Starch"), "Kampong Cham province",
     "Chamkar Leu district", "Kampong Cham", "Tapioca starch production",
     "a producer of native tapioca starch from fresh cassava roots, 300 tons of roots a day, "
     "selling to Vietnam and Thailand",
     ("the biomass boiler", "the water softener"),
     ("Boiler water testing", "Pressure gauge reading", "Husk feeding control",
      "Valve and pump maintenance"),
     ("Husk loader", "Boiler shift leader", "Utilities supervisor"), "the peeling line",
     (("Mekong Tapioca Industry Co., Ltd.", "Mekong Tapioca Industry"), "Kratie"),
     "Root Washing Worker", ("Laboratory Technician", "Srey Santhor Starch Plc."),
     "Electrician  |  Phnom Penh Starch Trading  |  Kandal  |  $380-$4"),
    ("Packing Machine Operator", "អ្នកបើកម៉ាស៊ីនវេចខ្ចប់",
     ("Kirirom Pure Water Co., Ltd.", "Kirirom Pure Water"), "Kandal province",
     "Ang Snuol district", "Ta Khmau", "Bottled drinking water production",
     "a maker of purified drinking water in bottles and 20-litre jars, four filling lines for "
     "the shops and the offices",
     ("the blow moulding machine", "the shrink wrapper"),
     ("Filling line setup", "Label changeover", "Date coder adjustment", "Basic PLC reading"),
     ("Line worker", "Line leader", "Production supervisor"), "the carton section",
     (("Angkor Spring Beverage Co., Ltd.", "Angkor Spring Beverage"), "Siem Reap"),
     "Bottle Sorter", ("Forklift Driver", "Tonle Bati Drinks Co., Ltd."),
     "Maintenance Technician  |  Kampot Fresh Water  |  Kampot  |  $420-$5"),
)


def _khfactory(rng: random.Random, g: Guide) -> list[str]:
    """A Cambodian job board's factory posting through a translator: the translator bar, menu
    with languages, breadcrumb (its category no sector), the type, level and closing-date line,
    views, buttons, the HR contact and footer (chrome), "Title (Khmer gloss) - N positions" (the
    role; the gloss must not appear), the company and place (employs), "Salary: $a - $b /
    month" (the role's), a glued "Company Profile…Job Description-" (what it makes a sector;
    duties no skills, the machines named there `optional`), requirements (age and schooling
    chrome; know-how skills), salary and benefit (the riel equivalent the same pay; the
    probation day wage at Probation with its Khmer-digit gloss; attendance bonus, night
    allowance, seniority indemnity, NSSF and festival bonuses no pay; the minimum wage
    nobody's), a glued career path (the ladder; the next rung's "$N up" its open
    floor), where workers may train from (`optional`), the board's survey average (the role's
    point with the town) and similar jobs (the same title at another company: an employer and
    the role's with its town; another title at the same company, theirs; "Negotiable"
    `optional`; one cut mid-figure)."""
    (job, gloss, (printed, short), province, district, town, sector, what, machines, skills,
     (below, nxt, head), yard, ((sprinted, sshort), stown), other, (negotiable, nfirm),
     cut) = rng.choice(_KHFACTORY)
    occupy(g, job, ladder=[below, job, nxt, head])
    _legal(g, printed, short)
    _legal(g, sprinted, sshort)
    _facts(g, list(skills), [], [sector], [*(_cap(m.split(" ", 1)[1]) for m in machines),
                                           _cap(yard.split(" ", 1)[1]), negotiable, nfirm])
    low = _off(rng.randrange(230, 300, 5), 5, *_KH56)
    high = _off(low + rng.randrange(50, 90, 5), 5, *_KH56)
    _salary(g, low, high, "USD", period="month")
    day = rng.choice((8, 9, 11))
    _salary(g, day, day, "USD", period="day", level="Probation")
    nfloor = _off(high + rng.randrange(60, 120, 10), 10, *_KH56)
    _salary(g, nfloor, None, "USD", period="month", belongs_to=nxt)
    average = _off(low + rng.randrange(10, 40, 5), 5, *_KH56)
    _salary(g, average, average, "USD", period="month", point=True, region=town)
    same = _off(low + rng.randrange(15, 40, 5), 5, *_KH56)
    same_high = _off(same + rng.randrange(40, 80, 10), 10, *_KH56)
    _salary(g, same, same_high, "USD", period="month", region=stown)
    opay = _off(low - rng.randrange(15, 40, 5), 5, *_KH56)
    _salary(g, opay, opay, "USD", period="month", belongs_to=other)
    bonus = int(_no_pay(g, rng.choice((12, 18, 20)), 1))
    minimum = int(_no_pay(g, rng.choice((208, 214)), 1))
    night = rng.choice((3_000, 5_000))
    rate = rng.choice((4_050, 4_080))
    board = rng.choice(("KhmerKaNgar.com", "CamboWork.com.kh"))
    g.must_not_appear += [gloss, cut, "Send to a friend", "Similar Jobs", board]
    return ["Google Translate   Khmer → English   Original page   Never translate this site",
            f"{board}   Home  Find jobs  Employers  Courses  Blog   ខ្មែរ | EN   Post a job",
            f"Home > Jobs > Factory / Production > {town}",
            f"{job.lower().capitalize()} ({gloss}) - {rng.randint(2, 5)} positions",
            f"{printed}   {province}, {district}",
            f"Salary: ${low} - ${high} / month    Type: Full-time    Level: Worker    "
            f"Apply before: {rng.randint(10, 28)}-Jan-2027",
            f"Posted: {rng.randint(1, 9):02d}-Dec-2026    Viewed: {rng.randint(300, 2000):,}",
            "[Apply]   [Save]   [Send to a friend]",
            f"Company Profile{printed} works in {sector.lower()}: {what}.Job Description- Run "
            f"{machines[0]} and {machines[1]} by the plan of the shift manager- Write the "
            "readings in the logbook every two hours- Wipe and oil the machines when the shift "
            "ends",
            "Requirement",
            "- Men or women, 18-40 years old, Khmer reading and writing",
            f"- {skills[0]} and {skills[1].lower()}",
            f"- {skills[2]}, {skills[3].lower()}",
            "- Can work the night shift, honest, careful",
            "Pay and benefits",
            f"• Salary: ${low} - ${high} per month (around {low * rate:,} - {high * rate:,} "
            "riel) by the skill",
            f"• First month on trial: ${day} per day ({_khmer(day)} ដុល្លារ/ថ្ងៃ)",
            f"• ${bonus} a month for full attendance; {night:,} riel for each night shift",
            "• Seniority payment twice a year under the Labor Law; NSSF card; Pchum Ben and "
            "Khmer New Year bonuses",
            f"• For reference the garment sector minimum wage for 2026 is ${minimum}; we pay more",
            f"Career path with us{below} → {job} → {nxt} (${nfloor} up) → {head}",
            f"Good workers from {yard} can learn the machine here, we train them.",
            f"Contact: HR, Telegram @{short.split()[0].lower()}_hr",
            f"Salary survey: Average salary of {job} in {town} = ${average}/month",
            "Similar Jobs",
            f"{job}  |  {sprinted}  |  {stown}  |  ${same}-${same_high}",
            f"{other}  |  {printed}  |  {town}  |  ${opay}",
            f"{negotiable}  |  {nfirm}  |  {stown}  |  Negotiable",
            cut,
            f"Copyright © 2026 {board}   About us   Contact   Terms"]


# (the role, its stack (the alias "Role (Stack)"), its Khmer gloss (must not appear), the
#  company (printed, short), its industry (a sector), size and district, what it builds,
#  tasks (the API named there `optional`), the requirements (skills; the degree `optional`),
#  the ladder's head, the title developers move from (a move in), the similar jobs: the same
#  title's bank, another title at the same company, Junior's company and town, a "Negotiable"
#  title and company (`optional`), the row cut mid-figure)
_KHIT = (
    ("Mobile Developer", "Flutter", "អ្នកអភិវឌ្ឍន៍កម្មវិធីទូរស័ព្ទ",
     ("Bayon Logistics Tech Co., Ltd.", "Bayon Logistics Tech"), "Logistics technology",
     "40-60 employees", "Toul Kork", "a delivery platform for the online shops with its own rider "
     "app in six provinces",
     ("Build the rider app and the merchant app", "Connect the maps and the push notification",
      "Fix the crash from the store reviews"), "Firebase Crashlytics",
     ("Flutter", "Dart", "Bloc", "Google Maps SDK", "Git", "CI/CD", "English and Khmer"),
     "Bachelor degree in IT or related", "Tech Lead (Mobile)", "QA Tester",
     ("Sambor Savings Bank Plc.", "Sambor Savings Bank"), "Backend Developer (Go)",
     (("Smart Kampot Apps", "Smart Kampot Apps"), "Kampot"),
     ("Product Designer", "Wing Creative Studio"),
     "Mobile Developer · Chip Mong Digital · Phnom Penh · $1,2"),
    ("QA Engineer", "Automation", "វិស្វករធានាគុណភាព",
     ("Kampuchea Digital Insurance Plc.", "Kampuchea Digital Insurance"), "Insurtech",
     "100-150 employees", "Daun Penh", "an online motor and health insurance for the families "
     "with the claims app",
     ("Write the automation test for the claims portal", "Check the release with the product team",
      "Report the bugs with the clear steps"), "Payment gateway sandbox",
     ("Selenium", "Playwright", "Postman", "SQL", "Jira", "Test case design",
      "English and Khmer"),
     "Bachelor degree in Computer Science or related", "QA Lead", "Customer Support Agent",
     ("Angkor Capital Bank Plc.", "Angkor Capital Bank"), "DevOps Engineer",
     (("Battambang Soft House", "Battambang Soft House"), "Battambang"),
     ("Business Analyst", "Mekong Consulting Group"),
     "QA Engineer · Sathapana Tech · Phnom Penh · $1,1"),
)


def _khit(rng: random.Random, g: Guide) -> list[str]:
    """A Cambodian IT board's posting through a translator: the translation bar, menu,
    breadcrumb (no sector), place and deadline, applicants, buttons and footer (chrome), "Role
    (Stack) — Khmer gloss" (the role, "Role (Stack)" an alias; the gloss must not appear), the
    company with its industry (employs; a sector), "$a - $b (Net)" (the role's), a glued "About
    us…Your task-" (tasks no skills; the API named there `optional`), requirements run together
    on one bulleted line (skills; the degree `optional`), salary and benefits (the gross
    "about" and the riel in Khmer digits the same pay; probation at 80 % no salary; Senior's
    "start from" floor at Senior; 13th month, bonuses, indemnity, lunch allowance no pay; the
    intern's pay at Intern), a career growth ladder with a move in from another title, the
    board's median (the role's point) and similar jobs (the same title at a bank: an employer
    and the role's; another title at the same company, theirs; a Junior row at Junior with its
    company an employer; "Negotiable" `optional`; one cut mid-figure)."""
    (job, stack, gloss, (printed, short), industry, size, district, what, tasks, api, needs,
     degree, lead, came, (bprinted, bshort), other, ((jfirm, jshort), jtown),
     (negotiable, nfirm), cut) = rng.choice(_KHIT)
    junior, senior = f"Junior {job}", f"Senior {job}"
    occupy(g, job, ladder=[junior, job, senior, lead], moves_in=[came])
    _spell(g, f"{job} ({stack})")
    _legal(g, printed, short)
    _legal(g, bprinted, bshort)
    _legal(g, jfirm, jshort)
    _facts(g, list(needs), [], [industry], [api, degree, negotiable, nfirm])
    low = rng.randrange(8, 13) * 100 + rng.choice((25, 75))
    high = low + rng.randrange(4, 7) * 100
    _salary(g, low, high, "USD", period="month")
    sfloor = high + rng.randrange(3, 7) * 100
    _salary(g, sfloor, None, "USD", period="month", level="Senior")
    intern = rng.choice((200, 220, 280))
    _salary(g, intern, intern, "USD", period="month", level="Intern")
    median = low + rng.randrange(1, 4) * 100 + 10
    _salary(g, median, median, "USD", period="month", point=True, region="Phnom Penh")
    bank = low + rng.randrange(1, 3) * 100
    _salary(g, bank, bank + 500, "USD", period="month", region="Phnom Penh")
    jlow = intern + rng.randrange(15, 25) * 10 + 5
    _salary(g, jlow, jlow + 150, "USD", period="month", level="Junior", region=jtown)
    olow = low + rng.randrange(2, 5) * 100
    _salary(g, olow, olow + 600, "USD", period="month", belongs_to=other)
    gross = (_off(int(_no_pay(g, round(low * 1.12, -1), 10)), 10, *_KH56),
             _off(int(_no_pay(g, round(high * 1.12, -1), 10)), 10, *_KH56))
    lunch = int(_no_pay(g, rng.choice((2, 3, 4)), 1))
    board = rng.choice(("KhmerDevJobs", "TechJob.com.kh"))
    applicants = f"{rng.randint(30, 90)} applicants"
    g.must_not_appear += [gloss, cut, applicants, "Send on Telegram"]
    return ["Translated from Khmer by the browser      Show original      Language: English ▾",
            f"{board}   Jobs   Companies   Salaries   Meetups   Sign in   ខ្មែរ / EN",
            f"Jobs › {rng.choice(('Mobile & Web', 'Testing & QA'))} › Phnom Penh",
            f"{job} ({stack}) — {gloss}",
            f"{printed}  ({industry} · {size} · {district}, Phnom Penh)",
            f"💵 ${low:,} - ${high:,} (Net)      📍 Phnom Penh, office",
            f"Listed {rng.randint(2, 6)} days ago • {applicants} • closes "
            f"{rng.randint(10, 28)}/01/2027",
            "Apply now   ·   Bookmark   ·   Send on Telegram",
            f"About us{short} is {what}.Your task- " + "- ".join(tasks)
            + f"- Use the {api} for the testing",
            "What you need" + "".join(f"• {n}" for n in (degree, *needs[:3]))
            + f"• {needs[3]}, {needs[4]} and {needs[5]}• Communicate in {needs[6]}",
            "What we give",
            f"✅ ${low:,} - ${high:,} a month net; the Tax on Salary is on the company (gross "
            f"about ${gross[0]:,} - ${gross[1]:,})",
            f"✅ Can be paid in riel at the day rate ({_khmer(low * 4_000)} – "
            f"{_khmer(high * 4_000)} រៀល)",
            "✅ 2-month probation paid at 80% of the salary",
            f"✅ {senior} level: start from ${sfloor:,} net",
            "✅ Yearly pay review, a 13th month, a Pchum Ben bonus",
            f"✅ NSSF, seniority pay, private health cover, ${lunch} a day for lunch",
            f"✅ Interns (final-year students): ${intern} / month for 3 months, the best join us "
            f"as {junior}",
            f"Career growth: {junior} → {job} → {senior} → {lead}. Some of our people moved "
            f"from {came} to {job} with our training.",
            f"Pay data: {job}, Phnom Penh — median ${median:,} a month ({rng.randint(60, 300)} "
            "reports)",
            "Similar jobs",
            f"{job} · {bprinted} · Phnom Penh · ${bank:,} - ${bank + 500:,}",
            f"{other} · {printed} · Phnom Penh · ${olow:,} - ${olow + 600:,}",
            f"{junior} · {jfirm} · {jtown} · ${jlow} - ${jlow + 150}",
            f"{negotiable} · {nfirm} · Phnom Penh · Negotiable",
            cut,
            f"© {board} 2026 · Employers · Privacy · Terms"]


# --------------------------------------------------------------------------------------
# A tenancy (rental) application at its employment and income step
# --------------------------------------------------------------------------------------
# (the job title (the role), the employer, its address and the department (`optional`), the
#  confirmed title (an alias) and its grade (the level), the previous job (a move in) and its
#  employer (`optional`), the applicant's own description (duties, no skills), the
#  pathway title (a move up), the co-applicant's title and employer (`optional`), the town,
#  the property, the letting agent and the referencing firm (must not appear))
_TENUK = (
    ("Highways Inspector", "Wensleydale County Council", "County Hall, Racecourse Lane",
     "Highways - network safety inspections, south area",
     ("Highway Safety Inspector", "Technical grade E", "E"),
     ("Groundworker", "Dalesway Civils Ltd"),
     ("walking and driving my routes", "logging potholes and trip hazards on the tablet",
      "raising orders for the gangs", "checking the contractors' road works permits"),
     "Highways Engineer",
     ("Veterinary Nurse", "Abbeyfield Veterinary Group"), "Northallerton",
     "Flat 2, 14 Quaker Lane, Northallerton DL6", "Swaledale Property Lettings",
     "TenantProof Referencing"),
    ("Pharmacy Dispenser", "Greenway Community Pharmacies Ltd", "Unit 3, Fletcher Gate",
     "Dispensary - Beeston branch",
     ("Dispenser, Community Pharmacy", "Pharmacy support band D2", "D2"),
     ("Retail Sales Advisor", "Castle Marina Homeware Ltd"),
     ("labelling and assembling prescriptions", "doing the accuracy checks before the "
      "pharmacist", "ordering the stock", "talking patients through their repeat medicines"),
     "Pharmacy Technician",
     ("Bus Driver", "Trentline Buses Ltd"), "Nottingham",
     "Apartment 9, 31 Canal Wharf, Nottingham NG1", "Lace Market Lets",
     "RightMove-In Referencing"),
)


def _tenuk(rng: random.Random, g: Guide) -> list[str]:
    """A UK letting agent's referencing portal at its employment and income step: the portal
    menu, property and rent line, application reference and status, steps, pay frequency,
    probation, referee, benefits, savings and deposit, guarantor step, documents, buttons and
    footer (chrome), fields glued to their labels ("Job title*Role": the role; the employer
    employs it, its department `optional`), the gross annual salary (the role's) and the monthly
    take-home (the same pay), overtime (no pay), the previous employment (a move in with its
    hourly pay, theirs; its employer `optional`), the applicant's own description (duties; no
    skills), the employer's reference (the confirmed title an alias, its grade's band the role's
    at that grade, the development pathway a move up), the co-applicant's job and salary
    (theirs; the employer `optional`) and a glued affordability check (no pay)."""
    (job, employer, address, department, (confirmed, grade_name, grade), (previous, pfirm),
     described, pathway, (partner, partner_firm), town, flat, agent,
     referencer) = rng.choice(_TENUK)
    occupy(g, job, leads=[pathway], moves_in=[previous])
    _spell(g, confirmed)
    _legal(g, employer, employer)
    _facts(g, [], [], [], [department, pfirm, partner_firm])
    gross = rng.randrange(25, 33) * 1000 + rng.choice((120, 340, 560, 780))
    _salary(g, gross, gross, "GBP", period="year")
    band_low = gross - rng.randrange(8, 15) * 100 - 50
    band_high = gross + rng.randrange(12, 20) * 100 + 30
    _salary(g, band_low, band_high, "GBP", period="year", level=grade)
    hourly = rng.randrange(1061, 1190, 7) / 100
    _salary(g, hourly, hourly, "GBP", period="hour", belongs_to=previous)
    partner_pay = rng.randrange(21, 29) * 1000 + 250
    _salary(g, partner_pay, partner_pay, "GBP", period="year", belongs_to=partner)
    takehome = int(_no_pay(g, round(gross * 0.82 / 12), 1))
    overtime = int(_no_pay(g, rng.choice((60, 75, 110)), 5))
    rent = int(_no_pay(g, rng.randrange(860, 1260, 20), 20))
    combined = int(_no_pay(g, gross + partner_pay, 1))
    required = int(_no_pay(g, rent * 30, 1))
    savings = int(_no_pay(g, rng.randrange(2_050, 5_000, 100), 100))
    deposit = int(_no_pay(g, round(rent * 12 / 52 * 5), 1))
    applicant = rng.choice(("J. Mensah-Hart", "C. Lindqvist", "P. Oduya"))
    g.must_not_appear += [agent, referencer, "Work and income", "Combined gross income",
                          "checks in progress"]
    return [f"{referencer}  |  Applicant portal  |  Help  |  Sign out ({applicant})",
            f"Application for: {flat}  —  Rent £{rent:,} pcm  —  Agent: {agent}",
            f"Application ref TP-2026-{rng.randint(10_000, 99_999)}        Status: checks in "
            f"progress — {rng.randint(2, 4)}/5 done",
            "1 About you ✓   2 Where you have lived ✓   3 Work and income ●   4 Guarantor   5 "
            "Sign",
            "3 — WORK AND INCOME",
            "Are you working?*Yes, permanent full time",
            f"Employer name*{employer}",
            f"Employer address*{address}, {town}",
            f"Job title*{job}",
            f"Department / team{department}",
            f"In this job since*{rng.randint(1, 12)}/20{rng.randint(20, 23)}",
            f"Annual salary before deductions*£{gross:,}",
            f"Net pay per month£{takehome:,}",
            f"Any other income?Overtime when the rota allows, about £{overtime} a month, not "
            "guaranteed",
            "How often paidMonthly, on the 28th",
            "Still on probation?No",
            f"Who can confirm your job?*Team Manager, {employer} (contact e-mail given)",
            "Earlier job (needed if you have been in this job for under 3 years)",
            f"Employer: {pfirm}   Job title: {previous}   From 0{rng.randint(1, 9)}/2016 to "
            f"0{rng.randint(1, 9)}/2019   Pay: £{hourly:.2f} an hour",
            f"Describe what you do (optional)Mostly {', '.join(described[:3])} and "
            f"{described[3]}.",
            "— EMPLOYER REFERENCE (completed by the employer) —",
            f"Job title confirmed: {confirmed} ({grade_name})",
            "Contract: Permanent, 37 hours        Under notice: No",
            f"Basic salary confirmed: £{gross:,} a year ({grade} band £{band_low:,} – "
            f"£{band_high:,})",
            "Is the job expected to continue for at least a year?Yes. The applicant is on our "
            f"development pathway for {pathway} and should step up next year.",
            "— CO-APPLICANT (joint tenancy) —",
            f"Employment status: Employed    Employer: {partner_firm}    Job title: {partner}    "
            f"Gross annual salary: £{partner_pay:,}",
            f"AFFORDABILITY CHECKCombined gross income£{combined:,}Income needed (30 × monthly "
            f"rent)£{required:,}Outcome✔ Pass — no guarantor needed",
            f"State benefits: none       Savings: £{savings:,} (enough for the £{deposit:,} "
            "deposit and the first month)",
            "Step 4 Guarantor — not needed",
            "Documents uploaded: 3 payslips.pdf · P60.pdf · Driving licence.jpg",
            "[ Back ]   [ Save for later ]   [ Continue › ]",
            f"{referencer} Ltd · member of a property redress scheme · UK GDPR · Cookies"]


# (the position (the role) and the title on file's spelling (an alias), the employer, its
#  type of business (a sector), the supervisor's title (`optional`), the city, the applicant's
#  description (its tools and certificates `optional`), the previous employer (`optional`) and
#  position (a move in), the Lead title (a move up), the side job's title (its day rate theirs)
#  and the property)
_TENUS = (
    ("Sterile Processing Technician", "SPD Technician", "Lakeshore Regional Medical Center",
     "Acute care hospital", "SPD Supervisor", "Milwaukee, WI",
     ("Steris washers", "steam sterilizers", "instrument tray assembly", "CRCST"),
     ("Bayview Family Dental", "Dental Office Coordinator"), "Lead Sterile Processing Technician",
     "Phlebotomist", "The Kinnickinnic Flats — Unit 307"),
    ("HVAC Technician", "HVAC Service Technician", "Desert Air Mechanical LLC",
     "Commercial heating and cooling service", "Service Manager", "Phoenix, AZ",
     ("rooftop units", "refrigerant recovery", "ductless mini-splits", "EPA 608 Universal"),
     ("Saguaro Home Supply", "Warehouse Picker"), "Lead HVAC Technician",
     "Handyman", "Camelback Row Apartments — Unit 1148"),
)


def _tenus(rng: random.Random, g: Guide) -> list[str]:
    """A US apartment portal's rental application at "Income & Employment": the portal menu,
    unit and rent line, application ID and progress bar, applicant line, employment type,
    start date, co-applicant, pets, fees and buttons (chrome), fields glued to their labels
    (the employer employs; "Type of Business" a sector; "Position / Title" the role; the
    supervisor's title `optional`), the hourly rate (the role's), the calculated monthly and
    annual income (the same pay), a freelance side job with its day rate (another title's, no
    move), the applicant's own description (duties; its tools `optional`), the previous
    employer (`optional`) and position with its monthly income (a move in, theirs), the income
    requirement (no pay) and the leasing office's verification (the title on file at II; last
    year's rate at I and the year before's the role's own; overtime no pay; the agent's note on
    a Lead post a move up whose rate is the role's at Lead)."""
    (job, alt, employer, business, supervisor, city, items, (pfirm, previous), lead, side,
     unit) = rng.choice(_TENUS)
    occupy(g, job, leads=[lead], moves_in=[previous])
    _spell(g, alt)
    _legal(g, employer, employer)
    _facts(g, [], [], [business], [supervisor, *items, pfirm])
    rate = _off(rng.randrange(2210, 3100, 20), 20, 2750) / 100
    _salary(g, rate, rate, "USD", period="hour")
    older = round(rate - rng.randrange(250, 400, 25) / 100, 2)
    _salary(g, older, older, "USD", period="hour", level="I")
    last = round(rate - rng.randrange(75, 200, 25) / 100, 2)
    _salary(g, last, last, "USD", period="hour")
    day = rng.randrange(180, 320, 10)
    _salary(g, day, day, "USD", period="day", belongs_to=side)
    monthly = rng.randrange(2_100, 2_900, 10)
    _salary(g, monthly, monthly, "USD", period="month", belongs_to=previous)
    lead_rate = float(int(rate) + rng.randrange(3, 6))
    _salary(g, lead_rate, lead_rate, "USD", period="hour", level="Lead")
    calc_month = _no_pay(g, round(rate * 40 * 52 / 12, 2), 0.01)
    calc_year = _no_pay(g, round(rate * 40 * 52, 2), 0.01)
    rent = int(_no_pay(g, rng.randrange(1_310, 1_700, 20), 20))
    overtime = int(_no_pay(g, rng.randrange(3_000, 7_000, 7), 7))
    fee = int(_no_pay(g, rng.choice((45, 50, 65)), 5))
    applicant = rng.choice(("Dario M. Quintero", "Keisha L. Whitfield", "Tomasz R. Nowak"))
    g.must_not_appear += ["Work & Income", "App #", "LEASING OFFICE USE",
                          "Leasing agent note"]
    return ["Homeport Resident Portal     Listings   My Applications   Pay Rent   Repairs   "
            "Inbox (1)   Sign out",
            f"{unit} · 1 bed / 1 bath · ${rent:,}/mo · Available Feb 1",
            f"APPLICATION FOR RESIDENCY — applicant 1 of 1           App #"
            f"HP-{rng.randint(100, 999)}-{rng.randint(10_000, 99_999)}",
            "Progress: ■■■■■□□□  Work & Income",
            f"Applicant: {applicant}     Move-in date: 02/01/2027     Lease term: 13 months",
            "WORK & INCOME",
            f"Current Employer{employer}",
            f"Employer Address{rng.randint(100, 9_999)} Industrial Pkwy, {city}",
            f"Type of Business{business}",
            f"Position / Title{job}",
            f"Supervisor's Title{supervisor}",
            "Pay typeW-2 employee, full time",
            f"Hired{rng.randint(1, 9)}/{rng.randint(10, 28)}/2021",
            f"Hourly Rate${rate:.2f}",
            "Weekly hours40",
            f"Monthly income (auto-calculated)${calc_month:,.2f}",
            f"Yearly income (auto-calculated)${calc_year:,.2f}",
            f"Other income 1Side work as {_an(side.lower())} (1099) — about ${day} a day, a few "
            "days a month",
            "Other income 2—",
            f"Your duties in a sentence or twoI run {items[0]} and {items[1]}, handle {items[2]} "
            f"and keep my {items[3]} current.",
            "EARLIER EMPLOYER (required under 24 months in the current job)",
            f"Employer{pfirm}   Position{previous}   Dates2017 – 2021   Monthly Income"
            f"${monthly:,}   Reason for leavingBetter pay and a trade",
            "QUALIFYING INCOME",
            f"Income must be three times the rent or more (${rent * 3:,.2f}).  You: "
            f"${calc_month:,.2f} ✔",
            "LEASING OFFICE USE — JOB CHECK",
            f"Source: {employer} HR portal        Checked: "
            f"12/{rng.choice(('01', '02', '04'))}/2026",
            f"Title on file: {alt} II        Current rate: ${rate:.2f}/hr        Overtime last "
            f"12 months: ${overtime:,}",
            f"Pay history: 2024 rate ${older:.2f}/hr ({alt} I) · 2025 rate ${last:.2f}/hr",
            f"Leasing agent note: Stubs match. Applicant says a {lead} opening is likely in the "
            f"new year (${lead_rate:.2f}/hr) – not counted.",
            f"Co-applicant: none    Pets: none    Application fee: ${fee}.00 (paid)",
            "[ ‹ Previous ]   [ Save ]   [ Next: Rental History › ]",
            "© 2026 Homeport Property Services · Equal Housing Opportunity · Privacy"]


# --------------------------------------------------------------------------------------
# A statutory flexible working request and its outcome
# --------------------------------------------------------------------------------------
# (the job title (the role), the employer (in capitals, the truth's spelling), its business
#  (a sector) and sites, the department (`optional`), the pay scale's name and the grade
#  numbers, the Senior title (a move up), the covering colleague's title (theirs, no move), the
#  person specification's items (skills) and qualifications (`optional`), the cover plan's
#  tasks (`optional`) and the system)
_FLEXFORM = (
    ("Health and Safety Advisor", ("CASTLEGATE BREWING COMPANY LTD",
                                   "Castlegate Brewing Company Ltd"),
     "a brewer and canner of cask and keg beers", "Brewing", ("Malton", "Pickering"),
     "SHEQ (Group)", "SHEQ pay scale", (5, 6), "Senior Health and Safety Advisor",
     "SHEQ Coordinator",
     ("Risk assessment", "Accident investigation", "Contractor management", "Audit planning",
      "Report writing for managers"),
     ("NEBOSH General Certificate", "Tech IOSH membership"),
     ("permit-to-work audits", "toolbox talks"), "Evotix"),
    ("Laboratory Analyst", ("HOLMEBROOK WATER SERVICES LTD", "Holmebrook Water Services Ltd"),
     "a water supply and wastewater treatment company", "Water supply", ("Denby", "Skelton"),
     "Scientific Services", "scientific pay scale", (3, 4), "Senior Laboratory Analyst",
     "Sampling Technician",
     ("ICP-MS", "Ion chromatography", "Method validation", "LIMS", "Data checking"),
     ("BSc in Chemistry", "RSci registration"),
     ("sample login", "instrument calibration"), "SampleManager"),
)


def _flexform(rng: random.Random, g: Guide) -> list[str]:
    """An employer's statutory flexible working form, three pages as PDF text: the company and
    form header, page lines, name, number, dates, patterns, signature, attendees, trial, appeal
    and cc lines (chrome), the employee's part (the job title the role, the department
    `optional`; the current salary at its grade, the role's, and the car allowance no pay; the
    pro-rata effect the same pay; the cover plan's tasks `optional`; a note on the Senior post),
    meeting notes run together (the covering colleague's salary, theirs, no move) and the
    decision letter (the pro-rata salary with the full-time equivalent and the grade's range,
    the role's at that grade; the person specification's items skills, its qualifications
    `optional`; the Senior vacancy's range at Senior, a move up; the employer's business a
    sector)."""
    (job, (caps, printed), business, sector, (site, other_site), department, scale,
     (grade, next_grade), senior, covering, spec, quals, tasks, system) = rng.choice(_FLEXFORM)
    occupy(g, job, leads=[senior])
    _legal(g, printed, printed)
    _facts(g, list(spec), [], [sector], [department, *quals, *tasks, system])
    level = f"Grade {grade}"
    low = rng.randrange(30, 40) * 1000 + 250
    high = low + rng.randrange(5, 8) * 1000
    salary = low + rng.randrange(1, 4) * 1000 + rng.choice((200, 700))
    _salary(g, salary, salary, "GBP", period="year", level=level)
    _salary(g, low, high, "GBP", period="year", level=level)
    slow = high + rng.randrange(1, 3) * 1000
    shigh = slow + rng.randrange(4, 7) * 1000 + 500
    _salary(g, slow, shigh, "GBP", period="year", level="Senior")
    cover = low - rng.randrange(8, 13) * 1000 - 400
    _salary(g, cover, cover, "GBP", period="year", belongs_to=covering)
    hours = rng.choice((22.5, 30.0))
    prorata = int(_no_pay(g, round(salary * hours / 37.5), 1))
    car = int(_no_pay(g, rng.choice((3_000, 3_300, 4_200)), 100))
    name = rng.choice(("Helen Marsh-Obi", "Gareth Pryce", "Nadia Sowerby"))
    g.must_not_appear += ["Employment Rights Act 1996", "Decision on your application",
                          "People Director", "SECTION 2"]
    days = "3 days" if hours == 22.5 else "4 days"
    return [f"{caps} — People and Culture",
            "APPLICATION FOR A CONTRACT VARIATION (FLEXIBLE WORKING) — section 80F, Employment "
            f"Rights Act 1996        PC-FWR v{rng.randint(2, 6)}",
            "Sheet 1/3",
            "SECTION 1 — EMPLOYEE DETAILS",
            f"Name: {name}        Payroll no.: 00{rng.randint(1000, 9999)}        Submitted: "
            f"{rng.randint(1, 28)} Oct 2026",
            f"Job title: {job}        Department: {department}, based at {site}",
            "Reports to: Head of Operations        Earlier applications this year: none",
            f"Hours now37.5 a week, Mon–Fri, at {other_site} on Wednesdays",
            f"Current salary£{salary:,} a year, grade {grade} on the {scale}; car allowance "
            f"£{car:,} on top",
            f"Hours asked for{hours:g} a week across {days}, {site} only",
            "From1 February 2027",
            f"What it does to pay£{prorata:,} a year pro rata ({hours:g}/37.5 of full time); the "
            "car allowance does not change",
            f"Cover for the work I drop{_cap(tasks[0])} and {tasks[1]} can move to my working "
            f"days; reports can go through {system}. The {covering} can cover urgent calls on "
            "my day off.",
            f"Note: I would still like to be considered for the {senior} post when it is "
            "advertised.",
            f"Signed: {name}",
            "Sheet 2/3",
            f"SECTION 2 — RECORD OF THE MEETING ({rng.randint(2, 20)} Nov 2026, on Teams)"
            "Attending: the employee, Head of Operations, HR Business Partner.Talked through "
            f"cover on the day off and the audit calendar at {other_site}.{covering} (on "
            f"£{cover:,} a year, full time) will pick up the urgent calls that day.Trial of 12 "
            "weeks agreed.",
            "Sheet 3/3",
            "SECTION 3 — DECISION",
            f"Dear {name.split()[0]},",
            "Decision on your application",
            f"Your application is APPROVED, on trial from 1 February 2027. Your hours become "
            f"{hours:g} a week and your pay £{prorata:,} a year pro rata (the full-time figure is "
            f"£{salary:,}, grade {grade} of the {scale} £{low:,} – £{high:,}). The car allowance "
            f"stays at £{car:,}.",
            "The person specification is the same as before and asks for: "
            f"{quals[0]}, {quals[1]}, " + ", ".join(s.lower() if s[1:].islower() else s
                                                    for s in spec) + ".",
            f"You can still apply for the {senior} vacancy (grade {next_grade}, £{slow:,} – "
            f"£{shigh:,}); part-time applicants are welcome.",
            f"{printed} is {business} with sites at {site} and {other_site}.",
            "To appeal, send your reasons to the People Director within two weeks.",
            "Kind regards,",
            "Head of Operations",
            "cc: HR Business Partner; Payroll; personnel file"]


# (the post (the role) and its team qualifier (the alias "Post (Qualifier)"), the council,
#  its service and directorate (must not appear), the grade and spinal points, the other post
#  to move across to (a lateral move, theirs), the Senior post (a move up), the rung below
#  (theirs) and the top of the ladder, the service staff come over from (`optional`), the
#  job description's items (skills) and qualification (`optional`), the employee's earlier
#  job (a move in) and council (`optional`))
_FLEXMAIL = (
    ("Licensing Officer", "Taxis and Private Hire", "Rothwick Borough Council",
     "Public Protection Service", "Place Directorate", (7, 20, 24),
     "Community Protection Officer", "Senior Licensing Officer", "Licensing Support Officer",
     "Licensing Manager", "the Business Support team",
     ("Taxi and private hire licensing law", "Premises licence applications",
      "Enforcement visits", "Customer contact on the phone and at the counter",
      "Accurate record keeping", "Managing a caseload"),
     "Level 3 Certificate in Licensing", "Trading Standards Support Officer",
     "Ashcombe City Council"),
    ("Planning Officer", "Development Management", "Eskmoor District Council",
     "Planning and Building Control Service", "Growth Directorate", (8, 25, 29),
     "Planning Enforcement Officer", "Senior Planning Officer", "Planning Technician",
     "Development Management Team Leader", "the Land Charges team",
     ("Planning law and policy", "Validation of applications", "Site visits",
      "Committee report writing", "Negotiation with agents", "Uniform"),
     "RTPI membership", "Building Control Surveyor", "Harnforth County Council"),
)


def _flexmail(rng: random.Random, g: Guide) -> list[str]:
    """A council HR e-mail thread with the outcome letter of a flexible working application:
    the e-mail headers and attachments, the covering note, reference and date, the meeting,
    the statutory business reasons run together, the appeal line, the signature and a mobile
    footer cut off (chrome), the post line "Post (Qualifier) | Grade N (SCP a – b, range) |
    current salary (SCP n)" (the role, its qualifier form an alias; the grade's range and the
    salary the role's at grade and point; the council employs), the requested hours' pro-rata
    salary (the same pay), the alternatives (another post to move across to: a lateral move
    whose full-time equivalent is theirs and whose pro-rata figure is no pay; acting up as
    Senior with its grade range, the role's at Senior, a move up), the job description's items
    (skills; the qualification `optional`), where officers start and the next steps (a ladder;
    the rung below's range theirs; the team staff come over from `optional`) and the
    employee's reply (an earlier job at another council a move in; the council `optional`)."""
    (job, qualifier, council, service, directorate, (grade, scp_low, scp_high), across, senior,
     below, top, came_over, spec, qual, earlier, earlier_council) = rng.choice(_FLEXMAIL)
    occupy(g, job, ladder=[below, job, senior, top], moves_in=[earlier], transitions=[across])
    _spell(g, f"{job} ({qualifier})")
    _legal(g, council, council)
    _facts(g, list(spec), [], [], [qual, came_over.replace("the ", "", 1), earlier_council])
    low = rng.randrange(30, 36) * 1000 + rng.choice((110, 480, 760))
    high = low + rng.randrange(2, 4) * 1000 + 310
    point = rng.randrange(scp_low + 1, scp_high)
    salary = low + (high - low) * (point - scp_low) // (scp_high - scp_low)
    _salary(g, low, high, "GBP", period="year", level=f"Grade {grade}")
    _salary(g, salary, salary, "GBP", period="year", level=f"SCP {point}")
    fte = low - rng.randrange(1, 3) * 1000 + 340
    _salary(g, fte, fte, "GBP", period="year", belongs_to=across)
    slow = high + rng.randrange(1, 3) * 1000 + 150
    shigh = slow + rng.randrange(2, 4) * 1000
    _salary(g, slow, shigh, "GBP", period="year", level="Senior")
    blow = low - rng.randrange(5, 8) * 1000 - 230
    bhigh = blow + rng.randrange(15, 25) * 100
    _salary(g, blow, bhigh, "GBP", period="year", belongs_to=below)
    hours = rng.choice((22.2, 25.9))
    prorata = int(_no_pay(g, round(salary * hours / 37), 1))
    across_hours = 18.5 if hours != 18.5 else 22.2
    across_prorata = int(_no_pay(g, round(fte * across_hours / 37), 1))
    first, last = rng.choice((("Marek", "Zielinski"), ("Amira", "Haddad"), ("Joanne", "Pell")))
    domain = council.split()[0].lower()
    g.must_not_appear += ["Sent from Mail for Wind", directorate, "HR Casework",
                          "insufficiency of work during the periods"]
    return [f"From: HR Casework <hr.casework@{domain}.gov.uk>",
            f"Date: {rng.randint(3, 9)} Dec 2026, 09:{rng.randint(10, 59)}",
            f"To: {last}, {first}",
            f"Cc: {service} Manager; UNISON {council.split()[0]} branch",
            f"Subject: RE: Your flexible working request – {job} ({qualifier}) – decision",
            "Attachments: FWA Outcome.pdf; FWA Application.pdf; JD and person specification.pdf",
            f"Hello {first},",
            "Your outcome letter is attached; the text is below so you can read it on your "
            "phone.",
            f"Best wishes, HR Casework | {council}",
            "---------- Text of FWA Outcome.pdf ----------",
            f"{council.upper()}   {directorate} · {service}",
            f"Reference FWA/26/{rng.randint(100, 999)}        {rng.randint(1, 5)} December 2026",
            "Decision on your flexible working request",
            f"Post: {job} ({qualifier})  |  Grade {grade} (SCP {scp_low} – {scp_high}, "
            f"£{low:,} – £{high:,})  |  Your current salary: £{salary:,} (SCP {point}), 37 hours",
            f"Your request was for {hours:g} hours a week from 1 March 2027 (pro rata salary "
            f"£{prorata:,}).",
            f"Thank you for meeting us on {rng.randint(10, 27)} November with your union "
            "representative. Unfortunately we cannot grant it, for these of the "
            "business reasons the legislation allows:• detrimental impact on quality• "
            "detrimental impact on performance• insufficiency of work during the periods you "
            "propose to work.",
            "Other options we talked about",
            "1. A compressed week of 37 hours over four and a half days. Salary unchanged.",
            f"2. The {across} post (Grade {grade}, {across_hours:g} hrs, £{across_prorata:,} pro "
            f"rata, FTE £{fte:,}) is advertised internally, and you may move across to it "
            "without a change of grade.",
            f"3. Temporary acting up as {senior} (Grade {grade + 1}, £{slow:,} – £{shigh:,}) "
            "for three months, full time only.",
            "The job description and person specification list: "
            + ", ".join(s if s == "Uniform" else s.lower() for s in spec)
            + f". {qual} desirable.",
            f"Most of our {_plural(job)} start as {_plural(below)} (Grade {grade - 2}, "
            f"£{blow:,} – £{bhigh:,}) or come over from {came_over}; the next step is {senior} "
            f"and then {top}.",
            "Appeals go to the Head of Service within two weeks of this letter.",
            "With regards",
            f"{service} Manager",
            "---------- end ----------",
            f"From: {last}, {first}",
            "To: HR Casework",
            "Subject: RE: Your flexible working request – decision",
            f"Thanks. I will try option 1. Could the {across} post be done in three days? I was "
            f"a {earlier} at {earlier_council} for five years so it would suit me.",
            f"{first} {last} | {job} | {council}",
            "Sent from Mail for Wind"]


# --------------------------------------------------------------------------------------
# A trade union's online membership application
# --------------------------------------------------------------------------------------
# (the job (the role), the employer (a contractor), the client and the workplace
#  (`optional`), the sector field's value (a sector), the dropdown's suggestions (`optional`),
#  the job in the member's own words, the second job and its employer (`optional`), the title
#  of an earlier membership (a move in), the rep's title, the deal's two other titles (theirs)
#  and the training wanted (`optional`))
_UJPUBLIC = (
    ("Ward Housekeeper", "Brightwell Facilities Ltd", "Calderbrook NHS Trust (soft FM contract)",
     "Calderbrook General Hospital, CB2 9RA", "NHS support services",
     ("Ward Housekeeper", "Domestic", "Porter", "Linen Room Operative", "Hostess",
      "Supervisor"),
     "housekeeper on Ward 7 – I order the ward supplies, serve the patients' meals and keep "
     "the bays clean", ("Taxi Marshal", "Calder Nightlife Ltd"), "Kitchen Porter",
     "a Porter on the night team", ("Domestic Supervisor", "Porter"),
     ("Infection prevention basics", "English for work")),
    ("Leisure Attendant", "Fitwell Leisure Trust", "Hartmoor Borough Council (leisure "
     "management contract)", "Hartmoor Pool and Fitness Centre, HT4 2LB",
     "Leisure and culture services",
     ("Leisure Attendant", "Lifeguard", "Receptionist", "Swimming Teacher", "Duty Manager",
      "Cleaner"),
     "pool and gym attendant – I set out the lanes, do the pool tests and help at the "
     "front desk", ("Delivery Driver", "Parcelway Ltd"), "Retail Cashier",
     "a Lifeguard at the pool", ("Duty Manager", "Swimming Teacher"),
     ("Pool plant operator course", "First aid at work")),
)


def _ujpublic(rng: random.Random, g: Guide) -> list[str]:
    """A public service union's online joining form at its job step: the union menu with the
    Welsh link, step line, member line, contract and hours boxes, how heard, next step,
    buttons and data footer (chrome), the employer (employs) and the contractor question, the
    client and workplace (`optional`), the sector field (a sector), the job dropdown's
    suggestions (`optional`), the job in the member's own words (duties), the hourly rate
    (the role's), the subscription bands with one ticked (no pay), a second job with its pay
    (theirs, no move; its employer `optional`), an earlier membership under another title (a
    move in), why join (a campaign demand no pay; the deal's rates for two other titles,
    theirs) and the training wanted (`optional`)."""
    (job, employer, client, workplace, sector, suggestions, own, (second, sfirm), earlier, rep,
     (deal_a, deal_b), training) = rng.choice(_UJPUBLIC)
    occupy(g, job, moves_in=[earlier])
    _legal(g, employer, employer)
    _facts(g, [], [], [sector], [client.split(" (")[0], workplace.split(",")[0],
                                 *(s for s in suggestions if s not in (job, deal_a, deal_b)),
                                 sfirm, *training])
    rate = rng.randrange(1232, 1290, 5) / 100  # pence ending in 2 or 7: no chance set-56 rate
    _salary(g, rate, rate, "GBP", period="hour")
    spay = round(rate + rng.choice((-0.2, -0.1, 0.15)), 2)
    _salary(g, spay, spay, "GBP", period="hour", belongs_to=second)
    apay = round(rate + rng.randrange(30, 50) * 0.05, 2)  # pence still ending in 2 or 7
    _salary(g, apay, apay, "GBP", period="hour", belongs_to=deal_a)
    bpay = round(rate + rng.randrange(12, 24) * 0.05, 2)
    _salary(g, bpay, bpay, "GBP", period="hour", belongs_to=deal_b)
    demand = _no_pay(g, 14.75, 0.5)
    subs = [_no_pay(g, v, 0.05) for v in (2.45, 6.70, 10.55, 15.20, 20.35)]
    hours = rng.choice((18.75, 22.5, 25))
    union = rng.choice(("CPSU  Community and Public Services Union", "PWA  Public Workers "
                                                                     "Alliance"))
    short = union.split()[0]
    g.must_not_appear += [union.split("  ")[1], "Find a branch", "Your role",
                          f"Become a {short} member"]
    bands = ["Under £7,500", "£7,500–£14,999", "£15,000–£22,499", "£22,500–£29,999",
             "£30,000 and over"]
    ticked = 1 if hours < 20 else 2
    return [f"{union}     Join   Members' area   Find a branch   Advice   Campaigns   Cymraeg",
            f"Become a {short} member          Stage 3/4 — Your role (about five minutes)  ●●●○",
            f"Joining as: {rng.choice(('Ms Dana Kerr', 'Mr Tomasz Wilk', 'Mrs Ayo Bello'))} · "
            "Member type: Standard",
            "YOUR ROLE",
            f"Who employs you?*{employer}",
            "Are you employed by a company or charity that runs a public service under "
            "contract?☒ Yes   ☐ No, directly by the council or NHS",
            f"Which organisation is the contract with?{client}",
            f"Workplace and postcode*{workplace}",
            f"Sector / service group*{sector} (contracted out)",
            f"Choose your job*{job} ▾",
            f"(suggestions: {' · '.join(suggestions)})",
            f"Your job in your own words (optional){own}",
            f"Contract type☒ Permanent ☐ Fixed term ☐ Casual     Weekly hours*{hours:g}",
            f"Hourly rate (if known)£{rate:.2f}",
            "Total yearly earnings before tax*We only use this to set your subscription.",
            "   ".join(f"{'☒' if i == ticked else '☐'} {band}: £{sub:.2f} monthly"
                       for i, (band, sub) in enumerate(zip(bands, subs, strict=True))),
            f"Any other paid work?☒ Yes — title: {second}, employer: {sfirm}, pay £{spay:.2f} "
            "an hour, some evenings",
            f"Union member before?☒ Yes — {earlier} with another union, 2017–2020",
            f"Who told you about us?Our workplace rep ({rep})",
            f"WHY JOIN?Our campaign: \"Nobody in our contracts on less than £{demand:.2f} an "
            f"hour\". This year's deal at {employer}: {_plural(deal_a)} now get £{apay:.2f} an "
            f"hour and {_plural(deal_b)} £{bpay:.2f}.",
            f"Courses you would like (optional)☒ {training[0]} ☒ {training[1]} ☐ Maths and "
            "English",
            "Then: pay by Direct Debit (last stage)",
            "‹ Previous   Save and finish later   Next ›",
            f"Your data is used to run your membership. {short} is a listed trade union. "
            "Privacy · Accessibility"]


# (the grade and title (the role) and its abbreviation (an alias), the industry boxes and the
#  ticked one (a sector), the employer, the depot (`optional`), the pay band, the previous
#  grade (the ladder's first rung), the authorisations (`optional`), the deal's other title
#  (theirs), the same title at another operator (an employer), another title's deal (theirs),
#  the cut deal, the "manager side" (`optional`) and the skills held)
_UJRAIL = (
    ("Train Dispatcher", "TD",
     ("Infrastructure", "Passenger train company", "Freight haulier", "Trams / light rail",
      "Engineering contractor"), 1, "Wolds Coast Railway Ltd",
     "Scarborough station, platform team", "Band 2 – station operations", "Ticket Office Clerk",
     ("Platform safety checks", "Right-away authority"), "Station Supervisor",
     "Humber Valley Trains", "Signaller", "Train Driver, Humber Valley — £6",
     "station management side",
     ("Platform train interface", "Safe dispatch procedures", "Emergency evacuation",
      "Assisted travel", "Public announcements")),
    ("Track Maintenance Technician", "TMT",
     ("Infrastructure", "Passenger train company", "Freight haulier", "Trams / light rail",
      "Engineering contractor"), 4, "Severnside Track Services Ltd",
     "Gloucester depot, night shift gang", "Band 4 – permanent way", "Track Operative",
     ("PTS card", "Lookout certification"), "Track Welder",
     "Mercia Permanent Way Ltd", "Machine Controller", "Section Manager, Mercia — £5",
     "engineering supervisor side",
     ("Rail grinding", "Ultrasonic rail testing", "Sleeper replacement", "Track geometry checks",
      "Hand trolley operation")),
)


def _ujrail(rng: random.Random, g: Guide) -> list[str]:
    """A rail staff union's online membership application: the union menu, reference, steps,
    time in grade, shifts, the "not counted" line, the commission, balloting note, the
    representation note's personal matter, buttons and footer (chrome), industry checkboxes
    (the ticked one a sector, the others `optional`), the employer (employs), the depot
    (`optional`), "Grade / job title*Title (ABBR)" (the role, the abbreviation an alias), the pay
    band and basic salary (the role's at the band), the previous grade (the ladder's rung
    below), authorisations (`optional`), subscription rates (no pay), the pay deal at the
    employer (the role's, Senior's at Senior, the previous grade's and another title's theirs),
    other deals (the same title at another operator: an employer and the role's; another title's,
    theirs; one cut mid-figure), the wish to go for Senior (the ladder's next rung) and the
    skills held (skills)."""
    (job, abbr, boxes, ticked, employer, depot, band, previous, authorisations, other, operator,
     third, cut, side, skills) = rng.choice(_UJRAIL)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[previous, job, senior])
    _spell(g, abbr)
    _legal(g, employer, employer)
    _legal(g, operator, operator)
    _facts(g, list(skills), [], [boxes[ticked]],
           [*(b for i, b in enumerate(boxes) if i != ticked), depot.split(",")[0],
            *authorisations, side])
    level = band.split(" –")[0]
    basic = rng.randrange(30, 38) * 1000 + rng.randrange(15, 995, 10)
    _salary(g, basic, basic, "GBP", period="year", level=level)
    spay = basic + rng.randrange(25, 40) * 100 + 40
    _salary(g, spay, spay, "GBP", period="year", level="Senior")
    ppay = basic - rng.randrange(10, 25) * 100 - 60
    _salary(g, ppay, ppay, "GBP", period="year", belongs_to=previous)
    opay = basic + rng.choice((-1, 1)) * rng.randrange(40, 70) * 100 + 20
    _salary(g, opay, opay, "GBP", period="year", belongs_to=other)
    same = basic - rng.randrange(8, 20) * 100 + 30
    _salary(g, same, same, "GBP", period="year")
    tpay = basic + rng.randrange(60, 90) * 100 + 100
    _salary(g, tpay, tpay, "GBP", period="year", belongs_to=third)
    subs = [_no_pay(g, v, 0.05) for v in (7.25, 11.60, 21.45, 2.75)]
    union = rng.choice(("RWU — Railway Workers' Union", "TRSA — Transport and Rail Staff "
                                                         "Association"))
    short = union.split()[0]
    g.must_not_appear += [cut, "MEMBERSHIP FORM", "Our deals", "Data protection"]
    return [f"{union}   |  JOIN  |  Log in  |  Our deals  |  Find a rep  |  Help",
            f"MEMBERSHIP FORM (ONLINE)                         Application no. "
            f"M-26-{rng.randint(100, 999)} {rng.randint(100, 999)}",
            "1. About you ✔  2. Your work ●  3. Subscription  4. Confirm",
            "2. YOUR WORK",
            "Your area of the railway*" + " ".join(
                f"{'☒' if i == ticked else '☐'} {b}" for i, b in enumerate(boxes)),
            f"Employer*{employer}",
            f"Depot / location*{depot}",
            f"Grade / job title*{job} ({abbr})",
            f"Pay band (if known){band}",
            f"Basic salary (annual)£{basic:,}",
            f"Years in grade{rng.randint(1, 6)}",
            f"Grade before this one (same employer){previous} (2018 – 2023)",
            "Authorisations held?" + " ".join(f"☒ {a}" for a in authorisations),
            "Rostered shifts☒ Earlies ☒ Lates ☒ Nights ☐ Rest-day working",
            "3. SUBSCRIPTION",
            "Subscriptions are banded on basic salary only:",
            f"☐ Apprentice £{subs[0]:.2f}/month   ☐ Part-time £{subs[1]:.2f}/month   ☒ Full "
            f"rate £{subs[2]:.2f}/month   ☐ Retired £{subs[3]:.2f}/month",
            "(Overtime, rest days, mileage and any commission are left out.)",
            f"WHAT WE WON IN 2026 AT {employer.upper()} (ballot result, effective 1 April)",
            f"{job} — £{basic:,} (+4%)",
            f"{senior} — £{spay:,}",
            f"{previous} — £{ppay:,}",
            f"{other} — £{opay:,}",
            f"Other {short} deals 2026: {job}, {operator} — £{same:,} · {third}, "
            f"{employer.split()[0]} — £{tpay:,} · {cut}",
            f"Anything your rep should know? (optional)Aiming for {senior} at the next vacancy, "
            f"maybe later the {side}. Advice needed on a roster dispute.",
            "Qualifications and skills (helps our learning reps)" + ", ".join(
                s if s == skills[0] else s.lower() for s in skills) + ".",
            "[ Back ]   [ Save ]   [ Next: Confirm › ]",
            f"{short} is an independent trade union. Data protection · Cookies"]


# --------------------------------------------------------------------------------------
# An earned wage access app's screens
# --------------------------------------------------------------------------------------
# (the position (the role), the restaurant (printed, short) and its group (employers), the
#  group's industry (a sector), the location's place and town (the region), the earlier title
#  (a move in), the Lead title's items to complete (skills), the title staff move on to (a
#  move up), the other location's town, the sister restaurant (an employer), the other title
#  with tip share, and the cut row's title)
_WATIPPED = (
    ("Bartender", ("Copperline Tavern & Grill", "Copperline Tavern"),
     "Riverbend Hospitality Group", "Casual dining restaurants", "Old Town", "Alexandria VA",
     "Barback", ("Cocktail specs", "Inventory counts", "Responsible alcohol service",
                 "Cash handling"),
     "Bar Manager", "Arlington", "Millrace Oyster House", "Server", "Host"),
    ("Food Runner", ("Blue Heron Seafood Kitchen", "Blue Heron"), "Tidewater Dining Co.",
     "Seafood restaurants", "Harbor Point", "Norfolk VA", "Dishwasher",
     ("Table numbering", "Allergy tickets", "Plate presentation", "Expo station"),
     "Server", "Virginia Beach", "Saltmarsh Grill", "Busser", "Line Cook"),
)


def _watipped(rng: random.Random, g: Guide) -> list[str]:
    """An earned wage access app's screens for a tipped restaurant worker: the status bar, app
    header, greeting, balance, transfer buttons and fees, the tips note, shift rows' dates,
    hours and totals, the pay schedule, savings panel and tab bar (chrome), the restaurant and
    its group (employ), "Position" (the role), the location (the base rate's region), the base
    rate (the role's; tips, the trainer premium and the trainer shift's rate no pay), the
    position history (the earlier title a move in with its rate, theirs), the company's
    industry (a sector), the employer's growth panel (the Lead title's rate the role's at Lead,
    a move up; the items to complete skills; the title staff move on to, a move up whose tipped
    wage is theirs) and open shifts (the role at another location with its town; the role at a
    sister restaurant, an employer; another title with tip share, theirs; one cut)."""
    (job, (printed, short), group, industry, place, town, earlier, items, onward, town_a,
     sister, other, cut_title) = rng.choice(_WATIPPED)
    lead = f"Lead {job}"
    occupy(g, job, leads=[lead, onward], moves_in=[earlier])
    _legal(g, printed, short)
    _legal(g, group, group)
    _legal(g, sister, sister)
    _facts(g, list(items), [], [industry], [])
    base = rng.randrange(1312, 1650, 10) / 100  # cents ending in 2 or 7: no chance set-56 rate
    _salary(g, base, base, "USD", period="hour", region=town)
    lead_rate = round(base + rng.randrange(150, 275, 25) / 100, 2)
    _salary(g, lead_rate, lead_rate, "USD", period="hour", level="Lead")
    erate = round(base - rng.randrange(100, 250, 25) / 100, 2)
    _salary(g, erate, erate, "USD", period="hour", belongs_to=earlier)
    wage = rng.choice((2.13, 4.15)) if onward == "Server" else float(rng.randrange(22, 27))
    _salary(g, wage, wage, "USD", period="hour", belongs_to=onward)
    away = round(base + 0.5, 2)
    _salary(g, away, away, "USD", period="hour", region=town_a)
    sister_rate = round(base + 0.25, 2)
    _salary(g, sister_rate, sister_rate, "USD", period="hour")
    orate = round(base - 0.75, 2)
    _salary(g, orate, orate, "USD", period="hour", belongs_to=other)
    premium = 1.25  # the trainer's rate, base + 1.25, is no figure of the truth (Lead's is higher)
    trainer = round(base + premium, 2)
    available = _no_pay(g, round(rng.uniform(90, 190), 2), 1)
    earned = _no_pay(g, round(available * 3, 2), 1)
    fee = _no_pay(g, rng.choice((1.49, 2.49, 3.25)), 0.5)
    app = rng.choice(("PayNow Early", "ShiftCash"))
    hours = [rng.choice((5.5, 6.0, 6.5)) for _ in range(3)]
    g.must_not_appear += ["Ready to transfer", "Get paid now", "Your last shifts",
                          f"Careers at {group.split()[0]}", app]
    return [f"8:{rng.randint(10, 59)}  ▂▄▆ 5G  🔋 {rng.randint(20, 90)}%",
            f"{app}                                                     🔔 1   ⚙",
            f"Hi {rng.choice(('Marcus', 'Priya', 'Dev'))} 👋   {printed} — {group}",
            "READY TO TRANSFER",
            f"${available:,.2f}",
            f"Wages earned since payday ${earned:,.2f} · Payday Fri Dec 18",
            f"[ Get paid now ]   Instant (${fee:.2f}) · Standard (free, 1 day)",
            "ℹ Tips are paid out by the restaurant and are not part of this balance; your "
            "employer caps transfers at 40% of wages earned.",
            "YOUR LAST SHIFTS",
            f"Dec 12 (Sat) · {hours[0]:g} hrs at ${base:.2f} · {job} · ${hours[0] * base:,.2f}",
            f"Dec 11 (Fri) · {hours[1]:g} hrs at ${trainer:.2f} · {job}, training · "
            f"${hours[1] * trainer:,.2f}",
            f"Dec 9 (Wed) · {hours[2]:g} hrs at ${base:.2f} · {job} · ${hours[2] * base:,.2f}",
            "ABOUT YOUR JOB",
            f"Position  {job}",
            f"Location  {short} — {place}, {town}",
            f"Base rate  ${base:.2f} an hour, tips on top",
            f"Trainer add-on  +${premium:.2f} an hour on training shifts",
            "Paid  every other Friday",
            f"Job history  {earlier} · ${erate:.2f}/hr · 2023 – 2024 → {job} · since 2024",
            f"Company  {group} · {industry} · {rng.randint(6, 20)} locations",
            f"CAREERS AT {group.split()[0].upper()} (posted by your employer)",
            f"{lead} — ${lead_rate:.2f}/hr — open at {short} {town_a}. To qualify complete: "
            + " · ".join(f"{item} {'✓' if i < 2 else '○'}" for i, item in enumerate(items)),
            f"Many {_plural(job.lower())} move on to {onward.lower()} after a year; "
            f"{_plural(onward)} earn ${wage:.2f}/hr" + (" + tips." if wage < 8 else "."),
            "PICK UP A SHIFT",
            f"{job} · {short} {town_a} · Sat Dec 19 · ${away:.2f}/hr",
            f"{other} · {short} {place} · Sun Dec 20 · ${orate:.2f}/hr + tip share",
            f"{job} · {sister} ({group.split()[0]} group) · Tue Dec 22 · ${sister_rate:.2f}/hr",
            f"{cut_title} · {sister} · Wed Dec",
            "MONEY TIPS",
            f"Round-ups on · Saving for: new phone ${rng.choice((400, 700))} · \"Budget on the "
            "base pay; tips are a bonus\"",
            "Home   Shifts   Transfer   Savings   Profile"]


# (the title (the role) and its abbreviation (an alias), the facility (printed, short) and
#  town (the region), the chain (an employer) and its communities (sectors), the department,
#  the previous position (a move in), the credentials (`optional`), the competencies (skills),
#  the ladder: a title with its rate (a move up, theirs), a title with its starting floor (a
#  move up, theirs) and a title at the same pay grade (a lateral move), the other building and
#  its town (an employer), the cut row's building)
_WACARE = (
    ("Licensed Practical Nurse", "LPN",
     ("Cedar Hollow Nursing & Rehabilitation", "Cedar Hollow N&R"), "Muncie, IN",
     "Brookline Senior Care", ("Skilled nursing", "Memory care"), "Nursing dept. · Unit 2",
     "Certified Nursing Assistant", ("LPN license (Indiana) – active", "BLS – exp 05/2027"),
     ("Medication pass", "Wound care", "IV therapy", "MatrixCare charting",
      "Admission assessments"),
     ("MDS Coordinator", "Registered Nurse", "Treatment Nurse"),
     ("Yorktown Meadows", "Yorktown"), "Anderson Gardens"),
    ("Dietary Cook", "Cook",
     ("Oak Terrace Assisted Living", "Oak Terrace AL"), "Springfield, MO",
     "Harmony Pointe Senior Living", ("Assisted living", "Memory care"),
     "Dining Services · Main kitchen", "Dishwasher",
     ("ServSafe Food Handler – exp 2027", "TB test – current"),
     ("Therapeutic diets", "Texture-modified meals", "Food temperature logs",
      "Menu production", "Allergen control"),
     ("Cook Supervisor", "Dining Services Manager", "Baker"),
     ("Battlefield Commons", "Republic"), "Nixa Heights"),
)


def _wacare(rng: random.Random, g: Guide) -> list[str]:
    """A care chain's earned wage access (draw) app: the header, greeting, shift and hall, the
    earned and available box, draws, pay card and bank fees, the projected paycheck, the
    earnings detail's differentials, critical bonus and attendance incentive, the not-a-loan
    line and the tab bar (chrome or no pay), the facility (employs) and its town (the base
    wage's region), "Title (ABBR)" (the role, the abbreviation an alias), the base wage (the
    role's), the profile (the previous position a move in with its rate, theirs; credentials
    `optional`; competencies skills), the career ladder (a title's rate and a title's starting
    floor, moves up, theirs; a title at the same pay grade, a lateral move) and open shifts (the
    role at another building: an employer and the role's rate with its town, the critical add-on
    no pay; the role at the home building, the same pay; the previous title's shift, theirs; one
    cut mid-figure); the chain employs and its communities are sectors."""
    (job, abbr, (facility, short), town, chain, sectors, department, previous, credentials,
     competencies, (up_rate, up_floor, lateral), (other, otown), cut_building) = rng.choice(
        _WACARE)
    occupy(g, job, leads=[up_rate, up_floor], moves_in=[previous], transitions=[lateral])
    _spell(g, abbr)
    _legal(g, facility, short)
    _legal(g, chain, chain)
    _legal(g, other, other)
    _facts(g, list(competencies), [], list(sectors), [*credentials, department.split(" ·")[0]])
    base = rng.randrange(1702, 2700, 10) / 100
    _salary(g, base, base, "USD", period="hour", region=town)
    away = round(base + rng.choice((0.3, 0.5, 0.75)), 2)
    _salary(g, away, away, "USD", period="hour", region=otown)
    prev = round(base - rng.randrange(300, 500, 5) / 100, 2)
    _salary(g, prev, prev, "USD", period="hour", belongs_to=previous)
    prev_shift = round(prev + 0.5, 2)
    _salary(g, prev_shift, prev_shift, "USD", period="hour", belongs_to=previous)
    up = round(base + rng.randrange(150, 300, 5) / 100, 2)
    _salary(g, up, up, "USD", period="hour", belongs_to=up_rate)
    floor = round(base + rng.randrange(700, 1100, 25) / 100, 2)
    _salary(g, floor, None, "USD", period="hour", belongs_to=up_floor)
    critical = int(_no_pay(g, rng.choice((3, 4, 6)), 1))
    weekend = _no_pay(g, rng.choice((1.25, 1.75)), 0.25)
    shift_diff = _no_pay(g, rng.choice((0.65, 1.1)), 0.25)
    incentive = _no_pay(g, round(rng.uniform(20, 45), 2), 1)
    earned = _no_pay(g, round(rng.uniform(600, 1100), 2), 1)
    available = _no_pay(g, round(earned / 2, 2), 1)
    projected = _no_pay(g, round(rng.uniform(1200, 1900), 2), 1)
    app = rng.choice(("EarlyDraw", "PayFlex Now"))
    cut_rate = f"${int(base) + 1}."
    g.must_not_appear += ["Earned this period", "Estimated next paycheck", "Critical shift pay",
                          cut_rate, app]
    hrs = rng.choice((36.0, 37.5, 40.0))
    return [f"{app}  by {chain}                                   ☰",
            "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
            f"Good evening, {rng.choice(('Renata', 'Shonda', 'Miguel'))}",
            f"{facility} · {town}",
            f"{job} ({abbr}) · {department} / {rng.choice(('1st', '2nd', '3rd'))} shift",
            "┌ Earned this period (Dec 13 – Dec 26) ──┐",
            f"│ ${earned:,.2f} earned · ${available:,.2f} ready to draw │",
            "│ Draws taken: 0                         │",
            "└──────────────────────────────────┘",
            f"Send to: {chain.split()[0]} Pay Card (free) · Bank ($2.49 instant, standard 2-3 "
            "days free)",
            f"Estimated next paycheck (Dec 31): ${projected:,.2f} before draws",
            "HOW YOU EARNED IT",
            f"Base wage — {abbr}  ${base:.2f}/hr   {hrs:g} hrs   ${base * hrs:,.2f}",
            f"Weekend differential  ${weekend:.2f}/hr   8 hrs   ${weekend * 8:,.2f}",
            f"Critical shift pay  +${critical:.2f}/hr   8 hrs   ${critical * 8:,.2f}",
            f"Evening/night differential  ${shift_diff:.2f}/hr   {hrs:g} hrs   "
            f"${shift_diff * hrs:,.2f}",
            f"Perfect attendance incentive (pending)  ${incentive:.2f}",
            f"PROFILE (from {chain.split()[0]} HR)",
            f"Job  {job}   Status  Full-time   Hire date  0{rng.randint(1, 9)}/1"
            f"{rng.randint(0, 9)}/2024",
            f"Previous position  {previous} · ${prev:.2f}/hr · 2021-2024 ({chain.split()[0]}, "
            f"{short})",
            f"Credentials  {' · '.join(credentials)}",
            "Competencies on file  " + " · ".join(f"{c} ✔" for c in competencies),
            f"CAREER LADDER @ {chain.split()[0].upper()}",
            f"▸ {up_rate} — training paid. {_plural(up_rate)} earn ${up:.2f}/hr.",
            f"▸ {up_floor} track — after 1 year; {_plural(up_floor)} start at ${floor:.2f}/hr.",
            f"▸ {lateral} — same pay grade as {abbr}, days only, ask your manager.",
            "OPEN SHIFTS NEARBY",
            f"{abbr} · {other} ({chain.split()[0]}) · {otown} · Sat 6a–2:30p · ${away:.2f}/hr + "
            f"${critical} critical",
            f"{abbr} · {short} · Sun 2p–10:30p · ${base:.2f}/hr",
            f"{previous} · {short} · Mon · ${prev_shift:.2f}/hr",
            f"{abbr} · {cut_building} · Tue 10p–6:30a · {cut_rate}",
            f"{app} is not a loan; what you draw is taken from your next paycheck. {chain} runs "
            f"{sectors[0].lower()} and {sectors[1].lower()} communities.",
            "Home   Draw   History   Shifts   Help"]


(FAMILY56_RENDERERS, FAMILY56_LAYOUTS, FAMILY56_LADDER_LAYOUTS,
 FAMILY56_ALIAS_LAYOUTS) = variant_families({
    "kazakhmt": {"region": _kzregion, "vakhta": _kzvakhta},
    "khmermt": {"factory": _khfactory, "it": _khit},
    "tenancyapp": {"uk": _tenuk, "us": _tenus},
    "flexrequest": {"form": _flexform, "email": _flexmail},
    "unionjoin": {"public": _ujpublic, "rail": _ujrail},
    "wageaccess": {"tipped": _watipped, "care": _wacare},
})
