"""Views opened in real headless Chromium with the network blocked.

Each test asserts on what vis-network actually drew; screenshots go to ``tests/artifacts/``.
Run just these with ``pytest -m browser``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from browser import ARTIFACTS, drawn, hover_tooltip, open_view
from careergraph import CareerGraph
from careergraph.model import NodeType
from careergraph.routes import find_routes
from careergraph.views import render_graph, render_routes
from careergraph.views.chromium import Chromium
from careergraph.views.samples import synthetic_graph
from test_views import XSS_EMPLOYER, XSS_ROLE, XSS_SKILL, xss_graph

pytestmark = pytest.mark.browser


def _expect(graph: nx.MultiDiGraph) -> tuple[int, int]:
    return graph.number_of_nodes(), graph.number_of_edges()


@pytest.fixture(scope="session")
def corpus_views(corpus_graph: CareerGraph,
                 tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The corpus drawn four ways, with the counts networkx says each must show."""
    out = tmp_path_factory.mktemp("views")
    g = corpus_graph.nx
    lead = corpus_graph.find("Lead MLOps Engineer")
    roles = [n for n, _ in corpus_graph.nodes(NodeType.ROLE)]
    routes = find_routes(corpus_graph, "MLOps Engineer", "Director", k=3)
    views: dict[str, Any] = {
        "career-graph": (render_graph(corpus_graph, out / "all.html"), _expect(g)),
        "career-map": (render_graph(corpus_graph, out / "map.html", only=[NodeType.ROLE]),
                       _expect(g.subgraph(roles))),
        "lead-neighbourhood": (
            render_graph(corpus_graph, out / "lead.html", focus=lead, depth=1),
            _expect(nx.ego_graph(g, lead, radius=1, undirected=True))),
    }
    routed = render_routes(corpus_graph, routes, out / "routes.html")
    notes = routed.nodes - len({s.role_id for r in routes for s in r.steps})
    views["routes"] = (routed, (routed.nodes, routed.edges))
    return {"views": views, "routes": routes, "notes": notes}


@pytest.mark.parametrize("name", ["career-graph", "career-map", "lead-neighbourhood",
                                  "routes"])
def test_view_loads_offline_and_draws_the_graph(chromium: Chromium,
                                                corpus_views: dict[str, Any],
                                                name: str) -> None:
    result, (nodes, edges) = corpus_views["views"][name]
    tab = open_view(chromium, result.path, shot=name)
    try:
        assert tab.errors() == []
        assert tab.requests() == [result.path.resolve().as_uri()]  # nothing else fetched
        seen = drawn(tab)
        assert (seen["nodes"], seen["edges"]) == (nodes, edges) == (result.nodes,
                                                                    result.edges)
        assert seen["physics"] is False  # settled and stopped
        before = tab.evaluate("JSON.stringify(network.getPositions())")
        time.sleep(0.3)
        assert tab.evaluate("JSON.stringify(network.getPositions())") == before
        assert tab.evaluate("document.querySelector('#cg-title h1').textContent") == \
            result.title
    finally:
        tab.close()


def test_route_view_highlights_exactly_the_route_nodes(chromium: Chromium,
                                                       corpus_views: dict[str, Any]) -> None:
    result, _ = corpus_views["views"]["routes"]
    routes = corpus_views["routes"]
    tab = open_view(chromium, result.path)
    try:
        seen = drawn(tab)
        assert seen["highlighted"] == sorted({s.role_id for r in routes for s in r.steps})
        route_edges = tab.evaluate(
            "network.body.data.edges.get({filter: e => e.highlighted}).length")
        assert route_edges == sum(len(r.steps) - 1 for r in routes)
        notes = tab.evaluate("network.body.data.nodes.get({filter: n => n.kind === 'note'})"
                             ".map(n => n.label)")
        assert len(notes) == corpus_views["notes"] and any("Learn:" in n for n in notes)
    finally:
        tab.close()


