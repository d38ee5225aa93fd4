"""Structures of three page types (found by studying held-back set 49): job postings read
through a browser translator from Albanian (lek amounts with space-grouped thousands, the
"old lek" figure, a local "Paga bruto:" label, a salon's next rung that "takes" its pay) and
from Estonian (a posting that states its pay per month once, with a yearly allowance beside
it; a run-in "Field of activity:" in lower case; local legal forms), and a compensation
team's market-pricing memo (a percentile table whose median alone is pay, "min – mid – max"
ranges, a bracketed midpoint, the cost of a recommendation).  Every page here is invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.languages import language_skills
from careergraph.guides.longform_tables import percentile_columns
from careergraph.guides.page_money import page_period
from careergraph.guides.salary import statistic_of


def _money(text: str) -> list[tuple[float | None, float | None, str | None, str | None]]:
    return [(m.low, m.high, m.currency, m.period) for m in find_amounts(text)]


def _facts(guide: object, bucket: str) -> set[str]:
    return {f.text for f in getattr(guide, bucket)}


def _pay(guide: object) -> set[tuple[float | None, float | None, str | None]]:
    return {(b.min, b.max, b.role) for b in guide.salaries}  # type: ignore[attr-defined]


# --- lek ---------------------------------------------------------------------------------


def test_lek_amounts_read_as_albanian_lek_a_month() -> None:
    assert _money("Pay: 48 000 – 62 000 lek net per month") == [(48000, 62000, "ALL", "month")]
    assert _money("from 95 000 lekë gross") == [(95000, None, "ALL", "month")]  # (a floor)
    assert _money("a day on trial is paid 1 200 lek per day") == [(1200, 1200, "ALL", "day")]


def test_the_old_lek_figure_is_the_same_pay() -> None:
    # (the same amount times ten, in a bracket: no second salary, never dollars)
    assert _money("Pay: 48 000 – 62 000 lek net (480 – 620 thousand old lek)") == [
        (48000, 62000, "ALL", "month")]


def test_a_capitalised_all_is_no_currency() -> None:
    assert _money("ALL 12 TEAMS MEET ON FRIDAY") == []
    assert _money("Open to ALL 3 shifts") == []


def test_rare_tops_are_one_sided() -> None:
    assert _money("Rarely over 150 000 lekë") == []
    assert _money("Only few offers pass 90 000 lek") == []
    assert _money("Only a few offers are more than 2 900 €") == []
    assert _money("Offers: 40 000 – 55 000 lek") == [(40000, 55000, "ALL", "month")]


_SALON = """\
Lash Technician (Teknike qerpikësh)
Salloni Drita Lashes · Tiranë
Paga neto: 52 000 – 64 000 lek / month
Requirements
- experience at least 1 year with classic lashes
We offer
- the insurances paid on the minimum salary of 40 000 lek
Career with us
""" + ("The road here: Lash Technician → Lash Trainer → Salon Manager. The salon manager takes "
       "85 000 – 99 000 lek net. The lash trainer starts from 70 000 lekë bruto.\n")


def test_a_translated_posting_reads_its_local_pay_label_and_its_rungs_pay() -> None:
    guide = parse_text(_SALON, "salon.txt")
    pay = _pay(guide)
    assert (52000, 64000, None) in pay  # "Paga neto:" the posted pay
    assert (85000, 99000, "Salon Manager") in pay  # "takes … net": the title's pay
    assert any(low == 70000 and role == "Lash Trainer" for low, _, role in pay)  # "starts from"
    assert not any(low == 40000 for low, _, _ in pay)  # insurance's minimum wage: no pay


def test_it_takes_is_no_pay_of_a_title() -> None:
    guide = parse_text("Lash Technician\nStarting out\nIt takes 30 000 lek to buy a starter "
                       "kit. You learn the rest.\n", "kit.txt")
    assert not any(role for _, _, role in _pay(guide))


# --- a monthly posting --------------------------------------------------------------------


def test_a_monthly_posting_keeps_its_period_beside_a_yearly_allowance() -> None:
    page = ("Salary: 1 500 – 1 900 € gross per month\n- fitness compensation up to 300 € a year\n"
            "- bonus twice a year\nAverage 1 700 € gross per month\nSimilar: Welder · 1 600 €")
    assert page_period(page) == "month"


def test_a_yearly_salary_still_makes_a_page_yearly() -> None:
    page = "Pay 2 100 € per month for trainees; seniors earn 48 000 € a year per month worked"
    assert page_period(page) is None


_ESTONIAN = """\
CNC Operator (CNC-operaator)
Kivimäe Tööstus OÜ · Tartu
Salary: 1 600 – 1 950 € gross per month
About usKivimäe Tööstus OÜ mills parts since 2004. Field of activity: metal industry. 40 workers.
Requirements:
• Estonian or Russian language on the level of communication
We offer
• fitness compensation up to 300 € a year
• the trial period salary is 1 500 € gross
"""


def test_an_estonian_posting_gives_its_employer_sector_and_monthly_pay() -> None:
    guide = parse_text(_ESTONIAN, "cnc.txt")
    assert "Kivimäe Tööstus OÜ" in _facts(guide, "employers")
    assert "metal industry" in {s.lower() for s in _facts(guide, "sectors")}
    assert {b.period for b in guide.salaries if b.min in (1600, 1500)} == {"month"}
    assert not any(b.min == 300 for b in guide.salaries)


def test_an_albanian_legal_form_marks_the_employer() -> None:
    guide = parse_text("SALES AGENT (Agjent Shitjesh)\nTregtia Jonë sh.p.k.\nPosted 01.12.2026\n"
                       "Salary: 70 000 lekë / month\n", "agent.txt")
    assert "Tregtia Jonë sh.p.k." in _facts(guide, "employers")


def test_translated_language_items_give_each_language() -> None:
    assert language_skills("Greek or English language for the guests") == ["Greek", "English"]
    assert language_skills("English language B2") == ["English"]
    assert language_skills("Latvian language on the level of communication") == ["Latvian"]
    assert language_skills("Finnish is an advantage") == ["Finnish"]
    assert language_skills("an English language degree in hand") == []


# --- a market-pricing memo ----------------------------------------------------------------


def test_a_percentile_header_keeps_only_the_median_column() -> None:
    assert percentile_columns(["Level", "P25", "P50", "P75", "Total cash P50"]) == frozenset(
        {1, 3, 4})
    assert percentile_columns(["Band", "Lower quartile", "Median", "Upper quartile"]) == (
        frozenset({1, 3}))
    assert percentile_columns(["Post", "Minimum", "Maximum"]) is None
    assert percentile_columns(["Post", "P25", "P75"]) is None  # (no median: left as it was)
    assert statistic_of("P50 / Tech I") == "median"


_MEMO = """\
Market Pricing Memo — Survey Technician
Market data — base salary (US national)
Level | P25 | P50 | P75 | Total cash P50
ST I | $48,100 | $52,300 | $57,900 | $55,000
ST II | $55,400 | $60,800 | $66,100 | $64,200
""" + ("Current ranges (min – mid – max): ST I $45,000 – $52,000 – $59,000; "
       "ST II $52,000 – $60,000 – $68,000.\nEstimated cost: $41,300 a year for 9 increases.\n")


def test_a_pricing_memo_reads_medians_and_min_mid_max_bands() -> None:
    guide = parse_text(_MEMO, "memo.txt")
    pay = {(b.min, b.max) for b in guide.salaries}
    assert {(52300, 52300), (60800, 60800), (45000, 59000), (52000, 68000)} <= pay
    for figure in (48100, 57900, 55000, 55400, 66100, 64200, 41300):  # quartiles, cash, cost
        assert not any(figure in (low, high) for low, high in pay)
    assert (45000, 52000) not in pay  # (the midpoint ends no band)


def test_min_mid_max_is_one_band_but_four_steps_stay_apart() -> None:
    assert [(m.low, m.high) for m in find_amounts("range $70,000 – $82,000 – $94,000.")] == [
        (70000, 94000)]
    assert [(m.low, m.high) for m in find_amounts("Steps $40,000 – $42,000 – $44,000 – $46,000")
            ] == [(40000, 42000), (44000, 46000)]
    # (figures that do not rise are no min – mid – max)
    assert (52000, 48000) not in [(m.low, m.high) for m in find_amounts(
        "$50,000 - $52,000 - $48,000")]


def test_a_bracketed_midpoint_is_inside_its_band() -> None:
    assert [(m.low, m.high) for m in find_amounts("Grade B: £31,000 – £38,000 (midpoint £34,500)")
            ] == [(31000, 38000)]
    assert [(m.low, m.high) for m in find_amounts("Midpoint: £34,500")] == [(34500, 34500)]


def test_sideways_moves_after_a_progression_label() -> None:
    guide = parse_text("Payroll Analyst\nCareer note\nProgression: Payroll Analyst → Payroll "
                       "Manager. Sideways moves we have seen: Pensions Analyst and HR Analyst.\n",
                       "payroll.txt")
    assert {"Pensions Analyst", "HR Analyst"} <= _facts(guide, "transitions_to")


def test_a_post_that_suits_former_holders_names_moves_in() -> None:
    guide = parse_text("Estate Manager\nGrowing with us\nThis work suits well a former site "
                       "engineer or a letting agent who wants a steady job.\n", "estate.txt")
    assert {"Site Engineer", "Letting Agent"} <= _facts(guide, "moves_in")
