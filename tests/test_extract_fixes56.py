"""Skills, pay rows and pay bands noticed this stop (fixes56).

- A "Skills" heading over one-per-line Title Case items, one or two of which start with a
  heading's word ("Forecast Reconciliation", "Responsible Procurement"), is a list, not a
  site menu: its items are read.
- "Classification: XY3 ($A – $B p.a.) plus employer superannuation of up to $C": the class's
  band is pay, the superannuation figure is none.
- A statement row "Base salary ........ £N" (dot leaders, a figure) is a label and its value,
  no heading: its figure is pay.
- "apply for a commission as a Battery Commander", "be commissioned as X": a move up (and
  "Commander" heads a title).
- "Related titles: A, B" on its own line away from the title: other names of the role.
- A trail of four ranks ("A > Crew Commander > Watch Commander > Group Commander"), every step
  after the first a title, is a ladder, not a breadcrumb naming the page's post.
- An agreement schedule's class entries: "Knowledge and skills: A; B" on the first class,
  "Additionally: C; D; E." on the next one adds to the list (a duty clause, "supervises a
  crew", is none); with no skills label above, "Additionally:" lists nothing.

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import moves, pay, texts

from careergraph.guides import parse_text


def _pay(text: str) -> set[tuple[int | None, int | None, str, str, str | None]]:
    return pay(parse_text(text, "page.txt"))


def _skills(text: str) -> list[str]:
    return texts(parse_text(text, "page.txt").skills)


_SKILL_LIST = ("Fleet Scheduler\n\nEmployer: Harbourline Couriers\nLocation: Bristol\n\n"
               "We need a fleet scheduler for our parcel depot.\n\n"
               "Skills\nRoute Optimisation\nResponsible Procurement\nDemand Forecasting\n"
               "Excel\n\nResponsibilities\nPlan next-day van routes for thirty drivers.\n"
               "Agree delivery windows with key accounts.\n")


def test_skill_items_with_heading_words_are_no_menu() -> None:
    assert _skills(_SKILL_LIST) == ["Route Optimisation", "Responsible Procurement",
                                    "Demand Forecasting", "Excel"]


def test_a_menu_of_sections_is_still_dropped() -> None:
    menu = ("Skills\nSalary Guide\nCareer Outlook\nTraining Courses\nContact Us\n\n"
            "Fleet Scheduler\n\nA fleet scheduler plans the routes of a depot's vans.\n")
    assert _skills(menu) == []


_CLASSIFIED = ("Senior Grants Officer\n\nOffice of Regional Arts\n"
               "Classification: GS6 ($87,430 – $93,120 p.a.) plus employer superannuation of "
               "up to $11,900\nLocation: Darwin\n\n"
               "The Senior Grants Officer assesses applications for arts funding.\n")


def test_classified_band_with_superannuation_after_it() -> None:
    assert _pay(_CLASSIFIED) == {(87430, 93120, "AUD", "year", None)}


def test_employer_superannuation_is_no_up_to_pay() -> None:
    page = _CLASSIFIED.replace("Classification: GS6 ($87,430 – $93,120 p.a.)",
                               "Salary: $87,430 – $93,120 p.a.")
    assert _pay(page) == {(87430, 93120, "AUD", "year", None)}


def test_dot_leader_pay_row_is_no_heading() -> None:
    page = ("Depot Shift Supervisor\n\nCompany: Eastmoor Freight\n\n"
            "Base salary ........ £29,750\n\n"
            "You lead a crew of loaders across the early shift.\n")
    assert _pay(page) == {(29750, 29750, "GBP", "year", None)}


def test_dot_leader_contents_entry_stays_a_heading() -> None:
    page = ("Depot Shift Supervisor\n\nSalary .......... 14\n\n"
            "You lead a crew of loaders across the early shift.\n")
    assert _pay(page) == set()


_GUNNER = ("Reserve Gunner\n\nGunners in the reserve crew light field guns on weekend camps.\n\n"
           "Getting on\n"
           "After three years, gunners may apply for a commission as a Battery Commander.\n")


def test_commission_as_an_officer_is_a_move_up() -> None:
    assert moves(parse_text(_GUNNER, "page.txt")) == [("@self", "Battery Commander")]


def test_sales_commission_is_no_move() -> None:
    page = _GUNNER.replace("may apply for a commission as a Battery Commander",
                           "earn commission as a share of each sale")
    assert moves(parse_text(page, "page.txt")) == []


def test_related_titles_line_names_aliases() -> None:
    page = ("Harbour Reserve: Part-time Careers\n\nRoles for people who work ashore.\n\n"
            "Reserve Launch Operator\n\n"
            "Launch operators steer the unit's patrol boats on exercises.\n\n"
            "Related titles: Boat Handler, Harbour Boatman\n\n"
            "Duties\nSteer the boat alongside.\nBrief the crew before launch.\n")
    guide = parse_text(page, "page.txt")
    assert guide.role.text == "Reserve Launch Operator"
    assert [a.text for a in guide.aliases] == ["Boat Handler", "Harbour Boatman"]


_SCHEDULE = ("SCHEDULE C - CLASS DEFINITIONS (Parks Unit)\n\n"
             "Greenkeeper\n\n"
             "GREENKEEPER I (7120). Entry level. Mows and rolls greens, rakes bunkers. "
             "Knowledge and skills: turf mowing; bunker raking; irrigation checks.\n"
             "GREENKEEPER II (7121). Requires two seasons as Greenkeeper I. Additionally: "
             "fertiliser application; hollow tining; supervises a seasonal crew; pesticide "
             "handling.\n")


def test_additionally_adds_to_a_class_skill_list() -> None:
    assert _skills(_SCHEDULE) == ["turf mowing", "bunker raking", "irrigation checks",
                                  "fertiliser application", "hollow tining",
                                  "pesticide handling"]


def test_additionally_without_a_skills_label_lists_nothing() -> None:
    page = _SCHEDULE.replace("Knowledge and skills: turf mowing; bunker raking; irrigation "
                             "checks.", "Works outdoors in all weathers.")
    assert _skills(page) == []


def test_a_trail_of_commanders_is_a_ladder_not_a_breadcrumb() -> None:
    page = ("Volunteer Firefighter FAQ\n\n"
            "Q. How do promotions work?\n"
            "A. Volunteer Firefighter > Crew Commander > Watch Commander > Group Commander\n\n"
            "Q. Is there a pager?\n"
            "A. Yes, carried on your rota weeks.\n")
    guide = parse_text(page, "page.txt")
    assert guide.role.text == "Volunteer Firefighter"
    assert texts(guide.progressions[0])[-1] == "Group Commander"
