"""Generator renderers for the six page families of held-back set 36 (staff structures ...).

Held-back set 36 showed six more kinds of page users bring: a public library's or archive
service's staff-structure page (a county council's archives page with a post table and a
highlighted post, or a city library's "who's who" of one unit), a Danish job posting read
through a browser translator (a job site's posting with dotted salary statistics, or a
municipality's posting with basic-salary steps in "kr."), a fly-in fly-out roster and site-life
page for one role (a mining contractor's, or an oil-sands camp operator's), a sports club's
backroom staff directory filtered to one department (a rugby club's, or a football club's), a
hospital's rota and banding explainer for one theatre profession (an NHS trust's bands, or a
health district's weekly award rates) and a charity's volunteer-to-paid pathway (a folded
leaflet, or a web page).  These renderers write such pages from a planned guide, two variants
a family, about occupations that fit them (occupy()); every fact the truth keeps is printed
and what a style does not state is cleared.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _facts, _plural, _prose_list, _salary, occupy
from benchmarks.web_families18 import _br, _dotted  # Danish notation: "33.800", "27.482,15"
from benchmarks.web_families24 import _begin, _no_pay
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families30 import _legal
from benchmarks.web_families31 import _hour
from benchmarks.web_families32 import _an, _dots, _item, _skills
from benchmarks.web_families34 import _apart
from benchmarks.web_families35 import _lower, _whole

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY36_ALIAS_LAYOUTS", "FAMILY36_LADDER_LAYOUTS", "FAMILY36_LAYOUTS",
           "FAMILY36_RENDERERS"]

FAMILY36_LAYOUTS = ("libstaff", "danskmt", "fiforoster", "clubstaff", "rotabanding",
                    "volpathway")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY36_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY36_ALIAS_LAYOUTS: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------
# A library's or archive service's staff-structure page
# --------------------------------------------------------------------------------------
# (the highlighted post, "also called" and "sometimes advertised as", the council (printed,
#  short), the service, the team, skills (products in parentheses each), a licence and a
#  qualification (`optional`), the post below (its range theirs), the manager (the usual next
#  step, its range theirs), the casual post (hourly, theirs), the "for comparison" post (theirs),
#  earlier jobs (moves in), lateral posts, other employers, sectors)
_ARCHIVES = (
    ("Digitisation Officer", ("Imaging Officer", "Digital Capture Officer"),
     ("Marlshire County Council", "Marlshire County Council"), "Marlshire Archives & Heritage",
     "Collections Care & Access",
     (("image capture", ("Phase One cameras", "Capture One")), "metadata creation",
      ("digital preservation", ("Archivematica",)), "handling fragile documents"),
     ("full driving licence", "degree in history or photography"),
     "Collections Assistant", "Collections Care Manager", "Search Room Casual Assistant",
     "Records Officer", ("Photographer", "Museum Assistant"),
     ("Conservation Technician", "Search Room Archivist"),
     ("Tolland Heritage Trust", "Brackwater University Special Collections"),
     ("Archives and heritage", "Local government")),
    ("Reader Services Archivist", ("Public Services Archivist", "Reading Room Archivist"),
     ("Kestlow Borough Council", "Kestlow Borough Council"), "Kestlow Local Studies & Archives",
     "Public Services",
     (("enquiry handling", ("email", "LibAnswers")), ("catalogue searching", ("CALM",)),
      "palaeography", "reading room supervision"),
     ("full driving licence", "postgraduate qualification in archives"),
     "Archives Assistant", "Public Services Manager", "Weekend Reading Room Assistant",
     "Information Governance Officer", ("Library Assistant", "Family History Researcher"),
     ("Outreach Officer", "Cataloguing Archivist"),
     ("Harwood Cathedral Archives", "Sefton Vale Record Office"),
     ("Archives", "Public services")),
)


def _libstaff(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A council archive service's "Our staff structure" page: the council's navigation,
    breadcrumb, "last reviewed" and print/share line, the staff count and FTE, the directorate,
    a vacancy reference, the org-chart download, "Friends of" and volunteer links and the
    footer (chrome), a post table glued to its team heading with the role marked `>>` (its
    grade range the role's; the Senior post's range the role's at the Senior level; every other
    post's range theirs, the casual assistants' hourly rate theirs), "also called" and
    "sometimes advertised as" (spellings), the Trainee starting figure (the role's), a
    "for comparison" post (theirs), car and standby allowances (no pay), "Skills we look for"
    (skills, products in parentheses each; a licence and a qualification `optional`), "How
    people move between teams" with `→` (a ladder), "the usual next step" (up), "started as"
    and "joined from … (X)" (moves in), "move across to" and "step sideways into" (lateral),
    "Other employers of" (employers) and "Sectors"."""
    variant = _begin(rng, g, ("council", "citylib"))
    if variant == "citylib":
        return _citylib(rng, g)
    (job, (called, advertised), (printed, short), service, team, needs, papers, below, boss,
     casual, compared, came, laterals, others, kinds) = rng.choice(_ARCHIVES)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[below, job, senior], leads=[boss], moves_in=list(came),
           transitions=list(laterals))
    _spell(g, called, advertised)
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, kinds, papers)
    own = (_whole(rng, 28, 30, 1), _whole(rng, 31, 33, 1))
    _salary(g, *own, "GBP")
    top = (own[1] + _whole(rng, 1, 2, 1), own[1] + _whole(rng, 4, 6, 1))
    _salary(g, *top, "GBP", level="Senior")
    trainee = own[0] - _whole(rng, 3, 4, 1)
    _salary(g, trainee, trainee, "GBP", level="Trainee")
    low = (trainee - _whole(rng, 2, 3, 1), trainee - _whole(rng, 0, 1, 1) + 1)
    _salary(g, *low, "GBP", belongs_to=below)
    manager = (top[1] + _whole(rng, 2, 3, 1), top[1] + _whole(rng, 6, 8, 1))
    _salary(g, *manager, "GBP", belongs_to=boss)
    hourly = _hour(rng, 12, 13)
    _salary(g, hourly, hourly, "GBP", period="hour", belongs_to=casual)
    theirs = (own[0] - _whole(rng, 1, 2, 1), own[1] - _whole(rng, 1, 2, 1))
    _salary(g, *theirs, "GBP", belongs_to=compared)
    car = int(_no_pay(g, rng.choice((846, 963, 1239)), 7))
    reference = f"ARC{rng.randint(100, 999)}"
    staff, fte = rng.randint(30, 48), rng.randint(240, 390) / 10
    g.must_not_appear += [reference, "Download the organisation chart", f"Friends of {service}"]
    return [f"{printed}   Home · Council · Libraries · Archives · Jobs · Contact us", "",
            f"Home › Archives › About {service} › Our staff structure", "",
            "Our staff structure",
            f"Last reviewed {rng.randint(2, 27)} March 2026      Print | Share", "",
            f"{service} has {staff} staff ({fte} FTE) in the Communities directorate.", "",
            f"{team}The team looks after the collections and the people who use them.",
            f"{'Post':<34}{'Grade':<10}Salary",
            f"   {boss:<31}{'Grade 10':<10}£{manager[0]:,} – £{manager[1]:,}",
            f"   {senior:<31}{'Grade 8':<10}£{top[0]:,} – £{top[1]:,}",
            f">> {job:<31}{'Grade 7':<10}£{own[0]:,} – £{own[1]:,}",
            f"   {below:<31}{'Grade 5':<10}£{low[0]:,} – £{low[1]:,}",
            f"   {_plural(casual):<31}{'casual':<10}£{hourly:.2f} an hour", "",
            "About the highlighted post",
            f"The {job} (also called {_an(_lower(called))}; sometimes advertised as "
            f"{advertised}) works across the team's public and back-room work. Trainee "
            f"{_plural(_lower(job))} start on £{trainee:,}.",
            f"For comparison, a {compared} in Corporate Records is paid £{theirs[0]:,} – "
            f"£{theirs[1]:,}.",
            f"An essential car user allowance (£{car:,} a year) and standby payments are paid "
            "on top.", "",
            "Skills we look for: " + "; ".join(_item(n) for n in needs) + ".",
            f"Also useful: a {papers[0]} and a {papers[1]}.", "",
            "How people move between teams",
            " → ".join((below, job, senior)),
            f"The usual next step after that is {boss}. Several of the team started as "
            f"{_plural(_lower(came[0]))}; one joined from another service ({came[1]}).",
            f"Staff can move across to {laterals[0]} posts or step sideways into "
            f"{laterals[1]} work.", "",
            f"Other employers of {_plural(_lower(job))}: {others[0]}; {others[1]}",
            f"Sectors: {kinds[0]}, {kinds[1]}", "",
            f"Current vacancy ref {reference}  ·  Download the organisation chart (PDF)  ·  "
            f"Friends of {service}  ·  Volunteer with us",
            f"© {printed} 2026 · Accessibility · Cookies"]


