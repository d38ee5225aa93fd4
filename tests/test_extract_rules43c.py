"""Set 43's second pass (rules43c): invented pages for each structure."""

from __future__ import annotations

from careergraph.guides import parse_text


def _pay(text: str) -> list[tuple[str | None, float | None, float | None]]:
    guide = parse_text(text, "page.txt")
    return [(s.role, s.min, s.max) for s in guide.salaries]


def test_plural_title_labels_a_later_sentence_figure() -> None:
    # "Orthotists: median $71,300." after the role's own figures: one orthotist's median
    page = ("Podiatrist\n\nPodiatrists diagnose and treat disorders of the foot and ankle.\n\n"
            "Earnings (Manitoba figures, 2024): median $101,200 per year; most earn $80,000 - "
            "$140,000. Orthotists: median $71,300.\n")
    pay = _pay(page)
    assert (None, 101200, 101200) in pay and (None, 80000, 140000) in pay
    assert any(role and role.lower() == "orthotist" and low == 71300 for role, low, _ in pay)


def test_posts_with_their_grade_in_brackets_own_the_band() -> None:
    # "move on to Trial Manager roles (Band 7, £…)": the title's band, not the role's
    page = ("Clinical Research Associate\n\nClinical research associates monitor trials at "
            "hospital sites.\n\nSalary\n\nClinical research associates earn £31,000 - £36,000 a "
            "year. Most associates move on to Trial Manager roles (Band 7, £44,100 - £50,900) "
            "within five years.\n")
    pay = _pay(page)
    assert (None, 31000, 36000) in pay
    assert any(role and role.lower() == "trial manager" and (low, high) == (44100, 50900)
               for role, low, high in pay)
    assert (None, 44100, 50900) not in pay


def test_post_employed_as_and_paid_by_a_group_owns_its_figure() -> None:
    # an adaptation period's post: "employed as a X (German word) and paid … group 4: EUR …"
    page = ("Dental Hygienist\n\nDental hygienists clean teeth and advise patients.\n\n"
            "Adaptation period\n\nDuring the adaptation period you will be employed as a dental "
            "assistant (Zahnarzthelferin) and paid according to the collective agreement group "
            "4: EUR 2.612,40 per month gross.\n\nPay\n\nDental hygienists earn EUR 3.410,55 - "
            "4.120,30 per month.\n")
    pay = _pay(page)
    # (the figures as the guide keeps them: whole units)
    assert any(role is None and round(low or 0) == 3411 for role, low, _ in pay)
    assert any(role and role.lower() == "dental assistant" and round(low or 0) == 2612
               for role, low, _ in pay)
    assert not any(role is None and round(low or 0) == 2612 for role, low, _ in pay)


def test_language_stand_ins_and_modes_name_no_skill() -> None:
    # "Finnish or another Nordic language, spoken and written": the language only
    page = ("Forest Machine Operator\n\nForest machine operators fell and forward timber.\n\n"
            "We expect\n\n• Experience with harvester controls\n"
            "• Finnish or another Nordic language, spoken and written, English is an advantage\n"
            "• Chainsaw maintenance\n")
    skills = [s.text for s in parse_text(page, "page.txt").skills]
    assert "Finnish" in skills and "English" in skills
    assert not any(s.lower() in ("another nordic language", "spoken", "written",
                                 "spoken and written") for s in skills)


def test_answering_calls_for_service_names_no_skill() -> None:
    # "answer calls for service alone": calls a noun after a verb that answers them
    page = ("Park Ranger\n\nPark rangers patrol the county's parks. Rangers answer calls for "
            "service alone and often far from help, and take calls for lost hikers at night.\n\n"
            "Skills\n\n• Wilderness first aid\n• Radio procedure\n")
    skills = [s.text.lower() for s in parse_text(page, "page.txt").skills]
    assert not any("alone" in s or "far from" in s or "lost hikers" in s for s in skills)



def test_path_adverb_and_a_share_gone_on_after_the_chain() -> None:
    # "The route is typically A → X → B, and a few have gone on to be C": A is the first
    # rung (no "Typically A"), and C follows B, the last rung
    page = ("Pipe Welder\n\nPipe welders join pipe on site.\n\nCareer\n\nThe route is typically "
            "helper → pipe welder → welding foreman, and a few have gone on to be construction "
            "manager.\n")
    ladders = [[f.text for f in chain] for chain in parse_text(page, "page.txt").progressions]
    assert ["Helper", "Pipe Welder", "Welding Foreman", "Construction Manager"] in ladders


def test_plural_label_of_engaged_holders_stays_the_role() -> None:
    # "Contractors: £300 – £400 per day": the role on other terms, no other title
    page = ("Test Analyst\n\nTest analysts check software before release.\n\n"
            "Salary: £34,000 – £45,000 per year. Contractors: £300 – £400 per day.\n")
    pay = _pay(page)
    assert (None, 300, 400) in pay
