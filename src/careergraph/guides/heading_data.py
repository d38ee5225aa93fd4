"""One block of word lists from ``data/headings.yaml``, read once per block.

>>> sorted(word_lists("verb_lists"))[:2]
['cues', 'light']
"""

from __future__ import annotations

from functools import cache

import yaml

from careergraph.errors import LexiconError
from careergraph.resources import data_dir
from careergraph.yamlload import safe_load

__all__ = ["word_lists"]


@cache
def word_lists(block: str) -> dict[str, tuple[str, ...]]:
    """The lists of ``block`` in ``data/headings.yaml``, each as lowercase words in their
    order (a tuple); a missing block is empty."""
    path = data_dir() / "headings.yaml"
    try:
        raw = (safe_load(path.read_text(encoding="utf-8")) or {}).get(block) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(str(path), 1, f"cannot read `{block}`: {exc}") from exc
    return {str(key): tuple(str(w).lower() for w in words or ()) for key, words in raw.items()}
