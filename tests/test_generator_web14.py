"""The generator's six page families of held-back set 14 (benchmarks/web_families14.py).

Shared AI chats, mentor profiles, step-by-step "How to become" articles, promotion rubrics,
pay-survey reports and take-home pay calculators: each family's page carries the structure it
imitates in every variant, the variants are all drawn, figures that are fees, allowances or a
calculator's arithmetic stay out of the truth, and the truth stays exact (the general checks
of tests/test_generator_web.py cover every web layout, these among them).
"""

from __future__ import annotations

import re

from benchmarks.web_families14 import FAMILY14_LAYOUTS

from generator_variants import Pages, amounts, every, family_tests

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "chatexport": {"labelled": r"^You said:$", "sidebar": r"^Upgrade plan$",
                   "markdown": r"^## User$"},
    "mentorprofile": {"linkedin": r"^Experience$", "timeline": r"^Work history$",
                      "plans": r"^Work experience$"},
    "howtosteps": {"parts": r"^Part 1 of 3:$", "methods": r"^Method 1 of 3:$",
                   "plain": r"^Step 1: "},
    "promorubric": {"tabbed": r"^Criterion\tDeveloping \(1\)\t", "cells": r"^Total available: ",
                    "matrix": r"^\| Competency \| "},
    "surveyreport": {"report": r"^Table of contents$", "bulletin": r"^Key findings at a glance$",
                     "memo": r"^Dear colleague,$"},
    "paycalc": {"uktable": r"^\tYearly\tMonthly\t", "cells": r"^- Take-home pay$",
                "uspaycheck": r"^YOUR PAYCHECK \(weekly\)$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY14_LAYOUTS)


def test_chats_hold_both_turns_markdown_and_a_pasted_advert(pages: Pages) -> None:
    for entry, text in every(pages, "chatexport"):
        assert not entry["title_line"]
        assert "can make mistakes" in text or "## User" in text
        assert "For comparison, " in text
        job = next(s["belongs_to"] for s in entry["salaries"]  # the user's own job's pay
                   if s["period"] == "hour" and s.get("belongs_to") in entry["optional"])
        assert job.lower() in text.lower()
        assert any(s.get("point") and not s.get("belongs_to") for s in entry["salaries"])
    for _, text in pages["chatexport"]["sidebar"]:
        assert re.search(r"^Thought for \d+ seconds$", text, re.M) and "\nToday\n" in text
    drawn = every(pages, "chatexport")
    assert any("|---|---|" in t for _, t in drawn) and any("**" in t for _, t in drawn)
    adverts = [(e, t) for e, t in drawn if "here is an ad i saw:" in t]
    assert adverts and all(any(s.get("belongs_to") in e["leads_to"] + e["transitions_to"]
                               or s.get("level") for s in e["salaries"]) for e, _ in adverts)
    assert any(" → " in t and e["ladder"] for e, t in drawn)


def _experience(variant: str, text: str) -> list[str]:
    """The job titles of a mentor's experience list, in page order."""
    header = {"linkedin": "Experience", "timeline": "Work history", "plans": "Work experience"}
    lines = text.split(f"\n{header[variant]}\n")[1].split("\nCareer goal:")[0]
    lines = lines.split("\n\nReviews")[0].splitlines()
    if variant == "linkedin":
        return lines[::3]
    rx = r"^\d{4}–\w+  (.+), " if variant == "timeline" else r"^(.+) @ "
    return [m.group(1) for line in lines if (m := re.match(rx, line))]


def test_mentor_profiles_list_jobs_newest_first_and_keep_fees_out(pages: Pages) -> None:
    for name, variant in pages["mentorprofile"].items():
        for entry, text in variant:
            lines = text.splitlines()
            assert len(entry["employers"]) <= 1
            assert lines[3].startswith(entry["title"]) and "Similar mentors" in text
            assert re.search(r"^30 min · Career chat · \S+\d$", text, re.M)
            fee = re.search(r"^60 min · Mock interview · \D+(\d+)$", text, re.M)
            assert fee and float(fee.group(1)) not in amounts(entry)  # a fee, no pay
            jobs = [n for n in (entry["ladder"] or [[entry["title"]]])[0]
                    if f"Career goal: {n}" not in text]
            shown = _experience(name, text)
            assert shown[-len(jobs):] == jobs[::-1] and shown[0] == entry["title"]
    drawn = every(pages, "mentorprofile")
    assert any(re.search(r"^Career goal: ", t, re.M) for _, t in drawn)
    assert any(len(top) > 1 and f"{top[0]}{top[1]}" in t  # a glued tag strip
               for e, t in drawn for top in [e["skills"].get("top", [])])
    assert any(re.search(r"^Lite · \S+ / month", t, re.M) for _, t in drawn)


def test_how_to_articles_number_steps_and_caption_images(pages: Pages) -> None:
    for entry, text in every(pages, "howtosteps"):
        title = f"How to Become {'an' if entry['title'][0] in 'AEIO' else 'a'} {entry['title']}"
        assert f"\n{title}\n" in text and "Download Article" in text
        assert any(s.get("level") == "entry-level" for s in entry["salaries"])
        assert re.search(r"^Helpful \d+ Not Helpful \d+$", text, re.M)
    for _, text in pages["howtosteps"]["parts"]:
        assert re.search(r"^1\n\S.*Image titled Become an? .+ Step 1 ", text, re.M)
    for _, text in pages["howtosteps"]["methods"]:
        assert re.search(r"^1[A-Z][^\n]*[a-z]2[A-Z][^\n]*[a-z]3[A-Z]", text, re.M)  # glued
        assert re.search(r"^1\S.*\.Image titled Become an? .+ Step 1 ", text, re.M)
    for _, text in pages["howtosteps"]["plain"]:
        assert "Image titled" not in text and len(re.findall(r"^## [A-Z]", text, re.M)) == 3


def test_promotion_rubrics_grade_the_ladder_and_pay_each_grade(pages: Pages) -> None:
    contracts = 0
    for entry, text in every(pages, "promorubric"):
        issuer = entry["employers"]
        assert len(issuer) == 1 and issuer[0].upper() in text and not entry["sectors"]
        assert "Uncontrolled when printed" in text and "Employee name: ____" in text
        ladder = entry["ladder"][0] if entry["ladder"] else [entry["title"]]
        grades = [text.index(f"G{i} {n}") for i, n in enumerate(ladder, 1)]
        assert grades == sorted(grades)  # the level strip, lowest grade first
        paid = re.findall(r"^\|? ?G\d+ (?:\| )?.+\d{3}", text, re.M)
        contracts += "  by contract" in text
        assert len(paid) == len(ladder) - ("  by contract" in text)
        assert not any(s.get("belongs_to") == ladder[-1] for s in entry["salaries"]
                       if "  by contract" in text)
    assert contracts  # a top grade "by contract" states no figure
    for _, text in pages["promorubric"]["tabbed"]:
        assert all(line.count("\t") == 3 for line in text.splitlines() if re.match(r"3\.\d ", line))


def test_survey_reports_give_medians_by_title_region_and_experience(pages: Pages) -> None:
    for entry, text in every(pages, "surveyreport"):
        regions = [s for s in entry["salaries"] if s.get("region")]
        years = [s for s in entry["salaries"] if str(s.get("level", "")).endswith(" years")]
        assert len(regions) >= 3 and len(years) >= 3
        assert all(s.get("point") for s in regions + years)
        assert entry["must_not_appear"][0] in text and "stipends averaged" in text
        stipend = re.search(r"stipends averaged \D+([\d,]+) ", text)
        assert stipend and float(stipend.group(1).replace(",", "")) not in amounts(entry)
    for _, text in pages["surveyreport"]["report"]:
        rows = [line for line in text.splitlines() if line.count("\t") == 3]
        assert len(rows) >= 3 and re.search(r"^\d \S.* \.{8} \d+$", text, re.M)
        assert re.search(r"\(comparison\)\t--\t--\t--$", text, re.M)
    for _, text in pages["surveyreport"]["bulletin"]:
        assert re.search(r"^\S.* \S+ \| \S.* \| ", text, re.M)  # the regional line


def test_pay_calculators_keep_their_arithmetic_out_of_the_truth(pages: Pages) -> None:
    for variant in ("uktable", "cells"):
        for entry, text in pages["paycalc"][variant]:
            figures = re.findall(r"[£€]([\d,]+(?:\.\d\d)?)", text.split("Your results")[1]
                                 .split("What do")[0])
            average = max(float(f.replace(",", "")) for f in figures)
            net = {float(f.replace(",", "")) for f in figures} - {average}
            assert average in amounts(entry) and not net & amounts(entry)
            assert any(s.get("belongs_to") in entry["optional"] for s in entry["salaries"])
    for entry, text in pages["paycalc"]["uspaycheck"]:
        net = re.search(r"^Net pay \.+ \$([\d,.]+)$", text, re.M)
        assert net and float(net.group(1).replace(",", "")) not in amounts(entry)
        assert "not enough data" in text and "Percentile\tHourly" in text
        cities = [s for s in entry["salaries"] if s.get("region") and s.get("point")]
        assert len(cities) >= 3 and all(s["period"] == "hour" for s in cities)
    drawn = every(pages, "paycalc")
    assert any("+ per diem" in t for _, t in drawn) and any("pay not listed" in t for _, t in drawn)
