"""Held-back set 23's page types read by structure: e-mailed job digests with stacked
listings, a job site's company Q&A tab filtered to one title, and a freelance marketplace's
profile.

Every page here is invented (people, sites, employers, figures) in several variants of each
layout; the tests assert what is read and what must not be.
"""

from __future__ import annotations

import itertools

import pytest

from careergraph.guides import parse_text
from careergraph.guides.answer_owners import answer_owner
from careergraph.guides.card_snippets import colon_skills, joined_snippet
from careergraph.guides.career_history import career_history
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.page_families import family_page


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


def pay(guide) -> set[tuple[str | None, float | None, float | None, str]]:  # type: ignore[no-untyped-def]
    return {(s.role, s.min, s.max, s.period) for s in guide.salaries}


def edges(guide) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(a.text, b.text) for ladder in guide.progressions
            for a, b in itertools.pairwise(ladder)}


def lines(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), 1))


# -- job digests: stacked listings -----------------------------------------------------------
DIGEST_ARROWS = """From: Orchard Work Weekly <jobs@orchardwork.example>
Subject: 9 new orchard jobs this week
View this email in your browser

Hello again,
Here are this week's openings across farms and estates.

► Orchard Technician, Pruning Crew — Kettle Hill Fruit Farm (Hood River, OR)
  $19.00–$22.50/hour · seasonal · apply by Nov 2
  Winter pruning and training young trees; irrigation checks.

► Senior Orchard Technician — Bramwell Estates (Wenatchee, WA)
  $24.00/hour · full-time
  Duties: spray calibration, frost protection, canopy management.

► Orchard Technician (Weekends) — Sallow Creek Cidery (Yakima, WA)
  $18.50/hour · 16 hrs/week

► Farm Manager — Dunlin Orchards (Medford, OR)
  $68,000–$75,000 · full-time
  Runs budgets and manages the packing team.

Unsubscribe · Update preferences
"""

DIGEST_NUMBERED = """Kitchen Jobs Roundup <hello@kitchenjobs.example>
to me
Mon, Mar 2, 2026, 7:40 AM

KITCHEN JOBS ROUNDUP  |  No. 31

1) LINE COOK — Saltmarsh Bistro, Portland ME
   Pay: $20–$23/hr + tips   |   Full-time
   What you'll do: grill station on a busy brunch line, prep work (stocks, sauces,
   butchery), plating and closing checklists.

2) LINE COOK — Harbour Tap, Bangor ME
   Pay: $21/hr

3) SOUS CHEF — Pine & Pepper, Augusta ME
   Salary: $55,000–$60,000 a year
   Writes the menu and manages four cooks.

4) LINE COOK (NIGHTS) — Juniper Hall, Lewiston ME
   Pay: $22.50/hr

Reply to this email to post a job. Unsubscribe | Manage preferences
"""

DIGEST_BULLETS = """Trail Crew Jobs Digest — issue 12
Open it online

• Trail Crew Member — Cinder Peak Conservancy (Bend, OR)
  $17.25/hour · May to September
  Tasks: brushing, tread repair, rock work and crosscut saw use.

• Trail Crew Member — Larkspur Parks (Boise, ID)
  $18.00/hour · seasonal

• Trail Crew Leader — Cinder Peak Conservancy (Bend, OR)
  $21.00/hour · seasonal
  Leads a crew of six.

Forward this to a friend.
"""


def test_digest_listings_name_the_role_and_own_their_pay() -> None:
    guide = parse_text(DIGEST_ARROWS, "digest.txt")
    assert guide.role.text == "Orchard Technician"
    assert {"Kettle Hill Fruit Farm", "Bramwell Estates", "Sallow Creek Cidery"} <= names(
        guide.employers)
    assert "Dunlin Orchards" not in names(guide.employers)  # another title's listing
    found = pay(guide)
    assert (None, 19.0, 22.5, "hour") in found and (None, 24.0, 24.0, "hour") in found
    assert ("Farm Manager", 68000.0, 75000.0, "year") in found
    assert {"spray calibration", "frost protection", "canopy management"} <= names(guide.skills)
    assert "packing team" not in names(guide.skills) and "budgets" not in names(guide.skills)


def test_digest_in_capitals_with_pay_labels() -> None:
    guide = parse_text(DIGEST_NUMBERED, "roundup.txt")
    assert guide.role.text == "Line Cook"
    assert {"Saltmarsh Bistro", "Harbour Tap", "Juniper Hall"} <= names(guide.employers)
    assert "Pine & Pepper" not in names(guide.employers)
    found = pay(guide)
    assert ("Sous Chef", 55000.0, 60000.0, "year") in found
    assert (None, 21.0, 21.0, "hour") in found and (None, 22.5, 22.5, "hour") in found
    # the duties wrapped onto the next line, read as one list after the colon
    assert {"grill station", "prep work", "stocks", "sauces", "butchery", "plating"} <= names(
        guide.skills)
    assert "four cooks" not in names(guide.skills)


