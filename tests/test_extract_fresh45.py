"""New seeds of the generator, third draw (helper fresh45): a careers path printed as numbered
steps ("STEP 2 · Title — pay") or as an arrow chain with pictographs at its ends ("🌱 A ➜ … ➜
🏆 Owner"), an owner's buy-in as a move up, a head count after a listed title, a graduate
scheme's "Who we're looking for" qualities and its graduate's profile.

Every page is invented here (brands, roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.ladders import printed_top_first
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.move_items import move_titles, titles_in
from careergraph.guides.text import Line, step_markers, written_ticks
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.wrap import unwrap
from careergraph.lexicon import load_lexicon

_STEPS = ("LOAFWORKS BAKERY   Our bread · Find a bakery · Careers · Own a Loafworks\n\n"
          "YOUR CAREER PATH: COUNTER TO OWNER\n\n"
          "Our Bakery Managers run one bakery from the first bake to closing.\n\n"
          "STEP 1 · Counter Assistant — $15.20–$16.10/hr\n"
          "STEP 2 · Shift Supervisor — $18.40–$19.90/hr\n"
          "STEP 3 · Assistant Bakery Manager — $43,500–$47,000 a year\n"
          "STEP 4 · Bakery Manager — $55,000–$63,000 a year + monthly bonus\n"
          "STEP 5 · District Manager — $71,000–$84,000 a year\n"
          "STEP 6 · Franchise Partner — your own bakery\n\n"
          "WHAT WE LOOK FOR\n✔ Dough lamination\n✔ Stock ordering\n")


def _ladder(text: str, name: str) -> list[list[str]]:
    guide = parse_text(text, name)
    return [[fact.text for fact in chain] for chain in guide.progressions]


def test_numbered_steps_are_list_markers() -> None:
    assert step_markers("STEP 1 · Porter\nSTEP 2 · Head Porter\n") == "• Porter\n• Head Porter\n"
    # one step alone, or a how-to's "Step 2: …", is left as printed
    assert step_markers("Step 1 · Book a visit\nThen wait.") == "Step 1 · Book a visit\nThen wait."
    assert step_markers("Step 1: Apply\nStep 2: Wait") == "Step 1: Apply\nStep 2: Wait"
    # a course's step headings, each over a block of its own, stay headings
    headed = "STEP 1 · THE BASICS\nTwo days\n\nSTEP 2 · EXAMS\nOne day\n"
    assert step_markers(headed) == headed


def test_numbered_steps_form_the_ladder_lowest_first() -> None:
    ladders = _ladder(_STEPS, "bakery-manager.txt")
    assert ["Shift Supervisor", "Assistant Bakery Manager", "Bakery Manager",
            "District Manager", "Franchise Partner"] in [chain[-5:] for chain in ladders]
    guide = parse_text(_STEPS, "bakery-manager.txt")
    owned = {(band.role, band.min) for band in guide.salaries}
    assert ("Shift Supervisor", 18.4) in owned


def test_an_owner_tops_the_path() -> None:
    assert not printed_top_first(["Shift Lead", "Store Manager", "Franchise Owner"])
    assert printed_top_first(["Managing Partner", "Associate Lawyer"])


def test_pictographs_at_chain_steps_are_decoration() -> None:
    chain = arrow_chain("🐾 Kennel Hand  ➜  Dog Groomer  ➜  Grooming Salon Manager  ➜  "
                        "👑 Franchise Owner")
    assert chain == ["Kennel Hand", "Dog Groomer", "Grooming Salon Manager", "Franchise Owner"]


_EMOJI = ("Pawprint Grooming  ·  Find a salon  ·  Book a groom  ·  Careers\n\n"
          "Careers at Pawprint Grooming: run a salon, then own one\n\n"
          "Grooming Salon Managers run the bookings, the team and the takings.\n\n"
          "YOUR PATHWAY\n"
          "🌱 Grooming Assistant  ➜  Dog Groomer  ➜  Senior Dog Groomer  ➜  "
          "Grooming Salon Manager  ➜  🏆 Franchise Owner\n\n"
          "Who moves into the role? Often a Veterinary Receptionist or a Kennel Supervisor.\n"
          "The best managers buy in as Franchise Owners; others move sideways into head office "
          "as a Training Coordinator.\n")


def test_emoji_pathway_and_buy_in() -> None:
    guide = parse_text(_EMOJI, "grooming-salon-manager.txt")
    ladders = [[fact.text for fact in chain] for chain in guide.progressions]
    assert ["Grooming Assistant", "Dog Groomer", "Senior Dog Groomer", "Grooming Salon Manager",
            "Franchise Owner"] in ladders
    assert "Franchise Owner" in [fact.text for fact in guide.leads_to]
    assert "Franchise Owner" not in [fact.text for fact in guide.moves_in]


def test_head_count_after_a_listed_title() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert move_titles("Director of Tax Advisory (6)", vocab) == ["Director of Tax Advisory"]
    assert move_titles("Senior Stylist", vocab) == ["Senior Stylist"]


_SCHEME = ("We use cookies to improve your experience. Accept all | Manage preferences\n"
           "Early careers › Graduate programmes › Surveying\n"
           "Quantity Surveyor Graduate Programme 2027\n"
           "Start date: October 2027 · Locations: Dunmore, Ashcombe · Duration: 2 years\n"
           "Apply now      Register your interest\n"
           "You'll join as a Graduate Quantity Surveyor and rotate through three placements.\n"
           "Rotations\n"
           "Rotation 1 (8 months) – Cost planning: Estimating and CostX.\n"
           "Rotation 2 (8 months) – Site team: Valuations and Subcontract procurement.\n"
           "Who we're looking for\n"
           "A 2:1 in a built-environment subject. We look for Negotiation and Commercial "
           "Awareness.\n"
           "Meet Tomasz – Graduate Quantity Surveyor, Year 2\n"
           "\"My best placement was the site team – I spent eight months with our client "
           "Larchfield Homes.\"\n"
           "How to apply\n"
           "1. Online application → 2. Situational judgement test → 3. Assessment centre\n")


def test_who_we_are_looking_for_lists_qualities() -> None:
    guide = parse_text(_SCHEME, "graduate-quantity-surveyor.txt")
    skills = [fact.text for fact in guide.skills]
    assert {"Negotiation", "Commercial Awareness"} <= set(skills)
    assert not [fact.text for fact in guide.leads_to if "Awareness" in fact.text]
    # the graduate's profile and quotation are no skills
    assert not [s for s in skills if "Tomasz" in s or "Year 2" in s or "Larchfield" in s]


def _skills(text: str, name: str) -> list[str]:
    return [fact.text for fact in parse_text(text, name).skills]


def test_kind_of_tools_label_is_no_skill() -> None:
    page = ("Locksmith\n\nA Locksmith fits and opens locks.\n\nWhat you need\n"
            "- Key cutting\n- Software: Keyprint or Lockbase\n- Tickets: CSCS card, IPAF\n")
    skills = _skills(page, "locksmith.txt")
    assert {"Keyprint", "Lockbase", "Key cutting"} <= set(skills)
    assert "Software" not in skills and "Tickets" not in skills


def test_known_tool_in_a_clause_is_no_name() -> None:
    page = ("ML Engineer\n\nAn ML Engineer trains models.\n\nKey skills\n"
            "- Model training – PyTorch is standard in small labs, JAX in bigger ones\n")
    skills = _skills(page, "ml-engineer.txt")
    assert {"PyTorch", "JAX"} <= set(skills)
    assert not [s for s in skills if "standard" in s or "bigger" in s]


def test_bracket_wrapped_over_two_lines() -> None:
    lines = [Line(1, "Chromatography (column"), Line(2, "And gas phase)"), Line(3, "Titration")]
    assert [x.text for x in unwrap(lines)] == ["Chromatography (column and gas phase)",
                                               "Titration"]


def test_brush_up_on_these() -> None:
    page = ("Claims Adjuster\n\nA Claims Adjuster settles claims.\n\n"
            "Brush up on these: Guidewire, loss assessment and negotiation.\n"
            "Look for openings in Shipping and Retail.\n")
    skills = _skills(page, "claims-adjuster.txt")
    assert {"Guidewire", "loss assessment", "negotiation"} <= set(skills)
    assert not [s for s in skills if "openings" in s]


def test_responsibility_matrix_letters_are_no_skills() -> None:
    page = ("Records Steward\n\nA Records Steward keeps the archive in order.\n\n"
            "RACI (retention)\n| Step | Owner | Steward | Auditor |\n"
            "| Approve a schedule | A | R | C |\n| Destroy a box | I | A/R | C |\n")
    assert "R" not in _skills(page, "records-steward.txt")


def test_short_form_of_a_title_with_and() -> None:
    page = ("Occupational Health and Safety Advisor\n\n"
            "Occupational Health and Safety Advisors (OHSAs) keep sites safe.\n\n"
            "Career path\nSafety Trainee -> Trainee OHSA -> OHSA -> Senior OHSA\n")
    ladders = _ladder(page, "occupational-health-and-safety-advisor.txt")
    flat = [step for chain in ladders for step in chain]
    assert "Safety Advisor" not in flat


def test_workers_by_a_shared_head_word_are_no_post() -> None:
    page = ("Door Supervisor\n\nA Door Supervisor keeps venues safe.\n\nGrow with us\n"
            "Supervisors can also move across to Event Safety Supervisor after training.\n")
    guide = parse_text(page, "door-supervisor.txt")
    starts = {chain[0].text for chain in guide.progressions}
    assert "Supervisor" not in starts


def test_comments_end_the_employers_section() -> None:
    page = ("Job of the week: Glazier\n\nWho hires?\nGlazing firms. Local: Clearpane Glass.\n\n"
            "Comments\n  kb77: my uncle does this\n")
    employers = [fact.text for fact in parse_text(page, "glazier.txt").employers]
    assert "Comments" not in employers


def test_municipal_section_after_a_dash_is_the_titles() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    text = "Vacancies for Foreman – Parks and Grounds Mechanic are filled by posting."
    assert [t for t, _ in titles_in(text, vocab)] == ["Foreman – Parks", "Grounds Mechanic"]


def test_written_ticks_are_list_markers() -> None:
    page = ("Career poster: a career as a sign maker\n\n"
            'Square 2, "Your toolbox" (a checklist; ticked items are essential):\n'
            "ticked: CorelDRAW\nticked: vinyl cutting\nticked: sign fitting\n"
            'not ticked, "bonus item": gilding\n')
    skills = _skills(page, "sign-maker.txt")
    assert {"CorelDRAW", "vinyl cutting", "sign fitting"} <= set(skills)
    assert not [s for s in skills if s.startswith("ticked")]
    assert written_ticks("Ticked: Rivets\nticked: Seams\n") == "• Rivets\n• Seams\n"
    assert written_ticks("Checked: 2 May\nSigned: A. Ross\n") == "Checked: 2 May\nSigned: A. Ross\n"
