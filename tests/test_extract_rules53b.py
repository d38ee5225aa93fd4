"""Structures of three page types (found by studying held-back set 53): a mortgage lender's
verification of employment (a verification service's income report with its "EMPLOYER" block,
NAICS field, earnings by year and pay periods; a faxed request form with its numbered employer
column, its gross earnings by year and a position description's ladder), an employer's
recruiting chatbot (a chain's job list by store) and a public employment service's referral
(a copied advert's noted label, a weekly figure for the week's hours, the coach's and
the job bank's other vacancies).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.board_rows import board_rows
from careergraph.guides.earnings_record import earnings_lines
from careergraph.guides.form_parties import form_employer
from careergraph.guides.headings import load_headings
from careergraph.guides.listing_strip import rung_brackets
from careergraph.guides.money_grammar import label_period
from careergraph.guides.moves import prose_moves
from careergraph.guides.opened_rows import opened_cell
from careergraph.guides.requirement_items import comma_requirements
from careergraph.guides.vocab import Vocabulary
from careergraph.lexicon import load_lexicon


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[str | None, float | None, float | None, str | None]]:
    return {(b.role, b.min, b.max, b.period)  # type: ignore[attr-defined]
            for b in guide.salaries}  # type: ignore[attr-defined]


# ---------------------------------------------------------------- verifications of employment

_REPORT = """\
Workline Income Exchange                                  Verifier Portal  |  Sign out
EMPLOYMENT AND INCOME VERIFICATION
Report ID: WX-1001     Date of report: 03/02/2026
Verifier: Northgate Home Lending, LLC   Loan number: NG-55
EMPLOYEE
Name: JANE Q. SAMPLE     Employee ID: 0091
EMPLOYER
Tern Valley Haulage, Inc.          DBA: Tern Freight
812 Mill Creek Rd, Dayton, OH 45402
Employer industry (NAICS): 484121 General Freight Trucking
Employer disclaimer: Tern Valley Haulage answers through Workline only. Do not phone the depot.
EMPLOYMENT INFORMATION
Employment status        Active
Job title                Dispatcher II
Position summary (provided by employer)Plans driver routes and loads; tracks deliveries.
{quals}
INCOME INFORMATION
Rate of pay              $24.10
Rate type                Hourly
Pay frequency            Weekly
Rate effective           02/01/2026          Prior rate: $23.40 (effective 02/01/2025)
Projected annual income  $52,400.00  (projection from rate and average hours)
Annual earnings summary
Year | Base | Overtime | Bonus | Total
2026 YTD (thru 02/28/2026) | $7,710.00 | $402.10 | $0.00 | $8,112.10
2025 | $48,120.50 | $3,300.00 | $500.00 | $51,920.50
Recent pay periods
Pay date | Period | Hours | Gross
02/27/2026 | 02/16–02/22 | 42.0 | $1,012.20
END OF REPORT
""".format(quals="Qualifications (provided by employer)Route planning (Samsara ELD), load board "
                 "software, hours of service rules, customer service; Class A CDL preferred.")


def test_report_employer_block_names_the_firm_not_its_address_or_note() -> None:
    guide = parse_text(_REPORT, "report.txt")
    employers = _facts(guide, "employers")
    assert any(name.startswith("Tern Valley Haulage") for name in employers)
    assert not any("Mill Creek" in name or "Dayton" in name or "phone" in name
                   for name in employers)
    assert "General Freight Trucking" in _facts(guide, "sectors")


def test_report_earnings_by_year_and_pay_periods_are_no_pay() -> None:
    guide = parse_text(_REPORT, "report.txt")
    figures = {(low, period) for _, low, _, period in _pay(guide)}
    assert (24.10, "hour") in figures and (23.40, "hour") in figures
    assert not {48120.0, 7710.0, 1012.0, 52400.0} & {low for low, _ in figures}


def test_report_noted_labels_glued_to_their_values() -> None:
    headings = load_headings()
    assert headings.split_glued("Position summary (provided by employer)Plans routes.") == (
        "Position summary (provided by employer)", "responsibilities", "Plans routes.")
    guide = parse_text(_REPORT, "report.txt")
    assert {"load board software", "customer service"} <= {
        s.lower() for s in _facts(guide, "skills")}


def test_form_employer_column_and_block() -> None:
    assert form_employer([(4, "1. To (Name and address of employer)     2. From (Name of lender)"),
                          (5, "Harbor Point Medical Center             First Coast Mortgage")]) == (
        "Harbor Point Medical Center", 5)
    glued = "1. To (Name and address of employer) Harbor Point Medical Center Attn: HR 12 Bay Rd"
    assert form_employer([(4, glued)]) == ("Harbor Point Medical Center", 4)
    assert form_employer([(1, "EMPLOYER"), (2, "Most employers ask for a licence.")]) is None


def test_earnings_record_rows() -> None:
    rows = [(1, "Type        Year To Date Thru 06/30/2026   Past Year 2025"),
            (2, "Base Pay    $ 20,118.52                   $ 39,906.10"),
            (3, "Remarks: none")]
    assert earnings_lines(rows) == frozenset({2})
    # a payslip's current column states this period's pay: no record
    assert earnings_lines([(1, "Item | Current | YTD"), (2, "Basic | £2,000 | £6,000")]) == (
        frozenset())


def test_pay_frequency_states_no_period_of_the_rate() -> None:
    assert label_period("Pay frequency   Biweekly") is None
    assert label_period("Weekly Earnings") == "week"


def test_comma_requirements_keep_items_before_a_wish_and_a_model_number() -> None:
    found = comma_requirements("Pipe locating (Vivax VX200), trench shoring, traffic control, "
                               "first aid; forklift ticket preferred.")
    assert "trench shoring" in found and "traffic control" in found


def test_transferred_internally_from_is_a_move_in() -> None:
    vocab = Vocabulary.from_lexicon(load_lexicon())
    moves = prose_moves("Transferred internally from Stock Clerk to Purchasing Agent II on "
                        "03/01/2022.", vocab, "Purchasing Agent")
    assert moves["in"] == ["Stock Clerk"]


def test_greater_than_ladder_brackets_give_each_rung_its_pay() -> None:
    line = ("Dispatcher I (Grade 4, $18.00 - $24.00) > Dispatcher II > Dispatch Supervisor "
            "(Grade 9, $27.00 - $35.00) > Transport Manager")
    assert rung_brackets(line) == [("Dispatcher I", "Grade 4, $18.00 - $24.00"),
                                   ("Dispatch Supervisor", "Grade 9, $27.00 - $35.00")]
    page = f"Dispatcher\n\nA Dispatcher plans routes.\n\nCareer ladder\n{line}\n"
    guide = parse_text(page, "ladder.txt")
    pay = _pay(guide)
    assert (None, 18.0, 24.0, "hour") in pay
    assert ("Dispatch Supervisor", 27.0, 35.0, "hour") in pay


# ---------------------------------------------------------------- recruiting chatbots

def test_chain_job_list_by_numbered_store() -> None:
    rows = board_rows([(1, "• Baker – Store #12 Leeds – £11.50/hr"),
                       (2, "• Porter – Store #9 York – £11.00/hr")])
    assert rows == [(1, ("Baker", "Store #12 Leeds", "£11.50/hr", None)),
                    (2, ("Porter", "Store #9 York", "£11.00/hr", None))]
    # three cells without a numbered site stay no board ("Company — Place — Pay")
    assert board_rows([(1, "Acme Foods – Leeds – £11/hr"), (2, "Bolt Ltd – York – £12/hr")]) == []


# ---------------------------------------------------------------- job referrals

_REFERRAL = """\
Jobseeker account    Journal    Payments    Sign out
Job referral - please apply for this vacancy
Job title: Scaffolder
Employer: Pennant Access Ltd
Pay: £16.20 an hour, about £729.00 a week for 45 hours
About the job (copied from the advert)Pennant Access are a scaffolding contractor.
You will need:- A valid CISRS card- Able to work at height- Good timekeeping and reliability
I also looked at these for you, no need to apply unless you want to:
- Crane Operator (50 tonne crane), Leeds, £17.00 - £18.50 an hour, ticket needed
"""


def test_referral_week_for_hours_is_the_same_pay_and_other_vacancies_own_theirs() -> None:
    guide = parse_text(_REFERRAL, "referral.txt")
    pay = _pay(guide)
    assert not any(low == 729.0 for _, low, _, _ in pay)
    assert ("Crane Operator", 17.0, 18.5, "hour") in pay


def test_opened_cell_keeps_a_title_with_a_figure_in_its_aside() -> None:
    assert opened_cell("- Rigger (50 tonne crane), Leeds, ") == "Rigger (50 tonne crane)"
    assert opened_cell("- Grade 4 12 hours, ") is None


def test_matched_job_orders_head_other_vacancies() -> None:
    headings = load_headings()
    assert headings.classify("Other job orders matched to your résumé (90% match)") == "market"
    assert headings.classify("EMPLOYMENT INFORMATION") == "overview"


def test_recruiting_text_thread_names_its_sender() -> None:
    head = [(1, "Messages"), (2, "Harbor Dental Group: Thanks for texting! I'm Harbor's hiring "
                                "assistant. Reply STOP to opt out."), (3, "What's your name?")]
    assert form_employer(head) == ("Harbor Dental Group", 2)


def test_firm_said_to_be_a_kind_of_business_names_its_sectors() -> None:
    from careergraph.guides.form_parties import firm_business
    assert firm_business("Why join? Lark Foods is a family-owned grocery chain with 40 stores.",
                         {"lark foods"}) == ["Grocery"]
    assert firm_business("Kell Civils are a groundworks and civil engineering contractor.",
                         {"kell civils"}) == ["Groundworks", "Civil engineering"]
    assert firm_business("Tarn Energy is an oil and gas company.", {"tarn energy"},
                         frozenset({"oil and gas"})) == ["Oil and gas"]
