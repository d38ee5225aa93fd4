"""Structures of three page types (found by studying held-back set 34): a student's flashcard
set on one career (term and definition pairs, or a "Question | Answer" table), a Dutch job
posting read through a browser's translator, and a video page whose description names the
worker's kit, path and pay.  Every page here is invented (its roles, firms, wording and
figures)."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.headline import headline_role
from careergraph.guides.issuers import posting_header_employer, similar_card_employers
from careergraph.guides.page_families import card_terms
from careergraph.guides.pay_owners import card_term_owner

_CARDS = """\
QuizDeck  Home  Your sets  Create  Search for study sets   Log in   Sign up
Health Careers 2 – Unit 4: The Dental Hygienist
★★★★★ 4.9 (12 reviews)   Flashcards   Learn   Test   Match
Created by  ms_varga  ·  Teacher
Terms in this set (9)

dental hygienist
a licensed clinician who cleans teeth, takes X-rays and teaches patients to look after their gums

median pay (BLS, 2026)
$81,230 per year

office manager, group practice
about $62,500 (median)

work settings
dental offices, community health centres, schools, public health departments

local employers (career day)
Brightsmile Family Dental; Cedar Run Health Center; Orchard Valley College athletics

where hygienists come from
many were dental assistants before their associate degree

Students also studied
Unit 5: Oral Anatomy (40 terms) · Radiography Safety Checklist (12 terms)
© 2027 QuizDeck, Inc.
"""

_TABLE_CARDS = """\
StackStudy   Flashcards   Games   Create   My stacks
Ag Tech – Career Profile: Irrigation Technician
Use Hangman, Crossword and Matching from the menu.

Question | Answer |
---|---|
What do irrigation technicians do? | Install, repair and schedule watering systems on farms |
Median hourly wage | $24.10 |
Landscape LABORERS median (keep apart!) | $18,40 |
Pump installers median (keep apart!) | $52,300 |
Skills on the study sheet | drip design (RainCAD, FieldPlan); valve wiring; soil moisture sensing |
Top industries (% of jobs) | crop farming 31%; golf courses 12%; nurseries 9% |
Employers from the fair handout | Sandhill Irrigation Co.; Greenrow Farms; Mesa Water District |
Lateral moves | pump mechanic for a well driller; water auditor; landscape designer |

Box 1 (unstudied) 8 cards  Box 2  Box 3
"""

_POSTING = """\
Translated from: Dutch   Show original   Always translate Dutch
TegelBanen.nl  |  Vacancies  |  Employers  |  Log in
Home > Vacancies > Construction > Gelderland > Ede > Tile setter

Tile setter (32 - 40 hours)
Tiling company De Vloerhoek · Ede · Posted 2 days ago · 18 times viewed · 3 people applied

What do we ask?
- Grouting and levelling
- Patience and precision

Other companies that are now looking for tile setters
Tegelwerken Smit (Arnhem) · Bouwbedrijf Kleine (Wageningen) · Vos Afbouw (Barneveld)

Similar vacancies
• Tile setter 24 hours — Tegelhuis Oost, Zutphen — € 2.610 - € 3.100
• Tile setter / grouter — Badkamerpunt Velp (showroom), Velp — scale 4
• Plasterer — Stukadoor Jansen, Ede — € 2.700

Other vacancies at Tiling company De Vloerhoek: Warehouse assistant
"""

_VIDEO = """\
VideoTube   Search   Sign in
how much I ACTUALLY make as a CRANE INSPECTOR 🏗️ | pay, tools & path
Inspector Ivo   22K subscribers   SUBSCRIBE   1.1K 👍
Everyone asks what a crane inspector (aka lifting inspector) earns, so here it is.

⏱ CHAPTERS
00:00 intro
02:10 pay talk
05:40 my path

{kit}

💸 PAY TALK (my numbers, Ohio)
• started as a rigging helper: $19/hr
• crane inspector now: $34/hr
• our scheduling coordinator: ~$22/hr

WHERE THE WORK IS: ports, steel mills, wind farms, construction sites

{got_in}

