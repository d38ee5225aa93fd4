"""Kitchen brigade explainers, promotion and tenure criteria pages and temporary recruitment
campaigns (helper rules37b, 2026-12-05): each rank's or rung's own figures, fees for a day,
rank minima, not-pay lines, the organisation whose own site the page is, lower-case headings
and the moves such pages tell.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.amounts import find_amounts
from careergraph.guides.items import skill_names
from careergraph.guides.moves import prose_moves
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _guide(tmp_path: Path, text: str, name: str = "page-one.txt"):  # type: ignore[no-untyped-def]
    """The guide parse_file reads from ``text`` under ``name``."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def _pay(guide) -> set[tuple[str | None, float | None, float | None, str | None]]:  # type: ignore[no-untyped-def]
    """Each salary of ``guide`` as (owner, min, max, period), whole units; the role's own
    owner is None."""
    return {(s.role.lower() if s.role else None,
             None if s.min is None else round(s.min), None if s.max is None else round(s.max),
             s.period) for s in guide.salaries}


def _names(items) -> list[str]:  # type: ignore[no-untyped-def]
    return [item.text for item in items]


def test_a_fee_for_the_day_and_a_rank_minimum() -> None:
    """"£180.00 for the day" is a day's fee; "$91,000 minimum" or "minimum £64,000" alone in
    its cell is an open-ended floor; a minimum wage stays a figure."""
    [fee] = find_amounts("Ballot Runner | £180.00 for the day")
    assert (fee.low, fee.period) == (180, "day")
    [floor] = find_amounts("Lecturer in Law | $91,000 minimum")
    assert (floor.low, floor.high, floor.open_ended) == (91000, None, True)
    [band] = find_amounts("Chair Band C2 | minimum £64,000")
    assert (band.low, band.high, band.open_ended) == (64000, None, True)
    [wage] = find_amounts("£11.44 minimum wage")
    assert wage.high == 11.44 and not wage.open_ended


def test_campaign_add_ons_and_totals_are_no_pay() -> None:
    """A training allowance the page says is "not wages", a bonus "not part of the hourly
    rate" and a total earned "over the 2024 campaign" are no pay."""
    assert find_amounts("Induction is paid at a flat €70 per day — a training allowance, "
                        "not wages.") == []
    assert find_amounts("Finishing bonus: €250 if every form is returned (a bonus, not part "
                        "of the hourly rate).") == []
    assert find_amounts("Enumerators earned on average €3,900 over the 2024 campaign.") == []
    assert [m.low for m in find_amounts("Enumerator: €16.40 per hour")] == [16.4]


_FEES = """\
Eastbridge District Council   Parking | Libraries | Elections | Jobs
You are here: Home › Elections › Polling day jobs
Count Helper — sorting the ballot papers
Our count helpers sort ballot papers on the night.
Many of our Count Supervisors started as Count Helpers.

FEES FOR THE 2027 POLLS
Role | Fee
Ballot Runner | £180.00 for the day
Count Helper | £210.00 for the day
Station Manager | £320.00
Count Supervisor | £18.40 per hour

People who did the job in 2023 include retired nurses, bus drivers and students.
Eastbridge District Council, Town Hall, Eastbridge · © 2026 · Cookies · Privacy
"""


def test_a_fee_table_row_without_a_period_takes_the_rows_above(tmp_path: Path) -> None:
    """"Station Manager | £320.00" under "… | £210.00 for the day" is a day's fee, each row's
    title its owner; the council whose own site it is employs the role; holders of another
    title who "started as" the role are a step up; "people who did the job include" names
    moves in."""
    guide = _guide(tmp_path, _FEES, "count-helper.txt")
    assert guide.role.text == "Count Helper"
    assert {("station manager", 320, 320, "day"), (None, 210, 210, "day")} <= _pay(guide)
    assert ("count supervisor", 18, 18, "hour") in {(o, a, round(b or 0), p)
                                                   for o, a, b, p in _pay(guide)}
    assert "Eastbridge District Council" in _names(guide.employers)
    assert "Count Supervisor" in _names(guide.leads_to)
    assert {"Bus Driver"} <= set(_names(guide.moves_in))


