"""The generator's six page families of held-back set 15 (benchmarks/web_families15.py).

Graduate-scheme and campus-hiring pages, machine-translated French and Québécois occupation
sheets, interview-question pages, offer letters and statements of particulars, licensing
regulators' pages and careers advice columns: each family's page carries the structure it
imitates in every variant, the variants are all drawn, the truth holds exactly the facts the
page prints (a perfect extraction scores one), and bonuses, fees, allowances, take-home pay
and an "annualized" restatement of an hourly rate stay out of it.
"""

from __future__ import annotations

import re

from benchmarks.web_families15 import FAMILY15_LAYOUTS

from generator_variants import Pages, amounts, every, family_tests, money

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "gradscheme": {"rotations": r"^Rotation 1 \(6 months\) – ", "campus": r"^CAMPUS CONNECT ",
                   "glance": r"^Program at a glance$"},
    "fichemetier": {"rome": r"^ROME code: ", "quebec": r"^CNP \d{5} – "},
    "interviewqs": {"guide": r"^Practise your answers out loud", "reports": r"^hirescope ",
                    "qalist": r"^Q1\. "},
    "offerletter": {"us": r"^DocuSign Envelope ID: ", "uk": r"^Written Statement of Particulars",
                    "salaried": r"^RE: Offer of Employment – "},
    "licenseboard": {"tiers": r"^License types$", "trade": r"^Trade code: ",
                     "logbook": r"^Apprenticeship Training Standard – "},
    "advicecolumn": {"newspaper": r"^THE LETTER$", "magazine": r"^CAREERS$",
                     "dear": r"^DEAR [A-Z]+: "},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY15_LAYOUTS)


def test_graduate_schemes_pay_the_graduate_level_and_keep_bonuses_out(pages: Pages) -> None:
    for entry, text in pages["gradscheme"]["rotations"]:
        assert len(entry["employers"]) == 1 and entry["employers"][0].upper() in text.upper()
        graduate = [s for s in entry["salaries"] if s.get("level") == "Graduate"]
        assert len(graduate) == 3 and all(s.get("point") for s in graduate)
        assert any(s.get("region") for s in graduate)
        bonus = re.search(r"^\D(\d[\d,]*) welcome bonus", text, re.M)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
    graduate_rungs = [e for e, _ in every(pages, "gradscheme")
                      if e["ladder"] and e["ladder"][0][0] == f"Graduate {e['title']}"]
    assert graduate_rungs  # the programme's title as the ladder's first rung
    for entry, text in pages["gradscheme"]["campus"]:
        ctc = [s for s in entry["salaries"] if s["currency"] == "INR" and s.get("region")]
        assert len(ctc) == 3 and re.search(r"₹\d+\.\d LPA", text)
        assert "joining bonus ₹1,00,000" in text and 100_000 not in amounts(entry)
    assert any(re.search(r" → .+ \(after \d+ years, ₹\d+–\d+ LPA\)", t)
               for _, t in pages["gradscheme"]["campus"])
    for entry, text in pages["gradscheme"]["glance"]:
        salary = re.search(r"^Salary\t\$([\d,]+)", text, re.M)
        assert salary and money(salary.group(1)) in amounts(entry)
        bonus = re.search(r"^Sign-on bonus\t\$([\d,]+)$", text, re.M)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
        assert ("+ super" in text) == any(s["currency"] == "AUD" for s in entry["salaries"])


def test_occupation_sheets_keep_french_notation_and_typed_mobility(pages: Pages) -> None:
    for entry, text in every(pages, "fichemetier"):
        assert text.splitlines()[0].startswith(("Google Translate", "Translated from"))
        assert entry["title"] in text.splitlines()[5:12]
    for entry, text in pages["fichemetier"]["rome"]:
        assert re.search(r"^Débutant : \d \d{3} € - \d \d{3} €$", text, re.M)
        assert all(s["currency"] == "EUR" and s["period"] == "month" for s in entry["salaries"])
        if entry["transitions_to"]:
            assert "Close jobs / trades" in text
        if entry["leads_to"]:
            assert "Jobs / trades that can be considered if evolution" in text
    for entry, text in pages["fichemetier"]["quebec"]:
        assert re.search(r"^Journeyman \.+ \d+,\d\d \$$", text, re.M)
        periods = [s for s in entry["salaries"] if str(s.get("level", "")).startswith("Appren")]
        assert len(periods) == 4 and all(s["period"] == "hour" for s in periods)
        allowance = re.search(r"Tool allowance: 0,(\d\d) \$", text)
        assert allowance and float(f"0.{allowance.group(1)}") not in amounts(entry)


def test_interview_pages_give_offers_and_keep_figures_in_questions_out(pages: Pages) -> None:
    for entry, text in pages["interviewqs"]["guide"]:
        assert re.search(r"^\d+ .+ Interview Questions \(With Example Answers\)$", text, re.M)
        assert re.search(r"Band 5 \(£[\d,]+–£[\d,]+ in 2025/26\)", text)
        assert any(s.get("level") == "entry-level" for s in entry["salaries"])
        assert re.search(r"^3\. Why are you leaving your job as an? ", text, re.M)
    for entry, text in pages["interviewqs"]["reports"]:
        assert not entry["sectors"] and "✔ Accepted offer" in text
        fee = re.search(r"plus \$(\d+) per completed file", text)
        asked = re.search(r"wants \$([\d,]+) moved", text)
        assert fee and asked
        assert not {float(fee.group(1)), money(asked.group(1))} & amounts(entry)
    for entry, text in pages["interviewqs"]["qalist"]:
        asked = re.search(r"We pay \$(\d+) an hour to start", text)
        top = re.search(r"top earners make \$([\d.]+) or more", text)
        assert asked and top and not {float(asked.group(1)), float(top.group(1))} & amounts(entry)
        assert all(s["period"] == "hour" for s in entry["salaries"])
    declined = [(e, t) for e, t in pages["interviewqs"]["reports"] if "✘ Declined offer" in t]
    assert declined and all(e["leads_to"][0] in t.split("promoted to ")[1] for e, t in declined)


