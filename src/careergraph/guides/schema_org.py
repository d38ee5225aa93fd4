"""schema.org ``Occupation`` markup (JSON-LD, as career sites embed it) as guides.

A ``.jsonld`` file, or a ``.json`` file whose data holds a node typed ``Occupation``, is read
here: every ``Occupation`` node found anywhere in it (the top level, a list, an ``@graph``, a
``Person``'s ``hasOccupation`` …) becomes one guide:

==========================  =====================================================
``name``                    the role (a node without one is reported and skipped)
``alternateName``           aliases
``description``             summary
``skills``                  TECHNICAL skills (texts, or ``DefinedTerm`` names)
``responsibilities``        responsibilities
``qualifications``,         requirements (texts, or the ``name``/``description``/
``educationRequirements``,  ``credentialCategory`` of a credential; months of
``experienceRequirements``  experience as "N months of experience")
``estimatedSalary``         salaries: a ``MonetaryAmountDistribution`` gives the
                            percentile10 (else 25) to percentile90 (else 75) range
                            and the median; a ``MonetaryAmount`` its min/max value;
                            ``duration``/``unitText`` the period; ``occupationLocation``
                            names the region
==========================  =====================================================

``occupationalCategory`` (an O*NET-SOC or ISCO code) is a classification, not an industry:
it is not made a sector.  Each fact's line is the line of its value in the file.

>>> text = '{"@context": "https://schema.org", "@type": "Occupation", "name": "Welder",\\n'\\
...        ' "skills": ["MIG welding", "Blueprint reading"]}'
>>> [guide] = parse_schema_org(text, "welder.jsonld")
>>> guide.role.text, [(s.text, s.source.line) for s in guide.skills]
('Welder', [('MIG welding', 2), ('Blueprint reading', 2)])
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from careergraph.errors import GuideError
from careergraph.guides.builder import Bucket, GuideBuilder
from careergraph.guides.structured import load_with_lines, value_line
from careergraph.model import Guide, Layout, Problem, SalaryRange, SkillKind, money_amount

__all__ = ["NO_OCCUPATION", "embedded_occupation", "is_schema_org", "parse_schema_org"]

#: The problem of a JSON text without Occupation nodes (a ``.json`` file is then read as a
#: structured guide instead).
NO_OCCUPATION = "no schema.org Occupation in this JSON-LD"

Path_ = tuple[str | int, ...]
_PERIODS = {"P1Y": "year", "P1M": "month", "P1W": "week", "P1D": "day", "PT1H": "hour",
            "YEAR": "year", "MONTH": "month", "WEEK": "week", "DAY": "day", "HOUR": "hour"}
_TYPE_PREFIX = re.compile(r"^(?:https?://schema\.org/|schema:)")
_REQUIREMENTS = ("qualifications", "educationRequirements", "experienceRequirements")


def _types(node: dict[str, Any]) -> list[str]:
    # ((rules42a) an Open Badges 2.0 document's "type", its context's alias of "@type")
    value = node.get("@type", node.get("type", []))
    values = value if isinstance(value, list) else [value]
    return [_TYPE_PREFIX.sub("", v) for v in values if isinstance(v, str)]


def typed_nodes(data: Any, kind: str, path: Path_ = ()
                ) -> Iterator[tuple[Path_, dict[str, Any]]]:
    """Every node of schema.org type ``kind`` ("Occupation", "JobPosting"), depth first,
    with its key path.

    >>> [p for p, _ in typed_nodes({"@graph": [{"@type": "schema:JobPosting"}]}, "JobPosting")]
    [('@graph', 0)]
    """
    if isinstance(data, dict):
        if kind in _types(data):
            yield path, data
        for key, value in data.items():
            yield from typed_nodes(value, kind, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from typed_nodes(value, kind, (*path, index))


def _occupations(data: Any) -> Iterator[tuple[Path_, dict[str, Any]]]:
    """Every Occupation node, depth first, with its key path."""
    return typed_nodes(data, "Occupation")


def is_schema_org(text: str) -> bool:
    """A cheap test: does this JSON text look like schema.org markup with an Occupation?

    >>> is_schema_org('{"@type": "Occupation", "name": "Welder"}'), is_schema_org('{"role": "x"}')
    (True, False)
    """
    return '"@type"' in text and "Occupation" in text


class _Reader:
    def __init__(self, file: str, lines: dict[Path_, int], *, percentiles: bool = True) -> None:
        self.lines = lines
        self.out = GuideBuilder(file, Layout.SCHEMA_ORG)
        self.percentiles = percentiles  # a distribution's low and high percentiles as a band

    def at(self, path: Path_) -> int:
        return value_line(self.lines, path)

    def texts(self, value: Any, path: Path_, *keys: str) -> Iterator[tuple[str, int]]:
        """The texts in a value: a string, a list, or objects' ``keys`` (first found)."""
        if isinstance(value, str):
            if value.strip():
                yield value.strip(), self.at(path)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield str(value), self.at(path)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                yield from self.texts(item, (*path, index), *keys)
        elif isinstance(value, dict):
            for key in keys:
                if key in value:
                    yield from self.texts(value[key], (*path, key))
                    return

    def add(self, bucket: Bucket, value: Any, path: Path_, *keys: str) -> None:
        for text, line in self.texts(value, path, *keys):
            self.out.content(line, text)
            self.out.add(bucket, text, line)

    def requirement(self, value: Any, path: Path_) -> None:
        if isinstance(value, dict) and "monthsOfExperience" in value:
            months = value["monthsOfExperience"]
            line = self.at((*path, "monthsOfExperience"))
            self.out.content(line, str(months))
            self.out.add("requirements", f"{months} months of experience", line)
            return
        self.add("requirements", value, path, "name", "description", "credentialCategory")

    def occupation(self, base: Path_, node: dict[str, Any]) -> Guide | None:
        names = list(self.texts(node.get("name"), (*base, "name")))
        if not names:
            return None
        name, line = names[0]
        self.out.content(line, name)
        self.out.set_role(name, line, signal="schema_org")
        self.add("aliases", node.get("alternateName"), (*base, "alternateName"))
        for text, line in self.texts(node.get("description"), (*base, "description")):
            self.out.content(line, text)
            self.out.set_summary(text, line)
        for text, line in self.texts(node.get("skills"), (*base, "skills"), "name"):
            self.out.content(line, text)
            for name in _skill_names(text):
                self.out.skill(name, SkillKind.TECHNICAL, line)
        self.add("responsibilities", node.get("responsibilities"), (*base, "responsibilities"))
        for key in _REQUIREMENTS:
            value = node.get(key)
            for index, item in enumerate(value if isinstance(value, list) else [value]):
                path = (*base, key, index) if isinstance(value, list) else (*base, key)
                if item is not None:
                    self.requirement(item, path)
        region = ", ".join(text for text, _ in self.texts(
            node.get("occupationLocation"), (*base, "occupationLocation"), "name")) or None
        salary = node.get("estimatedSalary")
        for index, item in enumerate(salary if isinstance(salary, list) else [salary]):
            path = (*base, "estimatedSalary", index) if isinstance(salary, list) \
                else (*base, "estimatedSalary")
            self.salaries(item, path, region)
        return self.out.build()

    def salaries(self, value: Any, path: Path_, region: str | None) -> None:
        if isinstance(value, bool) or value is None:
            return
        line = self.at(path)
        if isinstance(value, (int, float)):
            self.salary(line, region, low=value, high=value, statistic="average")
            return
        if not isinstance(value, dict):
            return
        currency = str(value.get("currency") or "USD")
        inner = value.get("value")
        unit = inner.get("unitText") if isinstance(inner, dict) else None
        label = str(value.get("name") or "")
        # The period: duration, else unitText, else a period word in the name ("Gross
        # Monthly Wage"); a year when none says.
        period = _period(value.get("duration"), unit, value.get("unitText"), label)
        # Percentiles of a distribution; else minValue/maxValue, which MonetaryAmount has
        # itself and sites also put in its QuantitativeValue ``value``.
        ranges = ((_numbers(value, ("percentile10", "percentile25"),
                            ("percentile90", "percentile75")) if self.percentiles else None)
                  or _numbers(value, ("minValue",), ("maxValue",)))
        if isinstance(inner, dict):
            ranges = ranges or _numbers(inner, ("minValue",), ("maxValue",))
            if ranges is None and _number(inner.get("value")) is not None:
                ranges = (_number(inner.get("value")), _number(inner.get("value")))
        elif _number(inner) is not None:
            ranges = (_number(inner), _number(inner))
        kw = {"currency": currency, "period": period, "label": label}
        if ranges is not None:
            self.salary(line, region, low=ranges[0], high=ranges[1], **kw)
        median = _number(value.get("median"))
        if median is not None:
            self.salary(line, region, low=median, high=median, statistic="median", **kw)

    def salary(self, line: int, region: str | None, *, low: float | None, high: float | None,
               statistic: str = "range", **kw: str) -> None:
        self.out.content(line, "estimatedSalary")
        self.out.salary(SalaryRange.model_validate({
            "min": None if low is None else money_amount(low), "max": None if high is None
            else money_amount(high), "statistic": statistic, "region": region,
            "source": self.out.source(line), **kw}))


