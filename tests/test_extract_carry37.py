"""Set 37's page types read at scale (helper carry37, 2026-12-05): graded pay tables of
academic ranks, a rung's bracketed pay band, a short ladder after a lead-in's colon, a base
increase on promotion, an advice column's "Q:" and "A:" marks, a job board's run-in employer
lists, a lower-case title after a lead-in's colon, a glued hour unit ("Kč/h") and a careers
masthead.  Every page here is invented."""

from __future__ import annotations

from tests.guide_facts import pay, texts

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.headline import is_masthead
from careergraph.guides.pay_owners import stated_owners
from careergraph.guides.rung_pay import ladder_rungs, rung_asides


def _owned(guide) -> set[tuple[str | None, int | None, int | None, str | None]]:  # type: ignore[no-untyped-def]
    """Each salary of ``guide`` as (owner in lower case or None, min, max, period)."""
    return {(owner.lower() if owner else None, None if low is None else round(low),
             None if high is None else round(high), period)
            for low, high, _, period, owner in pay(guide)}


_GRADED_PAGE = """\
Principal Tutor
Promotion to Principal Tutor at the Coastway Institute

Path: Senior Tutor (Grade 6) ➜ Principal Tutor (Grade 7) ➜ Dean (Grade 8) ➜ Provost (provost band)

Pay (from 1 March 2027)
Grade 6 | Senior Tutor | £35,110 – £40,220
Grade 7 | Principal Tutor | £42,300 – £48,950
Grade 8 | Dean | £51,400 – £57,800
Provost band | minimum £70,500

Promoted staff enter Grade 7 at its first point.
"""


def test_graded_rows_of_other_ranks_and_a_rung_band() -> None:
    """A graded table's row of another rank of the page's ladder is that rank's even when it
    shares the role's head noun ("Senior Tutor" on the Principal Tutor's page), and a row
    labelled by the band a rung names in brackets ("Provost (provost band)") is that rung's
    open-ended floor; the role's own row stays the role's."""
    guide = parse_text(_GRADED_PAGE, "principal-tutor.txt")
    paid = _owned(guide)
    assert ("senior tutor", 35110, 40220, "year") in paid
    assert (None, 42300, 48950, "year") in paid
    assert ("dean", 51400, 57800, "year") in paid
    assert ("provost", 70500, None, "year") in paid


def test_rung_asides_and_a_lead_in_ladder() -> None:
    """A ladder's bracketed grades map to their rungs; "The track: A > B > C" after a
    lead-in's colon is a ladder, a site's trail ("Home > Careers > X") is none."""
    assert rung_asides("Path: Tutor (Grade 5) → Lecturer (Grade 6) → Chair (chair band)") == {
        "grade 5": "tutor", "grade 6": "lecturer", "chair band": "chair"}
    assert rung_asides("Tutor (Grade 5), then Lecturer (Grade 6)") == {}
    assert ladder_rungs("The ranks: Docent > Senior Docent > Chair") == frozenset(
        {"docent", "senior docent", "chair"})
    assert ladder_rungs("Home > Careers > Docent") == frozenset()


_FLOORS_PAGE = """\
HARTWELL COLLEGE | Faculty Office | Promotion and Tenure
Promotion and Tenure: Assistant Curator

The track: Curatorial Fellow > Assistant Curator > Associate Curator

Minimum salary floors (2027–28)
Curatorial Fellow ..................... $58,000 minimum
Assistant Curator ..................... $66,500 minimum
Associate Curator ..................... $79,000 minimum
On promotion a base increase of $5,500 is added.
"""


def test_a_lead_in_ladder_is_no_breadcrumb_and_its_rungs_own_their_floors() -> None:
    """"The track: A > B > C" is the page's ladder, not a breadcrumb naming the role by its
    last crumb; the rank above's floor is that rank's; a base increase is no pay."""
    guide = parse_text(_FLOORS_PAGE, "assistant-curator.txt")
    assert guide.role.text == "Assistant Curator"
    paid = _owned(guide)
    assert ("associate curator", 79000, None, "year") in paid
    assert (None, 66500, None, "year") in paid
    assert not any(low == 5500 for _, low, _, _ in paid)


def test_a_base_increase_of_is_no_pay_an_increase_to_is() -> None:
    """"a base increase of $N" adds to pay; "an increase to $N" states the new pay."""
    assert find_amounts("On promotion a base increase of $4,000 is added.") == []
    assert [m.low for m in find_amounts("Pay sees an increase to $61,000 on promotion.")] == [
        61000]


