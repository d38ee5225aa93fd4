"""Structures found on fresh generated corpora (seeds 60101-60103): a clause of the employer's
inside a requirement item, pay labels with two notes or a post's initials spelt out, take-home
lines, "Any" before a skill and "a year or more" beside monthly pay, a day list's "X and Y
work", a firm's name read as a move's title, other vacancies under a referral page's heading
and in a moves section, a sentence-case title before a spaced dash, a ladder's bracketed pay
before a sentence, a role's initials with a class numeral, a letter's present post, weekend
rates and a comparators' list.  Every page here is invented."""

from __future__ import annotations

from benchmarks.web_families47 import _held

from careergraph.guides import parse_text


def _owners(guide: object) -> dict[float | None, str | None]:
    return {b.min: b.role for b in guide.salaries}  # type: ignore[attr-defined]


def _periods(guide: object) -> dict[float | None, str | None]:
    return {b.min: b.period for b in guide.salaries}  # type: ignore[attr-defined]


def _texts(facts: object) -> set[str]:
    return {f.text for f in facts}  # type: ignore[attr-defined]


def _moves(guide: object) -> set[str]:
    return (_texts(guide.leads_to) | _texts(guide.transitions_to)  # type: ignore[attr-defined]
            | _texts(guide.moves_in))  # type: ignore[attr-defined]


def _chains(guide: object) -> list[list[str]]:
    return [[f.text for f in chain] for chain in guide.progressions]  # type: ignore[attr-defined]


_ORCHARD = """\
Vine Pruner
Winter pruning crew, Tallis Ridge Vineyards

What we're looking for
• Your own secateurs (Felco) and a pruning saw or we'll lend you a pair
• A good head for early starts

Pay: NZ$26 per hour
"""


def test_a_clause_of_the_employer_in_a_requirement_item_is_no_skill() -> None:
    skills = {s.lower() for s in _texts(parse_text(_ORCHARD, "vine-pruner.txt").skills)}
    assert {"secateurs", "felco"} <= skills
    assert not any("lend you" in s for s in skills)


_INTAKE = """\
VACANCY: Accounts assistant
Client: Morrow Bakeries Ltd (Derby)

PACKAGE
Budget £26,000 – £29,000 basic. The FM (Finance manager) is paid £52,000 – £57,000.
Head of Finance (comparison only, not hiring): £78,000+
"""


def test_a_post_named_by_its_initials_spelt_out_owns_its_pay() -> None:
    owners = _owners(parse_text(_INTAKE, "accounts-assistant.txt"))
    assert owners[26000.0] is None  # the vacancy's own budget
    assert (owners[52000.0] or "").lower() == "finance manager"


def test_a_pay_label_with_two_notes_in_its_bracket_names_its_title() -> None:
    owners = _owners(parse_text(_INTAKE, "accounts-assistant.txt"))
    assert (owners[78000.0] or "").lower() == "head of finance"


_AGENT = """\
LETTINGS AGENT
Mājas Ātri, SIA · Rīga · Full time
Monthly salary (bruto): 1 100 EUR fixed part + commission
On hand the fixed part is about 860 EUR. Commission: 8% of each contract.

We expect
✔ Any customer service experience – a year or more
✔ Latvian and English languages fluently

Pay in the profession
Lettings agent (all Latvia) – range 900 – 1 500 EUR bruto
After tax and social deductions you receive about 700 – 1 150 EUR.
"""


def test_take_home_lines_are_no_pay_of_their_own() -> None:
    owners = _owners(parse_text(_AGENT, "lettings-agent.txt"))
    assert 1100.0 in owners and 900.0 in owners
    assert 860.0 not in owners  # "On hand the fixed part is about …"
    assert 700.0 not in owners  # "… deductions you receive about …"


def test_a_year_of_experience_sets_no_period_of_pay() -> None:
    periods = _periods(parse_text(_AGENT, "lettings-agent.txt"))
    assert periods[900.0] == "month"  # the page's monthly figures, no yearly band


