"""Set 24's page families as the generator varies them (carry24): schedule titles, masthead
publishers, recruiting lists, league tables told in other ways, add-on labels, mail subjects.

Each test writes its own small page (invented towns, districts, employers and figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.league_rows import league_rows, ranked_employers
from careergraph.guides.mail import _subject_role, mail_words
from careergraph.guides.public_employers import recruiting_places, schedule_publisher
from careergraph.guides.roles import role_from_file_name
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


def amounts(guide: Guide) -> set[float]:
    return {float(s.min or 0) for s in guide.salaries}


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


_SCHEDULE_PAGE = """FERNHOLLOW JOINT UNIFIED SCHOOL DISTRICT
Home | Board | Human Resources | Salary Schedules

CLASSIFIED SALARY SCHEDULE — SCHOOL NURSES 2027-28
Board adopted June 2027 · 183 duty days · annual amounts

STEP       LANE 1      LANE 2
   1       51,200      53,900
   2       52,700      55,400
   3       54,200      56,900

Trainee school nurses are paid 44,100 (annual).
Stipends: master's degree $1,650; bilingual certificate $1,250.
"""


def test_a_schedule_title_names_the_post_over_a_sentence_about_trainees() -> None:
    guide = parse_text(_SCHEDULE_PAGE, "grid.txt")
    assert guide.role.text == "School Nurse"


def test_a_districts_masthead_employs_the_role_of_its_schedule() -> None:
    guide = parse_text(_SCHEDULE_PAGE, "grid.txt")
    assert "Fernhollow Joint Unified School District" in names(guide.employers)
    assert schedule_publisher([(1, "City of Quarry Bend — Personnel"),
                               (3, "Salary Schedule 2027")]) == [("City of Quarry Bend", 1)]
    # (no schedule on the page: a city's name on top employs no one)
    assert schedule_publisher([(1, "City of Quarry Bend — Personnel"), (3, "Parks")]) == []


def test_a_run_in_label_of_add_ons_makes_its_money_no_pay() -> None:
    guide = parse_text(_SCHEDULE_PAGE, "grid.txt")
    assert {51200.0, 56900.0} <= amounts(guide)
    assert not {1650.0, 1250.0} & amounts(guide)


def test_a_series_schedule_title_names_its_post() -> None:
    page = ("Town of Millbrook — Personnel Office\n\n"
            "SALARY SCHEDULE: BUILDING INSPECTOR SERIES (Ordinance 2027-12)\n"
            "Effective January 1, 2027\n\nInspectors review plans and visit sites.\n")
    assert parse_text(page, "page.txt").role.text == "Building Inspector"


def test_a_recruiting_label_lists_towns() -> None:
    text = "Hiring now — currently recruiting: Bois-le-Comte and Verlac (licence appreciated)."
    assert recruiting_places([(7, text)]) == [("Bois-le-Comte", 7), ("Verlac", 7)]
    # (no compound town name: the list may be anything, "recruiting: Porters and Cooks")
    assert recruiting_places([(7, "Currently recruiting: Porters and Cooks.")]) == []


def test_the_people_a_rate_is_for_name_the_page_from_its_file_name() -> None:
    text = "At Pell's the hourly rate is for bakery colleagues and shift leads alike."
    assert role_from_file_name("bakery-colleague.txt", _VOCAB, text) == "Bakery Colleague"
    assert role_from_file_name("bakery-colleague.txt", _VOCAB, "A bakery colleague.") is None


def test_a_league_column_ending_in_a_kind_of_employer_and_a_regions_column() -> None:
    lines = [(1, "Rank | Veterinary group | Graduate salary (London) | Graduate salary (regions)"),
             (2, "1 | Orchard Vets | £41,000 | £35,500"),
             (3, "2 | Kestle Partners | £40,000 | £34,000")]
    rows, taken = league_rows(lines)
    assert [r.employer for r in rows] == ["Orchard Vets", "Kestle Partners"]
    assert [head for head, _ in rows[0].cells] == ["Graduate salary (London)",
                                                   "Graduate salary (regions)"]
    assert taken == {1, 2, 3}


def test_a_ranked_firm_named_partners_is_an_employer_not_a_title() -> None:
    page = ("Vet Trade Weekly\n\nGraduate Veterinary Surgeon pay league 2027\n\n"
            "Rank | Veterinary group | Graduate salary (London) | Graduate salary (regions)\n"
            "1 | Orchard Vets | £41,000 | £35,500\n"
            "2 | Kestle Partners | £40,000 | £34,000\n"
            "3 | Brambling Care | £39,000 | £33,000\n")
    guide = parse_text(page, "veterinary-surgeon.txt")
    assert {"Orchard Vets", "Kestle Partners", "Brambling Care"} <= names(guide.employers)
    assert all(s.role is None for s in guide.salaries)
    assert {41000.0, 35500.0, 34000.0} <= amounts(guide)


def test_a_league_told_in_numbered_lines_names_its_employers() -> None:
    lines = [(4, "1. Pellow's – £13.80 an hour (£15.10 in London)"),
             (5, "2=. Dunmore Foods – £13.55 an hour"),
             (6, "2=. Lyle & Daughters – £13.55 an hour"),
             (7, "Perks: paid breaks.")]
    assert ranked_employers(lines) == [("Pellow's", 4), ("Dunmore Foods", 5),
                                       ("Lyle & Daughters", 6)]
    assert ranked_employers(lines[:2]) == []  # (two lines make no league)


def test_a_living_wage_stated_as_such_is_no_pay() -> None:
    page = ("Grocery Pay Watch\n\nWhich grocer pays the most? Rates ranked\n\n"
            "The National Living Wage is £12.40; the grocers pay more to shelf stackers.\n\n"
            "1. Pellow's – £13.80 an hour\n2. Dunmore Foods – £13.55 an hour\n"
            "3. Lyle & Daughters – £13.35 an hour\n\nEvery shelf stacker gets a discount.\n")
    guide = parse_text(page, "shelf-stacker.txt")
    assert 12.40 not in amounts(guide)
    assert {13.80, 13.55} <= amounts(guide)


def test_a_mail_subjects_label_is_no_part_of_the_title() -> None:
    subject = "Application: Veterinary Nurse – Perrin Ashby"
    assert _subject_role(subject, mail_words(), _VOCAB.is_role_title, "") == "Veterinary Nurse"


def test_a_students_standing_is_the_interns_own_level() -> None:
    page = ("Orrin Civil — Summer Internship Program 2027\n\n"
            "Our summer internship program places students on real bridge projects.\n\n"
            "Academic standing    Hourly rate\n"
            "Rising junior        $22.40\n"
            "Rising senior        $24.10\n"
            "Graduate student     $26.80\n\n"
            "Interns assist with load checks.\n")
    guide = parse_text(page, "bridge-engineer.txt")
    assert {22.40, 24.10, 26.80} <= amounts(guide)
    assert all(s.role is None for s in guide.salaries if s.min in (22.40, 24.10, 26.80))


def test_a_class_code_schedules_bare_step_figures_are_pay_by_their_period() -> None:
    page = ("Town of Millbrook — Personnel Office\n\n"
            "SALARY SCHEDULE: PARK RANGER SERIES (Ordinance 2027-12)\n\n"
            "| Class Code | Classification | Period | Step A | Step B | Step C |\n"
            "|---|---|---|---|---|---|\n"
            "| 610 | Park Ranger I | Hourly | 24.10 | 25.30 | 26.57 |\n"
            "| 610 | Park Ranger I | Monthly | 4,177 | 4,385 | 4,605 |\n"
            "| 611 | Park Ranger II | Hourly | 26.57 | 27.90 | 29.30 |\n"
            "| 615 | Senior Park Ranger | Hourly | 30.80 | 32.34 | - |\n"
            "| 620 | Parks Supervisor | Hourly | 35.40 | 37.17 | 39.03 |\n\n"
            "Rangers patrol trails and lead walks.\n")
    guide = parse_text(page, "page.txt")
    assert guide.role.text == "Park Ranger"
    own = {(float(s.min or 0), s.period) for s in guide.salaries if s.role is None}
    assert {(24.10, "hour"), (4177.0, "month"), (29.30, "hour")} <= own
    assert (35.40, "hour") not in own  # (the supervisor's row is that title's)
    assert not {610.0, 611.0} & amounts(guide)  # (class codes are no pay)
