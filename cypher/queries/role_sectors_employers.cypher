// Sectors and employers of a role.
// Answers: one row per matching role: the sectors it is in and the employers that hire it,
//   each list sorted by name (empty when the guides name none).
// Parameters:
//   $role  string  role: id, name or alias (case-insensitive)
// Example:
//   careergraph cypher -f cypher/queries/role_sectors_employers.cypher -p role="MLOps Engineer"
MATCH (r:CareerGraph:Role)
WHERE r.id = $role OR toLower(r.name) = toLower($role)
   OR any(alias IN r.aliases WHERE toLower(alias) = toLower($role))
OPTIONAL MATCH (r)-[:IN_SECTOR]->(s:CareerGraph:Sector)
WITH r, s ORDER BY s.name
WITH r, collect(DISTINCT s.name) AS sectors
OPTIONAL MATCH (e:CareerGraph:Employer)-[:HIRES]->(r)
WITH r, sectors, e ORDER BY e.name
RETURN r.name AS role, sectors, collect(DISTINCT e.name) AS employers