LIST_SEPARATORS = re.compile(r"\s*[,;\n]\s*")  # items of a list written in one text


def _skill_names(text: str) -> list[str]:
    """A skills text as names: a list written in one text ("Pipe fitting, Soldering") is
    split when every part is a short name; a sentence stays whole.

    >>> _skill_names("Pipe fitting, Soldering; Reading plans")
    ['Pipe fitting', 'Soldering', 'Reading plans']
    >>> _skill_names("Knowledge of pipes, valves and the building codes that apply to them")
    ['Knowledge of pipes, valves and the building codes that apply to them']
    """
    parts = [part for part in LIST_SEPARATORS.split(text) if part]
    if len(parts) > 1 and all(len(part.split()) <= 4 for part in parts):
        return parts
    return [text]


_PERIOD_WORDS = re.compile(r"\b(hour|dai|day|week|month|year|annual|annum)", re.IGNORECASE)
_PERIOD_OF_WORD = {"dai": "day", "annual": "year", "annum": "year"}
# A figure as sites write it in a text: "$77,960", "77960 USD", "EUR 52.000,00" is not one.
_FIGURE = re.compile(r"\s*(?:[A-Z]{3}\s*)?[$£€¥₹]?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:[A-Z]{3})?\s*")


def _period(*candidates: Any) -> str:
    """The pay period the first telling candidate names: an ISO duration, a unit code
    ("MONTH"), or a period word ("per month", "Hourly rate").

    >>> _period(None, "per month", "P1Y"), _period(None, None, "Gross Monthly Wage"), _period()
    ('month', 'month', 'year')
    """
    for candidate in candidates:
        if not isinstance(candidate, str) or not candidate.strip():
            continue
        if (found := _PERIODS.get(candidate.strip().upper())) is not None:
            return found
        if (match := _PERIOD_WORDS.search(candidate)) is not None:
            word = match.group(1).lower()
            return _PERIOD_OF_WORD.get(word, word)
    return "year"


