"""Diary pages as the generator's variants write them (carry17d): a post's hashtags, entries
opened by a time stamp, a semicolon list under "What it takes", earlier jobs "before." and
the pay of the role's own higher level.

Every page is invented here (people, employers, figures); file names are neutral so the role
must come from the text.
"""

from __future__ import annotations

from careergraph.guides import parse_text

_DIARY = ("Field Notes — stories from people at work\n"
          "A day in the life of a harbour pilot\n"
          "Tama Rewi works as a harbour pilot at Northport Marine in Whangarei.\n"
          "#dayinthelife #knowledgeworkers #harbourlife\n"
          "4:40am – Kettle on, radio check\n"
          "Tide tables first.\n"
          "7:15am – Boarding the tanker\n"
          "Everything is logged in ShipTrack, NavLog and BerthPlan before we berth.\n"
          "How I got here\n"
          "Most of us worked as a ship's master or a tug skipper before.\n"
          "What it takes\n"
          "Ship Handling; Radar Navigation; Calm Under Pressure\n"
          "The money\n"
          "Trainee harbour pilots start at about $96,000 a year. "
          "A Chief Harbour Master at a big port earns around $210,000.\n")


def _skills(page: str) -> set[str]:
    return {s.text for s in parse_text(page, "page.txt").skills}


def test_a_diarys_hashtags_and_time_stamps_are_no_skills() -> None:
    skills = _skills(_DIARY)
    assert not any(":" in s or "Kettle" in s or "radio check" in s for s in skills)
    # the entries are the day's work: the systems used are read as tools
    assert {"ShipTrack", "NavLog", "BerthPlan"} <= skills


def test_a_semicolon_list_under_what_it_takes_is_skills() -> None:
    assert {"Ship Handling", "Radar Navigation", "Calm Under Pressure"} <= _skills(_DIARY)


def test_jobs_held_before_end_the_sentence() -> None:
    guide = parse_text(_DIARY, "page.txt")
    assert "Ship's Master" in {m.text for m in guide.moves_in}


def test_an_article_is_no_part_of_a_pay_owner() -> None:
    guide = parse_text(_DIARY, "page.txt")
    owners = {(s.role, s.min) for s in guide.salaries}
    assert ("Chief Harbour Master", 210000) in owners
    assert (None, 96000) in owners


def test_the_roles_own_higher_level_is_its_own_pay() -> None:
    page = ("Senior Data Engineer\nStaff blog\n"
            "We followed Ana, a senior data engineer, through a release day.\n"
            "Pay and perks\n"
            "Senior data engineers start at $31.50 an hour. Lead Data Engineers earn $36.00 "
            "to $39.50 an hour.\n")
    guide = parse_text(page, "page.txt")
    figures = {(s.role, s.min, s.max, s.level) for s in guide.salaries}
    assert (None, 36.0, 39.5, "lead") in figures  # the role at its lead level, not another job
    assert (None, 31.5, 31.5, "senior") in figures


def test_a_listings_bracketed_terms_are_no_part_of_its_title() -> None:
    page = ("GoodHours   Search Opportunities   Causes   Log In\n"
            "Home / Opportunities / Seniors / Junior Data Analyst\n"
            "Junior Data Analyst (Volunteer)\nHarbour Heritage Trust\n"
            "Description\nHelp our food bank keep its records two afternoons a month.\n")
    assert parse_text(page, "page.txt").role.text == "Junior Data Analyst"


def test_a_later_clause_after_a_paid_aside_names_its_own_post() -> None:
    page = ("Volunteer Data Analyst\nWhat's in it for you\n"
            "Paid roles here include Data Coordinator (currently £12.40 to £13.10 an hour); our "
            "Senior Data Coordinator post pays £27,300 a year.\n")
    pay = {(s.role, s.min, s.max) for s in parse_text(page, "page.txt").salaries}
    assert ("Data Coordinator", 12.4, 13.1) in pay
    assert ("Senior Data Coordinator", 27300, 27300) in pay


def test_first_year_holders_of_another_title_own_their_pay() -> None:
    page = ("Data Analyst\nWhat is the career path of a data analyst?\n"
            "I left as a senior analyst for a claims advisor job at Northgate Mutual. "
            "First-year claims advisors there start at $71,000-$79,000.\n")
    pay = {(s.role, s.min, s.max) for s in parse_text(page, "page.txt").salaries}
    assert ("Claims Advisor", 71000, 79000) in pay


def test_the_askers_long_title_is_read_whole() -> None:
    from careergraph.guides.longform_pay import _NOW_AS

    found = _NOW_AS.search("I'm working as a Senior Insurance Claims Quality Auditor at a "
                           "mid-size firm in Leeds (about ")
    assert found is not None
    assert found.group(1) == "Senior Insurance Claims Quality Auditor"


def test_an_arrow_ladder_after_a_long_lead_in_is_read() -> None:
    from careergraph.guides.mentions import arrow_chain

    chain = arrow_chain("In the big consultancies the ladder is Junior Data Analyst → Data "
                        "Analyst → Senior Data Analyst → Analytics Manager. Some move on.")
    assert chain == ["Junior Data Analyst", "Data Analyst", "Senior Data Analyst",
                     "Analytics Manager"]


def test_where_you_find_the_roles_holders_names_industries() -> None:
    from careergraph.guides.mentions import sectors

    assert sectors("You find loss adjusters in Insurance and Maritime Shipping.") == [
        "Insurance", "Maritime Shipping"]
    # places are no industries: nothing is guessed from them
    assert sectors("You find loss adjusters in Leeds and Bristol.") == []
