"""Defects other helpers noticed during stop 45 and left alone, each on an invented page
(helper fixes65)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_GARDENER = """Landscape Gardener

Landscape gardeners design and build gardens, parks and outdoor spaces.

Salary Range
£21,000 - £29,000

Related careers

Tree Surgeon
Tree surgeons prune and fell trees.
Salary Range
£19,500 - £32,000

Groundskeeper
Groundskeepers look after sports pitches and grounds.
Salary Range
£17,800 - £24,600
"""


def test_a_related_titles_own_salary_range_is_its_pay() -> None:
    salaries = facts_of(parse_text(_GARDENER, "landscape-gardener.txt")).salaries
    assert ("@self", 21000.0, 29000.0, "GBP", "year") in salaries
    assert ("tree surgeon", 19500.0, 32000.0, "GBP", "year") in salaries
    assert ("groundskeeper", 17800.0, 24600.0, "GBP", "year") in salaries
    assert ("@self", 19500.0, 32000.0, "GBP", "year") not in salaries


_DENTAL = """# Dental Nurse

Dental nurses support dentists during treatment.

## Related careers

You might also work as an assistant to a vet.
"""


def test_an_assistant_to_a_practitioner_is_no_title() -> None:
    moves = facts_of(parse_text(_DENTAL, "dental-nurse.txt")).moves
    assert not any("Assistant" in after for _, after in moves)


_SURVEYORS = """# Surveyors, Assessors & Valuers

Surveyors measure land and buildings and advise on their value.

## Skills

- numeracy
- attention to detail
"""


def test_a_title_case_unit_group_is_its_first_member() -> None:
    assert parse_text(_SURVEYORS, "surveyors.txt").role.text == "Surveyor"


_DRIVER = """Jobs near you

Delivery Driver
Quickway Logistics · Leeds
Pay: start at £24,000, up to £31,000 a year
Full-time
"""


def test_a_start_and_up_to_is_one_band() -> None:
    salaries = facts_of(parse_text(_DRIVER, "delivery-driver.txt")).salaries
    assert salaries == [("@self", 24000.0, 31000.0, "GBP", "year")]


_PORTER = """Kitchen porter, kitchen assistant or cleaner

Kitchen porters keep a restaurant kitchen clean and stocked.

Duties
- washing pots and pans
- emptying bins
"""


def test_a_title_line_of_other_titles_names_one_job_and_its_aliases() -> None:
    guide = parse_text(_PORTER, "kitchen-porter.txt")
    assert guide.role.text == "Kitchen Porter"
    assert [a.text for a in guide.aliases] == ["Kitchen Assistant", "Cleaner"]


_PAYROLL = """# Payroll Clerk

Payroll clerks make sure staff are paid correctly and on time.

## Where you could work

Payroll clerks work in the private or public sector, often in large offices.
"""


def test_a_modifier_sharing_the_sector_head_names_its_sector() -> None:
    sectors = facts_of(parse_text(_PAYROLL, "payroll-clerk.txt")).sectors
    assert sectors == ["private sector", "public sector"]


_WINDOWS = """# Window Cleaner

Window cleaners clean windows in homes and businesses.

Average Salary | £22,000
Key Skills | head for heights, customer care, cleanliness
Hours | 40 a week

## How to become one

Most cleaners learn on the job.
"""


def test_a_flattened_key_skills_row_lists_its_skills() -> None:
    skills = facts_of(parse_text(_WINDOWS, "window-cleaner.txt")).skills
    assert skills == ["head for heights", "customer care", "cleanliness"]


_BOARD = """Latest vacancies

├ Florist
│ Petal House · York · £11 an hour
├ Window Cleaner
│ Clearview Ltd · Bath · £12.40 an hour
"""


def test_a_box_drawn_cards_pay_is_its_titles() -> None:
    salaries = facts_of(parse_text(_BOARD, "florist.txt")).salaries
    assert ("@self", 11.0, 11.0, "GBP", "hour") in salaries
    assert ("window cleaner", 12.4, 12.4, "GBP", "hour") in salaries


_CUSTOMS = """# Customs Officer

Customs officers check goods and people entering the country.

## The work

Officers inspect cargo at ports and airports.

A new officer receives 24 310 € gross per year, rising with grade.
"""


def test_a_figure_received_gross_is_pay() -> None:
    salaries = facts_of(parse_text(_CUSTOMS, "customs-officer.txt")).salaries
    assert salaries == [("@self", 24310.0, 24310.0, "EUR", "year")]


_ROOFER = """# Roofer

Roofers fit and repair roofs on houses and other buildings.

## Career path

Many roofers come from construction labouring (Labourer).

Some move into site supervision (Supervisor) or estimating (Estimator).
"""


def test_a_place_glossed_with_a_one_word_title_is_that_title() -> None:
    moves = facts_of(parse_text(_ROOFER, "roofer.txt")).moves
    targets = {a for a, _ in moves} | {b for _, b in moves}
    assert {"Labourer", "Estimator"} <= targets
    assert not {"Construction Labouring", "Estimating"} & targets


_PEST = """# Pest Controller

Also called: exterminator; pest technician; rodent control officer

Pest controllers remove rats, mice and insects from homes and businesses.
"""


def test_also_called_with_semicolons_keeps_every_name() -> None:
    aliases = [a.text for a in parse_text(_PEST, "pest-controller.txt").aliases]
    assert aliases == ["Exterminator", "Pest Technician", "Rodent Control Officer"]
