"""Entity resolution on hand-made mentions: each rule of the issue, and what must NOT merge."""

from __future__ import annotations

import pytest

from careergraph.lexicon import Lexicon, RoleEntry, load_lexicon
from careergraph.model import NodeType, Seniority, Source
from careergraph.names import Normaliser, is_acronym_of, slugify, strip_qualifiers
from careergraph.resolve import Mention, Resolution, level_of, resolve_mentions


def _mentions(type_: NodeType, *texts: str, file: str = "g.txt") -> list[Mention]:
    return [Mention(type=type_, text=t, source=Source(file=file, line=i + 1))
            for i, t in enumerate(texts)]


def _groups(res: Resolution, type_: NodeType, *texts: str) -> set[str]:
    return {res.node_id(type_, t) for t in texts}


@pytest.mark.parametrize("spellings", [
    ("MLOps Engineer", "MLOps / ML Platform Engineer", "mlops engineer"),
    ("Senior MLOps Engineer", "Senior Machine Learning Operations (MLOps) Engineer",
     "Senior MLOps / Senior ML Platform Engineer"),
    ("Machine Learning Engineer", "Machine Learning Engineer (product-focused)",
     "ML Engineer"),
    ("Site Reliability Engineer", "Site Reliability Engineer (SRE) for ML systems", "SRE"),
    ("Engineering Manager", "Engineering Management (Platform/Infrastructure)"),
    ("Machine Learning Operations Manager", "MLOps Manager"),
    ("Lead MLOps Engineer", "Lead MLOps Engineers"),
])
def test_role_spellings_resolve_to_one_node(spellings: tuple[str, ...]) -> None:
    res = resolve_mentions(_mentions(NodeType.ROLE, *spellings))
    assert len(_groups(res, NodeType.ROLE, *spellings)) == 1
    entity = res.entity(res.node_id(NodeType.ROLE, spellings[0]))
    assert set(entity.aliases) >= {s.strip() for s in spellings}


@pytest.mark.parametrize("different", [
    ("Senior MLOps Engineer", "MLOps Engineer"),
    ("MLOps Team Lead", "Lead MLOps Engineer"),
    ("Head of MLOps", "Director of MLOps"),
    ("Data Engineering Lead", "Data Engineering (platform or streaming specialization)"),
    ("Machine Learning Engineer", "Machine Learning Platform Lead"),
])
def test_different_roles_stay_apart(different: tuple[str, str]) -> None:
    res = resolve_mentions(_mentions(NodeType.ROLE, *different))
    assert len(_groups(res, NodeType.ROLE, *different)) == 2


def test_slash_title_does_not_glue_two_roles_named_separately() -> None:
    mentions = _mentions(NodeType.ROLE, "Staff Platform Engineer", "Principal Platform Engineer",
                         "Staff/Principal Platform Engineer (AI/ML)")
    res = resolve_mentions(mentions)
    staff = res.node_id(NodeType.ROLE, "Staff Platform Engineer")
    assert res.node_id(NodeType.ROLE, "Principal Platform Engineer") != staff
    assert res.node_id(NodeType.ROLE, "Staff/Principal Platform Engineer (AI/ML)") == staff


def test_slash_title_alone_is_one_node_with_both_titles_as_keys() -> None:
    res = resolve_mentions(_mentions(NodeType.ROLE, "Staff/Principal Platform Engineer (AI/ML)"))
    (entity,) = res.entities.values()
    assert entity.name == "Staff/Principal Platform Engineer"
    assert entity.level is Seniority.PRINCIPAL


def test_canonical_name_prefers_the_common_plain_spelling_and_keeps_the_guides_words() -> None:
    res = resolve_mentions(_mentions(
        NodeType.ROLE, "Senior Machine Learning Operations (MLOps) Engineer",
        "Senior MLOps Engineer", "Senior MLOps Engineer",
        "Senior MLOps / Senior ML Platform Engineer",
    ))
    (entity,) = res.entities.values()
    assert entity.name == "Senior MLOps Engineer"
    assert entity.id == "role:senior-mlops-engineer"


def test_title_wins_a_tie() -> None:
    src = Source(file="m.txt", line=1)
    res = resolve_mentions([
        Mention(type=NodeType.ROLE, text="Machine Learning Operations Manager", source=src,
                is_title=True),
        Mention(type=NodeType.ROLE, text="MLOps Manager", source=Source(file="m.txt", line=9)),
    ])
    (entity,) = res.entities.values()
    assert entity.name == "Machine Learning Operations Manager"
    reasons = {m.text: m.reason for m in entity.mentions}
    assert "acronyms" in reasons["MLOps Manager"]


def test_hyphen_and_case_variants_of_sectors_merge() -> None:
    res = resolve_mentions(_mentions(NodeType.SECTOR, "Retail and Ecommerce",
                                     "Retail and e-commerce (recommendations, demand forecasting)",
                                     "RETAIL AND E-COMMERCE"))
    assert len(res.entities) == 1


def test_lexicon_synonyms_merge_and_lexicon_name_wins_when_spelled() -> None:
    res = resolve_mentions(_mentions(NodeType.SECTOR, "finance", "Financial Services",
                                     "Financial services (fraud, risk)"))
    (entity,) = res.entities.values()
    assert entity.name == "Financial Services"
    assert "listed as a spelling" in {m.text: m.reason for m in entity.mentions}["finance"]


