"""Structures of set 53's generator families read at scale (helper carry53): a hiring
chatbot's reply opening with its cue ("Sure! X can move to …"), a verification form's label
noting whose words its value is ("Qualifications (employer's words)A, B"), a payroll's yearly
earnings under its short column names ("Regular | OT | Misc."), a bid posting's run-in
"Know-how needed:" list with its closing "X preferred." note.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.earnings_record import earnings_lines
from careergraph.guides.roles import Vocabulary, _plural_opening
from careergraph.lexicon import load_lexicon


def _names(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def test_a_chat_replys_cue_is_no_part_of_the_plural_subject() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    text = "Sure! Bakery Clerks can move to Cake Decorator when a spot opens."
    assert _plural_opening(text, vocab) == "Bakery Clerk"
    # (a question before the subject is no cue: "Ys" is no role named after it)
    assert _plural_opening("Looking for bakery jobs? Bakers are paid weekly.", vocab) is None


_VOE = """\
WorkCheck Online   Verifier portal   Sign out
VERIFICATION OF EMPLOYMENT
THE EMPLOYER
Pinecrest Valve Repair, Inc.
THE JOB
Job title                Valve Technician
Duties (employer's words)Rebuilds valves; Tests seals.
Qualifications (employer's words)Valve lapping, Pressure testing, Torque wrench use.
THE PAY
Rate of pay              $29.10
Rate type                Hourly
"""


def test_a_form_label_noting_whose_words_heads_its_glued_list() -> None:
    guide = parse_text(_VOE, "voe.txt")
    assert {"Valve lapping", "Pressure testing", "Torque wrench use"} <= _names(
        guide, "skills")


def test_a_payrolls_short_column_names_make_an_earnings_record() -> None:
    rows = [(1, "Year | Regular | OT | Misc. | Gross total"),
            (2, "2025 | $50,100.00 | $9,200.50 | $800.00 | $60,100.50"),
            (3, "Misc. = the standby pay.")]
    assert earnings_lines(rows) == frozenset({2})


_BID = """\
NORTHFIELD BOX COMPANY - SHEET PLANT                   STEELWORKERS LOCAL 77
JOB VACANCY BID POSTING                                No. 2027-014
JOB: DIE CUTTER OPERATOR      JOB CLASS: 18      RATE: $31.40/hr
WHO MAY BID
Bidders must now hold Die Cutter Helper.
Know-how needed: Die setup, Make-ready, Stock counting, Lockout/tagout. Forklift ticket preferred.
The job goes to the most senior bidder who qualifies.
BIDS - add your badge no.; no late bids.
#  | Bidder       | Badge # | Job now          | Seniority  | Initials
1  | P. Varga     | 31177   | Die Cutter Helper | 04/02/2011 | PV
"""


def test_a_bid_postings_know_how_list_ends_on_its_line() -> None:
    guide = parse_text(_BID, "die-cutter-operator.txt")
    skills = _names(guide, "skills")
    assert {"Make-ready", "Stock counting", "Lockout/tagout"} <= skills
    assert not {"Bidder", "Badge #", "Job now", "Initials"} & skills

