"""Pathological guide inputs shared by the hang-guard tests and the hostile-input benchmark.

>>> sorted(PATHOLOGICAL_TEXT)[0]
'arrow chain'
>>> PATHOLOGICAL_STRUCTURED["YAML .inf"]
('x.yaml', 'role: .inf\\n')
"""

from __future__ import annotations

__all__ = ["MB", "PATHOLOGICAL_STRUCTURED", "PATHOLOGICAL_TEXT", "laughs", "pathological_text"]


def laughs(depth: int, width: int = 10) -> str:
    rows = ["role: Data Engineer", f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    rows += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, depth)]
    rows.append(f"responsibilities: *a{depth - 1}")
    return "\n".join(rows) + "\n"


PATHOLOGICAL_STRUCTURED = {
    "deep JSON array": ("x.json", "[" * 100_000 + "]" * 100_000),
    "deep JSON object": ("x.json", '{"role": ' * 5_000 + '"x"' + "}" * 5_000),
    "deep YAML flow": ("x.yaml", "role: " + "[" * 5_000 + "]" * 5_000),
    "deep YAML block": ("x.yaml", "".join("  " * i + "- \n" for i in range(3_000))),
    "YAML billion laughs": ("x.yaml", laughs(9)),
    "huge JSON int": ("x.json", '{"role": "x", "salaries": [{"min": 1' + "0" * 5_000 + "}]}"),
    "huge YAML int": ("x.yaml", "role: x\nsalaries: [{min: 1" + "0" * 5_000 + "}]\n"),
    "YAML .inf": ("x.yaml", "role: .inf\n"),
    "YAML NaN salary": ("x.yaml", "role: x\nsalaries: [{min: .nan}]\n"),
    "YAML NEL line breaks": ("x.yaml", 'role: "a"\x85\x85\nleads_to: ["b"]\n'),
    "YAML LS line breaks": ("x.yaml", "role: a\nsummary: b\u2028c\u2028d\nleads_to: [e]\n"),
    "YAML escaped control": ("x.yaml", 'role: "Data\\x01 Engineer"\nleads_to: ["x\\u0007y"]\n'),
    "YAML tags": ("x.yaml", "role: !!python/object:os.system x\nsummary: !!binary aGk=\n"),
    "YAML merge key": ("x.yaml", "base: &b {role: x}\n<<: *b\n"),
    "1 MB YAML list": ("x.yaml", "role: x\nresponsibilities:\n" + "- do it\n" * 150_000),
    "JSON lone surrogate": ("x.json", '{"role": "\\ud800 x"}'),
}


MB = 1_000_000
CARD = "Data Engineer\nCareer Guide\n"
PROSE = "Overview\nA Data Engineer is a role.\n"


def pathological_text(size: int = MB) -> dict[str, str]:
    """Each pathological text case, about ``size`` characters long.

    The benchmark parses them at 1 MB (and half that, for growth); the hang-guard tests at a
    quarter of it, where a runaway (quadratic or worse) parse still shows as a hang.

    >>> {case: len(text) for case, text in pathological_text(100).items()}["one letter"]
    100
    >>> len(pathological_text(4_000)["many short lines"].splitlines())
    803
    """
    lines = size // 5  # (a line of the line-count cases is five to seventeen characters)
    return {
        "one letter": "a" * size,
        "title then one long line": "Data Engineer\n" + "Ab" * (size // 2),
        "glued employers": CARD + "Major Employers\n" + "AmazonGoogle" * (size // 12),
        "glued skills": CARD + "Often Missing Skills\n" + "Xy Zw" * (size // 5),
        "open parentheses": CARD + "Top Skills for Success\n" + "(" * size,
        "nested parentheses": CARD + "Can Lead To\n" + "(a" * (size // 4)
        + ")" * (size // 4),
        "arrow chain": PROSE + "A → " * (size // 4),
        "money": CARD + "Median Salary Range\nEntry LevelUSD " + "1," * (size // 2),
        "dollar signs": CARD + "Median Salary Range\nMid Level" + "$1k–" * (size // 4),
        "glued step numbers": CARD + "Recommended Next Steps\n1\n" + "x2" * (size // 2),
        "title words": PROSE + "Senior Data Engineer " * (size // 21),
        "enumeration": PROSE + "industries such as " + "Finance, " * (size // 9),
        "role anchors": "Overview\n" + "demand for A " * (size // 13),
        "labels": PROSE + "- " + "Label: " * (size // 7),
        "bullets": CARD + "Key Responsibilities\n" + "• " * (size // 2),
        "many short lines": CARD + "Top Skills for Success\n" + "Skill\n" * lines,
        "many headings": "Data Engineer\n" + "Career Guide\nCan Lead To\n" * (lines // 2),
        "carriage returns": "Data Engineer\r" + "Career Guide\r\r\n" * (lines // 2),
    }


#: The text cases at 1 MB, as the benchmark parses them.
PATHOLOGICAL_TEXT = pathological_text()
