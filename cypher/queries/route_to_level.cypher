// Routes from a role to every role at a seniority level.
// Answers: each role at the level reachable from the start role, with its shortest route
//   (roles passed and number of moves over LEADS_TO and TRANSITIONS_TO), nearest first.
//   Routes longer than 15 moves are not searched; the start role itself is left out.
//   When several routes are equally short, the engine returns one of them: Neo4j and the
//   local engine may list different roles (same targets and hops; test_cypher_parity.py).
// Parameters:
//   $from   string  role to start from: id, name or alias (case-insensitive)
//   $level  string  seniority level: junior, mid, senior, lead, principal, manager,
//                   director, vp or c-level
// Example:
//   careergraph cypher -f cypher/queries/route_to_level.cypher -p from="MLOps Engineer" -p level=director
MATCH (a:CareerGraph:Role)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($from))
MATCH (t:CareerGraph:Role)
WHERE t.level = toLower($level) AND t <> a
WITH a, t, shortestPath((a)-[:LEADS_TO|TRANSITIONS_TO*..15]->(t)) AS route
WHERE route IS NOT NULL
RETURN a.name AS from, t.name AS target, t.id AS target_id, length(route) AS hops,
       [n IN nodes(route) | n.name] AS roles
ORDER BY hops, target
