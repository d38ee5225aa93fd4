"""Set 35's page types as the generator varies them (helper carry35, 2026-12-05): a strip of
the site's other jobs over the page's title, a profile's bracketed "[ Occupation ]" field
and its "Other names on this record" line, a label that disowns employers ("Partners (not
employers)") and a speaker's "Post, Organisation" line.  Every page here is invented."""

from __future__ import annotations

from pathlib import Path

from careergraph.guides import parse_file
from careergraph.guides.section_kinds import Kind, classify_heading
from careergraph.model import Guide


def _guide(tmp_path: Path, text: str) -> Guide:
    """The guide parse_file reads from ``text`` under a neutral file name."""
    page = tmp_path / "page-one.txt"
    page.write_text(text, encoding="utf-8")
    return parse_file(page)[0]


# A ferry operator's careers page: a strip of its other jobs above the job's own title.
_FERRY = (
    "HomeFleetTimetablesCareersContact\n"
    "\n"
    "Jobs on the water:  Purser · Deckhand · Galley Cook · Ticket Agent · Marine Engineer\n"
    "\n"
    "Marine Engineer – Northcape Ferries Ltd, Tromsø\n"
    "Our marine engineers keep four diesel-electric ferries sailing through the winter.\n"
    "\n"
    "What we look for: Diesel maintenance • Fault finding • Watchkeeping\n"
)


def test_a_strip_of_other_jobs_is_no_title(tmp_path: Path) -> None:
    """The strip's titles link to other pages: the title line under it names the role."""
    guide = _guide(tmp_path, _FERRY)
    assert guide.role.text == "Marine Engineer"
    assert guide.role.source.line == 5


def test_a_labelled_strip_ending_the_page_title_keeps_it(tmp_path: Path) -> None:
    """A strip whose last title is the page's own changes nothing: the title line still
    names it, and no other strip title becomes the role."""
    text = _FERRY.replace("Ticket Agent · Marine Engineer", "Ticket Agent")
    assert _guide(tmp_path, text).role.text == "Marine Engineer"


# A learner's skills record: the occupation in a bracketed field, other names below it.
_RECORD = (
    "TradeRecord  ·  Mele K.  ·  [ Export ]\n"
    "\n"
    "[ Occupation ]  Scaffolder\n"
    "Other names on this record: Scaffold Erector; Staging Hand\n"
    "\n"
    "[ Skills evidenced ]\n"
    "> Tube and fitting erection\n"
    "> Load calculations\n"
)


def test_a_bracketed_occupation_field_names_the_role(tmp_path: Path) -> None:
    """The field's value is the role; the other names after their label are no title."""
    guide = _guide(tmp_path, _RECORD)
    assert guide.role.text == "Scaffolder"
    assert guide.role.source.line == 3


# A trades body's gallery: its partners disowned as employers, its footer's links after them.
_GALLERY = (
    "Glass Trades Guild · Meet the apprentices · Glaziers\n"
    "\n"
    "CARD 1 of 2\n"
    "Title: Apprentice Glazier (year 1)\n"
    "Employer: Clearview Glazing Ltd\n"
    "\n"
    "CARD 2 of 2\n"
    "Title: Apprentice Glazier (year 2)\n"
    "Employer: Prism Facades Ltd\n"
    "\n"
    "Partners (not employers): Northgate Skills Hub, Lantern Foundation\n"
    "Glass Trades Guild · Donate · Newsletter\n"
)


def test_a_label_disowning_employers_heads_no_employers(tmp_path: Path) -> None:
    """"Partners (not employers): …" heads no employers list: neither its names nor the
    footer's links under it are employers; the cards' firms stay."""
    employers = {e.text for e in _guide(tmp_path, _GALLERY).employers}
    assert not {"Northgate Skills Hub", "Lantern Foundation", "Donate", "Newsletter",
                "Glass Trades Guild"} & employers
    assert {"Clearview Glazing Ltd", "Prism Facades Ltd"} <= employers


