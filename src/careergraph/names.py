"""Name normalisation: the comparison keys that decide when two spellings are one thing.

A key ignores case, punctuation, hyphens and spacing ("e-commerce" = "Ecommerce"), a
parenthetical qualifier ("Machine Learning Engineer (product-focused)"), an acronym written
out ("Machine Learning Operations (MLOps)" = "MLOps") and a plural ending.  Role keys also read
"Engineering"/"Management" at the end of a title as "Engineer"/"Manager" and drop a trailing
"for …" scope ("Site Reliability Engineer (SRE) for ML systems").

>>> n = Normaliser({"MLOps": ["Machine Learning Operations"], "ML": ["Machine Learning"]})
>>> n.key("Senior Machine Learning Operations (MLOps) Engineer") == n.key("Senior MLOps Engineer")
True
>>> n.key("Retail and e-commerce") == n.key("Retail and Ecommerce")
True
>>> n.role_alternatives("Staff/Principal Platform Engineer (AI/ML)", {"staff", "principal"})
['Staff Platform Engineer', 'Principal Platform Engineer']
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

from careergraph.resources import data_dir
from careergraph.yamlload import safe_load

__all__ = [
    "Normaliser", "clean", "descriptive_bracket", "descriptive_qualifiers", "fold_latin",
    "is_acronym_of", "is_generic_head", "is_proper_plural", "name_key", "proper_plurals_in",
    "singular_key", "slugify", "strip_qualifiers", "without_possessive", "words",
]

_SPACES = re.compile(r"\s+")
_SLUG_WORD = re.compile(r"[a-z0-9]+")
_PAREN = re.compile(r"\s*\(([^()]*)\)")
# "+" and "#" and a leading "." carry meaning: C++ != C# != C, .NET != NET.
_TOKEN = re.compile(r"(?:(?<![a-z0-9])\.)?[a-z0-9][a-z0-9+#]*")
_FOR_SCOPE = re.compile(r"\s+(?:for|in|within)\s+[^()]*$", re.IGNORECASE)
_SHORTHAND = {
    "sr": "senior", "jr": "junior", "mgr": "manager", "eng": "engineer", "engr": "engineer",
}
_ROLE_ENDINGS = {"engineering": "engineer", "management": "manager"}
_ISATION = re.compile(r"isation")


def _load_spellings() -> dict[str, str]:
    """British -> American spellings a key reads as one (``data/spellings.yaml``)."""
    with open(data_dir() / "spellings.yaml", encoding="utf-8") as handle:
        raw = safe_load(handle.read()) or {}
    return {str(k).lower(): str(v).lower() for k, v in (raw.get("spellings") or {}).items()}


_SPELLINGS = _load_spellings()


def _load_plurals() -> tuple[frozenset[str], frozenset[str]]:
    """The "-ies" words that are no plural of their "-y" word, and the names whose last word
    ends in an "s" that is no plural (``data/spellings.yaml``)."""
    with open(data_dir() / "spellings.yaml", encoding="utf-8") as handle:
        raw = safe_load(handle.read()) or {}
    return (frozenset(str(w).lower() for w in raw.get("distinct_plurals") or ()),
            frozenset(str(w) for w in raw.get("proper_plurals") or ()))


_DISTINCT_PLURALS, _PROPER_PLURALS = _load_plurals()


@lru_cache(maxsize=1 << 16)  # every key spells each word: a corpus's words repeat (pure)
def american(token: str) -> str:
    """One lowercase word in its American spelling, so both spellings share a key (a plural
    "s" kept; every "-isation" word read as "-ization").

    >>> [american(t) for t in ("centres", "labourer", "organisational", "hours", "acre")]
    ['centers', 'laborer', 'organizational', 'hours', 'acre']
    """
    found = _SPELLINGS.get(token)
    if found is not None:
        return found
    if token.endswith("s") and token[:-1] in _SPELLINGS:
        return _SPELLINGS[token[:-1]] + "s"
    return _ISATION.sub("ization", token) if "isation" in token else token


def _american_words(text: str) -> str:
    """The lowercase words of ``text``, joined by spaces, each in its American spelling."""
    return " ".join(map(american, _words(text)))  # (american is memoised: no frame per word)


#: Words that, with a head word alone, leave a title too generic to be one role's identity.
_GENERIC_MODIFIERS = frozenset({
    "senior", "junior", "lead", "staff", "principal", "chief", "head", "associate", "assistant",
    "sr", "jr", "a", "an", "the",
})


@lru_cache(maxsize=1 << 16)  # a corpus repeats its names: memoised, bounded
def clean(text: str) -> str:
    """Unicode-normalised text with single spaces and no trailing punctuation.

    >>> clean("  Lead\\u00a0MLOps   Engineer. ")
    'Lead MLOps Engineer'
    """
    text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub(" ", text).strip().rstrip(".,;:").strip()


def slugify(text: str) -> str:
    """A lowercase, hyphenated id fragment.

    >>> slugify("Staff/Principal Platform Engineer (AI/ML)")
    'staff-principal-platform-engineer-ai-ml'
    >>> [slugify(t) for t in ("Técnico de viveiro", "Straßenbauer", "Главный врач")]
    ['tecnico-de-viveiro', 'strassenbauer', 'главный-врач']
    """
    folded = fold_latin(unicodedata.normalize("NFKC", text).lower())
    folded = folded.replace("&", " and ").replace("+", " plus ").replace("#", " sharp ")
    if folded.isascii():
        return "-".join(_SLUG_WORD.findall(folded)) or "unnamed"
    # Other scripts keep their letters: "Врач" and "Инженер" are two ids, not two "unnamed".
    return "-".join(token.lstrip(".") for token in _script_tokens(folded)) or "unnamed"


@lru_cache(maxsize=1 << 16)  # every fact is keyed when added: names repeat across guides
def name_key(text: str) -> str:
    """A plain identity key: case, spacing, hyphens and punctuation ignored, but the symbols
    that tell names apart kept ("+", "#", a leading ".").

    >>> [name_key(t) for t in ("C++", "C#", "C", ".NET", "E-commerce", "eCommerce")]
    ['c++', 'c#', 'c', '.net', 'ecommerce', 'ecommerce']

    Accents on Latin letters are ignored; letters of other scripts are kept, so two
    Cyrillic or Chinese names never share an empty key:

    >>> [name_key(t) for t in ("Técnico", "Tecnico", "Врач", "Инженер-механик", "工程师")]
    ['tecnico', 'tecnico', 'врач', 'инженермеханик', '工程师']
    """
    return "".join(_words(text))


def is_acronym_of(acronym: str, words: list[str]) -> bool:
    """True when ``acronym`` is spelt by prefixes of ``words`` in order.

    >>> is_acronym_of("MLOps", ["Machine", "Learning", "Operations"])
    True
    >>> is_acronym_of("SRE", ["Site", "Reliability", "Engineer"])
    True
    >>> is_acronym_of("AI", ["Machine", "Learning"])
    False
    >>> is_acronym_of("ML", ["Senior", "Machine", "Learning"])
    False
    """
    target = acronym.lower()
    lowered = [w.lower() for w in words if w]
    if not lowered or len(target) < len(lowered):
        return False

    def spell(i: int, j: int) -> bool:
        # Word j contributes a prefix of itself, or a prefix plus its plural "s"
        # ("Ops" from "Operations").
        if j == len(lowered):
            return i == len(target)
        word = lowered[j]
        return any(
            _abbreviates(target[i : i + n], word) and spell(i + n, j + 1)
            for n in range(min(len(word), len(target) - i), 0, -1)
        )

    return spell(0, 0)


def _abbreviates(part: str, word: str) -> bool:
    if word.startswith(part):
        return True
    return len(part) > 2 and part.endswith("s") and word.endswith("s") and word.startswith(
        part[:-1]
    )


def strip_qualifiers(text: str) -> tuple[str, dict[str, str]]:
    """Text without parenthetical qualifiers, and the acronyms those parentheses defined.

    >>> strip_qualifiers("Senior Machine Learning Operations (MLOps) Engineer")
    ('Senior Machine Learning Operations Engineer', {'MLOps': 'Machine Learning Operations'})
    >>> strip_qualifiers("Machine Learning Engineer (product-focused)")
    ('Machine Learning Engineer', {})
    """
    stripped, learnt = _strip_qualifiers(text)
    return stripped, dict(learnt)


@lru_cache(maxsize=1 << 16)
def _strip_qualifiers(text: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    learnt: dict[str, str] = {}
    for match in list(_PAREN.finditer(text)):
        inner = match.group(1).strip()
        before = text[: match.start()].split()
        if re.fullmatch(r"[A-Za-z][A-Za-z0-9]{1,9}", inner) and any(c.isupper() for c in inner):
            for n in range(1, min(len(before), 6) + 1):
                if is_acronym_of(inner, before[-n:]):
                    learnt[inner] = " ".join(before[-n:])
                    break
    return clean(_PAREN.sub("", text)), tuple(learnt.items())


#: Names a :class:`Normaliser` keys before it compiles the alternation of every expansion
#: (a warm query keys a few names; a build keys thousands).
_FILTERED_NAMES = 32


class Normaliser:
    """Builds comparison keys, knowing the acronyms of the lexicon and of the guides."""

    def __init__(self, acronyms: Mapping[str, Iterable[str]]) -> None:
        self._expansions: dict[str, str] = {}
        self._acronyms: set[str] = set()
        self._pattern: re.Pattern[str] | None = None
        #: The expansions, longest first (the order the alternation tries them in).
        self._longest_first: list[str] | None = None
        #: Names keyed without the whole alternation compiled (see :meth:`_expand`).
        self._filtered = 0
        #: Keys already computed (a corpus repeats its names; cleared when an acronym is
        #: learnt), so resolution and its components share the work.
        self._memo: dict[tuple[str, bool], tuple[str, str]] = {}
        for acronym, expansions in acronyms.items():
            for expansion in expansions:
                self.learn(acronym, expansion)

    def learn(self, acronym: str, expansion: str) -> None:
        """Treat ``expansion`` as another spelling of ``acronym`` from now on."""
        short = " ".join(_words(acronym))
        self._expansions[_american_words(expansion)] = short
        self._acronyms.add(short)
        self._pattern = None
        self._longest_first = None
        self._memo = {}

    def _alternatives(self) -> list[str]:
        if self._longest_first is None:
            self._longest_first = sorted(self._expansions, key=len, reverse=True)
        return self._longest_first

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            body = "|".join(re.escape(a) for a in self._alternatives()) or r"(?!x)x"
            self._pattern = re.compile(rf"\b(?:{body})\b")
        return self._pattern

    def _expand(self, lowered: str) -> str:
        """``lowered`` with each expansion replaced by its acronym (whole words, longest
        first, left to right).

        A corpus teaches hundreds of expansions (691 at 50,000 guides), and compiling their
        alternation costs more than a warm query's whole lookup; the first
        :data:`_FILTERED_NAMES` names are matched against only the expansions that occur
        in them as text, in the same order, which finds the same matches (an expansion
        that does not occur cannot match).

        >>> n = Normaliser({"ML": ["Machine Learning"], "MLOps": ["Machine Learning Ops"]})
        >>> n._expand("machine learning ops and machine learning")
        'mlops and ml'
        """
        if self._pattern is None and self._filtered < _FILTERED_NAMES:
            self._filtered += 1
            present = [a for a in self._alternatives() if a in lowered]
            if not present:
                return lowered
            pattern = re.compile(rf"\b(?:{'|'.join(re.escape(a) for a in present)})\b")
        else:
            pattern = self._compiled()
        return pattern.sub(lambda m: self._expansions[m.group(0)], lowered)

    def key(self, text: str, *, role: bool = False) -> str:
        """The comparison key of a name (roles get the role-title rules too).

        A descriptive qualifier ("(product-focused)") and a role's trailing scope ("for ML
        systems") are left out, except where they carry the meaning: an acronym qualified by
        another context ("ML (computer programming)" is not machine learning) and a scope
        whose removal would leave a bare generic head ("Consultant for banks").

        >>> n = Normaliser({"ML": ["Machine Learning"]})
        >>> n.key("ML (computer programming)") == n.key("Machine Learning")
        False
        >>> n.key("Consultant for banks", role=True), n.key("C++"), n.key(".NET")
        ('consultantforbank', 'c++', '.net')
        """
        return self._keys(text, role)[0]

    def strict_key(self, text: str, *, role: bool = False) -> str:
        """The key with every descriptive qualifier and scope kept: it tells apart names
        that differ only there ("Sound Engineer (film)" vs "Sound Engineer (music)").

        >>> n = Normaliser({})
        >>> n.strict_key("Sound Engineer (film)") == n.strict_key("Sound Engineer (music)")
        False
        """
        return self._keys(text, role)[1]

    def known_keys(self) -> dict[tuple[str, bool], tuple[str, str]]:
        """The keys computed so far, ``(text, role) -> (key, strict key)``: valid for any
        normaliser that has learnt the same acronym pairs in the same order."""
        return self._memo

    def seed_keys(self, keys: dict[tuple[str, bool], tuple[str, str]]) -> None:
        """Take keys :meth:`known_keys` gave for the same learnt pairs (not checked here)."""
        self._memo.update(keys)

    def stamp(self) -> str:
        """A digest of all that this normaliser's keys depend on (the expansions it knows
        and their acronyms): two normalisers with one stamp key every text alike, whatever
        order they learnt their pairs in, so each may take the other's :meth:`known_keys`.

        >>> a = Normaliser({"ML": ["Machine Learning"], "BI": ["Business Intelligence"]})
        >>> b = Normaliser({"BI": ["Business Intelligence"], "ML": ["Machine Learning"]})
        >>> a.stamp() == b.stamp(), a.stamp() == Normaliser({}).stamp()
        (True, False)
        """
        # Equal-length expansions never match at one place, so the alternation's order
        # among them (learning order) changes no key.
        known = repr((sorted(self._expansions.items()), sorted(self._acronyms)))
        return hashlib.sha256(known.encode("utf-8", "surrogatepass")).hexdigest()

    def _keys(self, text: str, role: bool) -> tuple[str, str]:
        found = self._memo.get((text, role))
        if found is None:
            found = self._memo[(text, role)] = self._compute_keys(text, role)
        return found

    def _compute_keys(self, text: str, role: bool) -> tuple[str, str]:
        cleaned = clean(text)
        base = _strip_qualifiers(cleaned)[0]
        qualifiers = descriptive_qualifiers(cleaned)
        scope = ""
        if role:
            match = _FOR_SCOPE.search(base)
            if match and _ends_with_title(base[: match.start()]) and not is_generic_head(
                base[: match.start()]
            ):
                base, scope = base[: match.start()], match.group(0)
        base_key = self._tokens_key(base, role)
        extra = "".join(f"({self._tokens_key(q, False)})" for q in qualifiers)
        scope_key = self._tokens_key(scope, False) if scope else ""
        strict = base_key + (f"~{scope_key}" if scope_key else "") + extra
        if qualifiers and base_key in self._acronyms and not any(
            self._tokens_key(q, False) == base_key for q in qualifiers
        ):
            # An acronym whose qualifier names another context keeps that context.
            return strict, strict
        return base_key, strict

    def _tokens_key(self, text: str, role: bool) -> str:
        lowered = self._expand(_american_words(text))
        tokens = [_SHORTHAND.get(t, t) if role else t for t in lowered.split()]
        if role and tokens:
            tokens[-1] = _ROLE_ENDINGS.get(tokens[-1], tokens[-1])
        # The acronym test (a regex search) only matters when there is an ending to drop.
        if tokens and (last := _singular(tokens[-1])) != tokens[-1] \
                and not _is_acronym_word(text):
            tokens[-1] = last
        return "".join(tokens)

    def role_alternatives(self, text: str, level_words: set[str]) -> list[str]:
        """The titles a slash title stands for, with the shared words distributed.

        "MLOps / ML Platform Engineer" -> ["MLOps Engineer", "ML Platform Engineer"];
        "Staff/Principal Platform Engineer" -> ["Staff Platform Engineer", …].
        """
        base = _strip_qualifiers(clean(text))[0]
        parts = [clean(p) for p in base.split("/")]
        if len(parts) < 2 or any(not re.search(r"[A-Za-z]", p) for p in parts):
            return [clean(text)]  # one title: its qualifiers may identify it
        last_words = parts[-1].split()
        head = last_words[-1]
        out = []
        for part in parts[:-1]:
            words = part.split()
            if len(words) == 1 and words[0].lower() in level_words and len(last_words) > 1:
                rest = last_words[1:] if last_words[0].lower() in level_words else last_words
                out.append(" ".join([words[0], *rest]))
            elif words[-1].lower() != head.lower():
                out.append(f"{part} {head}")
            else:
                out.append(part)
        out.append(parts[-1])
        return list(dict.fromkeys(out))


def _plural(token: str) -> bool:
    return len(token) > 3 and token.endswith("s") and not token.endswith("ss")


#: The last letters of the words :func:`_singular` changes ("-ies", "-ie", "-s").
_PLURAL_ENDS = ("s", "e")


def _singular(token: str) -> str:
    """A key's last word without its plural ending: "-ies" and "-ie" read as "-y", so
    "agencies" = "agency" and "patisseries" = "patisserie" (a word of five letters or more;
    "ties" and "pies" keep "tie" and "pie"), unless the "-ies" word names another thing
    (``distinct_plurals``: "securities" is no plural of "security"); else a last "s" dropped.

    >>> [_singular(t) for t in ("agencies", "agency", "patisseries", "patisserie", "ties",
    ...                         "securities", "teams", "days", "glass")]
    ['agency', 'agency', 'patissery', 'patissery', 'tie', 'securitie', 'team', 'day', 'glass']
    """
    if token[-1:] not in _PLURAL_ENDS:  # most words: no ending the rules below drop
        return token
    if len(token) >= 6 and token.endswith("ies") and token not in _DISTINCT_PLURALS:
        return token[:-3] + "y"
    if len(token) >= 5 and token.endswith("ie"):
        return token[:-2] + "y"
    return token[:-1] if _plural(token) else token


@lru_cache(maxsize=1 << 16)  # skills and moves are compared by it in every guide: names repeat
def singular_key(text: str) -> str:
    """:func:`name_key` with the last word singular, as occupation titles are plural
    ("Chiropractors") and their other names singular.

    >>> singular_key("Chiropractors") == singular_key("chiropractor"), singular_key("Glass")
    (True, 'glass')
    """
    tokens = _words(text)
    if tokens and (last := _singular(tokens[-1])) != tokens[-1] and not _is_acronym_word(text):
        tokens[-1] = last
    return "".join(tokens)


def is_proper_plural(word: str) -> bool:
    """True for a name's word, as written, whose last "s" is no plural ("Teams", the chat
    product: ``proper_plurals`` in ``data/spellings.yaml``).

    >>> is_proper_plural("Teams"), is_proper_plural("teams")
    (True, False)
    """
    return word in _PROPER_PLURALS


_PROPER_PLURAL_WORD = re.compile(r"[A-Z][a-z]+s\b")


def proper_plurals_in(text: str) -> list[str]:
    """The words of ``text`` written as a name ending in "s" ("Teams") that
    :func:`is_proper_plural` lists, in order: what ``[A-Z][a-z]+s\\b`` finds, filtered by it.
    The pattern runs only when a listed word occurs in the text at all (most names hold none).

    >>> proper_plurals_in("Microsoft Teams and Slack"), proper_plurals_in("Agile teams")
    (['Teams'], [])
    """
    if not any(word in text for word in _PROPER_PLURALS):
        return []
    return [w for w in _PROPER_PLURAL_WORD.findall(text) if w in _PROPER_PLURALS]


_LAST_WORD = re.compile(r"[A-Za-z]+(?=\W*$)")


def _is_acronym_word(text: str) -> bool:
    """True when the last word ends in a capital ("SaaS", "DNS") or is a name whose "s" is
    no plural ("Teams", ``proper_plurals``): no plural ending to drop (but "APIs" and
    "GPUs" are plurals, and "teams" is the plural of "team")."""
    match = _LAST_WORD.search(text)
    word = match.group(0) if match else ""
    return len(word) > 1 and (word[-1].isupper() or is_proper_plural(word))


def _load_descriptive() -> tuple[frozenset[str], tuple[str, ...]]:
    """The phrases and word endings of brackets that describe a post's terms
    (``data/qualifiers.yaml``)."""
    with open(data_dir() / "qualifiers.yaml", encoding="utf-8") as handle:
        raw = safe_load(handle.read()) or {}
    phrases = frozenset(str(p).lower() for group in (raw.get("descriptive") or {}).values()
                        for p in group or ())
    return phrases, tuple(str(s).lower() for s in raw.get("suffixes") or ())


_DESCRIPTIVE, _DESCRIPTIVE_ENDS = _load_descriptive()
# A bracket's parts: at commas, semicolons, pipes, plus signs and spaced dashes.
_BRACKET_PARTS = re.compile(r"\s*(?:[,;|+]|\s[-–—]\s)\s*")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)?(?:\s*(?:%|k))?")


@lru_cache(maxsize=4096)
def descriptive_bracket(inner: str) -> bool:
    """True when a bracket's text describes a post's terms (work pattern, contract, hours,
    shift, a gender mark, a broad place, urgency, a focus: ``data/qualifiers.yaml``), not
    which role it is: every part of it is a listed phrase, or made of listed words and
    numbers.

    >>> [descriptive_bracket(t) for t in ("remote", "Full-time, Permanent", "m/w/d",
    ...  "12 month contract", "Remote - UK", "platform-focused", "37.5 hrs per week")]
    [True, True, True, True, True, True, True]
    >>> [descriptive_bracket(t) for t in ("Goods", "Shunting", "Band 5", "Control", "")]
    [False, False, False, False, False]
    """
    lowered = clean(inner).lower()
    if not lowered:
        return False
    if lowered in _DESCRIPTIVE:
        return True
    for part in _BRACKET_PARTS.split(lowered):
        part = _NUMBER.sub(" ", part).strip()
        if not part or part in _DESCRIPTIVE:
            continue
        if not all(word in _DESCRIPTIVE or word.endswith(_DESCRIPTIVE_ENDS)
                   for word in part.split()):
            return False
    return bool(_NUMBER.sub("", lowered).strip(" ,;|+-–—"))


# A possessive "'s" on a word ("St. Brendan's", "Fitter’s"), before a space, a hyphen, a
# bracket or the end.
_POSSESSIVE = re.compile(r"(?<=[^\W\d_])['’]s(?=[\s\-/(),]|$)")


def without_possessive(text: str) -> str:
    """``text`` with every possessive "'s" taken off, or "" when it has none: the spelling
    that names the same thing without the possessive ("St. Brendan's Medical Center" is
    "St. Brendan Medical Center", "Fitter's Helper" is "Fitter Helper").

    >>> without_possessive("St. Brendan’s Medical Center"), without_possessive("Fitters Helper")
    ('St. Brendan Medical Center', '')
    """
    if "'" not in text and "’" not in text:
        return ""
    bare = _POSSESSIVE.sub("", text)
    return clean(bare) if bare != text else ""


def descriptive_qualifiers(text: str) -> list[str]:
    """The bracketed qualifiers of a name that are not an acronym it defines.

    >>> descriptive_qualifiers("Senior Machine Learning Operations (MLOps) Engineer")
    []
    >>> descriptive_qualifiers("SaaS (service-oriented modelling)")
    ['service-oriented modelling']
    """
    if "(" not in text:  # most names: no bracket, no qualifier
        return []
    learnt = dict(_strip_qualifiers(text)[1])
    return [inner for inner in (m.group(1).strip() for m in _PAREN.finditer(text))
            if inner and inner not in learnt]


def words(text: str) -> list[str]:
    """The lowercase words of a name, keeping "+", "#" and a leading "." ("c++", ".net").

    >>> words("C++ and .NET, e-commerce")
    ['c++', 'and', '.net', 'ecommerce']
    """
    return _words(text)


# A hyphen or apostrophe between two letters of any script joins them ("инженер-механик").
_JOINERS = re.compile(r"(?<=[^\W_])[-'’](?=[^\W_])")
# Letters with no accent to take off under NFD that still read as plain Latin letters.
_LATIN_FOLDS = str.maketrans({
    "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ħ": "h",
    # Russian and Belarusian print "ё" as "е" in most running text: one spelling.
    "ё": "е", "\u0640": "",  # and Arabic's tatweel only stretches a word
})
_LATIN_END = "\u0250"  # Latin letters (ASCII, Latin-1, Extended-A and -B) sort below this


def _accented(base: str) -> bool:
    """``base`` is a letter whose marks are accents: Latin, Greek (whose capitals are
    written without their tonos: "ΜΗΧΑΝΙΚΟΣ" is "Μηχανικός"), Hebrew or Arabic (whose vowel
    points and hamza are optional in print: "מְהַנְדֵּס" is "מהנדס", "مُهَنْدِس" is "مهندس")."""
    return (base < _LATIN_END or "\u0370" <= base <= "\u03ff"
            or "\u05d0" <= base <= "\u05ea" or "\u0620" <= base <= "\u06d3")


def fold_latin(lowered: str) -> str:
    """Lowercase ``lowered`` with the accents of Latin and Greek letters and the optional
    points of Hebrew and Arabic taken off, so "técnico" and "tecnico" are one spelling, and
    "μηχανικός" and "ΜΗΧΑΝΙΚΟΣ" lowered; other scripts keep their marks (Cyrillic "й" is
    not "и", a Devanagari vowel sign is a letter), and "ё" is "е".

    >>> [fold_latin(t) for t in ("técnico", "straße", "kỹ sư", "øvelse", "йод", "ἀρχή")]
    ['tecnico', 'strasse', 'ky su', 'ovelse', 'йод', 'αρχη']
    >>> [fold_latin(t) for t in ("монтёр", "מְהַנְדֵּס", "مُهَنْدِس", "इंजीनियर")]
    ['монтер', 'מהנדס', 'مهندس', 'इंजीनियर']
    """
    if lowered.isascii():
        return lowered
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFD", lowered):
        if not unicodedata.combining(char):
            base = char
        elif _accented(base):
            continue  # an accent on a Latin or Greek letter
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)).translate(_LATIN_FOLDS)


def _is_word_char(char: str) -> bool:
    """A letter or digit of any script, or a mark that belongs to one (Devanagari vowels)."""
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _script_tokens(lowered: str) -> list[str]:
    """``_TOKEN``'s findall for text in any script: runs of letters, digits and marks that may
    go on with "+"/"#", and a leading "." not glued to a word.

    >>> _script_tokens("врач, c++ и .net")
    ['врач', 'c++', 'и', '.net']
    """
    tokens: list[str] = []
    end = len(lowered)
    i = 0
    while i < end:
        if not _is_word_char(lowered[i]):
            i += 1
            continue
        dotted = i > 0 and lowered[i - 1] == "." and not (i > 1 and _is_word_char(lowered[i - 2]))
        j = i + 1
        while j < end and (_is_word_char(lowered[j]) or lowered[j] in "+#"):
            j += 1
        tokens.append(("." if dotted else "") + lowered[i:j])
        i = j
    return tokens


def _is_token_char(char: str) -> bool:
    return char.isdigit() or "a" <= char <= "z" or char in "+#."


# ASCII text without a ".": every character _TOKEN cannot use becomes a space, and the
# tokens are the runs left (less any "+"/"#" they open with): _TOKEN's findall, 4x faster.
_TOKEN_SPACES = "".join(c if _is_token_char(c) else " " for c in map(chr, range(128)))


# The same table for bytes: bytes.translate looks each byte up in C (str.translate calls
# back per character), ~2x faster on a name key's ASCII text.
_TOKEN_BYTES = _TOKEN_SPACES.encode("ascii") + b" " * 128
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _unjoined(lowered: str, mark: str) -> str:
    """``lowered`` (ASCII) less every ``mark`` between two of ``[a-z0-9]``: what
    ``_JOINERS.sub`` does for that mark, without a look-behind tried at every character.
    ("-" and "'" never both go at one place: a mark beside the other keeps it.)

    >>> _unjoined("e-commerce, -x, a--b, x-ray-2", "-")
    'ecommerce, -x, a--b, xray2'
    """
    parts = lowered.split(mark)
    out = [parts[0]]
    for part in parts[1:]:
        if out[-1][-1:] in _ALNUM and part[:1] in _ALNUM:
            out[-1] += part
        else:
            out.append(part)
    return mark.join(out)


def _words(text: str) -> list[str]:
    # Hyphens and slashes join word parts: "e-commerce" and "ecommerce" share a key.
    if text.isascii():  # (NFKC leaves ASCII as it is, and "’" is not ASCII)
        lowered = text.lower().replace("&", " and ")
        if "-" in lowered:
            lowered = _unjoined(lowered, "-")
        if "'" in lowered:
            lowered = _unjoined(lowered, "'")
    else:
        lowered = fold_latin(unicodedata.normalize("NFKC", text).lower()).replace("&", " and ")
        if "-" in lowered or "'" in lowered or "’" in lowered:
            lowered = _JOINERS.sub("", lowered)
        if not lowered.isascii():
            return _script_tokens(lowered)
    if "." in lowered:
        return _TOKEN.findall(lowered)
    runs = lowered.encode("ascii").translate(_TOKEN_BYTES).decode("ascii").split()
    if "+" in lowered or "#" in lowered:
        return [token for run in runs if (token := run.lstrip("+#"))]
    return runs


_TITLE_END = re.compile(
    r"\b(engineer|engineering|manager|management|lead|director|head|architect|scientist|"
    r"analyst|developer|specialist|officer|consultant|administrator|designer|researcher)s?$",
    re.IGNORECASE,
)


def _ends_with_title(text: str) -> bool:
    return bool(_TITLE_END.search(text.strip()))


def is_generic_head(text: str) -> bool:
    """True for a generic head alone ("Manager", "Senior Consultant"): never a role's key.

    >>> [is_generic_head(t) for t in ("Senior Consultant", "ICT consultant", "Astronaut")]
    [True, False, False]
    """
    words = [w for w in _words(text) if w not in _GENERIC_MODIFIERS]
    return len(words) <= 1 and _ends_with_title(text)
