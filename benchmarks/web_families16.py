"""Generator renderers for the six page families of held-back set 16 ("X vs Y" comparisons ...).

Held-back set 16 showed six more kinds of page users bring: an "X vs Y: which career?"
comparison (two roles side by side; the page's role is the first in the title and the
second role's figures, skills and ladder belong to it), an appointment news release (the
appointee's dated career read as a ladder ending at the post, salary within a grade band,
allowances and stipends that are no pay), a podcast episode's show notes (player chrome,
sponsor reads, timestamped chapters naming tools, pay quoted by level, a transcript cut off
mid-word), a career-quiz result (match percentages and aptitude percentiles that are no
pay, an arrow path through classes and degrees, other matches whose figures belong to
them), a "start your own X business" guide (start-up costs, prices per job and turnover
that are no pay beside take-home after costs) and a work-experience placement (a week day
by day, an unpaid placement, trainee pay by year and office).  These renderers write such
pages from a planned guide, two variants a family.  As in the other style modules every
skill, move, employer, sector and salary the guide keeps is printed, what a style does not
state is cleared, and prices, fees, allowances, bonuses and scores join no truth.

>>> _rand(6000), _inr(1_200_000)
('6 000', '12')
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from benchmarks.web_common import (
    DUTIES,
    _a,
    _clear,
    _owner,
    _plural,
    _prose_list,
    _said,
    _salary,
    _skills,
    _texts,
    pick_variant,
    steer_variant,
)
from benchmarks.web_families12 import _PEOPLE, _TOWNS, _fmt, _yearly
from benchmarks.web_families15 import _FIRMS, _OTHER_FIRMS, _issuer

if TYPE_CHECKING:  # the generator imports the renderers; types only, no import cycle
    from benchmarks.generate import Guide, Role

__all__ = ["FAMILY16_ALIAS_LAYOUTS", "FAMILY16_COVER_NEEDS", "FAMILY16_LADDER_LAYOUTS",
           "FAMILY16_LAYOUTS", "FAMILY16_RENDERERS"]

FAMILY16_LAYOUTS = ("versus", "pressrelease", "podcastnotes", "quizresult", "startbusiness",
                    "workexperience")
# Styles printing the role's ladder (a career cut at the post, a path), and styles stating
# other titles for the role ("also called").
FAMILY16_LADDER_LAYOUTS = ("pressrelease", "podcastnotes", "quizresult", "workexperience")
FAMILY16_ALIAS_LAYOUTS = ("versus", "quizresult")


def _rand(amount: int) -> str:
    """Rand (or any amount) with a space between thousands, as South African pages print it."""
    return _fmt(amount, " ")


def _inr(rupees: int) -> str:
    """Rupees a year in whole lakh ("12" for 12,00,000), as an "LPA" figure prints it."""
    return f"{rupees / 100_000:g}"


def _up_to_role(g: Guide) -> list[tuple[Role, str]]:
    """The ladder cut at the role (a career so far, earliest first); empty when the role
    is the ladder's first rung."""
    path = [r for r, _ in g.progression]
    if g.role not in path or path.index(g.role) < 1:
        return []
    return g.progression[:path.index(g.role) + 1]


def _third_rung_or_higher(role: Role, ladder: Sequence[Role]) -> bool:
    """A role two or more rungs up its ladder: a press release's dated career then runs
    through at least one rung between the first job and the post (a ladder of three)."""
    return role in ladder and list(ladder).index(role) >= 2


# (gen56) In cover mode a press release gets such a role when none of its dealt pages has one
# (generate._meet_needs), so the family tests' corpus prints a three-rung career whatever the
# other families added to the pool shift.
FAMILY16_COVER_NEEDS: dict[str, Callable[[Role, Sequence[Role]], bool]] = {
    "pressrelease": _third_rung_or_higher}


def _rung_pay(g: Guide, rng: random.Random, role: Role, name: str, rate: float,
              code: str, unit: int = 500) -> tuple[int, int]:
    """A yearly band for rung ``role`` recorded for its owner (the page's role at a level,
    or the rung's own title)."""
    low, high = _yearly(rng, role.level, rate, unit)
    if role is g.role:
        _salary(g, low, high, code)
    else:
        owner, level = _owner(g, role, name)
        _salary(g, low, high, code, belongs_to=owner, level=level)
    return low, high


# --------------------------------------------------------------------------------------
# "X vs Y: which career?" comparison
# --------------------------------------------------------------------------------------
_OTHER_SKILLS = ("Portfolio reviews", "Vendor audits", "Budget forecasting", "Field inspections",
                 "Policy drafting")


def _second_role(g: Guide, area: str) -> tuple[str, Role | None]:
    """The title the comparison puts second: a lateral role of the ladder's world when the
    guide has one (taken out of its moves), else a specialised track of the area."""
    if g.transitions_to:
        role, name = g.transitions_to.pop(0)
        return name, role
    return f"{area} Consultant", None


