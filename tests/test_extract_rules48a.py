"""Structures of three page types (found by studying held-back set 48): a job posting read
through a translator from Latvian (the SIA legal form before or after a firm's name, the
take-home equivalent of the gross, a rung's possessive pay), a job posting read through a
translator from Swahili (Tanzanian shillings, the net after deductions, an untranslated
requirements heading in brackets, the employer's other vacancies at the same site, sector
initials in brackets) and an employee referral campaign page (the referrer's reward, a
listing of other open roles cut mid-figure, "Who to refer", a policy note on the pay
heading, the hiring manager's field).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.headings import load_headings
from careergraph.guides.languages import spoken_languages
from careergraph.guides.pay_owners import stated_for


def _money(text: str, home: str = "USD") -> list[tuple[float | None, float | None, str | None]]:
    return [(m.low, m.high, m.currency) for m in find_amounts(text, home=home)]


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


def _titled(text: str) -> bool:
    return text.split()[-1] in ("Supervisor", "Master", "Foreman")


def test_tanzanian_shillings_are_tzs() -> None:
    assert _money("Salary: TSh 480,000 per month") == [(480000, 480000, "TZS")]
    assert _money("Tshs 1,200,000 – 1,500,000") == [(1200000, 1500000, "TZS")]
    # "TS" glued to other letters is no currency
    assert _money("TShirt 25") == []


def test_a_figure_cut_one_digit_after_its_separator_is_no_pay() -> None:
    assert _money("Also open: Rigger — $61.00 p/h · Crane Trainer — $57.0") == [
        (61, 61, "USD")]
    assert _money("Site Foreman — $91,0") == []
    # a whole figure with one decimal in running text still reads
    assert _money("pays $57.0 an hour") == [(57, 57, "USD")]


def test_take_home_referral_rewards_and_refunds_are_no_pay() -> None:
    page = """\
Translated from: Latvian
LOG LOADER (BALKU IEKRĀVĒJS)
SIA Ozolu Baļķi  |  Madona  |  Full time
Work salary: 1 200 – 1 500 EUR/month bruto
Fixed part on hand about 930 EUR.
Net salary after taxes and social contributions is about 940 – 1 160 EUR.

We offer
• Car compensation 120 EUR/month
• The best loaders with bonuses earn over 2 600 EUR per month.
• Refer them and earn 300 EUR when they pass the trial period.
"""
    pay = {(low, high) for low, high, _ in _pay(parse_text(page, "loader.txt"))}
    assert (1200, 1500) in pay
    assert not pay & {(930, 930), (940, 1160), (120, 120), (2600, None), (300, 300)}


def test_a_sia_firm_heads_a_translated_posting() -> None:
    before = """\
Translated from: Latvian
LOG LOADER (BALKU IEKRĀVĒJS)
SIA Ozolu Baļķi  |  Madona  |  Full time
Work salary: 1 200 – 1 500 EUR/month bruto
"""
    assert "SIA Ozolu Baļķi" in _facts(parse_text(before, "loader.txt"), "employers")
    after = before.replace("SIA Ozolu Baļķi  |", "Ozolu Baļķi, SIA ·").replace("  |", " ·")
    assert "Ozolu Baļķi, SIA" in _facts(parse_text(after, "loader.txt"), "employers")


def test_an_employers_own_holders_and_a_possessive_rung_own_their_pay() -> None:
    assert stated_for("A Stores Supervisor of our company earns ", _titled) == (
        "Stores Supervisor")
    assert stated_for("Most began here. Yard master's work salary from ", _titled) == (
        "Yard Master")
    assert stated_for("Sellers who reach targets go up to Area supervisor (", _titled) == (
        "Area Supervisor")
    # a possessive of no title owns nothing
    assert stated_for("Our company's work salary from ", _titled) is None


def test_the_employers_other_vacancies_at_the_site_own_their_figures() -> None:
    page = """\
Google Translate   Swahili → English
STOREKEEPER (MTUNZA STOO)
Jengo Bora Ltd · Mombasa · Posted 2 days ago
Salary: KSh 31,000 – 37,000 per month (gross)
Net salary after PAYE, NSSF and SHIF is about KSh 27,000 – 32,000.

Characteristics of the Applicant (Sifa za Mwombaji)
– Knowledge of stock control and the FIFO method
– Computer knowledge: Microsoft Excel

