"""Small hand-made and synthetic career graphs for examples, tests, screenshots and benchmarks.

They follow the graph schema of :mod:`careergraph.model`, so views drawn from them look like
views of a real corpus.

>>> g = sample_graph()
>>> g.nx.nodes["role:lead-mlops-engineer"]["rank"]
4
>>> synthetic_graph(100).nx.number_of_nodes()
100
"""

from __future__ import annotations

import random
import re
from typing import TYPE_CHECKING, Any

import networkx as nx

from careergraph.model import EdgeType, NodeType, Seniority

if TYPE_CHECKING:
    from careergraph.graph import CareerGraph

__all__ = ["add_edge", "add_node", "sample_graph", "synthetic_graph"]


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"


def add_node(g: nx.MultiDiGraph, type_: NodeType, name: str, *, file: str = "sample.txt",
             level: Seniority | None = None, aliases: tuple[str, ...] = (),
             salaries: list[dict[str, Any]] | None = None) -> str:
    """Add a node with schema attributes; returns its id (``<type>:<slug>``)."""
    node = f"{type_.prefix}:{_slug(name)}"
    attrs: dict[str, Any] = {
        "type": type_.value, "name": name, "aliases": sorted({name, *aliases}),
        "sources": [{"file": file, "line": 1}],
    }
    if type_ is NodeType.ROLE:
        level = level or Seniority.MID
        attrs.update(level=level.value, rank=level.rank, track=level.track.value,
                     guides=[file], summary=None, salaries=salaries or [])
    g.add_node(node, **attrs)
    return node


def add_edge(g: nx.MultiDiGraph, source: str, target: str, type_: EdgeType, *,
             file: str = "sample.txt", line: int = 2) -> None:
    """Add an edge keyed by its type, with schema attributes."""
    attrs: dict[str, Any] = {"type": type_.value, "sources": [{"file": file, "line": line}]}
    if type_ is EdgeType.REQUIRES:
        attrs["kinds"] = ["technical"]
    g.add_edge(source, target, key=type_.value, **attrs)


def _salary(label: str, low: int, high: int, file: str) -> dict[str, Any]:
    return {"level": None, "label": label, "currency": "USD", "min": low, "max": high,
            "open_ended": False, "period": "year", "note": None,
            "source": {"file": file, "line": 40}}


def sample_graph() -> CareerGraph:
    """An MLOps career graph of 9 roles with skills, employers and sectors."""
    from careergraph.graph import CareerGraph

    g = nx.MultiDiGraph()
    L = Seniority
    roles = {
        "mlops": ("MLOps Engineer", L.MID, ("MLOps / ML Platform Engineer",)),
        "senior": ("Senior MLOps Engineer", L.SENIOR,
                   ("Senior Machine Learning Operations (MLOps) Engineer",)),
        "lead": ("Lead MLOps Engineer", L.LEAD, ()),
        "staff": ("Staff MLOps Engineer", L.LEAD, ()),
        "principal": ("Principal MLOps Engineer", L.PRINCIPAL, ()),
        "manager": ("Machine Learning Operations Manager", L.MANAGER, ("MLOps Manager",)),
        "director": ("Director of Machine Learning Platform", L.DIRECTOR, ()),
        "sre": ("Site Reliability Engineer", L.SENIOR, ("SRE",)),
        "platform": ("Platform Engineer", L.MID, ()),
    }
    ids = {}
    for key, (name, level, aliases) in roles.items():
        file = f"{_slug(name)}.card.txt"
        pay = [_salary("Entry Level", 90_000 + 30_000 * level.rank,
                       120_000 + 40_000 * level.rank, file)]
        ids[key] = add_node(g, NodeType.ROLE, name, file=file, level=level, aliases=aliases,
                            salaries=pay)
    for a, b in [("mlops", "senior"), ("senior", "lead"), ("lead", "staff"),
                 ("lead", "principal"), ("lead", "manager"), ("manager", "director"),
                 ("staff", "principal"), ("platform", "senior")]:
        add_edge(g, ids[a], ids[b], EdgeType.LEADS_TO)
    for a, b in [("senior", "sre"), ("lead", "platform"), ("sre", "lead")]:
        add_edge(g, ids[a], ids[b], EdgeType.TRANSITIONS_TO)
    skills = {
        "mlops": ["Python", "Containerization", "CI/CD"],
        "senior": ["Kubernetes", "Model Deployment", "Monitoring and Alerting"],
        "lead": ["System Design", "Technical Leadership", "Kubernetes"],
        "manager": ["Stakeholder Management", "Hiring"],
        "sre": ["Incident Management"],
    }
    for role, names in skills.items():
        for name in names:
            skill = f"skill:{_slug(name)}"
            if skill not in g:
                add_node(g, NodeType.SKILL, name)
            add_edge(g, ids[role], skill, EdgeType.REQUIRES)
    for employer, hired in [("Google", ["lead", "senior"]), ("Stripe", ["lead"]),
                            ("NVIDIA", ["mlops", "principal"])]:
        node = add_node(g, NodeType.EMPLOYER, employer)
        for role in hired:
            add_edge(g, node, ids[role], EdgeType.HIRES)
    for sector, members in [("Technology", ["lead", "mlops"]),
                            ("Financial Services", ["lead", "manager"])]:
        node = add_node(g, NodeType.SECTOR, sector)
        for role in members:
            add_edge(g, ids[role], node, EdgeType.IN_SECTOR)
    return CareerGraph(g)


def synthetic_graph(nodes: int, *, seed: int = 1) -> CareerGraph:
    """A random but reproducible graph of exactly ``nodes`` nodes (a fifth of them roles)."""
    from careergraph.graph import CareerGraph

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    levels = list(Seniority)
    counts = {NodeType.ROLE: max(1, nodes // 5), NodeType.EMPLOYER: nodes // 10,
              NodeType.SECTOR: nodes // 20}
    counts[NodeType.SKILL] = nodes - sum(counts.values())
    by_type: dict[NodeType, list[str]] = {}
    for type_, count in counts.items():
        by_type[type_] = [
            add_node(g, type_, f"{type_.value} {i:04d}", file=f"guide-{i % 97:02d}.txt",
                     level=rng.choice(levels) if type_ is NodeType.ROLE else None)
            for i in range(count)
        ]
    roles = by_type[NodeType.ROLE]
    by_rank: dict[int, list[str]] = {}
    for role in roles:
        by_rank.setdefault(g.nodes[role]["rank"], []).append(role)
    for role in roles:
        rank = g.nodes[role]["rank"]
        higher = by_rank.get(rank + 1) or by_rank.get(rank + 2) or []
        for target in rng.sample(higher, min(2, len(higher))):
            add_edge(g, role, target, EdgeType.LEADS_TO)
        same = [r for r in by_rank[rank] if r != role]
        if same and rng.random() < 0.4:
            add_edge(g, role, rng.choice(same), EdgeType.TRANSITIONS_TO)
        for skill in rng.sample(by_type[NodeType.SKILL], min(4, counts[NodeType.SKILL])):
            add_edge(g, role, skill, EdgeType.REQUIRES)
        for sector in rng.sample(by_type[NodeType.SECTOR], min(1, counts[NodeType.SECTOR])):
            add_edge(g, role, sector, EdgeType.IN_SECTOR)
    for employer in by_type[NodeType.EMPLOYER]:
        for role in rng.sample(roles, min(3, len(roles))):
            add_edge(g, employer, role, EdgeType.HIRES)
    return CareerGraph(g)
