"""Helper left56 (stop 65): a form's star-glued sector and employer fields, a ticked industry
box, a company strip's industry before the firm's size, and a firm's "engaged in" and
"operates … homes" lines as sectors (invented text in each shape)."""

from __future__ import annotations

from pathlib import Path

import pytest

from careergraph.guides import parse_file
from careergraph.guides.company_fields import counted_industry
from careergraph.guides.form_parties import firm_business
from careergraph.guides.star_fields import star_field_lines

_LABELS = {"Sector / service group", "Industry", "Employer"}


def test_star_field_sector_becomes_a_labelled_line() -> None:
    rows = [(1, "Sector / service group*Health — community nursing"),
            (2, "Select your job*Porter ▾")]
    assert star_field_lines(rows, _LABELS.__contains__) == {
        1: "Sector / service group: Health — community nursing"}


def test_star_field_employer_and_its_question() -> None:
    rows = [(1, "Employer*Brightwater Buses Ltd"),
            (2, "Who is your employer?*Larchfield Meals Ltd")]
    assert star_field_lines(rows, _LABELS.__contains__) == {
        1: "Employer: Brightwater Buses Ltd", 2: "Employer: Larchfield Meals Ltd"}


def test_ticked_industry_box_is_the_answer() -> None:
    rows = [(3, "Which part of the industry are you in?*☐ Freight ☒ Bus operating company "
                "☐ Tram")]
    assert star_field_lines(rows, _LABELS.__contains__) == {
        3: "Industry: Bus operating company"}


def test_question_not_about_industry_or_unticked_is_left() -> None:
    rows = [(1, "Which shifts do you work?*☒ Earlies ☐ Lates"),
            (2, "Which industry are you in?*☐ Freight ☐ Tram")]
    assert star_field_lines(rows, _LABELS.__contains__) == {}


def test_company_strip_industry_before_size() -> None:
    assert counted_industry("Company  Larch Inns Group · Country pubs · 22 sites in Kent") == (
        "Country pubs")
    assert counted_industry("Tamsin Pay Ltd  (Payments · 40-90 employees · Hanoi)") == (
        "Payments")
    assert counted_industry("Hanoi · Full-time · 3 days ago") is None


def test_firm_engaged_in_activity() -> None:
    text = ("About the firmBeet Polje LLP is an agricultural enterprise engaged in the "
            "growing of sugar beet on 9 thousand hectares.")
    assert firm_business(text, {"beet polje llp"}) == ["Growing of sugar beet"]


def test_firm_operates_kinds_of_homes_and_licensed_kind() -> None:
    assert firm_business("Rowan Vale Care operates residential and nursing care homes in "
                         "Devon.", set()) == ["Residential", "Nursing care"]
    assert firm_business("Tamsin Pay is a licensed money transfer company.",
                         {"tamsin pay"}) == ["Money transfer"]


@pytest.fixture(scope="module")
def join_form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("left56") / "join-form-kitchen-porter.txt"
    page.write_text(
        "Join the union online\n"
        "YOUR JOB\n"
        "Who is your employer?*Bramble Catering Ltd\n"
        "Sector / service group*Health — hospital support staff (contracted out)\n"
        "Select your job*Kitchen Porter ▾\n"
        "Job title in your own words (optional)Kitchen porter – I wash pots and mop floors\n"
        "Hourly rate (if you know it)£12.10\n", encoding="utf-8")
    return page


def test_join_form_reads_sector_field_alone(join_form: Path) -> None:
    guide = parse_file(join_form)[0]
    assert [fact.text for fact in guide.sectors] == ["Health"]
    assert "Bramble Catering Ltd" in [fact.text for fact in guide.employers]


def test_arrow_chain_drops_a_glued_label() -> None:
    from careergraph.guides.mentions import arrow_chain

    assert arrow_chain("Growth:pot washer → cook → head cook") == ["pot washer", "cook",
                                                                  "head cook"]
    assert arrow_chain("How people grow in our depots with usTrainee fitter of the yard → "
                       "fitter → senior fitter") == ["Trainee fitter of the yard", "fitter",
                                                     "senior fitter"]


def test_unit_post_names_a_worker_of_a_unit() -> None:
    from careergraph.guides.prose_titles import unit_post

    assert unit_post("mechanic of the haulage brigade") == "Mechanic of the Haulage Brigade"
    assert unit_post("mechanic of the team") is None


def test_previous_position_and_grade_fields_are_moves_in() -> None:
    from careergraph.guides.hire_fields import hired_as
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert hired_as("Previous position  Kitchen Porter · $14.10/hr · 2020-2022", vocab,
                    "Cook") == ["Kitchen Porter"]
    assert hired_as("Previous grade with this employer (if any)Porter (2018 – 2021)", vocab,
                    "Guard") == ["Porter"]
    assert hired_as("Previous position  Cook · since 2020", vocab, "Cook") == []


@pytest.fixture(scope="module")
def translated_posting(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("left56") / "beet-harvester-operator.txt"
    page.write_text(
        "Beet harvester operator\n"
        "Polje Agro LLP, Kostanay region\n"
        "About the companyPolje Agro LLP is an agricultural enterprise engaged in the growing "
        "of sugar beet on 9 thousand hectares.\n"
        "Salary: from 400 000 ₸ on hand per month\n"
        "Growth:tractor driver → beet harvester operator → mechanic of the haulage brigade "
        "(from 600 000 ₸) → head of the machine park\n", encoding="utf-8")
    return page


def test_translated_ladder_and_business(translated_posting: Path) -> None:
    guide = parse_file(translated_posting)[0]
    ladders = [[step.text for step in path] for path in guide.progressions]
    assert ladders and ladders[0][:3] == ["Tractor Driver", "Beet Harvester Operator",
                                          "Mechanic of the Haulage Brigade"]
    assert "Growing of sugar beet" in [fact.text for fact in guide.sectors]