# (the unit's role, "sometimes advertised as" names, the city council (printed, short), the
#  libraries (no employer), the unit, what the role needs (standards in parentheses each),
#  the qualification (`optional`), the team leader (theirs), the assistant "for comparison"
#  (theirs), the path (containing the role), earlier jobs (moves in), lateral units, the
#  places that employ, sectors)
_CITY_UNITS = (
    ("Metadata Librarian", ("Cataloguing Librarian", "Cataloguer"),
     ("Tāwhiri City Council", "Tāwhiri City Council"), "Tāwhiri City Libraries",
     "Collections & Metadata",
     (("metadata standards", ("MARC21", "RDA")), ("library systems", ("Koha",)),
      "subject analysis", "attention to detail"),
     "Library and information studies diploma", "Team Leader Metadata", "Library Assistant",
     ("Library Assistant", "Metadata Librarian", "Senior Metadata Librarian"),
     ("Bookseller", "Records Clerk"), ("Digital Services Librarian", "Acquisitions Librarian"),
     ("National Library of New Zealand", "Whanganui District Libraries"),
     ("Libraries", "Local government")),
    ("Youth Services Librarian", ("Children's Librarian", "Youth Librarian"),
     ("Rangiwai District Council", "Rangiwai District Council"), "Rangiwai Libraries",
     "Learning & Youth",
     (("programme delivery", ("STEAM clubs", "holiday programmes")), "storytelling",
      ("digital literacy", ("Scratch", "Canva")), "working with schools"),
     "Library and information studies diploma", "Team Leader Youth", "Library Assistant",
     ("Library Assistant", "Youth Services Librarian", "Senior Youth Services Librarian"),
     ("Teacher Aide", "Early Childhood Teacher"), ("Community Librarian", "Outreach Librarian"),
     ("Porirua Learning Centres", "Selwyn Libraries"),
     ("Libraries", "Community services")),
)


def _citylib(rng: random.Random, g: Guide) -> list[str]:
    """A city library's "Who's who in" one unit: a glued menu, the unit introduction, the
    catalogue search box, staff first names, "Friends of the Library", the org-chart link
    and footer (chrome), the unit's role with "sometimes advertised as" (spellings), "What the
    role needs" (skills, standards and products in parentheses each; a diploma `optional`),
    the pay box in NZD (the role's band, the graduate start and the Senior band the role's,
    the team leader's and an assistant's range theirs, a language allowance no pay), a `➝`
    path within the unit (a ladder), "came in as" (moves in), "move across to" (lateral),
    "Places that employ" (employers) and "Sectors"."""
    (job, akas, (printed, short), libraries, unit, needs, diploma, leader, helper, path, came,
     laterals, places, kinds) = rng.choice(_CITY_UNITS)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(needs), places, kinds, [diploma])
    band = (_whole(rng, 62, 66, 1), _whole(rng, 70, 74, 1))
    _salary(g, *band, "NZD")
    graduate = band[0] - _whole(rng, 4, 6, 1)
    _salary(g, graduate, graduate, "NZD", level="Graduate")
    senior = (band[1] + _whole(rng, 1, 2, 1), band[1] + _whole(rng, 7, 9, 1))
    _salary(g, *senior, "NZD", level="Senior")
    lead = (senior[1] + _whole(rng, 1, 3, 1), senior[1] + _whole(rng, 8, 11, 1))
    _salary(g, *lead, "NZD", belongs_to=leader)
    assistant = (graduate - _whole(rng, 8, 10, 1), graduate - _whole(rng, 2, 3, 1))
    _salary(g, *assistant, "NZD", belongs_to=helper)
    language = int(_no_pay(g, rng.choice((1040, 1560, 2080)), 20))
    people = rng.sample(("Mere Tapsell", "Tama Hura", "Grace Liu", "Hemi Walker",
                         "Alys Moore", "Nikau Reid"), 3)
    g.must_not_appear += [*people, f"Friends of {libraries}", "Search the catalogue"]
    return [f"{libraries.replace(' ', '')}HomeEventsResearchKids & teensAbout us", "",
            "[ Search the catalogue ]", "",
            f"Who's who in {unit}",
            f"{unit} is one of six units of {libraries}, a service of {printed}. Meet "
            f"{', '.join(people)} and the rest of the team at the central library.", "",
            f"{job.upper()} (3 posts)",
            f"Sometimes advertised as: {akas[0]} or {akas[1]}",
            "What the role needs",
            *(f"▪ {_item(n)}" for n in needs),
            f"▪ {diploma} (preferred)", "",
            "PAY (NZD, per year)",
            f"{job}: ${band[0]:,} – ${band[1]:,}",
            f"Graduate {_plural(_lower(job))} start at ${graduate:,}",
            f"{'Senior ' + job}: ${senior[0]:,} – ${senior[1]:,}",
            f"{leader}: ${lead[0]:,} – ${lead[1]:,}",
            f"{helper} (for comparison): ${assistant[0]:,} – ${assistant[1]:,}",
            f"Te reo Māori language allowance ${language:,} a year (not part of the band).", "",
            "Path within the unit", "  ➝  ".join(path),
            f"Most of us came in as {_plural(_lower(came[0]))} or {_plural(_lower(came[1]))}; "
            f"some later move across to {laterals[0]} or {laterals[1]} roles.", "",
            f"Places that employ {_plural(_lower(job))}: {places[0]}, {places[1]}",
            f"Sectors: {kinds[0]} · {kinds[1]}", "",
            f"Friends of {libraries} · Staff chart (PDF) · Contact the unit",
            f"© {short} · Privacy · Copyright"]


# --------------------------------------------------------------------------------------
# A Danish job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (posted title, Danish title, the translator's rendering, employer (printed, short), town,
#  region, tasks, "we imagine that you" items (tools in parentheses each), licences
#  (`optional`), the coordinator (its band theirs), the path (apprentice, role, senior, up),
#  the lateral title, earlier jobs (moves in), the comparison occupation, other companies,
#  industries, the collective agreement's parties (never))
_DANISH_SITES = (
    ("Carpenter", "Tømrer", "joiner", ("Vestkyst Byg ApS", "Vestkyst Byg"), "Esbjerg",
     "Region of Southern Denmark",
     ("build roof structures on new family houses", "fit windows and doors in renovations"),
     (("power tools", ("Festool", "Hilti")), "reading drawings", "timber framing",
      "working independently"),
     ("driving licence category B", "scaffolding course"), "Site Coordinator",
     ("Carpenter Apprentice", "Carpenter", "Senior Carpenter", "Site Coordinator"),
     "Building Surveyor", ("Scaffolder", "Concrete Worker"), "Bricklayer",
     ("Ribe Træhus A/S", "Sydjysk Tømrerservice ApS"), ("Construction", "Timber construction"),
     ("Dansk Byggeri", "Fagforbundet 3F")),
    ("Dental Assistant", "Tandklinikassistent", "dental clinic assistant",
     ("Tandhuset Silkeborg ApS", "Tandhuset Silkeborg"), "Silkeborg", "Central Denmark Region",
     ("assist the dentist at the chair", "sterilise instruments and keep the clinic ready"),
     (("clinic software", ("Opus Dental", "TandSystem")), "infection control", "x-ray handling",
      "patient care"),
     ("x-ray certificate", "first aid course"), "Clinic Coordinator",
     ("Dental Assistant Apprentice", "Dental Assistant", "Senior Dental Assistant",
      "Clinic Coordinator"),
     "Dental Hygienist", ("Receptionist", "Healthcare Assistant"), "Dental Hygienist",
     ("Smilklinikken Viborg ApS", "Tandlægerne i Herning ApS"), ("Healthcare", "Dentistry"),
     ("Dansk Tandlægeforening", "HK/Privat")),
)


