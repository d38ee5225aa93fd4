"""Set-19 readers carried over to the generated families (carry19b): a forum thread's
chrome (a post's vote and action bar, its flair under the byline) heads no section, so no
pay figure below takes it as a label.

Every page is invented here (people, firms, figures); as on a crawled site, the file is
named after the role.
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_chrome import _markup

_THREAD = (
    "forum  r/plumbing  Search in r/plumbing  Log In\n"
    "r/plumbing\n"
    "Posted by u/pipe_dreams_pat · 4 days ago\n"
    "Question\n"
    "Pay check-in: plumbers, what is your hourly rate and where?\n"
    "Starting us off: Tulsa, 5 years, $31.50/hr at a small outfit, overtime on top.\n"
    "⬆ 3.4k ⬇   💬 208 comments   Share   Save\n"
    "Sort by: Top ▾\n"
    "level 1\n"
    "solder_sue · 3 days ago\n"
    "Omaha, 2 yrs: $27.25/hr, van provided.\n"
    "↑ 91 ↓  Reply  Share  Report\n"
)


def test_a_vote_and_action_bar_is_chrome() -> None:
    for bar in ("⬆ 3.4k ⬇   💬 208 comments   Share   Save", "↑ 91 ↓  Reply  Share  Report",
                "44 upvotes · 12 comments", "17  Reply  Award  Share"):
        assert _markup(bar) == ""
    # a line of counts without an action, or prose, stays
    for kept in ("12 points", "Share your rate below", "2026 pay check-in"):
        assert _markup(kept) == kept


def test_a_thread_s_action_bar_and_flair_label_no_pay() -> None:
    guide = parse_text(_THREAD, "plumber.txt")
    labels = {s.label for s in guide.salaries}
    assert {s.min for s in guide.salaries} >= {31.5, 27.25}
    assert not any("Share" in label or "comments" in label for label in labels)
    assert "Question" not in labels  # the post's flair under its byline


_PAY_THREAD = (
    "r/tiling\n"
    "Posted by u/grout_gary · 1 day ago\n"
    "Pay thread\n"
    "Tilers, what's your rate this year?\n"
    "I'll go first: Leeds, 4 years, $26.80/hr base at Marbleway Interiors, van is theirs.\n"
    "level 1\n"
    "spacer_sam · Site Manager | Hull · 1 day ago\n"
    "Hull, 7 yrs. I'm a site manager now so it's salary, $61,000. When I was a tiler at "
    "Quarrystone Homes it was $24.10.\n"
    "level 1\n"
    "trowel_tess · 1 day ago\n"
    "York, Kestrel Build, 2 yrs: $25.40/hr. Came from plasterer or roofer jobs and it's "
    "easier on the shoulders. Handy skills: levelling systems, waterproofing and "
    "large-format cutting.\n"
    "level 1\n"
    "float_fred · 9 hr. ago\n"
    "Job: Tiler | Location: Derby | Status: Sole trader | Rate: $300 a day | Notes: skills "
    "that actually pay: Wet Room Tanking, Mosaic Layout and Grout Colour Matching.\n"
    "level 1\n"
    "nib_nora · 5 hr. ago\n"
    "Was a tiler for 6 years (employed, Fenwick Surfaces). Now an estimator on $58,000.\n"
)


def test_a_commenter_s_run_in_skills_label_lists_skills() -> None:
    guide = parse_text(_PAY_THREAD, "tiler.txt")
    skills = {s.text.lower() for s in guide.skills}
    assert {"levelling systems", "waterproofing", "large-format cutting"} <= skills
    assert {"wet room tanking", "mosaic layout", "grout colour matching"} <= skills


def test_a_commenter_names_where_he_works_and_worked() -> None:
    employers = {e.text for e in parse_text(_PAY_THREAD, "tiler.txt").employers}
    assert {"Marbleway Interiors", "Kestrel Build", "Fenwick Surfaces"} <= employers


def test_a_former_holder_s_title_now_and_a_commenter_s_earlier_job_are_moves() -> None:
    guide = parse_text(_PAY_THREAD, "tiler.txt")
    out = {m.text for m in [*guide.leads_to, *guide.transitions_to]}
    assert {"Site Manager", "Estimator"} <= out
    assert {"Plasterer", "Roofer"} <= {m.text for m in guide.moves_in}
    assert guide.role.text == "Tiler"  # (no commenter's flair: "Site Manager | Hull")


def test_an_employer_field_that_names_no_firm_is_no_employer() -> None:
    page = ("Job: Tiler\nLocation: Derby\nEmployer: a local firm\nStatus: Employed\n"
            "Rate: £19.50/hr\n")
    assert "a local firm" not in {e.text for e in parse_text(page, "tiler.txt").employers}


def test_a_union_leaflet_s_title_moves_and_places() -> None:
    page = (
        "UNITED CARE WORKERS' UNION\n"
        "Working as a hospital porter\n"
        "A guide for new starters\n"
        "What the job is\n"
        "Hospital porters move patients, linen and equipment around the wards. You use the "
        "bed tug, pneumatic tube and bleep system every shift. Good members bring patience, "
        "stamina and radio discipline.\n"
        "Your pay\n"
        "Non-union employers in the metro area: porters average $16.10/hr.\n"
        "Getting on\n"
        "Some members bid into theatre porter or mortuary assistant jobs.\n"
    )
    guide = parse_text(page, "file.txt")
    assert guide.role.text == "Hospital Porter"
    assert {"Theatre Porter", "Mortuary Assistant"} <= {m.text for m in guide.transitions_to}
    assert "metro area" not in {s.text for s in guide.sectors}
    skills = {s.text.lower() for s in guide.skills}
    assert {"bed tug", "patience", "stamina"} <= skills


def test_juniors_name_a_level_of_the_role_no_move() -> None:
    page = ("Hospital Porter\nMost start as juniors at about $15 an hour and move up to "
            "head porter.\n")
    guide = parse_text(page, "hospital-porter.txt")
    assert "Junior" not in {m.text for m in guide.moves_in}


def test_a_long_people_also_ask_question_names_no_role() -> None:
    page = (
        "Google\n"
        "radiation protection technician salary leeds\n"
        "About 1,200,000 results (0.41 seconds)\n"
        "Featured snippet from the web\n"
        "£34,500 a year\n"
        "The average radiation protection technician salary in Leeds is £34,500 per year.\n"
        "About featured snippets • Feedback\n"
        "People also ask\n"
        "How much does a senior radiation protection technician earn in West Yorkshire?\n"
        "Related searches\n"
        "radiation protection technician jobs leeds\n"
    )
    guide = parse_text(page, "radiation-protection-technician.txt")
    assert guide.role.text == "Radiation Protection Technician"



def test_a_former_holder_s_title_now_owns_the_pay_after_it() -> None:
    from careergraph.guides.move_stories import held_now
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert held_now("Was a tiler for 6 years. Now an estimator on ", vocab) == "Estimator"
    assert held_now("Leeds, 4 years, base at ", vocab) is None
