// Load Sector nodes (one batch of rows); written by `careergraph load` and the local engine.
// Answers: how many rows were written (`written` must equal the batch size).
//   Idempotent: MERGE on the namespaced id, then every property is replaced by the row's,
//   so loading the same graph twice gives the same graph.  The extra CareerGraph label is
//   careergraph's namespace: `--replace` and clean-up only ever touch nodes that carry it.
// Parameters:
//   $rows  list  maps {id: string, props: map of the node's properties, id included}
// Example:
//   careergraph load --uri bolt://localhost:7687 --batch-size 1000
UNWIND $rows AS row
MERGE (n:CareerGraph {id: row.id})
SET n = row.props, n:Sector
RETURN count(n) AS written
