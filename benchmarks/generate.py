"""A deterministic, seeded generator of realistic career guides (and their ground truth).

The corpus imitates the bundled guides in ``data/guides``: the *card* layout (title line,
glued headings such as ``Career GuideKey Responsibilities``, glued lists such as
``AmazonGoogleNVIDIAIBM``, next-step numbers glued to the previous step ``...across teams2``),
the *long-form* layout (no title line in most files; the role is named in the overview, a
progression written as ``A → B → C``) and the structured YAML/JSON format.  Names carry the
same messiness: acronym expansions (``Payment Fraud Analytics (PFA)``), slash titles
(``Senior Search / Senior Search Platform Engineer``), ``Sr.`` shorthands and parenthetical
qualifiers (``Data Engineer (platform-focused)``).

World model
-----------
*Domains* (``Payments``) × *focus* (``Analytics``) × optional industry prefix give *areas*
(``Healthcare Payments Analytics``), generated combinatorially so 50,000 guides stay
plausible.  An area has 1-3 individual-contributor ladders (one per head noun: ``Engineer``,
``Scientist``…; ``Junior`` → ``Senior`` → ``Lead`` → ``Principal``) that converge on one
management ladder (``Payments Analytics Manager`` → ``Director of Payments Analytics``), and
a domain has a ``VP of Payments``.  Roles lead up their ladders, into management, and
sideways (transitions) into sibling areas.  Skills come from a combinatorial vocabulary
sampled with a Zipf-like skew (tens of thousands of distinct skills at 50,000 guides);
employers and sectors mix the lexicon's names with generated ones.

Every corpus comes with ``truth.json``: each role (title, level, every spelling the corpus
uses for it), each guide's subject, the LEADS_TO and TRANSITIONS_TO edges between roles,
and the skills, employers and sectors of the card and structured guides.

Same ``(size, seed)`` → byte-identical files::

    python -m benchmarks.generate --size 1000 --seed 7 --out benchmarks/out/corpus-1000

Styles
------
``--style classic`` (the default) writes the layouts above.  ``--style web`` mixes in career-
guide *web pages* in 303 site styles (job specification, career wiki, level-by-level
ladder, markdown salary table, government careers profile, long-form blog, key-facts panel,
question-and-answer page, pay grid flattened into " | " rows; see ``benchmarks/web_pages.py``
and ``docs/extraction-structures.md``; and nine structures of the studied fixture sets: salary
survey, career framework, grade ladder, label-above-value panel, forum thread, "how to
become", coded K/S/B standard, hard-wrapped text, knowledge-base table; see
``benchmarks/web_studied.py``; and three page families of held-back set 11: a career matrix
exported as CSV/TSV, a public-service vacancy notice, a news feature; see
``benchmarks/web_families.py``; and six page families of held-back set 12: a podcast or video
transcript, a careers-talk slide deck, job-board search results, a vocational course or
apprenticeship profile, a certification pathway, a recruiter's e-mail or agency newsletter;
see ``benchmarks/web_families12.py``; and six page families of held-back set 14: a shared
AI-chat conversation, a mentor profile, a step-by-step "How to become" article, a promotion
rubric, a professional body's pay-survey report, a take-home pay calculator; see
``benchmarks/web_families14.py``; and six page families of held-back set 15: a graduate-scheme
or campus-hiring page, a machine-translated French or Québécois occupation sheet, an
interview-questions page, an offer letter or statement of employment particulars, a licensing
regulator's page, a careers advice column; see ``benchmarks/web_families15.py``; and six page
families of held-back set 16: an "X vs Y: which career?" comparison, an appointment news
release, a podcast episode's show notes, a career-quiz result, a "start your own X business"
guide, a work-experience placement; see ``benchmarks/web_families16.py``; and six page
families of held-back set 17: an "X salary by city" page, a machine-translated Japanese
occupation page, a volunteer role listing, a professional body's member-directory profile, a
"day in the life" diary, a Q&A-site question page; see ``benchmarks/web_families17.py``;
and six page families of held-back set 18: an e-mail newsletter issue about one job, a wiki
talk page, an apprenticeship vacancy, a machine-translated Brazilian salary portal, a career-
change essay, a numbered social-media thread; see ``benchmarks/web_families18.py``; and six
page families of held-back set 19: a job bank's or statistics office's "occupation in numbers"
page, a search engine's results page, a bilingual careers-fair handout, a machine-translated
Italian career page, a trade union's "about the job" page, a Reddit pay megathread; see
``benchmarks/web_families19.py``; and six page families of held-back set 20: an ESCO
occupation record or a portal built on it, a military-to-civilian career translator, a Polish
career page read through a browser translator, an obituary or trade-magazine tribute, an
experience certificate or recommendation letter, a Dictionary of Occupational Titles entry;
see ``benchmarks/web_families20.py``; and six page families of held-back set 21: a printed
occupational handbook or careers guide OCR'd from a library scan, a career page saved as raw
HTML source or scraped with its markup, a company's public compensation handbook, a Korean
job-information page or recruitment notice read through a machine translator, a medical
specialty-training pathway or residency salary page, a gig platform's "earn with us" page;
see ``benchmarks/web_families21.py``; six page families of held-back set 22: a school's
alumni "where are they now" cards or class notes, an airline's careers page with pay by year
of service, a Spanish job call or careers profile read through a machine translator, a
staffing agency's pay rate card, a public vacancy feed pasted as CSV or flattened XML, a
subreddit's wiki FAQ for a trade; see ``benchmarks/web_families22.py``;
six page families of held-back set 23: a Chinese
recruitment notice or job card read through a machine translator, a society's salary-survey
summary exported from PDF, a job evaluation record or classification memo, an e-mailed
digest of job openings, a company Q&A tab filtered to one title, a freelance marketplace
profile; see ``benchmarks/web_families23.py``; and six page families of held-back set 24:
a French public-service pay grid read through a browser translator, a military-to-civilian
translator's result, a job-seeker's cover letter, a trade magazine's pay league table of
employers, an internship or vacation program, a public employer's step salary schedule; see
``benchmarks/web_families24.py``; and six page families of held-back set 25: a Japanese job
posting read through a browser translator, a history of an occupation, a trade school's
programme-outcome disclosure, a filled-in individual development plan, a competency matrix
exported to text, a German public-service pay explainer read through a translator; see
``benchmarks/web_families25.py``; and six page families of held-back set 26: a paper's
classified job ads, an Indonesian job posting read through a browser translator, a departing
employee's handover note, a workforce plan, a government skills-shortage assessment, an
infographic saved as text; see ``benchmarks/web_families26.py``; and six page families of
held-back set 27: an organisation chart exported as text, a filled-in annual performance
appraisal, a parliament's written answer about a profession, an employment tribunal's or
commission's decision, a Vietnamese job posting or careers article read through a browser
translator, a career mind map exported as an outline; see ``benchmarks/web_families27.py``;
and six page families of held-back set 28: an easy-read job guide, a prevailing wage
determination, a Turkish job posting read through a browser translator, a prison or reentry
service's job sheet, a careers adviser's action plan for one client, a leaver's exit survey
response; see ``benchmarks/web_families28.py``; and six page families of held-back set 29: an
acting-up or higher-duties notice, a Thai job posting read through a browser translator, a
union branch circular on promotion, a library's "Job of the Week", a hospital residency or
graduate programme page, a new starter's induction checklist; see
``benchmarks/web_families29.py``; and six page families of held-back set 30: a crewing
agency's page for one shipboard or rig rank, a civil-service examination notice, a German
occupation profile read through a browser translator, a farm's or vineyard's seasonal hiring
flyer, a consultancy's terms of reference for one expert, a team's role charter; see
``benchmarks/web_families30.py``; and six page families of held-back set 31: a school's careers
lesson plan with a pupil handout, a state health service's allied-health career page with its
award classification, a labour-hire firm's guide to the tickets and pay of one site role, a
fire or police service's recruitment FAQ, a skills competition's page for one trade, a church
body's vocations or lay-ministry careers page; see ``benchmarks/web_families31.py``; and six
page families of held-back set 32: a training academy's licence-ladder page for one licensed
occupation, a defence reserve's recruiting page for one part-time trade, an agricultural
extension service's careers fact sheet, a physical demands analysis of one job, an employee's
total reward statement, a collective agreement's schedule of classifications and step rates;
see ``benchmarks/web_families32.py``; and six page families of held-back set 33: a Brazilian
job posting read through a browser translator, an occupational map's card or a skill council's
map of job roles, a film crew branch's grade card or a guild's rate guide, a franchisor's
crew-to-owner careers pathway, a student's job-shadowing report, a licensing guide comparing
one occupation across states or provinces; see ``benchmarks/web_families33.py``; and six
page families of held-back set 34: a Dutch job posting read through a browser translator, a
pay review body's report chapter or a salaries commission's advisory, a careers fair's
exhibitor list filtered to one role, an employer's returnship page, a student's flashcard set
on one career, a video page where a worker talks about the job and its pay; see
``benchmarks/web_families34.py``; and six page families of held-back set 35: a port or
terminal operator's shore-side careers page, a skills passport (a verified worker record or a
learner's view), a Swedish job posting read through a browser translator, a "meet the
apprentices" gallery for one trade, a council staff report that creates a position, a
conference's speaker page filtered to a careers track; see ``benchmarks/web_families35.py``;
and six page families of held-back set 36: a library's or archive service's staff-structure
page, a Danish job posting read through a browser translator, a fly-in fly-out roster and
site-life page, a sports club's backroom staff directory filtered to one department, a
hospital's rota and banding explainer for one theatre profession, a charity's
volunteer-to-paid pathway (a leaflet or a web page); see ``benchmarks/web_families36.py``; and
six page families of held-back set 37: a Czech job posting read through a browser translator,
a restaurant's or hotel's kitchen-brigade explainer, a university's promotion and tenure
criteria page, a graduate scheme's assessment-centre guide, a temporary recruitment campaign
(elections or a census), a "how to negotiate your salary as a X" article; see
``benchmarks/web_families37.py``; and six page families of held-back set 38: a Gulf job
posting read through a browser translator from Arabic, a company's open pay page for one job
family, a succession plan or talent review for one critical post, an official gazette notice
of appointments and promotions in one cadre, a supported-employment job-carving sheet, a
heritage-crafts register entry; see ``benchmarks/web_families38.py``; and six page families
of held-back set 39: a Greek job posting read through a browser translator, a settlement
agency's "working in Canada or Australia as a X" guide for newcomers, an employer's
redeployment match for one post at risk, an "understanding your payslip" explainer, a
domestic-staffing agency's role guide, a bursary or sponsored-training scheme; see
``benchmarks/web_families39.py``; and six page families of held-back set 40: a Romanian job
posting read through a browser translator, an applicant-tracking system's job requisition, a
hospital staff bank's or council relief pool's recruitment page, an executive-search
candidate pack for one senior appointment, a humanitarian emergency roster's profile, a
national trade-testing page with a wage order; see ``benchmarks/web_families40.py``; and six
page families of held-back set 41: a Hungarian job posting read through a browser translator,
a public body's Freedom-of-Information disclosure about one post, a parish or congregation
profile for appointing one minister or lay post, a job page with its schema.org JobPosting
JSON-LD block, a municipal budget book's job-class page, a research grant's staff costing; see
``benchmarks/web_families41.py``; and six page families of held-back set 42: a Finnish job
posting and a Hebrew posting or council tender read through a browser translator, an Open
Badges credential page for one occupation, an annual report's workforce section about one job
family, a public tender's staffing price schedule, an NHS job plan; see
``benchmarks/web_families42.py``; and six page families of held-back set 43: a Norwegian job
posting read through a browser translator, a staffing agency's assignment confirmation for one
temporary role, an interest arbitration award for one bargaining unit, an applicant-tracking
system's interview kit or scorecard, a professional regulator's public register entry, a
qualification-recognition decision for one occupation; see ``benchmarks/web_families43.py``;
and six page families of held-back set 44: a Slovak and a Malay job posting read through a
browser translator, a mortgage broker's "mortgages for X" guide, a tax-refund firm's
flat-rate expense page for one occupation, a job-share vacancy or register profile, an HR
system's job profile record; see ``benchmarks/web_families44.py``; and six page families of
held-back set 45: a Ukrainian and a Croatian job posting read through a browser translator, a
workplace competency sign-off record, a US PERM notice of filing, a pension scheme's member
guide for one occupation, an employer's recruitment open-day page; see
``benchmarks/web_families45.py``; and six page families of held-back set 46: a Serbian and a
Lithuanian job posting read through a browser translator, a franchisee's staff-handbook
section for one position, a worker cooperative's member-worker role page, a municipal
pay-transparency register searched for one title, a grading-appeal outcome for one post; see
``benchmarks/web_families46.py``; and six page families of held-back set 47: a Bulgarian and a
Tagalog job posting read through a browser translator, a walk-in interview drive notice, a paid
trial-shift invitation, an outplacement provider's career-transition report, an internal
talent-marketplace role page; see ``benchmarks/web_families47.py``; and six page families of
held-back set 48: a Latvian and a Swahili job posting read through a browser translator, an
employee referral campaign for one open role, a recruiter's intake notes for one vacancy, an
online learning platform's career-track page, a promotion confirmation letter; see
``benchmarks/web_families48.py``; and six page families of held-back set 49: an Estonian and
an Albanian job posting read through a browser translator, a compensation team's
market-pricing memo or job pricing request for one job, an interview feedback e-mail to an
unsuccessful candidate, a student's informational-interview record about one occupation, an
employer's job-post draft in a job board's posting editor; see
``benchmarks/web_families49.py``; and six page families of held-back set 50: a Slovenian and
an Icelandic job posting read through a browser translator, a DACUM occupational analysis
chart for one occupation, an employer's reply to a pay information request under the EU Pay
Transparency Directive, a TUPE transfer measures letter for one role, a shift marketplace
app's listing of one shift; see ``benchmarks/web_families50.py``; and six page families of
held-back set 51: a Macedonian and a Catalan job posting read through a browser translator, an
H-1B labour condition application disclosure data page for one job title, a secondment
agreement or letter for one post, a resume scanner's match report against one job ad, a job
seeker's application tracker board for one target role; see ``benchmarks/web_families51.py``;
and six page families of held-back set 52: a Georgian and a Bengali job posting read through a
browser translator, a position description questionnaire for one position, a recruitment
agency's "most placeable candidate" e-mail, an application receipt for one job, an off-payroll
(IR35) status determination statement for one contract role; see
``benchmarks/web_families52.py``; and six page families of held-back set 53: a Persian and a
Mongolian job posting read through a browser translator, a verification of employment for a
mortgage, an employer's recruiting chatbot conversation for one job, a union job bid posting,
a public employment service's referral of a jobseeker to one vacancy; see
``benchmarks/web_families53.py``; and six page families of held-back set 54: a Russian and an
Ethiopian job posting read through a browser translator, a US temporary labor certification job
order, a UK certificate of sponsorship for one job, a notification of personnel action, a travel
healthcare agency's assignment pay package; see ``benchmarks/web_families54.py``; and six page
families of held-back set 55: an Uzbek and a Nepali job posting read through a browser
translator, a workers' compensation employer's report of injury, an agency or contractor
timesheet for one assignment, a worker's claim for unpaid wages, a separation or settlement
agreement ending one employee's job; see ``benchmarks/web_families55.py``; and six page
families of held-back set 56: a Kazakh and a Cambodian job posting read through a browser
translator, a tenancy application's employment and income step, a statutory flexible working
request and its outcome, a trade union's online joining form, an earned wage access app's
screens; see ``benchmarks/web_families56.py``; and six page families of held-back set 57: a
Myanmar (Burmese) and an Azerbaijani job posting read through a browser translator, a
pre-employment background check report, a seafarer employment agreement with its wage scale, a
wage subsidy or on-the-job training agreement, an unemployment insurance claim; see
``benchmarks/web_families57.py``; and six page families of held-back set 58: an Armenian and a
Lao job posting read through a browser translator, a resignation and counter-offer exchange, a
sales compensation plan, a performance improvement plan, a declaration of work experience for
a licence or a skills assessment; see ``benchmarks/web_families58.py``; and six page families
of held-back set 59: a Sri Lankan (Sinhala) and a Kyrgyz job posting read through a browser
translator, a completed job application form, a workplace accommodation or adjustment request,
a request to approve outside employment, an employee award nomination; see
``benchmarks/web_families59.py``)
with their truth: per guide the skills, employers, sectors, salaries (currency, period,
point, owner), the names that must not come out of the page and the names it is ambiguous
about, and moves *into* a role as LEADS_TO edges.  The classic style's
output does not depend on the web code: same size and seed, same bytes as before it existed.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import random
import re
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from benchmarks.web_common import reset_occupations, set_cover
from benchmarks.web_families15 import FAMILY15_COVER_NEEDS
from benchmarks.web_families16 import FAMILY16_COVER_NEEDS
from benchmarks.web_families20 import FAMILY20_COVER_NEEDS
from benchmarks.web_pages import WEB_ALIAS_LAYOUTS, WEB_LADDER_LAYOUTS, WEB_LAYOUTS, render_web

__all__ = ["STYLES", "Corpus", "Role", "World", "corpus_digest", "generate", "main"]

DEFAULT_SEED = 20240607
STYLES = ("classic", "web")
# Layouts a role's guides are drawn from, per style (two distinct draws per role at most).
LAYOUT_POOLS = {
    "classic": ("card", "card", "longform", "yaml", "json"),
    "web": ("card", "longform", "yaml", *WEB_LAYOUTS),
}

# --------------------------------------------------------------------------------------
# Vocabulary (no level words inside area names: "Lead Generation" would read as a level)
# --------------------------------------------------------------------------------------
DOMAINS = """Machine Learning|Deep Learning|Computer Vision|Speech Recognition|Natural Language
|Recommendation|Search|Ranking|Data|Data Quality|Data Governance|Analytics|Business Intelligence
|Experimentation|Growth|Advertising|Payments|Billing|Fraud Prevention|Risk Modeling|Credit Risk
|Identity|Cloud|Platform|Infrastructure|Network|Storage|Database|Distributed Systems|Reliability
|Observability|Security|Application Security|Cryptography|Compliance|Privacy|Mobile|Frontend
|Backend|Web|Game|Graphics|Audio|Video Streaming|Robotics|Autonomy|Embedded Software|Firmware
|Hardware Verification|Silicon Design|Quantum Computing|Bioinformatics|Clinical Data|Genomics
|Supply Chain|Logistics|Fulfillment|Pricing|Forecasting|Simulation|Geospatial|Mapping
|Energy Systems|Trading Systems|Market Data|Customer Data|Developer Productivity|Build Systems
|Release|Test Automation|Localization|Accessibility|Edge Computing|Serverless|Messaging
|Integration|Workflow Automation|Knowledge Graph|Content Moderation|Trust and Safety
|Sustainability|Telematics|Sensor Fusion|Perception|Computational Biology|Medical Imaging
|Drug Discovery|Actuarial Modeling|Revenue|Procurement|Feature Store|Model Serving|Inference
|Compute|Compiler|Runtime|Virtualization|Service Mesh|Streaming Data|Event Processing
|Personalization|Conversational Systems|Document Understanding|Optimization|Operations Research"""
FOCUS = """|Operations|Platform|Infrastructure|Systems|Tooling|Automation|Quality|Integration
|Performance|Analytics|Research|Applications|Services|Pipeline|Modeling|Strategy|Enablement
|Experience|Governance|Insights|Architecture|Product|Evaluation"""
INDUSTRY = """Healthcare|Retail|Automotive|Fintech|Aerospace|Telecom|Gaming|Media|Insurance
|Public Sector|Biotech|Education|Manufacturing|Agritech|Energy|Travel|Hospitality|Legal
|Real Estate|Maritime"""
HEADS = ("Engineer", "Engineer", "Engineer", "Developer", "Scientist", "Analyst", "Specialist")

SKILL_ADJ = """Distributed|Real-time|Applied|Statistical|Secure|Scalable|Automated|Cloud
|Edge|Batch|Streaming|Probabilistic|Causal|Bayesian|Federated|Continuous|Incremental|Adaptive
|Robust|Efficient|Responsible|Explainable|Interactive|Multimodal|Large-scale|Low-latency
|Serverless|Hybrid|Regulated|Embedded|Parallel|Declarative|Event-driven|Privacy-preserving
|Cost-aware|Self-service|Production|Enterprise|Open-source|Geospatial"""
SKILL_TOPIC = """Stream Processing|Model Monitoring|Feature Engineering|Cost Optimization
|Data Modeling|Query Optimization|Schema Design|Capacity Planning|Incident Response
|Release Management|Model Deployment|Pipeline Orchestration|Experiment Tracking|Data Labeling
|Model Evaluation|Hyperparameter Tuning|Graph Analytics|Time Series Forecasting|Anomaly Detection
|Access Control|Secrets Handling|Threat Modeling|Vulnerability Triage|Load Testing
|Performance Profiling|Caching Strategies|API Design|Service Design|Workflow Scheduling
|Data Validation|Data Lineage|Metadata Management|Vector Search|Text Classification
|Entity Resolution|Image Segmentation|Object Detection|Speech Synthesis|Signal Processing
|Sensor Calibration|Path Planning|Control Systems|Reinforcement Learning|Causal Inference
|Survey Design|Cohort Analysis|Funnel Analysis|Attribution Modeling|Demand Planning
|Inventory Optimization|Route Optimization|Price Elasticity|Risk Scoring|Fraud Detection
|Identity Verification|Key Management|Log Analysis|Tracing|Alert Design|Runbook Writing
|Chaos Testing|Disaster Recovery|Backup Strategy|Network Design|Storage Tiering
|Container Security|Cluster Scheduling|Resource Quotas|Build Caching|Dependency Management
|Code Review|Technical Writing|Roadmap Planning|Vendor Evaluation|Budget Forecasting
|Stakeholder Alignment|Requirements Gathering|Mentoring|Hiring|Coaching|Negotiation
|Public Speaking|Change Management|Program Planning|Risk Management|Quality Assurance
|Test Design|Fuzz Testing|Contract Testing|Unit Testing|Integration Testing|Data Contracts
|Privacy Engineering|Consent Management|Audit Logging|Policy Design|Model Governance
|Bias Auditing|Prompt Design|Retrieval Augmentation|Knowledge Distillation|Model Compression
|Quantization|Kernel Tuning|Memory Profiling|Compiler Optimization|Simulation Design
|Digital Twins|Map Matching|Geocoding|Spatial Indexing|Protein Folding|Sequence Alignment
|Clinical Reporting|Claims Analytics|Actuarial Analysis|Portfolio Analysis|Market Making
|Order Routing|Ledger Design|Reconciliation|Billing Systems|Subscription Analytics
|Content Ranking|Query Understanding|Relevance Tuning|Localization Testing|Accessibility Audits
|Design Systems|State Management|Offline Sync|Push Messaging|Game Physics|Shader Programming
|Audio Processing|Video Encoding|Firmware Updates|Hardware Bring-up|Timing Analysis"""
SKILL_SUFFIX = """|Fundamentals|Best Practices|Tooling|Governance|Strategy|Automation|Testing
|Design|Operations|Leadership|Architecture|Analysis"""
SOFT_SKILLS = ("Communication", "Problem-Solving", "Collaboration", "Stakeholder Management",
               "Technical Leadership", "Adaptability", "Critical Thinking", "Time Management",
               "Mentorship", "Business Acumen", "Attention to Detail", "Prioritization")
TOOLS = ("Python", "Docker", "Kubernetes", "Terraform", "PyTorch", "TensorFlow", "Airflow",
         "Apache Spark", "Apache Kafka", "MLflow", "Kubeflow", "Jenkins", "GitHub Actions",
         "PostgreSQL", "AWS", "GCP", "Azure", "Scala", "Java", "Go", "SQL", "Databricks",
         "Hadoop", "Keras", "Ansible", "Dagster", "Prefect", "SageMaker")
LEXICON_EMPLOYERS = ("Amazon", "Google", "Microsoft", "Apple", "Meta", "Netflix", "Uber",
                     "Airbnb", "Stripe", "Salesforce", "NVIDIA", "IBM", "ServiceNow",
                     "Databricks", "Snowflake", "JPMorgan Chase", "OpenAI", "Anthropic",
                     "Palantir", "Adobe", "Intel", "Spotify", "Shopify", "Visa", "Walmart",
                     "Oracle", "Cisco", "LinkedIn", "Pinterest", "Workday")
EMPLOYER_A = """North|Blue|Iron|Silver|Red|Bright|Clear|Deep|Far|Gold|Green|High|Lake|Maple
|Oak|Pine|River|Sky|Star|Stone|Sun|Swift|True|West|East|Wind|Cedar|Harbor|Summit|Willow"""
EMPLOYER_B = """wind|peak|wood|field|line|gate|bridge|haven|crest|ridge|forge|point|stream
|brook|vale|light|works|mark|path|spring"""
EMPLOYER_C = """Labs|Analytics|Health|Systems|Bank|Logistics|Retail|Energy|Insurance|Robotics
|Software|Networks|Capital|Media|Mobility|Foods|Pharma|Games|Cloud|Dynamics"""
LEXICON_SECTORS = ("Technology", "Financial Services", "Healthcare", "Retail and Ecommerce",
                   "Media and Entertainment", "Manufacturing", "Telecommunications",
                   "Transportation and Logistics", "Cybersecurity", "Energy", "Insurance",
                   "Government Contractors")
EXTRA_SECTORS = ("Agriculture", "Aerospace and Defense", "Education", "Hospitality",
                 "Real Estate", "Pharmaceuticals", "Automotive", "Gaming", "Nonprofit",
                 "Utilities", "Construction", "Legal Services", "Public Health",
                 "Biotechnology", "Consumer Goods", "Travel and Tourism", "Mining",
                 "Maritime Shipping", "Sports and Fitness", "Food and Beverage")
SECTOR_NOTES = ("(fraud, risk, personalization)", "(analytics, imaging, operations)",
                "(recommendations, demand forecasting)", "(ranking and targeting)",
                "(quality, routing, predictive maintenance)", "(detection and response)")
QUALIFIERS = ("(product-focused)", "(platform-focused)", "(remote)", "(contract)",
              "(research track)")
VERBS = ("Design", "Build", "Maintain", "Own", "Improve", "Operate", "Automate", "Monitor",
         "Review", "Scale", "Document", "Standardize", "Secure", "Optimize", "Plan")
OBJECTS = ("pipelines", "services", "dashboards", "release processes", "data contracts",
           "evaluation suites", "deployment workflows", "on-call rotations", "cost reports",
           "architecture reviews", "runbooks", "quality gates", "capacity plans",
           "integration tests", "access policies", "roadmaps", "model registries")
PURPOSES = ("so teams ship safely", "across product teams", "for production workloads",
            "with clear ownership", "to meet service-level objectives",
            "in partnership with product and security", "at scale", "for regulated customers")
FILLER = ("This role sits between engineering, product and operations teams.",
          "Demand keeps growing as more companies move this work into production.",
          "The work rewards people who like measurable outcomes and clear ownership.",
          "Teams value clear communication of tradeoffs and timelines.",
          "Most hiring happens in product companies and large platform groups.",
          "Experience with production incidents is valued highly by employers.")
GROWTH = ("Strong growth.", "Steady growth.", "Strong and growing demand.", "Moderate growth.",
          "Very strong growth.")
LEVEL_WORDS = frozenset((
    "lead", "staff", "head", "principal", "chief", "director", "manager", "management",
    "senior", "junior", "associate", "intern", "graduate", "trainee", "apprentice", "fellow",
    "distinguished", "architect", "vp", "entry", "sr", "jr", "president", "officer", "cto",
    "cio", "ceo"))
RESERVED_ACRONYMS = frozenset({"ML", "AI", "SRE", "VP", "CTO", "QA", "NLP", "MLOPS", "SQL",
                               "API", "AWS", "GCP", "IBM", "SAP", "AMD", "CIO", "CEO", "CDO",
                               "SVP", "EVP", "IT", "HR", "UX", "UI", "OK"})


_INNER_CAPITAL = re.compile(r"[A-Za-z][A-Z]")


def _split(text: str) -> list[str]:
    return [w.strip() for w in text.replace("\n", "").split("|")]


_DOMAINS, _FOCUS, _INDUSTRY = _split(DOMAINS), _split(FOCUS), _split(INDUSTRY)
_SKILL_ADJ, _SKILL_TOPIC, _SKILL_SUFFIX = _split(SKILL_ADJ), _split(SKILL_TOPIC), _split(
    SKILL_SUFFIX)
_EMP_A, _EMP_B, _EMP_C = _split(EMPLOYER_A), _split(EMPLOYER_B), _split(EMPLOYER_C)

# IC rungs in ladder order, and the management rungs.
IC_RUNGS = ("junior", "mid", "senior", "lead", "principal")
MGMT_RUNGS = ("manager", "director")
SALARY_BASE = {"junior": 85, "mid": 115, "senior": 150, "lead": 175, "principal": 200,
               "manager": 170, "director": 215, "vp": 260}


def _key(text: str) -> str:
    """A rough comparison key (lowercase letters and digits, plural 's' dropped)."""
    words = "".join(c if c.isalnum() else " " for c in text.lower()).split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return "".join(words)


# --------------------------------------------------------------------------------------
# The world: areas, roles, skills, employers
# --------------------------------------------------------------------------------------
@dataclass
class Area:
    index: int
    name: str  # "Payments Analytics"
    domain: str
    acronym: str | None = None  # "PA" (only when the corpus also spells it out)
    alt: str | None = None  # "Payments Analytics Platform": a slash-title alias
    heads: list[str] = field(default_factory=list)
    taught: bool = False  # a guide in the corpus writes "Name (ACR)"


@dataclass
class Role:
    key: str  # stable id in truth.json, e.g. "a00012:engineer:senior"
    area: Area | None
    level: str
    head: str | None  # None for management / VP roles
    domain: str
    title: str
    spellings: list[str] = field(default_factory=list)
    subject_files: list[str] = field(default_factory=list)

    def with_level(self, area_text: str) -> str:
        """This role's title with ``area_text`` standing for the area's name."""
        if self.level == "vp":
            return f"VP of {area_text}"
        if self.level == "director":
            return f"Director of {area_text}"
        if self.level == "manager":
            return f"{area_text} Manager"
        prefix = {"junior": "Junior ", "mid": "", "senior": "Senior ", "lead": "Lead ",
                  "principal": "Principal "}[self.level]
        return f"{prefix}{area_text} {self.head}"


@dataclass
class Guide:
    """One guide to write: its subject, layout and the facts the truth records."""

    role: Role
    layout: str  # card | longform | yaml | json
    file: str = ""
    title: str = ""
    title_line: bool = True
    aliases: list[str] = field(default_factory=list)
    leads_to: list[tuple[Role, str]] = field(default_factory=list)
    transitions_to: list[tuple[Role, str]] = field(default_factory=list)
    progression: list[tuple[Role, str]] = field(default_factory=list)
    skills: dict[str, list[str]] = field(default_factory=dict)
    employers: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    # Web style only: moves into the role, the page's salaries, names that must not come out.
    moves_in: list[tuple[Role, str]] = field(default_factory=list)
    salaries: list[dict[str, Any]] = field(default_factory=list)
    must_not_appear: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)  # names the page is ambiguous about
    # Further ladders a page prints besides ``progression`` (an alumni page's paths, one a
    # graduate): each a chain of LEADS_TO edges, like the progression.
    ladders: list[list[tuple[Role, str]]] = field(default_factory=list)
    # Web style only: an employer's name as the page prints it, with its legal form ("Pellow
    # Access Scaffolding Ltd"), keyed by the truth's shorter name: the truth names both.
    printed_employers: dict[str, str] = field(default_factory=dict)
    # (carry45) Further spellings of such an employer the page prints whole, keyed the same
    # way ("X LLC d/b/a Y", as set 45's truth lists it beside "X LLC" and "Y").
    more_spellings: dict[str, list[str]] = field(default_factory=dict)


class World:
    """Areas, roles, skill vocabulary and employers for a corpus of ``size`` guides."""

    def __init__(self, size: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.size = size
        self.areas: list[Area] = []
        self.roles: dict[str, Role] = {}
        self.area_roles: dict[int, dict[tuple[str | None, str], Role]] = {}
        self.vps: dict[str, Role] = {}
        self._keys: set[str] = set()
        self._acronyms: set[str] = set()
        self._combos = self._area_combos()
        self.skills = self._skill_vocabulary(500 + int(size * 0.7))
        # Zipf-like weights: rank r has weight 1 / r**1.07.
        self._skill_cum = list(itertools.accumulate(
            1.0 / (r ** 1.07) for r in range(1, len(self.skills) + 1)))
        self.employers = [*LEXICON_EMPLOYERS, *self._employer_names(100 + size // 25)]
        self._employer_cum = list(itertools.accumulate(
            1.0 / (r ** 0.9) for r in range(1, len(self.employers) + 1)))
        self.sectors = [*LEXICON_SECTORS, *EXTRA_SECTORS]

    # -- vocabulary ------------------------------------------------------------------
    def _area_combos(self) -> list[tuple[str, str, str]]:
        combos = [("", d, f) for d in _DOMAINS for f in _FOCUS
                  if not f or f.lower() not in d.lower()]
        prefixed = [(i, d, f) for i in _INDUSTRY for d in _DOMAINS for f in _FOCUS
                    if (not f or f.lower() not in d.lower()) and i.lower() not in d.lower()]
        self.rng.shuffle(combos)
        self.rng.shuffle(prefixed)
        # Popped from the end: plain names first, industry-prefixed ones once the corpus
        # needs more areas.
        return prefixed + combos

    def _skill_vocabulary(self, n: int) -> list[str]:
        rng = self.rng
        names: list[str] = []
        seen: set[str] = set()

        def add(name: str) -> None:
            key = _key(name)
            if key not in seen:
                seen.add(key)
                names.append(name)

        for topic in _SKILL_TOPIC:  # the common head of the distribution
            add(topic)
        pools = [
            [f"{a} {t}" for a in _SKILL_ADJ for t in _SKILL_TOPIC],
            [f"{t} {s}" for t in _SKILL_TOPIC for s in _SKILL_SUFFIX if s],
            [f"{d} {t}" for d in _DOMAINS for t in _SKILL_TOPIC],
        ]
        for pool in pools:
            rng.shuffle(pool)
        merged = [x for trio in itertools.zip_longest(*pools) for x in trio if x]
        for name in merged:
            if len(names) >= n:
                break
            add(name)
        while len(names) < n:  # very large sizes: three-part names
            add(f"{rng.choice(_SKILL_ADJ)} {rng.choice(_SKILL_TOPIC)} "
                f"{rng.choice(_SKILL_SUFFIX[1:])}")
        # Mix a few tools into the head so the lexicon's tool names appear often.
        head = names[:40]
        for i, tool in enumerate(TOOLS[:12]):
            head.insert(2 * i + 1, tool)
        return [*head, *names[40:]]

    def _employer_names(self, n: int) -> list[str]:
        names: list[str] = []
        seen = {_key(e) for e in LEXICON_EMPLOYERS}
        combos = [f"{a}{b} {c}" for a in _EMP_A for b in _EMP_B for c in _EMP_C]
        self.rng.shuffle(combos)
        for name in combos:
            if len(names) >= n:
                break
            if _key(name) not in seen:
                seen.add(_key(name))
                names.append(name)
        return names

    def sample_skills(self, k: int, exclude: Sequence[str] = (), *,
                      gluable: bool = False) -> list[str]:
        """``k`` distinct skills, Zipf-skewed; ``gluable`` ones have no inner capitals
        ("PyTorch"), so a list of them glued together still splits at the case changes."""
        out: list[str] = []
        total = self._skill_cum[-1]
        taken = {_key(x) for x in exclude}
        while len(out) < k:
            r = bisect.bisect_left(self._skill_cum, self.rng.random() * total)
            name = self.skills[min(r, len(self.skills) - 1)]
            if gluable and _INNER_CAPITAL.search(name):
                continue
            if _key(name) not in taken:
                taken.add(_key(name))
                out.append(name)
        return out

    def sample_employers(self, k: int) -> list[str]:
        out: list[str] = []
        total = self._employer_cum[-1]
        while len(out) < k:
            r = bisect.bisect_left(self._employer_cum, self.rng.random() * total)
            name = self.employers[min(r, len(self.employers) - 1)]
            if name not in out:
                out.append(name)
        return out

    # -- areas and roles ---------------------------------------------------------------
    def _acronym_for(self, name: str) -> str | None:
        words = name.split()
        if words[-1] == "Operations" and len(words) >= 2:
            stem = words[:-1]
            acr = ("".join(w[0] for w in stem) if len(stem) > 1
                   else (stem[0] if len(stem[0]) <= 4 else stem[0][:3])) + "Ops"
        elif len(words) >= 2 and all(w[0].isalpha() for w in words) and "and" not in words:
            # (Every word gives a letter: careergraph does not read "Trust and Safety
            # Automation (TSA)" as an acronym definition.)
            acr = "".join(w[0].upper() for w in words)
        else:
            return None
        if (acr.upper() in RESERVED_ACRONYMS or acr in self._acronyms or len(acr) < 2
                or not any(c.isupper() for c in acr)):
            return None
        return acr

    def new_area(self) -> Area | None:
        rng = self.rng
        while self._combos:
            industry, domain, focus = self._combos.pop()
            name = " ".join(x for x in (industry, domain, focus) if x)
            if any(w.lower() in LEVEL_WORDS for w in name.split()):
                continue
            n_heads = 1 if rng.random() < 0.6 else (2 if rng.random() < 0.75 else 3)
            heads = list(dict.fromkeys(rng.choice(HEADS) for _ in range(n_heads)))
            alt = f"{name} Platform" if not name.endswith("Platform") and rng.random() < 0.2 \
                else None
            titles = [f"{name} {h}" for h in heads] + [f"{name} Manager", f"Director of {name}"]
            titles += [f"{alt} {h}" for h in heads] if alt else []
            keys = {_key(t) for t in titles}
            if keys & self._keys or len(keys) < len(titles):
                continue
            self._keys |= keys
            area = Area(index=len(self.areas), name=name, domain=domain, heads=heads, alt=alt)
            if rng.random() < 0.12:
                area.acronym = self._acronym_for(name)
                if area.acronym:
                    self._acronyms.add(area.acronym)
            self.areas.append(area)
            self._make_roles(area)
            return area
        return None

    def _make_roles(self, area: Area) -> None:
        rng = self.rng
        roles: dict[tuple[str | None, str], Role] = {}
        for head in area.heads:
            start = 0 if rng.random() < 0.6 else 1
            end = rng.choice((2, 3, 3, 4, 4))
            for level in IC_RUNGS[start:end + 1]:
                role = Role(key=f"a{area.index:05d}:{head.lower()}:{level}", area=area,
                            level=level, head=head, domain=area.domain, title="")
                role.title = role.with_level(area.name)
                roles[(head, level)] = role
        n_mgmt = rng.choice((0, 1, 2, 2))
        for level in MGMT_RUNGS[:n_mgmt]:
            role = Role(key=f"a{area.index:05d}:mgmt:{level}", area=area, level=level,
                        head=None, domain=area.domain, title="")
            role.title = role.with_level(area.name)
            roles[(None, level)] = role
        if n_mgmt == 2 and area.domain not in self.vps and rng.random() < 0.5:
            vp = Role(key=f"d:{_key(area.domain)}:vp", area=None, level="vp", head=None,
                      domain=area.domain, title=f"VP of {area.domain}")
            if _key(vp.title) not in self._keys:
                self._keys.add(_key(vp.title))
                self.vps[area.domain] = vp
                self.roles[vp.key] = vp
        for role in roles.values():
            self.roles[role.key] = role
        self.area_roles[area.index] = roles

    def ladder(self, role: Role) -> list[Role]:
        """A typical progression through the role: its IC track from the bottom, then
        management (from a senior-or-higher track) and the domain's VP."""
        if role.area is None:
            return [role]
        roles = self.area_roles[role.area.index]
        mgmt = [roles[(None, lv)] for lv in MGMT_RUNGS if (None, lv) in roles]
        head = role.head or next((h for h, _ in roles if h is not None), None)
        track = [roles[(head, lv)] for lv in IC_RUNGS if (head, lv) in roles]
        if role.head is None:  # a manager or director: from the top of a senior track
            track = track[-1:] if track and IC_RUNGS.index(track[-1].level) >= 2 else []
        chain = list(track)
        if (mgmt and chain and IC_RUNGS.index(chain[-1].level) >= 2) or not chain:
            chain += mgmt
            vp = self.vps.get(role.domain)
            if vp is not None and mgmt and mgmt[-1].level == "director":
                chain.append(vp)
        return chain

    def next_roles(self, role: Role) -> list[Role]:
        """Where a role leads: the next rung, management from senior up, VP from director."""
        if role.level == "vp" or role.area is None:
            return []
        roles = self.area_roles[role.area.index]
        out: list[Role] = []
        if role.head is not None:
            i = IC_RUNGS.index(role.level)
            for lv in IC_RUNGS[i + 1:]:
                if (role.head, lv) in roles:
                    out.append(roles[(role.head, lv)])
                    break
            if i >= 2:
                out += [roles[(None, lv)] for lv in MGMT_RUNGS[:1] if (None, lv) in roles]
        elif role.level == "manager" and (None, "director") in roles:
            out.append(roles[(None, "director")])
        elif role.level in ("manager", "director") and role.domain in self.vps:
            out.append(self.vps[role.domain])
        return out


