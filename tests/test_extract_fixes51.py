"""Defects noticed last stop: pay owners, percentiles and job boards' addresses (fixes51).

- A figure with a non-median percentile named in brackets after it ("$33,400 (10th
  percentile)", a visa's "going rate … (25th percentile)") is one point of a distribution:
  no pay band, no point of the role.  The median's "(50th percentile)" stays.
- A second title given its own band with the verb left out ("… are on Band 6 (£…) and
  consultant radiographers on Band 8a (£…)") owns that band; a qualifier alone before the
  role's name ("most experienced radiographers") names no other title.
- "Consultant" and "specialist" before the role's head make a rung of their own
  ("Consultant dietitians earn …").
- The stems that make an address a job board's are data (``letterheads.board_stems``).

Every page is invented here (roles, bodies, figures).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text
from careergraph.guides.builder import GuideBuilder
from careergraph.guides.heading_data import word_lists
from careergraph.model import Layout


def _pay(text: str) -> list[tuple[str | None, float | None, float | None]]:
    guide = parse_text(text, "page.txt")
    return [(s.role, s.min, s.max) for s in guide.salaries]


def test_bracketed_tail_percentiles_make_no_band() -> None:
    # (fixes86, the lead's brief of stop 55) two symmetric tails joined as one span are the
    # role's band; a lone bracketed tail stays no pay
    pay = _pay("Kiln Operator\n\nPay\nKiln operators earn a median of $48,200 a year. "
               "Earnings run from $33,400 (10th percentile) to $67,900 (90th percentile).\n")
    assert sorted(pay, key=str) == sorted([(None, 48200, 48200), (None, 33400, 67900)], key=str)
    pay = _pay("Kiln Operator\n\nPay\nKiln operators earn a median of $48,200 a year. "
               "The lowest earners get $33,400 (10th percentile).\n")
    assert pay == [(None, 48200, 48200)]


def test_a_going_rate_at_a_percentile_is_no_pay() -> None:
    pay = _pay("Kiln Operator\n\nImmigration\nThe going rate for this occupation is $52,700 "
               "(25th percentile). Kiln operators earn about $47,000 a year.\n")
    assert (None, 52700, 52700) not in pay
    assert (None, 47000, 47000) in pay


def test_the_median_percentile_stays_a_point() -> None:
    pay = _pay("Kiln Operator\n\nPay\nKiln operators earn $46,900 a year (50th percentile).\n")
    assert pay == [(None, 46900, 46900)]


def test_a_gapped_band_clause_names_its_own_title() -> None:
    pay = _pay("Radiographer\n\nPay\nNewly qualified radiographers are employed on Band 5 "
               "(£29,100 - £35,300); most experienced radiographers are on Band 6 "
               "(£36,200 - £43,400) and consultant radiographers on Band 8a "
               "(£51,800 - £58,600).\n")
    assert (None, 29100, 35300) in pay
    assert (None, 36200, 43400) in pay  # the role, experienced
    assert ("Consultant Radiographer", 51800, 58600) in pay


def test_a_specialist_rung_before_the_role_owns_its_band() -> None:
    pay = _pay("Dietitian\n\nPay\nDietitians start on Band 5 (£29,100 - £35,300); senior "
               "dietitians are on Band 6 (£36,200 - £43,400) and clinical specialist "
               "dietitians on Band 7 (£44,100 - £49,800). Consultant dietitians earn "
               "£51,800 or more.\n")
    owners = {low: owner for owner, low, _ in pay}
    assert owners[44100] == "Clinical Specialist Dietitian"
    assert owners[51800] is not None and owners[51800].lower() == "consultant dietitian"
    assert owners[29100] is None


def test_board_stems_come_from_data() -> None:
    assert "recruit" in word_lists("letterheads")["board_stems"]


@pytest.mark.parametrize("text, kept", [
    ("StaffRecruiters.net", False), ("BrightVacancies.co.uk", False),
    ("shiftlist.example", False), ("Quillfield.com", True),
])
def test_board_addresses_still_refused(text: str, kept: bool) -> None:
    assert GuideBuilder("x.txt", Layout.LONGFORM).add("employers", text, 1) is kept


def test_a_capitalised_title_with_joiners_owns_its_band() -> None:
    pay = _pay("Speech and Language Therapist\n\nPay\nSpeech and language therapists start at "
               "Band 5 (£29,100 - £35,300 a year). Clinic Team Leaders are Band 7 "
               "(£44,100 - £49,800) and the Head of Speech and Language Therapy is Band 8a "
               "(£51,800 - £58,600).\n")
    assert ("Head of Speech and Language Therapy", 51800, 58600) in pay
    assert (None, 29100, 35300) in pay


def test_a_plural_before_of_in_a_gapped_list_owns_its_figure() -> None:
    pay = _pay("Water Quality Manager\n\nPlacements\nSalaries in our sector (survey 2025): lead "
               "water quality engineers €71,000 – €82,000; water quality managers €88,000 – "
               "€97,000; directors of water quality €120,000 and above.\n")
    owners = {low: owner for owner, low, _ in pay}
    assert owners[120000] == "Director of Water Quality"
    assert owners[88000] is None


def test_a_plural_head_before_of_is_another_title_than_the_role() -> None:
    pay = _pay("Director of Data Governance\n\nHow to become one\nTrainees start at around "
               "$61,000 a year. Directors of Data Governance with a few years' experience earn "
               "$210,000 to $240,000, while vps of data governance earn $280,000 to $310,000.\n")
    assert (None, 210000, 240000) in pay
    assert ("VP of Data Governance", 280000, 310000) in pay


def test_a_gapped_clause_with_its_own_verb_is_no_title() -> None:
    pay = _pay("Director of Pilotage Operations\n\nPay\nMoney talk: \"Pilotage managers are at "
               "roughly $150,000 to $170,000; directors of pilotage operations are at roughly "
               "$200,000 to $225,000, plus bonus.\"\n")
    assert (None, 200000, 225000) in pay  # the role itself, not "… Operations Are"


def test_a_gapped_title_ending_in_on_keeps_its_letters() -> None:
    pay = _pay("Senior Harbour Pilot\n\nPay\nSalaries in our sector (survey 2025): harbour "
               "pilots €70,000 – €82,000; directors of pilotage automation €121,000 – "
               "€133,000.\n")
    assert ("Director of Pilotage Automation", 121000, 133000) in pay


def test_the_writers_own_titled_salary_is_that_titles() -> None:
    pay = _pay("Exhibit Guide\n\nPay\nMy first exhibit guide contract paid £21,900. Most visitor "
               "officer adverts I see now are £24,000-£29,000; my Head of Visitor Services "
               "salary is £41,000.\n")
    owners = {low: owner for owner, low, _ in pay}
    assert owners[41000] is not None and owners[41000].startswith("Head of Visitor Service")
    assert owners[21900] is None
