"""Wrong sectors found by a cause table of every set's extra sectors (helper prec4, stop 40).

- "What matters" over a list of qualities (a translated occupation sheet) holds soft skills:
  the list no longer runs on as more workplaces of the "Where do you work?" section above.
- "Main employers are A and B, and their partner farms": the kind is "partner farms".
- A job board's "Business type: X" field names the sector X whole, a wide gap before the
  next field ("Company size: …") ending it, in a page family's text as well.
- An industry field first on a line whose later field has pipes ("Industry: X   Fields
  shown: Title | Name") is read field by field, not as a table row.
- "Ledger Automation Engineers work in ledger automation": the role's own field, no sector.
- "… worked as a porter at a hotel often move to this job": a list item running into an
  adverb and its verb is the rest of the sentence, no kind of workplace.

Every page is invented here (roles, names, bodies, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text


def _sectors(text: str, file: str) -> list[str]:
    """The sectors ``text`` gives, in order."""
    return [fact.text for fact in parse_text(text, file).sectors]


SHEET = (
    "Roofer (m/f/d)\n\n"
    "Brief description\nRoofers cover, seal and repair roofs.\n\n"
    "Where do you work?\nMostly in roofing firms and building contractors.\n\n"
    "What matters\n- Sure-footedness\n- Stamina\n- Care with tools\n\n"
    "School subjects: Maths, Technology\n"
)


def test_what_matters_lists_qualities_not_workplaces() -> None:
    guide = parse_text(SHEET, "roofer.txt")
    assert [f.text for f in guide.sectors] == ["roofing firms", "building contractors"]
    assert {"Sure-footedness", "Stamina", "Care with tools"} <= {s.text for s in guide.skills}


def test_their_kind_drops_the_possessive() -> None:
    page = ("Cheesemaker\n\nWhat they do\nCheesemakers turn milk into cheese.\n\n"
            "Where they work\nMain employers are Brightwell Foods and Corra Dairy, and their "
            "partner farms.\n\nRelated jobs: Baker, Butcher\n")
    guide = parse_text(page, "cheesemaker.txt")
    assert [f.text for f in guide.sectors] == ["partner farms"]
    assert [f.text for f in guide.employers] == ["Brightwell Foods", "Corra Dairy"]


def test_business_type_field_is_a_sector() -> None:
    page = ("Mower Mechanic\n\nMower mechanics service garden machines.\n\n"
            "Company information\nBusiness type: Garden machinery    Company size: 50 - 100 "
            "people\n")
    assert _sectors(page, "mower-mechanic.txt") == ["Garden machinery"]


def test_page_family_cut_keeps_the_field_gap() -> None:
    # (a Thai job board's page, read through its page family: the family's cuts close only
    # the gaps they leave, so the form's fields stay apart)
    page = ("Forklift Driver\n\nPosition: Forklift Driver  3 positions\n"
            "Salary (baht): 13,500 - 16,000\n\nWelfare\n- Provident fund, uniform\n\n"
            "How to apply: add Line ID @siamlift, contact Khun Anong\n\n"
            "Company information\nBusiness type: Garden machinery    Company size: 50 - 100 "
            "people\nWorkplace: Bang Phli, Samut Prakan\n")
    assert "Garden machinery" in _sectors(page, "forklift-driver.txt")
    assert "Garden" not in _sectors(page, "forklift-driver.txt")


def test_industry_field_before_a_piped_field() -> None:
    page = ("Deckhand\nIndustry: Boating & marine        Fields shown: Title | Name | Grade\n\n"
            "Deckhands handle lines and keep the deck clean.\n")
    assert _sectors(page, "deckhand.txt") == ["Boating & marine"]


def test_own_field_is_no_workplace() -> None:
    page = ("Lead Ledger Automation Engineer\n\nLead Ledger Automation Engineers work in "
            "ledger automation: they plan, build and look after the systems clerks rely on.\n\n"
            "Employers include Northline Trains and Corrib Freight.\n")
    guide = parse_text(page, "ledger-automation-engineer.txt")
    assert "ledger automation" not in [f.text for f in guide.sectors]
    assert [f.text for f in guide.employers] == ["Northline Trains", "Corrib Freight"]


def test_item_running_into_an_adverb_is_no_kind() -> None:
    page = ("Care Aide\n\nHow to get this job\nPeople who worked as a porter or a cleaner at "
            "a hotel often move to this job.\n")
    guide = parse_text(page, "care-aide.txt")
    assert [f.text for f in guide.sectors] == []
    assert [f.text for f in guide.moves_in] == ["Porter", "Cleaner"]