def _versus(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("glued", "pipes"))
    g.title_line = False
    other, other_role = _second_role(g, area)
    g.optional.append(other)
    taken = {s.lower() for s in _skills(g)}
    extras = rng.sample([s for s in _OTHER_SKILLS if s.lower() not in taken], 2)
    g.optional += extras
    if variant == "pipes":
        return _versus_pipes(rng, g, area, other, other_role, extras)
    site = rng.choice(("CareerCompass", "PathPicker", "RoleVersus"))
    g.must_not_appear += [site, "In this comparison", "Related comparisons"]
    mine, theirs = _yearly(rng, g.role.level, 1.0, 100), _yearly(rng, g.role.level, 1.1, 100)
    median, other_median = (mine[0] + mine[1]) // 2, (theirs[0] + theirs[1]) // 2
    _salary(g, median, median, point=True)
    _salary(g, other_median, other_median, point=True, belongs_to=other)
    sep = rng.choice((" | ", " · "))
    out = [site, "Careers   Degrees   Salaries   Compare   Quiz",
           f"Home › Compare Careers › {g.title} vs {other}",
           f"{g.title} vs {other}: Which Career Is Right for You?",
           f"By {rng.choice(_PEOPLE)} · Reviewed by the {site} editorial team · Updated "
           f"March {rng.randint(2, 28)}, 2026",
           "Disclosure: we may earn a commission from schools featured on this page.",
           "In this comparison",
           sep.join(("At a glance", "What they do", "Skills", "Salary", "Where they work",
                     "Career growth", "Verdict")),
           "At a glance", f"{g.title}{other}",
           f"Years of training{rng.randint(2, 4)}–{rng.randint(5, 6)}{rng.randint(4, 7)}",
           f"Median pay${_fmt(median)}${_fmt(other_median)}",
           f"Job outlook+{rng.randint(3, 9)}%+{rng.randint(10, 15)}%",
           "What they do", g.title,
           f"{_a(g.title).capitalize()} {g.title}"
           + "".join(_said(" (also called {})", g.aliases, "or"))
           + f"'s week: {rng.choice(DUTIES).lower()} and keep the {area.lower()} work on track.",
           other,
           f"{_a(other).capitalize()} {other} advises clients on {area.lower()} and writes "
           "their recommendations up.", "Skills you need", "Both careers:",
           *[f"- {s}" for s in g.skills["top"]], f"{g.title} only:"]
    tools = g.skills["tool"]
    only = list(g.skills["often_missing"])
    if tools and only:
        only[0] = f"{only[0]} (tools such as {_prose_list(tools, 'or')})"
    elif tools:
        only.append(f"Everyday software ({', '.join(tools)})")
        g.optional.append("Everyday software")
    out += [f"- {s}" for s in only]
    out += [f"{other} only:", *[f"- {s}" for s in extras]]
    out += _said("Both jobs reward {}.", [s.lower() for s in g.skills["soft"]], "and")
    new = _yearly(rng, "junior", 1.0, 1000)
    _salary(g, new[0], new[1], level="new graduate")
    fee = rng.randint(45, 90)
    out += ["How much do they earn?",
            f"{_plural(g.title)}: the median is ${_fmt(median)} a year; new graduates typically "
            f"start between ${_fmt(new[0])} and ${_fmt(new[1])}."
            + "".join(f" {name}s report ${_fmt(lo)} to ${_fmt(hi)}." for name, (lo, hi)
                      in _above(rng, g, 1.0)),
            f"{_plural(other)}: the median is ${_fmt(other_median)}.",
            f"Note: {_plural(g.title).lower()} who bill by the hour charge ${fee} to "
            f"${fee + 30} per visit, and practice overheads run at 40–60% of collections."]
    if g.employers or g.sectors:
        out.append("Where they work")
        line = _said(f"Most {_plural(g.title).lower()} work in {{}}.", g.sectors, "and")
        line += _said("Firms such as {} hire them straight out of training.", g.employers, "and")
        out.append(" ".join(line) + f" {_plural(other)} work mainly in consultancies.")
    out.append("Career growth")
    growth = _said("Many arrive after working as {}.", _texts(g.moves_in), "or")
    growth += _said(f"Experienced {_plural(g.title).lower()} move up to {{}}.",
                    _texts(g.leads_to), "or")
    growth += _said("Others move sideways into {} roles.", _texts(g.transitions_to), "or")
    climb = f"{other} Team Lead"
    g.optional.append(climb)
    out += [" ".join(growth) or "Most stay in the job for years.",
            f"{_plural(other)} usually climb to {climb}.", "The verdict",
            f"Choose {g.title.lower()} if you like hands-on work; choose {other.lower()} if "
            "you prefer advising.", "Not sure yet? Take our 5-minute Career Quiz →",
            "Related comparisons", "Nurse Practitioner vs Physician Assistant",
            f"© 2026 {site} · Privacy · Terms"]
    g.must_not_appear.append("Nurse Practitioner")
    if rng.random() < 0.5:
        out.append("Was this page helpful? Yes No · 212 people found this us")
        g.must_not_appear.append("people found this us")
    return out


def _above(rng: random.Random, g: Guide, rate: float) -> list[tuple[str, tuple[int, int]]]:
    """The next rung up with its band (a differently named rung owns it), when there is one."""
    if not g.leads_to:
        return []
    role, name = g.leads_to[0]
    return [(name, _rung_pay(g, rng, role, name, rate, "USD", 1000))]


def _versus_pipes(rng: random.Random, g: Guide, area: str, other: str, other_role: Role | None,
                  extras: list[str]) -> list[str]:
    """A UK retraining site's comparison: glued numbered contents, a pipe table, a glued ✅
    skills list, trainee and administrator figures, a cut-off FAQ answer."""
    site = rng.choice(("CareerSwitchUK", "RetrainRight", "NextJobUK"))
    g.must_not_appear += [site, "Quick verdict", "Cookie settings"]
    start, exp = _yearly(rng, "junior", 0.55), _yearly(rng, g.role.level, 0.55)
    o_start, o_exp = _yearly(rng, "junior", 0.62), _yearly(rng, g.role.level, 0.62)
    _salary(g, start[0], start[1], "GBP", level="starting")
    _salary(g, exp[0], exp[1], "GBP")
    _salary(g, o_start[0], o_start[1], "GBP", belongs_to=other)
    _salary(g, o_exp[0], o_exp[1], "GBP", belongs_to=other)
    out = [f"☰ {site}   Guides   Retrain   Money   Quizzes   Newsletter",
           f"{g.title} vs {other}: which career should you choose?",
           f"Last updated 14 January 2026 · 9 min read · Written by {rng.choice(_PEOPLE)}",
           "Share on X Share on LinkedIn Copy link",
           f"Quick verdict: {g.title.lower()} is the quicker route in; {other.lower()} takes "
           "longer to qualify but has a higher ceiling.", "Contents",
           "".join(f"{i}. {h}" for i, h in enumerate(("What's the difference?", "Skills", "Pay",
                                                      "Employers", "Progression", "FAQs"), 1)),
           "1. What's the difference?"]
    if g.aliases:
        out.append(f"{_a(g.title).capitalize()} {g.title.lower()} (also called "
                   f"{_prose_list([a.lower() for a in g.aliases], 'or')}) runs the "
                   f"{area.lower()} work day to day, while {_a(other)} {other.lower()} advises.")
    out += [f"| | {g.title} | {other} |", "|---|---|---|",
            "| Time to qualify | 3–6 months | 18–24 months |",
            f"| Starting salary | £{_fmt(start[0])}–£{_fmt(start[1])} | £{_fmt(o_start[0])}–"
            f"£{_fmt(o_start[1])} |",
            f"| Experienced salary | £{_fmt(exp[0])}–£{_fmt(exp[1])} | £{_fmt(o_exp[0])}–"
            f"£{_fmt(o_exp[1])} |", "| Typical hours | Evenings common | Office hours |",
            "2. Skills", f"What a good {g.title.lower()} needs:"
            + "".join(f"✅{s}" for s in [*g.skills["top"], *g.skills["often_missing"]])
            + "".join(f"✅Working in {t}" for t in g.skills["tool"])]
    out += _said("Soft skills that count: {}.", g.skills["soft"], "and")
    plus = _prose_list([e.lower() for e in extras])
    out += [f"{_plural(other)} need much of the same, plus {plus}.", "3. Pay"]
    trainee = (round(start[0] * 0.85 / 500) * 500, round(start[0] * 0.95 / 500) * 500)
    _salary(g, trainee[0], trainee[1], "GBP", level="Trainee")
    course = rng.randint(3, 9) * 100
    pay = [f"Trainee {_plural(g.title).lower()} usually earn £{_fmt(trainee[0])}–"
           f"£{_fmt(trainee[1])} while they study. Once qualified most earn £{_fmt(start[0])}–"
           f"£{_fmt(start[1])} plus commission, and experienced staff £{_fmt(exp[0])}–"
           f"£{_fmt(exp[1])}. Training courses cost £{course}–£{course + 900}."]
    if g.moves_in:
        role, name = g.moves_in[0]
        point = round(start[0] * 0.9 / 500) * 500
        owner, level = _owner(g, role, name)
        _salary(g, point, point, "GBP", point=True, belongs_to=owner, level=level)
        pay.append(f"For comparison, {_a(name)} {name.lower()} earns around £{_fmt(point)}.")
    out += [" ".join(pay), f"4. Who hires {_plural(g.title).lower()}?"]
    hires = _said("{}", g.employers, "and") + _said("and firms across {}", g.sectors, "and")
    out.append((" ".join(hires) + ".") if hires else "Employers of every size.")
    out.append("5. Progression")
    prog = _said("Most people arrive from {} jobs.", _texts(g.moves_in), "or")
    prog += _said(f"From {g.title.lower()}, the usual next step is {{}}.",
                  [n.lower() for n in _texts(g.leads_to)], "or")
    lateral = _texts(g.transitions_to)
    # (the same draw as rng.random() < 0.5; in cover mode the pages take "retrain" and
    # "stay" in turn, so a corpus of the family tests says it whatever the mix before it)
    if other_role is not None and steer_variant(
            ("retrain", "stay"), "retrain" if rng.random() < 0.5 else "stay") == "retrain":
        g.transitions_to.insert(0, (other_role, other))  # the page says people retrain
        g.optional.remove(other)
        lateral = [other, *lateral]
    prog += _said(f"Some {_plural(g.title).lower()} retrain as {{}}.",
                  [f"{_a(n)} {n.lower()}" for n in lateral], "or")
    top = f"Chartered {other}"
    g.optional.append(top)
    out += [" ".join(prog) or "Progression depends on the firm.",
            f"{_plural(other)} generally progress to {top.lower()}.", "6. FAQs",
            f"Can I become {_a(g.title)} {g.title.lower()} without a degree? Yes.",
            "Is it better to work for a broker or a bank? Bank staff only offer their own "
            "products, while brokers search the whole market and usually earn mo",
            "Newsletter: get one retraining guide a week. Email address Subscribe",
            f"© {site} Ltd 2026 · Cookie settings · About us"]
    g.must_not_appear.append("usually earn mo")
    return out