# --------------------------------------------------------------------------------------
# Spellings
# --------------------------------------------------------------------------------------
def _spell(world: World, role: Role, *, formal: bool = False) -> str:
    """A spelling of ``role`` for a mention in another guide (records it as an alias)."""
    rng = world.rng
    area = role.area
    text = role.title
    roll = rng.random()
    if area is not None and area.acronym and area.taught and roll < 0.45:
        text = role.with_level(area.acronym)
    elif not formal and role.level == "senior" and roll < 0.52:
        text = "Sr. " + role.title[len("Senior "):]
    elif not formal and roll < 0.6 and role.level not in ("vp", "director"):
        text = f"{role.title} {rng.choice(QUALIFIERS)}"
    if text not in role.spellings:
        role.spellings.append(text)
    return text


def _title(world: World, guide: Guide) -> str:
    """The guide's own title, possibly with its acronym spelt out or as a slash title."""
    role, rng = guide.role, world.rng
    area = role.area
    if area is not None and area.acronym and not area.taught and guide.title_line:
        area.taught = True
        title = role.with_level(f"{area.name} ({area.acronym})")
    elif (area is not None and area.alt and role.head and guide.layout == "card"
          and rng.random() < 0.6):
        # "Senior Search / Senior Search Platform Engineer" or "Search / Search Platform
        # Engineer": two spellings of one role (the second is never a role of its own).
        prefix = role.title[: len(role.title) - len(f"{area.name} {role.head}")]
        title = f"{prefix}{area.name} / {prefix}{area.alt} {role.head}"
        alt = role.with_level(area.alt)
        if alt not in role.spellings:
            role.spellings.append(alt)
    else:
        title = role.title
    if title not in role.spellings:
        role.spellings.append(title)
    return title


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------
def _sentence(rng: random.Random, area: str) -> str:
    return (f"{rng.choice(VERBS)} {area.lower()} {rng.choice(OBJECTS)} "
            f"{rng.choice(PURPOSES)}")


