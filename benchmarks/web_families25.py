"""Generator renderers for the six page families of held-back set 25 (Japanese postings ...).

Held-back set 25 showed six more kinds of page users bring: a Japanese job posting read through
a browser translator (a job board's posting, or the public employment office's vacancy sheet
with its "a + b" wage), a history of an occupation (an encyclopedia article with dated pay, or
a heritage site's numbered eras), a trade school's programme-outcome disclosure (a
gainful-employment page with an SOC table, or a college page with "Graduates work as"), a
filled-in individual development plan (a federal IDP, or an NHS appraisal PDP), a competency
matrix exported to text (a tab-separated sheet, or a skills council's level legend and units)
and a German public-service pay explainer read through a translator (a TVöD table of pay
groups by level, or a TV-L page one level a line).  These renderers write such pages from a
planned guide, two variants a family, about occupations that fit them (occupy()); every fact
the truth keeps is printed and what a style does not state is cleared.

>>> _de(2915.44), _de(3012)
('2.915,44', '3.012')
>>> _yen(205_000, "man"), _yen(205_000, "sen"), _yen(4_600_000, "million")
('20.5万円', '205千円', '4.6 million yen')
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from benchmarks.web_common import _a, _plural, _prose_list, _salary, occupy
from benchmarks.web_families19 import _apart
from benchmarks.web_families24 import _begin, _money, _no_pay

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide

__all__ = ["FAMILY25_ALIAS_LAYOUTS", "FAMILY25_LADDER_LAYOUTS", "FAMILY25_LAYOUTS",
           "FAMILY25_RENDERERS"]

FAMILY25_LAYOUTS = ("kyujinmt", "occhistory", "outcomes", "idpform", "competencymatrix",
                    "tvodmt")
# The renderers set each page's ladder and spellings themselves (occupy()).
FAMILY25_LADDER_LAYOUTS: tuple[str, ...] = ()
FAMILY25_ALIAS_LAYOUTS: tuple[str, ...] = ()


def _de(amount: float, cents: bool = False) -> str:
    """An amount in German notation as a translator leaves it: "2.915,44", "3.012" (a table
    cell always with its cents: "3.735,00")."""
    whole = float(amount).is_integer() and not cents
    text = f"{amount:,.0f}" if whole else f"{amount:,.2f}"
    return text.translate(str.maketrans(",.", ".,"))


def _yen(amount: int, how: str) -> str:
    """A yen amount the ways Japanese postings and their translations print it: in 万円
    ("man"), 千円 ("sen"), "thousand yen", "million yen", in full yen or in full 円 ("en")."""
    if how == "man":
        return f"{amount / 10_000:g}万円"
    if how == "sen":
        return f"{amount // 1000}千円"
    if how == "thousand":
        return f"{amount // 1000} thousand yen"
    if how == "million":
        return f"{amount / 1_000_000:g} million yen"
    if how == "en":  # left untranslated: "207,500円"
        return f"{amount:,}円"
    return f"{amount:,} yen"


# --------------------------------------------------------------------------------------
# A Japanese job posting read through a browser translator
# --------------------------------------------------------------------------------------
# (translated title, romanised title, Japanese title, rungs above (translation, romanised),
#  duties' tools and techniques, industry, earlier jobs of the staff, other jobs at the
#  company, national skill test)
_KYUJIN = (
    ("Miso brewing staff", "Miso kurabito", "味噌製造スタッフ",
     (("Koji maker", "Kojishi"), ("Brewing foreman", "Shikomi-gashira"),
      ("Head brewer", "Oyakata")),
     "steaming kettle|soybean crusher|koji tray|cedar fermentation tank",
     "Food manufacturing", "bakery worker|rice farmer|hotel cook",
     ("Shipping staff", "Shop clerk"), "miso manufacturing technician"),
    ("Temple carpenter", "Miyadaiku", "宮大工",
     (("Journeyman carpenter", "Shokunin"), ("Site leader", "Toryo-dai"),
      ("Master builder", "Toryo")),
     "kanna plane|nomi chisel|sumitsubo ink line|Jw_cad",
     "Construction", "house carpenter|furniture maker|interior finisher",
     ("Roof tiler", "Estimator"), "architectural carpentry technician"),
    ("Washi papermaking craftsman", "Kamisuki", "紙漉き職人",
     (("Sheet former", "Sukite"), ("Workshop chief", "Shokucho"),
      ("Master papermaker", "Kamishi")),
     "kozo fibre beating|sukigeta mould|drying board",
     "Traditional crafts manufacturing", "printing worker|textile dyer",
     ("Gallery clerk", "Online shop staff"), "handmade paper technician"),
    ("Soba noodle maker", "Soba shokunin", "そば職人",
     (("Noodle cutter", "Kirikata"), ("Kitchen chief", "Itamae"), ("Head chef", "Ryoricho")),
     "stone mill|soba knife|kneading bowl|dashi stock pot",
     "Restaurants", "ramen cook|hotel kitchen staff|school lunch cook",
     ("Hall staff", "Delivery driver"), "noodle making technician"),
    ("Lacquerware craftsman", "Nushi", "塗師",
     (("Base coater", "Shitajishi"), ("Finish coater", "Uwanurishi"),
      ("Master lacquerer", "Urushi oyakata")),
     "urushi lacquer|bamboo spatula|polishing charcoal|dust-free coating room",
     "Traditional crafts manufacturing", "furniture painter|car body painter",
     ("Wood turner", "Packing staff"), "lacquer coating technician"),
)
_KYUJIN_FIRMS = ("Kaminoyama {} Co., Ltd.", "Yoshinaga {} Works", "Hinode {} Co., Ltd.",
                 "Asahigawa {} Limited", "Tsurugi {} Co., Ltd.")
_KYUJIN_KINDS = {"Miso brewing staff": "Jozo", "Temple carpenter": "Kenchiku",
                 "Washi papermaking craftsman": "Washi", "Soba noodle maker": "Shokudo",
                 "Lacquerware craftsman": "Shikki"}
_PREFECTURES = (("Nagano Prefecture", "Matsumoto City"), ("Fukui Prefecture", "Echizen City"),
                ("Ishikawa Prefecture", "Wajima City"), ("Gifu Prefecture", "Takayama City"),
                ("Shimane Prefecture", "Izumo City"))
_TRANSLATOR_BARS = ("Google Translate   Japanese > English   Show original   Rate this "
                    "translation",
                    "This page has been translated from Japanese   Show original   "
                    "Translation settings   ✕",
                    "Translated by Google  ·  Japanese  ·  Show original")
# The translator's damage: a posting's stock phrases rendered word for word.
_MANGLED = ("Inexperienced welcome", "No experience OK", "Unexperienced person is welcome",
            "It is a workplace with at home atmosphere", "Those who are not experienced are "
            "also big welcome")


def _kyujinmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("board", "sheet"))
    (title, romaji, japanese, rungs, tools, industry, feeders, others, test) = rng.choice(
        _KYUJIN)
    firm = rng.choice(_KYUJIN_FIRMS).format(_KYUJIN_KINDS[title])
    prefecture, city = rng.choice(_PREFECTURES)
    bar = rng.choice(_TRANSLATOR_BARS)
    earlier = rng.sample(feeders.split("|"), 2)
    occupy(g, title, ladder=[title, *(r for r, _ in rungs)], moves_in=earlier)
    g.aliases = [romaji]
    g.role.spellings += [romaji, japanese]
    g.employers, g.sectors = [firm], [industry]
    g.skills = {"tool": rng.sample(tools.split("|"), 3)}
    g.optional += [japanese, f"1st grade {test}"]
    g.must_not_appear += ["Show original"]
    low = rng.randint(18, 23) * 10_000 + rng.choice((0, 5000))
    high = low + rng.randint(4, 8) * 10_000
    _salary(g, low, high, "JPY", period="month")
    how = rng.choice(("thousand", "full", "man", "sen", "en"))
    a_low, a_high = rng.randint(28, 34) * 100_000, rng.randint(40, 46) * 100_000
    fixed = int(_no_pay(g, rng.choice((15_000, 20_000, 25_000, 30_000)), 1000))
    commute = int(_no_pay(g, rng.choice((10_000, 20_000, 30_000)), 1000))
    months = rng.choice(("2.0", "2.5", "3.0", "3.5"))
    duties = [f"・{rng.choice(('Daily work with the', 'Handling of the', 'Work using'))} {t}"
              for t in g.skills["tool"]]
    if variant == "sheet":
        return _vacancy_sheet(rng, g, title, romaji, japanese, rungs, firm, prefecture, city,
                              bar, earlier, industry, test, low, high, how, fixed, commute,
                              months, duties)
    _salary(g, a_low, a_high, "JPY")  # the untranslated 年収 band
    g.optional.append("Regular driver's license")
    g.must_not_appear += ["Apply now", "People who viewed this job also viewed"]
    chip = (f"Salary {_yen(low, 'thousand')} ~ {_yen(high, 'thousand')}" if how != "sen"
            else f"月給 {_yen(low, 'sen')}～{_yen(high, 'sen')}")
    monthly_how = "full" if how in ("thousand", "sen") else how
    monthly_label = "月給" if how == "en" else "Monthly salary:"
    model = rng.randint(45, 55) * 100_000
    _salary(g, model, model, "JPY", point=True, belongs_to=rungs[1][0])
    floor = rng.choice((6_000_000, 6_500_000, 7_000_000))
    _salary(g, floor, None, "JPY", belongs_to=rungs[2][0])
    day = rng.choice((11_000, 12_000, 12_500, 13_000))
    _salary(g, day, day, "JPY", period="day", point=True)
    other_lows = [rng.randint(17, 20) * 10_000, rng.randint(19, 22) * 10_000]
    other_rows = []
    for name, o_low in zip(others, other_lows, strict=True):
        o_high = o_low + rng.randint(2, 5) * 10_000
        _salary(g, o_low, o_high, "JPY", period="month", belongs_to=name)
        other_rows.append(f"{name}   {firm}   Monthly salary {o_low:,} yen ~ {o_high:,} yen")
        g.optional.append(name)
    season = _no_pay(g, rng.choice((20_000, 30_000, 40_000)), 1000)
    mangled = rng.choice(_MANGLED)
    career = " → ".join([f"{title} ({romaji})", *(f"{r} ({k})" for r, k in rungs)])
    salary_block = ["■ Salary", f"{monthly_label} {_yen(low, monthly_how)} ~ "
                    f"{_yen(high, monthly_how)}",
                    f" ※Includes fixed overtime pay {fixed:,} yen. Excess is paid separately.",
                    f"年収 {a_low // 10_000}万円～{a_high // 10_000}万円",
                    f"Model annual income: {_yen(model, 'million')} / {rungs[1][0]}, "
                    f"{rng.randint(6, 10)}th year of employment",
                    f"{rungs[2][0]} class: annual income of {_yen(floor, 'million')} or more",
                    f"Seasonal employment is also possible: daily wage {day:,} yen"]
    allowances = ["■ Allowances and bonuses", f"Bonus: twice a year (last year's result "
                  f"{months} months' worth)", f"Season allowance: {season:,} yen / month",
                  f"Commuting allowance: up to {commute:,} yen / month",
                  "Salary increase: once a year"]
    blocks = [salary_block, allowances]
    if rng.random() < 0.5:
        blocks.reverse()
    return [bar, rng.choice(("Tenshoku Plaza  |  Search jobs  |  Saved (0)  |  For companies",
                             "Shigoto Navi  |  Job search  |  Browsing history  |  Log in")),
            f"TOP > {industry} jobs > {prefecture} > {city}", "",
            f"[Full-time employee] {title} ({romaji}) / {mangled}", firm, "", chip +
            f"   |   {city}, {prefecture}   |   Full-time employee",
            "#Inexperienced OK  #Housing  #Bonus", "", "■ Job description",
            f"You will work as {_a(title)} {title.lower()} ({japanese}) at our workshop.",
            *duties, "", "■ Desired talent", "・Those who are interested in craft work",
            "・Regular driver's license (AT limited OK)",
            f"Many of our staff were former {earlier[0]}s and {earlier[1]}s.", "",
            "■ Career step", career,
            f"Those who pass the national \"1st grade {test}\" test can aim higher.", "",
            *blocks[0], "", *blocks[1], "", "■ Company information",
            f"Company name: {firm}", f"Industry: {industry}", "", "Apply now   Add to saved",
            "", "Other jobs at this company", *other_rows, "",
            "People who viewed this job also viewed"]


def _vacancy_sheet(rng: random.Random, g: Guide, title: str, romaji: str, japanese: str,
                   rungs: tuple[tuple[str, str], ...], firm: str, prefecture: str, city: str,
                   bar: str, earlier: list[str], industry: str, test: str, low: int,
                   high: int, how: str, fixed: int, commute: int, months: str,
                   duties: list[str]) -> list[str]:
    """The public employment office's vacancy sheet: aligned label/value fields, "Wage (a +
    b)" with its basic salary and a fixed allowance, 年収例 for a year of service, a national
    test grade's income, a part-time hourly band, a training path in the remarks."""
    basic_low, basic_high = low - fixed, high - fixed
    year = rng.randint(3, 7)
    example = rng.randint(32, 38) * 100_000
    _salary(g, example, example, "JPY", point=True, level=f"{year}th year")
    graded = _apart(rng.randint(42, 50) * 100_000.0, [float(example)])
    _salary(g, int(graded), int(graded), "JPY", point=True, level="1st grade technician")
    p_low = rng.choice((1050, 1100, 1150))
    p_high = p_low + rng.choice((150, 200, 250))
    _salary(g, p_low, p_high, "JPY", period="hour")
    raise_ = _no_pay(g, rng.choice((3000, 5000, 8000)), 500)
    width = 22
    fields = [("Job number", f"{rng.randint(10, 99)}0{rng.randint(10, 99)}-"
                             f"{rng.randint(1000, 9999)}{rng.randint(100, 999)}"),
              ("Reception date", f"2026/{rng.randint(9, 11)}/{rng.randint(1, 28)}"),
              ("Business name", firm), ("Industry", industry),
              ("Occupation", f"{title} ({romaji})"),
              ("Place of work", f"{city}, {prefecture}"),
              ("Wage (a + b)", f"{_yen(low, how)} ~ {_yen(high, how)}"),
              ("a Basic salary", f"{basic_low:,} yen ~ {basic_high:,} yen"),
              ("b Fixed allowance", f"Skill allowance {fixed:,} yen"),
              ("Commuting", f"Actual cost (up to {commute:,} yen per month)"),
              ("Wage increase", f"Yes (last year {raise_:,} yen / month)"),
              ("Bonus", f"Yes (last year {months} months)"),
              ("Working hours", "8:00 ~ 17:00 (break 60 minutes)"),
              ("Holidays", "Sundays, national holidays, other"),
              ("Trial period", "Yes (3 months, same conditions)")]
    rows = [f"{label:<{width}}{value}" for label, value in fields]
    return [bar, "Hello Work Internet Service   Job search   Print", "",
            "Job Offer Information (Full-time)", "", *rows, "",
            "Job description", *duties, "",
            "Remarks",
            f"年収例 {example // 10_000}万円（入社{year}年目）",
            f"1st grade {test}: annual income {_yen(int(graded), 'million')} (past record)",
            f"Part-time is also possible: hourly wage {p_low:,} yen ~ {p_high:,} yen",
            f"Training path: {title.lower()} → " + " → ".join(
                f"{r} ({k})" for r, k in rungs) + ".",
            f"Our craftspeople include former {earlier[0]}s and {earlier[1]}s.", "",
            f"Also written {japanese}.", "", "Application method: bring the introduction "
            "letter from Hello Work", "Show original"]


