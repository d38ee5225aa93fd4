"""Talent listings (a freelance marketplace's cards, a local-services site's pro cards) and
money that is no pay by its words (totals earned, per-service prices, visa thresholds, proof
of funds, codes, a price section's figures).  Every page here is invented, three per
variant, each with its own roles, sites, numbers and separators."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.card_snippets import listed_skills
from careergraph.guides.not_pay import price_heading, timed_money
from careergraph.guides.talent_cards import card_headline, talent_page
from careergraph.model import Guide


def _guide(page: str, name: str = "page.txt") -> Guide:
    return parse_text(page, name)


def _skills(guide: Guide) -> set[str]:
    return {skill.text.lower() for skill in guide.skills}


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str]]:
    return {(band.role, band.min, band.max, band.period) for band in guide.salaries}


def _lines(page: str) -> list[tuple[int, str]]:
    return list(enumerate(page.split("\n"), start=1))


# -- freelancer cards: name, headline, place, rate line, snippet, chips, buttons -------------
FREELANCE_TRANSLATORS = """Workloom
Find talent   Find work   Log in
Hire the best Translators
Hourly rate: Any · $15 and below · $15 - $40 · $40 & above
Industry expertise: Legal (930) · Medical (411) · Gaming (120)
Showing 1-5 of 2,310 Translators
Maren Holt
Translator | German > English | Legal
Hamburg, Germany
$38/hr   100% Job Success   $70K+ earned   Top Rated
I translate contracts. I was a translator at Brandt Legal Services.
Legal Translation   Trados Studio   Proofreading   Terminology Management   +3
[Invite to job]   [View profile]
Tomás Varga
Senior Translator · Medical
Budapest, Hungary
$52/hr   97% Job Success   $120K+ earned   Expert-Vetted
Clinical trial documents and patient leaflets.
MemoQ   Medical Translation   Back Translation   Glossary Building
[Invite to job]   [View profile]
SPONSORED
Polyglot Works  ·  Agency  ·  30 members
Translation agency for app makers
$25 - $90/hr   95% Job Success
[View agency]
Ines Carvalho
Voice-over Artist | Portuguese
Lisbon, Portugal
$44/hr   99% Job Success   $20K+ earned   Rising Talent
Warm narration for e-learning.
Audacity   Narration   Dubbing
[Invite to job]   [View profile]
How much does it cost to hire a Translator?
The median hourly rate for Translators on Workloom is $35. Most charge between $20 and $60 an hour.
"""

FREELANCE_BOOKKEEPERS = """Talentdock
Hire freelance Bookkeepers
Hourly rate: Under $20 · $20 - $50 · Over $50
Industry expertise: Retail (210) · Hospitality (95) · Construction (80)
Priya Anand ✓
Bookkeeper | Xero Certified | Small Business
Leicester, United Kingdom
$31/hr   98% Job Success   $45K+ earned   Top Rated Plus
Monthly closes for cafes and trades. I was an in-house bookkeeper at Marlow Fresh Foods until 2021.
Xero   Bank Reconciliation   Payroll   VAT Returns   Accounts Payable
[Invite to job]   [View profile]
Owen Pryce
Senior Bookkeeper · QuickBooks ProAdvisor
Cardiff, United Kingdom
$42/hr   96% Job Success   $90K+ earned   Top Rated
Catch-up bookkeeping and year-end packs.
QuickBooks Online   Management Accounts   Cash Flow Forecasting
[Invite to job]   [View profile]
Lena Fisher
Financial Analyst | Modelling
Dublin, Ireland
$65/hr   100% Job Success   $200K+ earned   Expert-Vetted
Three-statement models for start-ups.
Excel Modelling   Valuation   Power BI
[Invite to job]   [View profile]
"""

FREELANCE_ILLUSTRATORS = """Crafthire
Find freelance Illustrators
Hourly rate: $10 - $25 · $25 - $60 · $60+
Noor Haddad
Illustrator | Children's Books
Amman, Jordan
$28/hr   94% Job Success   $15K+ earned   Rising Talent
Picture-book spreads and character sheets.
Character Design   Procreate   Storyboarding   Watercolour
[Invite to job]   [View profile]
Felix Braun
Illustrator · Editorial
Vienna, Austria
$46/hr   99% Job Success   $60K+ earned   Top Rated
Editorial covers for magazines.
Adobe Illustrator   Editorial Illustration   Photoshop
[Invite to job]   [View profile]
Sade Okon
Motion Designer | 2D Animation
Lagos, Nigeria
$33/hr   92% Job Success   $9K+ earned
Explainer animations.
After Effects   Lottie   Rigging
[Invite to job]   [View profile]
"""


def test_freelancer_cards_of_the_role_give_chips_and_rates() -> None:
    guide = _guide(FREELANCE_TRANSLATORS)
    skills = _skills(guide)
    assert {"trados studio", "terminology management", "memoq", "back translation"} <= skills
    assert not {"audacity", "dubbing", "narration"} & skills  # another title's chips
    pay = _pay(guide)
    assert {(None, 38, 38, "hour"), (None, 52, 52, "hour"), (None, 35, 35, "hour"),
            (None, 20, 60, "hour")} <= pay
    assert ("Voice-over Artist", 44, 44, "hour") in pay
    amounts = {(band.min, band.max) for band in guide.salaries}
    assert not {(15, 15), (15, 40), (40, 40), (25, 90), (70000, None)} & amounts
    assert {"Legal", "Medical", "Gaming"} <= {s.text for s in guide.sectors}


def test_freelancer_cards_with_other_separators_and_sites() -> None:
    guide = _guide(FREELANCE_BOOKKEEPERS)
    skills = _skills(guide)
    assert {"xero", "bank reconciliation", "vat returns", "quickbooks online",
            "cash flow forecasting"} <= skills
    assert not {"valuation", "power bi", "excel modelling"} & skills
    pay = _pay(guide)
    assert {(None, 31, 31, "hour"), (None, 42, 42, "hour")} <= pay
    assert ("Financial Analyst", 65, 65, "hour") in pay
    assert not {band for band in pay if band[1] in (20, 50, 45000, 90000, 200000)}
    guide = _guide(FREELANCE_ILLUSTRATORS)
    assert {"procreate", "storyboarding", "adobe illustrator"} <= _skills(guide)
    assert not {"after effects", "lottie"} & _skills(guide)
    assert ("Motion Designer", 33, 33, "hour") in _pay(guide)
    assert not {band for band in _pay(guide) if band[1] in (10, 25, 60, 15000)}


def test_talent_page_reads_cards_heads_and_facets() -> None:
    page = talent_page(_lines(FREELANCE_TRANSLATORS))
    assert page is not None
    titles = [card.title for card in page.cards]
    assert titles[:2] == ["Translator", "Senior Translator"]
    agency = page.cards[2]
    assert agency.pay == [] and agency.chips == []  # an agency's range is a firm's price
    assert [name for name, _ in page.sectors] == ["Legal", "Medical", "Gaming"]
    assert card_headline("Bookkeeper | Xero Certified | Small Business") == "Bookkeeper"
    assert talent_page(_lines("Plumbers\nA plumber fits pipes.\n$30 an hour.")) is None


# -- local-pro cards: "Name — business or title", rating, snippet, ticks, price line --------
LOCAL_TUTORS = """Nearbi
Home / Lessons / Maths Tutoring / Leeds
Maths Tutors in Leeds
How much does a maths tutor cost in Leeds?
Average price
£32 per lesson
Low £20   High £55
GCSE crash course (6 weeks) £240 · Single lesson (1 hr) £35
Prices are based on 1,920 bookings completed on Nearbi this year.
Top-rated maths tutors in Leeds
Ruth Okafor — Okafor Maths Coaching
★ 5.0 (88 reviews) · 98% completion rate · Headingley, Online
Maths tutor, 10 years. I work on algebra, trigonometry and exam technique, using past papers.
DBS checked ✓ ID verified
From £30 / lesson   [Request a quote]
Sam Patel — Patel Tutoring
★ 4.9 (52 reviews) · Chapel Allerton
Eight years as a maths tutor. Fractions, simultaneous equations, statistics and proof.
From £28 / lesson   [Request a quote]
Joy Kerr — Music Teacher
★ 4.8 (40 reviews) · Roundhay
Piano and theory for beginners.
From £25 / lesson   [Request a quote]
What do maths tutors earn in the UK?
Employed maths tutors at learning centres are usually paid £18 to £24 an hour.
"""

LOCAL_CLEANERS = """Taskly
Home › Cleaning › Window Cleaners › Bristol
Window Cleaners in Bristol
Ola Nowak — Sparkle Panes
★ 4.9 (301 reviews) · Clifton, Redland
Window cleaner, 6 years. I work on sash windows, conservatories and gutters, using water-fed poles.
From £15 / visit   [Get a quote]
Ben Shaw — Shaw Window Care
★ 4.7 (122 reviews) · Bedminster
Ten years as a window cleaner with Avon Facilities. Skylights, solar panels and fascias.
From £18 / visit   [Get a quote]
Kai Mills — Gutter Specialist
★ 4.8 (77 reviews) · Horfield
Gutter clearing and repairs.
From £60 / job   [Get a quote]
"""

LOCAL_GROOMERS = """Pawpal
Dog Groomers in Perth WA
Average price
$85 per groom
Low $60   High $140
Top-rated dog groomers
Tia Rowe — Rowe Grooming
★ 4.9 (64 reviews) · Fremantle
Dog groomer, 7 years. I work on hand stripping, breed clips and nail trims, using low-noise dryers.
From $70 / groom   [Request a quote]
Lee Tan — Tan's Mobile Grooming
★ 4.8 (31 reviews) · Joondalup
Mobile dog groomer for anxious dogs. Deshedding, puppy trims, ear cleaning and teeth brushing.
From $80 / groom   [Request a quote]
Mia Ford — Pet Photographer
★ 4.9 (12 reviews) · Subiaco
Studio portraits of pets.
From $150 / shoot   [Request a quote]
"""


def test_local_pro_cards_give_snippet_skills_and_no_prices() -> None:
    guide = _guide(LOCAL_TUTORS)
    skills = _skills(guide)
    assert {"algebra", "trigonometry", "exam technique", "past papers", "fractions",
            "simultaneous equations"} <= skills
    assert not {"piano", "theory"} & skills  # another title's card
    pay = _pay(guide)
    assert pay == {(None, 18, 24, "hour")}  # prices per lesson, the site's average: no pay


def test_local_pro_cards_on_other_sites() -> None:
    guide = _guide(LOCAL_CLEANERS)
    assert {"sash windows", "conservatories", "water-fed poles", "skylights",
            "solar panels"} <= _skills(guide)
    assert "gutter clearing" not in _skills(guide)
    assert not guide.salaries  # "£15 / visit", "£60 / job": prices
    guide = _guide(LOCAL_GROOMERS)
    assert {"hand stripping", "breed clips", "deshedding", "ear cleaning"} <= _skills(guide)
    assert "studio portraits" not in _skills(guide)
    assert not guide.salaries  # "$85 per groom", "Low $60   High $140", "$70 / groom"


def test_verbless_list_sentences() -> None:
    assert listed_skills("Skylights, solar panels and fascias.") == [
        "Skylights", "solar panels", "fascias"]
    assert listed_skills("Kelowna, Vernon and Penticton.") == []
    assert listed_skills("Happy to travel across the county.") == []


# -- money that is no pay by its words ----------------------------------------------------
def test_money_named_as_no_pay() -> None:
    assert not find_amounts("Proof of funds for one applicant: CAD 14,690.")
    assert not find_amounts("employers must pay at least the Income Threshold of AUD 73,150")
    assert not find_amounts("Visa application charge (main applicant): AUD 4,640")
    assert not find_amounts("$250K+ earned   Top Rated")
    assert not find_amounts("From $45 / session") and not find_amounts("$2/mile")
    assert not find_amounts("the $12-a-day childcare plan")
    assert find_amounts("a $20-an-hour job") and find_amounts("$25/hr")
    assert find_amounts("$52,000/year") and find_amounts("£410/week")
    assert not find_amounts("Median wages for NOC 31301 (2025):", bare=True)
    assert not find_amounts("04 Mar 2026   2,750   491", bare=True)
    assert find_amounts("Salary code MN 7 : Rs. 50,050 (monthly)")


def test_price_sections_keep_only_timed_pay() -> None:
    assert price_heading("How much does a plumber cost in Leeds?")
    assert price_heading("Average price") and not price_heading("Pay and costs")
    assert timed_money("The median hourly rate is $35.") and not timed_money("Low £20  High £55")
    page = """Plasterers in Derby
