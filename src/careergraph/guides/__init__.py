"""Reading and parsing career guides: card and long-form text layouts, structured YAML/JSON.

Formats are documented in ``docs/guide-formats.md``.

>>> from careergraph.guides import load_corpus
>>> corpus = load_corpus()
>>> sorted(g.layout.value for g in corpus.guides)
['card', 'card', 'card', 'longform', 'longform']
"""

from typing import Any

from careergraph.guides.corpus import Corpus, discover_files, load_corpus
from careergraph.guides.read import MAX_BYTES, parse_file, parse_text

__all__ = [
    "MAX_BYTES",
    "Corpus",
    "StructuredGuide",
    "discover_files",
    "load_corpus",
    "parse_file",
    "parse_structured",
    "parse_text",
]


def __getattr__(name: str) -> Any:
    """The structured reader's names, imported on first use (a rebuild that parses no
    YAML or JSON guide does without it)."""
    if name in ("StructuredGuide", "parse_structured"):
        from careergraph.guides import structured

        return getattr(structured, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
