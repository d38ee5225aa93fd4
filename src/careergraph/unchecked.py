"""Pydantic models made from values already known valid, without validation.

``Model.model_construct`` skips validation but still walks every field in Python (defaults,
aliases, the fields set): ~20 µs a model, and a build makes one per node and per guide
report.  :func:`assembled` sets the state pydantic would (the ``__dict__`` in field order,
the fields set, no extra or private values) in four descriptor calls.  The parse makes its
facts and sources with it too (:mod:`careergraph.guides.trusted`).

>>> from careergraph.model import Source
>>> made = assembled(Source, {"file": "g.txt", "line": 2}, {"file", "line"})
>>> made == Source(file="g.txt", line=2), made.model_fields_set == {"file", "line"}
(True, True)
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

__all__ = ["assembled"]

_Model = TypeVar("_Model", bound=BaseModel)

_new = object.__new__
# BaseModel's own slot descriptors, called directly: no attribute lookup by name per object.
_slots = vars(BaseModel)
_set_dict = _slots["__dict__"].__set__
_set_fields = _slots["__pydantic_fields_set__"].__set__
_set_extra = _slots["__pydantic_extra__"].__set__
_set_private = _slots["__pydantic_private__"].__set__


def assembled(cls: type[_Model], values: dict[str, Any], fields_set: set[str],
              private: dict[str, Any] | None = None) -> _Model:
    """An instance of ``cls`` holding ``values`` as they are, with no validation: for values
    already known valid (checked by the caller, or read back from a worker's own valid
    objects).  ``values`` in field order; ``private``: the values of ``cls``'s private
    attributes, all of them (None when it has none).

    >>> from careergraph.model import Source
    >>> assembled(Source, {"file": "g.txt", "line": 2}, {"file", "line"}).label
    'g.txt:2'
    """
    made = _new(cls)
    _set_dict(made, values)
    _set_fields(made, fields_set)
    _set_extra(made, None)
    _set_private(made, private)
    return made
