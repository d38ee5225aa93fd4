"""Structures of set 34's page types as the generator varies them (helper carry34): a tick
list's sentence opening with an article, a labelled pay line holding a second labelled item,
a skills strip running into a labelled list, and an elided second move in one sentence."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(guide: object) -> list[tuple[float, float, str | None]]:
    return [(s.min, s.max, s.role) for s in guide.salaries]  # type: ignore[attr-defined]


_RESTART = """\
KESTREL SOFTWARE  Careers · Returners · Students · Search

COMEBACK@KESTREL — a 12-week paid returnship

Returnship for QA Engineers (Test Engineer / SDET)
Chennai  |  Hybrid  |  Applications close 3 March 2027
[ Apply now ]

Who can apply?
✓ A career break of 2 to 8 years
✓ Earlier experience as a Support Executive
✓ Comfortable with a laptop and a video call

What we pay
• Fixed stipend of ₹41,000 a month during the returnship
• Senior QA Engineer: ₹13 – 18 LPA; QA Lead: ₹19 – 24 LPA

Your path: QA Engineer → Senior QA Engineer → QA Lead
"""


def test_a_tick_lists_sentence_opening_with_an_article_is_no_title() -> None:
    guide = parse_text(_RESTART, "qa-engineer.txt")
    assert guide.role.text == "QA Engineer"


def test_a_second_labelled_item_after_a_semicolon_owns_its_figure() -> None:
    guide = parse_text(_RESTART, "qa-engineer.txt")
    pay = _pay(guide)
    assert (1_300_000, 1_800_000, None) in pay
    assert (1_900_000, 2_400_000, "QA Lead") in pay


_VLOG = """\
What I Earn as a Rope Access Technician | Rates & How I Got In
HighLineHana   12K subscribers   [ Subscribe ]

Here are my numbers for 2027 and how I got started.

SKILLS & TICKETS: Abseiling · Fall arrest rescue · Bolt torquing | Tickets: IRATA Level 1, first aid

HOW I GOT IN: I was a Window Cleaner before this. A friend moved across to Blade Inspector \
work and another to Wind Turbine Technician work.
"""


def test_a_skills_strip_running_into_a_labelled_list_ends_at_the_bar() -> None:
    guide = parse_text(_VLOG, "rope-access-technician.txt")
    skills = {s.text for s in guide.skills}
    assert "Bolt torquing" in skills
    assert not any("|" in skill or "Tickets" in skill for skill in skills)


def test_another_to_after_a_move_across_is_a_move_across_too() -> None:
    guide = parse_text(_VLOG, "rope-access-technician.txt")
    lateral = {f.text for f in guide.transitions_to}
    assert {"Blade Inspector", "Wind Turbine Technician"} <= lateral
    assert "Wind Turbine Technician" not in {f.text for f in guide.moves_in}


_FAIR = """\
SOUTHERN MARINE JOBS FAIR · Exeter · 3 May 2027
Home | Exhibitors | Seminars | Register

Exhibitors  ›  Filter: Role = Boat Builder ✕
Sector: Marine (9) · Leisure boats (4)   Region: all
Showing 3 of 40 exhibitors   Sort: A–Z | Stand

— K —
Kestrel Yachts Ltd   Stand K12
Recruiting: Boat Builder
  Boat Builder: £29,000 – £34,000
  We want: Laminating (epoxy, vacuum bagging)
  [Visit website]  [Add to my plan]

Information stands (not recruiting)
  South West Skills Hub   Stand Z1

SEMINAR 11:30 — How I became a Boat Builder
Two speakers came into the job as Joiners.

Skills in demand: Lofting
Tickets asked for: forklift card, first aid
"""


def test_a_facet_line_lists_its_options_and_opens_no_section() -> None:
    guide = parse_text(_FAIR, "boat-builder.txt")
    assert {f.text for f in guide.sectors} == {"Marine", "Leisure boats"}


def test_a_run_in_skills_label_over_one_name_and_its_tools() -> None:
    guide = parse_text(_FAIR, "boat-builder.txt")
    skills = {s.text for s in guide.skills}
    assert {"Laminating", "Lofting"} <= skills


_STACK = """\
Paramedic

Paramedics treat patients before they reach hospital.

Local employers
Harbourside Ambulance; Northfield Patient Transport