def _plural(title: str) -> str:
    """ "Senior Data Engineers", "Directors of Data", "VPs of Search"."""
    first, sep, rest = title.partition(" of ")
    return f"{first}s{sep}{rest}" if sep else f"{title}s"


def _a(word: str) -> str:
    return "An" if word[:1].lower() in "aeio" else "A"


def _money(n: int) -> str:
    return f"{n * 1000:,}"


def _salary_bands(role: Role, rng: random.Random) -> list[tuple[str, int, int]]:
    base = SALARY_BASE[role.level] + rng.randint(-10, 15)
    return [("Entry", base - 20, base + 15), ("Mid", base + 15, base + 50),
            ("Senior", base + 50, base + 110)]


def render_card(world: World, g: Guide) -> str:
    rng, role = world.rng, g.role
    area = role.area.name if role.area else role.domain
    glued = rng.random() < 0.6
    out: list[str] = [g.title]
    resp = [_sentence(rng, area) for _ in range(rng.randint(5, 12))]
    summary = (f"{_a(role.title)} {role.title} {rng.choice(('owns', 'leads', 'shapes'))} the "
               f"{area.lower()} work of a team. {rng.choice(FILLER)}")
    if glued:
        out.append("Career GuideKey Responsibilities")
        out += [f"- {r}" for r in resp]
    else:
        out += ["", "Career Guide", summary, "", "Key Responsibilities", ""]
        out += [f"  • {r}" for r in resp]
        out.append("")
    out.append("Top Skills for Success")
    if not glued:
        out.append("")
    for skill in g.skills["top"]:
        note = f" ({rng.choice(OBJECTS)}, {rng.choice(OBJECTS)})" if rng.random() < 0.1 else ""
        out.append(skill + note)
    out += ([""] if not glued else []) + ["Career Progression"] + ([""] if not glued else [])
    out.append("Can Lead To")
    out += [text for _, text in g.leads_to]
    out.append("Transition Opportunities")
    out += [text for _, text in g.transitions_to]
    out += ([""] if not glued else []) + ["Common Skill Gaps"] + ([""] if not glued else [])
    out.append("Often Missing Skills")
    out.append("".join(g.skills["often_missing"]))
    out.append(f"Development Suggestions{_sentence(rng, area)}. {rng.choice(FILLER)}")
    out += ([""] if not glued else []) + ["Salary & Demand"] + ([""] if not glued else [])
    out.append("Median Salary Range")
    for band, lo, hi in _salary_bands(role, rng):
        if rng.random() < 0.7:
            out.append(f"{band} LevelUSD {_money(lo)} to {_money(hi)}")
        else:
            out.append(f"{band} LevelUS (approx.): ${lo}k–${hi}k total compensation")
    out.append("Growth Trend")
    trend = f"{rng.choice(GROWTH)} {rng.choice(FILLER)}"
    if glued:
        out.append(trend + "Companies Hiring")
    else:
        out += [trend, "", "Companies Hiring", ""]
    out.append("Major Employers")
    out.append("".join(g.employers))
    out.append("Industry Sectors")
    out.append("".join(g.sectors))
    out += ([""] if not glued else []) + ["Recommended Next Steps"] + ([""] if not glued else [])
    steps = [_sentence(rng, area) for _ in range(rng.randint(4, 8))]
    if glued:
        out.append("1")
        out += [f"{s}{i + 2}" for i, s in enumerate(steps[:-1])] + [steps[-1]]
    else:
        for i, s in enumerate(steps, 1):
            out += [str(i), s]
    return "\n".join(out) + ("\n" if rng.random() < 0.5 else "")