def test_a_denying_aside_names_no_kind() -> None:
    """The aside's word names no kind; a plain note after a heading's words still keeps it."""
    assert classify_heading("Training providers (not employers)") is Kind.OTHER
    assert classify_heading("Employers (not exhaustive)") is Kind.EMPLOYERS


# A conference's speaker cards: a name, then "Post, Organisation", then the bio.
_SPEAKERS = (
    "Coastal Careers Day 2027 · Speakers\n"
    "\n"
    "Track: Working as a Hydrographic Surveyor\n"
    "\n"
    "Rosa Delgado\n"
    "Head of Surveys, Tidewater Habitat Partners\n"
    "Rosa hires for multibeam processing and tide modelling.\n"
    "\n"
    "Owen Pike\n"
    "Careers Adviser, Harbour Careers Hub\n"
    "Chairs the session.\n"
)


def test_a_speakers_post_and_firm_head_no_section(tmp_path: Path) -> None:
    """"Head of Surveys, Tidewater Habitat Partners" is a card's line: the word "Habitat" in
    the firm's name opens no sectors section, so the next speaker's name is no sector."""
    sectors = {s.text for s in _guide(tmp_path, _SPEAKERS).sectors}
    assert "Owen Pike" not in sectors
    assert "Careers Adviser, Harbour Careers Hub" not in sectors


# A town's staff report: a grade's steps by the hour, each with its annual figure.
_REPORT = (
    "Harbour Maintenance Worker\n"
    "\n"
    "Town of Alder Cove staff report on the new class.\n"
    "\n"
    "FISCAL IMPACT\n"
    "Grade 9: Step A $21.10/hour ($43,888 annual) to Step F $27.45/hour ($57,096 annual).\n"
)


def test_steps_with_annual_equivalents_are_two_bands(tmp_path: Path) -> None:
    """Each step's "($N annual)" is that step's year: the hourly ends are one band, the
    annual ends another, and no annual figure is read as an hourly one."""
    pay = {(s.min, s.max, s.period) for s in _guide(tmp_path, _REPORT).salaries}
    assert (21.10, 27.45, "hour") in pay
    assert (43888, 57096, "year") in pay
    assert not any(period == "hour" and low > 1000 for low, _, period in pay)


# A township's grid whose heading states the currency among its notes.
_GRID = (
    "Bylaw Enforcement Officer\n"
    "\n"
    "4. PAY GRID (2027, annual, CAD)\n"
    "Bylaw Enforcement Officer II ........ $58,200 – $66,900\n"
    "Bylaw Enforcement Officer I ......... $64,100 – $73,800\n"
)


def test_a_grid_headings_currency_note_sets_the_dollar(tmp_path: Path) -> None:
    """"(2027, annual, CAD)" says the grid's dollars are Canadian."""
    guide = _guide(tmp_path, _GRID)
    assert guide.salaries
    assert {s.currency for s in guide.salaries} == {"CAD"}


def test_a_reports_sign_off_names_no_sector(tmp_path: Path) -> None:
    """"Reviewed by: Finance ✓ …" lists the offices that checked the report: no sector."""
    text = ("Parks Arborist\n\n"
            "Parks arborists care for the town's street trees.\n\n"
            "Sector: Local government · Urban forestry\n\n"
            "Reviewed by: Finance ✓  Town Solicitor ✓  Chief Executive ✓\n")
    sectors = {s.text for s in _guide(tmp_path, text).sectors}
    assert "Finance" not in sectors
    assert "Local government" in sectors


# A careers evening's panel blurb: a contract day rate, call pay and a call-out payment.
_PANEL = (
    "Hydrologist\n"
    "\n"
    "Hydrologists model rivers and flood risk.\n"
    "\n"
    "Graduates start on about £27,500 a year; contract hydrologists earn £240–£310 a day.\n"
    "Call pay of $7.50 an hour and sign-on bonuses are extras.\n"
    "Field hydrologists earn $34.10/hr, plus a $45 call-out payment.\n"
)


