"""Route commands: ``path`` (progression routes) and ``skills-gap``.

Thin over :mod:`careergraph.routes`: parse the options, call one library function, render.
The library is imported inside the commands so ``careergraph --help`` stays fast.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.markup import escape

from careergraph.cli.common import (
    GraphFileOpt,
    GraphSource,
    GuidesOpt,
    JsonOpt,
    console,
    err_console,
    handle_errors,
    print_json,
)
from careergraph.cli.render import explain_rejected, show
from careergraph.display import compact_amount, display_name

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph
    from careergraph.model import SalaryRange, Source
    from careergraph.routes import HaveSkill, Route, SkillItem, SkillsGap
    from careergraph.routing.models import CoveredSkill

__all__ = ["register"]


class RankBy(StrEnum):
    moves = "moves"
    effort = "effort"


HaveOpt = Annotated[
    str | None,
    typer.Option("--have", metavar="SKILLS",
                 help='Skills you already have, comma-separated ("Python, Docker"); matched '
                      "through aliases and close spellings, unknown ones are reported."),
]


@handle_errors
def path(
    source: Annotated[str, typer.Argument(help="Where you are: a role name, alias or close "
                                               "misspelling.")],
    target: Annotated[str, typer.Argument(
        help='Where you want to go: a role, or a level/title word ("Director", "Head", '
             '"VP", "Manager", "C-level", "Principal" …) meaning any role at that level or '
             "with that word in its title.")],
    routes: Annotated[int, typer.Option("--routes", "-k", min=1, metavar="K",
                                        help="Show the K best distinct routes.")] = 1,
    have: HaveOpt = None,
    no_lateral: Annotated[bool, typer.Option("--no-lateral",
                                             help="Only progression (LEADS_TO) moves.")] = False,
    no_downward: Annotated[bool, typer.Option("--no-downward",
                                              help="Never move to a lower level.")] = False,
    by: Annotated[RankBy, typer.Option("--by", help="Rank routes by fewest moves or by "
                                                    "fewest skills to learn.")] = RankBy.moves,
    as_json: JsonOpt = False,
    html: Annotated[Path | None, typer.Option("--html", metavar="FILE",
                                              help="Also write the routes as an interactive "
                                                   "HTML view.")] = None,
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
) -> None:
    """Routes from a role to a target role or level, with the skills to learn at each step.

    Example: [bold]careergraph path "MLOps Engineer" "Director" --routes 3 --have "Python"[/]
    """
    from careergraph.routes import find_routes

    graph = GraphSource(guides=guides, graph_file=graph_file).load()
    found = explain_rejected(graph, f"{source}\n{target}", lambda _: find_routes(
        graph, source, target, k=routes, have=have or (), lateral=not no_lateral,
        downward=not no_downward, rank_by=by.value))
    if html is not None:
        _write_html(graph, found, html)
    if as_json:
        print_json({
            "options": {"k": routes, "have": have or "", "lateral": not no_lateral,
                        "downward": not no_downward, "rank_by": by.value},
            "routes": [r.model_dump(mode="json") for r in found],
        })
        return
    _print_routes(found, wanted=routes)
    if html is not None:
        console.print(f"Wrote the HTML view to {escape(str(html))}")


def _write_html(graph: CareerGraph, found: list[Route], out: Path) -> None:
    """The hook for the views module: ``careergraph.views.render_routes(graph, routes, path)``."""
    try:
        from careergraph.views import render_routes
    except ImportError:
        err_console.print("[bold red]error:[/] --html needs careergraph.views.render_routes, "
                          "which this careergraph does not have yet; use --json instead")
        raise typer.Exit(1) from None
    render_routes(graph, found, out)


@handle_errors
def skills_gap(
    source: Annotated[str, typer.Argument(help="The role you are in.")],
    target: Annotated[str, typer.Argument(help="The role you want.")],
    have: HaveOpt = None,
    as_json: JsonOpt = False,
    guides: GuidesOpt = None,
    graph_file: GraphFileOpt = None,
) -> None:
    """The skills a role requires beyond the one you are in (and beyond --have).

    Example: [bold]careergraph skills-gap "MLOps Engineer" "Machine Learning Operations
    Manager"[/]
    """
    from careergraph.routes import skills_gap as gap_of

    graph = GraphSource(guides=guides, graph_file=graph_file).load()
    gap = explain_rejected(graph, f"{source}\n{target}",
                           lambda _: gap_of(graph, source, target, have=have or ()))
    if as_json:
        print_json(gap)
        return
    _print_gap(gap)


# -- rendering ---------------------------------------------------------------------------


def _where(sources: list[Source]) -> str:
    return ", ".join(s.label for s in sources[:3]) + (" …" if len(sources) > 3 else "")


def _money(value: float | None) -> str:
    if value is None:
        return "?"
    return compact_amount(value)


def _salary(salaries: list[SalaryRange]) -> str:
    """The role's level bands (entry, mid, …) compactly, from one stated table of them."""
    from careergraph.pay_bands import headline_bands

    bands = []
    for s in headline_bands(salaries):
        label = (s.level or s.label or "").replace("_", " ")
        if s.statistic != "range":
            label = f"{label} {s.statistic}".strip()
        high = f"–{_money(s.max)}" if s.max is not None and s.max != s.min else ""
        period = "" if s.period == "year" else f"/{s.period}"
        bands.append(f"{label + ' ' if label else ''}{s.currency} {_money(s.min)}{high}"
                     f"{'+' if s.open_ended else ''}{period}")
    return " · ".join(bands)


