// Who hires a role.
// Answers: the employers the guides name as hiring the role.
// Parameters:
//   $role  string  role: id, name or alias (case-insensitive)
// Example:
//   careergraph cypher -f cypher/queries/who_hires.cypher -p role="Lead MLOps Engineer"
MATCH (r:CareerGraph:Role)
WHERE r.id = $role OR toLower(r.name) = toLower($role)
   OR any(alias IN r.aliases WHERE toLower(alias) = toLower($role))
MATCH (e:CareerGraph:Employer)-[:HIRES]->(r)
RETURN r.name AS role, e.name AS employer
ORDER BY employer
