"""Fresh draws of the generator (helper fresh49): a known heading glued to its list's first
dash item ("We require:- Route planning (Navix)") opens that list, the first item included;
a requirements bullet that is one known trait of a few words ("- Physical stamina") is that
skill.

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text

POSTING = ("Translated from Slovak. Show original\n"
           "Delivery Driver / Vodič – regional depot\n"
           "Offered wage: from EUR 1,150 per month\n\n"
           "The delivery driver loads parcels and serves customers on a fixed route.\n"
           "We require:- Route planning (Navix)\n"
           "- Punctuality\n"
           "- Physical stamina\n"
           "- driving licence group B\n"
           "We offer:\n"
           "-> a company phone\n")


def test_a_heading_glued_to_its_first_dash_item_opens_the_list() -> None:
    guide = parse_text(POSTING, "delivery-driver.txt")
    skills = {s.text for s in guide.skills}
    assert {"Route planning", "Navix", "Punctuality"} <= skills
    assert "Route planning (Navix)" in {r.text for r in guide.requirements}
    assert not any("require" in s.lower() for s in skills)


def test_a_known_trait_of_two_words_alone_on_a_requirement_bullet_is_a_skill() -> None:
    page = ("Warehouse Operative\n\nRequirements\n- Forklift licence\n- Physical fitness\n"
            "- Punctuality\n- Clean driving record\n")
    skills = {s.text for s in parse_text(page, "warehouse-operative.txt").skills}
    assert {"Physical fitness", "Punctuality"} <= skills
    assert "Clean driving record" not in skills


def test_an_unknown_label_glued_to_a_dash_stays_one_line() -> None:
    page = ("Delivery Driver\n\nRoute:- Bratislava to Trnava\n\nSkills\n- Punctuality\n")
    guide = parse_text(page, "delivery-driver.txt")
    assert "Bratislava to Trnava" not in {s.text for s in guide.skills}
    assert {s.text for s in guide.skills} == {"Punctuality"}


def test_a_glued_label_splits_before_a_word_never_before_a_number() -> None:
    from careergraph.guides.longform_rows import _DASH_GLUED_LABEL
    assert _DASH_GLUED_LABEL.match("We require:- Care records").group(1) == "We require"
    assert _DASH_GLUED_LABEL.match("Score:-5 points") is None
    assert _DASH_GLUED_LABEL.match("Requirements:-Forklift driving").group(1) == (
        "Requirements")
