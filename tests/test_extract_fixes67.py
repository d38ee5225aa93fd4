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


_TILER = """Tiler Salary

The average tiler salary is $48,200 a year.

Related Jobs
Stonemason
Plasterer
Growth Trends for Related Jobs
Earnings Differ By State
Coastal states pay tilers more than inland ones.
"""

_SHEETS = """# Sign Writer

Sign writers paint lettering and designs on shopfronts, vans and boards.

## Skills

- Brush lettering
- Gilding
- Job Growth for Similar Careers
- Pay for Related Occupations

## Pay

Sign writers earn £25,600 a year.
"""


def test_another_sections_heading_is_no_item() -> None:
    facts = facts_of(parse_text(_TILER, "tiler-salary.txt"))
    assert {target for _, target in facts.moves} == {"Stonemason", "Plasterer"}
    skills = {s.text for s in parse_text(_SHEETS, "sign-writer.txt").skills}
    assert skills == {"Brush lettering", "Gilding"}


def test_wages_of_related_jobs_head_pay() -> None:
    from careergraph.guides.headings import load_headings
    from careergraph.guides.section_kinds import Kind, classify_heading
    headings = load_headings()
    assert classify_heading("Wages for Related Occupations", headings) is Kind.SALARY
    assert classify_heading("Related Occupations", headings) is Kind.LATERAL


_TUTOR = """# Lecturer

Lecturers teach degree students and carry out research in their subject.

## Where lecturers go

Dr Ines Varga joined the college as a lecturer in 2014 and is now our Head of Department.
Sam Okafor joined as a lab technician and is now the Dean of Students.
Another colleague started here as a lecturer and is now a Programme Chair at a university in Cork.

## Salary

Lecturers earn £43,000 a year.
"""


def test_a_colleague_who_joined_as_the_role_and_is_now_another_post_is_a_move() -> None:
    facts = facts_of(parse_text(_TUTOR, "lecturer.txt"))
    outs = {target for source, target in facts.moves if source == "@self"}
    assert {"Head of Department", "Programme Chair"} <= outs
    assert "Dean of Students" not in outs  # (he joined as a lab technician)


def test_a_brigade_title_is_read_whole_in_prose() -> None:
    from careergraph.guides.read import load_lexicon
    from careergraph.guides.vocab import Vocabulary
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert vocab.role_title_at("Chef de Rang at the grill", 0) == "Chef de Rang"
    assert vocab.is_role_title("Department Chair")
    assert not vocab.is_role_title("Barber Chair")


_KITA = """Pedagogical assistant for the forest kindergarten

Translated from Danish. Skovbakken is looking for an assistant for 30 hours a week.

We expect that you:
- enjoy being outdoors in all weather
- can plan activities for three to six year olds

Salary according to the collective agreement.
"""

_NIGHTS = """Porter for the night shift

Our hospital's logistics service is looking for a porter for permanent nights.

We expect that you:
- can lift and move beds safely
- keep calm in busy corridors

Salary according to agreement.
"""


def test_a_posts_placement_after_for_the_is_no_part_of_its_title() -> None:
    assert parse_text(_KITA, "assistant.txt").role.text == "Pedagogical Assistant"
    assert parse_text(_NIGHTS, "porter.txt").role.text == "Porter"


_THEATRE = """# Anaesthetic Technician

Anaesthetic technicians prepare and check anaesthetic machines and monitors in theatre.

## Equipment you will use

- Draeger PrimusPro
- Mindray BeneVision
- Threat ModelingIncident Response

## Pay

Anaesthetic technicians earn £31,000 a year.
"""


def test_a_makers_name_before_its_products_word_is_one_skill() -> None:
    skills = {s.text for s in parse_text(_THEATRE, "anaesthetic-technician.txt").skills}
    assert {"Draeger PrimusPro", "Mindray BeneVision"} <= skills
    assert not skills & {"Draeger Primus", "Pro", "Mindray Bene", "Vision"}


def test_an_inverted_occupation_title_reads_in_natural_order() -> None:
    page = ("{}\n\n{} check that new work meets the approved plans.\n\n"
            "Salary\nPay is $60,000 a year.\n")
    assert parse_text(page.format("Inspectors, Electrical", "Electrical inspectors"),
                      "x.txt").role.text == "Electrical Inspector"
    assert parse_text(page.format("Teachers, Adult Literacy", "Adult literacy teachers"),
                      "x.txt").role.text == "Adult Literacy Teacher"
    # a catch-all group is no role of its own: the finder falls back on the page's prose
    guide = parse_text(page.format("Surveyors, All Other", "Mine surveyors"), "x.txt")
    assert guide.role.source.line != 1