def render_longform(world: World, g: Guide) -> str:
    rng, role = world.rng, g.role
    area = role.area.name if role.area else role.domain
    title = g.title
    plural = _plural(role.title)
    out: list[str] = [title] if g.title_line else []
    out.append("Overview")
    opener = (f"{_a(title)} {title} is a role that combines" if rng.random() < 0.5
              else f"The role of {_a(title).lower()} {title} is crucial in combining")
    out.append(f"{opener} {area.lower()} expertise with software engineering and operations. "
               f"{rng.choice(FILLER)}")
    out.append("Key Responsibilities")
    for topic in rng.sample(_SKILL_TOPIC, rng.randint(3, 6)):
        out.append(f"- {topic}: {_sentence(rng, area)}.")
    out.append("Essential Skills")
    tools = rng.sample(TOOLS, 4)
    out.append(f"- Deep understanding of {area.lower()} concepts and frameworks "
               f"({', '.join(tools[:3])})")
    langs = rng.sample(("Python", "Java", "Scala", "Go", "SQL", "Rust", "C++"), 3)
    out.append(f"- Proficiency in programming languages such as {', '.join(langs[:2])}, "
               f"and {langs[2]}")
    out.append(f"- Strong background in {g.skills['top'][0].lower()} and related practices")
    out.append("Career Path and Salary")
    chain = " → ".join(text for _, text in g.progression)
    lo = SALARY_BASE[role.level] + rng.randint(0, 20)
    path = (f"The career progression typically follows: {chain}." if chain
            else f"{plural} sit at the top of their field.")
    out.append(f"{path} Salaries for {plural} can "
               f"range from ${_money(lo)} to ${_money(lo + rng.randint(30, 80))}, depending on "
               f"location and company specifics. {rng.choice(FILLER)}")
    out.append("Core Responsibilities")
    out.append(f"{plural} play a critical role in their organisation. Their core "
               "responsibilities include:")
    for i in range(1, rng.randint(3, 6)):
        out.append(f"{i}. {rng.choice(_SKILL_TOPIC)} and {rng.choice(_SKILL_TOPIC)}")
        out += [f"- {_sentence(rng, area)}" for _ in range(rng.randint(2, 4))]
    if g.leads_to:
        out += ["Job Market Trends",
                f"- High demand for professionals with {area.lower()} skills",
                "- Clear career advancement paths (e.g., "
                f"{', '.join(text for _, text in g.leads_to)})"]
    optional = [_lf_demand, _lf_salary, _lf_soft, _lf_practices, _lf_challenges]
    for section in rng.sample(optional, rng.randint(2, len(optional))):
        out += section(rng, area, plural)
    text = "\n".join(out)
    return text + ("\n" if rng.random() < 0.7 else "")


