"""Set 36's third pass and last stop's noticed defects (helper rules36c, 2026-12-05): roles a
page names by a label, a plural headline, a unit's alias clause or its staff cards rather than
its file name; experience words before a title; alias bullets joined by "and"; a "Where it
goes" ladder; short skill items with "incl.", an inner acronym or platforms; circled pathway
steps' owners; "X is the usual sideways move".  Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file


def _guide(tmp_path: Path, text: str, name: str = "page-one.txt"):  # type: ignore[no-untyped-def]
    """The guide parse_file reads from ``text`` under ``name`` (a name naming no role)."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def _pay(guide) -> set[tuple[str | None, float | None, float | None, str | None]]:  # type: ignore[no-untyped-def]
    """Each salary as (owner, min, max, period); the role's own owner is None."""
    return {(s.role, s.min, s.max, s.period) for s in guide.salaries}


def test_a_label_for_the_post_this_page_covers(tmp_path: Path) -> None:
    """"Role on this roster: X", "Position covered on this page: X (…)": the page's role."""
    roster = _guide(tmp_path, "HALVARD PUMPING SERVICES   Careers\n\nFIFO ROSTER — LAKE "
                    "ORRIN SITE\nRole on this roster: DEWATERING PUMP OPERATOR (surface)  — "
                    "also called Pump Hand\n\nROSTER: 8 days on / 6 off\n")
    assert roster.role.text == "Dewatering Pump Operator"
    assert roster.role_signal != "file_name"
    lodge = _guide(tmp_path, "Rotations at Kestrel Lodge\nPosition covered on this page: "
                   "Lodge Cook (Night)   [aka Camp Cook]\n\nYOUR ROTATION\n10 in / 10 out\n",
                   "page-two.txt")
    assert lodge.role.text == "Lodge Cook"


def test_an_explainers_plural_profession_after_its_dash(tmp_path: Path) -> None:
    """"SHIFTS AND PAY EXPLAINED — DIALYSIS TECHNICIANS": the profession, one of them."""
    guide = _guide(tmp_path, "Home | Work for us\n\nSHIFTS AND PAY EXPLAINED — DIALYSIS "
                   "TECHNICIANS\nFor applicants to our renal units\n\n1. HOW SHIFTS WORK\n"
                   "Our units run six days a week.\n")
    assert guide.role.text == "Dialysis Technician"


def test_a_units_post_before_its_other_names(tmp_path: Path) -> None:
    """"Map Curator (2 posts) — sometimes advertised as …": the post the unit section is
    about, read when nothing stronger names the page's role."""
    guide = _guide(tmp_path, "About us › Our teams\n\nTHE MAPS UNITThe unit holds our map "
                   "collections. It has 5 people.Map Curator (2 posts) — sometimes advertised "
                   "as Cartographic Curator or Map Librarian. Map curators answer enquiries.\n")
    assert guide.role.text == "Map Curator"


def test_a_staff_directory_names_the_post_most_cards_hold(tmp_path: Path) -> None:
    """Three cards of one post (its level word and squad dropped) name the role, when no
    other signal of the page names one (the reader comes last, before the file name)."""
    cards = ("HARBOURSIDE ATHLETIC  ·  Official website    Fixtures  Tickets  Shop\n"
             "Club › People › Staff   Filter: [Department: Medical ×]   Showing 4 of 40\n\n"
             "MEDICAL DEPARTMENT\n"
             "The department keeps the squads fit and treats injuries across the season.\n\n"
             "ROSA VANE\nHead of Medical Services  |  joined 2018\n"
             "IAN COLE\nSenior Sports Physiotherapist — First team  |  joined 2020\n"
             "MAY ORR\nSports Physiotherapist — Women  |  joined 2022\n"
             "TED AMIS\nSports Physiotherapist — Academy  |  joined 2024\n")
    guide = _guide(tmp_path, cards)
    assert guide.role.text == "Sports Physiotherapist"
    assert guide.role_signal != "file_name"


def test_experience_before_a_title_names_no_post(tmp_path: Path) -> None:
    """"Experienced technicians earn …", "Newly qualified …", "Trainee Lab Technician": the
    role's own figures; "Experienced analysts" are another title's, owned bare."""
    guide = _guide(tmp_path, "Pathology Technician\n\nPathology technicians prepare "
                   "samples in hospital labs.\n\nPay\n"
                   "Newly qualified pathology technicians start on £25,300 a year. "
                   "Experienced technicians earn £30,100 to £34,700.\n"
                   "Experienced Path Technicians earn £31,500 to £36,000 in private labs.\n"
                   "Experienced analysts earn £39,000.\n",
                   "pathology-technician.txt")
    pay = _pay(guide)
    assert (None, 30100, 34700, "year") in pay and (None, 25300, 25300, "year") in pay
    assert (None, 31500, 36000, "year") in pay
    assert ("Analyst", 39000, 39000, "year") in pay
    assert not any(owner and "Experienced" in owner for owner, *_ in pay)


