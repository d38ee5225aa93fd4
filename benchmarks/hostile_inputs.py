"""Pathological guide inputs shared by the hang-guard tests and the hostile-input benchmark.

>>> sorted(PATHOLOGICAL_TEXT)[0]
'1 MB of one letter'
>>> PATHOLOGICAL_STRUCTURED["YAML .inf"]
('x.yaml', 'role: .inf\\n')
"""

from __future__ import annotations

__all__ = ["MB", "PATHOLOGICAL_STRUCTURED", "PATHOLOGICAL_TEXT", "laughs"]


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
PATHOLOGICAL_TEXT = {
    "1 MB of one letter": "a" * MB,
    "title then 1 MB line": "Data Engineer\n" + "Ab" * (MB // 2),
    "glued employers": CARD + "Major Employers\n" + "AmazonGoogle" * (MB // 12),
    "glued skills": CARD + "Often Missing Skills\n" + "Xy Zw" * (MB // 5),
    "open parentheses": CARD + "Top Skills for Success\n" + "(" * MB,
    "nested parentheses": CARD + "Can Lead To\n" + "(a" * (MB // 4)
    + ")" * (MB // 4),
    "arrow chain": PROSE + "A → " * (MB // 4),
    "money": CARD + "Median Salary Range\nEntry LevelUSD " + "1," * (MB // 2),
    "dollar signs": CARD + "Median Salary Range\nMid Level" + "$1k–" * (MB // 4),
    "glued step numbers": CARD + "Recommended Next Steps\n1\n" + "x2" * (MB // 2),
    "title words": PROSE + "Senior Data Engineer " * (MB // 21),
    "enumeration": PROSE + "industries such as " + "Finance, " * (MB // 9),
    "role anchors": "Overview\n" + "demand for A " * (MB // 13),
    "labels": PROSE + "- " + "Label: " * (MB // 7),
    "bullets": CARD + "Key Responsibilities\n" + "• " * (MB // 2),
    "200k lines": CARD + "Top Skills for Success\n" + "Skill\n" * 200_000,
    "200k headings": "Data Engineer\n" + "Career Guide\nCan Lead To\n" * 100_000,
    "carriage returns": "Data Engineer\r" + "Career Guide\r\r\n" * 100_000,
}
