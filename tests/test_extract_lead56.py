"""The lead's stop-56 changes: the substitutes convention (dev/README.md: a substitute named as
a title owns its pay; a bare "Substitutes" row in the role's own pay list is the role's own
rate on relief terms) and an exclaimed banner heading that labels no figure. Invented pages
only."""

from __future__ import annotations

from careergraph.guides import parse_text


def _owners(page: str, low: float) -> list[str | None]:
    guide = parse_text(page, "page.txt")
    return [band.role for band in guide.salaries if band.min == low]


_RELIEF_ROWS = (
    "Care Worker\n"
    "A care worker supports older people at home.\n"
    "Pay\n"
    "Day work 14,80 €/h\n"
    "Substitutes (relief pool) 15,30 €/h\n"
    "Night supplement 4,10 €/h\n"
)

_TITLED = (
    "Care Worker\n"
    "A care worker supports older people at home.\n"
    "Pay\n"
    "Day work 14,80 €/h\n"
    "Substitute care worker: 15,30 €/h\n"
)


def test_a_bare_substitutes_row_is_the_roles_own_rate() -> None:
    assert _owners(_RELIEF_ROWS, 15.3) == [None]


def test_a_substitute_named_as_a_title_owns_its_rate() -> None:
    assert _owners(_TITLED, 15.3) == ["Substitute Care Worker"]


_BANNER = (
    "ShiftPal  |  Inbox  ›  The Anchor Inn (Hull)                 Jo P. ▾  Sign out\n"
    "📅 You're invited to a paid trial shift!\n"
    "Kitchen Porter – The Anchor Inn, Harbour Street, Hull HU1\n"
    "Saturday 12 December 2026 · 19:00 – 22:00 (3 hours)\n"
    "Paid trial: £11.90 per hour, paid with your next wages\n"
    "What we'll look at\n"
    "• Clearing tables quickly\n"
    "• Safe handling of glassware\n"
)


def test_an_exclaimed_banner_labels_no_figure() -> None:
    guide = parse_text(_BANNER, "page.txt")
    labels = [band.label for band in guide.salaries if band.min == 11.9]
    assert labels and all("!" not in (label or "") for label in labels)
