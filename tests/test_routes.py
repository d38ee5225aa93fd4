"""Routes and skill gaps on small hand-made graphs (the corpus is in test_routes_corpus.py)."""

from __future__ import annotations

import itertools
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.errors import NoRouteError, ResolveError
from careergraph.graph import CareerGraph
from careergraph.model import EdgeType, Seniority
from careergraph.routes import Route, find_routes, skills_gap
from careergraph.routing.index import role_index

RANKS = {level.value: level.rank for level in Seniority}


class Net:
    """A tiny career graph written the way the guides would state it."""

    def __init__(self) -> None:
        self.g = nx.MultiDiGraph()
        self.line = 0

    def _src(self, file: str = "guide.txt") -> list[dict[str, Any]]:
        self.line += 1
        return [{"file": file, "line": self.line}]

    def role(self, key: str, name: str, level: str = "mid", *, guide: bool = True,
             aliases: tuple[str, ...] = (), salary: int | None = None) -> Net:
        salaries = [] if salary is None else [{
            "level": "mid", "label": "Mid Level", "currency": "USD", "min": salary,
            "max": salary + 50_000, "open_ended": False, "period": "year", "note": None,
            "source": {"file": f"{key}.txt", "line": 40}}]
        self.g.add_node(f"role:{key}", type="Role", name=name, aliases=sorted({name, *aliases}),
                        level=level, rank=RANKS[level], guides=[f"{key}.txt"] if guide else [],
                        salaries=salaries, sources=self._src(), summary=None)
        return self

    def skill(self, key: str, name: str, *aliases: str) -> Net:
        self.g.add_node(f"skill:{key}", type="Skill", name=name,
                        aliases=sorted({name, *aliases}), sources=self._src())
        return self

    def move(self, u: str, v: str, edge: str = "LEADS_TO", **attrs: Any) -> Net:
        self.g.add_edge(f"role:{u}", f"role:{v}", key=edge, type=edge,
                        sources=self._src(f"{u}.txt"), **attrs)
        return self

    def lateral(self, u: str, v: str) -> Net:
        return self.move(u, v, "TRANSITIONS_TO")

    def needs(self, role: str, *skills: str, kind: str = "top") -> Net:
        for skill in skills:
            if f"skill:{skill}" not in self.g:
                self.skill(skill, skill.replace("-", " ").title())
            self.g.add_edge(f"role:{role}", f"skill:{skill}", key="REQUIRES", type="REQUIRES",
                            kinds=[kind], sources=self._src(f"{role}.txt"))
        return self

    @property
    def cg(self) -> CareerGraph:
        return CareerGraph(self.g)


def ladder() -> Net:
    """Junior -> Engineer -> Senior -> Team Lead -> Director of MLOps, plus side roads."""
    net = (
        Net()
        .role("junior", "Junior MLOps Engineer", "junior")
        .role("eng", "MLOps Engineer", "mid", salary=150_000)
        .role("senior", "Senior MLOps Engineer", "senior", salary=190_000)
        .role("lead", "MLOps Team Lead", "lead")
        .role("dir", "Director of MLOps", "director", guide=False)
        .role("head", "Head of AI Infrastructure", "director", guide=False)
        .role("sre", "Site Reliability Engineer", "mid", aliases=("SRE",))
        .role("mgr", "Machine Learning Operations Manager", "manager")
        .role("vp", "VP of Engineering", "vp", guide=False)
        .move("junior", "eng").move("eng", "senior").move("senior", "lead").move("lead", "dir")
        .move("senior", "head")
        .lateral("eng", "sre").lateral("sre", "eng")  # a cycle
        .move("sre", "mgr").lateral("mgr", "vp")
        .skill("k8s", "Kubernetes", "K8s").skill("python", "Python")
        .needs("eng", "python", "docker")
        .needs("senior", "python", "k8s", "system-design")
        .needs("senior", "incident-management", kind="often_missing")
        .needs("eng", "monitoring", kind="often_missing")
        .needs("lead", "k8s", "mentoring", "system-design")
        .needs("sre", "monitoring", "linux")
        .needs("mgr", "hiring", "budgeting")
    )
    return net


