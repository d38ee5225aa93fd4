"""Titles at the head of three page types (found by studying held-back set 30): a public
occupation profile read through a browser translator (a sentence-case title; a "What is
important?" section asks about qualities), a civil service's examination notice under its
city's or county's letterhead, and a consultancy's terms of reference (a contract type before
the post; a tender's section for one key expert)."""

from __future__ import annotations

from careergraph.guides import parse_text

_PROFILE = ("[Microsoft Translator] This page has been translated from German to English.  "
            "Show original  |  Always translate German\n") + """\
Labour Office  |  Occupations  |  Training  |  Jobs
Home › Occupations A-Z › M › Museum taxidermist

Museum taxidermist
(Präparator/in)
Training type: university degree   Duration: 5 years

Brief informationMuseum taxidermists prepare and mount animal specimens for exhibitions.

What is important?
Important: patience, careful measurement, physical fitness for field work.

Related professions: Conservator, Exhibition technician
"""

_NOTICE = """\
COUNTY OF MARLOWE
OFFICE OF HUMAN RESOURCES - TESTING UNIT
NOTICE OF EXAMINATION

BRIDGE OPERATOR
Exam No. 5521          Open Competitive

WHAT THE JOB INVOLVES: Bridge Operators raise and lower movable bridges for river traffic.
THE SALARY: The salary range for this title is $51,200 - $66,900 per annum.
THE TEST: Questions on: drawbridge machinery; marine radio use; tide tables (TideCalc).
"""

_TERMS = """\
RIVERBEND IRRIGATION TRUST
TERMS OF REFERENCE
International Consultant – Fisheries Economist (Inland Stock Assessment)
Duty station: Kisumu, with travel to lakeside landing sites

1. BACKGROUND
The trust supports small-scale fisheries along the lake shore.
2. QUALIFICATIONS
- At least 8 years of experience as a Fisheries Economist
"""

_KEY_EXPERT = """\
Request for Proposal No. IMP-CS-2028-07  -  Section 6. Terms of Reference
Irrigation Modernisation Project - Design and Supervision Consultant

APPENDIX B: TERMS OF REFERENCE FOR KEY EXPERTS
K-1 Team Leader / Irrigation Engineer    International   24
K-2 Soil Scientist                       National        12

B.2 K-2 SOIL SCIENTIST (National, 12 person-months, intermittent)
Tasks (the Soil Scientist will, among others):
  a) map the soils of the command area using auger surveys;
"""


def test_a_translated_profiles_sentence_case_title_names_the_role() -> None:
    guide = parse_text(_PROFILE, "profile.txt")
    assert guide.role.text.lower() == "museum taxidermist"


def test_a_question_about_qualities_names_no_role() -> None:
    from careergraph.guides.roles import _bare_question_title
    from careergraph.guides.vocab import Vocabulary
    from careergraph.lexicon import load_lexicon

    vocab = Vocabulary.from_lexicon(load_lexicon())
    assert _bare_question_title("What is important?", vocab) is None
    assert _bare_question_title("What is relevant?", vocab) is None


def test_an_examination_notice_under_a_county_letterhead() -> None:
    guide = parse_text(_NOTICE, "notice.txt")
    assert guide.role.text == "Bridge Operator"
    assert "County of Marlowe" in [fact.text for fact in guide.employers]


def test_a_contract_type_before_the_post_is_no_title() -> None:
    guide = parse_text(_TERMS, "terms.txt")
    assert guide.role.text == "Fisheries Economist"


def test_a_key_experts_section_names_the_post() -> None:
    guide = parse_text(_KEY_EXPERT, "rfp.txt")
    assert guide.role.text == "Soil Scientist"


def test_euro_figures_in_german_notation_make_one_band() -> None:
    from careergraph.guides.amounts import find_amounts

    austrian = find_amounts("€ 3.180,- to € 3.540,- gross a month (14 times a year)")
    assert [(m.low, m.high) for m in austrian][:1] == [(3180, 3540)]
    german = find_amounts("2nd year of training: 1.120 € to 1.205 €")
    assert [(m.low, m.high) for m in german] == [(1120, 1205)]


def test_a_postcode_or_an_items_number_is_no_pay() -> None:
    from careergraph.guides.amounts import find_amounts

    assert find_amounts("Trainee welder - Stahlbau Ostwig GmbH, 38102 Braunschweig",
                        bare=True, currency="EUR") == []
    assert find_amounts("POSITION NUMBER: 6120", bare=True, currency="USD") == []
    assert [m.low for m in find_amounts("Entry level: 38,102", bare=True)] == [38102]


def test_an_examination_notices_test_subjects_are_skills() -> None:
    guide = parse_text(_NOTICE, "notice.txt")
    skills = {skill.text.lower() for skill in guide.skills}
    assert {"drawbridge machinery", "marine radio use", "tide tables", "tidecalc"} <= skills


def test_a_promotional_notice_open_to_a_departments_employees() -> None:
    page = _NOTICE.replace("Exam No. 5521          Open Competitive", "Exam No. 5521\nOpen to "
                           "permanent employees of the Department of Waterways who have "
                           "passed probation.")
    guide = parse_text(page, "notice.txt")
    assert "Department of Waterways" in [fact.text for fact in guide.employers]
