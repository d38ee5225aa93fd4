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
    # (a thousands comma stays one: three digits after it)
    assert ends("Wage: 41,000 EUR a year") == [(41000, 41000, "EUR")]


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
