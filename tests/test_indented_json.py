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


def _walked(value: Any) -> bool:
    """The check item by item (what ``_same_in_orjson`` decides, written plainly)."""
    kind = type(value)
    if kind is dict:
        return all(type(k) is str for k in value) and all(map(_walked, value.values()))
    if kind is list or kind is tuple:
        return all(map(_walked, value))
    if kind is float:
        return value == 0 or 1e-4 <= abs(value) < 1e16
    if kind is int:
        return -(2**63) <= value < 2**64
    return kind is str or kind is bool or value is None


class _Text(str):
    pass


@pytest.mark.parametrize("seed", range(5))
def test_the_container_wise_check_is_the_item_wise_one(seed: int) -> None:
    """``_same_in_orjson`` checks whole containers at once where their types allow; it
    decides as the item-by-item walk does, also for types JSON does not have."""
    from careergraph.cli.common import _same_in_orjson

    rng = random.Random(seed)
    odd = [_Text("a"), {1, 2}, b"x", 2 + 0j, object()]
    for _ in range(400):
        value = _value(rng)
        if rng.random() < 0.2:
            value = [value, rng.choice(odd)] if rng.random() < 0.5 else {"k": rng.choice(odd)}
        assert _same_in_orjson(value) is _walked(value)