How much does a plasterer cost?
Average price
£180 per room
Low £120   High £400
The median day rate for plasterers on Fixly is £190 a day.
Where plasterers work
Building firms and housing associations.
"""
    assert _pay(_guide(page)) == {(None, 190, 190, "day")}


def test_fee_line_after_a_list_is_a_heading() -> None:
    page = """Welder
ANZSCO 322313
Welders join metal parts.
Related occupations
322311 Metal Fabricator · 322211 Sheetmetal Trades Worker
Fees
Skills assessment (Stage 1): AUD 2,100 · Visa lodgement: AUD 4,640
Pay
Median full-time earnings: $1,520 per week.
"""
    pay = _pay(_guide(page))
    assert (None, 1520, 1520, "week") in pay
    assert not {band for band in pay if band[1] in (2100, 4640)}


def test_a_figure_takes_the_first_period_after_it() -> None:
    found = find_amounts("nurses earn $61,200 to $80,400 a year, and the median hourly rate "
                         "is $34.10")
    assert [(m.low, m.high, m.period) for m in found] == [
        (61200, 80400, "year"), (34.1, 34.1, "hour")]
    found = find_amounts("£420 a week, or about £11 an hour")
    assert [m.period for m in found] == ["week", "hour"]
    found = find_amounts("€2,900 per month (paid monthly, reviewed yearly)")
    assert [m.period for m in found] == ["month"]


def test_a_title_after_and_owns_its_figure() -> None:
    page = """Payroll Clerk