def _danskmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A Danish job site's posting through a translator: the translator bar, the site's
    navigation, saved jobs and profile links, the breadcrumb (its category no sector), a
    heading glued to its field line (town, hours, posted, views, deadline), the contact
    person, "recruitment agencies are declined", share and tip-a-friend buttons, similar
    searches and the footer (chrome), the agreement's parties (never), the posted title with
    its Danish name and the translator's rendering (spellings), "•"-glued tasks (nothing),
    "We imagine that you" (skills, tools in parentheses each; licences `optional`), "We offer"
    (the newly trained figure, the experienced band and the Senior band the role's at their
    levels, the apprentice's monthly rate the role's, the coordinator's band "(for
    information)" theirs, a shift supplement and pension no pay), "the typical path goes" with
    `→` (a ladder), "move on to … as" (lateral), "came from … as" (moves in), the site's dotted
    statistics (the national and regional medians the role's points with their region, the
    one-sided deciles no fact, another occupation's median "(for comparison)" theirs; the
    statistics print "35.370 DKK", the offer "DKK 31.700"), "Other companies looking for"
    (employers) and "Industry:"."""
    variant = _begin(rng, g, ("jobsite", "kommune"))
    if variant == "kommune":
        return _kommune(rng, g)
    (job, danish, rendered, (printed, short), town, region, tasks, needs, papers, coordinator,
     path, lateral, came, compared, others, kinds, parties) = rng.choice(_DANISH_SITES)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=[lateral])
    _spell(g, danish, f"{_cap(rendered)} ({danish.lower()})")
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, kinds, papers)
    fresh = _whole(rng, 30, 32, 100)
    _salary(g, fresh, fresh, "DKK", period="month", level="newly trained")
    seasoned = (fresh + _whole(rng, 3, 4, 500), fresh + _whole(rng, 7, 9, 500))
    _salary(g, *seasoned, "DKK", period="month", level="experienced")
    senior = (seasoned[1] + _whole(rng, 1, 2, 500), seasoned[1] + _whole(rng, 5, 6, 500))
    _salary(g, *senior, "DKK", period="month", level="Senior")
    apprentice = _whole(rng, 12, 15, 10)
    _salary(g, apprentice, apprentice, "DKK", period="month", level="Apprentice")
    theirs = (senior[0] + _whole(rng, 2, 3, 500), senior[1] + _whole(rng, 3, 4, 500))
    _salary(g, *theirs, "DKK", period="month", belongs_to=coordinator)
    national = int(_apart(g, _whole(rng, 35, 38, 10), 10))
    _salary(g, national, national, "DKK", period="month", point=True, region="Denmark")
    local = int(_apart(g, national + _whole(rng, 0, 1, 10) + 120, 10))
    _salary(g, local, local, "DKK", period="month", point=True, region=region)
    other = int(_apart(g, national + _whole(rng, 3, 5, 10), 10))
    _salary(g, other, other, "DKK", period="month", point=True, belongs_to=compared)
    under = int(_no_pay(g, fresh - _whole(rng, 1, 2, 100), 100))
    over = int(_no_pay(g, senior[1] + _whole(rng, 2, 3, 100), 100))
    site = rng.choice(("jobvest.dk", "fjordjob.dk"))
    contact = rng.choice(("Rasmus Holm Kjær", "Mette Skov Andersen"))
    g.must_not_appear += [*parties, contact, "Tip a friend", "Always translate Danish",
                          "Recruitment agencies"]
    return ["Translated to English   Original (Danish)  |  Always translate Danish  |  ⚙",
            f"{site} — Jobs in Denmark    Search   Saved jobs (0)   Create profile",
            f"Jobs › Crafts and trades › {job.lower()} ({danish.lower()})", "",
            f"{job.upper()} ({danish.upper()}) WANTED IN {town.upper()}{printed} · {town} · Full "
            f"time · Posted {rng.randint(2, 9)} days ago · {rng.randint(20, 140)} have viewed "
            f"the job · Apply no later than {rng.randint(10, 28)}.01.2027", "",
            f"Would you like to be our new {rendered} ({danish.lower()})? {short} has "
            f"{rng.randint(8, 40)} employees and a full order book.", "",
            "Your tasks will be to" + "".join(f"• {t}" for t in tasks), "",
            "We imagine that you" + "".join(f"• {_item(n)}" for n in needs)
            + "".join(f"• have a {p}" for p in papers), "",
            f"We offer: A salary according to the collective agreement between {parties[0]} "
            f"and {parties[1]}. As a guideline, a newly trained {_lower(job)} starts at approx. "
            f"DKK {_dotted(fresh)} per month, and an experienced {_lower(job)} is at DKK "
            f"{_dotted(seasoned[0])}–{_dotted(seasoned[1])} per month. Senior {_lower(job)}: "
            f"DKK {_dotted(senior[0])}–{_dotted(senior[1])}. As an apprentice you are paid DKK "
            f"{_dotted(apprentice)} per month. Shift supplement (evening +28 %), pension 12 %. "
            f"Our {_plural(coordinator)} are paid DKK {_dotted(theirs[0])}–"
            f"{_dotted(theirs[1])} per month (for information).", "",
            f"Career at {short}",
            f"The typical path goes: {' → '.join(p.lower() for p in path)}. Some move on to "
            f"planning as {_an(lateral)}. Several colleagues came from the trade as "
            f"{_plural(_lower(came[0]))}, and one as {_an(_lower(came[1]))}.", "",
            f"Contact: {contact}, +45 70 00 00 00. Recruitment agencies are kindly declined.", "",
            f"WHAT DO {_plural(job).upper()} EARN?  (salary data, 2025 wage statistics)",
            _dots(f"Median salary, all {_plural(_lower(job))}", f"{_dotted(national)} DKK per "
                  "month", 44),
            _dots(f"Median, {region}", f"{_dotted(local)} DKK per month", 44),
            f"10 % earn under {_dotted(under)} DKK   |   10 % earn over {_dotted(over)} DKK",
            f"Salary of {_an(_lower(compared))} (for comparison): median {_dotted(other)} DKK",
            "",
            f"Other companies looking for {_plural(_lower(job))}: {others[0]} · {others[1]}",
            f"Industry: {kinds[0]} · {kinds[1]}", "",
            "Apply now   ☆ Save job   Share via ✉   Tip a friend",
            f"© {site} 2026 · Cookies · Contact"]


# (posted title, Danish title, the translator's renderings, the home (printed, short), the
#  municipality (an employer), tasks, "we expect that you" items (tools in parentheses each),
#  the authorisation (`optional`), the helper title with its "from" figure, the team leader
#  (an up move), the education others continued to (an up move), lateral title, earlier jobs
#  (moves in), the comparison occupation, similar jobs' employers, industries, the union and
#  the employers' body (never))
_KOMMUNER = (
    ("Pedagogue", "Pædagog", ("educator", "social educator"),
     ("Børnehuset Lærkereden", "Børnehuset Lærkereden"), "Skive Municipality",
     ("plan activities for the 3–6 year olds", "keep in close contact with parents"),
     (("pedagogical documentation", ("Aula", "Tabulex")), "language stimulation",
      "outdoor learning", "conflict resolution"),
     "pedagogue degree", "Pedagogical Assistant", "Pedagogical Leader",
     "Special Needs Consultant", "Family Support Worker", ("Childminder", "Youth Club Worker"),
     "Social Worker",
     ("Viborg Municipality", "Holstebro Municipality"), ("Childcare", "Public sector"),
     ("BUPL", "Local Government Denmark")),
    ("Nutrition Assistant", "Ernæringsassistent", ("nutritional assistant", "diet cook"),
     ("Plejecentret Åbrinken", "Plejecentret Åbrinken"), "Randers Municipality",
     ("cook meals for the residents' special diets", "take part in the kitchen's hygiene "
      "checks"),
     (("kitchen equipment", ("combi ovens", "blast chillers")), "special diets",
      "food hygiene", "good humour"),
     "hygiene certificate", "Kitchen Helper", "Kitchen Leader", "Clinical Dietitian",
     "Production Cook", ("Cook", "Canteen Assistant"), "Chef",
     ("Favrskov Municipality", "Aarhus University Hospital"), ("Care homes", "Public sector"),
     ("FOA", "Local Government Denmark")),
)


def _kommune(rng: random.Random, g: Guide) -> list[str]:
    """A municipality's posting through a translator: the bar, the job portal's menu, the
    breadcrumb, the original title line, hours and job number, the criminal-record line, the
    union representative, the contact, "Apply" and the footer (chrome), the union and the
    employers' body (never), the posted title with its Danish name and the translator's
    renderings (spellings), the home and the municipality (employers), "The job" items
    (nothing), "We expect that you" (skills; the authorisation `optional`), "Salary and terms"
    (each basic-salary step in "kr." with cents the role's single monthly figure at that
    step, the student's yearly rate the role's, the helper's "from" figure an open-ended
    floor theirs, inconvenience supplements and pension no pay), "Development" ("moved on to a
    team leader position", "continued to the … education": up moves; "move over to … as":
    lateral; "came from … as": moves in), the site's statistics (the median for Denmark and
    the region the role's points, a "middle 50 %" band the role's, another occupation's
    average "Compare:" theirs), similar jobs (employers) and "Industry:"."""
    (job, danish, renders, (printed, short), municipality, tasks, needs, licence, helper,
     leader, further, lateral, came, compared, similar, kinds, (union, owners)) = rng.choice(
        _KOMMUNER)
    occupy(g, job, leads=[leader, further], moves_in=list(came), transitions=[lateral])
    _spell(g, danish, *(_cap(r) for r in renders))
    _legal(g, printed, short)
    _facts(g, _skills(needs), [municipality, *similar], kinds, [licence])
    steps = []
    base = _hour(rng, 26_000, 27_500)
    for n in range(1, 4):
        value = round(base + (n - 1) * _hour(rng, 600, 900), 2)
        _salary(g, value, value, "DKK", period="month", level=f"step {n}")
        steps.append(value)
    student = _whole(rng, 140, 160, 100)
    _salary(g, student, student, "DKK", level="Student")
    floor = round(steps[0] - _hour(rng, 1500, 2500), 2)
    _salary(g, floor, None, "DKK", period="month", belongs_to=helper)
    national = int(_apart(g, _whole(rng, 30, 33, 10), 10))
    _salary(g, national, national, "DKK", period="month", point=True, region="Denmark")
    regional = int(_apart(g, national - _whole(rng, 0, 1, 10) - 90, 10))
    _salary(g, regional, regional, "DKK", period="month", point=True,
            region="Central Jutland")
    middle = (national - _whole(rng, 2, 3, 100), national + _whole(rng, 2, 4, 100))
    _salary(g, *middle, "DKK", period="month")
    other = int(_apart(g, national + _whole(rng, 4, 7, 10), 10))
    _salary(g, other, other, "DKK", period="month", point=True, belongs_to=compared)
    weekend = _no_pay(g, rng.choice((36.45, 41.8, 48.2)), 0.35)
    contact = rng.choice(("Birgitte Lund", "Søren Dahl"))
    job_no = f"{rng.randint(100000, 999999)}"
    g.must_not_appear += [union, owners, contact, job_no, "Original title"]
    return ["This page is translated from: Danish  ·  Show original  ·  Translate always", "",
            "job.kommune.dk   Vacancies · Municipalities · Log in", "",
            f"Home › Vacancies › {municipality} › {short}", "",
            f"{job} for {short}",
            f"Original title: {danish}  |  32 hours per week  |  Job no. {job_no}", "",
            f"{short} in {municipality} is looking for a {renders[0]} (also translated as "
            f"{renders[1]}).", "",
            "The job", *(f"- {_cap(t)}" for t in tasks), "",
            "We expect that you", *(f"- {_item(n)}" for n in needs), f"- hold a {licence}", "",
            "Salary and terms",
            "Salary according to the collective agreement between "
            f"{owners} and {union}. Basic salary per month:",
            *(f"  Step {n}: kr. {_br(v)}" for n, v in enumerate(steps, start=1)),
            f"Students (elev) are paid kr. {_dotted(student)} a year.",
            f"{_plural(helper)} from kr. {_br(floor)} per month.",
            f"Inconvenience supplement kr. {_br(weekend)} per hour on weekends; pension 14 %.",
            "A criminal record certificate will be obtained.", "",
            "Development",
            f"One colleague moved on to a team leader position as {leader}; another continued "
            f"to the {_lower(further)} education. Some move over to the day centre as "
            f"{_plural(_lower(lateral))}. We have colleagues who came from private kitchens and "
            f"homes as {_plural(_lower(came[0]))} or {_plural(_lower(came[1]))}.", "",
            f"Salary statistics — {_plural(_lower(job))}",
            f"Median Denmark: kr. {_dotted(national)} / month",
            f"Median Central Jutland: kr. {_dotted(regional)} / month",
            f"Middle 50 % earn between kr. {_dotted(middle[0])} and kr. {_dotted(middle[1])}",
            f"Compare: {compared} kr. {_dotted(other)}", "",
            "Similar jobs", *(f"{job} — {s}" for s in similar), "",
            f"Industry: {kinds[0]}; {kinds[1]}", "",
            f"Contact: {contact}, leader. Union representative via {union}.",
            "[ Apply ]   © job.kommune.dk"]


# --------------------------------------------------------------------------------------
# A fly-in fly-out roster and site-life page for one role
# --------------------------------------------------------------------------------------
# (role, "also called" and the nickname, the contractor (printed, short), the project, the
#  start needs (brands in parentheses each), tickets (`optional`), the title "(for
#  reference)", the ladder (containing Trainee role and role), earlier jobs (moves in), a
#  hobby with no title (`optional`), lateral titles, firms also recruiting, industries)
_MINES = (
    ("Haul Truck Operator", ("Dump Truck Operator", "Truckie"),
     ("Pindan Earthmoving Pty Ltd", "Pindan Earthmoving"),
     ("Yarrabee iron ore hub", "Yarrabee"),
     (("haul trucks", ("CAT 793", "Komatsu 930E")), "pre-start checks", "radio procedure",
      "fatigue management"),
     ("HR truck licence", "Standard 11 induction"), "Excavator Operator",
     ("Trainee Haul Truck Operator", "Haul Truck Operator", "Lead Haul Truck Operator",
      "Mining Supervisor"),
     ("Bus Driver", "Farmhand"), "cattle station work", ("Water Cart Operator", "Dozer Operator"),
     ("Goldfields Contract Mining", "Nullagine Haulage"), ("Mining", "Iron ore")),
    ("Shutdown Fitter", ("Mechanical Fitter", "Maintenance Fitter"),
     ("Karratha Mechanical Services Pty Ltd", "Karratha Mechanical Services"),
     ("Mt Wardle nickel concentrator", "Wardle Creek"),
     (("pump overhauls", ("Warman pumps",)), "conveyor maintenance", "gas cutting",
      ("hydraulic tooling", ("Enerpac",))),
     ("Working at heights ticket", "Confined space ticket"), "Shutdown Planner",
     ("Trainee Shutdown Fitter", "Shutdown Fitter", "Senior Shutdown Fitter",
      "Shutdown Supervisor"),
     ("Diesel Mechanic", "Boilermaker"), "motocross", ("Reliability Technician", "Rigger"),
     ("Pilbara Shutdown Crews", "Esperance Plant Services"), ("Mining", "Minerals processing")),
)


def _fiforoster(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A mining contractor's roster page for one role: the navigation, breadcrumb, the roster
    grid and shift codes, the flight line, the camp and its facilities, a worker's first name
    and quotation, "next roster" links, the recruiter's number and the footer (chrome), the
    role with "also called" and a nickname (spellings), "What you need to start" (skills,
    brands in parentheses each; tickets `optional`), "The money" (the role's hourly range, the
    Trainee and Lead rates the role's, the typical yearly gross the role's band, the "averaged
    … in 2025" figure the role's point, another title's rate "(for reference)" theirs, site
    allowance, travel time and a completion bonus no pay), "Where it goes" with `→` (a
    ladder), "have come from" (moves in; a hobby `optional`), "swap across to … as"
    (lateral), "Also recruiting" (employers) and "Industry:"."""
    variant = _begin(rng, g, ("mine", "camp"))
    if variant == "camp":
        return _camp(rng, g)
    (job, (called, nickname), (printed, short), (project, village), needs, tickets, reference,
     ladder, came, hobby, laterals, others, kinds) = rng.choice(_MINES)
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(laterals))
    _spell(g, called, nickname)
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, kinds, [*tickets, hobby])
    band = (_hour(rng, 46, 49), _hour(rng, 52, 56))
    _salary(g, *band, "AUD", period="hour")
    trainee = _hour(rng, 38, 42)
    _salary(g, trainee, trainee, "AUD", period="hour", level="Trainee")
    lead = _hour(rng, 58, 62)
    _salary(g, lead, lead, "AUD", period="hour", level="Lead")
    gross = (_whole(rng, 135, 145, 1000), _whole(rng, 160, 175, 1000))
    _salary(g, *gross, "AUD")
    average = int(_apart(g, _whole(rng, 146, 158, 100), 100))
    _salary(g, average, average, "AUD", point=True)
    theirs = _hour(rng, 57, 61)
    _salary(g, theirs, theirs, "AUD", period="hour", belongs_to=reference)
    site = _no_pay(g, rng.choice((6.5, 7.25, 8.0)), 0.25)
    bonus = int(_no_pay(g, rng.choice((2500, 3000, 4000)), 250))
    worker = rng.choice(("Shaz", "Bluey", "Kirra"))
    g.must_not_appear += [worker, "Next roster", f"{village} Village"]
    return [f"{short.upper()}   Home | Projects | Careers | Safety | Contact", "",
            f"Careers › Rosters › {job}", "",
            f"{job} — 8/6 FIFO ex Perth, {project}",
            f"Also called {_an(called.lower())}; on site everyone says \"{nickname}\".", "",
            "THE ROSTER",
            "Wk1  D D D D D D D D  R R R R R R",
            "Wk2  N N N N N N N N  R R R R R R      D = day 06:00–18:00 · N = night · R = R&R",
            f"Fly out 05:40 Perth → site airstrip, bus to {village} Village (gym, wet mess, "
            "single rooms).", "",
            "WHAT YOU NEED TO START",
            *(f"✔ {_item(n)}" for n in needs), *(f"✔ {t}" for t in tickets), "",
            "THE MONEY (AUD)",
            f"{job}: ${band[0]:.2f} – ${band[1]:.2f} an hour",
            f"Trainee {_plural(_lower(job))}: ${trainee:.2f}/hr   ·   Lead {job}: ${lead:.2f}/hr",
            f"Typical gross on the 8/6: ${gross[0]:,} – ${gross[1]:,} a year; our "
            f"{_plural(_lower(job))} averaged ${average:,} in 2025.",
            f"{reference} (for reference): ${theirs:.2f} an hour.",
            f"On top: site allowance ${site:.2f}/hr, paid travel time, and a ${bonus:,} "
            "completion bonus for each shutdown.", "",
            "WHERE IT GOES", " → ".join(ladder), "",
            f"Our crew have come from all over: {_plural(_lower(came[0]))}, "
            f"{_plural(_lower(came[1]))} and one from {hobby}. After a few swings some swap "
            f"across to the other fleet as {_plural(_lower(laterals[0]))} or "
            f"{_plural(_lower(laterals[1]))}.", "",
            f"\"Eight days on goes fast when the crew's good.\" — {worker}", "",
            f"Also recruiting: {others[0]}, {others[1]}",
            f"Industry: {kinds[0]} / {kinds[1]}", "",
            "Next roster: 14 Feb  ·  Recruiter 1300 000 000  ·  EAP: 1800 000 000",
            f"© {printed}"]