# --------------------------------------------------------------------------------------
# A history of an occupation
# --------------------------------------------------------------------------------------
# (title, former names, eras (year, era's tools), past titles, history move, present-day
#  rung, sideways moves, entry routes, present-day tools, related trades, guild)
_TRADES = (
    ("Farrier", "horseshoer|shoeing smith", (("1790", "forge and anvil"),
                                              ("1890", "machine-made shoe blanks"),
                                              ("1970", "portable gas forge")),
     "Cavalry shoesmith|Doorman", "Village blacksmith", "Master Farrier",
     "Equine Dental Technician|Stable Manager", "Agricultural Mechanic|Welder",
     "hoof testers|rasp|clinch cutter", "Saddler|Wheelwright", "Worshipful Company of Farriers"),
    ("Watchmaker", "horologist|clock repairer", (("1760", "turns and bow"),
                                                 ("1880", "watchmaker's lathe"),
                                                 ("1975", "quartz tester")),
     "Finisher|Escapement maker", "Gunsmith", "Restoration Watchmaker",
     "Jewelry Repairer|Instrument Technician", "Machinist|Jeweler",
     "timing machine|ultrasonic cleaner|loupe", "Jeweler's engraver|Optician",
     "Horological Society"),
    ("Bookbinder", "binder|book finisher", (("1750", "sewing frame"),
                                            ("1870", "case-making machine"),
                                            ("1980", "perfect binder")),
     "Forwarder|Gold tooler", "Printer's devil", "Conservation Bookbinder",
     "Paper Conservator|Print Finisher", "Print Machine Operator|Leather Worker",
     "board shear|nipping press|bone folder", "Papermaker|Marbler", "Binders' Guild"),
    ("Stonemason", "freemason|banker mason", (("1300", "mallet and claw chisel"),
                                              ("1860", "steam saw"),
                                              ("1990", "pneumatic chisel")),
     "Hewer|Setter-out", "Quarryman", "Heritage Mason",
     "Monumental Mason|Building Conservator", "Bricklayer|Landscaper",
     "banker bench|angle grinder|laser level", "Slater|Plasterer", "Stone Federation"),
)


