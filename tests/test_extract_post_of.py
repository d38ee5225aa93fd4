"""A notice's subject names the post it is about ("Applications are invited for the post of
X", "Sub: Promotion of A to the post of B"): government job notices and circulars carry no
title line of the role."""

from __future__ import annotations

import pytest

from careergraph.guides.read import parse_text

BODY = "\n\nEligibility\n- Degree in any discipline\n- Typing speed of 35 wpm\n"


@pytest.mark.parametrize(("subject", "role"), [
    ("Applications are invited for the post of Assistant Engineer (Civil) in the Public "
     "Works Department.", "Assistant Engineer"),
    ("Recruitment to the post of Forest Guard, 2026", "Forest Guard"),
    ("Sub : Promotion of Junior Clerks to the post of SENIOR CLERK – procedure and pay.",
     "Senior Clerk"),
])
def test_the_post_a_notice_names_is_the_role(subject: str, role: str) -> None:
    assert parse_text(f"NOTICE\n\n{subject}{BODY}", "notice.txt").role.text == role


def test_a_post_named_below_the_page_head_is_no_title() -> None:
    # A career story far down a page names a post someone held, not the page's role.
    page = ("Hydrographic Surveyor\n\nSkills\n- Multibeam sonar\n- Tide modelling\n- GIS\n"
            "- Report writing\n- Boat handling\n\nStories\nAsha was later appointed to the "
            "post of Chief Surveyor at the port.\n")
    assert parse_text(page, "hs.txt").role.text == "Hydrographic Surveyor"