def _lf_demand(rng: random.Random, area: str, plural: str) -> list[str]:
    return ["Market Demand",
            f"The demand for {plural} is robust and continues to grow, driven by several key "
            "factors:",
            "Industry Growth and Adoption",
            f"- The field of {area} is expanding rapidly across sectors.",
            f"- {rng.choice(FILLER)}",
            "Positive Job Outlook",
            f"- Analysts predict a {rng.randint(8, 30)}% increase in openings by 2030."]


def _lf_salary(rng: random.Random, area: str, plural: str) -> list[str]:
    base = rng.randint(80, 140)
    return ["Salary Ranges (US Market, 2024)",
            f"Salary ranges for {plural} in the US market for 2024 vary by location and "
            "experience. Here's a comprehensive overview:",
            "General Salary Range",
            f"- Entry-Level: ${_money(base)} - ${_money(base + 25)}",
            f"- Mid-Level: ${_money(base + 25)} - ${_money(base + 65)}",
            f"- Senior-Level: ${_money(base + 55)} - ${_money(base + 135)}",
            f"- Top Earners: ${_money(base + 135)}+"]


def _lf_soft(rng: random.Random, area: str, plural: str) -> list[str]:
    out = ["Essential Soft Skills",
           f"{plural} require a combination of technical expertise and soft skills:"]
    for skill in rng.sample(SOFT_SKILLS, 4):
        out.append(f"- {skill}: Ability to {rng.choice(VERBS).lower()} "
                   f"{rng.choice(OBJECTS)} {rng.choice(PURPOSES)}.")
    out[-1] += " These soft skills, combined with technical expertise, matter."
    return out


