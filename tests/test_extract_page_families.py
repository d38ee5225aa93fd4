"""Pages wrapped in a site family's chrome: shared AI-chat conversations, mentoring platforms'
mentor profiles and how-to wikis' "How to become" articles.

Each test writes its own small pages (invented people, employers, sites and figures), three
or more per variant, and asserts what the parser reads from them and what it must not read
(sidebars, turn labels, fees, similar mentors, image captions, related articles).
"""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.chat import pasted_adverts
from careergraph.guides.howto import howto_steps
from careergraph.guides.mentor import mentor_path
from careergraph.guides.page_families import family_page
from careergraph.guides.resume_jobs import dated_jobs


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


def pay(guide) -> set[tuple[str | None, float | None, float | None, str, str]]:  # type: ignore[no-untyped-def]
    return {(s.role, s.min, s.max, s.currency, s.period) for s in guide.salaries}


def edges(guide) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(a.text, b.text) for ladder in guide.progressions
            for a, b in itertools.pairwise(ladder)}


def every_name(guide) -> set[str]:  # type: ignore[no-untyped-def]
    found = names(guide.skills) | names(guide.employers) | names(guide.sectors)
    found |= names(guide.leads_to) | names(guide.transitions_to) | names(guide.moves_in)
    return found | {f.text for ladder in guide.progressions for f in ladder}


def lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), 1))


# -- shared AI chats ---------------------------------------------------------------------------
CHAT_LABELLED = """New chat
Search chats
Today
Puppy training tips
Yesterday
Vet nurse money question
Upgrade plan
Vet nurse money question
Share
You said:
i work on reception at a vets, could i become a veterinary nurse? what do they earn?
ChatGPT said:
Thought for 12 seconds
Yes. Here is the usual route for a Veterinary Nurse in the UK.
### Pay (UK, 2025)
| Title | Typical pay |
|---|---|
| Student Veterinary Nurse | £19,000–£21,500 |
| Head Veterinary Nurse | £32,000–£37,500 |
Searched 5 sites
Copy
Good response
You said:
thanks!
ChatGPT said:
Happy to help. Most practices also pay for your registration fee and some for extra CPD, which \
is wort
Ask anything
ChatGPT can make mistakes. Check important info."""

CHAT_ADVERT = """Shared chat
This is a copy of a shared conversation.  Report conversation
Head Chef pay question
I run the pass at a bistro and want to become a head chef one day. Found this:
"CHEF DE PARTIE – Quayside Grill, Harbour St. Sauces, fish section, ordering. \
$27.50–$31.00/hr, full time."
A Head Chef leads the kitchen, writes the menu and manages the brigade.
Head Chefs at mid-size restaurants usually earn $68,000–$82,000 a year.
| Title | Typical pay |
|---|---|
| Chef de Partie | $24–$28/hr |
| Head Chef | $70,000–$85,000/yr |
Yes. Chef de Partie at $29.00 an hour would already be a raise on the pass for you.
Message Assistant
Assistant can make mistakes. Check important info."""

CHAT_PATH = """Skip to content
Log in
Shared chat
bookkeeping to accounting
You said:
what is the path from bookkeeping to becoming an accountant?
Claude said:
### What an Accountant does
An Accountant is responsible for preparing and checking financial records.
### The usual path
Bookkeeper / Accounts Clerk → Accountant → Senior Accountant → Finance Manager
Copy
Retry
Claude can make mistakes. Please double-check responses."""


def test_chat_chrome_is_no_fact() -> None:
    page = family_page(lines(CHAT_LABELLED))
    assert page is not None and page.family == "chatexport"
    text = CHAT_LABELLED.split("\n")
    chrome = {text[no - 1] for no in page.chrome}
    assert {"New chat", "Puppy training tips", "Upgrade plan", "You said:", "ChatGPT said:",
            "Thought for 12 seconds", "Searched 5 sites", "Copy", "Good response",
            "Ask anything"} <= chrome
    assert "Vet nurse money question" in chrome  # the title, printed in the sidebar too
    # an answer cut off mid-word: its unfinished sentence is dropped
    cut = next(no for no, line in lines(CHAT_LABELLED) if line.startswith("Happy"))
    assert page.text[cut] == "Happy to help."