def test_digest_with_bullets_and_one_other_title() -> None:
    guide = parse_text(DIGEST_BULLETS, "trail.txt")
    assert guide.role.text == "Trail Crew Member"
    assert {"Cinder Peak Conservancy", "Larkspur Parks"} <= names(guide.employers)
    assert ("Trail Crew Leader", 21.0, 21.0, "hour") in pay(guide)
    assert {"brushing", "tread repair", "rock work"} <= names(guide.skills)


def test_colon_lists_and_wrapped_duties() -> None:
    assert colon_skills("Duties: glazing on a wheel, kiln loading (bisque, glaze), packing.") == [
        "glazing", "kiln loading", "packing", "bisque", "glaze"]
    assert colon_skills("Closing date: Friday.") == []
    assert joined_snippet([(3, "Sort returns, repack items and"), (4, "update the log."),
                           (5, "Day shifts.")]) == [
        (3, "Sort returns, repack items and update the log."), (5, "Day shifts.")]


# -- company Q&A tabs -------------------------------------------------------------------------
QA_BULLETED = """WorkScope  |  Find jobs  Companies  Salaries          Sign in  |  Employers

Tidewater Freight Lines
★ 3.4 (812 reviews)   Transportation · Norfolk, VA · 5,000+ employees   [Follow]
Overview | Reviews | Salaries | Jobs | Questions (140)

Dock Worker questions at Tidewater Freight Lines
Showing 4 of 19 questions about Dock Worker   ← All job titles

Q: What does it pay to start?
   ▸ Dock Worker (Current Employee) · Norfolk, VA · 2 months ago
     Days start at $18.75/hr. Leads on the dock are capped around $26.00.
     👍 12  👎 1
   ▸ Forklift Mechanic (Former Employee) · Richmond, VA · 1 year ago
     Mechanics earn more — I was at $29/hr. Dock workers in Richmond were $17-19.
     👍 8  👎 0

Q: Can you move up?
   ▸ Dock Supervisor (Current Employee) · Norfolk, VA
     Supervisors are salaried, $52k-$58k here.
     👍 5  👎 2

[ Ask a question ]   Answers are from current and former employees and aren't verified.
"""

QA_ANSWERED_BY = """Find jobs   Company reviews   Salary guide        Sign in   Post a job

Lantern Bay Aquarium
4.1 ★★★★☆  640 reviews        Follow    Write a review
Snapshot  Why Join Us  Reviews 640  Salaries 300  Q&A 85  Interviews

Questions and answers about Lantern Bay Aquarium: Aquarist
Filter: Job title ▾ Aquarist   Location ▾ All

What's the pay like?
Asked May 4, 2026
  Answered by an Aquarist in Monterey, CA — May 9, 2026
  I started at $21.00 an hour and I'm on $22.40 now.
  Helpful 14   Not helpful 1
  Answered by a Dive Safety Officer in Monterey, CA — April 2, 2026
  Dive officers are paid more, I make $31 an hour.
  Helpful 6   Not helpful 0
  See 4 more answers

Ask a question   Questions may be answered by current or former employees.
"""


def test_company_qa_names_the_filtered_title_and_the_company() -> None:
    for text, role, company in ((QA_BULLETED, "Dock Worker", "Tidewater Freight Lines"),
                                (QA_ANSWERED_BY, "Aquarist", "Lantern Bay Aquarium")):
        guide = parse_text(text, "page.txt")
        assert guide.role.text == role
        assert company in names(guide.employers)
        every = names(guide.skills) | names(guide.employers) | names(guide.sectors)
        assert not any("Employee" in name or "Helpful" in name for name in every)


def test_company_qa_answers_by_other_titles_own_their_pay() -> None:
    found = pay(parse_text(QA_BULLETED, "dock.txt"))
    assert (None, 18.75, 18.75, "hour") in found
    assert ("Forklift Mechanic", 29.0, 29.0, "hour") in found
    assert (None, 17.0, 19.0, "hour") in found  # the role's workers in the mechanic's answer
    assert ("Dock Supervisor", 52000.0, 58000.0, "year") in found
    assert not any(low == 26.0 for _, low, _, _ in found)  # a ceiling, no pay
    found = pay(parse_text(QA_ANSWERED_BY, "aquarist.txt"))
    assert (None, 21.0, 21.0, "hour") in found and (None, 22.4, 22.4, "hour") in found
    assert ("Dive Safety Officer", 31.0, 31.0, "hour") in found


def test_answer_bylines_and_owners() -> None:
    page = family_page(lines(QA_BULLETED))
    assert page is not None and page.family == "companyqa"
    assert page.answerers[15] == "Forklift Mechanic"
    assert answer_owner("Kiln Mechanic", None, "We were at $20 an hour.") is None
    assert answer_owner("Kiln Mechanic", "Mechanic", "Mechanics get $30.") == "Kiln Mechanic"
    assert answer_owner("Kiln Mechanic", "Potter", "Potters get $18.") is None


