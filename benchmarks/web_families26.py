"""Generator renderers for the six page families of held-back set 26 (classified ads ...).

Held-back set 26 showed six more kinds of page users bring: a paper's classified job ads (a
printed section under one category with ad prices, run dates and terse abbreviated ads, or
the paper's online classifieds with filters and "Report ad"), an Indonesian job posting read
through a browser translator (a job board's posting with a header band, a trainee programme
and a salary insight, or a factory-jobs blog's shouted vacancy with a salary box by
experience and other vacancies in "jt"), a departing employee's handover note (a numbered
note with a recurring-work table, the post's grade and the author's route, or a wiki page of
transition notes with pay grades of the role), a workforce plan (a council's section with an
establishment table and "grow our own" pipelines, or a hospital trust's board paper with
bands in prose and a described pathway), a government skills-shortage assessment of one
occupation (a national list's occupation page with ratings by state, or a migration
committee's annex with an indicator table and pay bands) and an infographic saved as text
(alt text and recognised text with figures over their labels and a ladder wrapping in
columns, or a screen-reader text version with "Square N" panels, a checklist and salary
coins).  These renderers write such pages from a planned guide, two variants a family, about
occupations that fit them (occupy()); every fact the truth keeps is printed and what a style
does not state is cleared.

>>> _idr(7_500_000, "full"), _idr(8_200_000, "million"), _idr(5_600_000, "jt")
('Rp 7.500.000', 'Rp 8,2 million', 'Rp 5,6 jt')
>>> _columns(["Lab Technician", "Crime Lab Director"], 13)
['Lab          Crime Lab', 'Technician   Director']
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _a, _prose_list, _salary, occupation_role, occupy, pick_chance
from benchmarks.web_families19 import _apart
from benchmarks.web_families24 import _begin, _no_pay

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY26_ALIAS_LAYOUTS", "FAMILY26_LADDER_LAYOUTS", "FAMILY26_LAYOUTS",
           "FAMILY26_RENDERERS"]

FAMILY26_LAYOUTS = ("classifieds", "indomt", "handover", "workforceplan", "shortagelist",
                    "infographic")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY26_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY26_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _idr(amount: int, how: str, space: bool = True) -> str:
    """A rupiah amount as an Indonesian page prints it and a translator leaves it: in full
    with dots ("Rp 7.500.000"), in millions with a decimal comma ("Rp 8,2 million") or in
    juta ("Rp 5,6 jt"); ``space`` False glues the figure to "Rp" ("Rp4,8 million")."""
    rp = "Rp " if space else "Rp"
    if how == "full":
        return rp + f"{amount:,}".replace(",", ".")
    millions = f"{amount / 1_000_000:g}".replace(".", ",")
    return rp + millions + (" jt" if how == "jt" else " million")


def _columns(titles: list[str], width: int) -> list[str]:
    """Titles set side by side in columns ``width`` wide, each wrapped at word boundaries as
    an image's narrow panels wrap them (the lines of one title are not adjacent in the text
    a recogniser gives)."""
    wrapped: list[list[str]] = []
    for title in titles:
        lines: list[str] = []
        for word in title.split():
            if lines and len(lines[-1]) + 1 + len(word) <= width - 2:
                lines[-1] += " " + word
            else:
                lines.append(word)
        wrapped.append(lines)
    depth = max(len(w) for w in wrapped)
    rows = []
    for i in range(depth):
        cells = [w[i] if i < len(w) else "" for w in wrapped]
        rows.append("".join(f"{c:<{width}}" for c in cells[:-1]) + cells[-1])
    return [r.rstrip() for r in rows]


def _cap(text: str) -> str:
    """``text`` with its first letter capitalised and the rest kept ("HACCP logs")."""
    return text[:1].upper() + text[1:]


def _wrap(text: str, width: int) -> list[str]:
    """``text`` wrapped at spaces only (a hyphenated name stays whole on its line)."""
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def _line_ad(text: str, dates: str, width: int = 89) -> list[str]:
    """A printed line ad: the text wrapped to the column, its run dates right-aligned on the
    last line."""
    lines = _wrap(text, width - 14)
    last = lines[-1]
    lines[-1] = last + dates.rjust(width - len(last))
    return lines


def _k(amount: int) -> str:
    """Thousands as a terse ad or a coin prints them: 52000 → "52"."""
    return f"{amount // 1000}"


# --------------------------------------------------------------------------------------
# A paper's classified job ads
# --------------------------------------------------------------------------------------
# (title, skills (three the main ad asks for, two the work-wanted ad offers, one the
#  institution's ad names), the rung above, a trade that is welcome to apply, an earlier
#  job of the work-wanted advertiser, what the main ad pays besides its guarantee, what a
#  self-employed worker rents, an institution hiring at an hourly band, the slash partner
#  title of the online ad, the category)
_CLASSIFIED = (
    ("Dog Groomer", "hand-stripping|scissor finishes|de-matting|nail clipping|breed trims|"
     "flea treatments", "Salon Manager", "Kennel Assistant", "army dog handler", "50% comm.",
     "grooming table", "County Animal Shelter", "Receptionist", "Pets & Animals"),
    ("Locksmith", "lock picking|key cutting|uPVC lock repairs|safe opening|master key "
     "systems|access control wiring", "Workshop Manager", "Joiner", "police officer",
     "call-out comm.", "workshop bench", "State University Facilities", "Van Driver",
     "Trades & Services"),
    ("Upholsterer", "re-webbing|deep buttoning|foam cutting|spring tying|pattern matching|"
     "piping", "Workshop Manager", "Sewing Machinist", "sailmaker", "piece rate",
     "bench space", "Civic Theatre Workshops", "Delivery Driver", "Crafts & Trades"),
    ("Line Cook", "knife skills|grill station|prep lists|HACCP logs|sauce work|plating",
     "Kitchen Manager", "Kitchen Porter", "navy culinary specialist", "a share of tips",
     "dark-kitchen station", "Riverside Hospital Kitchens", "Barista", "Catering & Hospitality"),
)
_CLASSIFIED_FIRMS = ("Hollins", "Brackett", "Oakes", "Pennick", "Saltash", "Yardley")
_CLASSIFIED_SHOPS = {"Dog Groomer": "Grooming Parlour", "Locksmith": "Locks & Keys",
                     "Upholsterer": "Upholstery", "Line Cook": "Diner"}
_PAPERS = (("THE BRANDON VALLEY ECHO", "Market Sq"), ("THE CALDER FALLS HERALD", "Mill Row"),
           ("THE NORTH FORK GAZETTE", "Depot St"))
# A featured ad for another trade: (title, firm, US licence, UK licence).
_FEATURED = (("Tanker Driver", "Marsh Lane Dairies", "CDL-A", "C+E licence"),
             ("Scaffolder", "Highrig Access", "OSHA 10 card", "CISRS card"),
             ("Tree Surgeon", "Greenbough Tree Care", "chainsaw certificate", "NPTC CS30"))


def _classifieds(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("print", "online"))
    (title, skills, manager, feeder, earlier, kicker, rent, institution, partner,
     category) = rng.choice(_CLASSIFIED)
    names = rng.sample(_CLASSIFIED_FIRMS, 4)
    shop = _CLASSIFIED_SHOPS[title]
    firms = [f"{names[0]}'s {shop}", f"{names[1]} & Sons {shop}", f"{names[2]} {shop}"]
    skill = skills.split("|")
    featured, featured_firm, us_licence, uk_licence = rng.choice(_FEATURED)
    licence = uk_licence if variant == "online" else us_licence
    g.optional += [featured, featured_firm, licence]
    contacts = rng.sample(("Dale", "Maureen", "Vic", "Shirley", "Glen", "Bev"), 2)
    g.must_not_appear.append(f"Ask for {contacts[1]}")
    if variant == "online":
        return _classifieds_online(rng, g, title, skill, manager, feeder, rent, partner,
                                   category, firms, featured, featured_firm, licence,
                                   contacts)
    occupy(g, title, ladder=[f"Apprentice {title}", title, manager],
           moves_in=[feeder, earlier.title()])
    g.skills = {"top": skill}
    g.employers = [*firms, institution]
    paper, street = rng.choice(_PAPERS)
    g.must_not_appear += [paper.title().replace("The ", ""), street, "EOE", "TFN",
                          "Email alerts", f"Call {contacts[0]}"]
    guar = rng.randint(15, 21)
    _salary(g, guar, guar, period="hour", point=True)
    appr = int(_apart(guar - rng.randint(4, 6), [float(guar)]))
    _salary(g, appr, appr, period="hour", point=True, level="Apprentice")
    low = rng.randint(42, 56) * 1000
    high = low + rng.randint(4, 8) * 1000
    _salary(g, low, high, level="Senior")
    _salary(g, low, high, belongs_to=manager)
    f_low = round(guar + rng.randint(2, 5) + rng.randint(0, 9) / 10, 2)
    f_low = _apart(f_low, [float(guar), float(appr)])
    f_high = round(f_low + rng.randint(2, 4) + 0.5, 2)
    _salary(g, f_low, f_high, period="hour")
    o_low = rng.randint(24, 30)
    o_high = o_low + rng.randint(4, 7)
    _salary(g, o_low, o_high, period="hour", belongs_to=featured)
    booth = _no_pay(g, rng.choice((125, 150, 175)), 5)
    price = rng.choice(("$9.50", "$8.75", "$11.00"))
    dash = "-" * 89
    code = rng.randint(3, 6) * 10
    trade = title.upper()
    ads = [_line_ad(f"{trade} WANTED. Busy shop, steady trade. Exp'd {title.lower()} w/ min 2 "
                    f"yrs exp. Must do {skill[0]}, {skill[1]} & {skill[2]}. ${guar}/hr guar. "
                    f"or {kicker}, whichever is more. FT/PT, Tues-Sat. Call {contacts[0]} @ "
                    f"{firms[0]}, 555-01{rng.randint(10, 99)} after 5 p.m.", "11/18-12/2"),
           _line_ad(f"APPRENTICE {trade} - will train. ${appr}/hr while you log your hrs w/ "
                    f"the state board. Move up to full {title.lower()}, then {manager.lower()} "
                    f"for the right person. Apply in person, {firms[1]}. No calls pls.",
                    "11/20-12/4"),
           _line_ad(f"EXP'D {trade} / {manager.upper()}. Family-owned {firms[2]} seeks exp'd "
                    f"{title.lower()} (5+ yrs) to run our 2nd location. ${_k(low)}-{_k(high)}K "
                    f"DOE + profit share. {feeder}s w/ crossover exp. welcome to apply.",
                    "11/13-12/11"),
           _line_ad(f"{trade} - {institution}. County position, ${f_low:.2f}-${f_high:.2f}/hr, "
                    f"full benefits. {_cap(skill[5])} a plus. EOE", "11/20-12/18"),
           _line_ad(f"{trade} - rent a {rent}, ${booth:.0f}/wk, bring your own clients. "
                    f"{rng.choice(('Ridgeway', 'Northgate', 'Southside'))} Rooms, 555-0193.",
                    "11/06-TFN")]
    body = [line for ad in ads for line in (*ad, dash)]
    return [f"{paper:<67}CLASSIFIEDS",
            f"Serving the valley since 19{rng.randint(10, 49)}{'':<35}Thurs., Nov. "
            f"{rng.randint(3, 27)}, 2026",
            f"To place an ad call 555-01{rng.randint(10, 99)} or stop by "
            f"{rng.randint(2, 40)} {street}. Deadline for Tues. paper is Fri. noon.",
            f"Line ads 20 words {price}, ea. add'l word 25c. Bold headline $3 extra.", "",
            f"400 EMPLOYMENT  >  4{code} {category.upper()}{'':<22}6 ads  |  Print  |  "
            "Email alerts",
            f"  410 Help Wanted - General   420 Skilled Trades   4{code} {category}   "
            "490 Work Wanted", "", dash, *body, "",
            f"490 WORK WANTED (1 ad matching \"{title.lower()}\")",
            *_wrap(f"SEMI-RETIRED {trade}, ex-{earlier} (20 yrs), seeks PT work, Sat. "
                           f"only. {_cap(skill[3])}, {skill[4]}. Ask for {contacts[1]} "
                           "555-0110.", 89), "",
            f"  FEATURED  |  {featured.upper()} - {featured_firm}. ${o_low}-{o_high}/hr DOE. "
            f"{licence} pref. 555-0150", "",
            "Ads are accepted in good faith; the paper is not responsible for claims made by "
            "advertisers.", f"Never send money to an employer. (c) 2026 {paper.title()}"]


def _classifieds_online(rng: random.Random, g: Guide, title: str, skill: list[str],
                        manager: str, feeder: str, rent: str, partner: str, category: str,
                        firms: list[str], featured: str, featured_firm: str, licence: str,
                        contacts: list[str]) -> list[str]:
    """The paper's online classifieds: site navigation, an ad price, filters, ads ending
    "Posted … · Ref … · Report ad", a part-time hourly band, an experienced point shared
    with a slash partner, a trainee's two hourly points and "prog. to", a senior band shared
    with the rung above, a self-employed rate band and a featured ad."""
    trainee = f"Trainee {title}"
    occupy(g, title, ladder=[trainee, title, manager], moves_in=[feeder])
    g.skills = {"top": skill}
    g.employers = firms
    g.optional.append(partner)
    site = rng.choice(("Tamsey Valley Gazette", "Wealdbrook Courier", "Harrowgate Post"))
    town = rng.choice(("Ledworth", "Cobham Cross", "Stannard"))
    initials = "".join(w[0] for w in site.split())
    refs = [f"{initials}-{rng.randint(40000, 49999)}" for _ in range(4)]
    g.must_not_appear += [site, "Report ad", "Post an ad", "Sign in", refs[0], "safety tips",
                          "Sort"]
    p_low = rng.randint(1350, 1550) / 100
    p_high = round(p_low + rng.choice((1.25, 1.5, 2.0)), 2)
    _salary(g, p_low, p_high, "GBP", period="hour")
    point = rng.randint(24, 29) * 1000 + rng.choice((0, 500))
    _salary(g, point, point, "GBP", point=True, level="Senior")
    _salary(g, point, point, "GBP", point=True, belongs_to=partner)
    used = [p_low, p_high]
    start = _apart(rng.randint(1050, 1120) / 100, used)
    later = _apart(round(start + 1.21, 2), used)
    _salary(g, start, start, "GBP", period="hour", point=True, level="Trainee")
    _salary(g, later, later, "GBP", period="hour", point=True, level="Trainee")
    s_low = _apart(point / 1000 + rng.randint(3, 5), [point / 1000]) * 1000
    s_high = s_low + rng.randint(2, 4) * 1000
    _salary(g, int(s_low), int(s_high), "GBP", level="Senior")
    _salary(g, int(s_low), int(s_high), "GBP", belongs_to=manager)
    w_low = int(_apart(rng.randint(20, 26), used))
    w_high = int(_apart(w_low + rng.randint(4, 7), used))
    _salary(g, w_low, w_high, "GBP", period="hour")
    f_point = _apart(rng.randint(1250, 1450) / 100, [])
    _salary(g, f_point, f_point, "GBP", period="hour", point=True, belongs_to=featured)
    hols = _no_pay(g, rng.choice((25, 28, 30)), 1)
    handle = "jobs@" + firms[0].split()[0].lower().removesuffix("'s") + ".example"
    upper = title.upper()
    ads = [(f"{upper} P/T REQ. for busy {rng.choice(('family firm', 'town-centre shop'))}, "
            f"3 days/wk (Tue-Thu). {_cap(skill[0])} & {skill[1]} ess., {skill[2]}. "
            f"£{p_low:.2f}-£{p_high:.2f} p/h DOE. {firms[0]}, {town}. CV to {handle}, "
            f"closing 12/12.", f"Posted 2 days ago · Ref {refs[0]} · Report ad"),
           (f"EXP'D {upper} / {partner.upper()} wanted. {_cap(skill[3])}, {skill[4]}. F/T, "
            f"£{point:,} pa + {hols:.0f} days hols. Could suit someone stepping up from "
            f"{_a(feeder)} {feeder.lower()} post. {firms[1]}, Tel 01632 960 "
            f"1{rng.randint(10, 99)}.", f"Posted 4 days ago · Ref {refs[1]} · Report ad"),
           (f"TRAINEE {upper}. No exp nec., full training given. Starts £{start:.2f} p/h, "
            f"rising to £{later:.2f} p/h after 6 mths; prog. to {title.lower()} then "
            f"{manager.lower()} for the right person. Apply in writing: {firms[2]}.",
            f"Posted 1 wk ago · Ref {refs[2]} · Report ad"),
           # (the band as the truth has it: "£33.5-37.5k", never rounded to "£34-38k")
           (f"SNR {upper} / {manager.upper()}, {skill[5]} a must. £{s_low / 1000:g}-"
            f"{s_high / 1000:g}k + profit share. {firms[0]}, nr {town}.",
            f"Posted 2 wks ago · Ref {refs[3]} · Report ad")]
    if rng.random() < 0.5:
        ads[0], ads[3] = ads[3], ads[0]
    out = [f"{site}  |  Jobs & Classifieds",
           "News  Sport  What's On  Jobs  Property  Motors  Notices          Post an ad (from "
           f"£{rng.choice(('4.99', '3.50', '5.95'))})  Sign in",
           f"Home > Classifieds > Jobs > {category}", "",
           f"{category}: 6 ads within 15 miles of {town}          Sort: Newest first v",
           "Filter: [x] Full time  [x] Part time  [ ] Work wanted  [ ] Temporary", ""]
    for text, posted in ads:
        out += [*_wrap(text, 90), posted, ""]
    wanted = (f"WORK WANTED. SELF-EMPLOYED {upper}, rent my own {rent}. Rates £{w_low}-"
              f"£{w_high} p/h. 15 yrs in practice. Ask for {contacts[1]}, 07700 900 "
              f"4{rng.randint(10, 99)}.")
    return [*out, *_wrap(wanted, 90), "Posted 1 wk ago · Report ad", "",
            f"FEATURED  {featured.upper()}, {licence}. £{f_point:.2f} p/h + overtime. "
            f"{featured_firm}.", "", "Never pay an advertiser for a job or training. See our "
            "safety tips.", f"Adverts are published as supplied. © {site} 2026 · Terms · "
            "Privacy"]


# --------------------------------------------------------------------------------------
# An Indonesian job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (translated title, Indonesian title, the company's other title, rungs above (English,
#  Indonesian abbreviation), the trainee programme's title, duties' skills (four techniques,
#  then two systems), industry, the
#  company's business, earlier jobs (English, Indonesian), degree field, another vacancy)
_LOKER = (
    ("Mill Assistant", "Asisten Pabrik", "Process Assistant",
     (("Head Mill Assistant", "Askep Pabrik"), ("Mill Manager", "Manajer PKS")),
     "Management Trainee", "boiler operation|sterilizer loading|oil extraction rate "
     "monitoring|effluent treatment|SAP|Microsoft Excel", "Palm oil processing",
     "a palm oil mill company", (("Mill Foreman", "mandor pabrik"),
                                 ("Laboratory Analyst", "analis lab")),
     "Chemical Engineering", "Boiler Operator"),
    ("Sales Canvasser", "Sales Kanvas", "Motorist Salesman",
     (("Sales Supervisor", "SPV Sales"), ("Area Sales Manager", "ASM")),
     "Sales Trainee", "route planning|stock rotation|display merchandising|cash deposit "
     "reconciliation|SFA app|Microsoft Excel", "FMCG distribution", "a consumer goods distributor",
     (("Shop Assistant", "pramuniaga"), ("Courier", "kurir")), "Management", "Merchandiser"),
    ("Production Operator", "Operator Produksi", "Machine Operator",
     (("Line Leader", "Leader Line"), ("Production Foreman", "Foreman Produksi"),
      ("Production Supervisor", "SPV Produksi")),
     "Production Trainee", "injection moulding|5S|Kaizen|quality check sheets|Minitab|"
     "Microsoft Excel", "Automotive components", "an automotive parts maker",
     (("Packing Helper", "helper packing"), ("Warehouse Helper", "helper gudang")),
     "Mechanical Engineering", "Forklift Operator"),
    ("Pond Technician", "Teknisi Tambak", "Shrimp Farm Technician",
     (("Pond Head", "Kepala Tambak"), ("Farm Manager", "Manajer Tambak")),
     "Aquaculture Trainee", "water quality testing|feeding programs|aerator maintenance|"
     "probiotic dosing|JALA app|Microsoft Excel", "Aquaculture", "a shrimp farming company",
     (("Pond Worker", "anak kolam"), ("Feed Keeper", "tukang pakan")), "Fisheries",
     "Hatchery Technician"),
)
_PT = ("PT Sinar Tirta Mandiri", "PT Bumi Hijau Perkasa", "PT Karya Nusa Sejahtera",
       "PT Cahaya Samudra Abadi", "PT Mitra Tunas Utama")
_PT_OTHERS = ("PT Dharma Jaya", "PT Lintas Kemas", "PT Surya Pratama", "PT Anugerah Baru")
_PROVINCES = (("Riau", "Pekanbaru"), ("Central Java", "Semarang"), ("Lampung", "Bandar Lampung"),
              ("East Java", "Sidoarjo"), ("South Sumatra", "Palembang"))
_ID_BARS = ("Translated from: Indonesian   Show original   Always translate Indonesian   "
            "Options v   x", "Google Translate   Indonesian > English   Show original   "
            "Rate this translation")


def _indomt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("board", "blog"))
    (title, indo, alt, rungs, trainee, skills, industry, business, feeders, field,
     other) = rng.choice(_LOKER)
    firm = rng.choice(_PT)
    province, city = rng.choice(_PROVINCES)
    rung_names = [r for r, _ in rungs]
    feeder_names = [f for f, _ in feeders]
    skill = skills.split("|")
    bar = rng.choice(_ID_BARS)
    g.must_not_appear += ["Show original"]
    low = rng.randint(42, 68) * 100_000
    low += 100_000 if low % 1_000_000 == 0 else 0
    high = low + rng.randint(5, 15) * 100_000
    if variant == "blog":
        return _loker_blog(rng, g, title, indo, alt, rungs, skill, industry, business,
                           feeders, other, firm, city, bar, low, high)
    occupy(g, title, ladder=[trainee, title, *rung_names], moves_in=feeder_names)
    g.aliases = [indo, alt]
    g.role.spellings += [indo, alt]
    g.skills = {"top": skill}
    g.employers, g.sectors = [firm], [industry]
    board = rng.choice(("KarirNusa.id", "LokerKita.co.id", "KerjaYuk.id"))
    g.must_not_appear += [board, "Apply Quickly", "Salary displayed by company",
                          "Report this job", "field allowance", "Rice rations", "THR"]
    g.optional += [f"S1 {field}", "SIM C", "BPJS", "SOP", *(k for _, k in rungs)]
    _salary(g, low, high, "IDR", period="month")
    average = (low + high) // 200_000 * 100_000 + 100_000
    _salary(g, average, average, "IDR", period="month", point=True, region=province)
    r_low, r_high = low // 1_000_000 * 1_000_000, (high // 1_000_000 + 2) * 1_000_000
    _salary(g, r_low, r_high, "IDR", period="month", region=province)
    t_pay = low - rng.randint(8, 15) * 100_000
    _salary(g, t_pay, t_pay, "IDR", period="month", point=True, belongs_to=trainee)
    similar = []
    for (name, word), base in zip(feeders, (rng.randint(30, 36), rng.randint(37, 42)),
                                  strict=True):
        s_low, s_high = base * 100_000, (base + rng.randint(5, 9)) * 100_000
        _salary(g, s_low, s_high, "IDR", period="month", belongs_to=name)
        similar.append(f"{name} ({word.title()})".ljust(34)
                       + f"{_idr(s_low, 'full')} - {_idr(s_high, 'full')}")
    top_low = rng.randint(15, 20) * 1_000_000
    top_high = top_low + rng.randint(4, 8) * 1_000_000
    _salary(g, top_low, top_high, "IDR", period="month", belongs_to=rung_names[-1])
    similar.append(f"{rung_names[-1]:<34}{_idr(top_low, 'million')} - "
                   f"{_idr(top_high, 'million')}")
    path = " → ".join([title, *(f"{r} ({k})" for r, k in rungs)])
    reports = rng.randint(40, 180)
    per = (" per month", "/month")[reports % 2]  # from a drawn figure: no draw of its own
    return [bar, f"{board}   Find Jobs   Company Profiles   Career Tips   Salary Check      "
            "Login   Register", f"Home / Jobs / {industry} / {province} / {title}", "",
            f"{title} ({indo}) - {trainee} Program 2027", f"{firm}  ·  {city}, {province}",
            f"{_idr(low, 'full')} - {_idr(high, 'full')}{per}"
            "      [Salary displayed by company]",
            f"Full time · Permanent · Posted {rng.randint(2, 9)} days ago · "
            f"{rng.randint(20, 90)} applicants          [Apply Quickly]  [Save]", "",
            f"Industry: {industry}          Company size: 1,001-5,000 employees",
            "Education: Bachelor (S1)                       Experience: 0-2 years", "",
            "Job description", f"{firm} is {business} with operations in {province}. We are "
            f"opening recruitment for {title}s ({alt}) to be placed in our units.", "",
            "Responsibilities:", f"• Lead the daily work of the unit, including {skill[0]} and "
            f"{skill[1]} in accordance with SOP", f"• Plan and supervise {skill[2]} and "
            f"{skill[3]}", f"• Use the {skill[4]} on a tablet for daily reports", "",
            "Qualification:",
            f"• Minimum S1 {field}, GPA min. 2.75",
            f"• Fresh graduates are welcome; experience as {_a(feeders[0][0])} "
            f"{feeders[0][0].lower()} ({feeders[0][1]}) or {feeders[1][0].lower()} "
            f"({feeders[1][1]}) is an added value",
            "• Willing to be placed outside the city, healthy physically and mentally",
            "• Have a motorbike driving license (SIM C)",
            f"• Able to operate {skill[5]}", "", "Benefits:",
            "• Basic salary + field allowance, staff mess, electricity and clean water",
            f"• Rice rations (natura) {rng.choice((10, 15, 20))} kg/month",
            "• BPJS Health and BPJS Employment",
            "• Holiday allowance (THR) and production bonus", "", "Career path:", path,
            f"New graduates first join the {trainee} program for 6 months with a salary of "
            f"{_idr(t_pay, 'full')}/month before being appointed {title}.", "",
            "How to apply: click \"Apply Quickly\" and complete your profile. Only shortlisted "
            "candidates will be contacted. This recruitment is free of charge.", "",
            f"Salary Insight: {title}",
            f"Average salary in {province}: {_idr(average, 'million')}/month (from {reports} "
            "salary reports)",
            f"Range: {_idr(r_low, 'million')} – {_idr(r_high, 'million')} per month",
            f"Similar jobs:  {similar[0]}", *(f"               {s}" for s in similar[1:]), "",
            f"Report this job   ·   © 2026 {board}   ·   Privacy Policy   ·   Terms"]


def _loker_blog(rng: random.Random, g: Guide, title: str, indo: str, alt: str,
                rungs: tuple[tuple[str, str], ...], skill: list[str], industry: str,
                business: str, feeders: tuple[tuple[str, str], ...], other: str, firm: str,
                city: str, bar: str, low: int, high: int) -> list[str]:
    """A factory-jobs blog's vacancy: a shouted title, numbered requirements with education
    codes, "Facility" with a gross band and allowances, an arrow path, a salary box by years
    of experience beside the regional minimum wage, other vacancies in "jt" and a day rate."""
    rung_names = [r for r, _ in rungs]
    feeder_names = [f for f, _ in feeders]
    occupy(g, title, ladder=[title, *rung_names], moves_in=feeder_names)
    g.aliases = [indo, alt, f"{title} Staff"]
    g.role.spellings += g.aliases
    g.skills = {"top": skill}
    g.employers, g.sectors = [firm], [industry]
    others = rng.sample(_PT_OTHERS, 2)
    blog = rng.choice(("LokerPabrik.info", "InfoKerjaKawasan.com", "LowonganIndustri.net"))
    regency = f"{city} City"
    tag = "#loker" + city.split()[-1].lower()
    g.must_not_appear += ["Rate this translation" if "Rate" in bar else "Always translate",
                          blog, "URGENTLY NEEDED", "shift allowance", "meal money", "THR",
                          f"UMK {regency}", tag, "Disclaimer"]
    g.optional += [other, *others, "D3", "SMK", "KTP"]
    _salary(g, low, high, "IDR", period="month")
    fresh = low - rng.randint(3, 6) * 100_000
    mid = low + 100_000
    senior = high + rng.randint(2, 5) * 100_000
    _salary(g, fresh, fresh, "IDR", period="month", point=True, level="Entry")
    _salary(g, mid, mid, "IDR", period="month", point=True)
    _salary(g, senior, senior, "IDR", period="month", point=True, level="Senior")
    umk = int(_no_pay(g, rng.randint(4700, 5600) * 1000, 1000))
    meal = int(_no_pay(g, rng.choice((20_000, 25_000, 30_000)), 1000))
    o_pay = rng.randint(45, 65) * 100_000
    _salary(g, o_pay, o_pay, "IDR", period="month", point=True, belongs_to=other)
    day = rng.randint(15, 22) * 10_000
    _salary(g, day, day, "IDR", period="day", point=True, belongs_to=feeder_names[1])
    top_low = rng.randint(8, 11) * 1_000_000
    top_high = top_low + rng.randint(2, 4) * 1_000_000
    _salary(g, top_low, top_high, "IDR", period="month", belongs_to=rung_names[-1])
    path = " → ".join([title, *rung_names])
    glue = pick_chance(rng, 0.5)  # the box's figures glued to "Rp" or spaced
    return [bar, f"{blog} - Factory, Warehouse & Industrial Estate Job Vacancies",
            f"Home » {city} » {industry} » {title}", "",
            f"[URGENTLY NEEDED] {title.upper()} STAFF - {firm} ({city})",
            f"Posted: {rng.randint(1, 28)} November 2026  |  Deadline: 15 December 2026  |  "
            f"Seen: {rng.randint(900, 4000):,} times", "",
            f"{firm} is {business} in the {industry.lower()} industry, with a plant in "
            f"{city}. We invite the best sons and daughters of the nation to fill the "
            "position:", "", f"{title.upper()} ({indo}) - {rng.randint(2, 6)} people", "",
            "Requirements:", "1. Male/Female, max. 30 years old",
            "2. Minimum education D3 / SMK all majors",
            f"3. Minimum 1 year experience as {title.lower()}, {feeders[0][0].lower()} or "
            f"{feeders[1][0].lower()} ({feeders[1][1]}); fresh graduates are welcome to apply",
            f"4. Master {skill[5]} and are familiar with the {skill[4]}",
            f"5. Understand {skill[0]} and {skill[1]}",
            "6. Thorough, honest, willing to work in shifts",
            f"7. Domiciled around {city}", "", "Job description:",
            f"- Carry out {skill[2]} and {skill[3]} every shift",
            "- Record results in the daily report",
            f"- Report to the {rung_names[0]} ({alt} team)", "", "Facility:",
            f"- Salary {_idr(low, 'full')} - {_idr(high, 'full')} (gross)",
            f"- Overtime pay, shift allowance, meal money {_idr(meal, 'full')}/day",
            "- BPJS Health & Employment, THR", f"- Career path: {path}", "",
            "How to Apply:", "Send CV, photocopy of diploma and KTP to the HRD email with the "
            f"subject \"{indo.upper()} - NAME\" (chat only, no calls)",
            "*This vacancy is FREE OF CHARGE. Beware of fraud on behalf of the company.", "",
            "-" * 64, f"{title} Salary in {city} 2026",
            f"Fresh graduate      {_idr(fresh, 'million', not glue)}",
            f"1 - 3 years         {_idr(mid, 'million', not glue)}",
            f"More than 3 years   {_idr(senior, 'million', not glue)}",
            f"(Source: reader reports. For reference, UMK {regency} 2026: "
            f"{_idr(umk, 'full')})", "", f"Other vacancies in {city}",
            f"- {other} - {others[0]} - {_idr(o_pay, 'jt')}",
            f"- {feeder_names[1]} (Daily Worker) - {others[1]} - {_idr(day, 'full')}/day",
            f"- {rung_names[-1]} - {firm} - Rp {top_low // 1_000_000} - "
            f"{top_high // 1_000_000} jt", "",
            f"Tags: {tag} #lokerpabrik #lokerSMK",
            f"© 2026 {blog} | About | Contact | Disclaimer"]


# --------------------------------------------------------------------------------------
# A departing employee's handover note
# --------------------------------------------------------------------------------------
# (post, unit, organisation, the author's earlier jobs (first, then the one before the
#  post), predecessors' up move, a sideways move (title, its area), the author's next job
#  and its employer, recurring work (technique, when, system), line manager, grade)
_NOTES = (
    ("Housing Officer", "Tenancy Services", "Brackley District Council",
     ("Customer Service Advisor", "Lettings Assistant"), "Housing Manager",
     ("Tenancy Sustainment Officer", "tenancy support"), ("Neighbourhood Coordinator",
                                                        "Eastgate Homes"),
     (("tenancy audits", "weekly", "Northgate Housing"),
      ("rent arrears recovery", "daily", "Rent Sense"),
      ("anti-social behaviour case reviews", "fortnightly", "ECINS"),
      ("void inspections", "per void", "Total Mobile"),
      ("performance reporting", "1st Monday", "Power BI")), "Head of Housing", 5),
    ("Clinical Trials Coordinator", "Cancer Research Unit", "Westmere University Hospitals",
     ("Data Entry Clerk", "Research Assistant"), "Trial Manager",
     ("Research Governance Officer", "research governance"), ("Clinical Research Associate",
                                                             "Corvel Clinical"),
     (("site file maintenance", "weekly", "eISF"),
      ("query resolution", "daily", "REDCap"),
      ("serious adverse event reporting", "within 24 hours", "InForm"),
      ("sample tracking", "per visit", "LabWare"),
      ("recruitment reporting", "monthly", "EDGE")), "Research Operations Manager", 6),
    ("Web Content Editor", "Digital Team", "Farley College",
     ("Library Assistant", "Content Assistant"), "Digital Content Manager",
     ("UX Writer", "user research"), ("Content Designer", "Halden Housing Group"),
     (("page updates", "daily", "Drupal"),
      ("accessibility checks", "weekly", "Siteimprove"),
      ("traffic reporting", "monthly", "Google Analytics"),
      ("search engine optimisation", "each cycle", "Semrush"),
      ("image alt text review", "per upload", "Cloudinary")), "Head of Marketing", 5),
)
_PEOPLE = ("Priya Okonjo", "Tom Haskett", "Grace Lindell", "Anil Barros", "Ruth Kessing",
           "Marek Dunne", "Hana Virtue", "Owen Sallis")


def _handover(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("note", "wiki"))
    if variant == "wiki":
        return _transition_wiki(rng, g)
    (post, unit, org, (first, before), up, (sideways, field), (next_job, next_org), work,
     manager, grade) = rng.choice(_NOTES)
    senior = f"Senior {post}"
    occupy(g, post, ladder=[first, before, post, senior], leads=[up],
           transitions=[sideways, next_job])
    g.skills = {"top": [t for t, _, _ in work], "tool": [s for _, _, s in work]}
    g.employers = [org]
    author, cover, contact = rng.sample(_PEOPLE, 3)
    g.must_not_appear += [author, cover, contact, "HANDOVER NOTE", "DRAFT v3",
                          "Things only I know", "HR-F12"]
    g.optional += [next_org, manager]
    bands = []
    base = rng.randint(27, 31) * 1000 + rng.randint(0, 999)
    for i in range(3):
        lo = int(base * 1.12 ** i) + rng.randint(0, 99)
        bands.append((lo, int(lo * 1.11)))
    _salary(g, *bands[1], "GBP")
    _salary(g, *bands[2], "GBP", level="Senior")
    _salary(g, *bands[0], "GBP", belongs_to=before)
    offer = rng.randint(int(bands[2][0] / 1000) + 1, int(bands[2][1] / 1000) + 2) * 1000
    _salary(g, offer, offer, "GBP", point=True, belongs_to=next_job)
    rows = [f"{t.capitalize():<40}| {when:<16}| {system}" for t, when, system in work]
    rows = [rows[0], *rng.sample(rows[1:], len(rows) - 1)]
    lines = ["HANDOVER NOTE", f"Post: {post}, {unit}", f"{unit}, {org}",
             f"Prepared by: {author}          Last working day: Friday 19 December 2026",
             f"Line manager: {manager}",
             f"Interim cover: {cover} ({before}, acting up from 5 January until the post is "
             "filled)", f"Status: DRAFT v3 - please do not circulate outside {unit}", "",
             "1. The role in a nutshell",
             f"I look after the {unit.lower()} caseload day to day. In practice that means "
             f"{work[0][0]}, {work[1][0]} and {work[2][0]}, and keeping {work[3][2]} and "
             f"{work[4][2]} up to date.", "", "2. Recurring work",
             f"{'Task':<40}| {'When':<16}| System", *rows, "",
             "3. Live items at 12 December",
             f"- Quarterly return: drafted, needs {manager} sign-off.",
             f"- {contact} is waiting for the {work[1][0]} figures (due 9 Jan).", "",
             "4. Key contacts", f"- {contact}, ext. {rng.randint(2000, 4999)}",
             "- IT service desk for system access", "",
             "5. Things only I know",
             f"{work[0][2]} logs you out after 30 minutes - save often.", ""]
    # heading spellings taken from a figure already drawn (no draw of their own, so the pages
    # after this one keep their random stream)
    about, going = (("About the post (for the recruitment panel)", "Where I'm going"),
                    ("The post, its grade and where it leads", "What I'm doing next"))[base % 2]
    pay = [f"6. {about}",
           f"The post is Grade {grade} (£{bands[1][0]:,} - £{bands[1][1]:,} a year). The "
           f"usual next step is {senior} (Grade {grade + 1}, £{bands[2][0]:,} - "
           f"£{bands[2][1]:,}).",
           f"I came into the job from {before} (Grade {grade - 1}, £{bands[0][0]:,} - "
           f"£{bands[0][1]:,}), and before that I was {_a(first)} {first}. Two of my "
           f"predecessors went on to become {up}s; one moved sideways into {field} as "
           f"{_a(sideways)} {sideways}.", "",
           f"7. {going}",
           f"I'm joining {next_org} as {_a(next_job)} {next_job} (about £{offer:,}), so "
           "you'll still hear from me!", "", "Page 1 of 2 · Handover template HR-F12"]
    return lines + pay


# (post, its short name, department, county, skills (three systems, then three tasks of the
#  recurring-work table), the next title, the
#  division head, the author's earlier job and where, a predecessor's sideways move and
#  where, the author's next employer)
_WIKIS = (
    ("Permit Technician", "Permit Tech", "Building Department", "Dunmore County",
     "Accela|Bluebeam|ArcGIS Online|plan intake|fee calculation|zoning lookups",
     "Plans Examiner", "Permit Center Manager", ("Title Clerk", "a title company"),
     ("Code Enforcement Officer", "Code Enforcement division"),
     "Harlow City Development Services"),
    ("Asset Management Technician", "AM Tech", "Water Utilities", "Pellston County",
     "Cityworks|ArcGIS Pro|SQL Server|CCTV pipe inspection review|hydrant flushing "
     "records|work order closeout", "Asset Management Analyst", "Utilities Asset Manager",
     ("Meter Reader", "the meter reading crew"), ("Water Quality Technician",
                                                  "Water Quality lab"),
     "Tri-Lakes Water District"),
    ("IT Support Technician", "Support Tech", "Information Technology", "Caswell County",
     "ServiceNow|Active Directory|Intune|laptop imaging|PowerShell scripting|network "
     "switch patching",
     "Systems Administrator", "IT Operations Manager",
     ("Retail Sales Associate", "an electronics store"), ("Cybersecurity Analyst",
                                                           "Security Office"),
     "Corlett School District"),
)


def _transition_wiki(rng: random.Random, g: Guide) -> list[str]:
    """Transition notes on a wiki page: wiki chrome, a purpose line naming who covers,
    duties in prose with systems and equipment, a markdown table of recurring work, scripts
    and servers, people, pay grades of the role ("Tech I", "Tech II") and of the next title,
    the author's earlier job, a predecessor's sideways move and the author's next job."""
    (post, short, dept, county, skills, next_title, head, (earlier, where),
     (sideways, office), next_org) = rng.choice(_WIKIS)
    occupy(g, post, ladder=[post, next_title, head], moves_in=[earlier],
           transitions=[sideways])
    g.aliases = [f"{post} II", f"{short} II"]
    g.role.spellings += g.aliases
    skill = skills.split("|")
    g.skills = {"top": skill}
    employer = f"{county} {dept}"
    g.employers = [employer]
    author, backup, junior = rng.sample(_PEOPLE, 3)
    prefix = short.split()[0].lower()
    server = f"{prefix.upper()}APP0{rng.randint(1, 4)}"
    g.must_not_appear += [author, backup, junior, f"{prefix}_sync.py", server,
                          f"svc_{prefix}", "Watch", "Comments (2)", "Confluence"]
    g.optional += [next_org]
    i_low = rng.randint(1900, 2300) / 100
    i_high = round(i_low * 1.25, 2)
    ii_low = _apart(round(i_low * 1.1, 2), [i_low, i_high])
    ii_high = _apart(round(ii_low * 1.25, 2), [i_low, i_high])
    _salary(g, i_low, i_high, period="hour")
    _salary(g, ii_low, ii_high, period="hour")
    n_low = rng.randint(60, 72) * 1000 + rng.randint(1, 9) * 100
    n_high = int(n_low * 1.25) // 100 * 100
    _salary(g, n_low, n_high, belongs_to=next_title)
    offer = rng.randint(n_low // 1000 + 2, n_high // 1000 - 2) * 1000
    _salary(g, offer, offer, point=True, belongs_to=next_title)
    grade = rng.randint(12, 16)
    table = [("Daily", _cap(skill[3]), skill[0]), ("Weekly", _cap(skill[4]), skill[1]),
             ("Monthly", _cap(skill[5]), skill[2])]
    return [f"Confluence   Spaces v   People   Create{'':<35}Search   ?   "
            f"{author.split()[0][0]}{author.split()[1][0]}",
            f"{dept} / {county} / Staff pages", f"Transition notes - {post} II ({author})",
            f"Created by {author}, last updated Dec 01, 2026 · {rng.randint(4, 9)} min read"
            "      Watch   Share   ...", "",
            f"Purpose: I'm leaving {employer} on Dec 12. These notes are for whoever "
            f"backfills my position. Until then {backup} ({next_title}) and {junior} "
            f"({short} I) are splitting my queue - see \"People\" below.", "",
            "What the job actually is",
            f"The {short} II keeps the {dept.lower()} running for the county. Most days are "
            f"{skill[0]} and {skill[1]} work, plus {skill[2]}; the table below is the "
            "routine.", "", "Recurring work",
            "| When     | What                                         | Where it lives |",
            "|----------|----------------------------------------------|----------------|",
            *(f"| {w:<8} | {what:<44} | {where} |" for w, what, where in table), "",
            "Scripts and scheduled tasks",
            f"{prefix}_sync.py runs at 02:00 on {server} (Task Scheduler, service account "
            f"svc_{prefix}). If the sync fails, Monday's report will be stale.", "",
            "People", f"- {backup}, {next_title} - my backup for everything above",
            "- Vendor support - the ticket queue", "",
            "Pay and classification (because people keep asking)",
            f"{short} I is pay grade {grade}, ${i_low:.2f} - ${i_high:.2f}/hr; {short} II "
            f"(my job) is grade {grade + 2}, ${ii_low:.2f} - ${ii_high:.2f}/hr. "
            f"{next_title} is grade {grade + 5} (${n_low:,} - ${n_high:,}/yr) and is where "
            f"most of us get promoted after three or four years; the {head} (grade "
            f"{grade + 8}) runs the division.",
            f"I came here from {where} ({earlier}). The {short} II before me moved over to "
            f"the {office} as {_a(sideways)} {sideways}.", "", "Where I'm going",
            f"I've accepted {_a(next_title)} {next_title} position with {next_org} (about "
            f"${offer:,}). Happy to answer questions after the 12th.", "",
            "Like  2 people like this        Comments (2)",
            f"{junior}: Thank you for writing this all down!!",
            f"{backup}: Added the logins to the vault. Good luck."]


# --------------------------------------------------------------------------------------
# A workforce plan
# --------------------------------------------------------------------------------------
# (staff group, service, entry-level word, a differently named rung, an advanced rung, the
#  manager, staff grown into the role, sideways moves, practice skills (three) and systems
#  (two), the
#  degree apprenticeship)
_COUNCIL_PLANS = (
    ("Occupational Therapist", "Adult Social Care", "Newly Qualified", "Practice Lead",
     "Advanced Practitioner", "Team Manager",
     ("Occupational Therapy Assistant", "Reablement Worker"),
     ("Moving and Handling Adviser", "Equipment Service Lead", "Housing Adaptations Officer"),
     "moving and handling assessments|major adaptations|reablement planning|LiquidLogic|"
     "ContrOCC", "Occupational Therapy Degree Apprenticeship"),
    ("Planning Officer", "Planning and Building Control", "Graduate", "Area Team Leader",
     "Design Specialist", "Development Manager",
     ("Planning Technician", "Planning Support Officer"),
     ("Enforcement Officer", "Conservation Officer", "Policy Planner"),
     "validation of applications|enforcement notices|design codes|Uniform|Idox",
     "Chartered Town Planner Degree Apprenticeship"),
    ("Building Control Surveyor", "Regulatory Services", "Trainee",
     "Building Control Team Leader", "Fire Safety Specialist", "Building Control Manager",
     ("Technical Support Officer", "Site Inspector"),
     ("Housing Standards Officer", "Licensing Officer", "Dangerous Structures Officer"),
     "plan checking|site inspections|fire risk appraisal|Uniform|Bluebeam",
     "Building Control Surveyor Degree Apprenticeship"),
)
_COUNCILS = ("Hartwell Borough Council", "Denmoor District Council", "Sallowby City Council")


def _workforceplan(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("council", "board"))
    if variant == "board":
        return _board_paper(rng, g)
    (title, service, entry, rung, advanced, manager, grown, sideways, skills,
     apprenticeship) = rng.choice(_COUNCIL_PLANS)
    first = f"{entry} {title}"
    occupy(g, title, ladder=[first, title, rung, advanced], moves_in=grown,
           transitions=sideways)
    g.ladders = [[(occupation_role(rung), rung), (occupation_role(manager), manager)]]
    g.skills = {"top": skills.split("|")}
    council = rng.choice(_COUNCILS)
    g.employers = [council]
    section = rng.randint(3, 7)
    country = rng.choice(("Zimbabwe", "Nigeria", "the Philippines"))
    page = f"Page {rng.randint(9, 20)} of {rng.randint(30, 44)}"
    g.must_not_appear += ["OFFICIAL", page, "statistical neighbours", "Estab.",
                          f"Table {section}.1", "RAG", "Amber", "Workforce Development",
                          country, "market supplement"]
    g.optional += [apprenticeship, "Practice Educator", "Head of Service"]
    base = rng.randint(33, 37) * 1000 + rng.randint(100, 999)
    bands: dict[str, tuple[int, int]] = {}
    for name, step in (("appr", -2), ("entry", 0), ("own", 1), ("rung", 2), ("manager", 4)):
        lo = int(base * 1.09 ** step) // 1 + rng.randint(0, 50)
        bands[name] = (lo, int(lo * 1.08))
    _salary(g, *bands["own"], "GBP")
    _salary(g, *bands["entry"], "GBP", level=entry)
    _salary(g, *bands["rung"], "GBP", belongs_to=rung)
    _salary(g, *bands["manager"], "GBP", belongs_to=manager)
    _salary(g, *bands["appr"], "GBP", level="Apprentice")
    supplement = _no_pay(g, rng.choice((2000, 2500, 3000)), 100)
    charge = _no_pay(g, rng.choice((38, 41, 45)), 1)
    grade = rng.randint(8, 10)
    rows = [(first, grade, bands["entry"]), (title, grade + 1, bands["own"]),
            (rung, grade + 2, bands["rung"]), (manager, grade + 4, bands["manager"])]
    pay_head = ("Salary range", "Pay band")[base // 10 % 2]
    table = [f"{'Role':<39}{'Grade':<10}{pay_head:<22}Estab.  In post  Vacant"]
    for name, grd, (lo, hi) in rows:
        estab = rng.randint(8, 80)
        post = estab - rng.randint(1, 9)
        table.append(f"{name:<39}{'Grade ' + str(grd):<10}{f'£{lo:,} - £{hi:,}':<22}"
                     f"{estab:<8.1f}{post:<9.1f}{estab - post:.1f}")
    skill = g.skills["top"]
    plural = f"{title.lower()}s"
    arrow = (" > ", " → ", " -> ")[base % 3]  # from a drawn figure: no draw of its own
    progression = arrow.join([first, title, rung, f"{advanced} or {manager}"])
    return [council, f"{service} Workforce Plan 2026 - 2029", f"OFFICIAL{'':<60}{page}", "",
            f"Section {section}: The {title.lower()} workforce", "",
            f"{section}.1 Where we are now",
            f"At 30 September 2026 the establishment was {rng.randint(40, 140)}.6 FTE posts, "
            f"with {rng.randint(5, 19)} filled by agency workers. Vacancy rate "
            f"{rng.randint(12, 22)}.0% (statistical neighbours {rng.randint(10, 16)}.2%). "
            f"Turnover {rng.randint(14, 24)}%.", "",
            f"Table {section}.1 Establishment by role and grade (FTE)", *table,
            f"Note: a market supplement of £{supplement:,.0f} a year is paid on top for posts "
            "in hard-to-fill teams.", "", f"{section}.2 Hard-to-fill posts",
            f"- Experienced {plural} confident in {skill[0]} and {skill[1]}.",
            f"- Practitioners trained in {skill[2]} and able to record on {skill[3]} and "
            f"{skill[4]} from day one.",
            f"Agency {plural} cost the council an average charge rate of £{charge:.0f} an "
            "hour, including the agency's margin.", "", f"{section}.3 Grow our own",
            f"a) {apprenticeship}: each year we support {rng.randint(4, 9)} "
            f"{grown[0].lower()}s and {rng.randint(2, 3)} {grown[1].lower()}s to qualify. "
            f"{title} apprentices are paid on Grade {grade - 2} (£{bands['appr'][0]:,} - "
            f"£{bands['appr'][1]:,}) while they study.",
            f"b) {entry} programme: every {first.lower()} has a protected caseload and "
            "fortnightly group supervision.",
            f"c) Progression: {progression}.",
            f"d) International recruitment: {rng.randint(4, 14)} staff from {country} in "
            "2025-26.", "", f"{section}.4 Retention",
            f"- Sideways moves for experienced staff into {sideways[0]}, {sideways[1]} and "
            f"{sideways[2]} posts.", f"- Practice Educator training for each {rung}.", "",
            f"{section}.5 Actions",
            f"{'Action':<47}{'Owner':<22}{'By':<10}RAG",
            f"{'Recruit 10 for September 2027':<47}{'Head of Service':<22}{'Jun 2027':<10}Amber",
            f"{'Launch apprenticeship cohort 4':<47}{'Workforce Development':<22}"
            f"{'Jan 2027':<10}Green", "",
            f"{council} · {service} Workforce Plan · v1.2 for Cabinet"]


# (staff group, abbreviation, support worker (first rung), staff grown through the
#  apprenticeship, the Band 7 rung, the manager, advanced roles, clinical skills and
#  equipment, another staff group in the table, unit, university)
_TRUST_PLANS = (
    ("Speech and Language Therapist", "SLT", "Therapy Support Worker", "Teaching Assistant",
     "Therapy Team Leader", "Head of Speech and Language Therapy",
     ("Extended Scope Practitioner", "Neonatal Feeding Specialist"),
     "dysphagia assessment|videofluoroscopy|FEES|AAC devices|Therapy Outcome Measures",
     ("Dietitian", "5"), "Therapies", "University of Eastmoor"),
    ("Pharmacy Technician", "Pharm Tech", "Pharmacy Support Worker", "Dispensary Assistant",
     "Medicines Optimisation Team Leader", "Pharmacy Operations Manager",
     ("Technician Prescriber", "Clinical Trials Technician"),
     "aseptic compounding|medicines reconciliation|ePMA|Omnicell cabinets|controlled drugs "
     "audits", ("Pharmacy Assistant", "3"), "Pharmacy", "Kingsford University"),
    ("Cardiac Physiologist", "CP", "Cardiology Support Worker", "Healthcare Support Worker",
     "Cardiac Investigations Team Leader", "Cardiac Services Manager",
     ("Cardiac Device Specialist", "Echocardiography Practitioner"),
     "echocardiography|Holter monitoring|pacemaker checks|exercise tolerance testing|ECG "
     "interpretation", ("Cardiac Nurse", "5"), "Cardiology", "Ashdown University"),
)
_TRUSTS = ("Fenmarsh and Delby Hospitals NHS Foundation Trust",
           "North Calder Teaching Hospitals NHS Trust", "Wyvernsea Healthcare NHS Trust")


def _board_paper(rng: random.Random, g: Guide) -> list[str]:
    """A hospital trust's board paper: agenda item and paper reference, vacancy and bank
    and agency cost, a table of staff groups with bands, bands in prose (the Senior rung the
    role's, the Band 7 rung and the manager their own), hard-to-fill posts with clinical
    skills and equipment, apprentices paid at a band, a described arrow pathway, advanced
    roles, a risk line and a recommendation."""
    (title, abbr, support, grown, rung, manager, advanced, skills, (other, other_band), unit,
     university) = rng.choice(_TRUST_PLANS)
    apprentice, senior = f"Apprentice {abbr}", f"Senior {abbr}"
    occupy(g, title, ladder=[support, apprentice, title, senior, rung, manager],
           leads=advanced, moves_in=[grown])
    g.aliases = [abbr]
    g.role.spellings.append(abbr)
    g.skills = {"top": skills.split("|")}
    trust = rng.choice(_TRUSTS)
    g.employers = [trust]
    item = f"Agenda item {rng.randint(8, 14)}.{rng.randint(1, 4)}"
    ref = f"TB/26/{rng.randint(100, 199)}"
    page = f"Page {rng.randint(2, 6)} of {rng.randint(9, 14)}"
    risk = f"Risk ID W-{rng.randint(2, 19):02d}"
    g.must_not_appear += ["Trust Board (Part 1)", item, ref, "For assurance", risk,
                          "Appendix B", page, "Staff group"]
    g.optional += [other, university, "Chief People Officer", "preceptorship"]
    base = rng.randint(24, 27) * 1000 + rng.randint(100, 999)
    bands = []
    for step in range(5):  # Band 4 … Band 8a
        lo = int(base * 1.17 ** step) + rng.randint(0, 90)
        bands.append((lo, int(lo * 1.11)))
    _salary(g, *bands[1], "GBP")
    _salary(g, *bands[2], "GBP", level="Senior")
    _salary(g, *bands[0], "GBP", level="Apprentice")
    _salary(g, *bands[3], "GBP", belongs_to=rung)
    _salary(g, *bands[4], "GBP", belongs_to=manager)
    cost = rng.randint(11, 38) / 10
    skill = g.skills["top"]
    width = max(32, len(rung) + 2)
    table = [f"{'Staff group':<{width}}AfC band   Budget   In post   Vacancy"]
    for name, band in ((abbr, "5"), (senior, "6"), (other, other_band), (rung, "7")):
        budget = rng.randint(8, 90)
        table.append(f"{name:<{width}}{band:<11}{budget:<9.1f}{budget * 0.86:<10.1f}"
                     f"{rng.randint(5, 19)}.{rng.randint(0, 9)}%")

    def money(band: tuple[int, int]) -> str:
        return f"£{band[0]:,} - £{band[1]:,}"

    return [trust, f"Trust Board (Part 1), 27 November 2026{'':<30}{item}",
            f"{unit} Workforce Plan 2026/27 - 2028/29",
            f"Report of: Chief People Officer       Purpose: For assurance       Paper ref: "
            f"{ref}", "", "1. Executive summary",
            f"1.1 {title}s ({abbr}s) carry a {rng.randint(9, 19)}.{rng.randint(0, 9)}% vacancy "
            f"rate, filled by bank and agency at a cost of £{cost:.1f}m in 2025/26.",
            "1.2 The plan sets out how we will close the gap by March 2029.", "",
            "2. Current workforce", f"Table 1: {unit} registered workforce (WTE)", *table,
            f"2.2 Pay: {abbr}s start at Band 5 ({money(bands[1])} a year) and move to Band 6 "
            f"as {senior}s ({money(bands[2])}). {rung}s are Band 7 ({money(bands[3])}) and "
            f"the {manager} is Band 8a ({money(bands[4])}). Bank shifts are paid at the top "
            "of the band plus an enhancement; unsocial-hours payments are excluded.", "",
            "3. Hard-to-fill posts",
            f"- Experienced {abbr}s for {skill[0]} and {skill[1]}.",
            f"- Practitioners trained in {skill[2]} and {skill[3]}.",
            f"- Staff able to lead {skill[4]}.", "", "4. Supply: growing our own",
            f"4.1 Degree apprenticeship: places each year with {university}, open to our "
            f"{support}s (Band 3) and {grown}s. {apprentice}s are paid at Band 4 "
            f"({money(bands[0])}) while they study.",
            "4.2 Newly qualified: graduates each year, each with a 12-month preceptorship.",
            "", f"5. Career pathway (Figure {rng.randint(2, 5)}, described)",
            f"{support} -> {apprentice} -> {abbr} (Band 5) -> {senior} (Band 6) -> {rung} "
            f"(Band 7) -> {manager} (Band 8a)",
            f"Advanced roles open to experienced {abbr}s: {advanced[0]} and {advanced[1]}.",
            "", "6. Risks", f"{risk}: failure to recruit delays the recovery programme.", "",
            "7. Recommendation",
            "The Board is asked to note the plan and the actions in Appendix B.", "",
            f"{trust} · Board papers November 2026 · {page}"]


# --------------------------------------------------------------------------------------
# A government skills-shortage assessment of one occupation
# --------------------------------------------------------------------------------------
# (occupation, plural, code, unit group, tasks (two techniques and equipment), skills
#  applicants lacked, kinds of
#  employer, trade that cross-skills in, the rung up, the lateral title and the sector it
#  works in, the qualification and its code, related occupations with codes)
_OSL = (
    ("Glazier", "Glaziers", "333111", "3331", "glass cutting|sealant application|suction "
     "lifters", "curtain wall installation|structural glazing|working at heights",
     "commercial builders|shopfitting firms|window manufacturers", "Window Installer",
     "Site Supervisor", ("Facade Technician", "commercial construction sector"),
     ("Certificate III in Glass and Glazing", "MSF31113"),
     (("Carpenter", "331212"), ("Shopfitter", "394214"))),
    ("Arborist", "Arborists", "362212", "3622", "tree felling|crown reduction|stump "
     "grinders", "aerial rescue|tree risk assessment|elevated work platform operation",
     "local councils|utility contractors|landscaping firms", "Landscape Gardener",
     "Crew Leader", ("Vegetation Management Officer", "electricity network sector"),
     ("Certificate III in Arboriculture", "AHC30820"),
     (("Gardener (General)", "362211"), ("Nurseryperson", "362411"))),
    ("Cabinetmaker", "Cabinetmakers", "394111", "3941", "panel sawing|edge banding|CNC "
     "routers", "CNC programming|Cabinet Vision|spray finishing",
     "kitchen manufacturers|shopfitters|volume builders", "Furniture Finisher",
     "Workshop Foreman", ("CNC Machinist", "advanced manufacturing sector"),
     ("Certificate III in Cabinet Making and Timber Technology", "MSF31122"),
     (("Joiner", "394213"), ("Wood Machinist", "394299"))),
)
_STATES = ("NSW", "VIC", "QLD", "SA", "WA", "TAS", "NT", "ACT")


def _shortagelist(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("osl", "mac"))
    if variant == "mac":
        return _mac_annex(rng, g)
    (title, plural, code, unit, tools, lacking, sectors, feeder, up, (lateral, field),
     (cert, cert_code), related) = rng.choice(_OSL)
    occupy(g, title, leads=[up], transitions=[lateral], moves_in=[feeder])
    g.skills = {"tool": tools.split("|"), "top": lacking.split("|")}
    g.sectors = [*sectors.split("|"), field]
    g.optional += [cert, cert_code, *(n for n, _ in related), "Core Skills Occupation List"]
    g.must_not_appear += [f"ANZSCO {code}", "Skill level 3", f"Unit group {unit}",
                          "SHORTAGE (S)", "Regional shortage", "Download (XLSX)",
                          "Was this page helpful?", "Data notes"]
    weekly = rng.randint(1550, 1990)
    _salary(g, weekly, weekly, "AUD", period="week", point=True)
    all_jobs = _no_pay(g, rng.choice((1650, 1720, 1480)), 10)
    advertised = rng.randint(76, 98) * 1000
    _salary(g, advertised, advertised, "AUD", point=True)
    l_low = rng.randint(105, 130) * 1000
    l_high = l_low + rng.randint(15, 30) * 1000
    _salary(g, l_low, l_high, "AUD", belongs_to=lateral)
    # the national rating is a shortage: most states rate one, the small ones may not
    ratings = ["S"] * 5 + [rng.choice(("S", "R", "NS")) for _ in _STATES[5:]]
    tool, lack, kinds = tools.split("|"), lacking.split("|"), sectors.split("|")
    filled = rng.randint(45, 65)
    return ["Jobs and Skills Australia",
            "Home > Data > Occupation Shortage List > Occupation details            Print   "
            "Download (XLSX)", "", title,
            f"ANZSCO {code}   |   Skill level 3   |   Unit group {unit} {plural}", "",
            "2026 national rating: SHORTAGE (S)", "State and territory ratings",
            "   ".join(_STATES), "    ".join(f"{r:<2}" for r in ratings).rstrip(),
            "S = Shortage · R = Regional shortage · M = Metropolitan shortage · NS = No "
            "shortage", f"Years rated in shortage, 2021 to 2026: {rng.randint(3, 6)} of 6",
            "Shortage driver: Suitability gap (qualified workers exist but lack the skills "
            "or experience employers seek)", "", "About the occupation",
            f"{plural} do skilled trade work to a national standard. Typical tasks include "
            f"{tool[0]} and {tool[1]}, and the work uses {tool[2]}.", "",
            "Assessment notes",
            f"- Employer survey: {filled}% of advertised vacancies were filled (all surveyed "
            f"occupations: {rng.randint(64, 70)}%), with 0.{rng.randint(5, 9)} suitable "
            "applicants per vacancy on average.",
            f"- Unsuccessful applicants commonly lacked {lack[0]}, {lack[1]} or experience "
            f"with {lack[2]}.",
            f"- Demand is strongest outside the capitals, among {kinds[0]}, {kinds[1]} and "
            f"{kinds[2]}.",
            f"- Median weekly earnings (full-time, before tax): ${weekly:,} (all occupations: "
            f"${all_jobs:,.0f}).", f"  Median advertised salary in online job ads: "
            f"${advertised:,} a year.",
            f"- Employment: {rng.randint(6, 40)},{rng.randint(100, 900)} (Feb 2026); projected "
            f"growth of {rng.randint(3, 12)}.{rng.randint(0, 9)}% over five years.",
            f"- Entry is through a four-year apprenticeship ({cert}, {cert_code}). "
            f"Stakeholders noted that {feeder.lower()}s often cross-skill into the "
            f"occupation, and that experienced {plural.lower()} move up to "
            f"{up.lower()} roles or leave for the {field} as {lateral}s, where rosters pay "
            f"${l_low:,} to ${l_high:,}.", "", "Related occupations",
            "  ·  ".join(f"{n} {c} - S" for n, c in related), "",
            "Migration lists (for information only; see the Department of Home Affairs)",
            "Core Skills Occupation List: Yes", "",
            "Data notes: ratings are a point-in-time assessment. Last updated 1 October 2026.",
            "Was this page helpful?  Yes  No"]


# (occupation, plural, SOC code, private employers, trade that tops up, the rung up, the
#  lateral title and its industry, the Band 7 title, skills, related assessments)
_MAC = (
    ("Audiologist", "Audiologists", "2229", ("Clearsound Hearing", "Meridian Audiology"),
     "Audiology Assistant", "Audiology Service Manager",
     ("Hearing Aid Dispenser", "hearing aid retailers"), "Clinical Specialist Audiologist",
     "tinnitus management|paediatric hearing assessment|cochlear implant programming|"
     "real-ear measurement", ("Clinical physiologists", "Speech and language therapists")),
    ("Dietitian", "Dietitians", "2229", ("Nutriwell Clinics", "Harbourside Health Partners"),
     "Dietetic Assistant", "Dietetic Service Manager",
     ("Nutrition Scientist", "food manufacturers"), "Clinical Specialist Dietitian",
     "enteral feeding|renal diets|paediatric allergy management|motivational interviewing",
     ("Podiatrists", "Speech and language therapists")),
    ("Podiatrist", "Podiatrists", "2229", ("Stridewell Foot Clinics", "Acorn Podiatry"),
     "Podiatry Assistant", "Podiatry Service Manager",
     ("Footwear Technologist", "footwear manufacturers"), "Clinical Specialist Podiatrist",
     "nail surgery|diabetic foot assessment|biomechanical assessment|wound debridement",
     ("Dietitians", "Orthotists")),
)


def _mac_annex(rng: random.Random, g: Guide) -> list[str]:
    """A migration committee's annex: GOV.UK chrome, a SOC line, status and recommendation,
    an indicator table with ranks, numbered evidence paragraphs with employers, skills,
    moves in, pay bands by level and an earnings-survey median, moves up and out, a going
    rate and a visa threshold (no pay) and a related-assessments strip."""
    (title, plural, soc, firms, feeder, up, (lateral, industry), specialist, skills,
     related) = rng.choice(_MAC)
    occupy(g, title, leads=[up], transitions=[lateral], moves_in=[feeder])
    g.skills = {"top": skills.split("|")}
    g.employers = list(firms)
    g.sectors = ["NHS services", "private companies", industry]
    g.optional += [specialist, *related, "degree apprenticeship", "Agenda for Change",
                   "Skilled Worker visa", "Immigration Salary List"]
    n = rng.randint(20, 40)
    g.must_not_appear += ["GOV.UK", "Entering and staying in the UK", "Annex C",
                          f"SOC 2020 {soc}", "RETAIN", "Shortage indicators",
                          "Report a problem with this page", "Print this page"]
    base = rng.randint(29, 32) * 1000 + rng.randint(10, 990)
    bands = []
    for step in range(3):
        lo = int(base * 1.22 ** step) + rng.randint(0, 90)
        bands.append((lo, int(lo * 1.2)))
    _salary(g, *bands[0], "GBP", level="Newly Qualified")
    _salary(g, *bands[1], "GBP")
    _salary(g, *bands[2], "GBP", belongs_to=specialist)
    ashe = int(_apart(rng.randint(bands[1][0] // 100, bands[1][1] // 100) * 100.0,
                      [float(v) for b in bands for v in b]))
    _salary(g, ashe, ashe, "GBP", point=True)
    going = int(_no_pay(g, (bands[0][0] + bands[0][1]) // 200 * 100, 100))
    visa = int(_no_pay(g, going * 0.8 // 10 * 10, 10))
    skill = g.skills["top"]
    indicators = [("Vacancies per 100 employees", f"{rng.randint(2, 6)}.{rng.randint(0, 9)}"),
                  ("Median pay growth, 3 years", f"{rng.randint(4, 12)}.{rng.randint(0, 9)}%"),
                  ("Employment growth, 3 years", f"-{rng.randint(1, 4)}.{rng.randint(0, 9)}%"),
                  ("Share of job adverts re-posted", f"{rng.randint(15, 40)}%")]
    def fmt(b: tuple[int, int]) -> str:
        return f"£{b[0]:,} - £{b[1]:,}"

    return ["GOV.UK", "Home > Entering and staying in the UK > Migration Advisory Committee",
            "Review of the Immigration Salary List 2026: Annex C, occupation assessments",
            f"{'':<63}Contents   Print this page",
            f"C.{n} {plural} (part of SOC 2020 {soc}, Health professionals n.e.c.)", "",
            "Current status: on the Immigration Salary List (UK-wide) since April 2024",
            "MAC recommendation: RETAIN", "", f"Table C.{n}: Shortage indicators, UK, 2025",
            f"{'Indicator':<43}{'Value':<10}Rank (of 104 occupations)",
            *(f"{k:<43}{v:<10}{rng.randint(5, 95)}" for k, v in indicators),
            f"{'Overall shortage ranking':<53}{rng.randint(5, 30)}", "",
            "Evidence from stakeholders",
            f"C.{n}.1 The professional body told us that few UK universities train "
            f"{plural.lower()}, fewer than the number of posts advertised.",
            f"C.{n}.2 NHS services increasingly contract work out to private companies such "
            f"as {firms[0]} and {firms[1]}. Employers reported most difficulty filling Band 6 "
            f"posts requiring experience of {skill[0]}, {skill[1]}, {skill[2]} and "
            f"{skill[3]}.",
            f"C.{n}.3 A Level 6 degree apprenticeship has run since 2023. Several employers "
            f"support {feeder.lower()}s to top up to the degree and qualify as "
            f"{plural.lower()}.",
            f"C.{n}.4 Newly qualified {plural.lower()} are employed on Agenda for Change Band "
            f"5 ({fmt(bands[0])}); most experienced {plural.lower()} are on Band 6 "
            f"({fmt(bands[1])}) and {specialist.lower()}s on Band 7 ({fmt(bands[2])}). ASHE "
            f"shows median gross annual pay of £{ashe:,} for full-time employees in the "
            "occupation.",
            f"C.{n}.5 Stakeholders described a steady loss of experienced {plural.lower()} "
            f"to industry, where they become {lateral.lower()}s for {industry}, and some "
            f"progress to {up.lower()} posts in the NHS.", "",
            "Going rate and thresholds",
            f"The going rate for this occupation is £{going:,} (25th percentile). With the "
            f"ISL discount the minimum salary for a Skilled Worker visa is £{visa:,}.", "",
            "MAC assessment", "The occupation remains in shortage. We recommend it stays on "
            "the Immigration Salary List.", "",
            "Related: " + " · ".join(f"C.{n + i + 1} {r}" for i, r in enumerate(related)),
            "Is this page useful?  Yes  No  Report a problem with this page"]


# --------------------------------------------------------------------------------------
# An infographic saved as text
# --------------------------------------------------------------------------------------
# (title, what they do (chips), skills (the last wraps before its parenthesis), the first
#  rung, the supervisor, the director, feeders (where from, title), branch-out titles,
#  sectors with the agencies of one, top employers, degree fields, certification body)
_INFOS = (
    ("Wildlife Biologist", "radio telemetry|camera trapping|habitat assessment",
     "R statistics|GIS mapping|species identification|electrofishing|eDNA sampling "
     "(environmental DNA)", "Field Technician", "Refuge Manager", "Regional Chief",
     (("the zoo keeping side", "Zookeeper"), ("park", "Park Ranger")),
     ("Environmental Consultant", "Fisheries Observer"),
     ("state wildlife agencies|federal agencies|conservation nonprofits|environmental "
      "consultancies", "USFWS, NOAA"), ("Hallett State Wildlife Division",
                                        "Northfork Wildlife Trust"),
     "biology, ecology or zoology", "The Wildlife Society"),
    ("Food Scientist", "product development|shelf-life testing|sensory panels",
     "HACCP|HPLC|food microbiology|label compliance|rheology (dough and texture testing)",
     "Lab Assistant", "R&D Manager", "VP of Research",
     (("the quality lab", "Quality Technician"), ("restaurant kitchen", "Chef")),
     ("Regulatory Affairs Specialist", "Flavor Chemist"),
     ("packaged food makers|ingredient suppliers|government labs|universities", "FDA, USDA"),
     ("Brightfield Foods", "Marlow Ingredients"), "food science, chemistry or microbiology",
     "the Institute of Food Technologists"),
    ("Water Quality Analyst", "sampling|titration|bacteriology",
     "ICP-MS|LIMS|EPA methods|turbidity meters|spectrophotometry (nutrient analysis)",
     "Lab Aide", "Lab Supervisor", "Water Quality Manager",
     (("the treatment plant", "Plant Operator"), ("classroom", "Chemistry Teacher")),
     ("Environmental Compliance Officer", "Hydrologist"),
     ("municipal utilities|state environmental agencies|consulting labs|industrial plants",
      "DEQ, EPA"), ("Clearwater Utility District", "Basin Analytical Labs"),
     "chemistry, biology or environmental science", "the Water Environment Federation"),
)


def _infographic(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("ocr", "screenreader"))
    if variant == "screenreader":
        return _text_version(rng, g)
    (title, chips, skills, first, supervisor, director, feeders, branches,
     (sectors, agencies), employers, degree, body) = rng.choice(_INFOS)
    senior = f"Senior {title}"
    occupy(g, title, ladder=[first, title, senior, supervisor, director],
           moves_in=[t for _, t in feeders], transitions=list(branches))
    skill = skills.split("|")
    wrapped = skill[-1]
    short = wrapped.split(" (")[0]
    g.skills = {"top": [*chips.split("|"), *skill[:-1], short]}
    sector = sectors.split("|")
    g.sectors = sector
    g.employers = [*agencies.split(", "), *employers]
    g.optional += [body, "internship", "certification"]
    site = f"{title.split()[-1].lower()}careers.org"
    image = f"{title.lower().replace(' ', '-')}-career-infographic.png"
    plural = f"{title.lower()}s"
    words = title.upper().split()
    g.must_not_appear += ["SO YOU WANT TO BE A", "MEDIAN PAY / YEAR", "TOP 10%",
                          "CLIMB THE LADDER", "SWITCHING CAREERS?", "BRANCH OUT", site,
                          "EMBED THIS INFOGRAPHIC", image]
    median = rng.randint(52, 78) * 1000 + rng.randint(1, 99) * 10
    _salary(g, median, median, point=True)
    hourly = round(median / 2080, 2)
    _salary(g, hourly, hourly, period="hour", point=True)
    used = [median / 1000]
    entry = int(_apart(float(rng.randint(36, 45)), used))
    _salary(g, entry * 1000, entry * 1000, point=True, level="Entry")
    top = _no_pay(g, rng.randint(105, 130) * 1000, 1000)
    figures = [rng.randint(30, 36)]  # the first rung's, in thousands
    own = [int(_apart(float(entry + rng.randint(6, 10)), used))]
    own.append(int(_apart(float(own[0] + rng.randint(8, 12)), used)))
    own.append(int(_apart(float(own[1] + rng.randint(12, 16)), used)))
    figures += [*own, own[2] + rng.randint(12, 18), own[2] + rng.randint(38, 50)]
    while figures[5] * 1000 == top:  # the director's figure is not the "TOP 10%" one
        figures[5] += 1
    _salary(g, figures[0] * 1000, figures[0] * 1000, point=True, belongs_to=first)
    _salary(g, own[0] * 1000, own[0] * 1000, point=True)
    _salary(g, own[1] * 1000, own[1] * 1000, point=True)
    _salary(g, own[2] * 1000, own[2] * 1000, point=True, level="Senior")
    _salary(g, figures[4] * 1000, figures[4] * 1000, point=True, belongs_to=supervisor)
    _salary(g, figures[5] * 1000, figures[5] * 1000, point=True, belongs_to=director)
    rungs = [first, f"{title} I", f"{title} II", senior, supervisor, director]
    width = max(16, len(supervisor) + 3)
    cuts = sorted(rng.sample(range(4, 96), len(sector) - 1))
    shares = sorted((b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)),
                    reverse=True)
    where = [f"{s:>2}%  {name}" + (f" ({agencies})" if name.startswith(("federal",
             "government", "state environmental")) else "")
             for s, name in zip(shares, sector, strict=True)]
    head, _, tail = wrapped.partition(" (")  # "eDNA sampling (environmental" / "DNA)"
    first_word, _, rest = tail.partition(" ")
    lines = [*skill[:-1], f"{head} ({first_word}", rest]
    return [f"[image: {image}, 800 x {rng.choice((2800, 3200, 3600))}]",
            f"alt=\"So you want to be {_a(title)} {title.lower()}? Infographic with pay, "
            f"skills, a career ladder from {first.lower()} to {director.lower()},",
            f"where {plural} work and how to get there.\"", "",
            "----- text recognised in image -----", "SO YOU WANT TO BE A", *words[:-1],
            f"{words[-1]}?", f"a career in {rng.choice((5, 6))} panels", "",
            "1  WHAT THEY DO", "Study and report in the field and the lab",
            "    ".join(c.upper() for c in chips.split("|")), "", "2  THE MONEY",
            f"${median:,}", "MEDIAN PAY / YEAR*", f"${hourly:.2f} / HOUR",
            f"${entry}K{'':<20}${top / 1000:.0f}K", f"ENTRY{'':<19}TOP 10%", "",
            "3  SKILLS YOU NEED", *(s[:1].upper() + s[1:] for s in lines), "",
            "4  CLIMB THE LADDER", *_columns(rungs, width),
            "".join(f"{'$' + str(f) + 'K':<{width}}" for f in figures).rstrip(), "",
            "5  WHERE THEY WORK", *where,
            f"TOP EMPLOYERS  {employers[0]}  |  {employers[1]}", "", "6  HOW TO GET THERE",
            f"B.S. in {degree}", "> internship in a lab", f"> hired as {title} I",
            f"> promoted to {senior} after five years", f"> certification ({body})",
            f"SWITCHING CAREERS? Many come from {feeders[0][0]} ({feeders[0][1]}) or from "
            f"{feeders[1][1]} jobs.",
            f"BRANCH OUT: {branches[0].lower()} · {branches[1].lower()}", "",
            "*median pay, BLS May 2025", f"{site}        SHARE THIS: [f] [x] [in]    "
            "EMBED THIS INFOGRAPHIC", "----- end of recognised text -----",
            f"<textarea>&lt;a href=\"https://{site}\"&gt;&lt;img src=\"{image}\"&gt;&lt;/a"
            "&gt;</textarea>"]


# (title, first rung, the two rungs above Senior, ticked skills, the bonus item, areas of
#  the work, the feeder, what they use (a skill), side quests, sectors in and outside the
#  industry, studios, degree, where portfolios live)
_TEXT_VERSIONS = (
    ("Animator", "Storyboard Assistant", ("Animation Supervisor", "Animation Director"),
     "Maya|Blender|keyframe animation|rigging|motion capture clean-up", "Houdini",
     "characters, creatures, cameras and crowds", "Illustrator", "Procreate",
     ("Rigger", "Technical Animator"), ("feature animation|TV series|advertising",
                                        "architectural visualisation|medical animation"),
     ("Lanternfish Studios", "Paperkite Animation", "Orrery Pictures"), "animation",
     "ArtStation"),
    ("Web Developer", "Support Technician", ("Engineering Manager", "Head of Engineering"),
     "HTML|CSS|JavaScript|React|accessibility testing", "TypeScript",
     "pages, forms, checkouts and dashboards", "Graphic Designer", "Figma",
     ("DevOps Engineer", "Technical Writer"), ("digital agencies|e-commerce|fintech",
                                               "charities|public sector digital"),
     ("Bramble Digital", "Quayside Commerce", "Northlight Labs"), "computer science",
     "GitHub"),
    ("Sound Designer", "Runner", ("Audio Supervisor", "Head of Audio"),
     "Pro Tools|Wwise|FMOD|foley recording|field recording", "spatial audio",
     "footsteps, weapons, ambience and menus", "Musician", "Ableton",
     ("Dialogue Editor", "Audio Programmer"), ("games|film post-production|podcasts",
                                               "theme parks|automotive chimes"),
     ("Bellhammer Audio", "Greyfell Games", "Tinwhistle Post"), "music technology",
     "SoundCloud"),
)


def _text_version(rng: random.Random, g: Guide) -> list[str]:
    """A careers site's infographic with its screen-reader text version: "Square N"
    panels with quoted headings, a ticked checklist and a "bonus item", salary coins per
    level (a Lead coin the role's own at that level), entry arrows and a speech bubble, a
    ">" path with side quests, who's hiring, logos and facts."""
    (title, first, (above, top), ticked, bonus, areas, feeder, tool, quests,
     (inside, outside), studios, degree, folio) = rng.choice(_TEXT_VERSIONS)
    junior, senior = f"Junior {title}", f"Senior {title}"
    occupy(g, title, ladder=[first, junior, title, senior, above, top], moves_in=[feeder],
           transitions=list(quests))
    g.skills = {"top": [*ticked.split("|"), bonus, tool]}
    g.sectors = [*inside.split("|"), *outside.split("|")]
    g.employers = list(studios)
    g.optional += [degree, folio, "portfolio", "game jams"]
    site = rng.choice(("LevelUp Careers", "NextMove Careers", "Pathfinder Careers"))
    g.must_not_appear += [site, "Download PDF", "Text version (for screen readers)",
                          "Your inventory", "Coins collected", "Choose your start",
                          "Did you know?", "Square 1", "bonus item", "Accessibility statement"]
    coins = []
    low = rng.randint(22, 27)
    for level in ("Junior", "Mid-level", "Senior", "Lead"):
        high = low + rng.randint(6, 14)
        _salary(g, low * 1000, high * 1000, "GBP", level=level)
        coins.append(f"{level}: £{low}k - £{high}k")
        low = high + rng.randint(2, 4)
    path = " > ".join(["START", first, junior, title, senior, above, top, "FINISH"])
    subject = title.lower()
    return [f"{site}  >  Resources  >  Infographics",
            f"Level up: a career as {_a(title)} {subject}  [infographic]",
            f"Published {rng.randint(1, 28)} October 2026 · Download PDF "
            f"({rng.randint(1, 3)}.{rng.randint(1, 9)} MB) · Share", "",
            "[Infographic image: a board-game path of coloured squares running from START to "
            "FINISH,", "with pixel-art characters, coins and speech bubbles. See the text "
            "version below.]", "", "Text version (for screen readers)",
            f"Title: Level up - a career as {_a(title)} {subject}", "",
            f"Square 1, \"What does {_a(title)} {subject} do?\": {title}s make the "
            f"{areas} that you see and hear, working with designers, artists and testers.",
            "", "Square 2, \"Your inventory\" (a checklist; ticked items are essential):",
            *(f"ticked: {s}" for s in ticked.split("|")),
            f"not ticked, \"bonus item\": {bonus}", "",
            "Square 3, \"Coins collected\" (four coin stacks, one per level, UK salaries):",
            *coins, "",
            "Square 4, \"Choose your start\" (three arrows pointing into the path):",
            f"arrow 1: start as {_a(first)} {first} and learn the pipeline",
            f"arrow 2: {_a(degree)} {degree} degree",
            f"arrow 3: game jams and a portfolio on {folio}",
            f"A speech bubble adds: \"{feeder}s who work in {tool} often cross over too!\"",
            "", f"Square 5, \"The path\": {path}",
            f"Side quests branching off at {title}: {quests[0]}, {quests[1]}.", "",
            f"Square 6, \"Who's hiring?\": {_prose_list(inside.split('|'))}. Outside the "
            f"industry: {_prose_list(outside.split('|'))}.",
            f"Logos along the bottom edge: {', '.join(studios)}.", "",
            f"Square 7, \"Did you know?\": around {rng.randint(12, 40)},000 people work in "
            "these roles in the UK. (Figures: industry census 2025.)", "",
            "Text version ends.", "",
            "Embed this infographic on your site: copy the code below.",
            f"Related: Level up - a career in {rng.choice(('games art', 'QA testing'))}",
            f"© 2026 {site} · Cookies · Accessibility statement"]


FAMILY26_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "classifieds": _classifieds, "indomt": _indomt, "handover": _handover,
    "workforceplan": _workforceplan, "shortagelist": _shortagelist,
    "infographic": _infographic,
}