# (role, two aliases, the operator (printed, short), the lodge, the skills (brands in
#  parentheses each), the records (`optional`), the salaried supervisor, the ladder, earlier
#  jobs (moves in), lateral titles, other operators hiring, sectors)
_LODGES = (
    ("Camp Cook", ("Remote Site Cook", "Lodge Cook"),
     ("Muskeg Hospitality Ltd.", "Muskeg Hospitality"), "Firebag River Lodge",
     (("batch cooking", ("combi ovens", "tilt skillets")), "menu planning",
      "allergen control", "teamwork"),
     ("FoodSafe Level 1", "Standard First Aid", "WHMIS"), "Kitchen Supervisor",
     ("Cook's Helper", "Camp Cook", "Senior Camp Cook", "Kitchen Supervisor"),
     ("Line Cook", "Baker"), ("Camp Baker", "Night Cook")),
    ("Lodge Maintenance Technician", ("Camp Maintenance Technician", "Facilities Technician"),
     ("Northern Lights Camp Services Ltd.", "Northern Lights Camp Services"),
     "Christina Lake Lodge",
     (("HVAC servicing", ("rooftop units", "make-up air units")), "plumbing repairs",
      "preventive maintenance", "work order systems"),
     ("H2S Alive", "Standard First Aid", "WHMIS"), "Facilities Supervisor",
     ("Maintenance Helper", "Lodge Maintenance Technician",
      "Senior Lodge Maintenance Technician", "Facilities Supervisor"),
     ("Building Operator", "General Labourer"), ("Water Treatment Operator", "Electrician")),
)
_OPERATORS = ("Peace Country Lodging", "Wapiti Remote Services")


