"""Hourly rates keep their cents from the page to the role card and the saved graph."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.graph import CareerGraph
from careergraph.guides import parse_text
from careergraph.model import SalaryRange, Source, money_amount

PAGE = ("Glass Blower\nGlass blowers shape molten glass.\n\nPay\n"
        "- Apprentice: $19.35 - $22.60 per hour\n- Master: $41.05/hour\n"
        "- Studio lead: $68,250.75 a year\n")


def test_cents_of_a_rate_are_kept_and_a_yearly_figure_is_whole() -> None:
    guide = parse_text(PAGE, "glass-blower.txt")
    assert sorted((s.min, s.max, s.period) for s in guide.salaries) == [
        (19.35, 22.6, "hour"), (41.05, 41.05, "hour"), (68251, 68251, "year")]


def test_a_yaml_amount_is_stored_in_one_spelling() -> None:
    source = Source(file="g.yaml", line=3)
    assert SalaryRange(min=85000.0, max=23.456, source=source).model_dump()["min"] == 85000
    assert SalaryRange(min=85000.0, max=23.456, source=source).max == 23.46
    assert money_amount(999.994) == 999.99 and money_amount(1000.4) == 1000


def test_the_role_card_shows_the_cents_and_the_period(cli: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "glass-blower.txt").write_text(PAGE)
    saved = tmp_path / "graph.json"
    built = cli.invoke(app, ["build", str(tmp_path / "guides"), "--out", str(saved)])
    assert built.exit_code == 0, built.output
    card = cli.invoke(app, ["role", "Glass Blower", "--graph", str(saved)])
    assert "USD 19.35–22.60 / hour" in card.output
    assert "USD 41.05 / hour" in card.output and "41.05–41.05" not in card.output
    [role] = [n for n in json.loads(saved.read_text())["graph"]["nodes"] if n["type"] == "Role"]
    assert {s["min"] for s in role["salaries"]} == {19.35, 41.05, 68251}
    assert CareerGraph.load(saved).nx.nodes["role:glass-blower"]["salaries"][0]["min"] == 19.35
    store = tmp_path / "graph.db"  # the indexed store keeps them too
    assert cli.invoke(app, ["build", str(tmp_path / "guides"), "--out", str(store)]).exit_code == 0
    assert CareerGraph.load(store).nx.nodes["role:glass-blower"]["salaries"][0]["min"] == 19.35


def test_a_number_too_long_to_read_rejects_its_guide_with_its_line(
        cli: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "guides"
    folder.mkdir()
    (folder / "kiln.yaml").write_text("role: Kiln Operator\nsalaries:\n  - min: 1"
                                      + "0" * 5_000 + "\n")
    result = cli.invoke(app, ["build", str(folder)])
    assert result.exit_code == 2
    assert "kiln.yaml: rejected" in result.output and "Traceback" not in result.output


def test_a_french_figure_before_the_code_eur_keeps_its_thousands() -> None:
    from careergraph.guides.amounts import find_amounts

    # (space-grouped thousands with a decimal comma, the code after: read like "2 110,02 €")
    (monthly,) = find_amounts("Salaire : 2 110,02 EUR brut par mois")
    assert (monthly.low, monthly.currency, monthly.period) == (2110, "EUR", "month")
    (plain,) = find_amounts("Rémunération 1 250 EUR par mois")
    assert plain.low == 1250
    (cents,) = find_amounts("Pay: 950,00 EUR gross per month")  # no thousands: as before
    assert cents.low == 950


def test_a_french_range_with_its_sign_after_the_top_keeps_its_lower_end() -> None:
    from careergraph.guides.amounts import find_amounts

    # (the lower end's spaces went unread: "38 500 to 41 200 €" was read as 500–41,200)
    for text, low, high in (("from 38 500 to 41 200 € a year", 38500, 41200),
                            ("Salary 45 000 - 52 000 EUR per year", 45000, 52000),
                            ("between 1 800 and 2 100 EUR", 1800, 2100)):
        (band,) = find_amounts(text)
        assert (band.low, band.high, band.currency) == (low, high, "EUR"), text
