"""Terminal rendering of careergraph's results (rich), kept apart from the commands.

Guide text is printed with markup disabled, so a name like ``[red]x`` stays literal, and
through :func:`show`: names shortened, bidirectional control characters neutralised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from careergraph.cards import Link, RoleCard
from careergraph.display import LABEL_CHARS, display_name, format_amount
from careergraph.errors import ResolveError
from careergraph.graph import CareerGraph
from careergraph.model import SalaryRange, Source

__all__ = ["build_summary", "explain_rejected", "format_salary", "print_lines", "resolution",
           "resolution_lines", "role_card", "show", "stats", "summary_lines"]

T = TypeVar("T")

#: Longest summary or problem message printed (characters).
_TEXT_CHARS = 600


def show(text: object, limit: int = LABEL_CHARS) -> str:
    """Guide text ready for ``console.print``: shortened to ``limit`` characters, bidi
    controls neutralised, markup escaped.

    >>> show("Lead " + "x" * 100, limit=10)
    'Lead xxxx…'
    """
    return escape(display_name(text, limit))


def explain_rejected(graph: CareerGraph, names: str, run: Callable[[str], T]) -> T:
    """Run a lookup; if a name it could not find is the role of a rejected guide, say so.

    ``names``: the names asked for, one a line.  A role whose guide was given but rejected
    is not "unknown": the error says which file was rejected and why.
    """
    try:
        return run(names)
    except ResolveError as exc:
        for name in names.splitlines():
            rejected = graph.report.rejected_for(name)
            if rejected is not None and name.lower() in str(exc).lower():
                raise ResolveError(name, f"the guide for this role ({rejected.file}) was "
                                   f"rejected: {rejected.reason}; fix it and rebuild; "
                                   "role not in the graph") from exc
        raise


def _unlabelled(salary: SalaryRange) -> str:
    """What to call a figure the page gave no label: its statistic, "range" for a band,
    "pay" for one figure (a single hourly rate is no range)."""
    if salary.statistic != "range":
        return salary.statistic
    return "range" if salary.open_ended or salary.max != salary.min else "pay"


def format_salary(salary: SalaryRange) -> str:
    """``USD 140,000–180,000`` style, with ``+`` for an open upper end and the period when
    it is not a year; a single stated figure is one amount, not a range.

    >>> from careergraph.model import Source
    >>> format_salary(SalaryRange(min=140000, max=180000, source=Source(file="f", line=1)))
    'USD 140,000–180,000'
    >>> format_salary(SalaryRange(min=31, max=31, period="hour", source=Source(file="f", line=1)))
    'USD 31 / hour'
    """
    low = format_amount(salary.min) if salary.min is not None else "?"
    high = (format_amount(salary.max) if salary.max is not None and salary.max != salary.min
            else "")
    plus = "+" if salary.open_ended else ""
    per = "" if salary.period == "year" else f" / {salary.period}"
    if salary.min is None and salary.max is not None:
        return f"{salary.currency} up to {format_amount(salary.max)}{plus}{per}"
    if salary.statistic != "range":  # a median or average is one figure, not a range
        return f"{salary.statistic} {salary.currency} {low}{per}"
    region = f" ({salary.region})" if salary.region else ""
    return f"{salary.currency} {low}{'–' + high if high else ''}{plus}{per}{region}"


def _where(sources: Iterable[Source]) -> str:
    return show(", ".join(s.label for s in sources), _TEXT_CHARS)


def build_summary(console: Console, graph: CareerGraph, out: Path | None) -> None:
    print_lines(console, summary_lines(graph, out))


def summary_lines(graph: CareerGraph, out: Path | None) -> Iterator[str]:
    """The lines (console markup) :func:`build_summary` prints: the counts, every guide,
    rejected guide, problem and dropped edge, how names were resolved, where it was saved."""
    s = graph.stats()
    report = graph.report
    yield (f"[bold]Built[/] {escape(report.summary())} → "
           f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    yield "  nodes: " + ", ".join(f"{k} {v}" for k, v in s.nodes.items())
    yield "  edges: " + ", ".join(f"{k} {v}" for k, v in s.edges.items())
    for guide in report.guides:
        signal = f", role from {guide.role_signal}" if guide.role_signal else ""
        yield (f"  {show(guide.file, _TEXT_CHARS)}: {show(guide.role)} — {guide.status}, "
               f"{guide.coverage:.0%} of {guide.content_lines} content lines{signal}")
    for rejected in report.rejected:
        yield (f"  [red]{show(rejected.file, _TEXT_CHARS)}: rejected — "
               f"{show(rejected.reason, _TEXT_CHARS)} (line {rejected.line})[/]")
    # A guide's warnings are in the corpus problems and in its own report: print each once;
    # rejected guides are listed above.
    listed = {(r.file, r.line, r.reason) for r in report.rejected}
    problems = [p for p in dict.fromkeys(
        [*report.problems, *(p for g in report.guides for p in g.problems)])
        if (p.file, p.line, p.message) not in listed]
    for problem in problems:
        colour = "red" if problem.severity == "error" else "yellow"
        yield f"  [{colour}]{show(problem.label, _TEXT_CHARS)}[/]"
    for dropped in graph.report.dropped:
        yield (f"  [dim]{show(dropped.source.label, _TEXT_CHARS)}: "
               f"{dropped.type.value} {show(dropped.text)} not added: "
               f"{dropped.reason}[/]")
    yield from resolution_lines(graph)
    if out is not None:
        yield f"Saved graph to {show(out, _TEXT_CHARS)}"


def resolution(console: Console, graph: CareerGraph) -> None:
    """Merges across guides, ambiguous names and lexicon refusals: one place to audit them."""
    print_lines(console, resolution_lines(graph))


def resolution_lines(graph: CareerGraph) -> Iterator[str]:
    """The lines (console markup) :func:`resolution` prints."""
    report = graph.report
    for merge in report.merges:
        titles = "; ".join(f"{t.text!r} {t.file}:{t.line} ({t.rule}, {t.confidence:g})"
                           for t in merge.titles)
        yield (f"  merged across guides into {show(merge.name)}: "
               f"{show(titles, _TEXT_CHARS)}")
    for ambiguity in report.ambiguous:
        yield f"  [yellow]{show(ambiguity.label, _TEXT_CHARS)}[/]"
    for refusal in report.refusals:
        yield f"  [dim]{show(refusal.detail, _TEXT_CHARS)}[/]"


#: Lines given to one ``console.print`` by :func:`print_lines`.
PRINT_BATCH = 100


def print_lines(console: Console, lines: Iterable[str]) -> None:
    """Print each line (console markup) as its own ``console.print`` would, a hundred
    lines at a time.

    A build reports every guide and problem: 48,000 lines at 4,000 guides.  Rich's fixed
    cost per call (terminal and size checks, the render buffer) was half of printing them
    one by one; joined lines wrap line by line all the same, so the output is identical.

    >>> import io
    >>> out = io.StringIO()
    >>> print_lines(Console(file=out, width=20), ["[bold]one[/]", "two " * 6])
    >>> out.getvalue()
    'one\\ntwo two two two two \\ntwo \\n'
    """
    # Each line's markup is read on its own (an unclosed tag ends with its line, as it
    # did), then the lines are joined as rich text.
    newline = Text("\n")
    batch: list[Text] = []
    for line in lines:
        batch.append(console.render_str(line))
        if len(batch) == PRINT_BATCH:
            console.print(newline.join(batch))
            batch.clear()
    if batch:
        console.print(newline.join(batch))


def stats(console: Console, graph: CareerGraph, *, show_unused: bool) -> None:
    s = graph.stats()
    counts = Table(title="Graph", show_edge=False)
    counts.add_column("type")
    counts.add_column("count", justify="right")
    for name, n in s.nodes.items():
        counts.add_row(f"{name} nodes", str(n))
    for name, n in s.edges.items():
        counts.add_row(f"{name} edges", str(n))
    console.print(counts)
    coverage = Table(title=f"Guides ({escape(graph.report.summary())})", show_edge=False)
    coverage.add_column("guide", no_wrap=True)
    coverage.add_column("role", min_width=18)
    coverage.add_column("status", no_wrap=True)
    for column in ("used", "coverage", "problems"):
        coverage.add_column(column, justify="right", no_wrap=True)
    for g in graph.report.guides:
        coverage.add_row(show(g.file), show(g.role), g.status,
                         f"{g.used_lines}/{g.content_lines}", f"{g.coverage:.1%}",
                         str(len(g.problems)))
    for r in graph.report.rejected:
        coverage.add_row(show(r.file), "", "[red]rejected[/]", "", "",
                         show(f"{r.reason} (line {r.line})", _TEXT_CHARS))
    console.print(coverage)
    if show_unused:
        for guide in graph.report.guides:
            for line in guide.unused:
                console.print(f"{show(guide.file, _TEXT_CHARS)}:{line.line}: "
                              f"[dim]{show(line.text, _TEXT_CHARS)}[/]")


def _links(console: Console, title: str, links: list[Link]) -> None:
    if not links:
        return
    console.print(f"[bold]{title}[/]")
    for link in links:
        console.print(f"  • {show(link.name)}  [dim]{_where(link.sources)}[/]")


def role_card(console: Console, card: RoleCard) -> None:
    console.print(f"[bold cyan]{show(card.name)}[/]  [dim]{show(card.id)}[/]")
    if card.lookup is not None and card.lookup.note:
        console.print(f"[yellow]{show(card.lookup.note, _TEXT_CHARS)}[/] (fuzzy)")
    console.print(f"Level: {card.level.value} (rank {card.rank}, {card.track.value})")
    console.print("Guides: " + (show(", ".join(card.guides), _TEXT_CHARS)
                                or "none (named by other guides)"))
    if card.summary:
        console.print(show(card.summary, _TEXT_CHARS), style="italic")
    console.print("[bold]Aliases[/] (who said what, and why it is this role)")
    for mention in card.mentions:
        console.print(f"  • {show(mention.text)}  [dim]{show(mention.file)}:{mention.line} "
                      f"— {mention.rule}, {mention.confidence:g}: "
                      f"{show(mention.reason, _TEXT_CHARS)}[/]")
    if card.salaries:
        console.print("[bold]Salary[/]")
        for salary in card.salaries:
            label = salary.label or salary.level or _unlabelled(salary)
            console.print(f"  • {show(label)}: {format_salary(salary)}  "
                          f"[dim]{show(salary.source.label)}[/]")
    if card.skills:
        console.print(f"[bold]Skills[/] ({len(card.skills)})")
        for skill in card.skills:
            kinds = ", ".join(k.value for k in skill.kinds)
            console.print(f"  • {show(skill.name)} [dim]({kinds}; "
                          f"{_where(skill.sources)})[/]")
    _links(console, "Can lead to", card.leads_to)
    _links(console, "Transition opportunities", card.transitions_to)
    _links(console, "Reached from", card.comes_from)
    _links(console, "Employers", card.employers)
    _links(console, "Sectors", card.sectors)
