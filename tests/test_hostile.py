"""Hostile input: arbitrary text and bytes, damaged real guides, huge lines, control
characters, mixed encodings, deep or huge structured files.

Properties, whatever the input:

- parsing raises nothing but :class:`~careergraph.errors.GuideError` (with the file and a line
  within the file), and :func:`load_corpus` raises nothing at all (it records Problems);
- it never hangs: every pathological case has a time bound;
- every fact of every guide has a source in the file, on a line the file has, and no control
  characters.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careergraph.errors import GuideError
from careergraph.guides import load_corpus, parse_file, parse_structured, parse_text
from careergraph.lexicon import load_lexicon
from careergraph.model import Guide, Source
from careergraph.resources import guides_dir

LEXICON = load_lexicon()
REAL = {p.name: p.read_text("utf-8") for p in sorted(guides_dir().iterdir()) if p.is_file()}
REAL_LINES = sorted({line for text in REAL.values() for line in text.splitlines()})
HEADINGS = [
    "Career Guide", "Career GuideKey Responsibilities", "Key Responsibilities",
    "Top Skills for Success", "Career Progression", "Can Lead To", "Transition Opportunities",
    "Common Skill Gaps", "Often Missing Skills", "Development Suggestions", "Salary & Demand",
    "Median Salary Range", "Growth Trend", "Companies Hiring", "Major Employers",
    "Industry Sectors", "Recommended Next Steps", "Overview", "Essential Skills",
    "Career Path and Salary", "Market Demand", "Salary Ranges (US Market, 2024)",
    "Best Practices", "Common Challenges", "1", "2", "Entry LevelUSD 1 to 2", "- ", "•",
]
CONTROL = "".join(map(chr, [*range(0, 9), *range(11, 32), 127]))
STRUCTURED_KEYS = [
    "role", "aliases", "level", "summary", "responsibilities", "skills", "leads_to",
    "transitions_to", "progressions", "salaries", "growth_trend", "employers", "sectors",
    "next_steps", "requirements", "challenges", "best_practices", "development_suggestions",
]

SETTINGS = settings(
    max_examples=40, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.function_scoped_fixture],
)


# ------------------------------------------------------------------------------- checks
def line_count(text: str) -> int:
    """Lines as the parsers number them (``\\n``, ``\\r\\n`` or ``\\r`` endings)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1


def sourced_texts(guide: Guide) -> Iterator[tuple[str, Source]]:
    singles = [guide.role, guide.summary, guide.growth_trend]
    lists = [guide.aliases, guide.responsibilities, guide.skills, guide.leads_to,
             guide.transitions_to, guide.development_suggestions, guide.next_steps,
             guide.employers, guide.sectors, guide.requirements, guide.challenges,
             guide.best_practices, *guide.progressions]
    for fact in [*(f for f in singles if f is not None), *(f for fs in lists for f in fs)]:
        yield fact.text, fact.source
    for salary in guide.salaries:
        yield salary.label or "salary", salary.source


def check_guide(guide: Guide, file: str, lines: int) -> None:
    assert guide.file == file
    for text, source in sourced_texts(guide):
        assert source.file == file, (text, source)
        assert 1 <= source.line <= lines, (text, source.line, lines)
        assert text.strip(), source
        assert not any(c in CONTROL for c in text), (text, source)
    for problem in guide.problems:
        assert problem.file == file and 1 <= problem.line <= max(lines, 1), problem


def check_error(exc: GuideError, file: str, lines: int) -> None:
    assert exc.file == file
    assert 1 <= exc.line <= max(lines, 1), (exc.line, lines, str(exc))


def parse_text_checked(text: str, file: str = "hostile.txt") -> Guide | None:
    try:
        guide = parse_text(text, file, lexicon=LEXICON)
    except GuideError as exc:
        check_error(exc, file, line_count(text))
        return None
    check_guide(guide, file, line_count(text))
    return guide


def parse_structured_checked(text: str, file: str) -> list[Guide]:
    try:
        guides = parse_structured(text, file, json_mode=file.endswith(".json"))
    except GuideError as exc:
        check_error(exc, file, line_count(text))
        return []
    for guide in guides:
        check_guide(guide, file, line_count(text))
    return guides


