// A role's neighbourhood.
// Answers: every node one relationship away from the role (next roles, earlier roles,
//   skills, employers, sectors), with the relationship type and its direction seen from
//   the role ('out' = role -> neighbour).
// Parameters:
//   $role  string  role: id, name or alias (case-insensitive)
// Example:
//   careergraph cypher -f cypher/queries/role_neighbourhood.cypher -p role="Senior MLOps Engineer"
MATCH (r:CareerGraph:Role)
WHERE r.id = $role OR toLower(r.name) = toLower($role)
   OR any(alias IN r.aliases WHERE toLower(alias) = toLower($role))
MATCH (r)-[rel]-(n:CareerGraph)
RETURN r.name AS role, type(rel) AS relation,
       CASE WHEN startNode(rel) = r THEN 'out' ELSE 'in' END AS direction,
       [label IN labels(n) WHERE label <> 'CareerGraph'][0] AS kind,
       n.name AS name, n.id AS id
ORDER BY relation, direction, name
