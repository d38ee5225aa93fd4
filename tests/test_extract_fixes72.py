"""Defects other helpers noticed, each on an invented page (helper fixes72)."""

from benchmarks.extraction import facts_of

from careergraph.guides.amounts import find_amounts
from careergraph.guides.read import parse_text


def test_cents_before_the_euro_code_are_decimals() -> None:
    def ends(line: str) -> list[tuple[float, float, str]]:
        return [(m.low, m.high, m.currency) for m in find_amounts(line)]

    assert ends("Wage: 870,00 EUR gross a month") == [(870, 870, "EUR")]
    assert ends("Wage: 870,40 EUR gross a month") == [(870.4, 870.4, "EUR")]
    assert ends("from 810,50 to 870,00 EUR a month") == [(810.5, 870, "EUR")]
    assert ends("The wage is 11,25 euros an hour") == [(11.25, 11.25, "EUR")]
    # (a thousands comma stays one: three digits after it; a French figure's last group
    # stays part of it)
    assert ends("Wage: 41,000 EUR a year") == [(41000, 41000, "EUR")]
    assert [m.low for m in find_amounts("Step 4 – 1 870,40 € gross a month")] == [
        m.low for m in find_amounts("Step 4 – 1870,40 € gross a month")]


_ADVISER = """Tax Adviser

Tax advisers help people and firms pay the right tax.

Where you could work
- {item}
- the county tax office
"""


def test_one_camel_cased_word_is_one_employer() -> None:
    for item in ("MarshallFinchConsulting", "DeloitteAsherByrne"):
        page = _ADVISER.format(item=item)
        employers = facts_of(parse_text(page, "adviser.txt")).employers
        assert item in employers
        assert not any(name in employers for name in ("Marshall", "Finch", "Asher", "Byrne"))


def test_two_known_employers_glued_are_still_two() -> None:
    page = _ADVISER.format(item="DeloitteAccenture")
    employers = facts_of(parse_text(page, "adviser.txt")).employers
    assert "Deloitte" in employers and "Accenture" in employers


def _sectors(line: str) -> list[str]:
    page = f"""Marine Engineer

Marine engineers design and keep up the machinery of ships.

What the work involves
{line}
"""
    return list(facts_of(parse_text(page, "marine.txt")).sectors)


def test_topics_in_an_industry_are_no_sectors() -> None:
    for line in ("Marine engineers tackle problems in the shipping industry including "
                 "ballast water, fuel and power.",
                 "They study the challenges facing the fishing sector such as cooling, "
                 "storage and transport."):
        found = _sectors(line)
        assert not {"ballast water", "fuel", "power", "cooling", "storage", "transport",
                    "energy"} & set(found), found


def test_industries_listed_after_their_cue_stay_sectors() -> None:
    found = _sectors("Marine engineers work in industries including shipping, defence and "
                     "fishing.")
    assert {"shipping", "defence", "fishing"} <= set(found), found


_INTERVIEW = """THE HARBOUR GAZETTE
News | Sport | Careers

Working lives: the people behind the trades

By Staff Reporter

Why did you become a {job}?
My aunt ran a workshop and I spent every summer there. I later did a two-year course.

What is a normal day like?
I open up at eight and spend most of the day at the bench.

What can you earn?
An experienced {job} earns about £31,000 a year.
"""


def test_an_interview_question_names_the_job_it_asks_about() -> None:
    for job, role in (("saddler", "Saddler"), ("piano tuner", "Piano Tuner")):
        guide = parse_text(_INTERVIEW.format(job=job), "interview.txt")
        assert guide.role is not None and guide.role.text == role


_POSTING = """Translated from: Indonesian   Show original
Home » Bekasi » Dairy processing » Line Operator

LINE OPERATOR (Operator Lini) - 4 people

PT Sari Susu Makmur is a dairy products company in the dairy processing industry, in Bekasi.

Requirements:
1. Minimum education SMK all majors
2. Willing to work in shifts

Facility:
- Salary Rp 4.900.000 - Rp 5.300.000 (gross)
- BPJS Health, THR
"""


def test_the_industry_after_a_firms_business_is_its_sector() -> None:
    facts = facts_of(parse_text(_POSTING, "posting.txt"))
    assert "PT Sari Susu Makmur" in facts.employers
    assert "dairy processing" in [s.lower() for s in facts.sectors]
    assert "dairy products" not in [s.lower() for s in facts.sectors]


def test_a_placement_agency_is_no_employer_of_the_staff_it_places() -> None:
    from careergraph.guides.issuers import own_site_employer

    body = [(2, "Cook"), (3, "Our clients are private households."), (4, "Pay: £40,000."),
            (5, "We never name our clients."), (6, "Register with us."),
            (7, "Privacy · Terms · Hollybank Household Service")]
    agency = [(1, "HOLLYBANK HOUSEHOLD SERVICE   Register as a candidate   Client login"),
              *body]
    assert own_site_employer(agency) == []
    # (the same firm's own careers menu: its own staff)
    firm = [(1, "HOLLYBANK HOUSEHOLD SERVICE   Client login   Careers"), *body]
    assert own_site_employer(firm) == [("Hollybank Household Service", 1)]


def test_one_partys_own_place_is_no_sector() -> None:
    from careergraph.guides.mentions import sectors

    found = sectors("The gardener works in the owner's garden, public parks and schools.")
    assert "public parks" in found and not any("owner" in name for name in found)
    assert "children's hospitals" in sectors("Play workers work in children's hospitals "
                                             "and schools.")


_WORKDAY = """The Valley Echo
Workday
Tuesday 10 March 2026
By Ana Ruiz
Photo: the workshop at noon
Share this article

Each month we spend a day beside someone whose work most readers never see.

This time we joined Owen Pryce in a small workshop by the river.

He has run it for eleven years.

Why did you become a {job}?
My uncle mended fishing boats and I wanted to work with wood.

What do you earn?
A {job} with ten years behind them earns about £33,000 a year.
"""


def test_an_interview_question_far_down_the_page_names_its_job() -> None:
    guide = parse_text(_WORKDAY.format(job="boat builder"), "workday.txt")
    assert guide.role is not None and guide.role.text == "Boat Builder"
