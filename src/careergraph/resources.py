"""Where the bundled corpus, the lexicon and the Cypher library are.

They live at the top of the repository (``data/``, ``cypher/``) and are shipped inside the
wheel as ``careergraph/_data`` and ``careergraph/_cypher``.  An installed package uses its own
copy; a checkout (including an editable install) uses the repository's.

>>> (guides_dir() / "lead-mlops-engineer.card.txt").is_file()
True
>>> (cypher_dir() / "queries").is_dir()
True
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["cypher_dir", "data_dir", "guides_dir", "lexicon_dir"]

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parents[1]


def _locate(packaged: str, checkout: str) -> Path:
    inside = _PACKAGE / packaged
    return inside if inside.is_dir() else _CHECKOUT / checkout


def data_dir() -> Path:
    """The ``data/`` folder (bundled guides and lexicon)."""
    return _locate("_data", "data")


def guides_dir() -> Path:
    """The bundled corpus, the default input of every command."""
    return data_dir() / "guides"


def lexicon_dir() -> Path:
    """The curated lexicon: known employers, sectors, skill and role synonyms."""
    return data_dir() / "lexicon"


def cypher_dir() -> Path:
    """The Cypher library: ``schema``, ``load/`` and ``queries/`` files."""
    return _locate("_cypher", "cypher")
