"""Gazette notices of one cadre, supported-employment job carving sheets and heritage-crafts
register entries (helper rules38b, 2026-12-05).  Every page here is invented: other posts,
other crafts, other figures than any fixture."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides.amounts import find_amounts
from careergraph.guides.moves import prose_moves
from careergraph.guides.page_money import page_dollar
from careergraph.guides.text import split_sentences
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from guide_facts import parsed_page

_VOCAB = Vocabulary.from_lexicon(load_lexicon())


_Pay = set[tuple[float | None, float | None, str | None]]


def _pay(guide) -> _Pay:  # type: ignore[no-untyped-def]
    return {(s.min, s.max, s.role) for s in guide.salaries}


_STATE_GAZETTE = """THE WESSEX GAZETTE
EXTRAORDINARY
HIGHWAYS DEPARTMENT
NOTIFICATION
The State Government are pleased to promote the following Junior Surveyors to the rank of \
Assistant Surveyor in Level 9 of the Pay Matrix (₹53,100—1,67,800) with effect from the date \
they join.
The following Assistant Surveyors are promoted to the rank of Deputy Surveyor in Level 11 of the \
Pay Matrix (₹67,700—2,08,700):—
Deputy Surveyors shall be eligible for the rank of Chief Surveyor (Level 13, ₹1,23,100—2,15,900) \
after the prescribed service.

