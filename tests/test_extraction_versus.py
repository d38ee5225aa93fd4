"""Comparison ("X vs Y"), career-quiz result and start-a-business pages: own test pages."""

from careergraph.guides.read import parse_text

_VERSUS = """TradeCompare
Home › Compare › Plasterer vs Tiler
Plasterer vs Tiler: which trade should you learn?
By Sam Okafor · Updated 3 May 2026
Tilers fit walls and floors; a tiler also grouts wet rooms.  Plasterers skim walls.
At a glance
| | Plasterer | Tiler |
|---|---|---|
| Starting pay | £21,000–£24,000 | £22,500–£25,500 |
| Experienced pay | £31,000–£37,000 | £33,000–£40,000 |
Pay
Plasterers: most earn £27,000 a year once qualified.
Tilers: the typical figure is £29,500, with bathroom specialists earning more.
"""


def test_versus_title_names_first_role_and_second_roles_figures_belong_to_it() -> None:
    guide = parse_text(_VERSUS, "compare-trades.txt")
    assert guide.role.text == "Plasterer"
    owned = {(s.min, s.max, s.role) for s in guide.salaries}
    # the table's first column and the plasterers' line are the role's own
    assert (21000, 24000, None) in owned
    assert (31000, 37000, None) in owned
    assert (27000, 27000, None) in owned
    # the second column and the line opened by "Tilers:" are the tiler's
    assert (22500, 25500, "Tiler") in owned
    assert (33000, 40000, "Tiler") in owned
    assert (29500, 29500, "Tiler") in owned