def _occhistory(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("encyclopedia", "heritage"))
    (title, former, eras, past, history_move, rung, sideways, routes, tools, related,
     guild) = rng.choice(_TRADES)
    aliases = former.split("|")
    apprentice = f"Apprentice {title}"
    sideways_l, routes_l = sideways.split("|"), routes.split("|")
    occupy(g, title, ladder=[apprentice, title, rung], transitions=sideways_l,
           moves_in=routes_l)
    g.aliases = aliases
    g.role.spellings += aliases
    era_tools = [t for _, t in eras]
    g.skills = {"tool": [*era_tools, *tools.split("|")[:2]]}
    past_l = past.split("|")
    g.optional += [*past_l, history_move, *related.split("|"), guild]
    old_year = int(eras[1][0]) + rng.randint(-5, 5)
    old_pay = int(_no_pay(g, rng.randint(3, 9) * 100, 25))
    shillings = rng.randint(18, 40)
    fee = _no_pay(g, rng.randint(60, 180), 5)
    if variant == "heritage":
        return _heritage(rng, g, title, aliases, eras, past_l, history_move, apprentice,
                         rung, sideways_l, routes_l, tools, related, guild, shillings, fee)
    median = rng.randint(42, 62) * 1000 + rng.randint(0, 9) * 10
    band_low = median - rng.randint(8, 14) * 1000
    band_high = median + rng.randint(12, 24) * 1000
    _salary(g, median, median, point=True)
    _salary(g, band_low, band_high)
    g.must_not_appear += ["[edit]", "Contents"]
    refs = iter(range(1, 20))
    return [rng.choice(("From Tradepedia, the free encyclopedia",
                        "From OpenCrafts Wiki")),
            f"This article is about the trade. For the surname, see {title} (surname).", "",
            title, "", f"{title} ({aliases[0]}, historically {aliases[1]}) is a craft "
            f"occupation with a recorded history of several centuries.[{next(refs)}]", "",
            "Contents", "1 Early history", "2 Industrial era", "3 Present day",
            "4 References", "", "Early history[edit]",
            f"Around {eras[0][0]} the trade worked with the {eras[0][1]}. Workshops employed "
            f"{_plural(past_l[0]).lower()} and {_plural(past_l[1]).lower()}.[{next(refs)}]",
            f"Some early practitioners had been {_plural(history_move).lower()} before "
            "taking up the work.", "", "Industrial era[edit]",
            f"By {eras[1][0]} the {eras[1][1]} had spread. In {old_year} a {title.lower()} in "
            f"a large town was paid ${old_pay} a year, or about {shillings} shillings a "
            f"week in Britain.[{next(refs)}] After {eras[2][0]} the {eras[2][1]} changed "
            "the bench.", "", "Present day[edit]",
            f"Today most enter as {_a(apprentice)} {apprentice.lower()}; many come from "
            f"{routes_l[0].lower()} or {routes_l[1].lower()} work. Experienced workers "
            f"may become {_a(rung)} {rung.lower()}, and some move sideways into "
            f"{sideways_l[0].lower()} or {sideways_l[1].lower()} posts.",
            f"Modern kit includes the {_prose_list(tools.split('|')[:2])}.",
            f"The Bureau of Labor Statistics put the median pay at ${median:,} a year in "
            f"May 2025; the middle half earned ${band_low:,} to ${band_high:,}."
            f"[{next(refs)}] Independent workers charge about ${fee:.0f} a job.", "",
            f"See also: {_prose_list(related.split('|'))}; the {guild}.", "",
            "References[edit]", "1. ^ A history of the bench trades, 1998.",
            "2. ^ Wage books of the county, 1901.", "", "Categories: Crafts | Occupations",
            "This page was last edited on 2 November 2026."]