def _skills(title: str, items: list[SkillItem], style: str) -> None:
    if not items:
        return
    console.print(f"      [{style}]{title}[/] ({len(items)})")
    for item in items:
        console.print(f"        • {show(item.name)}  [dim]{escape(_where(item.sources))}[/]")


def _covered(items: list[CoveredSkill]) -> None:
    if not items:
        return
    console.print(f"      [green]covered by a related skill you have[/] ({len(items)})")
    for item in items:
        console.print(f"        • {show(item.name)} ≈ {show(item.by_name)}  "
                      f"[dim]{item.rule} {item.score:g}; {escape(_where(item.sources))}[/]")


def _have(have: list[HaveSkill]) -> None:
    unknown = [h for h in have if h.id is None]
    matched = [h for h in have if h.id is not None]
    if matched:
        console.print("[dim]You have: " + escape(", ".join(
            display_name(h.name) + ("" if h.score == 100 else f" (from {h.query!r}, {h.score:.0f})")
            for h in matched)) + "[/]")
    for h in unknown:
        closest = f" (closest: {', '.join(h.candidates[:3])})" if h.candidates else ""
        console.print(f"[yellow]Not a skill in the graph, ignored: {show(h.query)}"
                      f"{escape(closest)}[/]")


def _print_routes(found: list[Route], *, wanted: int) -> None:
    first = found[0]
    src, tgt = first.source, first.target
    fuzzy = "" if src.score == 100 else f" (matched {src.query!r}, score {src.score:.0f})"
    if tgt.kind == "level":
        goal = (f"any {tgt.level.value if tgt.level else ''}-level role or role titled "
                f"{tgt.query!r} ({len(tgt.roles)} roles)")
    else:
        goal = first.end.role + ("" if tgt.score == 100 else
                                 f" (matched {tgt.query!r}, score {tgt.score:.0f})")
    console.print(f"[bold]{show(src.name)}[/]{escape(fuzzy)} → [bold]{show(goal, 300)}[/]")
    _have(first.have)
    if len(found) < wanted:
        console.print(f"[dim]{len(found)} distinct route(s) exist, fewer than the "
                      f"{wanted} asked for.[/]")
    for number, route in enumerate(found, 1):
        _print_route(number, len(found), route)


def _print_route(number: int, total: int, route: Route) -> None:
    lateral = f", {route.lateral_moves} lateral" if route.lateral_moves else ""
    by = " · ranked by effort" if route.rank_by == "effort" else ""
    console.print()
    console.print(f"[bold cyan]Route {number}/{total}[/]: {route.moves} move(s){lateral} · "
                  f"{route.skills_to_learn} skill(s) to learn{by}")
    chain = " → ".join(f"{display_name(s.role)} ({s.level.value if s.level else '?'})"
                       for s in route.steps)
    console.print("  " + escape(chain))
    for step in route.steps:
        level = step.level.value if step.level else "?"
        salary = _salary(step.salaries)
        if step.move is not None:
            kind = "lateral" if step.move.lateral else "progression"
            down = ", down a level" if step.move.down else ""
            console.print(f"   [dim]│ {step.move.type.value} ({kind}{down}) — "
                          f"{escape(_where(step.move.sources))}[/]")
        console.print(f"  [bold]{step.index}. {show(step.role)}[/] [dim]\\[{level}][/]"
                      + (f"  [green]{escape(salary)}[/]" if salary else ""))
        if step.note:
            console.print(f"      [yellow]⚠ {escape(step.note)}[/]")
        _skills(f"often missing in {step.move.from_role}" if step.move else "often missing",
                step.often_missing, "magenta")
        _skills("to learn", step.learn, "bold")
        _covered(step.covered)
    if route.unknown_requirements:
        console.print(f"  [yellow]Requirements unknown for: "
                      f"{escape(', '.join(route.unknown_requirements))}[/]")


def _print_gap(gap: SkillsGap) -> None:
    console.print(f"[bold]{show(gap.source.name)}[/] → [bold]{show(gap.target.name)}[/]")
    _have(gap.have)
    if gap.direct_move is not None:
        console.print(f"  [dim]Direct move: {gap.direct_move.type.value} — "
                      f"{escape(_where(gap.direct_move.sources))}[/]")
    else:
        console.print("  [dim]No direct move between them in the guides "
                      "(see `careergraph path`).[/]")
    if gap.note:
        console.print(f"  [yellow]⚠ {escape(gap.note)}[/]")
    if gap.target_requirements_known and not gap.learn:
        console.print("  Nothing new to learn: every requirement is already held.")
    _skills("to learn", gap.learn, "bold")
    _covered(gap.covered)
    _skills("already shared", gap.shared, "green")
    _skills(f"often missing in {gap.source.name}", gap.often_missing, "magenta")


def register(app: typer.Typer) -> None:
    """Add ``path`` and ``skills-gap`` to ``app``."""
    app.command()(path)
    app.command("skills-gap")(skills_gap)
