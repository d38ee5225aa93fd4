// Count careergraph's nodes by type (checked after every load).
// Answers: one row per node type: its label and how many careergraph nodes carry it.
// Parameters: none.
// Example:
//   careergraph cypher -f cypher/load/count_nodes.cypher
MATCH (n:CareerGraph)
RETURN [label IN labels(n) WHERE label <> 'CareerGraph'][0] AS type, count(n) AS count
ORDER BY type
