"""Skills recall: list items the reader misses (helper recall11, stop 50).

- A list item's wish remark after its skills ("TIG welding at basic level - constitutes an
  advantage", "Arabic or Urdu - an advantage", "A and B are a plus", "X would be a plus",
  "X will be an additional advantage") says how much the skills count: it is cut before the
  item is read, under a skills or a requirements heading, so that the skills are read as a
  plain item's (before, the verb made the item a clause and it named nothing, or the dash
  stayed on the last name); a requirement bullet's semicolon clauses each lose their own.
- "(Planon or similar)", "… or equivalent" after a product: the hedge is a trailer, cut like
  "an advantage".
- A framework label ("Metadata standards:") over a comma list names each standard, a bracket
  glued to a name kept ("ISAD(G)"); before, the list was one name, its last bracket cut.

Every page is invented here (roles, names, firms, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.skill_trailers import without_item_wish


def test_the_wish_remark_is_cut_with_its_verb_dash_and_level() -> None:
    assert without_item_wish("brazing and soft soldering at basic level - constitutes an "
                        "advantage") == "brazing and soft soldering"
    assert without_item_wish("Welsh or Gaelic - an advantage") == "Welsh or Gaelic"
    assert without_item_wish("Sage or Xero would be a plus.") == "Sage or Xero"
    assert without_item_wish("forklift driving will be an additional advantage") == (
        "forklift driving")
    assert without_item_wish("Tableau and Looker are a big plus") == "Tableau and Looker"


def test_a_name_ending_on_a_wish_word_stays() -> None:
    # (no article, no verb, no dash: the word is part of the name)
    assert without_item_wish("Notepad Plus") == "Notepad Plus"
    assert without_item_wish("Competitive advantage") == "Competitive advantage"
    assert without_item_wish("Home advantage analysis") == "Home advantage analysis"
    # (nothing before the remark: nothing to keep)
    assert without_item_wish("- an advantage") == "- an advantage"


def _page(heading: str, *items: str) -> list[str]:
    page = "\n".join((
        "Boat Rigger", "",
        "Harbourline Marine is looking for a boat rigger for its yard in Brixham.",
        "Responsibilities:",
        "- fits standing and running rigging to yachts;",
        "- splices rope and wire to the customer's drawings.",
        heading,
        *(f"• {item}" for item in items),
        "We offer",
        "- a company van", ""))
    return [name.lower() for name in names(parse_text(page, "boat-rigger.txt").skills)]


def test_wished_skills_under_requirements_are_read() -> None:
    skills = _page("Requirements",
                   "Minimum 2 years experience in a boatyard",
                   "Hydraulic swaging and wire splicing at basic level - constitutes an "
                   "advantage",
                   "Mast stepping would be a plus")
    assert {"hydraulic swaging", "wire splicing", "mast stepping"} <= set(skills)
    assert not any("advantage" in name or "plus" in name for name in skills)


def test_wished_languages_under_skills_lose_the_dash() -> None:
    skills = _page("Skills", "Rope splicing", "Dutch or Danish - an advantage")
    assert {"rope splicing", "dutch", "danish"} <= set(skills)
    assert not any(name.endswith("-") or "advantage" in name for name in skills)


def test_a_semicolon_clause_loses_its_own_wish_remark() -> None:
    skills = _page("Requirements",
                   "Hull fairing; gelcoat repair will be considered an additional "
                   "qualification",
                   "Rope splicing")
    assert {"hull fairing", "gelcoat repair"} <= set(skills)
    assert not any("qualification" in name for name in skills)


def test_a_products_or_similar_hedge_is_cut() -> None:
    skills = _page("Skills", "Rope splicing", "Rigging software (Riggarium or similar)")
    assert "riggarium" in skills
    assert not any("similar" in name for name in skills)


def test_a_standards_label_over_a_comma_list_names_each_standard() -> None:
    page = "\n".join((
        "# How to Become a Records Officer", "",
        "A records officer keeps the files and archives of councils and firms.", "",
        "## Skills", "",
        "- Archive standards: ISO 9001, ISAD(G)",
        "- Retention scheduling", "",
        "## Salary", "",
        "Records officers earn $41,000 to $52,000 a year.", ""))
    skills = names(parse_text(page, "records-officer.md").skills)
    assert {"ISO 9001", "ISAD(G)"} <= set(skills)
    assert "ISO 9001, ISAD" not in skills
