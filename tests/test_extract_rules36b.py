"""Danish postings read through a translator, fly-in fly-out roster pages and hospital rota
and banding explainers (helper rules36b, 2026-12-05): point-grouped kroner, a title joining
two fields with "and", comparison figures of other jobs, deciles, and the chrome and lists
such pages print."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.amounts import find_amounts, find_money


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


def test_point_grouped_kroner_behind_the_code() -> None:
    """"DKK 27.340,15", "NOK 36.000–39.500": Danish and Norwegian notation."""
    step = find_money("Grundløn trin 2 er DKK 27.340,15 om måneden")
    # (the whole krone: cents of a month's pay are rounded, as for every currency)
    assert step is not None and step.currency == "DKK" and abs(step.low - 27340.15) < 1
    band = find_money("an experienced baker is at NOK 36.000–39.500 per month")
    assert band is not None and (band.low, band.high, band.period) == (36000, 39500, "month")
    # (English notation behind the code stays: a third digit after the comma)
    plain = find_money("Average monthly pay DKK 36,410")
    assert plain is not None and plain.low == 36410


def test_point_grouped_kroner_before_the_code() -> None:
    """"41.750 NOK", "29.100,25–31.400 DKK": the code after the figure, as Danish and
    Norwegian pages print it; a version number before a code is no amount."""
    pay = find_money("Lønnen er 41.750 NOK per måned for en erfaren snekker")
    assert pay is not None and (pay.low, pay.currency, pay.period) == (41750, "NOK", "month")
    band = find_money("the scale runs 29.100,25–31.400 DKK a month")
    assert band is not None and (round(band.low), band.high) == (29100, 31400)
    version = find_money("firmware v2.500 DKK edition")  # (no thousands inside a word)
    assert version is None or version.low != 2500


def test_a_five_figure_krone_amount_is_a_months_pay() -> None:
    """A trainee's "DKK 12.905,50 in the first year" states no period: a month's."""
    found = find_amounts("As an apprentice you receive DKK 12.905,50 in the first year")
    assert [(round(m.low), m.period) for m in found] == [(12906, "month")]
    yearly = find_amounts("Typical pay is DKK 455.000")
    assert [m.period for m in yearly] != ["month"]


def test_one_sided_deciles_are_no_floor() -> None:
    """"10 % earn over DKK 51.200": one tail of a distribution, no band and no floor."""
    assert find_amounts("10 % earn under DKK 30.400  |  10 % earn over DKK 51.200") == []


_POSTING = """\
Translated to English  |  Show original
ARBEJDSPORTALEN.dk   Find job   Login
Jobs / Trade / Window cleaner

Glass and facade cleaner for our Vejle team
Klarsyn Service ApS · Vejle
Published: 3 March 2027   |   Application deadline: 20 March 2027   |   Hours: 37 hours/week

The job
You will clean shop fronts and office facades from lifts and ladders.

We expect that you
• have experience with water-fed poles
• have driving license B

We offer
– Basic salary step 1 is DKK 27.340,15 per month, step 2 DKK 28.115,90.
As a glass and facade cleaner trainee you receive DKK 13.410,00 in the first year.
Compare: Window fitter DKK 36,900 · Building cleaner DKK 29,350
Salary of a facade painter (for comparison): median DKK 37.800

Development
Several of our glass and facade cleaners started as building cleaners.

Salary statistics for the occupation: Glass and facade cleaner
Average monthly salary, whole country ......... DKK 31,240
"""


def test_a_title_joining_two_fields_with_and_is_one_title(tmp_path: Path) -> None:
    """"Glass and facade cleaner" in a posting's headline: not cut to "Facade Cleaner"."""
    guide = _guide(tmp_path, _POSTING)
    assert guide.role.text == "Glass and Facade Cleaner"


def test_a_postings_steps_trainee_rate_and_comparisons(tmp_path: Path) -> None:
    """Each step and the trainee's rate are the role's; compared jobs own their figures."""
    pay = _pay(_guide(tmp_path, _POSTING))
    assert {(None, 27340, 27340, "month"), (None, 28116, 28116, "month"),
            (None, 13410, 13410, "month")} <= pay
    assert ("window fitter", 36900, 36900, "month") in pay
    assert ("building cleaner", 29350, 29350, "month") in pay
    assert ("facade painter", 37800, 37800, "month") in pay


_EXPLAINER = """\
NHS  Eastmoor Teaching Hospitals NHS Trust
Home | Work for us | About us        A A A   Translate
Work for us > Imaging > Shifts and banding explained

SHIFTS AND BANDING EXPLAINED - DIAGNOSTIC RADIOGRAPHERS
Also known as DR

1. HOW OUR SHIFTS WORK
Our scanners run 24/7 on a 5-week pattern of long days and nights.

2. WHAT WE LOOK FOR
{ticks}

3. HOW DRs PROGRESS HERE
Imaging Assistant → (apprenticeship) → Diagnostic Radiographer → Senior DR → Imaging Manager
We recruit radiographers from universities and from our own Imaging Assistants and Porters.
People join the trainee scheme from the wards as a Healthcare Assistant, or from
the clinics as a Phlebotomist.

Sector: NHS acute trusts · Private imaging

→ Search imaging vacancies on NHS Jobs (ref 22-IMG) | Book a visit | Staff benefits | Speak Up
Disclaimer | Privacy | Accessibility | Copyright © Eastmoor Teaching Hospitals
""".format(ticks="   ".join((
    "✔ HCPC registration (required)", "✔ CT scanning incl. contrast (Siemens, Canon)",
    "✔ Fluoroscopy across theatre and ward lists", "✔ PACS reporting workflow",
    "✔ Calm manner with anxious patients")))


