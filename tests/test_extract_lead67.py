"""The lead's stop-67 change: the field a translated posting names after a firm's kind ("X is a
software company in the field of payment services") is the firm's business, not the kind.
Invented pages only."""

from __future__ import annotations

from careergraph.guides import parse_text

_PAGE = (
    "Backend Developer\n"
    "Company: Orvan Soft CJSC\n"
    "About us\n"
    "Orvan Soft is a software company in the {field} of payment services (cards) founded in "
    "2015. We build processing systems for banks.\n"
    "Requirements:\n- Java\n- PostgreSQL\n"
    "Salary: 2 400 - 3 100 USD per month\n"
)


def _sectors(page: str) -> list[str]:
    return [sector.text for sector in parse_text(page, "page.txt").sectors]


def test_the_field_after_a_firms_kind_is_its_business() -> None:
    for field in ("field", "sphere", "area"):
        assert _sectors(_PAGE.format(field=field)) == ["Payment services"], field


def test_the_kind_alone_is_still_the_business() -> None:
    page = _PAGE.replace(" in the {field} of payment services (cards)", "")
    assert _sectors(page) == ["Software"]
