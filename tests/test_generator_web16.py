"""The generator's six page families of held-back set 16 (benchmarks/web_families16.py).

"X vs Y" career comparisons, appointment news releases, podcast show notes, career-quiz
results, "start your own X business" guides and work-experience placements: each family's
page carries the structure it imitates in every variant, the variants are all drawn, the
truth holds exactly the facts the page prints (a perfect extraction scores one), the second
role of a comparison owns its own figures, and prices, fees, allowances, stipends, bonuses,
start-up costs, turnover and quiz scores stay out of it.
"""

from __future__ import annotations

import re

from benchmarks.web_families16 import FAMILY16_LAYOUTS

from generator_variants import Pages, amounts, every, family_tests, money

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "versus": {"glued": r"^In this comparison$", "pipes": r"^Contents$"},
    "pressrelease": {"wire": r"^NEWS PROVIDED BY$", "district": r"^FOR IMMEDIATE RELEASE$"},
    "podcastnotes": {"notes": r"^In this episode$", "player": r"^⏱️ Chapters$"},
    "quizresult": {"india": r"^#1 MATCH$", "uk": r"^Your best match$"},
    "startbusiness": {"uk": r"^KEY FACTS$", "za": r"^Table of Contents$"},
    "workexperience": {"studio": r"^Your week at a glance$", "virtual": r"^Modules$"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY16_LAYOUTS, optional_printed=True)


def test_comparisons_give_the_second_role_its_own_figures(pages: Pages) -> None:
    retrained = []
    for entry, text in every(pages, "versus"):
        title = text.splitlines()[3 if "In this comparison" in text else 1]
        first, _, rest = title.partition(" vs ")
        other = rest.split(":")[0]
        assert first.endswith(entry["title"]) and other != entry["title"]
        theirs = [s for s in entry["salaries"] if s.get("belongs_to") == other]
        assert theirs and other not in entry["leads_to"] + entry["moves_in"]
        assert (other in entry["transitions_to"]) != (other in entry["optional"])
        if other in entry["transitions_to"]:
            retrained.append(other)
            assert f" retrain as {'an' if other[0] in 'AEIO' else 'a'} {other.lower()}" in text
    for entry, text in pages["versus"]["glued"]:
        glued = re.search(r"^Median pay\$([\d,]+)\$([\d,]+)$", text, re.M)
        assert glued and {money(glued.group(1)), money(glued.group(2))} <= amounts(entry)
        visit = re.search(r"charge \$(\d+) to \$(\d+) per visit", text)
        assert visit and not {float(visit.group(1)), float(visit.group(2))} & amounts(entry)
        extra = re.findall(r"^- (.+)$", text.split(" only:\n")[2], re.M)
        assert extra and set(extra) <= set(entry["optional"])  # the second role's skills
    for entry, text in pages["versus"]["pipes"]:
        assert re.search(r"^1\. What's the difference\?2\. Skills3\. Pay", text, re.M)
        assert re.search(r"needs:✅[^\n]+✅", text) and text.count("|---|---|---|") == 1
        course = re.search(r"Training courses cost £(\d+)–", text)
        assert course and float(course.group(1)) not in amounts(entry)
        assert any(s.get("level") == "Trainee" for s in entry["salaries"])
    assert retrained  # pages saying people retrain as the second role: a lateral move


def test_press_releases_read_the_career_as_a_ladder_ending_at_the_post(pages: Pages) -> None:
    for entry, text in every(pages, "pressrelease"):
        assert entry["employers"] and not entry["leads_to"] and not entry["transitions_to"]
        for ladder in entry["ladder"]:
            assert ladder[-1] == entry["title"]
            career = text[text.index(" career in "):]
            at = [career.index(f" {name} ") for name in ladder[:-1]]
            assert at == sorted(at)  # earliest first
        allowance = re.search(r"\$([\d,]+) (?:annual )?vehicle allowance|vehicle allowance of "
                              r"\$([\d,]+)", text)
        assert allowance and money(allowance.group(1) or allowance.group(2)) not in amounts(entry)
    for entry, text in pages["pressrelease"]["wire"]:
        salary = re.search(r"annual salary will be \$([\d,]+), within the .+ band of \$([\d,]+) "
                           r"to \$([\d,]+) \(Grade M\d", text)
        assert salary and all(s["currency"] == "CAD" for s in entry["salaries"])
        assert {money(g) for g in salary.groups()} <= amounts(entry)
        assert "NEWS PROVIDED BY" in entry["must_not_appear"]
    for entry, text in pages["pressrelease"]["district"]:
        points = [s for s in entry["salaries"] if s.get("point") and not s.get("belongs_to")]
        assert len(points) == 3  # base salary, the predecessor's and the survey median
        stipend = re.search(r"\$([\d,]+) doctoral stipend", text)
        assert stipend and money(stipend.group(1)) not in amounts(entry)
        assert {"English", "Spanish"} <= set(entry["optional"])
    assert any(len(e["ladder"][0]) >= 3 for e, _ in every(pages, "pressrelease") if e["ladder"])


