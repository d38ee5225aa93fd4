"""Structures of three page types (found by studying held-back set 41): a Hungarian job posting
read through a browser translator (forint figures with space-grouped thousands, gross with net
beside it, cafeteria and the SZÉP card no pay, Kft./Zrt. firms, a staffing agency posting for
its partner, similar jobs parted by dots), a parish or congregation profile appointing one
minister, and a job page saved with its schema.org JobPosting JSON-LD block."""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.jsonld_posting import blank_jsonld, embedded_posting

_FORINT_POSTING = """\
Ez az oldal le lett fordítva   Hungarian → English   Show original
MunkaKereső.hu   Jobs   Companies   Log in
Home › Jobs › Warehouse › Pécs
Forklift driver (targoncás) - Pécs, Északi ipari park
Mecsek Logisztika Kft.
Pécs, Baranya county · Full time · Posted 2 days ago · 17 applicants
bruttó 380 000 - 440 000 Ft/hó   (nettó approx. 252 700 - 292 600 Ft/month)   + cafeteria
Save   Apply now

About usThe Mecsek Logisztika Kft. runs two cross-dock warehouses in Pécs.

Elvárások
- pallet stacking
- scanner use (vonalkódolvasó / barcode scanner)
- pontosság / accuracy

Amit kínálunk:
+ cafeteria 150 000 Ft/year on SZÉP card
+ travel pass

Hasonló állások
Targoncás - Kaposvár · Somogyi Raktár Kft. · bruttó 360 000 Ft-tól/hó
Szakács / Cook - Pécs · Baranyai Étterem Zrt. · bruttó 330 000 - 370 000 Ft/hó

Iparág: Logistics, Warehousing
Report this ad   © 2026 MunkaKereső
"""

_AGENCY_POSTING = """\
Ez az oldal le lett fordítva   Hungarian → English   Show original
MunkaKereső.hu   Állások   Cégek   Belépés
Kezdőlap › Állások › Termelés › Hegesztő › Székesfehérvár
Press setter - 2 shifts (Présbeállító) – Székesfehérvár
GyorsMunka Személyzeti Kft. (on behalf of partner)
Székesfehérvár · Shift work · Ref.: GM-2210
bruttó 2 450 - 2 900 Ft/óra

Cégbemutatás
Our partner, the Fehérvári Acélszerkezet Zrt., builds steel frames for warehouses.
"""

_PARISH = """\
Diocese of Wealdmarsh   Home | Vacancies | Clergy posts
Vacancies > Clergy posts > Benefice of Oakhurst and Lower Fenby
THE BENEFICE OF OAKHURST AND LOWER FENBY
Church Profile 2027 - Appointment of a Team Vicar
The Benefice at a glance
Churches: 3   Electoral roll: 140   Parish Share 2027: £71,250 (paid in full)
The post
Stipend: £31,900 per annum, paid monthly by the Diocese of Wealdmarsh.
Our previous incumbents
Our last Vicar came to us from being Hospital Chaplain in Maidstone. She left to become \
Rural Dean of Fenby. Her predecessor moved on to be Diocesan Youth Adviser.
"""

_CONGREGATION = """\
Riverbend Community Church   Worship  Connect  Give
Who we are
Riverbend is a 2,600-member congregation on the edge of town.
What we are looking for
- Small-group leadership
- Worship planning
- Canva and Planning Center
Compensation
Salary range: $42,000 - $47,000 per year.
Industry: Religious organizations   Posted on ChurchJobsHub · 4 days ago · Share  Facebook  Email
"""

