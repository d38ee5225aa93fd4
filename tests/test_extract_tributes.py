"""Obituaries and trade-magazine tributes (set-20 style `tribute`, rules20c).

The funeral home's bar, "Send Flowers", the service details, "In lieu of flowers" and the
guest book, or the magazine's running heads and "Continued on page …", are chrome.  The life
told in order is a ladder: a first job ("went to A as a yard boy"), the apprenticeship ("began
an apprenticeship as a X": the role's Apprentice rung), the trade itself, then the posts he
was promoted to; the firms he went to or joined employ the role; a pre-decimal wage ("£2 15s
a week") is pay in pounds; the kit he used and the crafts he taught are skills.  Every page
here is written for these tests (invented people, firms, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts


def test_pre_decimal_pounds_and_shillings() -> None:
    found = find_amounts("He was paid £2 15s a week as a yard boy.")
    assert [(m.currency, m.low, m.period) for m in found] == [("GBP", 2.75, "week")]


def test_obituary_life_is_a_ladder_and_its_guest_book_is_chrome() -> None:
    page = ("Ashgrove Family Funeral Home\n"
            "Obituaries | Pre-Planning | Contact    Send Flowers\n"
            "Harold P. Mertz\n"
            "Share  Print\n"
            "Harold P. Mertz, 88, passed away peacefully on Monday, surrounded by family.\n"
            "After high school he began a five-year apprenticeship as a pattern maker at "
            "Dunmore Foundry Co. in Akron, starting at $1.90 an hour. In 1966 he joined "
            "Keystone Valve Works, where he carved wooden patterns for pump housings. He was "
            "promoted to pattern shop foreman in 1979.\n"
            "In his later years he taught pattern making and core making, and checked "
            "every pattern with a vernier caliper.\n"
            "He is survived by his wife of 60 years, Edna.\n"
            "In lieu of flowers, donations may be made to the Akron Trades Museum.\n"
            "Guest Book (6)\n"
            "He hired me as an apprentice in '82. A true craftsman. – Ron K., retired machinist\n")
    guide = parse_text(page, "pattern-maker.txt")
    assert guide.role is not None and guide.role.text == "Pattern Maker"
    ladders = [[f.text for f in ladder] for ladder in guide.progressions]
    assert ["Apprentice Pattern Maker", "Pattern Maker", "Pattern Shop Foreman"] in ladders
    employers = {e.text for e in guide.employers}
    assert {"Dunmore Foundry Co.", "Keystone Valve Works"} <= employers
    skills = {s.text for s in guide.skills}
    assert {"pattern making", "core making", "vernier caliper"} <= skills
    assert "Apprentice" not in {f.text for f in guide.moves_in}  # (the guest book's)


def test_magazine_tribute_first_job_and_its_wage() -> None:
    page = ("STONE & MASONRY REVIEW | MARCH 2026 | 40\n"
            "PEOPLE\n"
            "Chisel and mallet: Arthur Kemp, 1940–2025\n"
            "Arthur Kemp, who died in Bath in January, was one of the last banker masons of "
            "the old school.\n"
            "He left school at 15 and went to Combe Down Quarries as a yard boy, loading "
            "carts and sweeping the sheds for a wage of £2 15s a week. Within two years the "
            "foreman had taken him on as an apprentice banker mason.\n"
            "Continued on page 42 ▸\n"
            "Advertisement\n"
            "MASONRY TOOLS DIRECT – chisels, mallets, dummies.\n"
            "STONE & MASONRY REVIEW | MARCH 2026 | 42\n"
            "He is survived by his sister. A celebration of his life will be held in Bath.\n")
    guide = parse_text(page, "banker-mason.txt")
    ladders = [[f.text for f in ladder] for ladder in guide.progressions]
    assert any(ladder[:2] == ["Yard Boy", "Apprentice Banker Mason"] for ladder in ladders)
    assert "Combe Down Quarries" in {e.text for e in guide.employers}
    assert [(s.min, s.period, s.role) for s in guide.salaries] == [(2.75, "week", "Yard Boy")]


def test_a_name_given_an_age_is_no_role_even_ending_like_a_practitioner() -> None:
    # "Brandqvist" ends like "florist"; "Name, 79, died" makes the line a person's name.
    page = ("Hollybrook Funeral Home\n"
            "Obituaries | Pre-Planning | Contact    Send Flowers\n"
            "Osric Brandqvist\n"
            "Share  Print\n"
            "Osric Brandqvist, 79, died at home on Tuesday.\n"
            "He began a four-year apprenticeship as an apprentice glazier at Pellow Glass Co., "
            "and became a journeyman glazier in 1968. He was promoted to glazing foreman in "
            "1980.\n"
            "Guest Book (3)\n"
            "Best glazier I ever worked beside. – Lena T.\n")
    guide = parse_text(page, "glazier.txt")
    assert guide.role is not None and guide.role.text == "Glazier"


def test_cued_lists_in_a_life_story_are_its_techniques_and_kit() -> None:
    from careergraph.guides.nominal_duties import story_skills
    assert story_skills("In 1971 he joined Fenwick Boats, where he was known for lofting, "
                        "steam bending and Cascamite glue.") == [
        "lofting", "steam bending", "Cascamite glue"]
    assert story_skills("He was among the first to buy Makita planers and Hilti anchors.") == [
        "Makita planers", "Hilti anchors"]
    # a clause, an article or a possessive in the list: not a list of names
    assert story_skills("He was known for his kindness, a ready laugh and fishing.") == []
    assert story_skills("Apprentices remember his patience with anyone who asked twice.") == []


def test_a_cued_list_inside_a_told_career_names_no_posts() -> None:
    from careergraph.guides.careers_told import career_told
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon
    told = career_told("He began as a junior draughtsman at Ames, was promoted to senior "
                       "draughtsman in 1970. In 1974 he joined Cole Marine, where he was known "
                       "for lofting, welding and structural engineering.",
                       Vocabulary.from_lexicon(load_lexicon()))
    # ("structural engineering" would read as the title "Structural Engineer")
    assert told is not None and told.rungs == ("Junior Draughtsman", "Senior Draughtsman")
