// Load Sector nodes (one batch of rows); written by `careergraph load` and the local engine.
// Answers: how many rows were written (`written` must equal the batch size).
//   Idempotent: MERGE on the id, then every property is replaced by the row's, so loading
//   the same graph twice gives the same graph.  The extra CareerGraph label is careergraph's
//   namespace: `--replace` and clean-up only ever touch nodes that carry it.  Ids carry
//   their type (`role:…`), so one id never needs two type labels.
// Parameters:
//   $rows  list  maps of the nodes' properties, each with its id
// Example:
//   careergraph load --uri bolt://localhost:7687 --batch-size 1000
UNWIND $rows AS row
MERGE (n:CareerGraph:Sector {id: row.id})
SET n = row
RETURN count(n) AS written