def test_chat_pay_rows_belong_to_their_titles() -> None:
    guide = parse_text(CHAT_LABELLED, "chat.txt")
    assert guide.role.text == "Veterinary Nurse"
    found = pay(guide)
    assert ("Head Veterinary Nurse", 32000, 37500, "GBP", "year") in found
    assert not any(role is None and low == 32000 for role, low, *_ in found)
    assert not {"Puppy Training Tips", "Upgrade Plan", "Ask Anything"} & every_name(guide)


def test_pasted_advert_pays_its_own_title() -> None:
    assert pasted_adverts(lines(CHAT_ADVERT)) == {5: "Chef de Partie"}
    guide = parse_text(CHAT_ADVERT, "chat.txt")
    assert guide.role.text == "Head Chef"
    found = pay(guide)
    assert ("Chef de Partie", 27.5, 31.0, "USD", "hour") in found
    assert (None, 27.5, 31.0, "USD", "hour") not in found
    assert (None, 68000, 82000, "USD", "year") in found
    # a table row and a sentence opening with a title and the rest of its name
    keyed = {(role and role.lower(), *rest) for role, *rest in found}
    assert {("chef de partie", 24, 28, "USD", "hour"), ("chef de partie", 29, 29, "USD", "hour"),
            (None, 70000, 85000, "USD", "year")} <= keyed
    assert not any(role is None and low in (24, 29) for role, low, *_ in found)
    assert not {"Message Assistant", "Report Conversation"} & every_name(guide)


def test_slash_in_the_first_box_gives_both_titles_the_next_rung() -> None:
    guide = parse_text(CHAT_PATH, "chat.txt")
    assert guide.role.text == "Accountant"
    assert {("Bookkeeper", "Accountant"), ("Accounts Clerk", "Accountant"),
            ("Accountant", "Senior Accountant")} <= edges(guide)
    assert "Bookkeeper / Accounts Clerk" not in every_name(guide)


# -- mentor profiles ---------------------------------------------------------------------------
MENTOR_LIST = """MentorHubFind a mentorBecome a mentorLog in
Home / Mentors / Design / Tomas Reyes
Tomas Reyes
UX Designer at Brightloop Studio
Top 3% mentor
1,240 mins
mentoring time
38
sessions
4.8 ★ (21 reviews)
Book a session
About
I have spent nine years in design. Pay comes up in every call, so here is the picture: \
Junior UX Designers earn about $68,000–$80,000, Design Leads $120,000–$140,000, and UX \
Designers $85,000–$105,000.
Expertise
User ResearchWireframingFigma (auto layout, design tokens)Usability TestingAccessibility
Experience
UX Designer
Brightloop Studio · Full-time
Apr 2021 – Present · 3 yrs 8 mos
Junior UX Designer
Pellmark Media · Full-time
Jun 2018 – Mar 2021 · 2 yrs 10 mos
Design Intern
Orchard Labs
Jan 2017 – May 2018 · 1 yr 5 mos
Career goal: Design Lead
Book a session
30 min · Portfolio review · $60
60 min · Mock interview · $110
Similar mentors
Ana Kovač · Product Designer at Fernway
Raj Menon · Head of Design at Tillcrest"""

MENTOR_TIMELINE = """‹ Back to Data mentors
Lena Fischer
Data Analyst · Coldwater Insurance, Denver CO
✓ Verified   ⏱ Responds within a day
5.0 · 12 reviews · 88 calls
$150 / month — up to 4 calls + unlimited chat
Request a call
About
Many of my mentees come in as Finance Analysts or Reporting Clerks and want SQL practice.
Work history
2021–now  Data Analyst, Coldwater Insurance
2018–2021  Junior Data Analyst, Peakline Bank
2016–2018  Reporting Assistant, Peakline Bank
Her own next step, she says, is Senior Data Analyst.
Reviews
"Lena fixed my SQL portfolio in one call." – Sam P., Business Analyst
Other mentors in Data
Ola Berg – Analytics Manager, Rivet Co"""

