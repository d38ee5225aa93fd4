"""Defects noticed on real pages this stop, third list (fixes62).

- A two-column comparison table's row ("Yearly salary$A$B" under "RoleOther") gives its
  second figure to the second column: another role's pay, or none when that column is an
  average of all workers ("US Average").
- "Firms are probably weighing the risks …" is what firms do, no list of kinds of employer.
- Prose leftovers in a skills section: "… and act on them", "running a tidy, busy yard",
  and what clients are given ("help tenants with support such as grants and housing").
- A lone soft skill the gazetteer knows ("- Resilience") under a requirements question is a
  skill, not a Title Case name.
- "a career as a X might be ideal for you" names the page's role when no title does.
- A page cut off mid-sentence on its last line gives no fact from the stub.
- An adjective in a list of a client's troubles ("… employment, financial or other practical
  problems") is no sector.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text


def _found(page: str, field: str) -> set[str]:
    """The names ``page`` gives in one of its fact lists ("skills", "sectors")."""
    return names(getattr(parse_text(page, "page.txt"), field))


def _pay(page: str) -> list[tuple[float | None, str | None]]:
    """Each band's lower figure and its owner (None: the page's role)."""
    return [(band.min, band.role) for band in parse_text(page, "page.txt").salaries]


_TABLE = ("Kiln Operator Salary\n\nKiln operators fire bricks and tiles in industrial kilns.\n\n"
          "{header}\nYearly salary$47,210${other}\nGrowth rate4%5%\n")


def test_an_average_column_is_no_pay_of_the_role() -> None:
    pay = _pay(_TABLE.format(header="Kiln OperatorUS Average", other="51,630"))
    assert (47210, None) in pay
    assert all(low != 51630 for low, _ in pay)


def test_a_second_role_column_owns_its_figure() -> None:
    pay = _pay(_TABLE.format(header="| Kiln Operator | Glass Blower | |", other="39,880")
               .replace("Yearly salary$47,210$39,880", "| Yearly salary | $47,210 | $39,880 |"))
    assert (47210, None) in pay
    assert (39880, None) not in pay
    assert any(low == 39880 and (role or "").lower() == "glass blower" for low, role in pay)


def test_firms_weighing_their_options_name_no_sector() -> None:
    guide = parse_text("Roofer\n\nRoofers fit and repair roofs on houses and offices.\n\n"
                       "Job outlook\nAfter a slow winter, openings may take a while. Firms"
                       " are probably weighing the costs and benefits of hiring now, so "
                       "vacancies are few. Keep in touch with past crews.\n", "page.txt")
    assert not any("weighing" in name for name in names(guide.sectors))


def test_a_verb_and_its_pronoun_and_paired_adjectives_are_no_skills() -> None:
    found = _found("Yard Supervisor\n\nWhat does a yard supervisor do?\nA yard supervisor "
                   "runs the loading yard of a depot.\n\nSkills\nThe job rewards a plain "
                   "mix: stamina, a steady temper, and enough numeracy to check the "
                   "dockets and fix them. Most adverts ask for prior yard experience and "
                   "crew-leading ability. Schooling counts for less than a history of "
                   "keeping a tidy, busy yard.\n", "skills")
    assert "stamina" in found
    assert not found & {"fix", "keeping a tidy", "busy yard"}


def test_support_the_clients_are_given_is_no_skill() -> None:
    found = _found("Housing Officer\n\nWhat you will do\n\nHousing officers may do some "
                   "of the following:\n\n  • visit tenants and talk about their plans\n"
                   "  • help tenants with support such as grants and furniture\n"
                   "  • keep case notes\n", "skills")
    assert not found & {"grants", "furniture"}


def test_a_lone_soft_skill_under_a_requirements_question_is_a_skill() -> None:
    found = _found("Overview\nWhat is a Set Designer?\nSet designers plan the scenery of "
                   "plays and films.\nSkills\nWhat's required for the role?\n- Resilience\n"
                   "- Model making skills\n- Harvard\n- Drawing skills\nDetails\nWhat does "
                   "a set designer do?\nThey sketch and build scale models.\n", "skills")
    assert "Resilience" in found
    assert "Harvard" not in found


def test_a_career_as_a_title_names_the_role() -> None:
    guide = parse_text("Do you like fixing things and being near the sea? If you are good "
                       "with engines, a career as a marine mechanic might be ideal for you. "
                       "Marine mechanics repair boat engines.\n\nMarine mechanics earn about "
                       "$27.40 per hour.\n", "quiz-page.txt")
    assert guide.role.text == "Marine Mechanic"


def test_a_last_line_cut_mid_sentence_gives_nothing() -> None:
    guide = parse_text("Florist\n\nFlorists design and arrange flowers for weddings and "
                       "shops.\n\nWorking conditions\n  • Florists often start early at the "
                       "markets. It is possible to work in set\n", "page.txt")
    assert "set" not in names(guide.sectors)


def test_an_adjective_among_a_clients_troubles_is_no_sector() -> None:
    guide = parse_text("Family Support Worker\n\nA family support worker helps parents with "
                       "problems such as employment, schooling, financial or other practical "
                       "problems.\n\nFamily support workers work in councils and charities.\n",
                       "page.txt")
    assert "financial" not in names(guide.sectors)


def test_a_score_cards_average_of_all_workers_is_no_pay() -> None:
    pay = _pay("Kiln Operator\n\nKiln operators fire bricks and tiles in industrial kilns.\n\n"
               "ScoreKiln OperatorUS Average\nSalary\n2.9\n\nAvg. Salary $43,150\n\n"
               "Avg. Salary $58,020\n\nStability level\n6.1\n")
    assert (43150, None) in pay
    assert all(low != 58020 for low, _ in pay)
