"""Held-back set 27 (rules27b): a parliament's written answer about a profession's pay, a
Vietnamese job posting or careers article read through a browser's translator, and a career
mind map exported as an outline.

Every page is invented here (portals, firms, members, towns, figures).
"""

from __future__ import annotations

from careergraph.guides import parse_text
from careergraph.guides.amounts import find_amounts
from careergraph.guides.page_families import outline_owners

ARTICLE = (
    "This page has been translated from Vietnamese  ·  Original  ·  Options ▾\n"
    "NgheNghiep24 | Career corner › Handbook › Warehousing\n"
    "Posted: 14/10/2026 · Author: Team NgheNghiep24 · ⏱ 6 minutes to read\n"
    "\n"
    "What is Customs Clerk Staff? Income, duties and promotion path 2026\n"
    "\n"
    "1. What is customs clerk staff?\n"
    "Customs clerk staff (Nhân viên thủ tục hải quan) file the papers that clear goods\n"
    "through the border gate for a trading firm.\n"
    "\n"
    "2. How much does customs clerk staff earn?\n"
    "| Experience               | Salary level (VND/month) |\n"
    "| New graduate             | 7 - 9 million            |\n"
    "| 2 - 4 years              | 10 - 16 million          |\n"
    "| Clearance team leader    | 19 - 27 million          |\n"
    "(Reference salary from job news on NgheNghiep24; allowances not included.)\n"
    "\n"
    ">> See more: What is a forwarder? | Top 5 bonded warehouses\n"
    "Share: Facebook · Zalo · Copy link          Rate the article ★★★★☆\n"
)

POSTING = (
    "Translated from: Vietnamese ▸ English     Show original     Always translate Vietnamese\n"
    "TimViecGo.vn  Find jobs | Companies | Create CV | For employers       Login\n"
    "\n"
    "PURCHASE STAFF (FOOTWEAR) - GOOD ENGLISH\n"
    "NHÂN VIÊN THU MUA (NGÀNH GIÀY) – TIẾNG ANH TỐT\n"
    "Song Lam Footwear Co., Ltd (Công ty TNHH Giày Sông Lam)\n"
    "💰 Salary: 11 - 14 million      📍 Location: Long An      ⏳ Experience: 2 years\n"
    "Application deadline: 30/11/2026        👁 860 views      ♡ Save news      [Apply now]\n"
    "\n"
    "Job description\n"
    "- Compare supplier quotes for leather and soles, place purchase orders.\n"
    "\n"
    "Benefits\n"
    "- 13th month salary, bonus of the holidays Tet, allowance for petrol 500.000 VND/month\n"
    "- Roadmap for promotion: Junior Purchaser → Purchaser → Senior Purchaser → Purchasing\n"
    "  Manager\n"
    "\n"
    "Similar jobs\n"
    "  Warehouse Staff (Nhân viên kho) · Duc Hoa · 8 - 10 million\n"
    "\n"
    "Report this job  |  #purchasing #footwear\n"
    "© 2026 TimViecGo.vn – Business license No. 0319xxxxxx\n"
)


def test_a_translated_what_is_title_without_an_article_names_the_staff_post() -> None:
    guide = parse_text(ARTICLE, "article.txt")
    assert guide.role.text == "Customs Clerk Staff" and guide.role_signal == "question"
    assert not any(p.message.startswith("no role named") for p in guide.problems)


def test_a_translated_what_is_title_about_a_thing_names_no_role() -> None:
    page = ARTICLE.replace("What is Customs Clerk Staff? Income, duties and promotion path 2026",
                           "What is Bonded Warehousing? A beginner's guide 2026").replace(
        "1. What is customs clerk staff?", "1. Overview")
    guide = parse_text(page, "customs-clerk.txt")
    assert guide.role.text != "Bonded Warehousing" and guide.role_signal == "file_name"


def test_a_pay_table_in_millions_of_dong_and_its_worker_rows() -> None:
    guide = parse_text(ARTICLE, "article.txt")
    pay = {(s.currency, s.min, s.max, s.period, s.role) for s in guide.salaries}
    assert ("VND", 7_000_000, 9_000_000, "month", None) in pay
    assert ("VND", 10_000_000, 16_000_000, "month", None) in pay  # an experience band: own
    # a row naming another post by its worker noun owns its figures
    assert ("VND", 19_000_000, 27_000_000, "month", "Clearance team leader") in pay


