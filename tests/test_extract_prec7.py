"""Precision pass (prec7): a figure a sentence gives another post is that post's pay, not the
page role's.

Prose often sets another post's figure beside the role's: a subject with an adverb before its
verb ("Seasonal kennel hands are often paid …"), a post named with "as … , where …", a plural
said to be paid otherwise and "them" paid after a semicolon, a second post after "and" with
its verb left out, "as a X on …", "X posts are usually Band 6 (…)", a promotion "to X in
Level N (…)", "Xs from …".  The role, a level of it, the role qualified ("registered …") and
generic nouns ("staff", "new starters") keep the figure the role's.

Every page is invented here (roles, employers, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.prose_pay_owners import other_than, prose_owner


def _pay(page: str, name: str) -> dict[float | None, str | None]:
    return {s.min: s.role for s in parse_text(page, name).salaries}


def _known(text: str) -> bool:
    return text.split()[-1] in ("Hand", "Groomer", "Inspector", "Manager", "Driver", "Mate",
                                "Assistant", "Fitter", "Engineer", "Cook")


SUBJECT = ("Marine Biologist\n"
           "Marine biologists study sea life along the coast and offshore.\n"
           "Pay\n"
           "Marine biologists earn £29,000 to £41,000 a year in Cornwall. Seasonal boat hands "
           "are often paid a day rate of about £95 to £120. Dive Supervisors are typically on "
           "£48,000 to £55,000 a year.\n")


def test_a_subject_with_an_adverb_before_its_pay_verb_owns_the_figure() -> None:
    pay = _pay(SUBJECT, "marine-biologist.txt")
    assert pay[29000] is None
    assert pay[95] == "Boat Hand"  # (its terms of work, "seasonal", no part of the post)
    assert pay[48000] == "Dive Supervisor"


def test_a_post_named_with_as_where_with_as_on_and_a_plural_from() -> None:
    page = ("Joiner\n"
            "Joiners make doors, stairs and window frames in a workshop or on site.\n"
            "Outlook\n"
            "- Median weekly earnings: $1,610.\n"
            "- Entry is through an apprenticeship. Experienced joiners may move into site "
            "management or leave for the resources sector as Shutdown Fitters, where rosters "
            "pay $131,000 to $150,000.\n"
            "- What it earns: holders typically work as Site Manager on $98,000 a year.\n"
            "- Stair Fitting Assistants from $27.10 an hour.\n")
    pay = _pay(page, "joiner.txt")
    assert pay[1610] is None
    assert pay[131000] == "Shutdown Fitter"
    assert pay[98000] == "Site Manager"
    assert pay[27.1] == "Stair Fitting Assistant"


def test_them_paid_after_a_semicolon_a_post_sharing_the_roles_level_and_head() -> None:
    page = ("Junior Web Engineer\n"
            "Junior web engineers build and test web pages under a lead.\n"
            "Talk\n"
            "The infobox gives \"US$48,000\" from an old survey.\n"
            ":Support. Worth adding that junior data engineers are paid quite differently; a "
            "member survey gives them $78,000–$86,000. Grey Heron (talk) 10:02, 4 May 2026 "
            "(UTC)\n")
    pay = _pay(page, "junior-web-engineer.txt")
    assert pay[48000] is None
    assert pay[78000] == "Junior Data Engineer"


def test_a_second_post_after_and_its_verb_left_out() -> None:
    page = ("Youth Worker\n"
            "Youth workers run clubs and activities for young people.\n"
            "Salary\n"
            "Average salary in Spain: 21.300 € gross per year.\n"
            "The activity coordinator charges about 1.700 euros per month, and the director "
            "of a youth hostel between 31 and 37 thousand euros per year.\n")
    pay = _pay(page, "youth-worker.txt")
    assert pay[21300] is None
    assert pay[31000] == "Director of a Youth Hostel"


def test_the_role_its_levels_and_generic_nouns_keep_the_figure() -> None:
    page = ("Dog Groomer\n"
            "Groomers bath, clip and style dogs.\n"
            "Pay\n"
            "New starters are usually paid about £11.80 an hour. Senior dog groomers are "
            "typically on £27,500 a year. Most staff are often paid £12.40 an hour.\n")
    pay = _pay(page, "dog-groomer.txt")
    assert set(pay.values()) == {None}


def test_prose_owner_reads_each_shape() -> None:
    assert prose_owner("Most holders work as Stock Control Manager on ", _known) == (
        "Stock Control Manager")
    assert prose_owner("Depot Planning Manager posts are usually Band 6 (", _known) == (
        "Depot Planning Manager")
    assert prose_owner("2. The next promotion is to Chief Engineer in Level 12 (", _known) == (
        "Chief Engineer")
    assert prose_owner("Ward Assistants from ", _known) == "Ward Assistant"
    assert prose_owner("As a Scaffolder's Mate: ", _known) == "Scaffolder's Mate"
    assert prose_owner("Most staff are paid ", _known) is None
    assert prose_owner("Drivers usually earn ", _known) is None  # (a lone word: no post)


def test_other_than_keeps_the_roles_levels_and_qualified_names() -> None:
    assert other_than("Tour Manager", "Tour Guide")
    assert not other_than("Senior Tour Guide", "Tour Guide")
    assert not other_than("Chartered Surveyor", "Surveyor")
    assert other_than("Site Engineer", "Assistant Site Engineer")
    assert not other_than("Site Engineer", "Senior Site Engineer")