# --------------------------------------------------------------------------------------
# Appointment news release
# --------------------------------------------------------------------------------------
def _their(pronoun: str) -> str:
    """The possessive of "she" or "he"."""
    return {"she": "her", "he": "his"}[pronoun]


def _career(rng: random.Random, g: Guide, start: int, pronoun: str) -> str:
    """The appointee's dated career, earliest first, ending at the rung below the post
    (the ladder ends at the post); the first job is at another employer (optional)."""
    path = _up_to_role(g)
    g.progression = path
    if not path:
        return ""
    first = rng.choice(_OTHER_FIRMS)
    g.optional.append(first)
    year = start
    text = (f"{pronoun.capitalize()} began {_their(pronoun)} career in {year} as {_a(path[0][1])} "
            f"{path[0][1]} with {first}")
    steps = []
    for _, name in path[1:-1]:
        year += rng.randint(3, 5)
        steps.append(f"{name} in {year}")
    if steps:
        text += f", and was promoted to {_prose_list(steps)}"
    return text + "."


def _pressrelease(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("wire", "district"))
    g.title_line = False
    issuer = _issuer(rng, g)
    _clear(g, "leads_to", "transitions_to")
    person = rng.choice(_PEOPLE)
    pronoun = rng.choice(("she", "he"))
    g.must_not_appear.append(person)
    career = _career(rng, g, rng.randint(1998, 2006), pronoun)
    below = g.progression[-2] if len(g.progression) >= 2 else None
    certs = [f"{area} Leadership Certificate", "Certificate in Public Management"]
    g.optional += certs
    led = [s for s in _skills(g) if s not in g.skills["soft"]]
    if variant == "district":
        return _district(rng, g, area, issuer, person, pronoun, career, below, certs, led)
    code = f"M{rng.randint(6, 9)}"
    low, high = _yearly(rng, g.role.level, 1.35, 1000)
    salary = low + rng.randint(3, 12) * 1000
    _salary(g, low, high, "CAD")
    _salary(g, salary, salary, "CAD", point=True)
    g.must_not_appear += ["NEWS PROVIDED BY", "Share this article", "SOURCE", person]
    town = rng.choice(_TOWNS)
    out = ["NewsWireCanada",
           "News in Focus   Browse News Releases   Multimedia Gallery   Trending Topics   Contact",
           "NEWS PROVIDED BY", issuer, f"Mar 0{rng.randint(1, 9)}, 2026, 10:15 ET",
           "Share this article", f"{issuer} names {person} {g.title}",
           f"{town.upper()}, ON, March 3, 2026 /NewsWireCanada/ - {issuer} today confirmed the "
           f"appointment of {person} as {g.title}, effective April 6, 2026."]
    if career:
        out.append(career)
    if led:
        out.append(f"As head of the {area.lower()} team {pronoun} led the move to "
                   f"{_prose_list(led)}.")
    out += _said(f"Colleagues cite {_their(pronoun)} {{}}.", [s.lower() for s in g.skills["soft"]],
                 "and")
    mayor = rng.choice([p for p in _PEOPLE if p != person])
    g.must_not_appear.append(mayor)
    out += [f'"{person.split()[0]} knows every team and every client," said Mayor '
            f'{mayor}. "Council is confident in this choice."',
            f"{person.split()[0]} holds the {certs[0]} and a {certs[1]}.",
            f"The {g.title} reports to the Chief Administrative Officer and oversees "
            f"{rng.randint(20, 60)} staff.",
            f"The appointment followed a national search that drew {rng.randint(20, 60)} "
            f"applicants. The annual salary will be ${_fmt(salary)}, within the {g.title} band "
            f"of ${_fmt(low)} to ${_fmt(high)} (Grade {code} of the Non-Union Compensation "
            f"Policy), plus a vehicle allowance of ${_fmt(rng.randint(5, 9) * 1200)} a year."]
    if below is not None:
        role, name = below
        b_low, b_high = _yearly(rng, role.level, 1.35, 1000)
        owner, level = _owner(g, role, name)
        _salary(g, b_low, b_high, "CAD", belongs_to=owner, level=level)
        out.append(f"{name} positions in the same policy are graded M{int(code[1]) - 2} "
                   f"(${_fmt(b_low)} to ${_fmt(b_high)}).")
    out.append("Backgrounder")
    out += [f"- {line}" for line in (
        *_said(f"The {area.lower()} team serves clients in {{}}.", g.sectors, "and"),
        *_said(f"{_plural(g.title)} commonly come up through the ranks; some join from {{}} "
               "posts.", _texts(g.moves_in), "or"))]
    return [*out, "-30-", f"SOURCE {issuer}",
            f"For further information: Media Relations, {issuer}, 905-555-0148",
            "More news from this source", f"{issuer} opens registration for spring progra"]


