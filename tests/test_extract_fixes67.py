"""Defects other helpers noticed, each on an invented page (helper fixes67)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_GLASS = """# Glass Installer

Glass installers fit and seal glazing in shopfronts, offices and conservatories.

## The work

Glass installers are good at silicone sealing, bead fixing and handling heavy panes. Some
window cleaners specialise in rope access, pure-water poles and gutter clearing. Steel
welders, by contrast, use tools such as plasma cutters and press brakes.

## Pay

Installers earn £27,500 a year.
"""


def test_a_sentence_about_another_trade_gives_the_role_no_skills() -> None:
    skills = {s.text for s in parse_text(_GLASS, "glass-installer.txt").skills}
    assert {"silicone sealing", "bead fixing"} <= skills
    assert not skills & {"rope access", "pure-water poles", "gutter clearing",
                         "plasma cutters", "press brakes"}


_COURT = """# Court Usher

Court ushers prepare courtrooms, call cases and look after witnesses and jurors.

## What the job involves

Court ushers use the listing system and a radio. Legal executives specialize in conveyancing,
probate and litigation support. Recruiters look for tact, calm and clear speech.

## Salary

Court ushers earn £22,900 a year.
"""


def test_what_recruiters_ask_for_stays_the_roles() -> None:
    skills = {s.text for s in parse_text(_COURT, "court-usher.txt").skills}
    assert not skills & {"conveyancing", "probate", "litigation support"}
    assert {"tact", "calm"} <= skills


_BROKER = """# Mortgage Broker

Mortgage brokers compare lenders' deals and arrange home loans for their clients.

## Earnings

New brokers earn about £24,000 a year while they build a client list. Newly qualified
mortgage brokers start on £28,000. Experienced brokers earn £52,000 or more.
"""


def test_new_holders_of_the_role_earn_the_roles_own_pay() -> None:
    facts = facts_of(parse_text(_BROKER, "mortgage-broker.txt"))
    assert {owner for owner, *_ in facts.salaries} == {"@self"}
    assert ("@self", 24000.0, 24000.0, "GBP", "year") in facts.salaries
