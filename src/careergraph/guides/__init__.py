"""Reading and parsing career guides: card and long-form text layouts, structured YAML/JSON.

Formats are documented in ``docs/guide-formats.md``.

>>> from careergraph.guides import load_corpus
>>> corpus = load_corpus()
>>> sorted(g.layout.value for g in corpus.guides)
['card', 'card', 'card', 'longform', 'longform']
"""

from careergraph.guides.corpus import Corpus, discover_files, load_corpus
from careergraph.guides.read import MAX_BYTES, parse_file, parse_text
from careergraph.guides.structured import StructuredGuide, parse_structured

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
