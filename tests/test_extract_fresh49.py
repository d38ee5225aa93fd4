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


RANKS = ("Second Steward\n\n"
         "The second steward keeps the accommodation and the mess rooms clean on passage.\n\n"
         "Wage scale (USD a month)\n"
         "  Bulk carrier (feeder)        3,100\n"
         "  Product tanker               3,350 – 3,420\n\n"
         "Ranks at a glance (USD a month)\n"
         "  Chief Steward                USD 4,480\n"
         "  Messman                      USD 2,240\n\n"
         "Promotion line\n"
         "Messman > Second Steward > Chief Steward\n\n"
         "Many stewards later go ashore as Hotel Purser.\n")


def test_a_pay_row_with_a_lower_case_aside_opens_no_section() -> None:
    guide = parse_text(RANKS, "second-steward.txt")
    assert not guide.moves_in
    assert {s.min for s in guide.salaries} >= {3_100, 3_350}


def test_a_ship_rank_ends_a_title_in_a_promotion_line() -> None:
    guide = parse_text(RANKS, "second-steward.txt")
    assert [[s.text for s in p] for p in guide.progressions] == [
        ["Messman", "Second Steward", "Chief Steward"]]


def test_a_heading_with_an_aside_keeps_its_kind() -> None:
    from careergraph.guides.headings import load_headings
    headings = load_headings()
    assert headings.classify("Container ship (feeder)   5,700") is None
    assert headings.classify("Where they come from (feeder jobs)") == "moves_in"
    assert headings.classify("Top skills (from job ads)") == "skills"


def test_a_handover_notes_contacts_block_names_no_skills() -> None:
    page = ("Records Clerk\n\n"
            "The records clerk files deeds and answers counter queries for the borough.\n\n"
            "Scripts and scheduled tasks\n"
            "deed_index.py runs nightly on RECAPP01 (Task Scheduler).\n\n"
            "Key Contacts\n"
            "- Marta Quennell, Deputy Registrar - my backup for everything above\n"
            "- Land Registry helpdesk - the portal ticket queue\n")
    skills = {s.text for s in parse_text(page, "records-clerk.txt").skills}
    assert not {"Quennell", "Marta Quennell"} & skills


def test_list_items_ended_by_semicolons_are_read_like_any_items() -> None:
    page = ("Maintenance Electrician\n\n"
            "We are hiring a maintenance electrician for our bottling plant.\n\n"
            "Requirements:\n- Motor control circuits;\n- Patience;\n"
            "- Teamwork;\n")
    guide = parse_text(page, "maintenance-electrician.txt")
    skills = {s.text for s in guide.skills}
    assert {"Teamwork", "Motor control circuits"} <= skills
    assert not any(s.endswith(";") for s in skills)
    assert all(not r.text.endswith(";") for r in guide.requirements)