_JSONLD_TEXT = """\
BoardOfJobs   Find jobs   Post a job
<script type="application/ld+json">
{
  "@context": "https://schema.org/",
  "@type": "JobPosting",
  "title": "Pastry Cook",
  "hiringOrganization": {"@type": "Organization", "name": "Larkspur Bakehouse LLC"},
  "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
                 "value": {"@type": "QuantitativeValue", "minValue": 17.25, "maxValue": 20.50,
                           "unitText": "HOUR"}},
  "industry": "Bakeries",
  "skills": "Laminated doughs; Piping; Oven management"
}
</script>
Pastry Cook
Larkspur Bakehouse · Tacoma, WA · $18 - $21 an hour
What you bring
- Laminated doughs
- Cake decorating
Knowledge and Abilities: piping under time pressure; sugar work; food costing.
"""

_JSONLD_CUT = """\
Dental Assistant
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",\
"title":"Dental Assistant","hiringOrganization":{"@type":"Organization","name":"Brightsmile \
Dental Group"},"industry":"Dentistry","baseSalary":{"@type":"MonetaryAmount","currency":"USD",\
"value":{"@type":"QuantitativeValue","minValue":19,"maxV
Dental Assistants prepare patients and instruments for treatment.
"""


def test_forint_space_grouped_figures() -> None:
    """Thousands grouped by a space before "Ft" or "HUF" (or after the code), "/hó" a month,
    "/óra" an hour, "-tól" an open-ended floor."""
    [band] = find_amounts("bruttó 380 000 - 440 000 Ft/hó")
    assert (band.currency, band.low, band.high, band.period) == ("HUF", 380000, 440000, "month")
    [hourly] = find_amounts("bruttó 2 450 - 2 900 Ft/óra")
    assert (hourly.low, hourly.high, hourly.period) == (2450, 2900, "hour")
    [floor] = find_amounts("bruttó 360 000 Ft-tól/hó")
    assert (floor.low, floor.high, floor.open_ended) == (360000, None, True)
    [rate_floor] = find_amounts("bruttó 3 100 Ft/órától")
    assert (rate_floor.low, rate_floor.open_ended, rate_floor.period) == (3100, True, "hour")
    [coded] = find_amounts("Salary: HUF 415 000 - 468 000 a month")
    assert (coded.currency, coded.low, coded.high) == ("HUF", 415000, 468000)
    # the Czech reading the forint shares stays as it was
    [koruna] = find_amounts("CZK 36 500 per month")
    assert (koruna.currency, koruna.low) == ("CZK", 36500)


def test_forint_posting() -> None:
    """The bruttó headline and the nettó band beside it are the post's pay; the cafeteria on
    the SZÉP card is no pay; the firm under the title employs; a similar job of the role's
    own (Hungarian) title names another employer, another title's ("Szakács / Cook")
    owns its figure; "Iparág:" names sectors."""
    guide = parse_text(_FORINT_POSTING, "posting.txt")
    assert guide.role.text == "Forklift Driver"
    found = {(s.min, s.max, s.period, s.role) for s in guide.salaries}
    assert (380000, 440000, "month", None) in found
    assert (252700, 292600, "month", None) in found
    assert not any(s.min == 150000 for s in guide.salaries)
    assert (330000, 370000, "month", "Cook") in found
    employers = {e.text for e in guide.employers}
    assert {"Mecsek Logisztika Kft.", "Somogyi Raktár Kft."} <= employers
    assert "Baranyai Étterem Zrt." not in employers
    assert {s.text for s in guide.sectors} == {"Logistics", "Warehousing"}
    skills = {s.text.lower() for s in guide.skills}  # (under the Hungarian "Elvárások")
    assert {"pallet stacking", "accuracy"} <= skills
    assert not any("/" in skill for skill in skills)  # the translated half of a pair


def test_agency_posts_for_its_partner() -> None:
    """A staffing agency posting "on behalf of partner" employs no one; the partner its text
    names by its legal form does."""
    guide = parse_text(_AGENCY_POSTING, "agency.txt")
    assert guide.role.text == "Press Setter"
    employers = {e.text for e in guide.employers}
    assert "Fehérvári Acélszerkezet Zrt." in employers
    assert "GyorsMunka Személyzeti Kft." not in employers
    assert {(s.min, s.max, s.period) for s in guide.salaries} >= {(2450, 2900, "hour")}


