"""Missed skills found by a fourth count of the misses by line form (helper miss4, stop 44).

- A run-in skills label over a short list ("Nice to have: hoof trimming and fencing.",
  "Tools: Fusion 360.", "Soft skills: patience.") names its one to three items, as a
  longer list of three or more did; a clause after the label ("Skills: we train you on
  the job.", "Nice to have: 2 years in a dairy.") names none.
- Two product names with humps joined by "and" / "or" ("SketchUp or VectorWorks",
  "QuickBooks and PayPal") are two tools; before, the humps were read as a glued list
  ("Sketch", "Up or Vector", "Works").  A word whose humps are each a known name
  ("DockerPython") is still a glued list.

Every page is invented here (roles, names, bodies, figures).
"""

from __future__ import annotations

from tests.guide_facts import names

from careergraph.guides import parse_text
from careergraph.guides.duty_names import named_duties
from careergraph.guides.items import skill_names
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _page(line: str) -> str:
    return "\n".join(("Dairy Herd Worker", "",
                      "Brackenfold Farm is hiring a dairy herd worker near Ballymena.", "",
                      line, "", "Pay: £13.10 an hour.", ""))


def _skills(line: str) -> set[str]:
    return {skill.lower() for skill in names(parse_text(_page(line), "herd.txt").skills)}


def test_run_in_skills_label_over_a_pair() -> None:
    assert _skills("Nice to have: hoof trimming and electric fencing.") >= {
        "hoof trimming", "electric fencing"}
    assert _skills("Key skills: calf rearing, milk recording and herd health.") >= {
        "calf rearing", "milk recording", "herd health"}


def test_run_in_skills_label_over_one_name() -> None:
    assert "fusion 360" in _skills("Tools: Fusion 360.")
    assert "rotary parlour milking" in _skills("Skills: rotary parlour milking.")


def test_run_in_skills_label_over_a_clause_names_nothing() -> None:
    assert not _skills("Skills: we train you on the job.")
    assert not _skills("Nice to have: 2 years in a dairy.")
    assert not _skills("Nice to have: the patience of a saint and good boots.")


def test_a_title_in_capitals_before_a_colon_heads_no_short_list() -> None:
    page = "\n".join(("Skills Coach Career Guide: Duties, Pay and Prospects", "",
                      "A Skills Coach helps adults back into work.", ""))
    found = names(parse_text(page, "coach.txt").skills)
    assert not {"Duties", "Pay", "Prospects"} & set(found)


def test_named_duties_least() -> None:
    assert named_duties("scraping and bedding.") == []
    assert named_duties("scraping and bedding.", least=2) == ["scraping", "bedding"]
    assert named_duties("we scrape and bed.", least=2) == []


def test_pair_of_humped_product_names() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert skill_names("SketchUp or VectorWorks", vocab) == ["SketchUp", "VectorWorks"]
    assert skill_names("QuickBooks and PayPal", vocab) == ["QuickBooks", "PayPal"]
    assert skill_names("Revit and ArchiCAD", vocab) == ["Revit", "ArchiCAD"]
    assert skill_names("Quality and Compliance", vocab) == ["Quality and Compliance"]
    assert skill_names("Sage Accounts or QuickBooks Online", vocab) == [
        "Sage Accounts", "QuickBooks Online"]


def test_glued_list_with_a_pair_stays_a_glued_list() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    # a humped word inside a name is two names glued, not a product
    assert skill_names("Route PlanningLoad Securing", vocab) == [
        "Route Planning", "Load Securing"]
    assert "Route PlanningLoad Securing" not in skill_names(
        "Route PlanningLoad Securing and Fleet Telematics", vocab)


def test_pair_of_humped_names_on_a_page() -> None:
    page = "\n".join(("Kitchen Designer", "",
                      "Fernbrook Interiors is hiring a kitchen designer in Derby.", "",
                      "Software you will use", "- SketchUp or VectorWorks",
                      "- QuickBooks and PayPal for deposits", "", "Pay: £31,000 a year.", ""))
    found = {skill.lower() for skill in names(parse_text(page, "kd.txt").skills)}
    assert {"sketchup", "vectorworks"} <= found
    assert not {"sketch", "up or vector", "works"} & found
