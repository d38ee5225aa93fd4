"""Route views: the roles of each route left to right by step, the routes highlighted, and
the skills to learn beside every step.

Any object with ``steps`` (each with ``role_id`` and ``learn``, a list of things with a
``name``) will do; :class:`careergraph.routes.Route` is one.

>>> from types import SimpleNamespace as NS
>>> from careergraph.views.samples import sample_graph
>>> step = lambda role, *learn: NS(role_id=role, learn=[NS(name=s) for s in learn])
>>> route = NS(steps=[step("role:mlops-engineer"), step("role:senior-mlops-engineer", "Kubernetes"),
...                   step("role:lead-mlops-engineer", "System Design")])
>>> page = route_page(sample_graph(), [route])
>>> page.title, page.nodes, page.edges
('Route from MLOps Engineer to Lead MLOps Engineer', 5, 4)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from careergraph.display import display_name, neutralise_bidi
from careergraph.model import EdgeType, NodeType
from careergraph.views import layout, style
from careergraph.views.errors import ViewError
from careergraph.views.network import Page, add_edge, add_node, base_options, new_network, to_page
from careergraph.views.render import ViewResult, write_page

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["RouteLike", "SkillLike", "StepLike", "render_routes", "route_page"]

#: Skills listed on a step's note; the tooltip has them all.
NOTE_SKILLS = 6
_NOTE = {"background": "#fefce8", "border": "#ca8a04"}
_NOTE_UNKNOWN = {"background": "#f1f5f9", "border": "#94a3b8"}


class SkillLike(Protocol):
    @property
    def name(self) -> str: ...


class StepLike(Protocol):
    @property
    def role_id(self) -> str: ...

    @property
    def learn(self) -> Sequence[SkillLike]: ...


class RouteLike(Protocol):
    @property
    def steps(self) -> Sequence[StepLike]: ...


def _move_type(graph: CareerGraph, step: Any, source: str, target: str) -> EdgeType:
    move = getattr(step, "move", None)
    if move is not None and getattr(move, "type", None) in (EdgeType.LEADS_TO,
                                                            EdgeType.TRANSITIONS_TO):
        return EdgeType(move.type)
    keys = graph.nx.get_edge_data(source, target, default={})
    return EdgeType.TRANSITIONS_TO if EdgeType.TRANSITIONS_TO.value in keys and \
        EdgeType.LEADS_TO.value not in keys else EdgeType.LEADS_TO


def _note(net: Any, note_id: str, role: str, route_no: int, step: Any,
          at: layout.Point) -> None:
    names = [display_name(s.name) for s in step.learn]
    role = display_name(role)
    known = getattr(step, "requirements_known", True)
    if names:
        shown = ", ".join(names[:NOTE_SKILLS])
        more = len(names) - NOTE_SKILLS
        label = "Learn: " + shown + (f" (+{more} more)" if more > 0 else "")
        title = f"Skills to learn for {role} (route {route_no}):\n" + \
            "\n".join("• " + n for n in names)
    else:
        label = "Skills unknown (no guide)"
        title = neutralise_bidi(getattr(step, "note", None)
                                or f"No guide describes {role}'s requirements.")
    colour = _NOTE if names or known else _NOTE_UNKNOWN
    net.add_node(note_id, label=label, title=title, kind="note", highlighted=False,
                 shape="box", x=at[0], y=at[1], fixed=True, margin=8,
                 widthConstraint={"maximum": 200},
                 color={**colour, "highlight": colour, "hover": colour},
                 font={"size": 12, "color": "#422006" if names else "#475569",
                       "face": "system-ui, sans-serif", "align": "left"})


def route_page(graph: CareerGraph, routes: Sequence[RouteLike]) -> Page:
    """Build the page of a route view in memory (see :func:`render_routes`)."""
    lanes = [[s.role_id for s in r.steps] for r in routes if r.steps]
    if not lanes:
        raise ViewError("no routes to draw; find some with careergraph path FROM TO")
    g = graph.nx
    for role in {r for lane in lanes for r in lane}:
        if role not in g:
            raise ViewError(f"route role {role!r} is not in this graph")
    positions = layout.route_positions(lanes)
    net = new_network()
    first_route: dict[str, int] = {}
    for number, lane in enumerate(lanes):
        for role in lane:
            first_route.setdefault(role, number)
    for role in sorted(positions):  # sorted: stable ids and output order
        attrs = g.nodes[role]
        colour = style.ROUTE_COLOURS[first_route[role] % len(style.ROUTE_COLOURS)]
        base = style.node_options(NodeType.ROLE)["color"]
        label = display_name(attrs["name"]) + (f"\n({attrs['level']})"
                                               if attrs.get("level") else "")
        x, y = positions[role]
        add_node(net, role, attrs, label=label, highlighted=True, x=x, y=y, fixed=True,
                 borderWidth=4, color={**base, "border": colour},
                 font={**style.node_options(NodeType.ROLE)["font"], "bold": True})

    on_route: set[tuple[str, str]] = set()
    notes: dict[str, list[tuple[str, ...]]] = {}
    for number, route in enumerate(routes, start=1):
        steps = list(route.steps)
        colour = style.ROUTE_COLOURS[(number - 1) % len(style.ROUTE_COLOURS)]
        for index, step in enumerate(steps):
            role = step.role_id
            if index:
                prev = steps[index - 1].role_id
                on_route.add((prev, role))
                type_ = _move_type(graph, step, prev, role)
                attrs = g.get_edge_data(prev, role, type_.value) or {}
                # later routes arc above the first (their notes hang below the roles)
                smooth = ({"enabled": True, "type": "curvedCW", "roundness": 0.12 * number}
                          if number > 1 else {"enabled": False})
                add_edge(net, prev, role, type_, attrs, (graph.name(prev), graph.name(role)),
                         edge_id=f"route{number}:{prev}->{role}", route=number,
                         highlighted=True, width=4.5, smooth=smooth, label=str(index),
                         font={"size": 13, "color": colour, "strokeWidth": 4,
                               "strokeColor": "#ffffff", "bold": True, "align": "top"},
                         color={"color": colour, "highlight": colour, "hover": colour,
                                "opacity": 1.0})
            skills = tuple(str(s.name) for s in step.learn)
            if index == 0 or skills in notes.setdefault(role, []):
                continue  # the start needs nothing; a shared step's note is drawn once
            x, y = positions[role]
            note_id = f"learn:{number}:{index}"
            _note(net, note_id, graph.name(role), number, step,
                  (x, y + 150 + 90 * len(notes[role])))
            notes[role].append(skills)
            net.add_edge(role, note_id, id=f"{note_id}:link", kind="note", arrows="",
                         dashes=[2, 4], width=1, color={"color": "#cbd5e1", "opacity": 1.0},
                         smooth={"enabled": False})

    # Moves between route roles that no route takes, muted: the alternatives nearby.
    for a, b, key in sorted(g.subgraph(positions).edges(keys=True)):
        if key in (EdgeType.LEADS_TO, EdgeType.TRANSITIONS_TO) and (a, b) not in on_route:
            add_edge(net, a, b, EdgeType(key), g.edges[a, b, key],
                     (graph.name(a), graph.name(b)), highlighted=False,
                     color={"color": "#94a3b8", "opacity": 0.5},
                     smooth={"enabled": True, "type": "curvedCCW", "roundness": 0.3})

    starts = sorted({display_name(graph.name(lane[0])) for lane in lanes})
    ends = sorted({display_name(graph.name(lane[-1])) for lane in lanes})
    noun = "Route" if len(lanes) == 1 else f"{len(lanes)} routes"
    asked = {str(getattr(getattr(r, "target", None), "query", "")) for r in routes}
    goal = (ends[0] if len(ends) == 1 else
            f"{display_name(asked.pop())} ({len(ends)} roles)"
            if len(asked) == 1 and "" not in asked else f"{len(ends)} roles")
    title = f"{noun} from {' / '.join(starts)} to {goal}"
    subtitle = " · ".join(
        f"route {i}: {len(lane) - 1} move{'s' if len(lane) != 2 else ''}"
        for i, lane in enumerate(lanes, start=1)) + " · moves numbered along each route"
    legend: list[dict[str, Any]] = [
        {"kind": "edge", "label": f"route {i}", "colour": style.ROUTE_COLOURS[
            (i - 1) % len(style.ROUTE_COLOURS)], "width": 3, "dashes": False, "opacity": 1}
        for i in range(1, len(lanes) + 1)
    ]
    legend += style.legend({NodeType.ROLE}, {EdgeType.TRANSITIONS_TO})
    legend.append({"kind": "node", "label": "skills to learn at this step",
                   "colour": _NOTE["background"], "border": _NOTE["border"], "shape": "box"})
    return to_page(net, options=base_options(physics=None, nodes=len(net.nodes)),
                   title=title, subtitle=subtitle, legend=legend)


def render_routes(graph: CareerGraph, routes: Sequence[RouteLike],
                  path: str | Path) -> ViewResult:
    """Write an offline HTML view of routes (e.g. from :func:`careergraph.routes.find_routes`).

    Roles run left to right by step, one lane per route; the route moves are drawn thick in
    the route's colour and each step carries a note with the skills to learn there.

    >>> import tempfile
    >>> from types import SimpleNamespace as NS
    >>> from careergraph.views.samples import sample_graph
    >>> steps = [NS(role_id="role:lead-mlops-engineer", learn=[]),
    ...          NS(role_id="role:staff-mlops-engineer", learn=[NS(name="Mentoring")])]
    >>> out = Path(tempfile.mkdtemp()) / "route.html"
    >>> render_routes(sample_graph(), [NS(steps=steps)], out).nodes
    3
    """
    return write_page(route_page(graph, routes), path)