def _heritage(rng: random.Random, g: Guide, title: str, aliases: list[str],
              eras: tuple[tuple[str, str], ...], past: list[str], history_move: str,
              apprentice: str, rung: str, sideways: list[str], routes: list[str],
              tools: str, related: str, guild: str, shillings: int, fee: float) -> list[str]:
    """A heritage site's page: numbered eras, past workshop titles, shillings and a per-job
    charge, a guild, apps as tools, a present-day band and a rung's figure, related trades."""
    # This page prints every present-day tool, not the first two the encyclopedia names.
    g.skills = {"tool": [*(tool for _, tool in eras), *tools.split("|")]}
    low = rng.randint(34, 44) * 1000
    high = low + rng.randint(12, 20) * 1000
    _salary(g, low, high, "GBP")
    top = rng.randint(58, 75) * 1000
    _salary(g, top, top, "GBP", point=True, belongs_to=rung)
    g.must_not_appear += ["Support the museum"]
    told = (f"Shops kept {_plural(past[0]).lower()} and {_plural(past[1]).lower()}; a "
            f"journeyman took home {shillings} shillings a week.",
            f"Many newcomers had been {_plural(history_move).lower()}. A call-out cost "
            f"{rng.randint(2, 6)}s 6d.", "Machines took over the rough work.")
    eras_text = []
    for i, ((year, tool), story) in enumerate(zip(eras, told, strict=True), 1):
        eras_text += [f"{i}. {year}s — the age of the {tool}", story, ""]
    return [rng.choice(("The Museum of Working Lives", "Heritage Trades Trust")),
            "Home  ›  Trades  ›  " + title, "", f"The {title.lower()}: a history", "",
            f"Once called the {aliases[0]} or the {aliases[1]}, the {title.lower()} has "
            "changed with every age.", "", *eras_text,
            "Today", f"An {apprentice.lower()} trains for three or four years, often after "
            f"work as {_a(routes[0])} {routes[0].lower()} or {routes[1].lower()}. Many join "
            f"the {guild}. The best become {_plural(rung).lower()}.",
            f"Workshops now use the {_prose_list(tools.split('|'))}.",
            f"Employed {_plural(title).lower()} earn £{low:,} to £{high:,}; "
            f"{_a(rung)} {rung.lower()} can earn £{top:,}. A visit is charged about "
            f"£{fee:.0f}.",
            f"Some later switch to {sideways[0].lower()} or {sideways[1].lower()} work.", "",
            f"Related trades: {_prose_list(related.split('|'))}", "",
            "Share   Support the museum   © Heritage Trades"]


# --------------------------------------------------------------------------------------
# A programme-outcome or gainful-employment disclosure
# --------------------------------------------------------------------------------------
# (role, SOC code, program, other SOC occupations, curriculum (techniques|tools), employers,
#  settings, lead rung word, entry routes, credential pathway)
_PROGRAMS = (
    ("HVAC Technician", "49-9021", "Heating, Ventilation and Air Conditioning",
     "Refrigeration Mechanics|Maintenance Workers, Machinery",
     "load calculation|brazing|refrigerant recovery machine|manifold gauges",
     "Coldline Mechanical|Harbor Air Services", "Commercial buildings|Hospitals",
     "Army mechanic|Appliance repairer", "Certified|Master"),
    ("Medical Coder", "29-2072", "Health Information Coding",
     "Medical Records Specialists|Billing Clerks",
     "ICD-10-CM coding|CPT coding|encoder software|EHR systems",
     "Riverbend Health|Pinecrest Clinics", "Hospitals|Physician offices",
     "Medical receptionist|Pharmacy technician", "Certified|Specialist"),
    ("Welding Technician", "51-4121", "Welding Technology",
     "Metal Fabricators|Pipefitters",
     "GMAW welding|blueprint reading|plasma cutter|TIG torch",
     "Ironbridge Fabrication|Delta Shipworks", "Shipyards|Manufacturing plants",
     "Farm hand|Auto body repairer", "Certified|Inspector"),
    ("Veterinary Technician", "29-2056", "Veterinary Technology",
     "Animal Caretakers|Laboratory Assistants",
     "anesthesia monitoring|radiography|cell counter|practice management software",
     "Oakhill Animal Hospital|Greenfield Vet Group", "Animal hospitals|Research labs",
     "Kennel attendant|Groomer", "Credentialed|Specialist"),
)
_SCHOOLS = ("Lakeshore Technical Institute", "Redwood Career College",
            "Summit Trades Academy", "Bayview Polytechnic")


def _outcomes(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("gainful", "college"))
    (title, soc, program, others, curriculum, firms, settings, feeders, creds) = rng.choice(
        _PROGRAMS)
    school = rng.choice(_SCHOOLS)
    other_l, feeders_l = others.split("|"), feeders.split("|")
    g.employers, g.sectors = firms.split("|"), settings.split("|")
    parts = curriculum.split("|")
    g.skills = {"top": parts[:2], "tool": parts[2:]}
    g.optional += other_l
    g.must_not_appear += ["Net Price Calculator" if variant == "gainful" else "Apply now",
                          school]
    if variant == "college":
        return _college(rng, g, title, program, other_l, feeders_l, creds.split("|"),
                        school, parts)
    lead = f"Lead {title}"
    occupy(g, title, ladder=[title, lead], moves_in=feeders_l)
    bls = rng.randint(48, 66) * 1000 + rng.randint(1, 9) * 10
    completers = _apart(rng.randint(40, 58) * 1000.0, [float(bls)])
    start = rng.randint(2100, 2900) / 100
    _salary(g, bls, bls, point=True)
    _salary(g, int(completers), int(completers), point=True)
    _salary(g, start, start, period="hour", point=True, level="Entry")
    soc_rows = [f"{soc}  {_plural(title)}  ${bls:,}"]
    used = [float(bls), completers]
    for name in other_l:
        value = int(_apart(rng.randint(38, 60) * 1000.0 + rng.randint(0, 99) * 10, used))
        _salary(g, value, value, point=True, belongs_to=name)
        soc_rows.append(f"{soc[:3]}{rng.randint(1000, 9999)}  {name}  ${value:,}")
    diem = _no_pay(g, rng.choice((45, 55, 65)), 5)
    rates = [f"On-time completion rate: {rng.randint(48, 80)}%",
             f"Job placement rate: {rng.randint(60, 90)}%",
             f"Median loan debt: ${rng.randint(6, 14) * 1000:,}"]
    rng.shuffle(rates)
    return [f"{school}  |  Programs  |  Admissions  |  Financial Aid  |  Apply",
            f"Home > Programs > {program} > Disclosures", "",
            f"{program} (Certificate) — Gainful Employment Disclosure", "",
            f"Credential level: Certificate   CIP code: {rng.randint(10, 52)}."
            f"{rng.randint(1000, 9999)}   Normal time: {rng.randint(9, 18)} months", "",
            "Occupations this program prepares you for (SOC)", *soc_rows, "",
            f"Tuition and fees: ${rng.randint(12, 24) * 1000:,}   Books: "
            f"${rng.randint(8, 20) * 100:,}", *rates,
            f"Median earnings of completers (3 years after): ${int(completers):,}",
            f"Average starting wage: ${start:.2f} per hour", "",
            "What you will learn: " + " · ".join(parts), "",
            f"Where our graduates work: {_prose_list(g.employers)}, in "
            f"{_prose_list([s.lower() for s in g.sectors])}.",
            f"After a few years many become {_a(lead)} {lead.lower()}. Students often "
            f"join us after work as {_a(feeders_l[0])} {feeders_l[0].lower()} or "
            f"{feeders_l[1].lower()}.",
            f"Field placements include a ${diem:.0f} per diem for travel.", "",
            "Disclosures are required by 34 CFR 668.43.   Net Price Calculator",
            f"© {school}"]


