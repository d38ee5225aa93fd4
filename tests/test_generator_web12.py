"""The generator's six page families of held-back set 12 (benchmarks/web_families12.py).

Transcripts, careers-talk decks, job-board search results, vocational course profiles,
certification pathways and recruiter e-mails: each family's page carries the structure it
imitates in every variant, the variants are all drawn, and the truth stays exact (the general
checks of tests/test_generator_web.py cover every web layout, these among them).
"""

from __future__ import annotations

import re

from benchmarks.web_families12 import FAMILY12_LAYOUTS, spoken_number

from generator_variants import SHARED_SEED, SHARED_SIZE, Pages, family_suite

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "transcript": {"vtt": r"\AWEBVTT - ", "glued": r"^\d\d:\d\d[A-Za-z]",
                   "speakers": r"^IN THIS EPISODE$", "flat": r"^>> "},
    "slidedeck": {"notes": r"Notes Pages export", "slideplayer": r"^Presentation is loading",
                  "outline": r"All rights reserved 0-1 "},
    "jobsearch": {"stacked": r"^More\.\.\.$", "labelled": r"^\[Quick Apply\]",
                  "oneline": r"^Apply now \| Save$"},
    "vetcourse": {"swiss": r"\(EFZ\)$", "dutch": r"^Programme at a glance$",
                  "australian": r"^Units of study$"},
    "certpath": {"steps": r"^STEP 1 · ", "levels": r"^LEVEL 1  · ",
                 "table": r"^Level\tCredential\t"},
    "recruitermail": {"outreach": r"^Would you be open to a quick call",
                      "thread": r"^-----Original Message-----$",
                      "newsletter": r"^MARKET PULSE"},
}


# (the page-prints-its-truth check is the general one of tests/test_generator_web.py here)
corpus, pages, test_same_seed_same_pages, test_every_variant_of_every_family_is_drawn, _ = \
    family_suite(SHARED_SIZE, SHARED_SEED, VARIANTS, FAMILY12_LAYOUTS)


def _lines(text: str) -> list[str]:
    return text.splitlines()


def test_transcripts_cut_speech_into_timed_pieces(pages: Pages) -> None:
    for entry, text in pages["transcript"]["vtt"]:
        lines = _lines(text)
        numbers = [int(line) for line in lines if line.isdigit()]
        assert numbers == list(range(1, len(numbers) + 1))  # cue numbers in order
        times = [line for line in lines if " --> " in line]
        assert len(times) == len(numbers)
        assert all(re.fullmatch(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}", t)
                   for t in times)
        assert all(line.startswith("<v ") for line in lines[lines.index(times[0]) + 1::4])
        assert not entry["title_line"] and entry["salaries"]
    for _, text in pages["transcript"]["glued"]:
        lines = _lines(text)
        body = lines[lines.index("Transcript") + 1:lines.index("Up next")]
        assert body and all(re.match(r"\d\d:\d\d\S", line) for line in body)
    for entry, text in pages["transcript"]["speakers"]:
        assert re.search(r"^\[00:\d\d:\d\d\] [A-Z][a-z]+ [A-Z][a-z]+:$", text, re.M)
        assert all(name in text for name in entry["must_not_appear"])  # host, guest, show
    flat = pages["transcript"]["flat"]
    assert all(t.splitlines()[0].endswith("(captions)") for _, t in flat)
    assert any(name not in t and name in " ".join(t.split())  # a title run on to the next line
               for e, t in flat for name in [e["title"], *e["leads_to"], *e["moves_in"]])
    spoken = [t for variant in pages["transcript"].values() for _, t in variant
              if re.search(r"Most places pay [a-z]+(-[a-z]+)?, ", t)]
    assert spoken  # a figure said in words, the other in digits
    assert spoken_number(19) == "nineteen" and spoken_number(40) == "forty"


def test_decks_print_slides_notes_and_footers(pages: Pages) -> None:
    for _, text in pages["slidedeck"]["notes"]:
        slides = re.findall(r"^Slide (\d+)$", text, re.M)
        footers = re.findall(r"^.+ \| Careers Evening \d{4} \| (\d+)$", text, re.M)
        assert slides == footers and len(slides) >= 4
        assert "\nNotes:\n" in text
    for _, text in pages["slidedeck"]["slideplayer"]:
        numbers = [int(line) for line in _lines(text) if line.isdigit()]
        assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 4
        assert "Similar presentations" in text
    for _, text in pages["slidedeck"]["outline"]:
        assert re.search(r"^© \d{4} .+ All rights reserved 0-3 (Core skills|Skills you need|"
                         r"What you need to know) ", text, re.M)
    every = [(e, t) for variant in pages["slidedeck"].values() for e, t in variant]
    assert any(re.search(r"^o \S", t, re.M) for _, t in every)  # second-level items
    assert any("\t$" in t for _, t in every) and any(re.search(r"^Pay \([A-Z]{3}\)$", t, re.M)
                                                     for _, t in every)  # tabs or one cell a line
    assert any(" → " in t and e["ladder"] for e, t in every)
    assert any(e["aliases"] and "Also " in t for e, t in every)