def test_an_alias_bullet_joined_by_and_is_one_name(tmp_path: Path) -> None:
    """A bullet under "Also called" is one name ("Maps and Historical Plans Curator"); a
    comma or "or" still sets names apart; "Sometimes called" and "Aliases" label such lists."""
    guide = _guide(tmp_path, "Map Curator\n\nMap curators look after map collections.\n\n"
                   "Also called\n- Maps and Historical Plans Curator\n- Plan Keeper, "
                   "Cartographic Curator\n", "map-curator.txt")
    assert [a.text for a in guide.aliases] == [
        "Maps and Historical Plans Curator", "Plan Keeper", "Cartographic Curator"]
    named = _guide(tmp_path, "Map Curator\n\nMap curators look after map collections.\n\n"
                   "Sometimes called\n- Collections and Loans Curator\n", "map-curator.txt")
    assert [a.text for a in named.aliases] == ["Collections and Loans Curator"]
    skills = _guide(tmp_path, "Map Curator\n\nMap curators look after map collections.\n\n"
                    "Skills\n- Packing and shipping\n", "map-curator.txt")
    assert [s.text for s in skills.skills] == ["Packing", "shipping"]


def test_where_it_goes_heads_a_ladder(tmp_path: Path) -> None:
    """An arrow ladder under "WHERE IT GOES" is read; "X is the usual sideways move" is a
    lateral move under any progression label."""
    guide = _guide(tmp_path, "Pump Operator\n\nPump operators run dewatering pumps.\n\n"
                   "WHERE IT GOES\nTrainee Operator → Operator → Senior Operator → Pump "
                   "Supervisor\n", "pump-operator.txt")
    assert [[s.text for s in p] for p in guide.progressions] == [
        ["Trainee Operator", "Operator", "Senior Operator", "Pump Supervisor"]]
    moved = _guide(tmp_path, "Rope Access Technician\n\nThey work at height.\n\nWhere it goes: "
                   "good technicians step up to Rope Access Supervisor. If your knees give "
                   "out, Blade Inspector is the usual sideways move.\n",
                   "rope-access-technician.txt")
    assert [m.text for m in moved.transitions_to] == ["Blade Inspector"]


def test_short_skill_items(tmp_path: Path) -> None:
    """"X incl. Y" gives both; an inner acronym keeps the phrase; "task on A and B" gives
    the task and each platform."""
    guide = _guide(tmp_path, "Dialysis Technician\n\nDialysis technicians run machines.\n\n"
                   "What we look for\n- Machine set-up incl. priming\n"
                   "- Continuous renal (CRRT) therapy support\n"
                   "- online ordering on Zentra and Medisup\n", "dialysis-technician.txt")
    names = [s.text for s in guide.skills]
    assert {"Machine set-up", "priming", "Continuous renal (CRRT) therapy support",
            "online ordering", "Zentra", "Medisup"} <= set(names)


def test_a_circled_steps_title_owns_its_figure(tmp_path: Path) -> None:
    """"② TRAINEE SUPERVISOR (paid …) — £12.60 an hour": that title's; the role's Assistant
    step is the role's own; a higher step's title owns its range."""
    guide = _guide(tmp_path, "Garden Centre Manager\n\nFrom Saturday helper to Garden Centre "
                   "Manager: the steps.\n\n① PLANT AREA HELPER — unpaid, one day a week\n"
                   "② TRAINEE SUPERVISOR (paid, 6-month placement) — £12.60 an hour\n"
                   "③ ASSISTANT GARDEN CENTRE MANAGER — £26,100 – £28,400 a year\n"
                   "④ GARDEN CENTRE MANAGER — £31,000 – £35,500 a year\n"
                   "⑤ REGIONAL MANAGER (5 centres) — £44,000 – £49,000 a year\n",
                   "garden-centre-manager.txt")
    pay = _pay(guide)
    assert ("Trainee Supervisor", 12.6, 12.6, "hour") in pay
    assert (None, 26100, 28400, "year") in pay and (None, 31000, 35500, "year") in pay
    assert ("Regional Manager", 44000, 49000, "year") in pay