def _lf_practices(rng: random.Random, area: str, plural: str) -> list[str]:
    out = ["Best Practices",
           f"{plural} should adhere to the following best practices:"]
    for _ in range(rng.randint(2, 4)):
        out.append(f"- {rng.choice(_SKILL_TOPIC)}")
        out += [f"- {_sentence(rng, area)}." for _ in range(2)]
    return out


def _lf_challenges(rng: random.Random, area: str, plural: str) -> list[str]:
    out = ["Common Challenges",
           f"{plural} face various technical and organizational challenges:"]
    for _ in range(rng.randint(2, 4)):
        out.append(f"- {rng.choice(_SKILL_TOPIC)}:")
        out.append(f"- Challenge: {_sentence(rng, area)}")
        out.append(f"- Solution: {_sentence(rng, area)}")
    return out


def structured_record(world: World, g: Guide) -> dict[str, Any]:
    rng, role = world.rng, g.role
    area = role.area.name if role.area else role.domain
    record: dict[str, Any] = {"role": g.title}
    if g.aliases:
        record["aliases"] = g.aliases
    record["level"] = role.level
    record["summary"] = (f"{_a(role.title)} {role.title} owns the {area.lower()} work. "
                         f"{rng.choice(FILLER)}")
    record["responsibilities"] = [_sentence(rng, area) for _ in range(rng.randint(3, 8))]
    record["skills"] = {k: v for k, v in g.skills.items() if v}
    if g.leads_to:
        record["leads_to"] = [text for _, text in g.leads_to]
    if g.transitions_to:
        record["transitions_to"] = [text for _, text in g.transitions_to]
    if g.progression:
        record["progressions"] = [[text for _, text in g.progression]]
    record["salaries"] = [
        {"level": band.lower(), "label": f"{band} Level", "currency": "USD",
         "min": lo * 1000, "max": hi * 1000}
        for band, lo, hi in _salary_bands(role, rng)
    ]
    record["growth_trend"] = rng.choice(GROWTH)
    record["employers"] = g.employers
    record["sectors"] = g.sectors
    record["next_steps"] = [_sentence(rng, area) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.5:
        record["challenges"] = [_sentence(rng, area) for _ in range(2)]
    return record


# --------------------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------------------
@dataclass
class Corpus:
    """A generated corpus on disk and its ground truth."""

    root: Path
    guides_dir: Path
    files: list[Path]
    truth: dict[str, Any]
    bytes: int


def _plan(world: World, size: int, style: str = "classic", cover: int = 0,
          only: tuple[str, ...] = ()) -> list[Guide]:
    """The guides to write: each role of each new area gets none, one or two layouts drawn
    from the style's pool; with ``cover`` the layouts go round the pool (or round
    ``only``, a part of it) instead, so a corpus of ``cover`` × 4 × len(pool) guides draws
    every layout 4 × ``cover`` times."""
    rng = world.rng
    guides: list[Guide] = []
    while len(guides) < size:
        area = world.new_area()
        if area is None:
            raise ValueError(f"the vocabulary cannot name {size} guides")
        roles = list(world.area_roles[area.index].values())
        vp = world.vps.get(area.domain)
        if vp is not None and not vp.subject_files and rng.random() < 0.7:
            roles.append(vp)
        for role in roles:
            roll = rng.random()
            n = 0 if roll < 0.04 else (2 if roll > 0.86 else 1)
            layouts = rng.sample(LAYOUT_POOLS[style], 2)
            for layout in dict.fromkeys(layouts[:n]):
                guides.append(Guide(role=role, layout=layout))
                role.subject_files.append("planned")
    del guides[size:]
    if cover:
        pool = only or LAYOUT_POOLS[style]
        for i, g in enumerate(guides):
            g.layout = pool[i % len(pool)]
        _meet_needs(world, guides, {**FAMILY15_COVER_NEEDS, **FAMILY16_COVER_NEEDS,
                                    **FAMILY20_COVER_NEEDS})
    return guides


def _meet_needs(world: World | None, guides: list[Guide],
                needs: dict[str, Callable[[Role, Sequence[Role]], bool]]) -> None:
    """Cover mode: a layout of ``needs`` none of whose dealt guides has a role it needs
    swaps its first guide's layout with the first guide whose role fits (no layout of
    ``needs``, and a role's two guides keep two layouts), so the structure is drawn by
    construction; the layouts' counts stay as dealt.  A need sees the role and its ladder
    (none without a ``world``).

    >>> a, b = Role("a", None, "senior", "X", "d", "A"), Role("b", None, "mid", "X", "d", "B")
    >>> guides = [Guide(role=a, layout="grad"), Guide(role=b, layout="card")]
    >>> _meet_needs(None, guides, {"grad": lambda role, ladder: role.level == "mid"})
    >>> [g.layout for g in guides]
    ['card', 'grad']
    """
    def fit(fits: Callable[[Role, Sequence[Role]], bool], role: Role) -> bool:
        return fits(role, world.ladder(role) if world is not None else ())

    for layout, fits in needs.items():
        dealt = [g for g in guides if g.layout == layout]
        if not dealt or any(fit(fits, g.role) for g in dealt):
            continue
        first = dealt[0]
        for other in guides:
            if other.layout in needs or not fit(fits, other.role):
                continue
            if any(h is not other and h.role is other.role and h.layout == layout
                   for h in guides) or any(h is not first and h.role is first.role
                                           and h.layout == other.layout for h in guides):
                continue
            first.layout, other.layout = other.layout, layout
            break


def _fill(world: World, g: Guide) -> None:
    if g.layout in WEB_LAYOUTS:
        _fill_web(world, g)
        return
    rng, role = world.rng, g.role
    g.title_line = g.layout != "longform" or rng.random() < 0.3
    g.title = _title(world, g)
    if g.layout in ("yaml", "json"):
        if role.level == "senior" and rng.random() < 0.5:
            g.aliases.append("Sr. " + role.title[len("Senior "):])
        if role.area is not None and role.area.alt and role.head and rng.random() < 0.5:
            g.aliases.append(role.with_level(role.area.alt))
        if role.area is not None and role.area.acronym and role.area.taught:
            g.aliases.append(role.with_level(role.area.acronym))
        for alias in g.aliases:
            if alias not in role.spellings:
                role.spellings.append(alias)
    g.leads_to = [(r, _spell(world, r)) for r in world.next_roles(role)]
    # Occasionally a move into a sibling area's next rung.
    siblings = _siblings(world, role)
    if siblings and rng.random() < 0.3:
        up = [r for s in siblings[:2] for r in world.next_roles(s)]
        g.leads_to += [(r, _spell(world, r)) for r in up[:1] if r is not role]
    g.transitions_to = [(r, _spell(world, r)) for r in siblings[: rng.randint(1, 4)]]
    if g.layout == "longform":
        # Long-form guides name moves only in prose: "career advancement paths (e.g., A, B)"
        # (titles of at most five words, plainly spelt); they list no lateral moves.
        g.transitions_to = []
        g.leads_to = [(r, _spell(world, r, formal=True)) for r, _ in g.leads_to]
        if any(len(text.split()) > 5 or "(" in text for _, text in g.leads_to):
            g.leads_to = []
    if g.layout in ("longform", "yaml", "json"):
        chain = world.ladder(role)
        if len(chain) >= 2 and (g.layout == "longform" or rng.random() < 0.5):
            g.progression = [(r, _spell(world, r, formal=True)) for r in chain]
    top = world.sample_skills(rng.randint(8, 15))
    g.skills = {"top": top,
                "often_missing": world.sample_skills(rng.randint(3, 7), top, gluable=True)}
    if g.layout in ("yaml", "json"):
        used = top + g.skills["often_missing"]
        g.skills["technical"] = world.sample_skills(rng.randint(0, 4), used)
        g.skills["tool"] = rng.sample(TOOLS, rng.randint(0, 4))
        g.skills["soft"] = rng.sample(SOFT_SKILLS, rng.randint(0, 3))
    g.employers = world.sample_employers(rng.randint(5, 14))
    sectors = rng.sample(world.sectors, rng.randint(3, 8))
    g.sectors = [f"{s} {rng.choice(SECTOR_NOTES)}" if g.layout == "card" and rng.random() < 0.1
                 else s for s in sectors]


def _plain(names: Sequence[str]) -> list[str]:
    """Names a prose list can hold unambiguously (no comma, no ' and ', no ' or ')."""
    return [n for n in names if "," not in n and " and " not in n and " or " not in n]


def _fill_web(world: World, g: Guide) -> None:
    """Facts of a web-style guide: formal spellings, moves into the role, a ladder."""
    rng, role = world.rng, g.role
    g.title_line = True
    g.title = role.title
    if g.title not in role.spellings:
        role.spellings.append(g.title)
    if g.layout == "govprofile" and role.level == "senior" and rng.random() < 0.5:
        g.aliases.append("Sr. " + role.title[len("Senior "):])
    elif g.layout in WEB_ALIAS_LAYOUTS and g.layout != "govprofile":
        if role.area is not None and role.area.alt and role.head:
            g.aliases.append(role.with_level(role.area.alt))
        elif role.level == "senior":
            g.aliases.append("Sr. " + role.title[len("Senior "):])
    for alias in g.aliases:
        if alias not in role.spellings:
            role.spellings.append(alias)
    g.leads_to = [(r, _spell(world, r, formal=True)) for r in world.next_roles(role)]
    siblings = _siblings(world, role)
    g.transitions_to = [(r, _spell(world, r, formal=True))
                        for r in siblings[: rng.randint(0, 3)]]
    if role.area is not None:
        before = [r for r in world.area_roles[role.area.index].values()
                  if role in world.next_roles(r)]
        g.moves_in = [(r, _spell(world, r, formal=True)) for r in before]
    if g.layout in WEB_LADDER_LAYOUTS:
        chain = world.ladder(role)
        if len(chain) >= 2:
            g.progression = [(r, r.title) for r in chain]
    elif g.layout == "howto":  # "move up to A and then B": the role and two rungs above it
        chain = world.ladder(role)
        above = chain[chain.index(role):][:3] if role in chain else []
        if len(above) == 3:
            g.progression = [(r, r.title) for r in above]
    top = _plain(world.sample_skills(rng.randint(6, 12)))
    missing = _plain(world.sample_skills(rng.randint(2, 5), top, gluable=True))
    taken = {_key(s) for s in top + missing}
    g.skills = {"top": top, "often_missing": missing,
                "tool": [t for t in rng.sample(TOOLS, rng.randint(0, 3)) if _key(t) not in taken],
                "soft": rng.sample(SOFT_SKILLS, rng.randint(0, 3))}
    g.employers = _plain(world.sample_employers(rng.randint(0, 6)))
    g.sectors = _plain(rng.sample(world.sectors, rng.randint(0, 4)))


def _siblings(world: World, role: Role) -> list[Role]:
    """Roles at the same level in other areas of the same domain (or the other track)."""
    if role.area is None:
        return []
    out: list[Role] = []
    here = world.area_roles[role.area.index]
    for (_, level), other in here.items():
        if level == role.level and other is not role:
            out.append(other)
    for area in world.areas[max(0, role.area.index - 12): role.area.index + 1]:
        if area.index == role.area.index:
            continue
        for (_, level), other in world.area_roles[area.index].items():
            if level == role.level and other not in out:
                out.append(other)
    world.rng.shuffle(out)
    return out


def _slug(text: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in text.lower()).split()
    return "-".join(words) or "guide"


def generate(size: int, out: str | Path, seed: int = DEFAULT_SEED,
             style: str = "classic", cover: int = 0,
             layouts: Sequence[str] | None = None) -> Corpus:
    """Write a corpus of ``size`` guides to ``out/guides`` and its truth to ``out/truth.json``.

    The folder is emptied first.  Same ``size``, ``seed``, ``style`` and ``cover`` give
    byte-identical files; ``style`` is ``classic`` or ``web`` (see the module docstring).
    ``cover`` (the family tests' corpus; 0, the default, is the random mix) deals the layouts
    round the pool and makes each web family take its structure variants in turn on its first
    ``cover`` × (number of variants) pages, so every (family, variant) is drawn by
    construction, whatever the seed.  ``layouts`` (cover mode only) deals those layouts of
    the style's pool alone: a family's test draws its own pages without rendering the other
    ~290 site styles' (its world and variant draws are those of a corpus of that size).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     corpus = generate(4, folder, seed=3, style="web", cover=1, layouts=("card", "table"))
    ...     sorted({p.name.split(".")[-2] for p in corpus.files})
    ['card', 'table']
    >>> generate(4, "unused", style="web", layouts=("card",))
    Traceback (most recent call last):
    ValueError: layouts need cover mode (cover of 1 or more)
    """
    if layouts is not None:
        unknown = sorted(set(layouts) - set(LAYOUT_POOLS.get(style, ())))
        if not cover:  # (checked before any file is written)
            raise ValueError("layouts need cover mode (cover of 1 or more)")
        if not layouts or unknown:
            raise ValueError(f"layouts must name layouts of the {style} pool, not "
                             f"{', '.join(unknown) or 'none'}")
    set_cover(cover)
    try:
        return _generate(size, Path(out), seed, style, cover, tuple(layouts or ()))
    finally:
        set_cover(0)


def _generate(size: int, out: Path, seed: int, style: str, cover: int,
              layouts: tuple[str, ...] = ()) -> Corpus:
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}: use one of {', '.join(STYLES)}")
    root = Path(out)
    guides_dir = root / "guides"
    if guides_dir.exists():
        shutil.rmtree(guides_dir)
    guides_dir.mkdir(parents=True)
    world = World(size, seed)
    rng = world.rng
    reset_occupations()  # the roles occupation pages name belong to this corpus alone
    plan = _plan(world, size, style, cover, layouts)
    for role in world.roles.values():
        role.subject_files = []
    names: set[str] = set()

    def unique(name: str, ext: str) -> str:
        candidate, n = f"{name}.{ext}", 2
        while candidate in names:
            candidate, n = f"{name}-{n}.{ext}", n + 1
        names.add(candidate)
        return candidate

    files: dict[str, str] = {}
    bundle: list[Guide] = []
    bundle_no = 0

    def flush_bundle(layout: str) -> None:
        nonlocal bundle_no
        if not bundle:
            return
        bundle_no += 1
        name = unique(f"bundle-{bundle_no:05d}", "yaml" if layout == "yaml" else "json")
        records = []
        for g in bundle:
            g.file = name
            g.role.subject_files.append(name)
            records.append(structured_record(world, g))
        files[name] = _dump({"guides": records}, layout)
        bundle.clear()

    for g in plan:
        _fill(world, g)
        if g.layout in ("yaml", "json"):
            if bundle and (bundle[0].layout != g.layout or rng.random() < 0.1):
                flush_bundle(bundle[0].layout)
            if bundle or rng.random() < 0.3:
                bundle.append(g)
                continue
            g.file = unique(_slug(g.role.title), g.layout)
            g.role.subject_files.append(g.file)
            files[g.file] = _dump(structured_record(world, g), g.layout)
        elif g.layout in WEB_LAYOUTS:
            ext = "md" if g.layout == "table" else "txt"
            g.file = unique(_slug(g.role.title), f"{g.layout}.{ext}")
            g.role.subject_files.append(g.file)
            area = g.role.area.name if g.role.area else g.role.domain
            text = render_web(rng, g, area)
            if g.role.key.startswith("occ:"):  # an occupation page is named for its subject
                names.discard(g.file)
                g.role.subject_files.remove(g.file)
                g.file = unique(_slug(g.title), f"{g.layout}.{ext}")
                g.role.subject_files.append(g.file)
            files[g.file] = text
        else:
            g.file = unique(_slug(g.role.title), f"{g.layout}.txt")
            g.role.subject_files.append(g.file)
            files[g.file] = (render_card(world, g) if g.layout == "card"
                             else render_longform(world, g))
    if bundle:
        flush_bundle(bundle[0].layout)

    total = 0
    for name in sorted(files):
        data = files[name].encode("utf-8")
        total += len(data)
        (guides_dir / name).write_bytes(data)
    truth = _truth(world, plan, size, seed)
    (root / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    return Corpus(root=root, guides_dir=guides_dir,
                  files=[guides_dir / n for n in sorted(files)], truth=truth, bytes=total)


def _dump(document: dict[str, Any], layout: str) -> str:
    if layout == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)


