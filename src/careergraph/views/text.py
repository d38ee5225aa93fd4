"""Plain-text tooltips for nodes and edges.

vis-network shows a *string* title with ``innerText``, so guide text stays text: nothing in
these strings is ever parsed as HTML (see ``docs/views.md``).  Lines are separated by ``\\n``.
Names are shortened past :data:`~careergraph.display.TOOLTIP_CHARS` characters and
bidirectional control characters are neutralised (:mod:`careergraph.display`).

>>> salary_line({"label": "Entry Level", "currency": "USD", "min": 140000, "max": 180000})
'Entry Level: USD 140,000–180,000 / year'
>>> node_tooltip({"type": "Skill", "name": "Kubernetes", "aliases": ["K8s", "Kubernetes"],
...               "sources": [{"file": "a.txt", "line": 3}]})
'Kubernetes\\nSkill\\nAlso called: K8s\\nNamed in: a.txt:3'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from careergraph.display import TOOLTIP_CHARS, display_name, format_amount, neutralise_bidi

__all__ = ["edge_tooltip", "node_tooltip", "salary_line", "sources_line"]

#: Tooltips list at most this many aliases, salaries or sources, then "(+N more)".
MAX_ITEMS = 6


def _listed(items: Sequence[str], sep: str = ", ") -> str:
    shown = sep.join(display_name(item, TOOLTIP_CHARS) for item in items[:MAX_ITEMS])
    extra = len(items) - MAX_ITEMS
    return shown + (f" (+{extra} more)" if extra > 0 else "")


def _money(value: float | None) -> str:
    return "?" if value is None else format_amount(value)


def salary_line(salary: dict[str, Any]) -> str:
    """One salary range as text, e.g. ``Senior Level: USD 230,000–320,000 / year``."""
    band = salary.get("label") or salary.get("level") or "Range"
    low, high = salary.get("min"), salary.get("max")
    if low is None and high is not None:
        amount = f"up to {_money(high)}"
    elif high is None or high == low:
        amount = _money(low) + ("+" if salary.get("open_ended") else "")
    else:
        amount = f"{_money(low)}–{_money(high)}"
    text = f"{band}: {salary.get('currency', 'USD')} {amount} / {salary.get('period', 'year')}"
    return text + (f" ({salary['note']})" if salary.get("note") else "")


def sources_line(sources: Sequence[dict[str, Any]]) -> str:
    """``file:line`` of every source, shortened past :data:`MAX_ITEMS`."""
    return _listed([f"{s['file']}:{s['line']}" for s in sources])


def node_tooltip(attrs: dict[str, Any], *, note: str | None = None) -> str:
    """Name, type (and level), aliases, salaries and sources of a node, as plain text."""
    lines = [display_name(attrs["name"], TOOLTIP_CHARS)]
    if attrs["type"] == "Role" and attrs.get("level"):
        track = str(attrs.get("track", "")).replace("_", " ")
        lines.append(f"Role · {attrs['level']} (rank {attrs.get('rank', '?')})"
                     + (f" · {track}" if track else ""))
    else:
        lines.append(str(attrs["type"]))
    if note:
        lines.append(note)
    aliases = [a for a in attrs.get("aliases", []) if a != attrs["name"]]
    if aliases:
        lines.append("Also called: " + _listed(aliases, "; "))
    salaries = attrs.get("salaries") or []
    if salaries:
        lines.append("Salary:")
        lines.extend("  " + salary_line(s) for s in salaries[:MAX_ITEMS])
    if attrs.get("guides"):
        lines.append("Guides: " + _listed(sorted(attrs["guides"])))
    elif attrs.get("sources"):
        lines.append("Named in: " + sources_line(attrs["sources"]))
    return neutralise_bidi("\n".join(lines))


def edge_tooltip(source_name: str, target_name: str, label: str,
                 attrs: dict[str, Any]) -> str:
    """``A → B``, the edge type and where the guides state it."""
    lines = [f"{display_name(source_name, TOOLTIP_CHARS)} → "
             f"{display_name(target_name, TOOLTIP_CHARS)}", label]
    if attrs.get("kinds"):
        lines.append("As: " + ", ".join(str(k).replace("_", " ") for k in attrs["kinds"]))
    if attrs.get("sources"):
        lines.append("Stated in: " + sources_line(attrs["sources"]))
    return neutralise_bidi("\n".join(lines))
