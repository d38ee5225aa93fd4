"""Kinds of workplace named in running prose, in shapes found across the studied sets
(helper "movesect"): a past-tense "worked in" list, and the role's holders "at" several
kinds with their pay.  Each page is written here, with invented roles and numbers."""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.vocab import Vocabulary
from careergraph.guides.workplaces import workplaces
from careergraph.lexicon import load_lexicon


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.from_lexicon(load_lexicon())


def test_worked_in_lists_the_kinds_of_workplace(vocab: Vocabulary) -> None:
    sentence = ("Of those surveyed, most worked in council depots, bus garages and "
                "coach firms.")
    assert workplaces(sentence, vocab)[1] == ["council depots", "bus garages", "coach firms"]
    # how or whose, not where: no kind
    assert workplaces("She worked in teams of four, working in people's homes.", vocab) == (
        [], [])


def test_holders_at_several_kinds_with_their_pay(vocab: Vocabulary) -> None:
    sentence = ("Salaried groomers at pet superstores, boarding kennels and mobile vans are "
                "usually paid $18 to $24 an hour.")
    assert workplaces(sentence, vocab, "Groomer")[1] == [
        "pet superstores", "boarding kennels", "mobile vans"]
    # one kind with a figure compares pay ("at large chains earn more"): no sector
    assert workplaces("Groomers at large grooming chains earn $30 an hour.", vocab,
                      "Groomer")[1] == []
    # another role's holders say nothing of this role's workplaces
    assert workplaces("Receptionists at vet clinics and kennels earn $15.", vocab,
                      "Groomer")[1] == []


def test_worked_in_on_a_page_gives_sectors() -> None:
    page = ("Farrier\n\nOur 2025 survey\n\nIn last year's survey, 60 per cent worked in "
            "racing stables, riding schools and livery yards.\n")
    sectors = [fact.text for fact in parse_text(page, "farrier.txt").sectors]
    assert {"racing stables", "riding schools", "livery yards"} <= set(sectors)


def test_kinds_that_are_both_hiring_end_their_clause(vocab: Vocabulary) -> None:
    sentence = "Water utilities and drainage contractors are both hiring, says the survey."
    assert workplaces(sentence, vocab)[1] == ["Water utilities", "drainage contractors"]


def test_kinds_in_lower_case_among_listed_employers_are_sectors() -> None:
    page = ("Cheese Grader\nA cheese grader checks cheese.\nEmployed by:\n"
            "- cheese factories, dairy cooperatives, Kettle Vale Creamery Pvt Ltd, "
            "Northfold Cheese Co.\nSalary\nAbout $40,000 a year.\n")
    guide = parse_text(page, "c.txt")
    assert [fact.text for fact in guide.employers] == ["Kettle Vale Creamery Pvt Ltd",
                                                       "Northfold Cheese Co"]
    assert [fact.text for fact in guide.sectors] == ["cheese factories", "dairy cooperatives"]


def test_statement_table_part_of_names_a_sector() -> None:
    page = ("Entity browser\n"
            "Cheese grader\n"
            "A cheese grader is an occupation in the dairy trade.\n"
            "| Predicate | Object |\n|---|---|\n"
            "| instanceOf |\noccupation\n→\n|\n"
            "| partOf |\ndairy industry\n→\n|\n"
            "| requiresSkill |\ngrading\n→\n|\n"
            "| usesTool |\ncheese iron\n→\n|\n")
    assert "dairy industry" in [fact.text for fact in parse_text(page, "kb.txt").sectors]


def test_you_will_also_find_them_in_lists_workplaces(vocab: Vocabulary) -> None:
    sentence = ("Most are based in hospital pharmacies, but you will also find them in "
                "hospice teams, prison clinics and care homes.")
    assert {"hospice teams", "prison clinics", "care homes"} <= set(workplaces(sentence, vocab)[1])
    # a time or a manner after "find them in" names no workplace
    assert workplaces("You can find them in the evenings at the club.", vocab)[1] == []


def test_industries_after_a_hiring_cue_are_sectors_not_employers(vocab: Vocabulary) -> None:
    sentence = "Fleet Data Analyst roles are mostly hired by Hospitality and Automotive."
    assert workplaces(sentence, vocab) == ([], ["Hospitality", "Automotive"])
    # an organisation's name after the same cue stays an employer
    employers, _ = workplaces("Analysts are employed by Kestrel Fleet Services.", vocab)
    assert employers == ["Kestrel Fleet Services"]


def test_industries_as_the_subject_of_a_hiring_verb(vocab: Vocabulary) -> None:
    assert workplaces("Insurance, Mining and Utilities are all hiring.", vocab) == (
        [], ["Insurance", "Mining", "Utilities"])
    # an industry among organisations with openings is no employer
    assert workplaces("Kestrel Fleet Services and Mining are hiring.", vocab)[0] == [
        "Kestrel Fleet Services"]
