"""Stop 35's fixes: wrapped pages whose sentences run on past a word that needs its object,
a substitute's day rate, duty clauses and their kit, an internship programme's field, a
business's takings, a ladder's line kept whole, and a duty's colon list.

Every page and sentence is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_objects import duty_list_kit, duty_objects, third_person_duty
from careergraph.guides.not_pay import is_not_pay
from careergraph.guides.pay_owners import stand_in_owner
from careergraph.guides.programme_title import programme_role
from careergraph.guides.text import Line
from careergraph.guides.wrap import unwrap

_FILL = "x" * 10


def _texts(rows: list[str]) -> list[str]:
    return [line.text for line in unwrap([Line(no, text) for no, text in enumerate(rows, 1)])]


# A page wrapped near 88 characters whose breaks mostly open the next line in capitals.
WRAPPED = [
    "The Harbour Board employs pilots on a rota, and most of them started on the tugs as",
    "Deckhands before they sat the ticket. Every pilot works nights at first and can move into",
    "Senior Pilot or Marine Superintendent posts, and several of our Harbour Masters began on",
    "Launch Crew duties. Apprentices finishing the cadetship are hired as Class 3 pilots for",
    "the Estuary district, which is the quietest of the four, and the busiest district is the",
    "Outer Roads where ships anchor before berthing on the tide; it pays a little more too.",
]


def test_a_line_ending_in_a_word_that_needs_its_object_proves_a_wrap() -> None:
    joined = _texts(WRAPPED)
    assert len([text for text in joined if text]) == 1
    assert "move into Senior Pilot" in joined[0]
    assert "began on Launch Crew duties" in joined[0]


def test_a_figure_ends_its_row_and_a_colon_takes_its_amount() -> None:
    rows = [
        "Schedule C – Marine Engineers, Electro-Technical Officers (220 days): $81,200 – $99,900",
        "Schedule E – Relief deckhand on the ferry run: $210 per day; relief deckhand (night):",
        "$240 per day, paid through the agency that supplies crew for the winter timetable too.",
        "",
        *WRAPPED,
    ]
    joined = _texts(rows)
    assert joined[0].endswith("$99,900")  # (the next schedule is a row of its own)
    assert joined[1].endswith("(night): $240 per day, paid through the agency that supplies "
                              "crew for the winter timetable too.")


def test_a_ladder_line_stays_a_line_of_its_own() -> None:
    rows = [
        "Deck Cadet → Third Officer → Second Officer → Chief Officer → Master Mariner",
        "Some officers come ashore as marine surveyors or move into port operations in",
        "harbour offices, which many find easier on family life once they have children.",
        "",
        "Candidates need a sound knowledge of tidal streams, ship handling, radar plotting,",
        "pilotage law and local byelaws, and most hold a Master's certificate already or",
        "come from the tug fleet, where they learn the berths before sitting the exam here.",
    ]
    joined = _texts(rows)
    assert joined[0].endswith("Master Mariner")


def test_dot_leader_rows_are_never_joined() -> None:
    rows = [
        "Grade on entry ............. Band 4 (£27,100 – £29,900) and the first review after six",
        "Review date ................ 03/09/2026            Reviewer ......... Head of Navigation",
        *WRAPPED,
    ]
    joined = _texts(rows)
    assert joined[1].startswith("Review date")


def test_a_substitutes_rate_is_the_stand_ins_pay() -> None:
    assert stand_in_owner("Casual substitute lecturer", "Lecturer") == "Substitute Lecturer"
    assert stand_in_owner("short-term substitute (5+ days)", "Librarian") == (
        "Substitute Librarian")
    assert stand_in_owner("Grade 4", "Librarian") is None
    page = ("Lecturer\n"
            "Lecturers teach on our access and degree courses.\n"
            "Salary\n"
            "Lecturer salary: £38,000 – £47,500 a year\n"
            "Casual substitute lecturer: £190 per day\n")
    pay = {(s.role, s.min) for s in parse_text(page, "lecturer.txt").salaries}
    assert ("Substitute Lecturer", 190) in pay
    assert (None, 190) not in pay


def test_duty_clauses_of_one_sentence_name_their_kit() -> None:
    text = ("Answers 999 and non-urgent calls, logs incidents using the Computer Aided "
            "Dispatch (CAD) system, radio handsets and pager consoles; runs licence and "
            "insurance checks through the PNC; keeps track of crew availability during "
            "major incidents.")
    clauses = text.split("; ")
    assert all(third_person_duty(clause) for clause in clauses)
    first = duty_objects(clauses[0])
    assert "999 calls" in first
    assert {"Computer Aided Dispatch", "radio handsets", "pager consoles"} <= set(first)
    assert "CAD" not in first  # (the name the acronym spells is named instead)
    assert "logs incidents" not in first  # (the next clause's verb ends the object)
    assert duty_objects(clauses[1]) == ["licence and insurance checks"]
    assert duty_objects(clauses[2]) == ["crew availability"]


def test_people_are_no_kit() -> None:
    assert duty_objects("Dispatches ambulance and fire crews to incidents.") == []


def test_an_internship_programme_names_its_fields_practitioner() -> None:
    assert programme_role([(4, "MARINE ENGINEERING INTERNSHIP – WINTER 2027")]) == (
        "Marine Engineer", 4)
    assert programme_role([(2, "Summer Vacation Programme 2027 (Coastal Science)")]) == (
        "Coastal Scientist", 2)
    assert programme_role([(2, "Paid Internship Programme")]) is None


def test_a_businesss_takings_are_no_pay() -> None:
    page = ("Courier\n"
            "Couriers deliver parcels in vans.\n"
            "Pay\n"
            "Self-employed couriers here report netting about $48k after van costs, even when "
            "they gross $140k.\n")
    figures = {s.min for s in parse_text(page, "courier.txt").salaries}
    assert 140_000 not in figures
    assert not is_not_pay("Gross salary")


def test_a_duty_colon_list_gives_kit_not_fragments() -> None:
    sentence = ("Performs semi-skilled grounds work: edging paths with petrol and battery "
                "strimmers, hedge laying, clearing drains and gullies, setting out barriers "
                "(Chapter 8), and leaf and litter removal on weekend rounds.")
    assert duty_list_kit(sentence) == ["petrol and battery strimmers", "hedge laying",
                                       "Chapter 8"]
    page = ("Grounds Operative\n"
            "Grounds operatives keep parks tidy.\n"
            f"{sentence}\n")
    skills = {s.text for s in parse_text(page, "grounds.txt").skills}
    assert "hedge laying" in skills
    assert not {"leaf", "clearing drains", "edging paths with petrol"} & skills


def test_a_ladders_rungs_named_on_the_next_line_are_no_moves() -> None:
    page = ("Bus Driver\n"
            "Bus drivers carry passengers on set routes.\n"
            "YOUR CAREER WITH US\n"
            "Trainee → Bus Driver → Senior Bus Driver → Depot Inspector\n"
            "Depot Inspectors (£36,000) run the yard and the duty board each day.\n")
    guide = parse_text(page, "bus.txt")
    assert "Depot Inspector" not in {fact.text for fact in guide.leads_to}
    assert ["Trainee Bus Driver", "Bus Driver", "Senior Bus Driver", "Depot Inspector"] in [
        [step.text for step in ladder] for ladder in guide.progressions]


def test_a_bracketed_rule_is_no_skill() -> None:
    page = ("Pharmacy Counter Assistant\n"
            "Counter assistants serve customers at the pharmacy counter.\n"
            "The job: customer service, medicine sales and stock rotation (Think 21 "
            "applies). Assistants can step up to dispenser.\n")
    skills = {s.text for s in parse_text(page, "counter.txt").skills}
    assert "Think 21 applies" not in skills