def test_dong_amounts_dotted_thousands_and_millions() -> None:
    found = [(m.currency, m.low, m.high, m.period)
             for m in find_amounts("Income: 9.500.000 - 12.000.000 VND/month")]
    assert found == [("VND", 9_500_000, 12_000_000, "month")]
    assert [(m.low, m.high) for m in find_amounts("6 - 8 million VND")] == [(6e6, 8e6)]
    # another currency's millions and a firm's billions stay no pay
    assert find_amounts("a budget of 20 million USD", bare=True, home="VND") == []
    assert find_amounts("Revenue of 300 billion VND") == []


def test_a_vietnamese_posting_names_its_post_employer_and_pay() -> None:
    guide = parse_text(POSTING, "posting.txt")
    # "Purchase Staff" is the post the ladder names "Purchaser"
    assert guide.role.text == "Purchaser" and guide.role_signal == "title_line"
    assert {e.text for e in guide.employers} == {"Song Lam Footwear Co., Ltd"}
    pay = {(s.currency, s.min, s.max, s.period, s.role) for s in guide.salaries}
    assert ("VND", 11_000_000, 14_000_000, "month", None) in pay
    assert ("VND", 8_000_000, 10_000_000, "month", "Warehouse Staff") in pay  # a similar job
    assert not any(s.min == 500_000 for s in guide.salaries)  # a petrol allowance


def test_a_vietnamese_postings_chrome_names_nothing() -> None:
    guide = parse_text(POSTING, "posting.txt")
    names = {f.text for f in [*guide.skills, *guide.employers, *guide.sectors,
                              *guide.leads_to, *guide.transitions_to]}
    assert not names & {"TimViecGo.vn", "Save news", "Apply now", "Report this job",
                        "Create CV", "13th month salary"}


ANSWER = (
    "UK Parliament  |  Written questions, answers and statements\n"
    "Home > Written questions > Podiatrists: Pay\n"
    "\n"
    "Podiatrists: Pay\n"
    "Question for Department of Health and Social Care          UIN 51177, tabled on 2 March 2026\n"
    "\n"
    "Answered on 9 March 2026\n"
    "\n"
    "The NHS in England employed 3,240 full-time equivalent podiatrists in January 2026. The\n"
    "vacancy rate was 7.4%, or 260 FTE posts advertised.\n"
    "\n"
    "A newly qualified podiatrist starts at Band 5, which is £29,970 to £36,483 a year.\n"
    "Podiatrists working at Band 6, usually after specialising in biomechanics, diabetic foot\n"
    "care or nail surgery, earn £37,338 to £44,962. Podiatric surgeons, who run theatre lists,\n"
    "are at Band 8b (£58,972 to £68,525), and consultant podiatrists at Band 8c and above\n"
    "(from £70,417).\n"
    "\n"
    "For comparison, the Orthotist scale in the same framework runs from £31,100 to £39,900.\n"
    "Capped agency rates are £55 an hour.\n"
    "\n"
    "Grouped questions: UIN 51178 (Orthotists: numbers) — answered together.\n"
)


def test_a_written_answers_counts_codes_and_agency_rates_are_no_pay() -> None:
    guide = parse_text(ANSWER, "podiatrist.txt")
    figures = {s.min for s in guide.salaries} | {s.max for s in guide.salaries}
    assert not figures & {3_240, 260, 51_177, 51_178, 55}


def test_a_written_answers_bands_are_owned_by_the_titles_at_them() -> None:
    guide = parse_text(ANSWER, "podiatrist.txt")
    assert guide.role.text == "Podiatrist"
    pay = {(s.min, s.max, s.role) for s in guide.salaries}
    assert (29_970, 36_483, None) in pay and (37_338, 44_962, None) in pay
    assert (58_972, 68_525, "Podiatric surgeon") in {
        (lo, hi, role and role.capitalize()) for lo, hi, role in pay}
    assert any(s.min == 70_417 and s.open_ended and s.role and "onsultant" in s.role
               for s in guide.salaries)
    assert (31_100, 39_900, "Orthotist") in pay  # a title's own scale, set beside


def test_a_scales_first_point_joins_its_band() -> None:
    found = [(m.low, m.high) for m in find_amounts(
        "the scale runs from €27,150 on the first point to €44,020 on the maximum")]
    assert found == [(27_150, 44_020)]


def test_specialising_in_lists_the_roles_skills() -> None:
    guide = parse_text(ANSWER, "podiatrist.txt")
    skills = {s.text.lower() for s in guide.skills}
    assert {"biomechanics", "diabetic foot care", "nail surgery"} <= skills