def test_any_before_a_kind_of_experience_is_no_part_of_the_skill() -> None:
    skills = _texts(parse_text(_AGENT, "lettings-agent.txt").skills)
    assert "customer service experience" in {s.lower() for s in skills}
    assert not any(s.lower().startswith("any ") for s in skills)


_NOTES = """\
Transition notes - Facilities Coordinator II (Dara Quill)
Created by Dara Quill, last updated Nov 28, 2026

What the job actually is
The Facilities Coordinator II keeps the buildings running. Most days are Planon and \
AutoCAD work, plus Outlook; the table below is the routine.

People
- Grace Tolland, Facilities Manager - my backup for everything above
- Anil Varga, Facilities Coordinator I - the ticket queue
"""


def test_a_days_list_of_names_and_their_work_gives_the_names() -> None:
    skills = _texts(parse_text(_NOTES, "facilities-coordinator.txt").skills)
    assert {"Planon", "AutoCAD", "Outlook"} <= skills
    assert "AutoCAD work" not in skills
    assert not {"Tolland", "Varga"} & skills  # people's names, no tools


_CHAT = """\
Chat notes — Rail Planner @ Harrow Bridge Surveyors
Who: Ines Marr, Rail Planner (Possessions), Harrow Bridge Surveyors Ltd, Leeds — 30 min call
▾ How she got here
- BSc → 2-yr graduate scheme at Tolley Rail as a Graduate Rail Planner → moved to Harrow \
Bridge Surveyors
▾ Where it can lead
- Graduate Rail Planner → Rail Planner → Senior Rail Planner
"""


def test_a_firm_joined_is_no_move_though_its_name_ends_in_a_job_noun() -> None:
    guide = parse_text(_CHAT, "rail-planner.txt")
    assert not any("Harrow Bridge" in m for m in _moves(guide))
    assert "Senior Rail Planner" in {step for chain in _chains(guide) for step in chain}


_REFERRAL = """\
GOT A STORES PLANNER IN YOUR NETWORK? REFER AND EARN $2,500
Stores Planner — Kelso Board Mill

Pay (posted range)
Stores planner ........ $61,000 – $78,000 / year

Career path
Stores planner → Senior stores planner → Stores manager ($104,000 – $121,000). A few of \
ours moved across to Buyer roles at headquarters.

Top referrers this quarter
Dana K. (Mill 2) 3 · Ravi P. (Mill 1) 2

More open roles to refer
Electrician (2nd shift) — $28.50 / hour — $1,500 reward
Forklift operator — $18.00 – $21.50 / hour — $1,000 reward
Shift Supervisor — $3
Program rules · Privacy · Kelso Board Mill Co. is an equal opportunity employer
"""


def test_open_roles_to_refer_are_no_ladder() -> None:
    guide = parse_text(_REFERRAL, "stores-planner.txt")
    assert not any("Electrician" in chain for chain in _chains(guide))
    assert "Shift Supervisor" not in _moves(guide)
    assert 3.0 not in _owners(guide)  # the cut last row's "$3" is no rate


def test_a_sentence_case_title_before_a_spaced_dash_owns_its_rate() -> None:
    owners = _owners(parse_text(_REFERRAL, "stores-planner.txt"))
    assert (owners[18.0] or "").lower() == "forklift operator"
    assert owners[61000.0] is None


def test_a_ladder_rungs_bracket_before_a_sentence_is_that_rungs_pay() -> None:
    owners = _owners(parse_text(_REFERRAL, "stores-planner.txt"))
    assert (owners[104000.0] or "").lower() == "stores manager"


_ELECTRICIAN = """\
ELECTRICIAN (Elektrisyan)
RDX Power Services · Calamba, Laguna
What we are looking for
• Wiring and terminations
• Use of multi-tester
• Not lazy and on time
What we offer
► Regular after 6 months: ₱750 – ₱950 per day
"""


def test_a_negated_trait_joined_to_its_setting_stays_one_item() -> None:
    skills = _texts(parse_text(_ELECTRICIAN, "electrician.txt").skills)
    assert "Not lazy and on time" in skills
    assert "Not lazy and" not in skills


