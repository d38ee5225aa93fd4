"""Defects last stop's helpers noticed, each on an invented page (helper fixes75)."""

from benchmarks.extraction import facts_of

from careergraph.guides.read import parse_text

_RESULTS_PAGE = """Google
harbour pilot salary kestrelford
AllNewsImagesShort videosShoppingMore  Tools
About 12,400,000 results (0.42 seconds)
Featured snippet from the web
£61,200 a year
The average harbour pilot salary in Kestrelford is £61,200 per year.
WageCompass
https://www.wagecompass.co.uk › salary › harbour-pilot
Harbour Pilot Salary in Kestrelford - WageCompass
People also ask
What does a harbour pilot do?
Jobs
Harbour Pilot
Tidewell Ports · Kestrelford
via Indeed
£58,000–£64,000 a year  Full-time
Marine Dispatcher
Gullrock Shipping · Kestrelford
via LinkedIn
£31.20 an hour  Part-time
→ 40+ more jobs
Careers Portal
https://www.careersportal.org.uk › profiles › harbour-pilot
Harbour Pilot | Careers Portal
Harbour Pilots guide ships into port. ... Starter £42,000 to Experienced £70,000. ...
Related searches
harbour pilot jobs kestrelford
"""


def test_a_search_results_next_result_is_not_the_last_job_cards() -> None:
    salaries = facts_of(parse_text(_RESULTS_PAGE, "harbour-pilot.txt")).salaries
    assert ("marine dispatcher", 31.2, 31.2, "GBP", "hour") in salaries  # the card's own
    assert ("@self", 42000.0, 70000.0, "GBP", "year") in salaries  # the next result's
    assert ("marine dispatcher", 42000.0, 70000.0, "GBP", "year") not in salaries