MENTOR_HEADLINE = """GrowthGuide
Browse mentors
Priyanka Das
Quantity Surveyor at Tallow & Reed
Top 10% mentor
Experience
Quantity Surveyor
Tallow & Reed · Full-time
Feb 2020 – Present · 4 yrs 10 mos
Assistant Quantity Surveyor
Marlowe Construction · Full-time
Sep 2016 – Jan 2020 · 3 yrs 5 mos
Book a call
45 min · Career chat · £40
Frequently asked
How do sessions work? You pay £40 per call and can cancel any"""


def test_dated_jobs_read_lists_and_timelines() -> None:
    jobs = dated_jobs(lines(MENTOR_TIMELINE))
    assert [(title, firm, year, now) for title, firm, _, year, now in jobs] == [
        ("Data Analyst", "Coldwater Insurance", 2021, True),
        ("Junior Data Analyst", "Peakline Bank", 2018, False),
        ("Reporting Assistant", "Peakline Bank", 2016, False)]


def test_mentor_experience_is_a_ladder_earliest_first() -> None:
    path = mentor_path(lines(MENTOR_LIST))
    assert [title for title, _ in path.ladder] == [
        "Design Intern", "Junior UX Designer", "UX Designer", "Design Lead"]
    guide = parse_text(MENTOR_LIST, "mentor.txt")
    assert guide.role.text == "UX Designer"
    assert {("Design Intern", "Junior UX Designer"), ("Junior UX Designer", "UX Designer"),
            ("UX Designer", "Design Lead")} <= edges(guide)
    assert "Brightloop Studio" in names(guide.employers)
    assert {"User Research", "Wireframing", "Figma", "auto layout", "design tokens",
            "Usability Testing"} <= names(guide.skills)
    found = every_name(guide)
    assert not {"Fernway", "Tillcrest", "Head of Design", "Product Designer"} & found
    assert not any(low in (60, 110) for _, low, *_ in pay(guide))  # session prices: fees
    # one sentence, three titles: each figure its own title's ("…, and UX Designers …"; the
    # junior level is the role's own)
    assert {(None, 68000, 80000, "USD", "year"),
            ("Design Lead", 120000, 140000, "USD", "year"),
            (None, 85000, 105000, "USD", "year")} <= pay(guide)


def test_mentor_timeline_and_next_step() -> None:
    guide = parse_text(MENTOR_TIMELINE, "mentor.txt")
    assert guide.role.text == "Data Analyst"
    assert {("Reporting Assistant", "Junior Data Analyst"),
            ("Junior Data Analyst", "Data Analyst"),
            ("Data Analyst", "Senior Data Analyst")} <= edges(guide)
    assert "Coldwater Insurance" in names(guide.employers)
    assert not guide.salaries  # "$150 / month" is a plan's fee
    assert {"Finance Analyst", "Reporting Clerk"} <= names(guide.moves_in)
    assert not {"Business Analyst", "Analytics Manager", "Rivet Co"} & every_name(guide)


def test_mentor_headline_and_fees() -> None:
    guide = parse_text(MENTOR_HEADLINE, "mentor.txt")
    assert guide.role.text == "Quantity Surveyor"
    assert ("Assistant Quantity Surveyor", "Quantity Surveyor") in edges(guide)
    assert "Tallow & Reed" in names(guide.employers)
    assert not guide.salaries  # "£40" a session is a fee


