"""Parsed guides as bytes, for sending them between processes cheaply.

A parsed guide is about 120 small pydantic objects.  Pickled the default way each one goes
through pydantic's ``__getstate__``/``__setstate__`` (a state mapping of four entries per
object), and the process that receives them spends as long unpickling as a worker spends
parsing a fifth of a guide.  Here each model object is written as its class, its field values
and the names of the fields that were set, and rebuilt without validation: the values were
validated when the worker built them.

>>> from careergraph.model import Fact, Source
>>> fact = Fact(text="Docker", source=Source(file="g.txt", line=3))
>>> again = loads(dumps([fact]))
>>> again == [fact], again[0].model_fields_set == fact.model_fields_set
(True, True)
"""

from __future__ import annotations

import copyreg
import io
import pickle
from collections.abc import Callable
from enum import Enum
from typing import Any

from pydantic import BaseModel

from careergraph.model import (
    Coverage,
    Fact,
    Guide,
    Layout,
    Problem,
    SalaryRange,
    Seniority,
    Severity,
    SkillFact,
    SkillKind,
    Source,
    UnusedLine,
)

__all__ = ["dumps", "loads"]

_set = object.__setattr__


def _model(cls: type[BaseModel], values: dict[str, Any], fields_set: set[str]) -> BaseModel:
    """Rebuild a model object as pydantic's own ``__setstate__`` does."""
    obj = cls.__new__(cls)
    _set(obj, "__dict__", values)
    _set(obj, "__pydantic_fields_set__", fields_set)
    _set(obj, "__pydantic_extra__", None)
    _set(obj, "__pydantic_private__", None)
    return obj


def _reduce(obj: BaseModel) -> str | tuple[Any, ...]:
    if obj.__pydantic_extra__ is not None or obj.__pydantic_private__ is not None:
        return obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)  # not ours to shorten: as usual
    return _model, (type(obj), obj.__dict__, obj.__pydantic_fields_set__)


def _reduce_enum(member: Enum) -> tuple[Any, ...]:
    return getattr, (type(member), member.name)  # not Python's enum lookup by value


_Reducer = Callable[[Any], "str | tuple[Any, ...]"]
#: The model classes and enums a parsed guide is made of (anything else is pickled as usual).
_TABLE: dict[type, _Reducer] = {
    **copyreg.dispatch_table,
    **{cls: _reduce for cls in (Guide, Fact, SkillFact, Source, SalaryRange, Coverage,
                                UnusedLine, Problem)},
    **{cls: _reduce_enum for cls in (Layout, Seniority, Severity, SkillKind)},
}


def dumps(obj: object) -> bytes:
    """``obj`` (guides, or anything holding them) pickled with the compact model form."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _TABLE
    pickler.dump(obj)
    return buffer.getvalue()


def loads(data: bytes) -> Any:
    """The object :func:`dumps` wrote."""
    return pickle.loads(data)