def load_bytes_checked(files: dict[str, bytes]) -> None:
    """Write ``files`` to a folder; parse_file and load_corpus must behave on each."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for name, data in files.items():
            (root / name).write_bytes(data)
        for name, data in files.items():
            lines = line_count(data.decode("utf-8", "replace"))
            try:
                guides = parse_file(root / name, name=name, lexicon=LEXICON)
            except GuideError as exc:
                check_error(exc, name, lines)
            else:
                for guide in guides:
                    check_guide(guide, name, lines)
        corpus = load_corpus([root], lexicon=LEXICON)
        for guide in corpus.guides:
            check_guide(guide, guide.file, line_count(files[guide.file].decode("utf-8-sig")))
        for problem in corpus.problems:
            assert problem.file in files and problem.line >= 1, problem


# ------------------------------------------------------------------------- strategies
guide_like_text = st.lists(
    st.one_of(st.sampled_from(REAL_LINES), st.sampled_from(HEADINGS),
              st.text(max_size=60), st.text(alphabet=CONTROL + "ab \t\r\n", max_size=20)),
    max_size=60,
).map("\n".join)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
structured_guides = st.fixed_dictionaries(
    {"role": st.one_of(st.text(max_size=40), json_values)},
    optional={key: json_values for key in STRUCTURED_KEYS[1:]}
    | {"skills": st.dictionaries(st.sampled_from(["top", "tool", "soft", "x"]),
                                 st.lists(st.text(max_size=20), max_size=3), max_size=3)},
)


# ------------------------------------------------------------------------ text guides
@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_text(text: str) -> None:
    parse_text_checked(text)


@SETTINGS
@given(guide_like_text)
def test_guide_like_text(text: str) -> None:
    parse_text_checked(text)


@SETTINGS
@given(st.sampled_from(sorted(REAL)), st.integers(min_value=0), st.booleans())
def test_truncated_real_guides(name: str, cut: int, keep_head: bool) -> None:
    text = REAL[name]
    cut %= len(text) + 1
    parse_text_checked(text[:cut] if keep_head else text[cut:], name)


@SETTINGS
@given(st.sampled_from(sorted(REAL)).flatmap(
    lambda name: st.tuples(st.just(name), st.permutations(REAL[name].splitlines()))))
def test_shuffled_real_guides(shuffled: tuple[str, list[str]]) -> None:
    name, lines = shuffled
    parse_text_checked("\n".join(lines), name)


@SETTINGS
@given(st.sampled_from(sorted(REAL)),
       st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(CONTROL + "\x85\u2028\ufeff")),
                max_size=30))
def test_control_characters_in_real_guides(name: str, inserts: list[tuple[int, str]]) -> None:
    text = REAL[name]
    for position, char in inserts:
        position %= len(text) + 1
        text = text[:position] + char + text[position:]
    guide = parse_text_checked(text, name)
    if not any(c == "\x00" for _, c in inserts):
        assert guide is not None  # a few stray characters do not lose the guide


# ----------------------------------------------------------------- bytes and encodings
@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".yaml", ".json"]))
def test_arbitrary_bytes_files(data: bytes, suffix: str) -> None:
    load_bytes_checked({f"hostile{suffix}": data})


ENCODINGS = ["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "utf-8-sig"]


@SETTINGS
@given(st.sampled_from(sorted(REAL)), st.sampled_from(ENCODINGS), st.binary(max_size=8),
       st.integers(min_value=0))
def test_mixed_and_invalid_encodings(name: str, encoding: str, junk: bytes, at: int) -> None:
    text = REAL[name].replace("→", "->") + "\nCafé – “quoted” naïve résumé\n"
    data = text.encode(encoding, "replace")
    at %= len(data) + 1
    mixed = data[:at] + junk + "é ✓ 日本".encode() + data[at:]
    load_bytes_checked({name: data, "mixed-" + name: mixed})


def test_nul_bytes_and_binary_are_problems_with_a_line(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"Data Engineer\nCareer Guide\nCan Lead To\nX\x00Y\n")
    (tmp_path / "png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin.txt").write_bytes("Data Engineer\nCafé\n".encode("latin-1"))
    corpus = load_corpus([tmp_path], lexicon=LEXICON)
    assert corpus.guides == []
    lines = {p.file: p.line for p in corpus.problems}
    assert lines == {"nul.txt": 4, "png.txt": 3, "latin.txt": 2}


# ------------------------------------------------------------------ structured guides
@SETTINGS
@given(structured_guides, st.booleans(), st.booleans())
def test_structured_guides_from_arbitrary_values(doc: dict[str, object], as_json: bool,
                                                 bundle: bool) -> None:
    data: object = {"guides": [doc, doc]} if bundle else doc
    if as_json:
        text = json.dumps(data, indent=2, ensure_ascii=False)
    else:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    parse_structured_checked(text, "hostile.json" if as_json else "hostile.yaml")


@SETTINGS
@given(st.text(max_size=2000), st.booleans())
def test_structured_arbitrary_text(text: str, as_json: bool) -> None:
    parse_structured_checked(text, "hostile.json" if as_json else "hostile.yaml")


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


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL_STRUCTURED))
def test_pathological_structured(case: str) -> None:
    file, text = PATHOLOGICAL_STRUCTURED[case]
    start = time.perf_counter()
    parse_structured_checked(text, file)
    assert time.perf_counter() - start < 5.0, case


# ------------------------------------------------------------------------ huge lines
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


@pytest.mark.parametrize("case", sorted(PATHOLOGICAL_TEXT))
def test_pathological_text_is_fast(case: str) -> None:
    text = PATHOLOGICAL_TEXT[case]
    start = time.perf_counter()
    parse_text_checked(text, f"{case}.txt")
    took = time.perf_counter() - start
    assert took < 5.0, f"{case}: {took:.1f} s for {len(text):,} characters"


@settings(max_examples=8, deadline=None, derandomize=True)
@given(st.sampled_from(REAL_LINES + HEADINGS), st.integers(min_value=2_000, max_value=40_000))
def test_time_grows_linearly_with_repetition(line: str, times: int) -> None:
    """A line repeated on one line, and as many lines: ≤ 20 µs per character either way."""
    for text in ((line + " ") * times, (line + "\n") * times):
        text = text[:MB]
        start = time.perf_counter()
        parse_text_checked(text)
        assert time.perf_counter() - start < 1.0 + 20e-6 * len(text)