# -- how-to articles ---------------------------------------------------------------------------
HOWTO_PARTS = """Skip to ContentHomeRandomLog in
Categories›Work World›Trades›How to Become a Welder
How to Become a Welder
Download Article
Co-authored by Mere Walsh | Last Updated: May 2, 2025 | References
Explore this Article
Parts
1 Learning the Basics
2 Finding Work
Expert Q&A
Tips
Related Articles
References
Welders join metal parts for factories, shipyards and construction sites, and most learn \
through a trade course and time on the job.[1]
Steps
Part 1 of 2:
Learning the Basics
1
Get to know the equipment. Image titled Become a Welder Step 1 A welder uses a MIG welder, an \
angle grinder, clamps and a welding helmet.[2]
2
Work as a fabricator's helper first. Image titled Become a Welder Step 2 Many welders start \
out sweeping and grinding in a fab shop. Boilermakers' labourers also make the switch often.
Part 2 of 2:
Finding Work
1
Know the pay. Image titled Become a Welder Step 3 Qualified welders earn $24–$32 an hour.
2
Find work. Image titled Become a Welder Step 4 Try fabrication shops like Ironbark \
Fabrication and Keel & Sons Steel, and at shipyards such as Harbour Dockyard. Mining and \
infrastructure are the two big markets.
X Research source
Expert Q&A
Question
Do I need maths to weld?
Mere Walsh
Welding Inspector
Expert Answer
You need to be comfortable with fractions, reading drawings and basic trigonometry.
Related Articles
How to Become a Plumber
How to Sharpen a Drill Bit
References
↑ https://www.example.org/
About This Article
This article has been viewed 12,904 times."""

HOWTO_METHODS = """Home›Careers›How to Become a Pharmacist
How to Become a Pharmacist
Download Article
Methods
1Getting Your Degree2Working Your Way Up
Community Q&A
Tips
Pharmacists dispense medicines and advise patients on how to take them safely.[1]
Method 1 of 2:
Getting Your Degree
1Study chemistry and biology.Image titled Become a Pharmacist Step 1 Choose electives in \
pharmacology, organic chemistry and biostatistics.[2]
Method 2 of 2:
Working Your Way Up
1Work as a Pharmacy Assistant.Image titled Become a Pharmacist Step 2 Stocking shelves and \
serving customers teaches you the dispensary.
2Move up to Pharmacy Technician.Image titled Become a Pharmacist Step 3 Technicians check \
prescriptions. Many former lab assistants start here too.
3Apply widely.Image titled Become a Pharmacist Step 4 Hospitals, retail chains and \
community clinics also hire pharmacists.
Community Q&A
Question
Is it a long course?
Community Answer
Yes, about five years in most countries.
Helpful 12 Not Helpful 3
Related Articles
How to Become a Dentist
About This Article
This article has been viewed 3,410 tim"""

HOWTO_MIRROR = """Edit Article
How to Become a Locksmith
EditSteps
1. 1
Learn the tools. A locksmith uses a key cutting machine, tension wrenches and a pin kit daily.
Ad
Become a Locksmith Step 2.jpg
2. 2
Work as a security installer first. Installers see how locks are fitted before they cut keys.
3. 3
Get hired. Apply to locksmith firms such as Bolt & Bar and Keyline Security.
Related wikiHows
How to Become a Carpenter
Did this article help you?
Yes
No"""


def test_howto_chrome_and_role() -> None:
    page = family_page(lines(HOWTO_PARTS))
    assert page is not None and page.family == "howtosteps"
    guide = parse_text(HOWTO_PARTS, "article.txt")
    assert guide.role.text == "Welder"  # never the related article's Plumber
    found = every_name(guide)
    assert not {"Plumber", "Mere Walsh", "Welding Inspector", "Learning the Basics",
                "Expert Q&A", "Related Articles"} & found
    assert not any("Step" in name for name in found)


def test_howto_steps_name_tools_and_feeders() -> None:
    guide = parse_text(HOWTO_PARTS, "article.txt")
    assert {"MIG welder", "angle grinder", "clamps", "welding helmet"} <= names(guide.skills)
    assert {"Fabricator's Helper", "Boilermakers' Labourer"} <= names(guide.moves_in)
    assert (None, 24, 32, "USD", "hour") in pay(guide)
    assert {"Ironbark Fabrication", "Keel & Sons Steel", "Harbour Dockyard"} <= names(
        guide.employers)
    assert {"fabrication shops", "shipyards", "Mining", "infrastructure"} <= names(
        guide.sectors)


