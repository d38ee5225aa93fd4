"""A skills-list item that names a task and the products it is done with: "Test automation
with Playwright or Selenium", "Infrastructure as Code with Terraform", "Marketing on Snapgram
and TikTok".  The task is a skill and so is each product; the item whole is none.

The words that join a task to its products (with, using, on, in, via) and the words that
make the task a requirement ("experience with …") and the words that name no product
(days, months, teams of a firm) are data: ``task_products`` in
``data/headings.yaml``.

>>> task_products("Test automation with Playwright or Selenium")
['Test automation', 'Playwright', 'Selenium']
>>> task_products("Kiln control on FireLog, Tempra and KX2")
['Kiln control', 'FireLog', 'Tempra', 'KX2']
>>> task_products("Herd records with HerdTrak or Farmbook software")
['Herd records', 'HerdTrak', 'Farmbook']
>>> task_products("Deliveries on Monday and Thursday"), task_products("Liaison with Finance")
(None, None)
>>> task_products("Fieldwork in Kenya"), task_products("Hands-on experience with Pay2 or Ledgr")
(None, None)
>>> task_products("Stress analysis in FEMPro for the hull side")
['Stress analysis', 'FEMPro']
>>> task_products("Fieldwork in Kenya for the summer")
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from careergraph.guides.heading_data import phrase_alternation, word_lists

__all__ = ["task_products"]

_PRODUCT = r"[A-Z][\w.+#-]*(?: [A-Z0-9][\w.+#-]*){0,2}"
_JOIN = r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_TASK_WORDS = 5  # a task is a short noun phrase ("Infrastructure as Code")
# A product whose name shows it is one: a capital or a figure inside ("TikTok", "KX2").
_INNER_MARK = re.compile(r"^.[\w.+#-]*[A-Z0-9]")


@cache
def _pattern() -> re.Pattern[str]:
    joins = phrase_alternation(word_lists("task_products").get("joins", ())) or "(?!)"
    return re.compile(rf"(?P<task>[A-Za-z][\w'’-]*(?: [\w'’-]+){{0,{_TASK_WORDS - 1}}}?)"
                      rf"\s+(?P<join>{joins})\s+"
                      rf"(?P<products>{_PRODUCT}(?:{_JOIN}{_PRODUCT})*)"
                      # ("Record keeping with HerdTrak or Farmbook software": the kind after)
                      r"(?:\s+(?:software|systems?|apps?))?"
                      # (fixes95) what it is done for or with whom, in lower-case words
                      # ("FEA in ANSYS for the structures side", "Building component
                      # libraries in Figma with our digital team"): no part of a product
                      r"(?:\s+(?:for|with)\s+[a-z][a-z -]{0,60})?")


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a requirement, and the names that are no products."""
    words = word_lists("task_products")
    return (frozenset(words.get("requirement_words", ())),
            frozenset(words.get("not_products", ())))


def task_products(item: str, excluded: Callable[[str], bool] | None = None,
                  known: Callable[[str], bool] | None = None) -> list[str] | None:
    """The task and the products of an item "<task> with/using/on/in/via <products>", or
    None when the item is not one.  Products joined by "or" are alternatives, so they are
    products; otherwise one of them must show it is a product (a capital or a figure inside
    it, or ``known``: a tool the lexicon knows), since "with Finance and Legal" names
    teams.  ``excluded`` names no product (a role, a place); "in" needs the product's
    mark always ("Fieldwork in Kenya")."""
    found = _pattern().fullmatch(item.strip().rstrip("."))
    if found is None:
        return None
    task, join = found["task"], found["join"].lower()
    requirement, not_products = _word_sets()
    if not requirement.isdisjoint(w.lower() for w in task.split()) or any(
            char.isdigit() for char in task):
        return None  # ("Hands-on experience with A or B": a requirement's readers)
    products = [p.strip() for p in re.split(_JOIN, found["products"]) if p.strip()]
    if any(p.lower() in not_products or (excluded is not None and excluded(p))
           for p in products):
        return None  # ("Deliveries on Monday and Thursday": days; a place, a role)
    marked = [bool(_INNER_MARK.match(p)) or (known is not None and known(p))
              for p in products]
    if join == "in":
        return [task, *products] if all(marked) else None
    alternatives = " or " in found["products"]  # ("Playwright or Selenium": products)
    return [task, *products] if alternatives or any(marked) else None
