"""More variants of held-back set 23's page types (carry23): titles of six words with "of"
or "and", a day-rate profile with no rating badge, a language's level in brackets, a
freelancer's own jobs in his history and the clients they name, square bullets on a digest,
lone vote lines, long last steps of an arrow chain, remuneration snapshots, translated
notices recruiting "VPs of …" and a job board's price for a posting.

Every page here is invented (people, sites, employers, figures); the tests assert what is
read and what must not be.
"""

from __future__ import annotations

import itertools

from careergraph.guides import parse_text
from careergraph.guides.career_history import career_history
from careergraph.guides.languages import leveled_language
from careergraph.guides.mentions import arrow_chain
from careergraph.guides.roles import singular_post


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


def pay(guide) -> set[tuple[str | None, float | None, str]]:  # type: ignore[no-untyped-def]
    return {(s.role, s.min, s.period) for s in guide.salaries}


def edges(guide) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(a.text, b.text) for ladder in guide.progressions
            for a, b in itertools.pairwise(ladder)}


HOURLY = """Hirewave   Find Talent ▾   Find Work ▾      Log In   Sign Up

[photo]  Odile P.  ✓ ID verified
         Ghent, Belgium – 9:40 am local time
         Top Rated   97% Job Success

Experienced Head of Museum Learning & Workshops, Gallery Tours
$72.00/hr

Total earnings   Total jobs   Total hours
$41K+            88          930

Hi! I plan gallery programmes for schools from my own small practice.
...more

Work history   Completed jobs (60)
★★★★★ 5.00   "Teacher pack for a spring show"   Jan 2026
   $380.00  Fixed price

Employment history
Head of Museum Learning & Owner | Lantern Learning    2021 – Present
Museum Educator | Ghent Print Museum    2015 – 2021
"""

DAYRATE = """Missionly  ·  Search freelancers  ·  Post a project      Connexion | EN ▾

Bruno Aalto
Cooper
📍 Lyon, France · Remote or on site
Approximate daily rate   €410
Availability: Part-time from 3 March 2027
Response rate 95%   Response time within 3 hours

About
I make and repair oak casks for small distilleries.
Hourly rate for small repairs: €48.

Skills (4)
Cask raising · Stave jointing · French (native) · English (C1)

Experience
2019–today  Freelance cooper — clients include two cognac houses
            and Maison Ferrand SA
2013–2019   Apprentice cooper, Tonnellerie Vallet, Cognac

Missions carried out on Missionly (19)
"Recoopering of six barrels"  · €1,320 ·  ★★★★★

What I can take on next: I'm building toward cask restoration consulting.

Missionly takes a 12% commission on missions.
"""


def test_headline_title_with_of_and_a_describing_word() -> None:
    guide = parse_text(HOURLY, "p.txt")
    assert guide.role.text == "Head of Museum Learning"
    # (the own studio's job, "& Owner", is the role's: its firm employs the role; the job
    # of another kind before it is a move in)
    assert "Lantern Learning" in names(guide.employers)
    assert "Museum Educator" in names(guide.moves_in)
    assert not any("Owner" in a or "Owner" in b for a, b in edges(guide))


def test_day_rate_profile_without_a_badge() -> None:
    guide = parse_text(DAYRATE, "p.txt")
    assert guide.role.text == "Cooper"
    found = pay(guide)
    assert (None, 410.0, "day") in found and (None, 48.0, "hour") in found
    assert not any(low == 1320.0 for _, low, _ in found)  # a mission's price
    assert "English" in names(guide.skills) and "English (C1)" not in names(guide.skills)
    assert "Maison Ferrand SA" in names(guide.employers)  # a named client, wrapped line
    assert ("Apprentice cooper", "Cooper") in edges(guide)  # the freelance job is the role
    assert "Cask Restoration Consultant" in names(guide.leads_to)  # "building toward …"


def test_leveled_language_and_history_clients() -> None:
    assert leveled_language("Dutch (B2)") == "Dutch"
    assert leveled_language("Dutch (Antwerp office)") is None
    assert leveled_language("Kotlin (C1)") is None
    history = career_history([(1, "Experience"),
                              (2, "2020–today  Freelance glazier — clients include Vitra Ltd"),
                              (3, "2014–2020   Glazier's mate, Clearview Glass")])
    assert history.jobs[1].clients == ("Vitra Ltd",)


DIGEST = """From: Stonework Weekly <news@stonework.example>
Subject: 7 new stonemason jobs

THIS WEEK

■ Stonemason, Heritage — Calder Restoration (Bath, UK)
  £31,000–£34,000 · full-time

■ Stonemason (Part-Time) — Ashlar & Sons (York, UK)
  £15.50/hour · 20 hrs/week


■ Site Carpenter — Redbrook Build (Leeds, UK)
  £33,500 · full-time

Got a vacancy? Post it for £95.
"""


def test_square_bullets_head_a_digest_and_posting_prices_are_no_pay() -> None:
    guide = parse_text(DIGEST, "page.txt")
    assert guide.role.text == "Stonemason"
    found = pay(guide)
    assert (None, 31000.0, "year") in found
    assert not any(low == 95.0 for _, low, _ in found)


CHAIN = ("Yes. Director of Quality and Safety → Group Director of Quality and Safety → "
         "VP of Group Operations is normal after some years.")
QA = f"""Jobnest  |  Search jobs  Companies      Log in

Marrow Foods
★ 3.7 (812 reviews)   [Follow]
Overview | Reviews | Salaries | Questions

Director of Quality and Safety questions at Marrow Foods
Showing 4 of 12 questions about Director of Quality and Safety

Q: What do you need to know?
   ▸ Director of Quality and Safety (Current Employee) · Leeds · 2 months ago
     Mostly HACCP audits and supplier approval.
     Helpful 14

Q: Can you move up?
   ▸ Director of Quality and Safety (Former Employee) · York
     {CHAIN}
"""


def test_company_qa_title_with_of_and_lone_votes() -> None:
    guide = parse_text(QA, "page.txt")
    assert guide.role.text == "Director of Quality and Safety"
    assert not any("Helpful" in s for s in names(guide.skills))
    assert ("Group Director of Quality and Safety", "VP of Group Operations") in edges(guide)


def test_arrow_chain_long_last_title() -> None:
    assert arrow_chain("Yes. Baker → Senior Baker → Head of Bakery Production Planning is "
                       "normal after five years.") == [
        "Baker", "Senior Baker", "Head of Bakery Production Planning"]


SNAPSHOT = """Glasshouse Growers Association
REMUNERATION
SNAPSHOT 2026

GGA Remuneration Snapshot 2026 | 1

Key findings
• Median hourly rate for a qualified head of glasshouse crop protection: $41.20
• 60% of growers say they cannot fill vacancies
"""

NOTICE = """Translated from: Chinese   Show original
Release time: 2026-05-02 10:00   Source: County Bureau

Announcement on the 2026 Open Recruitment of Heads of Archives by Yanshan County Archives Center

I. Recruitment positions and number
Yanshan County Archives Center: Head of Archives 1 people

Pay five insurances and one housing fund according to the rules for public institutions.
"""


def test_snapshot_and_translated_notice_name_the_role() -> None:
    assert parse_text(SNAPSHOT, "page.txt").role.text == "Head of Glasshouse Crop Protection"
    assert parse_text(NOTICE, "page.txt").role.text == "Head of Archives"
    assert singular_post("Chiefs of Surgery") == "Chief of Surgery"