def _number(value: Any) -> float | None:
    """A non-negative figure from a number or a text ("$77,960").

    >>> _number("$77,960"), _number(52000), _number("competitive"), _number(-1)
    (77960.0, 52000.0, None, None)
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if value >= 0 else None
    if isinstance(value, str) and (match := _FIGURE.fullmatch(value)) is not None:
        return float(match.group(1).replace(",", ""))
    return None


def _numbers(node: dict[str, Any], lows: tuple[str, ...], highs: tuple[str, ...]
             ) -> tuple[float | None, float | None] | None:
    low = next((n for k in lows if (n := _number(node.get(k))) is not None), None)
    high = next((n for k in highs if (n := _number(node.get(k))) is not None), None)
    return None if low is None and high is None else (low, high)


def parse_schema_org(text: str, file: str) -> list[Guide]:
    """Guides from the schema.org ``Occupation`` nodes of a JSON-LD text.

    Raises :class:`GuideError` when the text is not JSON or holds no ``Occupation``.
    """
    data, lines, exact = load_with_lines(text, file, json_mode=True)
    found = list(_occupations(data))
    if not found:
        raise GuideError(file, 1, NO_OCCUPATION,
                         hint="careergraph reads nodes with \"@type\": \"Occupation\"")
    guides: list[Guide] = []
    unnamed: list[int] = []
    for base, node in found:
        guide = _Reader(file, lines).occupation(base, node)
        if guide is None:
            unnamed.append(value_line(lines, base))
            continue
        if not exact:
            guide.problems.append(Problem(file=file, line=1, message=(
                "JSON value lines could not be traced; facts point at line 1")))
        guides.append(guide)
    if not guides:
        raise GuideError(file, unnamed[0], "Occupation without a name",
                         hint="add \"name\": the occupation's title")
    guides[0].problems.extend(Problem(file=file, line=line, message="Occupation without a "
                                      "name: not read") for line in unnamed)
    return guides


# Currencies written "$" on their own pages: a page whose markup prices the occupation in one
# of them means it by the "$" of its text.
_DOLLARS = frozenset({"AUD", "CAD", "NZD", "SGD", "HKD", "MXN", "TWD"})


def embedded_occupation(guide: Guide, blocks: list[tuple[int, str]]) -> Guide:
    """``guide``, read from a page's text, with what the page's JSON-LD ``Occupation`` adds
    (``blocks``: the JSON texts and the lines they start on): its aliases, skills and
    single-figure salaries (a median; a distribution's low and high percentiles are one-sided
    figures, no band), each once; its name is the role only where nothing on the page named
    one (``file_name``); a non-US dollar it prices in is the currency of the page's "$".

    >>> from careergraph.model import Fact, Source
    >>> text = Guide(file="p.html", layout=Layout.LONGFORM, role=Fact(text="Welder",
    ...              source=Source(file="p.html", line=20)))
    >>> block = '{"@type": "Occupation", "name": "Welder", "alternateName": "Fabricator",\\n'\\
    ...         ' "skills": "MIG welding, TIG welding"}'
    >>> merged = embedded_occupation(text, [(3, block)])
    >>> [a.text for a in merged.aliases], [(s.text, s.source.line) for s in merged.skills]
    (['Fabricator'], [('MIG welding', 4), ('TIG welding', 4)])
    """
    occupation = _first_occupation(guide.file, blocks)
    if occupation is None:
        return guide
    update: dict[str, Any] = {}
    if guide.role_signal == "file_name":
        update |= {"role": occupation.role, "role_signal": occupation.role_signal}
    role = update.get("role", guide.role).text.casefold()
    known = {role} | {a.text.casefold() for a in guide.aliases}
    update["aliases"] = [*guide.aliases, *(a for a in occupation.aliases
                                           if a.text.casefold() not in known)]
    seen = {_same(s.text) for s in guide.skills}
    update["skills"] = [*guide.skills, *(s for s in occupation.skills
                                         if _same(s.text) not in seen)]
    currency = next((s.currency for s in occupation.salaries if s.currency in _DOLLARS), None)
    salaries = [s.model_copy(update={"currency": currency})
                if currency and s.currency == "USD" else s for s in guide.salaries]
    figures = {(s.min, s.max, s.period) for s in salaries}
    salaries += [s for s in occupation.salaries if (s.min, s.max, s.period) not in figures]
    update["salaries"] = salaries
    if guide.summary is None and occupation.summary is not None:
        update["summary"] = occupation.summary
    return guide.model_copy(update=update)


def _same(name: str) -> str:
    """A name as compared with the page's own ("Food & wine pairing" is "food and wine
    pairing")."""
    return name.casefold().replace(" & ", " and ")


def _first_occupation(file: str, blocks: list[tuple[int, str]]) -> Guide | None:
    """The first named ``Occupation`` of ``blocks``, its lines the page's."""
    from careergraph.guides.seen_text import remap_lines

    for start, text in blocks:
        if not is_schema_org(text):
            continue
        try:
            data, lines, _ = load_with_lines(text, file, json_mode=True)
        except GuideError:
            continue  # (a broken block: the page's text is read as it is)
        for base, node in _occupations(data):
            found = _Reader(file, lines, percentiles=False).occupation(base, node)
            if found is not None:
                return remap_lines(found, list(range(start, start + text.count("\n") + 1)))
    return None