# -- targets -----------------------------------------------------------------------------


def test_level_target_reaches_nearest_director_level_role() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "Director")
    assert route.roles == ["MLOps Engineer", "Senior MLOps Engineer", "Head of AI Infrastructure"]
    assert route.moves == 2
    assert route.target.kind == "level" and route.target.level is Seniority.DIRECTOR
    assert set(route.target.roles) == {"role:dir", "role:head"}
    assert route.end.level is Seniority.DIRECTOR


@pytest.mark.parametrize("word", ["Director", "directors", "Head", "director-level",
                                  "Director level"])
def test_director_words_mean_the_director_level(word: str) -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", word)
    assert route.target.level is Seniority.DIRECTOR
    assert route.end.role_id in {"role:dir", "role:head"}


def test_title_word_matches_titles_at_other_levels() -> None:
    net = ladder().role("mgr2", "Director Relations Specialist", "senior").move("eng", "mgr2")
    [route] = find_routes(net.cg, "MLOps Engineer", "Director")
    assert route.roles == ["MLOps Engineer", "Director Relations Specialist"]


def test_exact_role_name_wins_over_level_word() -> None:
    [route] = find_routes(ladder().cg, "Junior MLOps Engineer", "Director of MLOps")
    assert route.target.kind == "role"
    assert route.roles[-1] == "Director of MLOps"
    assert route.moves == 4


def test_misspelt_names_resolve_with_a_score() -> None:
    [route] = find_routes(ladder().cg, "MLOps Enginer", "Machine Learning Ops Manager")
    assert route.source.id == "role:eng" and 88 <= route.source.score < 100
    assert route.end.role_id == "role:mgr" and route.target.score == 100
    [route] = find_routes(ladder().cg, "MLOps Enginer", "Sit Reliability Engineer")
    assert route.source.id == "role:eng" and route.target.roles == ["role:sre"]
    assert route.target.score < 100


def test_unknown_target_raises_with_candidates() -> None:
    with pytest.raises(ResolveError) as err:
        find_routes(ladder().cg, "MLOps Engineer", "Astronaut")
    assert err.value.name == "Astronaut"
    assert err.value.candidates  # closest roles offered, never a silent guess


def test_unknown_source_raises() -> None:
    with pytest.raises(ResolveError, match="no role named"):
        find_routes(ladder().cg, "Pastry Chef", "Director")


def test_ambiguous_name_raises_with_both_candidates() -> None:
    net = ladder().role("pl1", "Platform Lead", "lead").role("pl2", "Platform Lead ", "lead")
    net.g.nodes["role:pl2"]["name"] = "Platform Lead (Data)"
    net.g.nodes["role:pl2"]["aliases"] = ["Platform Lead", "Platform Lead (Data)"]
    with pytest.raises(ResolveError, match="ambiguous") as err:
        find_routes(net.cg, "MLOps Engineer", "Platform Lead")
    assert {name for name, _ in err.value.candidates} == {"Platform Lead",
                                                          "Platform Lead (Data)"}


def test_level_with_no_roles_is_a_resolve_error() -> None:
    with pytest.raises(ResolveError, match="c-level"):
        find_routes(ladder().cg, "MLOps Engineer", "C-level")


def test_level_target_leaves_out_the_source() -> None:
    net = ladder().move("head", "dir")
    [route] = find_routes(net.cg, "Head of AI Infrastructure", "Director")
    assert route.roles == ["Head of AI Infrastructure", "Director of MLOps"]


def test_role_target_equal_to_source_is_an_empty_route() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "MLOps Engineer")
    assert route.moves == 0 and route.roles == ["MLOps Engineer"]


