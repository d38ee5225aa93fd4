"""New seeds of the generator, sixth draw (helper fresh48): a post opened to holders of several
others, a rubric with one level column and a multi-word issuer, a grade-coded level strip of
one, a uniformed service's FAQ (who joins, earlier work in brackets, units one specialises
in), a club's staff cards (a casual
comparison's title, "Specialises in A (Tool); B", "A and B are her specialisms", a second
clause's own paid title), a job card's pay in thousands and a pay label's list of titles.

Every page is invented here (bodies, firms, roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.pay_owners import stated_owners
from careergraph.guides.rubric import rubric_facts
from careergraph.guides.section_kinds import Kind, classify_heading
from careergraph.guides.skill_cues import cued_skills
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _pay(text: str, name: str) -> list[tuple[str | None, float | None, float | None, str]]:
    return [(band.role, band.min, band.max, band.period)
            for band in parse_text(text, name).salaries]


def _moves(text: str, name: str) -> tuple[set[str], set[str], set[str], list[list[str]]]:
    guide = parse_text(text, name)
    return ({f.text for f in guide.leads_to}, {f.text for f in guide.transitions_to},
            {f.text for f in guide.moves_in},
            [[f.text for f in chain] for chain in guide.progressions])


_RUBRIC = ("HOLLOWAY FREIGHT — INTERNAL\n"
           "Document: HR-DIS-04 Rev 2    Classification: Internal use only\n"
           "DISPATCH PROMOTION CRITERIA & ASSESSMENT RUBRIC\n\n"
           "1. PURPOSE\n"
           "This rubric sets out what a Dispatch Supervisor must show to be promoted to "
           "Dispatch Manager.\n\n"
           "2. LEVELS\n"
           "G1 Senior Dispatcher | G2 Dispatch Supervisor | G3 Dispatch Manager\n"
           "Appointments to Dispatch Supervisor are also open to staff in Senior Dispatcher, "
           "Lead Dispatcher or Yard Planner posts.\n\n"
           "3. ASSESSMENT RUBRIC\n"
           "Criterion\tDeveloping (1)\tMeets (2)\tExceeds (3)\n"
           "3.1 Route planning\tApplies it with review; uses Samsara\tTrains others\tSets the "
           "standard\n")


def test_a_post_opened_to_several_others_is_a_move_in_from_each() -> None:
    up, _, _, chains = _moves(_RUBRIC, "dispatch-supervisor.txt")
    assert ["Lead Dispatcher", "Dispatch Supervisor"] in chains
    assert ["Yard Planner", "Dispatch Supervisor"] in chains
    assert not up & {"Senior Dispatcher", "Lead Dispatcher", "Yard Planner"}


def test_a_short_name_before_a_document_mark_issues_the_rubric() -> None:
    guide = parse_text(_RUBRIC, "dispatch-supervisor.txt")
    assert [f.text for f in guide.employers] == ["Holloway Freight"]
    facts = rubric_facts([(1, "CAREER LADDER — INTERNAL"),
                          (2, "Criterion\tDeveloping (1)\tMeets (2)"),
                          (3, "1.1 Route planning\tUses Samsara\tTrains others")])
    assert facts is not None and facts.employers == []  # (the words name the document)


_ONE_LEVEL = ("ORBIT CLINICS — INTERNAL\n"
              "CLINICAL AUDIT PROMOTION CRITERIA & ASSESSMENT RUBRIC\n\n"
              "1. PURPOSE\n"
              "This rubric sets out what a Head of Clinical Audit must show at each review.\n\n"
              "2. LEVELS\n"
              "G1 Head of Clinical Audit\n\n"
              "3. ASSESSMENT RUBRIC\n"
              "| Competency | Head of Clinical Audit |\n"
              "|---|---|\n"
              "| Audit design | Applies it with review; uses Datix and Power BI |\n"
              "| Risk registers | Applies it with review; uses Qlik |\n")


def test_a_rubric_with_one_level_column_is_read_and_its_one_level_is_no_move() -> None:
    guide = parse_text(_ONE_LEVEL, "head-of-clinical-audit.txt")
    skills = {f.text for f in guide.skills}
    assert {"Audit design", "Risk registers", "Datix", "Qlik"} <= skills
    assert not guide.leads_to  # ("G1 Head of Clinical Audit": the role's own level)


_FAQ = ("Marrowgate Fire Service | Careers\n\n"
        "FAQ: becoming a harbour patrol officer\n\n"
        "What is the rank structure?\n"
        "Harbour Patrol Officer → Patrol Sergeant → Patrol Inspector\n\n"
        "Who joins?\n"
        "Many recruits were Ferry Deckhands, Security Guards or Lifeguards.\n\n"
        "Where do recruits come from?\n"
        "Many came from other work (Ferry Mechanic, Paramedic); some later moved to "
        "Marine Pilot posts.\n\n"
        "Can I specialise?\n"
        "After probation officers specialise in teams such as Dive Team or Boat Unit, becoming "
        "Marine Investigators or Evidence Officers.\n")


def test_a_service_faq_who_joins_and_earlier_work() -> None:
    assert classify_heading("Who joins?") is Kind.MOVES_IN
    _, _, moves_in, chains = _moves(_FAQ, "harbour-patrol-officer.txt")
    assert ["Harbour Patrol Officer", "Patrol Sergeant", "Patrol Inspector"] in chains
    assert {"Ferry Deckhand", "Security Guard", "Lifeguard"} <= moves_in
    assert {"Ferry Mechanic", "Paramedic"} <= moves_in  # (earlier work in its bracket)


def test_units_one_specialises_in_and_a_move_after_them_name_no_skills() -> None:
    cues = ("specialise in", "specialize in")
    said = ("After probation officers specialise in teams such as Dive Team or Boat Unit, "
            "becoming Marine Investigators or Evidence Officers.")
    assert cued_skills(said, cues) == ["Dive Team", "Boat Unit"]


_CLUB = ("Staff directory · Harbourside Rowing Club · Performance (3)\n\n"
         "RACE ANALYSTS\n\n"
         "Tomas Berg — Race Analyst, senior crews · joined 2022\n"
         "Specialises in Stroke rate analysis (Peach PowerLine); Video review (Dartfish); "
         "Crew selection modelling.\n\n"
         "Ines Valk — Race Analyst, juniors · joined 2024\n"
         "Boat telemetry and ergometer profiling are her specialisms.\n\n"
         "Pay guide (EUR): Race Analysts €41,000–€48,000. A casual Boat Handler (for "
         "comparison) is paid €17.20 an hour.\n"
         "For reference, our Head Coach vacancy was €58,000 – €64,000; a Coaching Intern is "
         "paid €9.80 an hour.\n")


def test_a_club_staff_card_names_its_specialisms() -> None:
    skills = {f.text for f in parse_text(_CLUB, "race-analyst.txt").skills}
    assert {"Stroke rate analysis", "Peach PowerLine", "Video review", "Dartfish",
            "Crew selection modelling"} <= skills
    assert {"Boat telemetry", "ergometer profiling"} <= skills


def test_how_a_post_is_held_is_no_word_of_its_title_and_a_paid_clause_owns_its_figure() -> None:
    pay = _pay(_CLUB, "race-analyst.txt")
    assert ("Boat Handler", 17.2, 17.2, "hour") in pay
    assert ("Head Coach", 58000, 64000, "year") in pay
    assert ("Coaching Intern", 9.8, 9.8, "hour") in pay


_CARD = ("Translated from: Chinese   View original\n\n"
         "Kiln Controls Engineer (工程师)\n"
         "{pay}\n"
         "Jingdezhen · Changjiang District   3-5 years   Bachelor's degree\n\n"
         "Job details\n"
         "Job description:\n"
         "1. Responsible for PLC programming.\n\n"
         "Career path: Kiln Controls Engineer → Kiln Controls Manager → Director of Kiln "
         "Controls\n"
         "Salary reference: Kiln Controls Manager 18-26K; Director of Kiln Controls about "
         "3.2万/month\n")


def test_a_clause_naming_the_role_at_a_level_stays_the_roles_band() -> None:
    page = ("Orthoptists\n\nPay\n"
            "The scale for an Orthoptist runs from €36,100 to €52,300; a Senior Orthoptist is "
            "paid €55,900 – €61,400.\n")
    pay = _pay(page, "orthoptists.txt")
    assert (None, 55900, 61400, "year") in pay


def test_a_job_cards_band_in_thousands_is_the_roles_monthly_pay() -> None:
    for printed, low, high in (("7K-12K·13 salary", 7000, 12000), ("11-17K/month", 11000, 17000)):
        pay = _pay(_CARD.format(pay=printed), "kiln-controls-engineer.txt")
        assert (None, low, high, "month") in pay


def test_a_pay_labels_titles_each_own_their_figure() -> None:
    pay = _pay(_CARD.format(pay="7K-12K·13 salary"), "kiln-controls-engineer.txt")
    assert ("Kiln Controls Manager", 18000, 26000, "month") in pay
    assert ("Director of Kiln Controls", 32000, 32000, "month") in pay


def test_an_offices_own_post_given_for_reference_owns_its_figure() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    said = "For reference: the bureau's director of water quality earns about "
    assert stated_owners(said, vocab.is_role_title) == ["Director of Water Quality"]


def test_a_field_of_work_in_a_heading_names_no_kind() -> None:
    assert classify_heading("Knowledge Base Weekly") is Kind.OTHER  # a show's name
    assert classify_heading("Knowledge Graph Skills") is Kind.SKILLS
    assert classify_heading("Skills and Knowledge") is Kind.SKILLS


def test_a_flight_schools_intake_names_moves_in() -> None:
    assert classify_heading("WHO ENROLS") is Kind.MOVES_IN


_SIMILAR = ("Translated from: Thai   View original\n\n"
            "Bottling Line Operator\n"
            "Siam Beverage Works Co., Ltd.\n"
            "Salary 13,500 - 16,000 baht/month\n\n"
            "Recommended positions\n"
            "  Forklift Operator · Saraburi · 12,000 - 15,500 baht\n"
            "  Labeller · Lopburi · 395 - 430 baht/day\n")


def test_a_job_cards_strip_gives_its_figure_to_its_title() -> None:
    pay = _pay(_SIMILAR, "bottling-line-operator.txt")
    assert ("Forklift Operator", 12000, 15500, "month") in pay
    assert ("Labeller", 395, 430, "day") in pay
