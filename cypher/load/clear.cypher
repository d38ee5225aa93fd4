// Delete everything careergraph loaded (`careergraph load --replace` runs it first).
// Answers: how many careergraph nodes were deleted.  Only nodes with the CareerGraph label
//   (and their relationships) go; other data in the database is never touched.
// Parameters: none.
// Example:
//   careergraph load --uri bolt://localhost:7687 --replace
MATCH (n:CareerGraph)
DETACH DELETE n
RETURN count(n) AS deleted
