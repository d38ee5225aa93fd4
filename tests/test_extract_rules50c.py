"""Structures of held-back set 50, second pass (helper rules50c): a related-jobs list whose
title the page's prose names as a way in, a share of the role's senior rung moving on, a
sector's bracket naming its agreement, a firm named by its first words, a discipline's
name joined by "and", a similar-ads list whose middle cells are places, a posting's heading
in block capitals, a firm's trade name in brackets and a firm's own staff under another
title.  Every page here is invented."""

from __future__ import annotations

from itertools import pairwise

from careergraph.guides import parse_text


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _steps(guide: object) -> set[tuple[str, str]]:
    return {(a.text, b.text) for chain in guide.progressions  # type: ignore[attr-defined]
            for a, b in pairwise(chain)}


def _owned(guide: object) -> set[tuple[float | None, str | None]]:
    return {(b.min, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_RELATED = """\
Tasting Room Host

Tasting Room Hosts pour flights, explain the cellar's wines and run the shop till.

Career path

Most hosts are promoted from cellar hand after a harvest or two. The next step is usually
tasting room manager.

Related job descriptions

Cellar Hand
Sommelier
"""


def test_a_related_list_title_named_as_a_way_in_is_a_move_in_only() -> None:
    guide = parse_text(_RELATED, "related.txt")
    assert "Cellar Hand" in _facts(guide, "moves_in")
    assert "Cellar Hand" not in _facts(guide, "transitions_to")
    assert "Sommelier" in _facts(guide, "transitions_to")  # (the list's other title stays)


def test_a_related_careers_list_keeps_its_title_both_ways() -> None:
    text = _RELATED.replace("Related job descriptions", "Related Careers")
    guide = parse_text(text, "related.txt")
    assert "Cellar Hand" in _facts(guide, "moves_in") & _facts(guide, "transitions_to")


def test_a_related_list_title_alone_stays_a_move_across() -> None:
    text = _RELATED.replace("promoted from cellar hand", "hired straight from school")
    assert "Cellar Hand" in _facts(parse_text(text, "related.txt"), "transitions_to")


_SHARE = """\
Payroll Officer

Grades

Payroll Officers start on grade 5. Promotion to Senior Payroll Officer (grade 6) needs a
vacancy. Several Senior Payroll Officers have moved on to Payroll Manager.
"""


def test_a_share_of_the_senior_rung_moves_as_that_rung() -> None:
    guide = parse_text(_SHARE, "share.txt")
    assert ("Senior Payroll Officer", "Payroll Manager") in _steps(guide)
    assert "Payroll Manager" not in _facts(guide, "leads_to")


def test_a_share_of_the_role_itself_stays_the_roles_move() -> None:
    text = _SHARE.replace("Several Senior Payroll Officers have", "Several of our officers have")
    assert "Payroll Manager" in _facts(parse_text(text, "share.txt"), "leads_to")


_AGREEMENT = """\
Freight Clerk

About the pay

The scales follow the collective agreement for the shipping and warehousing sector (the
Shipping and Warehousing CAO) with company additions.
"""


def test_a_sectors_bracket_naming_its_agreement_gives_no_sectors() -> None:
    sectors = _facts(parse_text(_AGREEMENT, "cao.txt"), "sectors")
    assert not sectors & {"Shipping", "Warehousing CAO"}


def test_a_sectors_bracket_of_examples_still_gives_them() -> None:
    text = "Freight Clerk\n\nWhere you work\n\nYou could work in any sector (e.g. retail, " \
           "construction).\n"
    assert {"retail", "construction"} <= _facts(parse_text(text, "eg.txt"), "sectors")


_LETTER = """\
Laundry Supervisor

Dear colleague,

The trust has awarded the linen contract to Harrowfield Linen Services Ltd from 1 March.
Your employment will transfer to Harrowfield under TUPE.

Harrowfield employs supervisors across hospitals and hotels.
"""


def test_a_firm_named_by_its_first_words_takes_its_whole_name() -> None:
    employers = _facts(parse_text(_LETTER, "letter.txt"), "employers")
    assert "Harrowfield" not in employers
    assert "Harrowfield Linen Services Ltd" in employers


def test_two_whole_names_leave_the_short_one_alone() -> None:
    text = _LETTER.replace("Your employment", "Harrowfield Care Homes Ltd runs the homes. "
                           "Your employment")
    assert "Harrowfield Linen Services Ltd" not in _facts(parse_text(text, "l.txt"), "employers")


_DUTIES = """\
Housekeeping Supervisor

The post

Leading a team of cleaners; planning rotas; training staff in COSHH; infection prevention \
and control for isolation cleans. Skills the post asks for: rota planning, COSHH, \
infection prevention and control, auditing.
"""


def test_a_discipline_joined_by_and_is_one_skill() -> None:
    skills = _skills(parse_text(_DUTIES, "duties.txt"))
    assert "infection prevention and control" in skills
    assert not skills & {"infection prevention", "control"}


def test_a_duty_verb_and_object_is_the_noun_forms_skill() -> None:
    skills = _skills(parse_text(_DUTIES, "duties.txt"))
    assert "rota planning" in skills
    assert "planning rotas" not in skills


_ADS = """\
BOAT MECHANIC (M/F) – SERVISER PLOVIL, SEASON 2027
Jadranka Marine d.o.o. (Marina Jadranka)  ·  Piran  ·  Fixed time (April – October 2027), full time
Salary: 1.700 EUR net

What we expect
• experience with outboard engines

Similar ads
Deckhand · Piran · 1.300 EUR net
Boat mechanic · Izola · 1.750 EUR net
"""


def test_similar_ads_middle_cells_are_places_when_the_own_ad_prints_one() -> None:
    employers = _facts(parse_text(_ADS, "ads.txt"), "employers")
    assert "Izola" not in employers
    assert "SERVISER PLOVIL" not in employers  # (the heading's local title, no firm)


def test_a_posting_strip_firm_keeps_its_legal_name_without_its_trade_name() -> None:
    assert "Jadranka Marine d.o.o." in _facts(parse_text(_ADS, "ads.txt"), "employers")


def test_similar_ads_middle_cells_stay_firms_without_a_place_in_the_own_ad() -> None:
    # (a firm's name of two words among the cells, so carry50's "every second cell one bare
    # word: title · town · pay" reading does not fire either)
    text = _ADS.replace("  ·  Piran  ·  Fixed", "  ·  Fixed").replace(
        "Deckhand · Piran ·", "Deckhand · Marina Portus ·")
    assert "Izola" in _facts(parse_text(text, "ads.txt"), "employers")


_OWN_STAFF = """\
Toll Booth Attendant

What changes for you

• RoadLink's own supervisors at its other plazas are on £14.40 an hour; transferring staff
  keep their grade.
• RoadLink's own attendants at its other plazas are on £12.80 an hour.
"""


def test_a_firms_own_staff_under_another_title_own_their_figure() -> None:
    owned = _owned(parse_text(_OWN_STAFF, "own.txt"))
    assert (14.40, "Supervisor") in owned
    assert (14.40, None) not in owned
    assert (12.80, None) in owned  # (its own attendants: the role's head word, the role's)


_LANGUAGES = """\
Warehouse Dispatcher

We expect

– active knowledge of Polish and Czech language
– Slovak language is an advantage
"""


def test_two_languages_sharing_one_head_word_are_named_alike() -> None:
    skills = _skills(parse_text(_LANGUAGES, "lang.txt"))
    assert {"Polish", "Czech"} <= skills
    assert "Czech language" not in skills
    assert "Slovak language" in skills  # (a line of its own: the page's own spelling)


def test_a_short_form_glossed_in_brackets_is_named_without_the_gloss() -> None:
    text = "Forklift Driver\n\nNice to have\n\nNice to have: MEWP card (mobile elevating " \
           "work platform)\n"
    skills = _skills(parse_text(text, "gloss.txt"))
    assert "MEWP card" in skills
    assert "MEWP card (mobile elevating work platform)" not in skills


def test_a_bracket_that_spells_no_short_form_stays() -> None:
    text = "Forklift Driver\n\nNice to have\n\nNice to have: CPCS card (blue or red)\n"
    assert "CPCS card (blue or red)" in _skills(parse_text(text, "gloss.txt"))


def _pay_periods(text: str) -> set[tuple[float | None, str | None]]:
    guide = parse_text(f"Accounts Clerk\n\nYour pay\n\n{text}\n", "pay.txt")
    return {(b.min, b.period) for b in guide.salaries}


def test_a_years_pay_restated_per_month_in_a_bracket_is_one_pay() -> None:
    found = _pay_periods("Base salary: €31,200 gross per year (equal to €2,600 gross per month)")
    assert found == {(31200, "year")}


def test_a_bracketed_month_that_is_no_twelfth_stays() -> None:
    found = _pay_periods("Base salary: €31,200 gross per year (€2,900 gross per month)")
    assert (2900, "month") in found


def test_a_footers_legal_name_leaves_the_brand_alone() -> None:
    text = _LETTER.replace("The trust has awarded the linen contract to Harrowfield Linen "
                           "Services Ltd from 1 March.", "The trust has awarded the linen "
                           "contract from 1 March.") + "\nHarrowfield Linen Services Ltd · " \
        "Terms · Privacy\n"
    employers = _facts(parse_text(text, "footer.txt"), "employers")
    assert "Harrowfield Linen Services Ltd" not in employers
