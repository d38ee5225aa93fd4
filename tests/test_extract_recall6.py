"""recall6: the largest classes of missed skills, read in general.

Every page here is invented for the test (other roles, wording and figures than any fixture).
"""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.model import Guide


def _parse(tmp_path: Path, name: str, text: str) -> Guide:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


def _skills(guide: Guide) -> list[str]:
    return [fact.text for fact in guide.skills]


def test_one_technique_in_a_skill_bracket_is_a_skill(tmp_path: Path) -> None:
    # A skills bullet's bracket that holds one lower-case technique ("(hot gunning)",
    # "(dye penetrant inspection)") names a skill of its own, besides the item's head.
    guide = _parse(tmp_path, "jobspec-kiln-technician.txt", "\n".join([
        "Kiln Technician",
        "About the role",
        "You keep a brickworks' tunnel kilns firing through the week.",
        "Skills",
        "- Refractory repair (hot gunning)",
        "- Burner servicing (flame monitoring)",
        "- Hull checks (dye penetrant inspection)",
        "- Fault-finding",
    ]))
    skills = _skills(guide)
    for name in ("Refractory repair", "hot gunning", "Burner servicing", "flame monitoring",
                 "Hull checks", "dye penetrant inspection", "Fault-finding"):
        assert name in skills


def test_a_bracketed_note_is_no_skill(tmp_path: Path) -> None:
    # A bracket saying how well, when or how it is learnt names no technique.
    guide = _parse(tmp_path, "jobspec-glass-blower.txt", "\n".join([
        "Glass Blower",
        "About the role",
        "You shape hot glass for a studio that sells to galleries.",
        "Skills",
        "- Gas safety (advanced)",
        "- Kiln loading (training provided)",
        "- Annealing schedules (night shifts)",
        "- Colour work (on the job)",
    ]))
    skills = _skills(guide)
    for note in ("advanced", "training provided", "night shifts", "on the job"):
        assert note not in skills
    assert "Gas safety" in skills


def test_title_case_skill_with_its_product_in_a_bracket(tmp_path: Path) -> None:
    # "Spreadsheets (LibreOffice Calc)": the skill and the product it names, each; a short
    # form of the skill in the bracket stays the skill's own ("Welding (WLD)").
    guide = _parse(tmp_path, "extension-mushroom-grower.txt", "\n".join([
        "Mushroom Grower",
        "A mushroom grower runs the growing rooms of a farm that supplies supermarkets.",
        "Skills",
        "  ● Substrate preparation",
        "  ● Spreadsheets (LibreOffice Calc)",
        "  ● Databases (Airtable)",
        "",
        "Education and training",
        "Most growers learn on the job.",
    ]))
    skills = _skills(guide)
    for name in ("Spreadsheets", "LibreOffice Calc", "Databases", "Airtable"):
        assert name in skills
    assert "Spreadsheets (LibreOffice Calc)" not in skills