def test_offer_letters_keep_annualized_pay_and_allowances_out(pages: Pages) -> None:
    for entry, text in every(pages, "offerletter"):
        assert len(entry["employers"]) == 1 and entry["employers"][0].upper() in text.upper()
        assert not entry["sectors"]
    for entry, text in pages["offerletter"]["us"]:
        assert f"Your current employer ({entry['optional'][0]})" in text
        rate = re.search(r"starting rate will be \$([\d.]+) per hour \(\$([\d,]+) annualized",
                         text)
        assert rate and float(rate.group(1)) in amounts(entry)
        assert money(rate.group(2)) not in amounts(entry)
        bonus = re.search(r"Sign-on bonus: \$([\d,]+)", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
    for entry, text in pages["offerletter"]["uk"]:
        assert re.search(r"^5\. Grade and pay$", text, re.M) and "Page 2 of 4" in text
        scp = [s for s in entry["salaries"] if str(s.get("level", "")).startswith("SCP ")]
        assert len(scp) == 2 and all(s.get("point") for s in scp)
        supplement = re.search(r"market supplement of £([\d,]+)", text)
        assert supplement and money(supplement.group(1)) not in amounts(entry)
    assert any(" → " in t and "/hr)" in t for _, t in pages["offerletter"]["us"])
    for entry, text in pages["offerletter"]["salaried"]:
        base = re.search(r"^Base salary: \$([\d,]+) per year, paid bi-weekly \(\$([\d,.]+) per",
                         text, re.M)
        assert base and money(base.group(1)) in amounts(entry)
        assert money(base.group(2)) not in amounts(entry)  # arithmetic, no pay
        relocation = re.search(r"lump sum of \$([\d,]+)", text)
        assert relocation and money(relocation.group(1)) not in amounts(entry)


def test_licence_pages_print_levels_and_keep_fees_out(pages: Pages) -> None:
    for entry, text in pages["licenseboard"]["tiers"]:
        levels = entry["ladder"][0]
        assert 2 <= len(levels) <= 3 and entry["title"] in levels
        at = [text.index(f"\n{name}\nMay work ") for name in levels]
        assert at == sorted(at)
        fees = re.findall(r"application \$(\d+)", text)
        assert fees and not {float(f) for f in fees} & amounts(entry)
        assert any(s.get("region") and s.get("point") for s in entry["salaries"])
    for entry, text in pages["licenseboard"]["trade"]:
        assert not entry["ladder"] and "Term 1 – 40%" in text
        assert all(s["period"] == "hour" and s["currency"] == "CAD" for s in entry["salaries"])
        assert any(s.get("level") == "first-year apprentice" for s in entry["salaries"])
    for entry, text in pages["licenseboard"]["logbook"]:
        coded = re.findall(r"^S\d{4} (.+)$", text, re.M)
        assert coded == [s for kind in ("top", "tool", "soft", "often_missing")
                         for s in entry["skills"].get(kind, [])]
        assert "Period 1 – 50%" in text and len(entry["salaries"]) == 1


def test_advice_columns_answer_about_the_role_not_the_readers_job(pages: Pages) -> None:
    for entry, text in every(pages, "advicecolumn"):
        job = entry["optional"][0]  # the reader's own job: optional, no move
        assert job.lower() in text.lower() and entry["title"] not in text.splitlines()[:3]
        assert job not in entry["moves_in"] + entry["leads_to"] + entry["transitions_to"]
    for entry, _ in pages["advicecolumn"]["magazine"] + pages["advicecolumn"]["dear"]:
        assert any(s.get("belongs_to") == entry["optional"][0] for s in entry["salaries"])
    for entry, text in pages["advicecolumn"]["newspaper"]:
        net = re.search(r"take home about £([\d,]+) a month", text)
        assert net and money(net.group(1)) not in amounts(entry)
        assert any(s.get("level") == "Trainee" and s.get("point") for s in entry["salaries"])
    for entry, text in pages["advicecolumn"]["magazine"]:
        lines = text.splitlines()
        assert lines[0] in lines[-2:] and "advan-\ntage" in text  # running head, hyphen break
        own = [s for s in entry["salaries"] if s.get("belongs_to") in entry["optional"]]
        assert own and all(s["period"] in ("hour", "day") for s in own)
        course = re.search(r"run \$([\d,]+)–", text)
        assert course and money(course.group(1)) not in amounts(entry)
    for entry, text in pages["advicecolumn"]["dear"]:
        signed = re.search(r"— ([A-Z]\.[A-Z]\.), ", text)
        assert signed and f"\nDEAR {signed.group(1)}: " in text
        assert text.rstrip().endswith("Letters ar")  # the page is cut off mid-word
        assert any(s.get("level") == "entry-level" for s in entry["salaries"])
