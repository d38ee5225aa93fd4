"""Skills recall: "A and B" halves (helper recall8, stop 47).

- A word that merely ends in "ing" ("wing", "ring", "king") is no gerund: "Marshalling &
  wing walking" is two skills, where "printing and dyeing processes" (two gerunds) share
  their head and stay one item.
- A plain noun after a two-word product name shares that name ("Microsoft Word styles and
  templates": the product's styles and its templates), as it did after a one-word tool's
  name ("Kubernetes operations and upgrades").
- Two traits in a lower-case pair are two skills when one is a soft skill of the lexicon and
  the other one too, or one noun of a quality by its ending ("accuracy and discretion",
  "resilience & positivity"); "quality and compliance" (no trait known) and "reliability
  and maintainability" (an engineered property) stay whole.
- Two products sharing one use after them ("Jira and Confluence administration",
  "Espacenet and PatBase searching") are the two products, as "Wwise or FMOD
  implementation" was; one of them must be a tool of the lexicon or be written with a
  capital inside, so "NHS and BUPA clients" and "Adult and Community education" stay whole.

Every page is invented here (roles, names, firms, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.skill_cues import paired_skills


def _skills(*lines: str) -> set[str]:
    page = "\n".join(("Airside Operations Assistant", "",
                      "Kelder Aviation is hiring an airside operations assistant in Cork.", "",
                      "Skills:", *lines, "", "Pay: €29,400 a year.", ""))
    return {skill.lower() for skill in names(parse_text(page, "airside.txt").skills)}


def test_a_word_ending_in_ing_is_no_gerund() -> None:
    assert paired_skills("Marshalling & wing walking") == ["Marshalling", "wing walking"]
    assert paired_skills("Welding and ring fitting") == ["Welding", "ring fitting"]
    assert _skills("- Towing & wing walking", "- De-icing checks") >= {
        "towing", "wing walking"}


def test_two_gerunds_still_share_their_head() -> None:
    assert paired_skills("printing and dyeing processes") == ["printing and dyeing processes"]
    assert paired_skills("brazing and bending copper pipework") == [
        "brazing", "bending copper pipework"]


def test_a_two_word_product_shares_its_name_with_the_noun_after() -> None:
    assert paired_skills("Microsoft Excel formulas and macros") == [
        "Microsoft Excel formulas and macros"]
    assert paired_skills("Staff supervision and scheduling") == [
        "Staff supervision", "scheduling"]
    assert paired_skills("Sugar work and entremets") == ["Sugar work", "entremets"]


def test_a_known_trait_beside_a_quality_noun_is_two_traits() -> None:
    assert paired_skills("punctuality and accuracy") == ["punctuality", "accuracy"]
    assert paired_skills("empathy & positivity") == ["empathy", "positivity"]
    assert paired_skills("accuracy and attention to detail") == [
        "accuracy", "attention to detail"]
    assert _skills("- patience and perseverance", "- Radio procedure") >= {
        "patience", "perseverance"}


def test_no_trait_known_keeps_the_pair() -> None:
    assert paired_skills("quality and compliance") == ["quality and compliance"]
    assert paired_skills("reliability and maintainability") == [
        "reliability and maintainability"]
    assert paired_skills("Care and teamwork") == ["Care and teamwork"]


def test_two_products_sharing_one_use_are_the_products() -> None:
    assert paired_skills("Jira and Confluence administration") == ["Jira", "Confluence"]
    assert paired_skills("Lexora and DocuVault searching") == ["Lexora", "DocuVault"]
    assert _skills("- Radarbox and FlightOps tracking", "- Radio procedure") >= {
        "radarbox", "flightops"}


def test_plain_capitalised_words_sharing_a_noun_stay_whole() -> None:
    assert paired_skills("NHS and BUPA clients") == ["NHS and BUPA clients"]
    assert paired_skills("Adult and Community education") == ["Adult and Community education"]
    assert paired_skills("Health and Safety training") == ["Health and Safety training"]
