"""Parameters reach the local engine unchanged, whichever way they are written (the C-speed
JSON header or the client's own serializer for values it cannot express)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.errors import StoreError
from careergraph.stores.falkor import params_header
from cypher_fixtures import fresh_store

# Text the engine can hold: no NUL (refused with a clear error, tested elsewhere).
TEXT = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)),
               max_size=40)
KEYS = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}", fullmatch=True)
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**62), 2**62) | TEXT
    | st.floats(allow_nan=False, allow_infinity=False, width=32),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(value=VALUES)
def test_any_value_round_trips(value: Any) -> None:
    store = fresh_store()
    try:
        got = store.run("RETURN $v AS v", {"v": value}, write=True).rows[0][0]
    except StoreError as exc:  # refused with a reason, never altered silently
        assert "cannot" in str(exc)
        return
    assert _same(got, value)


def _same(got: Any, want: Any) -> bool:
    """Equal, floats to 14 significant digits (the engine returns doubles rounded so)."""
    if isinstance(want, float) and isinstance(got, float | int):
        return abs(got - want) <= 1e-14 * max(1.0, abs(want))
    if isinstance(want, list):
        return isinstance(got, list) and len(got) == len(want) and all(
            _same(g, w) for g, w in zip(got, want, strict=True))
    if isinstance(want, dict):
        return isinstance(got, dict) and got.keys() == want.keys() and all(
            _same(got[k], want[k]) for k in want)
    return bool(got == want) and type(got) is type(want)


def test_hostile_text_takes_the_fast_path_and_stays_data() -> None:
    rows = [{"id": "x'}) DETACH DELETE n //", "name": 'say "hi" \\ now'}]
    header = params_header({"rows": rows})
    assert header is not None and header.startswith("CYPHER rows=[{id:")
    store = fresh_store()
    got = store.run("UNWIND $rows AS r RETURN r.id, r.name", {"rows": rows}, write=True).rows
    assert got == [[rows[0]["id"], rows[0]["name"]]]


def test_values_the_fast_path_cannot_write_take_the_clients_path() -> None:
    for params in ({"v": 'a value with "quoted": colon'}, {"v": {"odd key": 1}}):
        assert params_header(params) is None
        got = fresh_store().run("RETURN $v AS v", params, write=True).rows[0][0]
        assert got == params["v"]
