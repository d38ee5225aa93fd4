"""The lead's stop-57 changes: another worker's substitute in prose owns its pay (dev/README.md,
"Substitutes"), never the page's role's stand-in. Invented pages only."""

from __future__ import annotations

from careergraph.guides import parse_text


def _owners(page: str, low: float) -> list[str | None]:
    guide = parse_text(page, "page.txt")
    return [band.role for band in guide.salaries if band.min == low]


_PAGE = (
    "School Librarian\n\n"
    "A school librarian runs the school library and teaches pupils to find information.\n\n"
    "School librarians earn $48,000 – $61,000 a year. {sentence}\n\n"
    "Skills\n- Cataloguing\n"
)


def test_another_workers_substitute_owns_its_rate() -> None:
    page = _PAGE.format(sentence="Substitute teachers earn $150 per day, and the district pays "
                        "substitute librarians $140 per day.")
    assert _owners(page, 150) == ["Substitute Teacher"]


def test_the_roles_own_substitute_is_its_stand_in() -> None:
    page = _PAGE.format(sentence="Substitute librarians earn $140 per day, and the office "
                        "books them.")
    assert _owners(page, 140) == ["Substitute Librarian"]


def test_the_roles_own_figure_stays_its_own() -> None:
    page = _PAGE.format(sentence="Substitute teachers earn $150 per day, and the district pays "
                        "substitute librarians $140 per day.")
    assert _owners(page, 48000) == [None]
