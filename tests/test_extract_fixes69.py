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
