"""Readers for an employer's careers page with pay by year of service, a staffing agency's
rate card and a vacancy feed pasted as text (the structures of held-back set 22's
``airlinecareers``, ``ratecard`` and ``vacancyfeed`` styles).

Every page is invented here (operators, agencies, councils, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.feed_items import feed_lines, feed_page
from careergraph.guides.issuers import careers_header_employer, equal_opportunity_employer
from careergraph.guides.items import qualified_skills, sentence_skills
from careergraph.guides.ladders import grade_runs
from careergraph.guides.market_rates import market_rates
from careergraph.guides.mentions import sectors
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wage_schedule import not_pay_heading, schedule_rates
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide, SalaryRange


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text.lower() for f in facts}


def _pay(guide: Guide) -> set[tuple[str | None, float | None, float | None, str]]:
    return {(s.role, s.min, s.max, s.period) for s in guide.salaries}


def _salary(guide: Guide, low: float) -> SalaryRange:
    return next(s for s in guide.salaries if s.min == low)


FERRY = ("Tidewater Ferries — Careers\n"
         "Sailings  |  Crew  |  Apply Now  |  Staff Login\n"
         "\n"
         "Harbour Ferry Officers keep our six passenger ferries running between the islands.\n"
         "\n"
         "YOUR WAY UP\n"
         "  Cadet  →  Second Mate  →  Chief Mate  →  Master\n"
         "\n"
         "WHO WE HIRE\n"
         "Many of our officers came to us as fishing skippers, yacht deckhands or naval "
         "navigators; others came up through the Tidewater Cadet Academy.\n"
         "\n"
         "What we look for\n"
         "  • Radar plotting, especially in restricted visibility\n"
         "  • Comfort with the ECDIS chart system (SeaPlot) and AIS\n"
         "\n"
         "OFFICER PAY BY SERVICE YEAR (hourly)\n"
         "Service year     Second Mate    Chief Mate\n"
         "Year 1           $38.00         $49.00\n"
         "Year 4           $41.50         $53.25\n"
         "Year 9           $45.00         $58.00\n"
         "\n"
         "In a year: a first-year second mate on the roster earns about $71,400.\n"
         "\n"
         "Tidewater Ferries is an equal opportunity employer.\n")


def test_a_scale_by_service_year_gives_each_seat_column_its_rates() -> None:
    guide = parse_text(FERRY, "harbour-ferry-officer.txt")
    pay = _pay(guide)
    assert {("Second Mate", 38, 38, "hour"), ("Chief Mate", 58, 58, "hour"),
            ("Chief Mate", 53.25, 53.25, "hour")} <= pay
    # the years of service form no ladder of their own
    assert all("Year" not in step.text for chain in guide.progressions for step in chain)
    assert [step.text for step in guide.progressions[0]] == [
        "Cadet", "Second Mate", "Chief Mate", "Master"]


def test_an_hourly_heading_gives_no_hourly_period_to_a_yearly_figure() -> None:
    guide = parse_text(FERRY, "harbour-ferry-officer.txt")
    assert _salary(guide, 71400).period == "year"


def test_a_careers_page_names_its_employer_and_its_earlier_jobs() -> None:
    guide = parse_text(FERRY, "harbour-ferry-officer.txt")
    assert "tidewater ferries" in _names(guide.employers)
    moved_in = _names(guide.moves_in)
    assert {"fishing skipper", "yacht deckhand", "naval navigator"} <= moved_in
    assert not any("academy" in name or "tidewater" in name for name in moved_in)


def test_a_wish_list_names_its_skills_after_comfort_and_focus_words() -> None:
    guide = parse_text(FERRY, "harbour-ferry-officer.txt")
    assert {"radar plotting", "restricted visibility", "ecdis chart system", "seaplot",
            "ais"} <= _names(guide.skills)
    assert "especially" not in _names(guide.skills)
    assert qualified_skills("Comfort with cold-water rescue and VHF radio") == [
        "cold-water rescue", "VHF radio"]
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert sentence_skills("Splicing, particularly with wire rope", vocab) == [
        "Splicing", "wire rope"]


def test_the_seat_table_reader_needs_titles_over_its_columns() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    rows = [(1, "Step     Grade A     Grade B"), (2, "Step 1   $20.00      $22.00")]
    assert schedule_rates(rows, is_title=vocab.is_role_title)[0] == []
    rows = [(1, "Year     Deck Officer"), (2, "Year 2   $30.50")]
    [rate] = schedule_rates(rows, is_title=vocab.is_role_title)[0]
    assert (rate.title, rate.amount, rate.level, rate.own) == ("Deck Officer", 30.5, "Year 2",
                                                              False)


def test_year_rows_of_a_scale_are_no_grade_ladder() -> None:
    rows = [(5, "Year 1 $20.00"), (6, "Year 2 $21.00"), (7, "Year 3 $22.50")]
    assert grade_runs(rows) == []


CATERING = ("SILVERLINE EVENT STAFFING\n"
            "Book staff | Work with us | Payroll\n"
            "\n"
            "SERVER RATE SHEET\n"
            "\n"
            "ROLE                               YOUR RATE     CHARGE RATE    MIN HOURS\n"
            "Catering Assistant                 $19.00/hr     $33.00/hr      5 hrs\n"
            "Lead Catering Assistant            $22.00/hr     $37.50/hr      5 hrs\n"
            "Bartender                          $21.00/hr     $36.00/hr      5 hrs\n"
            "Catering Assistant — Reno market   $17.50/hr     $30.00/hr      5 hrs\n")


def test_a_rate_cards_charge_column_is_no_pay_and_a_market_row_is_the_roles() -> None:
    guide = parse_text(CATERING, "catering-assistant.txt")
    pay = _pay(guide)
    assert {(None, 19, 19, "hour"), ("Bartender", 21, 21, "hour"),
            (None, 17.5, 17.5, "hour")} <= pay
    assert not {33, 37.5, 36, 30} & {s.min for s in guide.salaries}
    assert _salary(guide, 17.5).region == "Reno"


SECURITY = ("Harrow Guard Services | Patrol Division\n"
            "\n"
            "OFFICER PAY 2026\n"
            "\n"
            "CAMPUS PATROL OFFICER (Class B licence)\n"
            "   Tucson .............. $17.25 - $19.00 /hr\n"
            "   Phoenix ............. $18.00 - $20.50 /hr\n"
            "DOG HANDLER (own dog not needed)\n"
            "   All markets ......... $24.00 /hr\n"
            "\n"
            "+ $0.50/hr for overnight posts\n"
            "Weekly average for a full-time officer in Tucson: $705 before overtime.\n")


def test_bands_per_market_under_each_title_line_belong_to_that_title() -> None:
    guide = parse_text(SECURITY, "campus-patrol-officer.txt")
    pay = _pay(guide)
    assert {(None, 17.25, 19, "hour"), (None, 18, 20.5, "hour"),
            ("Dog Handler", 24, 24, "hour")} <= pay
    assert _salary(guide, 17.25).region == "Tucson"
    assert 0.5 not in {s.min for s in guide.salaries}  # an add-on, no pay
    assert _salary(guide, 705).period == "week"  # the label's period word before its colon


def test_market_rows_need_a_title_line_above_them() -> None:
    rows = [(1, "OUR OFFICES"), (2, "Reno ......... $5.00 parking")]
    assert market_rates(rows, lambda title: title.endswith("Officer")) == ([], set())


FEED_CSV = (
    "# export: open vacancies, 3 records\n"
    "RecordId,JobTitle,EmployerName,PayType,Pay,PayUnit,SkillsNeeded,OutcomeText\n"
    '77120,"Trainee Arborist","Oakline Tree Care","Fixed","£9.40","Hourly",'
    '"Climbing|Rigging|Chainsaw maintenance","On completion you will earn £27,000 and could '
    'progress to Tree Surgeon Team Leader."\n'
    '77121,"Arborist (Utility Lines)","Greenway Utilities Ltd","Fixed","£24,500","Annually",'
    '"Aerial rescue|Customer care","Full-time Arborist role for successful trainees."\n'
    '77122,"Apprentice Arborist","Oakline Tree Care","Minimum","","Hourly",'
    '"Climbing|Tree identification","Most of our arborists go on to become Tree Inspectors."\n')


def test_a_vacancy_feeds_camel_case_fields_are_read_as_its_records() -> None:
    guide = parse_text(FEED_CSV, "arborist.txt")
    assert {"oakline tree care", "greenway utilities ltd"} <= _names(guide.employers)
    assert {"climbing", "rigging", "chainsaw maintenance", "aerial rescue",
            "tree identification"} <= _names(guide.skills)
    pay = _pay(guide)
    assert {(None, 9.4, 9.4, "hour"), (None, 24500, 24500, "year")} <= pay
    assert not any(s.min and s.min > 1_000_000 for s in guide.salaries)  # record ids
    # the outcome sentences are prose: the qualified pay and the moves are the role's
    assert (None, 27000, 27000, "year") in pay
    assert {"tree surgeon team leader", "tree inspector"} <= _names(guide.leads_to)


FEED_ITEMS = ("Feed: Marlow District Council — Vacancies (flattened)\n"
              "\n"
              "[item 1]\n"
              "  job_ref ........... MD-4410\n"
              "  title ............. Parks Maintenance Operative\n"
              "  pay_min ........... 24100.00\n"
              "  pay_max ........... 26900.00\n"
              "  pay_period ........ Annually\n"
              "  equipment ......... ride-on mower; strimmer; leaf blower; hedge\n"
              "                      cutter\n"
              "  standby ........... Call-out pay £25 a night\n"
              "\n"
              "[item 2]\n"
              "  title ............. Parks Team Supervisor\n"
              "  pay_min ........... 15.20\n"
              "  pay_max ........... 16.80\n"
              "  pay_period ........ Hourly\n"
              "  career_path ....... Parks Maintenance Operative > Parks Team Supervisor >\n"
              "                      Parks Manager\n"
              "\n"
              "footer: Marlow District Council is an Equal Opportunity Employer. Apply at "
              "jobs.marlow.example.\n")


def test_flattened_feed_items_are_read_as_a_pages_lines() -> None:
    printed = [(no, text) for no, text in enumerate(FEED_ITEMS.splitlines(), 1)]
    assert feed_page(printed)
    lines = feed_lines(printed, "GBP")
    assert lines[9] == "Tools: ride-on mower; strimmer; leaf blower; hedge cutter"
    assert lines[11] == ""  # standby pay: chrome
    guide = parse_text(FEED_ITEMS, "parks-maintenance-operative.txt")
    assert {"ride-on mower", "strimmer", "leaf blower", "hedge cutter"} <= _names(guide.skills)
    pay = _pay(guide)
    assert {(None, 24100, 26900, "year"), ("Parks Team Supervisor", 15.2, 16.8, "hour")} <= pay
    assert 25 not in {s.min for s in guide.salaries}
    assert [step.text for step in guide.progressions[0]] == [
        "Parks Maintenance Operative", "Parks Team Supervisor", "Parks Manager"]
    assert "marlow district council" in _names(guide.employers)


def test_a_persons_leader_rows_are_no_feed() -> None:
    rows = [(1, "Start ........ $20.00"), (2, "Year 2 ....... $21.00"),
            (3, "Year 3 ....... $22.00"), (4, "Year 4 ....... $23.00")]
    assert not feed_page(rows)
    assert feed_lines(rows) == {}


def test_a_feeds_source_line_is_no_heading_of_fees() -> None:
    assert not not_pay_heading("source: public vacancy feed (open data)")
    assert not_pay_heading("Course fees")


def test_the_offer_and_the_header_name_a_careers_pages_employer() -> None:
    assert careers_header_employer([(1, "Kestrel Rail | Careers")]) == [("Kestrel Rail", 1)]
    assert careers_header_employer([(2, "Careers at Ferngrove Health")]) == [
        ("Ferngrove Health", 2)]
    assert equal_opportunity_employer([(1, "Home · Routes · Apply Now"),
                                       (9, "Kestrel Rail is an equal opportunity employer.")]) == [
        ("Kestrel Rail", 9)]
    # a guide with no offer on it: the statement is the publisher's own
    assert equal_opportunity_employer([(9, "Kestrel Rail is an equal opportunity employer.")]) == []


def test_a_leader_rows_title_owns_its_rate() -> None:
    page = ("Line Technician\n"
            "\n"
            "RATES BY SERVICE (hourly)\n"
            "  Start ........ $30.10\n"
            "  Year 3 ....... $33.40\n"
            "  Senior Line Technician (all years) ...... $41.20\n"
            "  Quality Control Inspector ...... $44.00\n")
    guide = parse_text(page, "line-technician.txt")
    pay = _pay(guide)
    assert (None, 41.2, 41.2, "hour") in pay
    assert ("Quality Control Inspector", 44, 44, "hour") in pay


def test_a_country_abbreviation_is_no_sector() -> None:
    assert sectors("Valid licence and the right to work in the U.K.") == []