def test_user_lexicon_extends_bundled_one() -> None:
    lexicon = load_lexicon().merged(Lexicon(roles={"Data Engineer": RoleEntry(
        aliases=["Big Data Developer"], level=Seniority.SENIOR)}))
    res = resolve_mentions(_mentions(NodeType.ROLE, "Data Engineer", "Big Data Developer"),
                           lexicon)
    (entity,) = res.entities.values()
    assert entity.level is Seniority.SENIOR


def test_resolution_is_deterministic_whatever_the_input_order() -> None:
    texts = ["MLOps Engineer", "Senior MLOps Engineer", "MLOps / ML Platform Engineer",
             "Director of MLOps", "Head of MLOps"]
    first = resolve_mentions(_mentions(NodeType.ROLE, *texts))
    second = resolve_mentions(list(reversed(_mentions(NodeType.ROLE, *texts))))
    assert first.model_dump() == second.model_dump()


def test_slug_collisions_get_distinct_ids() -> None:
    res = resolve_mentions(_mentions(NodeType.SKILL, "C++", "C"))
    assert len({e.id for e in res.entities.values()}) == 2


@pytest.mark.parametrize(("title", "level"), [
    ("Junior MLOps Engineer", Seniority.JUNIOR),
    ("MLOps Engineer", Seniority.MID),
    ("Senior MLOps Engineer", Seniority.SENIOR),
    ("Staff MLOps Engineer", Seniority.LEAD),
    ("MLOps Team Lead", Seniority.LEAD),
    ("Principal MLOps Engineer", Seniority.PRINCIPAL),
    ("Engineering Manager", Seniority.MANAGER),
    ("Senior Engineering Manager", Seniority.MANAGER),
    ("Director of Machine Learning Platform", Seniority.DIRECTOR),
    ("Head of AI Operations", Seniority.DIRECTOR),
    ("VP of Engineering", Seniority.VP),
    ("Chief Technology Officer", Seniority.C_LEVEL),
    ("Solutions Architect (AI/ML platforms)", Seniority.SENIOR),
])
def test_levels_from_titles(title: str, level: Seniority) -> None:
    assert level_of(title, load_lexicon()) is level


def test_names_helpers() -> None:
    assert is_acronym_of("MLOps", ["Machine", "Learning", "Operations"])
    assert not is_acronym_of("MLOps", ["Model", "Operations"])
    assert strip_qualifiers("Solutions Architect (AI/ML platforms)") == ("Solutions Architect", {})
    assert slugify("<img src=x onerror=alert(1)>") == "img-src-x-onerror-alert-1"
    n = Normaliser({})
    assert n.key("Sr. Data Eng", role=True) == n.key("Senior Data Engineer", role=True)


@pytest.mark.parametrize(("a", "b"), [
    ("C++", "C#"), ("C#", "C"), ("C++", "C"), ("F#", "F"), (".NET", "NET"),
    ("ML (computer programming)", "Machine Learning"),
    ("Sound Engineer (film)", "Sound Engineer (music)"),
])
def test_keys_keep_what_carries_meaning(a: str, b: str) -> None:
    n = Normaliser(load_lexicon().acronyms)
    assert n.strict_key(a) != n.strict_key(b)
    res = resolve_mentions(_mentions(NodeType.SKILL, a, b))
    assert len(res.entities) == 2


def test_scope_rule_never_leaves_a_bare_head() -> None:
    n = Normaliser({})
    assert n.key("Consultant for banks", role=True) != n.key("Consultant", role=True)
    assert n.key("Manager in retail", role=True) != "manager"
    assert n.key("Site Reliability Engineer for ML systems", role=True) == \
        n.key("Site Reliability Engineer", role=True)


def test_acronym_plural_is_not_stripped() -> None:
    n = Normaliser({})
    assert n.key("SaaS") == "saas" and n.key("Pipelines") == "pipeline"
    assert n.key("APIs") == n.key("API") and n.key("PaaS") != n.key("Paa")


def test_shared_alias_is_ambiguous_and_title_alias_joins() -> None:
    def title(text: str, file: str) -> Mention:
        return Mention(type=NodeType.ROLE, text=text, source=Source(file=file, line=1),
                       is_title=True)

    def alias(text: str, of: str, file: str) -> Mention:
        return Mention(type=NodeType.ROLE, text=text, source=Source(file=file, line=2),
                       same_as=of)

    res = resolve_mentions([
        title("ICT security administrator", "a.yaml"), alias("CISO", "ICT security administrator",
                                                             "a.yaml"),
        title("chief ICT security officer", "b.yaml"), alias("CISO", "chief ICT security officer",
                                                             "b.yaml"),
        title("Data Steward", "c.yaml"), alias("Data Custodian", "Data Steward", "c.yaml"),
        title("Data Custodian", "d.yaml"),
    ])
    assert res.candidates(NodeType.ROLE, "CISO") == ["role:chief-ict-security-officer",
                                                     "role:ict-security-administrator"]
    (ambiguity,) = res.ambiguities
    assert ambiguity.name == "CISO" and {c.file for c in ambiguity.claims} == {"a.yaml", "b.yaml"}
    assert res.node_id(NodeType.ROLE, "Data Steward") == res.node_id(NodeType.ROLE,
                                                                     "Data Custodian")
    (merge,) = res.merges
    assert {t.file for t in merge.titles} == {"c.yaml", "d.yaml"}
    assert {t.rule for t in merge.titles} >= {"alias"}
