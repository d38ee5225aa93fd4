"""Structures of three page types (found by studying held-back set 37): a job posting read
through a browser translator ("English / native" title line, the koruna in Czech notation,
the site's salary statistics, similar offers), a "how to negotiate your salary as a X"
article (pipe bands, a chief's band, anecdotes with offers, lower-case headings, one-off
payments) and a graduate scheme's assessment-centre guide (a header of "Label: value" fields,
competencies assessed, other schemes' salaries listed one after another)."""

from __future__ import annotations

from careergraph.guides import parse_text

_POSTING = """\
Translated from: Czech  |  Show original  |  Always translate Czech   ✕
PrahaPrace.cz  Jobs  Companies  Salaries  For employers  Log in
Home › Job offers › Construction › Jihočeský kraj
TILER / OBKLADAČ KOUPELEN (m/f)
Obklady Dvořák s.r.o. · České Budějovice – Suché Vrbné
36 000 – 44 000 CZK gross/month | Full time | Permanent employment
Original title: Obkladač / obkladačka koupelen
Job descriptionWe tile bathrooms and kitchens for families and developers.
Requirements:
• experience with large-format tiles (Rubi, Raimondi)
• levelling systems and waterproofing
What we offerSalary 36 000 – 44 000 Kč gross per month according to experience
for a school leaver from CZK 31,500 per month during the trial period
meal vouchers 110 Kč/shift  ·  cafeteria 5 000 points/year
For comparison: a plasterer (štukatér) in our company earns 33 000 – 39 000 Kč.
Salary statistics for the occupation Tiler (source: PrahaPrace.cz, 840 salaries reported, 2026)
Czech Republic median 35 900 Kč/month
Jihočeský kraj median 33 700 Kč/month
Middle 50 % earn between 31 200 Kč and 40 800 Kč
Similar offers: Obkladač – Tábor (Keramika Horák s.r.o.)  |  Tiler – Písek (Dlažby Kos)  |  \
Zedník – Strakonice
Field: Construction and finishing works
"""

_GLUED_POSTING = """\
This page has been translated from Czech. Show original | Options ▾
jobyvkraji.cz — regional jobs portal
Cook / Kuchař – Staff canteen (morning shifts)Nemocnice Kolín, a.s.
Offered salary: from CZK 29,800 per month (gross)  ·  shift work  ·  full-time
Job description
The cook prepares meals for patients and staff in the hospital kitchen.
You might also be interested in: Kuchař – Nemocnice Benešov | Pomocná síla – Jídelna Kolín
"""

_NEGOTIATION = """\
the pay desk — careers and money for UK opticians
MONEY | How to negotiate your salary as an optometrist (without the awkwardness)

Most of us went into optometry for the patients, not the contract.

what are optometrists paid? (UK high-street practice, gross basic, 2026)
Pre-registration | £21,000 – £24,000
Newly qualified | £34,000 – £39,000
Chief Optometrist | £58,000 – £66,000
clinical director ......... £70,000 – £82,000

what to ask for
Ask about the CPD budget and the rota. A golden hello (£4k–£8k at multiples) is not salary.

three offers, three conversations
Sam took a Chief Optometrist job at £61,000 after four years.
The practice offered me £36,000 and I signed at £38,500 plus a £3k sign-on.
A dispensing optician friend (six years) asked for £29,000 and got £27,500.
For comparison, the survey's orthoptists reported a median of £41,000.

where optometrists go next
Many move up to Clinical Director and some buy into a practice as a partner.
"""

_ASSESSMENT = """\
KESTREL RAIL — early careers
Graduate Network Planner (Rail Freight)   |   Start: September 2027   |   \
Salary: £30,500 + £1,500 on completion of year 1   |   Locations: Crewe, Wakefield
Also advertised as: Graduate Timetable Planner

Inside the assessment centre
The Timetable Clash (individual, 50 min): build a plan in a spreadsheet. We're assessing: \
analytical thinking, attention to detail, spreadsheet modelling.
The Angry Shipper (role play, 20 min): a shipper's wagons are stuck at Crewe. Assessed: \
customer empathy, negotiation, staying calm.
In-tray exercise: We look at prioritisation and decision-making.

Our other graduate schemes: Civil Engineering Graduate (track) £32,000 | Finance Graduate \
£29,000 | Data Graduate £31,500
Other schemes at Kestrel: Commercial Graduate (£30,000), Safety Graduate (£31,000) - \
different assessment days.
"""