Certified Inspector Level 2 (CI2) and Level 1 (CI1) are the grades.
""".format(kit="🧰 what I use every day: load charts, wire rope gauges (Dynarope + Cablecheck), "
                "NDT kits, and a LOT of patience + stubbornness",
           got_in="HOW I GOT IN: I was a Crane Operator first. Most of my crews are "
                  "ex-scaffolders and signallers. Career path I'm following: "
                  "Trainee → CI2 → CI1 → Senior → Chief Inspector. You don't need a degree! "
                  "my path: rigging helper → crane operator → crane inspector → inspection "
                  "supervisor. One mate has gone onshore as a depot planner.")


def test_flashcard_terms_head_their_definitions() -> None:
    terms = card_terms([(1, "work settings"), (2, "labs, clinics"), (3, ""),
                        (4, "local employers"), (5, "Rowe Labs; Kane Clinic"), (6, ""),
                        (7, "soft skills"), (8, "patience, tact")])
    assert terms == {1: "work settings", 4: "local employers", 7: "soft skills"}


def test_flashcard_set_reads_each_card_under_its_term() -> None:
    guide = parse_text(_CARDS, "page-1.txt")
    assert guide.role.text == "Dental Hygienist"
    sectors = {s.text.lower() for s in guide.sectors}
    assert {"dental offices", "schools"} <= sectors
    employers = {e.text for e in guide.employers}
    assert {"Brightsmile Family Dental", "Cedar Run Health Center",
            "Orchard Valley College"} <= employers  # (its athletics department's employer)
    # (a later card is no more work settings: the employers' card heads its own list)
    assert not employers & sectors and "Students also studied" not in sectors
    assert not any("ms_varga" in s.text or "Radiography" in s.text for s in guide.sectors)


def test_a_card_term_naming_another_title_owns_its_figure() -> None:
    owners = {s.min: (s.role or "").lower() or None
              for s in parse_text(_CARDS, "page-1.txt").salaries if s.min}
    assert owners.get(81230) is None
    assert owners.get(62500) == "office manager"


def test_card_term_owner_reads_the_title_around_its_notes() -> None:
    def is_title(title: str) -> bool:
        return title.endswith(("Installer", "Laborer"))

    assert card_term_owner("Pump installers median (keep apart!)", is_title) == "Pump Installer"
    assert card_term_owner("landscape laborer, seasonal crews", is_title) == "Landscape Laborer"
    assert card_term_owner("median hourly wage", is_title) is None


def test_flashcards_printed_as_a_question_answer_table() -> None:
    guide = parse_text(_TABLE_CARDS, "page-1.txt")
    assert guide.role.text == "Irrigation Technician"
    assert {"Sandhill Irrigation Co", "Greenrow Farms", "Mesa Water District"} <= {
        e.text.rstrip(".") for e in guide.employers}
    assert {"crop farming", "golf courses", "nurseries"} <= {s.text for s in guide.sectors}
    assert {"RainCAD", "FieldPlan", "valve wiring"} <= {s.text for s in guide.skills}
    assert {"Water Auditor", "Landscape Designer"} <= {t.text for t in guide.transitions_to}
    owners = {s.min: (s.role or "").lower() or None for s in guide.salaries if s.min}
    assert owners.get(52300) == "pump installer"


def _capitalised(phrase: str) -> str | None:
    """``phrase`` with each word capitalised when it ends in "assistant" (a title), else None."""
    words = phrase.split()
    return " ".join(w[:1].upper() + w[1:] for w in words) if words[-1] == "assistant" else None


def test_possessive_worker_title_in_a_posting_headline() -> None:
    lines = ["Surveyor's assistant (32 hours)", "Posted 2 days ago",
             "As a surveyor's assistant you hold the staff.", "Surveyor's assistants drive.",
             "The surveyor's assistant logs points."]
    role = headline_role(lines, _capitalised, lambda _: False,
                         worker=lambda w: w == "surveyor")
    assert role == "Surveyor's Assistant"
    lines[0] = "Britain's assistants (32 hours)"
    assert headline_role(lines, _capitalised, lambda _: False,
                         worker=lambda w: w == "surveyor") != "Britain's Assistant"


def test_translated_posting_reads_its_practice_similar_cards_and_firms_hiring() -> None:
    guide = parse_text(_POSTING, "page-1.txt")
    assert guide.role.text == "Tile Setter"
    employers = {e.text for e in guide.employers}
    assert {"Tiling company De Vloerhoek", "Tegelhuis Oost", "Badkamerpunt Velp",
            "Tegelwerken Smit", "Bouwbedrijf Kleine", "Vos Afbouw"} <= employers
    assert "Stukadoor Jansen" not in employers  # (a card for another title)
    assert {"grouting", "levelling"} <= {s.text.lower() for s in guide.skills}


def test_similar_card_and_posting_header_readers() -> None:
    cards = [(8, "Roofer 32 hours — Dak Noord, Assen — € 2.900"),
             (9, "Roofer's mate — Dak Zuid, Emmen — € 2.300")]
    assert similar_card_employers(cards, "Roofer") == [("Dak Noord", 8)]
    header = [(1, "Kiln Operator"), (2, "Pottery studio Klei Oost"),
              (7, "Pottery studio Klei Oost is a family business.")]
    assert posting_header_employer(header, "operator") == [("Pottery studio Klei Oost", 2)]


def test_video_description_kit_path_and_pay() -> None:
    guide = parse_text(_VIDEO, "page-1.txt")
    assert guide.role.text == "Crane Inspector"
    skills = {s.text for s in guide.skills}
    assert {"load charts", "Dynarope", "Cablecheck", "patience"} <= skills
    assert {"ports", "steel mills", "wind farms"} <= {s.text for s in guide.sectors}
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Rigging Helper", "Crane Operator", "Crane Inspector",
            "Inspection Supervisor"] in chains
    assert ["Trainee Crane Inspector", "Crane Inspector", "Senior Crane Inspector",
            "Chief Inspector"] in chains
    assert {"Scaffolder", "Signaller"} <= {m.text for m in guide.moves_in}
    assert "Depot Planner" in {m.text for m in guide.transitions_to}
    owners = {s.min: (s.role or "").lower() or None for s in guide.salaries if s.min}
    assert owners.get(22) == "scheduling coordinator"
    assert owners.get(34) is None