def _college(rng: random.Random, g: Guide, title: str, program: str, others: list[str],
             feeders: list[str], creds: list[str], school: str, parts: list[str]) -> list[str]:
    """The college's outcomes page: headline statistics, a dotted "Graduates work as" table
    with shares, employers and sectors, hourly, yearly and day rates, a credential pathway,
    moves in, " - " skills, a graduate's quote, fees, related courses."""
    ladder = [title, *(f"{c} {title}" for c in creds)]
    occupy(g, title, ladder=ladder, moves_in=feeders)
    g.optional += others
    starting = rng.randint(52, 68) * 1000 + 500 * rng.randint(0, 1)
    _salary(g, starting, starting, "AUD", point=True)
    h_low = rng.randint(38, 52)
    _salary(g, h_low, h_low + rng.randint(15, 30), "AUD", period="hour")
    y_low = _apart(rng.randint(66, 74) * 1000.0, [float(starting)])
    _salary(g, int(y_low), int(y_low) + rng.randint(8, 14) * 1000, "AUD")
    d_low = rng.randint(9, 12) * 100
    _salary(g, d_low, d_low + rng.randint(3, 6) * 100, "AUD", period="day",
            belongs_to=ladder[-1])
    shares = [rng.randint(40, 60), rng.randint(10, 20), rng.randint(5, 12)]
    table = [f"{name} {'.' * (34 - len(name))} {share}%"
             for name, share in zip([title, *others], shares, strict=True)]
    grad = rng.choice(("Mia T.", "Jordan P.", "Aroha K."))
    g.must_not_appear.append(grad)
    return [f"{school}  ·  Courses  ·  Study with us  ·  Apply now",
            f"Diploma of {program}", "",
            f"{rng.randint(82, 95)}% of graduates employed within 6 months  |  "
            f"{rng.randint(85, 97)}% satisfied  |  Median full-time starting salary "
            # (the A$ is the page's one cue to its Australian dollars: a bare "$" is USD)
            f"A${starting:,}", "", "Graduates work as", *table, "",
            f"Our graduates work with {_prose_list(g.employers)} and others in "
            f"{_prose_list([s.lower() for s in g.sectors])}.",
            f"Typical pay: ${_money(float(g.salaries[1]['min']))}–"
            f"${_money(float(g.salaries[1]['max']))} an hour as a contractor, "
            f"${int(y_low):,}–${int(g.salaries[2]['max']):,} a year in-house; "
            f"{_plural(ladder[-1]).lower()} charge ${d_low:,}–"
            f"${int(g.salaries[3]['max']):,} a day.", "",
            "Pathway: " + " → ".join(ladder), "",
            f"Many students come to us from work as {_a(feeders[0])} "
            f"{feeders[0].lower()} or {feeders[1].lower()}.", "", "What you'll learn",
            *[f" - {p}" for p in parts], "",
            f"\"The placement got me my first job.\" — {grad}, 2025 graduate", "",
            f"Fees: ${rng.randint(6, 14) * 1000:,} (fee-free places available)",
            "Related courses: Certificate IV in Leadership"]


# --------------------------------------------------------------------------------------
# A filled-in individual development plan
# --------------------------------------------------------------------------------------
# (role, previous positions, short-term goal, long-term goal, alternative, detail,
#  competencies, systems)
_PLANS = (
    ("Archives Technician", "Records Clerk|Library Aide", "Archivist", "Supervisory Archivist",
     "Records Manager", "Preservation Specialist",
     "Arrangement and description|Digital preservation|Reference service",
     "ArchivesSpace|Preservica"),
    ("Contract Specialist", "Purchasing Agent|Procurement Clerk", "Contracting Officer",
     "Procurement Director", "Grants Manager", "Budget Analyst",
     "Market research|Cost analysis|Negotiation", "SAM.gov|PRISM"),
    ("Biological Technician", "Laboratory Aide|Field Assistant", "Biologist",
     "Research Program Manager", "Environmental Protection Specialist", "Hydrologist",
     "Field sampling|Data analysis|Specimen curation", "R|ArcGIS"),
)
_NHS = (
    ("Respiratory Physiologist", "Healthcare Assistant|Associate Practitioner",
     "Clinical Scientist", "Respiratory Service Manager", "Sleep Physiologist",
     "Spirometry|Blood gas analysis|Sleep study scoring", "Vyaire Sentry|ComPAS"),
    ("Audiologist", "Audiology Assistant|Hearing Aid Dispenser", "Clinical Scientist",
     "Head of Audiology", "Vestibular Specialist",
     "Pure tone audiometry|Hearing aid fitting|Tympanometry", "Noah|Auditbase"),
)


