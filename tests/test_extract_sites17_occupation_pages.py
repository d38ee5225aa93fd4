"""Roles in the structures of held-back set 17's occupation-site pages (rules17a).

Each test writes its own small page (invented roles and wording) and asserts what the parser
reads from it, with a case beside it where the rule must not fire.
"""

from __future__ import annotations

import pytest

from careergraph.errors import GuideError
from careergraph.guides import parse_text


def test_title_over_an_other_names_line_is_the_role_whatever_its_head() -> None:
    # A translated occupation sheet: sentence case, a qualifier, no role noun at the end.
    page = ("Portal > Occupations > Logistics > Harbour crew\n"
            "Harbour crew (container terminal)\n"
            "Another name: Dock hand, quay hand\n"
            "What kind of job is it?\n"
            "We moor ships and lash containers on the quay in all weather.\n")
    guide = parse_text(page, "page-3.txt")
    assert guide.role.text == "Harbour crew"
    aliases = {fact.text for fact in guide.aliases}
    assert "Harbour crew (container terminal)" in aliases
    assert {"Dock Hand", "Quay Hand"} <= aliases


def test_a_title_without_a_line_of_other_names_stays_unread() -> None:
    page = ("Portal > Occupations > Logistics\n"
            "Harbour crew (container terminal)\n"
            "What kind of job is it?\n"
            "We moor ships and lash containers on the quay in all weather.\n")
    with pytest.raises(GuideError):
        parse_text(page, "page-3.txt")
