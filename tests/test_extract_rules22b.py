"""Held-back set 22's `alumninow`, `spanishmt` and `subredditwiki` structures (rules22b): a
school's alumni page with graduates' cards ("Now:", a "Path:" of title, employer steps) and
its link strips; a Spanish public job call read through a browser's translator (numbered
sections in capitals, "between 19 and 23 thousand euros"); a forum's wiki FAQ for a trade
(the sub's header, "last revised by u/…", "Q:"/"A:" blocks, a kit list, a related-pages
strip).

Every page is invented here (schools, people, companies, subs, figures).
"""

from __future__ import annotations

from tests.guide_facts import names, pay, steps

from careergraph.guides import parse_text
from careergraph.guides.graduate_paths import graduate_paths
from careergraph.guides.items import sentence_skills
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.salary import find_amounts
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

ALUMNI = """Brackenmoor College | School of Architecture
Home  >  Alumni  >  Where Are They Now?
Search   Give   Log in to BrackenmoorNet

WHERE ARE THEY NOW?
Landscape Architecture graduates, a decade on

-----------------------------------------------------------------
TOMAS VELLACOTT  ·  Class of 2013
Now: Principal, Greyfen Landscape Studio
Path: Planting Assistant, Orchard Row Nurseries  >  Landscape Architect, Greyfen
Landscape Studio  >  Senior Landscape Architect, Greyfen Landscape Studio  >  Principal,
Greyfen Landscape Studio
"Grading plans and planting plans are still half my week."
-----------------------------------------------------------------
Where our landscape architecture graduates work
Public parks · Housing developers · Toys

Share your story  |  Update your details  |  Class Notes  |  Events
Brackenmoor College · Office of Alumni Relations · Privacy
"""


def test_alumni_page_chrome_and_a_graduates_path() -> None:
    guide = parse_text(ALUMNI, "alumni-landscape-architect.txt")
    assert guide.role.text == "Landscape Architect"
    assert {("Planting Assistant", "Landscape Architect"),
            ("Landscape Architect", "Senior Landscape Architect"),
            ("Senior Landscape Architect", "Principal")} <= steps(guide)
    employers = names(guide.employers)
    assert "Greyfen Landscape Studio" in employers
    assert not employers & {"Class Notes", "Events", "Office of Alumni Relations", "Privacy",
                            "Orchard Row Nurseries", "Toys"}
    assert "Toys" in names(guide.sectors)


def test_graduate_path_wrapped_over_lines() -> None:
    found = graduate_paths([(3, "Path: Trainee Brewer, Hopwell Ales  >  Brewer, Hopwell Ales  >"),
                            (4, "Head Brewer, Stillwater Brewing (Bristol)"),
                            (5, "Jo now also judges cask competitions.")])
    assert [p.steps for p in found] == [(("Trainee Brewer", "Hopwell Ales"),
                                         ("Brewer", "Hopwell Ales"),
                                         ("Head Brewer", "Stillwater Brewing"))]
    assert graduate_paths([(1, "Path: not much of one, really > sideways")]) == []


WIKI = """r/Glaziers                                             Joined ✓   Create Post   ⋯
wiki  ›  faq / becoming-a-glazier
last revised by u/putty_knife_pat 2 weeks ago · view source · history · talk

THE GLAZING FAQ
Read this before you post "how do I get into glass" again. Mods.

Q: What do I need to bring day one?
A: Depends on the shop, but the usual bag: tape, 2 ft level, suction cups, 10" glass cutter,
setting blocks, a caulk gun and gloves.

Q: Where does it go after journeyman?
A: Foreman → general foreman → superintendent if you want the paperwork.

Related wiki pages: suction-cup-safety · union-vs-open-shop · tool-lists
                                                         ↑ 88   Share   Save   Report
"""


def test_wiki_faq_chrome_and_kit() -> None:
    guide = parse_text(WIKI, "glazier-faq.txt")
    skills = {s.lower() for s in names(guide.skills)}
    assert {"tape", "suction cups", "setting blocks"} <= skills
    assert not any(s.startswith(("depends", "but the usual")) for s in skills)
    assert not names(guide.employers) & {"suction-cup-safety", "union-vs-open-shop",
                                         "tool-lists"}
    assert {("Foreman", "General Foreman"), ("General Foreman", "Superintendent")} <= steps(guide)


def test_arrow_chain_last_step_ends_at_a_clause() -> None:
    assert arrow_chain("Foreman → general foreman → superintendent if you want the paperwork.") == [
        "Foreman", "general foreman", "superintendent"]
    assert arrow_chain("Cook → sous chef → head chef once you can run a pass") == [
        "Cook", "sous chef", "head chef"]


def test_a_list_after_its_colon_label_in_a_sentence() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    found = sentence_skills("Ask around first, but the basic bag: tape, 2 ft level, 24\" pipe "
                            "wrench and soapstone.", vocab)
    assert found == ["tape", "level", "pipe wrench", "soapstone"]