def _district(rng: random.Random, g: Guide, area: str, issuer: str, person: str, pronoun: str,
              career: str, below: tuple[Role, str] | None, certs: list[str],
              led: list[str]) -> list[str]:
    """A school district's release: FOR IMMEDIATE RELEASE, an upper-case headline, a base
    salary with an allowance and a stipend, the predecessor's salary and a survey median."""
    g.must_not_appear += ["FOR IMMEDIATE RELEASE", "###", f"About {issuer}"]
    # A district's boilerplate tells the district (its pupils, its schools), never the sectors
    # of the post it fills (held-back set 16's district release names none): the industries of
    # its partners would be no fact about the role.
    _clear(g, "sectors")
    predecessor = rng.choice([p for p in _PEOPLE if p != person])
    g.must_not_appear.append(predecessor)
    base = _yearly(rng, g.role.level, 1.0, 500)[1]
    before = base - rng.randint(5, 20) * 500
    median = (base + before) // 2 + 250  # between the two salaries, equal to neither
    for value in (base, before, median):
        _salary(g, value, value, point=True)
    title_ = "DR. " if rng.random() < 0.5 else ""
    out = ["Skip to main content", issuer,
           "Schools  Departments  Board  Careers  Calendar  Translate ▾",
           "District News » Press Releases", "FOR IMMEDIATE RELEASE",
           "Contact: Office of Communications | (559) 555-0172", "February 11, 2026",
           f"BOARD NAMES {title_}{person.upper()} {g.title.upper()}",
           f"Board approves three-year contract; {person.split()[1]} to start July 1",
           f"{rng.choice(_TOWNS).upper()}, Calif. – The {issuer} board voted 5-0 Tuesday night "
           f"to appoint {person} as its next {g.title}. {pronoun.capitalize()} will succeed "
           f"{predecessor}, who announced a retirement in October."]
    if career:
        out.append(f"{person.split()[1]} brings {rng.randint(18, 28)} years of experience. "
                   + career)
    if led:
        out.append(f"At {issuer} {pronoun} led the rollout of {_prose_list(led)}.")
    out += _said(f"Colleagues cite {_their(pronoun)} {{}}.", [s.lower() for s in g.skills["soft"]],
                 "and")
    g.optional += ["English", "Spanish"]
    out += [f"{person.split()[1]} is bilingual in English and Spanish.",
            f'"{person.split()[1]} has the trust of our staff and this board," said Board '
            f'President {rng.choice(_PEOPLE)}.',
            f"Under the contract {person.split()[1]} will receive a base salary of "
            f"${_fmt(base)}, a ${_fmt(rng.randint(6, 10) * 1200)} annual vehicle allowance and "
            f"a ${_fmt(rng.randint(2, 5) * 1200)} doctoral stipend. {predecessor.split()[1]}'s "
            f"final-year base salary was ${_fmt(before)}. The contract places the pay near "
            f"the median of ${_fmt(median)} for comparable posts, according to a survey "
            "cited in the board report."]
    if below is not None:
        role, name = below
        b_low, b_high = _yearly(rng, role.level, 1.0, 1000)
        owner, level = _owner(g, role, name)
        _salary(g, b_low, b_high, belongs_to=owner, level=level)
        out.append(f"The board will begin a search for a new {name} this spring; "
                   f"{_plural(name).lower()} are paid ${_fmt(b_low)} to ${_fmt(b_high)}.")
    out.append(f"{person.split()[1]} holds the {certs[0]} and a {certs[1]}.")
    out += _said(f"Many {_plural(g.title).lower()} in the state came from {{}} posts.",
                 _texts(g.moves_in), "or")
    out += ["###", f"About {issuer}",
            f"{issuer} serves more than {rng.randint(9, 20)},400 students.",
            "Related stories", "Board adopts 2026-27 calendar",
            f"{issuer} · Non-discrimination statement · Accessibility · Site map"]
    return out


# --------------------------------------------------------------------------------------
# Podcast episode show notes
# --------------------------------------------------------------------------------------
_TOPICS = ("Intro and listener mail", "Lightning round", "Advice for students + outro")


def _podcastnotes(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("notes", "player"))
    g.title_line = False
    issuer = _issuer(rng, g)
    g.progression = _up_to_role(g)
    guest, host = rng.sample(_PEOPLE, 2)
    g.must_not_appear += [guest, host]
    show = f"{area} After Hours"
    g.must_not_appear.append(show)
    earlier = rng.choice(_OTHER_FIRMS)
    if g.progression:  # the guest's first job, at another employer
        g.optional.append(earlier)
    skills = _skills(g)
    half = (len(skills) + 1) // 2
    chapters = [f"The tools of the trade: {_prose_list(skills[:half])}",
                *_said("Day to day: {}", skills[half:], "and")]
    if variant == "player":
        return _player(rng, g, area, issuer, guest, host, show, earlier, chapters)
    code = show.split()[0].upper()
    g.must_not_appear += _TOPICS[:2]
    out = [show, f"A podcast about the people behind {area.lower()}",
           "Episodes   About   Guests   Newsletter   Support the show",
           f"Ep. {rng.randint(40, 140)} – So You Want to Be {_a(g.title)} {g.title}? with "
           f"{guest}", f"January 21, 2026 · {rng.randint(35, 59)}:14 · Season 4",
           "▶ Play   ⬇ Download   Subscribe: Apple Podcasts · Spotify · Pocket Casts · RSS",
           "Share  ·  Embed",
           f"This week {host.split()[0]} sits down with {guest}, {g.title} at {issuer}, to talk "
           f"about the {area.lower()} work and how {guest.split()[0]} got there.",
           f"This episode is brought to you by Gristmill Coffee. Use code {code} for 20% off "
           "your first bag."]
    g.must_not_appear.append(f"code {code}")
    if g.progression:
        steps = [f"{name} in {2012 + 3 * i}" for i, (_, name) in enumerate(g.progression[1:])]
        out += ["Guest bio", f"{guest.split()[0]} started as {_a(g.progression[0][1])} "
                f"{g.progression[0][1]} at {earlier} and was promoted to {_prose_list(steps)}."]
    stamps = sorted(rng.sample(range(3, 50), len(chapters) + 2))
    lines = [_TOPICS[0], *chapters, "Money talk: what they earn", _TOPICS[1]]
    out += ["In this episode", "[00:00] " + lines[0]]
    out += [f"[{m:02d}:{rng.randint(0, 59):02d}] {t}" for m, t in zip(stamps, lines[1:],
                                                                      strict=False)]
    quotes = []
    for role, name in g.progression[-2:] or [(g.role, g.title)]:
        lo, hi = _rung_pay(g, rng, role, name, 1.0, "USD", 1000)
        quotes.append(f"{_plural(name).lower()} are at roughly ${_fmt(lo)} to ${_fmt(hi)}")
    median = round((lo + hi) / 2 / 100) * 100 + 50  # the survey's, inside the role's band
    _salary(g, median, median, point=True)
    out.append(f'Money talk, in {guest.split()[0]}\'s words: "{"; ".join(quotes).capitalize()}, '
               f'plus bonus." The salary survey {guest.split()[0]} mentions puts the national '
               f"median at ${_fmt(median)}.")
    paths = _said(f"{guest.split()[0]} says the next step is {{}}", _texts(g.leads_to), "or")
    paths += _said("some colleagues moved sideways into {} roles", _texts(g.transitions_to),
                   "or")
    paths += _said("and people come into the job from {}", _texts(g.moves_in), "or")
    if paths:
        out.append("On career paths: " + ", ".join(paths) + ".")
    out += _said(f"Who's hiring: {issuer} itself, and employers across {{}}.", g.sectors, "and")
    cut = f"first thing people get wrong about {area.lower()} is that it's mostly pa"
    g.must_not_appear.append("mostly pa")
    return [*out, "Links mentioned", f"Credits: Hosted by {host} · Produced by Tall Glass Audio",
            "If you liked this episode, rate and review us on Apple Podcasts!",
            "Transcript (auto-generated)",
            f"{host.split()[0]}: Welcome back. I'm {host.split()[0]}, and today—",
            f"{guest.split()[0]}: Thanks for having me. So the {cut}"]