def _camp(rng: random.Random, g: Guide) -> list[str]:
    """An oil-sands camp operator's rotation page: a glued menu, the rotation calendar, the
    bus pickup, the lodge's name and amenities, "a day in the rotation", a worker's quotation,
    the recruiter line and the footer (chrome), the role with "aka" names (spellings),
    "What we look for" (skills, brands in parentheses each; first aid, WHMIS and food safety
    `optional`), pay (the role's hourly range and its yearly range, the Senior rate the
    role's, the salaried supervisor's range theirs, overtime loading and a living-out
    allowance no pay), "Moving up and across" with `→` (a ladder; "move across to … as"
    lateral), "join us from … as" (moves in), "Other operators hiring" (employers) and
    "Sector:"."""
    (job, akas, (printed, short), lodge, needs, records, supervisor, ladder, came,
     laterals) = rng.choice(_LODGES)
    occupy(g, job, ladder=list(ladder), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(needs), _OPERATORS, ["Oil sands", "Remote accommodation"], records)
    band = (_hour(rng, 27, 29), _hour(rng, 32, 35))
    _salary(g, *band, "CAD", period="hour")
    yearly = (_whole(rng, 68, 72, 500), _whole(rng, 80, 86, 500))
    _salary(g, *yearly, "CAD")
    senior = _hour(rng, 36, 39)
    _salary(g, senior, senior, "CAD", period="hour", level="Senior")
    boss = (_whole(rng, 88, 92, 1000), _whole(rng, 98, 104, 1000))
    _salary(g, *boss, "CAD", belongs_to=supervisor)
    living = int(_no_pay(g, rng.choice((75, 90, 110)), 5))
    worker = rng.choice(("Marie-Ève", "Dwayne", "Priya"))
    g.must_not_appear += [worker, lodge, "A day in the rotation"]
    return ["CareersOur LodgesSafetyIndigenous PartnershipsContact", "",
            f"{job.upper()} · 14 IN / 14 OUT · {lodge}",
            f"aka {akas[0]} · {akas[1]}", "",
            "Rotation: Day 1 bus pickup Fort McMurray 04:30 · 14 × 12-hour shifts · 14 days out",
            f"{lodge}: private rooms, gym, theatre room, Wi-Fi.", "",
            "A day in the rotation",
            "04:45 start · 09:00 break · 13:00 hand-over · 17:00 done", "",
            "What we look forYou bring " + "; ".join(_item(n) for n in needs)
            + f". Tickets: {', '.join(records)}.", "",
            "Pay (CAD)",
            f"  {_plural(job)}: ${band[0]:.2f}–${band[1]:.2f} per hour (about ${yearly[0]:,}–"
            f"${yearly[1]:,} a year with overtime)",
            f"  Senior {_plural(job)}: ${senior:.2f} per hour",
            f"  {supervisor} (salaried): ${boss[0]:,}–${boss[1]:,}",
            f"  Overtime loading after 40 hours; living-out allowance ${living} per day when "
            "you stay off camp.", "",
            "Moving up and across", " → ".join(ladder),
            f"Some move across to {laterals[0]} or {laterals[1]} roles. Many join us from "
            f"town as {_plural(_lower(came[0]))} or {_plural(_lower(came[1]))}.", "",
            f"\"Two weeks in, two weeks home with my kids. It works.\" — {worker}", "",
            f"Other operators hiring: {_OPERATORS[0]} · {_OPERATORS[1]}",
            "Sector: Oil sands · Remote accommodation", "",
            f"Apply online or call our recruiter · © {printed}"]


# --------------------------------------------------------------------------------------
# A sports club's backroom staff directory filtered to one department
# --------------------------------------------------------------------------------------
# (the department's title, "sometimes listed as" names, the club (printed, short), the
#  department, three staff names (never) with their squads, tools (brands in parentheses),
#  specialisms, the award (`optional`), the bio's path (a ladder containing the role), the
#  earlier job (moves in), the lateral title, the title "for reference", the intern title,
#  the former employer, clubs hiring, sectors)
_CLUBS = (
    ("Sports Physiotherapist", ("Club Physio", "Performance Physiotherapist"),
     ("Wyvern Vale Rugby Club Ltd", "Wyvern Vale RFC"), "Medical",
     ("Ffion Parry", "Callum Birt", "Nadia Osei"),
     (("rehab tracking", ("Kitman Labs",)), ("strength testing", ("VALD ForceFrame",))),
     ("soft tissue therapy", "return-to-play planning"), "HCPC registration",
     ("Graduate Physiotherapist", "Sports Physiotherapist", "Senior Sports Physiotherapist",
      "Head of Medical"),
     "Musculoskeletal Physiotherapist", "Rehabilitation Coordinator", "Soft Tissue Therapist",
     "Medical Intern", "Bristol Harbour Hockey Club",
     ("Severnside Rugby", "Cotswold Falcons RFC"), ("Professional sport", "Rugby union")),
    ("Sports Nutritionist", ("Performance Nutritionist", "Club Nutritionist"),
     ("Wyvern Vale Rugby Club Ltd", "Wyvern Vale RFC"), "Nutrition",
     ("Ellie Marsh", "Owain Price", "Jonas Reyes"),
     (("body composition", ("skinfold callipers", "DEXA")), ("menu analysis", ("Nutritics",))),
     ("fuelling plans", "supplement screening"), "SENr registration",
     ("Graduate Nutritionist", "Sports Nutritionist", "Senior Sports Nutritionist",
      "Head of Performance Nutrition"),
     "Dietitian", "Rehabilitation Coordinator", "Performance Chef", "Nutrition Intern",
     "Kingswood Athletics Club", ("Severnside Rugby", "Cotswold Falcons RFC"),
     ("Professional sport", "Sports science")),
)


def _clubstaff(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A rugby club's backroom staff directory filtered to one department: the club's
    navigation and partner strip, the filter chips and "Showing N of M staff", staff names
    and joined years, mail and profile icons, other departments' "view ›" lines, the photo
    credit and the footer (chrome), the department's shared title (the role; "sometimes
    listed as" spellings; a squad after a dash no part of it), bios ("began as … became …
    before taking up his current post": a ladder; "came to us from … as": a move in; "moved
    across to become": lateral; "Tools:" and "her specialisms": skills, brands in parentheses
    each; an award `optional`; "a … post at X": X employs the role), the vacancy box (the
    vacancy's range the role's, the Graduate figure and the Senior range the role's, another
    title's range "for reference" and an intern's hourly rate theirs, a win bonus and travel
    allowance no pay), "Clubs currently hiring" (employers) and "Sector:"."""
    variant = _begin(rng, g, ("rugby", "football"))
    if variant == "football":
        return _football(rng, g)
    (job, akas, (printed, short), department, names, tools, specialisms, award, path, came,
     lateral, reference, intern, former, hiring, kinds) = rng.choice(_CLUBS)
    occupy(g, job, ladder=list(path), moves_in=[came], transitions=[lateral])
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, [*_skills(tools), *(_cap(s) for s in specialisms)], [former, *hiring], kinds, [award])
    vacancy = (_whole(rng, 32, 35, 500), _whole(rng, 38, 41, 500))
    _salary(g, *vacancy, "GBP")
    graduate = vacancy[0] - _whole(rng, 5, 7, 500)
    _salary(g, graduate, graduate, "GBP", level="Graduate")
    senior = (vacancy[1] + _whole(rng, 2, 3, 500), vacancy[1] + _whole(rng, 7, 9, 500))
    _salary(g, *senior, "GBP", level="Senior")
    theirs = (vacancy[0] - _whole(rng, 1, 2, 500), vacancy[1] - _whole(rng, 1, 2, 500))
    _salary(g, *theirs, "GBP", belongs_to=reference)
    hourly = _hour(rng, 12, 14)
    _salary(g, hourly, hourly, "GBP", period="hour", belongs_to=intern)
    bonus = int(_no_pay(g, rng.choice((150, 200, 250)), 25))
    one, two, three = names
    total = rng.randint(48, 70)
    g.must_not_appear += [*names, "View profile"]
    return [f"{short.upper()}  Fixtures  Tickets  Shop  Club  Community  Staff",
            "Partners: Brakespeare Ales · Kellow Motors · Vale Energy", "",
            f"Backroom staff   [ Department: {department} ✕ ]  [ Season 2026/27 ✕ ]   Showing 3 "
            f"of {total} staff", "",
            f"{one.upper()}", f"{path[3]} — Senior Squad   · joined 2019   ✉  View profile",
            f"{one.split()[0]} began as {_an(path[0])} in the academy, became {_an(path[1])} "
            f"with the first team and was {_an(path[2])} for four seasons before taking up her "
            f"current post as {path[3]}. Tools: {'; '.join(_item(t) for t in tools)}. She holds "
            f"{award}.", "",
            f"{two.upper()}", f"{job} — Academy   · joined 2022   ✉  View profile",
            f"{two.split()[0]} came to us from the NHS as {_an(came)}. He previously held "
            f"{_an(_lower(job))} post at {former}. {_cap(_prose_list(specialisms))} are his "
            "specialisms.", "",
            f"{three.upper()}", f"{job} — Women's Squad   · joined 2024   ✉  View profile",
            f"{three.split()[0]} moved across to become our {lateral} last spring and still "
            "covers match days.", "",
            f"Sometimes listed as: {akas[0]} / {akas[1]}", "",
            "CURRENT VACANCY",
            f"{job} (Academy): £{vacancy[0]:,} – £{vacancy[1]:,}",
            f"Graduate scheme: £{graduate:,}   ·   Senior {job}: advertised at "
            f"£{senior[0]:,} – £{senior[1]:,}",
            f"For reference, our {reference} vacancy was £{theirs[0]:,} – £{theirs[1]:,}; a "
            f"{intern} is paid £{hourly:.2f} an hour.",
            f"Win bonus £{bonus} a match and travel allowance are paid separately.", "",
            "Other departments:  Coaching view ›   Analysis view ›   Operations view ›", "",
            f"Clubs currently hiring: {hiring[0]}, {hiring[1]}",
            f"Sector: {kinds[0]}; {kinds[1]}", "",
            "Photo: club media team",
            f"© {printed} · Privacy · Safeguarding"]



# (department's title, two aliases, the club (printed, short), the department, staff (never),
#  tools (brands in parentheses each), the degree (`optional`), the pathway (a ladder), the
#  earlier job (moves in), the internship (`optional`), lateral title, the casual title "(for
#  comparison)", other employers hiring, where they work)
_FOOTY = (
    ("Video Analyst", ("Vision Analyst", "Match Footage Analyst"),
     ("Point Lonsdale Football Club Ltd", "Point Lonsdale FC"), "Performance Analysis",
     ("Tayla Burke", "Josh Mangan"),
     (("video coding", ("Hudl Sportscode",)), ("data visualisation", ("Tableau",)),
      "opposition analysis"),
     "sport science degree",
     ("Junior Video Analyst", "Video Analyst", "Senior Video Analyst", "Head of Analysis"),
     "Broadcast Camera Operator", "analysis internship", "Opposition Scout", "Camera Operator",
     ("Geelong Storm Netball", "Victorian Academy of Sport"),
     ("Professional sport", "Sports media")),
    ("Sports Scientist", ("High Performance Scientist", "Sport Science Officer"),
     ("Point Lonsdale Football Club Ltd", "Point Lonsdale FC"), "High Performance",
     ("Mia Tran", "Brodie Kells"),
     (("GPS load monitoring", ("Catapult",)), ("athlete management", ("Smartabase",)),
      "force plate testing"),
     "exercise science degree",
     ("Junior Sports Scientist", "Sports Scientist", "Senior Sports Scientist",
      "High Performance Manager"),
     "Exercise Physiologist", "high performance internship", "Strength and Conditioning Coach",
     "Data Entry Operator",
     ("Geelong Storm Netball", "Victorian Academy of Sport"),
     ("Professional sport", "Sports science")),
)


def _football(rng: random.Random, g: Guide) -> list[str]:
    """A football club's staff directory filtered to one department: the glued club menu,
    the filter line and count, staff names (never), "joined" years, the sponsor strip and the
    footer (chrome), the department title with "may also see the role called" (spellings),
    staff cards with "Specialises in" (skills, brands in parentheses each; a degree and an
    internship `optional`), "joined from a … role" (a move in), "left to be" (lateral), the
    department's pathway with `➔` (a ladder), the pay note in AUD (the role's range, the
    Senior floor "from … + super" an open-ended floor the role's, a casual title's hourly
    rate "(for comparison)" theirs, finals bonuses and meal money no pay), "Other employers
    hiring" (employers) and "Where … work" (sectors)."""
    (job, akas, (printed, short), department, names, tools, degree, path, came, internship,
     lateral, casual, others, kinds) = rng.choice(_FOOTY)
    occupy(g, job, ladder=list(path), moves_in=[came], transitions=[lateral])
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(tools), others, kinds, [degree, internship])
    band = (_whole(rng, 68, 74, 1000), _whole(rng, 82, 88, 1000))
    _salary(g, *band, "AUD")
    floor = band[1] + _whole(rng, 6, 10, 1000)
    _salary(g, floor, None, "AUD", level="Senior")
    casual_rate = _hour(rng, 38, 44)
    _salary(g, casual_rate, casual_rate, "AUD", period="hour", belongs_to=casual)
    meal = int(_no_pay(g, rng.choice((35, 45, 55)), 5))
    first, second = names
    g.must_not_appear += [*names, "Members Portal"]
    return ["HOMENEWSFIXTURESMEMBERSHIPTHE CLUBSTAFFMembers Portal", "",
            f"Staff directory · {short} · {department} ({rng.randint(4, 9)})",
            f"Filter: {department} ✕   Sort: Surname", "",
            f"{job.upper()}S",
            f"You may also see the role called {akas[0]} or {akas[1]}.", "",
            f"{first} — {job}, AFL program · joined 2021",
            f"Specialises in {'; '.join(_item(t) for t in tools)}. Holds a {degree} and "
            f"started with an {internship} here. Joined from a {came} role at a TV network.",
            "",
            f"{second} — {job}, AFLW program · joined 2023",
            f"Left to be our {lateral} for a season, then came back.", "",
            f"{department} pathway", "  ➔  ".join(path), "",
            f"Pay guide (AUD): {_plural(job)} ${band[0]:,}–${band[1]:,}; Senior {_plural(job)} "
            f"from ${floor:,} + super. A casual {casual} (for comparison) is paid "
            f"${casual_rate:.2f} an hour. Finals bonuses and ${meal} meal money on away trips "
            "are extras.", "",
            f"Other employers hiring {_plural(_lower(job))}: {others[0]}, {others[1]}",
            f"Where {_plural(_lower(job))} work: {kinds[0].lower()}, {kinds[1].lower()}", "",
            "Proud partners: Bellarine Brewing · Surf Coast Toyota",
            f"© {printed} 2026"]


