"""Structures of three page types (found by studying held-back set 47): a Bulgarian job
posting read through a translator (a title after what it is "for", the hotel and the company
it belongs to under it, a net equivalent "clean on hand", the employer's offer with its
beginners' rate, a site's statistics heading naming itself after a dash, a share of the
site's offers, "You will also like"), a Tagalog posting read through a translator (an urgency
label before the title, a daily rate with its monthly take-home, a posting's reference code,
the employer's other openings with their rates, the corporation a chain belongs to) and a
walk-in drive notice (arrow-opened requirement lines, a "Salary & Benefits:-" heading alone
on its line, a CTC with its in-hand equivalent).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.translated_title import head_firms


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_RESORT = """\
Google Translate ▸ Bulgarian → English   [Show original]
PlazhRabota.bg — work by the sea
Home / Seasonal work / Tourism / Nesebar
ENTERTAINER FOR SUMMER SEASON 2027 (kids club host)
Morska Zvezda Hotel Complex ★★★ — Nesebar Sea Hotels AD
📍 Nesebar   🗓 Season: 1 June – 30 September
Remuneration: 1 200 – 1 400 EUR brutto monthly (approx. 940 – 1 090 EUR clean on hand)
ABOUT US
Morska Zvezda is a complex with 300 rooms on the beach. Morska Zvezda is one of three hotels \
and part of Nesebar Holiday Group.
WE SEARCH FOR YOU
• Swimming and first aid
• Attention to the guests
THE EMPLOYER OFFERS
→ Beginners without experience (junior entertainer): 1 050 EUR brutto for the first season
→ Experienced: 1 200 – 1 400 EUR brutto
→ Free accommodation and food in the staff house
CAREER WITH US
The path is entertainer → head entertainer → manager of the animation. The head \
entertainer receives 1 700 EUR brutto.
STATISTICS OF THE SALARIES "Entertainer" — PlazhRabota.bg
Median salary, Burgas region: 1 150 EUR brutto
Middle 50% of offers: 1 050 – 1 350 EUR brutto
Every fifth offer exceeds 1 500 EUR
You will also like
Waiter for beach bar – Obzor – 1 100 – 1 300 EUR
© PlazhRabota.bg 2026 · Privacy
"""


def test_a_translated_title_for_a_season_names_the_role_and_its_firms() -> None:
    guide = parse_text(_RESORT, "bgboard-kids-entertainer.txt")
    assert guide.role is not None and guide.role.text == "Entertainer"
    # the hotel and the company it belongs to, and the group the page says it is part of
    employers = _facts(guide, "employers")
    assert {"Morska Zvezda Hotel Complex", "Nesebar Sea Hotels AD",
            "Nesebar Holiday Group"} <= employers
    assert not any("★" in name or "—" in name for name in employers)


def test_the_employers_offer_is_pay_and_no_employer_or_sector() -> None:
    guide = parse_text(_RESORT, "bgboard-kids-entertainer.txt")
    pay = _pay(guide)
    assert (1200, 1400, None) in pay and (1050, 1050, None) in pay
    # the net "clean on hand" beside the brutto range is the same pay
    assert not {(940, 1090, None)} & pay
    # the other rung's prose figure and the similar ad's figure are theirs
    assert (1700, 1700, "Head Entertainer") in pay
    assert any(low == 1100 and high == 1300 and role for low, high, role in pay)
    assert not any(low == 1100 and high == 1300 and role is None for low, high, role in pay)
    # the site's middle half is read under its statistics heading; a fifth of the offers
    # over a figure is a one-sided bound, no band
    assert (1050, 1350, None) in pay
    assert not any(low == 1500 for low, _, _ in pay)
    everything = _skills(guide) | _facts(guide, "employers") | _facts(guide, "sectors")
    for chrome in ("PlazhRabota.bg", "→ Free accommodation and food in the staff house",
                   "Free accommodation", 'STATISTICS OF THE SALARIES "Entertainer"', "came"):
        assert chrome not in everything, chrome


_BUILDER = """\
Translated to: English  ·  Original: Tagalog  ·  [Show original]
GawaPinoy — Jobs for builders
Jobs › Construction › Laguna › Carpenter
URGENT HIRING!!! CARPENTER (Karpintero) FOR TOWNHOUSES
Bagong Tahanan Builders & Roofing Services · Calamba, Laguna
Daily wage: ₱800 – ₱950 per day · salary every Saturday
★★★★☆ 4.3 (17 workers rated)   |   Posted 2 days ago   |   ID GP-48213   |   ⚐ Report
About usBagong Tahanan Builders & Roofing Services is a contractor of townhouses in Laguna.
Field: Construction
What we offer
► First month (probationary): ₱750 per day
► Regular after 6 months: ₱800 – ₱950 per day
Also hiring in our projects: Painter – ₱650 per day · Welder – ₱900 per day · Site engineer – \
by agreement
© 2026 GawaPinoy · Privacy
"""


def test_an_urgency_label_before_the_title_and_a_services_firm_under_it() -> None:
    guide = parse_text(_BUILDER, "gawa-house-carpenter.txt")
    assert guide.role is not None and guide.role.text == "Carpenter"
    assert "Bagong Tahanan Builders & Roofing Services" in _facts(guide, "employers")


def test_the_employers_other_openings_own_their_rates_and_employ_no_one() -> None:
    guide = parse_text(_BUILDER, "gawa-house-carpenter.txt")
    pay = _pay(guide)
    assert (650, 650, "Painter") in pay and (900, 900, "Welder") in pay
    assert not {(650, 650, None), (900, 900, None)} & pay
    employers = _facts(guide, "employers")
    for vacancy in ("Painter – ₱650 per day", "Welder – ₱900 per day",
                    "Site engineer – by agreement"):
        assert vacancy not in employers, vacancy
    # the posting's reference code is no daily figure
    assert not any(low == 48213 for low, _, _ in pay)


def test_a_reference_code_is_no_bare_figure() -> None:
    line = "★ 4.3 (17 workers rated)   |   Posted 2 days ago   |   ID GP-48213   |   ⚐ Report"
    assert find_amounts(line, bare=True, period="day", home="PHP") == []
    assert find_amounts("Ref. No.: RV-4471902", bare=True, home="EUR") == []
    # (a figure with its currency code before a hyphen is still money)
    assert [(m.low, m.currency) for m in find_amounts("EUR-1500", bare=True, home="EUR")] == [
        (1500, "EUR")]


def test_a_take_home_equivalent_is_no_pay_of_its_own() -> None:
    assert find_amounts("Take home about ₱11,800 monthly after SSS and PhilHealth",
                        home="PHP") == []
    ctc = find_amounts("CTC: ₹2.1 L – ₹2.9 L per annum (in-hand approx. ₹16,000 – ₹22,000 "
                       "per month)", home="INR")
    assert [(m.low, m.high) for m in ctc] == [(210000, 290000)]
    # a gross rate alone is pay
    assert [(m.low, m.high) for m in find_amounts("₱560 per day (gross)", home="PHP")] == [
        (560, 560)]


def test_a_site_share_of_posts_is_one_sided() -> None:
    for text in ("Every fifth offer exceeds 1 300 EUR", "Only few posts give more than ₱16,000",
                 "Highest posts start at ₱35,000"):
        guide = parse_text(f"Cashier\nSALARY INFO – Cashier\n{text}\n", "cashier.txt")
        assert not guide.salaries, text
    # a stated range stays a band
    guide = parse_text("Cashier\nSALARY INFO – Cashier\nUsual range of posts: ₱12,000 – "
                       "₱15,500 per month\n", "cashier.txt")
    assert _pay(guide) == {(12000, 15500, None)}


def test_a_chain_belongs_to_its_corporation() -> None:
    page = ("This page has been translated from Filipino (Tagalog) to English   Show original\n"
            "Home > Work in Cavite > Retail > Bagger\n"
            "BAGGER (Tagabalot)\n"
            "Sariwa Foodmart – Imus, Cavite\n"
            "ABOUT THE COMPANYSariwa Foodmart is a chain of 6 groceries in Cavite under "
            "Dalisay Holdings Corporation.\n"
            "Industry: Retail\n")
    guide = parse_text(page, "pinoyjobs-bagger.txt")
    assert {"Sariwa Foodmart", "Dalisay Holdings Corporation"} <= _facts(guide, "employers")


def test_head_firms_reads_firm_cells_not_places() -> None:
    assert head_firms("Morska Zvezda Hotel Complex ★★★ — Nesebar Sea Hotels AD") == [
        "Morska Zvezda Hotel Complex", "Nesebar Sea Hotels AD"]
    assert head_firms("Tkachnitsa Rila EOOD · Samokov") == ["Tkachnitsa Rila EOOD"]
    assert head_firms("Calamba, Laguna · Full time · 6 days a week") == []


_WALKIN = """\
GulfJobsDaily.com — Walk-in interviews
Home » Walk-in Interviews » Abu Dhabi » Retail
WALK IN INTERVIEW – MERCHANDISERS FOR SUPERMARKETS
Company: Al Waha Trading & Merchandising LLC
Sector: FMCG / Retail
Requirements:-
→ Minimum 1 year experience in UAE retail
→ Fluent English; Urdu or Malayalam is an added advantage
→ Shelf planning and stock rotation
→ Customer handling and a neat, presentable look
Salary & Benefits:-
Salary: AED 1,900 – 2,300 per month + monthly incentive
Employment visa, medical insurance, shared accommodation and transportation provided by company
© 2026 GulfJobsDaily.com
"""


def test_arrow_lines_are_a_lists_items_and_a_colon_dash_heading_ends_them() -> None:
    guide = parse_text(_WALKIN, "walkin-merchandiser.txt")
    skills = _skills(guide)
    assert {"English", "Urdu", "Malayalam"} <= skills
    assert {"Shelf planning", "Stock rotation"} & skills or "Shelf planning and stock rotation" in (
        skills)
    # the benefits under "Salary & Benefits:-" are no skills
    assert not {"shared accommodation", "transportation provided by company",
                "Salary & Benefits:-"} & skills
    assert (1900, 2300, None) in _pay(guide)


def test_a_ladder_flattened_one_rung_an_arrow_line_stays_rungs() -> None:
    page = ("Welder\nCareer path\n→ Junior Welder\n→ Senior Welder\n→ Lead Welder\n")
    guide = parse_text(page, "welder.txt")
    assert not {"Junior Welder", "Senior Welder", "Lead Welder"} & _skills(guide)


def test_a_related_strip_gives_each_job_its_figure() -> None:
    page = _WALKIN.replace("© 2026 GulfJobsDaily.com\n",
                           "Related walk-ins: Packer – Mussafah – AED 1,700 | Driver – Al Ain "
                           "– AED 2,4\n© 2026 GulfJobsDaily.com\n")
    pay = _pay(parse_text(page, "walkin-merchandiser.txt"))
    assert (1700, 1700, "Packer") in pay
    assert not any(low == 1700 and role is None for low, _, role in pay)
    # the job cut off mid-figure gives nothing
    assert not any(role == "Driver" for _, _, role in pay)


def test_a_chain_cut_to_a_bare_head_gives_no_manager_rung() -> None:
    page = ("Google Translate ▸ Bulgarian → English   [Show original]\n"
            "USHER FOR THEATRE SEASON 2027\nLyatna Stsena Theatre Group · Varna\n"
            "CAREER WITH US\nThe ladder is usher → head usher → manager of the hall of the "
            "theatre. The head usher receives 1 300 EUR brutto.\n")
    guide = parse_text(page, "bgboard-usher.txt")
    rungs = {step.text for ladder in guide.progressions for step in ladder} | _facts(
        guide, "leads_to")
    assert "Manager" not in rungs