Where they come from
Care Assistants, Emergency Call Handlers
"""


def test_names_set_apart_by_semicolons_and_a_comma_list_of_workers() -> None:
    guide = parse_text(_STACK, "paramedic.txt")
    assert {f.text for f in guide.employers} == {"Harbourside Ambulance",
                                                 "Northfield Patient Transport"}
    assert len(guide.moves_in) == 2


_TABBED = """\
StudyDeck   Home · Your library · Create

Paramedic unit review
★★★★☆ 12 reviews   Created by ms_ito

Flashcards · Learn · Test · Match

Terms in this set (6)
Paramedic\tworks on ambulances; also called: Ambulance Paramedic
Skill 1\tAirway management
Skill 2\tDrug calculations
Work settings\tAmbulance services, Air ambulances
Moving sideways\tCritical Care Practitioner or Emergency Dispatcher
Career ladder\tParamedic → Senior Paramedic → Paramedic Team Leader

Students also studied
"""

_PIPED = """\
StackStudy   Stacks · Create · Log in

Paramedic Career Research (5 cards)

| Question        | Answer |
| Career          | Paramedic |
| Skill           | Airway management |
| Skill           | Drug calculations |
| Lateral moves   | Critical Care Practitioner; Emergency Dispatcher |

Study Box: 0 of 5 mastered   [Study]  [Quiz]  [Hangman]
"""


def test_tab_separated_and_padded_table_cards_head_their_definitions() -> None:
    for page in (_TABBED, _PIPED):
        guide = parse_text(page, "paramedic.txt")
        assert {"Airway management", "Drug calculations"} <= {s.text for s in guide.skills}
        assert {"Critical Care Practitioner", "Emergency Dispatcher"} <= {
            f.text for f in guide.transitions_to}
        assert not {"Critical Care Practitioner", "Emergency Dispatcher"} & {
            f.text for f in guide.moves_in}


_POSTING = """\
Roofer

Roofers lay and repair roofs on homes and offices.

Offer: € 15,20 to € 16,40 gross per hour, travel-time compensation of € 8,75 per day.

Wage table (hourly wages, 2027)
Roofer's Helper ................... € 13,10
Roofer II ......................... € 15,20
Roofer I .......................... € 16,40
"""


def test_travel_compensation_is_no_pay_and_a_tables_title_gives_its_period() -> None:
    guide = parse_text(_POSTING, "roofer.txt")
    assert not any(s.min == 8.75 for s in guide.salaries)
    assert any(s.min == 13.10 and s.period == "hour" and s.role for s in guide.salaries)
    assert any(s.min == 15.20 and s.max == 15.20 and s.period == "hour" and s.role is None
               for s in guide.salaries)


_ADVICE = """\
NATIONAL PAY REVIEW COUNCIL
Civic Tower, 4th Floor · Abuja

RE: ADVICE ON THE REMUNERATION OF LAND SURVEYORS

1. The council was asked to review the pay of Land Surveyors.
2. The median basic salary of the cadre is NGN 542,000 a month, against
NGN 498,000 for Valuation Officers and NGN 611,000 for Physical Planners.
3. Employers: Ministry of Lands, Kaduna State Government.
"""


def test_a_pay_bodys_letterhead_employs_no_one_and_other_cadres_figures_are_theirs() -> None:
    guide = parse_text(_ADVICE, "land-surveyor.txt")
    assert "National Pay Review Council" not in {f.text for f in guide.employers}
    owners = {s.min: s.role for s in guide.salaries}
    assert owners[542_000] is None
    assert owners[498_000] == "Valuation Officer"
    assert owners[611_000] == "Physical Planner"


_CHANNEL = """\
What I Make as a Dialysis Technician 💉 | Pay & How I Started
RenalRae   8K subscribers   [ Subscribe ]

Here is what I make and where I work.

COMPANIES I'VE WORKED FOR: Harbour Kidney Centre, Eastvale Renal Unit
WHERE THE WORK IS: outpatient clinics, hospital renal units
Where we work: home dialysis programmes, mobile units
"""


def test_a_labelled_list_of_workplace_kinds_gives_sectors() -> None:
    guide = parse_text(_CHANNEL, "dialysis-technician.txt")
    sectors = {f.text for f in guide.sectors}
    assert {"outpatient clinics", "hospital renal units", "home dialysis programmes",
            "mobile units"} <= sectors
    assert not any("WHERE" in sector for sector in sectors)