Also We Are Hiring at the Same Site
Gate clerk – KSh 24,000 per month
Watchman – KSh 16,500 per month
"""
    guide = parse_text(page, "storekeeper.txt")
    pay = _pay(guide)
    assert (31000, 37000, None) in pay
    assert {(24000, 24000, "Gate Clerk"), (16500, 16500, "Watchman")} <= pay
    assert not {(low, high) for low, high, _ in pay} & {(27000, 32000)}
    # the untranslated heading in brackets is no skill; the list under it gives skills
    skills = _skills(guide)
    assert "Sifa za Mwombaji" not in skills
    assert {"stock control", "Microsoft Excel"} <= skills


def test_headings_of_translated_postings_and_referral_pages() -> None:
    vocab = load_headings()
    assert vocab.classify("Characteristics of the Applicant (Maelezo)") == "requirements"
    assert vocab.classify("Who makes a great referral") == "requirements"
    assert vocab.classify("Who to refer") == "moves_in"
    assert vocab.classify("Where to find them") == "moves_in"
    assert vocab.classify("Also We Are Hiring at the Same Site") == "market"
    assert vocab.classify("Other roles you can refer for") == "market"
    # a plain "Characteristics" heading keeps its kind (an occupation profile's traits)
    assert vocab.classify("Characteristics") == "overview"


def test_languages_with_their_noun_and_baltic_names() -> None:
    assert spoken_languages("Latvian and Russian languages") == ["Latvian", "Russian"]
    assert spoken_languages("Estonian and Latvian languages") == ["Estonian", "Latvian"]
    # a noun that is no language's keeps its words
    assert spoken_languages("Russian literature") == []


def test_a_wish_after_a_dash_and_as_is_cut_from_a_language() -> None:
    page = """\
Translated from: Latvian
LOG LOADER (BALKU IEKRĀVĒJS)
SIA Ozolu Baļķi  |  Madona  |  Full time
Work salary: 1 200 – 1 500 EUR/month bruto

Requirements for the candidate:
• knowledge of the Latvian language at a basic level, Estonian language – as an advantage;
• Kiswahili fluently;
"""
    skills = _skills(parse_text(page, "loader.txt"))
    assert {"Estonian", "Kiswahili"} <= skills
    assert not {s for s in skills if s.endswith((" as", "fluently", "language"))}


def test_sector_initials_in_brackets_name_one_more_sector() -> None:
    page = """\
Translated by Google  ·  Original language: Swahili
SALES VAN ASSISTANT (MSAIDIZI WA GARI LA MAUZO)
Ndovu Drinks Limited  –  Arusha  –  Full time
Mshahara (Salary): TSh 450,000 per month

About the EmployerNdovu Drinks Limited sells juices.
Industry: Juices and logistics (FMCG).
"""
    sectors = {s.lower() for s in _facts(parse_text(page, "van.txt"), "sectors")}
    assert {"juices", "fmcg"} <= sectors
    assert "juices and logistics (fmcg)" not in sectors


def test_a_referral_page_reads_its_routes_in_and_drops_its_rewards() -> None:
    page = """\
Kestrel Connect  |  Home  Jobs  Refer a Friend  My Referrals
Refer a Friend › Engineering › Robotics Technician
KNOW A ROBOTICS TECHNICIAN? REFER THEM AND EARN $2,000
Req #RT-118 · Dayton, OH · Full-time · Hiring manager: Engineering
Referral bonus: $2,000 (paid after 90 days).

Why this role matters
Kestrel Pallets Co. builds pallet lines in two Ohio plants. Industry: Pallet manufacturing.

Where to find them
The best robotics technicians we've hired were electricians from car plants and
millwrights from paper mills.

Pay for this role (shown under the Ohio pay transparency policy of Kestrel)
Robotics Technician I ........ $31.00 – $36.00 / hour
Robotics Technician II ....... $35.00 – $41.00 / hour

Other roles you can refer for
Millwright — $33.50 / hour — $1,000 bonus
Controls Lead — $49,0
"""
    guide = parse_text(page, "robotics.txt")
    pay = {(low, high) for low, high, _ in _pay(guide)}
    assert {(31, 36), (35, 41)} <= pay
    assert not pay & {(2000, 2000), (49, 49)}
    assert "Engineering" not in _facts(guide, "sectors")
