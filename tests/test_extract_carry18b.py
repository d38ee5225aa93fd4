"""Set-18 readers carried over to the generated families (carry18b): a numbered thread's
"The job:" list of techniques, its "What you actually need" list, the writer's employers
("I'm at X right now, before that Y") and its pay post (an aside before the colon, a per diem and a
top earner's "can clear" left out), and a replier's own pay given to the replier's job.

Every page is invented here (people, firms, figures); as on a crawled site, the file is
named after the role.
"""

from __future__ import annotations

from tests.guide_facts import names, pay

from careergraph.guides import parse_text

_THREAD = (
    "Post\nBram Okafor\n@bram_rigs\n"
    "@bram_rigs · 3h\n"
    "1/ 🧵 I've been a crane operator for 11 years. People keep asking what it pays. Thread.\n"
    "14 220 3.1K\n"
    "@bram_rigs · 3h\n"
    "2/ The job: slewing, outrigger setup, load testing and radio signalling. Tools: Trimble.\n"
    "Bram Okafor @bram_rigs · Apr 9\n"
    "2/ What you actually need:\nLoad Charts\nSlinging\nDepth Perception\n"
    "Certs: CPCS Blue Card, first aid.\n"
    "9 88 1.2K\n"
    "Show more\n"
    "Bram Okafor @bram_rigs · Apr 9\n"
    "3/ Pay (UK, what the agencies pay me):\n"
    "Trainee crane operator: £18–£21/hr\nCrane Operator: £24–£29/hr\n"
    "Plus per diem, usually £48/day. The best ones can clear £90k+.\n"
    "Bram Okafor @bram_rigs · Apr 9\n"
    "4/ I'm at Harlow Lifting right now, before that Tamsin Plant Hire.\n"
    "Bram Okafor @bram_rigs · Apr 9\n"
    "4/ Industries: construction. 4/4 end. #cranes\n"
    "Discover more\nSourced from across X\n"
    "Ines Marlow · Replying to @bram_rigs\n"
    "I'm a tower crane inspector at a hire firm, we make £61k-ish and never climb.\n"
    "Relevant people\nBram Okafor @bram_rigs Follow\n"
    "Terms of Service Privacy Policy Cookie Policy © 2026 X Cor\n")


def test_a_threads_need_list_is_skills_and_its_certificates_are_not() -> None:
    guide = parse_text(_THREAD, "crane-operator.txt")
    assert guide.role is not None and guide.role.text == "Crane Operator"
    assert {"Load Charts", "Slinging", "Depth Perception"} <= names(guide.skills)
    assert "first aid" not in {n.lower() for n in names(guide.skills)}
    assert not {"Bram Okafor", "Ines Marlow"} & names(guide.skills)


def test_a_threads_pay_post_keeps_the_bands_not_the_per_diem_or_the_boast() -> None:
    got = pay(parse_text(_THREAD, "crane-operator.txt"))
    figures = {(low, high) for low, high, *_ in got}
    assert {(18, 21), (24, 29)} <= figures
    assert not {(48, 48), (90000, None)} & figures


def test_a_repliers_own_pay_belongs_to_the_repliers_job() -> None:
    guide = parse_text(_THREAD, "crane-operator.txt")
    owned = {(s.min, s.role) for s in guide.salaries}
    assert (61000, "Tower Crane Inspector") in owned


def test_a_threads_job_list_names_techniques_and_its_writer_names_employers() -> None:
    guide = parse_text(_THREAD, "crane-operator.txt")
    assert {"slewing", "outrigger setup", "load testing", "radio signalling"} <= names(
        guide.skills)
    assert {"Harlow Lifting", "Tamsin Plant Hire"} <= names(guide.employers)
    assert not {"Bram Okafor", "Ines Marlow", "bram_rigs"} & names(guide.employers)
    # a duty said in a sentence is no list of techniques
    said = _THREAD.replace("slewing, outrigger setup, load testing and radio signalling",
                           "we lift steel, glass and timber for the whole site")
    assert not {"steel", "glass", "timber"} & names(parse_text(said, "crane-operator.txt").skills)


_ESSAY = (
    "Second Wind\nStories of people who changed careers\nHome  Stories  Submit yours\n"
    "I swapped a bank clerk job for life as a stonemason at 44.\n"
    "By Ada Brook · 7 min read · 2.1K claps\n"
    "For twelve years I was a bank clerk. So I became a stonemason.\n"
    "Training is school\n"
    "The course covered Banker Masonry, Lettercutting, Fixing and Lime Mortars, then the "
    "Heritage Card.\n"
    "The money, since everyone asks\n"
    "A bank clerk here is on £24,000; a stonemason on £31,000.\n")


def test_a_career_changers_headline_names_the_job_reached_and_the_course_its_skills() -> None:
    guide = parse_text(_ESSAY, "stonemason.txt")
    assert guide.role is not None and guide.role.text == "Stonemason"
    assert {"Banker Masonry", "Lettercutting", "Fixing", "Lime Mortars"} <= names(guide.skills)


def test_a_named_skill_list_goes_on_in_the_next_also_sentence() -> None:
    page = ("Talk:Farrier\nFrom Wikipedia, the free encyclopedia\nArticle Talk\n"
            "Career section[edit]\n"
            ":Key techniques worth listing: hoof trimming, forging and clinching. Also Gait "
            "Analysis, Anvil Work and Client Handling. Ferrule Fan (talk) 11:20, 4 May 2026 "
            "(UTC)Reply\n"
            "This is the talk page for discussing improvements to the Farrier article.\n"
            "WikiProject Occupations (Rated Start-class, Low-importance)\n")
    skills = names(parse_text(page, "farrier.txt").skills)
    assert {"hoof trimming", "forging", "Gait Analysis", "Anvil Work", "Client Handling"} <= skills
    assert "Ferrule Fan" not in skills
