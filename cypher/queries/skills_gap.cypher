// Skills gap between two roles.
// Answers: the skills the target role requires that the current role does not, with why
//   the target requires each (top, technical, tool, soft, often_missing, optional).
// Parameters:
//   $from  string  current role: id, name or alias (case-insensitive)
//   $to    string  target role: id, name or alias (case-insensitive)
// Example:
//   careergraph cypher -f cypher/queries/skills_gap.cypher -p from="Senior MLOps Engineer" -p to="Lead MLOps Engineer"
MATCH (a:CareerGraph:Role)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($from))
MATCH (b:CareerGraph:Role)
WHERE b.id = $to OR toLower(b.name) = toLower($to)
   OR any(alias IN b.aliases WHERE toLower(alias) = toLower($to))
MATCH (b)-[need:REQUIRES]->(s:CareerGraph:Skill)
WHERE NOT (a)-[:REQUIRES]->(s)
RETURN a.name AS from, b.name AS to, s.name AS skill, need.kinds AS kinds
ORDER BY skill