_ADVICE_PAGE = """\
Wage Matters   Salaries · Negotiation · Ask us
Q: How do I negotiate my salary as a glazier?
From the Wage Matters editors · 4 min read

"I've been offered £29,500 by a shopfitter in Leeds. Should I push?"

A: The going rate for a glazier is £31,000–£36,500; a glazing supervisor is on £39,000–£43,000.

Firms that post the most jobs: Pellow Glass, Crannock Windows, Bryher Facades.
Hiring right now on our board: Pellow Glass, Tamsin Glazing.
"""


def test_an_advice_column_names_its_role_and_its_boards_firms() -> None:
    """"Q: How do I negotiate my salary as a X?" names the role (not "Q"); "A: The going rate
    for a X is …" is the role's pay (not "A"'s); "Firms that post the most jobs:" and
    "Hiring right now on our board:" list employers."""
    guide = parse_text(_ADVICE_PAGE, "page-one.txt")
    assert guide.role.text == "Glazier"
    paid = _owned(guide)
    assert (None, 31000, 36500, "year") in paid
    assert ("glazing supervisor", 39000, 43000, "year") in paid
    assert {"Pellow Glass", "Crannock Windows", "Bryher Facades", "Tamsin Glazing"} <= set(
        texts(guide.employers))


def test_a_lower_case_title_after_a_lead_in_colon_owns_its_pay() -> None:
    """"When rotas are short we book cover: relief bakers are paid …" is the relief bakers'
    figure; a quality after the colon stays the role's."""
    def titled(text: str) -> bool:
        return text.endswith(("Baker", "Porter"))

    assert stated_owners("When rotas are short we book cover: relief bakers are paid ", titled,
                         "Head Baker") == ["Relief Baker"]
    assert stated_owners("In short: experienced bakers are paid ", titled, "Head Baker") == []


def test_a_glued_hour_unit_is_an_hourly_rate() -> None:
    """"315 Kč/h" and "16 €/h" are rates by the hour (not a month's pay)."""
    [czk] = find_amounts("A line supervisor earns 315 Kč/h.")
    assert (czk.low, czk.period) == (315, "hour")
    [eur] = find_amounts("Gesellen verdienen 16 €/h")
    assert (eur.low, eur.period) == (16, "hour")


def test_a_careers_masthead_is_the_sites_chrome() -> None:
    """"<site> Careers   Stores | Graduates" is the site's careers masthead (its name with
    the section word), never a page title; another first cell is not."""
    sites = frozenset({"marrow timber supplies"})
    assert is_masthead("Marrow Timber Supplies Careers   Stores | Graduates", sites)
    assert not is_masthead("Yard Supervisor Careers   Stores | Graduates", sites)


_FEES_PAGE = """\
Calderbrook Borough Council   Bins | Council tax | Elections | Jobs
Work at the elections — Borough elections

POLLING DAY ROLES
Ballot Clerk — checks names and hands out papers. (Sometimes called a polling clerk.)
Station Manager — runs the polling station.

FEES (agreed by the Returning Officer)
Role | Fee
Ballot Clerk | £160.00 for the day
Station Manager | £240.00 for the day
Tally Assistant | £13.80 per hour
Induction (compulsory): £35.00 — a training fee, not part of the day's fee.
"""


def test_a_fee_table_of_posts_and_days_is_pay() -> None:
    """Under "FEES", a row naming a post and its fee for the day or the hour is that post's
    pay (the page's own post: its own); a training fee stays no pay."""
    guide = parse_text(_FEES_PAGE, "ballot-clerk.txt")
    paid = _owned(guide)
    assert (None, 160, 160, "day") in paid
    assert ("station manager", 240, 240, "day") in paid
    assert ("tally assistant", 14, 14, "hour") in paid
    assert not any(low == 35 for _, low, _, _ in paid)


def test_a_field_after_a_links_strip_is_kept() -> None:
    """"Related: A | B | C · Sector: X" drops the links and keeps the sector field."""
    guide = parse_text(_FEES_PAGE + "\nRelated: Register to vote | Postal votes · "
                   "Sector: Local government\n", "ballot-clerk.txt")
    assert "Local government" in texts(guide.sectors)
    assert not any("Postal" in name for name in texts(guide.sectors))