# -- routes ------------------------------------------------------------------------------


def test_k_routes_are_distinct_loopless_and_in_order() -> None:
    routes = find_routes(ladder().cg, "Junior MLOps Engineer", "Director", k=3)
    assert [r.roles for r in routes] == [
        ["Junior MLOps Engineer", "MLOps Engineer", "Senior MLOps Engineer",
         "Head of AI Infrastructure"],
        ["Junior MLOps Engineer", "MLOps Engineer", "Senior MLOps Engineer", "MLOps Team Lead",
         "Director of MLOps"],
    ]  # only two routes exist: the ladder's two director-level ends
    assert [r.moves for r in routes] == [3, 4]
    for route in routes:
        assert len(set(route.roles)) == len(route.roles)


def test_k_routes_reach_several_targets_with_laterals() -> None:
    routes = find_routes(ladder().cg, "MLOps Engineer", "VP", k=3)
    assert [r.roles for r in routes] == [
        ["MLOps Engineer", "Site Reliability Engineer", "Machine Learning Operations Manager",
         "VP of Engineering"],
    ]
    assert routes[0].lateral_moves == 2


def test_ties_are_broken_by_role_names() -> None:
    net = (Net().role("a", "Start").role("z", "Zeta Engineer", "senior")
           .role("b", "Beta Engineer", "senior").role("t", "Director X", "director")
           .move("a", "z").move("a", "b").move("z", "t").move("b", "t"))
    [first] = find_routes(net.cg, "Start", "Director")
    assert first.roles == ["Start", "Beta Engineer", "Director X"]
    both = find_routes(net.cg, "Start", "Director", k=2)
    assert [r.roles[1] for r in both] == ["Beta Engineer", "Zeta Engineer"]
    assert find_routes(net.cg, "Start", "Director", k=1, weight="cost")[0].roles == first.roles


def test_k_first_route_is_the_shortest_route() -> None:
    cg = ladder().cg
    assert find_routes(cg, "Junior MLOps Engineer", "Director", k=5)[0].roles == \
        find_routes(cg, "Junior MLOps Engineer", "Director")[0].roles


def test_no_lateral_takes_the_progression_only_route() -> None:
    net = ladder().lateral("eng", "head")
    assert find_routes(net.cg, "MLOps Engineer", "Director")[0].moves == 1
    [route] = find_routes(net.cg, "MLOps Engineer", "Director", lateral=False)
    assert route.moves == 2 and route.lateral_moves == 0
    assert all(s.move.type is EdgeType.LEADS_TO for s in route.steps[1:] if s.move)


def test_no_lateral_unreachable_names_the_option() -> None:
    with pytest.raises(NoRouteError, match=r"lateral=False.*--no-lateral.*reachable") as err:
        find_routes(ladder().cg, "MLOps Engineer", "VP", lateral=False)
    assert "'MLOps Engineer'" in str(err.value)


def test_no_downward_avoids_moves_down_in_rank() -> None:
    net = (Net().role("a", "Staff Engineer", "lead").role("b", "Analyst", "junior")
           .role("c", "Principal Analyst", "principal")
           .role("e", "Analytics Manager", "manager").role("d", "Director of Data", "director")
           .move("a", "b").move("b", "d").move("a", "c").move("c", "e").move("e", "d"))
    [free] = find_routes(net.cg, "Staff Engineer", "Director")
    assert free.roles == ["Staff Engineer", "Analyst", "Director of Data"]
    assert free.steps[1].move is not None and free.steps[1].move.down
    [up] = find_routes(net.cg, "Staff Engineer", "Director", downward=False)
    assert up.roles == ["Staff Engineer", "Principal Analyst", "Analytics Manager",
                        "Director of Data"]
    assert not any(s.move.down for s in up.steps[1:] if s.move)