def test_translated_posting_title_and_its_employers() -> None:
    """"TILER / OBKLADAČ KOUPELEN (m/f)": the English half is the role, the native half an
    alias; the firm with its legal form under the title and the similar offers for the same
    title (in either language) employ the role, an offer for another title does not."""
    guide = parse_text(_POSTING, "obkladac-koupelen.txt")
    assert guide.role.text == "Tiler"
    assert "Obkladač koupelen" in [alias.text for alias in guide.aliases]
    employers = [fact.text for fact in guide.employers]
    assert employers[:3] == ["Obklady Dvořák s.r.o.", "Keramika Horák s.r.o.", "Dlažby Kos"]
    assert {"Construction and finishing works"} <= {fact.text for fact in guide.sectors}


def test_translated_posting_with_its_employer_glued_to_the_title() -> None:
    """The employer glued after the title's bracket ("…shifts)Nemocnice Kolín, a.s.") is the
    posting's; the similar offer for the native title ("Kuchař – …") names another."""
    guide = parse_text(_GLUED_POSTING, "kuchar.txt")
    assert guide.role.text == "Cook"
    employers = [fact.text for fact in guide.employers]
    assert employers[:2] == ["Nemocnice Kolín, a.s.", "Nemocnice Benešov"]
    assert "Jídelna Kolín" not in employers


def test_koruna_in_czech_notation() -> None:
    """Space-grouped figures before "Kč" or "CZK" (a range's lower end bare), "from CZK
    31,500" (an open floor), the site's medians by "Kč/month" row; meal vouchers are no pay,
    a comparison title owns its figure."""
    guide = parse_text(_POSTING, "obkladac-koupelen.txt")
    found = {(s.min, s.max, s.open_ended, s.role) for s in guide.salaries}
    assert (36000, 44000, False, None) in found
    assert (31500, None, True, None) in found
    assert (33000, 39000, False, "Plasterer") in found
    assert {(35900, 35900), (33700, 33700), (31200, 40800)} <= {(s.min, s.max)
                                                                   for s in guide.salaries}
    assert all(s.currency == "CZK" and s.period == "month" for s in guide.salaries)
    assert not any(s.min == 110 for s in guide.salaries)


def test_negotiation_article_role_and_bands() -> None:
    """"How to negotiate your salary as an optometrist": the role; a lower-case pay question
    with its note heads the bands; a chief's pipe row and a lower-case leader row belong to
    those titles; a golden hello and a sign-on are no pay."""
    guide = parse_text(_NEGOTIATION, "negotiation-optometrist.txt")
    assert guide.role.text == "Optometrist"
    found = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (21000, 24000, None) in found and (34000, 39000, None) in found
    assert (58000, 66000, "Chief Optometrist") in found
    assert (70000, 82000, "Clinical Director") in found
    assert not any(s.min in (4000, 3000) for s in guide.salaries)
    signed = [s for s in guide.salaries if s.min == 38500]
    assert signed and signed[0].max == 38500 and not signed[0].open_ended


def test_negotiation_anecdotes_owners() -> None:
    """"took a Chief X job at", "A dispensing optician friend … asked for … and got",
    "the survey's orthoptists reported": each figure is that title's; a partner's buy-in
    is a move up."""
    guide = parse_text(_NEGOTIATION, "negotiation-optometrist.txt")
    owners = {s.min: s.role for s in guide.salaries}
    assert owners[61000] == "Chief Optometrist"
    assert owners[29000] == owners[27500] == "Dispensing Optician"
    assert owners[41000] == "Orthoptist"
    assert owners[36000] is None
    ups = {fact.text.lower() for fact in guide.leads_to}
    assert {"clinical director", "partner"} <= ups


def test_assessment_centre_header_and_competencies() -> None:
    """A scheme's header with "Label: value" fields names the role (its bracketed
    specialism left out); "Also advertised as" names aliases; the competencies after
    "We're assessing:", "Assessed:" and "We look at" are skills; a completion payment is no
    pay and no open top."""
    guide = parse_text(_ASSESSMENT, "assessment-centre.txt")
    assert guide.role.text == "Graduate Network Planner"
    assert "Graduate Timetable Planner" in [alias.text for alias in guide.aliases]
    skills = {skill.text for skill in guide.skills}
    assert {"analytical thinking", "attention to detail", "customer empathy", "staying calm",
            "prioritisation", "decision-making"} <= skills
    own = [s for s in guide.salaries if s.role is None]
    assert [(s.min, s.max, s.open_ended) for s in own] == [(30500, 30500, False)]


def test_other_schemes_listed_with_their_salaries() -> None:
    """"Title (£N), Title (£N)" and "Title (note) £N | Title £N": each figure belongs to
    the title right before it."""
    guide = parse_text(_ASSESSMENT, "assessment-centre.txt")
    owners = {s.min: s.role for s in guide.salaries if s.role}
    assert owners == {32000: "Civil Engineering Graduate", 29000: "Finance Graduate",
                      31500: "Data Graduate", 30000: "Commercial Graduate",
                      31000: "Safety Graduate"}
