"""A role named only in a page's own text, for pages saved under a meaningless file name:
a classification record's preferred label and a tribute's trade."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text


def test_glued_preferred_label_names_the_role() -> None:
    page = ("Trades Atlas | Browse | Sign in\n"
            "Browse > Construction\n"
            "Occupation profile | Save | Compare\n"
            "slate roofer\n"
            "Preferred labelslate roofer\n"
            "Other labelsslater · roof slater\n"
            "DescriptionLays and mends slate roofs on houses and chapels.\n")
    guide = parse_text(page, "page1.txt")
    assert (guide.role.text, guide.role_signal) == ("Slate Roofer", "preferred_label")
    assert not any("file name" in p.message for p in guide.problems)


def test_record_heading_above_its_concept_uri_names_the_role() -> None:
    page = ("Skills Register\nHome » Occupation » wheelwright\n"
            "wheelwright\nConcept URI http://example.org/occupation/42\n"
            "Description\nBuilds and mends wooden wheels for carts and coaches.\n")
    guide = parse_text(page, "page1.txt")
    assert (guide.role.text, guide.role_signal) == ("Wheelwright", "preferred_label")


@pytest.mark.parametrize(("page", "trade"), [
    ("Village News | Spring\nREMEMBERED\nAda Pennock, 1931-2025\n"
     "Ada Pennock spent her life as a thatcher in the Fens and roofed half the parish.\n"
     "She leaves two sons.\n", "Thatcher"),
    ("Harbour Weekly\nFAREWELL\n"
     "The Cornish boatbuilder who launched ninety luggers has died aged 88.\n"
     "Tom Jago kept his yard open until last spring.\n", "Boatbuilder"),
    ("Obituaries › Ray Dunmore\nRay Dunmore, 79, of Eastfield, passed away.\n"
     "He worked as a stonemason for 45 years at Kerr Quarry.\n", "Stonemason"),
])
def test_a_tribute_names_the_trade_of_the_one_remembered(page: str, trade: str) -> None:
    guide = parse_text(page, "page1.txt")
    assert (guide.role.text, guide.role_signal) == (trade, "trade_as")
