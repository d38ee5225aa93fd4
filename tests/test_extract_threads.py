"""Numbered social-media threads about the writer's own job (X, Threads): the platform's
chrome, the writer's job as the first post states it, and the thread's own facts.

Each page is written here (invented people, handles, employers and figures).
"""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.page_families import family_page
from careergraph.guides.threads import thread_job

X_THREAD = """Post
Mia Okafor
@mia_bees
1/ 🧵 I've been a beekeeper for 11 years. People keep asking what it pays, so here it is.
9:02 AM · Apr 2, 2026 · 88K Views
12 340 2.1K 410
Mia Okafor @mia_bees · Apr 2
2/ Ladder: seasonal bee hand → beekeeper → lead beekeeper → apiary manager. Ask me anything.
Mia Okafor @mia_bees · Apr 2
3/ Industries: agriculture mostly, also horticulture. 3/3 end. Follow for more bee stuff
Show more
Discover more
Sourced from across X
Sam P. @sam_orchards · Apr 2
Replying to @mia_bees
how do I start? asking for a friend
Relevant people
Mia Okafor @mia_bees Follow
Beekeeper · Lead at @goldcomb
"""

THREADS_PAGE = """threads
Log in
Thread
tom.on.trawlers
🎣 Deckhand for 4 seasons. What the job is, what it pays. (1/4)
3h
♡ 2.2K  💬 140  🔁 310
tom.on.trawlers
(2/4) Path: trainee deckhand → deckhand → bosun (on big boats) → mate → skipper.
3h
tom.on.trawlers
(3/4) Most of us fished for fun first #fishinglife
3h
View activity
Log in or sign up for Threads
Continue with Instagram
"""

PROFILE_ONLY = """Post
@nightnurse_jo
1/ 🧵 Night-shift nurse here. Ten things nobody tells you about the job.
1:10 AM · Jan 9, 2026 · 12K Views
Show more
Replying to @someone
2/ Nights pay a premium.
"""


def test_thread_platform_chrome_is_left_out() -> None:
    page = family_page(list(enumerate(X_THREAD.split("\n"), 1)))
    assert page is not None and page.family == "socialthread"
    printed = dict(enumerate(X_THREAD.split("\n"), 1))
    chrome = {printed[no] for no in page.chrome}
    assert {"@mia_bees", "12 340 2.1K 410", "Mia Okafor @mia_bees · Apr 2", "Show more",
            "Replying to @mia_bees", "Beekeeper · Lead at @goldcomb"} <= chrome
    assert page.text[4].startswith("I've been a beekeeper")  # "1/ 🧵" cut
    assert "3/3 end" not in page.text[10] and page.text[10].startswith("Industries:")


def test_thread_role_is_the_writers_own_job() -> None:
    assert parse_text(X_THREAD, "a.txt").role.text == "Beekeeper"
    assert parse_text(THREADS_PAGE, "b.txt").role.text == "Deckhand"
    assert parse_text(PROFILE_ONLY, "c.txt").role.text == "Night-shift Nurse"


def test_thread_job_reads_first_posts_only() -> None:
    later = [(1, "Ask me anything."), (2, "More below."), (3, "Pay is fine."),
             (4, "I've been a farrier for 3 years.")]
    assert thread_job(later, str.title) is None
    assert thread_job([(1, "Me for 3 years, lol.")], str.title) is None


def test_lower_case_chain_through_the_role_is_its_ladder() -> None:
    for page, edge in ((X_THREAD, ("Seasonal Bee Hand", "Beekeeper")),
                       (THREADS_PAGE, ("Trainee Deckhand", "Deckhand"))):
        guide = parse_text(page, "t.txt")
        edges = {(a.text, b.text) for ladder in guide.progressions
                 for a, b in itertools.pairwise(ladder)}
        assert edge in edges
    guide = parse_text(THREADS_PAGE, "t.txt")
    rungs = {f.text for ladder in guide.progressions for f in ladder}
    assert "Bosun" in rungs and not any("(" in rung for rung in rungs)


def test_a_chain_not_through_the_role_stays_unread() -> None:
    page = "Beekeeper\n\nA beekeeper keeps bees.\n\nPath: cook → chef → head chef.\n"
    assert parse_text(page, "p.txt").progressions == []


def test_sector_list_hedges_and_next_sentence_are_no_names() -> None:
    guide = parse_text(X_THREAD, "a.txt")
    assert {f.text for f in guide.sectors} == {"agriculture", "horticulture"}


