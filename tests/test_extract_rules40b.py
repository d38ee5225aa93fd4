"""Structures of three page types (found by studying held-back set 40): a search firm's or a
school trust's candidate pack for one senior appointment (a cover naming the post over the
pack's name, "Appointment of X", a person specification with dot leaders and E/D markers),
a humanitarian roster's profile for one surge function ("LABEL :: value :: value" fields, a
title in capitals with its notes, the roster's name in the page title, languages "required"
with a CEFR level, allowances named before their figures, the agencies members deploy to)
and a national trade-testing page (a syllabus of practical items, a fees caption over a line
of fees, the firms an employers sentence names as examples, a downloads strip and a blog's
comment form).  The pages are invented."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.hiring_lines import headed_workplaces
from careergraph.guides.pack_cover import pack_cover_title
from careergraph.guides.read import _double_colon_fields, _marked_criteria

_PACK = """\
Dunmore Valley Schools Partnership
CHAPLAIN
St Aidan's College, Whitby
Recruitment Pack - April 2027 start
Inside this pack: A letter from our Chair - The role - Person specification - Key dates
Our Chair writes: we are looking for our next Chaplain, who reports to the Principal.
THE ROLE
The Chaplain leads worship and pastoral care across the college.
PERSON SPECIFICATION                        E = essential  D = desirable
Pastoral care ...................................................... E
Leading collective worship ......................................... E
Bereavement support ................................................ D
Experience in a residential setting ................................ D
PAY AND BENEFITS
Salary: £38,200 - £42,900 a year
"""


def test_pack_cover_names_the_post() -> None:
    """The capitals line above the pack's name names the post, not a title the letter
    names ("our Chair", "the Principal")."""
    guide = parse_text(_PACK, "pack.txt")
    assert guide.role.text == "Chaplain"
    assert guide.role.source.line == 2
    cover = [(1, "Norfell University"), (2, "Appointment of"), (3, "Director of Libraries"),
             (4, "Candidate Information Pack")]
    assert pack_cover_title(cover, lambda _: False, str.title) == ("Director of Libraries", 3)
    # (no pack's name on the page's head: no cover)
    assert pack_cover_title([(1, "CHAPLAIN"), (2, "The role")], lambda _: True, str.title) is None


def test_person_specification_markers() -> None:
    """Rows ending in dot leaders and an E or D marker are the specification's criteria; a
    contents line's page number keeps its leaders."""
    guide = parse_text(_PACK, "pack.txt")
    skills = {skill.text for skill in guide.skills}
    assert {"Pastoral care", "Leading collective worship",
            "Bereavement support"} <= skills
    assert not any("...." in skill or skill.endswith(" E") for skill in skills)
    assert _marked_criteria("Team budgets ....... D\nThe Role ....... 6") == (
        "- Team budgets\nThe Role ....... 6")


_ROSTER = """\
WRN | Water Response Network - Sanitation Surge Roster (SSR)
Log in   Register   Vacancies   Roster   FAQ   EN | FR
Roster > Functional profiles > SAN-ENG
SANITATION ENGINEER :: profile SAN-ENG :: surge deployments 4 weeks to 4 months
Deployment level :: 2 of 3. Levels: 1 Sanitation Technician > 2 Sanitation Engineer > \
3 WASH Coordinator
TECHNICAL SKILLS (required)
latrine design; faecal sludge management; AutoCAD; bill of quantities
LANGUAGES :: English required (C1) :: Portuguese or French required for East Africa and \
South Asia rosters :: Swahili an asset
GRADE AND PAY (international deployees)
Level | Grade | Salary band (USD, gross per year)
Sanitation Engineer | P-3 | 71,200 - 95,400
WASH Coordinator | P-4 | 88,100 - 117,300
Post adjustment, DSA (USD 80 - 240 per day by location), hardship allowance (categories \
A-E), danger pay USD 1,650 per month and R&R are paid on top and are not part of the band.
DEPLOYS TO :: UNICEF, IOM, Oxfam, Save the Children
sector :: humanitarian WASH / emergency response
"""


def test_roster_profile_title() -> None:
    """The profile's title in capitals names the role, not the roster in the page title."""
    guide = parse_text(_ROSTER, "roster.txt")
    assert guide.role.text == "Sanitation Engineer"
    assert _double_colon_fields("PLUMBER :: profile PL-1 :: 2 to 6 weeks") == (
        "PLUMBER   profile PL-1   2 to 6 weeks")


def test_roster_fields_and_languages() -> None:
    """"LABEL :: a :: b" fields are run-in labels: the agencies deployed to employ, the
    sector is read, the languages "required" or "an asset" are skills and their CEFR level
    and the rosters they serve are none."""
    guide = parse_text(_ROSTER, "roster.txt")
    assert [e.text for e in guide.employers] == ["UNICEF", "IOM", "Oxfam", "Save the Children"]
    assert {s.text for s in guide.sectors} == {"humanitarian WASH", "emergency response"}
    skills = {skill.text for skill in guide.skills}
    assert {"English", "Portuguese", "French", "Swahili", "AutoCAD"} <= skills
    assert not skills & {"C1", "South Asia rosters", "LANGUAGES"}


def test_deployment_allowances_are_no_pay() -> None:
    """The DSA by the day and danger pay by the month are allowances; the grade table's
    bands stay."""
    guide = parse_text(_ROSTER, "roster.txt")
    assert sorted((s.min, s.max, s.period) for s in guide.salaries) == [
        (71200, 95400, "year"), (88100, 117300, "year")]


_TRADE = """\
KBTA | Kenya Bakers Training Authority - Trade Testing
Home  About  Trade Testing  Downloads  Contacts
Home / Trade Testing / Trades / Baker
BAKER - GOVERNMENT TRADE TEST GRADES III, II AND I
Syllabus (practical items)
* Dough: mixing and kneading of bread doughs; proofing; oven loading
* Finishing: icing and piping; packaging
Test fees 2026/27 (per candidate, payable at any bank)
Grade III: KSh 2,100 | Grade II: KSh 3,300 | Grade I: KSh 4,400
What certified bakers earn
In practice hotels in Mombasa pay Grade I bakers KSh 38,000 - 52,000 a month.
Who employs certified bakers
Hotels and bakeries (e.g. Crumb Foods Ltd, Lakeside Hotels, Mvita Bakers), county school \
kitchens, and the informal sector.
Sector: baking; food manufacturing
Download: GTT application form (PDF) | Syllabus BKR/FD-03 (PDF) | Test calendar 2027
Leave a Reply
"""


def test_syllabus_items_are_skills() -> None:
    guide = parse_text(_TRADE, "trade.txt")
    skills = {skill.text for skill in guide.skills}
    assert {"proofing", "oven loading", "packaging"} <= skills


def test_fees_caption_is_no_pay() -> None:
    """A short caption of fees over a line of figures: each cell a fee, no pay."""
    guide = parse_text(_TRADE, "trade.txt")
    assert [(s.min, s.max) for s in guide.salaries] == [(38000, 52000)]


def test_trade_employers_and_chrome() -> None:
    """The firms an employers sentence gives as examples of a kind employ; a downloads strip
    and a comment form's heading name none."""
    guide = parse_text(_TRADE, "trade.txt")
    employers = [e.text for e in guide.employers]
    assert employers == ["Crumb Foods Ltd", "Lakeside Hotels", "Mvita Bakers"]
    assert headed_workplaces("Independent garages (for example Kito Motors, Baraka Auto), bus "
                             "companies and fleets.") == (
        ["Kito Motors", "Baraka Auto"], ["Independent garages", "bus companies", "fleets"])