def test_no_downward_unreachable_names_the_option() -> None:
    net = (Net().role("a", "Lead Engineer", "lead").role("b", "Engineer", "mid")
           .role("d", "Head of Data", "director").move("a", "b").move("b", "d"))
    with pytest.raises(NoRouteError, match="downward=False"):
        find_routes(net.cg, "Lead Engineer", "Head", downward=False)


def test_unreachable_target_says_nothing_connects_them() -> None:
    net = ladder().role("x", "Director of Sales", "director")
    with pytest.raises(NoRouteError, match="no chain of LEADS_TO/TRANSITIONS_TO moves"):
        find_routes(net.cg, "Senior MLOps Engineer", "Director of Sales")


def test_cycles_do_not_loop_and_routes_stay_simple() -> None:
    net = (Net().role("a", "A Engineer").role("b", "B Engineer").role("c", "C Engineer")
           .role("t", "Head of T", "director")
           .move("a", "b").move("b", "a").move("b", "c").move("c", "a").move("c", "b")
           .move("c", "t").lateral("a", "c"))
    routes = find_routes(net.cg, "A Engineer", "Head", k=10)
    assert [r.roles for r in routes] == [
        ["A Engineer", "C Engineer", "Head of T"],
        ["A Engineer", "B Engineer", "C Engineer", "Head of T"],
    ]
    effort = find_routes(net.cg, "A Engineer", "Head", k=10, rank_by="effort")
    assert sorted(r.roles for r in effort) == sorted(r.roles for r in routes)


def test_route_ends_at_first_target_reached() -> None:
    net = ladder().move("head", "dir")
    routes = find_routes(net.cg, "Senior MLOps Engineer", "Director", k=5)
    assert [r.roles[-1] for r in routes] == ["Head of AI Infrastructure", "Director of MLOps"]
    assert all("Head of AI Infrastructure" not in r.roles[:-1] for r in routes)


def test_both_move_types_prefer_progression() -> None:
    net = ladder().lateral("eng", "senior")
    [route] = find_routes(net.cg, "MLOps Engineer", "Senior MLOps Engineer")
    assert route.steps[1].move is not None
    assert route.steps[1].move.type is EdgeType.LEADS_TO
    [route] = find_routes(net.cg, "MLOps Engineer", "Senior MLOps Engineer",
                          weight=lambda u, v, d: 5 if d["type"] == "LEADS_TO" else 1)
    assert route.steps[1].move is not None
    assert route.steps[1].move.type is EdgeType.TRANSITIONS_TO


def test_weight_attribute_and_hiding_callable() -> None:
    net = ladder()
    net.g["role:senior"]["role:head"]["LEADS_TO"]["years"] = 10
    [route] = find_routes(net.cg, "MLOps Engineer", "Director", weight="years")
    assert route.roles[-1] == "Director of MLOps" and route.cost == 3
    assert route.moves == 3

    def no_head(u: str, v: str, d: dict[str, Any]) -> float | None:
        return None if v == "role:head" else 1

    [route] = find_routes(net.cg, "MLOps Engineer", "Director", weight=no_head)
    assert route.roles[-1] == "Director of MLOps"
    with pytest.raises(NoRouteError, match="weight function hides"):
        find_routes(net.cg, "MLOps Engineer", "Head of AI Infrastructure", weight=no_head)


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="k must be"):
        find_routes(ladder().cg, "MLOps Engineer", "Director", k=0)
    with pytest.raises(ValueError, match="rank_by"):
        find_routes(ladder().cg, "MLOps Engineer", "Director", rank_by="salary")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative"):
        find_routes(ladder().cg, "MLOps Engineer", "Director", weight=lambda u, v, d: -1)


# -- effort ------------------------------------------------------------------------------