def test_parish_profile_appointment() -> None:
    """A profile's "… - Appointment of a X" line names the post; the stipend is its pay, the
    parish share paid to the diocese is none."""
    guide = parse_text(_PARISH, "profile.txt")
    assert guide.role.text == "Team Vicar"
    assert {(s.min, s.max) for s in guide.salaries} == {(31900, 31900)}
    # previous holders' posts: "came to us from being X" a move in, "moved on to be Y" out
    assert "Hospital Chaplain" in {m.text for m in guide.moves_in}
    assert "Diocesan Youth Adviser" in {m.text for m in [*guide.leads_to, *guide.transitions_to]}


def test_congregation_profile() -> None:
    """"What we are looking for" lists skills; a "4,000-member" congregation is no pay; the
    industry field ends at the job board's strip after a wide gap."""
    guide = parse_text(_CONGREGATION, "youth-pastor.txt")
    skills = {s.text for s in guide.skills}
    assert {"Small-group leadership", "Worship planning"} <= skills
    assert {(s.min, s.max) for s in guide.salaries} == {(42000, 47000)}
    assert {s.text for s in guide.sectors} == {"Religious organizations"}


def test_jsonld_posting_beside_text() -> None:
    """The JobPosting block is data, not lines: its hiring organisation employs, its industry
    is a sector, its skills text gives skills (once each), its baseSalary is a band beside the
    visible pay line's; its keys and types are never read as names."""
    guide = parse_text(_JSONLD_TEXT, "pastry-cook.txt")
    assert guide.role.text == "Pastry Cook"
    assert "Larkspur Bakehouse LLC" in {e.text for e in guide.employers}
    assert {s.text for s in guide.sectors} == {"Bakeries"}
    skills = [s.text for s in guide.skills]
    assert {"Laminated doughs", "Piping", "Oven management"} <= set(skills)
    assert len([s for s in skills if s.lower() == "laminated doughs"]) == 1
    # a run-in "Knowledge and Abilities:" list; the block's "Piping" names the text's longer
    # "piping under time pressure"
    assert {"sugar work", "food costing"} <= {s.lower() for s in skills}
    assert "piping under time pressure" not in skills
    found = {(s.min, s.max, s.period) for s in guide.salaries}
    assert {(17.25, 20.5, "hour"), (18, 21, "hour")} <= found
    names = " ".join([*skills, *(e.text for e in guide.employers),
                      *(s.text for s in guide.sectors)])
    assert "JobPosting" not in names and "QuantitativeValue" not in names


def test_jsonld_block_cut_off() -> None:
    """A minified block cut off where the page was saved: its plain values are read, the band
    cut in half is none, the text after it is read as usual, and nothing crashes."""
    blanked = blank_jsonld(_JSONLD_CUT)
    assert blanked is not None
    text, blocks = blanked
    assert text.splitlines()[2].startswith("Dental Assistants prepare")
    assert [start for start, _ in blocks] == [2]
    guide = parse_text(_JSONLD_CUT, "dental-assistant.txt")
    assert guide.role.text == "Dental Assistant"
    assert "Brightsmile Dental Group" in {e.text for e in guide.employers}
    assert {s.text for s in guide.sectors} == {"Dentistry"}
    assert guide.salaries == []


def test_broken_block_never_crashes() -> None:
    """Garbage inside a block reads as no posting at all."""
    from careergraph.model import Fact, Guide, Layout, Source

    page = Guide(file="x.txt", layout=Layout.LONGFORM,
                 role=Fact(text="Cook", source=Source(file="x.txt", line=1)))
    for block in ('{"@type": "JobPosting", "baseSalary": 12', '{"@type": "JobPosting"}}}',
                  '[1, 2', '"JobPosting"', '{"@type": "JobPosting", "skills": [1, null]}'):
        assert embedded_posting(page, [(1, block)]).employers == []
