"""Defects other helpers noticed, each on an invented page (helper fixes69)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_GROOMER = """Dog Groomer

Dog groomers wash, clip and style dogs' coats.

Pay
Registered dog groomers usually earn £24,000 a year. Trainee dog groomers earn £17,000.
"""


def test_a_credential_word_before_the_role_keeps_its_pay() -> None:
    owners = {s[0] for s in facts_of(parse_text(_GROOMER, "groomer.txt")).salaries}
    assert owners == {"@self"}


_MIDWIFE_AIDE = """Maternity Support Worker

Maternity support workers help midwives care for mothers and newborn babies.

Pay
Maternity support workers earn £23,000 a year. Registered midwives earn £35,000.
"""


def test_a_credential_word_before_another_title_keeps_that_title() -> None:
    pay = facts_of(parse_text(_MIDWIFE_AIDE, "msw.txt")).salaries
    assert ("@self", 23000.0, 23000.0, "GBP", "year") in pay
    assert not any(s[0] == "@self" and s[1] == 35000 for s in pay)


_CHALET = """Chalet Host

Chalet hosts cook and clean for guests in ski chalets.

Where chalet hosts work
Chalet hosts work for tour operators and ski companies.

Register with us: upload your CV, two references and your first aid certificate

Pay
Chalet hosts earn £1,100 a month.
"""


def test_an_agency_call_to_action_names_no_sector() -> None:
    sectors = set(facts_of(parse_text(_CHALET, "chalet.txt")).sectors)
    assert {"tour operators", "ski companies"} <= sectors
    assert not any("CV" in s or "references" in s or "certificate" in s for s in sectors)


def _glazier(where: str) -> set[str]:
    page = f"""Glazier

Glaziers cut and fit glass in windows, doors and shopfronts.

Where glaziers work
{where}

Pay
Glaziers earn £29,000 a year.
"""
    return set(facts_of(parse_text(page, "glazier.txt")).sectors)


def test_a_modifier_takes_the_head_noun_it_shares() -> None:
    sectors = _glazier("Most glaziers work in the joinery and shopfront trades.")
    assert {"joinery trades", "shopfront trades"} <= sectors
    assert "joinery" not in sectors
    sectors = _glazier("Employers include private hospital and care home operators and councils.")
    assert {"private hospital operators", "care home operators"} <= sectors
    assert "private hospital" not in sectors
    sectors = _glazier("Glaziers work in construction and shopfitting firms.")
    assert "construction" in sectors  # (an industry of its own, as the gazetteer knows)
    sectors = _glazier("Glaziers work for councils, DIY and glass merchants.")
    assert "DIY merchants" not in sectors  # (a capitalised name is no bare modifier)
    sectors = _glazier("Glaziers work in shops, schools, the navy and repair workshops.")
    assert "navy workshops" not in sectors  # (the last items of a comma list: two kinds)


def test_a_for_phrases_object_is_no_sector() -> None:
    sectors = _glazier("Some glaziers work in repair services for housing associations.")
    assert "housing associations" not in sectors


def test_two_plural_kinds_stay_two() -> None:
    sectors = _glazier("Glaziers work in factories and glass merchants.")
    assert {"factories", "glass merchants"} <= sectors


def _apprenticeship(title: str, body: str) -> str | None:
    page = f"""{title}

{body}

Pay
Apprentices earn $17 an hour in their first year.
"""
    return facts_of(parse_text(page, "apprenticeship.txt")).role


def test_an_apprenticeships_trade_names_the_role() -> None:
    body = "Apprentices learn to weld, cut and shape steel plate."
    assert _apprenticeship("Ironworker Registered Apprenticeship", body) == "Ironworker"
    assert _apprenticeship("Structural Steel Apprenticeship Program", body) == (
        "Structural Steel Apprentice")
    assert _apprenticeship("Structural Steel Registered Apprenticeship",
                           body + " Most go on as structural steel erectors.") == (
        "Structural Steel Erector")


_SURVEY_SCHEME = """Graduate Land Surveyor Programme 2027

Join our two-year graduate scheme and train as a land surveyor across our regional offices.

Pay and benefits
Starting salary £29,500 a year · Stipend (for current students) £900 per month · Travel card

Placement years: a trainee stipend of £1,100 a month is paid to undergraduates on placement.
"""


def test_a_learners_stipend_is_not_the_roles_pay() -> None:
    pay = facts_of(parse_text(_SURVEY_SCHEME, "scheme.txt")).salaries
    assert any(s[1] == 29500 for s in pay)
    assert not any(s[1] in (900, 1100) for s in pay)
