"""No list in the vocabulary data (data/headings.yaml, data/lexicon/*.yaml) names a phrase twice.

Rules are added to these files by many hands; a phrase listed twice is harmless to the reader
but hides which rule it came from, and a later edit that drops one copy changes nothing, which
misleads whoever made it.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).parent.parent / "data"
FILES = [DATA / "headings.yaml", *sorted((DATA / "lexicon").glob("*.yaml"))]


def _repeats(node: Any, path: str) -> list[str]:
    """Each list under ``node`` that names a string twice, as ``path: [repeats]``."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _repeats(value, f"{path}.{key}")
    elif isinstance(node, list):
        counts = Counter(item for item in node if isinstance(item, str))
        twice = sorted(item for item, n in counts.items() if n > 1)
        if twice:
            found.append(f"{path}: {twice}")
        for index, item in enumerate(node):
            if isinstance(item, dict | list):
                found += _repeats(item, f"{path}[{index}]")
    return found


def test_the_repeat_finder_names_the_list_and_the_phrase() -> None:
    data = {"skills": {"cues": ["such as", "including", "such as"]}, "ok": [["a", "b"]]}
    assert _repeats(data, "x") == ["x.skills.cues: ['such as']"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_vocabulary_list_names_a_phrase_twice(path: Path) -> None:
    assert _repeats(yaml.safe_load(path.read_text("utf-8")), path.name) == []