def effort_net() -> Net:
    """Two 2-move routes to the director; effort depends on the whole route.

    via X: X needs {a, b}, T needs {a, b, c} -> 3 distinct skills (sum of steps: 5)
    via Y: Y needs {d},    T needs {a, b, c} -> 4 distinct skills (sum of steps: 4)
    and a 1-move lateral route via nothing needing {a..f}: 1 move, 6 skills.
    """
    return (Net().role("s", "Start Engineer").role("x", "X Engineer", "senior")
            .role("y", "Y Engineer", "senior").role("t", "Director T", "director")
            .role("u", "Director U", "director")
            .move("s", "x").move("s", "y").move("x", "t").move("y", "t").lateral("s", "u")
            .needs("x", "a", "b").needs("y", "d").needs("t", "a", "b", "c")
            .needs("u", "a", "b", "c", "d", "e", "f"))


def test_effort_ranking_is_exact_not_the_sum_of_steps() -> None:
    net = effort_net()
    [fewest] = find_routes(net.cg, "Start Engineer", "Director")
    assert fewest.roles == ["Start Engineer", "Director U"] and fewest.skills_to_learn == 6
    routes = find_routes(net.cg, "Start Engineer", "Director", k=3, rank_by="effort")
    assert [(r.roles[1], r.skills_to_learn) for r in routes] == [
        ("X Engineer", 3), ("Y Engineer", 4), ("Director U", 6)]
    assert all(r.rank_by == "effort" for r in routes)


def test_effort_counts_have() -> None:
    net = effort_net()
    [route] = find_routes(net.cg, "Start Engineer", "Director", rank_by="effort",
                          have="A, B, C, D, E, F")
    assert route.skills_to_learn == 0
    assert route.roles == ["Start Engineer", "Director U"]  # then fewest moves


def test_effort_fallback_reranks_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    from careergraph.routing import search

    # no budget for the exact search: Yen's candidates by the additive bound, re-ranked exactly
    monkeypatch.setattr(search.least_effort, "__defaults__", (0,))
    routes = find_routes(effort_net().cg, "Start Engineer", "Director", k=3, rank_by="effort")
    assert [(r.roles[1], r.skills_to_learn) for r in routes] == [
        ("X Engineer", 3), ("Y Engineer", 4), ("Director U", 6)]


# -- skills along the way ----------------------------------------------------------------


def test_skills_per_step_are_learnt_once_and_start_role_counts_as_held() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "Director of MLOps")
    by_role = {s.role: s for s in route.steps}
    senior, lead = by_role["Senior MLOps Engineer"], by_role["MLOps Team Lead"]
    assert [s.name for s in senior.learn] == ["Kubernetes", "System Design"]  # python held
    assert [s.name for s in lead.learn] == ["Mentoring"]  # k8s, system design learnt before
    assert route.skills == ["Kubernetes", "System Design", "Mentoring"]
    assert route.skills_to_learn == 3
    assert senior.learn[0].sources[0].file == "senior.txt"
    # the often-missing skills of the role being left, on the move out of it
    assert [s.name for s in senior.often_missing] == ["Monitoring"]
    assert [s.name for s in lead.often_missing] == ["Incident Management"]
    assert route.often_missing == 2


def test_role_without_guide_is_flagged_not_empty() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "Director of MLOps")
    end = route.end
    assert not end.requirements_known and end.learn == []
    assert end.note and "no guide" in end.note
    assert route.unknown_requirements == ["Director of MLOps"]
    assert route.steps[1].requirements_known and route.steps[1].note is None


def test_have_is_matched_through_aliases_and_unknown_ones_are_reported() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "Director of MLOps",
                          have=["k8s", "system design", "Underwater Basket Weaving"])
    assert route.skills == ["Mentoring"]
    assert route.unknown_have == ["Underwater Basket Weaving"]
    matched = {h.query: h.name for h in route.have if h.id}
    assert matched == {"k8s": "Kubernetes", "system design": "System Design"}


def test_have_also_removes_often_missing() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "Senior MLOps Engineer",
                          have="Monitoring")
    assert route.steps[1].often_missing == []


