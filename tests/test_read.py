"""Reading one file: decoding checks, layout detection, parse_text/parse_file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careergraph.errors import GuideError
from careergraph.guides import MAX_BYTES, parse_file, parse_text
from careergraph.guides.read import decode, read_guide_bytes
from careergraph.model import Layout
from careergraph.resources import guides_dir


def test_layouts_are_detected() -> None:
    layouts = {p.name: parse_file(p)[0].layout for p in sorted(guides_dir().glob("*.txt"))}
    assert layouts == {
        "lead-mlops-engineer.card.txt": Layout.CARD,
        "lead-mlops-engineer.longform.txt": Layout.LONGFORM,
        "machine-learning-operations-manager.card.txt": Layout.CARD,
        "mlops-ml-platform-engineer.card.txt": Layout.CARD,
        "senior-mlops-engineer.longform.txt": Layout.LONGFORM,
    }


def test_name_labels_every_source() -> None:
    [guide] = parse_file(guides_dir() / "lead-mlops-engineer.card.txt", name="x/lead.txt")
    assert guide.file == "x/lead.txt"
    assert {s.source.file for s in guide.skills} == {"x/lead.txt"}
    [default] = parse_file(guides_dir() / "lead-mlops-engineer.card.txt")
    assert default.file == str(guides_dir() / "lead-mlops-engineer.card.txt")


def test_crlf_and_bom_keep_line_numbers(tmp_path: Path) -> None:
    text = (guides_dir() / "lead-mlops-engineer.card.txt").read_text(encoding="utf-8")
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    [guide] = parse_file(path, name="crlf.txt")
    assert guide.role.text == "Lead MLOps Engineer"
    assert guide.next_steps[0].source.line == 57


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"", 1, "empty"),
        (b"  \n\n\t\n", 1, "empty"),
        (b"Lead Engineer\nline two\n\x00\x01binary", 3, "NUL byte at offset 23"),
        (b"Lead Engineer\nok\nbad \xc3\x28 here", 3, "not UTF-8 text: byte 0xc3 at offset 21"),
        (b"\xef\xbb\xbfLead\n\xff", 2, "offset 8"),
    ],
)
def test_bad_bytes(data: bytes, line: int, words: str) -> None:
    with pytest.raises(GuideError) as info:
        decode(data, "bad.txt")
    assert (info.value.file, info.value.line) == ("bad.txt", line)
    assert words in info.value.problem


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Lead Engineer\n" + b"x" * MAX_BYTES)
    with pytest.raises(GuideError, match="over the 5242880-byte limit"):
        parse_file(path, name="huge.txt")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GuideError) as info:
        parse_file(tmp_path / "nope.txt", name="nope.txt")
    assert info.value.file == "nope.txt" and "cannot read" in info.value.problem


def test_no_role() -> None:
    with pytest.raises(GuideError, match="no role"):
        parse_text("just some words.\nand more words.", "x.txt")


def test_control_characters_never_reach_facts() -> None:
    guide = parse_text(
        "Data\x0bEngineer\x07\nCareer Guide\nCan Lead To\nStaff\x1fEngineer", "c.txt"
    )
    assert guide.role.text == "Data Engineer"
    assert guide.leads_to[0].text == "Staff Engineer"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_text_gives_a_guide_or_a_guide_error(text: str) -> None:
    try:
        guide = parse_text(text, "h.txt")
    except GuideError as err:
        assert err.file == "h.txt" and err.line >= 1
        return
    assert guide.role.text.strip() == guide.role.text and guide.role.text
    assert 0.0 <= guide.coverage.ratio <= 1.0


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Lead MLOps Engineer",
                "Career Guide",
                "Major Employers",
                "NVIDIAIBMOpenAI",
                "Can Lead To",
                "1",
                "Do things2",
                "Entry LevelUSD 1 to 2",
                "- Build: x",
                "A Data Engineer is a role.",
                "Salary Ranges",
                "- Entry-Level: $85,000 - $110,000",
                "X → Y → Z",
                "(((",
                "$$$",
                "",
            ]
        ),
        max_size=30,
    )
)
def test_arbitrary_guide_like_lines(lines: list[str]) -> None:
    try:
        parse_text("\n".join(lines), "h.txt")
    except GuideError as err:
        assert err.line >= 1


def test_long_lines_stay_fast() -> None:
    line = "Proficiency in (" * 20_000 + " and  " * 50_000
    text = f"Overview\nA Data Engineer is a role.\nTechnical Skills\n- {line}\n{'$1 ' * 30_000}"
    guide = parse_text(text, "long.txt")
    assert guide.role.text == "Data Engineer"


@pytest.mark.parametrize("size", [0, 1, 4096, MAX_BYTES, MAX_BYTES + 1, MAX_BYTES + 100])
def test_read_sized_to_the_file_gives_its_bytes_up_to_the_limit(tmp_path: Path,
                                                                size: int) -> None:
    path = tmp_path / "g.txt"
    path.write_bytes(bytes(range(256)) * (size // 256) + b"x" * (size % 256))
    assert read_guide_bytes(path, "g.txt") == path.read_bytes()[:MAX_BYTES + 1]


@pytest.mark.parametrize("size", [10, MAX_BYTES + 100])
def test_read_goes_on_when_the_file_grew_after_its_size_was_taken(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    path = tmp_path / "g.txt"
    path.write_bytes(b"y" * size)
    real = os.fstat

    def smaller(fd: int) -> os.stat_result:  # the size as it was before the file grew
        found = real(fd)
        return os.stat_result((found.st_mode, *found[1:6], 3, *found[7:]))

    monkeypatch.setattr(os, "fstat", smaller)
    assert read_guide_bytes(path, "g.txt") == b"y" * min(size, MAX_BYTES + 1)
