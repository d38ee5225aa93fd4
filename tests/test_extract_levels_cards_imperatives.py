"""Role, move and skill structures of college labour-market pages, careers-service profiles,
school job profiles, salary blogs, professional bodies' grade pages and sports federations'
coach pathways (issue 10, seventh held-back set studied).

Each test writes its own small page (invented occupations, wording and figures) in one
structure and asserts what the public parser reads from it.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import imperative_skills
from careergraph.guides.moves import prose_moves
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from guide_facts import chains, names, steps, texts

VOCAB = Vocabulary.from_lexicon(load_lexicon())


# -- the role --------------------------------------------------------------------------------
def test_a_unit_group_title_names_its_first_occupation() -> None:
    page = ("Skip to the main content\nBakers, confectioners and pastry cooks\n"
            "Bakers, confectioners and pastry cooks mix, shape and bake dough.\n")
    assert parse_text(page, "p.txt").role.text == "Baker"


def test_a_pay_headline_in_a_breadcrumb_names_the_role() -> None:
    page = ("Home » Blog » What Do Ferry Deckhands Earn in Malta?\nPhoto: a harbour\n\n"
            "We asked deckhands what the job pays.\n")
    guide = parse_text(page, "p.txt")
    assert (guide.role.text, guide.role_signal) == ("Ferry Deckhand", "breadcrumb")


def test_a_sport_coach_title_is_a_role() -> None:
    page = "Home | Clubs | Shop\nCoaching\nFencing Coach\nCoach Levels\n\nLevel 1\n\nText.\n"
    assert parse_text(page, "p.txt").role.text == "Fencing Coach"


# -- skills ----------------------------------------------------------------------------------
def test_imperative_items_under_a_you_need_to_lead_in() -> None:
    page = ("Farrier\nFarriers shoe horses.\nPersonal qualities and skills\n"
            "As a farrier, you need to:\n- Have a steady hand.\n"
            "- Be comfortable with forges and rasps (for example Forgemaster).\n"
            "- Keep calm around nervous horses.\n- Be a good problem solver.\n")
    assert texts(parse_text(page, "p.txt").skills) == [
        "steady hand", "forges", "rasps", "Forgemaster", "Keep calm around nervous horses",
        "problem solver"]


def test_imperative_item_reads_know_how_to_use() -> None:
    assert imperative_skills("Know how to use winches and pulleys.") == (
        ["winches", "pulleys"], [])


def test_items_one_a_line_under_you_need() -> None:
    page = ("River Keeper\nRiver keepers look after fishing beats.\nWhat Does It Take\n"
            "You need:\n"
            "river craft\nsafe boat handling\nknowledge of fishing law\nTraining\n"
            "You can add awards in canoeing, bankside first aid and electrofishing.\n")
    # ("Training" holds requirements: its awards are not the skills listed above it)
    assert texts(parse_text(page, "p.txt").skills) == [
        "river craft", "safe boat handling", "knowledge of fishing law"]


def test_skill_titles_above_their_descriptions() -> None:
    page = ("Upholsterers\nUpholsterers cover furniture.\n\nSkills & knowledge\n\n"
            "The five skills that matter most.\n\nHand Tool Use\n\n"
            "Using staple guns and webbing stretchers safely.\n\nColour Sense\n\n"
            "Seeing which fabrics go together.Customer ServiceFinding out what a client wants.\n"
            "\nSource: a skills survey.\n\nEmployment forecast\n\nJobs in 2030\n\n1,200\n")
    assert texts(parse_text(page, "p.txt").skills) == [
        "Hand Tool Use", "Colour Sense", "Customer Service"]


def test_employers_want_and_look_for_sentences_list_skills() -> None:
    page = ("Loss Adjuster\nLoss adjusters assess claims.\nWhat Do They Look For?\n"
            "Insurers look for site surveying, report writing and negotiation.\n")
    assert names(parse_text(page, "p.txt").skills) >= {
        "site surveying", "report writing", "negotiation"}


def test_a_skills_line_heads_the_list_line_below_it() -> None:
    page = ("Events Producer\nEvents producers run festivals.\n"
            "Skills we look for at senior level\n"
            "Budgeting, supplier management, risk planning and crowd safety.\n")
    assert names(parse_text(page, "p.txt").skills) >= {
        "Budgeting", "supplier management", "risk planning", "crowd safety"}


# -- level headings --------------------------------------------------------------------------
def test_level_headings_with_titles_form_a_ladder_and_hold_skills() -> None:
    page = ("Home | Clubs\nClimbing Instructor\nInstructor Levels\nLevel 1 Trainee Instructor\n"
            "Works with a qualified instructor. Gets a grounding in knots, navigation and "
            "map reading.\nLevel 2 Hill Instructor\nLeads groups on their own.\n"
            "Level 3 Alpine Instructor\nLeads glacier trips, using crevasse rescue and "
            "avalanche forecasting.\n")
    guide = parse_text(page, "p.txt")
    assert chains(guide) == [["Trainee Instructor", "Hill Instructor", "Alpine Instructor"]]
    assert names(guide.skills) >= {"knots", "navigation", "map reading", "crevasse rescue",
                                   "avalanche forecasting"}


def test_bare_level_headings_are_the_role_s_own_levels() -> None:
    page = ("Archery Coach\nCoach Levels\n\nLevel 1\n\nThe Level 1 coach runs taster "
            "sessions.\n\nLevel 2\n\nThe Level 2 coach plans a season.\n")
    assert chains(parse_text(page, "p.txt")) == []


# -- moves -----------------------------------------------------------------------------------
def test_prose_move_triggers_of_blog_and_profile_pages() -> None:
    moves = prose_moves("Some clerks move across to payroll officer roles.", VOCAB)
    assert moves["lateral"] == ["Payroll Officer"]
    moves = prose_moves("Many porters came in from cashier jobs in supermarkets.", VOCAB)
    assert moves["in"] == ["Cashier"]
    moves = prose_moves("A few may be appointed regional director.", VOCAB)
    assert moves["up"] == ["Regional Director"]
    moves = prose_moves("Experienced wardens become head wardens or reserve managers.", VOCAB)
    assert moves["up"] == ["Head Warden", "Reserve Manager"]


def test_a_title_after_as_names_the_role_moved_to() -> None:
    moves = prose_moves("Others move sideways into the claims team as a claims handler, "
                        "or into sales as an account manager.", VOCAB)
    assert moves["lateral"] == ["Claims Handler", "Account Manager"]
    moves = prose_moves("Most came into the job from retail, as a store supervisor.", VOCAB)
    assert moves["in"] == ["Store Supervisor"]


def test_a_field_moved_into_names_its_practitioner() -> None:
    moves = prose_moves("Some move into venue management or event production.", VOCAB)
    assert moves["lateral"] == ["Venue Manager", "Event Producer"]
    # a bare field, or a clause ending in one, names no role
    assert prose_moves("Some move into management.", VOCAB)["lateral"] == []
    assert prose_moves("Some went to dispatcher, which is management.", VOCAB)["up"] == [
        "Dispatcher"]


def test_moves_of_a_sentence_about_another_role_start_from_it() -> None:
    page = ("Scaffolder\nScaffolders build platforms.\nCareer progression\n"
            "You can qualify as an advanced scaffolder. Supervisors can go on to become "
            "contracts managers or safety advisers.\n")
    guide = parse_text(page, "p.txt")
    assert steps(guide) >= {("Supervisor", "Contracts Manager"),
                            ("Supervisor", "Safety Adviser")}
    assert "Contracts Manager" not in texts(guide.leads_to)


def test_moves_of_a_sentence_opening_from_a_title_start_from_it() -> None:
    page = ("Sous Chef\nSous chefs run a kitchen's shifts.\nCareer progression\n"
            "From kitchen porter you could move up to line cook and then sous chef. "
            "Experienced sous chefs become head chefs.\n")
    guide = parse_text(page, "p.txt")
    assert steps(guide) >= {("Kitchen Porter", "Line Cook"), ("Line Cook", "Sous Chef")}
    assert texts(guide.leads_to) == ["Head Chef"]


def test_a_stated_ladder_names_the_role_by_its_head() -> None:
    page = ("Home » Blog » What Do Court Clerks Earn?\n\nWhere Next?\n\n"
            "The usual path is clerk, senior clerk, chief clerk and then court manager.\n")
    assert chains(parse_text(page, "p.txt")) == [["Court Clerk", "Chief Clerk", "Court Manager"]]


def test_grade_cards_typical_roles_lead_in_and_up() -> None:
    page = ("Home / Membership\nLearning and Development Adviser\n"
            "Your work is mostly admin.Typical roles: Training Administrator, L&D Assistant\n"
            "Associate\nYour work is advisory.Typical roles: L&D Adviser, Learning Consultant\n"
            "Member\nYour work sets strategy.Typical roles: Head of Talent, Learning Director\n"
            "Fellow\n")
    guide = parse_text(page, "p.txt")
    assert texts(guide.moves_in) == ["Training Administrator", "L&D Assistant"]
    assert texts(guide.leads_to) == ["Head of Talent", "Learning Director"]


def test_a_later_rung_with_its_own_verb_continues_a_then_chain() -> None:
    page = ("Groundsman\nGroundsmen keep pitches.\nGetting On\n"
            "With experience you could become a senior groundsman, then head groundsman, and "
            "at the biggest clubs move up to grounds manager.\n")
    guide = parse_text(page, "p.txt")
    assert steps(guide) >= {("Senior Groundsman", "Head Groundsman"),
                            ("Head Groundsman", "Grounds Manager")}
    assert "Grounds Manager" not in texts(guide.leads_to)


def test_a_second_trade_such_as_lists_skills() -> None:
    page = ("Tower Climber\nTower climbers service masts.\nWork activities\n"
            "Many climbers hold a second trade, such as welding, joinery or rigging, which "
            "they use at height.\n")
    assert names(parse_text(page, "p.txt").skills) >= {"welding", "joinery", "rigging"}


def test_a_rung_told_after_a_stated_ladder_tops_it() -> None:
    page = ("Home » Blog » What Do Loss Adjusters Earn?\n\nWhere Next?\n\n"
            "From adjuster the usual steps are senior adjuster and then claims manager; a few "
            "become claims director.\n")
    guide = parse_text(page, "p.txt")
    assert chains(guide) == [["Loss Adjuster", "Claims Manager", "Claims Director"]]
    assert texts(guide.leads_to) == []


def test_a_hedge_before_a_needed_item_is_not_part_of_it() -> None:
    page = ("Deer Stalker\nDeer stalkers guide hunting guests.\nGetting In\n"
            "You will need a driving licence and usually a firearms certificate.\n")
    assert names(parse_text(page, "p.txt").skills) >= {"driving licence", "firearms certificate"}
