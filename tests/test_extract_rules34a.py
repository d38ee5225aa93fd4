"""Exhibitor lists, pay review body chapters and returner programme pages (helper rules34a,
2026-12-05): roles, employers, skills and pay read from their own structures."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.roles import _page_title
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

VOCAB = Vocabulary.from_lexicon(load_lexicon())


def _guide(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    """The guide parse_file reads from ``text`` under a neutral file name."""
    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def test_a_pay_review_summary_names_the_first_staff_group() -> None:
    """"… — summary for X and Ys": the chapter's staff group is X, the second a grade."""
    assert _page_title("Nursing Pay Panel: 12th report 2029 — summary for dental nurses and"
                       " orthodontic therapists", VOCAB, first=True) == "Dental Nurse"


def test_a_firm_masthead_is_no_title(tmp_path: Path) -> None:
    """"FIRM NAME  Chartered Tax Advisers": the firm's trade, the returner programme's role
    named below leads."""
    text = ("HOLLIS VANE  Chartered Tax Advisers\n"
            "Home | Services | Team | Careers | Contact\n\n"
            "BACK TO TAX: OUR RETURNER PROGRAMME FOR TAX ADVISERS\n"
            "4-month paid returnship · Leeds or Manchester\n\n"
            "If you worked as a tax adviser and took a career break of two years or more, "
            "this programme is your way back. Tax advisers join our private client team.\n")
    assert _guide(tmp_path, text).role.text == "Tax Adviser"


_FAIR = """NORTHERN SKILLS SHOW 2029 · Sheffield Arena · Thu 4 May
Home | Exhibitors | Talks | Contact

EXHIBITORS
Filter: Role = Quantity Surveyor ✕  |  Showing 5 of 48 exhibitors
Employer (3)  Training provider (1)  Recruitment agency (1)

Brackmoor Build Ltd              Stand D07
Housebuilder · Sheffield, Rotherham
Recruiting: Quantity Surveyor · Estimator
Quantity Surveyor £41,000 – £48,000 | Estimator £39,000 – £44,000
[ Visit website ]

Don Valley Skills Hub           Stand A02 (Information)
Careers advice and apprenticeship grants
[ Visit website ]

Hallam Talent Partners          Stand E11 (Recruitment agency)
Contract surveyors across South Yorkshire
[ Visit website ]

Loxley Civils Group             Stand D15
Civils contractor · Doncaster
Recruiting: Site Manager · Planner
[ Visit website ]

Rivelin Rail Ltd                Stand C04
Rail civils · Barnsley
Recruiting: Quantity Surveyor (Rail) · Site Manager
[ Visit website ]
"""

_BOOTHS = ("""MIDWEST PLANT JOBS DAY — EMPLOYER DIRECTORY          Page 2 of 5
Civic Center, Joliet IL  |  Saturday June 6  |  10 AM – 3 PM
Hosted by the Will County Jobs Council   •   Radio partner: WJOL
HOW TO USE THIS LIST: booths in number order. ★ = hiring today.  ⓘ = information only.
Looking for MAINTENANCE MECHANIC jobs? Mechanics are also called millwrights or plant """
           """fitters — look for ★ booths.

BOOTH 12 ★ PRAIRIE STEEL PROCESSING LLC (Joliet)
Openings: Maintenance Mechanic – 4 positions; Electrician – 2
Pay: $31.20 – $38.90/hr
BOOTH 15 ⓘ JOLIET TECH COLLEGE   Certificate courses, evening classes
BOOTH 18 ★ DES PLAINES FOODS
Openings: Millwright (packaging lines) – 3
Pay: $33.00/hr
BOOTH 21 ★ KANKAKEE PAPER CO.
Openings: Forklift Driver – 6
Pay: $21.50/hr
""")


def test_exhibitors_recruiting_the_role_employ_it(tmp_path: Path) -> None:
    """An exhibitor list's entries: those whose "Recruiting:" line names the role (or the
    role with a qualifier) employ it; information stands, agencies and other recruiters
    do not."""
    employers = {e.text for e in _guide(tmp_path, _FAIR).employers}
    assert {"Brackmoor Build Ltd", "Rivelin Rail Ltd"} <= employers
    assert not employers & {"Don Valley Skills Hub", "Hallam Talent Partners",
                            "Loxley Civils Group"}


def test_booths_opening_the_role_or_an_alias_employ_it(tmp_path: Path) -> None:
    """A booth directory: "Openings:" naming the role or a name "are also called" gives it
    employs it; the capitals of the booth's name are undone, its acronyms kept."""
    guide = _guide(tmp_path, _BOOTHS)
    employers = {e.text for e in guide.employers}
    assert {"Prairie Steel Processing LLC", "Des Plaines Foods"} <= employers
    assert not employers & {"Kankakee Paper Co.", "Joliet Tech College"}
    assert "Millwright" in {a.text for a in guide.aliases}


