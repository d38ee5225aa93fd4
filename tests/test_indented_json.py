"""The CLI's ``--json`` text is exactly ``json.dumps(value, indent=2, ensure_ascii=False)``,
whichever encoder writes it (orjson where it gives the same text)."""

from __future__ import annotations

import json
import math
import random
from typing import Any

import pytest

from careergraph.cli.common import indented_json


def _value(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(9 if depth < 4 else 6)
    if kind == 0:
        return rng.uniform(-1, 1) * 10 ** rng.randrange(-7, 19)
    if kind == 1:
        return rng.choice([0.0, -0.0, 1.0, math.inf, -math.inf, math.nan, 1e-4, 1e16])
    if kind == 2:
        return rng.choice([0, -1, 2**63 - 1, 2**63, 2**64, -(2**63) - 1, True, False, None])
    if kind == 3:
        return "".join(rng.choice('aé"\\\n\t\x00\x1f\x7f\u2028€😀 ') for _ in range(6))
    if kind == 4:
        return rng.randrange(-1000, 1000)
    if kind == 5:
        return {}
    if kind == 6:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if kind == 7:
        return tuple(_value(rng, depth + 1) for _ in range(rng.randrange(3)))
    return {rng.choice(["a", "b", "é", ""]) if rng.random() < 0.9 else rng.randrange(3):
            _value(rng, depth + 1) for _ in range(rng.randrange(4))}


@pytest.mark.parametrize("seed", range(5))
def test_the_same_text_as_json(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(400):
        value = _value(rng)
        assert indented_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_a_lone_surrogate_is_written_as_json_writes_it() -> None:
    value = {"text": "\ud800"}
    assert indented_json(value) == json.dumps(value, indent=2, ensure_ascii=False)
