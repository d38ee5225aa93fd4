// Shortest route from one role to another.
// Answers: the fewest moves (LEADS_TO promotions and TRANSITIONS_TO lateral moves) from a role
//   to a target role: the roles passed, the kind of each move, and the number of moves.
//   One row per matching (from, to) pair; routes longer than 15 moves are not searched.
//   When several routes are equally short, the engine returns one of them: Neo4j and the
//   local engine may pick different ones (same hops; tests/test_cypher_parity.py).
// Parameters:
//   $from  string  role to start from: id, name or alias (case-insensitive)
//   $to    string  role to reach: id, name or alias (case-insensitive)
// Example:
//   careergraph cypher -f cypher/queries/shortest_route.cypher -p from="MLOps Engineer" -p to="Lead MLOps Engineer"
MATCH (a:CareerGraph:Role)
WHERE a.id = $from OR toLower(a.name) = toLower($from)
   OR any(alias IN a.aliases WHERE toLower(alias) = toLower($from))
MATCH (b:CareerGraph:Role)
WHERE (b.id = $to OR toLower(b.name) = toLower($to)
   OR any(alias IN b.aliases WHERE toLower(alias) = toLower($to))) AND a <> b
// shortestPath inside WITH: the one form both Neo4j and FalkorDB accept.
WITH a, b, shortestPath((a)-[:LEADS_TO|TRANSITIONS_TO*..15]->(b)) AS route
WHERE route IS NOT NULL
RETURN a.name AS from, b.name AS to, length(route) AS hops,
       [n IN nodes(route) | n.name] AS roles,
       [r IN relationships(route) | type(r)] AS moves
ORDER BY hops, to
