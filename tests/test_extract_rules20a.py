"""Set-20 readers (rules20a): a skills classification's occupation record and portals built
on it (labels glued to values, skill lists run together, every list item a skill as
printed), and an occupational dictionary's entry (the base title line, the definition's
places and tools, a crosswalked occupation's wage).

Every page is invented here (occupations, firms, figures); as on a crawled site, the file is
named after the role.
"""

from __future__ import annotations

from tests.guide_facts import names, pay

from careergraph.guides import parse_text
from careergraph.guides.dictionary_entry import (
    crosswalk_title,
    definition_tools,
    designated_sectors,
    lead_places,
)
from careergraph.guides.run_together import page_words, run_together_items

_RECORD = """\
Occupation Atlas
You are here: Home » Classification » Occupation » bookbinder
bookbinder
Concept URI http://example.org/occupation/0a1b2c
Download  Share  Print
Code
7323.2
Description
Bookbinders sew, glue and case books by hand and restore old volumes for libraries and
private owners.
Alternative Label
hand binder
book restorer
Hidden Labels
bokbinder
Skills & Competences
Essential skills and competences
 sew book sections on a sewing frame
 pare leather with a paring chisel and a hand plane
 follow conservation guidelines for fragile paper in a studio
Essential Knowledge
 paper grain direction
Optional skills and competences
 quote prices to collectors
Hierarchy
7 - Craft workers
7323 - Print finishing and binding workers
Narrower occupations
 gold finisher
Status
released
Last modified 02/02/2026
"""


def test_a_classification_record_reads_every_skills_item_and_no_chrome() -> None:
    guide = parse_text(_RECORD, "bookbinder.txt")
    skills = names(guide.skills)
    assert {"sew book sections on a sewing frame", "paper grain direction",
            "quote prices to collectors",
            "follow conservation guidelines for fragile paper in a studio"} <= skills
    # a tool inside an item is a skill too
    assert {"paring chisel", "hand plane"} <= skills
    # the hierarchy, the narrower occupations and the status are no skills
    for chrome in ("released", "Hierarchy", "Print finishing and binding workers",
                   "gold finisher", "Status"):
        assert chrome not in skills


def test_a_portal_splits_labels_glued_to_skill_lists_run_together() -> None:
    page = ("JobBridge  |  Find jobs  Explore occupations  Sign in\n"
            "Explore occupations > Crafts > Glass workers > glass engraver\n"
            "glass engraver\n"
            "Preferred labelglass engraver\n"
            "Alternative labelscrystal engraver · glass cutter\n"
            "Hidden labelsglassengraver\n"
            "ISCO-08 code7315 Glass makers, cutters, grinders and finishers\n"
            "DescriptionGlass engravers cut patterns into glassware with wheels and lathes.\n"
            "Essential skills (3)engrave patterns on glasswarepolish cut surfaces "
            "(cerium oxide)use a copper-wheel lathe\n"
            "Optional skills (2)design monogramsquote commissions\n")
    skills = names(parse_text(page, "glass-engraver.txt").skills)
    assert {"engrave patterns on glassware", "polish cut surfaces", "use a copper-wheel lathe",
            "design monograms", "quote commissions"} <= skills
    assert not any("label" in name.lower() for name in skills)


def test_run_together_items_cut_before_verbs_and_page_words_and_meet_the_count() -> None:
    words = page_words(["Engravers cut glass and polish it."])
    assert run_together_items("cut glasspolish rimssketch designs", words) == [
        "cut glass", "polish rims", "sketch designs"] or run_together_items(
        "cut glassespolish rims", words) == ["cut glasses", "polish rims"]
    assert run_together_items("cut glassespolish rims", words) == ["cut glasses", "polish rims"]
    # a compound word stays whole ("network" is no "net" + "work")
    assert run_together_items("network cabling", words) == ["network cabling"]
    # a stated count the cut cannot meet: the list is not read
    assert run_together_items("cut glassespolish rims", words, count=3) is None


_ENTRY = """\
Occupational Dictionary Mirror
[ Home ] [ Occupational Groups ] [ Search ]
Previous Title | Next Title
781.684-099 SADDLE MAKER (leather prod.; saddlery) alternate titles: saddler; harness fitter
Makes and repairs saddles and harness in tack shops, riding stables, and leather works, \
following patterns: Cuts leather, using round knives, edge bevelers, and stitching awls. \
Stitches seams with a stitching horse and waxed thread. May sell tack such as bridles, \
girths, and stirrups.
GOE: 06.02.27 STRENGTH: M GED: R3 M2 L2 SVP: 7 DLU: 80
Crosswalk to O*NET-SOC: 51-6041.00 Shoe and Leather Workers and Repairers
National wage estimate (OEWS) for 51-6041 Shoe and Leather Workers and Repairers: \
median $38,100 per year; $18.32 per hour
Related definitions: HARNESS MAKER (leather prod.) 783.381-018
Previous Title | Next Title
"""


def test_a_dictionary_entry_reads_its_title_places_tools_and_crosswalk_wage() -> None:
    guide = parse_text(_ENTRY, "saddle-maker.txt")
    assert guide.role.text == "Saddle Maker"
    assert {"saddler", "harness fitter"} <= names(guide.aliases)
    assert {"round knives", "edge bevelers", "stitching awls", "stitching horse",
            "waxed thread", "bridles", "girths", "stirrups"} <= names(guide.skills)
    assert {"saddlery", "tack shops", "riding stables", "leather works"} <= names(guide.sectors)
    assert "leather prod." not in names(guide.sectors)
    owners = {owner for *_, owner in pay(guide)}
    assert owners == {"Shoe and Leather Workers and Repairers"}


def test_dictionary_entry_readers() -> None:
    assert designated_sectors("ROOFER (const.; any industry) alternate titles: slater") == []
    assert designated_sectors("LOCKSMITH (locksmithing) alternate titles: key cutter") == [
        "locksmithing"]
    assert lead_places("Fits locks in homes, offices, and garages, using picks: Cuts keys.") == [
        "homes", "offices", "garages"]
    assert definition_tools("Files blanks with a hand file to remove burrs.") == ["hand file"]
    assert crosswalk_title("OEWS 49-9094 Median wage $22.40 (Locksmiths and Safe Repairers, "
                           "national)") == "Locksmiths and Safe Repairers"
    assert crosswalk_title("Median wage $22.40 (national)") is None


def test_dotted_job_cards_read_past_their_contract_cell_and_alias_titles() -> None:
    page = ("loom tuner\n"
            "Also known as\n"
            "- loom fixer\n"
            "- weaving mechanic\n"
            "Open jobs\n"
            "Loom Tuner · Kettwig Weberei GmbH · Krefeld, DE · € 2,900 – € 3,300 per month "
            "· Full time\n"
            "Senior Weaving Mechanic · Tessile Rossi S.p.A. · Biella, IT · Salary not stated "
            "· Full time\n")
    guide = parse_text(page, "loom-tuner.txt")
    assert {"Kettwig Weberei GmbH", "Tessile Rossi S.p.A."} <= names(guide.employers)
    assert (2900, 3300, "EUR", "month", None) in pay(guide)
    assert "Salary not stated" not in names(guide.sectors) | names(guide.employers)
