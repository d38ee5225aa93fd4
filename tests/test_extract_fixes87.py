"""Wrong facts real44 left on real pages (helper fixes87, stop 55): the next rung's pay given
to the page's role, a figure cut at the page's end read as an hourly rate, a quantity word
kept in a skill, an image's file name as a pay label.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text


def _skills(guide: object) -> set[str]:
    return {s.text for s in guide.skills}  # type: ignore[attr-defined]


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


_POOL = (
    "Leisure Attendant\n"
    "\n"
    "A leisure attendant keeps the gym floor and changing rooms safe and tidy.\n"
    "\n"
    "Salary & benefits\n"
    "Full-time leisure attendants earn between £15,500 and £19,000 a year.\n"
    "If you were to move up to a supervisory role, the rate of pay would rise to "
    "between £25,000 and £30,500 per year.\n"
)


def test_a_seat_with_no_title_gives_its_pay_no_owner() -> None:
    pay = _pay(parse_text(_POOL, "leisure-attendant.txt"))
    assert (15500, 19000, None) in pay
    assert not any(low == 25000 for low, _, _ in pay)  # not the attendant's, nor anyone's


def test_the_role_s_own_pay_with_no_move_stays_the_role_s() -> None:
    page = _POOL.replace("If you were to move up to a supervisory role, the rate of pay would "
                         "rise", "With overtime, the rate of pay can rise")
    assert (25000, 30500, None) in _pay(parse_text(page, "leisure-attendant.txt"))


_DOCK = (
    "Warehouse Loader\n"
    "\n"
    "Warehouse loaders move freight between trucks, racks and loading bays.\n"
    "\n"
    "Pay for a Warehouse Loader\n"
    "The average annual wage for warehouse loaders was $31,240 in 2025. Loaders "
    "promoted to freight yard supervisors in the logistics industry received average "
    "annual wages of $52,610.\n"
)


def test_a_promotion_s_title_owns_the_pay_its_sentence_gives() -> None:
    pay = _pay(parse_text(_DOCK, "warehouse-loader.txt"))
    assert (31240, 31240, None) in pay
    assert (52610, 52610, "Freight Yard Supervisor") in pay
    assert (52610, 52610, None) not in pay


def test_before_the_promotion_the_pay_is_the_role_s() -> None:
    page = _DOCK.replace("Loaders promoted to freight yard supervisors in the logistics industry "
                         "received", "Loaders with five years' service received")
    assert (52610, 52610, None) in _pay(parse_text(page, "warehouse-loader.txt"))


_LADDER = (
    "Housekeeping Supervisor\n"
    "\n"
    "Housekeeping supervisors run a hotel's team of room attendants.\n"
    "\n"
    "Salary\n"
    "New housekeeping supervisors earn £17,500 - £21,000 (full-time). With "
    "experience, and as a head housekeeper, you could earn from £21,"
)


def test_a_figure_cut_at_the_page_s_end_yields_nothing() -> None:
    pay = _pay(parse_text(_LADDER, "housekeeping-supervisor.txt"))
    assert any(low == 17500 for low, _, _ in pay)
    assert not any(low == 21 for low, _, _ in pay)


def test_a_figure_ending_the_page_in_full_is_read() -> None:
    page = _LADDER[: -len("£21,")] + "£24,000."
    pay = _pay(parse_text(page, "housekeeping-supervisor.txt"))
    assert any(low == 24000 or high == 24000 for low, high, _ in pay)


_FITTER = (
    "You are here\n"
    "\n"
    "Fence erectors put up and take down timber and wire fencing on farms and "
    "building sites. These fences keep livestock away from roads. It involves using "
    "a range of hand tools, including hammers, tape measures, spirit levels and "
    "drills.\n"
    "Physiotherapy after a strain restores range of motion.\n"
)


def test_a_quantity_before_a_skill_is_no_part_of_it() -> None:
    skills = {s.lower() for s in _skills(parse_text(_FITTER, "fence-erector.txt"))}
    assert {"hand tools", "hammers", "drills"} <= skills
    assert not any(s.startswith(("range of", "wide range of", "a wide range")) for s in skills)


def test_a_singular_thing_after_range_of_keeps_its_name() -> None:
    from careergraph.guides.builder import _quantity_lead

    assert _quantity_lead().sub("", "range of motion") == "range of motion"
    assert _quantity_lead().sub("", "a variety of power tools") == "power tools"


_SNAPSHOT = """\
Dental Hygiene

Job snapshot

SALARY average:

RouteFinder Flags.png

USD $71,000 GBP £29,500 AUD $62,000

fixed or variable remuneration: Fixed salary
"""


def test_an_image_file_name_is_no_pay_label() -> None:
    guide = parse_text(_SNAPSHOT, "dental-hygienist.txt")
    labels = {b.label for b in guide.salaries}
    assert guide.salaries and not any(label and ".png" in label for label in labels)


def test_a_label_line_without_an_image_extension_stays() -> None:
    from careergraph.guides.longform_chrome import _markup

    assert _markup("RouteFinder Flags.png") == ""
    assert _markup("Salary by region") == "Salary by region"