def _player(rng: random.Random, g: Guide, area: str, issuer: str, guest: str, host: str,
            show: str, earlier: str, chapters: list[str]) -> list[str]:
    """A player page: emoji-headed blocks, chapters after a dash, the pay, the path and who
    is hiring in a transcript with speaker labels and timestamps; AUD with super, a site
    allowance in percent and a contractor's day rate."""
    g.must_not_appear += ["Support the show", "More episodes like this"]
    out = ["Home  Search  Your Library", show,
           f"Episode {rng.randint(60, 140)} · {show} · Oct 14, 2025 · {rng.randint(30, 55)} min",
           "Follow  ···", f"Careers series #3: Becoming {_a(g.title)} {g.title} (feat. {guest})",
           "Episode description",
           f"We chat with {guest}, {g.title} at {issuer}, about the {area.lower()} work."
           + (f" {guest.split()[0]} started out as {_a(g.progression[0][1])} "
              f"{g.progression[0][1]} at {earlier}." if g.progression else ""),
           f"🎙️ Guest: {guest}, {g.title} – {issuer}", "⏱️ Chapters", "00:00 – Welcome"]
    out += [f"{8 + 7 * i:02d}:{rng.randint(10, 59)} – {c}" for i, c in enumerate(chapters)]
    out += ["26:40 – Pay and progression", "38:20 – " + _TOPICS[2], "🔗 Resources",
            "☕ Support the show: buymeacoffee.com/afterhours",
            f"Hosted by {host}. Views are the guest's own.", "Transcript",
            "Host (00:26:41): So let's talk money, because people always ask."]
    first = guest.split()[0]
    pay = []
    for role, name in [*g.progression[-2:-1], (g.role, g.title)]:
        lo, hi = _rung_pay(g, rng, role, name, 1.45, "AUD", 1000)
        pay.append(f"{_a(name).capitalize()} {name.lower()} is on ${_fmt(lo)} to ${_fmt(hi)} "
                   "plus super")
    day = rng.randint(9, 14) * 100
    _salary(g, day, day, "AUD", period="day", point=True)
    out.append(f"{first} (00:26:45): Sure. {'. '.join(pay)}. If you go "
               f"contracting, day rates are around ${_fmt(day)} a day. Site roles usually add "
               "an allowance of ten to fifteen per cent.")
    said = []
    if g.progression:
        said.append("The classic path is " + ", then ".join(n.lower() for n in
                                                          _texts(g.progression)) + ".")
    said += _said("Some of us end up as {}.", [n.lower() for n in _texts(g.leads_to)], "or")
    said += _said("Others move sideways into {} roles.", _texts(g.transitions_to), "or")
    said += _said("A lot of people came from {} jobs first.", _texts(g.moves_in), "or")
    if said:
        out += ["Host (00:33:12): Where do people go after this?",
                f"{first} (00:33:15): " + " ".join(said)]
    if g.sectors:
        out += ["Host (00:34:02): And who's hiring?",
                f"{first} (00:34:05): Mostly {_prose_list(g.sectors)}."]
    g.must_not_appear.append("learn to wri")
    return [*out, "Host (00:38:20): Any advice for students?",
            f"{first} (00:38:24): Get comfortable with the data and, honestly, learn to wri",
            "More episodes like this", "The Silica Episode"]


# --------------------------------------------------------------------------------------
# Career-quiz result
# --------------------------------------------------------------------------------------
_DEGREES = ("Class 12 (PCM)", "B.Sc. / B.Tech", "M.Sc. / M.Tech")


def _matches(rng: random.Random, g: Guide, area: str, n: int) -> list[str]:
    """The titles of the other matches: the guide's lateral roles, then specialised tracks of
    the area (cards name no move)."""
    fillers = [f"{area} {kind}" for kind in ("Consultant", "Trainer", "Auditor")]
    names = [*_texts(g.transitions_to), *fillers][:n]
    g.transitions_to = []
    g.optional += names
    return names


def _quizresult(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("india", "uk"))
    g.title_line = False
    _clear(g, "leads_to")
    if variant == "uk":
        return _quiz_uk(rng, g, area)
    _clear(g, "moves_in")
    taker = rng.choice(_PEOPLE).split()[0]
    g.must_not_appear += [f"Hi {taker}", "#1 MATCH", "Download PDF report"]
    out = ["CareerKompass  |  Psychometric Test  Counsellors  Colleges  Blog  Login",
           "Your Career Report is ready 🎉",
           f"Hi {taker}! Based on your 120 answers, here is your top match.",
           "Download PDF report   Share on WhatsApp   Retake test", "#1 MATCH", g.title,
           f"{rng.randint(86, 96)}% match",
           f"Your interest profile (RIASEC): Investigative {rng.randint(70, 90)}% | Realistic "
           f"{rng.randint(50, 70)}% | Social {rng.randint(20, 45)}%",
           f"Your aptitude: Numerical {rng.randint(60, 90)}th percentile · Spatial "
           f"{rng.randint(60, 90)}th percentile", "Why this career suits you",
           "✔ You are curious and like to find out why things happen", "About the career"]
    also = _said(" (also called {})", [a.lower() for a in g.aliases], "or")
    out.append(f"{_plural(g.title)}{''.join(also)} look after the {area.lower()} work of "
               "research institutes and companies.")
    lab = g.skills["often_missing"]
    strip = " · ".join([*g.skills["top"], *g.skills["tool"]])
    out.append(f"Skills you will need: {strip}" + (f"Lab skills: {', '.join(lab)}" if lab else ""))
    out += _said("Also useful: {}.", [s.lower() for s in g.skills["soft"]], "and")
    g.optional += list(_DEGREES)
    titles = _texts(g.progression) or [g.title]
    out += ["Your career path", " ➜ ".join([*_DEGREES, *titles]), "What you could earn"]
    path = g.progression or [(g.role, g.title)]
    lakh = 0
    for i, (role, name) in enumerate(path):
        if i == 0 and role is not g.role:
            lo, hi = _yearly(rng, "junior", 3.0, 1000)
            lo, hi = lo // 12 // 1000 * 1000, hi // 12 // 1000 * 1000 + 1000
            owner, level = _owner(g, role, name)
            _salary(g, lo, hi, "INR", period="month", belongs_to=owner, level=level)
            out.append(f"Fresher ({name}): ₹{_fmt(lo)} – ₹{_fmt(hi)} per month")
            continue
        lakh = max(4 + 3 * i, lakh + 2) + rng.randint(0, 2)  # each rung above the last
        top = lakh + rng.randint(3, 6)
        if role is g.role:
            _salary(g, lakh * 100_000, top * 100_000, "INR")
            label = f"{g.title} with {2 * i + 3}+ years" if i else f"{g.title} (fresher)"
            out.append(f"{label}: ₹{lakh} LPA – ₹{top} LPA")
        else:
            owner, level = _owner(g, role, name)
            _salary(g, lakh * 100_000, top * 100_000, "INR", belongs_to=owner, level=level)
            out.append(f"{name}: ₹{lakh} LPA – ₹{top} LPA")
    out += _said("Top recruiters: {}", g.employers, "and")
    if g.sectors:
        out.append(f"Where {_plural(g.title).lower()} work: {' · '.join(g.sectors)}")
    out.append("Other careers that match you")
    for name in _matches(rng, g, area, 3):
        lakh = rng.randint(4, 9)
        _salary(g, lakh * 100_000, (lakh + 5) * 100_000, "INR", belongs_to=name)
        out.append(f"{name} {rng.randint(75, 89)}% match · ₹{lakh} – {lakh + 5} LPA")
    g.must_not_appear.append("Andhra Unive")
    return [*out, "Talk to an expert counsellor – 45-minute session ₹1,499 only (₹2,999)  Book now",
            "Top colleges for you: Annamalai University · Goa University · Andhra Unive"]


