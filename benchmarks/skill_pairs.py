"""Count the skill pairs resolution merged by wording and the pairs it related, and draw a
deterministic sample of them for hand-checking.

    python -m benchmarks.skill_pairs [GUIDES ...] [--sample 50] [--seed 11] [--out FILE]

With no paths it reads the bundled corpus.  For each corpus it prints the number of skill
nodes, the spelling pairs merged by the ``same-words`` rule (a wording variant joined to the
node's name) and the RELATED_TO edges by rule, then writes a Markdown table of a random
(seeded) sample of all those pairs, with an empty verdict column to fill in by hand.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path
from typing import Any

from careergraph import CareerGraph
from careergraph.model import EdgeType, NodeType


def pairs(graph: CareerGraph, corpus: str) -> list[dict[str, Any]]:
    """Every wording merge and every relation of a graph, as rows."""
    out: list[dict[str, Any]] = []
    for node_id, attrs in graph.nodes(NodeType.SKILL):
        spelled = {m["text"] for m in attrs["mentions"] if m.get("rule") == "same-words"}
        for text in sorted(spelled - {attrs["name"]}):
            out.append({"corpus": corpus, "kind": "merged", "rule": "same-words",
                        "a": attrs["name"], "b": text, "score": 0.9, "node": node_id})
    for src, dst, attrs in graph.edges(EdgeType.RELATED_TO):
        out.append({"corpus": corpus, "kind": "related", "rule": attrs["rule"],
                    "a": graph.name(src), "b": graph.name(dst), "score": attrs["score"],
                    "node": src})
    return sorted(out, key=lambda r: (r["corpus"], r["kind"], r["a"], r["b"]))


def stratified(rows: list[dict[str, Any]], size: int, seed: int) -> list[dict[str, Any]]:
    """A seeded sample taking from each (corpus, kind, rule) stratum in turn, so the rare
    kinds are checked too and not only the most frequent one."""
    rng = random.Random(seed)
    strata: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in rows:
        strata.setdefault((row["corpus"], row["kind"], row["rule"]), []).append(row)
    for members in strata.values():
        rng.shuffle(members)
    sample: list[dict[str, Any]] = []
    while len(sample) < min(size, len(rows)):
        for key in sorted(strata):
            if strata[key] and len(sample) < size:
                sample.append(strata[key].pop())
    return sorted(sample, key=lambda r: (r["corpus"] != "bundled", r["kind"], r["rule"],
                                         r["a"], r["b"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    corpora = [("bundled", None)] + [(str(p), p) for p in args.paths]
    rows: list[dict[str, Any]] = []
    summary = []
    for name, path in corpora:
        graph = CareerGraph.from_guides(path)
        found = pairs(graph, name)
        rows += found
        kinds = Counter(f"{r['kind']}:{r['rule']}" for r in found)
        summary.append({"corpus": name, "guides": len(graph.report.guides),
                        "skills": sum(1 for _ in graph.nodes(NodeType.SKILL)), **kinds})
    print(json.dumps(summary, indent=1))
    if args.out is None:
        return
    sample = stratified(rows, args.sample, args.seed)
    lines = ["| # | corpus | kind | rule | score | A | B | verdict |",
             "|---|---|---|---|---|---|---|---|"]
    for i, r in enumerate(sample, 1):
        corpus = "bundled" if r["corpus"] == "bundled" else "generated"
        lines.append(f"| {i} | {corpus} | {r['kind']} | {r['rule']} | {r['score']} | "
                     f"{r['a']} | {r['b']} |  |")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