Payroll clerks run the payroll.
Pay
Clerks earn ₹2.4 LPA to ₹4.8 LPA. Payroll Officers earn ₹5 – 7 LPA and Payroll Managers ₹8 – 12 LPA.
"""
    owners = {(band.role, band.min) for band in _guide(page, "payroll-clerk.txt").salaries}
    assert ("Payroll Manager", 800000) in owners and ("Payroll Officer", 500000) in owners
    page = """Line Cook
Line cooks prepare dishes.
Pay
Line cooks earn $16 to $21 an hour, while Sous Chefs are offered $48,000 to $56,000.
"""
    owners = {(band.role, band.min) for band in _guide(page, "line-cook.txt").salaries}
    assert ("Sous Chef", 48000) in owners and (None, 16) in owners
    page = """Dental Nurse
Dental nurses support dentists.
Pay
Practice Managers are offered £34,000 to £40,000, and dental nurses earn £23,000.
"""
    owners = {(band.role, band.min) for band in _guide(page, "dental-nurse.txt").salaries}
    assert ("Practice Manager", 34000) in owners


def test_review_site_counts_and_additions_are_no_pay() -> None:
    assert not find_amounts("3.4k salaries reported, updated today")
    assert not find_amounts("Based on 2,250 ratings") and not find_amounts("1,980 data points")
    assert not find_amounts("$2,900/yr Additional Pay")
    assert not find_amounts("The estimated additional pay is $4,100 per year.")
    page = """Roofer
