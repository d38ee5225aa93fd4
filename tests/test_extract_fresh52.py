"""Structures found on the generator's web pages on fresh seeds (fresh52): a requirements
list whose item is two short names parted by a spaced slash, the words of either running
as they will ("Working on ladders / Pole systems"), a ladder drawn with a dingbat arrow
("Porter Trainee  ➝  Porter") and a staff report's comparable bodies named with their
articles that "also employ the class".

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

SLASH_PAGE = ("ROLE SHEET: WINDOW CLEANER\n"
              "\n"
              "What firms look for\n"
              "- Working on ladders / Pole systems\n"
              "- Squeegee technique\n"
              "- Route planning / Cash handling\n"
              "\n"
              "Where it can lead\n"
              "Window Cleaner → Round Supervisor\n")


def _skills(page: str) -> list[str]:
    return [s.text for s in parse_text(page, "window-cleaner.txt").skills]


def test_a_spaced_slash_parts_two_skills_in_a_requirements_list() -> None:
    skills = _skills(SLASH_PAGE)
    assert {"Working on ladders", "Pole systems", "Route planning", "Cash handling"} <= set(
        skills)
    assert not any("/" in name for name in skills)  # never the two as one name


def test_a_slash_between_long_clauses_stays_a_requirement() -> None:
    page = SLASH_PAGE.replace("- Route planning / Cash handling",
                              "- Happy to start early in summer / willing to travel between sites")
    skills = _skills(page)
    assert not any("summer" in name or "travel" in name for name in skills)


ARROW_PAGE = ("PORTER (2 posts)\n"
              "What the role needs\n"
              "▪ Manual handling\n"
              "▪ Radio etiquette\n"
              "\n"
              "Path within the team\n"
              "Porter Trainee  ➝  Porter  ➝  Head Porter\n"
              "Some porters move across to Security Officer roles.\n")


def test_a_dingbat_arrow_between_rungs_is_a_ladder_arrow() -> None:
    guide = parse_text(ARROW_PAGE, "porter.txt")
    rungs = [[rung.text for rung in ladder] for ladder in guide.progressions]
    assert ["Porter Trainee", "Porter", "Head Porter"] in rungs


REPORT_PAGE = ("Town of Kessock — Report to Council\n"
               "SUBJECT: Establish the classification of Parks Arborist\n"
               "\n"
               "ANALYSIS\n"
               "Staff compared nearby employers. The City of Rowan Heath, the Town of Pell Mere "
               "and the Dunmore Valley Conservation District also employ the class.\n"
               "The City of Rowan Heath and the Town of Pell Mere approved their budgets in May.\n")


def test_bodies_with_their_articles_employ_the_class() -> None:
    employers = [e.text for e in parse_text(REPORT_PAGE, "parks-arborist.txt").employers]
    assert {"City of Rowan Heath", "Town of Pell Mere",
            "Dunmore Valley Conservation District"} <= set(employers)
    assert not any(name.lower().startswith("the ") for name in employers)