MAP = (
    "MindNest — \"next steps (kitchen)\" — exported as Text outline (.txt)\n"
    "Free plan · 2 of 3 maps used · Exported 03 Nov 2026 08:10\n"
    "\n"
    "LINE COOK  (bistro) 🍳\n"
    "\tSkills ✓ (have)\n"
    "\t\tknife work\n"
    "\t\tsauce station\n"
    "\tNext moves\n"
    "\t\t→ banquet Sous Chef at a hotel\n"
    "\t\t\tabout £31,000 – £35,000 salary\n"
    "\t\t→ Pastry Cook (sideways)\n"
    "\t\t~~Food Stylist~~ (no: needs a portfolio)\n"
    "\tWho hires\n"
    "\t\tnames: Copperpot Bistro, Harbourline Hotels\n"
    "\t#todo\n"
    "\t\temail Priya re: stage shifts\n"
    "\n"
    "[nodes: 21]  [collapsed: 1]  ·  MindNest v3.4 · Share · Present\n"
)


def test_a_mind_maps_root_node_names_the_role_and_its_export_is_chrome() -> None:
    guide = parse_text(MAP, "map.txt")
    assert guide.role.text == "Line Cook" and guide.role_signal == "title_line"
    names = {f.text for f in [*guide.skills, *guide.employers, *guide.sectors,
                              *guide.leads_to, *guide.transitions_to]}
    assert not {n for n in names if "MindNest" in n or "Priya" in n or "Food Stylist" in n}


def test_pay_nested_under_a_move_node_is_that_jobs() -> None:
    guide = parse_text(MAP, "map.txt")
    assert {(s.min, s.max, s.role) for s in guide.salaries} == {(31_000, 35_000, "Sous Chef")}
    assert "Food Stylist" not in {m.text for m in guide.transitions_to}  # struck out


def test_outline_owners_only_below_a_move_node() -> None:
    lines = [(1, "Money"), (2, "\t£24,000 now"), (3, "\t→ Head Baker"), (4, "\t\t£29,000"),
             (5, "\tLong game: own bakery")]
    assert outline_owners(lines) == {3: "Head Baker", 4: "Head Baker"}


MARKDOWN_MAP = (
    "# LOCKSMITH (auto + domestic) — my plan 2027\n"
    "<!-- exported from Whimsy Maps · markdown outline · 9 nodes hidden -->\n"
    "\n"
    "## 🔀 Paths\n"
    "### up / across\n"
    "- Locksmith → Master Locksmith (own van)\n"
    "- sideways: Safe Engineer, Access Control Installer\n"
    "- ~~Door Fitter~~ (different job)\n"
    "\n"
    "## 💵 Pay\n"
    "- security officer (Derby) ~£23k\n"
    "\n"
    "## 🏢 Who hires\n"
    "- firms: Keyline Security, Brassmark Locks\n"
    "- sectors: security, automotive, housing\n"
    "- venues, key cutting shops, plant hire firms, car dealers\n"
    "\n"
    "## ✅ Next actions\n"
    "- [ ] renew the DBS check\n"
    "---\n"
    "Made with Whimsy Maps · Free · Share · Export again\n"
)


def test_a_sideways_node_among_a_paths_arrows_lists_lateral_moves() -> None:
    guide = parse_text(MARKDOWN_MAP, "map.txt")
    assert guide.role.text == "Locksmith"
    assert {m.text for m in guide.transitions_to} >= {"Safe Engineer", "Access Control Installer"}
    chains = [[f.text for f in chain] for chain in guide.progressions]
    assert ["Locksmith", "Master Locksmith"] in chains
    assert "Door Fitter" not in {m.text for m in [*guide.transitions_to, *guide.leads_to]}


def test_a_sectors_node_under_who_hires_lists_kinds_and_hire_firms_stay_whole() -> None:
    guide = parse_text(MARKDOWN_MAP, "map.txt")
    sectors = {s.text for s in guide.sectors}
    assert {"security", "automotive", "housing", "plant hire firms"} <= sectors
    assert not sectors & {"sectors: security, automotive, housing", "plant", "firms"}
    assert {"Keyline Security", "Brassmark Locks"} <= {e.text for e in guide.employers}


def test_a_notes_title_with_its_town_owns_its_figure() -> None:
    guide = parse_text(MARKDOWN_MAP, "map.txt")
    assert {(s.min, s.role) for s in guide.salaries} == {(23_000, "Security Officer")}
