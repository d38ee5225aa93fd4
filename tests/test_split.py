"""Segmentation of glued lists and step numbers (careergraph.guides.split)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.guides.split import segment, strip_step_number
from careergraph.lexicon import load_lexicon

EMPLOYERS = load_lexicon().employer_names()
SECTORS = load_lexicon().sector_names()


def texts(value: str, known: list[str] = EMPLOYERS) -> list[str]:
    return [piece.text for piece in segment(value, known)]


@pytest.mark.parametrize(
    ("glued", "expected"),
    [
        ("ServiceNowDatabricks", ["ServiceNow", "Databricks"]),
        ("NVIDIAIBM", ["NVIDIA", "IBM"]),
        ("OpenAIAnthropic", ["OpenAI", "Anthropic"]),
        (
            "SnowflakeNVIDIAStripeJPMorgan Chase",
            ["Snowflake", "NVIDIA", "Stripe", "JPMorgan Chase"],
        ),
        (
            "SalesforceServiceNowDatabricksSnowflake",
            ["Salesforce", "ServiceNow", "Databricks", "Snowflake"],
        ),
        ("Amazon, Google; Meta", ["Amazon", "Google", "Meta"]),
    ],
)
def test_known_names_come_out_whole(glued: str, expected: list[str]) -> None:
    pieces = segment(glued, EMPLOYERS)
    assert [p.text for p in pieces] == expected
    assert all(p.known and not p.by_case for p in pieces)


def test_case_split_alone_would_break_known_names() -> None:
    # Without the lexicon, letter case cuts "ServiceNow" and glues "AIAnthropic".
    assert texts("ServiceNowOpenAIAnthropic", []) == ["Service", "Now", "Open", "AIAnthropic"]


def test_unknown_companies_fall_back_to_case_cuts_and_are_flagged() -> None:
    pieces = segment("AcmeRoboticsNVIDIAGlobexCorp", EMPLOYERS)
    assert [(p.text, p.known, p.by_case) for p in pieces] == [
        ("Acme", False, True),
        ("Robotics", False, True),
        ("NVIDIA", True, False),
        ("Globex", False, True),
        ("Corp", False, True),
    ]


def test_unknown_text_before_a_known_name_without_a_case_cut() -> None:
    assert texts("XYZNVIDIAIBM") == ["XYZ", "NVIDIA", "IBM"]


def test_runs_of_capitals_are_not_cut() -> None:
    assert texts("MLOps PlatformsModel Risk", []) == ["MLOps Platforms", "Model Risk"]


def test_parentheses_stay_with_their_piece() -> None:
    glued = (
        "Big tech and AI-first companiesFinancial services (fraud, risk, personalization)"
        "Retail and e-commerce (recommendations, demand forecasting)Cybersecurity (detection)"
    )
    assert texts(glued, SECTORS) == [
        "Big tech and AI-first companies",
        "Financial services (fraud, risk, personalization)",
        "Retail and e-commerce (recommendations, demand forecasting)",
        "Cybersecurity (detection)",
    ]


def test_a_known_prefix_of_a_longer_phrase_is_not_cut_off() -> None:
    # "Healthcare" is a known sector, but "Healthcare and biotech" goes on in lowercase.
    assert texts("Healthcare and biotech (imaging)Energy", SECTORS) == [
        "Healthcare and biotech (imaging)",
        "Energy",
    ]


def test_single_piece_is_not_flagged() -> None:
    [piece] = segment("Globex", EMPLOYERS)
    assert not piece.known and not piece.by_case


@pytest.mark.parametrize(
    ("text", "expected", "result"),
    [
        ("Lead a project across teams2", 2, ("Lead a project across teams", True)),
        ("Mentor engineers7", 7, ("Mentor engineers", True)),
        ("Reduce latency by 20", 3, ("Reduce latency by 20", False)),  # a space before it
        ("Ship release 42", 43, ("Ship release 42", False)),
        ("Upgrade to Python3", 4, ("Upgrade to Python3", False)),  # not the next number
        ("12", 12, ("12", False)),  # a number alone is not a glued suffix
    ],
)
def test_strip_step_number(text: str, expected: int, result: tuple[str, bool]) -> None:
    assert strip_step_number(text, expected) == result


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_segment_never_loses_or_reorders_letters(text: str) -> None:
    pieces = segment(text, EMPLOYERS)
    starts = [p.start for p in pieces]
    assert starts == sorted(starts)
    for piece in pieces:
        assert text[piece.start : piece.end] == piece.text
        assert piece.text == piece.text.strip()


def test_segment_is_fast_on_a_huge_glued_line() -> None:
    glued = "NVIDIAIBMAcmeCorp" * 20_000  # 340k characters
    pieces = segment(glued, EMPLOYERS)
    assert [p.text for p in pieces[:4]] == ["NVIDIA", "IBM", "Acme", "Corp"]


def test_acronym_glued_to_the_next_name_ends_it() -> None:
    """An acronym word ("AI", "NHS") closes its name where a capitalised word is glued on."""
    pieces = [p.text for p in segment("Tarn Robotics LabCoastal AIHarbour Institute of Data")]
    assert pieces == ["Tarn Robotics Lab", "Coastal AI", "Harbour Institute of Data"]
    # Capitals not followed by a lower-case letter cut nothing ("AIHQ Partners").
    assert [p.text for p in segment("Coastal AIHQ Partners")] == ["Coastal AIHQ Partners"]