def _assert_nothing_ran(tab: Any) -> None:
    assert tab.dialogs() == []
    assert tab.evaluate("window.__xss === undefined")
    assert tab.evaluate("document.querySelectorAll('img, script:not([id]):not([src])').length"
                        " === 2")  # only our own two inline scripts (no src, no id)
    assert tab.errors() == []


def test_hostile_guide_text_renders_literally(chromium: Chromium, tmp_path: Path) -> None:
    graph = xss_graph()
    result = render_graph(graph, tmp_path / "xss.html")
    tab = open_view(chromium, result.path, shot="xss-hand-made")
    try:
        _assert_nothing_ran(tab)
        labels = tab.evaluate("network.body.data.nodes.map(n => n.label)")
        assert {XSS_ROLE, XSS_SKILL, XSS_EMPLOYER} <= set(labels)
        tip = hover_tooltip(tab, "role:img-src-x-onerror-alert-1")
        assert tip["text"].splitlines()[0] == XSS_ROLE
        assert "<i onmouseover=alert(5)>alias</i>" in tip["text"]
        assert set(tip["elements"]) <= {"br"}  # text and line breaks, no markup
        _assert_nothing_ran(tab)
    finally:
        tab.close()


CARD_GUIDE = f"""{XSS_ROLE}
Career GuideKey Responsibilities
- Keep <script>window.__xss=3</script> pipelines running
Top Skills for Success
{XSS_SKILL}
Kubernetes
Career Progression
Can Lead To
Senior <svg onload=alert(4)> Engineer
Transition Opportunities
Platform Engineer
Salary & Demand
Median Salary Range
Entry LevelUSD 140,000 to 180,000
Companies Hiring
Major Employers
Acme <b onmouseover=alert(6)>Corp</b>
Industry Sectors
Technology
"""


def test_hostile_guide_file_runs_nothing(chromium: Chromium, tmp_path: Path) -> None:
    guide = tmp_path / "guides" / "evil.card.txt"
    guide.parent.mkdir()
    guide.write_text(CARD_GUIDE, encoding="utf-8")
    graph = CareerGraph.from_guides(guide.parent)
    # the parser keeps the hostile title as text (the name drops the "(1)" qualifier, the
    # aliases keep the spelling as written)
    [(role, attrs)] = [(n, a) for n, a in graph.nodes(NodeType.ROLE)
                       if XSS_ROLE in a["aliases"]]
    name = attrs["name"]
    assert name.startswith("<img src=x onerror=alert")
    for kwargs, shot in [({}, "xss-guide-graph"), ({"focus": role, "depth": 2}, None),
                         ({"only": [NodeType.ROLE]}, None)]:
        result = render_graph(graph, tmp_path / "evil.html", **kwargs)  # type: ignore[arg-type]
        tab = open_view(chromium, result.path, shot=shot)
        try:
            _assert_nothing_ran(tab)
            assert name in tab.evaluate("network.body.data.nodes.map(n => n.label)")
            tip = hover_tooltip(tab, role)
            assert tip["text"].startswith(name) and set(tip["elements"]) <= {"br"}
            assert XSS_ROLE in tip["text"]  # "Also called: <img src=x onerror=alert(1)>"
            _assert_nothing_ran(tab)
        finally:
            tab.close()


def test_a_thousand_nodes_settle(chromium: Chromium, tmp_path: Path) -> None:
    graph = synthetic_graph(1000)
    result = render_graph(graph, tmp_path / "big.html")
    # Settling is the behaviour under test; how fast is benchmarks/bench_views.py's job (a
    # loaded CI machine took over 30 s here), so the wait is generous.
    tab = open_view(chromium, result.path, shot="synthetic-1000", timeout=180)
    try:
        seen = drawn(tab)
        assert (seen["nodes"], seen["edges"]) == _expect(graph.nx)
        assert seen["physics"] is False and tab.errors() == []
    finally:
        tab.close()


def test_artifacts_were_written() -> None:
    # runs last in this module: the screenshots a person can open
    shots = sorted(p.name for p in ARTIFACTS.glob("*.png"))
    assert "career-map.png" in shots or not shots
