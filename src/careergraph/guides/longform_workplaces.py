"""Workplace and sector reading for the long-form parser: employers named in
lines and lists, duty stations, the gazetteer, and dropping sector noise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from careergraph.firm_names import firm_base
from careergraph.guides.builder import fact_key
from careergraph.guides.employer_cuts import (
    unit_owner,
    without_headline,
    without_possessive,
)
from careergraph.guides.employer_names import full_name, role_employers
from careergraph.guides.gazetteer import fold
from careergraph.guides.industries import industry_name
from careergraph.guides.labelled_employers import ASIDE_EXAMPLES, listed_workplace
from careergraph.guides.longform_lines import _Row
from careergraph.guides.longform_patterns import (
    _NO_NAMES,
    _NO_SKILLS,
    _NOT_A_NAME,
    _graded_tail,
    _same_role,
)
from careergraph.guides.longform_pay import PayMixin
from careergraph.guides.mentions import lone_pairs, without_towns
from careergraph.guides.public_employers import one_local_body
from careergraph.guides.roles import alias_titles, singular_title
from careergraph.guides.section_kinds import (
    _CERT_LABEL,
    _MOVE_BUCKETS,
    _SKILL_KINDS,
    Kind,
    classify_heading,
)
from careergraph.guides.sector_noise import (
    clean_sector,
    notice_line,
    provided_perk,
    sector_noise,
)
from careergraph.guides.workplace_kinds import EXAMPLES as _EXAMPLES
from careergraph.guides.workplace_kinds import duty_places, employer_types, listed_kinds
from careergraph.guides.workplaces import workplaces
from careergraph.model import Fact, SkillKind

# On a service's job page, "They work in ports, air terminals …" names duty stations: the
# service is the employer (a civilian job after service, "work as X for Y", is read).
# A credential named for a subject ("Certificate of Professionalism", "Diploma in Welding"):
# the subject words are the credential's name, no skill of the page.
# ("a Master of Science": a degree; (fresh61) with its level numeral, "Certificate IV in
# Leadership", a related course's name)
_QUALIFICATION_OF = re.compile(r"\b(?:Certificate|Diploma|Degree|Award|Licen[cs]e|Bachelor|Master|"
                               r"Doctor)(?:\s+(?:[IVX]{1,4}|[1-8]))?\s+(?:of|in)")
_DUTY_STATIONS = re.compile(r"\b(?:They|[Tt]hey also|[A-Z][a-z]+ [a-z]+s) (?:may )?(?:also )?"
                            r"work (?:in|at|on)\b")
# "Our officers work at A": the employer's own staff (the noun) and where it posts them.
# (real40) A doing with its purpose read as a kind ("wanting to gain more experience").
# (rules46b) Words that say how a business is owned or run, not its trade ("independently
# owned", "operated franchisee", "family-run"): a kind made of them only names no sector.
_HELD = re.compile(r"(?:(?:independently|privately|locally|publicly|family|family-|employee|"
                   r"worker|owned|operated|run|managed|franchisee|franchisees|franchised|and)"
                   r"(?:\s+|-|$))+", re.IGNORECASE)
_WISH = re.compile(r"[a-z]+ing to\b")
_OUR_STAFF = re.compile(r"\b[Oo]ur ([a-z]+) (?:\w+ )?work (?:in|at|on|from)\b")
_OWN_STAFF = ("staff", "employees", "people", "team", "workers", "crews")


# An item naming its tool by the work done in it ("Working in Go", "Working with Dagster").
_WORKING_IN = re.compile(r"(?:Working|Work|Experience)\s+(?:in|with)\s+(\S.*)$")
# A breadcrumb trail from the site's home page ("You are here: Home / Study / Science").
# (left58) a translated board's trail opens with its "Main" page ("Main / IT / Software
# development / Java": the Russian or Armenian "main page" through a browser translator)
_CRUMB_TRAIL = re.compile(r"^(?:You are here:?\s*)?(?:Home|Main(?: page)?)\s*[/>»›|]",
                          re.IGNORECASE)
# (fresh61) A trail of short cells parted by angle quotes, on a page's first lines.
_CRUMB_CELLS = re.compile(r"\s*[^\s›:.,;][^›:.,;]{0,40}(?:\s›\s[^›:.,;]{1,40}){2,}\s*")
_CRUMB_LINES = 3
# (rules56a) A job board's trail opening with its jobs section, at the page's head ("IT Jobs /
# Software Development / Phnom Penh"): the board's categories, no skill of the job.
_JOBS_CRUMB = re.compile(r"^(?:[A-Z]{2,4}\s+)?(?:Jobs|Vacancies)\s*[/>»›|]\s*\S")
# A document's sign-off line ("Reviewed by: Finance ✓  Legal ✓"): the offices that checked
# it, no field the job works in.
# (fresh59) A site's cookie banner in prose: the site or "we" and cookies, or cookies and a
# consent button's word ("This site uses sīkdatnes (cookies) for statistics. [Accept]").
_COOKIE_NOTICE = re.compile(r"\b(?:this\s+site|website|we)\b.*\bcookies\b|\bcookies\b.*\b(?:accept|"
                            r"reject|consent|privacy)\b", re.IGNORECASE)
_SIGN_OFF = re.compile(r"^(?:reviewed|approved|checked|signed(?:\s+off)?|cleared|endorsed)"
                       r"\s+by\s*:", re.IGNORECASE)
# (rules48a) A posting header's field naming who hires ("… · Posted 11/18/2026 · Hiring
# manager: Engineering"): the hiring manager's department or name, no sector of the role.
_HIRER_FIELD = re.compile(r"\b(?:hiring\s+manager|recruiter|recruiting\s+contact|posted\s+by)"
                          r"\s*:\s*[^·|•\n]*", re.IGNORECASE)
# A responsibility matrix's row ("| Correct a defect | I | C | A/R | C |"): its cells are the
# RACI letters (responsible, accountable, consulted, informed), never a language called "R".
_RACI_ROW = re.compile(r"(?:\|\s*[RACI](?:/[RACI])?\s*){3,}\|")
# (rules46b) A job-evaluation strip of factors and their scores, one cell each ("Knowledge
# 3 → 4 | Mental Skills 2 → 2 | Initiative & Independence 2 → 3 | …"): a scheme's factor
# names, never the role's skills.
_SCORED_FACTORS = re.compile(r"(?:[A-Z][\w&,' -]{2,50}?\s\d{1,3}\s*(?:→|->)\s*\d{1,3}\s*\|\s*){3,}")


# A place cut off by a snippet's "..." ("brand ambassador work for a drinks ..."): its words
# may be the start of a longer name ("a drinks company"), so none is read.
# A list's "etc." before the sentence goes on ("chains like A, B and C etc. go for campus
# recruitment"): read without it, the list ends at its last name.
# (fixes95) A plural acronym in brackets after a kind, before "hire" ("organisations (CROs)
# … hire"), and the towns the kinds are in right before the verb ("across Dublin and Cork
# hire"): cut before the kinds are read.
_BEFORE_HIRE_MARKS = (" (", "across ", "around ", "throughout ")
_ACRONYM_BEFORE_HIRE = re.compile(r"\s\([A-Z]{2,6}s?\)(?=[^().]{0,80}\bhire\b)")
_PLACE_BEFORE_HIRE = re.compile(r"\s+(?:across|throughout|around)\s+[A-Z][\w'’-]{1,30}"
                                r"(?:(?:,\s+|\s+and\s+)[A-Z][\w'’-]{1,30}){0,3}"
                                r"(?=\s+(?:also\s+|regularly\s+|often\s+)?hire\b)")
_ETC = re.compile(r",?\s+etc\.?(?=\s+[a-z])")
_CUT_PLACE = re.compile(r"\s(?:for|at|in|with|by|from)\s(?:an?\s|the\s)?[^,.;]{0,40}?\s?"
                        r"(?:\.{3}|…)\s*$")
_PRESENTER_TITLE = re.compile(r"The presenter is an? (.+?) at ")
_KNOWN_KIND_WORDS = 3
_PATH_LABELS = frozenset({Kind.LADDER, Kind.PROGRESSION, Kind.MOVES_UP, Kind.MOVES_IN,
                          Kind.LATERAL, Kind.NEXT_STEPS})


# A point of a pay scale ("Step 2", "Grade 5", "Band 6"), which "placed at" names like a place.
_PAY_POINT = re.compile(r"^(?:Step|Grade|Band|Level|Scale|Point|Increment)\s+"
                        r"[\dIVX]{1,4}[A-Za-z]?$")


# (rules51b) The head nouns of public bodies two words may share ("county and district
# councils", "fire and rescue service").
_BODY_HEAD = re.compile(r"\b(?:services?|councils?|authorit(?:y|ies)|trusts?|boards?|"
                        r"agenc(?:y|ies)|departments?|commissions?)$")


def _shared_heads(kinds: list[str], text: str) -> list[str]:
    """(rules51b) Kinds of employer cut at an "and" that joins two words before one head
    noun ("employed by the county and district councils, the fire and rescue service"): a
    lone lower-case word in the singular, printed with "and" before the next kind whose head
    names a public body (a service, a council, an authority, a trust, a board), shares its
    head: one kind, as printed ("insurance and public safety", "military and correctional
    facilities" stay two kinds).

    >>> _shared_heads(["county", "district councils", "fire", "rescue service", "NHS trusts"],
    ...               "by the county and district councils, the fire and rescue service")
    ['county and district councils', 'fire and rescue service', 'NHS trusts']
    >>> _shared_heads(["schools", "colleges"], "in schools and colleges")
    ['schools', 'colleges']
    >>> _shared_heads(["military", "correctional facilities"],
    ...               "military and correctional facilities")
    ['military', 'correctional facilities']
    """
    out: list[str] = []
    index = 0
    while index < len(kinds):
        kind = kinds[index]
        if index + 1 < len(kinds) and " " not in kind and kind.isalpha() and kind.islower() and (
                not kind.endswith("s")):
            joined = f"{kind} and {kinds[index + 1]}"
            if joined in text and _BODY_HEAD.search(kinds[index + 1]):
                out.append(joined)
                index += 2
                continue
        out.append(kind)
        index += 1
    return out


def _role_plural(name: str, role: str) -> bool:
    """``name`` is the role's title, its workers in the plural ("Directors of Audit" on the
    guide for Director of Audit): no employer.

    >>> _role_plural("Directors of Audit", "Director of Audit")
    True
    >>> _role_plural("Tram Operators", "Tram Driver")
    False
    """
    head, of, rest = name.partition(" of ")
    return fact_key(f"{singular_title(head)}{of}{rest}") == fact_key(role)


# A lower-case place preposition opening a bullet that ends the sentence above it ("- in
# the retail trade", "- at ski schools").
_PLACE_LEAD = re.compile(r"^(?:in|at|within)\s+(?:the\s+)?(?=[A-Za-z])")
_WITH_TAIL = re.compile(r"\s+with\s.*$")


def _nav_strip(text: str) -> bool:
    """A site's menu: four or more short cells parted by " | ", no label, no figure
    ("Federal Employment Agency | BERUFENET | Career search | Education | Jobs").

    >>> _nav_strip("Home | Careers | Education | Jobs | Sign in"), _nav_strip("A | B")
    (True, False)
    """
    cells = text.split(" | ")
    return len(cells) >= _NAV_CELLS and ":" not in text and not any(
        c.isdigit() for c in text) and all(len(cell.split()) <= _NAV_WORDS for cell in cells)


_NAV_CELLS = 4  # (fewer cells may be a row of a table)
_NAV_WORDS = 3

# A civil-service notice's sentence on the job's physical conditions ("Some of the physical
# activities performed … and environmental conditions experienced are: …").
# A credential and the body that grants it ("certification from organizations such as X",
# "a licence issued by X", "membership of X", "train for chartered status with X"): X
# awards the credential, it does not employ the role.
_AWARDED_BY = re.compile(
    r"\b(?:certifi\w*|accredit\w*|licen[cs]\w*|registration|membership|chartered\s+status|"
    r"qualifications?|credentials?)\s+(?:[\w-]+\s+){0,3}?(?:from|by|with|of|through)\s+"
    r"(?:(?:an?|the|recogni[sz]ed|professional|bodies|body|organi[sz]ations?|associations?|"
    r"societies|institutes?)\s+)*(?:(?:such\s+as|like|including)\s+)?(?:the\s+)?|"
    # (fixes101) "there are several certification agencies such as the Guild of Rope
    # Technicians": the bodies that certify, named as the examples of their kind (not when
    # the worker works for them: "others work for certification bodies such as X")
    r"(?<!for\s)(?<!by\s)(?<!at\s)(?<!private\s)(?<!independent\s)"
    r"\b(?:certifi\w*|accredit\w*|licen[cs]\w*|awarding|examining)\s+(?:agencies|bodies|"
    r"boards|organi[sz]ations|associations)\s+(?:such\s+as|like|including)\s+(?:the\s+)?|"
    # "trainees sit an exam at the Chamber of Commerce": the body that examines them
    r"\b(?:sit|sits|sat|take|takes|pass|passes)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:exam|examination|test)s?\s+(?:at|with|by|from)\s+(?:the\s+)?",
    re.IGNORECASE)


def awarding_body(text: str, name: str) -> bool:
    """``name`` stands right after a credential's "from"/"by"/"with" in ``text``: the body
    that awards it, no employer.

    >>> awarding_body("Employers want certification from bodies such as the Rivet Guild.",
    ...               "Rivet Guild")
    True
    >>> awarding_body("Employers such as Rivet Works hire certified staff.", "Rivet Works")
    False
    """
    return any(text.startswith(name, match.end()) for match in _AWARDED_BY.finditer(text))


# (real33) A numbered item whose run-in label is a kind of employer, in Title Case ("1. Oil
# and Gas Exploration and Production Companies: These companies focus on …").
_NUMBERED_KIND = re.compile(r"\d{1,2}[.)]\s+(?P<kind>[A-Z][\w&'-]*(?:\s+(?:and|of|&|[A-Z][\w&'-]*))"
                            r"{0,7}\s+(?:Companies|Firms|Agencies|Consultancies|Institutions|"
                            r"Organi[sz]ations|Industries|Businesses|Contractors|Operators)):\s+\S")
_CONDITIONS = re.compile(r"\b(?:physical activities|environmental conditions)\b", re.IGNORECASE)
# (real46) "work closely with internal departments such as Human Resources, Accounting, and
# Compliance": the employer's own departments, with their examples; no workplace, no employer
_OWN_UNITS = re.compile(r"\b(?:internal|other|various|several|different)\s+(?:departments|"
                        r"business units|divisions|functions)\b(?:,?\s+(?:such as|like|"
                        r"including)\s+[^.;:]*)?", re.IGNORECASE)
# (real46) "working in refrigerated rooms and using sharp tools like knives and saws": the
# second activity and its tools after the place, no places of work
_USING_TAIL = re.compile(r",?\s+and\s+(?:using|handling|operating|wearing)\s+[^.;]*")
# "our reservists work as an ambulance technician or a care worker, and their employers, such
# as A and B, have signed …": the employers of the other jobs the role's holders also do.
_OTHER_JOBS_EMPLOYERS = re.compile(
    r"\bwork(?:s|ing)?\s+as\s+(?P<jobs>an?\s[^,.;:]{2,80}?),?\s+and\s+their\s+"
    r"(?:civilian\s+|day-job\s+|main\s+)?employers\b[^.;]*")
# (rules41c) Where newcomers worked before, in another title ("6 had previously worked as
# Children's Nurses in acute paediatrics and 3 as Adult Nurses in general practice"): that
# title's workplace, no kind of the role's.
_EARLIER_JOB_PLACE = re.compile(
    r"\b(?:had\s+)?(?:previously\s+|earlier\s+|before\s+)?worked\s+as\s+(?P<jobs>(?:an?\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+in\s+[^.;]*")
# (prec17) Where someone works in another title now or after a move, named with its article
# ("You currently work as a Sales Administrator for a packaging distributor", "A few transfer
# to sales work as a dental representative for a materials manufacturer"): that title's
# employer, no kind of the role's (see ``WorkplaceMixin.other_title``).
_OTHER_JOB_PLACE = re.compile(
    r"\b(?:(?:currently|now|formerly|previously|used\s+to)\s+work(?:s|ed)?"
    r"|(?:transfer(?:s|red)?|mov(?:e|es|ed)|switch(?:es|ed)?|go(?:es)?\s+on|went\s+on)\b"
    r"[^.;:]{0,40}?\bwork(?:ing)?)"
    r"\s+as\s+(?P<jobs>an?\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:for|at|with|in)\s+[^.;]*",
    re.IGNORECASE)
# (prec17) Where recruits worked before ("Most new officers previously worked in retail
# security as security officers or in the armed forces"): their earlier places, no kinds of
# the role's employers, unless they worked there as the role itself.
_EARLIER_WORK = re.compile(r"\b(?:previously|formerly|earlier|before\s+(?:that|joining))\s+"
                           r"(?:had\s+)?worked\s+(?:in|for|at|with)\b[^.;]*", re.IGNORECASE)
_AS_JOBS = re.compile(r"\bas\s+((?:an?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})")
# (prec17) An education level with its subject ("a worker aged 36, higher education in
# Agronomy"): the worker's schooling, no sector.
_SCHOOLING = r"\b{}\s+in\s+[A-Z]"
_LEVELS = frozenset({"higher education", "tertiary education", "secondary education",
                     "further education", "university education"})
# (prec17) A sentence about which skills are asked for ("Asked which skills their lab finds
# hardest to recruit, managers named: ICSI (62%), …"): techniques, no workplaces.
_SKILL_QUESTION = re.compile(r"\b(?:which|what)\s+(?:skills|techniques|competenc(?:e|ies)|"
                             r"procedures)\b[^.;]*", re.IGNORECASE)
# Words of a rung on the way into the role or up it ("an apprentice", "a senior …"): a title
# holding one is the role's own ladder, its workplace the role's.
_RUNG_WORDS = frozenset({"apprentice", "trainee", "intern", "junior", "assistant", "graduate",
                         "student", "cadet", "senior", "lead", "chief", "head", "principal"})
# (prec17) One lower-case singular place after "at the" ("an Analysis Intern at the club"):
# the one place the sentence speaks of, no kind of employer.
_ONE_PLACE = r"\b(?:at|for|with)\s+the\s+{}\b"
_JOB_JOINS = re.compile(r"\s+(?:or|and)\s+|,\s*")
_ARTICLE = re.compile(r"^(?:an?|the)\s+")

# (real31) A place's name before the word for its area: "employed in the Hobart metropolitan
# area", "the Leeds region", "the Greater Toronto Area": where they work, no employer.
_AREA_AFTER = (r"(?:\s+(?:(?:metropolitan|metro|urban|rural|wider|greater)\s+)?"
               r"(?i:area|region|district)\b"
               # (real52) or a trade's name before the word for a field: "people employed in
               # the HVAC field", "the ACME trade": a line of work, no employer — but not
               # after a possessive ("Harlow Water's field teams": the firm's own staff)
               r"|(?<!['’]s)\s+(?:field|industry|sector|trade)\b)")
_AREA_WORDS = (" area", " region", " district", " Area", " Region", " District", " field",
               " industry", " sector", " trade")


def _place_named(text: str, name: str) -> bool:
    """``name`` is printed in ``text`` right before the word for its area ("… in the
    Hobart metropolitan area"), never an employer.

    >>> _place_named("Most are employed in the Hobart metropolitan area.", "Hobart")
    True
    >>> _place_named("Most are employed by Hobart Water in the area.", "Hobart Water")
    False
    >>> _place_named("There are 9,000 people employed in the HVAC field.", "HVAC")
    True
    >>> _place_named("Employers named: Brook Water's field teams.", "Brook Water's")
    False
    """
    if not any(word in text for word in _AREA_WORDS):
        return False
    return re.search(re.escape(name) + _AREA_AFTER, text) is not None


# (left55) A party's defined term in an agreement ('X Ltd (the "Employer")', '("Company")',
# '(hereinafter "the Employer")'): later "employed by the Employer" names the party by its
# role, no firm of that name.
_DEFINED_TERM = re.compile(r"\((?:the\s+|hereinafter(?:\s+(?:called|referred\s+to\s+as))?\s+)?"
                           r"[\"“'‘](?:the\s+)?(?P<term>[A-Z][a-z]+)[\"”'’]\)")


# (left55) A restrictive covenant: the worker will not work for a competitor ("will not work
# in a sales role for a Competing Business, including A Ltd and B plc", "shall not be
# employed by any competitor such as C"): the firms it names are kept from, no employers.
_COVENANT = re.compile(r"\b(?:will|shall|must|may)\s+not\s+(?:\w+\s+){0,2}?(?:work|be\s+employed|"
                       r"join|accept|take\s+up|solicit)\b.*?\b(?i:compet(?:itors?|ing|itive))\b")


def _defined_term(name: str, page: str) -> bool:
    """``name`` is one word the page defines as a party's term ('(the "Employer")').

    >>> page = 'ACME LIMITED (the "Employer") and JO BLOGGS (the "Employee").'
    >>> _defined_term("Employer", page), _defined_term("Acme", page)
    (True, False)
    """
    return " " not in name and name in page and any(
        match.group("term") == name for match in _DEFINED_TERM.finditer(page))


# (fixes69) A bare modifier before "and" ("building", "private yacht"): lower-case words as
# printed, one or two ("FMCG", "Retail" are names of their own), with no plural noun last.
_MODIFIER = re.compile(r"[a-z][a-z-]*(?: [a-z][a-z-]*)?")


def _listed_before(page: str, pair: str) -> bool:
    """``pair`` ("employment and community services") closes a comma list on the page
    ("health, education, employment and …"), or ends a span of kinds "from A, to B" (fixes76:
    "from academia and industry, to consultancy and financial services"): its first word is
    a list's item of its own."""
    return re.search(rf"(?:,\s+|\bfrom\s[^.;]{{3,80}}?\sto\s+)(?:the\s+)?{re.escape(pair)}",
                     page) is not None


# (real48) People named by the workplaces they run ("Owners of stores", "Managers of hotels"):
# the subject of a duty sentence, no kind of employer.
_PEOPLE_OF = re.compile(r"(?:owners?|managers?|operators?|proprietors?|heads?)\s+of\s",
                        re.IGNORECASE)

class WorkplaceMixin(PayMixin):
    """Read workplaces, employers and sectors."""

    def drop_sector_moves(self) -> None:
        """A name read as an industry on its line ("The work sits in Government Contractors,
        Telecommunications and Utilities") is no move on that line."""
        taken = {(f.source.line, fact_key(singular_title(f.text)))
                 for f in self.out.lists["sectors"] if f.source is not None}
        if not taken:
            return
        for bucket in _MOVE_BUCKETS.values():
            self.out.lists[bucket] = [
                f for f in self.out.lists[bucket] if f.source is None or (
                    f.source.line, fact_key(singular_title(f.text))) not in taken]

    def working_in(self) -> None:
        """A list item "Working in GitHub Actions" names the tool: the item as a whole is no
        skill when the tool was read from the same line."""
        read = {(fact_key(s.text), s.source.line) for s in self.out.skills}
        self.out.skills = [s for s in self.out.skills if not (
            (found := _WORKING_IN.match(s.text)) and (
                fact_key(found.group(1)), s.source.line) in read)]

    def drop_named_sectors(self) -> None:
        """A name the page marks as an employer ("pet superstores such as Pawsome Pets") or
        a place a salary is stated for ("United States") is no sector."""
        employers = {fact_key(f.text) for f in self.out.lists["employers"]}
        places = {fact_key(r) for r in self.vocab.headings.regions}
        # "work for optometrists" on the optometrist's page: the role's own people.
        people = {fact_key(self.role + end) for end in ("", "s", "es")} if self.role else set()
        self.out.lists["sectors"] = [f for f in self.out.lists["sectors"]
                                     if fact_key(f.text) not in employers | places | people]
        self.drop_noise_sectors()
        self.join_shared_heads()
        self.drop_qualified_sectors()
        self.cut_employer_words()
        # "St" cut from "St. Benilde Medical Center" by a sentence split: part of a name.
        whole = [f.text for f in self.out.lists["employers"]]
        self.out.lists["employers"] = [
            f for f in self.out.lists["employers"]
            if not any(w.startswith(f.text + ". ") for w in whole) and not (
                # speech shortens a name it says in full too ("Larkspur hired me", "Larkspur
                # Creamery"), and so does any page ("Ironleaf hired me" under "Ironleaf
                # Brewing Co."): the one-word form is that organisation again, unless the
                # lexicon knows it as one of its own ("Google" beside "Google DeepMind")
                (self.speech or self.deck or f.text not in self.vocab.employers)
                and " " not in f.text and any(w.startswith(f.text + " ") for w in whole))]
        # "to Harrow Marine" in a quote, "Harrow Marine Works" in the story: one organisation
        expanded = [f.model_copy(update={"text": full_name(f.text, self.page)})
                    for f in self.out.lists["employers"]]
        # (a short form spelled out as a name already listed, "… Pvt. Ltd" beside "… Pvt.
        # Ltd.", or a name with and without its legal form: that one, once, as first named)
        keys = [fact_key(firm_base(f.text) or f.text.rstrip(".")) for f in expanded]
        self.out.lists["employers"] = [f for index, f in enumerate(expanded)
                                       if keys[index] not in keys[:index]]

    def cut_employer_words(self) -> None:
        """(prec8) An employer read with a possessive cut from its noun ("Harlow Water's
        field teams") or a capitalised headline glued before it: the organisation's own name
        (:mod:`careergraph.guides.employer_cuts`); the same organisation listed in full
        already ("Brindle's" beside "Brindle Kitchenware"), or its unit beside it
        ("Harlow Water's field teams" beside "Harlow Water"), once."""
        facts = self.out.lists["employers"]
        names = [f.text for f in facts]
        kept: list[Fact] = []
        for fact in facts:
            name = without_possessive(fact.text, names, self.page)
            if name is None:
                continue
            name = without_headline(name)
            kept.append(fact if name == fact.text else fact.model_copy(update={"text": name}))
        owners = {f.text for f in kept}
        self.out.lists["employers"] = [f for f in kept if unit_owner(f.text) not in owners]

    def drop_noise_sectors(self) -> None:
        """Names read as sectors that name no place (:mod:`careergraph.guides.sector_noise`:
        "etc", "weekend shifts", "various settings") go; "such as offices" keeps "offices"."""
        kept: list[Fact] = []
        joined: set[int] = set()
        facts = self.out.lists["sectors"]
        for index, fact in enumerate(facts):
            name = clean_sector(fact.text)
            if name is None and index + 1 < len(facts):
                name = self.shared_head(fact, facts[index + 1]) or self.joined_place(
                    fact, facts[index + 1])
                if name is not None and name.endswith(f" and {facts[index + 1].text}"):
                    joined.add(index + 1)
            if index in joined:
                continue  # (read with the place word before it)
            if name is not None:
                kept.append(fact if name == fact.text else fact.model_copy(update={"text": name}))
        self.out.lists["sectors"] = kept

    def join_shared_heads(self) -> None:
        """(fixes69) A bare modifier read as a kind before a kind of its line that ends in a
        plural head noun, printed "A and B heads" ("building" of "the building and construction
        trades", "private yacht" of "private yacht and chalet operators"): the modifier with
        that head ("building trades"), as each kind of the pair is; a known industry
        ("mining") stays as read.  A "for" phrase's object after a kind ("health" of "social
        services for health": whom it serves) is no kind of its own."""
        facts = self.out.lists["sectors"]
        if len(facts) < 2 or (" and " not in self.page and " for " not in self.page):
            return
        page = fold(self.page)
        known = self.vocab.gazetteer
        kept: list[Fact] = []
        for fact in facts:
            before = kept[-1] if kept else None
            if before is None or fact.source is None or before.source is None or (
                    before.source.line != fact.source.line):
                kept.append(fact)
                continue
            first, second = fold(before.text), fold(fact.text)
            if f"{first} for {second}" in page:
                continue  # "social services for health": whom the services serve
            head = second.rsplit(" ", 1)[-1]
            if _MODIFIER.fullmatch(before.text) and not first.endswith("s") and " " in second and (
                    " and " not in second and head.endswith("s") and not head.endswith("ss")
                    and f"{first} and {second}" in page) and not _listed_before(
                    page, f"{first} and {second}") and not (
                    known is not None and known.sectors(first, section=True) == [first]):
                kept[-1] = before.model_copy(update={
                    "text": f"{before.text} {fact.text.rsplit(' ', 1)[-1]}"})
            kept.append(fact)
        self.out.lists["sectors"] = kept

    def joined_place(self, fact: Fact, following: Fact) -> str | None:
        """(prec17) A lone lower-case place word ("rural", cut as an adjective) printed "rural
        and <kind>" before the next name of its line ("rural and remote health"): the two
        as printed, one sector; None otherwise (the place word alone is none)."""
        if fact.source.line != following.source.line or (
                fact.text not in sector_noise().place_words):
            return None
        pair = f"{fact.text} and {following.text}"
        return pair if pair in self.page else None

    def shared_head(self, fact: Fact, following: Fact) -> str | None:
        """A modifier cut from the head it shares with the next name of its line ("private"
        in "the private or public sector"): that modifier with the head, when the gazetteer
        knows the name ("private sector")."""
        known = self.vocab.gazetteer
        if known is None or fact.source.line != following.source.line or (
                " " not in following.text):
            return None
        modifier, head = fact.text.rsplit(" ", 1)[-1], following.text.rsplit(" ", 1)[1]
        name = f"{modifier} {head}"
        return name if known.sectors(name, section=True) == [name] else None

    def drop_qualified_sectors(self) -> None:
        """A kind read in a sentence that only qualifies a sector the page lists ("large
        hotels" in prose, "Hotels" in the infobox; "local government planning departments"
        after "local government") is that sector again: the listed name is kept."""
        listed = [fold(f.text).split() for f in self.out.lists["sectors"]
                  if (fold(f.text), f.source.line) not in self.prose_sectors]

        def qualified(fact: Fact) -> bool:
            words = fold(fact.text).split()
            if "and" in words or "&" in words:
                return False  # ("tea and coffee factories" names more than factories)
            return (fold(fact.text), fact.source.line) in self.prose_sectors and any(
                0 < len(short) < len(words) and short in (words[:len(short)],
                                                          words[-len(short):])
                for short in listed)

        self.out.lists["sectors"] = [f for f in self.out.lists["sectors"] if not qualified(f)]

    def gazetteer(self, read: Sequence[tuple[_Row, Kind]]) -> None:
        """Generic skill and sector names the rows' sentences state (see
        :mod:`careergraph.guides.gazetteer`), read after every structural rule and only
        where a line's own rules found none of that kind: a list item that is a skill
        already ("customer service skills") is not cut into the names inside it, and a
        sector read in any wording ("Hospitals and health systems") gives no "health"."""
        names = self.vocab.gazetteer
        if names is None:
            return
        skill_lines = {skill.source.line for skill in self.out.skills} - self.cued_lines
        sector_lines: dict[int, list[str]] = {}
        for fact in self.out.lists["sectors"]:
            sector_lines.setdefault(fact.source.line, []).append(fold(fact.text))
        for row, kind in read:
            if kind in _NO_NAMES or row.no in self.described or row.no in self.job_lines:
                continue  # (a skill's description explains it: no names of its own)
            text = row.full or row.text
            if _CRUMB_TRAIL.match(text) or (row.no <= _CRUMB_LINES and ((text.count(" › ") >= 2
                                            and _CRUMB_CELLS.fullmatch(text) is not None) or (
                    _JOBS_CRUMB.match(text) is not None))):
                continue  # "You are here: Home / Study / Science / …": the site's sections
                # ((fresh61) and a library's trail at the page's head, "Document library ›
                # Clinical competencies › Pathology › PATH-PHL": its folders)
            if _SIGN_OFF.match(text):
                continue  # "Reviewed by: Finance ✓": the offices that checked a report
            if "ookie" in text and _COOKIE_NOTICE.search(text):
                continue  # (fresh59) "This site uses sīkdatnes (cookies) for statistics.
                # [Accept]": the site's consent banner, no skill the job uses
            if ("anager" in text or "ecruit" in text or "osted" in text) and (
                    _HIRER_FIELD.search(text)):
                text = _HIRER_FIELD.sub("", text)  # "· Hiring manager: Engineering"
            if "|" in text and _RACI_ROW.search(text):
                continue  # a responsibility matrix's letters name no skill
            if "epartments" in text and _OWN_UNITS.search(text):
                # (real46) "internal departments such as Human Resources, Accounting": the
                # employer's own departments name no sector
                text = _OWN_UNITS.sub("", text)
            if "|" in text and "→" in text and _SCORED_FACTORS.search(text):
                continue  # a job evaluation's factor scores name no skill
            section = kind in _SKILL_KINDS
            # In a skills section a short item its rules could not read is one skill as a
            # whole ("the ability to read wiring diagrams"), not a place to look for names.
            whole_item = section and not (text.rstrip().endswith((".", "!"))
                                          or len(text.split()) > 12
                                          or names.opens_with_trait(text))
            want_skills = (kind not in _NO_SKILLS and not whole_item
                           and row.no not in skill_lines
                           # ("Certs: Rigging Safety Certificate, first aid.": credentials)
                           and not (row.full and _CERT_LABEL.match(row.full)))
            if not want_skills and kind is not Kind.SECTORS and not names.sector_cue(text):
                continue
            # (a site's menu, "… | Education | Jobs | Sign up", names no kind of workplace)
            menu = kind is not Kind.SECTORS and _nav_strip(text)
            found_skills, found_sectors = names.read(
                text, skill_section=section, sector_section=kind is Kind.SECTORS,
                skills=want_skills)
            if not (found_skills or found_sectors):
                continue
            if self.other_subject(text):
                continue  # "Civil Engineers use AutoCAD" on another role's page
            found_skills = self.own_names(text, found_skills)  # (not another trade's)
            for name, skill_kind in found_skills:
                if _QUALIFICATION_OF.search(text) and re.search(
                        rf"{_QUALIFICATION_OF.pattern}\s+(?:the\s+)?{re.escape(name)}\b", text,
                        re.IGNORECASE):
                    continue  # "the Certificate of Professionalism": a credential's name
                if not self.out.has_skill(name):
                    self.out.skill(name, SkillKind(skill_kind), row.no)
            known = sector_lines.get(row.no, [])
            if self.duty_stations(text):
                found_sectors = []  # ("rail yards" of a service's duty stations)
            found_sectors = self.without_earlier_places(text, found_sectors)
            for name in () if menu else found_sectors:
                if provided_perk(name, text):
                    continue  # (carry47) "… medical insurance, shared accommodation and
                    # transportation provided by company": what the worker is given
                if not any(fold(name) in other or other in fold(name) for other in known) and (
                        not self.own_field(name, text)):
                    self.out.add("sectors", name, row.no)

    def without_earlier_places(self, text: str, found: list[str]) -> list[str]:
        """(prec17) The sector names a sentence states, less those of where recruits worked
        before (``_EARLIER_WORK``, unless as the role itself) and of an education level
        named with its subject (``_SCHOOLING``)."""
        if not found:
            return found
        earlier = _EARLIER_WORK.search(text) if "worked" in text else None
        clause = fold(earlier.group()) if earlier is not None and not any(
            self.holders_own_job(singular_title(jobs))
            for jobs in _AS_JOBS.findall(earlier.group())) else ""
        return [name for name in found if not (clause and fold(name) in clause) and not (
            name.lower() in _LEVELS and re.search(
                _SCHOOLING.format(re.escape(name)), text) is not None)]

    def employer_types(self, label: str, line: int) -> None:
        """A pay section "by employer type": its sub-heading or lettered label ("a. MEP
        Contractors") names a kind of employer, a sector."""
        section = f"{self.top_text} | {self.sub_text} | {self.last_heading}"
        for kind in employer_types(label, section, self.vocab):
            self.out.add("sectors", kind, line)

    def listed_workplaces(self, employers: list[str], kinds: list[str], line: int,
                          text: str) -> None:
        """Employers and kinds of workplace a hiring line (``text``) lists
        (``hiring_lines``); a one-word name opening an employer named already ("Crestmoor
        itself") is that one; two lone words joined by "and" are one kind."""
        for name in employers:
            if industry_name(name, self.vocab):  # ("Mostly Hospitality and Mining.")
                kinds = [*kinds, name]
            elif not any(f.text.startswith(f"{name} ") for f in self.out.lists["employers"]):
                self.out.add("employers", name, line)
        for kind in lone_pairs(kinds, text, self.vocab):
            self.out.add("sectors", kind, line)

    def unlabelled(self, step: str) -> str:
        """``step`` without a heading phrase printed before it with no colon ("Career Path
        Apprentice Marine Fitter" -> "Apprentice Marine Fitter")."""
        words = step.split()
        for size in (1, 2, 3):  # the shortest heading: "Career Path" before "… Apprentice"
            # (a heading of a path only: "Director of Knowledge" opens a title, no label)
            if len(words) > size + 1 and classify_heading(
                    " ".join(words[:size]), self.vocab.headings) in _PATH_LABELS:
                return " ".join(words[size:])
        return step

    def aliases(self, text: str, line: int, *, bullet: bool = False) -> None:
        """Other titles for the page's role ("Alternative job titles", "Alternate
        Title(s) Art Conservators, Paper Conservators"); the role itself is skipped.
        ``bullet``: the text is one bullet of the list, one name unless a comma list."""
        for title in alias_titles(text, self.vocab, stated=True, one=bullet):
            if fact_key(title) != fact_key(self.role):
                self.out.add("aliases", title, line)

    def listed_workplace(self, item: str, line: int) -> bool:
        """A bullet under "Where X work" naming a kind of workplace, with or without
        examples ("Hospital chains like A and B"); False for a bullet that is a plain name.
        A place preposition continuing a sentence above ("… find employment" / "- in ENT
        practices and hospitals") is no part of the kind.  A publisher's notice ("An equal
        opportunity program") names none."""
        if notice_line(item):
            return True
        if (lead := _PLACE_LEAD.match(item)) is not None:  # (its "with …" is the kind's aside)
            item = _WITH_TAIL.sub("", item[lead.end():])
        words = re.sub(r"\s*\(.*", "", item).split()
        if _NOT_A_NAME.search(item):
            return True  # "themselves, as owner-operators": no workplace, and no name either
        if not (_EXAMPLES.search(item) or ASIDE_EXAMPLES.search(item) or (len(words) >= 2 and all(
                w[:1].islower() or w in ("and", "or", "&") for w in words[1:])) or (
                len(words) <= _KNOWN_KIND_WORDS and self.vocab.gazetteer is not None
                # (an aside in brackets leaves the kind: "Hospitals (acute care units)")
                and self.vocab.gazetteer.sectors(bare := " ".join(words), section=True) == [
                    bare])):
            # (a name the gazetteer knows as a whole is a kind: "Aviation", "Legal Services")
            return False
        employers, kind = listed_workplace(item, self.vocab)
        for name in employers:
            self.out.add("employers", name, line)
        for name in listed_kinds(kind) if kind else []:
            # ("… and grocery pharmacies": one too; "Clinics and outreach programs": two)
            self.out.add("sectors", name, line)
        return bool(employers or kind)

    def holders_own_job(self, jobs: str) -> bool:
        """Whether one of the jobs a sentence says the holders work as ("an ambulance
        technician or a care worker") is the page's role itself."""
        return any(_same_role(_ARTICLE.sub("", job.strip()), self.role)
                   for job in _JOB_JOINS.split(jobs) if job.strip())

    def other_title(self, jobs: str) -> bool:
        """(prec17) Whether ``jobs`` ("a dental representative") names a title other than the
        page's role: neither the role nor a title with its head noun ("a technician" on a
        Dental Technician's page) nor a rung on its ladder ("an apprentice")."""
        words = singular_title(_ARTICLE.sub("", jobs.strip())).lower().split()
        head = singular_title(self.role).lower().rpartition(" ")[2]
        return bool(words) and bool(head) and words[-1] != head and not (
            _RUNG_WORDS.intersection(words) or self.holders_own_job(jobs))

    def workplaces(self, text: str, line: int) -> None:
        """Employers and kinds of workplace a sentence names (see
        :mod:`careergraph.guides.workplaces`); a kind already read on the line in another
        wording ("national service" for "national service companies") is not repeated."""
        holder = self.role.rpartition(" ")[2]
        if self.deck is not None and line == self.deck.presenter and (
                presenter := _PRESENTER_TITLE.match(text)) is not None and not (
                _same_role(presenter.group(1), self.role)
                or _graded_tail(presenter.group(1), self.role)):
            return  # a careers adviser's own employer is no employer of the role
        if "..." in text or "…" in text:  # (every match of the pattern ends in one)
            text = _CUT_PLACE.sub("", text)  # "… work for a drinks ...": the place cut off
        if "etc" in text:
            text = _ETC.sub("", text)  # "chains like A, B and C etc. hire …": the list whole
        if " hire" in text and any(mark in text for mark in _BEFORE_HIRE_MARKS):
            # (fixes95) "Pharma companies and contract research organisations (CROs) across
            # Dublin and Cork hire …": a kind's acronym and where the kinds are stand between
            # the kinds and their verb; neither is part of a kind
            text = _PLACE_BEFORE_HIRE.sub("", _ACRONYM_BEFORE_HIRE.sub("", text))
        if "their" in text and (other := _OTHER_JOBS_EMPLOYERS.search(text)) is not None and (
                not self.holders_own_job(other.group("jobs"))):
            text = text[:other.start("jobs")] + text[other.end():]
        if "worked as" in text and (earlier := _EARLIER_JOB_PLACE.search(text)) is not None and (
                not self.holders_own_job(singular_title(earlier.group("jobs")))):
            text = text[:earlier.start()] + text[earlier.end():]
        if "hich " in text or "hat " in text:
            text = _SKILL_QUESTION.sub("", text)
        if " as a" in text and (other_job := _OTHER_JOB_PLACE.search(text)) is not None and (
                self.other_title(other_job.group("jobs"))):
            text = text[:other_job.start()] + text[other_job.end():]
        if text[:1].isdigit() and (run_in := _NUMBERED_KIND.match(text)) is not None:
            # (real33) "2. Oilfield Services Companies: Specialized services such as … are
            # offered by these companies": the numbered label names the kind of employer,
            # its sentence what they do (no workplaces in it)
            self.out.add("sectors", run_in.group("kind"), line)
            self.workplace_lines.add(line)
            return
        if "epartments" in text or "nits" in text or "ivisions" in text or "unctions" in text:
            text = _OWN_UNITS.sub("", text)
        if " and " in text and "ing " in text:
            text = _USING_TAIL.sub("", text)
        if (conditions := _CONDITIONS.search(text)) is not None:
            # "Some of the physical activities … and environmental conditions experienced are:
            # … working in hoistways and machine rooms": the job's conditions, no workplaces
            text = text[: text.rfind(". ", 0, conditions.start()) + 1]
        employers, kinds = workplaces(without_towns(text), self.vocab, holder)
        if " and " in text and len(kinds) > 1:
            kinds = _shared_heads(kinds, text)
        employers += role_employers(text, self.role, self.vocab)
        if "ompet" in text and _COVENANT.search(text):
            employers = []  # (left55) "will not work for a Competing Business, including A"
        employers = [name for name in employers if not awarding_body(text, name)]
        if self.duty_stations(text):
            kinds = []
        if employers or kinds:
            self.workplace_lines.add(line)
        for name in employers:
            if " " not in name and any(f.text.endswith(f" {name}")
                                       for f in self.out.lists["employers"]):
                continue  # "work for the Council": the council named in full already
            if _role_plural(name, self.role):
                continue  # "Directors of Audit employed under a contract …": the workers
            if _PAY_POINT.match(name):
                continue  # "may be placed at Step 2": a point of a pay scale, no employer
            if _place_named(text, name):
                continue  # (real31) "employed in the Hobart metropolitan area": a place
            if _defined_term(name, self.page):
                continue  # (left55) "employed by the Employer": the party's defined term
            self.out.add("employers", name, line)
        named = [fold(f.text) for f in self.out.lists["employers"] if f.source.line == line]
        for kind in kinds:
            key = fold(kind)
            if any(name.startswith(key + " ") for name in named):
                continue  # "Donghae Heavy" of "Donghae Heavy Industries": the employer's name
            if one_local_body(kind):
                continue  # "recruited by a municipality": one authority, no sector
            if re.search(r"\sas\san?\s", kind):
                continue  # "teaching as a lecturer": a move to a title, no kind of employer
            if _HELD.fullmatch(kind):
                continue  # (rules46b) "an independently owned and operated franchisee": how
                # the business is held, no kind of employer (its name is read)
            if any(text.startswith(kind, match.start()) for match in _AWARDED_BY.finditer(text)):
                continue  # (fixes101) "certification agencies such as the X": the bodies
                # that award a credential, no kind of employer
            if _PEOPLE_OF.match(kind):
                continue  # (real48) "Owners of stores hire and train workers": people who
                # run the workplaces, no kind of employer
            if _WISH.match(kind):
                continue  # (real40) "ideal for those … wanting to gain more experience": a
                # wish of the readers, no kind of employer
            if self.own_field(kind, text, whole=True):
                continue  # "Telematics Engineers work in telematics": the role's own field
            if kind[:5].lower() == "from ":
                continue  # (rules54b) "some join from central banks": where recruits come
                # from, its preposition left on, no kind of employer
            if " " not in kind and kind.islower() and not kind.endswith("s") and re.search(
                    _ONE_PLACE.format(re.escape(kind)), text) is not None and not (
                    self.vocab.gazetteer is not None
                    and self.vocab.gazetteer.sectors(kind, section=True) == [kind]):
                continue  # (prec17) "an Analysis Intern at the club": one place, no kind
            facts = self.out.lists["sectors"]
            if any(fold(f.text).startswith(key) for f in facts if f.source.line == line):
                continue  # read already in a longer wording
            shorter = [f for f in facts if f.source.line == line and key.startswith(fold(f.text))]
            if shorter:  # "national service" -> "national service companies"
                self.out.lists["sectors"] = [f for f in facts if f not in shorter]
            self.out.add("sectors", kind, line)
            self.prose_sectors.add((fold(kind), line))

    def duty_workplaces(self, text: str, line: int) -> None:
        """The kinds of workplace a duty is done at ("interpreting at hospitals, police
        stations and courts"): :func:`~careergraph.guides.workplace_kinds.duty_places`."""
        if " at " in text and not self.duty_stations(text):
            for kind in duty_places(text):
                self.out.add("sectors", kind, line)

    def duty_stations(self, text: str) -> bool:
        """On a service's job page, "They work in ports, air terminals …" names where the
        service posts its members: no kinds of employer (the service employs them).  So does
        an employer's own vacancy speaking of its staff, "Our officers work at airports and
        seaports" (its graduates or members are not its staff: "Our graduates work in …")."""
        if bool(self.ranks) and _DUTY_STATIONS.search(text) is not None:
            return True
        if "ur " not in text:
            return False
        holder = self.role.rpartition(" ")[2].lower()
        # (two tests, not `in (a, b, *c)`: mypyc cannot compile a starred tuple there)
        return holder != "" and any(
            word in (holder, f"{holder}s") or word in _OWN_STAFF
            for word in _OUR_STAFF.findall(text))