# --------------------------------------------------------------------------------------
# A hospital's rota and banding explainer for one theatre profession
# --------------------------------------------------------------------------------------
# (the profession, "also known as" names, the trust (printed, short), the hospital sites
#  (`optional`), the support worker and assistant practitioner (their bands theirs), the
#  team leader (theirs), what we look for (brands in parentheses each), the registration and
#  course (`optional`), the apprenticeship title (a ladder rung), earlier jobs (moves in),
#  lateral titles, other employers, sectors)
_TRUSTS = (
    ("Scrub Practitioner", ("Scrub Nurse", "Theatre Practitioner"),
     ("Calderbrook Teaching Hospitals NHS Foundation Trust", "Calderbrook Teaching Hospitals"),
     ("Calderbrook General", "Holme Valley Treatment Centre"), "Theatre Support Worker",
     "Assistant Theatre Practitioner", "Theatre Team Leader",
     (("surgical instrumentation", ("laparoscopic stacks", "robotic instruments")),
      "swab and instrument counts", "sterile field management", "teamwork under pressure"),
     ("NMC or HCPC registration", "Immediate Life Support course"),
     ("Theatre Support Worker", "Assistant Theatre Practitioner", "Scrub Practitioner",
      "Senior Scrub Practitioner", "Theatre Team Leader"),
     ("Healthcare Assistant", "Dental Nurse"), ("Surgical First Assistant", "Recovery Nurse"),
     ("Spire Leeds Hospital", "Nuffield Health York"), ("NHS acute care", "Private hospitals")),
    ("Recovery Practitioner", ("Post-Anaesthesia Care Practitioner", "PACU Practitioner"),
     ("Thornbury Coast Hospitals NHS Trust", "Thornbury Coast Hospitals"),
     ("Thornbury Royal", "Seagate Day Surgery Unit"), "Recovery Support Worker",
     "Assistant Recovery Practitioner", "Recovery Team Leader",
     (("airway management", ("i-gel", "Guedel airways")), ("patient monitoring",
                                                          ("Philips IntelliVue",)),
      "pain assessment", "clear handover"),
     ("NMC or HCPC registration", "Advanced Life Support course"),
     ("Recovery Support Worker", "Assistant Recovery Practitioner", "Recovery Practitioner",
      "Senior Recovery Practitioner", "Recovery Team Leader"),
     ("Paramedic", "Critical Care Nurse"), ("Anaesthetic Practitioner", "Pre-assessment Nurse"),
     ("BMI Coastal Hospital", "Ramsay Seaview Clinic"), ("NHS acute care", "Private hospitals")),
)


def _rotabanding(rng: random.Random, g: Guide, area: str) -> list[str]:
    """An NHS trust's "rotas and banding explained" page: the trust's navigation,
    text-size and translate links, breadcrumb, the rota grid and shift codes, "what is not in
    your band", the Freedom to Speak Up and theatre-visit links, the jobs portal link and the
    footer (chrome), the profession with "also known as" (spellings), the band table (the
    role's band its own, the Senior band the role's, the support worker's, the assistant
    practitioner's and the team leader's bands theirs), the apprentice's pay (the role's at
    the Apprentice level), unsocial-hours enhancements and an on-call payment (no pay), "What
    we look for" (skills, brands in parentheses each; a registration and a life-support course
    `optional`), "How … progress here" with `→` (a ladder; "(apprenticeship)" no rung), "we
    recruit … from" (moves in), "move sideways into … as" and "train as" (lateral), the
    hospital sites (`optional`), the trust and "Other employers" (employers) and "Sector:"."""
    variant = _begin(rng, g, ("nhs", "district"))
    if variant == "district":
        return _district(rng, g)
    (job, akas, (printed, short), sites, support, assistant, leader, needs, papers, path, came,
     laterals, others, kinds) = rng.choice(_TRUSTS)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, kinds, [*papers, *sites])
    band5 = (_whole(rng, 29, 30, 1), _whole(rng, 36, 37, 1))
    _salary(g, *band5, "GBP")
    band6 = (band5[1] + _whole(rng, 1, 2, 1), band5[1] + _whole(rng, 8, 9, 1))
    _salary(g, *band6, "GBP", level="Senior")
    band2 = (_whole(rng, 23, 24, 1), _whole(rng, 24, 25, 1) + 500)
    _salary(g, *band2, "GBP", belongs_to=support)
    band4 = (band2[1] + _whole(rng, 1, 2, 1), band2[1] + _whole(rng, 3, 4, 1))
    _salary(g, *band4, "GBP", belongs_to=assistant)
    band7 = (band6[1] + _whole(rng, 1, 2, 1), band6[1] + _whole(rng, 8, 10, 1))
    _salary(g, *band7, "GBP", belongs_to=leader)
    apprentice = int(_apart(g, band2[0] + 300, 50))
    _salary(g, apprentice, apprentice, "GBP", level="Apprentice")
    oncall = int(_no_pay(g, rng.choice((24, 28, 32)), 1))
    g.must_not_appear += ["Freedom to Speak Up", "Book a theatre visit", "Text size"]
    return [f"{short.upper()}   Text size A A A  ·  Translate  ·  Search",
            "Home · Our hospitals · Patients & visitors · Work for us", "",
            f"Work for us › Theatres › Rotas and banding: {_plural(job)}", "",
            f"ROTAS AND BANDING EXPLAINED — {job.upper()}",
            f"{_plural(job)} (also known as {_plural(akas[0])} or {_plural(akas[1])}) "
            f"work in our theatres at {sites[0]} and {sites[1]}.", "",
            "Your rota",
            "Mon  Tue  Wed  Thu  Fri  Sat  Sun",
            " L    L    E    N    N    -    -      L = long day · E = early · N = night", "",
            "Where you sit in the banding table",
            f"Band 2   {support:<36}£{band2[0]:,} – £{band2[1]:,}",
            f"Band 4   {assistant:<36}£{band4[0]:,} – £{band4[1]:,}",
            f"Band 5   {job:<36}£{band5[0]:,} – £{band5[1]:,}",
            f"Band 6   {'Senior ' + job:<36}£{band6[0]:,} – £{band6[1]:,}",
            f"Band 7   {leader:<36}£{band7[0]:,} – £{band7[1]:,}",
            f"Apprentices on the degree route are paid £{apprentice:,} a year while they "
            "train.", "",
            "What is not in your band: unsocial-hours enhancements (time plus a third at "
            f"weekends), an on-call payment of £{oncall} per session and call-backs.", "",
            "What we look for",
            *(f"- {_item(n)}" for n in needs), *(f"- {_cap(p)}" for p in papers), "",
            f"How {_plural(_lower(job))} progress here",
            f"{path[0]} → {path[1]} (apprenticeship) → " + " → ".join(path[2:]),
            f"We recruit {_plural(_lower(job))} from {_plural(_lower(came[0]))} and "
            f"{_plural(_lower(came[1]))}. Some move sideways into anaesthetics as "
            f"{_plural(laterals[0])}; others train as {_plural(laterals[1])}.", "",
            f"Other employers: {others[0]} · {others[1]}",
            f"Sector: {kinds[0]}; {kinds[1]}", "",
            "Freedom to Speak Up · Book a theatre visit · Apply via NHS Jobs",
            f"© {printed}"]