Roofers fix roofs.
Pay
The average salary for a roofer is £16.90 per hour in United Kingdom.
Overtime
£2,750
per year
Bonus
£900
per year
"""
    amounts = {band.min for band in _guide(page, "roofer.txt").salaries}
    assert 16.9 in amounts and not amounts & {2750, 900}


def test_a_strip_of_titles_and_figures() -> None:
    page = """Bus Operator
Bus operators drive routes.
Similar jobs
School Bus Driver $35K   Tram Driver $61K   Coach Driver $44K
"""
    pay = _pay(_guide(page, "bus-operator.txt"))
    assert {("Tram Driver", 61000, 61000, "year"), ("Coach Driver", 44000, 44000, "year"),
            ("School Bus Driver", 35000, 35000, "year")} <= pay
    page = """Plasterer
Plasterers finish walls.
Related jobs
Dryliner  £17.20 per hour   Tiler  £16.40 per hour
"""
    pay = _pay(_guide(page, "plasterer.txt"))
    assert {("Dryliner", 17.2, 17.2, "hour"), ("Tiler", 16.4, 16.4, "hour")} <= pay
    page = """Barista
Baristas make coffee.
Similar professions
Café Manager $48K   Senior Barista $36K
"""
    pay = _pay(_guide(page, "barista.txt"))
    assert ("Café Manager", 48000, 48000, "year") in pay and (None, 36000, 36000, "year") in pay


def test_a_card_snippet_names_an_earlier_job() -> None:
    from careergraph.guides.card_snippets import snippet_moves

    assert snippet_moves("I moved into tiling after six years as a plasterer.")[
        "earlier"] == ["plasterer"]
    assert snippet_moves("I spent four years as a teaching assistant at Oak School before "
                         "I qualified.")["earlier"] == ["teaching assistant"]
    assert snippet_moves("Nine years as a translator with Brandt Legal.")["earlier"] == []
    page = FREELANCE_BOOKKEEPERS.replace(
        "Catch-up bookkeeping and year-end packs.",
        "Catch-up bookkeeping after eight years as an accounts clerk.")
    assert "Accounts Clerk" in {fact.text for fact in _guide(page).moves_in}


def test_a_card_snippet_names_the_role_s_employer() -> None:
    from careergraph.guides.card_snippets import snippet_jobs

    assert snippet_jobs("Ten years as a window cleaner with Avon Facilities.") == [
        ("window cleaner", "Avon Facilities")]
    assert snippet_jobs("I worked as a dental nurse at Smile Works, then freelanced.") == [
        ("dental nurse", "Smile Works")]
    assert snippet_jobs("Happy to work with rescue dogs.") == []
    guide = _guide(LOCAL_CLEANERS)
    assert "Avon Facilities" in {fact.text for fact in guide.employers}
    page = LOCAL_TUTORS.replace("Maths tutor, 10 years.",
                                "Maths tutor, 10 years. Before that I was a cashier at Tesco.")
    assert "Tesco" not in {fact.text for fact in _guide(page).employers}  # another job's