def test_a_contract_holders_rate_is_the_roles(tmp_path: Path) -> None:
    """"contract hydrologists earn …": how the holder is engaged makes no other title."""
    pay = {(s.role, s.min, s.max, s.period) for s in _guide(tmp_path, _PANEL).salaries}
    assert (None, 240, 310, "day") in pay
    assert not any(role and role.startswith("Contract") for role, *_ in pay)


def test_call_pay_and_a_call_out_payment_are_no_pay(tmp_path: Path) -> None:
    """Call pay before its figure and a call-out payment after it are extras, no pay."""
    figures = {s.min for s in _guide(tmp_path, _PANEL).salaries}
    assert 7.5 not in figures and 45 not in figures
    assert 34.10 in figures


def test_graduate_and_qualified_holders_pay_is_the_roles(tmp_path: Path) -> None:
    """"Graduate X: £…" and "Qualified Xs: $…" on X's own page are the role's figures (the
    first at its entry level); another title's row keeps its owner."""
    text = ("Lock Keeper\n\nLock keepers work the canal's locks.\n\n"
            "Pay and benefits\n"
            "- Lock Keeper: £27,200 – £31,900 a year\n"
            "- Graduate Lock Keeper: £24,600 a year\n"
            "- Qualified lock keepers: £29,000 a year\n"
            "- Waterway Supervisor (for comparison): £34,800 – £38,100\n")
    pay = {(s.role, s.min) for s in _guide(tmp_path, text).salaries}
    assert (None, 24600) in pay and (None, 29000) in pay
    assert ("Waterway Supervisor", 34800) in pay


def test_a_holders_card_line_names_their_employer(tmp_path: Path) -> None:
    """"Apprentice X · Year 2 · Firm Ltd" under a person's name: the firm employs a holder of
    the role; a card of another title names no employer."""
    text = ("Glazier\n\nMeet the apprentices\n\n"
            "Tomasz, 18\nApprentice Glazier · Year 1 · Clearline Windows Ltd\n"
            "Pay now: £7.20 an hour\n\n"
            "Bea, 29\nGlazier · Northlight Glass Ltd\n\n"
            "Ade, 41\nSite Manager · Hewn Build Ltd\n")
    employers = {e.text for e in _guide(tmp_path, text).employers}
    assert {"Clearline Windows Ltd", "Northlight Glass Ltd"} <= employers
    assert "Hewn Build Ltd" not in employers


def test_a_cards_title_field_owns_its_pay(tmp_path: Path) -> None:
    """Swipe cards with their own "Title:" field: a card of another title gives that title's
    pay; the role's own cards (at a learner level) keep theirs."""
    text = ("Roofer\n\nMeet two people in roofing.\n\n"
            "CARD 1 of 2\nName: Ruth   Age: 19\nTitle: Apprentice Roofer (year 1)\n"
            "Earning: £8.40/hr\n\n"
            "CARD 2 of 2\nName: Col   Age: 44\nTitle: Estate Foreman\n"
            "Earning: £17.90/hr\n")
    pay = {(s.role, s.min) for s in _guide(tmp_path, text).salaries}
    assert (None, 8.40) in pay
    assert ("Estate Foreman", 17.90) in pay


def test_the_title_listed_last_before_its_figure_owns_it(tmp_path: Path) -> None:
    """"…, Senior Xs £… a day and an Other Title about £… a day": the last figure is the
    other title's; the role's figures before it stay the role's."""
    text = ("Archaeologist\n\nArchaeologists excavate and record sites.\n\n"
            "Archaeologists earn £140–£170 a day, Senior Archaeologists £180–£220 a day "
            "and a Heritage Project Manager about £290 a day.\n")
    pay = {(s.role, s.min) for s in _guide(tmp_path, text).salaries}
    assert ("Heritage Project Manager", 290) in pay
    assert (None, 180) in pay
