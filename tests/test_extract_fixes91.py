"""Set 48's leftovers (helper fixes91, stop 57): a requirement's context dashed to its
systems, an acronym's plural paired with a tool noun, a hiring manager's retention worry, a
firm's own sentences (its group told in the first person, its trade with its legal form,
the site it runs), a letter's letterhead in capitals, a "Our market:" line and requirement
items told with their tools.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.dash_items import context_tools
from careergraph.guides.firm_sentences import own_group, trade_site, trading_firms
from careergraph.guides.letterheads import letter_letterhead
from careergraph.guides.requirement_items import tooled_requirement
from careergraph.guides.skill_cues import paired_skills


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None]]:
    return {(b.min, b.max) for b in guide.salaries}  # type: ignore[attr-defined]


# --- a context dashed to the systems it is done in ------------------------------------------

_ORDER = """\
JOB ORDER: Payments Clerk
Client: Tollgate Marsh LLP (York)

MUST-HAVES
- client money rules — knows client vs office money
- settlement funds on property files — FASTPAY/SWIFT, same-day, "stays calm on a Friday"
- Excel: VLOOKUP, pivot tables
"""


def test_a_dashed_context_gives_its_systems_and_drops_the_remark() -> None:
    skills = _skills(parse_text(_ORDER, "order.txt"))
    assert {"FASTPAY", "SWIFT"} <= skills
    assert "settlement funds on property files — FASTPAY/SWIFT" not in skills
    assert not any("calm" in s for s in skills)  # a quoted remark, no skill


def test_context_tools_wants_a_lower_case_context_and_slashed_names() -> None:
    assert context_tools("rent runs on lettings files — BACS/CHAPS, weekly") == (
        "rent runs on lettings files", ["BACS", "CHAPS"])
    assert context_tools("Risk & compliance — BSA/AML, Reg E") is None  # a category's label
    assert context_tools("reconciliations — daily, weekly") is None


def test_an_acronym_plural_and_a_tool_noun_are_two_skills() -> None:
    assert paired_skills("PLCs and servo drives") == ["PLCs", "servo drives"]
    assert paired_skills("VFDs and HMIs") == ["VFDs and HMIs"]  # two acronyms: left whole


# --- a retention worry is no pay -------------------------------------------------------------

_INTAKE = """\
HIRING MANAGER INTAKE — Quantity Surveyor
Company: Fellgate Builders, Inc.

Compensation
Quantity Surveyor: $70,000 – $88,000 base
HM note: "Rivals pay about $95k — we might lose people at $88k."
"""


def test_a_retention_worry_names_no_pay() -> None:
    guide = parse_text(_INTAKE, "intake.txt")
    assert (70000, 88000) in _pay(guide)
    assert (88000, 88000) not in _pay(guide)


# --- a firm's own sentences ------------------------------------------------------------------

_MINER = """\
TARNBECK COPPER  ·  REFER A MATE
Drill Offsider — Tarnbeck (WA)

THE JOB
Tarnbeck Copper Pty Ltd runs an open-cut copper mine and a concentrator near Tarnbeck.
Our Drill Offsiders help the drillers on 12-hour shifts.

Terms · Tarnbeck Copper is a drug-free workplace
"""

_SUPPLIER = """\
Drill Offsider