def _quiz_uk(rng: random.Random, g: Guide, area: str) -> list[str]:
    """A UK result card: a personality label, labels glued to values, NHS bands, a bursary,
    other matches with bands (two identical)."""
    label = rng.choice(("Careful Investigator", "Calm Organiser", "Curious Builder"))
    g.must_not_appear += [label, "Why you matched", "Retake the quiz"]
    avg = _yearly(rng, g.role.level, 0.45, 1000)
    _salary(g, avg[0], avg[1], "GBP")
    out = ["NextStepQuiz.co.uk", f"Home > Career quizzes > What {area.lower()} job suits me? > "
           "Your results", f"You're a {label} 🔬",
           f"You scored highest on Investigating ({rng.randint(7, 10)}/10).",
           "Your best match", g.title.upper(), f"{rng.randint(85, 97)}% match · {area}",
           f"Average salary£{_fmt(avg[0])} to £{_fmt(avg[1])} a year",
           "Typical hours37.5 to 40 a week", "Why you matched",
           'You said you "like working out what\'s wrong with something".', "What they do"]
    also = _said(" (also called {})", g.aliases, "or")
    tools = _said(" Many use {} every day.", g.skills["tool"], "or")
    out.append(f"{_plural(g.title)}{''.join(also)} plan and check the {area.lower()} work."
               + "".join(tools))
    out += ["How to become one", "You'll usually need a degree followed by a 2-year diploma."]
    out += _said("Some people come into the job after working as {}.",
                 [f"{_a(n)} {n.lower()}" for n in _texts(g.moves_in)], "or")
    out += ["Skills and knowledge",
            *[f"• {s}" for s in [*g.skills["top"], *g.skills["often_missing"],
                                 *g.skills["soft"]]], "Pay"]
    new, exp = (round(avg[0] * 1.01), round(avg[1] * 0.99)), (round(avg[1] * 1.02),
                                                              round(avg[1] * 1.15))
    bands = rng.choice(("Band 5", "Band 6", "Band 7")), "Band 8a"
    _salary(g, new[0], new[1], "GBP", level=bands[0])
    _salary(g, exp[0], exp[1], "GBP", level=bands[1])
    out.append(f"Newly qualified staff in the NHS start on {bands[0]} (£{_fmt(new[0])} to "
               f"£{_fmt(new[1])}). Experienced staff are usually on {bands[1]} (£{_fmt(exp[0])} "
               f"to £{_fmt(exp[1])}). Trainees may be paid a bursary of £5,000 a year.")
    out.append("Career path and progression")
    path = [r for r, _ in g.progression]
    at = path.index(g.role) if g.role in path else len(path)
    g.progression = g.progression[at:at + 2] if at + 1 < len(path) else []
    if g.progression:
        up = g.progression[1][1]
        out.append(f"With experience you could become {_a(up)} {up.lower()}.")
    out += _said("Main employers: {}.", g.employers, "and")
    out += _said(f"Where {_plural(g.title).lower()} work: {{}}.", g.sectors, "and")
    out.append("Your other matches")
    names = _matches(rng, g, area, 3)
    band = _yearly(rng, "junior", 0.4, 1)
    for i, name in enumerate(names):
        lo, hi = band if i > 0 else _yearly(rng, "mid", 0.4, 1)
        _salary(g, lo, hi, "GBP", belongs_to=name)
        out.append(f"{name} · {rng.randint(75, 90)}% · £{_fmt(lo)} to £{_fmt(hi)}")
    return [*out, "Retake the quiz   Save my results   Email me my results",
            "About us · Privacy · Cookies · © NextStepQuiz 2026"]


# --------------------------------------------------------------------------------------
# "Start your own X business" guide
# --------------------------------------------------------------------------------------
_KIT = (("Starter kit ({})", 350, 900), ("Laptop and software bundle", 600, 2000),
        ("Cables, stands and cases", 200, 200))