_RANKS = """\
Skip to main content   HALWORTH STATE UNIVERSITY   Provost   Directory   Give
Criteria for Promotion to Associate Curator (Museum Studies)
The Associate Curator is the middle of three curatorial ranks.
Ranks: Assistant Curator → Associate Curator → Curator.
Our curators publish every year.

Expected: exhibition planning, collections research, grant writing.

Salary by rank (twelve-month appointments)
Assistant Curator | $58,000 minimum
Associate Curator | $67,500 minimum
Curator | $80,000 minimum
Halworth State University is an Equal Opportunity Employer · Privacy · © 2026
"""


def test_a_rank_sharing_the_roles_words_owns_its_minimum(tmp_path: Path) -> None:
    """On the Associate Curator's page, whose ladder prints Curator as its own rank, the
    "Curator" row is that rank's floor, not the role's; "Expected:" lists the activities
    asked for; the university whose own site it is employs the role."""
    guide = _guide(tmp_path, _RANKS, "associate-curator.txt")
    assert guide.role.text == "Associate Curator"
    assert {("curator", 80000, None, "year"), (None, 67500, None, "year"),
            ("assistant curator", 58000, None, "year")} <= _pay(guide)
    assert {"exhibition planning", "collections research"} <= set(_names(guide.skills))
    assert "Halworth State University" in _names(guide.employers)


_GRADES = """\
Moorfield College   Study  Research  Staff ▸ Promotions
Senior Tutor
Pathway (teaching): Tutor (Grade 5/6) ➜ Senior Tutor (Grade 7) ➜ Head Tutor (Grade 8) ➜ Dean
The Senior Tutor leads a module team. Our tutors teach in small groups.

Pay by grade
Grade 5 | Tutor A | spine 20–24 | £31,100 – £34,200
Grade 7 | Senior Tutor | spine 29–33 | £40,500 – £45,900
Grade 8 | Head Tutor | spine 34–38 | £47,000 – £52,300

Sector: Further education   © Moorfield College 2026 · Cookies · Accessibility
"""


def test_a_grade_table_and_a_heavy_arrow_ladder(tmp_path: Path) -> None:
    """A chain of heavy arrows is the page's ladder, the grades in brackets no part of its
    rungs; a pipe row opening with its grade names its title in the next cell (a sub-grade
    letter dropped: "Tutor A" is the Tutor's); a field printed before the footer is read."""
    guide = _guide(tmp_path, _GRADES, "senior-tutor.txt")
    assert [_names(chain) for chain in guide.progressions] == [
        ["Tutor", "Senior Tutor", "Head Tutor", "Dean"]]
    pay = _pay(guide)
    assert ("tutor", 31100, 34200, "year") in pay and ("head tutor", 47000, 52300, "year") in pay
    assert (None, 40500, 45900, "year") in pay
    assert "Further education" in _names(guide.sectors)
    assert "Moorfield College" in _names(guide.employers)


_KITCHEN = """\
THE GANNET INN, PADSTOW   Rooms  Food  Careers  Book a table
Careers › Our Kitchen › Team
Meet the brigade: Line Cook
Every dish leaves through our line cooks, who work under a chef de partie.

THE LINE AT A GLANCE
Kitchen Assistant → Line Cook → Chef de Partie → Senior Chef de Partie → Sous Chef

WHAT A LINE COOK LEARNS HERE
Grill rotation: fish filleting, sauce reduction, food safety (HACCP)

PAY, RUNG BY RUNG (2027, per hour before tax)
Line Cook ........ £12.10 – £12.90 /hr
Chef de Partie ........ £14.20 – £15.00 /hr
Tronc is shared on top (about £1.40 an hour) and is not part of your pay.

WHERE OUR COOKS CAME FROM
Most joined straight from a catering course.
AND WHERE THEY WENT
Others have moved across to private chef.

Also hiring in the kitchen: Pot Washer. Other sites in our group: Gannet Bakery, Harbour Rooms.
Sector: hospitality
Apply now   |   © The Gannet Inn Ltd 2027 · Privacy
"""