def test_howto_glued_steps_and_rungs() -> None:
    page = family_page(lines(HOWTO_METHODS))
    assert page is not None
    feeder, rung = (next(no for no, line in lines(HOWTO_METHODS) if line.startswith(start))
                    for start in ("1Work as", "2Move up"))
    assert page.text[feeder].startswith("Work as a Pharmacy Assistant. Stocking")
    steps = howto_steps([(no, page.text.get(no, text)) for no, text in lines(HOWTO_METHODS)])
    assert steps.rungs == [("Pharmacy Technician", rung)]
    assert set(steps.edges) >= {("Pharmacy Assistant", "Pharmacy Technician", feeder),
                                ("Lab Assistant", "Pharmacy Technician", rung)}
    guide = parse_text(HOWTO_METHODS, "article.txt")
    assert guide.role.text == "Pharmacist"
    assert ("Pharmacy Technician", "Pharmacist") in edges(guide)
    assert "Pharmacy Technician" not in names(guide.leads_to)  # a rung below, no move up
    assert {"pharmacology", "organic chemistry", "biostatistics"} <= names(guide.skills)
    assert not {"Dentist", "Getting Your Degree"} & every_name(guide)
    assert {"Hospitals", "retail chains", "community clinics"} <= names(guide.sectors)


def test_howto_mirror_with_doubled_numbers() -> None:
    page = family_page(lines(HOWTO_MIRROR))
    assert page is not None and page.family == "howtosteps"
    text = HOWTO_MIRROR.split("\n")
    assert {"EditSteps", "1. 1", "Ad", "Become a Locksmith Step 2.jpg",
            "How to Become a Carpenter"} <= {text[no - 1] for no in page.chrome}
    guide = parse_text(HOWTO_MIRROR, "article.txt")
    assert guide.role.text == "Locksmith"
    assert {"key cutting machine", "tension wrenches", "pin kit"} <= names(guide.skills)
    assert "Security Installer" in names(guide.moves_in)
    assert "Carpenter" not in every_name(guide)
    assert {"Bolt & Bar", "Keyline Security"} <= names(guide.employers)
    assert "locksmith firms" in names(guide.sectors)


def test_howto_contents_with_glued_parts_opens_no_chrome_section() -> None:
    """A contents list whose parts are glued on one long line ("1Training2Getting Work")
    still lists "Related Articles" as an entry: the steps after it are the page, not a
    related-articles section running on to the real "Tips"."""
    for role, tool_a, tool_b in (("Glazier", "glass suction lifters", "silicone guns"),
                                 ("Upholsterer", "staple guns", "webbing stretchers"),
                                 ("Farrier", "hoof knives", "anvil work")):
        page = (f"HowToHub\nHow to Become a {role}\nDownload Article\n"
                "Co-authored by Pat Lin | Last Updated: May 2, 2024 | References\n\n"
                "Parts\n1Getting Trained at College2Finding Your First Paid Work3Moving Up\n"
                "Tips\nRelated Articles\n\n"
                f"Part 1 of 3:\nTraining\n1Learn the tools.Image titled Become a {role} Step 1 "
                f"Take classes in {tool_a} and {tool_b}.\n"
                f"Part 3 of 3:\nMoving Up\n1Aim higher.Image titled Become a {role} Step 2 "
                f"Qualified {role}s earn $41,000–$52,000 a year.\n\n"
                "Tips\nKeep a record of every job.\n\n"
                "Related Articles\nHow to Fix a Door\n\nDid this article help you?\nYes\nNo\n")
        guide = parse_text(page, "howto.txt")
        skills = {s.text for s in guide.skills}
        assert {tool_a, tool_b} <= skills, skills
        assert (41000, 52000) in {(p.min, p.max) for p in guide.salaries}
        assert "How to Fix a Door" not in {m.text for m in guide.transitions_to}


