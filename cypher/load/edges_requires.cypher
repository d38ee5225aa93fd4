// Load REQUIRES relationships (Role -> Skill), one batch of rows.
// Answers: how many rows were written.  A row whose endpoints are not loaded writes nothing,
//   so `written` falls short of the batch size and the store aborts the load.
//   Idempotent: at most one REQUIRES between two nodes; its properties are replaced by the row's.
// Parameters:
//   $rows  list  maps {src: string, dst: string, props: map of the relationship's properties}
// Example:
//   careergraph load --uri bolt://localhost:7687
UNWIND $rows AS row
MATCH (a:CareerGraph:Role {id: row.src})
MATCH (b:CareerGraph:Skill {id: row.dst})
MERGE (a)-[r:REQUIRES]->(b)
SET r = row.props
RETURN count(r) AS written