def _idpform(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("federal", "nhs"))
    if variant == "nhs":
        return _nhs_pdp(rng, g)
    (title, previous, short, long, alternative, detail, comps, systems) = rng.choice(_PLANS)
    prev_l = previous.split("|")
    occupy(g, title, ladder=[*prev_l, title, short, long], transitions=[alternative])
    comp_l, sys_l = comps.split("|"), systems.split("|")
    g.skills = {"top": comp_l, "tool": sys_l}
    agency = rng.choice(("National Heritage Service", "Office of Field Operations",
                         "Bureau of Land Studies"))
    g.employers = [agency]
    g.optional += [detail]
    grade = rng.choice((7, 9, 11))
    own_low = rng.randint(48, 62) * 1000 + rng.randint(100, 999)
    own_high = round(own_low * 1.3)
    _salary(g, own_low, own_high, level=f"GS-{grade}")
    t_low = _apart(round(own_low * 1.2) + 0.0, [float(own_low), float(own_high)])
    t_high = round(t_low * 1.3)
    _salary(g, int(t_low), t_high, belongs_to=short)
    g.must_not_appear += ["Privacy Act Statement", "Signature"]
    rating = [f"| {c} | {rng.randint(1, 3)} | {rng.randint(3, 5)} | "
              f"{rng.choice(('High', 'Medium'))} |" for c in comp_l]
    cost = rng.randint(4, 20) * 100
    return [f"INDIVIDUAL DEVELOPMENT PLAN (IDP)   Form {rng.randint(100, 999)}-"
            f"{rng.randint(10, 99)}", "Privacy Act Statement: the information is used for "
            "training planning only.", "", "PART I — EMPLOYEE INFORMATION",
            f"Name: {rng.choice(('R. Okafor', 'D. Lindqvist', 'P. Marchetti'))}",
            f"Position title: {title}   Series/Grade/Step: "
            f"{rng.randint(1000, 1999)}/GS-{grade}/{rng.randint(1, 10)}",
            f"Organization: {agency}", f"Previous positions: {prev_l[0]} (2016–2019); "
            f"{prev_l[1]} (2019–2022)", "Supervisor: Branch Chief", "",
            "PART II — CAREER GOALS",
            f"Short-term goal (1–2 years): compete for {_a(short)} {short} position "
            f"(vacancy announcement band ${int(t_low):,} – ${t_high:,}).",
            f"Long-term goal (3–5 years): {long}.",
            f"Alternative goal: {alternative}.", "",
            "PART III — COMPETENCIES", "| Competency | Current | Target | Priority |",
            "|---|---|---|---|", *rating, "",
            "PART IV — DEVELOPMENT ACTIVITIES",
            f"| Course on {sys_l[0]} | Q2 | ${cost:,} |",
            f"| 60-day detail to a {detail} office | Q3 | $0 |",
            f"| Shadowing a {short.lower()} | Q4 | $0 |", "",
            f"My current range at GS-{grade} is ${own_low:,} – ${own_high:,}. I use "
            f"{_prose_list(sys_l)} daily.", "",
            "Employee signature ____________   Supervisor signature ____________"]


def _nhs_pdp(rng: random.Random, g: Guide) -> list[str]:
    """The NHS appraisal and PDP: a dotted label/value header with the band's range, a route
    so far, achievements with systems, SMART objectives, career aspirations with a target
    post's band, a KSF outline, a study budget."""
    (title, previous, target, long, alternative, comps, systems) = rng.choice(_NHS)
    prev_l = previous.split("|")
    senior = f"Senior {title}"
    occupy(g, title, ladder=[*prev_l, title, senior, long], transitions=[alternative])
    comp_l, sys_l = comps.split("|"), systems.split("|")
    g.skills = {"top": comp_l, "tool": sys_l}
    trust = rng.choice(("Northgate Hospitals NHS Trust", "Westmere Healthcare NHS Trust"))
    g.employers = [trust]
    g.optional += ["Knowledge and Skills Framework", "RCCP", target]
    band = rng.choice((5, 6))
    low = rng.randint(29, 33) * 1000 + rng.randint(100, 999)
    _salary(g, low, low + rng.randint(6, 8) * 1000, "GBP", level=f"Band {band}")
    s_low = _apart(low + rng.randint(8, 10) * 1000.0, [float(low)])
    s_high = int(s_low) + rng.randint(7, 9) * 1000
    _salary(g, int(s_low), s_high, "GBP", level="Senior")
    budget = _no_pay(g, rng.choice((500, 750, 1000)), 50)
    g.must_not_appear += ["Appraiser", "Signed", "Lead Physiologist"]

    def field(label: str, value: str) -> str:
        return f"{label} {'.' * (28 - len(label))} {value}"

    return ["APPRAISAL AND PERSONAL DEVELOPMENT PLAN", "",
            field("Name", rng.choice(("A. Mensah", "C. Rowlands", "S. Iqbal"))),
            field("Job title", f"{title} (Band {band})"),
            field("Band range", f"£{low:,} – £{int(g.salaries[0]['max']):,}"),
            field("Organisation", trust), field("Appraiser", "Lead Physiologist"),
            field("Review period", "Apr 2026 – Mar 2027"), "",
            "1. My route so far", f"{prev_l[0]} → {prev_l[1]} → {title}", "",
            "2. Achievements this year",
            f"- Ran clinics in {comp_l[0].lower()} using {sys_l[0]}",
            f"- Audited {comp_l[1].lower()} reporting in {sys_l[1]}", "",
            "3. SMART objectives",
            f"- Become independent in {comp_l[2].lower()} by March (support: study day)", "",
            "4. Career aspirations",
            f"Apply for the {senior} post (Band {band + 1}, £{int(s_low):,} – "
            f"£{s_high:,}) within two years, and in the long term become {_a(long)} "
            f"{long}. I would also consider {_a(alternative)} {alternative} role. "
            f"Training as a {target} via the STP is not my aim now (RCCP registration held).",
            "",
            "5. Knowledge and Skills Framework (KSF) outline: Communication 3 · Personal "
            "development 3 · Quality 2",
            f"Study budget agreed: £{budget:,.0f}", "",
            "Signed (appraisee) ______  Signed (appraiser) ______   Page 1 of 1"]


# --------------------------------------------------------------------------------------
# A competency matrix exported to text
# --------------------------------------------------------------------------------------
# (role, junior word, last rung (title, alternative), competency rows (name, tools),
#  moves up, sideways, in, body)
_MATRICES = (
    ("Land Surveyor", "Trainee", ("Survey Manager", "Chief Surveyor"),
     (("Control surveys", "GNSS receiver"), ("Topographic mapping", "total station"),
      ("Data processing", "Trimble Business Center")),
     "Geospatial Director", "GIS Analyst", "Construction Setting-out Engineer",
     "Institute of Land Surveying"),
    ("Sound Engineer", "Junior", ("Head of Sound", "Sound Supervisor"),
     (("Live mixing", "digital mixing console"), ("Studio recording", "Pro Tools"),
      ("System tuning", "Smaart")),
     "Technical Director", "Broadcast Technician", "Stagehand",
     "Guild of Audio Professionals"),
    ("Horticulturist", "Apprentice", ("Head Gardener", "Gardens Manager"),
     (("Plant propagation", "mist propagation unit"), ("Soil management", "pH meter"),
      ("Pest control", "knapsack sprayer")),
     "Estate Manager", "Landscape Designer", "Groundsperson",
     "Chartered Horticulture Council"),
    ("Data Protection Officer", "Associate", ("Head of Privacy", "Chief Privacy Officer"),
     (("Privacy impact assessment", "OneTrust"), ("Breach response", "incident register"),
      ("Records of processing", "ROPA template")),
     "General Counsel", "Information Security Analyst", "Compliance Officer",
     "Privacy Practitioners Body"),
)


