"""Views without a browser: selection, layout, determinism, offline and escaping guarantees,
route highlighting, the notebook helper and the ``view`` command."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from careergraph import CareerGraph
from careergraph.model import EdgeType, NodeType, Seniority
from careergraph.routes import find_routes
from careergraph.views import (
    ViewTooLargeError,
    graph_page,
    inline_view,
    render_graph,
    render_routes,
    route_page,
)
from careergraph.views.layout import ROW
from careergraph.views.samples import add_edge, add_node, sample_graph, synthetic_graph

XSS_ROLE = "<img src=x onerror=alert(1)>"
XSS_SKILL = "<svg onload=window.__xss=1>"
XSS_EMPLOYER = "</script><script>window.__xss=2</script><!--"


def page_data(text: str) -> dict[str, Any]:
    """The JSON a page embeds for vis-network."""
    match = re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', text,
                      re.S)
    assert match, "no data script"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def xss_graph() -> CareerGraph:
    """Guide text that would run script if it were ever parsed as HTML."""
    g = nx.MultiDiGraph()
    role = add_node(g, NodeType.ROLE, XSS_ROLE, file="<b>x</b>.txt", level=Seniority.LEAD,
                    aliases=("<i onmouseover=alert(5)>alias</i>",))
    senior = add_node(g, NodeType.ROLE, "Senior <u>Engineer</u>", level=Seniority.SENIOR)
    skill = add_node(g, NodeType.SKILL, XSS_SKILL)
    employer = add_node(g, NodeType.EMPLOYER, XSS_EMPLOYER)
    add_edge(g, senior, role, EdgeType.LEADS_TO, file="<script>alert(3)</script>")
    add_edge(g, role, skill, EdgeType.REQUIRES)
    add_edge(g, employer, role, EdgeType.HIRES)
    return CareerGraph(g)


# -- what is drawn -------------------------------------------------------------------------
def test_whole_graph_draws_every_node_and_edge(corpus_graph: CareerGraph) -> None:
    page = graph_page(corpus_graph)
    data = page_data(page.html)
    assert (page.nodes, page.edges) == (corpus_graph.nx.number_of_nodes(),
                                         corpus_graph.nx.number_of_edges())
    assert sorted(n["id"] for n in data["nodes"]) == sorted(corpus_graph.nx.nodes)
    assert len({e["id"] for e in data["edges"]}) == page.edges  # ids unique and stable


def test_only_roles_is_the_career_map_with_up_meaning_senior(corpus_graph: CareerGraph) -> None:
    page = graph_page(corpus_graph, only=[NodeType.ROLE])
    roles = dict(corpus_graph.nodes(NodeType.ROLE))
    assert page.title == "Career map"
    assert page.nodes == len(roles)
    assert page.edges == corpus_graph.nx.subgraph(roles).number_of_edges()
    data = page_data(page.html)
    y = {n["id"]: n["y"] for n in data["nodes"]}
    assert all(y[r] == -(attrs["rank"] - 1) * ROW for r, attrs in roles.items())
    for src, dst, _ in corpus_graph.edges(EdgeType.LEADS_TO):
        if roles[dst]["rank"] > roles[src]["rank"]:
            assert y[dst] < y[src], (src, dst)  # a promotion points up
    assert data["options"]["physics"] == {"enabled": False}
    assert {b["label"] for b in data["bands"]} >= {"Mid", "Senior", "Lead / Staff"}


@pytest.mark.parametrize("depth", [0, 1, 2])
def test_neighbourhood_matches_networkx_ego_graph(corpus_graph: CareerGraph,
                                                  depth: int) -> None:
    focus = corpus_graph.find("Lead MLOps Engineer")
    page = graph_page(corpus_graph, focus="lead mlops engineer", depth=depth)
    ego = nx.ego_graph(corpus_graph.nx, focus, radius=depth, undirected=True)
    assert (page.nodes, page.edges) == (ego.number_of_nodes(), ego.number_of_edges())
    data = page_data(page.html)
    assert [n["id"] for n in data["nodes"] if n["highlighted"]] == [focus]


def test_unknown_role_is_a_resolve_error_with_candidates(corpus_graph: CareerGraph) -> None:
    from careergraph.errors import ResolveError

    with pytest.raises(ResolveError, match="closest"):
        graph_page(corpus_graph, focus="Chief Astronaut Officer")


def test_too_many_nodes_are_refused_with_advice() -> None:
    big = synthetic_graph(300)
    with pytest.raises(ViewTooLargeError) as caught:
        graph_page(big, max_nodes=200)
    message = str(caught.value)
    assert "300 nodes" in message and "--depth" in message and "--only Role" in message
    assert graph_page(big, only=[NodeType.ROLE], max_nodes=200).nodes == 60


def test_graph_views_settle_then_stop_physics() -> None:
    data = page_data(graph_page(sample_graph()).html)
    physics = data["options"]["physics"]
    assert physics["enabled"] and physics["stabilization"]["enabled"]
    assert physics["stabilization"]["iterations"] <= 800
    roles = [n for n in data["nodes"] if n["kind"] == "Role"]
    assert roles and all(n["fixed"] is True for n in roles)  # the ladder does not drift


def test_styles_follow_types(corpus_graph: CareerGraph) -> None:
    data = page_data(graph_page(corpus_graph).html)
    shapes = {n["kind"]: n["shape"] for n in data["nodes"]}
    assert shapes == {"Role": "dot", "Skill": "diamond", "Sector": "hexagon",
                      "Employer": "square"}
    sizes = {n["id"]: n["size"] for n in data["nodes"] if n["kind"] == "Role"}
    assert sizes[corpus_graph.find("Lead MLOps Engineer")] > sizes[
        corpus_graph.find("MLOps Engineer")]
    dashes = {e["kind"]: e["dashes"] for e in data["edges"]}
    assert dashes[EdgeType.TRANSITIONS_TO] is True and dashes[EdgeType.LEADS_TO] is False
    widths = {e["kind"]: e["width"] for e in data["edges"]}
    assert widths[EdgeType.REQUIRES] < widths[EdgeType.LEADS_TO]
    assert all(e["arrows"]["to"]["enabled"] for e in data["edges"])


def test_tooltips_are_plain_text_with_aliases_level_salary_guides(
        corpus_graph: CareerGraph) -> None:
    lead = corpus_graph.find("Lead MLOps Engineer")
    data = page_data(graph_page(corpus_graph, focus=lead, depth=0).html)
    [node] = data["nodes"]
    title = node["title"]
    assert title.startswith("Lead MLOps Engineer\nRole · lead (rank 4)")
    assert "Salary:" in title and "USD 140,000–180,000" in title
    assert "Guides: lead-mlops-engineer.card.txt, lead-mlops-engineer.longform.txt" in title


# -- offline, deterministic, safe ----------------------------------------------------------
def test_page_is_one_offline_file(tmp_path: Path) -> None:
    result = render_graph(sample_graph(), tmp_path / "g.html")
    text = result.path.read_text(encoding="utf-8")
    assert result.bytes == result.path.stat().st_size
    for fetch in (" src=", "<link", "@import", "url(http", "node_modules", "cdn"):
        assert fetch not in text, fetch
    assert "default-src 'none'" in text  # nothing may be fetched, even by injected markup
    assert "vis.js is dual licensed" in text  # the inlined library keeps its licence


def test_same_graph_same_bytes(tmp_path: Path) -> None:
    g = sample_graph()
    shuffled = nx.MultiDiGraph()  # same graph, built in the opposite order
    shuffled.add_nodes_from(reversed(list(g.nx.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(g.nx.edges(keys=True, data=True))))
    pages = [render_graph(graph, tmp_path / f"{i}.html").path.read_bytes()
             for i, graph in enumerate([g, sample_graph(), CareerGraph(shuffled)])]
    assert pages[0] == pages[1] == pages[2]
    routes = [find_routes(g, "MLOps Engineer", "Director", k=2) for _ in range(2)]
    assert route_page(g, routes[0]).html == route_page(g, routes[1]).html


def test_guide_text_is_never_markup() -> None:
    page = graph_page(xss_graph(), focus="role:img-src-x-onerror-alert-1")
    text = page.html
    for payload in (XSS_ROLE, XSS_SKILL, XSS_EMPLOYER, "<script>alert(3)</script>",
                    "<i onmouseover", "<u>", "<b>x</b>"):
        assert payload not in text, payload
    assert f"<title>Around {html.escape(XSS_ROLE)}</title>" in text
    names = {n["label"] for n in page_data(text)["nodes"]}
    assert {XSS_ROLE, XSS_SKILL, XSS_EMPLOYER} <= names  # the data keeps the text itself


# -- routes --------------------------------------------------------------------------------
def test_route_view_highlights_exactly_the_route_roles(corpus_graph: CareerGraph,
                                                       tmp_path: Path) -> None:
    routes = find_routes(corpus_graph, "MLOps Engineer", "Director", k=3)
    result = render_routes(corpus_graph, routes, tmp_path / "routes.html")
    data = page_data(result.path.read_text(encoding="utf-8"))
    on_routes = {s.role_id for r in routes for s in r.steps}
    assert {n["id"] for n in data["nodes"] if n["highlighted"]} == on_routes
    assert {n["id"] for n in data["nodes"] if not n["highlighted"]} == {
        n["id"] for n in data["nodes"] if n["kind"] == "note"}
    route_edges = [e for e in data["edges"] if e.get("route")]
    assert len(route_edges) == sum(len(r.steps) - 1 for r in routes)
    x = {n["id"]: n["x"] for n in data["nodes"]}
    for route in routes:  # left to right by step
        xs = [x[s.role_id] for s in route.steps]
        assert xs == sorted(xs) and len(set(xs)) == len(xs)
    notes = " ".join(n["label"] for n in data["nodes"] if n["kind"] == "note")
    first_learn = next(s for s in routes[0].steps if s.learn).learn[0].name
    assert first_learn in notes


def test_route_view_of_duck_typed_routes() -> None:
    from types import SimpleNamespace as NS

    steps = [NS(role_id="role:mlops-engineer", learn=[]),
             NS(role_id="role:senior-mlops-engineer", learn=[NS(name="Kubernetes")])]
    page = route_page(sample_graph(), [NS(steps=steps)])
    assert (page.nodes, page.edges) == (3, 2)
    assert page.title == "Route from MLOps Engineer to Senior MLOps Engineer"


# -- notebook and CLI ----------------------------------------------------------------------
def test_notebook_view_is_an_escaped_sandboxed_iframe() -> None:
    view = inline_view(xss_graph(), "role:img-src-x-onerror-alert-1")
    shown = view._repr_html_()
    assert shown.startswith('<iframe sandbox="allow-scripts" srcdoc="')
    assert "<script" not in shown and XSS_ROLE not in shown
    srcdoc = re.search(r'srcdoc="([^"]*)"', shown)
    assert srcdoc and html.unescape(srcdoc.group(1)) == view.page.html


def test_cli_view_writes_the_file_and_reports_counts(cli: Any, tmp_path: Path) -> None:
    from careergraph.cli import app

    graph_file = sample_graph().save(tmp_path / "graph.json")
    out = tmp_path / "ladder.html"
    done = cli.invoke(app, ["view", "--only", "role", "--out", str(out),
                            "--graph", str(graph_file)])
    assert done.exit_code == 0, done.output
    said = done.output.replace("\n", "")  # rich wraps the line where the temporary path ends
    assert "ladder.html" in said and "9 nodes, 11 edges" in said
    assert page_data(out.read_text(encoding="utf-8"))["options"]["physics"]["enabled"] is False

    around = cli.invoke(app, ["view", "lead mlops", "--depth", "2", "--json", "--out",
                              str(tmp_path / "lead.html"), "--graph", str(graph_file)])
    assert around.exit_code == 0, around.output
    assert json.loads(around.output)["title"] == "Around Lead MLOps Engineer"


def test_cli_view_refuses_big_views_and_bad_types(cli: Any, tmp_path: Path) -> None:
    from careergraph.cli import app

    graph_file = synthetic_graph(120).save(tmp_path / "big.json")
    too_big = cli.invoke(app, ["view", "--max-nodes", "100", "--out", str(tmp_path / "x.html"),
                               "--graph", str(graph_file)])
    assert too_big.exit_code != 0
    assert "120 nodes" in too_big.output and "--only Role" in too_big.output
    assert not (tmp_path / "x.html").exists()
    bad = cli.invoke(app, ["view", "--only", "Role,Planet", "--graph", str(graph_file)])
    assert bad.exit_code == 2 and "planet" in bad.output.lower()
