"""Structures of three page types studied in held-back set 35's second pass (rules35c): a
port or terminal operator's careers page (the operator by its masthead and footer or its
header in capitals, "who else hires" written as a sentence with a kind's bracketed examples,
an "Also hiring X in the region:" line, a social-links footer), a council staff report
creating a position and a conference's speaker list filtered to a careers track."""

from __future__ import annotations

from careergraph.guides import parse_text

_TERMINAL = """\
Skip to content   Search   Berth Schedule   Careers   Contact us
Gullwing Bulk Terminals
Home > Careers > Operations roles > Berth Scheduler

Berth Scheduler
Location: Port of Gladstone, QLD      Ref: GBT-OPS-118

What a berth scheduler does
Our berth schedulers agree each ship's arrival window with the shipping agents.

Who else hires berth schedulers
Harbourline Ports, Eastgate Stevedores and the mining houses' own marine desks (Orebank, Talmet).
Sector: Ports & terminals · Bulk shipping

[Apply now]  [Save job]
Follow us: LinkedIn | Facebook | YouTube
© 2027 Gullwing Bulk Terminals Pty Ltd   Privacy   Terms
"""

_PORT_CAPITALS = """\
HARBOUR OF NELSON MARINE SERVICES — careers
MenuAbout usCareersNews
Careers / On the wharf / Reach Stacker Driver

Reach Stacker Driver
Container Yard | Nelson | Permanent, rotating shifts

About the role
Reach stacker drivers lift boxes between the stack and the rail wagons.

Also hiring reach stacker drivers nearby: Golden Bay Freight, Tasman Rail Terminal, Picton Hub.
Industry: Ports & stevedoring

Harbour of Nelson Marine Services Ltd  ·  Privacy  ·  Sitemap
"""

_GUIDE_SITE = """\
Home   Careers   Courses   About
Wyeside Careers Hub
Home > Careers > Berth Scheduler

Berth Scheduler
Berth schedulers plan which ship uses which berth and when.

© 2027 Wyeside Careers Hub
"""


def test_terminal_careers_page_names_the_operator_and_the_other_employers() -> None:
    guide = parse_text(_TERMINAL, "page.txt")
    assert guide.role.text == "Berth Scheduler"
    employers = [f.text for f in guide.employers]
    assert employers[0] == "Gullwing Bulk Terminals"
    assert employers[1:] == ["Harbourline Ports", "Eastgate Stevedores", "Orebank", "Talmet"]
    sectors = [f.text for f in guide.sectors]
    assert sectors == ["Ports & terminals", "Bulk shipping"]  # no social links, no own desks


def test_header_in_capitals_and_also_hiring_line() -> None:
    guide = parse_text(_PORT_CAPITALS, "page.txt")
    assert [f.text for f in guide.employers] == [
        "Harbour of Nelson Marine Services", "Golden Bay Freight", "Tasman Rail Terminal",
        "Picton Hub"]


def test_careers_guide_site_is_no_employer() -> None:
    guide = parse_text(_GUIDE_SITE, "page.txt")
    assert guide.employers == []  # the site's masthead and footer, but no "our" staff
