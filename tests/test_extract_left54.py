"""Leftover shapes of held-back set 54 and of real51's real pages (helper left54, stop 63):
a board's firm line with its rating or badge, a job card cut off after its figure's
decimal point, and the other shapes below.  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.board_rows import board_rows
from careergraph.guides.rated_firms import rated_firm


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str | None]]:
    return {(b.role, b.min, b.max, b.period)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ------------------------------------------------------------ a firm with a rating or badge

_RATED = """\
Translated from: Russian | Show original
Jobs ▸ Construction ▸ Installation
🔥 URGENT! Welder of pipelines 5 category (vakhta 45/45)
from 150 000 to 180 000 ₽ per month on hand
Polar Montazh JSC   ✔ Verified employer   on the site 6 years
Respond   Call
Requirements:
- reading of drawings;
- work at height.
"""


def test_a_firm_line_with_a_badge_names_the_employer() -> None:
    guide = parse_text(_RATED, "welder.txt")
    assert guide.role.text == "Welder"
    assert "Polar Montazh JSC" in _facts(guide, "employers")


def test_a_rating_after_the_firm_is_no_part_of_its_name() -> None:
    assert rated_firm("Nordlicht LLC ★ 4.2 · 87 reviews   Accredited IT company") == (
        "Nordlicht LLC")
    assert rated_firm("Acme Widgets Inc 3.9 ★") == "Acme Widgets Inc"
    # no rating or badge beside it: the head's other readers decide
    assert rated_firm("Polar Montazh JSC   Moscow   Full time") is None


# ------------------------------------------------------------- a card cut after its decimal point

def test_a_card_cut_off_after_its_decimal_point_gives_no_pay() -> None:
    rows = board_rows([(1, "Roofer · Slate Roofing Ltd · Hull, MA · $24.50/hr"),
                       (2, "Roofer · Ridge Roofs · Salem, MA · $19.")])
    assert rows[0] == (1, ("Roofer", "Hull, MA", "$24.50/hr", "Slate Roofing Ltd"))
    assert rows[1] == (2, None)


# ------------------------------------------------------- a credential's letter in brackets

def test_a_credentials_bracketed_letter_is_no_tool() -> None:
    page = ("Radiologic Technologist\nRequirements\n- NMTCB or ARRT (R) with CT\n"
            "- RT(R) registry in good standing\n- Statistics in a scripting language (R)\n")
    skills = _facts(parse_text(page, "rt.txt"), "skills")
    assert "R" in skills  # the language in its bracket, after a word in lower case
    guide = parse_text(page.replace("- Statistics in a scripting language (R)\n", ""), "rt.txt")
    assert "R" not in _facts(guide, "skills")


# ------------------------------------------------------------------- moves told in prose

def test_or_go_on_to_become_is_another_choice_not_a_later_step() -> None:
    page = ("Theatre Nurse\nCareer\nMany of our theatre nurses end up as charge nurses or go "
            "on to become nurse educators after a master's degree.\n")
    guide = parse_text(page, "theatre-nurse.txt")
    assert {"Charge Nurse", "Nurse Educator"} <= _facts(guide, "leads_to")
    assert not guide.progressions


def test_the_post_held_now_and_the_one_before_it_lead_to_the_role() -> None:
    page = ("Staff Nurse\nAssignment confirmation\nYour current position (for the file): "
            "Ward HCA at Elm Vale Hospital, Leeds — £13.20/hr. Before that: Porter HCA "
            "(2018–2020).\n")
    guide = parse_text(page, "staff-nurse.txt")
    assert [[f.text for f in chain] for chain in guide.progressions] == [
        ["Porter HCA", "Ward HCA", "Staff Nurse"]]
    assert ("Ward HCA", 13.2, 13.2, "hour") in _pay(guide)
    alone = parse_text("Leisure Supervisor\nPromotion\nCurrent post: Leisure Attendant, Grade "
                       "3 (£24,027 a year)\nNew post: Leisure Supervisor, Grade 6 (£29,000 a "
                       "year)\n", "promotion.txt")
    assert _facts(alone, "moves_in") == {"Leisure Attendant"}


# ---------------------------------------------------------------- conditions of the work

def test_a_requirement_to_bear_the_conditions_of_the_work_names_no_skills() -> None:
    page = ("Wind Turbine Technician\nRequirements\n"
            "- Be comfortable with heights, working outside, shift scheduling, frequent travel, "
            "dusty conditions and long hours.\n- Be comfortable with SCADA, Excel and Outlook\n")
    skills = _facts(parse_text(page, "wtt.txt"), "skills")
    assert {"SCADA", "Excel", "Outlook"} <= skills
    assert not skills & {"outside", "shift scheduling", "dusty conditions"}


# ------------------------------------------------------------- a pair sharing a plural head

def test_a_lone_word_shares_the_plural_head_of_a_numbered_industry() -> None:
    page = ("Dental Technician\nTop Industries\n1\nMedical and Dental Laboratories\n2\n"
            "Hospitals\n")
    sectors = _facts(parse_text(page, "dental-tech.txt"), "sectors")
    assert "Medical and Dental Laboratories" in sectors
    assert "Medical" not in sectors


def test_workers_a_firm_takes_to_retrain_as_the_role_move_in() -> None:
    page = ("Roofer\nAbout the job\nWe also take bricklayers and labourers who want to "
            "retrain as roofers: we teach on site.\n")
    assert {"Bricklayer", "Labourer"} <= _facts(parse_text(page, "roofer.txt"), "moves_in")


# ------------------------------------------------------------- a glued form's sector field

def test_a_sector_field_glued_into_a_pasted_form_line_names_the_sector() -> None:
    page = ("Statistician\nHi Ana, the certificate's details as the system shows them:\n"
            "Sponsor nameHollin Data Analytics LLPLicence numberZ9K2Sector of the sponsor"
            "Market research (surveys and polling)\nJob titleStatistician\n")
    guide = parse_text(page, "statistician.txt")
    assert "Hollin Data Analytics LLP" in _facts(guide, "employers")
    assert "Market research" in _facts(guide, "sectors")
