"""A sample resume's experience: the employer of each job held in the role (at any level)
employs it; an earlier, different job's employer, the place and the dates do not.

Every resume is invented here (people, firms, towns, dates).
"""

from __future__ import annotations

import pytest

from careergraph.guides import parse_text

# One line a job: "Title – Employer, Place (Mon YYYY – Present)".
INLINE = [
    ("Payroll Officer Resume Example\nPROFESSIONAL SUMMARY\n"
     "Payroll officer with five years of monthly and weekly payroll runs.\n"
     "WORK EXPERIENCE\n"
     "Senior Payroll Officer – Tidewell Foods Ltd., Leeds (May 2022 – Present)\n"
     "- Run payroll for 900 staff in Sage 200\n"
     "Payroll Officer – Kettle Valley Printing, Bradford (Jan 2019 – Apr 2022)\n"
     "- Processed overtime and statutory pay\n"
     "Office Junior – Brightside Lettings, Leeds (Sep 2017 – Dec 2018)\n",
     ["Tidewell Foods Ltd.", "Kettle Valley Printing"], ["Brightside Lettings", "Leeds"]),
    ("Stock Clerk Resume Sample\nEXPERIENCE\n"
     "Stock Clerk – Ganga Steel Traders, Nagpur (Aug 2021 – Present)\n"
     "- Maintain stock registers in Tally\n"
     "Delivery Assistant – Sai Transport Co., Nagpur (Jun 2019 – Jul 2021)\n",
     ["Ganga Steel Traders"], ["Sai Transport Co.", "Nagpur"]),
    ("Lab Technician Resume Example\nWORK HISTORY\n"
     "Lead Lab Technician — Northwind Diagnostics, Austin (Mar 2020 – Present)\n"
     "- Calibrate centrifuges and analysers\n"
     "Lab Technician — Bluebonnet Clinical Labs, Austin (2017 – 2020)\n"
     "Barista — Sixth Street Coffee, Austin (2015 – 2017)\n",
     ["Northwind Diagnostics", "Bluebonnet Clinical Labs"], ["Sixth Street Coffee"]),
]

# The title on its own line above "Employer — Place | Month YYYY – Present".
UNDER = [
    ("Pharmacy Technician Resume Example\nEXPERIENCE\n"
     "Pharmacy Technician\n"
     "Greenleaf Pharmacy — Dayton, OH | April 2022 – Present\n"
     "• Fill 300 prescriptions a day\n"
     "Cashier\n"
     "Maple Grocers — Dayton, OH | June 2019 – March 2022\n",
     ["Greenleaf Pharmacy"], ["Maple Grocers", "Dayton, OH"]),
    ("Dental Assistant Resume Sample\nPROFESSIONAL EXPERIENCE\n"
     "Senior Dental Assistant\n"
     "Bright Smiles Family Dentistry — Tulsa, OK | May 2021 – Present\n"
     "• Take digital X-rays with Dexis\n"
     "Dental Assistant\n"
     "Prairie Orthodontics — Tulsa, OK | July 2018 – April 2021\n",
     ["Bright Smiles Family Dentistry", "Prairie Orthodontics"], ["Tulsa, OK"]),
    ("Forklift Operator Resume Example\nEXPERIENCE\n"
     "Warehouse Associate\n"
     "Redline Logistics — Reno, NV | 2016 – 2019\n"
     "Forklift Operator\n"
     "Cobalt Distribution — Sparks, NV | 2019 – Present\n",
     ["Cobalt Distribution"], ["Redline Logistics", "Sparks, NV"]),
]


@pytest.mark.parametrize(("page", "firms", "wrong"), INLINE + UNDER)
def test_the_roles_jobs_name_its_employers(page: str, firms: list[str],
                                           wrong: list[str]) -> None:
    employers = [f.text for f in parse_text(page, "resume.txt").employers]
    assert set(firms) <= set(employers)
    assert not set(wrong) & set(employers)
