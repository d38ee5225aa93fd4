"""Parse time of pathological guide inputs, and how it grows with input size.

    python -m benchmarks.bench_hostile [--repeats 3]

Writes ``benchmarks/out/hostile.json``: per case of :mod:`benchmarks.hostile_inputs`, the
median seconds to parse it (the tests only guard against hangs), and for the text cases the
growth ratio time(full) / time(half): about 2 for linear work, about 4 for quadratic.
``python -m benchmarks.run`` runs it with the other benchmarks.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.hostile_inputs import PATHOLOGICAL_STRUCTURED, PATHOLOGICAL_TEXT
from careergraph.errors import GuideError
from careergraph.guides import parse_structured, parse_text

OUT = Path(__file__).parent / "out" / "hostile.json"


def _median(run: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        # Refusing the input is a valid outcome; its cost is what is measured.
        with contextlib.suppress(GuideError):
            run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench(repeats: int) -> dict[str, Any]:
    text_rows = []
    for case, text in sorted(PATHOLOGICAL_TEXT.items()):
        full = _median(lambda t=text, c=case: parse_text(t, f"{c}.txt"), repeats)
        half_text = text[: len(text) // 2]
        half = _median(lambda t=half_text, c=case: parse_text(t, f"{c}.txt"), repeats)
        text_rows.append({"case": case, "kind": "text", "chars": len(text),
                          "median_s": round(full, 4),
                          "growth_x2": round(full / half, 2) if half > 0 else ""})
    structured_rows = []
    for case, (file, text) in sorted(PATHOLOGICAL_STRUCTURED.items()):
        took = _median(lambda t=text, f=file: parse_structured(
            t, f, json_mode=f.endswith(".json")), repeats)
        structured_rows.append({"case": case, "kind": "structured", "chars": len(text),
                                "median_s": round(took, 4), "growth_x2": ""})
    return {"machine": platform.platform(), "repeats": repeats,
            "results": text_rows + structured_rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    result = bench(parser.parse_args().repeats)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2), "utf-8")
    for row in result["results"]:
        print(f"{row['case']:<24} {row['median_s']:>8.3f} s  growth x2: {row['growth_x2']}")


if __name__ == "__main__":
    main()