# -- wiki talk pages and career-change essays (same round) -------------------------------------
TALK_PAGE = """Talk:Farrier
From Wikipedia, the free encyclopedia
Article Talk
This is the talk page for discussing improvements to the Farrier article.
WikiProject Occupations (Rated C-class, Low-importance)
Contents
1 Pay figure in the infobox is stale
Pay figure in the infobox is stale[edit]
Latest comment: 2 months ago by Hoofnote · 2 comments · 2 people in discussion
The usual route is apprentice farrier → farrier → master farrier. \
Hoof Pick Hal (talk) 10:11, 4 May 2026 (UTC)Reply
:Agreed. Core techniques worth adding: hot shoeing, hoof trimming, forge welding and \
corrective shoeing. 203.0.113.9 (talk) 12:40, 5 May 2026 (UTC)Reply
Semi-protected edit request on 6 May 2026
It is requested that an edit be made to the semi-protected article. make salary 500k \
198.51.100.4 (talk) 01:00, 6 May 2026 (UTC)
Not done: no source given. Hoofnote (talk) 02:00, 6 May 2026 (UTC)
Text is available under the Creative Commons Attribution-ShareAlike License 4.0.
"""


def test_talk_page_signatures_and_boilerplate_are_chrome() -> None:
    page = family_page(list(enumerate(TALK_PAGE.split("\n"), 1)))
    assert page is not None and page.family == "talkpage"
    assert page.text[1] == "Farrier" and page.text[8] == "Pay figure in the infobox is stale"
    assert page.text[10].endswith("master farrier.")  # the signature cut
    assert page.text[11].startswith("Agreed.") and "(talk)" not in page.text[11]
    assert {4, 5, 6, 7, 9, 12, 13, 14, 15} <= page.chrome


def test_talk_page_comments_are_read_and_refused_figures_are_not() -> None:
    guide = parse_text(TALK_PAGE, "talk.txt")
    assert guide.role.text == "Farrier"
    assert {"hot shoeing", "hoof trimming", "forge welding", "corrective shoeing"} <= {
        f.text for f in guide.skills}
    edges = {(a.text, b.text) for ladder in guide.progressions
             for a, b in itertools.pairwise(ladder)}
    assert ("Apprentice Farrier", "Farrier") in edges
    assert not guide.salaries  # the refused edit request's figure is no pay
    assert not any("Hoof" in f.text or "talk" in f.text for f in guide.skills)


ESSAY = """I left accounting to become a beekeeper
By Jo Smith · 5 min read

For ten years I was an accountant. So I became a beekeeper.

What you need more than anything
Patience with stings
Comfort working alone
The money, since everyone asks
Trainees start on £24,000 during their first season and qualified beekeepers earn about \
£31,000 a year.
Who else was on my course
A former teacher, a chef and two gardeners from the estate — gardeners moving over is the \
most common route in.
What's next
In a few years I'd like to become a lead beekeeper.
"""


def test_essay_headings_close_a_list_and_course_mates_move_in() -> None:
    guide = parse_text(ESSAY, "essay.txt")
    skills = {f.text for f in guide.skills}
    assert "Comfort working alone" in skills and "The money" not in skills
    assert {"Teacher", "Chef", "Gardener"} <= {f.text for f in guide.moves_in}


ASKED_THREAD = """Post
@deck_life
1/ 🧵 Deckhand for 5 seasons. What it is and who does it.
Show more
Replying to @someone
2/ Who makes good deckhands? Most of us came from the trades: roofers, welders, \
even a nanny on my first boat.
3/3 end
"""


def test_question_with_its_answer_on_one_line_names_moves_in() -> None:
    guide = parse_text(ASKED_THREAD, "asked.txt")
    assert {"Roofer", "Welder", "Nanny"} <= {f.text for f in guide.moves_in}


def test_a_capitals_heading_above_a_paragraph_reads_as_before() -> None:
    page = ("Farrier\n\nA farrier shoes horses.\n\nWHAT COMES NEXT\nMost farriers keep shoeing "
            "horses for decades and some open a forge of their own with two staff.\n\n"
            "MORE FROM THE VALLEY\n- Council names new CEO\n- Fair opens Friday\n")
    assert "CEO" not in {f.text for f in parse_text(page, "caps.txt").leads_to}


def test_career_changer_earlier_job_and_course_mates_move_in() -> None:
    from careergraph.guides.moves import prose_moves
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    told = prose_moves("Before that I spent nine years as a probation officer (adult cases) in "
                       "Leeds. Three of the people on my course were switching too: a former "
                       "chef, an ex-Royal Navy marine engineer and two plumbers.", vocab,
                       "Paramedic")
    assert {"Probation Officer", "Chef", "Marine Engineer", "Plumber"} <= set(told["in"])
    assert not prose_moves("Before that I spent a week as a tourist in Rome. Others on my "
                           "course: most of them lovely.", vocab, "Paramedic")["in"]


def test_sectors_added_after_also_are_two() -> None:
    page = ("Beekeeper\n\nA beekeeper keeps bees.\n\nIndustries: agriculture mostly, also "
            "pollination and food. Follow for more\n")
    assert {f.text for f in parse_text(page, "s.txt").sectors} == {
        "agriculture", "pollination", "food"}