def test_search_results_list_cards_of_the_role_and_of_other_titles(pages: Pages) -> None:
    for variant in pages["jobsearch"].values():
        for entry, text in variant:
            cards = [line for line in _lines(text)
                     if any(line.startswith(t) for t in [entry["title"], *entry["aliases"]])]
            assert len(cards) >= 2
            assert "Sort by: relevance - date" in text and "Average base salary " in text
            assert any(s.get("point") and s["period"] == "hour" for s in entry["salaries"])
            owned = {s.get("belongs_to") for s in entry["salaries"]} - {None}
            assert owned <= set(entry["transitions_to"])  # other titles own their pay
    every = [t for variant in pages["jobsearch"].values() for _, t in variant]
    assert any("Estimated " in t and "K a year" in t for t in every)
    assert any(" a week" in t for t in every) and any("Not disclosed" in t for t in every)


def test_course_profiles_state_learner_wages(pages: Pages) -> None:
    for entry, text in pages["vetcourse"]["swiss"]:
        years = [s for s in entry["salaries"] if str(s.get("level", "")).startswith("apprentice")]
        assert len(years) == 4 and all(s["currency"] == "CHF" for s in years)
        assert any(s.get("open_ended") for s in entry["salaries"])  # the agreement's floor
        assert re.search(r"CHF \d'?\d{3}", text)  # "CHF 1'300", or "CHF 1300" as some write
    swiss = "\n".join(t for _, t in pages["vetcourse"]["swiss"])
    formats = ("year of apprenticeship  CHF", ". Lehrjahr: CHF", " francs a month")
    assert sum(f in swiss for f in formats) >= 2  # pages write the wage lines differently
    routes = [t for _, t in pages["vetcourse"]["dutch"] if "\nYour route: " in t]
    assert routes and all(re.search(r"\(MBO 3\)( →|$)", t, re.M) for t in routes)
    for entry, _ in pages["vetcourse"]["dutch"]:
        ages = [s for s in entry["salaries"] if str(s.get("level", "")).startswith("age ")]
        assert len(ages) == 3 and all(s.get("point") and s["currency"] == "EUR" for s in ages)
    for entry, text in pages["vetcourse"]["australian"]:
        assert all(s["period"] == "week" and s["currency"] == "AUD" for s in entry["salaries"])
        assert re.search(r"^[A-Z]{3}\d{5} \S", text, re.M)  # unit codes before the skills


def test_pathways_list_levels_credentials_and_earnings(pages: Pages) -> None:
    for variant in pages["certpath"].values():
        for entry, text in variant:
            credentials = [n for n in entry["optional"] if " Certified " in n]
            assert len(credentials) == 3 and all(c in text for c in credentials)
            assert entry["salaries"] and "BEFORE YOU BEGIN" in text
    for _, text in pages["certpath"]["steps"]:
        assert "\nSTEP 4 · EXAM\n" in text and "\nEXIT POINTS\n✔ " in text
    for _, text in pages["certpath"]["levels"]:
        assert re.search(r"^You will learn: .+ · ", text, re.M) and "Prerequisite: Level 1" in text
    for _, text in pages["certpath"]["table"]:
        assert all(line.count("\t") == 5 for line in _lines(text) if re.match(r"\d\t", line))


def test_recruiter_mails_carry_headers_quotes_and_signatures(pages: Pages) -> None:
    for variant in ("outreach", "thread"):
        for entry, text in pages["recruitermail"][variant]:
            assert text.startswith("From: ") and "\nSubject: " in text
            assert "[EXTERNAL EMAIL]" in text and "CONFIDENTIALITY:" in text
            assert len(entry["employers"]) == 0 or entry["employers"][0] in text
    for entry, text in pages["recruitermail"]["thread"]:
        quoted = text[text.index("\n> "):]
        assert all(line.startswith(">") for line in _lines(quoted) if line)
        job = next(n for n in entry["optional"])  # the candidate's job owns his pay
        assert any(s.get("belongs_to") == job for s in entry["salaries"])
    for entry, text in pages["recruitermail"]["newsletter"]:
        assert "View this email in your browser" in text and "[Apply now]" in text
        assert sum(1 for s in entry["salaries"] if s.get("region")) >= 2
