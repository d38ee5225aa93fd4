// Load RELATED_TO relationships (Skill -> Skill: broader -> narrower), one batch of rows.
// Answers: how many rows were written.  A row whose endpoints are not loaded writes nothing,
//   so `written` falls short of the batch size and the store aborts the load.
//   Idempotent: at most one RELATED_TO between two nodes; its properties are replaced by the row's.
//   Endpoints are found by id under the CareerGraph label alone: ids are unique across types
//   (`role:…`, `skill:…`), the one id index serves both engines, and adding the type label
//   to the lookup made FalkorDB about 3x slower.
// Parameters:
//   $rows  list  maps {src: broader Skill id, dst: narrower Skill id, props: {rule, score, sources…}}
// Example:
//   careergraph load --uri bolt://localhost:7687
UNWIND $rows AS row
MATCH (a:CareerGraph {id: row.src})
MATCH (b:CareerGraph {id: row.dst})
MERGE (a)-[r:RELATED_TO]->(b)
SET r = row.props
RETURN count(r) AS written
