// Roles that require a skill.
// Answers: every role that requires the skill, with its level and why it requires it.
// Parameters:
//   $skill  string  skill: id, name or alias (case-insensitive)
// Example:
//   careergraph cypher -f cypher/queries/roles_requiring_skill.cypher -p skill=Kubernetes
MATCH (s:CareerGraph:Skill)
WHERE s.id = $skill OR toLower(s.name) = toLower($skill)
   OR any(alias IN s.aliases WHERE toLower(alias) = toLower($skill))
MATCH (r:CareerGraph:Role)-[need:REQUIRES]->(s)
RETURN s.name AS skill, r.name AS role, r.level AS level, need.kinds AS kinds
ORDER BY role