def test_show_notes_keep_sponsors_and_scores_out_and_cut_the_transcript(pages: Pages) -> None:
    for entry, text in every(pages, "podcastnotes"):
        assert len(entry["employers"]) == 1
        assert re.search(r"The tools of the trade: ", text)
        if entry["ladder"]:
            assert entry["ladder"][0][-1] == entry["title"]
    for entry, text in pages["podcastnotes"]["notes"]:
        assert re.search(r"^\[\d\d:\d\d\] The tools of the trade: ", text, re.M)
        assert re.search(r"Use code [A-Z]+ for 20% off", text)
        assert text.rstrip().endswith("mostly pa")
        assert all(s["currency"] == "USD" for s in entry["salaries"])
    for entry, text in pages["podcastnotes"]["player"]:
        assert re.search(r"^[A-Z][a-z]+ \(00:26:45\): Sure\. ", text, re.M)
        day = re.search(r"day rates are around \$([\d,]+) a day", text)
        assert day and any(s["period"] == "day" and s["min"] == money(day.group(1))
                           for s in entry["salaries"])
        assert "plus super" in text and all(s["currency"] == "AUD" for s in entry["salaries"])


def test_quiz_results_keep_scores_out_and_give_other_matches_their_figures(pages: Pages) -> None:
    for entry, text in every(pages, "quizresult"):
        assert not entry["leads_to"] and not entry["transitions_to"]
        matches = [s for s in entry["salaries"] if s.get("belongs_to") in entry["optional"]]
        assert matches
        percent = [float(p) for p in re.findall(r"(\d+)% match", text)]
        assert percent and not set(percent) & amounts(entry)
    for entry, text in pages["quizresult"]["india"]:
        assert re.search(r"^Class 12 \(PCM\) ➜ B\.Sc\. / B\.Tech ➜ M\.Sc\. / M\.Tech ➜ ", text,
                         re.M)
        assert re.search(r"\SLab skills: ", text) or not entry["skills"].get("often_missing")
        assert "₹1,499" in text and 1499 not in amounts(entry)
        assert all(s["currency"] == "INR" for s in entry["salaries"])
    assert any(re.search(r"^Fresher \(.+\): ₹[\d,]+ – ₹[\d,]+ per month$", t, re.M)
               for _, t in pages["quizresult"]["india"])
    for entry, text in pages["quizresult"]["uk"]:
        avg = re.search(r"^Average salary£([\d,]+) to £([\d,]+) a year$", text, re.M)
        assert avg and {money(avg.group(1)), money(avg.group(2))} <= amounts(entry)
        assert 5000 not in amounts(entry)  # the bursary
        assert any(s.get("level") == "Band 8a" for s in entry["salaries"])
        owned = [(s["min"], s["max"]) for s in entry["salaries"] if s.get("belongs_to")]
        assert len(owned) == 3 and len(set(owned)) == 2  # two matches print the same band


def test_start_up_guides_pay_take_home_and_keep_prices_out(pages: Pages) -> None:
    for entry, text in every(pages, "startbusiness"):
        assert not entry["ladder"] and not entry["aliases"]
        assert f" {entry['title']} Business in " in text.splitlines()[2]
    for entry, text in pages["startbusiness"]["uk"]:
        facts = re.search(r"^Start-up costs£([\d,]+) – £([\d,]+)", text, re.M)
        assert facts and not {money(facts.group(1)), money(facts.group(2))} & amounts(entry)
        turnover = re.search(r"Turnover of £([\d,]+) is achievable, but that is not profit", text)
        assert turnover and money(turnover.group(1)) not in amounts(entry)
        assert re.search(r"^Step 1Decide: ", text, re.M) and "∙" in text
        assert any(s["period"] == "hour" for s in entry["salaries"])
    for entry, text in pages["startbusiness"]["za"]:
        assert re.search(r"R\d \d{3} – R\d+ \d{3} per event", text)
        assert all(s["currency"] == "ZAR" and s["period"] == "month" for s in entry["salaries"])
        assert not {1200.0, 2500.0} & amounts(entry)  # an employed worker's fee per gig
        assert text.rstrip().endswith("Reply")


def test_placements_run_a_week_or_modules_and_pay_trainees_by_office(pages: Pages) -> None:
    for entry, text in every(pages, "workexperience"):
        assert len(entry["employers"]) == 1 and entry["employers"][0].upper() in text.upper()
    for entry, text in pages["workexperience"]["studio"]:
        days = re.findall(r"^(MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY) – ", text, re.M)
        assert len(days) == 5 and "The placement is unpaid" in text
        assert all(s["currency"] == "EUR" for s in entry["salaries"])
        if entry["ladder"] and entry["ladder"][0][-1] != entry["title"]:
            assert any(s.get("open_ended") for s in entry["salaries"])
    for entry, text in pages["workexperience"]["virtual"]:
        assert re.search(r"^Module 1What does ", text, re.M)
        trainee = [s for s in entry["salaries"] if s.get("level") == "Trainee"]
        assert len(trainee) == 3 and all(s.get("region") for s in trainee)
        assert any(s.get("level") == "Apprentice" for s in entry["salaries"])
        enrolled = re.search(r"(\d+),502 students enrolled", text)
        assert enrolled and float(enrolled.group(1)) * 1000 + 502 not in amounts(entry)
