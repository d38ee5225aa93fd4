// Skills needed along the shortest route from one role to another.
// Answers: for each skill the roles on the route require and the start role does not, the
//   first step (1 = the first move) at which it is needed and the role that needs it.
//   When several routes are equally short, the engine follows one of them: on Neo4j and
//   the local engine the skills may differ (each is its route's; test_cypher_parity.py).
// Parameters:
//   $from  string  role to start from: id, name or alias (case-insensitive)
//   $to    string  role to reach: id, name or alias (case-insensitive)
// Example:
//   careergraph cypher -f cypher/queries/route_skills.cypher -p from="MLOps Engineer" -p to="MLOps Manager"
MATCH (a:CareerGraph:Role)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($from))
MATCH (b:CareerGraph:Role)
WHERE (b.id = $to OR toLower(b.name) = toLower($to)
   OR any(alias IN b.aliases WHERE toLower(alias) = toLower($to))) AND a <> b
WITH a, b, shortestPath((a)-[:LEADS_TO|TRANSITIONS_TO*..15]->(b)) AS route
WHERE route IS NOT NULL
WITH a, nodes(route) AS roles
UNWIND range(1, size(roles) - 1) AS step
WITH a, roles, step, roles[step] AS role
MATCH (role)-[:REQUIRES]->(s:CareerGraph:Skill)
WHERE NOT (a)-[:REQUIRES]->(s)
WITH roles, s, min(step) AS first_step
RETURN first_step AS step, roles[first_step].name AS role, s.name AS skill
ORDER BY step, skill
