"""Odd ``-p`` values end in a clear error naming the parameter, exit code 2 (an input
error, docs/cypher.md), never a traceback: lone surrogates, deep nesting, huge numbers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from careergraph.cli import app
from careergraph.errors import InputError
from careergraph.resources import cypher_dir
from careergraph.stores.params import MAX_DEPTH, check_values, parse_params

TOP_SKILLS = str(cypher_dir() / "queries" / "top_skills.cypher")


@pytest.mark.parametrize(("param", "problem"), [
    ('x:="\\ud800"', "lone surrogate"),
    ('x:=["ok", {"k": "\\udfff"}]', "lone surrogate"),
    ('x:={"\\ud800": 1}', "lone surrogate"),
    ("x:=" + "[" * 500 + "]" * 500, f"nested deeper than {MAX_DEPTH} levels"),
    ("x:=" + "[" * 5000 + "]" * 5000, f"nested deeper than {MAX_DEPTH} levels"),
    ("x:=" + '{"a":' * 500 + "1" + "}" * 500, f"nested deeper than {MAX_DEPTH} levels"),
    ("x:=" + "9" * 5000, "does not fit a 64-bit integer"),
    ("x:=" + "9" * 30, "does not fit a 64-bit integer"),
    ("x:=-" + "9" * 30, "does not fit a 64-bit integer"),
    ("x:=1e400", "not a finite number"),
    ("x:=NaN", "not a finite number"),
    ("x:=-Infinity", "not a finite number"),
    ("x:=[1,", "not JSON"),
    ("1x=a", "is not a parameter name"),
    ("novalue", "is not key=value"),
], ids=["surrogate", "surrogate-in-list", "surrogate-key", "500-brackets", "5000-brackets",
        "500-maps", "5000-digits", "30-digits", "minus-30-digits", "1e400", "NaN",
        "-Infinity", "bad-json", "bad-name", "no-equals"])
def test_odd_values_are_clean_input_errors(param: str, problem: str) -> None:
    result = CliRunner().invoke(app, ["cypher", "RETURN $x AS x", "-p", param])
    assert result.exit_code == 2, result.output
    assert problem in result.output and "-p" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_declared_types_are_checked_after_conversion() -> None:
    # top_skills declares $limit an integer: the text is converted, then checked
    for value, problem in (("9" * 30, "does not fit a 64-bit integer"),
                           ("[" * 5000 + "]" * 5000, "must be a integer")):
        result = CliRunner().invoke(app, ["cypher", "-f", TOP_SKILLS, "-p", f"limit={value}"])
        assert result.exit_code in (2, 5), result.output
        assert problem in result.output and "limit" in result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_values_at_the_limits_pass() -> None:
    deep = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    params = parse_params([f"d:={deep}", f"big:={2**63 - 1}", f"small:={-(2**63)}",
                           'text:="caf\\u00e9 \\ud83d\\ude00"', "plain=x'}) DETACH DELETE n //"])
    assert params["text"] == "café 😀" and params["big"] == 2**63 - 1
    result = CliRunner().invoke(app, ["cypher", "RETURN $v AS v", "--json", "-p",
                                      'v:={"k": [1, 2.5, true, null, "\\u00e9"]}'])
    assert result.exit_code == 0, result.output
    assert '"é"' in result.output


def test_library_check_walks_without_recursion() -> None:
    value: list[object] = []
    for _ in range(100_000):  # far past Python's recursion limit
        value = [value]
    with pytest.raises(InputError, match="-p v: nested deeper"):
        check_values({"v": value})
    with pytest.raises(InputError, match="an integer of 16610 bits"):
        check_values({"v": 10**5000})


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX argv bytes")
def test_bytes_that_are_not_utf8_in_argv_are_named(tmp_path: Path) -> None:
    # Python decodes such argv bytes to lone surrogates; the message names them instead
    # of failing while encoding.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src"),
           "CAREERGRAPH_CACHE_DIR": str(tmp_path)}
    main = "import sys; from careergraph.cli import main; sys.argv[0] = 'careergraph'; main()"
    for args in ([b"cypher", b"RETURN $x", b"-p", b"x=\xff\xfe"], [b"cypher", b"RETURN '\xff'"]):
        done = subprocess.run([sys.executable.encode(), b"-c", main.encode(), *args], env=env,
                              capture_output=True, timeout=120, check=False)
        err = done.stderr.decode(errors="replace")
        assert done.returncode == 2, err
        assert "Traceback" not in err and "lone surrogate" in err and "\\udcff" in err
