"""Readers carried to the generator's set-21 families: a gig platform's capitalised job
title after its brand and its footer's legal name, kit requirements ("Your own A and B",
"Confident with A"), a worker's quote told as a run of posts, and a training page's pay
rows under a heading with a bracketed note, glossed grade codes and a specialty's grade.

Every page is invented here (platforms, roles, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.items import qualified_skills
from careergraph.guides.story import worker_ladder
from careergraph.guides.training_stages import stage_owner
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon

GIG = ("Earn money mowing lawns whenever you like with Trimly.\n"
       "\n"
       "Trimly  |  Earn   Mow   For business   Log in   Sign up\n"
       "\n"
       "Become a Trimly Lawn Care Technician\n"
       "★★★★★ 4.6 on the App Store · Get it on Google Play\n"
       "\n"
       "How pay works\n"
       "Keep 100% of your tips. Peak pay at busy weekends.\n"
       "Earnings guarantee: at least $19.40 per active hour in Denver.\n"
       "\n"
       "What you need\n"
       "• Your own mower and leaf blower\n"
       "• Confident with hedge trimming and edging\n"
       "\n"
       "Your path\n"
       "\"I started as a lawn care technician, became a crew coach this spring, and next I "
       "want to be a route planner.\" — Dana\n"
       "\n"
       "Trimly Technologies Ltd · Terms · Privacy\n")


def _names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text.lower() for f in facts}


def test_a_platforms_capitalised_job_after_its_brand_is_the_role() -> None:
    guide = parse_text(GIG, "gig-page.txt")
    assert guide.role.text == "Lawn Care Technician"
    assert _names(guide.employers) == {"trimly"}  # the brand, its legal tail left off
    assert {"mower", "leaf blower", "hedge trimming", "edging"} <= _names(guide.skills)


def test_a_kit_requirement_names_its_items_without_the_opener() -> None:
    assert qualified_skills("Your own ladder") == ["ladder"]
    assert qualified_skills("Your own van, ladder and harness") == ["van", "ladder", "harness"]
    assert qualified_skills("Confident with grouting and tiling") == ["grouting", "tiling"]
    assert qualified_skills("Knowledge of tile adhesives") == ["Knowledge of tile adhesives"]


def test_a_quote_told_as_a_run_of_posts_is_a_ladder_from_the_role() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    quote = ("\"I started as a dog walker, became a pack supervisor two years ago, and next I "
             "want to be a kennel manager.\"")
    assert worker_ladder(quote, "Dog Walker", vocab) == [
        "Dog Walker", "Pack Supervisor", "Kennel Manager"]
    # a quote that starts at another job is no ladder from the role
    assert worker_ladder(quote, "Groomer", vocab) == []


def test_a_glossed_grade_code_and_a_specialtys_grade_own_their_rows() -> None:
    assert stage_owner("FY1 (foundation doctor) ....... ") == "Foundation Doctor"
    assert stage_owner("Specialty Doctor in Dermatology (non-training grade) .... ") == (
        "Specialty Doctor in Dermatology")
    assert stage_owner("ST3–ST4 (dermatology registrar) ....... ") is None


PATHWAY = ("Becoming a dermatologist: the training pathway\n"
           "\n"
           "FY1 ▸ FY2 ▸ CT1–CT2 ▸ ST3–ST6 ▸ CCT ▸ Consultant\n"
           "\n"
           "Doctors train in the deanery after the foundation years.\n"
           "\n"
           "Pay by stage (basic salary, nodal points)\n"
           "FY1 (foundation doctor) ....... £36,100\n"
           "CT1–CT2 (dermatologist in training) ....... £49,900\n"
           "ST3–ST6 (dermatologist in training) ....... £58,200\n"
           "Consultant dermatologist ....... £99,000 – £121,000\n"
           "\n"
           "Person specification · Next steps\n")


def test_a_pay_heading_with_a_bracketed_note_opens_the_pay_rows() -> None:
    guide = parse_text(PATHWAY, "dermatologist.txt")
    figures = sorted(s.min for s in guide.salaries if s.min is not None)
    assert figures == [36100, 49900, 58200, 99000]
    # the consultant band is the role's own top grade; FY1 is the foundation doctor's
    assert {s.min for s in guide.salaries if s.role is None} == {49900, 58200, 99000}