def _truth(world: World, plan: list[Guide], size: int, seed: int) -> dict[str, Any]:
    mentioned: dict[str, Role] = {}
    leads: set[tuple[str, str]] = set()
    moves: set[tuple[str, str]] = set()
    guides = []
    for g in plan:
        mentioned[g.role.key] = g.role
        for r, _ in (*g.leads_to, *g.transitions_to, *g.progression, *g.moves_in):
            mentioned[r.key] = r
        leads |= {(g.role.key, r.key) for r, _ in g.leads_to if r is not g.role}
        leads |= {(r.key, g.role.key) for r, _ in g.moves_in if r is not g.role}
        for chain in (g.progression, *g.ladders):
            leads |= {(a.key, b.key) for (a, _), (b, _) in itertools.pairwise(chain)}
            mentioned |= {r.key: r for r, _ in chain}
        moves |= {(g.role.key, r.key) for r, _ in g.transitions_to if r is not g.role}
        entry: dict[str, Any] = {"file": g.file, "layout": g.layout, "role": g.role.key,
                                 "title": g.title, "title_line": g.title_line}
        if g.layout != "longform":
            entry["skills"] = {k: v for k, v in g.skills.items() if v}
            entry["employers"] = g.employers
            entry["sectors"] = g.sectors
        if g.layout in WEB_LAYOUTS:  # the page's facts, in the extraction scorer's schema
            # (a name printed with its legal form: that spelling first, the short one too)
            # (each spelling once: a name printed as it is keeps one entry for it)
            entry["employers"] = [list(dict.fromkeys(
                [g.printed_employers[e], e, *g.more_spellings.get(e, [])]))
                if e in g.printed_employers else e for e in g.employers]
            entry["leads_to"] = [text for _, text in g.leads_to]
            entry["transitions_to"] = [text for _, text in g.transitions_to]
            entry["ladder"] = [[text for _, text in chain]
                               for chain in (g.progression, *g.ladders) if chain]
            entry["aliases"] = g.aliases
            entry["moves_in"] = [text for _, text in g.moves_in]
            entry["salaries"] = g.salaries
            entry["must_not_appear"] = g.must_not_appear
            entry["optional"] = g.optional
        guides.append(entry)
    roles = {
        key: {"title": r.title, "level": r.level, "spellings": sorted(set(r.spellings)),
              "subject": bool(r.subject_files)}
        for key, r in sorted(mentioned.items())
    }
    return {
        "generator": "benchmarks.generate",
        "size": size,
        "seed": seed,
        "roles": roles,
        "guides": guides,
        "leads_to": sorted(leads),
        "transitions_to": sorted(moves),
        "acronyms": {a.name: a.acronym for a in world.areas if a.acronym and a.taught},
    }


def corpus_digest(folder: str | Path) -> str:
    """SHA-256 over every file's relative path and bytes under ``folder``."""
    root = Path(folder)
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--style", choices=STYLES, default="classic",
                        help="classic: card, long-form and structured guides (default); "
                             "web: also career-guide web pages in "
                             f"{len(set(LAYOUT_POOLS['web']) - set(LAYOUT_POOLS['classic']))} "
                             "site styles")
    parser.add_argument("--cover", type=int, default=0,
                        help="deal the layouts round the pool and draw each web family's "
                             "structure variants in turn on its first COVER rounds (tests)")
    parser.add_argument("--out", type=Path, default=None,
                        help="folder (default benchmarks/out/corpus-SIZE)")
    args = parser.parse_args(argv)
    out = args.out or Path(__file__).parent / "out" / f"corpus-{args.size}"
    start = time.perf_counter()
    corpus = generate(args.size, out, args.seed, args.style, args.cover)
    took = time.perf_counter() - start
    print(f"{args.size} guides in {len(corpus.files)} files, {corpus.bytes / 1e6:.1f} MB, "
          f"{len(corpus.truth['roles'])} roles -> {out} ({took:.1f} s)")


if __name__ == "__main__":
    main()