# (the profession, aliases (the award's name among them), the district (printed, short), the
#  hospital (`optional`), the support title and the "in Charge" title (theirs), skills (brands
#  in parentheses each), the certificate (`optional`), the trainee program's title, the path,
#  earlier jobs (moves in), lateral titles, other employers, sectors)
_DISTRICTS = (
    ("Sterilising Technician", ("Sterilisation Technician", "CSSD Technician"),
     ("Murrumbidgee Coast Local Health District", "Murrumbidgee Coast LHD"),
     "Tathra Base Hospital", "Sterilising Services Assistant", "Sterilising Technician in Charge",
     (("washer-disinfectors", ("Getinge", "Steelco")), "instrument tray assembly",
      "steam steriliser loading", "tracking systems"),
     "Certificate III in Health Services Assistance",
     ("Trainee Sterilising Technician", "Sterilising Technician", "Senior Sterilising Technician"),
     ("Kitchen Hand", "Warehouse Storeperson"), ("Theatre Wardsperson", "Endoscopy Technician"),
     ("Ramsay Bega Private", "Healthscope South Coast"), ("Public hospitals", "Health")),
    ("Theatre Wardsperson", ("Theatre Orderly", "Operating Theatre Porter"),
     ("Kosciuszko Plains Local Health District", "Kosciuszko Plains LHD"),
     "Cooma Health Service", "Patient Support Assistant", "Wardsperson in Charge",
     (("patient transfers", ("slide sheets", "HoverMatt")), "manual handling",
      "theatre cleaning", "infection control"),
     "Certificate III in Health Services Assistance",
     ("Trainee Theatre Wardsperson", "Theatre Wardsperson", "Senior Theatre Wardsperson"),
     ("Aged Care Worker", "Security Officer"),
     ("Sterilising Technician", "Patient Transport Officer"),
     ("Ramsay Monaro Private", "Healthscope Alpine"), ("Public hospitals", "Health")),
)


def _district(rng: random.Random, g: Guide) -> list[str]:
    """A health district's rota explainer in AUD a week: the district's menu, breadcrumb,
    the award's and the roster system's names, a sample fortnight, penalty rates, the
    staff-benefits link and the footer (chrome), the profession with "also known as" and
    "advertised as" (spellings), "Where you sit in the award" (the 1st and 2nd years' weekly
    rates the role's at those years, the yearly conversion the role's, the Senior rate the
    role's, the Trainee's weekly rate the role's, the support title's and the "in Charge"
    rate "for information" theirs; shift penalties and an on-call allowance no pay), "What we
    look for" (skills, brands in parentheses each; a certificate `optional`), the hospital
    (`optional`), "Career pathways" with `→` (a ladder), "join the trainee program from … as"
    (moves in), "have gone on to become" (lateral), the district and "Other employers"
    (employers) and "Sector:"."""
    (job, akas, (printed, short), hospital, support, charge, needs, certificate, path, came,
     laterals, others, kinds) = rng.choice(_DISTRICTS)
    occupy(g, job, ladder=list(path), moves_in=list(came), transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(needs), others, kinds, [certificate, hospital])
    first = _hour(rng, 1280, 1330)
    _salary(g, first, first, "AUD", period="week", level="1st year")
    second = round(first + _hour(rng, 25, 40), 2)
    _salary(g, second, second, "AUD", period="week", level="2nd year")
    yearly = round(second * 52, 2)
    _salary(g, yearly, yearly, "AUD")
    senior = round(second + _hour(rng, 60, 90), 2)
    _salary(g, senior, senior, "AUD", period="week", level="Senior")
    trainee = round(first - _hour(rng, 90, 130), 2)
    _salary(g, trainee, trainee, "AUD", period="week", level="Trainee")
    theirs = round(trainee - _hour(rng, 20, 40), 2)
    _salary(g, theirs, theirs, "AUD", period="week", belongs_to=support)
    boss = round(senior + _hour(rng, 80, 120), 2)
    _salary(g, boss, boss, "AUD", period="week", belongs_to=charge)
    oncall = _no_pay(g, rng.choice((22.6, 24.8, 27.15)), 0.35)
    g.must_not_appear += ["HealthRoster", "Staff benefits", "Sample fortnight"]
    return [f"{short}  |  Careers  |  Our facilities  |  News  |  Contact",
            f"Careers › Allied & support › {job}", "",
            f"ROSTERS & PAY FOR {_plural(job).upper()}",
            f"Also known as {akas[0]}; advertised as {akas[1]} on some rosters.", "",
            "Sample fortnight (HealthRoster)",
            "M  T  W  T  F  S  S | M  T  W  T  F  S  S",
            "A  A  P  P  -  -  N | N  N  -  -  A  A  A     A = 07:00 · P = 14:30 · N = 22:30", "",
            "Where you sit in the award (weekly, AUD)",
            f"  Trainee {job} ........ ${trainee:,.2f}",
            f"  {job}, 1st year ........ ${first:,.2f}",
            f"  {job}, 2nd year ........ ${second:,.2f}  (about ${yearly:,.2f} a year)",
            f"  Senior {job} ........ ${senior:,.2f}",
            f"  {support} ........ ${theirs:,.2f}",
            f"  {charge} (for information) ........ ${boss:,.2f}",
            f"Penalty rates apply to evenings and weekends; on-call allowance ${oncall:.2f} per "
            "period.", "",
            "What we look for",
            *(f"• {_item(n)}" for n in needs), f"• {certificate} (or working towards)", "",
            f"Where you'll work: the department at {hospital} and the district's smaller sites.",
            "",
            "Career pathways", " → ".join(path),
            f"You can join the trainee program from outside health as {_an(_lower(came[0]))} "
            f"or {_an(_lower(came[1]))}. Past trainees have gone on to become "
            f"{_plural(_lower(laterals[0]))} or {_plural(_lower(laterals[1]))}.", "",
            f"Other employers: {others[0]}, {others[1]}",
            f"Sector: {kinds[0]}, {kinds[1]}", "",
            f"Staff benefits · © {printed}"]


# --------------------------------------------------------------------------------------
# A charity's volunteer-to-paid pathway
# --------------------------------------------------------------------------------------
# (the paid post, "also called" names, the charity (printed, short), the volunteer step, the
#  coordinator (theirs), skills learned (products in parentheses each), certificates
#  (`optional`), earlier jobs (moves in), a learner with no title (`optional`), lateral
#  posts, other employers, the body listed for signposting (never), the funder (never),
#  sectors)
_LEAFLETS = (
    ("Recovery Worker", ("Recovery Support Worker", "Recovery Practitioner"),
     ("Brightwater Recovery Trust", "Brightwater Recovery Trust"), "Volunteer Recovery Buddy",
     "Recovery Coordinator",
     (("case recording", ("Lamplight",)), "motivational interviewing", "harm reduction",
      "group facilitation"),
     ("Level 2 Certificate in Substance Misuse Awareness", "naloxone training"),
     ("Hostel Worker", "Prison Officer"), "recovery community members",
     ("Housing Support Worker", "Outreach Worker"),
     ("Kestrel Housing Association", "Tamsin Community Health CIC"), "Narcotics Anonymous",
     "The Harbour Foundation", ("Addiction services", "Voluntary sector")),
    ("Advice Worker", ("Welfare Rights Adviser", "Benefits Adviser"),
     ("Fernside Citizens Advice", "Fernside Citizens Advice"), "Volunteer Adviser",
     "Advice Services Coordinator",
     (("casework", ("Casebook",)), "benefit checks", "debt advice", "active listening"),
     ("Level 3 Certificate in Advice Practice", "basic DBS check"),
     ("Call Centre Agent", "Housing Officer"), "retired bankers",
     ("Debt Caseworker", "Energy Adviser"),
     ("Dunmore Law Centre", "Heathfield Housing Trust"), "Money Helpline Network",
     "Orchard Lane Charitable Trust", ("Advice services", "Voluntary sector")),
)