def test_salary_level_and_move_source_per_step() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "Senior MLOps Engineer")
    start, senior = route.steps
    assert start.move is None and start.salaries[0].min == 150_000
    assert senior.salaries[0].max == 240_000
    assert senior.level is Seniority.SENIOR and senior.rank == 3
    assert senior.move is not None and senior.move.sources[0].file == "eng.txt"


def test_json_shape_and_records() -> None:
    [route] = find_routes(ladder().cg, "MLOps Engineer", "Director")
    data = route.to_dict()
    assert set(data) >= {"source", "target", "steps", "moves", "lateral_moves", "cost",
                         "skills_to_learn", "skills", "unknown_requirements", "have",
                         "rank_by", "often_missing"}
    step = data["steps"][1]
    assert step["move"]["type"] == "LEADS_TO"
    assert step["move"]["sources"][0] == {"file": "eng.txt", "line": step["move"]["sources"][0]
                                          ["line"]}
    assert step["learn"][0]["kinds"] == ["top"]
    assert Route.model_validate(data) == route
    rows = route.records()
    assert [r["role"] for r in rows] == route.roles
    assert rows[0]["salary_min"] == 150_000 and rows[1]["move"] == "LEADS_TO"


# -- skills gap --------------------------------------------------------------------------


def test_skills_gap_between_two_roles() -> None:
    gap = skills_gap(ladder().cg, "MLOps Engineer", "Senior MLOps Engineer", have=["K8s"])
    assert [s.name for s in gap.learn] == ["System Design"]
    assert [s.name for s in gap.shared] == ["Python"]
    assert [s.name for s in gap.often_missing] == ["Monitoring"]
    assert gap.direct_move is not None and gap.direct_move.type is EdgeType.LEADS_TO
    assert gap.target_requirements_known and gap.note is None


def test_skills_gap_to_a_role_without_guide_says_so() -> None:
    gap = skills_gap(ladder().cg, "Senior MLOps Engineer", "Head of AI Infrastructure")
    assert not gap.target_requirements_known and gap.learn == []
    assert gap.note and "no guide" in gap.note


# -- cache and properties ----------------------------------------------------------------


def test_index_is_cached_and_rebuilt_when_the_graph_changes() -> None:
    net = ladder()
    first = role_index(net.g)
    assert role_index(net.g) is first
    net.role("new", "Head of New Things", "director").move("eng", "new")
    assert role_index(net.g) is not first
    [route] = find_routes(net.cg, "MLOps Engineer", "Director")
    assert route.roles == ["MLOps Engineer", "Head of New Things"]


@st.composite
def random_graphs(draw: st.DrawFn) -> tuple[nx.MultiDiGraph, list[tuple[int, int, str]]]:
    n = draw(st.integers(3, 9))
    levels = draw(st.lists(st.sampled_from(["mid", "senior", "director"]), min_size=n,
                           max_size=n))
    pairs = [(u, v) for u in range(n) for v in range(n) if u != v]
    edges = draw(st.lists(st.tuples(st.sampled_from(pairs),
                                    st.sampled_from(["LEADS_TO", "TRANSITIONS_TO"])),
                          max_size=3 * n, unique=True))
    net = Net()
    for i, level in enumerate(levels):
        net.role(f"r{i}", f"Role {chr(65 + i)}", level)
    for (u, v), kind in edges:
        net.move(f"r{u}", f"r{v}", kind)
    return net.g, [(u, v, k) for (u, v), k in edges]


