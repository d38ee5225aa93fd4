"""The lead's stop-57 changes: another worker's substitute in prose owns its pay (dev/README.md,
"Substitutes"), never the page's role's stand-in; a pub's and a kitchen's posts ("Glass
Collector", "Pot Washer") are role titles. Invented pages only."""

from __future__ import annotations

from careergraph.errors import GuideError
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


_POSTING = (
    "{title} – The Ferry Tavern, Quay Street\n\n"
    "We are looking for a {lower} to join our busy team on Friday and Saturday nights.\n\n"
    "Pay: £11.44 per hour plus tips\n\n"
    "What we need\n- Customer service\n"
)


def test_a_pubs_and_a_kitchens_posts_name_the_role() -> None:
    for title in ("Glass Collector", "Pot Washer"):
        guide = parse_text(_POSTING.format(title=title, lower=title.lower()), "page.txt")
        assert guide.role.text == title


def test_a_collector_that_is_software_names_no_role() -> None:
    page = _POSTING.format(title="Data Collector", lower="data collector")
    try:
        guide = parse_text(page, "page.txt")
    except GuideError:
        return
    assert guide.role.text != "Data Collector"
