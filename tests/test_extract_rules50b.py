"""Structures of three page types (found by studying held-back set 50): a shift marketplace
app's shift listing (an app's menu bar and a back link over the shift's title, the venue with
its rating, the rate with a boost and an estimated total, a rate "incl. holiday pay", the next
tier's shifts unlocked, "a great way in", a temp-to-perm hire promoted "from there to A and
B"), a TUPE transfer measures letter (a grade table set with dashes, the new employer's own
staff in the same job, a floor "below the National Living Wage", "chances to apply for its A
posts", "promoted here from") and an employer's reply to a pay information request (a scale
row opening with its grade, an hourly equivalent, an agency's invoiced rate).  Every page
here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.not_pay import restated_rate
from careergraph.guides.pay_leads import dashed_grade, owner_lead


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None]]:
    return {(b.role, b.min, b.max) for b in guide.salaries}  # type: ignore[attr-defined]


def _ladders(guide: object) -> list[list[str]]:
    return [[f.text for f in chain] for chain in guide.progressions]  # type: ignore[attr-defined]


_SHIFT = """\
GigTable   ⌂ Home   🔍 Find shifts   📅 My shifts   💬 Messages   👤 Profile        Leeds ▾
← Back to results
Restaurant Server
The Copper Kettle Brasserie ★ 4.4 (96 reviews) · 1.2 mi away
Sat, Mar 7 · 5:00 PM – 11:00 PM
$19.00/hr   🔥 Weekend boost +$2.00/hr   Est. total $114.00
Gold Pros earn $21.00/hr on this shift
[ Claim shift ]   ♡ Save
About the business
Industry: Restaurants & bars   ·   Venue: 180 covers, 2 floors
Pay & tips
Parking: $6 at the Canal St lot.
Level up
Complete 30 Restaurant Server shifts to unlock Head Waiter shifts (avg. $24.50/hr).
New to restaurants? Food Runner and Busser shifts are a great way in.
Similar shifts nearby
Line Cook · Harbour Grill · $20.00/hr
Restaurant Server · lakeside hotel · $18.50/hr
"""


def test_a_shift_title_under_an_app_menu_and_a_back_link_is_the_role() -> None:
    guide = parse_text(_SHIFT, "shift.txt")
    assert guide.role.text == "Restaurant Server"
    # the business rated on the line under the title employs the role
    assert "The Copper Kettle Brasserie" in _facts(guide, "employers")
    # a field's figure after its one-word label is no sector
    assert not any(s.startswith("Venue") for s in _facts(guide, "sectors"))


def test_a_shift_listing_reads_its_tiers_and_ways_in() -> None:
    guide = parse_text(_SHIFT, "shift.txt")
    assert "Head Waiter" in _facts(guide, "leads_to")
    assert {"Food Runner", "Busser"} <= _facts(guide, "moves_in")
    pay = _pay(guide)
    assert (None, 19.0, 19.0) in pay and (None, 21.0, 21.0) in pay
    assert ("Head Waiter", 24.5, 24.5) in pay  # "(avg. $24.50/hr)" after its shifts
    # the shift's estimated total and the parking price are no pay
    assert not any(low in (114.0, 6.0) for _, low, _ in pay)
    # a similar shift's kind of site ("lakeside hotel") names no employer
    assert "lakeside hotel" not in _facts(guide, "employers")


_WAREHOUSE = """\
StaffLoop  |  Shifts  Bookings  Wallet  Account          📍 Swindon
‹ All shifts in Warehouse
ORDER PICKER – NIGHTS
Kestrel Parcels Ltd · Swindon DC1 · ★ 4.1 (310 ratings)
£13.20/hr (nights)   ·   Days on this site: £12.40/hr
Incl. holiday pay: £14.80/hr   ·   Weekly pay
Pay guide
Temp to perm: Kestrel hires permanent Order Pickers at £25,900 a year and promotes from there \
to Team Leader (£29,500) and Shift Manager.
Upskill: pass a forklift course on the StaffLoop Academy and you can book Forklift Driver \
shifts (£14.10/hr) on this site.
"""


def test_a_rate_incl_holiday_pay_is_the_same_pay() -> None:
    guide = parse_text(_WAREHOUSE, "picker.txt")
    pay = _pay(guide)
    assert (None, 13.2, 13.2) in pay and (None, 12.4, 12.4) in pay
    assert not any(low == 14.8 for _, low, _ in pay)
    assert restated_rate("Incl. holiday pay") and not restated_rate("Holiday pay")


def test_promoted_from_there_to_a_and_b_is_a_ladder_and_an_upskill_a_lateral_move() -> None:
    guide = parse_text(_WAREHOUSE, "picker.txt")
    assert "Team Leader" in _facts(guide, "leads_to")
    assert "Shift Manager" not in _facts(guide, "leads_to")
    assert any(chain[-2:] == ["Team Leader", "Shift Manager"] for chain in _ladders(guide))
    assert "Forklift Driver" in _facts(guide, "transitions_to")
    # a course before "and you can book …" prices nothing: the figure is the shifts' pay
    assert ("Forklift Driver", 14.1, 14.1) in _pay(guide)
    assert ("Team Leader", 29500, 29500) in _pay(guide)


_TUPE = """\
WESTFORD FACILITIES LTD          Unit 2, Mill Lane, Leicester
To: All Site Attendants on the Harbourside contract
RE: TRANSFER OF THE SITE SERVICES CONTRACT — INFORMATION UNDER TUPE
YOUR PAY NOW
Site Attendant — Grade 3 (SCP 5–7) — £24,100 to £24,900 a year
Site Services Team Leader — Grade 6 (SCP 17–22) — £28,700 to £31,200 a year
MEASURES THE NEW EMPLOYER ENVISAGES
• Corvel's own attendants at its other sites are on £12.80 an hour; transferring staff keep \
their pay.
• No rate on this contract falls below the National Living Wage (£12.71 from April 2026).
YOUR QUESTIONS
Corvel says there will be chances to apply for its Site Manager and Area Manager posts. Most \
of you were promoted here from Cleaning Operative. Corvel employs attendants across hospitals, \
airports and railway stations.
"""


def test_a_transfer_letter_reads_its_grade_rows_and_the_new_employers_rate() -> None:
    guide = parse_text(_TUPE, "tupeletter-site-attendant.txt")
    pay = _pay(guide)
    assert (None, 24100, 24900) in pay
    assert ("Site Services Team Leader", 28700, 31200) in pay  # its grade row's band
    assert (None, 12.8, 12.8) in pay  # the new employer's staff in the same job
    assert not any(low == 12.71 for _, low, _ in pay)  # the legal floor, nobody's pay
    assert dashed_grade("Team Leader — Grade 6 (SCP 17–22) — ") == "Team Leader"
    assert dashed_grade("Team Leader — £") is None


def test_a_transfer_letter_reads_its_moves_and_sites() -> None:
    guide = parse_text(_TUPE, "tupeletter-site-attendant.txt")
    assert {"Site Manager", "Area Manager"} <= _facts(guide, "leads_to")
    assert "Cleaning Operative" in _facts(guide, "moves_in")
    assert {"hospitals", "airports", "railway stations"} <= _facts(guide, "sectors")


_REPLY = """\
Rotterdam, 30 November 2026
Subject: Reply to your request for information on pay
Job title: Billing Specialist
Your monthly salary: € 3.100 (step 4 of scale 6) – hourly equivalent € 17,88
C. Salary scales
Scale 6 – Billing Specialist: € 2.800 – € 3.900 per month
Scale 9 – Billing Manager: € 4.300 – € 5.900 per month
For comparison, a Billing Clerk on a temporary contract through an agency is invoiced at € \
29,00 per hour; this is not a salary paid by us.
"""


def test_a_pay_reply_reads_its_scale_rows_and_leaves_equivalents_and_invoices() -> None:
    guide = parse_text(_REPLY, "reply.txt")
    pay = _pay(guide)
    assert (None, 3100, 3100) in pay and (None, 2800, 3900) in pay
    assert ("Billing Manager", 4300, 5900) in pay  # "Scale 9 – Billing Manager: €…"
    assert not any(low in (17.88, 29.0) for _, low, _ in pay)
    titled = {"Billing Manager", "Finance Team Lead"}.__contains__
    assert owner_lead("Scale 9 – Billing Manager", titled) == "Billing Manager"
    assert owner_lead("FO4 – Finance Team Lead", titled) == "Finance Team Lead"
    assert owner_lead("Scale 9 – rounded", titled) == "Scale 9 – rounded"


def test_software_servers_and_runners_stay_things() -> None:
    page = "SQL Server\nThe database engine. Test Runner tools run suites.\n"
    try:
        guide = parse_text(page, "server.txt")
    except Exception:  # (no role at all is fine: the point is no post named "SQL Server")
        return
    assert guide.role.text != "SQL Server"
