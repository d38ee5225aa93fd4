"""(rules41a) A job page saved with its schema.org ``JobPosting`` JSON-LD block.

A job board's page keeps, beside the posting's visible text, a ``<script
type="application/ld+json">`` block stating the same posting as data: ``title``,
``hiringOrganization.name`` (the firm that hires), ``baseSalary`` (a ``MonetaryAmount``
whose ``QuantitativeValue`` has ``minValue``, ``maxValue`` and ``unitText``), ``industry``
(a sector) and a ``skills`` text.  The block may be pretty-printed over many lines, minified
on one, or cut off where the page was saved.  The page's text is read as usual; the block's
keys, types and enumerations are chrome (blanked from the text when the page carries no
other markup) and what it states is added to the guide read from the text, each fact once:

==========================  ==========================================================
``hiringOrganization.name``  an employer
``industry``                 sectors
``skills``                   skills (a list written in one text is split)
``baseSalary``               the role's own band (beside the visible pay line's, which
                             may differ: both are the page's figures)
``title``                    the role only where nothing on the page named one
==========================  ==========================================================

``occupationalCategory`` (an O*NET-SOC code and its name) is a classification, no sector;
``experienceRequirements`` and ``qualifications`` are no skills.  A complete block is read
with :mod:`json`; a block that does not parse (cut off, or with a stray character) is read
key by key for its plain values; nothing in a block ever stops the page from being read.
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from careergraph.firm_names import firm_base
from careergraph.guides.schema_org import LIST_SEPARATORS, _number, _period, typed_nodes
from careergraph.model import Fact, Guide, SalaryRange, SkillFact, SkillKind, Source, money_amount

__all__ = ["blank_jsonld", "embedded_posting", "merge_skill"]

# A JSON-LD script block, closed or cut off at the end of the text.
_BLOCK = re.compile(r"<script\b[^>]*\btype\s*=\s*[\"']application/ld\+json[\"'][^>]*>"
                    r"(?P<body>.*?)(?:</script\s*>|\Z)", re.IGNORECASE | re.DOTALL)
# A cut-off block ends at the first line that is no JSON (text at the line's start).
_NOT_JSON_LINE = re.compile(r"\n(?=[^\s{}\[\]\"',:\d-])")
_SKILL_WORDS = 6  # a skills text's items are short names; a sentence stays out
# Plain values of a block that does not parse, key by key.
_STRING_KEY = r"\"{key}\"\s*:\s*\"(?P<value>(?:[^\"\\]|\\.){{1,400}})\""
_NUMBER_KEY = r"\"{key}\"\s*:\s*\"?(?P<value>\d+(?:\.\d+)?)"


def blank_jsonld(text: str) -> tuple[str, list[tuple[int, str]]] | None:
    """``text`` with its JSON-LD ``JobPosting`` blocks blanked (every line kept, so line
    numbers stay) and the blocks with the line each starts on; None when it has none.

    >>> page = 'Cook\\n<script type="application/ld+json">{"@type": "JobPosting",\\n'\\
    ...        '"title": "Cook"}</script>\\nCooks cook.'
    >>> blanked, blocks = blank_jsonld(page)
    >>> blanked.splitlines()[0], blanked.splitlines()[1].strip(), blanked.splitlines()[3]
    ('Cook', '', 'Cooks cook.')
    >>> blocks[0][0], blocks[0][1].split(",")[0]
    (2, '{"@type": "JobPosting"')
    """
    if "ld+json" not in text or "JobPosting" not in text:
        return None
    blocks: list[tuple[int, str]] = []
    pieces: list[str] = []
    position = 0
    for found in _BLOCK.finditer(text):
        end = found.end()
        if not found.group().rstrip().lower().endswith("</script>"):  # cut off: to the text
            stop = _NOT_JSON_LINE.search(text, found.start("body"))
            end = stop.start() if stop is not None else len(text)
        body = text[found.start("body"):end].split("</script", 1)[0]
        if "JobPosting" not in body:
            continue
        blocks.append((text.count("\n", 0, found.start("body")) + 1, body))
        pieces += [text[position:found.start()], re.sub(r"[^\n]", " ", text[found.start():end])]
        position = end
    if not blocks:
        return None
    return "".join([*pieces, text[position:]]), blocks


def embedded_posting(guide: Guide, blocks: list[tuple[int, str]]) -> Guide:
    """``guide``, read from a page's text, with what the page's JSON-LD ``JobPosting`` adds:
    its hiring organisation, industry, skills and base salary, each once.

    >>> from careergraph.model import Layout
    >>> page = Guide(file="p.txt", layout=Layout.LONGFORM,
    ...              role=Fact(text="Baker", source=Source(file="p.txt", line=9)))
    >>> block = ('{"@type": "JobPosting", "title": "Baker",\\n "hiringOrganization": {"name":'
    ...          ' "Crumb & Co LLC"}, "industry": "Bakeries", "skills": "Lamination, Proofing",'
    ...          '\\n "baseSalary": {"currency": "USD", "value": {"minValue": 17.5, '
    ...          '"maxValue": 21, "unitText": "HOUR"}}}')
    >>> merged = embedded_posting(page, [(3, block)])
    >>> [e.text for e in merged.employers], [s.text for s in merged.sectors]
    (['Crumb & Co LLC'], ['Bakeries'])
    >>> [s.text for s in merged.skills], [(s.min, s.max, s.period) for s in merged.salaries]
    (['Lamination', 'Proofing'], [(17.5, 21, 'hour')])

    A block cut off where the page was saved still gives its plain values:

    >>> cut = '{"@type":"JobPosting","hiringOrganization":{"name":"Oak USD"},"industry":"Edu'
    >>> [e.text for e in embedded_posting(page, [(2, cut)]).employers]
    ['Oak USD']
    """
    update: dict[str, Any] = {}
    employers = list(guide.employers)
    sectors = list(guide.sectors)
    skills = list(guide.skills)
    salaries = list(guide.salaries)
    for start, text in blocks:
        posting = _posting(text)
        at = _Lines(guide.file, start, text)
        firm = _text(_get(posting, "hiringOrganization", "name"))
        if firm and _key(firm) not in {_key(e.text) for e in employers} and not any(
                _short_name(e.text, firm) for e in employers):
            employers.append(Fact(text=firm, source=at.source('"hiringOrganization"')))
        for sector in _items(posting.get("industry")):
            if _key(sector) not in {_key(s.text) for s in sectors}:
                sectors.append(Fact(text=sector, source=at.source('"industry"')))
        named = [name for value in _items(posting.get("skills"))
                 for name in LIST_SEPARATORS.split(value) if name]
        if all(len(name.split()) <= _SKILL_WORDS for name in named):
            for name in named:
                merge_skill(skills, name, at.source('"skills"'))
        band = _band(posting.get("baseSalary"))
        if band is not None and band[3] in _DOLLARS:
            # (carry41) the block's dollar is the page's: a bare "$" the text's reading took
            # for another dollar (a place name in the duties: "the Hobart conveyor") is it
            salaries = [s.model_copy(update={"currency": band[3]}) if s.currency in _DOLLARS
                        and s.currency != band[3] else s for s in salaries]
        if band is not None and (band[0], band[1], band[2]) not in {
                (s.min, s.max, s.period) for s in salaries}:
            salaries.append(SalaryRange(min=band[0], max=band[1], period=band[2],
                                        currency=band[3], label="baseSalary",
                                        source=at.source('"baseSalary"')))
        title = _text(posting.get("title"))
        if title and _key(title) != _key(guide.role.text):
            # (fresh56) "Trainee Library Technician: $17.50/hr" on a page whose visible
            # title is "Library Media Technician" and whose block says "Library
            # Technician": the block's title at a learner's level is the role's own band
            salaries = [_own_level(s, title) for s in salaries]
        if title and guide.role_signal == "file_name" and "role" not in update:
            update |= {"role": Fact(text=title, source=at.source('"title"')),
                       "role_signal": "title_line"}
    update |= {"employers": employers, "sectors": sectors, "skills": skills,
               "salaries": salaries}
    return guide.model_copy(update=update)


def merge_skill(skills: list[SkillFact], name: str, source: Source) -> None:
    """Add ``name`` to ``skills`` (a guide's, read from its text) once: a skill the text
    already names, or names with words added, stays; the text's longer spelling with a
    setting after the name ("defensive driving in fog") becomes the name.

    >>> skills = [SkillFact(text="defensive driving in fog", source=Source(file="p", line=2),
    ...                     kind=SkillKind.TECHNICAL)]
    >>> merge_skill(skills, "Defensive driving", Source(file="p", line=9))
    >>> merge_skill(skills, "Triage", Source(file="p", line=9))
    >>> [s.text for s in skills]
    ['Defensive driving', 'Triage']
    """
    same = next((i for i, s in enumerate(skills)
                 if _within(_key(name), _key(s.text))
                 or _key(s.text).startswith(_key(name) + " ")), None)
    if same is None:
        skills.append(SkillFact(text=name, source=source, kind=SkillKind.TECHNICAL))
    elif _key(name) != _key(skills[same].text) and _key(skills[same].text).startswith(
            _key(name) + " "):
        skills[same] = skills[same].model_copy(update={"text": name})


# Currencies a bare "$" stands for: the block's names which one the page means.
_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD"})


class _Lines:
    """The page's line of a key in a block that starts on line ``start``."""

    def __init__(self, file: str, start: int, text: str) -> None:
        self.file, self.start, self.text = file, start, text

    def source(self, key: str) -> Source:
        index = self.text.find(key)
        line = self.start + (self.text.count("\n", 0, index) if index >= 0 else 0)
        return Source(file=self.file, line=line)


def _posting(text: str) -> dict[str, Any]:
    """The block's first ``JobPosting`` node: parsed when it is whole JSON, else its plain
    values read key by key (a block cut off, or broken by a stray character)."""
    try:
        data = json.loads(text, strict=False)
    except ValueError:
        return _keyed(text)
    return next((node for _, node in typed_nodes(data, "JobPosting")), {})


def _keyed(text: str) -> dict[str, Any]:
    """The plain values of a block that is no whole JSON."""
    found: dict[str, Any] = {}
    for key in ("title", "industry", "skills"):
        if (match := re.search(_STRING_KEY.format(key=key), text)) is not None:
            found[key] = _unescape(match.group("value"))
    organisation = text.find('"hiringOrganization"')
    if organisation >= 0 and (match := re.compile(_STRING_KEY.format(key="name")).search(
            text, organisation, organisation + 300)) is not None:
        found["hiringOrganization"] = {"name": _unescape(match.group("value"))}
    salary = text.find('"baseSalary"')
    if salary >= 0:
        part = text[salary:salary + 400]
        value: dict[str, Any] = {}
        for key in ("minValue", "maxValue"):
            if (match := re.search(_NUMBER_KEY.format(key=key), part)) is not None:
                value[key] = float(match.group("value"))
        for key in ("unitText", "currency"):
            if (match := re.search(_STRING_KEY.format(key=key), part)) is not None:
                value[key] = match.group("value")
        if "minValue" in value and "unitText" in value:  # (a cut band is no band)
            found["baseSalary"] = {"currency": value.get("currency"), "value": value}
    return found


def _unescape(value: str) -> str:
    try:
        return str(json.loads(f'"{value}"'))
    except ValueError:
        return value


def _get(node: Any, *keys: str) -> Any:
    for key in keys:
        node = node.get(key) if isinstance(node, dict) else None
    return node


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _items(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    return [" ".join(v.split()) for v in values if isinstance(v, str) and v.strip()]


def _band(value: Any) -> tuple[float, float, str, str] | None:
    """A ``baseSalary``'s (min, max, period, currency), or None when it states no band."""
    if not isinstance(value, dict):
        return None
    nested = value.get("value")
    inner: dict[str, Any] = nested if isinstance(nested, dict) else value
    low, high = _number(inner.get("minValue")), _number(inner.get("maxValue"))
    if low is None and high is None:
        low = high = _number(inner.get("value"))
    if low is None:
        return None
    currency = str(value.get("currency") or inner.get("currency") or "USD").strip().upper()
    top = high if high is not None else low
    return (money_amount(low), money_amount(top), _period(inner.get("unitText"),
                                                        value.get("unitText")), currency)


def _within(name: str, other: str) -> bool:
    """``name`` is ``other``, or ``other`` with words added between its own ("speed under
    pressure" in "speed and calm under pressure"): the same skill spelled shorter.

    >>> _within("speed under pressure", "speed and calm under pressure")
    True
    >>> _within("food safety", "food safety and sanitation"), _within("safety", "knife skills")
    (True, False)
    """
    if name == other:
        return True
    words, others = name.split(), iter(other.split())
    return len(words) > 1 and all(word in others for word in words)


def _short_name(name: str, legal: str) -> bool:
    """``name`` (read from the page's text) is the block's hiring organisation ``legal``
    spelled short: its words open the legal name once the legal form is dropped, two words
    at least ("Ridgeline Hospitality" of "Ridgeline Hospitality Group Inc."); one posting
    has one hirer, so the two are one firm.

    >>> _short_name("Bluewater Coffee", "Bluewater Coffee Roasters LLC")
    True
    >>> _short_name("Bluewater", "Bluewater Coffee LLC"), _short_name("Harbor Cafe", "Harbor Co")
    (False, False)
    >>> _short_name("Oak Meadow Union", "Oak Meadow Union School District")
    False
    """
    base = firm_base(legal)
    words, legal_words = _key(name).split(), _key(base).split()
    return bool(base) and len(words) >= 2 and legal_words[:len(words)] == words


# A learner's level word before a title ("Trainee Library Technician").
_LEARNER_LEVEL = re.compile(r"(?i)^(trainee|apprentice|intern|probationary|graduate)\s+(.+)$")


def _own_level(salary: SalaryRange, title: str) -> SalaryRange:
    """``salary`` with its owner dropped (and the level kept) when the owner is the block's
    ``title`` after a learner's level word: the role at that level, not another post.

    >>> band = SalaryRange(min=17.5, max=17.5, period="hour", role="Trainee Library Technician",
    ...                    source=Source(file="p.txt", line=4))
    >>> moved = _own_level(band, "Library Technician")
    >>> moved.role, moved.level
    (None, 'trainee')
    >>> _own_level(band, "Library Assistant").role
    'Trainee Library Technician'
    """
    learner = _LEARNER_LEVEL.match(salary.role or "")
    if learner is None or _key(learner.group(2)) != _key(title):
        return salary
    return salary.model_copy(update={"role": None, "level": learner.group(1).lower()})


def _key(name: str) -> str:
    """A name as compared with the page's own (case, accents and "&" aside: "Grill and
    sauté cooking" is "Grill and saute cooking")."""
    folded = unicodedata.normalize("NFKD", name.casefold().replace(" & ", " and "))
    return "".join(c for c in folded if not unicodedata.combining(c))
