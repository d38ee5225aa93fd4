"""The generator's six page families of held-back set 22 (benchmarks/web_families22.py).

Alumni "where are they now" cards and class notes, airline careers pages with pay by year of
service, Spanish job calls and careers profiles read through a machine translator, staffing
agencies' rate cards, public vacancy feeds pasted as CSV or flattened XML, and subreddit
wiki FAQs for a trade: each family's page carries the structure it imitates in every variant,
the variants are all drawn, each names an occupation of its kind (no generated office title),
the truth holds exactly the facts the page prints (a perfect extraction scores one), and bill
rates, ceilings, piece rates, premiums and bonuses stay out of the role's pay.
"""

from __future__ import annotations

import re

from benchmarks.generate import TOOLS
from benchmarks.web_families22 import FAMILY22_LAYOUTS

from generator_variants import Pages, amounts, decimal_comma, every, family_tests, money, points

# One marker per structure variant; a page matches exactly one marker of its family.
VARIANTS: dict[str, dict[str, str]] = {
    "alumninow": {"cards": r"^(Path|Career path|Route): ", "notes": r"^Class Notes: "},
    "airlinecareers": {"pilots": r"^Year of service   ", "maintenance": r"^  Start \.+ \$"},
    "spanishmt": {"call": r"^1\. OBJECT OF THE CALL$", "profile": r"^What does an? .+ do\?$"},
    "ratecard": {"crew": r"^POSITION +(PAY|BILL) RATE", "security": r"PAY RATES \d{4}$"},
    "vacancyfeed": {"csv": r"^(VacancyReference|vacancy_reference),",
                    "xml": r"^\[job 1\]$"},
    "subredditwiki": {"qa": r"^Q: ", "numbered": r"^1\. What kind of jobs"},
}


# The shared fixtures (corpus, pages) and the tests every family module runs.
family_tests(globals(), VARIANTS, FAMILY22_LAYOUTS, optional_printed=True)


def test_every_family_names_an_occupation_of_its_kind(pages: Pages) -> None:
    for family in FAMILY22_LAYOUTS:
        for entry, text in every(pages, family):
            assert entry["role"].startswith("occ:") and entry["title"].lower() in text.lower()
            named = [s for kind in entry["skills"].values() for s in kind]
            assert not set(TOOLS) & set(named), entry["file"]
            assert "β€" not in text  # no mojibake on a family page


def test_alumni_paths_are_ladders_and_first_destinations_are_entry_pay(pages: Pages) -> None:
    for entry, text in pages["alumninow"]["cards"]:
        paths = re.findall(r"^(?:Path|Career path|Route): (.+)$", text, re.M)
        assert len(paths) == 3 and len(entry["ladder"]) == 3
        median = re.search(r"Median starting salary, .+ \$([\d,]+)$", text, re.M)
        assert median and money(median.group(1)) in points(entry, level="entry")
    for entry, text in pages["alumninow"]["notes"]:
        assert re.search(r"^'\d\d  ", text, re.M) and entry["transitions_to"]
        other = re.search(r"Graduates working as (.+?)s: median \$([\d,]+)", text)
        assert other and money(other.group(2)) in {
            float(s["min"]) for s in entry["salaries"] if s.get("belongs_to")}


def test_airline_seats_own_their_columns_and_extras_are_no_pay(pages: Pages) -> None:
    for entry, text in pages["airlinecareers"]["pilots"]:
        head = re.search(r"^Year of service   (\w+(?: \w+)?) +(\w+(?: \w+)?)$", text, re.M)
        assert head
        # (fresh49) the page's job family moves across (the truth's lateral moves are the
        # role's), not one seat of its ladder
        assert re.search(rf"^{entry['title']}s can also move into ", text, re.M)
        for year, first, second in re.findall(r"^Year (\d+) +\$([\d.]+) +\$([\d.]+)$", text,
                                              re.M):
            assert float(first) in points(entry, belongs_to=head.group(1),
                                          level=f"Year {year}")
            assert float(second) in points(entry, belongs_to=head.group(2),
                                           level=f"Year {year}")
        bonus = re.search(r"Sign-on bonus: \$([\d,]+)", text)
        assert bonus and money(bonus.group(1)) not in amounts(entry)
    for entry, text in pages["airlinecareers"]["maintenance"]:
        lead = re.search(r"^  Lead .+ \(all years\) \.+ \$([\d.]+)$", text, re.M)
        assert lead and float(lead.group(1)) in points(entry, level="Lead")
        allowance = re.search(r"allowance: \$(\d+) a year", text)
        assert allowance and float(allowance.group(1)) not in amounts(entry)