def _startbusiness(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("uk", "za"))
    g.title_line = False
    _clear(g, "aliases")
    g.progression = []
    brand = rng.choice(("ProLine 600", "Apex Mk II", "Vantage 25"))
    g.optional += [brand, "Public liability insurance"]
    if variant == "za":
        return _business_za(rng, g, area, brand)
    plural = _plural(g.title)
    site = "BizIdeasHub UK"
    g.must_not_appear += [site, "KEY FACTS", "Related guides"]
    take = _yearly(rng, g.role.level, 0.35, 1000)
    _salary(g, take[0], take[1], "GBP", level="self-employed")
    start = rng.randint(15, 30) * 100
    out = [f"{site} — Start · Grow · Franchise · Funding · Tools",
           f"Home / Business ideas / {area}",
           f"How to Start {_a(g.title).capitalize()} {g.title} Business in the UK (2026)",
           "Costs, earnings, equipment and how to win your first clients",
           f"By {rng.choice(_PEOPLE)} | Updated 2 February 2026 | ★★★★☆ 4.3 (118 ratings)",
           "Advertiser disclosure: some links on this page are affiliate links.", "KEY FACTS",
           f"Start-up costs£{_fmt(start)} – £{_fmt(start * 3)} (van not included)",
           f"Earning potential£{_fmt(take[0])} – £{_fmt(take[1])} a year",
           "Time to first customerAbout 2 weeks", "Qualifications neededNone required",
           "What skills do you need?"]
    strip = [*g.skills["top"], *g.skills["often_missing"], *g.skills["soft"]]
    if g.skills["tool"]:
        strip.append(f"Quoting and invoicing ({', '.join(g.skills['tool'])})")
        g.optional.append("Quoting and invoicing")
    out += [" ∙ ".join(strip), "Equipment checklist"]
    out += [f"{i}. {name.format(brand)} – £{lo}" + (f" to £{hi}" if hi != lo else "")
            for i, (name, lo, hi) in enumerate(_KIT, 1)]
    out += ["4. Public liability insurance – £90 to £250 a year", "What can you charge?",
            f"A typical job costs £{rng.randint(12, 30)} to £{rng.randint(35, 60)} a visit; "
            "larger contracts are quoted."]
    employed = _yearly(rng, "junior", 0.3, 500)[0]
    hour = (round(employed / 2080 * 0.9, 2), round(employed / 2080 * 1.05, 2))
    _salary(g, employed, employed, "GBP", point=True, level="employed")
    _salary(g, hour[0], hour[1], "GBP", period="hour", level="employed")
    out += [f"How much does {_a(g.title)} {g.title.lower()} earn?",
            f"Employed {plural.lower()} working for a contractor earn around £{_fmt(employed)} "
            f"a year, or £{hour[0]:.2f} to £{hour[1]:.2f} an hour. Self-employed {plural.lower()} "
            f"with an established client list take home £{_fmt(take[0])} to £{_fmt(take[1])} a "
            f"year after van, materials and insurance costs. Turnover of "
            f"£{_fmt(take[1] + 12_000)} is achievable, but that is not profit.",
            "Getting started: step by step",
            "Step 1Decide: buy an existing client list or build your own.",
            "Step 2Register as self-employed with HMRC and get insured."]
    if g.skills["tool"]:
        out.append(f"Step 3Use a scheduling app ({' or '.join(g.skills['tool'])}) to plan "
                   "routes and take card payments.")
    out += _said(f"Who becomes {_a(g.title)} {g.title.lower()}?\nPlenty of people come from {{}} "
                 "jobs.", _texts(g.moves_in), "or")
    grow = _said("Once you are fully booked you can become {}", _texts(g.leads_to), "or")
    grow += _said("or move sideways into {} work", _texts(g.transitions_to), "or")
    if grow:
        out += ["Growing the business", ", ".join(grow) + "."]
    out += _said(f"Companies such as {{}} employ {plural.lower()} directly.", g.employers, "and")
    out += _said("Most contracts come from {}.", g.sectors, "and")
    out += [f"Franchise option: {rng.choice(_FIRMS)} offers a franchise at £8,995 plus 7% of "
            "turnover.", "Related guides", "How to start a gutter cleaning business",
            "Get our free business plan template → Enter your email",
            "© BizIdeasHub Ltd · Registered in England · Privacy · Cookies"]
    return out


