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
import sys
from collections.abc import Callable
from enum import Enum
from typing import Any

from pydantic import BaseModel

from careergraph.guides.trusted import (
    assembled,
    fact_as_is,
    problem_as_is,
    skill_as_is,
    source_as_is,
)
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

# The worker's objects were valid, so the parent makes them again without validation
# (unchecked.assembled and the trusted *_as_is builders, named in the pickles).


def _fact(text: str, file: str, line: int) -> Fact:
    return fact_as_is(text, source_as_is(file, line))


def _skill(text: str, file: str, line: int, kind: SkillKind) -> SkillFact:
    return skill_as_is(text, source_as_is(file, line), kind)


def _reduce(obj: BaseModel) -> str | tuple[Any, ...]:
    if obj.__pydantic_extra__ is not None or obj.__pydantic_private__ is not None:
        return obj.__reduce_ex__(pickle.HIGHEST_PROTOCOL)  # not ours to shorten: as usual
    return assembled, (type(obj), obj.__dict__, obj.__pydantic_fields_set__)


# Facts, sources and problems allow no extra fields and have no private attributes (tests
# check it): one is plain, as the functions above rebuild it, when every field of it is set.
# A fact whose source no other object holds sends the source's values with its own (one call
# to rebuild both); a shared source crosses once, as pickle's memo keeps it (the parser shares
# many, and copies would cost memory).  Three references to a source that only its fact
# holds: the fact's, the local name's and getrefcount's argument's.
_ONLY_FACT = 3


def _reduce_fact(fact: Fact) -> str | tuple[Any, ...]:
    """The most common objects of a guide, a fact and its source, as one call of three
    values (half the objects to rebuild, and no per-object state mapping)."""
    if len(fact.__pydantic_fields_set__) == 2:
        values = fact.__dict__
        source = values.get("source")
        if type(source) is Source:
            if (len(source.__pydantic_fields_set__) == 2
                    and sys.getrefcount(source) == _ONLY_FACT):
                return _fact, (values["text"], source.__dict__["file"],
                               source.__dict__["line"])
            return fact_as_is, (values["text"], source)
    return _reduce(fact)


def _reduce_skill(fact: SkillFact) -> str | tuple[Any, ...]:
    if len(fact.__pydantic_fields_set__) == 3:
        values = fact.__dict__
        source = values.get("source")
        if type(source) is Source:
            if (len(source.__pydantic_fields_set__) == 2
                    and sys.getrefcount(source) == _ONLY_FACT):
                return _skill, (values["text"], source.__dict__["file"],
                                source.__dict__["line"], values["kind"])
            return skill_as_is, (values["text"], source, values["kind"])
    return _reduce(fact)


def _reduce_source(source: Source) -> str | tuple[Any, ...]:
    if len(source.__pydantic_fields_set__) == 2:
        values = source.__dict__
        return source_as_is, (values["file"], values["line"])
    return _reduce(source)


def _reduce_problem(problem: Problem) -> str | tuple[Any, ...]:
    if len(problem.__pydantic_fields_set__) == 4:
        values = problem.__dict__
        return problem_as_is, (values["file"], values["line"], values["message"],
                          values["severity"])
    return _reduce(problem)


def _reduce_enum(member: Enum) -> tuple[Any, ...]:
    return getattr, (type(member), member.name)  # not Python's enum lookup by value


_Reducer = Callable[[Any], "str | tuple[Any, ...]"]
#: The model classes and enums a parsed guide is made of (anything else is pickled as usual).
_TABLE: dict[type, _Reducer] = {
    **copyreg.dispatch_table,
    **{cls: _reduce for cls in (Guide, SalaryRange, Coverage, UnusedLine)},
    Fact: _reduce_fact,
    SkillFact: _reduce_skill,
    Source: _reduce_source,
    Problem: _reduce_problem,
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