def test_a_brigade_page(tmp_path: Path) -> None:
    """A hotel's brigade page: its rank's lessons under "What a line cook learns here" (a
    standard in brackets a skill of its own), the pay heading's year note, "And where they
    went" a heading, other vacancies no employers and no moves, the group's other sites and
    the inn whose own site it is employ the role."""
    guide = _guide(tmp_path, _KITCHEN, "line-cook.txt")
    skills = set(_names(guide.skills))
    assert {"fish filleting", "sauce reduction", "food safety", "HACCP"} <= skills
    assert not any("£" in skill or skill == "PAY" for skill in skills)
    assert {(None, 12, 13, "hour"), ("chef de partie", 14, 15, "hour")} <= {
        (o, a, round(b or 0), p) for o, a, b, p in _pay(guide)}
    assert "AND WHERE THEY WENT" not in _names(guide.moves_in)
    assert "Pot Washer" not in _names(guide.employers) + _names(guide.moves_in)
    employers = _names(guide.employers)
    assert {"Gannet Bakery", "Harbour Rooms"} <= set(employers)
    assert any(name.startswith("The Gannet Inn") for name in employers)  # (its legal form)


_LOWER = """\
HOLM & FERN DINING | Our restaurants | Careers | Gift cards
Chef de Partie — one section, your own
The brigade runs: commis → chef de partie → senior chef de partie → sous chef → head chef.

what a chef de partie needs:
 knife work | mise en place | stock rotation

pay by rung — salaried, 45 hrs/week, London / elsewhere
commis £25,500 / £23,000
chef de partie £31,000 / £28,500
senior chef de partie £34,000 / £31,500
sous chef £41,000 / £37,000

We currently have chef de partie jobs at Holm & Fern Soho, Fern Grill Bristol and Holm & Fern Bath.
"""


def test_lower_case_headings_and_a_graded_rung(tmp_path: Path) -> None:
    """A site setting its headings in lower case ("what a chef de partie needs:", "pay by
    rung — …") still heads its sections; "senior chef de partie" is the role's own senior
    grade here, though on the Sous Chef's page it is another post (below); the sites "with
    jobs" each employ the role."""
    guide = _guide(tmp_path, _LOWER, "chef-de-partie.txt")
    assert {"knife work", "mise en place", "stock rotation"} <= set(_names(guide.skills))
    pay = _pay(guide)
    assert {(None, 31000, 31000, "year"), (None, 34000, 34000, "year"),
            ("sous chef", 41000, 41000, "year")} <= pay
    sous = _guide(tmp_path, _LOWER.replace("Chef de Partie — one section", "Sous Chef — the "
                                           "second").replace("what a chef de partie", "what a "
                                                             "sous"), "sous-chef.txt")
    assert {("senior chef de partie", 34000, 34000, "year"), (None, 41000, 41000, "year"),
            ("chef de partie", 31000, 31000, "year")} <= _pay(sous)
    assert {"Holm & Fern Soho", "Fern Grill Bristol", "Holm & Fern Bath"} <= set(
        _names(guide.employers))


def test_a_careers_guide_site_names_no_employer(tmp_path: Path) -> None:
    """A guide site's name before its menu and in its footer employs no one: its name has
    no employing body's head word."""
    page = ("Kitchen Careers Guide   Roles  Pay  Training\nLine Cook\nOur guide: line cooks "
            "work the grill.\n\nSkills: knife work, timing.\nPay: £12.50 an hour.\n\n"
            "© Kitchen Careers Guide 2027 · Privacy\n")
    guide = _guide(tmp_path, page, "line-cook.txt")
    assert "Kitchen Careers Guide" not in _names(guide.employers)


def test_moves_told_by_other_titles_and_past_holders() -> None:
    """"Many of our Head Gardeners started as Garden Assistants" on the Garden Assistant's
    page is a step up; "you can apply to be a X" is a step up; "go on to work as a X" is a
    sideways move."""
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert prose_moves("Many of our Head Gardeners started as Garden Assistants.", vocab,
                       "Garden Assistant")["up"] == ["Head Gardener"]
    assert "Head Gardener" in prose_moves(
        "After two seasons you can apply to be a Head Gardener.", vocab, "Garden Assistant")["up"]
    assert prose_moves("Some wardens go on to work as a Park Ranger with the council.", vocab,
                       "Warden")["lateral"] == ["Park Ranger"]


def test_a_standard_in_brackets_is_a_skill() -> None:
    """"food safety (HACCP)": the bracket names a standard of its own; "Google Cloud (GCP)"
    is the skill's short form."""
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert set(skill_names("temperature logging (HACCP)", vocab)) == {
        "temperature logging", "HACCP"}
    assert skill_names("Amazon Web Services (AWS)", vocab) == ["Amazon Web Services"]
