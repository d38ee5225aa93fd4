"""Career moves told in general ways on pages of any site (helper moves9): a chain whose last
arrow opens a choice, careers told from an employer or by a rise, jobs held beside the role,
earlier jobs told by "after work as", "came to us after N years as", a cover letter's own
career and subjects named by their earlier jobs ("Ex-roofers … do fine").

Each test writes its own invented sentence or small page in one structure and asserts the
moves read; each rule has a case where it must not fire.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.careers_told import career_told
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.moves import prose_moves, prose_steps
from careergraph.guides.stated_ladders import own_story, rose_ladder
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon
from guide_facts import names, steps

VOCAB = Vocabulary.from_lexicon(load_lexicon())


# -- an arrow chain whose last arrow opens a choice ----------------------------------------------
def test_a_chain_ending_in_either_keeps_the_first_branch() -> None:
    chain = arrow_chain("Trainee ferry hand → ferry hand → ferry mate → then either ferry "
                        "master or ashore as a harbour clerk or a port agent. Pay rises.")
    assert chain == ["Trainee ferry hand", "ferry hand", "ferry mate", "ferry master"]


def test_a_long_last_step_with_no_choice_still_names_no_chain() -> None:
    assert arrow_chain("Ferry hand → ferry mate → then many people leave the water for "
                       "good after a few hard winters on the lake.") is None


def test_a_subreddit_ladder_with_an_either_tail_is_read_on_the_page() -> None:
    guide = parse_text(
        "Ferry Hand\n"
        "Ferry hands tie up, load cars and keep the deck clean on the lake crossings.\n"
        "\n"
        "What's the career path?\n"
        "Trainee ferry hand → ferry hand → ferry mate → then either ferry master or ashore "
        "as a harbour clerk. Most stay on the boats.\n",
        "fh.txt")
    assert {("Trainee Ferry Hand", "Ferry Hand"), ("Ferry Hand", "Ferry Mate"),
            ("Ferry Mate", "Ferry Master")} <= steps(guide)


# -- a career told from the employer joined ------------------------------------------------------
def test_a_bio_that_joined_an_employer_as_a_title_is_a_ladder() -> None:
    told = career_told("'09  Rui Okoro joined Tidewell & Marsh as a layout artist, was promoted "
                       "to picture editor in 2012 and to news editor in 2017.", VOCAB)
    assert told is not None
    assert told.rungs == ("Layout Artist", "Picture Editor", "News Editor")
    assert told.at_employer


def test_a_story_started_at_an_employer_does_not_end_at_the_page_role() -> None:
    guide = parse_text(
        "Podcast Producer\n"
        "Podcast producers plan, record and edit shows for networks and brands.\n"
        "\n"
        "Alumni notes\n"
        "'05  Lena Brook started at Radio Vell as an overnight producer, was promoted to "
        "reporter in 2008 and to news editor in 2012. She still edits on weekends.\n",
        "pp.txt")
    assert {("Overnight Producer", "Reporter"), ("Reporter", "News Editor")} <= steps(guide)
    assert ("News Editor", "Podcast Producer") not in steps(guide)


def test_joining_with_no_title_tells_no_career() -> None:
    assert career_told("Rui joined Tidewell & Marsh in 2009 and never left.", VOCAB) is None


# -- a rise from one post to another --------------------------------------------------------------
def test_rose_from_a_to_b_and_c_is_a_ladder() -> None:
    assert rose_ladder("He rose from joiner to joinery foreman and contracts manager over "
                       "twenty years.", VOCAB) == ["Joiner", "Joinery Foreman",
                                                    "Contracts Manager"]


def test_a_rise_of_figures_names_no_ladder() -> None:
    assert rose_ladder("Fees rose from £40 to £55 an hour in 2021.", VOCAB) == []


def test_a_tribute_reads_the_rise_after_the_apprenticeship() -> None:
    guide = parse_text(
        "Joiner\n"
        "Dennis Hart, joiner, 1941-2025\n"
        "\n"
        "He left school at 15 and went to Crown Timber as a joinery shop boy. Within a year "
        "the firm's joiner had taken him on as an apprentice joiner. He rose from joiner "
        "to joinery foreman and contracts manager over the next decade.\n",
        "jo.txt")
    assert {("Joiner", "Joinery Foreman"), ("Joinery Foreman", "Contracts Manager")} <= (
        steps(guide))
    assert ("Joiner", "Contracts Manager") not in steps(guide)


# -- a job held beside the role -------------------------------------------------------------------
def test_also_worked_as_a_and_later_as_b_are_sideways_moves() -> None:
    found = prose_moves("From 1990 he also worked as a sign painter and later as an "
                        "antiques valuer.", VOCAB, "Glazier")
    assert set(found["lateral"]) == {"Sign Painter", "Antiques Valuer"}
    assert found["in"] == []
    assert prose_steps("From 1990 he also worked as a sign painter and later as an "
                       "antiques valuer.", VOCAB) == []


def test_also_worked_as_before_joining_is_a_move_in() -> None:
    found = prose_moves("Many of our drivers also worked as couriers or bus drivers before "
                        "joining.", VOCAB, "Tram Driver")
    assert set(found["in"]) == {"Courier", "Bus Driver"}
    assert found["lateral"] == []


# -- earlier jobs: "after work as", "came to us after N years as", a list's own verb ------------
def test_after_work_as_names_earlier_jobs() -> None:
    found = prose_moves("An apprentice engraver trains for four years, often after work as a "
                        "jeweler or sign painter.", VOCAB, "Engraver")
    assert set(found["in"]) == {"Jeweler", "Sign Painter"}


def test_came_to_us_after_years_as_a_title_is_a_move_in() -> None:
    found = prose_moves("Ana Ruiz (copy editor, Vell Press) came to us after three years as a "
                        "proofreader.", VOCAB, "Copy Editor")
    assert found["in"] == ["Proofreader"]


def test_came_to_us_after_years_with_no_title_names_nothing() -> None:
    found = prose_moves("Ana came to us after three years abroad.", VOCAB, "Copy Editor")
    assert found["in"] == []


def test_a_list_ends_at_its_own_verb() -> None:
    found = prose_moves("Applicants who worked as a tool setter or CNC programmer will be "
                        "considered first.", VOCAB, "Mould Designer")
    assert set(found["in"]) == {"Tool Setter", "CNC Programmer"}


def test_a_trained_title_after_an_article_drops_the_training() -> None:
    found = prose_moves("Lateral entrants are often a trained gardener or joiner.", VOCAB,
                        "Forestry Worker")
    assert set(found["in"]) == {"Gardener", "Joiner"}


# -- a cover letter's own career -------------------------------------------------------------------
def test_a_cover_letter_career_is_a_ladder() -> None:
    assert own_story("I began my career as a kitchen porter at Elm Hall, then became a commis "
                     "chef, and for the past two years I have worked as a sous chef at "
                     "Vine.", VOCAB) == ["Kitchen Porter", "Commis Chef", "Sous Chef"]


def test_a_cover_letter_with_one_job_is_no_ladder() -> None:
    assert own_story("I began my career as a kitchen porter at Elm Hall and love it.",
                     VOCAB) == []


# -- subjects named by their earlier jobs ----------------------------------------------------------
def test_ex_subjects_who_do_fine_moved_into_the_role() -> None:
    guide = parse_text(
        "Scaffolder\n"
        "Scaffolders put up and take down access towers on building sites.\n"
        "\n"
        "Will I fit in?\n"
        "Ex-roofers, window cleaners and sign painters all do fine up here.\n",
        "sc.txt")
    assert {"Roofer", "Window Cleaner", "Sign Painter"} <= names(guide.moves_in)


def test_former_people_who_are_no_title_name_nothing() -> None:
    found = prose_moves("Former colleagues do ask me about it.", VOCAB, "Scaffolder")
    assert found["in"] == []


# -- a development plan's goals ------------------------------------------------------------------
_PLAN = (
    "INDIVIDUAL DEVELOPMENT PLAN (IDP)   Form 12-3\n"
    "\n"
    "PART I — EMPLOYEE INFORMATION\n"
    "Name: T. Moss\n"
    "Position title: Soil Technician   Series/Grade/Step: 1311/GS-7/2\n"
    "Organization: Office of Land Surveys\n"
    "Previous positions: Laboratory Aide (2017–2020); Field Assistant (2020–2023)\n"
    "\n"
    "PART II — CAREER GOALS\n"
    "Short-term goal (1–2 years): compete for a Geologist position (band $60,000 – $78,000).\n"
    "Long-term goal (3–5 years): Research Program Manager.\n"
)


def test_goals_labelled_goal_continue_the_plan_ladder() -> None:
    guide = parse_text(_PLAN, "idp.txt")
    assert {("Soil Technician", "Geologist"), ("Geologist", "Research Program Manager")} <= (
        steps(guide))
    assert ("Soil Technician", "Research Program Manager") not in steps(guide)


def test_a_plan_goal_naming_no_post_adds_no_rung() -> None:
    guide = parse_text(_PLAN.replace("compete for a Geologist position", "finish my degree"),
                       "idp.txt")
    assert not any("Geologist" in pair for pair in steps(guide))


# -- arrow rungs glossed in the source language ----------------------------------------------------
_KYUJIN = (
    "Indigo Dyer\n"
    "Indigo dyers prepare the vats, dye cloth and yarn by hand and check the colour.\n"
    "\n"
    "■ Career step\n"
    "Indigo dyer (Aishi) → Vat keeper (Kamamori) → Workshop chief (Shokucho) → "
    "Master dyer (Aizome oyakata)\n"
)


def test_glossed_rungs_of_the_role_own_chain_are_read_without_the_gloss() -> None:
    guide = parse_text(_KYUJIN, "dy.txt")
    assert {("Indigo Dyer", "Vat Keeper"), ("Vat Keeper", "Workshop Chief"),
            ("Workshop Chief", "Master Dyer")} <= steps(guide)


def test_a_rung_keeps_the_words_its_known_head_would_drop() -> None:
    guide = parse_text(_KYUJIN, "dy.txt")
    assert not any(pair[1] == "Master" for pair in steps(guide))


# -- a second trade learnt beside the role, an employer's former hires -----------------------------
def test_cross_train_as_is_a_sideways_move() -> None:
    found = prose_moves("Some operators cross-train as crane operators.", VOCAB,
                        "Excavator Operator")
    assert found["lateral"] == ["Crane Operator"]


def test_hire_former_names_earlier_jobs() -> None:
    found = prose_moves("Most museums hire former park rangers and youth workers.", VOCAB,
                        "Museum Educator")
    assert set(found["in"]) == {"Park Ranger", "Youth Worker"}


def test_a_choice_repeating_into_is_one_list() -> None:
    found = prose_moves("Others moved into sales or into account manager roles.", VOCAB,
                        "Perfusionist")
    assert found["lateral"] == ["Account Manager"]
