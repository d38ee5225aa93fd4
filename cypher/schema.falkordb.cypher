// careergraph schema, FalkorDB variant of schema.cypher.
// Why a variant: FalkorDB has no constraint DDL (`CREATE CONSTRAINT … REQUIRE … IS UNIQUE`) and
//   no `IF NOT EXISTS` on indexes; a plain range index gives MERGE its fast lookup, and
//   uniqueness follows from every write being `MERGE (n:CareerGraph {id: …})`.  Re-running it
//   fails with "already indexed", which the store treats as success.
// Answers: nothing; indexes careergraph ids.
// Parameters: none.
// Example:
//   careergraph cypher "MATCH (n:CareerGraph) RETURN count(n)"   (the local engine runs this first)
CREATE INDEX FOR (n:CareerGraph) ON (n.id);