@settings(max_examples=300, deadline=None)
@given(random_graphs(), st.booleans())
def test_routes_agree_with_networkx(case: tuple[nx.MultiDiGraph, Any], lateral: bool) -> None:
    g, _ = case
    cg = CareerGraph(g)
    directors = {n for n, d in g.nodes(data=True) if d["level"] == "director"} - {"role:r0"}
    plain = nx.DiGraph()
    plain.add_nodes_from(g)
    plain.add_edges_from((u, v) for u, v, key in g.edges(keys=True)
                         if lateral or key == "LEADS_TO")
    lengths = nx.single_source_shortest_path_length(plain, "role:r0")
    best = min((lengths[t] for t in directors if t in lengths), default=None)
    if not directors:
        with pytest.raises(ResolveError):
            find_routes(cg, "Role A", "Director", lateral=lateral)
        return
    if best is None:
        with pytest.raises(NoRouteError):
            find_routes(cg, "Role A", "Director", lateral=lateral)
        return
    [route] = find_routes(cg, "Role A", "Director", lateral=lateral)
    assert route.moves == best and route.end.role_id in directors
    shortest = [p for t in directors if lengths.get(t) == best
                for p in nx.all_shortest_paths(plain, "role:r0", t)]
    first = min(shortest, key=lambda p: [(g.nodes[n]["name"], n) for n in p])
    assert [s.role_id for s in route.steps] == first  # ties broken by names
    routes = find_routes(cg, "Role A", "Director", k=4, lateral=lateral)
    assert routes[0].moves == best
    assert [r.moves for r in routes] == sorted(r.moves for r in routes)
    seen = [tuple(r.roles) for r in routes]
    assert len(set(seen)) == len(seen)
    for r in routes:
        ids = [s.role_id for s in r.steps]
        assert len(set(ids)) == len(ids)
        assert all(plain.has_edge(u, v) for u, v in itertools.pairwise(ids))
        assert not (set(ids[:-1]) & directors)
    # exactly the first four of all loopless routes in (moves, names) order
    every = [p for t in directors for p in nx.all_simple_paths(plain, "role:r0", t)
             if not set(p[:-1]) & directors]
    every.sort(key=lambda p: (len(p), [(g.nodes[n]["name"], n) for n in p]))
    assert [[s.role_id for s in r.steps] for r in routes] == every[:4]
    # the weighted search (networkx's Yen) finds routes of the same lengths
    weighted = find_routes(cg, "Role A", "Director", k=4, lateral=lateral, weight="w")
    assert [r.moves for r in weighted] == [r.moves for r in routes]


@settings(max_examples=200, deadline=None)
@given(random_graphs(), st.lists(st.sets(st.integers(0, 5), max_size=4), min_size=9,
                                 max_size=9), st.integers(1, 3))
def test_effort_ranking_agrees_with_brute_force(
    case: tuple[nx.MultiDiGraph, Any], skills: list[set[int]], k: int
) -> None:
    g, _ = case
    net = Net()
    net.g = g
    roles = sorted(n for n in g if n.startswith("role:"))
    for role, wanted in zip(roles, skills, strict=False):
        net.needs(role.removeprefix("role:"), *(f"s{i}" for i in sorted(wanted)))
    held = {f"skill:s{i}" for i in skills[0]}  # the start role's skills count as held
    directors = {n for n in roles if g.nodes[n]["level"] == "director"} - {"role:r0"}
    if not directors:
        return
    plain = nx.DiGraph([(u, v) for u, v, key in g.edges(keys=True)
                        if key in ("LEADS_TO", "TRANSITIONS_TO")])

    def effort(p: list[str]) -> int:
        return len({s for n in p[1:] for _, s, key in g.out_edges(n, keys=True)
                    if key == "REQUIRES"} - held)

    every = [p for t in directors if "role:r0" in plain and t in plain
             for p in nx.all_simple_paths(plain, "role:r0", t) if not set(p[:-1]) & directors]
    if not every:
        with pytest.raises(NoRouteError):
            find_routes(net.cg, "Role A", "Director", rank_by="effort")
        return
    routes = find_routes(net.cg, "Role A", "Director", k=k, rank_by="effort")
    best = sorted((effort(p), len(p)) for p in every)[:k]
    assert [(r.skills_to_learn, r.moves + 1) for r in routes] == best
    for r in routes:
        assert r.skills_to_learn == effort([s.role_id for s in r.steps])