def test_a_banding_explainers_links_and_footer_are_no_sectors(tmp_path: Path) -> None:
    """A strip of visit links and a "Disclaimer | Privacy | Copyright ©" footer after the
    "Sector:" line end it."""
    guide = _guide(tmp_path, _EXPLAINER, "diagnostic-radiographer.txt")
    assert {s.text for s in guide.sectors} == {"NHS acute trusts", "Private imaging"}


def test_ticked_items_across_one_line_are_each_a_skill(tmp_path: Path) -> None:
    """"✔ A (x)   ✔ B   ✔ C" on one line: a strip, every item read, brackets and all."""
    skills = {s.text for s in _guide(tmp_path, _EXPLAINER, "diagnostic-radiographer.txt").skills}
    assert {"PACS reporting workflow", "Calm manner with anxious patients", "Siemens",
            "Canon"} <= skills
    assert not any("PROGRESS" in s for s in skills)  # (the heading after the list is none)


def test_a_progress_heading_its_ladder_and_its_intake(tmp_path: Path) -> None:
    """"HOW DRs PROGRESS HERE" heads the ladder: a bracketed step is no rung, "Senior DR" is
    one; "we recruit … from our own A and B" and "join … from … as a C" are moves in."""
    guide = _guide(tmp_path, _EXPLAINER, "diagnostic-radiographer.txt")
    ladders = [[step.text for step in ladder] for ladder in guide.progressions]
    assert ["Imaging Assistant", "Diagnostic Radiographer", "Senior DR",
            "Imaging Manager"] in ladders
    came_in = {fact.text for fact in guide.moves_in}
    assert {"Imaging Assistant", "Porter", "Healthcare Assistant", "Phlebotomist"} <= came_in
    assert not {"Healthcare Assistant", "Phlebotomist"} & {
        fact.text for fact in guide.transitions_to}


_ROSTER = """\
KESTREL WELL SERVICES                                   Careers   Our rigs   Apply
Careers / Site life / FIFO rosters / Lake Amber

FIFO ROSTER & SITE LIFE - LAKE AMBER NICKEL PROJECT
Role on this roster: ROUSTABOUT

WHAT YOU NEED TO START
» Manual handling fitness
» Rigging and slinging experience
» Pressure washer and hand tools

PAY (per hour, base, 12-hr shift)
Trainee Roustabout ........ $39.00
Roustabout ........ $43.50 – $47.00
Roustabout in Charge (for information) ........ $51.20
On an 8:6 roster a roustabout with us a year typically grosses $109,000 – $118,000 a year.

WHERE IT GOES
Trainee Roustabout → Roustabout → Roustabout in Charge → Rig Supervisor

ALSO RECRUITING ROUSTABOUTS IN THE PILBARA: Sandfire Well Services · Northgate Drilling Group
Other employers of roustabouts: Eyre Basin Camp (Coral Lodging Group), Harbour Rigs Pty Ltd
"""


def test_guillemet_bullets_are_list_items(tmp_path: Path) -> None:
    """"» A" on two lines or more: each line an item of the list above."""
    skills = {s.text for s in _guide(tmp_path, _ROSTER, "roustabout.txt").skills}
    assert "Manual handling fitness" in skills
    assert not any(s.startswith("»") for s in skills)


def test_a_post_in_charge_is_a_post_of_its_own(tmp_path: Path) -> None:
    """"Roustabout in Charge" owns its rate and is the rung above the role."""
    guide = _guide(tmp_path, _ROSTER, "roustabout.txt")
    assert ("roustabout in charge", 51.2, 51.2, "hour") in {
        (s.role.lower() if s.role else None, s.min, s.max, s.period) for s in guide.salaries}
    ladders = [[step.text for step in ladder] for ladder in guide.progressions]
    assert any("Roustabout in Charge" in ladder for ladder in ladders)


def test_a_workers_gross_year_is_pay(tmp_path: Path) -> None:
    """"a roustabout who has been with us a year typically grosses $109,000 – …": pay."""
    pay = _pay(_guide(tmp_path, _ROSTER, "roustabout.txt"))
    assert (None, 109000, 118000, "year") in pay


def test_also_recruiting_and_bracketed_owners_are_employers(tmp_path: Path) -> None:
    """"ALSO RECRUITING …:" lists employers; a bracketed owner ending in an organisation's
    word ("(Coral Lodging Group)") is one too."""
    employers = {e.text for e in _guide(tmp_path, _ROSTER, "roustabout.txt").employers}
    assert {"Sandfire Well Services", "Northgate Drilling Group", "Eyre Basin Camp",
            "Coral Lodging Group", "Harbour Rigs Pty Ltd"} <= employers


def test_a_comparisons_items_parted_by_commas_are_each_their_titles(tmp_path: Path) -> None:
    """"Compare: Welder 31 400 NOK/month, Pipefitter 33 050 NOK/month": each its own."""
    guide = _guide(tmp_path, "Plate Worker\nPlatearbeider til verksted i Bergen\n\n"
                   "Salary statistics\nMedian salary for Plate Worker: 35 200 NOK/month\n"
                   "Compare: Welder 31 400 NOK/month, Pipefitter 33 050 NOK/month\n",
                   "platearbeider.txt")
    pay = _pay(guide)
    assert ("welder", 31400, 31400, "month") in pay
    assert ("pipefitter", 33050, 33050, "month") in pay
    assert (None, 35200, 35200, "month") in pay