# -- freelance marketplace profiles -----------------------------------------------------------
PROFILE_HOURLY = """Taskhive   Find Talent ▾   Find Work ▾          Log In   Sign Up

[photo]  Dana R.  ✓ ID verified
         Tucson, United States – 9:02 am local time
         Top Rated   100% Job Success

Certified Bookkeeper | QuickBooks & Xero Clean-ups
$48.00/hr

Total earnings   Total jobs   Total hours
$90K+            215          2,410

Skills
Bookkeeping   Bank Reconciliation   QuickBooks Online   Xero
Payroll   Sales Tax Filing   eCommerce Accounting

Work history   Completed jobs (201)
★★★★★ 5.00   "Catch-up bookkeeping for a bakery"   Mar 2026
   $600.00  Fixed price

Employment history
Bookkeeper & Owner | Saguaro Books    2018 – Present
Accounts Payable Clerk | Desert Bloom Nursery    2014 – 2018
Office Assistant | Desert Bloom Nursery    2011 – 2014

Similar freelancers: Accountant · Payroll Specialist
"""

PROFILE_DAILY = """Freelia  ·  Search freelancers  ·  Post a project          Log in | FR ▾

Elodie Marchand
Experienced Translator & Terminologist
📍 Lyon, France · Remote
Approximate daily rate   €320
Response rate 98%   Response time within 2 hours
★ 4.8  (21 recommendations)   Super Freelancer

Experience
2019–today  Freelance translator — clients include two Lyon law firms
            and a medical devices maker
2014–2019   In-house translator, Carrel Traductions, Lyon
2011–2014   Project coordinator, Carrel Traductions

Missions carried out on Freelia (40)
"Contract set, 12,000 words"  · €1,400 ·  ★★★★★

Freelia takes a 12% commission on missions.
"""


def test_profile_headline_names_the_role() -> None:
    assert parse_text(PROFILE_HOURLY, "p.txt").role.text == "Bookkeeper"
    assert parse_text(PROFILE_DAILY, "p.txt").role.text == "Translator"


def test_profile_chips_history_and_no_prices() -> None:
    guide = parse_text(PROFILE_HOURLY, "p.txt")
    assert {"Bookkeeping", "Bank Reconciliation", "QuickBooks Online", "Xero", "Payroll",
            "eCommerce Accounting"} <= names(guide.skills)
    assert "Saguaro Books" in names(guide.employers)
    assert ("Office Assistant", "Accounts Payable Clerk") in edges(guide)
    found = pay(guide)
    assert (None, 48.0, 48.0, "hour") in found
    assert not any(low in (600.0, 90000.0) for _, low, _, _ in found)
    daily = parse_text(PROFILE_DAILY, "p.txt")
    assert "Project coordinator" in names(daily.moves_in)  # another kind of job before
    # (the freelance job is the role itself, worked freelance: its rung is the role)
    assert ("In-house translator", "Translator") in edges(daily)
    assert not any(low == 1400.0 for _, low, _, _ in pay(daily))


@pytest.mark.parametrize("line", ["Ceramicist | Atelier Vell    2020 – Present",
                                  "Ceramicist, Atelier Vell    Mar 2020 – now"])
def test_history_dates_after_the_job(line: str) -> None:
    history = career_history([(1, "Employment history"), (2, line),
                              (3, "Studio Assistant | Atelier Vell    2017 – 2020")])
    assert [job.title for job in history.jobs] == ["Studio Assistant", "Ceramicist"]
    assert history.jobs[-1].current


def test_arrow_chain_inside_a_sentence() -> None:
    assert arrow_chain("Yes. Picker → team lead → shift manager is the path here.") == [
        "Picker", "team lead", "shift manager"]


QA_INDENTED = """Find jobs   Company reviews        Sign in

Copperline Ski Area
3.9 ★★★★☆  410 reviews        Follow    Write a review

Questions and answers about Copperline Ski Area: Snowmaker
Filter: Job title ▾ Snowmaker

Q: What do you actually do all day?
  Answered by a Snowmaker in Dillon, CO
  Nights on the hill: we run the fan guns, check the hydrants and log air temperatures
  in the snowmaking app. Most of the shift is hauling hose and setting guns.
  Helpful 9   Not helpful 0

Q: Can you move up?
  Answered by a Snowmaking Supervisor in Dillon, CO
  Yes. Snow maker → lead snowmaker → snowmaking supervisor is the usual path.
  Supervisors start around $27/hr here, and some go over to the grooming crew.
  Helpful 4   Not helpful 1

Ask a question   Questions may be answered by current or former employees.
"""


def test_company_qa_indented_answers_are_read_as_sentences() -> None:
    guide = parse_text(QA_INDENTED, "snow.txt")
    assert guide.role.text == "Snowmaker"
    # the chain's first step is the role's short form; the sentence goes on after it
    assert ("Lead Snowmaker", "Snowmaking Supervisor") in edges(guide)
    # the supervisor's figure for supervisors is the supervisor's own
    assert ("Snowmaking Supervisor", 27.0, 27.0, "hour") in pay(guide)
