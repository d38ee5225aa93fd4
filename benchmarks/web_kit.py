"""The page helpers the generator's family modules share, in one import for a new module.

They live in the family modules that first needed them (``web_families24`` … ``39``) and in
``web_common`` (the salary, fact and occupation helpers every family uses); a new family module
imports them from here instead of from six earlier modules:

>>> _fr(2512.37), _an("Operator"), _item(("hand tools", ("awl", "gouge")))
('2 512,37', 'an Operator', 'Hand tools (awl, gouge)')
"""

from benchmarks.web_common import (
    _cents,
    _facts,
    _grouped,
    _plural,
    _prose_list,
    _salary,
    clear_of,
    native_digits,
    occupy,
    thousands,
    variant_families,
)
from benchmarks.web_families24 import _fr, _no_pay
from benchmarks.web_families25 import _de
from benchmarks.web_families27 import _cap, _spell
from benchmarks.web_families29 import _decimal_comma
from benchmarks.web_families30 import _legal
from benchmarks.web_families32 import _an, _item, _skills
from benchmarks.web_families39 import _run, _soft

__all__ = ["_an", "_cap", "_cents", "_de", "_decimal_comma", "_facts", "_fr", "_grouped", "_item",
           "_legal", "_no_pay", "_plural", "_prose_list", "_run", "_salary", "_skills", "_soft",
           "_spell", "clear_of", "native_digits", "occupy", "thousands", "variant_families"]