def _business_za(rng: random.Random, g: Guide, area: str, brand: str) -> list[str]:
    """A South African side-hustle guide: rand with a space between thousands, prices per
    event, take-home a month part-time and full-time, per-gig fees, comparison titles."""
    plural = _plural(g.title)
    g.must_not_appear += ["Table of Contents", "Write for us", "Reply"]
    heads = ["Is it worth it?", "Skills you need", "Equipment and what it costs",
             "What to charge", "What you can earn", "Finding clients", "Growing", "FAQ"]
    out = ["Mzansi Hustle", "Side Hustles | Small Business | Money | Funding | Write for us",
           f"How to Start {_a(g.title).capitalize()} {g.title} Business in South Africa (2026 "
           "Guide)", f"Posted by {rng.choice(_PEOPLE)} • 9 January 2026 • 11 min read",
           "Table of Contents", *[f"{i}. {h}" for i, h in enumerate(heads, 1)],
           f"1. {heads[0]}", "Yes, if you can handle weekend work.", f"2. {heads[1]}",
           *[f"- {s}" for s in [*g.skills["top"], *g.skills["often_missing"], *g.skills["soft"]]]]
    if g.skills["tool"]:
        out.append(f"- Software: {' or '.join(g.skills['tool'])}")
    out += [f"3. {heads[2]}", f"Main unit ({brand}) – R{_rand(9500)} to R{_rand(18000)}",
            f"Laptop – from R{_rand(12000)}", "Public liability insurance – about R450 a month",
            f"4. {heads[3]}", f"Big events: R{_rand(6500)} – R{_rand(15000)} per event",
            f"School functions: R{_rand(4000)} – R{_rand(9000)}", f"5. {heads[4]}"]
    part = _yearly(rng, "junior", 1.2, 1000)
    part = (part[0] // 12 // 1000 * 1000, part[1] // 12 // 1000 * 1000 + 6000)
    full = (part[1] + rng.randint(8, 14) * 1000, part[1] + rng.randint(30, 40) * 1000)
    _salary(g, part[0], part[1], "ZAR", period="month", level="part-time")
    _salary(g, full[0], full[1], "ZAR", period="month", level="full-time")
    pay = (f"A part-time {g.title.lower()} typically takes home R{_rand(part[0])} – "
           f"R{_rand(part[1])} a month after equipment repayments and transport. Established "
           f"full-time {plural.lower()} clear R{_rand(full[0])} – R{_rand(full[1])} a month. "
           f"Those employed by an events company are paid per gig: R{_rand(1200)} – "
           f"R{_rand(2500)} a function.")
    if g.moves_in:
        role, name = g.moves_in[0]
        wage = rng.randint(10, 18) * 1000 + 500
        owner, level = _owner(g, role, name)
        _salary(g, wage, wage, "ZAR", period="month", point=True, belongs_to=owner, level=level)
        pay += f" For comparison, {_a(name)} {name.lower()} earns about R{_rand(wage)} a month."
    out += [pay, f"6. {heads[5]}"]
    out += _said("Partner with {}: they keep preferred-supplier lists.", g.employers, "and")
    out += _said("Most bookings come from {}.", g.sectors, "and")
    if "events company" not in g.sectors:  # named in the pay paragraph: "employed by an
        g.sectors.append("events company")  # events company" (as the real page's truth has)
    out.append(f"7. {heads[6]}")
    out += _said("Many start as {}.", [_plural(n).lower() for n in _texts(g.moves_in)], "or")
    out += _said("Once you are fully booked, the next step is to become {}",
                 [f"{_a(n)} {n}" for n in _texts(g.leads_to)], "or")
    out += _said("Some move sideways into {} work.", _texts(g.transitions_to), "or")
    g.must_not_appear.append("BPM Supre")
    return [*out, f"8. {heads[7]}", "Do I need a licence? For private events, generally no.",
            "Can I use streaming apps? No – use a pool like BPM Supre", "23 Comments",
            f"{rng.choice(_PEOPLE).split()[0]} K. January 10, 2026 at 8:14 am",
            "Great guide, starting my first booking in March 🔥", "Reply"]


# --------------------------------------------------------------------------------------
# Work-experience placement
# --------------------------------------------------------------------------------------
_DAYS = ("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")


def _workexperience(rng: random.Random, g: Guide, area: str) -> list[str]:
    variant = pick_variant(rng, ("studio", "virtual"))
    g.title_line = False
    issuer = _issuer(rng, g)
    _clear(g, "aliases")
    if variant == "virtual":
        return _virtual(rng, g, area, issuer)
    g.must_not_appear += ["Who can apply", "How to apply", "Our people", "MONDAY"]
    tools, top = g.skills["tool"], g.skills["top"]
    out = [issuer.upper(), "Projects   Practice   People   News   Careers   Contact",
           "Careers › Transition Year Work Experience", "Transition Year Work Experience 2026",
           "Applications open 12 January – close 13 February 2026 · Placements: one week, "
           f"9 March or 20 April · {rng.choice(_TOWNS)} studio",
           f"Thinking about becoming {_a(g.title)} {g.title.lower()}? Each spring we take four "
           "students for a week.", "Your week at a glance"]
    runs = [top[i::4] for i in range(4)]
    for day, run in zip(_DAYS, [*runs, tools], strict=True):
        work = f"Try {_prose_list(run)}." if run else "Present your work to the team."
        out.append(f"{day} – {work}")
    out += ["Who can apply", "Students at any secondary school. The placement is unpaid; we "
            "provide lunch every day.", "How to apply",
            "Send a one-page cover letter to the studio.", f"About working in {area.lower()}"]
    out += _said("Our people also need {}.", [*g.skills["often_missing"], *g.skills["soft"]],
                 "and")
    chain = _texts(g.progression)
    if chain:
        out.append("In our studio, people typically progress from " + chain[0].lower() + " to "
                   + _prose_list([n.lower() for n in chain[1:]]) + ".")
    out += _said("Several of our staff came from {} jobs.", _texts(g.moves_in), "or")
    out += _said(f"Our {_plural(g.title).lower()} go on to {{}}.", [n for n in _texts(g.leads_to)
                                                                    if n not in chain], "or")
    out += _said("Some move across to {}.", _texts(g.transitions_to), "or")
    rows, hi_before = [], 0
    path = g.progression or [(g.role, g.title)]
    for i, (role, name) in enumerate(path):
        lo, hi = _yearly(rng, role.level, 0.6, 1000)
        owner, level = (None, None) if role is g.role else _owner(g, role, name)
        if i == len(path) - 1 and role is not g.role:  # an open floor above the last band
            lo = max(lo, hi_before + 2000)
            _salary(g, lo, None, "EUR", belongs_to=owner, level=level)
            rows.append(f"{_plural(name).lower()} €{_fmt(lo)} and above")
        else:
            _salary(g, lo, hi, "EUR", belongs_to=owner, level=level)
            rows.append(f"{_plural(name).lower()} €{_fmt(lo)} – €{_fmt(hi)}")
        hi_before = hi
    out.append(f"Salaries in our sector (survey 2025): {'; '.join(rows)}.")
    out += _said(f"Where {_plural(g.title).lower()} work: {{}}.", g.sectors, "and")
    people = rng.sample(_PEOPLE, 2)
    g.must_not_appear += people
    return [*out, "Our people", f"{people[0]}, Director · {people[1]}, {g.title}",
            f"{issuer} · Privacy · Cookie preferences · © 2026"]


def _virtual(rng: random.Random, g: Guide, area: str, issuer: str) -> list[str]:
    """A virtual programme: ratings and enrolment counts, modules glued to their numbers,
    trainee pay by year and office, newly qualified pay, an apprentice's pay."""
    g.must_not_appear += ["Enrol for free", "Add to calendar", "You might also like"]
    speakers = rng.sample(_PEOPLE, 2)
    g.must_not_appear += speakers
    tools = g.skills["tool"]
    out = ["insightpod  Explore programmes  For schools  For employers  Log in  Sign up free",
           f"{area} › Virtual work experience",
           f"Virtual Work Experience: Becoming {_a(g.title)} {g.title} with {issuer}",
           f"★ 4.8 (2,311 reviews) · {rng.randint(3, 20)},502 students enrolled · Ages 15–18 · "
           "Self-paced · 6 hours", "Enrol for free",
           "Add to calendar: Live Q&A, Wed 18 March, 17:00–18:00", "Modules",
           f"Module 1What does {_a(g.title)} {g.title.lower()} do?Meet the team."]
    top = g.skills["top"]
    out += [f"Module 2Research taskUse {_prose_list(top[:2])} to answer a client's question."]
    if tools:
        out.append(f"Module 3Review taskMark up a document in {' and '.join(tools)}.")
    out += [f"Module {4 if tools else 3}Routes in and your next steps", "Skills you'll build",
            " · ".join([*top[2:], *g.skills["often_missing"], *g.skills["soft"]]),
            "Meet your speakers", f"{speakers[0]} – {g.title}", f"{speakers[1]} – Partner"]
    london, other = rng.choice(("London", "Manchester")), rng.choice(("Leeds", "Bristol"))
    nq = _yearly(rng, g.role.level, 0.5, 1000)[0]
    t1, t2 = round(nq * 0.5, -3), round(nq * 0.55, -3)
    o_t, o_nq = round(nq * 0.35, -3), round(nq * 0.6, -3)
    median = round(nq * 0.52, -3) + 500
    for value, region in ((t1, london), (t2, london), (o_t, other)):
        _salary(g, value, value, "GBP", point=True, level="Trainee", region=region)
    for value, region in ((nq, london), (o_nq, other), (median, None)):
        _salary(g, value, value, "GBP", point=True, region=region)
    appr = round(nq * 0.22, -3) + 500
    _salary(g, appr, appr, "GBP", point=True, level="Apprentice")
    out += [f"Routes into {area.lower()}",
            "Most people take a degree, then two years as a trainee. Others join straight from "
            "school on a six-year apprenticeship."]
    out += _said("Others qualify while working as {}.", [f"{_a(n)} {n.lower()}" for n in
                                                        _texts(g.moves_in)], "or")
    out += [f"What {_plural(g.title).lower()} earn at {issuer}",
            f"{london}: trainees earn £{_fmt(t1)} in year one and £{_fmt(t2)} in year two; newly "
            f"qualified (NQ) {_plural(g.title).lower()} earn £{_fmt(nq)}.",
            f"{other} office: trainees £{_fmt(o_t)}; NQ £{_fmt(o_nq)}.",
            f"Apprentices start on £{_fmt(appr)}.",
            f"Nationally, the median salary is £{_fmt(median)}."]
    chain = _texts(g.progression)
    above = chain[chain.index(g.title) + 1:] if g.title in chain else []
    g.progression = g.progression[chain.index(g.title):] if len(above) >= 1 else []
    out.append("Career progression")
    prog = _said(f"After qualifying, {_plural(g.title).lower()} progress to {{}}.",
                 [n.lower() for n in above], "and then")
    prog += _said("Many also move up to {}.", [n for n in _texts(g.leads_to) if n not in above],
                  "or")
    prog += _said("Some move in-house as {}.", [f"{_a(n)} {n.lower()}" for n in
                                                _texts(g.transitions_to)], "or")
    out.append(" ".join(prog) or "Most stay and build a practice.")
    out += _said("Our clients include {}.", [*g.sectors], "and")
    return [*out, "Programme FAQs", "Do I need to study this subject first? No.",
            "You might also like", "Virtual Work Experience: Medicine with Northgate NHS Trust",
            "insightpod Ltd · Safeguarding · Privacy · Terms · We use cooki"]


FAMILY16_RENDERERS: dict[str, Callable[[random.Random, Guide, str], list[str]]] = {
    "versus": _versus, "pressrelease": _pressrelease, "podcastnotes": _podcastnotes,
    "quizresult": _quizresult, "startbusiness": _startbusiness,
    "workexperience": _workexperience,
}
