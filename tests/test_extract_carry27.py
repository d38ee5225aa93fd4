"""Set 27's page types in other wordings (carry27): invented pages, own wording."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.longform_pay import _within
from careergraph.guides.money_grammar import _PERIOD_BEFORE

_APPRAISAL = """Trellick Mills Ltd.                              HR Suite > Reviews > Cycle 2026
MID-YEAR REVIEW FORM (2026)                      Form HR-11   Page 1/2

SECTION 1 : EMPLOYEE
Staff No: TM4410      Name: Oren Falk          Designation: Textile Technologist
Grade: T2           Department: Dyehouse     Location: Leek
Reviewer: Bina Sarto (Manager – Dyeing)     Countersigned: Ivo Drake (Works Director)
Industry: Textile manufacturing

SECTION 2 : OBJECTIVES
1 | Shade matching for the spring range | 40% | 4
2 | Effluent sampling records             | 30% | 3

SECTION 3 : ASPIRATIONS
I hope to become Senior Textile Technologist next year.
"""


def test_a_dash_inside_a_form_fields_brackets_is_no_title_split() -> None:
    guide = parse_text(_APPRAISAL, "review.txt")
    assert guide.role.text == "Textile Technologist"


_CHART = """Team outline v2 — The Quayhouse, Whitby
Exported as outline · Page 1 of 2

1        Operations Director | Nell Parry | K6 |  |
1.1      Head Chef | Rufus Tan | K5 | £34,200 |
1.1.1    Chef de Partie | (vacant) | K3 | £27,400 |
1.1.2    Commis Chef ×2 | — | K2 | £12.40/hr |

Notes on shape 1.1.1 "Chef de Partie"
  Dee R.: Role card for the new Chef de Partie req, please review before posting.
  Rufus T.: Route on: Chef de Partie > Sous Chef > Head Chef.
"""


def test_a_position_card_keeps_a_brigade_titles_de() -> None:
    guide = parse_text(_CHART, "chart.txt")
    assert guide.role.text == "Chef de Partie"


_TRANSLATED = """This page has been translated from Vietnamese  ·  Original
ViecLamMoi | Career handbook › Logistics
Posted: 03/02/2026 · Author: Editorial team

What is Stock Control Staff? Salary, skills and the roadmap to promotion in 2026

1. What is stock control staff?
Stock control staff keep the records of goods in and out of a warehouse.

2. How much is the salary of stock control staff?
| Experience               | Salary level (VND/month) |
| Fresher                  | 7 - 9 million            |
| Chief dispatcher         | 18 - 26 million          |

Similar jobs
  Forklift Staff · Dong Nai · 8 - 10 million
  Inventory Executive · Ho Chi Minh · Up to $1,050
"""


def test_a_translated_question_title_with_a_long_subtitle_names_the_role() -> None:
    guide = parse_text(_TRANSLATED, "stock.txt")
    assert guide.role.text == "Stock Control Staff"


def test_translated_pay_rows_cards_and_dollar_figures() -> None:
    guide = parse_text(_TRANSLATED, "stock.txt")
    by_low = {(s.min, s.max): s for s in guide.salaries}
    # "Chief dispatcher": the rank with its trade, not the rank word alone
    assert by_low[(18_000_000, 26_000_000)].role == "Chief Dispatcher"
    # a dollar figure on a page paid by the month, its bound word no part of the title
    card = by_low[(None, 1050)]
    assert (card.role, card.period) == ("Inventory Executive", "month")


def test_a_name_opening_with_a_period_word_states_no_period() -> None:
    assert _PERIOD_BEFORE.search("picture editor, Weekly Herald: ") is None
    assert _PERIOD_BEFORE.search("Daily Rate: ") is not None
    assert _PERIOD_BEFORE.search("the usual hourly pay is ") is not None


def test_a_similar_job_sharing_the_roles_head_is_another_job() -> None:
    assert not _within("Stock Control Staff", "Forklift Staff")
    assert _within("Stock Control Staff", "Senior Stock Control Staff")


_DECISION = """Employment Tribunals   Home > Decisions
Ms R Okafor v Ashgrove Lifts Ltd: 2204118/2026

FINDINGS OF FACT
7. The claimant was appointed Lift Engineer on 3 March 2021.
8. A Lift Engineer's duties, as set out in the job description at page 77 of the bundle, \
include landing door adjustment, rope tension checks, controller fault finding, logging \
visits in LiftLog and work on hydraulic and traction lifts.
9. The claimant was dismissed on 2 May 2026.
"""


def test_a_decisions_finding_lists_the_roles_duties() -> None:
    from careergraph.guides.duty_objects import role_duty_list
    assert role_duty_list("The job description in evidence lists kerb checks, signal "
                          "testing and work on up and down lines.", "Track Worker") == [
        "kerb checks", "signal testing", "up lines", "down lines"]
    guide = parse_text(_DECISION, "decision.txt")
    skills = {s.text for s in guide.skills}
    for name in ("landing door adjustment", "rope tension checks", "controller fault finding",
                 "LiftLog", "hydraulic lifts", "traction lifts"):
        assert name in skills