def test_an_entry_s_pay_cells_belong_to_their_titles(tmp_path: Path) -> None:
    """"Title £X – £Y | Title £Z": each figure is its cell's title's; the role's own with a
    level word or from an open floor ("from £41,000"), an extra after "+" no open end."""
    text = _FAIR.replace(
        "Quantity Surveyor £41,000 – £48,000 | Estimator £39,000 – £44,000",
        "Quantity Surveyor £41,000 – £48,000 + car allowance | Senior Quantity Surveyor "
        "£52,000 – £58,000 | Estimator £39,000 – £44,000").replace(
        "Recruiting: Quantity Surveyor (Rail) · Site Manager",
        "Recruiting: Quantity Surveyor (Rail) · Site Manager\n"
        "Quantity Surveyor from £43,500 | Site Manager £47,000 – £53,000")
    pay = {(s.min, s.max, s.role) for s in _guide(tmp_path, text).salaries}
    assert {(41000, 48000, None), (52000, 58000, None), (39000, 44000, "Estimator"),
            (43500, None, None), (47000, 53000, "Site Manager")} <= pay


def test_a_run_in_sectors_label_lists_lower_case_sectors(tmp_path: Path) -> None:
    """"Typical sectors: a, b, c": the label names its list; its items are sectors in lower
    case too, and the list ends with its line."""
    text = _FAIR + ("\nTypical sectors: housebuilding, rail, water, highways\n"
                    "Bring two copies of your CV · Free parking after 3 pm\n")
    sectors = {s.text for s in _guide(tmp_path, text).sectors}
    assert {"housebuilding", "rail", "water", "highways"} <= sectors
    assert not any("parking" in s.lower() for s in sectors)


def test_a_phrase_between_a_cell_s_words_and_its_figure_is_no_title(tmp_path: Path) -> None:
    """"… | Median full-time starting salary A$71,000": no title before the figure, so the
    cell is no opening's pay (the median stays the role's)."""
    text = ("Dental Technician — course outcomes\n\n"
            "88% of graduates employed within 4 months  |  Median full-time starting salary"
            " A$71,000\n")
    pay = [(s.min, s.role) for s in _guide(tmp_path, text).salaries]
    assert (71000, None) in pay


_RETURNER = """Hollis Vane LLP | Careers
Home | Services | People | Careers

COMEBACK: OUR RETURNER PROGRAMME FOR TAX ADVISERS
5-month paid returnship · Leeds or York

+ Who is it for?
Chartered Tax Advisers who took a break of two years or more.

+ What skills will help?
Tax research · Xero and Sage reporting · client care · deadline planning

+ What happens after the programme?
Most returners stay with us as Tax Advisers.

+ What support is there?
A coach, a buddy and a monthly lunch.

MEET A RETURNER
"It felt like coming home." — A. Byrne, Tax Adviser
"""


def test_accordion_toggles_head_their_sections(tmp_path: Path) -> None:
    """"+ What skills will help?": an accordion's toggle heads a skills section, and the
    next toggle ends the section above it (the quote's heading is no move)."""
    guide = _guide(tmp_path, _RETURNER)
    skills = {s.text for s in guide.skills}
    assert {"Tax research", "client care", "deadline planning"} <= skills
    moves = {m.text for bucket in (guide.leads_to, guide.transitions_to) for m in bucket}
    assert not any("RETURNER" in m.upper() for m in moves)


def test_a_grade_column_of_posts_is_the_table_s_title_column(tmp_path: Path) -> None:
    """"| Grade | Job Group | Minimum | Maximum |" over posts: the grades are the titles (the
    role at a numbered grade its own, a chief's band the chief's), the job group a letter."""
    text = ("RE: REVIEW OF REMUNERATION FOR PHARMACEUTICAL TECHNOLOGISTS IN THE COUNTY SERVICE\n\n"
            "4. BASIC SALARY (KShs per month):\n\n"
            "| Grade | Job Group | Minimum | Maximum |\n"
            "| Pharmaceutical Technologist III | G | 31,400 | 42,900 |\n"
            "| Pharmaceutical Technologist II | H | 36,800 | 50,300 |\n"
            "| Chief Pharmaceutical Technologist | M | 88,100 | 117,600 |\n")
    pay = {(s.min, s.max, s.role) for s in _guide(tmp_path, text).salaries}
    assert (31400, 42900, None) in pay and (36800, 50300, None) in pay
    assert any(low == 88100 and role and role.startswith("Chief") for low, _, role in pay)
