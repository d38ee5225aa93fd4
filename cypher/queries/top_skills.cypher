// Most-required skills.
// Answers: the skills required by the most roles, with how many roles require each;
//   ties in name order.
// Parameters:
//   $limit  integer  how many skills to list (default 10)
// Example:
//   careergraph cypher -f cypher/queries/top_skills.cypher -p limit=5
MATCH (r:CareerGraph:Role)-[:REQUIRES]->(s:CareerGraph:Skill)
RETURN s.name AS skill, count(DISTINCT r) AS roles
ORDER BY roles DESC, skill
LIMIT $limit
