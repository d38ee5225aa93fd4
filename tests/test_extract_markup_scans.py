"""Pages saved as HTML source and OCR'd printed handbooks (set-21 styles, rules21a).

A page saved as its HTML source (or scraped with its markup half left in) is read as the
text a browser shows: tags, the document's head, scripts, navigation and the site's chrome
are no text, entities are their characters, escaped markup is read again, and an embedded
JSON-LD ``Occupation`` adds its aliases, skills and median.  A scanned printed page loses
its running heads, its two columns are read one after the other, words broken at line ends
are whole again (hyphened only where the page itself says so) and an "E" misread for "£" is
pounds.  Every page here is written for these tests (invented sites, people and figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.markup import has_markup, render_markup
from careergraph.guides.read import parse_bytes
from careergraph.guides.scanned import repair_scan
from careergraph.guides.seen_text import seen_page
from careergraph.guides.side_columns import prose_blocks, side_by_side
from careergraph.guides.text import guide_lines
from careergraph.guides.wrap import joined_lines, whole_words


def names(facts: list) -> set[str]:  # type: ignore[type-arg]
    return {f.text for f in facts}


_DOCUMENT = """<!DOCTYPE html>
<html lang="en-CA">
<head>
<title>Farrier | Trades | HoofPath Canada</title>
<meta name="description" content="Pay &amp; training for farriers">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "Occupation", "name": "Farrier",
 "alternateName": ["Horseshoer"],
 "skills": "hoof trimming, forge welding",
 "estimatedSalary": {"@type": "MonetaryAmountDistribution", "currency": "CAD",
   "duration": "P1Y", "percentile10": 31000, "median": 52400, "percentile90": 88000}}
