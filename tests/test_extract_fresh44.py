"""New seeds of the generator (helper fresh44): a site's name in its breadcrumb trail and its
copyright footer ("© 2026 X Careers · Cookies · …") is the site's, never the page's role; a
series' pager ("← Previous: A   Next: B →") is chrome.

Every page is invented here (roles, places, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.headline import is_masthead, mastheads
from careergraph.guides.longform_chrome import _markup, _pager

_POSTER = ("Trailblazer Careers  >  Resources  >  Posters\n"
           "Level up: a career as a florist  [poster]\n"
           "Published 3 March 2027 · Download PDF (0.9 MB) · Share\n\n"
           "[Poster image: a winding garden path of stepping stones from START to FINISH,\n"
           "with drawn tulips, watering cans and labels. See the text version below.]\n\n"
           "Text version (for screen readers)\n"
           "Title: Level up - a career as a florist\n\n"
           'Square 1, "What does a florist do?": Florists design bouquets and wreaths for '
           "shops, weddings and funerals.\n\n"
           'Square 2, "Your toolkit" (a checklist; ticked items are essential):\n'
           "ticked: flower conditioning\n"
           "ticked: bouquet wiring\n"
           "ticked: colour theory\n"
           'not ticked, "bonus item": event styling\n\n'
           'Square 3, "The path": START > Florist Assistant > Florist > Head Florist > FINISH\n\n'
           "Text version ends.\n"
           "© 2027 Trailblazer Careers · Cookies · Accessibility statement\n")


def test_site_named_in_trail_and_footer_is_not_the_role() -> None:
    guide = parse_text(_POSTER, "poster-page.txt")
    assert guide.role is not None and guide.role.text == "Florist"


def test_copyright_name_stops_at_its_links() -> None:
    names = mastheads(["Menu", "© 2027 Harbourline Jobs · Terms · Privacy"], lambda _: False)
    assert "harbourline jobs" in names


def test_trail_opening_with_the_site_is_a_masthead() -> None:
    sites = frozenset({"harbourline jobs"})
    assert is_masthead("Harbourline Jobs  »  Guides  »  Maps", sites)
    assert not is_masthead("Guides  »  Harbourline Jobs", sites)


def test_series_pager_is_chrome() -> None:
    assert _markup("← Previous: Plumber      Next: Glazier →") == ""
    assert _markup("Older post: Roofer   Newer post: Tiler") == ""
    assert _pager("Next: Glazier →")


def test_next_label_without_arrow_is_kept() -> None:
    assert _markup("Next: book a taster day at the college") != ""


def test_pager_names_no_employers() -> None:
    text = ("Job of the week: Plasterer\n\n"
            "Plasterers finish walls and ceilings in homes and offices.\n\n"
            "Who hires?\n"
            "Building firms and shopfitters. Local: Kestrel Walls Ltd, Orchard Interiors.\n\n"
            "← Previous: Roofer      Next: Glazier →\n")
    employers = {e.text for e in parse_text(text, "plasterer.txt").employers}
    assert not any("Previous" in e or "Next" in e for e in employers)