_MEMO = """\
Market Pricing Memo — Site Reliability Engineer (Job Code SRE-4410)
Nimbus Freight, Inc. runs a parcel network. The Site Reliability Engineer (SRE for short) \
owns its platform.

Survey matches
SRE I (P1) | $66,000 | $72,500 | $79,000
SRE II (P2) | $78,000 | $86,400 | $95,000

Comparators in the firm
Network Analyst — Grade 4, median paid $71,200
Infrastructure Engineering Manager — Grade 7, $118,000 – $136,000

Internal path: SRE I → SRE II → Senior Site Reliability Engineer → Infrastructure \
Engineering Manager. Of 11 leavers, 3 went to competitors and 2 moved to Solutions Architect \
roles.
"""


def test_the_roles_initials_with_a_class_numeral_own_no_figure() -> None:
    guide = parse_text(_MEMO, "site-reliability-engineer.txt")
    owners = _owners(guide)
    assert owners[72500.0] is None and owners[86400.0] is None
    assert (owners[118000.0] or "").lower() == "infrastructure engineering manager"


def test_competitors_are_no_move() -> None:
    guide = parse_text(_MEMO, "site-reliability-engineer.txt")
    assert "Competitor" not in _moves(guide)
    assert "Solutions Architect" in _moves(guide)


_LETTER = """\
Ashdown Schools Catering Trust · HR
Promotion to Catering supervisor — confirmation

You will be promoted from Kitchen assistant to Catering supervisor from Monday 4 January.

Your post and pay
Present post: Kitchen assistant, Grade 3, point 8 (£23,900 per annum)
New post: Catering supervisor, Grade 6, points 17 – 20 (£27,800 – £29,600 per annum)
"""


def test_a_letters_present_post_owns_its_pay() -> None:
    owners = _owners(parse_text(_LETTER, "catering-supervisor.txt"))
    assert (owners[23900.0] or "").lower() == "kitchen assistant"
    assert owners[27800.0] is None  # the new post is the role's


_EASY = """\
Kitchen Porter
What the job is like
A new worker gets about $26.10 an hour.
A worker with a lot of experience can get up to $30.40 an hour.
On a Sunday you might get $39.15 an hour.
"""


def test_a_sunday_rate_is_no_band() -> None:
    owners = _owners(parse_text(_EASY, "kitchen-porter.txt"))
    assert 26.1 in owners
    assert 39.15 not in owners


_DIVE = """\
Snorkel Guide
Koraljni Val d.o.o. · Makarska
Activity: Tourism, Sport and recreation
"""


def test_sport_and_recreation_is_one_sector() -> None:
    sectors = _texts(parse_text(_DIVE, "snorkel-guide.txt").sectors)
    assert "Sport and recreation" in sectors
    assert "recreation" not in sectors


_ASSEMBLER = """\
Door assembler
Stalius, UAB · Alytus
Pay: 8,20 – 10,90 EUR/h

Growth opportunities
The best can pass into the quality controllers. Door assembler → head of the line (from \
1 800 EUR per month).

Median in Alytus: 8,53 EUR/h · Median in Lithuania: 8,23 EUR/h

Contact: Rasa Petraitė, +370 60000000
Similar offers
Window fitter · Alytus · 8,40 – 11,10 EUR/h
"""


def test_a_lower_case_rung_after_an_arrow_owns_its_bracket() -> None:
    owners = _owners(parse_text(_ASSEMBLER, "door-assembler.txt"))
    assert (owners[1800.0] or "").lower() == "head of the line"
    assert owners[8.2] is None


def test_a_similar_offer_is_no_move() -> None:
    assert "Window Fitter" not in _moves(parse_text(_ASSEMBLER, "door-assembler.txt"))


def test_a_held_requirement_is_spelt_also_as_the_thing_held() -> None:
    # (the generator's truth: set 47's hand truths accept both spellings)
    assert _held(["Basic electrical knowledge", "Experience with labelling machines",
                  "Punctuality"]) == [["Basic electrical knowledge", "Electrical knowledge"],
                                      ["Experience with labelling machines",
                                       "Labelling machines"], "Punctuality"]
