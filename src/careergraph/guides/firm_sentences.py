"""(fixes91) Employers a posting names in sentences about its own firm.

Two shapes, read only where ``LongformParser.group_member`` (the reader of "X is part of the
Y group") reads:

- **The group the page's own firm belongs to, told in the first person** ("We are a member of
  the Kilimo Group, who …", "Since 2019 we are part of the X Grupa", "The company is a
  branch of the X Group of Companies"): the group employs too.  Its name ends in a group's
  head word (``firm_sentences.group_heads`` in ``data/headings.yaml``, "Grupa" and "Grupo"
  as translators leave them), "of Companies" after it kept.
- **A firm by its legal form that does something** ("Harlow Crate Co. makes pallets …", "X
  Pty Ltd runs an open-pit mine …"): the subject of a present-tense verb of trade
  (``firm_sentences.verbs``) is the page's firm when the page names it again (its header,
  its footer, in any case), so that a supplier named once is none.

>>> own_group("Since 2019 we are part of the Tarn Timber Grupa, which has a mill.")
['Tarn Timber Grupa']
>>> own_group("The company is a branch of the Kilindi Group of Companies.")
['Kilindi Group of Companies']
>>> own_group("We are part of a friendly team of twelve.")
[]
>>> trading_firms("Harlow Crate Co. makes pallets in Essex. We hire.")
[('Harlow Crate Co.', 'Harlow Crate')]
>>> trading_firms("Our driver makes deliveries.")
[]

The place such a firm runs ("… runs an open-cut copper mine and a concentrator") names its
industry by its product and the site's activity (``firm_sentences.site_activities``):
"copper mining"; its size or kind words before the product ("open-cut", "underground",
``firm_sentences.site_kinds``) are none.

>>> trade_site("Tarn Copper Pty Ltd runs an open-cut copper mine and a concentrator.")
'copper mining'
>>> trade_site("Tarn Iron Pty Ltd runs a tight ship.") is None
True
"""

from __future__ import annotations

import re
from functools import cache

from careergraph.guides.gated_re import Gated
from careergraph.guides.heading_data import phrase_alternation, word_lists
from careergraph.guides.headings import bundled_section
from careergraph.legal_forms import legal_forms

__all__ = ["own_group", "trade_site", "trading_firms"]

# A sentence's start: the line's, after a stop, or a heading glued before it ("About the
# CompanyWe are …").
_START = r"(?:^|[.!?]\s+|(?<=[a-z])(?=[A-Z]))"
# A name's word: bounded and possessive, so a glued run of letters ("AbAbAb…", a megabyte
# of it) costs each start position a few steps, not the rest of the line (no name's word is
# forty letters long, and what follows one is never a letter it could give back).
_NAME_WORD = r"[A-Z][\w&'’-]{0,39}+"


@cache
def _group_sentence() -> re.Pattern[str]:
    heads = phrase_alternation(word_lists("firm_sentences").get("group_heads", ()))
    return re.compile(
        _START + r"(?:(?:since|from|in)\s+\d{4},?\s+)?"
        r"(?:we\s+are|we['’]re|the\s+company\s+is|the\s+firm\s+is|the\s+business\s+is)\s+"
        r"(?:now\s+|also\s+|proudly\s+)?(?:a\s+member|part|a\s+branch|a\s+subsidiary|"
        r"a\s+division)\s+of\s+(?:the\s+)?"
        rf"(?P<group>(?-i:{_NAME_WORD})(?:\s+(?-i:{_NAME_WORD})){{0,3}}?\s+(?:{heads})"
        r"(?:\s+of\s+companies)?)(?=[\s,.;)]|$)", re.IGNORECASE)


@cache
def _trading_sentence() -> Gated:
    # (perf63) behind its literal tests (a legal form and a verb of trade): it is tried on
    # every line of a posting, and a name's word may start at any capital of a line
    forms = "|".join(re.escape(form) for form in sorted(legal_forms("firm"), key=len,
                                                          reverse=True))
    verbs = phrase_alternation(word_lists("firm_sentences").get("verbs", ()))
    return Gated(re.compile(
        _START + rf"(?P<firm>(?P<name>{_NAME_WORD}(?:\s+(?:&\s+)?{_NAME_WORD}){{0,4}}?),?\s+"
        rf"(?:{forms})\.?)\s+(?:{verbs})\s+[a-z]"))


def own_group(text: str) -> list[str]:
    """The groups a line says its own firm belongs to (see the module)."""
    if " of " not in text:
        return []
    return [m.group("group") for m in _group_sentence().finditer(text)]


def trading_firms(text: str) -> list[tuple[str, str]]:
    """``(firm, name)`` of each firm by its legal form that a line has doing its trade (see
    the module); ``name`` is the firm's name without its form, to find it again."""
    return [(m.group("firm"), m.group("name")) for m in _trading_sentence().finditer(text)]


# (an article, then the words of the site up to where the clause goes on)
_RUNS = re.compile(r"\b(?:runs|operates|owns)\s+(?:an?|the|two|three|four|five|several)\s+"
                   r"(?P<site>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}?)(?=\s+(?:and|at|in|near|on|"
                   r"which|that|where|with|for|outside|across)\b|[,.;]|$)")
_PRODUCT_WORDS = 2  # the product's words before the site's noun ("iron ore")


def trade_site(text: str) -> str | None:
    """The industry a firm's trading sentence names by the site it runs, its product and the
    site's activity ("… runs an open-cut copper mine" -> "copper mining"; see the module), or
    None."""
    match = _RUNS.search(text) if trading_firms(text) else None
    if match is None:
        return None
    words = match.group("site").split()
    activities = bundled_section("firm_sentences").get("site_activities") or {}
    activity = activities.get(words[-1].lower()) if isinstance(activities, dict) else None
    if activity is None:
        return None
    kinds = word_lists("firm_sentences").get("site_kinds", ())
    kept: list[str] = []
    for word in reversed(words[:-1]):  # the product back to a kind word
        if "-" in word or word in kinds or len(kept) == _PRODUCT_WORDS:
            break
        kept.insert(0, word)
    return " ".join([*kept, str(activity)]) if kept else None  # ("a mine": no product)
