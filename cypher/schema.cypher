// careergraph schema for Neo4j 5: run once before the first load (`careergraph load` does).
// Answers: nothing; makes `MERGE (n:CareerGraph {id: …})` use a unique index and keeps one
//   node per careergraph id.  Only careergraph's own label is constrained, so a database that
//   also holds other data is not affected.
// Parameters: none.
// Example:
//   careergraph load --uri neo4j://localhost:7687      (runs this file first)
CREATE CONSTRAINT careergraph_id IF NOT EXISTS
FOR (n:CareerGraph) REQUIRE n.id IS UNIQUE;
CREATE INDEX careergraph_name IF NOT EXISTS
FOR (n:CareerGraph) ON (n.name);
