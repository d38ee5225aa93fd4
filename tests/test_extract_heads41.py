"""Occupational nouns that end a role title with no other head word (heads41): health and
science, legal and media, venue and household, trade and grounds titles are read as roles in
moves and as salary owners; a person's surname that is also a trade word stays no role."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.model import Guide


def _texts(facts: list) -> list[str]:  # type: ignore[type-arg]
    return [fact.text for fact in facts]


def _owners(guide: Guide) -> dict[str | None, float | None]:
    return {salary.role: salary.min for salary in guide.salaries}


HEALTH = ("# Respiratory Physiologist\n\n## Career path\n\nMost start as a Trainee Sleep "
          "Physiologist. After two years you can become a Senior Respiratory Physiologist, and "
          "some later move into a Clinical Audiologist post.\n")


def test_health_science_titles_are_moves() -> None:
    guide = parse_text(HEALTH, "physiologist.md")
    assert guide.role.text == "Respiratory Physiologist"
    assert _texts(guide.moves_in) == ["Trainee Sleep Physiologist"]
    assert _texts(guide.leads_to) == ["Senior Respiratory Physiologist"]
    assert _texts(guide.transitions_to) == ["Clinical Audiologist"]


LEGAL = ("# Patent Examiner\n\n## Career path\n\nBefore this, many worked as a Court Reporter "
         "or a Trainee Solicitor. Patent Examiners can progress to Supervisory Patent "
         "Examiner.\n\n## Salary\n\nA Supervisory Patent Examiner earns $128,000 a year.\n")


def test_legal_and_media_titles_are_moves_and_salary_owners() -> None:
    guide = parse_text(LEGAL, "examiner.md")
    assert guide.role.text == "Patent Examiner"
    assert _texts(guide.moves_in) == ["Court Reporter", "Trainee Solicitor"]
    assert _texts(guide.leads_to) == ["Supervisory Patent Examiner"]
    assert _owners(guide) == {"Supervisory Patent Examiner": 128000}


VENUE = ("# Cinema Usher\n\n## Career path\n\nAn Usher can move up to Cinema Projectionist, or "
         "on to Hotel Valet and Private Chauffeur work.\n\n## Pay\n\nA Cinema Projectionist "
         "earns about £23,500 a year.\n")


def test_venue_and_household_titles_are_moves_and_salary_owners() -> None:
    guide = parse_text(VENUE, "usher.md")
    assert guide.role.text == "Cinema Usher"
    assert _texts(guide.leads_to) == ["Cinema Projectionist", "Hotel Valet", "Private Chauffeur"]
    assert _owners(guide) == {"Cinema Projectionist": 23500}


TRADE = ("# Glazier\n\n## Career path\n\nMost begin as an Apprentice Glazier. Some later become "
         "a Steel Erector or a Golf Course Groundskeeper.\n")


def test_trade_and_grounds_titles_are_moves() -> None:
    guide = parse_text(TRADE, "glazier.md")
    assert guide.role.text == "Glazier"
    assert _texts(guide.moves_in) == ["Apprentice Glazier"]
    assert _texts(guide.leads_to) == ["Steel Erector", "Golf Course Groundskeeper"]


def test_a_persons_trade_word_surname_is_no_role() -> None:
    # Cooper, Thatcher and Shepherd are trades and common surnames (Shepherd a role head since
    # heads47): a named person in a career story is neither a move nor a salary's owner.
    for surname in ("Cooper", "Thatcher", "Shepherd"):
        page = (f"# Data Analyst\n\nBy Jane {surname}\n\n## Career path\n\nMany Data Analysts "
                f"become a Senior Data Analyst. Others join Lee {surname} in the analytics team."
                f"\n\n## Salary\n\nA Data Analyst earns about $70,000 a year; Anna {surname} "
                f"earns $90,000.\n")
        guide = parse_text(page, "analyst.md")
        moves = _texts(guide.leads_to) + _texts(guide.transitions_to) + _texts(guide.moves_in)
        assert not any(surname in move for move in moves), (surname, moves)
        assert not any(salary.role and surname in salary.role for salary in guide.salaries)