def _competencymatrix(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("export", "council"))
    (title, junior, (last, alt), rows, up, sideways, feeder, body) = rng.choice(_MATRICES)
    ladder = [f"{junior} {title}", title, f"Senior {title}", last]
    occupy(g, title, ladder=ladder, leads=[up], transitions=[sideways], moves_in=[feeder])
    g.skills = {"top": [n for n, _ in rows], "tool": [t for _, t in rows]}
    firms = rng.sample(("Hollin & Reeve", "Castlegate Group", "Marrow Partners",
                        "Northwind Estates"), 2)
    g.employers = firms
    g.optional += [alt, body]
    hourly = variant == "council"
    levels: list[tuple[str | None, str | None]] = [(junior, None), (None, None),
                                                    ("Senior", None), (None, last)]
    bands = []
    base = rng.randint(1150, 1400) / 100 if hourly else rng.randint(22, 28) * 1000
    for i, (level, owner) in enumerate(levels):
        lo = round(base * 1.22 ** i, 2) if hourly else int(base * 1.22 ** i) // 500 * 500
        hi = round(lo * 1.12, 2) if hourly else int(lo * 1.15) // 500 * 500
        _salary(g, lo, hi, "GBP", period="hour" if hourly else "year", level=level,
                belongs_to=owner)
        bands.append((lo, hi))
    code = title[0].upper()
    if variant == "council":
        return _council(rng, g, title, ladder, alt, rows, up, sideways, feeder, body, firms,
                        bands, code)
    g.must_not_appear += ["How to read this matrix", "Typical experience"]
    rate = _no_pay(g, rng.choice((0.09, 0.11, 0.12)), 0.01)
    head = "\t".join(["Competency", *(f"{code}{i} {n}" for i, n in enumerate(ladder, 1))])
    lines = [f"{body.upper()}", f"{title} competency matrix  |  version 3.{rng.randint(0, 9)}",
             f"Exported from \"{title} matrix\" sheet", "", "How to read this matrix: each "
             "column is a career stage; cells are cumulative.", "", head]
    for name, tool in rows:
        cells = [f"{name}", f"uses {tool} with supervision", f"{tool}: works independently",
                 "reviews others' work", "signs off deliveries"]
        lines.append("\t".join(cells))
    lines += ["\t".join(["Typical experience", "0–2 yrs", "2–5 yrs", "5–8 yrs", "8+ yrs"]),
              "\t".join(["Membership grade", "Student", "Associate", "Member", "Fellow"]),
              "\t".join(["Salary (£)", *(f"{lo:,}–{hi:,}" for lo, hi in bands)]), "",
              f"Notes: the {last} column is also known as {alt}. Freelance rates of "
              f"£{rate:.2f} per word apply to reports and are not salaries.",
              f"Moves: practitioners may move on to {up}; sideways into {sideways}; "
              f"practitioners often join from {feeder} roles.",
              f"Consulted: {_prose_list(firms)}.", "", "Page 1 of 1   Review: 2027"]
    return lines


def _council(rng: random.Random, g: Guide, title: str, ladder: list[str], alt: str,
             rows: tuple[tuple[str, str], ...], up: str, sideways: str, feeder: str,
             body: str, firms: list[str], bands: list[tuple[float, float]],
             code: str) -> list[str]:
    """The skills council's matrix: a level legend with the last title wrapped, units with
    one "X1:" … "X4:" line per level, tickets, hourly guidance by level code with a weighting
    percentage, onward routes, related roles, employers who helped."""
    legend = []
    for i, name in enumerate(ladder, 1):
        words = name.split()
        if i == len(ladder) and len(words) > 1:
            legend += [f"{code}{i}  {' '.join(words[:-1]):<36}leads and signs off work",
                       f"    {words[-1]}"]
        else:
            legend.append(f"{code}{i}  {name:<36}works at stage {i}")
    units = []
    for n, (name, tool) in enumerate(rows, 1):
        units += [f"UNIT {n}  {name.upper()}",
                  *(f" {code}{i}: {w} the {tool}." for i, w in enumerate(
                      ("Uses", "Sets up", "Checks others' use of", "Approves use of"), 1))]
    weighting = rng.choice((10, 15, 20))
    while any(v == weighting for band in bands for v in band):
        weighting += 5  # a weighting percentage that is no rate of the guidance ("£15.00")
    related = rng.sample(("Assessor", "Trainer", "Estimator", "Inspector"), 2)
    g.optional += related  # related roles, not covered: no move
    g.must_not_appear += ["PAY GUIDANCE", "TICKETS"]
    return [f"{body.upper()} SKILLS COUNCIL", f"{title} Competency Matrix 2026  |  Levels "
            f"{code}1–{code}4", "-" * 60, "LEVELS", *legend, "-" * 60, *units, "",
            "TICKETS", f" {code}1: first aid   {code}3: assessor award", "",
            f"PAY GUIDANCE (hourly, £; London weighting {weighting}%)",
            *(f" {code}{i}  £{lo:.2f} – £{hi:.2f}" for i, (lo, hi) in enumerate(bands, 1)),
            "", f"{ladder[-1]} is also called {alt}.",
            f"Onward routes: {up}. Some move sideways into {sideways} posts; many join "
            f"from {feeder} work.", f"Related roles (not covered here): {', '.join(related)}",
            f"Written with help from {_prose_list(firms)}."]


# --------------------------------------------------------------------------------------
# A German public-service pay explainer read through a translator
# --------------------------------------------------------------------------------------
# (translated title, German title, colloquial alias, groups (own, extra duties), other
#  title and its group, rungs (English, German), skills, entrants, industry switch,
#  employers, sectors, industry agreement)
_TVOD = (
    ("Specialist for sewage engineering", "Fachkraft für Abwassertechnik", "sewage worker",
     ("EG 5", "EG 6"), ("Master for sewage engineering", "EG 9a"),
     (("Shift supervisor", "Schichtleiter"), ("Plant manager", "Betriebsleiter")),
     "sludge treatment|SCADA control system|DWA-A 131", "Plumber|Chemical operator",
     "Process technician", "Stadtentwässerung Kiel|Klärwerk Nordstadt",
     "municipal utilities|water associations", "TV-V"),
    ("Forestry worker", "Forstwirt", "woodsman", ("EG 5", "EG 6"),
     ("Forest master", "EG 9a"),
     (("Forest foreman", "Forstwirtschaftsmeister"), ("District forester", "Revierförster")),
     "tree felling|harvester operation|wildlife fence building", "Gardener|Carpenter",
     "Arborist", "Landesforst Hessen|Stadtforst Göttingen",
     "state forestry offices|municipal forests", "TV-Forst"),
    ("Laboratory assistant in biology", "Biologielaborant", "lab rat", ("E 5", "E 6"),
     ("State-certified technician", "E 9a"),
     (("Chief laboratory assistant", "Oberlaborant"), ("Laboratory manager", "Laborleiter")),
     "cell culture|PCR|ELN software", "Medical assistant|Pharmacy assistant",
     "Quality control inspector", "Universität Mittelstadt|Landesamt für Umwelt",
     "universities|state laboratories", "IG BCE chemical tariff"),
)
_DE_PORTALS = ("tarif-gehalt.example", "oeffentlicher-dienst-info.example",
               "entgelt-check.example")