CALL = """Translated from: Spanish  ›  English        Show original   |   Always translate Spanish
REGIONAL WATER AUTHORITY OF THE VEGA BAJA  ·  Employment Portal
Increase text  Decrease text  |  Electronic headquarters

CALL FOR 12 PLACES OF RESERVOIR WARDEN - CAMPAIGN 2026

1. OBJECT OF THE CALL
The process covers 12 places of the category of Reservoir Warden ("guarda de embalse").

2. FUNCTIONS OF THE POSITION
- Patrol of the banks with a four-wheel drive vehicle and a drone

3. REQUIREMENTS
a) Driving license class B.

4. REMUNERATION
The gross annual remuneration of the post is between 19 and 23 thousand euros.
With the triennia it can reach 27.400 € per year.
For reference, the Chief Warden (guarda mayor) receives 1.640,20 euros gross per month.

5. PROFESSIONAL CAREER
After three years the reservoir warden can access by internal promotion to Senior Warden.

Related professions: Forest ranger · Lock keeper
Contact: empleo@aguas.example  ·  Tel. 010
"""


def test_translated_public_call() -> None:
    guide = parse_text(CALL, "reservoir-warden.txt")
    assert guide.role.text == "Reservoir Warden"
    assert (19000, 23000, "EUR", "year", None) in pay(guide)
    assert not any(s.max == 27400 and s.min == 27400 for s in guide.salaries)
    # "4. REMUNERATION" in capitals opens the pay section: the chief's figure is his
    assert (1640, 1640, "EUR", "month", "Chief Warden") in pay(guide)
    moves = names(guide.transitions_to) | names(guide.leads_to)
    assert not moves & {"Forest Ranger", "Lock Keeper"}
    assert not names(guide.employers) & {"Tel. 010"}


def test_thousand_euros_shared_by_both_ends() -> None:
    band = find_amounts("between 19 and 23 thousand euros a year")
    assert [(m.low, m.high, m.currency) for m in band] == [(19000, 23000, "EUR")]
    point = find_amounts("around 31 thousand euros gross per year")
    assert [(m.low, m.currency) for m in point] == [(31000, "EUR")]
    assert [(m.low, m.high) for m in find_amounts("it can reach 27.400 € per year")] == [
        (None, 27400)]


def test_a_count_of_replies_is_no_pay() -> None:
    assert find_amounts("From the sub's pay thread (2,300 replies, self-reported):",
                        bare=True) == []


def test_role_from_file_name_tail_the_text_spells_apart() -> None:
    page = ("r/NewCouriers · wiki\nThis page was last edited by u/van_life_val.\n\n"
            "=== NEW DRIVER FAQ ===\n\n1. How do I start?\n"
            "Most start on a van round. The van is yours for the shift; every driver\n"
            "gets a scanner.\n")
    guide = parse_text(page, "wikifaq-van-driver.txt")
    assert guide.role.text == "Van Driver"


def test_moves_told_in_a_trade_faq() -> None:
    from careergraph.guides.moves import prose_moves

    vocab = Vocabulary.from_lexicon(load_lexicon())
    came = prose_moves("Plenty of us came over from roofing, plastering and the scaffolder trade.",
                       vocab)
    assert came["in"] == ["Roofing", "Plastering", "Scaffolder"]
    assert prose_moves("Most get hired on as a labourer by a small firm.", vocab)["in"] == [
        "Labourer"]
    assert prose_moves("We have ex-bakers, retail assistants and former nurses.", vocab)[
        "in"][:2] == ["Baker", "Retail Assistant"]
    assert prose_moves("A few go back to the college as lecturers.", vocab)["lateral"] == [
        "Lecturer"]
    assert prose_moves("With time a clerk can go on to be office manager.", vocab)["up"] == [
        "Office Manager"]


def test_workplace_kinds_with_examples_and_whom_they_serve() -> None:
    from careergraph.guides.mentions import section_names

    vocab = Vocabulary.from_lexicon(load_lexicon())
    employers, kinds = section_names(
        "In care homes for adults, day centres, NGOs such as Brightpath and Open Door, and "
        "charities such as Harbour Trust.", vocab)
    assert employers == ["Brightpath", "Open Door", "Harbour Trust"]
    assert {"NGOs", "charities", "care homes for adults", "day centres"} <= set(kinds)


def test_a_credentials_subject_is_no_skill() -> None:
    page = ("Reservoir Warden\n\nWhat we value\n"
            "Experience as a boatman; the Certificate of Professionalism in water management; "
            "first aid.\n")
    guide = parse_text(page, "reservoir-warden.txt")
    assert "Professionalism" not in names(guide.skills)


def test_graduates_cohort_labels_own_their_pay() -> None:
    page = ("THE HARBOUR  ·  Alumni magazine of the Kestrel School of Media\n"
            "Spring 2026  |  Class Notes  |  Submit a note  |  Donate\n\n"
            "Class Notes: Radio Presenting\n\n"
            "'12  Ama Boateng is now a breakfast presenter at Coastline FM.\n\n"
            "The numbers (Class of 2025 first-destination report)\n"
            "Graduates employed as radio presenters: median first-year salary $39,000\n"
            "Graduates who went into producing: median $44,000\n\n"
            "Have news? Send it to notes@kestrel.example\n")
    guide = parse_text(page, "alumni-radio-presenter.txt")
    assert (44000, 44000, "USD", "year", "Producer") in pay(guide)
    assert "Producing" not in names(guide.transitions_to) | names(guide.leads_to)
