"""Skill structures that hold on pages from any site (issue 10): lists after a cue phrase in
running text, two skills joined in one item, names run together, tools named inside duties,
software lists of occupation profiles, skills headings in sentence case or numbered, and
lists glued at their full stops.

Each test writes its own small page (invented roles, wording and products) in one structure,
asserts what the public parser reads from it, and shows a near miss the rule must leave
alone.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.skill_cues import cued_skills, known_skill, paired_skills
from careergraph.model import Guide

CUES = ("look for", "good at", "need to learn", "^learn", "calls for")


def _skills(guide: Guide) -> set[str]:
    return {skill.text for skill in guide.skills}


# -- lists after a cue phrase ----------------------------------------------------------------
def test_a_cue_phrase_in_any_section_lists_skills() -> None:
    page = ("Kiln Operator\n\nOverview\n"
            "Kiln operators fire ceramics for small studios. Studios look for glaze chemistry, "
            "kiln loading and Pyrometrix Pro when they hire.\n")
    found = _skills(parse_text(page, "k.txt"))
    assert {"glaze chemistry", "kiln loading", "Pyrometrix Pro"} <= found


def test_one_noun_phrase_after_a_cue_is_no_list() -> None:
    assert cued_skills("Most studios look for a certificate.", CUES) == []
    assert cued_skills('"They look for grit, humour and luck," she laughs.', CUES) == []


def test_an_imperative_learn_opens_a_list_and_trailing_adverbs_are_dropped() -> None:
    assert cued_skills("Learn glaze chemistry and kiln wiring early and you will be fine.",
                       CUES) == ["glaze chemistry", "kiln wiring"]
    assert cued_skills("You will learn to fire kilns, glaze pots and pack orders.", CUES) == []


def test_a_bullet_opening_with_a_cue_gives_its_one_skill() -> None:
    page = ("How to become a Kiln Operator\n\nPersonal requirements\n"
            "- good at colour matching\n- able to lift 20 kg\n")
    assert "colour matching" in _skills(parse_text(page, "k.txt"))


def test_wrappers_and_pointers_inside_a_cued_list() -> None:
    found = cued_skills("The work calls for clay mixing, confidence with KilnLog software, "
                        "programming in Lua, and a similar logging tool.", CUES)
    assert found == ["clay mixing", "KilnLog software", "Lua"]


# -- two skills in one item ------------------------------------------------------------------
def test_an_item_joining_two_skills_gives_both() -> None:
    page = ("Harbour Pilot\n\nKey Skills\n- Tide planning and radar plotting\n"
            "- Wavemark or Helmsman Suite\n- Meteorology and Oceanography\n")
    found = _skills(parse_text(page, "h.txt"))
    assert {"Tide planning", "radar plotting", "Wavemark", "Helmsman Suite"} <= found
    assert "Meteorology and Oceanography" in found  # a Title Case name stays whole


def test_a_shared_head_or_two_single_words_stay_one_skill() -> None:
    assert paired_skills("Fire and safety regulations") == ["Fire and safety regulations"]
    assert paired_skills("knots and hitches") == ["knots and hitches"]
    # (two activities are two skills: "Welding and burning", "Costing & ordering")
    assert paired_skills("rigging and splicing") == ["rigging", "splicing"]
    assert paired_skills("Navigation and chart plotting") == ["Navigation", "chart plotting"]


# -- names run together ----------------------------------------------------------------------
def test_a_line_of_names_run_together_under_a_skills_heading_is_its_list() -> None:
    page = ("Harbour Pilot\n\nSkills Required\n\n"
            "Tidal Stream PlanningBridge Resource ManagementRadar Plotting\n")
    found = _skills(parse_text(page, "h.txt"))
    assert {"Tidal Stream Planning", "Bridge Resource Management", "Radar Plotting"} <= found


def test_a_brand_with_inner_capitals_is_not_cut() -> None:
    page = ("Harbour Pilot\n\nKey Skills\n- Radar plotting\n- FinOps reporting\n"
            "- GitHub workflows\n")
    found = _skills(parse_text(page, "h.txt"))
    assert {"FinOps reporting", "GitHub workflows"} <= found
    assert not {"Fin", "Ops reporting", "Git"} & found


# -- tools inside duties ---------------------------------------------------------------------
def test_a_tool_named_inside_a_duty_is_a_skill() -> None:
    page = ("Lettings Coordinator\n\nResponsibilities\n"
            "- Log every viewing in Rentwise and chase tenants\n"
            "- Draft tenancy agreements (SignFlow or Papertrail)\n"
            "- Partner with Finance and Legal teams on deposits\n")
    found = _skills(parse_text(page, "l.txt"))
    assert {"Rentwise", "SignFlow", "Papertrail"} <= found
    assert "Finance" not in found


def test_a_spelled_out_acronym_or_a_calendar_word_is_no_tool() -> None:
    assert duty_tools("Follow the Tenancy Deposit Scheme (TDS) rules") == []
    assert duty_tools("Send the rent roll in January") == []


def test_a_career_frameworks_expectations_are_duties_with_named_methods() -> None:
    page = ("Lettings Coordinator\nCareer Framework (Lettings)\n\nRoleExpectation\n"
            "Associate Lettings CoordinatorApply Deposit Reconciliation in month-end reviews\n"
            "Coach others in Tenant Referencing\n"
            "Pair with sales and operations leads\n")
    found = _skills(parse_text(page, "lettings-coordinator.txt"))
    assert {"Deposit Reconciliation", "Tenant Referencing"} <= found
    assert not any("Pair with" in name for name in found)


# -- occupation profiles ---------------------------------------------------------------------
def test_software_you_might_use_lists_tools_under_group_labels() -> None:
    page = ("Glassblowers\n\nTechnology\nSoftware you might use on the job:\n"
            "Drawing software\n- FurnaceCAD\nSpreadsheet software\n- Gridsheet\n\n"
            "Education\nThey usually need to have:\nhigh school diploma\n")
    found = _skills(parse_text(page, "glassblower.txt"))
    assert {"FurnaceCAD", "Gridsheet"} <= found
    assert "Spreadsheet software" not in found and "high school diploma" not in found


def test_a_personality_section_states_no_skills() -> None:
    page = ("Glassblowers\n\nSkills\n- shaping molten glass\n\nPersonality\n"
            "People who like this work enjoy ideas, colours and making things by hand.\n")
    found = _skills(parse_text(page, "glassblower.txt"))
    assert "shaping molten glass" in found
    assert not {"colours", "ideas"} & found


# -- skills headings -------------------------------------------------------------------------
def test_sentence_case_and_numbered_skills_headings_open_their_lists() -> None:
    page = ("Depot Supervisor\n\nWhat degree do I need?\nAny subject will do.\n"
            "Key skills for trainee depot supervisors\n\n- Rota planning\n- Forklift safety\n")
    assert {"Rota planning", "Forklift safety"} <= _skills(parse_text(page, "d.txt"))
    numbered = ("Depot Supervisor\n\n1. Salary\n- Supervisor: 4,000–5,000 AED\n"
                "2. Skills Employers Ask For\n- Rota planning\n- Forklift safety\n")
    assert {"Rota planning", "Forklift safety"} <= _skills(parse_text(numbered, "d.txt"))


def test_a_numbered_role_title_is_no_skills_heading() -> None:
    page = ("Knowledge Base Editor\n\nPay by grade\n1. Knowledge Base Editor\n"
            "   - Basic Salary: Tk. 40,000 – Tk. 60,000\n")
    assert "Basic Salary" not in _skills(parse_text(page, "knowledge-base-editor.txt"))


def test_a_question_what_do_they_need_heads_skills() -> None:
    page = ("Sample Courier\n\nWhat do Sample Couriers need?\n"
            "Cold chain packing, route planning, courier app data entry and spill handling.\n")
    found = _skills(parse_text(page, "s.txt"))
    assert {"Cold chain packing", "route planning", "spill handling"} <= found


def test_a_list_glued_at_its_full_stops_gives_each_item() -> None:
    page = ("Ward Clerk\n\nSkills employers look for\nHospitals ask for:\n"
            "Medical terminology.Bed management systems.Telephone manner.\n")
    found = _skills(parse_text(page, "w.txt"))
    assert {"Medical terminology", "Bed management systems", "Telephone manner"} <= found


def test_a_purpose_clause_ends_a_comma_list() -> None:
    page = ("Ward Clerk\n\nKey Skills\n- Numeracy, for checking bed counts\n")
    found = _skills(parse_text(page, "w.txt"))
    assert "Numeracy" in found and "for checking bed counts" not in found


def test_a_requirement_line_opening_with_experience_or_knowledge_names_its_skills() -> None:
    page = ("Lettings Coordinator\n\nRequirements\n"
            "* Hands-on experience with Rentwise, LetBook or Propertyfile\n"
            "* Working knowledge of deposit protection rules\n"
            "* Two years in a lettings office\n")
    found = _skills(parse_text(page, "l.txt"))
    assert {"Rentwise", "LetBook", "Propertyfile", "deposit protection rules"} <= found
    assert not any("years" in name or "office" in name for name in found)


def test_a_cued_list_keeps_a_shared_head_whole() -> None:
    assert cued_skills("Employers look for fire and safety regulations, Rentwise and LetBook.",
                       CUES) == ["fire and safety regulations", "Rentwise", "LetBook"]
    assert cued_skills("Studios look for glazing, kiln repair and the kiln safety rules.",
                       CUES) == ["glazing", "kiln repair", "kiln safety rules"]
    # a particular thing named with "the" is no skill ("the firing log")
    assert cued_skills("Studios look for glazing, kiln repair and the log.",
                       CUES) == ["glazing", "kiln repair"]


def test_a_flattened_list_heading_is_the_item_before_an_empty_marker() -> None:
    page = ("Data Analyst\n-\nKey Skills\n-\n-\nDashboard Design\n-\nQuery Tuning\n"
            "-\nKnowledge Areas\n-\n-\nEconomics and Accounting\n-\nGeography\n")
    found = _skills(parse_text(page, "data-analyst.txt"))
    assert {"Dashboard Design", "Query Tuning", "Economics and Accounting", "Geography"} <= found
    assert not {"Key Skills", "Knowledge Areas"} & found


def test_subjects_the_worker_should_study_are_skills() -> None:
    page = ("Data Analyst\n\nAbout the work\nData analysts turn records into reports.\n"
            "Subjects an analyst who wants to advance should study:\n"
            "  • Economics and Accounting\n  • Mathematics\n")
    found = _skills(parse_text(page, "data-analyst.txt"))
    assert {"Economics and Accounting", "Mathematics"} <= found


def test_what_courses_and_a_recruitment_test_examine_are_skills() -> None:
    page = ("Reed Cutter\n\nA reed cutter harvests reed for thatchers.\n\nTraining\n"
            "Most training happens on the marsh. Short courses cover sedge identification, "
            "flail mower handling and tide-table reading.\n\nHow to get in\n"
            "The board interview checks bundle grading, thatch estimating and "
            "Marshledger entries.\n")
    found = _skills(parse_text(page, "r.txt"))
    assert {"sedge identification", "flail mower handling", "tide-table reading",
            "bundle grading", "thatch estimating", "Marshledger entries"} <= found
    # a course that covers one plain noun is no list of skills
    assert "the costs" not in _skills(parse_text(
        "Reed Cutter\n\nA reed cutter harvests reed for thatchers.\n\nTraining\n"
        "Short courses cover the costs.\n", "r2.txt"))


def test_a_course_told_after_the_fact_or_by_its_modules_lists_skills() -> None:
    page = ("Lock Keeper\n\nA lock keeper runs the gates of a canal lock.\n\nTraining\n"
            "My induction course covered sluice operation, towpath first aid and Waterlog "
            "entries, then a month beside an old hand. Later I did the two-day workshop, which "
            "covers vessel marshalling and weir inspection. Modules cover bank protection, "
            "dredging logs and Aquagate.\n\nPerks\n"
            "The pension plan, which covers dental, optical and travel, is generous.\n")
    found = _skills(parse_text(page, "lock-keeper.txt"))
    assert {"sluice operation", "towpath first aid", "Waterlog entries", "vessel marshalling",
            "weir inspection", "bank protection", "dredging logs", "Aquagate"} <= found
    # a plan "which covers" its benefits is no course: no skills from it
    assert not {"dental", "optical", "travel"} & found
    # the model a skill is practised on is no part of it, and does not end the list
    assert cued_skills("The course covered lock drills, gate handling on the Mark 4 and "
                       "Waterlog.", ("course covered",)) == [
        "lock drills", "gate handling", "Waterlog"]


def test_a_cued_list_ends_at_a_verb_with_its_possessive_object() -> None:
    cues = ("familiar with",)
    assert cued_skills("You need to be familiar with Marshledger, Tidecalc and GIS, know "
                       "your local reed beds and understand drainage.", cues) == [
        "Marshledger", "Tidecalc", "GIS"]


def test_specialties_to_choose_among_keep_an_alternatives_shared_head() -> None:
    assert cued_skills("Cutters can specialise in areas such as sedge grading, reed storage "
                       "or bundle and sheaf inspection.", ("specialise in",)) == [
        "sedge grading", "reed storage", "bundle and sheaf inspection"]
    assert cued_skills("There you learn sedge grading and reed storage, how to tie bundles "
                       "and how to rest.", ("you learn",)) == ["sedge grading", "reed storage"]


def test_qualities_weighed_against_another_before_a_comparison_cue_are_skills() -> None:
    page = ("Kiln Operator\n\nA kiln operator fires ceramics for small studios.\n\n"
            "What it takes\n"
            "Firings run through the night, so patience and time management matter just as "
            "much as glaze chemistry.\nNegotiation and stamina are valued as much as speed.\n")
    found = _skills(parse_text(page, "k.txt"))
    assert {"patience", "time management", "Negotiation", "stamina"} <= found
    assert cued_skills("Budgeting, forecasting and kiln scheduling take up most of the week.",
                       ("$take up most of",), known=lambda name: name != "kiln scheduling"
                       ) == ["Budgeting", "forecasting", "kiln scheduling"]
    # a list the lexicon does not know before the cue is no list of skills
    assert cued_skills("Housing and childcare are essential.", ("$are essential",),
                       known=lambda name: False) == []


def test_examples_of_a_kind_of_know_how_are_skills() -> None:
    cues = ("procedures such as", "judgements, such as", "tools such as")
    assert cued_skills("Juniors apply procedures such as bund inspections and lock-out "
                       "tagging under supervision.", cues) == [
        "bund inspections", "lock-out tagging"]
    # an acronym inside a name stays part of it (no second fact for the same skill)
    assert cued_skills("Seniors make technical judgements, such as flare network sizing and "
                       "relief valve (RV) selection, and answer for them.", cues) == [
        "flare network sizing", "relief valve (RV) selection"]
    # examples of a kind of tool are names: a clause after them is no example
    assert cued_skills("Build courses in tools such as Lectora, Captivate and evaluating "
                       "uptake with surveys.", cues) == ["Lectora", "Captivate"]
    page = ("Flare Engineer\n\nA flare engineer keeps relief systems safe.\n\nGrades\n"
            "You will apply established procedures such as bund inspections and lock-out "
            "tagging under supervision.\n")
    assert {"bund inspections", "lock-out tagging"} <= _skills(parse_text(page, "f.txt"))


def test_what_the_practitioner_knows_is_a_list_of_skills() -> None:
    cues = ("knows",)
    assert cued_skills("A good cutter knows the basics of sedge grading, Marshledger and "
                       "bundle tying, is patient and has a boat.", cues) == [
        "sedge grading", "Marshledger", "bundle tying"]
    assert cued_skills("The cutter knows the marsh better than any map.", cues) == []


def test_a_pointer_to_a_kind_of_system_gives_the_kind() -> None:
    cues = ("look for",)
    assert cued_skills("Employers look for Marshledger or a similar CRM, and Tidecalc.",
                       cues) == ["Marshledger", "CRM", "Tidecalc"]
    # a pointer to a plain noun names nothing
    assert cued_skills("Employers look for Marshledger or a similar tool, and Tidecalc.",
                       cues) == ["Marshledger", "Tidecalc"]


def test_a_compound_with_a_skill_head_counts_toward_a_weighed_list() -> None:
    cues = ("$become as important as",)
    assert cued_skills("Reedbed software, budgeting and buyer negotiation become as important "
                       "as your blade.", cues, known=known_skill) == [
        "Reedbed software", "budgeting", "buyer negotiation"]
    assert cued_skills("Housing, childcare and transport become as important as pay.", cues,
                       known=known_skill) == []


def test_the_quality_a_list_is_weighed_against_is_a_skill_too() -> None:
    cues = ("$matter as much as", "$become as important as")
    assert cued_skills("Out on the marsh, so patience and time management matter as much as "
                       "a good eye.", cues, known=known_skill) == [
        "patience", "time management", "good eye"]
    assert cued_skills("Budgeting and negotiation become as important as your blade.", cues,
                       known=known_skill) == ["Budgeting", "negotiation"]
    assert cued_skills("Budgeting and negotiation matter as much as the technical side.", cues,
                       known=known_skill) == ["Budgeting", "negotiation"]


def test_learning_to_use_a_tool_names_the_tool_and_a_plural_acronym_is_no_second_skill() -> None:
    cues = ("students learn",)
    assert cued_skills("Besides that, students learn to use reed moisture meters (RMMs) such "
                       "as the Dampcheck, and the Marshledger app.", cues) == [
        "reed moisture meters", "Dampcheck", "Marshledger app"]
    # a part of the work named with "side of" is no skill; the list goes on past it
    assert cued_skills("Students learn the business side of the trade, sedge grading and "
                       "bundle tying.", cues) == ["sedge grading", "bundle tying"]