def test_spanish_pages_read_spanish_notation_and_keep_the_ceiling_out(pages: Pages) -> None:
    for entry, _ in every(pages, "spanishmt"):
        assert all(s["currency"] == "EUR" for s in entry["salaries"])
    for entry, text in pages["spanishmt"]["call"]:
        band = re.search(r"between (\d+) and (\d+) thousand euros", text)
        assert band and any(s["min"] == int(band.group(1)) * 1000
                            and s["max"] == int(band.group(2)) * 1000
                            for s in entry["salaries"])
        base = re.search(r"Base salary: ([\d.,]+) euros gross per month, in 14 payments", text)
        assert base and decimal_comma(base.group(1)) in points(entry, period="month")
    for entry, text in pages["spanishmt"]["profile"]:
        ceiling = re.search(r"it can reach ([\d.]+) €", text)
        assert ceiling and decimal_comma(ceiling.group(1)) not in amounts(entry)


def test_rate_cards_pay_only_the_pay_column(pages: Pages) -> None:
    for entry, text in pages["ratecard"]["crew"]:
        head = re.search(r"^POSITION +(PAY|BILL) RATE", text, re.M)
        assert head
        pay_first = head.group(1) == "PAY"
        for pay, bill in re.findall(r"\$([\d.]+)/hr +\$([\d.]+)/hr", text):
            if not pay_first:
                pay, bill = bill, pay
            assert float(pay) in amounts(entry)
            assert float(bill) not in amounts(entry)
    for entry, text in pages["ratecard"]["security"]:
        week = re.search(r"Weekly average .+ in (\w+): \$(\d+)", text)
        assert week and float(week.group(2)) in points(entry, period="week",
                                                       region=week.group(1))


def test_vacancy_feeds_give_apprentice_wages_and_grade_bands(pages: Pages) -> None:
    for entry, text in pages["vacancyfeed"]["csv"]:
        hourly = re.search(r'"Custom","£([\d.]+)","Hourly"', text)
        assert hourly and float(hourly.group(1)) in points(entry, level="Apprentice")
        assert text.count(hourly.group(0)) == 2  # the duplicate record is one fact
    for entry, text in pages["vacancyfeed"]["xml"]:
        lows = re.findall(r"salary_min(?:>| \.+ )([\d.]+)", text)
        assert len(lows) == 3 and entry["ladder"]
        assert float(lows[0]) in {s["min"] for s in entry["salaries"] if s.get("level") == "I"}


def test_wiki_faqs_keep_piece_rates_and_ads_out(pages: Pages) -> None:
    for entry, text in pages["subredditwiki"]["qa"]:
        scale = re.search(r"Journeyman scale in most locals: \$(\d+) to \$(\d+)/hr", text)
        assert scale and float(scale.group(1)) in {
            s["min"] for s in entry["salaries"] if s.get("level") == "Journeyman"}
    for entry, text in pages["subredditwiki"]["numbered"]:
        ad = re.search(r"earn up to \$(\d+)k", text)
        assert ad and float(ad.group(1)) * 1000 not in amounts(entry)
        net = re.search(r"netting around \$(\d+)k even when they gross \$(\d+)k", text)
        assert net and float(net.group(1)) * 1000 in points(entry, belongs_to="Owner-Operator")
        assert float(net.group(2)) * 1000 not in amounts(entry)
