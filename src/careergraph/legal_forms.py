"""The legal forms that end a company's name ("Ltd", "Pte.", "GmbH"): one list, kept as data in
``data/legal_forms.yaml``, each form with the uses it serves (resolution's joins, full stops
that end no sentence, forms after a comma, firm words in a page's head lines, forms resolution
reads in any letter case).

>>> "GmbH" in legal_forms("firm"), "Bros" in legal_forms("firm"), "Bros" in legal_forms("stop")
(True, False, True)
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from careergraph.errors import LexiconError
from careergraph.resources import data_dir
from careergraph.yamlload import safe_load

__all__ = ["FormUse", "legal_forms"]

FormUse = Literal["firm", "stop", "second", "title", "fold"]
_USES = frozenset(("firm", "stop", "second", "title", "fold"))


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Every form of the data file with its uses, in the file's order."""
    path = data_dir() / "legal_forms.yaml"
    text = path.read_text(encoding="utf-8")
    raw = safe_load(text) or {}
    table: dict[str, tuple[str, ...]] = {}
    for form, uses in (raw.get("forms") or {}).items():
        unknown = set(uses or ()) - _USES
        if unknown:
            line = next((n for n, row in enumerate(text.splitlines(), 1)
                         if row.strip().startswith(f"{form}:")), 0)
            raise LexiconError(str(path), line, f"form {form!r} has unknown uses "
                               f"{sorted(unknown)}", hint=f"known uses: {sorted(_USES)}")
        table[str(form)] = tuple(uses or ())
    return table


def legal_forms(use: FormUse) -> tuple[str, ...]:
    """The forms that serve ``use``, as written (case kept), in the data file's order.

    >>> legal_forms("second")[:3]
    ('Limited', 'Ltd', 'LLC')
    """
    return tuple(form for form, uses in _table().items() if use in uses)
