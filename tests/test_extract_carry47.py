"""Structures of set 47's page types as the web generator prints them at scale (carry47): a
translated posting titled "WORKER OF A THING" or by a "-maid" compound over its firm line,
with the translator's bar dropped as chrome; an outplacement report's sentence-case target
roles with their bands; a career hub's sentence-case titles before their grade's bracket; the
things an employer provides read as sectors; a trial invitation's one-line sign-off.  Every
page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.roles import trade_noun
from careergraph.guides.sector_noise import provided_perk
from careergraph.guides.translated_title import firm_topped_title


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _owned(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_FACTORY = """\
Translated from: Bulgarian   Show original   |   Always translate Bulgarian
TrudNaDen.bg   Jobs   Companies   Salaries   Advice   For employers   Enter
We use cookies (biscuits) for a better experience.   [I agree]  [Settings]
Home › Jobs › Production › Wood › Troyan
Published: 3 days ago · Viewed: 88 times · Ref. No.: 5519022   ☆ Save   ⚑ Report
GRINDER OF WOODEN FURNITURE PARTS (shlayfist)
Darvoteks Troyan EOOD · Troyan · Full working time · Permanent contract
Salary: 900 – 1 150 EUR net monthly
About the employerDarvoteks Troyan EOOD makes chairs and tables for shops in Romania.
Field of activity: Furniture industry
Requirements to the candidate
- Experience with belt sanders
- Care for the details
"""


def test_worker_of_a_thing_title_over_a_firm_line_is_the_role() -> None:
    """The translator's bar is read as chrome; the title "WORKER OF …" names the role in
    sentence case (before: the file name's words)."""
    guide = parse_text(_FACTORY, "grinder-of-wooden-parts.txt")
    assert guide.role.text == "Grinder of wooden furniture parts"
    assert "Darvoteks Troyan EOOD" in _facts(guide, "employers")


def test_worker_of_needs_the_translators_bar() -> None:
    rows = [(1, "Jobs in Troyan"), (6, "GRINDER OF WOODEN FURNITURE PARTS (shlayfist)"),
            (7, "Darvoteks Troyan EOOD · Troyan")]
    assert firm_topped_title(rows) is None
    assert firm_topped_title(rows, bar=["Translated from: Bulgarian   Show original"]) == (
        "Grinder of wooden furniture parts", 6, "Shlayfist")


def test_a_thing_of_a_thing_names_no_role() -> None:
    """The word before "of" must name a worker: "HISTORY OF THE FACTORY" is none."""
    rows = [(1, "Translated from: Bulgarian   Show original"),
            (6, "HISTORY OF THE FACTORY (istoriya)"), (7, "Darvoteks Troyan EOOD · Troyan")]
    assert firm_topped_title(rows) is None


_RESORT = """\
Google Translate ▸ Bulgarian → English   [Show original]   [Never translate this site]
PlazhRabota.bg — work on the sea
Home / Seasonal work / Tourism and restaurants / Sozopol
CHAMBERMAID FOR THE SEASON 2027 (room cleaner)
Sinya Laguna Hotel ★★★ — Sozopol Bay Hotels AD
📍 Sozopol, Burgas region   🗓 Season: June – September
Remuneration: 1 050 – 1 300 EUR brutto monthly
ABOUT US
Sinya Laguna Hotel has 140 rooms, part of Sozopol Bay Hotels AD.
Activity: Hotels and tourism
"""


def test_maid_compound_title_is_the_role() -> None:
    """A "-maid" compound is a worker's name like "-guard" or "-keeper" (before: no role
    found, the page rejected)."""
    guide = parse_text(_RESORT, "chambermaid.txt")
    assert guide.role.text == "Chambermaid"
    assert {"Sinya Laguna Hotel", "Sozopol Bay Hotels AD"} <= _facts(guide, "employers")


def test_trade_noun() -> None:
    assert trade_noun("chambermaids") and trade_noun("Lifeguard")
    assert not trade_noun("maid") and not trade_noun("maiden")


_REPORT = """\
BRIGHTWAY OUTPLACEMENT  ·  Candidate Portal       Home  My Plan  Sessions  Log out
You are viewing: Career Transition Report (v2)     [Download PDF]
CONFIDENTIAL — prepared for Tomas Lind under the outplacement programme
1. Your current role
Stock controller, Fenwick Tiles Ltd — warehouse, 9 years.
Sector: Building materials
Last salary: £27,000 a year
Redundancy package: statutory redundancy £4,100
2. How you got here
Your route was Warehouse operative → Stock controller.
3. Market benchmark for your role
Stock controller, Yorkshire: £24,000 – £29,000
4. Transferable skills identified in your assessment
• Cycle counting (SAP WM)
• Supplier liaison
5. Target roles we agreed
Option A — Inventory planner: £29,000 – £35,500
Option B — Purchasing assistant: £24,500 – £28,000
6. Next steps
☐ Update CV
"""


def test_sentence_case_target_role_owns_its_band() -> None:
    """Before: the two bands were the stock controller's own."""
    guide = parse_text(_REPORT, "stock-controller.txt")
    assert {"Inventory Planner", "Purchasing Assistant"} <= {
        t.title() for t in _facts(guide, "transitions_to")}
    owned = {(low, high, (role or "").lower()) for low, high, role in _owned(guide)}
    assert (29000, 35500, "inventory planner") in owned
    assert (24500, 28000, "purchasing assistant") in owned
    assert (24000, 29000, "") in owned  # (the role's own benchmark stays its own)


_HUB = """\
HARBOUR WATER · Career Hub           Jobs   Internal Gigs   Career Paths   My Skills   Help
Career Paths > Treatment > Pump station operator
Pump station operator
Job profile PSO-1 / PSO-2 · Department: Treatment · Job family: Operations
☆ Follow this role      Compare with my current job
Skills profile (importance)
●●●●● Pump maintenance
●●●●○ SCADA monitoring
Pay
Pump station operator I (Grade 14): $22.10 – $27.40 per hour
Pump station operator II (Grade 16): $25.30 – $31.80 per hour
Pump station supervisor (Grade 21, exempt): $68,000 – $84,000 per year
Career path
Pump station operator → Pump station supervisor → Treatment manager
© 2026 Harbour Water · Privacy
"""


def test_sentence_case_graded_titles() -> None:
    """Before: "I" and "II" were owners of the role's grades, the supervisor's band the
    role's."""
    guide = parse_text(_HUB, "pump-station-operator.txt")
    owned = _owned(guide)
    assert (22.10, 27.40, None) in owned and (25.30, 31.80, None) in owned
    assert (68000, 84000, "Pump station supervisor") in owned


def test_provided_perks_are_no_sectors() -> None:
    assert provided_perk("insurance", "Permanent employment contract and insurance on the "
                         "full amount")
    assert provided_perk("transportation", "Work visa, medical insurance, shared "
                         "accommodation and transportation provided by company")
    # (a list of industries names no provision)
    assert not provided_perk("insurance", "Our clients work in banking, insurance and "
                             "transportation")
    # (a health insurer's line: the provision's mark holds the sector's own word)
    assert not provided_perk("insurance", "We sell medical insurance to families")


_TRIAL = """\
ShiftNest  ·  Inbox                                           Settings  Log out
Application #55120 · Status: TRIAL SHIFT INVITED
[ Accept trial ]   [ Ask to reschedule ]   [ Decline ]
Hi Ola,
You're invited to a paid trial shift! Paid trial: £12.40 per hour
Barista pay if offered: £12.40 – £12.90 per hour (age 21+)
What to bring: black shoes
About usThe Bean Cellar is a coffee bar run by Lantern Cafés Ltd.
Where it can lead
Barista → Head barista → Café manager.
Cheers, Rhian Morgan — General Manager, The Bean Cellar
Other shifts near you on ShiftNest
Your application timeline: Applied 2 Dec → Trial invited 4 Dec
ShiftNest Ltd · Help centre · Privacy · Unsubscribe
"""


def test_one_line_sign_off_is_chrome() -> None:
    """Before: the signer's "General Manager" was a move up."""
    guide = parse_text(_TRIAL, "barista.txt")
    moves = {t.lower() for t in _facts(guide, "leads_to") | _facts(guide, "transitions_to")}
    assert "general manager" not in moves