THE JOB
Ridgeback Steel Pty Ltd supplies our drill rods. You help the drillers on 12-hour shifts.
"""


def test_a_firm_doing_its_trade_employs_and_its_site_names_the_sector() -> None:
    guide = parse_text(_MINER, "miner.txt")
    assert "Tarnbeck Copper Pty Ltd" in _facts(guide, "employers")
    assert "copper mining" in _facts(guide, "sectors")


def test_a_firm_named_once_is_no_employer() -> None:
    assert "Ridgeback Steel Pty Ltd" not in _facts(parse_text(_SUPPLIER, "s.txt"), "employers")


def test_firm_sentence_readers() -> None:
    assert trading_firms("Kestrel Boxes Co. makes cartons in Ohio.") == [
        ("Kestrel Boxes Co.", "Kestrel Boxes")]
    assert trading_firms("The team makes cartons.") == []
    assert trade_site("Kestrel Boxes Co. runs a factory in Ohio.") is None  # no product word
    assert trade_site("Kestrel Boxes Co. runs a carton factory.") == "carton manufacturing"
    assert trade_site("Kestrel Boxes Co. runs a tight ship.") is None  # no site
    assert trade_site("Hale Slate Ltd runs a slate quarry at Hale.") == "slate quarrying"
    assert trade_site("Hale Gold Ltd runs an underground gold mine.") == "gold mining"
    assert own_group("We are a member of the Kilimo Group, who also own a depot.") == [
        "Kilimo Group"]
    assert own_group("The company is a branch of the Pembe Group of Companies.") == [
        "Pembe Group of Companies"]
    assert own_group("We are part of a small team.") == []


_GROUPED = """\
Storekeeper

About the CompanyKilimo Builders Ltd is a contractor in Nakuru. We are a member of the Kilimo
Group, who also owns a hardware shop.
"""


def test_the_first_person_group_is_an_employer() -> None:
    assert "Kilimo Group" in _facts(parse_text(_GROUPED.replace("Kilimo\nGroup", "Kilimo Group"),
                                               "g.txt"), "employers")


# --- a letter's letterhead in capitals -------------------------------------------------------

_LETTER = """\
From: HR <hr@pinefold.example>
To: Ana Ruiz
Subject: Your promotion to Shift Supervisor
─────────────
PINEFOLD ORCHARD FOODS INC.  ·  Kelowna Plant  ·  12 Valley Road

December 3, 2026

Dear Ana,

I am pleased to confirm your promotion from Line Lead to Shift Supervisor.
"""


def test_a_letters_capital_letterhead_names_its_employer() -> None:
    assert "Pinefold Orchard Foods Inc." in _facts(parse_text(_LETTER, "l.txt"), "employers")


def test_no_salutation_no_letterhead() -> None:
    assert letter_letterhead([(1, "PINEFOLD ORCHARD FOODS INC."), (3, "Thanks Ana,")]) == []
    assert letter_letterhead([(1, "RE: PROMOTION – SHIFT SUPERVISOR"), (3, "Dear Ana,")]) == []


# --- a labelled market ------------------------------------------------------------------------

_MARKET = """\
HIRING MANAGER INTAKE — Estimator
Company: Fellgate Builders, Inc.
Our market: Civil infrastructure (bridges, culverts)

Must-have skills
(1) Quantity takeoff
"""


def test_our_market_names_the_sector() -> None:
    sectors = _facts(parse_text(_MARKET, "m.txt"), "sectors")
    assert any(s.startswith("Civil infrastructure") for s in sectors)


# --- requirement items told with their tools --------------------------------------------------

_REFERRAL = """\
Controls Technician

We build bottling lines.

Requirements
- Omron PLCs in CX-Programmer (ladder logic, some function blocks)
- Beckhoff TwinCAT — nice to have
- Wiring diagrams — read and mark up in DraftPro Electrical
- Full UK Driving Licence
"""


def test_requirement_items_with_their_tools() -> None:
    skills = _skills(parse_text(_REFERRAL, "r.txt"))
    assert {"Omron PLCs", "CX-Programmer", "ladder logic", "function blocks", "Beckhoff TwinCAT",
            "Wiring diagrams", "DraftPro Electrical"} <= skills
    assert "some function blocks" not in skills
    assert "Full UK Driving Licence" not in skills


def test_tooled_requirement_negatives() -> None:
    assert tooled_requirement("A steady hand at 3 a.m. when the line is down") == []
    assert tooled_requirement("Valid CSCS Card") == []
    assert tooled_requirement("Team player — a plus") == []
