// Count careergraph's relationships by type (checked after every load).
// Answers: one row per relationship type between careergraph nodes, with its count.
// Parameters: none.
// Example:
//   careergraph cypher -f cypher/load/count_edges.cypher
MATCH (:CareerGraph)-[r]->(:CareerGraph)
RETURN type(r) AS type, count(r) AS count
ORDER BY type