ADVERTISEMENT
RECRUITMENT OF ASSISTANT SURVEYOR — 40 posts — through the State Public Service Commission
Pay: Level 9 of the Pay Matrix, ₹53,100 per month at entry.
The candidate should be conversant with: estimation and costing, land surveying, MicroStation \
and the State P.W.D. Code.
Knowledge of Konkani (passed school standard) is compulsory.
Junior Surveyors in Level 5 (₹29,200—92,300) with five years of service may also apply under the \
departmental quota.
Assistant Surveyors may be placed on deputation to the Coastal Roads Agency as Site Engineer.
Hierarchy of the cadre: Junior Surveyor → Assistant Surveyor → Deputy Surveyor → Chief Surveyor
"""


def test_a_notice_rank_owns_its_pay_level(tmp_path: Path) -> None:
    """"promoted to the rank of X in Level 11 (…)", "eligible for the rank of X (Level 13,
    …)" and "Xs in Level 5 (…)" give those posts their levels; the role's own level and its
    entry pay stay its own (Indian lakh notation read whole)."""
    found = _pay(parsed_page(tmp_path, "gazette-assistant-surveyor.txt", _STATE_GAZETTE))
    assert {(53100, 167800, None), (53100, 53100, None), (67700, 208700, "Deputy Surveyor"),
            (123100, 215900, "Chief Surveyor"), (29200, 92300, "Junior Surveyor")} <= found


def test_a_gazette_department_employs_and_its_vacancy_lists_skills(tmp_path: Path) -> None:
    """The department in capitals under the masthead employs the role; "conversant with:"
    lists skills ("estimation and costing" one, an initialism's dots ending no sentence); a
    compulsory language is a skill; feeders who may apply move in, a deputation is sideways."""
    guide = parsed_page(tmp_path, "gazette-assistant-surveyor.txt", _STATE_GAZETTE)
    assert "Highways Department" in {e.text for e in guide.employers}
    skills = {s.text for s in guide.skills}
    assert {"estimation and costing", "land surveying", "MicroStation"} <= skills
    assert "Konkani" in skills or "Knowledge of Konkani" in skills
    assert not any("compulsory" in s for s in skills)
    assert "Junior Surveyor" in {m.text for m in guide.moves_in}
    assert "Site Engineer" in {m.text for m in guide.transitions_to}


def test_a_scale_with_its_increment_is_one_band() -> None:
    """"$30,120 x 840 – $41,880": start, yearly increment, maximum: one band."""
    found = find_amounts("Salary Scale 15 ($30,120 x 840 – $41,880 per annum)")
    assert [(m.low, m.high) for m in found] == [(30120, 41880)]


def test_belize_dollars() -> None:
    """A page naming Belize means Belize dollars by its bare "$"."""
    assert page_dollar("Belize City: Port Officer, $30,120 a year") == "BZD"


_COLONY_GAZETTE = """GOVERNMENT GAZETTE OF TRELAWNY  ·  Vol. XII  ·  No. 41
Published by Authority

MINISTRY OF TRANSPORT
PUBLIC SERVICE — PORTS DEPARTMENT

No. 310                                                    PROMOTIONS
The following Port Clerks (Salary Scale 9: $18,240 x 480 – $24,960) are promoted to Port \
Officer, Salary Scale 15, with effect from 1st May, 2026:—
   Mr. Ade Mensah, Ms. Lila Vaz
Ms. Rhea Ng, Senior Port Officer, is appointed to act as Deputy Harbour Master from 2nd May, 2026.
Mr. Tom Idle, Port Officer, is seconded to the Marine Safety Unit as Safety Analyst for a year.

No. 311                                                    VACANCY
Applications are invited to fill FOUR vacancies of PORT OFFICER in the Ports Department. Salary \
Scale 15: $30,120 x 840 – $41,880 per annum.
The successful candidate will be expected to know or to learn within probation:
  (i) vessel clearance
  (ii) berth planning
  (iii) report writing and French (an asset)
Port Officers are eligible for promotion to Senior Port Officer after four years' service; Port \
Clerks with three years' service may apply.

K. ABARA
Director of Ports
"""


def test_a_colony_gazette_scales_and_posts(tmp_path: Path) -> None:
    """Scales in Belize-style notation by post; the ministry and the department employ the
    role; officers promoted to the role come from their post; an officer of another post
    "appointed to act as" a higher one is a step between those posts, no move of the role;
    a secondment is sideways; "(i) (ii) …" lines are the vacancy's skills, and the signature
    below them none."""
    guide = parsed_page(tmp_path, "gazette-port-officer.txt", _COLONY_GAZETTE)
    assert {(18240, 24960, "Port Clerk"), (30120, 41880, None)} <= _pay(guide)
    assert {"Ministry of Transport", "Ports Department"} <= {e.text for e in guide.employers}
    assert "Port Clerk" in {m.text for m in guide.moves_in}
    assert "Safety Analyst" in {m.text for m in guide.transitions_to}
    assert not {m.text for m in guide.leads_to} & {"Deputy Harbour Master", "Deputy",
                                                    "Port Clerk"}
    assert ["Senior Port Officer", "Deputy Harbour Master"] in [
        [step.text for step in chain] for chain in guide.progressions]
    skills = {s.text for s in guide.skills}
    assert {"vessel clearance", "berth planning", "report writing", "French"} <= skills
    assert not any("ABARA" in s or "Director" in s for s in skills)


def test_a_grade_numeral_stays_in_the_post() -> None:
    """"transferred to X as Tax Inspector II": the post's grade is part of its name."""
    found = prose_moves("Mr. Lee, Port Officer, is transferred to the Revenue Department as "
                        "Revenue Inspector II from 1 June.", _VOCAB, "Port Officer")
    assert found["lateral"] == ["Revenue Inspector II"]


def test_an_initialism_ends_no_sentence() -> None:
    assert split_sentences("Know the State P.W.D. Code. Then apply.") == [
        "Know the State P.W.D. Code.", "Then apply."]


_CARVING = """Open Path Supported Employment | Home | Donate
Carved role: STOCK ROOM ASSISTANT
Host employer: Riverside Garden Centre
Wage: £12.10 an hour. The full Retail Assistant post is £23,800 a year full time.

WHERE IT CAN GROW
After a year he may take on the till at quiet times and then apply for the full Retail Assistant \
post.

BEFORE THIS JOB
Previously a Car Park Attendant for a year. Two summers as a Farm Labourer at Long Acre Farm.

Other employers where we have carved stock room jobs: Hollybank Nurseries · \
Tern Valley Foods · Greywell Books
Sector: Retail
"""


def test_a_carved_role_moves_and_other_employers(tmp_path: Path) -> None:
    """The full post it was carved from is the next step; "previously a X" and "two summers
    as a X" are jobs before it; "Other employers where we have carved … jobs: A · B · C"
    employ the role."""
    guide = parsed_page(tmp_path, "jobcarving-stock-room-assistant.txt", _CARVING)
    assert "Retail Assistant" in {m.text for m in guide.leads_to}
    assert {"Car Park Attendant", "Farm Labourer"} <= {m.text for m in guide.moves_in}
    assert {"Hollybank Nurseries", "Tern Valley Foods", "Greywell Books"} <= {
        e.text for e in guide.employers}


_CARVED_PAY = """Bridgeport Customised Work  ·  Home  ·  Donate
Customised Job Profile — Filing Assistant
THE CARVED JOB
Filing Assistant, 16 hrs/week
$15.90/hour, paid by the employer
Carved out of: Records Clerk (full-time, $18.70/hour)
The Records Supervisor ($21.30/hour) started in the same office as a clerk.
Wage note: the full Records Clerk post is $38,900 a year.
"""


def test_a_carved_job_pay_by_post(tmp_path: Path) -> None:
    """The carved-from post's rate after "(full-time," and a supervisor's bracketed rate are
    those posts' (no article in the title); "the full X post is …" is X's."""
    found = _pay(parsed_page(tmp_path, "jobcarving-filing-assistant.txt", _CARVED_PAY))
    assert {(15.9, 15.9, None), (18.7, 18.7, "Records Clerk"),
            (21.3, 21.3, "Records Supervisor"), (38900, 38900, "Records Clerk")} <= found


_CRAFT = """THE HERITAGE TRADES INDEX  ·  traditional trades in Britain
Trades › Roofing › Thatcher
THATCHING
Practitioner: Thatcher  (also: reed layer)

Training route
Apprentice (3 years, with a master) → Journeyman Thatcher → Master Thatcher
Usual route for yards: Trainee Thatcher → Thatcher, often followed by Thatching Contractor (own \
yard).
Some join from roofing (Roofer) or from farm work (Farm Hand); a few branch into reed growing \
(Reed Grower).

Who employs thatchers
Most are self-employed. Named employers in the 2025 survey: Wold Reed Roofing Ltd (Norfolk), \
Fenland Thatch Co., the Crown Estate, and open-air and folk museums (Chiltern Open Air Museum).

Earnings reported to the index (2025)
Apprentice: £9.10 – £12.40 an hour
Journeyman thatcher: £160 – £220 a day
Master thatcher: £250 – £330 a day; a new ridge sells for £2,000 – £4,000
For comparison: roofer £180 – £240 a day; tiler £150 – £200 a day
Slater for comparison: £170 – £230 a day
"""


def test_a_craft_route_and_glossed_moves(tmp_path: Path) -> None:
    """The learner's bare word opening the route is the role's first grade; ", often followed
    by X" ends a route with X; fields glossed by their workers' titles name moves."""
    guide = parsed_page(tmp_path, "craftentry-thatcher.txt", _CRAFT)
    chains = [[step.text for step in chain] for chain in guide.progressions]
    assert ["Apprentice Thatcher", "Journeyman Thatcher", "Master Thatcher"] in chains
    assert any(chain[-2:] == ["Thatcher", "Thatching Contractor"] for chain in chains)
    assert {"Roofer", "Farm Hand"} <= {m.text for m in guide.moves_in}
    assert "Reed Grower" in {m.text for m in guide.transitions_to}


def test_a_craft_register_pay_and_employers(tmp_path: Path) -> None:
    """"Master X" is the role's own guild grade; compared trades own their rates; a product's
    price is no pay; the register's dated earnings heading is no employer; a list of named
    employers ending in a lower-case kind keeps its names."""
    guide = parsed_page(tmp_path, "craftentry-thatcher.txt", _CRAFT)
    found = _pay(guide)
    assert {(250, 330, None), (180, 240, "Roofer"), (150, 200, "Tiler"),
            (170, 230, "Slater")} <= found
    assert not any(low == 2000 for low, _, _ in found)
    employers = {e.text for e in guide.employers}
    assert {"Fenland Thatch Co", "Crown Estate"} <= {e.rstrip(".") for e in employers}
    assert not any(e.startswith("Earnings") for e in employers)