QANDA_PAGE = """Quora
Home  Following  Answer  Spaces  Notifications  🔍 Search Quora  Add question
Marine Biology · Careers in Science · Ocean Jobs
How do I become a fisheries observer?
All related (17)  Sort  Recommended ▾
Profile photo for Ines Valcourt
Ines Valcourt
Fisheries Observer, 2019–present · Updated 2y
A Fisheries Observer rides along on commercial fishing boats and records what is caught.
Most of us came in with a biology degree; a few were deckhands before.
Pay: new observers earn about $210 a day at sea.
3.4K views · View upvotes
Upvote · 95   Share
Sponsored by OceanPrep Academy
Become a certified marine trainer in twelve weeks.
Learn More
Profile photo for Tomas Reyl
Tomas Reyl
Former observer · 1y
After four years at sea I moved on to become a Fisheries Biologist with the state.
Upvote · 12   Share
Related questions
Is being a fisheries observer dangerous?
What do marine trainers earn?"""


def test_qanda_page_chrome_and_role() -> None:
    page = family_page(lines(QANDA_PAGE))
    assert page is not None and page.family == "qanda"
    text = QANDA_PAGE.split("\n")
    chrome = {text[no - 1] for no in page.chrome}
    assert {"Marine Biology · Careers in Science · Ocean Jobs", "3.4K views · View upvotes",
            "Upvote · 95   Share", "Sponsored by OceanPrep Academy",
            "Become a certified marine trainer in twelve weeks.", "Related questions",
            "What do marine trainers earn?"} <= chrome
    kept = {text[no - 1] for no, _ in lines(QANDA_PAGE) if no not in page.chrome}
    assert any(line.startswith("After four years at sea") for line in kept)  # a later answer
    guide = parse_text(QANDA_PAGE, "question.txt")
    assert guide.role.text == "Fisheries Observer"  # never the topic tag "Careers in Science"
    assert not {"Careers In Science", "Careers in Science", "Marine Trainer",
                "OceanPrep Academy"} & every_name(guide)


VOLUNTEER_PAGE = """GiveTime   Search Opportunities   Virtual   For Nonprofits   Log In
Home / Opportunities / Environment / Trail Maintenance Volunteer
Trail Maintenance Volunteer
Cedar Ridge Conservancy
Boulder, CO 80302 · Ongoing
★ I Want to Help      ♡ 12 people are interested
SKILLS
Trail Building · Teamwork · Chainsaw Safety
GOOD FOR
Retirees · Families · Groups
REQUIREMENTS
Must be at least 16 · Closed-toe boots
Description
Volunteers clear fallen trees, rebuild drainage and keep our 40 miles of trail open.
About Cedar Ridge Conservancy
Cedar Ridge Conservancy is a small nonprofit land trust founded in 1988."""


def test_volunteer_listing_audience_is_chrome_and_poster_employs() -> None:
    page = family_page(lines(VOLUNTEER_PAGE))
    assert page is not None and page.family == "volunteerrole"
    text = VOLUNTEER_PAGE.split("\n")
    chrome = {text[no - 1] for no in page.chrome}
    assert {"GOOD FOR", "Retirees · Families · Groups",
            "★ I Want to Help      ♡ 12 people are interested"} <= chrome
    assert "Chainsaw Safety" not in " ".join(chrome)
    guide = parse_text(VOLUNTEER_PAGE, "listing.txt")
    assert "Cedar Ridge Conservancy" in names(guide.employers)
    assert not {"Retirees", "Families", "Groups"} & every_name(guide)


QANDA_RUN_IN = """How do I become a sommelier?
Asked 2 months ago  Modified 1 month ago  Viewed 900 times
▲ 6 ▼
Share  Improve this question  Follow
I made the switch from waiting tables four years ago.
The path. Most start as a Commis Sommelier, then Sommelier, then Head Sommelier.
Skills that helped me:
Blind tasting
Cellar management
Pay. Head sommeliers in Chicago make $68,000–$84,000.
Share  Improve this answer  Follow
Hot Network Questions
Is a wine diploma worth it?"""


def test_qanda_run_in_headings_open_their_sections() -> None:
    page = family_page(lines(QANDA_RUN_IN))
    assert page is not None and page.family == "qanda"
    assert page.text[10] == "Pay: Head sommeliers in Chicago make $68,000–$84,000."
    guide = parse_text(QANDA_RUN_IN, "question.txt")
    assert "Pay" not in names(guide.skills)  # the run-in label ends the skills list
    assert any((low, high) == (68000, 84000) for _, low, high, *_ in pay(guide))