</script>
</head>
<body>
<div class="cookie-notice">We use cookies <button>OK</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/trades">Trades</a></li></ul></nav>
<ol class="breadcrumb"><li>Home</li><li>Trades</li><li>Farrier</li></ol>
<h1>Farrier</h1>
<p>Farriers trim horses&rsquo; hooves and fit shoes &ndash; hot or cold.</p>
<h2>Skills you&#39;ll need</h2>
<ul><li>Anvil work</li><li>Equine anatomy</li></ul>
<h2>Pay</h2>
<p>Farriers earn about $52,400 a year.</p>
<h2>Career path</h2>
<p>Apprentice Farrier &rarr; Farrier &rarr; Master Farrier</p>
<footer><p>&copy; 2026 HoofPath Canada</p></footer>
</body>
</html>
"""


# -- markup ---------------------------------------------------------------------------------
def test_html_source_reads_as_the_browser_shows_it() -> None:
    page = render_markup(_DOCUMENT)
    assert page is not None
    text = page.text
    assert "Farriers trim horses’ hooves and fit shoes – hot or cold." in text
    assert "• Anvil work" in text and "Apprentice Farrier → Farrier → Master Farrier" in text
    for chrome in ("cookies", "Home", "HoofPath", "<", "&", "description", "Trades"):
        assert chrome not in text
    assert len(page.jsonld) == 1 and '"Occupation"' in page.jsonld[0][1]


def test_each_rendered_line_keeps_its_source_line() -> None:
    page = render_markup(_DOCUMENT)
    assert page is not None
    origin = dict(zip(page.text.split("\n"), page.origin, strict=True))
    source = _DOCUMENT.split("\n")
    assert source[origin["• Anvil work"] - 1].startswith("<ul><li>Anvil work")
    assert source[origin["Farrier"] - 1] == "<h1>Farrier</h1>"


def test_html_guide_with_jsonld_occupation() -> None:
    guide = parse_text(_DOCUMENT, "farrier.html.txt")
    assert guide.role.text == "Farrier"
    assert "Horseshoer" in names(guide.aliases)
    assert {"Anvil work", "Equine anatomy", "hoof trimming", "forge welding"} <= names(
        guide.skills)
    # The median is printed twice (markup and text): one fact, in the markup's dollars; the
    # percentiles are one-sided figures, no band.
    pay = [(s.min, s.max, s.currency) for s in guide.salaries]
    assert pay == [(52400, 52400, "CAD")]
    assert [f.text for f in guide.progressions[0]] == [
        "Apprentice Farrier", "Farrier", "Master Farrier"]
    # facts point at the saved page's own lines
    assert guide.role.source.line == _DOCUMENT.split("\n").index("<h1>Farrier</h1>") + 1
    skills = {s.text: s.source.line for s in guide.skills}
    assert _DOCUMENT.split("\n")[skills["hoof trimming"] - 1].lstrip().startswith('"skills"')


def test_escaped_and_double_escaped_markup_is_read_again() -> None:
    page = ("Glazier - careers | example\n"
            "&lt;h1&gt;Glazier&lt;/h1&gt;\n"
            "<p>Glaziers cut &amp;amp; fit glass.</p>\n"
            "<ul>\n  <li>glass cutting &amp;amp; edging</li>\n</ul>\n")
    rendered = render_markup(page)
    assert rendered is not None
    assert rendered.text.split("\n")[1] == "Glazier"
    assert "Glaziers cut & fit glass." in rendered.text and "&" not in rendered.text.replace(
        " & ", "")


def test_html_table_rows_and_linked_lists() -> None:
    page = ("<h2>Pay</h2><table><tr><th>Stage</th><th>Salary</th></tr>"
            "<tr><td>Trainee</td><td>&pound;21,000</td></tr></table>"
            '<p>Employers include <a href="/a">Brightwater Glass</a> &amp; Kestrel Glazing.</p>')
    rendered = render_markup(page)
    assert rendered is not None
    lines = rendered.text.split("\n")
    assert "| Stage | Salary |" in lines and "| Trainee | £21,000 |" in lines
    assert "Employers include Brightwater Glass and Kestrel Glazing." in lines


def test_plain_pages_are_not_rendered() -> None:
    for plain in ("Welder\nR&D work, <5 years' experience.", "Tiler\nPay: £30,000"):
        assert not has_markup(plain)
        assert seen_page(plain) is None


def test_jsonld_file_keeps_its_percentile_band() -> None:
    # (a standalone .jsonld file is read by the schema.org reader as before)
    block = _DOCUMENT.split('ld+json">')[1].split("</script>")[0]
    [guide] = parse_bytes(block.encode(), "farrier.jsonld", suffix=".jsonld")
    assert {(s.min, s.max) for s in guide.salaries} == {(31000, 88000), (52400, 52400)}


# -- scans ------------------------------------------------------------------------------------
def test_running_heads_go_and_a_cut_sentence_reads_on() -> None:
    page = ("THATCHERS\n\nThatchers lay straw and reed on roofs and\n\n"
            "212                  RURAL CRAFTS\n\n"
            "repair ridges. Apprentices earn E4,150 a year; craftsmen £7,900.\n")
    repaired = repair_scan(page)
    assert repaired is not None
    assert "RURAL CRAFTS" not in repaired.text
    assert ("Thatchers lay straw and reed on roofs and\nrepair ridges. Apprentices earn "
            "£4,150 a year; craftsmen £7,900.") in repaired.text
    assert repair_scan("Thatcher\nEarns £7,900 a year.") is None


def test_two_prose_columns_are_read_one_after_the_other() -> None:
    page = ("Roofer\n\n"
            "Nature of the Work\n\n"
            "Roofers strip old slates with          Training\n"
            "rippers and hammers, lay battens       Most roofers learn the trade as\n"
            "and felt, and fix new slates with      helpers to an experienced roofer;\n"
            "copper nails, checking the lines       a few take a short course at a\n"
            "with a chalk line before setting       building college and start as\n"
            "the ridge tiles in mortar.             scaffolders.\n\n"
            "Earnings\n\nRoofers are paid by the job.\n")
    assert prose_blocks(page.split("\n"))[0][:2] == (4, 9)
    read = side_by_side(guide_lines(page))
    assert [line.text for line in read[4:6]] == [
        "Roofers strip old slates with rippers and hammers, lay battens and felt, and fix new "
        "slates with copper nails, checking the lines with a chalk line before setting the "
        "ridge tiles in mortar.", ""]
    assert (read[7].no, read[7].text) == (6, "Most roofers learn the trade as helpers to an "
                                          "experienced roofer; a few take a short course at a "
                                          "building college and start as scaffolders.")
    guide = parse_text(page, "roofer.txt")
    assert "Scaffolder" in names(guide.moves_in)


def test_broken_words_mended_by_the_page_s_own_words() -> None:
    words = whole_words(["Most work on short-haul routes; a haul is a trip.", "a ship-",
                         "yard welder", "Cranes lift steel."])
    assert "ship" not in words and "yard" not in words  # (pieces of a broken word)
    assert joined_lines("work on short-", "haul routes", words) == "work on short-haul routes"
    assert joined_lines("a ship-", "yard welder", words) == "a shipyard welder"
    assert joined_lines("lift the steel-", "work", frozenset({"steel", "work"})) == (
        "lift the steel-work")
    assert joined_lines("lift the steel-", "work", frozenset({"steelwork"})) == (
        "lift the steelwork")


# -- aliases ----------------------------------------------------------------------------------
def test_bracketed_also_called_line_and_qualified_aliases() -> None:
    page = ("WHEELWRIGHT\n(also called cartwright or wagon builder)\n\n"
            "Wheelwrights build and mend wooden wheels.\n")
    guide = parse_text(page, "wheelwright.txt")
    assert {"Cartwright", "Wagon Builder"} <= names(guide.aliases)
    other = parse_text("Ship Pilot\nAlternative titles: marine pilot (harbours), "
                       "river pilot\n\nShip pilots bring vessels into port.\n", "pilot.txt")
    assert "Marine Pilot (harbours)" in names(other.aliases)


# -- a printed handbook's statement and careers-guide entry ------------------------------------
def test_handbook_sections_moves_and_workplaces() -> None:
    page = ("Lighthouse Keeper\n\n"
            "Nature of the Work\n\n"
            "Keepers trim the lamp and wind the clockwork each evening.\n\n"
            "Places of Employment\n\n"
            "Most work for lighthouse boards, many of them small regional trusts; others are "
            "employed in the Coastguard, Navy and RNLI shore stations. Well-known maritime "
            "groups include Saltmere Lights Ltd and the Harbour Beacon Company.\n\n"
            "Prospects\n\n"
            "Most start as a boatman, then become an assistant keeper. A few transfer to "
            "sales work as a chandlery representative, or to teaching as a navigation "
            "instructor.\n\n"
            "Earnings\n\n"
            "Keepers averaged $3.10 an hour in 1970. Firemen on the supply tenders averaged "
            "$2.40 an hour.\n\n"
            "Sources of Additional Information\n\n"
            "Lighthouse Service Board, 1815 K St. NW., Washington, D.C. 20037.\n")
    guide = parse_text(page, "keeper.txt")
    assert {"Coastguard", "Navy", "RNLI", "Saltmere Lights Ltd",
            "Harbour Beacon Company"} <= names(guide.employers)
    assert not any("them" in s.text or "RNLI" in s.text for s in guide.sectors)
    assert {"Chandlery Representative", "Navigation Instructor"} <= names(guide.transitions_to)
    assert {"Boatman", "Assistant Keeper"} <= names(guide.moves_in)
    assert "Assistant Keeper" not in names(guide.leads_to)
    pay = {(s.min, s.role) for s in guide.salaries}
    assert pay == {(3.1, None), (2.4, "Fireman")}  # (no figure from the address)


def test_a_name_s_bracket_names_no_sector() -> None:
    page = ("Barista\n\nPay\nUnder the Coffee Industry (Retail) Award a barista earns $24.10 an "
            "hour.\n")
    assert not parse_text(page, "barista.txt").sectors