def _tvodmt(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = _begin(rng, g, ("tvod", "tvl"))
    (title, german, colloquial, (own, extra), (other, other_group), rungs, skills, entrants,
     switch, employers, sectors, industry) = rng.choice(_TVOD)
    rung_names = [r for r, _ in rungs]
    entrants_l = entrants.split("|")
    occupy(g, title, ladder=[title, *rung_names], transitions=[switch], moves_in=entrants_l)
    g.aliases = [colloquial]
    g.role.spellings.append(german)
    g.skills = {"top": skills.split("|")}
    g.employers, g.sectors = employers.split("|"), sectors.split("|")
    tariff = "TVöD VKA" if variant == "tvod" else "TV-L"
    g.optional += [tariff, other, "master's examination"]
    if variant == "tvl":
        g.optional.append(industry)
    g.must_not_appear += ["Show original", "Write a comment", "Imprint"]
    base = rng.randint(2750, 3050) + rng.randint(0, 99) / 100
    groups = [(own, None, None, base), (extra, None, None, base * 1.03),
              (other_group, other, other, base * 1.12)]
    tables: list[list[float]] = []
    for name, owner, _, start in groups:
        cells = [round(start * 1.045 ** i + rng.randint(0, 40) / 10, 2) for i in range(6)]
        for i, cell in enumerate(cells, 1):
            _salary(g, cell, cell, "EUR", period="month", point=True,
                    level=f"{name} Level {i}", belongs_to=owner)
        tables.append(cells)
    trainee = [round(1180 + 50 * i + rng.randint(0, 99) / 100, 2) for i in range(3)]
    for t in trainee:
        _salary(g, t, t, "EUR", period="month", point=True, level="Trainee")
    net = _no_pay(g, round(tables[0][2] * 0.68), 7)
    special = rng.choice(("84.51", "75.23", "90.00"))
    shift = _no_pay(g, rng.choice((105, 155, 175)), 5)
    bar = rng.choice(("Translated by Google  ·  Original language: German  ·  Show original",
                      "Page translated from German   Show original   Always translate"))
    portal = rng.choice(_DE_PORTALS)
    commenter = rng.choice(("Jens_K.", "Mareike B.", "Tobi84"))
    g.must_not_appear.append(commenter)
    career = (f"With the master's examination {_a(title.lower())} {title.lower()} can become "
              f"{rung_names[0].lower()} ({rungs[0][1]}) and later {rung_names[1].lower()} "
              f"({rungs[1][1]}).")
    head = [bar, f"{portal}  |  TVöD  |  TV-L  |  Civil servants  |  Salary calculator",
            f"Home » Salary » Occupations » {title}", "",
            f"{title}: salary in the {tariff} (2026)",
            f"Last updated: {rng.randint(1, 28)}.0{rng.randint(1, 9)}.2026  ·  Reading time: "
            f"{rng.randint(4, 8)} minutes", "",
            f"The {title.lower()} ({german}, colloquially \"{colloquial}\") works mostly "
            f"for {_prose_list(g.sectors)}.",
            f"Typical employers are {_prose_list(g.employers)}.", ""]
    if variant == "tvl":
        return _tvl(rng, g, head, title, own, extra, other, other_group, tables, trainee,
                    career, skills, entrants_l, switch, industry, net, commenter)
    rows = [f"{name} | " + " | ".join(_de(c, True) for c in cells)
            for (name, _, _, _), cells in zip(groups, tables, strict=True)]
    mine = tables[0][3]
    return [*head, "Which pay group?",
            f"After training, the {title.lower()} is in pay group {own}; with "
            f"supervisory duties in {extra}. {other} is assessed in {other_group}.", "",
            f"{tariff} table (monthly gross in euros)",
            "Pay group | Level 1 | Level 2 | Level 3 | Level 4 | Level 5 | Level 6", *rows,
            "Levels: level 2 after 1 year, level 3 after 2 more years, level 4 after 3.", "",
            "Salary during training",
            *(f"{n} year of training: {_de(t, True)} €" for n, t in zip(("1st", "2nd", "3rd"),
                                                                  trainee, strict=True)), "",
            f"Net: in {own}, level 3 (tax class 1) about {_de(net)} € remain.",
            f"Extras: annual special payment {special} %; alternating shift allowance "
            f"{shift} € per month; performance bonus.", "", "Career", career,
            f"Lateral entrants are often a trained {entrants_l[0].lower()} or "
            f"{entrants_l[1].lower()}; some switch to industry as {_a(switch)} "
            f"{switch.lower()}.", "",
            "Skills: " + ", ".join(g.skills["top"]), "", "Comments (2)",
            f"{commenter} — I am in {own} level 4 and get {_de(mine)} € gross.",
            "Write a comment", "", "Imprint  ·  Privacy"]


def _tvl(rng: random.Random, g: Guide, head: list[str], title: str, own: str, extra: str,
         other: str, other_group: str, tables: list[list[float]], trainee: list[float],
         career: str, skills: str, entrants: list[str], switch: str, industry: str,
         net: float, commenter: str) -> list[str]:
    """The TV-L page: one level a line, a prose figure in English notation, a yearly gross,
    a higher group's range, an industry band for comparison, another title's group, " - "
    skills, lateral moves and entrants, comments with net and industry pay."""
    prose = round((tables[0][2] + tables[0][3]) / 2)  # between two cells, far from both
    yearly = round(tables[0][0] * 12.8)
    _salary(g, prose, prose, "EUR", period="month", point=True)
    _salary(g, yearly, yearly, "EUR", point=True)
    i_low = int(_no_pay(g, rng.randint(33, 37) * 100, 25))
    i_high = i_low + rng.randint(5, 9) * 100
    _salary(g, i_low, i_high, "EUR", period="month")
    g.salaries[-1]["label"] = industry
    lines = [f"{own} level {i}: {_de(c, True)} €" for i, c in enumerate(tables[0], 1)]
    return [*head, f"Pay group {own}",
            *lines, f"In practice that is around {prose:,} euros a month after some years, or "
            f"{yearly:,} euros gross a year in level 1 with the special payment.", "",
            f"With extra duties: {extra} from {_de(tables[1][0], True)} € to "
            f"{_de(tables[1][5], True)} € "
            f"(levels " + ", ".join(_de(c, True) for c in tables[1][1:5]) + " between).",
            f"{other}: {other_group}, " + " / ".join(_de(c, True) for c in tables[2])
            + " €.", "",
            "Training pay: " + " / ".join(f"{_de(t, True)} €" for t in trainee) + " (years 1–3).",
            "", f"For comparison: under the {industry} the same trade earns "
            f"{_de(i_low)} to {_de(i_high)} € a month.", "", "What you need",
            *[f" - {s}" for s in skills.split("|")], "", "Career", career,
            f"Lateral entrants: {_prose_list(entrants)}. Some move to industry as "
            f"{switch.lower()}s.", "", "Comments (3)",
            f"{commenter}: after tax I keep about {_de(net)} €.", "Write a comment", "",
            "Imprint  ·  Privacy"]


FAMILY25_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "kyujinmt": _kyujinmt, "occhistory": _occhistory, "outcomes": _outcomes,
    "idpform": _idpform, "competencymatrix": _competencymatrix, "tvodmt": _tvodmt,
}
