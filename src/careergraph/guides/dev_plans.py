"""A filled-in individual development plan or appraisal form (an IDP, a PDP, an annual
review): one employee's form, read for the role's facts it holds.

- The letterhead (the form's first line, before a dash) naming an organisation, and an
  organisation named in the office or department field, employ the role.
- The pay band field ("Pay band .... Band 5 (£31,049 – £37,796)") is the role's band.
- The previous positions (a field, or "My route so far: A (2019–2021), then B …"), oldest
  first, then the role, then the short- and long-term goals' posts make one ladder; a post
  the holder "would also consider" or names as an "alternative goal" is a lateral move, and a
  goal's post offered as another choice ("… or train as a Clinical Scientist") a move up.
- A band printed with a goal's post (its vacancy announcement) is that post's.
- A numbered objective to gain something ("Complete the X certification", "Become competent
  in A via B", "Learn C") names skills of the role: :func:`objective_skills`.

The posts are the vocabulary's titles, or the role's own title after a rank word ("Chief X").

>>> from careergraph.guides.vocab import Vocabulary
>>> from careergraph.lexicon import load_lexicon
>>> page = ["RIVERSIDE WATER TRUST — PEOPLE SERVICES", "Personal Development Plan 2027",
...         "Job title ........ Pump Fitter      Depot: Riverside Depot",
...         "Previous posts: Labourer (2019–2021); Apprentice Pump Fitter (2021–2024)",
...         "Short term: Senior Pump Fitter.  Long term: Workshop Supervisor.",
...         "Alternative goal: Plant Operator"]
>>> plan = dev_plan(list(enumerate(page, 1)), "Pump Fitter",
...                 Vocabulary.from_lexicon(load_lexicon()))
>>> [t for t, _ in plan.ladder], [t for t, _ in plan.lateral], [e for e, _ in plan.employers]
(['Labourer', 'Apprentice Pump Fitter', 'Pump Fitter', 'Senior Pump Fitter', \
'Workshop Supervisor'], ['Plant Operator'], ['Riverside Water Trust'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from careergraph.guides.amounts import find_money
from careergraph.guides.duty_tools import duty_tools
from careergraph.guides.employer_names import organisation_name
from careergraph.guides.move_items import titles_in
from careergraph.guides.text import split_items
from careergraph.guides.vocab import Vocabulary

__all__ = ["DevPlan", "dev_plan", "objective_skills", "plan_form", "workforce_letterhead"]


@dataclass
class DevPlan:
    """The facts of one development plan (see the module), each with its line; ``pay``:
    (post or None for the role, the text holding the figure, line)."""

    employers: list[tuple[str, int]] = field(default_factory=list)
    ladder: list[tuple[str, int]] = field(default_factory=list)
    lateral: list[tuple[str, int]] = field(default_factory=list)
    up: list[tuple[str, int]] = field(default_factory=list)
    pay: list[tuple[str | None, str, int]] = field(default_factory=list)
    skills: list[tuple[str, int]] = field(default_factory=list)  # what objectives set to gain
    # the goal fields' lines whose posts the ladder holds: no other reader takes them again
    # ("Apply for the Senior X post; long term, become Y" is no move from the role to Y)
    goal_lines: set[int] = field(default_factory=set)


_PLAN = re.compile(r"\b(?:(?:individual|personal|professional|career) development plan|"
                   r"IDP|PDP|appraisal|performance and development review)\b", re.IGNORECASE)
_HEAD_LINES = 4  # the form's title stands among its first lines
# A workforce plan's title ("Theatres Workforce Plan 2026/27", "People and Workforce Strategy").
_WORKFORCE_PLAN = re.compile(r"\bworkforce (?:plan|strategy|review)\b", re.IGNORECASE)
# A field: its label, then dot leaders or a colon, then its value up to a wide gap.
_FIELD = re.compile(r"(?:^|\s{2,})(?P<label>[A-Z][A-Za-z0-9 /()–-]{1,40}?)\s*(?:\.{2,}|:)\s*"
                    r"(?P<value>\S.*?)(?=\s{3,}[A-Z][A-Za-z /()-]{1,40}?\s*(?:\.{2,}|:)|$)")
_WHERE = re.compile(r"^(?:department|office|location|directorate|organi[sz]ation|employer|"
                    r"site|base|agency|unit|trust|workplace|depot)$", re.IGNORECASE)
_BAND = re.compile(r"^(?:pay band|band|pay range|salary|pay scale|grade and salary)$",
                   re.IGNORECASE)
_BEFORE = re.compile(r"^(?:previous (?:positions?|posts?|roles?|jobs?)|prior (?:positions?|"
                     r"posts?|roles?)|(?:my )?route so far|career (?:history|so far)|"
                     r"employment history)$", re.IGNORECASE)
# ("Short-term goal (1–2 years): …", "Long-term aim: …": a goal's own word after its term)
_GOAL = re.compile(r"^(?:(?:short|medium|long(?:er)?)[- ]term(?:\s+(?:goals?|aims?|"
                   r"objectives?|aspirations?))?|career goals?|"
                   r"next (?:post|role|step)|career aspirations?)(?:\s*\([^)]*\))?$",
                   re.IGNORECASE)
_SIDEWAYS = re.compile(r"^alternative (?:goal|career|post|role)s?$", re.IGNORECASE)
_CONSIDER = re.compile(r"\b(?:would also consider|could also consider|alternatively)\b",
                       re.IGNORECASE)
_OTHER_CHOICE = re.compile(r"\bor\b[^.;]*$")
_YEAR = re.compile(r"\((?:[^()]*?)((?:19|20)\d\d)")
_RANKS = ("Trainee", "Apprentice", "Student", "Graduate", "Junior", "Senior", "Lead",
          "Principal", "Chief", "Head", "Assistant", "Deputy", "Associate", "Consultant")
_POST = re.compile(r"[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|and)){0,4}")
# A goal's post named by one word before the word for a post ("a Biologist position").
_ONE_WORD_POST = re.compile(r"\b(?:an?|the)\s+([A-Z][a-z]+)\s+(?:position|post|role|vacancy)\b")
_CONTINUED = 20  # an indented line under a field's value (this many spaces) goes on with it


def _fields(lines: Sequence[tuple[int, str]]) -> list[tuple[str, str, int]]:
    """Every field of the form: (label, value, line), a value going on onto indented lines
    or, for prose fields, onto the lines up to a blank one."""
    found: list[tuple[str, str, int]] = []
    for index, (no, text) in enumerate(lines):
        for match in _FIELD.finditer(text):
            label, value = match.group("label").strip(), match.group("value").strip()
            for _, after in lines[index + 1:]:
                if not after.strip() or (_FIELD.search(after.strip() + " ") and (
                        after[:_CONTINUED].strip())):
                    break
                if after[:_CONTINUED].strip() and not (_BEFORE.match(label) or _GOAL.match(
                        label)):
                    break
                value = f"{value} {after.strip()}"
            found.append((label, value, no))
    return found


def _name_case(text: str) -> str:
    """A letterhead in capitals in Title Case ("HARLAN STATE MUSEUM OF NATURAL HISTORY")."""
    if not text.isupper():
        return text
    small = {"of", "and", "the", "for", "in", "on"}
    return " ".join(w.lower() if i and w.lower() in small else w.capitalize()
                    for i, w in enumerate(text.split()))


def _organisation(name: str) -> bool:
    words = name.split()
    return any(organisation_name(" ".join(words[:end])) for end in range(2, len(words) + 1))


def _posts(text: str, role: str, vocab: Vocabulary) -> list[tuple[str, int, str]]:
    """The posts ``text`` names, in order: (title, offset, joining words)."""
    found: dict[int, tuple[str, int, str]] = {}
    for title, joiner in titles_in(text, vocab):
        at = text.find(title)
        after = text[at + len(title):at + len(title) + 2] if at != -1 else ""
        if at != -1 and not (" " not in title and after[:1] == " " and after[1:].isupper()):
            found[at] = (title, at, joiner)  # ("Chief Cardiac …": no title "Chief" alone)
    for match in _ONE_WORD_POST.finditer(text):  # "compete for a Biologist position"
        if match.group(1) in vocab.role_heads and not any(
                at <= match.start(1) < at + len(title) for title, at, _ in found.values()):
            found[match.start(1)] = (match.group(1), match.start(1), "")
    if role:  # "Chief Cardiac Physiologist": the role's title after a rank word
        for match in re.finditer(rf"\b(?:(?:{'|'.join(_RANKS)})\s+)?{re.escape(role)}\b", text):
            for at in list(found):
                if at <= match.start() < at + len(found[at][0]) or (
                        match.start() <= at < match.end()):
                    del found[at]
            found[match.start()] = (match.group(0), match.start(), "")
    return [found[at] for at in sorted(found)]


def plan_form(text: str) -> bool:
    """``text`` names a development plan or appraisal form ("Personal Development Plan").

    >>> plan_form("INDIVIDUAL DEVELOPMENT PLAN (IDP)"), plan_form("Career development")
    (True, False)
    """
    return _PLAN.search(text) is not None


def workforce_letterhead(lines: Sequence[tuple[int, str]]) -> tuple[str, int] | None:
    """The organisation heading a workforce plan (its first line, a council or a trust, with
    "Workforce Plan" or "Workforce Strategy" in the title under it): the employer of the
    staff it plans, with its line; None on any other page.

    >>> workforce_letterhead([(1, "Dunmore District Council"), (2, "Parks Workforce Plan")])
    ('Dunmore District Council', 1)
    >>> workforce_letterhead([(1, "Dunmore District Council"), (2, "Annual report")]) is None
    True
    """
    head = [(no, text.strip()) for no, text in lines if text.strip()][:_HEAD_LINES]
    if not head or not any(_WORKFORCE_PLAN.search(text) for _, text in head[1:]):
        return None
    no, first = head[0]
    name = _name_case(re.split(r"\s+[—–|·]\s+|\s{3,}", first)[0])
    return (name, no) if organisation_name(name) else None


# A numbered objective ("1. Complete …", "2) Become competent in …") and the lines it wraps
# onto (indented, no number of their own); a wide gap ends its column ("   Support: …").
_OBJECTIVE = re.compile(r"^\s*\d{1,2}[.)]\s+(?P<text>\S.*)$")
_COLUMN_GAP = re.compile(r"\s{3,}")
# An objective to gain something: the skills, tools and certifications it names are the
# role's ("Complete the X certification", "Become competent in A and B via C", "Learn D").
# (a credential's verbs: their object is a document or an award, read only for the product
# it certifies; the others' objects are skills)
_GAIN = re.compile(r"^(?:(?P<credential>complete|obtain|achieve|attain|pass)|"
                   r"become\s+(?:competent|proficient|confident|fluent)\s+(?:in|with|at)|"
                   r"learn(?:\s+to\s+use)?|master|"
                   r"gain\s+(?:experience|competence|proficiency|skills?)\s+(?:in|with|of|on)|"
                   r"get\s+certified\s+(?:in|on)|train\s+(?:in|on))\s+(?:the\s+|an?\s+)?",
                   re.IGNORECASE)
# What an objective's object ends at: a tool's preposition, a bracket, a purpose.
_OBJECT_END = re.compile(r"\s+(?:via|using|on|with|to|by|for|before|within)\s|\s*\(|[.;]")
# A certification's own words after the product it certifies ("Tableau Desktop Specialist
# certification"), and words that make the name an organisation's, no product.
_CREDENTIAL = re.compile(r"^(?P<name>(?:[A-Z][\w+#.-]*\s+){0,3}[A-Z][\w+#.-]*)\s+(?:[A-Z]\w*\s+)*"
                         r"(?:certification|certificate|exam|course|accreditation|licen[cs]e)\b")
_ORGANISATION_WORD = re.compile(r"\b(?:Society|Institute|Association|College|Council|Board|"
                                r"Academy|Federation|Agency)\b")
_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}\)")
_COUNT_LEAD = re.compile(r"^\d[\d,]*\s+")  # "250 transthoracic echos": the number done
_KEPT_ON = re.compile(r"^(?P<what>[a-z][\w -]*?)\s+(?:on|in|using|with|via)\s+(?P<tool>[A-Z].*)$")
_OBJECT_WORDS = 5


def _objectives(lines: Sequence[tuple[int, str]]) -> list[tuple[str, int]]:
    """The numbered objectives of a form, each joined with the lines it wraps onto."""
    found: list[tuple[str, int]] = []
    for no, text in lines:
        item = _OBJECTIVE.match(text)
        if item is not None:
            found.append((_COLUMN_GAP.split(item.group("text").strip())[0], no))
        elif found and text[:1].isspace() and text.strip() and found[-1][1] >= no - 2:
            found[-1] = (f"{found[-1][0]} {_COLUMN_GAP.split(text.strip())[0]}", found[-1][1])
        else:
            found.append(("", no))  # (a line between: the next line no longer wraps)
    return [(text, no) for text, no in found if text]


def objective_skills(text: str) -> list[str]:
    """The skills an objective to gain them names (see ``_GAIN``): its objects, the tools
    they are used in or on, a certification's product and a bracket's work and tools.

    >>> objective_skills("Become competent in loop recorder (LR) interrogation and remote "
    ...                  "monitoring via CareLink.")
    ['loop recorder interrogation', 'remote monitoring', 'CareLink']
    >>> objective_skills("Complete the Tableau Desktop Specialist certification.")
    ['Tableau Desktop Specialist']
    >>> objective_skills("Complete the logbook (250 transthoracic echos on EchoPAC).")
    ['transthoracic echos', 'EchoPAC']
    >>> objective_skills("Teach ECG recording to new assistants.")
    []
    """
    text = re.split(r"(?<=\.)\s+(?=[A-Z])", text, maxsplit=1)[0]  # (its first sentence)
    gain = _GAIN.match(text)
    if gain is None:
        return []
    found: list[str] = []
    rest = text[gain.end():]
    credential = _CREDENTIAL.match(rest)
    if credential is not None and not _ORGANISATION_WORD.search(credential.group("name")):
        found.append(credential.group("name"))
    elif not gain.group("credential") and not rest[:1].isupper():
        end = _OBJECT_END.search(_ACRONYM.sub("", rest))
        body = _ACRONYM.sub("", rest)[:end.start() if end else None]
        found.extend(item for item in split_items(body) if len(item.split()) <= _OBJECT_WORDS)
    for bracket in re.findall(r"\(([^()]{6,80})\)", text):
        kept = _KEPT_ON.match(_COUNT_LEAD.sub("", bracket.strip()))
        if kept is not None:
            found.extend([kept.group("what"), kept.group("tool")])
    found.extend(tool for tool in duty_tools(_ACRONYM.sub("", text)) if tool not in found)
    return list(dict.fromkeys(name.strip(" .") for name in found if name.strip(" .")))


def dev_plan(lines: Sequence[tuple[int, str]], role: str, vocab: Vocabulary) -> DevPlan | None:
    """The facts of a development plan form (see the module), or None when the page is no
    such form."""
    joined: dict[int, str] = {}
    for no, text in lines:  # (a line cut into its columns upstream: one line again)
        joined[no] = f"{joined[no]}     {text}" if no in joined else text
    lines = sorted(joined.items())
    head = [(no, text) for no, text in lines if text.strip()][:_HEAD_LINES]
    if not any(plan_form(text) for _, text in head):
        return None
    plan = DevPlan()
    first_no, first = head[0]
    letterhead = _name_case(re.split(r"\s+[—–|]\s+|\s{3,}", first.strip())[0])
    if _organisation(letterhead) and not _PLAN.search(letterhead):
        plan.employers.append((letterhead, first_no))
    earlier: list[tuple[str, int, int]] = []
    goals: list[tuple[str, int]] = []
    for label, value, no in _fields(lines):
        if _WHERE.match(label):
            plan.employers.extend((part.strip(" ."), no) for part in value.split(",")
                                  if organisation_name(part.strip(" .")))
        elif _BAND.match(label) and find_money(value) is not None:
            plan.pay.append((None, value, no))
        elif _BEFORE.match(label):
            for order, (title, at, _) in enumerate(_posts(value, role, vocab)):
                year = _YEAR.search(value, at)
                earlier.append((title, int(year.group(1)) if year else 9999 + order, no))
        elif _SIDEWAYS.match(label):
            posts = _posts(value, role, vocab) or (  # (the field's value alone: a post)
                [(value.strip(" ."), 0, "")] if _POST.fullmatch(value.strip(" .")) else [])
            plan.lateral.extend((title, no) for title, _, _ in posts[:1])
        elif _GOAL.match(label):
            for sentence in re.split(r"(?<=[.;])\s+", value):
                posts = _posts(sentence, role, vocab)
                if _CONSIDER.search(sentence):
                    plan.lateral.extend((title, no) for title, _, _ in posts[-1:])
                    continue
                for title, at, _ in posts:
                    if title.lower() == role.lower():
                        continue  # "reach full performance as X at GS-11": the role
                    if goals and _OTHER_CHOICE.search(sentence[:at]) and " or " in sentence[
                            :at]:
                        plan.up.append((title, no))  # "… or train as a Clinical Scientist"
                    else:
                        goals.append((title, no))
                        plan.goal_lines.add(no)
                if find_money(sentence) is not None and goals:  # ("Posts are advertised at …")
                    plan.pay.append((goals[-1][0], sentence, no))
    for text, no in _objectives(lines):  # "1. Become competent in A and B via C"
        plan.skills.extend((name, no) for name in objective_skills(text))
    for no, text in lines:  # "Senior Registrar, GS-11   $73,930 – $96,116": a goal's band
        post = next((title for title, _ in goals if text.strip().startswith(title)), None)
        if post is not None and find_money(text) is not None and not any(
                no == line for _, _, line in plan.pay):
            plan.pay.append((post, text, no))
    steps = [(title, no) for title, _, no in sorted(earlier, key=lambda e: e[1])
             if title.lower() != role.lower()]
    if steps or goals:
        ladder = [*steps, (role, steps[-1][1] if steps else goals[0][1]), *goals]
        seen: set[str] = set()
        plan.ladder = [(t, n) for t, n in ladder
                       if not (t.lower() in seen or seen.add(t.lower()))]  # type: ignore[func-returns-value]
    return plan
