"""heads47: trades that are also surnames or verbs (Packer, Picker, Shepherd, Seaman,
Prosthetist) as role heads, with a person's name and a bracket's gloss kept out."""

from __future__ import annotations

from careergraph.guides import parse_text


def _texts(items: list) -> list[str]:
    return [item.text for item in items]


_DECK = ("# Ordinary Seaman\n\n## Career path\n\nAfter a year at sea an Ordinary Seaman can "
         "become an Able Seaman, then a Bosun.\n")


def test_seaman_titles_are_moves() -> None:
    guide = parse_text(_DECK, "seaman.md")
    assert guide.role.text == "Ordinary Seaman"
    assert "Able Seaman" in _texts(guide.leads_to)


_FARM = ("# Farm Hand\n\n## Career path\n\nMany farm hands later become a Hill Shepherd, a "
         "Fruit Picker or a Warehouse Packer.\n")


def test_shepherd_picker_packer_titles_are_moves() -> None:
    moves = _texts(parse_text(_FARM, "farm-hand.md").leads_to)
    assert {"Hill Shepherd", "Fruit Picker", "Warehouse Packer"} <= set(moves)


def test_prosthetist_is_a_page_role() -> None:
    page = ("# Orthotist and Prosthetist\n\n## Career path\n\nSome move on to become a Senior "
            "Prosthetist.\n")
    assert "Senior Prosthetist" in _texts(parse_text(page, "pros.md").leads_to)


def test_a_given_name_before_a_head_is_a_person() -> None:
    for surname in ("Packer", "Picker", "Shepherd", "Seaman"):
        page = (f"# Payroll Clerk\n\nBy Olivia {surname}\n\n## Career path\n\nPayroll Clerks "
                f"often become a Payroll Supervisor. Some join Tom {surname} in the finance "
                f"team.\n\n## Salary\n\nA Payroll Clerk earns about $38,000; Sarah {surname} "
                f"earns $52,000.\n")
        guide = parse_text(page, "payroll.md")
        moves = _texts(guide.leads_to) + _texts(guide.transitions_to) + _texts(guide.moves_in)
        assert not any(surname in move for move in moves), (surname, moves)
        assert not any(s.role and surname in s.role for s in guide.salaries), surname


def test_a_bracketed_gloss_after_a_field_value_is_no_title() -> None:
    page = ("JOB ANALYSIS  -  Site Visit Notes\n"
            "EMPLOYER ....... Redgate Orchards Ltd, Mill Lane\n"
            "POSITION ....... Orchard Hand   (also: Apple Picker)\n"
            "PAY ............ $19.40 - $21.10/hr\n\n"
            "1. JOB SUMMARY\nPicks, sorts and crates apples by hand in season.\n")
    guide = parse_text(page, "orchard.txt")
    assert guide.role.text == "Orchard Hand"


def test_a_given_name_that_is_also_a_noun_opens_a_title() -> None:
    page = ("# Deckhand\n\n## Career path\n\nMany deckhands start as a Marina Assistant. Some "
            "join Robin Turner's crew.\n")
    guide = parse_text(page, "deckhand.md")
    moves = _texts(guide.moves_in) + _texts(guide.leads_to) + _texts(guide.transitions_to)
    assert "Marina Assistant" in moves
    assert not any("Turner" in move for move in moves)