def _volpathway(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A charity's folded leaflet: panel markers, the charity number and leaflet code, photo
    captions, a volunteer's quotation and first name, fold lines, "the small print", the
    volunteer hub's phone and e-mail, the QR line, the funder (never) and a body "listed for
    signposting" that does not employ the role (never), the paid post (the role; "also
    called" names spellings), numbered steps (a ladder with the volunteer step; the bank
    hourly rate and the permanent range the role's, the Senior range the role's, the
    coordinator's range theirs; expenses no pay), "What you'll learn" (skills, products in
    parentheses each; certificates `optional`), "came to us as" and "from … as" (moves in; a
    learner with no title `optional`), "move across into" and "become" (lateral), "Where else"
    (employers) and "Sector:"."""
    variant = _begin(rng, g, ("leaflet", "webpage"))
    if variant == "webpage":
        return _webpage(rng, g)
    (job, akas, (printed, short), volunteer, coordinator, learn, certs, came, learners,
     laterals, others, signpost, funder, kinds) = rng.choice(_LEAFLETS)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[volunteer, job, senior], moves_in=list(came),
           transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(learn), others, kinds, [*certs, learners])
    bank = _hour(rng, 12, 14)
    _salary(g, bank, bank, "GBP", period="hour")
    permanent = (_whole(rng, 24, 26, 100), _whole(rng, 27, 28, 100))
    _salary(g, *permanent, "GBP")
    top = (permanent[1] + _whole(rng, 1, 2, 100), permanent[1] + _whole(rng, 3, 4, 100))
    _salary(g, *top, "GBP", level="Senior")
    theirs = (top[1] + _whole(rng, 1, 2, 100), top[1] + _whole(rng, 4, 5, 100))
    _salary(g, *theirs, "GBP", belongs_to=coordinator)
    expenses = _no_pay(g, rng.choice((5.5, 7.0, 8.5)), 0.5)
    number = rng.randint(1_000_000, 1_199_999)
    helper = rng.choice(("Dee", "Marcus", "Anwen"))
    g.must_not_appear += [signpost, funder, helper, "fold here", "the small print"]
    return ["[front panel]",
            f"{short.upper()}  (registered charity no. {number})",
            "FROM VOLUNTEER TO PAID WORK",
            f"Your route into a paid {job} post  ·  leaflet VP-{rng.randint(2, 9)}", "",
            "- - - - - - - - - - fold here - - - - - - - - - -", "",
            "[inside left panel]",
            f"A {job} — also called {_an(akas[0])} or {_an(akas[1])} — walks alongside people "
            "through their recovery and into a settled life.", "",
            "THE STEPS",
            f"STEP 1  {volunteer} (unpaid; expenses up to £{expenses:.2f} a day)",
            f"STEP 2  {job} (bank)  ·  £{bank:.2f} an hour",
            f"STEP 3  {job} (permanent)  ·  £{permanent[0]:,} – £{permanent[1]:,}",
            f"STEP 4  {senior}  ·  £{top[0]:,} – £{top[1]:,}",
            f"({coordinator} posts are advertised at £{theirs[0]:,} – £{theirs[1]:,}.)", "",
            "[inside middle panel]",
            "WHAT YOU'LL LEARN",
            *(f"• {_item(s)}" for s in learn),
            f"Accredited: {certs[0]}; {certs[1]}.", "",
            f"Our paid staff came to us as {_plural(_lower(came[0]))} and "
            f"{_plural(_lower(came[1]))}, and from among {learners}. Some move across into a "
            f"{laterals[0]} post or become {_plural(laterals[1])} in the housing team.", "",
            "[inside right panel]",
            f"\"I started on Tuesdays making tea. Now I run the group.\" — {helper}", "",
            f"Where else {_plural(_lower(job))} are employed: {others[0]} · {others[1]} · "
            f"{signpost} does NOT employ paid staff (listed for signposting)",
            f"Sector: {kinds[0].lower()} · {kinds[1].lower()}", "",
            "[back panel]",
            f"The small print: funded by {funder}. Volunteer hub 01000 000000 · "
            "scan the QR code to register."]


# (the paid post, "also called" names, the charity (printed, short), the volunteer step, the
#  area manager (theirs), what you learn (products in parentheses each), vetting and first aid
#  (`optional`), earlier jobs (moves in), lateral posts, other charity employers, the scheme's
#  state department (never), sectors)
_WEB_PATHS = (
    ("Community Fundraiser", ("Fundraising Officer", "Events Fundraiser"),
     ("Cúram Hospice Foundation CLG", "Cúram Hospice Foundation"), "Volunteer Event Steward",
     "Regional Fundraising Manager",
     (("donor database", ("Raiser's Edge",)), "event planning", "public speaking",
      ("social media", ("Facebook", "Instagram"))),
     ("Garda vetting", "manual handling course"), ("Sales Representative", "Event Coordinator"),
     ("Corporate Partnerships Officer", "Legacy Officer"),
     ("Laois Hospice Care", "Midlands Cancer Support"), "Department of Rural Affairs",
     ("Charities", "Fundraising")),
    ("Hospice Care Assistant", ("Healthcare Assistant", "Care Assistant"),
     ("Cúram Hospice Foundation CLG", "Cúram Hospice Foundation"), "Volunteer Ward Companion",
     "Clinical Nurse Manager",
     (("moving and handling", ("hoists", "slide sheets")), "personal care", "end-of-life care",
      ("care records", ("Epic",))),
     ("Garda vetting", "QQI Level 5 Healthcare Support"), ("Home Help", "Shop Assistant"),
     ("Day Hospice Assistant", "Bereavement Support Worker"),
     ("Laois Hospice Care", "Midlands Cancer Support"), "Department of Rural Affairs",
     ("Palliative care", "Health")),
)


def _webpage(rng: random.Random, g: Guide) -> list[str]:
    """A charity's volunteer-to-paid web page: the site's navigation, language switch, open
    evening, the state department paying a scheme (never), donate buttons and the footer
    (chrome), the paid post (the role; "also called" spellings), the route at a glance with
    `▸` (a ladder with the volunteer step), "Learn:" lines under steps (skills, products in
    parentheses each; vetting and courses `optional`), pay in EUR (the sessional hourly rate
    and the yearly range the role's, the Senior range the role's, the area manager's range
    theirs; a Sunday premium and a Christmas bonus no pay), "joined us from … as" (moves in),
    "moved across to run … as" (lateral), "Other charity employers" and "Sector:"."""
    (job, akas, (printed, short), volunteer, manager, learn, checks, came, laterals, others,
     department, kinds) = rng.choice(_WEB_PATHS)
    senior = f"Senior {job}"
    occupy(g, job, ladder=[volunteer, job, senior], moves_in=list(came),
           transitions=list(laterals))
    _spell(g, *akas)
    _legal(g, printed, short)
    _facts(g, _skills(learn), others, kinds, checks)
    sessional = _hour(rng, 15, 17)
    _salary(g, sessional, sessional, "EUR", period="hour")
    yearly = (_whole(rng, 31, 33, 100), _whole(rng, 36, 38, 100))
    _salary(g, *yearly, "EUR")
    top = (yearly[1] + _whole(rng, 1, 2, 100), yearly[1] + _whole(rng, 5, 6, 100))
    _salary(g, *top, "EUR", level="Senior")
    theirs = (top[1] + _whole(rng, 3, 4, 100), top[1] + _whole(rng, 9, 11, 100))
    _salary(g, *theirs, "EUR", belongs_to=manager)
    bonus = int(_no_pay(g, rng.choice((150, 200, 250)), 25))
    half = len(learn) // 2
    g.must_not_appear += [department, "Open evening", "Donate now", "Gaeilge"]
    return [f"{short}   Home | Our care | Shops | Get involved | Donate now | English · Gaeilge",
            "", f"Get involved › Volunteer › From volunteer to {_lower(job)}", "",
            f"From volunteer to paid {job}",
            f"Our {_plural(_lower(job))} (also called {_plural(akas[0].lower())} or "
            f"{_plural(akas[1].lower())}) often started with us as volunteers.", "",
            f"The route at a glance: {volunteer} ▸ {job} ▸ {senior}", "",
            f"1. {volunteer}",
            "Learn: " + ", ".join(_item(s) for s in learn[:half]), "",
            f"2. {job}",
            f"Sessional work at €{sessional:.2f} an hour, then a permanent post at "
            f"€{yearly[0]:,}–€{yearly[1]:,} a year. Learn: "
            + ", ".join(_item(s) for s in learn[half:]) + ".", "",
            f"3. {senior}",
            f"€{top[0]:,}–€{top[1]:,}. Our {manager} posts pay €{theirs[0]:,}–€{theirs[1]:,}.",
            f"A Sunday premium and a €{bonus} Christmas bonus are paid on top.", "",
            f"Before you start: {checks[0]} and a {checks[1]}.", "",
            f"Colleagues joined us from retail and events as {_plural(_lower(came[0]))} and "
            f"{_plural(_lower(came[1]))}. Two moved across to run our appeals as "
            f"{_plural(laterals[0])} and {_plural(laterals[1])}.", "",
            f"Other charity employers: {others[0]}; {others[1]}",
            f"Sector: {kinds[0]}, {kinds[1]}", "",
            f"Our community employment places are paid by the {department}.",
            "Open evening every first Tuesday · Donate now",
            f"© {printed} · Registered charity"]


FAMILY36_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "libstaff": _libstaff, "danskmt": _danskmt, "fiforoster": _fiforoster,
    "clubstaff": _clubstaff, "rotabanding": _rotabanding, "volpathway": _volpathway,
}
