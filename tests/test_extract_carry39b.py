"""Set 39's page types read at scale, second pass (helper carry39b, 2026-12-05).
Every page here is invented: other posts, other wording, other figures than any fixture or
generated page."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides.amounts import find_amounts
from guide_facts import parsed_page

_HYDROLOGIST = """Work › Regulated professions › Hydrologist
Working in Manitoba as a Hydrologist
For internationally trained professionals · Updated March 2027
How much will I earn?
Hydrologists in Manitoba earn $70,000 to $110,500 a year; the median is $88,200.
Hydrologist-in-Training posts: $52,500 – $61,500 a year.
Senior Hydrologists: $103,000 – $134,000.
"""


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str]]:
    return {(s.role, s.min, s.max, s.period) for s in guide.salaries}  # type: ignore[attr-defined]


def test_an_in_training_status_owns_its_posts_pay(tmp_path: Path) -> None:
    """"X-in-Training posts: $N": the registered trainee status is a rung of its own, also
    when X is the role (the ladder reads it so)."""
    pay = _pay(parsed_page(tmp_path, "hydrologist.txt", _HYDROLOGIST))
    assert ("Hydrologist-in-Training", 52500, 61500, "year") in pay
    assert (None, 70000, 110500, "year") in pay


def test_geoscientist_is_a_title() -> None:
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert vocab.is_role_title("Senior Geoscientist")
    assert vocab.is_role_title("Geoscientist-in-Training")


_GARDENER = """Home / Candidates / Role guides / Gardener
GARDENERRole guide & salary survey 2027
WHAT HOUSEHOLDS PAY (Surrey & Sussex, full time)
Live-in:   £31,000 – £45,000 gross per annum
Live-out:  £36,000 – £47,000 gross per annum
Head Gardener (team of 3+): £53,000 – £66,000 gross
DUTIES & SKILLS
— Pruning and planting
"""


def test_a_rank_row_with_a_conditions_aside_owns_its_figure(tmp_path: Path) -> None:
    """"Head Gardener (team of 3+): £N": the rank above the role, its bracket a condition."""
    pay = _pay(parsed_page(tmp_path, "gardener.txt", _GARDENER))
    assert ("Head Gardener", 53000, 66000, "year") in pay
    assert (None, 53000, 66000, "year") not in pay
    assert (None, 31000, 45000, "year") in pay


_CLERK = """Home > Jobs > Patras > Υπάλληλος Μισθοδοσίας
Payroll Clerk (Υπάλληλος Μισθοδοσίας)
Achaia Foods S.A. — Patras
Gross earnings: 1.210,00 € per month x 14 salaries
Εξέλιξη / Career
Payroll Clerk → Payroll Team Leader → Finance Manager.
For information, a new payroll team leader starts at 1.570,00 € gross per month.
Similar jobs
Accounts Assistant · Ionian Dairy S.A. · Patras · 1.240 - 1.360 € gross
"""


def test_a_new_holder_of_another_title_owns_its_start(tmp_path: Path) -> None:
    """"a new payroll team leader starts at N": "new" is no part of the title, which owns
    the figure."""
    pay = _pay(parsed_page(tmp_path, "payroll-clerk.txt", _CLERK))
    assert ("Payroll Team Leader", 1570, 1570, "month") in pay


def test_a_similar_ad_with_its_firm_owns_a_monthly_range(tmp_path: Path) -> None:
    """"Title · Firm · Town · N - N € gross": the title's figure, a month's."""
    pay = _pay(parsed_page(tmp_path, "payroll-clerk.txt", _CLERK))
    assert ("Accounts Assistant", 1240, 1360, "month") in pay


def test_a_range_told_to_the_euro_is_a_month() -> None:
    assert [(m.low, m.high, m.period) for m in find_amounts("2.140 - 2.380 € gross",
                                                            home="EUR")] == [
        (2140, 2380, "month")]
    assert find_amounts("€2,000 - €9,500", home="EUR")[0].period == "year"


_BUTLER = """BELGRAVE HOUSEHOLD STAFF  ☎ 020 7946 0733   Register as a candidate   Client login
Est. 2004 · REC member
Home / Candidates / Role guides / Butler
BUTLERRole guide & salary survey 2027
The butler runs the front of a private house and works in the family's home with a small team.
WHAT OUR CLIENTS PAY (London, full time)
Live-out:  £48,000 – £61,000 gross per annum
Senior Butlers with 12+ years: £1,150 gross per week and over (London).
DUTIES & SKILLS
— Silver care
— Wine cellar records
WHO EMPLOYS THEM
Private households, family offices and embassies.
Our fee is 15% of the first year's gross salary, payable by the client.
Privacy · Terms · Cookies · Belgrave Household Staff Ltd
"""


def test_a_staffing_agencys_site_employs_no_one(tmp_path: Path) -> None:
    """A first line with a candidate and client menu is a staffing agency's: it places the
    role with households and firms, and is none of its employers."""
    guide = parsed_page(tmp_path, "butler.txt", _BUTLER)
    assert not any("Belgrave" in e.text for e in guide.employers)


def test_a_floor_and_over_after_gross_and_period(tmp_path: Path) -> None:
    """"£N gross per week and over": an open floor, not a point."""
    pay = {(s.min, s.max, s.period, s.open_ended) for s in parsed_page(
        tmp_path, "butler.txt", _BUTLER).salaries}
    assert (1150, None, "week", True) in pay
    assert find_amounts("£40,000 and over 25 days' leave", home="GBP") == [] or all(
        not m.open_ended for m in find_amounts("£40,000 and over 25 days' leave", home="GBP"))


def test_one_owners_home_is_no_sector(tmp_path: Path) -> None:
    """"works in the family's home": whose place it is, no kind of workplace."""
    sectors = {s.text for s in parsed_page(tmp_path, "butler.txt", _BUTLER).sectors}
    assert not any("family" in s.lower() and "home" in s.lower() for s in sectors)
    assert "Private households" in sectors


_CADETSHIP = ("""HarbourRoutes Sponsorship Finder   Cadetships | Sponsors A–Z | Colleges
Cadetships › Marine engineering › Engineer Cadet
Train as a Marine Engineer — fully sponsored, with a training allowance
Sponsored cadetship · 3 years · start September 2028
What you will learn
Diesel engines; pumps and pipework; electrical systems; watchkeeping.
Qualifying and pay
Salary on qualifying: £33,000 – £40,000 a year.
Who can apply
School leavers with 5 GCSEs, and career changers: we regularly sponsor Plant Fitters, """
"""Welders and former Army Vehicle Mechanics.
Sponsors recruiting now
Solway Tankers Ltd · Minch Ferries plc
""")


def test_who_can_apply_names_earlier_jobs_not_school_leavers(tmp_path: Path) -> None:
    """"School leavers … and career changers: we regularly sponsor A, B and former C": A, B
    and C (the earlier job, "former" no part of it) are moves in, school leavers none."""
    guide = parsed_page(tmp_path, "marine-engineer.txt", _CADETSHIP)
    moves_in = {m.text for m in guide.moves_in}
    assert {"Plant Fitter", "Welder", "Army Vehicle Mechanic"} <= moves_in
    assert not any("Leaver" in m for m in moves_in)


def test_a_passive_clause_after_a_list_is_no_item() -> None:
    """"A, B and C, covered by our induction": who deals with them, no skill "covered"."""
    from careergraph.guides.items import sentence_skills
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon
    vocab = Vocabulary.from_lexicon(load_lexicon())
    found = sentence_skills("Tachograph rules, route planning and Paragon, covered by our "
                            "induction.", vocab)
    assert "covered" not in found
    assert {"route planning", "Paragon"} <= set(found)
